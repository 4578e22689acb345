#!/usr/bin/env python3
"""Tests of targets/bf: the interpreter on CPython and translated, against expected outputs.

Translates targets/bf/bf.py with the given kiln, then for each case runs both the CPython
interpreter (`PYTHONPATH=lib python3 targets/bf/bf.py`) and the translated one with the same
program and stdin, and checks stdout bytes, stderr's one-line error and the exit status.
Cases: the small programs of ../shared/bench/bf/small (with their .out files), bench.b from
../shared/bench/bf (translated only: 950 M commands), 8-bit wrapping, EOF leaving the cell
unchanged, a tape that grows, and bad input (unbalanced brackets, a missing file, the head
moving left of cell 0). The long benchmark programs are checked by bench/bf_bench.py. With
--jit, a program of many short-lived loops also runs with loop_longevity=1 (loops freed and
traced again), and must say in its jit-summary that it freed some.

With --jit, bf.py is translated with `--jit` and every translated case runs three times: with
the JIT's defaults, with `--jit threshold=1,trace_eagerness=1` and with `stress=1` added (every
guard fails once). With --long as well, the long programs of ../shared/bench/bf (long.b, dbfi.b,
factor.b, hanoi.b, awib-0.4.b, mandelbrot.b with their .in/.out files) are checked in the three
variants too: 10 to 25 s each without the JIT, about 10 times that in the JIT's trace
interpreter (JIT 1/2), so this is the ctest `targets.bf.jit_long` (label `long`), which the
README's test command leaves out.

Usage: targets/bf/tests/run.py path/to/kiln [--jit [--long]]
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
# The benchmark programs live beside the repository (third-party data, not part of it).
BENCH = next((d for d in [os.environ.get("KILN_BF_PROGRAMS", ""), os.path.join(os.path.dirname(REPO), "shared", "bench", "bf"),
                          "/work/shared/bench/bf"] if d and os.path.isdir(d)), None)
BF = os.path.join(REPO, "targets", "bf", "bf.py")


JIT_VARIANTS = [[], ["--jit", "threshold=1,trace_eagerness=1"], ["--jit", "threshold=1,trace_eagerness=1,stress=1"]]


def main():
    kiln = os.path.abspath(sys.argv[1])
    jit = "--jit" in sys.argv[2:]
    long_programs = "--long" in sys.argv[2:]
    work = tempfile.mkdtemp(prefix="kiln-bf-tests-")
    results = []
    try:
        exe = os.path.join(work, "bf")
        t = subprocess.run([kiln, "translate", BF, "-o", exe] + (["--jit"] if jit else []), capture_output=True, text=True, cwd=work)
        if t.returncode != 0:
            print("FAIL  translate\n" + t.stderr)
            return 1
        env = dict(os.environ, PYTHONPATH=os.path.join(REPO, "lib"))

        def run(argv, stdin, cpython, variant=()):
            cmd = [sys.executable, BF] + argv if cpython else [exe] + list(variant) + argv
            return subprocess.run(cmd, input=stdin, capture_output=True, env=env, cwd=work, timeout=1800)

        def program(name, text):
            path = os.path.join(work, name)
            with open(path, "wb") as f:
                f.write(text)
            return path

        def case(name, argv, stdin, stdout, status=0, stderr=None, cpython=True):
            problems = []
            runs = [(True, ())] if cpython else []
            runs += [(False, tuple(v)) for v in (JIT_VARIANTS if jit else [[]])]
            for on_cpython, variant in runs:
                r = run(argv, stdin, on_cpython, variant)
                who = "CPython" if on_cpython else "translated" + (" " + " ".join(variant) if variant else "")
                if r.stdout != stdout:
                    problems.append("%s: stdout %r..., expected %r..." % (who, r.stdout[:60], stdout[:60]))
                if r.returncode != status:
                    problems.append("%s: exit status %d, expected %d" % (who, r.returncode, status))
                if stderr is not None and (r.stderr.decode() != stderr):
                    problems.append("%s: stderr %r, expected %r" % (who, r.stderr.decode(), stderr))
            results.append(not problems)
            print("%s  %s%s" % ("PASS" if not problems else "FAIL", name, "".join("\n    " + p for p in problems)))

        if BENCH is None:
            print("FAIL  the benchmark programs (../shared/bench/bf) are not there: set KILN_BF_PROGRAMS")
            return 1
        small = os.path.join(BENCH, "small")
        for name in sorted(os.listdir(small)):
            if name.endswith(".b"):
                with open(os.path.join(small, name[:-2] + ".out"), "rb") as f:
                    case("small/" + name, [os.path.join(small, name)], b"", f.read())
        case("bench.b", [os.path.join(BENCH, "bench.b")], b"", b"ZYXWVUTSRQPONMLKJIHGFEDCBA\n", cpython=False)
        case("wrapping", [program("wrap.b", b"-.+. x [-]+++ comment ++.")], b"", b"\xff\x00\x05")
        case("eof_leaves_cell", [program("eof.b", b"+++++,.>,.")], b"A", b"A\x00")
        case("tape_grows", [program("grow.b", b">" * 40000 + b"+.")], b"", b"\x01")
        case("unbalanced_open", [program("open.b", b"+[[-]")], b"", b"", 1,
             "bf: unbalanced brackets: '[' at command 1 is never closed\n")
        case("unbalanced_close", [program("close.b", b"+]")], b"", b"", 1,
             "bf: unbalanced brackets: ']' at command 1 has no '['\n")
        case("missing_file", [os.path.join(work, "nope.b")], b"", b"", 1,
             "bf: cannot read '%s'\n" % os.path.join(work, "nope.b"))
        case("left_of_cell_0", [program("left.b", b"+.<")], b"", b"\x01", 1, "bf: the head moved left of cell 0\n")
        case("usage", [], b"", b"", 1, "bf: usage: bf PROGRAM.b (the program's input comes from stdin)\n")
        if jit:
            # Freeing old loops: a program of 60 phases, each a loop that runs a while and never
            # again. With loop_longevity=1 the JIT frees loops as soon as they go unused for one
            # compile; the output must not change, and the jit-summary must say it freed some.
            phases = b""
            for k in range(1, 61):
                phases += b"+" * (k % 7 + 3) + b"[>" + b"+" * (k % 5 + 1) + b">" * (k % 3) + b"<" * (k % 3) + b"<-]>[-]<"
                phases += b"++++++++[>++++++++<-]>" + b"+" * (k % 26) + b".[-]<"
            path = program("phases.b", phases)
            expected = run([path], b"", True).stdout
            summary = os.path.join(work, "summary.log")
            for spec in ["threshold=1,loop_longevity=1", "threshold=1,trace_eagerness=1,loop_longevity=1,stress=1",
                         "backend=interp,threshold=1,loop_longevity=1"]:
                r = subprocess.run([exe, "--jit", spec, path], capture_output=True, cwd=work, timeout=600,
                                   env=dict(env, KILNLOG="jit-summary:" + summary))
                with open(summary) as f:
                    freed = [line for line in f if line.startswith("freed: ")]
                problems = []
                if r.stdout != expected or r.returncode != 0:
                    problems.append("stdout %r... (status %d), expected %r..." % (r.stdout[:40], r.returncode, expected[:40]))
                if not freed or freed[0].startswith("freed: 0 loops"):
                    problems.append("the jit-summary names no freed loops")
                results.append(not problems)
                print("%s  loop_freeing (%s)%s" % ("PASS" if not problems else "FAIL", spec, "".join("\n    " + p for p in problems)))
        if jit and long_programs:
            for name in ["long.b", "dbfi.b", "factor.b", "hanoi.b", "awib-0.4.b", "mandelbrot.b"]:
                with open(os.path.join(BENCH, name + ".in"), "rb") as f:
                    stdin = f.read()
                with open(os.path.join(BENCH, name + ".out"), "rb") as f:
                    expected = f.read()
                case(name, [os.path.join(BENCH, name)], stdin, expected, cpython=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(results)
    print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Tests of examples/vm: each program on CPython and translated, compared byte for byte.

Translates examples/vm/vm.py once with the given kiln (plus any --translate-flag), then runs
every tests/*.vm program (or the ones named) twice, from the tests directory:

  * on CPython: PYTHONPATH=lib python3 examples/vm/vm.py PROGRAM.vm
  * translated: BINARY [--binary-args ...] PROGRAM.vm, with the --run-env variables set

and checks that stdout, stderr and the exit status are the same. A program also states what
CPython must print, in comment lines written from an independent computation: '#> TEXT' is one
line of stdout (all of it, in order), '#! status N' the exit status (default 0), '#! stderr TEXT'
a line of stderr. Without program names, a few command lines are checked too (--dis, no
program, a missing file, two programs). --bench also runs the bench/*.vm programs, on the
binary only (they take minutes on CPython), against their '#>' lines, and prints their times.

Usage: examples/vm/tests/run.py KILN [options] [PROGRAM.vm ...]
  --translate-flag FLAG   pass FLAG to 'kiln translate' (repeatable; split like a shell word
                          list, so --translate-flag '--jit' and '--translate-flag "-O2 --jit"' work)
  --binary-args ARGS      pass ARGS to the binary before the program (repeatable, split the same
                          way: --binary-args '--jit threshold=1')
  --run-env NAME=VALUE    set an environment variable for the binary (repeatable)
  --keep DIR              translate into DIR (kept) instead of a temporary directory
  --bench                 also run the benchmarks
Prints one line per program and a final 'N passed, N failed' line; exits 1 on any failure.
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VM_DIR = os.path.dirname(HERE)
BENCH = os.path.join(VM_DIR, "bench")
REPO = os.path.dirname(os.path.dirname(VM_DIR))
VM = os.path.join(VM_DIR, "vm.py")
TIMEOUT = 600


class Options(object):
    def __init__(self):
        self.kiln = None
        self.translate_flags = []
        self.binary_args = []
        self.run_env = {}
        self.keep = None
        self.bench = False
        self.programs = []


def parse_args(argv):
    options = Options()
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, sep, value = arg.partition("=")
        if name in ("--translate-flag", "--binary-args", "--run-env", "--keep"):
            if not sep:  # the value is the next argument
                i += 1
                if i == len(argv):
                    raise SystemExit("run.py: %s needs a value" % name)
                value = argv[i]
            if name == "--translate-flag":
                options.translate_flags += shlex.split(value)
            elif name == "--binary-args":
                options.binary_args += shlex.split(value)
            elif name == "--run-env":
                key, eq, val = value.partition("=")
                if not eq or not key:
                    raise SystemExit("run.py: --run-env needs NAME=VALUE, not %r" % value)
                options.run_env[key] = val
            else:
                options.keep = os.path.abspath(value)
        elif arg == "--bench":
            options.bench = True
        elif arg.startswith("-"):
            raise SystemExit(__doc__)
        elif options.kiln is None:
            options.kiln = os.path.abspath(arg)
        else:
            options.programs.append(os.path.basename(arg))
        i += 1
    if options.kiln is None:
        raise SystemExit(__doc__)
    return options


def expectations(path):
    """(stdout, status, stderr) that the program's comments state, or None if it states none."""
    out, err, status, found = [], [], 0, False
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line == "#>" or line.startswith("#> "):
                out.append(line[3:])
                found = True
            elif line.startswith("#! status "):
                status = int(line[len("#! status "):])
                found = True
            elif line.startswith("#! stderr "):
                err.append(line[len("#! stderr "):])
                found = True
    if not found:
        return None
    join = lambda lines: "".join(l + "\n" for l in lines).encode()
    return join(out), status, join(err)


def short(data):
    text = data.decode("utf-8", "replace")
    return repr(text if len(text) <= 70 else text[:70] + "...")


def compare(what, result, stdout, status, stderr):
    problems = []
    if result.stdout != stdout:
        problems.append("%s stdout %s, expected %s" % (what, short(result.stdout), short(stdout)))
        problems.append(first_difference(result.stdout, stdout))
    if result.returncode != status:
        problems.append("%s exit status %d, expected %d" % (what, result.returncode, status))
    if result.stderr != stderr:
        problems.append("%s stderr %s, expected %s" % (what, short(result.stderr), short(stderr)))
    return problems


def first_difference(got, expected):
    got_lines, expected_lines = got.split(b"\n"), expected.split(b"\n")
    for number, (a, b) in enumerate(zip(got_lines, expected_lines)):
        if a != b:
            return "  line %d: %s, expected %s" % (number + 1, short(a), short(b))
    return "  %d lines, expected %d" % (len(got_lines) - 1, len(expected_lines) - 1)


def run(cmd, env, cwd):
    start = time.time()
    try:
        result = subprocess.run(cmd, capture_output=True, env=env, cwd=cwd, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        result = subprocess.CompletedProcess(cmd, -1, b"", b"timed out after %d s" % TIMEOUT)
    return result, time.time() - start


def main():
    options = parse_args(sys.argv[1:])
    work = options.keep or tempfile.mkdtemp(prefix="kiln-vm-tests-")
    os.makedirs(work, exist_ok=True)
    results = []
    try:
        exe = os.path.join(work, "vm")
        cmd = [options.kiln, "translate", VM, "-o", exe] + options.translate_flags
        t = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
        if t.returncode != 0:
            print("FAIL  translate: %s\n%s%s" % (" ".join(cmd), t.stdout, t.stderr))
            print("0 passed, 1 failed")
            return 1
        cpython_env = dict(os.environ, PYTHONPATH=os.path.join(REPO, "lib"))
        binary_env = dict(os.environ, **options.run_env)

        def report(name, problems, times):
            results.append(not problems)
            print("%s  %s (%s)%s" % ("PASS" if not problems else "FAIL", name, times,
                                     "".join("\n    " + p for p in problems)))
            sys.stdout.flush()

        names = sorted(n for n in os.listdir(HERE) if n.endswith(".vm"))
        if options.programs:
            unknown = [n for n in options.programs if n not in names and not os.path.exists(
                os.path.join(BENCH, n))]
            if unknown:
                print("FAIL  no such test program: %s" % ", ".join(unknown))
                return 1
            names = [n for n in names if n in options.programs]
        cases = [(name, [name]) for name in names]
        if not options.programs:
            # the command line itself: the disassembler, and errors before any program runs
            cases += [("--dis fib.vm", ["--dis", "fib.vm"]), ("no program", []),
                      ("missing file", ["no_such_file.vm"]), ("two programs", ["a.vm", "b.vm"])]
        for name, args in cases:
            ours, ours_time = run([sys.executable, VM] + args, cpython_env, HERE)
            binary, binary_time = run([exe] + options.binary_args + args, binary_env, HERE)
            problems = compare("translated:", binary, ours.stdout, ours.returncode, ours.stderr)
            expected = expectations(os.path.join(HERE, name)) if args == [name] else None
            if expected is not None:
                problems += compare("CPython:", ours, *expected)
            elif ours.returncode != (0 if ours.stdout else 1):
                problems.append("CPython: exit status %d" % ours.returncode)
            report(name, problems, "CPython %.2f s, translated %.2f s" % (ours_time, binary_time))
        if options.bench:
            for name in sorted(n for n in os.listdir(BENCH) if n.endswith(".vm")):
                if options.programs and name not in options.programs:
                    continue
                binary, binary_time = run([exe] + options.binary_args + [name], binary_env, BENCH)
                expected = expectations(os.path.join(BENCH, name))
                problems = compare("translated:", binary, *expected) if expected else []
                report("bench/" + name, problems, "translated %.2f s" % binary_time)
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    passed = sum(results)
    print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if results and passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())

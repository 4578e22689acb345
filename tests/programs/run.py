#!/usr/bin/env python3
"""The differential test suite: every program here must behave the same on CPython and
translated by kiln (see tests/programs/README.md).

  run.py KILN [-j N] [--gc GC] [--stress] [--keep] [--cpython-only] [--jit-variants] [-v] [NAME...]

For each tests/programs/*.py but run.py and _*.py (or each NAME given: `str_methods`, `str_methods.py` or a path):
  * CPython runs it (`python3 prog.py ARGS`, PYTHONPATH=<repo>/lib, in a fresh temporary
    directory): its stdout bytes and exit status are the expected ones;
  * `KILN translate prog.py -o TMP/prog` makes a binary (a failed translation fails the
    program, with the translator's messages);
  * the binary runs with the same ARGS in another fresh temporary directory; its stdout bytes
    and exit status must be CPython's. stderr is not compared (tracebacks differ).
ARGS come from an optional `# args: a b c` line among the file's leading comments
(shlex-split). argv[0] differs between the two and programs never print it.

Programs named in KNOWN_FAILURES (one name per line, then `# reason`) are expected to fail:
they are reported as XFAIL, and one that passes is an XPASS, which fails the run (remove it
from the list).

--gc GC translates with `--gc=GC` (boehm, the default, or gen). --stress runs the binaries with
KILN_GC_STRESS=1 KILN_GC_VERIFY=1 (gen: a collection at every allocation, the heap verified
after each) and a longer time limit.

--jit-variants runs only the programs that use a JitDriver, translated with `--jit`, three
times each: with the JIT's defaults, with `--jit threshold=1,trace_eagerness=1` (everything is
traced, every failing guard gets a bridge), and with `stress=1` added (every guard also fails
the first time it runs, so every resume path runs).

--cpython-only checks instead that every program runs on CPython and is deterministic (two
runs print the same bytes and exit with the same status); it needs no KILN (pass any path).

Prints one line per program (PASS, FAIL, XFAIL, XPASS; failures followed by the details) and a
final line `N passed, N failed, N known failures`; exits 1 if anything failed or unexpectedly
passed.
"""
import argparse
import concurrent.futures
import difflib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(REPO, "lib")
KNOWN_FAILURES = os.path.join(HERE, "KNOWN_FAILURES")
TRANSLATE_TIMEOUT = 60
RUN_TIMEOUT = 20
DIFF_LINES = 40
SKIP = {"run.py"}


class Outcome:
    """What running one program gave: a list of problems (empty: it passed)."""

    def __init__(self, name):
        self.name = name
        self.problems = []


def environment():
    env = dict(os.environ)
    env["PYTHONPATH"] = LIB
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    # CPython's stdout is block-buffered into a pipe, as a translated program's is; an
    # inherited PYTHONUNBUFFERED would change the order of print() and os.write(1, ...) output.
    env.pop("PYTHONUNBUFFERED", None)
    return env


def program_args(path):
    """The shlex-split `# args: ...` of the file's leading comment lines, else []."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            if body.startswith("args:"):
                return shlex.split(body[len("args:"):])
    return []


def run_in_fresh_dir(argv, timeout, extra_env=None):
    """(status, stdout bytes, stderr text) of argv run in a new temporary directory, which is
    removed afterwards; status is None (and stderr says why) if it could not run or timed out."""
    workdir = tempfile.mkdtemp(prefix="kiln-prog-run-")
    env = environment()
    env.update(extra_env or {})
    try:
        p = subprocess.run(argv, capture_output=True, env=env, cwd=workdir,
                           timeout=timeout, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        out = e.stdout or b""
        return None, out, "timed out after %d s" % timeout
    except OSError as e:
        return None, b"", "cannot run %s: %s" % (argv[0], e)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def describe_status(status):
    if status is None:
        return "did not finish"
    if status < 0:
        return "killed by signal %d" % -status
    return "exit status %d" % status


def indent(text, prefix="    "):
    return "\n".join(prefix + line for line in text.rstrip().splitlines())


def tail(text, lines=20):
    kept = text.rstrip().splitlines()
    if len(kept) > lines:
        kept = ["[... %d lines]" % (len(kept) - lines)] + kept[-lines:]
    return "\n".join(kept)


def stdout_diff(expected, got, expected_label, got_label):
    a = expected.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    b = got.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, expected_label, got_label))
    if not lines and expected != got:
        # Same lines once decoded: the difference is in the bytes (line ends, encoding).
        return "    stdout differs in its bytes: %r vs %r" % (expected[-60:], got[-60:])
    shown = [line.rstrip("\n") for line in lines[:DIFF_LINES]]
    if len(lines) > DIFF_LINES:
        shown.append("[... %d more diff lines]" % (len(lines) - DIFF_LINES))
    return indent("\n".join(shown))


def cpython_run(path, args):
    return run_in_fresh_dir([sys.executable, path] + args, RUN_TIMEOUT)


def check_cpython_only(path):
    """The program runs on CPython and is deterministic."""
    outcome = Outcome(os.path.basename(path))
    args = program_args(path)
    status1, out1, err1 = cpython_run(path, args)
    if status1 is None:
        outcome.problems.append("CPython: %s" % err1)
        return outcome
    if not out1.strip():
        outcome.problems.append("CPython printed nothing (a program must print its results)")
    if "SyntaxError" in err1:
        outcome.problems.append("CPython: syntax error\n" + indent(tail(err1)))
    status2, out2, err2 = cpython_run(path, args)
    if (status2, out2) != (status1, out1):
        outcome.problems.append("not deterministic: two CPython runs differ (%s, %s)\n%s" % (
            describe_status(status1), describe_status(status2),
            stdout_diff(out1, out2, "first run", "second run")))
    return outcome


# --jit-variants: how the JIT binary of a program with a JitDriver is run (the binary's leading
# `--jit SPEC`). Each must print exactly what CPython prints.
JIT_VARIANTS = [
    ("jit", []),
    ("jit threshold=1", ["--jit", "threshold=1,trace_eagerness=1"]),
    ("jit stress", ["--jit", "threshold=1,trace_eagerness=1,stress=1"]),
]


def uses_jit(path):
    with open(path, encoding="utf-8") as f:
        return "JitDriver(" in f.read()


def check_differential(kiln, path, keep_root, gc, stress, jit=False):
    outcome = Outcome(os.path.basename(path))
    args = program_args(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    want_status, want_out, want_err = cpython_run(path, args)
    if want_status is None:
        outcome.problems.append("CPython: %s" % want_err)
        return outcome
    build = tempfile.mkdtemp(prefix="kiln-prog-%s-" % stem, dir=keep_root)
    try:
        binary = os.path.join(build, stem)
        try:
            flags = ["--jit"] if jit else []
            t = subprocess.run([kiln, "translate", path, "-o", binary, "--gc=" + gc] + flags, capture_output=True,
                               env=environment(), cwd=build, timeout=TRANSLATE_TIMEOUT,
                               stdin=subprocess.DEVNULL)
            t_status, t_err = t.returncode, (t.stdout + t.stderr).decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            t_status, t_err = None, "timed out after %d s" % TRANSLATE_TIMEOUT
        except OSError as e:
            t_status, t_err = None, "cannot run %s: %s" % (kiln, e)
        if t_status != 0 or not os.path.exists(binary):
            outcome.problems.append("`kiln translate` failed (%s)\n%s" % (
                describe_status(t_status), indent(tail(t_err, 40))))
            return outcome
        stress_env = {"KILN_GC_STRESS": "1", "KILN_GC_VERIFY": "1"} if stress else {}
        for label, jit_args in JIT_VARIANTS if jit else [("kiln", [])]:
            got_status, got_out, got_err = run_in_fresh_dir([binary] + jit_args + args, RUN_TIMEOUT * (6 if stress else 1),
                                                            stress_env)
            problems = []
            if got_out != want_out:
                problems.append("stdout differs (%s):\n" % label + stdout_diff(want_out, got_out, "cpython", label))
            if got_status != want_status:
                problems.append("CPython: %s, %s: %s" % (describe_status(want_status), label, describe_status(got_status)))
            if problems and got_err.strip():
                problems.append("the binary's stderr (%s):\n" % label + indent(tail(got_err)))
            outcome.problems += problems
        return outcome
    finally:
        if keep_root is None:
            shutil.rmtree(build, ignore_errors=True)


def known_failures():
    """{name: reason} from KNOWN_FAILURES: `name[.py] # reason` lines; `#` lines are comments."""
    known = {}
    if not os.path.exists(KNOWN_FAILURES):
        return known
    with open(KNOWN_FAILURES, encoding="utf-8") as f:
        for line in f:
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            name, _, reason = text.partition("#")
            name = name.strip()
            if name.endswith(".py"):
                name = name[:-3]
            known[name] = reason.strip()
    return known


def select_programs(names):
    if not names:
        return [os.path.join(HERE, n) for n in sorted(os.listdir(HERE))
                if n.endswith(".py") and n not in SKIP and not n.startswith("_")]
    paths = []
    for name in names:
        if os.path.sep in name or os.path.exists(name) and name.endswith(".py"):
            path = os.path.abspath(name)
        else:
            path = os.path.join(HERE, name if name.endswith(".py") else name + ".py")
        if not os.path.exists(path):
            sys.exit("run.py: no program '%s'" % name)
        paths.append(path)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kiln", help="the kiln executable")
    parser.add_argument("names", nargs="*", help="programs to run (default: all of tests/programs)")
    parser.add_argument("-j", dest="jobs", type=int, default=os.cpu_count() or 4, help="parallel jobs")
    parser.add_argument("--gc", default="boehm", help="the collector to translate with (--gc=GC)")
    parser.add_argument("--stress", action="store_true",
                        help="run the binaries with KILN_GC_STRESS=1 KILN_GC_VERIFY=1 (--gc gen)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the translated binaries (under a directory printed at the end)")
    parser.add_argument("--cpython-only", action="store_true",
                        help="only check that every program runs on CPython, deterministically")
    parser.add_argument("--jit-variants", action="store_true",
                        help="only the programs with a JitDriver, translated with --jit and run as the JIT_VARIANTS say")
    parser.add_argument("-v", dest="verbose", action="store_true",
                        help="also print the reasons and details of known failures")
    args = parser.parse_intermixed_args()
    kiln = os.path.abspath(args.kiln)
    if not args.cpython_only and not os.path.exists(kiln):
        sys.exit("run.py: no kiln executable at %s" % kiln)
    paths = all_paths = select_programs(args.names)
    if args.jit_variants:
        paths = [p for p in paths if uses_jit(p)]
    known = {} if args.cpython_only else known_failures()
    keep_root = tempfile.mkdtemp(prefix="kiln-programs-") if args.keep else None

    problems_setup = []
    if not args.names and not args.cpython_only:
        present = {os.path.splitext(os.path.basename(p))[0] for p in all_paths}
        for name in sorted(set(known) - present):
            problems_setup.append("KNOWN_FAILURES names '%s', which is not a program here" % name)

    if args.cpython_only:
        job = check_cpython_only
    else:
        def job(path):
            return check_differential(kiln, path, keep_root, args.gc, args.stress, args.jit_variants)

    passed = failed = xfailed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(job, path) for path in paths]
        for future in futures:      # in order, each printed as soon as it and those before are done
            outcome = future.result()
            stem = os.path.splitext(outcome.name)[0]
            if stem in known:
                if outcome.problems:
                    xfailed += 1
                    reason = known[stem]
                    print("XFAIL %s%s" % (stem, "  # " + reason if args.verbose and reason else ""))
                    if args.verbose:
                        for p in outcome.problems:
                            print(indent(p, "  "))
                else:
                    failed += 1
                    print("XPASS %s: now passes: remove it from KNOWN_FAILURES" % stem)
            elif outcome.problems:
                failed += 1
                print("FAIL  %s" % stem)
                for p in outcome.problems:
                    print(indent(p, "  "))
            else:
                passed += 1
                print("PASS  %s" % stem)
            sys.stdout.flush()
    for p in problems_setup:
        failed += 1
        print("FAIL  suite: %s" % p)
    if keep_root:
        print("binaries kept under %s" % keep_root)
    print("%d passed, %d failed, %d known failures" % (passed, failed, xfailed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

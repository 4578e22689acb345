#!/usr/bin/env python3
"""Checks `kiln load` against CPython on the load-time corpus (see tests/load/README.md).

  dump_globals_parity.py KILN [-k SUBSTRING] [-v]
      For every program tests/load/programs/*.py (not _*.py): `KILN load --dump-globals PROG`
      must exit 0 and print exactly (byte for byte) what reference_dump_globals.py prints.
      For every tests/load/errors/*.py (not _*.py): `KILN load PROG` must exit with the status
      of its `# expect:` header and print every expected text on stderr (and none of the
      `# expect-absent:` texts).

  dump_globals_parity.py --check-corpus [-k SUBSTRING] [-v]
      Validates the corpus itself on CPython, without kiln: each program runs with the exit
      status it documents (`# exit: N`, default 0) and prints the same non-empty output under
      two hash seeds, the reference dump succeeds and is hash-seed independent; each error
      program either fails to import on CPython with the expected status and texts (import-time
      errors), or imports and runs fine (errors only kiln can detect).

Prints one block per failure and a final line `N passed, M failed`; exits 1 if any failed.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(REPO, "lib")
REFERENCE = os.path.join(HERE, "reference_dump_globals.py")
MIN_PROGRAMS = 32
TIMEOUT = 120
SEEDS = ("PYTHONHASHSEED=1", "PYTHONHASHSEED=2")


def corpus(kind, pattern):
    directory = os.path.join(HERE, kind)
    return [os.path.join(directory, name) for name in sorted(os.listdir(directory))
            if name.endswith(".py") and not name.startswith("_") and pattern in name]


def environment(hash_seed=None):
    env = dict(os.environ)
    env["PYTHONPATH"] = LIB + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = str(hash_seed)
    return env


def run(argv, hash_seed=None):
    """(exit status, stdout bytes, stderr text); status is None if it could not run."""
    try:
        p = subprocess.run(argv, capture_output=True, env=environment(hash_seed), cwd=REPO,
                           timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, b"", "cannot run %s: %s" % (" ".join(argv), e)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def header(path):
    """The leading comment lines of a file, as (key, value) pairs: '# key: value'."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*([\w-]+):\s?(.*?)\s*$", line)
            if not line.startswith("#"):
                break
            if m:
                pairs.append((m.group(1), m.group(2)))
    return pairs


def expected_status(path):
    for key, value in header(path):
        if key == "exit":
            return int(value)
    return 0


def error_expectations(path):
    """(status, [texts that must appear], [texts that must not]) from the header."""
    pairs = header(path)
    if not pairs or pairs[0][0] != "expect" or not re.match(r"\d+ \S", pairs[0][1]):
        raise ValueError("first line must be '# expect: <status> <stderr text>'")
    status, text = pairs[0][1].split(" ", 1)
    present = [text] + [v for k, v in pairs[1:] if k == "expect-also"]
    absent = [v for k, v in pairs[1:] if k == "expect-absent"]
    return int(status), present, absent


def tail(text, lines=15):
    return "\n".join("    | " + l for l in text.rstrip("\n").splitlines()[-lines:])


def diff(expected, actual, labels=("reference", "kiln"), limit=60):
    lines = list(difflib.unified_diff(expected.decode("utf-8", "replace").splitlines(),
                                      actual.decode("utf-8", "replace").splitlines(),
                                      labels[0], labels[1], lineterm="", n=1))
    if len(lines) > limit:
        lines = lines[:limit] + ["... (%d more diff lines)" % (len(lines) - limit)]
    return "\n".join("    " + l for l in lines)


def reference(path, hash_seed=None):
    return run([sys.executable, REFERENCE, path], hash_seed)


# -- parity against kiln ----------------------------------------------------------------------

def parity_program(kiln, path):
    ref_status, ref_out, ref_err = reference(path)
    if ref_status != 0:
        return "reference failed (status %s):\n%s" % (ref_status, tail(ref_err))
    status, out, err = run([kiln, "load", "--dump-globals", path])
    if status != 0:
        return "kiln exited with status %s:\n%s" % (status, tail(err))
    if out != ref_out:
        return "dump differs:\n" + diff(ref_out, out)
    return None


def parity_error(kiln, path):
    want_status, present, absent = error_expectations(path)
    status, out, err = run([kiln, "load", path])
    problems = []
    if status != want_status:
        problems.append("exit status %s, expected %d" % (status, want_status))
    problems += ["stderr lacks %r" % t for t in present if t not in err]
    problems += ["stderr contains %r" % t for t in absent if t in err]
    if problems:
        return "; ".join(problems) + "\n" + tail(err)
    return None


# -- the corpus on CPython -----------------------------------------------------------------

def check_program(path):
    text = open(path, encoding="utf-8").read()
    problems = []
    if not re.search(r"^def (entry_point|target)\(", text, re.M):
        problems.append("defines neither entry_point nor target")
    if 'if __name__ == "__main__":' not in text or "sys.exit(entry_point(sys.argv))" not in text:
        problems.append('lacks the `if __name__ == "__main__": ... sys.exit(entry_point(sys.argv))`'
                        " block")
    want = expected_status(path)
    runs = [run([sys.executable, path], seed) for seed in (1, 2)]
    for status, out, err in runs:
        if status != want:
            problems.append("CPython run exited with %s, expected %d:\n%s" % (status, want,
                                                                              tail(err)))
            break
    else:
        if not runs[0][1]:
            problems.append("prints nothing")
        elif runs[0][1] != runs[1][1]:
            problems.append("output depends on the hash seed:\n"
                            + diff(runs[0][1], runs[1][1], SEEDS))
    dumps = [reference(path, seed) for seed in (1, 2)]
    if dumps[0][0] != 0:
        problems.append("reference dump failed:\n" + tail(dumps[0][2]))
    elif not dumps[0][1]:
        problems.append("reference dump is empty")
    elif dumps[0][1] != dumps[1][1]:
        problems.append("dump depends on the hash seed:\n"
                        + diff(dumps[0][1], dumps[1][1], SEEDS))
    return "\n".join(problems) or None


def check_error(path):
    try:
        want_status, present, absent = error_expectations(path)
    except ValueError as e:
        return str(e)
    status, out, err = reference(path)
    if status == 0:
        # An error only kiln can detect: the program must be fine on CPython.
        status, out, err = run([sys.executable, path])
        if status != 0:
            return "imports, but fails when run on CPython:\n" + tail(err)
        return None
    problems = []
    if status != want_status:
        problems.append("CPython import failed with status %s, expected %d" % (status,
                                                                                want_status))
    problems += ["CPython's traceback lacks %r" % t for t in present if t not in err]
    if problems:
        return "; ".join(problems) + "\n" + tail(err)
    return None


def check_size(programs):
    if len(programs) < MIN_PROGRAMS:
        return "%d programs, at least %d wanted" % (len(programs), MIN_PROGRAMS)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kiln", nargs="?", help="path to the kiln binary")
    parser.add_argument("--check-corpus", action="store_true",
                        help="validate the corpus on CPython only")
    parser.add_argument("-k", default="", metavar="SUBSTRING",
                        help="only files whose name contains SUBSTRING")
    parser.add_argument("-v", action="store_true", help="also list passing files")
    parser.add_argument("-j", type=int, default=os.cpu_count() or 4, help="parallel jobs")
    args = parser.parse_args()
    if args.check_corpus == bool(args.kiln):
        parser.error("give either KILN or --check-corpus")
    programs, errors = corpus("programs", args.k), corpus("errors", args.k)
    jobs = []
    if args.check_corpus:
        jobs += [(p, check_program, (p,)) for p in programs]
        jobs += [(p, check_error, (p,)) for p in errors]
    else:
        kiln = os.path.abspath(args.kiln)
        jobs += [(p, parity_program, (kiln, p)) for p in programs]
        jobs += [(p, parity_error, (kiln, p)) for p in errors]
    if args.check_corpus and not args.k:
        jobs.append(("programs", check_size, (programs,)))
    with concurrent.futures.ThreadPoolExecutor(max(1, args.j)) as pool:
        results = list(pool.map(lambda job: job[1](*job[2]), jobs))
    failed = 0
    for (path, _, _), problem in zip(jobs, results):
        name = os.path.relpath(os.path.join(HERE, path), HERE)
        if problem:
            failed += 1
            print("FAIL %s: %s" % (name, problem.rstrip()))
        elif args.v:
            print("ok   %s" % name)
    print("%d passed, %d failed" % (len(jobs) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

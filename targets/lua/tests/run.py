#!/usr/bin/env python3
"""Differential tests of targets/lua against the reference interpreter, lua5.4.

Every program in targets/lua/tests/programs/*.lua is run by lua5.4 and by kiln-lua (on
CPython: `PYTHONPATH=lib python3 targets/lua/lua.py`; translated: a binary given with
--binary, or made with --kiln) from the programs directory, with NAME.stdin (if any) as
input. A program passes when stdout is byte-for-byte the same, the exit status is the same,
and the first line of stderr is the same after the program name ("lua5.4: " / "lua: ").
Programs listed in programs/KNOWN_FAILURES (one "NAME.lua  reason" per line) are expected
to fail: they are reported as XFAIL and do not count as failures (XPASS if they pass).

Usage: targets/lua/tests/run.py [--kiln PATH] [--binary PATH] [--no-cpython] [--lua lua5.4]
                                [-j N] [--timeout SECONDS] [NAME-SUBSTRING...]
Prints one line per program and per mode, then "N passed, N failed".
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
LUA_DIR = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(LUA_DIR))
LUA_PY = os.path.join(LUA_DIR, "lua.py")


def read_known_failures():
    known = {}
    path = os.path.join(PROGRAMS, "KNOWN_FAILURES")
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    name, _, reason = line.partition(" ")
                    known[name] = reason.strip()
    return known


def run(cmd, stdin, timeout):
    env = dict(os.environ, PYTHONPATH=os.path.join(REPO, "lib"))
    try:
        r = subprocess.run(cmd, input=stdin, capture_output=True, cwd=PROGRAMS, env=env,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return r


def first_error_line(stderr):
    """The first line of stderr without the interpreter's name ('lua5.4: ', 'lua: ')."""
    line = stderr.decode("latin-1").split("\n")[0]
    head, sep, rest = line.partition(": ")
    if sep and " " not in head:
        return rest
    return line


def compare(expected, got):
    if got is None:
        return "timed out"
    problems = []
    if got.stdout != expected.stdout:
        exp = expected.stdout.decode("latin-1").split("\n")
        act = got.stdout.decode("latin-1").split("\n")
        for i in range(max(len(exp), len(act))):
            e = exp[i] if i < len(exp) else "<missing>"
            a = act[i] if i < len(act) else "<missing>"
            if e != a:
                problems.append("stdout line %d: expected %r, got %r" % (i + 1, e[:120], a[:120]))
                break
    if got.returncode != expected.returncode:
        problems.append("exit status %d, expected %d" % (got.returncode, expected.returncode))
    e = first_error_line(expected.stderr)
    a = first_error_line(got.stderr)
    if e != a:
        problems.append("stderr %r, expected %r" % (a[:160], e[:160]))
    return "; ".join(problems)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kiln", help="translate lua.py with this kiln and test the binary too")
    ap.add_argument("--binary", help="also test this translated kiln-lua binary")
    ap.add_argument("--no-cpython", action="store_true", help="do not run lua.py on CPython")
    ap.add_argument("--lua", default="lua5.4", help="the reference interpreter")
    ap.add_argument("-j", type=int, default=2, help="programs run in parallel")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("names", nargs="*", help="only programs whose name contains one of these")
    args = ap.parse_args()

    if shutil.which(args.lua) is None:
        print("FAIL  the reference interpreter %r is not installed (apt-get install lua5.4)" % args.lua)
        return 1
    modes = []
    if not args.no_cpython:
        modes.append(("cpython", [sys.executable, LUA_PY]))
    work = None
    if args.kiln:
        work = tempfile.mkdtemp(prefix="kiln-lua-tests-")
        exe = os.path.join(work, "lua")
        t = subprocess.run([os.path.abspath(args.kiln), "translate", LUA_PY, "-o", exe],
                           capture_output=True, text=True)
        if t.returncode != 0:
            print("FAIL  translate\n" + t.stdout + t.stderr)
            return 1
        modes.append(("translated", [exe]))
    if args.binary:
        modes.append(("binary", [os.path.abspath(args.binary)]))

    known = read_known_failures()
    names = sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".lua"))
    if args.names:
        names = [n for n in names if any(s in n for s in args.names)]

    def one(name):
        stdin = b""
        stdin_path = os.path.join(PROGRAMS, name[:-4] + ".stdin")
        if os.path.exists(stdin_path):
            with open(stdin_path, "rb") as f:
                stdin = f.read()
        expected = run([args.lua, name], stdin, args.timeout)
        out = []
        for mode, cmd in modes:
            problem = compare(expected, run(cmd + [name], stdin, args.timeout))
            out.append((mode, problem))
        return name, out

    passed = failed = xfail = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for name, results in pool.map(one, names):
            for mode, problem in results:
                tag = name if len(modes) == 1 else "%s [%s]" % (name, mode)
                if name in known:
                    if problem:
                        xfail += 1
                        print("XFAIL %s (%s)" % (tag, known[name]))
                    else:
                        passed += 1
                        print("XPASS %s (listed in KNOWN_FAILURES)" % tag)
                elif problem:
                    failed += 1
                    print("FAIL  %s: %s" % (tag, problem))
                else:
                    passed += 1
                    print("PASS  %s" % tag)
            sys.stdout.flush()
    if work:
        shutil.rmtree(work, ignore_errors=True)
    extra = " (%d known failures)" % xfail if xfail else ""
    print("%d passed, %d failed%s" % (passed, failed, extra))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

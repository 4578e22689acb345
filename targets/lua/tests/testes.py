#!/usr/bin/env python3
"""The official Lua 5.4 test files (../shared/lua/testes, from lua/lua v5.4.6) on kiln-lua.

Each file is copied to a temporary directory with the cuts listed in CUTS applied (the cut
lines are replaced by comments, so line numbers in messages stay those of the original) and
run as `INTERPRETER FILE` from there; it passes when it exits with status 0 (the files check
themselves with assert and print "OK" at the end). A stub `tracegc` module (a helper of the
test suite that is not in the selection) is provided. Every cut says why; they remove what
tests the C API (T, testC), the garbage collector (weak tables, finalizers, collectgarbage
options), the debug library beyond what ldblib implements, string.pack/dump (binary chunks),
and behaviour that depends on PUC's internals (stack limits, table sizes).

Usage: targets/lua/tests/testes.py [--binary PATH | --kiln KILN] [--testes DIR] [--timeout S]
                                   [--prepare DIR] [NAME...]
(without --binary or --kiln it runs lua.py on CPython, which is slow: minutes for some files).
The exit status is 0 when the files REQUIRED by the issue pass (the others are reported).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LUA_DIR = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(LUA_DIR))
# Beside the repository (third-party files, not part of it); a clone elsewhere (CI) finds the
# workplace's copy, or KILN_LUA_TESTES names the directory.
DEFAULT_TESTES = next((d for d in [os.environ.get("KILN_LUA_TESTES", ""), os.path.join(os.path.dirname(REPO), "shared", "lua", "testes"),
                       "/work/shared/lua/testes"] if d and os.path.isdir(d)), os.path.join(os.path.dirname(REPO), "shared", "lua", "testes"))

# The files the issue requires to pass.
REQUIRED = ["constructs", "closure", "calls", "nextvar", "sort", "vararg", "locals", "goto",
            "bitwise", "literals", "events", "strings", "math", "pm", "coroutine"]

# file -> [(first line, last line, reason)], lines of the v5.4.6 files, inclusive.
CUTS = {
    "closure.lua": [
        (27, 32, "waits for the GC to clear a weak table (no weak tables)"),
        (41, 41, "the weak table of the cut above"),
    ],
    "calls.lua": [
        (330, 332, "string.dump (binary chunks are not supported)"),
        (335, 342, "string.dump (binary chunks are not supported)"),
        (345, 356, "loads a binary chunk"),
        (359, 366, "string.dump (binary chunks are not supported)"),
        (382, 386, "string.dump (binary chunks are not supported)"),
        (404, 425, "string.dump (binary chunks are not supported)"),
        (442, 448, "string.dump (binary chunks are not supported)"),
        (467, 508, "string.dump, string.pack (binary chunks are not supported)"),
    ],
    "errors.lua": [
        (258, 270, "string.dump (binary chunks are not supported)"),
    ],
    "locals.lua": [
        (429, 429, "debug.getinfo(2) in a __close run by an error names the unwound function, not pcall"),
        (435, 435, "debug.getinfo(2) in a __close run by an error names the unwound function, not pcall"),
        (444, 444, "debug.getinfo(2) in a __close run by an error names the unwound function, not pcall"),
        (452, 452, "debug.getinfo(2) in a __close run by an error names the unwound function, not pcall"),
        (784, 808, "debug.sethook (no hooks)"),
    ],
    "coroutine.lua": [
        (339, 356, "debug.sethook (no hooks)"),
        (417, 417, "a weak table cleared by the GC (no weak tables)"),
    ],
}

TRACEGC_STUB = """-- stub of the test suite's tracegc module (kiln-lua has no finalizers to trace)
local M = {}
function M.start() end
function M.stop() end
return M
"""


def prepare(src_dir, name, work):
    with open(os.path.join(src_dir, name), "rb") as f:
        lines = f.read().split(b"\n")
    for first, last, reason in CUTS.get(name, []):
        for i in range(first - 1, min(last, len(lines))):
            lines[i] = b"-- [kiln-lua cut: " + reason.encode() + b"]"
    with open(os.path.join(work, name), "wb") as f:
        f.write(b"\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", help="a translated kiln-lua (default: lua.py on CPython)")
    ap.add_argument("--kiln", help="translate lua.py (--gc=gen) with this kiln and run that")
    ap.add_argument("--testes", default=DEFAULT_TESTES)
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--prepare", metavar="DIR", help="only write the cut files into DIR")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    if not os.path.isdir(args.testes):
        print("FAIL  no test directory %s" % args.testes)
        return 1
    work = tempfile.mkdtemp(prefix="kiln-lua-testes-")
    if args.binary:
        cmd = [os.path.abspath(args.binary)]
    elif args.kiln:
        exe = os.path.join(work, "kiln-lua")
        t = subprocess.run([os.path.abspath(args.kiln), "translate", "--gc=gen",
                            os.path.join(LUA_DIR, "lua.py"), "-o", exe],
                           capture_output=True, text=True)
        if t.returncode != 0:
            print("FAIL  translate\n" + t.stdout + t.stderr)
            shutil.rmtree(work, ignore_errors=True)
            return 1
        cmd = [exe]
    else:
        cmd = [sys.executable, os.path.join(LUA_DIR, "lua.py")]
    env = dict(os.environ, PYTHONPATH=os.path.join(REPO, "lib"))
    names = sorted(n for n in os.listdir(args.testes) if n.endswith(".lua"))
    if args.names:
        names = [n for n in names if n[:-4] in args.names or n in args.names]
    if args.prepare:
        os.makedirs(args.prepare, exist_ok=True)
        with open(os.path.join(args.prepare, "tracegc.lua"), "w") as f:
            f.write(TRACEGC_STUB)
        for name in names:
            prepare(args.testes, name, args.prepare)
        shutil.rmtree(work, ignore_errors=True)
        return 0
    passed = []
    failed = []
    try:
        with open(os.path.join(work, "tracegc.lua"), "w") as f:
            f.write(TRACEGC_STUB)
        for name in names:
            prepare(args.testes, name, work)
        for name in names:
            start = time.time()
            try:
                r = subprocess.run(cmd + [name], cwd=work, env=env, capture_output=True,
                                   timeout=args.timeout)
                ok = r.returncode == 0
                why = r.stderr.decode("latin-1").strip().split("\n")[0] if not ok else ""
            except subprocess.TimeoutExpired:
                ok = False
                why = "timed out"
            tag = "required" if name[:-4] in REQUIRED else "optional"
            print("%s  %-16s %-9s %6.1fs  %s" % ("PASS" if ok else "FAIL", name, tag,
                                                time.time() - start, why))
            sys.stdout.flush()
            (passed if ok else failed).append(name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    required_failed = [n for n in failed if n[:-4] in REQUIRED]
    print("%d passed, %d failed (%d of them required)" % (len(passed), len(failed),
                                                         len(required_failed)))
    return 0 if not required_failed else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Lua benchmark: the Are-We-Fast-Yet Lua benchmarks on kiln-lua, lua5.4 and luajit.

Columns:
  kiln      targets/lua/lua.py translated by `kiln translate --gc=gen` (the subject)
  kiln-jit  translated with --jit (only with --jit-column; --gc=boehm: the JIT does not work
            with --gc=gen yet), its traces as x86-64 machine code
  lua5.4    the reference interpreter (PUC Lua 5.4)
  luajit    LuaJIT 2.1

The benchmarks are ../shared/lua/awfy (benchmarks/Lua of github.com/smarr/are-we-fast-yet),
run as `INTERPRETER harness.lua NAME 1 INNER` from a work directory holding a copy of them plus
bench/lua/ (kiln's own versions of two modules that checkout lacks, for Json and Mandelbrot).
Each benchmark verifies its result (the harness fails otherwise); a failed run is reported, not
timed. Runs are interleaved (run 1 of every column and benchmark, then run 2, ...) so that drift
of the machine affects all columns alike. The table shows the median wall time of each column,
the ratios kiln/lua5.4 and kiln/luajit (above 1.0 = kiln is slower) and their geometric means.
Slow (minutes): not part of ctest.

Usage: bench/lua_bench.py [--runs 3] [--benchmarks Richards Bounce ...] [--kiln build/kiln]
                          [--binary PATH] [--jit-column] [--timeout 900] [--work-dir DIR]
"""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
# Beside the repository (third-party files, not part of it); a clone elsewhere (CI) finds the
# workplace's copy, or KILN_LUA_AWFY names the directory.
AWFY = next((d for d in [os.environ.get("KILN_LUA_AWFY", ""), os.path.join(os.path.dirname(REPO), "shared", "lua", "awfy"),
                       "/work/shared/lua/awfy"] if d and os.path.isdir(d)), os.path.join(os.path.dirname(REPO), "shared", "lua", "awfy"))
OWN_MODULES = os.path.join(HERE, "lua")

# Inner iterations: each takes roughly 0.2 to 1 s on lua5.4 (Havlak: its graph alone takes 7 s),
# and are values the benchmarks verify.
BENCHMARKS = [
    ("Bounce", 500), ("CD", 100), ("DeltaBlue", 10000), ("Havlak", 15), ("Json", 100),
    ("List", 500), ("Mandelbrot", 500), ("NBody", 250000), ("Permute", 300), ("Queens", 300),
    ("Richards", 10), ("Sieve", 500), ("Storage", 100), ("Towers", 100),
]


def translate(kiln, out, jit):
    # The JIT needs Boehm for now (translate --jit refuses --gc=gen).
    cmd = [kiln, "translate", "--jit" if jit else "--gc=gen", os.path.join(REPO, "targets", "lua", "lua.py"), "-o", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("translation failed:\n" + r.stdout + r.stderr)


def timed_run(argv, cwd, timeout):
    start = time.perf_counter()
    try:
        r = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        return None, r.stderr.decode("latin-1").strip().split("\n")[0]
    return elapsed, ""


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return float("nan")
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--benchmarks", nargs="*")
    ap.add_argument("--kiln", default=os.path.join(REPO, "build", "kiln"))
    ap.add_argument("--binary", help="use this translated kiln-lua instead of translating")
    ap.add_argument("--jit-column", action="store_true", help="also a kiln --jit column")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--work-dir")
    args = ap.parse_args()

    if not os.path.isdir(AWFY):
        sys.exit("the benchmarks are not there: %s" % AWFY)
    work = args.work_dir or tempfile.mkdtemp(prefix="kiln-lua-bench-")
    os.makedirs(work, exist_ok=True)
    try:
        rundir = os.path.join(work, "awfy")
        if os.path.exists(rundir):
            shutil.rmtree(rundir)
        shutil.copytree(AWFY, rundir)
        for name in os.listdir(OWN_MODULES):
            if name.endswith(".lua"):
                shutil.copy(os.path.join(OWN_MODULES, name), rundir)

        columns = []
        if args.binary:
            columns.append(("kiln", [os.path.abspath(args.binary)]))
        else:
            exe = os.path.join(work, "kiln-lua")
            print("translating kiln-lua (--gc=gen) ...", flush=True)
            translate(os.path.abspath(args.kiln), exe, False)
            columns.append(("kiln", [exe]))
        if args.jit_column:
            exe = os.path.join(work, "kiln-lua-jit")
            print("translating kiln-lua (--jit) ...", flush=True)
            translate(os.path.abspath(args.kiln), exe, True)
            columns.append(("kiln-jit", [exe]))
        for name in ("lua5.4", "luajit"):
            path = shutil.which(name)
            if path:
                columns.append((name, [path]))
            else:
                print("note: %s is not installed; its column is left out" % name)

        benchmarks = BENCHMARKS
        if args.benchmarks:
            wanted = set(b.lower() for b in args.benchmarks)
            benchmarks = [b for b in BENCHMARKS if b[0].lower() in wanted]

        times = {}
        errors = {}
        for run in range(args.runs):
            for bench, inner in benchmarks:
                for col, argv in columns:
                    if (bench, col) in errors:
                        continue
                    t, err = timed_run(argv + ["harness.lua", bench, "1", str(inner)], rundir,
                                       args.timeout)
                    if t is None:
                        errors[(bench, col)] = err
                    else:
                        times.setdefault((bench, col), []).append(t)
            print("run %d of %d done" % (run + 1, args.runs), flush=True)

        names = [c for c, _ in columns]
        header = "%-11s %7s" % ("benchmark", "inner") + "".join("%11s" % n for n in names)
        ratio_cols = [n for n in ("lua5.4", "luajit") if n in names]
        header += "".join("%14s" % ("kiln/" + n) for n in ratio_cols)
        print()
        print(header)
        ratios = {n: [] for n in ratio_cols}
        for bench, inner in benchmarks:
            line = "%-11s %7d" % (bench, inner)
            med = {}
            for n in names:
                if (bench, n) in errors:
                    line += "%11s" % "FAIL"
                else:
                    med[n] = statistics.median(times[(bench, n)])
                    line += "%10.2fs" % med[n]
            for n in ratio_cols:
                if "kiln" in med and n in med and med[n] > 0:
                    r = med["kiln"] / med[n]
                    ratios[n].append(r)
                    line += "%14.2f" % r
                else:
                    line += "%14s" % "-"
            print(line)
        line = "%-19s" % "geometric mean" + " " * (11 * len(names))
        for n in ratio_cols:
            line += "%14.2f" % geomean(ratios[n])
        print(line)
        for (bench, col), err in sorted(errors.items()):
            print("FAIL %s on %s: %s" % (bench, col, err))
        return 1 if errors else 0
    finally:
        if not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

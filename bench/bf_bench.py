#!/usr/bin/env python3
"""Brainfuck benchmark: the kiln-translated BF interpreter against two C++ baselines.

Columns (COLUMNS below):
  kiln      targets/bf/bf.py translated by `kiln translate` (the subject)
  kiln-jit  the same translated with `--jit` (a subject; also compared with kiln: kiln-jit/kiln
            below 1.0 = the JIT is faster), its traces as x86-64 machine code; --no-jit leaves
            this column out
  interp    bench/baselines/bf_interp.cpp: the same interpreter design written by hand in C++
  compiled  bench/baselines/bf2cpp.py: each program compiled to optimized C++ (near the limit)

Builds everything into a work directory, then runs every program of the BF benchmark set
(BF_DIR/*.b, not small/) with its .b.in as stdin and checks stdout against its .b.out (bench.b:
the known line). Runs are interleaved (run 1 of every column and program, then run 2, ...) so
that drift of the machine affects all columns alike; the table shows medians with min and max,
the ratios of kiln to each baseline (above 1.0 = kiln is slower), their geometric means, and
kiln's nanoseconds per executed BF command. Slow (minutes): not part of ctest.

Usage: bench/bf_bench.py [--runs 3] [--programs mandelbrot factor ...] [--timeout 600] [--no-jit]
                         [--kiln build/kiln] [--interpreter targets/bf/bf.py] [--work-dir DIR]
"""
import argparse
import collections
import concurrent.futures
import glob
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
BASELINES = os.path.join(HERE, 'baselines')
BF_DIR = '/work/shared/bench/bf'
CXX = os.environ.get('CXX', 'c++')
CXXFLAGS = ['-O2', '-Wall']

# Executed BF commands per program (one per command, no folding), copied from the table in
# /work/shared/bench/bf/README.md. They were measured with EOF -> 255; with EOF leaving the cell
# unchanged (our semantics) awib-0.4.b executes 17 more (4,865,551,967), same output.
COMMANDS = {
    'mandelbrot.b': 10521107970,
    'factor.b': 5313152436,
    'hanoi.b': 6596275895,
    'long.b': 7909544265,
    'dbfi.b': 9566397028,
    'awib-0.4.b': 4865551950,
    'bench.b': 953344872,
}
# A baseline median under this many seconds is process startup, not a measurement (bench.b compiled:
# its loops only count down, and the C++ compiler removes them); its ratios stay out of the geomean.
TOO_SHORT = 0.01
# Programs without a .b.out file (see the README of BF_DIR).
EXPECTED_STDOUT = {'bench.b': b'ZYXWVUTSRQPONMLKJIHGFEDCBA\n'}

# A column: its name, whether it is a subject (compared against every baseline) and how to run
# one program with the built executables (a Builds).
Column = collections.namedtuple('Column', 'name subject argv')
COLUMNS = [
    Column('kiln', True, lambda b, prog: [b.kiln_bf, prog]),
    Column('kiln-jit', True, lambda b, prog: [b.kiln_bf_jit, prog]),
    Column('interp', False, lambda b, prog: [b.interp, prog]),
    Column('compiled', False, lambda b, prog: [b.compiled[prog]]),
]


class Builds:
    """The executables the columns run, built into a work directory."""

    def __init__(self, args, work, programs):
        self.translate_ms = self.translate(args.kiln, args.interpreter, work)
        self.kiln_bf_jit = os.path.join(work, 'kiln_bf_jit')
        if any(c.name == 'kiln-jit' for c in COLUMNS):
            run_checked([args.kiln, 'translate', '--jit', args.interpreter, '-o', self.kiln_bf_jit,
                         '--build-dir', self.kiln_bf_jit + '.kiln-build'])
        self.interp = os.path.join(work, 'bf_interp')
        compile_jobs = [(os.path.join(BASELINES, 'bf_interp.cpp'), self.interp)]
        self.compiled = {}
        for prog in programs:
            exe = os.path.join(work, 'compiled', os.path.basename(prog)[:-2])
            run_checked([sys.executable, os.path.join(BASELINES, 'bf2cpp.py'), prog, '-o', exe + '.cpp.new'])
            replace_if_changed(exe + '.cpp.new', exe + '.cpp')
            compile_jobs.append((exe + '.cpp', exe))
            self.compiled[prog] = exe
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
            list(pool.map(lambda job: compile_cxx(*job), compile_jobs))
        print('baselines compiled in %.1f s (%s %s)' % (time.perf_counter() - start, CXX, ' '.join(CXXFLAGS)))

    def translate(self, kiln, interpreter, work):
        """Translates the BF interpreter from scratch; returns the total of --timings in ms."""
        self.kiln_bf = os.path.join(work, 'kiln_bf')
        build_dir = os.path.join(work, 'kiln_bf.kiln-build')
        shutil.rmtree(build_dir, ignore_errors=True)
        r = run_checked([kiln, 'translate', '--timings', interpreter, '-o', self.kiln_bf,
                         '--build-dir', build_dir])
        for line in r.stderr.splitlines():
            if line.startswith('total'):
                return float(line.split()[1])
        sys.exit('bf_bench: no total in the --timings output of kiln translate:\n' + r.stderr)


def run_checked(argv):
    r = subprocess.run(argv, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('bf_bench: failed (exit %d): %s\n%s%s' % (r.returncode, ' '.join(argv), r.stdout, r.stderr))
    return r


def replace_if_changed(new, path):
    """Renames new to path, unless path has the same text (then its old mtime stays)."""
    if os.path.exists(path):
        with open(new, 'rb') as a, open(path, 'rb') as b:
            if a.read() == b.read():
                os.remove(new)
                return
    os.replace(new, path)


def compile_cxx(source, exe):
    """Compiles unless exe is newer than source (a kept --work-dir reuses the slow awib build)."""
    if os.path.exists(exe) and os.path.getmtime(exe) > os.path.getmtime(source):
        return
    run_checked([CXX] + CXXFLAGS + ['-o', exe, source])


def expected_stdout(prog):
    name = os.path.basename(prog)
    if name in EXPECTED_STDOUT:
        return EXPECTED_STDOUT[name]
    if os.path.exists(prog + '.out'):
        with open(prog + '.out', 'rb') as f:
            return f.read()
    return None


def time_run(argv, prog, timeout):
    """Seconds for one run, or a string saying why it failed."""
    stdin_path = prog + '.in' if os.path.exists(prog + '.in') else os.devnull
    with open(stdin_path, 'rb') as stdin:
        start = time.perf_counter()
        try:
            r = subprocess.run(argv, stdin=stdin, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return 'timeout (%g s)' % timeout
        seconds = time.perf_counter() - start
    if r.returncode != 0:
        return 'exit %d: %s' % (r.returncode, r.stderr.decode(errors='replace').strip()[:200])
    expected = expected_stdout(prog)
    if expected is not None and r.stdout != expected:
        return 'wrong output (%d bytes, expected %d)' % (len(r.stdout), len(expected))
    return seconds


def measure(builds, programs, runs, timeout):
    """{(column name, program): [seconds...] or an error string}, runs interleaved."""
    results = {(c.name, p): [] for c in COLUMNS for p in programs}
    for i in range(runs):
        for prog in programs:
            for column in COLUMNS:
                key = (column.name, prog)
                if isinstance(results[key], str):
                    continue                  # failed before: do not try again
                t = time_run(column.argv(builds, prog), prog, timeout)
                results[key] = t if isinstance(t, str) else results[key] + [t]
                shown = t if isinstance(t, str) else '%.3f s' % t
                print('  run %d/%d  %-14s %-10s %s' % (i + 1, runs, os.path.basename(prog), column.name, shown),
                      flush=True)
    return results


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def print_table(results, programs):
    subjects = [c for c in COLUMNS if c.subject]
    baselines = [c for c in COLUMNS if not c.subject]
    ratios = [(s, b) for s in subjects for b in baselines]
    ratios += [(s, k) for s in subjects for k in subjects if s.name == 'kiln-jit' and k.name == 'kiln']
    head = ['program'] + ['%s s (min-max)' % c.name for c in COLUMNS] + \
           ['%s/%s' % (s.name, b.name) for s, b in ratios] + ['%s ns/cmd' % s.name for s in subjects]
    rows = []
    footnote = False
    ratio_values = {r: [] for r in ratios}
    for prog in programs:
        name = os.path.basename(prog)
        med = {}
        row = [name]
        for c in COLUMNS:
            times = results[(c.name, prog)]
            if isinstance(times, str):
                row.append(times)
                continue
            med[c.name] = statistics.median(times)
            row.append('%.3f (%.3f-%.3f)' % (med[c.name], min(times), max(times)))
        for s, b in ratios:
            if s.name in med and b.name in med and med[b.name] < TOO_SHORT:
                row.append('%.2f*' % (med[s.name] / med[b.name]))
                footnote = True
            elif s.name in med and b.name in med:
                ratio_values[(s, b)].append(med[s.name] / med[b.name])
                row.append('%.2f' % (med[s.name] / med[b.name]))
            else:
                row.append('-')
        for s in subjects:
            count = COMMANDS.get(name)
            row.append('%.2f' % (med[s.name] / count * 1e9) if s.name in med and count else '-')
        rows.append(row)
    gm = ['geomean'] + [''] * len(COLUMNS)
    gm += ['%.2f' % geomean(ratio_values[r]) if ratio_values[r] else '-' for r in ratios]
    rows.append(gm + [''] * len(subjects))
    widths = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
    for r in [head] + rows:
        print('  '.join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
    if footnote:
        print('* the baseline ran under %g s (e.g. the C++ compiler removed bench.b\'s dead loops): '
              'startup time, not a measurement; left out of the geometric mean' % TOO_SHORT)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--runs', type=int, default=3, help='runs per column and program (the median is shown)')
    ap.add_argument('--programs', nargs='+', help='program names (default: every BF_DIR/*.b)')
    ap.add_argument('--timeout', type=float, default=600, help='seconds per run')
    ap.add_argument('--kiln', default=os.path.join(REPO, 'build', 'kiln'))
    ap.add_argument('--interpreter', default=os.path.join(REPO, 'targets', 'bf', 'bf.py'),
                    help='the kiln Python BF interpreter to translate')
    ap.add_argument('--bf-dir', default=BF_DIR, help='where the .b programs are')
    ap.add_argument('--work-dir', help='keep the builds here (default: a temporary directory)')
    ap.add_argument('--no-jit', action='store_true', help='leave out the kiln-jit column')
    args = ap.parse_args()
    if args.no_jit:
        COLUMNS[:] = [c for c in COLUMNS if c.name != 'kiln-jit']
    if args.programs:
        programs = [os.path.join(args.bf_dir, p if p.endswith('.b') else p + '.b') for p in args.programs]
    else:
        programs = sorted(glob.glob(os.path.join(args.bf_dir, '*.b')))
    for prog in programs:
        if not os.path.exists(prog):
            sys.exit('bf_bench: no such program: %s' % prog)
    work = os.path.abspath(args.work_dir) if args.work_dir else tempfile.mkdtemp(prefix='kiln-bf-bench-')
    os.makedirs(os.path.join(work, 'compiled'), exist_ok=True)
    try:
        builds = Builds(args, work, programs)
        print('kiln translate %s: %.0f ms (--timings total)' % (os.path.relpath(args.interpreter), builds.translate_ms))
        print('%d run(s) per column, interleaved; stdout checked against .b.out' % args.runs, flush=True)
        results = measure(builds, programs, args.runs, args.timeout)
        print()
        print_table(results, programs)
        if any(isinstance(v, str) for v in results.values()):
            sys.exit(1)
    finally:
        if not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""GC benchmark: allocation-heavy kiln Python programs translated with each collector.

Translates every program of bench/gc/ (PROGRAMS below) once per column into a work directory,
then runs each translated program N times, interleaved (run 1 of every program and column, then
run 2, ...) so that drift of the machine affects all columns alike. A small C launcher (compiled
into the work directory with $CC) runs each program and reports its wall time, CPU time and
peak RSS (wait4's ru_maxrss); its stdout must equal the first output that program printed
(whatever the column), else the cell shows the failure.

Columns: one per collector of --gcs (translated with `--gc=NAME`), plus any --column
LABEL=OPTIONS (translated with those `kiln translate` options). The first column is the
baseline: the table shows, per program, median seconds and MB (min-max) of every column and the
ratio of every other column to the baseline (above 1.0 = more time or memory than the
baseline), with geometric means. A column whose translation fails (e.g. a collector that does
not exist yet) is left out with the translator's message, and the exit status is 1.

--check first runs every program on CPython at a small size (PYTHONPATH=lib) and checks that
each translated program prints the same.

Usage: bench/gc_bench.py [--runs 3] [--gcs boehm,gen] [--column 'gen-O0=--gc=gen -O0']
                         [--programs binary_trees object_churn:100000 ...] [--check]
                         [--timeout 300] [--kiln build/kiln] [--work-dir DIR]
"""
import argparse
import collections
import math
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAM_DIR = os.path.join(HERE, 'gc')
CC = os.environ.get('CC', 'cc')

# Each program's size argument: the default (about 2-3 s with Boehm on the Xeon VM it was tuned
# on) and the small one --check runs on CPython.
Program = collections.namedtuple('Program', 'name size check_size')
PROGRAMS = [
    Program('binary_trees', 18, 10),
    Program('object_churn', 200000, 3000),
    Program('dict_strings', 300000, 3000),
    Program('tuple_grid', 100000, 3000),
]

# A column: its label and the `kiln translate` options that make its executables.
Column = collections.namedtuple('Column', 'name options')

# One measured run.
Run = collections.namedtuple('Run', 'seconds cpu_seconds maxrss_kb')


def parse_programs(specs):
    """Programs from NAME or NAME:SIZE arguments (default: all of PROGRAMS)."""
    known = {p.name: p for p in PROGRAMS}
    if not specs:
        return list(PROGRAMS)
    programs = []
    for spec in specs:
        name, _, size = spec.partition(':')
        name = name[:-3] if name.endswith('.py') else name
        if name not in known:
            sys.exit('gc_bench: unknown program %r (known: %s)' % (name, ', '.join(known)))
        programs.append(known[name]._replace(size=int(size)) if size else known[name])
    return programs


def parse_columns(gcs, extra):
    columns = [Column(gc, ['--gc=' + gc]) for gc in gcs.split(',') if gc]
    for spec in extra:
        name, sep, options = spec.partition('=')
        if not sep or not name:
            sys.exit('gc_bench: --column wants LABEL=OPTIONS, not %r' % spec)
        columns.append(Column(name, shlex.split(options)))
    names = [c.name for c in columns]
    if not columns or len(set(names)) != len(names):
        sys.exit('gc_bench: the columns need distinct labels, at least one: %s' % names)
    for name in names:
        if not re.fullmatch(r'[A-Za-z0-9_.+-]+', name):
            sys.exit('gc_bench: a column label is a directory name of the work directory: %r' % name)
    return columns


def source(program):
    return os.path.join(PROGRAM_DIR, program.name + '.py')


# -- Translation -------------------------------------------------------------------------------

def translate_all(kiln, columns, programs, work):
    """({(column name, program name): executable}, {the same keys: the translator's message})."""
    exes, errors = {}, {}
    for column in columns:
        for program in programs:
            key = (column.name, program.name)
            exe = os.path.join(work, column.name, program.name)
            argv = [kiln, 'translate'] + column.options + [source(program), '-o', exe,
                                                           '--build-dir', exe + '.kiln-build']
            start = time.perf_counter()
            r = subprocess.run(argv, capture_output=True, text=True)
            if r.returncode != 0:
                errors[key] = (r.stderr + r.stdout).strip() or 'exit status %d' % r.returncode
                continue
            exes[key] = exe
            print('translated %-12s %-6s in %.1f s' % (program.name, column.name, time.perf_counter() - start),
                  flush=True)
    return exes, errors


def report_translation_failures(columns, programs, errors):
    """Prints each column's translation errors (once if all alike); returns the columns to run:
    those that translated at least one program."""
    kept = []
    for column in columns:
        failed = [p for p in programs if (column.name, p.name) in errors]
        messages = set(errors[(column.name, p.name)] for p in failed)
        if len(failed) == len(programs) and len(messages) == 1:
            print('column %s skipped: translation failed:\n    %s' % (column.name, indent(messages.pop())))
            continue
        for program in failed:
            print('%s %s: translation failed:\n    %s' % (column.name, program.name,
                                                         indent(errors[(column.name, program.name)])))
        if len(failed) < len(programs):
            kept.append(column)
    return kept


def indent(text, limit=20):
    lines = text.splitlines()
    shown = lines[:limit] + (['... (%d more lines)' % (len(lines) - limit)] if len(lines) > limit else [])
    return '\n    '.join(shown)


# -- Running -----------------------------------------------------------------------------------

# Why a launcher: a child that Python starts with vfork and exec inherits the peak RSS of
# Python's own memory (Linux keeps the larger of the old and new high-water marks across exec),
# so ru_maxrss would never go below ~15 MB. The launcher is a small C program: the benchmark is
# its child, forked from a process of about 1 MB, and it reports that child's wait4 rusage.
LAUNCHER_SOURCE = r"""
// gc_bench's launcher: runs argv[2...] as its child, waits for it and writes
// "wait-status wall-seconds cpu-seconds maxrss-KB" to the file argv[1].
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timespec t) { return t.tv_sec + t.tv_nsec * 1e-9; }

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  pid_t pid = fork();
  if (pid < 0) { perror("fork"); return 2; }
  if (pid == 0) { execvp(argv[2], argv + 2); perror(argv[2]); _exit(127); }
  int status;
  struct rusage usage;
  if (wait4(pid, &status, 0, &usage) < 0) { perror("wait4"); return 2; }
  clock_gettime(CLOCK_MONOTONIC, &end);
  FILE* out = fopen(argv[1], "w");
  if (!out) { perror(argv[1]); return 2; }
  double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec * 1e-6 + usage.ru_stime.tv_sec +
               usage.ru_stime.tv_usec * 1e-6;
  fprintf(out, "%d %.6f %.6f %ld\n", status, seconds(end) - seconds(start), cpu, usage.ru_maxrss);
  return fclose(out) == 0 ? 0 : 2;
}
"""


def build_launcher(work):
    source_path = os.path.join(work, 'gc_run.c')
    exe = os.path.join(work, 'gc_run')
    with open(source_path, 'w') as f:
        f.write(LAUNCHER_SOURCE)
    r = subprocess.run([CC, '-O1', '-o', exe, source_path], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('gc_bench: cannot compile the launcher with %s:\n%s' % (CC, r.stderr))
    return exe


def run_once(launcher, argv, timeout):
    """(Run, stdout bytes), or a string saying why the run failed."""
    result_path = launcher + '.result'
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        # A session of its own, so that a timeout kills the benchmark with the launcher.
        proc = subprocess.Popen([launcher, result_path] + argv, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, start_new_session=True)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return 'timeout (%g s)' % timeout
        err.seek(0)
        stderr = err.read().decode(errors='replace').strip()[:300]
        if proc.returncode != 0:
            return 'launcher failed (exit %d): %s' % (proc.returncode, stderr)
        with open(result_path) as f:
            status, wall, cpu, maxrss_kb = f.read().split()
        code = os.waitstatus_to_exitcode(int(status))
        if code != 0:
            return 'exit %d: %s' % (code, stderr)
        out.seek(0)
        return Run(float(wall), float(cpu), int(maxrss_kb)), out.read()


def measure(launcher, columns, programs, exes, runs, timeout):
    """{(column name, program name): [Run...] or an error string}, runs interleaved."""
    results = {(c.name, p.name): [] if (c.name, p.name) in exes else 'translation failed'
               for c in columns for p in programs}
    first_output = {}                         # program name -> (stdout, column that printed it)
    for i in range(runs):
        for program in programs:
            for column in columns:
                key = (column.name, program.name)
                if isinstance(results[key], str):
                    continue                  # failed before: do not try again
                outcome = run_once(launcher, [exes[key], str(program.size)], timeout)
                if not isinstance(outcome, str):
                    run, stdout = outcome
                    expected, by = first_output.setdefault(program.name, (stdout, column.name))
                    outcome = run if stdout == expected else 'output differs from the first %s output' % by
                results[key] = outcome if isinstance(outcome, str) else results[key] + [outcome]
                shown = outcome if isinstance(outcome, str) else '%.3f s (cpu %.3f s)  %.1f MB' % (
                    outcome.seconds, outcome.cpu_seconds, outcome.maxrss_kb / 1024)
                print('  run %d/%d  %-12s %-6s %s' % (i + 1, runs, program.name, column.name, shown), flush=True)
    return results


def check_against_cpython(python, launcher, columns, programs, exes, timeout):
    """Runs every program at its check size on CPython and translated; returns the failures."""
    env = dict(os.environ, PYTHONPATH=os.path.join(REPO, 'lib'))
    failures = []
    for program in programs:
        argv = [python, source(program), str(program.check_size)]
        r = subprocess.run(argv, capture_output=True, env=env, timeout=timeout)
        if r.returncode != 0:
            failures.append('CPython %s: exit %d: %s' % (program.name, r.returncode,
                                                          r.stderr.decode(errors='replace')))
            continue
        for column in columns:
            exe = exes.get((column.name, program.name))
            if exe is None:
                continue
            outcome = run_once(launcher, [exe, str(program.check_size)], timeout)
            if isinstance(outcome, str):
                failures.append('%s %s %d: %s' % (column.name, program.name, program.check_size, outcome))
            elif outcome[1] != r.stdout:
                failures.append('%s %s %d: prints something else than CPython' %
                                (column.name, program.name, program.check_size))
        print('checked %-12s at size %d against CPython' % (program.name, program.check_size), flush=True)
    return failures


# -- The table ---------------------------------------------------------------------------------

def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def spread(values, fmt):
    """The median with min and max: '1.234 (1.200-1.300)'."""
    return (fmt + ' (' + fmt + '-' + fmt + ')') % (statistics.median(values), min(values), max(values))


# The table's two measures: a column header suffix, how to read one from a Run, its format.
Measure = collections.namedtuple('Measure', 'unit value fmt')
MEASURES = [
    Measure('s', lambda run: run.seconds, '%.3f'),
    Measure('MB', lambda run: run.maxrss_kb / 1024, '%.1f'),
]


def measure_cells(runs, columns, measure, collected):
    """One program's cells for one measure: each column's median (min-max), then the ratio of
    each other column to the first (appended to collected[column name] too)."""
    values = {c.name: [measure.value(x) for x in runs[c.name]] for c in columns
              if not isinstance(runs[c.name], str) and runs[c.name]}
    medians = {name: statistics.median(v) for name, v in values.items()}
    cells = [spread(values[c.name], measure.fmt) if c.name in values else short(runs[c.name]) for c in columns]
    base = columns[0].name
    for c in columns[1:]:
        if base in medians and c.name in medians:
            collected[c.name].append(medians[c.name] / medians[base])
            cells.append('%.2f' % collected[c.name][-1])
        else:
            cells.append('-')
    return cells


def print_table(results, columns, programs):
    base, others = columns[0], columns[1:]
    head = ['program', 'size']
    for m in MEASURES:
        head += ['%s %s (min-max)' % (c.name, m.unit) for c in columns]
        head += ['%s/%s %s' % (c.name, base.name, m.unit) for c in others]
    ratios = {m.unit: {c.name: [] for c in others} for m in MEASURES}
    rows = []
    for program in programs:
        runs = {c.name: results[(c.name, program.name)] for c in columns}
        row = [program.name, str(program.size)]
        for m in MEASURES:
            row += measure_cells(runs, columns, m, ratios[m.unit])
        rows.append(row)
    if others:
        row = ['geomean', '']
        for m in MEASURES:
            row += [''] * len(columns) + [format_ratio(geomean(ratios[m.unit][c.name])) for c in others]
        rows.append(row)
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    for r in [head] + rows:
        print('  '.join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths))))


def format_ratio(value):
    return '-' if value is None else '%.2f' % value


def short(error):
    return error.split(':')[0] if error else 'no runs'


def print_failures(results, columns, programs):
    for column in columns:
        for program in programs:
            r = results[(column.name, program.name)]
            if isinstance(r, str):
                print('%s %s: %s' % (column.name, program.name, r))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--runs', type=int, default=3, help='runs per column and program (the median is shown)')
    ap.add_argument('--gcs', default='boehm,gen', help='collectors, one column each (the first is the baseline)')
    ap.add_argument('--column', action='append', default=[], metavar='LABEL=OPTIONS',
                    help='one more column, translated with these kiln translate options (repeatable)')
    ap.add_argument('--programs', nargs='+', metavar='NAME[:SIZE]',
                    help='programs of bench/gc/ and their size arguments (default: all, default sizes)')
    ap.add_argument('--check', action='store_true',
                    help='first check every translated program against CPython at a small size')
    ap.add_argument('--timeout', type=float, default=300, help='seconds per run')
    ap.add_argument('--kiln', default=os.path.join(REPO, 'build', 'kiln'))
    ap.add_argument('--python', default=sys.executable, help='the CPython that --check runs')
    ap.add_argument('--work-dir', help='keep the builds here (default: a temporary directory)')
    args = ap.parse_args()
    programs = parse_programs(args.programs)
    columns = parse_columns(args.gcs, args.column)
    work = os.path.abspath(args.work_dir) if args.work_dir else tempfile.mkdtemp(prefix='kiln-gc-bench-')
    try:
        launcher = build_launcher(work)
        exes, errors = translate_all(args.kiln, columns, programs, work)
        kept = report_translation_failures(columns, programs, errors)
        failed = bool(errors)
        if not kept:
            sys.exit(1)
        if args.check:
            failures = check_against_cpython(args.python, launcher, kept, programs, exes, args.timeout)
            for failure in failures:
                print('check failed: ' + failure)
            failed = failed or bool(failures)
        print('%d run(s) per column, interleaved; wall time and peak RSS of each run' % args.runs, flush=True)
        results = measure(launcher, kept, programs, exes, args.runs, args.timeout)
        print()
        print_table(results, kept, programs)
        print_failures(results, kept, programs)
        if failed or any(isinstance(v, str) for v in results.values()):
            sys.exit(1)
    finally:
        if not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()

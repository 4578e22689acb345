#!/usr/bin/env python3
"""Translation time of `kiln translate`, per stage (issue: a 1,000-line program in under 5 s).

Generates programs of the given sizes with bench/gen_large_program.py, translates each N times
from a clean build directory (so the C++ compiler does all its work every time), checks that
the executable prints what CPython prints, and prints the median time of every stage reported by
`--timings`, its share, and the end-to-end time against the 5 s goal. Medians, because machines
are noisy; the ratio to the goal is the number to compare across machines.

Usage: bench/translate_bench.py path/to/kiln [--lines 1000 10000] [--runs 3] [-O0]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GOAL_SECONDS = 5.0


def parse_timings(stderr):
    """The --timings table: {stage: ms} (and 'total')."""
    out = {}
    for line in stderr.splitlines():
        parts = line.rsplit(None, 2)
        if len(parts) == 3 and parts[2].endswith('%'):
            out[parts[0].strip()] = float(parts[1])
        elif line.startswith('total'):
            out['total'] = float(line.split()[1])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('kiln')
    ap.add_argument('--lines', type=int, nargs='+', default=[1000, 10000])
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('-O0', dest='o0', action='store_true', help='translate with -O0')
    args = ap.parse_args()
    kiln = os.path.abspath(args.kiln)
    env = dict(os.environ, PYTHONPATH=os.path.join(REPO, 'lib'))
    work = tempfile.mkdtemp(prefix='kiln-translate-bench-')
    try:
        for lines in args.lines:
            prog = os.path.join(work, 'prog%d.py' % lines)
            subprocess.run([sys.executable, os.path.join(HERE, 'gen_large_program.py'), prog, '--lines', str(lines)],
                           check=True, stdout=subprocess.DEVNULL)
            real_lines = sum(1 for _ in open(prog))
            expected = subprocess.run([sys.executable, prog], env=env, capture_output=True).stdout
            runs = []
            for _ in range(args.runs):
                exe = os.path.join(work, 'prog%d' % lines)
                shutil.rmtree(exe + '.kiln-build', ignore_errors=True)
                cmd = [kiln, 'translate', '--timings', prog, '-o', exe] + (['-O0'] if args.o0 else [])
                r = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
                if r.returncode != 0:
                    sys.exit('translation failed:\n' + r.stderr)
                got = subprocess.run([exe], capture_output=True).stdout
                if got != expected:
                    sys.exit('%s: the executable does not print what CPython prints' % prog)
                runs.append(parse_timings(r.stderr))
            stages = [k for k in runs[0] if k != 'total']
            total = statistics.median(r['total'] for r in runs)
            print('%d-line program, %d runs (median ms; the output matches CPython):' % (real_lines, args.runs))
            print('  %-36s %10s %7s' % ('stage', 'ms', 'share'))
            for s in stages:
                ms = statistics.median(r.get(s, 0.0) for r in runs)
                print('  %-36s %10.1f %6.1f%%' % (s, ms, 100.0 * ms / total))
            print('  %-36s %10.1f' % ('total', total))
            print('  end to end: %.2f s = %.2f x the %.0f s goal (min %.2f s, max %.2f s)\n' % (
                total / 1000, total / 1000 / GOAL_SECONDS, GOAL_SECONDS,
                min(r['total'] for r in runs) / 1000, max(r['total'] for r in runs) / 1000))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()

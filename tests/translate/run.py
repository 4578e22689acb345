#!/usr/bin/env python3
"""What `kiln translate` promises beyond a program's stdout (issue: translate, criterion 7).

For each case: translate a program from this directory, run it, and check its exit status and
the text it must print on stderr: fatal errors naming the kiln Python function (a read through
None, out of memory, --check-ints), the traceback of an uncaught exception, MemoryError beyond
--gc=gen's heap limit; and that a failed
translation leaves no executable behind, an unknown --dump-after pass is an error, a second
translation reuses the objects of the first. Prints one line per case and `N passed, N failed`.

Usage: tests/translate/run.py path/to/kiln
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    kiln = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix='kiln-translate-tests-')
    results = []

    def translate(prog, out, *flags):
        return subprocess.run([kiln, 'translate', os.path.join(HERE, prog), '-o', os.path.join(work, out)] + list(flags),
                              capture_output=True, text=True, cwd=work)

    def run(out, *args, env=None):
        return subprocess.run([os.path.join(work, out)] + list(args), capture_output=True, text=True, cwd=work,
                              timeout=60, env=dict(os.environ, **(env or {})))

    def case(name, ok, detail=''):
        results.append(ok)
        print('%s  %s%s' % ('PASS' if ok else 'FAIL', name, '' if ok else '\n    ' + detail.replace('\n', '\n    ')))

    def expect_run(name, prog, flags, status, stdout, stderr_patterns, env=None):
        t = translate(prog, name, *flags)
        if t.returncode != 0:
            return case(name, False, 'translation failed:\n' + t.stderr)
        r = run(name, env=env)
        problems = []
        if r.returncode != status:
            problems.append('exit status %d, expected %d' % (r.returncode, status))
        if r.stdout != stdout:
            problems.append('stdout %r, expected %r' % (r.stdout, stdout))
        for p in stderr_patterns:
            if not re.search(p, r.stderr, re.M):
                problems.append('stderr lacks /%s/' % p)
        case(name, not problems, '; '.join(problems) + '\nstderr:\n' + r.stderr)

    try:
        expect_run('null_field', 'null_field.py', [], 139, 'before\n',
                   [r'^kiln: fatal error: segmentation fault', r'in null_field\.(get|entry_point) '])
        expect_run('out_of_memory', 'out_of_memory.py', [], 134, '',
                   [r'^kiln: fatal error: out of memory', r'in out_of_memory\.entry_point'])
        # gen: MemoryError beyond the heap limit, given at translation or at run time.
        expect_run('memory_error_max_heap', 'memory_error.py', ['--gc=gen', '--max-heap=48M'], 0, 'caught\n100000\n', [])
        expect_run('memory_error_env', 'memory_error.py', ['--gc=gen'], 0, 'caught\n100000\n', [],
                   env={'KILN_GC_MAX_HEAP': '32M'})
        expect_run('out_of_memory_gen', 'out_of_memory.py', ['--gc=gen'], 1, '',
                   [r'^Traceback \(most recent call last\):\n  File ".*out_of_memory\.py", line 5, in entry_point\nMemoryError$'])
        t = translate('memory_error.py', 'bad_max_heap', '--gc=gen', '--max-heap=lots')
        case('bad_max_heap', t.returncode == 2 and "--max-heap needs a size" in t.stderr, t.stderr)
        expect_run('check_ints', 'wrapping_int.py', ['--check-ints'], 134, '',
                   [r'^kiln: fatal error: integer overflow in .*wrapping_int\.py:3: 4611686018427387904 \+ '
                    r'4611686018427387904 wraps around'])
        expect_run('no_check_ints_wraps', 'wrapping_int.py', [], 0, '-9223372036854775808\n', [])
        expect_run('uncaught_exception', 'uncaught.py', ['-O0'], 1, '3\n',
                   [r'^Traceback \(most recent call last\):\n  File ".*uncaught\.py", line 22, in entry_point\n'
                    r'  File ".*uncaught\.py", line 16, in total\n  File ".*uncaught\.py", line 9, in parse\n'
                    r'ParseError: not a number: x\n\Z'])

        # A failed build leaves no executable (and no temporary file) at the output path.
        t = translate('uncaught.py', 'never', '--cc=false')
        leftovers = [f for f in os.listdir(work) if f.startswith('never') and not f.endswith('.kiln-build')]
        case('failed_build_leaves_nothing', t.returncode == 1 and 'the C++ compiler failed' in t.stderr and not leftovers,
             'status %d, files %s\n%s' % (t.returncode, leftovers, t.stderr))

        # --dump-after names a pass.
        t = translate('uncaught.py', 'dump', '--emit-only', '--dump-after=inlining')
        case('unknown_dump_pass', t.returncode == 2 and "unknown pass 'inlining'" in t.stderr, t.stderr)

        # Translating again recompiles nothing that did not change.
        build = os.path.join(work, 'uncaught_exception.kiln-build')
        objs = {f: os.stat(os.path.join(build, f)).st_mtime_ns for f in os.listdir(build) if f.endswith('.o')}
        t = translate('uncaught.py', 'uncaught_exception', '-O0')
        again = {f: os.stat(os.path.join(build, f)).st_mtime_ns for f in os.listdir(build) if f.endswith('.o')}
        case('incremental_rebuild', t.returncode == 0 and objs and objs == again, 'objects changed: %s %s' % (objs, again))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(results)
    print('%d passed, %d failed' % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


if __name__ == '__main__':
    sys.exit(main())

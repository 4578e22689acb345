#!/usr/bin/env python3
"""kiln's parser against CPython's on every .py file of the machine's standard library.

For each file, `kiln parse --dump-ast FILE` must print exactly what CPython 3.11's
`ast.dump(compile(source, path, 'exec', ast.PyCF_ONLY_AST))` prints, and a file CPython rejects
must be rejected by kiln too. The test fails if

  * fewer than 99.5% of the files are identical (or rejected by both),
  * a file differs that is not listed in stdlib_known_gaps.txt (a regression), or
  * a file listed there has started to match (the list must stay honest).

Usage: stdlib_ast_parity.py KILN [--jobs N] [--show-diffs] [--root DIR]
"""
import argparse
import ast
import concurrent.futures
import os
import subprocess
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN_GAPS = os.path.join(HERE, "stdlib_known_gaps.txt")
THRESHOLD = 0.995


def stdlib_files(root):
    files = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in ("site-packages", "__pycache__"))
        files.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith(".py"))
    return files


def cpython_dump(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        return ast.dump(compile(source, path, "exec", ast.PyCF_ONLY_AST))
    except (SyntaxError, ValueError):
        return None


def check(kiln, path):
    expected = cpython_dump(path)
    proc = subprocess.run([kiln, "parse", "--dump-ast", path], capture_output=True)
    if proc.returncode not in (0, 1):
        return path, "crash", f"kiln exited with status {proc.returncode}: {proc.stderr[-400:]!r}"
    actual = proc.stdout.decode("utf-8", "replace").rstrip("\n") if proc.returncode == 0 else None
    if expected is None and actual is None:
        return path, "both-rejected", ""
    if expected is None:
        return path, "mismatch", "CPython rejects this file; kiln accepts it"
    if actual is None:
        return path, "mismatch", "kiln rejects this file: " + proc.stderr.decode("utf-8", "replace")[:600]
    if expected == actual:
        return path, "identical", ""
    i = next((k for k, (a, b) in enumerate(zip(expected, actual)) if a != b),
             min(len(expected), len(actual)))
    return path, "mismatch", (f"dumps differ at character {i}:\n"
                              f"  cpython: ...{expected[max(0, i - 80):i + 80]}\n"
                              f"  kiln:    ...{actual[max(0, i - 80):i + 80]}")


def read_known_gaps():
    gaps = {}
    with open(KNOWN_GAPS) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            path, _, reason = line.partition("#")
            gaps[path.strip()] = reason.strip()
    return gaps


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kiln")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--show-diffs", action="store_true")
    parser.add_argument("--root", default=sysconfig.get_paths()["stdlib"])
    args = parser.parse_args()

    files = stdlib_files(args.root)
    gaps = read_known_gaps()
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda p: check(args.kiln, p), files))

    counts = {"identical": 0, "both-rejected": 0, "mismatch": 0, "crash": 0}
    unexpected, known, fixed = [], [], []
    for path, status, detail in results:
        counts[status] += 1
        rel = os.path.relpath(path, args.root)
        if status in ("mismatch", "crash"):
            (known if rel in gaps and status == "mismatch" else unexpected).append((rel, detail))
        elif rel in gaps:
            fixed.append(rel)

    same = counts["identical"] + counts["both-rejected"]
    ratio = same / len(files)
    print(f"stdlib AST parity ({args.root}): {len(files)} files, {counts['identical']} identical, "
          f"{counts['both-rejected']} rejected by both, {len(known)} known gaps, "
          f"{len(unexpected)} unexpected differences, {counts['crash']} crashes: "
          f"{100 * ratio:.2f}% the same (goal {100 * THRESHOLD:.1f}%)")
    for rel, _ in known:
        print(f"  known gap: {rel}: {gaps[rel]}")
    for rel, detail in unexpected:
        print(f"  UNEXPECTED: {rel}: " + (detail if args.show_diffs else detail.splitlines()[0]))
    for rel in fixed:
        print(f"  NOW MATCHES (remove it from stdlib_known_gaps.txt): {rel}")
    ok = ratio >= THRESHOLD and not unexpected and not fixed
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

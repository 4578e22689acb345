#!/usr/bin/env python3
"""Parser speed: kiln vs CPython 3.11 on the same corpus (the machine's standard library).

Both parse every file from memory into an AST: CPython with
`compile(source, path, 'exec', ast.PyCF_ONLY_AST)`, kiln with `kiln parse --bench` (decode, lex,
parse, build the AST; nothing printed). Runs are interleaved, kiln / CPython / kiln / ..., so
that drift of the machine affects both columns alike; the table shows medians and the ratio
kiln / CPython (below 1.0 = kiln is faster).

Usage: bench/parse_bench.py [--kiln build/kiln] [--runs 5] [--root DIR]
"""
import argparse
import ast
import gc
import os
import statistics
import subprocess
import sys
import sysconfig
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def corpus(root):
    files = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in ("site-packages", "__pycache__"))
        files.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith(".py"))
    return files


def cpython_once(sources):
    gc.collect()
    start = time.perf_counter()
    for path, source in sources:
        try:
            compile(source, path, "exec", ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError):
            pass
    return time.perf_counter() - start


def kiln_once(kiln, list_file):
    # One in-process pass over the corpus; the median of three passes damps process noise.
    out = subprocess.run([kiln, "parse", "--bench", "3", "@" + list_file],
                         check=True, capture_output=True, text=True).stdout
    fields = dict(item.split("=") for item in out.split())
    return float(fields["median_s"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiln", default=os.path.join(REPO, "build", "kiln"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", default=sysconfig.get_paths()["stdlib"])
    args = parser.parse_args()

    files = corpus(args.root)
    sources = []
    for path in files:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    size = sum(len(s) for _, s in sources)
    list_file = os.path.join(REPO, "build", "parse_bench_files.txt")
    with open(list_file, "w") as f:
        f.write("\n".join(files) + "\n")

    kiln_times, cpython_times = [], []
    for _ in range(args.runs):
        kiln_times.append(kiln_once(args.kiln, list_file))
        cpython_times.append(cpython_once(sources))
    k, c = statistics.median(kiln_times), statistics.median(cpython_times)

    print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB ({args.root})")
    print(f"{'parser':<28}{'median s':>10}{'MB/s':>10}{'ratio':>10}")
    print(f"{'CPython 3.11 compile(AST)':<28}{c:>10.3f}{size / 1e6 / c:>10.1f}{1.0:>10.2f}")
    print(f"{'kiln parse':<28}{k:>10.3f}{size / 1e6 / k:>10.1f}{k / c:>10.2f}")
    print(f"(medians of {args.runs} interleaved runs; ratio = time / CPython's time, goal <= 1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks the house rules of STYLE.md that a machine can check.

1. No source file over 1,500 lines (tables *.def and generated files are exempt).
2. Every diagnostic in support/diagnostics.def is exercised by some test: the longest literal
   piece of its message (its first 20 characters) appears in a file under tests/ (STYLE.md §7: every diagnostic has a
   test that matches its message). Notes and driver usage messages are exempt.
3. Every command and flag of driver/options.def is described in docs/cli.md.
4. The language reference lists every built-in of annotator/builtins.def (docs/language.md's
   tables are what tools/gen_language_doc.py makes of it).

Usage: check_house_rules.py REPO
"""
import os
import re
import sys

MAX_LINES = 1500
SOURCE_EXTENSIONS = (".cpp", ".h", ".py")
SKIP_DIRS = {".git", "build", "__pycache__", "node_modules"}


def source_files(repo):
    for directory, subdirs, names in os.walk(repo):
        subdirs[:] = [d for d in subdirs if d not in SKIP_DIRS and not d.startswith("build")]
        for name in names:
            if name.endswith(SOURCE_EXTENSIONS):
                yield os.path.join(directory, name)


def check_file_sizes(repo):
    problems = []
    for path in source_files(repo):
        with open(path, "rb") as f:
            lines = f.read().count(b"\n")
        if lines > MAX_LINES:
            problems.append(f"{os.path.relpath(path, repo)}: {lines} lines (limit {MAX_LINES})")
    return problems


def check_diagnostics_tested(repo):
    table = open(os.path.join(repo, "support", "diagnostics.def"), encoding="utf-8").read()
    rows = re.findall(r'^DIAG\((\w+),\s*(\w+),\s*"((?:[^"\\]|\\.)*)"\)', table, re.M)
    corpus = []
    for directory, subdirs, names in os.walk(os.path.join(repo, "tests")):
        subdirs[:] = [d for d in subdirs if d != "__pycache__"]
        for name in names:
            with open(os.path.join(directory, name), "rb") as f:
                corpus.append(f.read().decode("utf-8", "replace"))
    corpus = "\n".join(corpus)
    problems = []
    for ident, severity, message in rows:
        if severity == "Note" or ident.startswith("driver_"):
            continue
        message = message.encode().decode("unicode_escape")
        pieces = [p for p in re.split(r"\{\d\}", message) if p.strip()]
        longest = max(pieces, key=len) if pieces else ""
        if ident not in corpus and longest[:20] not in corpus:
            problems.append(f"diagnostic '{ident}' (\"{message}\") has no test")
    return problems


def check_cli_documented(repo):
    table = open(os.path.join(repo, "driver", "options.def"), encoding="utf-8").read()
    names = re.findall(r'^COMMAND\(\w+,\s*"([^"]+)"', table, re.M)
    names += re.findall(r'^(?:FLAG|VALUE)\(\w+,\s*"([^"]+)"', table, re.M)
    doc = open(os.path.join(repo, "docs", "cli.md"), encoding="utf-8").read()
    return [f"'{n}' from driver/options.def is not described in docs/cli.md"
            for n in names if f"`{n}" not in doc and f"kiln {n}" not in doc]


def check_builtins_documented(repo):
    import subprocess
    tool = os.path.join(repo, "tools", "gen_language_doc.py")
    run = subprocess.run([sys.executable, tool, repo, "--check"], capture_output=True, text=True)
    return [] if run.returncode == 0 else [(run.stdout + run.stderr).strip()]


def main():
    repo = sys.argv[1]
    checks = [("file sizes", check_file_sizes), ("diagnostics tested", check_diagnostics_tested),
              ("CLI documented", check_cli_documented), ("built-ins documented", check_builtins_documented)]
    failed = 0
    for title, check in checks:
        problems = check(repo)
        print(f"{title}: {'ok' if not problems else str(len(problems)) + ' problem(s)'}")
        for p in problems:
            print("  " + p)
        failed += bool(problems)
    print(f"{len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

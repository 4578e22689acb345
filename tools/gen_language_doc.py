#!/usr/bin/env python3
"""Regenerates the tables of built-ins in docs/language.md from annotator/builtins.def.

The language reference lists every built-in function, class and method run-time code may call;
annotator/builtins.def is the one list of them. This script rewrites the text between the
`<!-- builtins:begin -->`/`<!-- builtins:end -->` and `<!-- methods:begin -->`/`<!-- methods:end -->`
markers. With --check it changes nothing and exits 1 if the document is out of date (the
style.house_rules test runs it so).

Usage: gen_language_doc.py REPO [--check]
"""
import os
import re
import sys

RECEIVERS = {"Str": "str", "Bytes": "bytes", "List": "list", "Dict": "dict", "StrBuilder": "StringBuilder", "File": "file"}


def tables(repo):
    rows = open(os.path.join(repo, "annotator", "builtins.def"), encoding="utf-8").read()
    builtins = re.findall(r'^BUILTIN\((\w+), "([^"]+)", "((?:[^"\\]|\\.)*)"\)', rows, re.M)
    methods = re.findall(r'^METHOD\((\w+), (\w+), "([^"]+)", "((?:[^"\\]|\\.)*)"\)', rows, re.M)

    def cell(doc):
        return doc.encode().decode("unicode_escape").replace("|", "\\|")

    b = ["| name | what kiln supports |", "|---|---|"]
    b += [f"| `{name}` | {cell(doc)} |" for _, name, doc in builtins]
    m = ["| method | what kiln supports |", "|---|---|"]
    m += [f"| `{RECEIVERS[recv]}.{name}` | {cell(doc)} |" for _, recv, name, doc in methods]
    return "\n".join(b), "\n".join(m)


def regenerate(text, repo):
    builtins, methods = tables(repo)
    for marker, table in (("builtins", builtins), ("methods", methods)):
        pattern = re.compile(rf"(<!-- {marker}:begin -->\n)(?:.*?\n)?(<!-- {marker}:end -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"docs/language.md has no <!-- {marker}:begin/end --> markers")
        text = pattern.sub(lambda match: match.group(1) + table + "\n" + match.group(2), text)
    return text


def main():
    repo = sys.argv[1]
    path = os.path.join(repo, "docs", "language.md")
    text = open(path, encoding="utf-8").read()
    new = regenerate(text, repo)
    if "--check" in sys.argv:
        if new != text:
            print("docs/language.md is out of date with annotator/builtins.def: run tools/gen_language_doc.py")
            return 1
        return 0
    if new != text:
        open(path, "w", encoding="utf-8").write(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())

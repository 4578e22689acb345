#!/usr/bin/env python3
"""Each snippet of parser_snippets.txt must parse in kiln exactly as in CPython 3.11.

"Exactly": the same ast.dump() text, or rejected by both. Snippets end at a line '# ===='.
Usage: parser_snippets.py KILN
"""
import ast
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def snippets():
    with open(os.path.join(HERE, "parser_snippets.txt"), "rb") as f:
        text = f.read()
    header, *rest = text.split(b"\n\n", 1)
    body = rest[0] if rest else b""
    return [s for s in body.split(b"# ====\n") if s.strip()]


# Snippets with bytes that do not belong in a text file: NUL, carriage returns, a BOM.
BINARY_SNIPPETS = [
    b"x = 1\x00",
    b"x = 1\r\ny = 2\r\n",
    b"x = 1\ry = 2",
    b"\xef\xbb\xbfx = 1",
    b"\xef\xbb\xbf# -*- coding: latin-1 -*-\nx = 1\n",
    b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    b"#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\nx = '\xc1'\n",
    b"x = 1\n# coding: latin-1\ny = '\xe9'\n",
    b"# coding: uft-8\nx = 1\n",
    b"x = '\xff'\n",
    b"x = '\xc3'\n",
]

# Where kiln is deliberately stricter than ast.parse(): undecodable bytes in a comment. CPython's
# string tokenizer skips them, but importing such a file fails in CPython too ("Non-UTF-8 code
# starting with ..."), and kiln's programs are imported (docs/frontend.md).
KILN_REJECTS = [
    b"x = 1  # \xc3\n",
    b"# \xff\xfe\nx = 1\n",
]


def cpython(source):
    try:
        return ast.dump(ast.parse(source))
    except (SyntaxError, ValueError):
        return None


def main():
    kiln = sys.argv[1]
    failures = 0
    cases = snippets() + BINARY_SNIPPETS
    with tempfile.TemporaryDirectory() as tmp:
        for i, source in enumerate(cases):
            path = os.path.join(tmp, f"snippet{i}.py")
            with open(path, "wb") as f:
                f.write(source)
            proc = subprocess.run([kiln, "parse", "--dump-ast", path], capture_output=True)
            expected = cpython(source)
            if proc.returncode not in (0, 1):
                print(f"CRASH (status {proc.returncode}) on {source!r}")
                failures += 1
                continue
            actual = proc.stdout.decode().rstrip("\n") if proc.returncode == 0 else None
            if actual != expected:
                failures += 1
                print(f"DIFFERENT on {source!r}\n  cpython: {expected}\n  kiln:    {actual}\n"
                      f"  kiln stderr: {proc.stderr.decode('utf-8', 'replace')[:300]}")
    with tempfile.TemporaryDirectory() as tmp:
        for i, source in enumerate(KILN_REJECTS):
            path = os.path.join(tmp, f"strict{i}.py")
            with open(path, "wb") as f:
                f.write(source)
            proc = subprocess.run([kiln, "parse", path], capture_output=True)
            if proc.returncode != 1 or b"Non-UTF-8 code" not in proc.stderr:
                failures += 1
                print(f"NOT REJECTED as non-UTF-8: {source!r}: {proc.stderr[:300]!r}")
    cases += KILN_REJECTS
    print(f"{len(cases)} snippets, {len(cases) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

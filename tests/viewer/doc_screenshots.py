#!/usr/bin/env python3
"""Remakes the screenshots of docs/viewers.md and docs/reading-a-trace.md (docs/img/).

They show targets/bf: `kiln view` of bf.py, and `kiln jitview` of tests/viewer/inputs/bf_loop.log
and bf_loop_eager.log (bf running tests/viewer/inputs/bf_loop.b with the JIT; see
tests/viewer/README.md to remake the logs). Not a test: run it by hand after changing the pages, and look at the pictures.

Usage: doc_screenshots.py KILN
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from cdp import Browser  # noqa: E402

IMG = os.path.join(REPO, "docs", "img")


def function_index(html_path, name):
    import re
    with open(html_path, encoding="utf-8") as f:
        html = f.read()
    data = json.loads(re.search(r'<script type="application/json" id="kiln-data">(.*?)</script>', html, re.S).group(1))
    return [f["name"] for f in data["functions"]].index(name)


def shot(page, url, view, name, before=None):
    page.goto(url)
    page.wait_for(f"document.body.dataset.view === {json.dumps(view)}")
    if before:
        before(page)
    page.screenshot(os.path.join(IMG, name))
    print("wrote docs/img/" + name)


def main():
    kiln = os.path.abspath(sys.argv[1])
    os.makedirs(IMG, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiln-doc-shots-") as work:
        view = os.path.join(work, "bf.html")
        jit = os.path.join(work, "bf_loop.log.html")
        eager = os.path.join(work, "bf_loop_eager.log.html")
        subprocess.run([kiln, "view", "--stage=annotated", os.path.join(REPO, "targets", "bf", "bf.py"), "-o", view], check=True)
        subprocess.run([kiln, "jitview", os.path.join(HERE, "inputs", "bf_loop.log"), "-o", jit], check=True)
        subprocess.run([kiln, "jitview", os.path.join(HERE, "inputs", "bf_loop_eager.log"), "-o", eager], check=True)
        mainloop = function_index(view, "bf.mainloop")
        with Browser() as browser:
            page = browser.new_page(1280, 760)
            shot(page, f"file://{view}#f={mainloop}", f"f={mainloop}", "view-mainloop.png",
                 lambda p: p.hover('#graph svg tspan.var[data-name="v0"]'))
            shot(page, f"file://{jit}", "overview", "jitview-overview.png")
            shot(page, f"file://{jit}#t=loop-0", "t=loop-0", "jitview-loop.png")
            shot(page, f"file://{jit}#t=loop-0&g=7", "t=loop-0&g=7", "jitview-guard.png",
                 lambda p: p.wait_for("document.getAnimations().length === 0"))
            shot(page, f"file://{jit}#t=bridge-1", "t=bridge-1", "jitview-bridge.png")
            shot(page, f"file://{eager}", "overview", "jitview-hot-overview.png")
            # After the flash that marks the guard the address names: the row as it stays.
            shot(page, f"file://{eager}#t=loop-0&g=7", "t=loop-0&g=7", "jitview-hot-guard.png",
                 lambda p: p.wait_for("document.getAnimations().length === 0"))
            assert not page.errors, page.errors


if __name__ == "__main__":
    main()

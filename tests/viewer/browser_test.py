#!/usr/bin/env python3
"""End-to-end test of the viewer pages in headless Chromium (tests/viewer/README.md).

Makes the pages of `kiln view` (tests/viewer/inputs/calls.py, annotated) and `kiln jitview`
(inputs/small.log and the real inputs/bf_loop.log), opens each in Debian's `chromium` driven
over the DevTools protocol (cdp.py), and checks that they draw without a console error or an
uncaught exception, that hovering a variable shows its type, that clicking a call goes to the
callee and clicking a guard's bridge goes to the bridge, and that the browser's back button
walks back. Screenshots of each step go to the artifact directory.

Every wait is for a DOM condition (the page sets document.body.dataset.view when it has drawn
a view), with a generous deadline; nothing sleeps for a fixed time.

Usage: browser_test.py KILN ARTIFACT_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cdp import Browser  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def make_page(kiln, command, source, out, flags=()):
    subprocess.run([kiln, command, *flags, os.path.join(INPUTS, source), "-o", out], check=True,
                   stdout=subprocess.DEVNULL, timeout=300)
    with open(out, encoding="utf-8") as f:
        html = f.read()
    return json.loads(re.search(r'<script type="application/json" id="kiln-data">(.*?)</script>', html, re.S).group(1))


def view(page, name):
    page.wait_for(f"document.body.dataset.view === {json.dumps(name)}")


def text_of(page, selector):
    return page.evaluate(f"(document.querySelector({json.dumps(selector)}) || {{}}).textContent")


def tooltip(page):
    page.wait_for("(() => { const t = document.getElementById('kiln-tooltip'); "
                  "return t && getComputedStyle(t).display === 'block' && t.textContent; })()")
    return text_of(page, "#kiln-tooltip")


def test_graph_page(page, path, data, shots):
    index = {f["name"]: i for i, f in enumerate(data["functions"])}
    entry, fib = index["calls.entry_point"], index["calls.fib"]
    f = data["functions"][entry]
    page.goto("file://" + path + f"#f={entry}")
    view(page, f"f={entry}")
    nodes = page.evaluate("document.querySelectorAll('#graph svg g.node').length")
    check(nodes == len(f["blocks"]) + 1, f"view: entry_point's picture has {nodes} nodes, not its "
          f"{len(f['blocks'])} blocks and the return block")
    check(text_of(page, "#function-name") == "calls.entry_point", "view: the title is not calls.entry_point")
    check("</script><b>text, not markup</b>" in (text_of(page, "#graph svg") or ""), "view: the string with markup is not shown as text")
    check(page.evaluate("document.querySelectorAll('b').length") == 0, "view: text of the program became markup")
    page.screenshot(os.path.join(shots, "view-entry_point.png"))

    # Hovering a variable shows its annotation.
    page.hover('#graph svg tspan.var[data-name="v0"]')
    check(tooltip(page) == "v0: " + f["variables"]["v0"], f"view: v0's tooltip is {text_of(page, '#kiln-tooltip')!r}")
    lit = page.evaluate("document.querySelectorAll('#graph tspan.var.hl').length")
    check(lit >= 2, f"view: hovering v0 lights its {lit} uses (it has a definition and uses)")
    page.screenshot(os.path.join(shots, "view-hover-variable.png"))

    # Hovering a block lights its source lines.
    page.hover("#graph svg g.node#b0")
    page.wait_for("document.querySelectorAll('#source .src-line.hl').length > 0")

    # Clicking the underlined call of fib goes to fib; back comes back.
    page.click(f"js:[...document.querySelectorAll('#graph svg a')].find(a => a.getAttribute('xlink:href') === '#f={fib}')")
    view(page, f"f={fib}")
    check(text_of(page, "#function-name") == "calls.fib", "view: clicking the call did not show calls.fib")
    check(page.evaluate("location.hash") == f"#f={fib}", "view: the address is not fib's")
    page.screenshot(os.path.join(shots, "view-fib.png"))
    page.evaluate("history.back()")
    view(page, f"f={entry}")

    # The text rendering (what a function without a picture shows): the same blocks, calls as links.
    page.click("js:[...document.querySelectorAll('.toolbar button')].find(b => b.textContent === 'text')")
    page.wait_for("!!document.querySelector('.textgraph')")
    blocks = page.evaluate("document.querySelectorAll('.textgraph .block').length")
    check(blocks == len(f["blocks"]), f"view: the text shows {blocks} blocks, not {len(f['blocks'])}")
    check(page.evaluate(f"!!document.querySelector('.textgraph a[href=\"#f={fib}\"]')"), "view: the text has no link to fib")
    page.click("js:[...document.querySelectorAll('.toolbar button')].find(b => b.textContent === 'picture')")
    page.wait_for("!!document.querySelector('#graph svg')")

    # Searching filters the list; the call graph draws.
    page.type_text("input[type=search]", "fib")
    page.wait_for("document.querySelector('.sidebar .count').textContent.startsWith('1 of')")
    page.click("js:document.querySelector('header nav a[href=\"#calls\"]')")
    view(page, "calls")
    edges = page.evaluate("document.querySelectorAll('#graph svg g.edge').length")
    calls = sum(len(g["callees"]) for g in data["functions"])
    check(edges == calls, f"view: the call graph has {edges} arrows, the program {calls} calls")
    page.screenshot(os.path.join(shots, "view-callgraph.png"))


def test_jit_page(page, path, data, shots):
    page.goto("file://" + path)
    view(page, "overview")
    check("guard 1" in (text_of(page, "#hot-guards") or ""), "jitview: guard 1 is not listed as failing without a bridge")
    page.screenshot(os.path.join(shots, "jitview-overview.png"))
    page.click("#hot-guards a")
    view(page, "t=loop-0&g=1")
    check(page.evaluate("document.getElementById('guard-1').classList.contains('hot')"), "jitview: guard 1's row does not stand out")
    check(text_of(page, "details summary") == "assembler (3 instructions)", "jitview: loop 0's assembler is not shown")
    page.screenshot(os.path.join(shots, "jitview-loop.png"))
    # A guard's bridge link goes to the bridge.
    page.click("#guard-2 a.badge.bridge")
    view(page, "t=bridge-1")
    check((text_of(page, "#trace-title") or "").startswith("Bridge 1"), "jitview: the bridge link did not show Bridge 1")
    groups = page.evaluate("[...document.querySelectorAll('.group .where')].map(w => w.firstChild.textContent)")
    check(groups == ["continuing after guard 2", "6 ."], f"jitview: bridge 1's groups are {groups}")
    page.screenshot(os.path.join(shots, "jitview-bridge.png"))
    # Side by side: both versions of loop 0.
    page.goto("file://" + path + "#t=loop-0")
    view(page, "t=loop-0")
    page.click("js:[...document.querySelectorAll('.toolbar button')].find(b => b.textContent === 'side by side')")
    page.wait_for("document.querySelectorAll('.traces > .trace').length === 2")
    page.screenshot(os.path.join(shots, "jitview-side-by-side.png"))


def test_real_log(page, path, data, shots):
    page.goto("file://" + path + "#t=loop-0")
    view(page, "t=loop-0")
    groups = page.evaluate("document.querySelectorAll('.group').length")
    expected = len(next(t for t in data["traces"] if t["id"] == "loop-0")["opt"]["groups"])
    check(groups == expected, f"jitview (bf): loop 0 shows {groups} groups, not {expected}")
    page.click("#guard-7 a.badge.bridge")
    view(page, "t=bridge-1")
    page.screenshot(os.path.join(shots, "jitview-bf-bridge.png"))


def main():
    kiln, shots = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if not shutil.which("chromium"):
        print("FAIL: no `chromium` on PATH (setup.sh installs Debian's chromium package)")
        return 1
    os.makedirs(shots, exist_ok=True)
    pages = {
        "graph": (os.path.join(shots, "calls.html"), make_page(kiln, "view", "calls.py", os.path.join(shots, "calls.html"),
                                                               ["--stage=annotated"])),
        "jit": (os.path.join(shots, "small.log.html"), make_page(kiln, "jitview", "small.log", os.path.join(shots, "small.log.html"))),
        "bf": (os.path.join(shots, "bf_loop.log.html"), make_page(kiln, "jitview", "bf_loop.log", os.path.join(shots, "bf_loop.log.html"))),
    }
    tests = [("graph", test_graph_page), ("jit", test_jit_page), ("bf", test_real_log)]
    with Browser() as browser:
        for name, test in tests:
            page = browser.new_page(1400, 900)
            path, data = pages[name]
            try:
                test(page, path, data, shots)
            except (TimeoutError, Exception) as e:  # one failing page does not hide the others
                failures.append(f"{name}: {type(e).__name__}: {e}")
                page.screenshot(os.path.join(shots, f"failed-{name}.png"))
            page.evaluate("1")  # a round trip: every event the page sent before it has been read
            for error in page.errors:
                failures.append(f"{name}: the page logged an error: {error}")
    for f in failures:
        print("FAIL: " + f)
    print(f"browser test: {'ok' if not failures else str(len(failures)) + ' failure(s)'}; screenshots in {shots}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

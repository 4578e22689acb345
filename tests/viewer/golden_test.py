#!/usr/bin/env python3
"""Golden and error tests of `kiln view` and `kiln jitview` (tests/viewer/README.md).

1. Golden: each case makes a page and compares the data it embeds (its `kiln-data` JSON) with
   tests/viewer/golden/NAME.json. UPDATE_GOLDEN=1 (or --update) rewrites the files; review the
   diff. The SVGs are not compared: they are Graphviz's.
2. Facts: independent of the goldens, checks on the same data that follow from the inputs
   (who calls whom in inputs/calls.py, which guard of inputs/small.log has which bridge...), so
   that a golden accepted by mistake does not hide a wrong page.
3. Errors: corrupt and truncated variants of inputs/small.log must fail with status 1 and
   `PATH:LINE: error: MESSAGE` naming the right line.

Usage: golden_test.py KILN [--update]
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "inputs")
GOLDEN = os.path.join(HERE, "golden")

CASES = [
    # name, command, input, flags
    ("calls.flow", "view", "calls.py", ["--stage=flow"]),
    ("calls.annotated", "view", "calls.py", ["--stage=annotated"]),
    ("calls.lltype", "view", "calls.py", ["--stage=lltype"]),
    ("jit_loop.jitcode", "view", "jit_loop.py", ["--stage=jitcode"]),
    ("small.log", "jitview", "small.log", []),
    ("bf_loop.log", "jitview", "bf_loop.log", []),
    ("bf_loop_eager.log", "jitview", "bf_loop_eager.log", []),  # facts only: no golden file
]
NO_GOLDEN = {"bf_loop_eager.log"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def page_data(html):
    match = re.search(r'<script type="application/json" id="kiln-data">(.*?)</script>', html, re.S)
    if not match:
        raise AssertionError("the page has no kiln-data block")
    return json.loads(match.group(1))  # JSON reads "<\/" as "</"


def make_page(kiln, command, source, flags, workdir):
    out = os.path.join(workdir, os.path.basename(source) + "." + command + ".html")
    run = subprocess.run([kiln, command, *flags, os.path.join(INPUTS, source), "-o", out],
                         capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        raise AssertionError(f"kiln {command} {source} failed ({run.returncode}):\n{run.stderr}")
    with open(out, encoding="utf-8") as f:
        return f.read()


def dump(value, indent=0):
    """JSON, one line per value when it fits in 100 columns, else indented: short diffs."""
    flat = json.dumps(value, ensure_ascii=False)
    if len(flat) + indent <= 100 or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 1)
    if isinstance(value, dict):
        items = [pad + json.dumps(k, ensure_ascii=False) + ": " + dump(v, indent + 1).lstrip() for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + dump(v, indent + 1).lstrip() for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def compare_golden(name, data, update):
    path = os.path.join(GOLDEN, name + ".json")
    text = dump(data) + "\n"
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return
    if not os.path.exists(path):
        failures.append(f"{name}: no golden file {path} (run with UPDATE_GOLDEN=1)")
        return
    with open(path, encoding="utf-8") as f:
        expected = f.read()
    if expected != text:
        import difflib
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                                 "expected", "actual"))[:80])
        failures.append(f"{name}: the page's data differs from {path}; rerun with UPDATE_GOLDEN=1 to accept\n{diff}")


# -- Facts that follow from the inputs -------------------------------------------------------------
def by_name(data):
    return {f["name"]: i for i, f in enumerate(data["functions"])}


def check_calls_program(name, data):
    index = by_name(data)
    functions = data["functions"]
    for wanted in ("calls.fib", "calls.parse", "calls.entry_point", "calls.Counter.add", "calls.Counter.__init__"):
        check(wanted in index, f"{name}: no function {wanted}")
    if "calls.fib" not in index:
        return
    fib, entry = functions[index["calls.fib"]], functions[index["calls.entry_point"]]
    check(index["calls.fib"] in fib["callees"], f"{name}: fib calls itself, but its callees are {fib['callees']}")
    check(data["files"][fib["file"]]["path"] == "calls.py", f"{name}: fib's file is not calls.py")
    check(fib["lines"] == [13, 16], f"{name}: fib is lines 13-16 of calls.py, not {fib['lines']}")
    check(index["calls.fib"] in entry["callees"] and index["calls.parse"] in entry["callees"],
          f"{name}: entry_point calls fib and parse, but its callees are {entry['callees']}")
    # Every call row names a callee whose index is valid, and the function lists it.
    for f in functions:
        for b in f["blocks"]:
            for r in b["rows"]:
                for c in r.get("calls", []):
                    check(0 <= c < len(functions) and c in f["callees"], f"{name}: {f['name']}: bad call {c} in {r['text']}")
    # parse's handler: int() raising goes along an exception edge (which catches any exception;
    # a test of the exception's class follows it).
    parse = functions[index["calls.parse"]]
    check(any(e.get("exception") and e["label"].startswith("except ") for e in parse["edges"]),
          f"{name}: parse has no exception edge: {parse['edges']}")
    if data["stage"] != "lltype":  # (there, a class-id range test)
        check(any("ValueError" in r["text"] for b in parse["blocks"] for r in b["rows"]) or
              any("ValueError" in line for line in parse["legend"]), f"{name}: parse's graph never names ValueError")
    # Rows show source lines: fib's `return fib(n - 1) + fib(n - 2)` is line 16.
    check(any(r.get("line") == 16 for b in fib["blocks"] for r in b["rows"]), f"{name}: no row of fib is on line 16")
    if data["stage"] != "lltype":  # (there, a prebuilt str named @str.N)
        check(any("</script><b>text, not markup</b>" in r["text"] for b in entry["blocks"] for r in b["rows"]),
              f"{name}: the markup-like string is not in entry_point")
    stage = data["stage"]
    if stage == "annotated":
        check(fib["variables"].get("v0", "").startswith("int"), f"{name}: fib's parameter v0 is an int: {fib['variables']}")
        check(index["calls.Counter.add"] in entry["callees"], f"{name}: entry_point calls Counter.add (through a method)")
    if stage != "lltype":  # (there, __init__ is a direct_call like any other)
        check(index["calls.Counter.__init__"] in entry["callees"], f"{name}: Counter() runs Counter.__init__")
    if stage == "lltype":
        check(fib["variables"].get("v0", "").startswith("Signed"), f"{name}: fib's parameter v0 is Signed: {fib['variables']}")
    if stage == "flow":
        check(fib["variables"].get("v0") == "local 'n'", f"{name}: fib's v0 holds the local n: {fib['variables']}")


def check_jit_loop(name, data):
    index = by_name(data)
    run, step = index.get("jit_loop.run"), index.get("jit_loop.step")
    check(run is not None and step is not None, f"{name}: the jitcodes are run and step: {list(index)}")
    if run is None or step is None:
        return
    f = data["functions"][run]
    check(f["callees"] == [step], f"{name}: run's jitcode calls step's (inline_call): {f['callees']}")
    check(any("jit_merge_point" in r["text"] for b in f["blocks"] for r in b["rows"]), f"{name}: run has its merge point")
    check(any(e["to"] == -1 for e in f["edges"]), f"{name}: run returns")
    # The loop: some block jumps back to an earlier one.
    check(any(0 <= e["to"] <= e["from"] for e in f["edges"]), f"{name}: run's loop has no back edge")


def check_small_log(name, data):
    traces = {t["id"]: t for t in data["traces"]}
    check(list(traces) == ["loop-0", "bridge-1"], f"{name}: traces {list(traces)}")
    if list(traces) != ["loop-0", "bridge-1"]:
        return
    loop, bridge = traces["loop-0"], traces["bridge-1"]
    check(loop["runs"] == 1000 and bridge["runs"] == 60, f"{name}: runs {loop['runs']}, {bridge['runs']}")
    check(bridge["parent"] == {"guard": 2, "trace": "loop-0"}, f"{name}: bridge 1 comes from guard 2 of loop 0")
    check(loop["bridges"] == ["bridge-1"] and loop["jumpsTo"] == [0], f"{name}: loop 0's bridges and jumps")
    groups = [(g["location"], len(g["ops"])) for g in loop["opt"]["groups"]]
    check(groups == [("3 +", 3), ("4 [", 3), ("5 ]", 3)], f"{name}: loop 0's optimized groups {groups}")
    groups = [(g["location"], len(g["ops"])) for g in loop["noopt"]["groups"]]
    check(groups == [("3 +", 3), ("4 [", 4), ("5 ]", 3)], f"{name}: loop 0's unoptimized groups {groups}")
    groups = [(g["location"], len(g["ops"])) for g in bridge["opt"]["groups"]]
    check(groups == [(None, 1), ("6 .", 3)], f"{name}: bridge 1's groups {groups}")
    guards = data["guards"]
    check(guards.get("1") == {"trace": "loop-0", "failures": 75, "hot": True}, f"{name}: guard 1 {guards.get('1')}")
    check(guards.get("2") == {"trace": "loop-0", "failures": 60, "bridge": "bridge-1"}, f"{name}: guard 2 {guards.get('2')}")
    check(guards.get("3") == {"trace": "bridge-1", "failures": 4}, f"{name}: guard 3 {guards.get('3')}")
    check(data["hotGuards"] == [1], f"{name}: the hot guards are [1], not {data['hotGuards']}")
    check(loop.get("assembler", [])[:1] == [["0x7f0000001000", "mov rax, qword ptr [rdi + 8]"]] and len(loop["assembler"]) == 3,
          f"{name}: loop 0's assembler {loop.get('assembler')}")
    check("assembler" not in bridge, f"{name}: bridge 1 has no assembler in the log")
    check(data["aborts"] == [{"line": 45, "where": "7 >", "why": "trace too long"}], f"{name}: aborts {data['aborts']}")
    check(["  trace too long", "1"] in data["summary"], f"{name}: the summary's abort reason")


def check_bf_log(name, data):
    # inputs/bf_loop.log: targets/bf running inputs/bf_loop.b with the JIT's defaults.
    traces = {t["id"]: t for t in data["traces"]}
    check(set(traces) == {"loop-0", "bridge-1"}, f"{name}: traces {list(traces)}")
    loop = traces.get("loop-0", {})
    check(loop.get("key") == "44 <", f"{name}: loop 0 starts at the '<' at offset 44")
    locations = [g["location"] for g in (loop.get("opt") or {}).get("groups", [])]
    check(locations and all(re.fullmatch(r"\d+ [-+<>\[\].,]", l) for l in locations),
          f"{name}: every group is a bf position 'PC CHAR': {locations[:5]}")
    check(data["guards"].get("7", {}).get("bridge") == "bridge-1", f"{name}: guard 7 has bridge 1")


def check_bf_eager_log(name, data):
    # The same run with trace_eagerness=500: guard 7 fails 175 times and gets no bridge.
    check([t["id"] for t in data["traces"]] == ["loop-0"], f"{name}: traces {[t['id'] for t in data['traces']]}")
    check(data["hotGuards"] == [7], f"{name}: guard 7 is the one hot guard, not {data['hotGuards']}")
    check(data["guards"].get("7") == {"trace": "loop-0", "failures": 175, "hot": True}, f"{name}: guard 7 {data['guards'].get('7')}")


FACTS = {"calls.flow": check_calls_program, "calls.annotated": check_calls_program, "calls.lltype": check_calls_program,
         "jit_loop.jitcode": check_jit_loop, "small.log": check_small_log, "bf_loop.log": check_bf_log,
         "bf_loop_eager.log": check_bf_eager_log}


# -- Errors ----------------------------------------------------------------------------------------
def error_cases(lines):
    """(name, log text, expected line, expected message piece) from variants of small.log."""
    text = "\n".join(lines) + "\n"
    at = lambda s: lines.index(s) + 1  # noqa: E731 -- the 1-based line of a line of small.log
    opt_open = at("[2200] {jit-log-opt-loop")
    cut = opt_open + 5
    yield ("truncated", "\n".join(lines[:cut]) + "\n", opt_open,
           f"section 'jit-log-opt-loop' opened here is never closed: the log ends at line {cut}")
    mid = text.index("p4 = getfield_gc_r", text.index("[2200]")) + 9
    yield ("truncated mid-line", text[:mid], opt_open, "section 'jit-log-opt-loop' opened here is never closed")
    dropped = at("p5 = getfield_gc_r(p0, descr=GcStruct prog.Tape.inst_cells)")
    yield ("an operation missing", "\n".join(lines[:dropped - 1] + lines[dropped:]) + "\n", at("# Loop 0 (3 +) : 13 ops"),
           "the trace's title says 13 ops, but it has 12")
    bad = at("i3 = int_lt(i2, 100)")
    yield ("a broken operation", text.replace("i3 = int_lt(i2, 100)\n", "i3 = int_lt(i2, 100\n", 1), bad,
           "malformed trace operation 'i3 = int_lt(i2, 100': expected NAME(ARGUMENTS)")
    yield ("unbalanced brackets", text.replace("i3 = int_lt(i2, 100)\n", "i3 = int_lt(i2], 100)\n", 1), bad,
           "unbalanced brackets or quotes")
    close = at("[2100] jit-log-noopt-loop}")
    yield ("the wrong section closed", text.replace("[2100] jit-log-noopt-loop}", "[2100] jit-log-opt-loop}"), close,
           "section 'jit-log-opt-loop' is closed here, but the innermost open section is 'jit-log-noopt-loop' (opened at line 5)")
    yield ("a bad count", text.replace("loop 0: 1000", "loop zero: 1000"), at("loop 0: 1000"),
           "expected 'loop N: RUNS', 'bridge N: RUNS' or 'guard N: FAILURES' in jit-backend-counts, found 'loop zero: 1000'")
    yield ("text after the sections", text + "Segmentation fault\n", len(lines) + 1, "line outside any section: 'Segmentation fault'")
    yield ("a bridge without its guard", text.replace("# Bridge 1 (guard 2 of loop 0) : 5 ops", "# Bridge 1 (loop 0) : 5 ops", 1),
           at("# Bridge 1 (guard 2 of loop 0) : 5 ops"), "a bridge's title names its origin as '(guard G of loop L)', found '(loop 0)'")
    yield ("a bad guard", text.replace("[guard 1: i2 i6 p0]", "[guard x: i2 i6 p0]"), at("guard_false(i6) [guard 1: i2 i6 p0]"),
           "expected '[guard N: VALUES]' after the operation")


def run_error_tests(kiln, workdir):
    with open(os.path.join(INPUTS, "small.log"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    for name, text, line, message in error_cases(lines):
        path = os.path.join(workdir, "bad.log")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        run = subprocess.run([kiln, "jitview", path, "-o", os.path.join(workdir, "bad.html")],
                             capture_output=True, text=True, timeout=60)
        where = f"{path}:{line}: error: "
        check(run.returncode == 1, f"error test '{name}': exit status {run.returncode}, not 1")
        check(run.stderr.startswith(where) and message in run.stderr,
              f"error test '{name}': expected\n  {where}...{message}...\ngot\n  {run.stderr.strip()}")
    # No JIT sections at all, and no file.
    empty = os.path.join(workdir, "empty.log")
    open(empty, "w").close()
    for path, message in ((empty, "has no JIT sections"), (os.path.join(workdir, "missing.log"), "cannot read the log")):
        run = subprocess.run([kiln, "jitview", path], capture_output=True, text=True, timeout=60, cwd=workdir)
        check(run.returncode == 1 and message in run.stderr, f"jitview {os.path.basename(path)}: {run.returncode} {run.stderr}")


def main():
    kiln = os.path.abspath(sys.argv[1])
    update = "--update" in sys.argv or os.environ.get("UPDATE_GOLDEN") == "1"
    with tempfile.TemporaryDirectory(prefix="kiln-viewer-") as workdir:
        for name, command, source, flags in CASES:
            try:
                data = page_data(make_page(kiln, command, source, flags, workdir))
            except AssertionError as e:
                failures.append(f"{name}: {e}")
                continue
            if name not in NO_GOLDEN:
                compare_golden(name, data, update)
            FACTS[name](name, data)
        run_error_tests(kiln, workdir)
    for f in failures:
        print("FAIL: " + f)
    print(f"{len(CASES)} golden cases, error tests: {'ok' if not failures else str(len(failures)) + ' failure(s)'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Differential fuzz test of kiln's JIT: random programs, with and without the JIT.

Translates targets/bf/bf.py and examples/vm/vm.py with `kiln translate --jit`, generates random
programs from a seed (bfgen.py, vmgen.py: Brainfuck programs and programs of the VM's
language, both terminating), and runs each one with `--jit off` (the reference) and with the
JIT in several modes:

  jit-default        the JIT's defaults (machine code)
  jit-threshold1     --jit threshold=1,trace_eagerness=1: trace every loop, bridge every guard
  jit-stress         --jit threshold=1,trace_eagerness=1,stress=1: every guard fails once
  jit-free           --jit threshold=1,trace_eagerness=1,loop_longevity=1: loops are freed as
                     soon as they go unused for one compile, and traced again
  interp-*           the same three with backend=interp (the trace interpreter), for every
                     --interp-every'th program
  extra-*            with --extra-modes: threshold=3 with trace_eagerness=2, a trace_limit of 40
                     (traces that abort and functions marked not to inline), stress with a
                     higher threshold, and parameters drawn at random for each program

A program passes when every mode prints the same stdout bytes and stderr and exits with the same
status as the reference. BF programs are also checked against bfgen's reference interpreter
(which bounded their running time), and with --cpython-every K every K'th VM program against
vm.py on CPython. On a mismatch the program is saved as a reproducer (its path and the failing
command are printed), then shrunk (shrink.py: statements, blocks, loop bounds and brackets
removed while the mismatch persists) and saved again as NAME-min.

Deterministic: the programs depend only on --seed and their index, the verdict only on the
outputs (the --timeout, generous, only catches hangs).

Usage: tests/jitfuzz/fuzz.py KILN [options]
  --seed N           seed of the programs (default 1)
  --count N          programs of each kind (default 50)
  --kinds bf,vm      which generators (default both)
  -j N               programs checked in parallel (default 2)
  --work DIR         translate and keep files in DIR (default: a temporary directory, removed
                     unless something failed)
  --reuse            use the binaries already in --work instead of translating again
  --interp-every K   also run every K'th program with backend=interp (default 3; 0: never)
  --extra-modes      also run the extra-* modes
  --skip-modes A,B   leave these modes out (to look past a known bug)
  --time-limit S     stop checking new programs after S seconds (for long hunts; the summary
                     counts the programs checked)
  --cpython-every K  check every K'th VM program on CPython too (default 0: never)
  --no-shrink        save reproducers without shrinking them
  --shrink-tests N   runs a shrink may take (default 400)
  --timeout S        seconds a run may take before it counts as a hang (default 120)
  --bf-budget N      merged commands a BF program may run on the reference (default 200000)
  --vm-budget N      statement executions a VM program may cost, estimated (default 20000)
  --replay FILE      run one saved program (.b or .vm; a .b's stdin is FILE.in if present) in
                     every mode, print what differs
Prints a line per failing program and `N passed, N failed`; exits 1 on any failure.
"""
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import bfgen  # noqa: E402
import shrink  # noqa: E402
import vmgen  # noqa: E402

SOURCES = {"bf": os.path.join(REPO, "targets", "bf", "bf.py"),
           "vm": os.path.join(REPO, "examples", "vm", "vm.py")}
EXTENSIONS = {"bf": ".b", "vm": ".vm"}
# How long programs may run: merged commands of a BF program on bfgen's reference, statement
# executions of a VM program as vmgen estimates them (--bf-budget, --vm-budget).
BUDGETS = {"bf": 200000, "vm": 20000}

BASE_MODES = [("jit-default", None),
              ("jit-threshold1", "threshold=1,trace_eagerness=1"),
              ("jit-stress", "threshold=1,trace_eagerness=1,stress=1"),
              ("jit-free", "threshold=1,trace_eagerness=1,loop_longevity=1")]
INTERP_MODES = [("interp-default", "backend=interp"),
                ("interp-threshold1", "backend=interp,threshold=1,trace_eagerness=1"),
                ("interp-stress", "backend=interp,threshold=1,trace_eagerness=1,stress=1")]
EXTRA_MODES = [("extra-threshold3", "threshold=3,trace_eagerness=2"),
               ("extra-trace-limit", "threshold=1,trace_eagerness=1,trace_limit=40"),
               ("extra-stress7", "threshold=7,trace_eagerness=3,stress=1")]


def random_mode(seed, index):
    """extra-random: parameters drawn for this program (short trace limits abort traces at
    every possible point; small thresholds and eagerness trace loops and bridges early)."""
    rng = random.Random("%d/mode/%d" % (seed, index))
    spec = "threshold=%d,trace_eagerness=%d,trace_limit=%d" % (
        rng.choice([1, 2, 3, 5, 13, 50]), rng.choice([1, 2, 3, 7]),
        rng.choice([rng.randint(10, 120), rng.randint(120, 1000), 6000]))
    if rng.random() < 0.3:
        spec += ",stress=1"
    if rng.random() < 0.3:
        spec += ",loop_longevity=%d" % rng.choice([1, 2, 5])
    if rng.random() < 0.3:
        spec = "backend=interp," + spec
    return ("extra-random", spec)
# The binaries read KILNJIT (and KILNLOG) too: the runs must not inherit them.
ENV = {k: v for k, v in os.environ.items() if k not in ("KILNJIT", "KILNLOG")}


class Options(object):
    def __init__(self):
        self.kiln = None
        self.seed = 1
        self.count = 50
        self.kinds = ["bf", "vm"]
        self.jobs = 2
        self.work = None
        self.reuse = False
        self.interp_every = 3
        self.extra_modes = False
        self.cpython_every = 0
        self.shrink = True
        self.shrink_tests = 400
        self.timeout = 120.0
        self.replay = None
        self.budgets = dict(BUDGETS)
        self.skip_modes = []
        self.time_limit = None


def parse_args(argv):
    o = Options()
    valued = {"--seed": ("seed", int), "--count": ("count", int), "-j": ("jobs", int),
              "--work": ("work", os.path.abspath), "--interp-every": ("interp_every", int),
              "--cpython-every": ("cpython_every", int), "--shrink-tests": ("shrink_tests", int),
              "--timeout": ("timeout", float), "--replay": ("replay", os.path.abspath),
              "--kinds": ("kinds", lambda v: [k for k in v.split(",") if k]),
              "--bf-budget": ("bf_budget", int), "--vm-budget": ("vm_budget", int),
              "--skip-modes": ("skip_modes", lambda v: [m for m in v.split(",") if m]),
              "--time-limit": ("time_limit", float)}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in valued:
            if i + 1 == len(argv):
                raise SystemExit("fuzz.py: %s needs a value" % arg)
            name, convert = valued[arg]
            try:
                setattr(o, name, convert(argv[i + 1]))
            except ValueError:
                raise SystemExit("fuzz.py: bad value for %s: %r" % (arg, argv[i + 1]))
            i += 2
            continue
        if arg == "--reuse":
            o.reuse = True
        elif arg == "--extra-modes":
            o.extra_modes = True
        elif arg == "--no-shrink":
            o.shrink = False
        elif arg.startswith("-") or o.kiln is not None:
            raise SystemExit(__doc__)
        else:
            o.kiln = os.path.abspath(arg)
        i += 1
    for kind in ("bf", "vm"):
        if getattr(o, kind + "_budget", None):
            o.budgets[kind] = getattr(o, kind + "_budget")
    if o.kiln is None and not (o.reuse and o.work):
        raise SystemExit(__doc__)
    for kind in o.kinds:
        if kind not in SOURCES:
            raise SystemExit("fuzz.py: unknown kind %r (bf, vm)" % kind)
    return o


# -- Running a program ---------------------------------------------------------------------------

class Outcome(object):
    def __init__(self, stdout, stderr, status):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status  # an int, or "timeout"


def run(binary, spec, path, stdin, timeout):
    cmd = [binary] + (["--jit", spec] if spec else []) + [path]
    try:
        r = subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout, env=ENV,
                           cwd=os.path.dirname(path))
    except subprocess.TimeoutExpired:
        return Outcome(b"", b"", "timeout")
    return Outcome(r.stdout, r.stderr, r.returncode)


def run_cpython(path, timeout):
    env = dict(ENV, PYTHONPATH=os.path.join(REPO, "lib"))
    try:
        r = subprocess.run([sys.executable, SOURCES["vm"], path], capture_output=True,
                           timeout=timeout, env=env, cwd=os.path.dirname(path))
    except subprocess.TimeoutExpired:
        return Outcome(b"", b"", "timeout")
    return Outcome(r.stdout, r.stderr, r.returncode)


def excerpt(data, at):
    return repr(data[max(0, at - 20):at + 40])


def differences(expected, got):
    """What differs between two Outcomes, as short phrases (empty if nothing)."""
    found = []
    if got.status != expected.status:
        found.append("exit status %s, expected %s" % (got.status, expected.status))
    for name in ("stdout", "stderr"):
        a = getattr(expected, name)
        b = getattr(got, name)
        if a != b:
            at = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
            found.append("%s differs at byte %d (%d bytes, expected %d): %s, expected %s"
                         % (name, at, len(b), len(a), excerpt(b, at), excerpt(a, at)))
    return found


def command_line(binary, spec, path, stdin_path):
    cmd = binary + (" --jit " + spec if spec else "") + " " + path
    return cmd + (" < " + stdin_path if stdin_path else "")


# -- Checking one program (in a worker process) ---------------------------------------------------

CONFIG = {}


def set_config(config):
    CONFIG.update(config)
    BUDGETS.update(config["budgets"])


def make_program(kind, seed, index):
    """(text, stdin, tree or None, reference Outcome or None) of program index of seed."""
    rng = random.Random("%d/%s/%d" % (seed, kind, index))
    if kind == "bf":
        text, stdin, ref = bfgen.generate(rng, BUDGETS["bf"])
        return text, stdin, None, Outcome(ref.stdout, ref.stderr, ref.status)
    tree = vmgen.generate(rng, BUDGETS["vm"])
    return vmgen.render(tree), b"", tree, None


def modes_for(index, config):
    modes = list(BASE_MODES)
    every = config["interp_every"]
    if every and index % every == 0:
        modes += INTERP_MODES
    if config["extra_modes"]:
        modes += EXTRA_MODES + [random_mode(config["seed"], index)]
    return [m for m in modes if m[0] not in config["skip_modes"]]


def write_program(path, text, stdin):
    with open(path, "w") as f:
        f.write(text)
    if stdin:
        with open(path + ".in", "wb") as f:
            f.write(stdin)
    elif os.path.exists(path + ".in"):
        os.remove(path + ".in")


def check(task):
    """Runs program (kind, index) in every mode; (kind, index, [(mode, spec, [problems])], runs).
    A failure of the harness itself is reported as a failure of the program, not a crash."""
    try:
        return check_program(*task)
    except Exception:
        import traceback
        return task[0], task[1], [("harness", None, [traceback.format_exc()])], 0


def check_program(kind, index):
    c = CONFIG
    text, stdin, _, reference = make_program(kind, c["seed"], index)
    path = os.path.join(c["work"], "programs", "%s-%d%s" % (kind, index, EXTENSIONS[kind]))
    write_program(path, text, stdin)
    binary = c["binaries"][kind]
    base = run(binary, "off", path, stdin, c["timeout"])
    runs = 1
    failures = []
    if reference is not None and differences(reference, base):
        failures.append(("off", "off",
                         ["against bfgen's reference: "] + differences(reference, base)))
    if kind == "vm" and c["cpython_every"] and index % c["cpython_every"] == 0:
        runs += 1
        found = differences(base, run_cpython(path, c["timeout"] * 10))
        if found:
            failures.append(("cpython", "off", ["CPython differs from --jit off: "] + found))
    if base.status == "timeout":
        failures.append(("off", "off", ["the reference run (--jit off) timed out"]))
    else:
        for name, spec in modes_for(index, c):
            runs += 1
            found = differences(base, run(binary, spec, path, stdin, c["timeout"]))
            if found:
                failures.append((name, spec, found))
    if not failures:
        os.remove(path)
        if os.path.exists(path + ".in"):
            os.remove(path + ".in")
    return kind, index, failures, runs


# -- Reproducers ---------------------------------------------------------------------------------

def still_fails(kind, binary, spec, stdin, path, timeout):
    """A test for the shrinker: does this variant still differ between --jit off and spec?"""
    def test(variant):
        if kind == "bf":
            text, data = variant
            if bfgen.reference(text, data, BUDGETS["bf"]) is None:
                return False  # it might not terminate: not a valid program
        else:
            text, data = vmgen.render(variant), stdin
        write_program(path, text, data)
        base = run(binary, "off", path, data, timeout)
        if base.status == "timeout":
            return False
        return bool(differences(base, run(binary, spec, path, data, timeout)))
    return test


def shrink_failure(kind, index, mode, spec, o, binary):
    """Shrinks failing program index for mode; the reproducer's path, or None if the failure
    does not reproduce."""
    text, stdin, tree, _ = make_program(kind, o.seed, index)
    repro = os.path.join(o.work, "repro")
    path = os.path.join(repro, "%s-seed%d-%d-min%s" % (kind, o.seed, index, EXTENSIONS[kind]))
    candidate = os.path.join(repro, "candidate" + EXTENSIONS[kind])
    test = still_fails(kind, binary, spec, stdin, candidate, o.timeout)
    s = shrink.Shrinker(test, o.shrink_tests)
    if kind == "bf":
        def candidates(item):
            for t in bfgen.shrink_candidates(item[0]):
                yield (t, item[1])
            for d in bfgen.shrink_input_candidates(item[1]):
                yield (item[0], d)
        if not test((text, stdin)):
            return None
        text, stdin = s.shrink((text, stdin), candidates)
    else:
        if not test(tree):
            return None
        text = vmgen.render(s.shrink(tree, vmgen.shrink_candidates))
    write_program(path, text, stdin)
    for leftover in (candidate, candidate + ".in"):
        if os.path.exists(leftover):
            os.remove(leftover)
    return path, s.tests


def report_failure(kind, index, failures, o, binaries):
    text, stdin, _, _ = make_program(kind, o.seed, index)
    repro = os.path.join(o.work, "repro")
    os.makedirs(repro, exist_ok=True)
    path = os.path.join(repro, "%s-seed%d-%d%s" % (kind, o.seed, index, EXTENSIONS[kind]))
    write_program(path, text, stdin)
    stdin_path = path + ".in" if stdin else None
    print("FAIL  %s program %d of seed %d: %s" % (kind, index, o.seed, path))
    for mode, spec, problems in failures:
        print("    %s: %s" % (mode, "; ".join(problems)))
        print("      $ %s" % command_line(binaries[kind], spec, path, stdin_path))
    mode, spec, _ = next((f for f in failures if f[0] not in ("off", "cpython", "harness")),
                         (None, None, None))
    if o.shrink and mode is not None:
        result = shrink_failure(kind, index, mode, spec, o, binaries[kind])
        if result is None:
            print("    (does not fail again when run alone: not shrunk)")
        else:
            small, tests = result
            print("    shrunk (%d runs) for %s: %s" % (tests, mode, small))
            small_stdin = small + ".in" if os.path.exists(small + ".in") else None
            print("      $ %s" % command_line(binaries[kind], spec, small, small_stdin))
    sys.stdout.flush()


# -- Main ----------------------------------------------------------------------------------------

def translate(o):
    binaries = {}
    for kind in o.kinds:
        exe = os.path.join(o.work, kind)
        binaries[kind] = exe
        if o.reuse and os.path.exists(exe):
            continue
        t = subprocess.run([o.kiln, "translate", "--jit", SOURCES[kind], "-o", exe],
                           capture_output=True, text=True, cwd=o.work)
        if t.returncode != 0:
            print("FAIL  kiln translate --jit %s\n%s%s" % (SOURCES[kind], t.stdout, t.stderr))
            return None
    return binaries


def replay(o, binaries):
    kind = "bf" if o.replay.endswith(".b") else "vm"
    stdin = b""
    if os.path.exists(o.replay + ".in"):
        with open(o.replay + ".in", "rb") as f:
            stdin = f.read()
    base = run(binaries[kind], "off", o.replay, stdin, o.timeout)
    failed = 0
    for name, spec in BASE_MODES + INTERP_MODES + EXTRA_MODES:
        found = differences(base, run(binaries[kind], spec, o.replay, stdin, o.timeout))
        failed += bool(found)
        details = "".join("\n    " + p for p in found)
        print("%s  %s%s" % ("FAIL" if found else "PASS", name, details))
    print("%d passed, %d failed" % (len(BASE_MODES + INTERP_MODES + EXTRA_MODES) - failed, failed))
    return 1 if failed else 0


def main():
    o = parse_args(sys.argv[1:])
    temporary = o.work is None
    if temporary:
        o.work = tempfile.mkdtemp(prefix="kiln-jitfuzz-")
    if o.replay:
        o.kinds = ["bf" if o.replay.endswith(".b") else "vm"]
    os.makedirs(os.path.join(o.work, "programs"), exist_ok=True)
    binaries = translate(o)
    if binaries is None:
        return 1
    if o.replay:
        return replay(o, binaries)
    config = {"seed": o.seed, "work": o.work, "binaries": binaries, "timeout": o.timeout,
              "interp_every": o.interp_every, "extra_modes": o.extra_modes,
              "cpython_every": o.cpython_every, "budgets": o.budgets, "skip_modes": o.skip_modes}
    BUDGETS.update(o.budgets)
    tasks = [(kind, i) for i in range(o.count) for kind in o.kinds]
    print("jitfuzz: seed %d, %d programs of %s, work dir %s"
          % (o.seed, o.count, " and ".join(o.kinds), o.work))
    sys.stdout.flush()
    failed = []
    runs = 0
    checked = 0
    deadline = time.time() + o.time_limit if o.time_limit else None
    with multiprocessing.get_context("fork").Pool(o.jobs, set_config, (config,)) as pool:
        for kind, index, failures, n in pool.imap(check, tasks):
            checked += 1
            runs += n
            if failures:
                failed.append((kind, index, failures))
                print("FAIL  %s program %d: %s" % (kind, index, ", ".join(f[0] for f in failures)))
                sys.stdout.flush()
            if deadline is not None and time.time() > deadline:
                print("time limit: stopped after %d of %d programs" % (checked, len(tasks)))
                pool.terminate()
                break
    for kind, index, failures in failed:
        report_failure(kind, index, failures, o, binaries)
    passed = checked - len(failed)
    print("%d passed, %d failed (%d runs)" % (passed, len(failed), runs))
    if temporary and not failed:
        shutil.rmtree(o.work, ignore_errors=True)
    elif failed:
        print("reproducers in %s" % os.path.join(o.work, "repro"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Runs the annotator corpus (see tests/annotate/README.md).

  run_corpus.py KILN [-k SUBSTRING] [-v] [-j N] [--stage lltype]

For every program in accepted/*.py:
  * on CPython (PYTHONPATH=<repo>/lib) it must print something and exit with the status its
    header documents (`# exit: N` among the leading comment lines, default 0);
  * `KILN check PROG` must exit 0 and report no error.
For every program in rejected/*.py:
  * CPython must compile it (it is valid Python, only not kiln Python);
  * `KILN check PROG` must exit 1, report every `# error: <message substring>` expectation at
    the line that carries it, and report no error at any other line.

With --stage lltype, every accepted program must instead go through the rtyper
(`KILN graph --stage lltype` exits 0); the rtyper's known gaps are listed in
KNOWN_FAILURES.lltype, each with the operation it cannot lower yet.

Programs named in KNOWN_FAILURES (one `name.py` per line, then an indented note) are known
annotator bugs: their failure is reported as a known failure and does not fail the run, but a
known failure that passes does (remove it from the list).

Prints one block per failure and a final line `N passed, M failed` (plus the known failures);
exits 1 if anything failed.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(REPO, "lib")
KNOWN_FAILURES = os.path.join(HERE, "KNOWN_FAILURES")
TIMEOUT = 120
MIN_ACCEPTED = 60
MIN_REJECTED = 40

# path:line:col: error: message   (notes and the final summary line do not match)
DIAGNOSTIC = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): error: (?P<message>.*)$")
EXPECTATION = re.compile(r"#\s*error:\s*(.*?)\s*(?=#\s*error:|$)")


def corpus(kind, pattern):
    directory = os.path.join(HERE, kind)
    return [os.path.join(directory, name) for name in sorted(os.listdir(directory))
            if name.endswith(".py") and pattern in name]


def environment():
    env = dict(os.environ)
    env["PYTHONPATH"] = LIB + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONHASHSEED"] = "0"
    return env


def run(argv):
    """(exit status, stdout text, stderr text); the status is None if it could not run."""
    try:
        p = subprocess.run(argv, capture_output=True, env=environment(), cwd=REPO, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, "", "cannot run %s: %s" % (" ".join(argv), e)
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def expected_status(path):
    """The `# exit: N` of the file's leading comment lines, else 0."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*exit:\s*(-?\d+)\s*$", line)
            if m:
                return int(m.group(1))
    return 0


def expectations(path):
    """{line number: [message substrings]} from the `# error:` comments of a file."""
    result = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            at = line.find("# error:")
            if at < 0:
                continue
            for m in EXPECTATION.finditer(line[at:]):
                if m.group(1):
                    result.setdefault(number, []).append(m.group(1))
    return result


def diagnostics(stderr, path):
    """The errors kiln reported, as (line, message) for `path`, and the error lines about
    other files (which a corpus program should never cause)."""
    mine, elsewhere = [], []
    for text in stderr.splitlines():
        m = DIAGNOSTIC.match(text)
        if not m:
            continue
        if os.path.realpath(os.path.join(REPO, m.group("path"))) == os.path.realpath(path):
            mine.append((int(m.group("line")), m.group("message")))
        else:
            elsewhere.append(text)
    return mine, elsewhere


def check_accepted(kiln, path):
    """A list of problems (empty if the program passes)."""
    problems = []
    want = expected_status(path)
    status, out, err = run([sys.executable, path])
    if status != want:
        problems.append("CPython exited with %s, expected %d\n%s" % (status, want, indent(err)))
    elif not out.strip():
        problems.append("CPython printed nothing (a corpus program must print its results)")
    status, _, err = run([kiln, "check", path])
    if status != 0:
        problems.append("`kiln check` exited with %s, expected 0 (kiln Python)\n%s" % (status, indent(err)))
    return problems


def check_lowered(kiln, path):
    """--stage lltype: the rtyper lowers every graph of an accepted program."""
    status, _, err = run([kiln, "graph", "--stage", "lltype", "--no-loc", path])
    if status != 0:
        return ["`kiln graph --stage lltype` exited with %s, expected 0\n%s" % (status, indent(err))]
    return []


def check_rejected(kiln, path):
    problems = []
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        problems.append("CPython cannot compile it (a rejected program must be valid Python): %s" % e)
    expected = expectations(path)
    if not expected:
        problems.append("no `# error:` expectation in the file")
    status, _, err = run([kiln, "check", path])
    if status != 1:
        problems.append("`kiln check` exited with %s, expected 1\n%s" % (status, indent(err)))
        return problems
    reported, elsewhere = diagnostics(err, path)
    for line, substrings in sorted(expected.items()):
        messages = [message for at, message in reported if at == line]
        for substring in substrings:
            if not any(substring in message for message in messages):
                found = "; ".join(messages) if messages else "no error at this line"
                problems.append("line %d: expected an error containing '%s', got: %s" % (line, substring, found))
    for line, message in reported:
        if line not in expected:
            problems.append("line %d: unexpected error: %s" % (line, message))
    for text in elsewhere:
        problems.append("error in another file: %s" % text)
    if problems:
        problems.append("kiln's output:\n" + indent(err))
    return problems


def indent(text):
    return "\n".join("    " + line for line in text.rstrip().splitlines())


def known_failures(path):
    """The program names listed in a KNOWN_FAILURES file (lines that start in column 0)."""
    names = set()
    if not os.path.exists(path):
        return names
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line[0].isspace() and not line.startswith("#"):
                names.add(line.split()[0].rstrip(":"))
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kiln", help="the kiln executable")
    parser.add_argument("-k", dest="pattern", default="", help="only files whose name contains this")
    parser.add_argument("-v", dest="verbose", action="store_true", help="list passing programs too")
    parser.add_argument("-j", dest="jobs", type=int, default=os.cpu_count() or 4, help="parallel jobs")
    parser.add_argument("--stage", default="annotate", choices=["annotate", "lltype"],
                        help="lltype: check instead that the rtyper lowers every accepted program "
                             "(known gaps in KNOWN_FAILURES.lltype)")
    args = parser.parse_args()
    kiln = os.path.abspath(args.kiln)

    lowering = args.stage == "lltype"
    accepted = corpus("accepted", args.pattern)
    rejected = [] if lowering else corpus("rejected", args.pattern)
    known_path = KNOWN_FAILURES + (".lltype" if lowering else "")
    known = known_failures(known_path)
    if lowering:
        jobs = [(path, check_lowered) for path in accepted]
    else:
        jobs = [(path, check_accepted) for path in accepted] + [(path, check_rejected) for path in rejected]
    failed = passed = known_failed = 0
    setup_problems = []
    if not args.pattern and not lowering:
        if len(accepted) < MIN_ACCEPTED:
            setup_problems.append("only %d accepted programs (at least %d)" % (len(accepted), MIN_ACCEPTED))
        if len(rejected) < MIN_REJECTED:
            setup_problems.append("only %d rejected programs (at least %d)" % (len(rejected), MIN_REJECTED))
        present = {os.path.basename(p) for p in accepted + rejected}
        for name in sorted(known - present):
            setup_problems.append("KNOWN_FAILURES names '%s', which is not in the corpus" % name)
    if not args.pattern and lowering:
        present = {os.path.basename(p) for p in accepted}
        for name in sorted(known - present):
            setup_problems.append("KNOWN_FAILURES.lltype names '%s', which is not in the corpus" % name)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda job: (job[0], job[1](kiln, job[0])), jobs))
    for path, problems in results:
        name = os.path.relpath(path, HERE)
        is_known = os.path.basename(path) in known
        if problems and is_known:
            known_failed += 1
            if args.verbose:
                print("KNOWN %s" % name)
            continue
        if not problems and is_known:
            problems = ["passes, but is listed in %s: remove it from the list" % os.path.basename(known_path)]
        if problems:
            failed += 1
            print("FAIL %s" % name)
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
            continue
        passed += 1
        if args.verbose:
            print("ok   %s" % name)
    for p in setup_problems:
        failed += 1
        print("FAIL corpus: %s" % p)
    summary = "%d passed, %d failed" % (passed, failed)
    if known_failed:
        summary += " (%d known failure%s, see %s)" % (known_failed, "" if known_failed == 1 else "s",
                                                     os.path.basename(known_path))
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

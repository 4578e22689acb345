# Generators: a lazy pipeline of chained generators (read, parse, filter, window) over log lines.
from kiln.objectmodel import specialize

LOG = """\
10 GET /index 200
11 GET /about 200
11 POST /login 302
12 GET /missing 404
13 GET /index 200
15 POST /login 500
17 GET /index 304
18 GET /admin 403
20 GET /index 200"""


def lines(text):
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield text[start:end]
        start = end + 1


def parse(src):
    for line in src:
        parts = line.split()
        yield (int(parts[0]), parts[1], parts[2], int(parts[3]))


@specialize.argtype(0)
def errors(src):
    for rec in src:
        if rec[3] >= 400:
            yield rec


def only_method(src, method):
    for rec in src:
        if rec[1] == method:
            yield rec


def pairs(src):
    prev = -1
    for rec in src:
        if prev >= 0:
            yield rec[0] - prev
        prev = rec[0]


def entry_point(argv):
    for rec in errors(parse(lines(LOG))):
        print("error", rec[0], rec[2], rec[3])
    gets = list(only_method(parse(lines(LOG)), "GET"))
    print(len(gets), "GETs")
    print("gaps between requests:", list(pairs(parse(lines(LOG)))))
    print("total bytes of paths:", sum(len(r[2]) for r in parse(lines(LOG))))
    counts = {}
    for rec in parse(lines(LOG)):
        counts[rec[2]] = counts.get(rec[2], 0) + 1
    for path, n in counts.items():
        print(path, n)
    post_errors = list(errors(only_method(parse(lines(LOG)), "POST")))
    print("POST errors:", [r[0] for r in post_errors])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

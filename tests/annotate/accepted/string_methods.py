# String processing with the str methods kiln supports: an INI-style config reader using
# split/strip/startswith/find, case conversion, replace, counting and character tests.

CONFIG = """
# interpreter settings
[jit]
threshold = 1039
trace_limit=6000
[gc]
  nursery = 4M
name = kiln vm
"""


def parse_config(text):
    sections = {}
    current = "default"
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        eq = line.find("=")
        if eq < 0:
            continue
        key = line[:eq].rstrip()
        value = line[eq + 1:].lstrip()
        sections[current + "." + key] = value
    return sections


def to_number(text):
    digits = text.rstrip("KMG")
    if not digits.isdigit():
        return -1
    scale = 1
    if text.endswith("K"):
        scale = 1024
    elif text.endswith("M"):
        scale = 1024 * 1024
    return int(digits) * scale


def title(s):
    words = s.split()
    return " ".join([w[0].upper() + w[1:].lower() for w in words])


def entry_point(argv):
    conf = parse_config(CONFIG)
    for key, value in conf.items():
        print("%s -> %s (%d)" % (key, value, to_number(value)))
    print(title("the KILN virtual MACHINE"))
    s = "a-b-c-d"
    print(s.replace("-", "+"), s.count("-"), s.rfind("-"), s.split("-", 1))
    print("abc123".isalnum(), "   ".isspace(), "Abc".isalpha(), "x1".isdigit())
    print("|" + "  pad  ".strip() + "|" + "xxhixx".strip("x") + "|")
    data = "héllo".encode()
    print(len(data), data.decode() == "héllo")
    print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "-"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

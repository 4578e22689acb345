# Word wrapping and justification for an interpreter's help output: greedy line filling,
# full justification by distributing spaces, and indentation of continuation lines.


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) if not current else len(word) + 1
        if current and length + extra > width:
            lines.append(current)
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0]
    letters = 0
    for w in words:
        letters += len(w)
    gaps = len(words) - 1
    spaces = width - letters
    out = words[0]
    for i in range(1, len(words)):
        n = spaces // gaps + (1 if i <= spaces % gaps else 0)
        out += " " * n + words[i]
    return out


def format_help(option, text, width):
    lines = wrap(text, width - 16)
    out = []
    for i, words in enumerate(lines):
        prefix = option + " " * (16 - len(option)) if i == 0 else " " * 16
        body = justify(words, width - 16) if i < len(lines) - 1 else " ".join(words)
        out.append(prefix + body)
    return "\n".join(out)


DOC = ("kiln translates interpreters written in a restricted subset of Python into native "
       "executables with a garbage collector and an optional tracing JIT compiler")


def entry_point(argv):
    for words in wrap(DOC, 30):
        print("|" + justify(words, 30) + "|")
    print(format_help("--jit", "enable the generated tracing JIT with the given parameters", 50))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

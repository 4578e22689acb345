# expect: 1 PENDING_WORDS
# expect-also: next_word
"""A tokenizer that keeps a generator object in a global and consumes it from run-time code:
a generator cannot become a constant of the translated program."""

TEXT = "load time is not run time"
PENDING_WORDS = (w for w in TEXT.split())


def next_word():
    for word in PENDING_WORDS:
        return word
    return ""


def entry_point(argv):
    print(next_word() + " " + next_word())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

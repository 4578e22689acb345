# An optional label is tested, then read again from the attribute: the second read may
# still be None as far as the annotator knows (narrowing applies to the tested variable).


class Instr(object):
    def __init__(self, name, label):
        self.name = name
        self.label = label

    def text(self):
        if self.label is not None:
            return self.label + ": " + self.name  # error: cannot add 'str?' and 'str': an operand that may be None
        return self.name


def entry_point(argv):
    print(Instr("nop", None).text())
    print(Instr("jmp", "loop").text())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

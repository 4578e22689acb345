"""An assembler that registers its instruction encoders in the module namespace under their
mnemonics -- names that are not identifiers ("add.w", "jmp+", "2nd", "", keyword "pass") -- and
builds its dispatch table from globals() at load time. Also has names that differ only by case
and non-ASCII names, so the dump's sort order (by code point) matters."""

_ENCODINGS = [("add.w", 0x01, 2), ("add.b", 0x02, 2), ("jmp+", 0x10, 1), ("jmp-", 0x11, 1),
              ("2nd", 0x20, 0), ("pass", 0x00, 0), ("", 0xFF, 0), ("mov", 0x30, 2)]


def _make_encoder(opcode, operands):
    def encode(args):
        if len(args) != operands:
            return []
        out = [opcode]
        for a in args:
            out.append(a & 0xFF)
        return out
    return encode


for _mnemonic, _opcode, _operands in _ENCODINGS:
    globals()[_mnemonic] = _make_encoder(_opcode, _operands)
    globals()["operands " + _mnemonic] = _operands

ENCODERS = {}
OPERANDS = {}
for _mnemonic, _opcode, _operands in _ENCODINGS:
    ENCODERS[_mnemonic] = globals()[_mnemonic]
    OPERANDS[_mnemonic] = globals()["operands " + _mnemonic]

Value = "upper case first"
value = "lower case"
VALUE = "all caps"
_value = "underscore"
Zebra = 1
zebra = 2
éclair = "e acute sorts after ASCII"
Éclair = "E acute"
MNEMONICS = sorted(ENCODERS)

SOURCE = ["add.w 1 2", "jmp+ 7", "mov 300 4", "pass", "2nd", "add.b 1", "halt"]


def assemble(lines):
    code = []
    errors = []
    for line in lines:
        parts = line.split(" ")
        name = parts[0]
        if name not in ENCODERS:
            errors.append("unknown mnemonic '%s'" % name)
            continue
        encoded = ENCODERS[name]([int(p) for p in parts[1:]])
        if not encoded:
            errors.append("%s takes %d operands" % (name, OPERANDS[name]))
            continue
        code.extend(encoded)
    return code, errors


def entry_point(argv):
    code, errors = assemble(argv[1:] if len(argv) > 1 else SOURCE)
    print("code: " + " ".join(["%02x" % b for b in code]))
    for error in errors:
        print("error: " + error)
    print("mnemonics: " + " ".join(["[" + m + "]" for m in MNEMONICS]))
    print("%s / %s / %s / %s" % (Value, value, VALUE, éclair))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

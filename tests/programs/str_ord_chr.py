# ord() and chr() across ASCII and beyond, Caesar and ROT13 ciphers, character arithmetic.


def caesar(text, shift):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)


def entry_point(argv):
    for c in ["a", "z", "A", "0", " ", "\n", "~", "é", "€", "中", "😀", "\x00", "\x7f"]:
        print(repr(c), ord(c))
    for i in [65, 97, 48, 32, 10, 233, 8364, 20013, 128512, 0, 127, 160, 1114111]:
        print(i, repr(chr(i)), ord(chr(i)) == i)
    print("".join([chr(i) for i in range(ord("a"), ord("z") + 1)]))
    print("".join([chr(i) for i in range(0x3b1, 0x3b1 + 10)]))
    msg = "Hello, World! Kiln 2024."
    enc = caesar(msg, 3)
    print(enc, caesar(enc, -3), caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
    # Checksum of a string.
    total = 0
    for c in msg:
        total = (total * 31 + ord(c)) % 1000000007
    print(total)
    try:
        print(chr(-1))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(chr(0x110000))
    except ValueError as e:
        print("ValueError:", e)
    # Digits from characters.
    digits = "9081726354"
    print([ord(d) - ord("0") for d in digits], sum([ord(d) - 48 for d in digits]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

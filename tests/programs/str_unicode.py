# non-ASCII text: len counts code points, indexing, slicing, upper/lower, find, encode to UTF-8 bytes and back.


def entry_point(argv):
    words = ["naïve", "café", "Straße", "Ελληνικά", "русский", "日本語", "한국어", "emoji 😀👍", "mixed aé中😀"]
    for w in words:
        b = w.encode()
        print(w, len(w), len(b), w.upper(), w.lower(), w[0], w[-1], w[1:4], w[::-1])
        print("  ", b, b.decode() == w, [ord(c) for c in w][:5])
    text = "Größe: 5 € — 中 文"
    print(text.find("€"), text.find("中"), text.rfind(" "), text.count(" "), "文" in text)
    print(text.split(" "))
    print(text.replace("€", "EUR"))
    print(" ".join(["α", "β", "γ"]), "-".join("δεζ"))
    print(sorted(["é", "e", "z", "ä", "a", "中", "😀"]))
    print("é" < "z", "中" > "z", "😀" > "中")
    print("İ".lower() == "i̇", len("İ".lower()), "ß".upper(), "ﬁ".upper())
    s = ""
    for cp in [0x48, 0xe9, 0x2603, 0x1f600]:
        s += chr(cp)
    print(s, len(s), s.encode())
    print("é".isalpha(), "٣".isdigit(), "中".isalnum(), "\u3000".isspace(), "²".isdigit())
    print(f"{'日本':>6}|{'日本':<6}|{'日本':^6}|")
    print("%5s|%-5s|" % ("é", "ü"))
    # Counting letters of a multilingual string.
    counts = {}
    for c in "aéaéöaé中中":
        counts[c] = counts.get(c, 0) + 1
    print(counts)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

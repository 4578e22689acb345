# substring search: naive, Knuth-Morris-Pratt and Rabin-Karp agree with str.find; longest repeated substring; anagram groups.


def naive_search(text, pat):
    out = []
    for i in range(len(text) - len(pat) + 1):
        if text[i:i + len(pat)] == pat:
            out.append(i)
    return out


def kmp_search(text, pat):
    fail = [0] * len(pat)
    k = 0
    for i in range(1, len(pat)):
        while k > 0 and pat[i] != pat[k]:
            k = fail[k - 1]
        if pat[i] == pat[k]:
            k += 1
        fail[i] = k
    out = []
    k = 0
    for i in range(len(text)):
        while k > 0 and text[i] != pat[k]:
            k = fail[k - 1]
        if text[i] == pat[k]:
            k += 1
        if k == len(pat):
            out.append(i - len(pat) + 1)
            k = fail[k - 1]
    return out


def rabin_karp(text, pat):
    base = 257
    mod = 1000000007
    m = len(pat)
    if m > len(text):
        return []
    high = 1
    for _ in range(m - 1):
        high = high * base % mod
    hp = 0
    ht = 0
    for i in range(m):
        hp = (hp * base + ord(pat[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    out = []
    for i in range(len(text) - m + 1):
        if hp == ht and text[i:i + m] == pat:
            out.append(i)
        if i + m < len(text):
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return out


def find_all(text, pat):
    out = []
    i = text.find(pat)
    while i >= 0:
        out.append(i)
        i = text.find(pat, i + 1)
    return out


def longest_repeat(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s)):
            k = 0
            while j + k < len(s) and s[i + k] == s[j + k]:
                k += 1
            if k > len(best):
                best = s[i:i + k]
    return best


def entry_point(argv):
    text = "abracadabra abracadabra cadabra ababababa"
    for pat in ["abra", "a", "cad", "abab", "aba", "zzz", "abracadabra", "ra c"]:
        a = naive_search(text, pat)
        print(pat, a, kmp_search(text, pat) == a, rabin_karp(text, pat) == a, find_all(text, pat) == a)
    for s in ["banana", "mississippi", "abcd", "aaaaa", "to be or not to be"]:
        print(repr(s), repr(longest_repeat(s)))
    groups = {}
    for w in "listen silent enlist google elgoog inlets banana tinsel".split():
        key = "".join(sorted(list(w)))
        groups.setdefault(key, []).append(w)
    for key in groups:
        print(key, groups[key])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

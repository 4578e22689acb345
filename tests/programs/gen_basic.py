# Generators: yield in loops, generators with arguments and local state, consumed by for, list(), sum().


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def squares_of(lst):
    for x in lst:
        yield x * x


def words(text):
    word = ""
    for c in text:
        if c == " ":
            if word:
                yield word
            word = ""
        else:
            word += c
    if word:
        yield word


def entry_point(argv):
    for i in count_up(4):
        print("up", i)
    print(list(evens(15)))
    print(sum(squares_of([1, 2, 3, 4])))
    out = []
    for f in fib():
        if f > 1000:
            break
        out.append(f)
    print(out)
    print(list(words("  the quick  brown fox ")))
    print(max(list(squares_of([-5, 3, 4]))), min(list(evens(9))))
    total = 0
    for a in count_up(3):
        for b in count_up(a + 1):
            total += a * 10 + b
    print("nested total", total)
    g = count_up(2)
    for x in g:
        print("first pass", x)
    for x in g:
        print("never printed", x)
    print("done")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

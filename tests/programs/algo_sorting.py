# sorting algorithms (insertion, merge, quick, heap, counting, shell), checked against sorted(); str copies made at load time.


def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick_sort(a, lo, hi):
    if lo >= hi:
        return
    pivot = a[(lo + hi) // 2]
    i, j = lo, hi
    while i <= j:
        while a[i] < pivot:
            i += 1
        while a[j] > pivot:
            j -= 1
        if i <= j:
            a[i], a[j] = a[j], a[i]
            i += 1
            j -= 1
    quick_sort(a, lo, j)
    quick_sort(a, i, hi)


def sift_down(a, start, end):
    root = start
    while 2 * root + 1 <= end:
        child = 2 * root + 1
        if child + 1 <= end and a[child] < a[child + 1]:
            child += 1
        if a[root] < a[child]:
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            return


def heap_sort(a):
    a = a[:]
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(a, start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end - 1)
    return a


def counting_sort(a, lo, hi):
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out


def shell_sort(a):
    a = a[:]
    gap = len(a) // 2
    while gap > 0:
        for i in range(gap, len(a)):
            x = a[i]
            j = i
            while j >= gap and a[j - gap] > x:
                a[j] = a[j - gap]
                j -= gap
            a[j] = x
        gap //= 2
    return a


def copies_for_another_type(names):
    # Load time: new function objects over a new globals dict, which kiln annotates separately
    # from the originals (one copy per item type; recursive calls reach the copies).
    import types
    new_globals = dict(globals())
    for name in names:
        f = globals()[name]
        new_globals[name] = types.FunctionType(f.__code__, new_globals, name)
    return new_globals


STR_SORTS = copies_for_another_type(["insertion_sort", "merge_sort", "sift_down", "heap_sort", "shell_sort"])
str_insertion_sort = STR_SORTS["insertion_sort"]
str_merge_sort = STR_SORTS["merge_sort"]
str_heap_sort = STR_SORTS["heap_sort"]
str_shell_sort = STR_SORTS["shell_sort"]


def entry_point(argv):
    seed = 7
    data = []
    for _ in range(300):
        seed = (seed * 1103515245 + 12345) % 2147483648
        data.append(seed % 1000 - 500)
    expected = sorted(data)
    q = data[:]
    quick_sort(q, 0, len(q) - 1)
    results = [insertion_sort(data), merge_sort(data), q, heap_sort(data), counting_sort(data, -500, 499), shell_sort(data)]
    for name, r in zip(["insertion", "merge", "quick", "heap", "counting", "shell"], results):
        print(name, r == expected, r[:5], r[-3:])
    words = "kiln translates a statically typable subset of python into native code".split()
    print(str_merge_sort(words))
    print(str_insertion_sort(words) == sorted(words), str_heap_sort(words) == sorted(words), str_shell_sort(words)[:3])
    for small in [[], [1], [2, 1], [1, 1, 1], [3, 2, 1, 0]]:
        qs = small[:]
        quick_sort(qs, 0, len(qs) - 1)
        print(small, merge_sort(small), heap_sort(small), qs)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

# Sorting algorithms on lists of ints and of tuples, implemented by hand as a runtime
# library would: insertion sort, merge sort, quicksort with an explicit stack, and the
# built-in sort for comparison.


def insertion_sort(items):
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    result = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result


def quicksort(items):
    stack = [(0, len(items) - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo >= hi:
            continue
        pivot = items[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while items[i] < pivot:
                i += 1
            while items[j] > pivot:
                j -= 1
            if i <= j:
                items[i], items[j] = items[j], items[i]
                i += 1
                j -= 1
        stack.append((lo, j))
        stack.append((i, hi))


def pseudo_random(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000)
    return out


def entry_point(argv):
    data = pseudo_random(12, 7)
    a = list(data)
    insertion_sort(a)
    b = merge_sort(data)
    c = data[:]
    quicksort(c)
    d = sorted(data)
    print(a)
    print(a == b, b == c, c == d)
    records = [("lua", 1993), ("python", 1991), ("pypy", 2007), ("awk", 1977)]
    records.sort()
    print(records[0][0], records[-1][0])
    by_year = sorted([(year, name) for name, year in records])
    print(" < ".join([name for year, name in by_year]))
    rev = list(reversed(d))
    print(rev[:3], max(data), min(data))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

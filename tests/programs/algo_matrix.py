# matrix math on lists of lists: int products and powers (Fibonacci), float determinant, inverse by Gauss-Jordan, solving Ax=b.


def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = [[0] * p for _ in range(n)]
    for i in range(n):
        for k in range(m):
            aik = a[i][k]
            for j in range(p):
                out[i][j] += aik * b[k][j]
    return out


def matpow(a, e):
    n = len(a)
    result = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    while e > 0:
        if e & 1:
            result = matmul(result, a)
        e >>= 1
        if e > 0:
            # Squaring only when still needed keeps every int within 64 bits.
            a = matmul(a, a)
    return result


def determinant(m):
    a = [row[:] for row in m]
    n = len(a)
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(a[r][col]) > abs(a[pivot][col]):
                pivot = r
        if abs(a[pivot][col]) < 1e-12:
            return 0.0
        if pivot != col:
            a[pivot], a[col] = a[col], a[pivot]
            det = -det
        det *= a[col][col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= f * a[col][c]
    return det


def inverse(m):
    n = len(m)
    a = [m[i][:] + [1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(a[r][col]) > abs(a[pivot][col]):
                pivot = r
        a[pivot], a[col] = a[col], a[pivot]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col:
                f = a[r][col]
                a[r] = [a[r][c] - f * a[col][c] for c in range(2 * n)]
    return [row[n:] for row in a]


def fmt(m):
    return "[" + ", ".join(["[" + ", ".join(["%.4f" % x for x in row]) + "]" for row in m]) + "]"


def entry_point(argv):
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[7, 8], [9, 10], [11, 12]]
    print(matmul(a, b), matmul(b, a))
    fib = matpow([[1, 1], [1, 0]], 90)
    print("fib(90) =", fib[0][1])
    print(matpow([[2, 0], [0, 3]], 10), matpow([[1, 1], [0, 1]], 0))
    m = [[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]
    print(determinant(m), determinant([[1.0, 2.0], [2.0, 4.0]]), determinant([[0.0, 1.0], [1.0, 0.0]]))
    inv = inverse(m)
    print(fmt(inv))
    ident = [[sum([m[i][k] * inv[k][j] for k in range(3)]) for j in range(3)] for i in range(3)]
    print(fmt(ident))
    rhs = [1.0, 0.0, 1.0]
    x = [sum([inv[i][k] * rhs[k] for k in range(3)]) for i in range(3)]
    print(["%.6f" % v for v in x])
    hilbert = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
    print("%.6e" % determinant(hilbert))
    t = [[a[j][i] for j in range(len(a))] for i in range(len(a[0]))]
    print(t)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

# Dense float matrices as lists of lists: multiplication, transposition, Gaussian
# elimination with partial pivoting to solve a linear system, and a determinant.


class Matrix(object):
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = [[0.0] * cols for _ in range(rows)]

    @staticmethod
    def from_lists(values):
        m = Matrix(len(values), len(values[0]))
        for i in range(m.rows):
            for j in range(m.cols):
                m.data[i][j] = values[i][j]
        return m

    def mul(self, other):
        result = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                s = 0.0
                for k in range(self.cols):
                    s += self.data[i][k] * other.data[k][j]
                result.data[i][j] = s
        return result

    def transpose(self):
        t = Matrix(self.cols, self.rows)
        for i in range(self.rows):
            for j in range(self.cols):
                t.data[j][i] = self.data[i][j]
        return t

    def show(self):
        return "\n".join([" ".join(["%7.3f" % v for v in row]) for row in self.data])


def solve(a, b):
    n = len(b)
    m = [a[i][:] + [b[i]] for i in range(n)]
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x, det


def entry_point(argv):
    a = Matrix.from_lists([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    print(a.mul(a.transpose()).show())
    x, det = solve([[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]], [8.0, -11.0, -3.0])
    print(" ".join(["%.4f" % v for v in x]), "det=%.4f" % det)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

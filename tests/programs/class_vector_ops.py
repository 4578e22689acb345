# Classes: arithmetic special methods __add__, __sub__, __mul__, __neg__, __eq__ on a 2-D vector.
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def simulate(steps):
    pos = Vec(0.0, 10.0)
    vel = Vec(1.5, 0.0)
    g = Vec(0.0, -9.81)
    dt = 0.1
    for i in range(steps):
        vel = vel + g * dt
        pos = pos + dt * vel
        if pos.y < 0.0:
            pos = Vec(pos.x, -pos.y)
            vel = Vec(vel.x, -vel.y) * 0.8
        print("step %d pos=(%.4f, %.4f) |v|=%.4f" % (i, pos.x, pos.y, vel.length()))
    return pos


def entry_point(argv):
    a = Vec(1.0, 2.0)
    b = Vec(3.0, -1.0)
    print(a + b, a - b, a * 3.0, 2.0 * b, -a)
    print(Vec(3.0, 4.0).length(), a.dot(b))
    print(a + b == Vec(4.0, 1.0), a == b, a != b)
    acc = Vec(0.0, 0.0)
    for i in range(5):
        acc = acc + Vec(float(i), float(i * i))
    print("acc", acc)
    final = simulate(15)
    print("final", final)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

"""Helper module for helper_imports.py (not a program of the corpus)."""

__all__ = ["Point", "distance2"]


class Point:
    _immutable_fields_ = ["x", "y"]

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def shifted(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def distance2(a, b):
    dx = a.x - b.x
    dy = a.y - b.y
    return dx * dx + dy * dy


ORIGIN = Point(0, 0)
CORNERS = [Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 1)]

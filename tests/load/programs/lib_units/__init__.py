"""Helper package for helper_imports.py (not a program of the corpus)."""

__all__ = ["UNITS", "convert"]

UNITS = {"m": 1000, "km": 1000000, "mm": 1, "in": 254 // 10, "ft": 3048 // 10}


def convert(value, src, dst):
    """Convert between units, in integer millimetres internally."""
    return value * UNITS[src] // UNITS[dst]


def _private_helper():
    return 0

"""A version banner and path tool whose module namespace is full of names the dump must
skip: dunder metadata (__version__, __all__, __author__), names merely starting with two
underscores (__cache, ___triple, one set through globals()), and globals bound to modules in
every way (import, import a.b, import as, from-import of a module, a module assigned to
another name, importlib, types.ModuleType). Single-underscore names are kept; run-time code
still reads __version__."""

import importlib
import math
import os
import os.path
import os.path as osp
import sys
import types
from os import path as ospath
from collections import abc

__version__ = "2.4.1"
__author__ = "kiln tests"
__all__ = ["entry_point", "banner"]
__cache = {}
___triple = 3
__dunder_like__ = "kept out"
_single = "kept"
_ = "also kept"
_x__ = "kept: starts with one underscore"
globals()["__generated"] = [1, 2, 3]
globals()["__generated_" + "too"] = "skipped"

maths = math
json_module = importlib.import_module("json")
fake_module = types.ModuleType("fake_module")
fake_module.answer = 42
MODULE_NAMES = sorted([name for name, value in list(globals().items())
                       if isinstance(value, types.ModuleType)])
SEPARATOR = os.sep
VERSION_TUPLE = tuple(int(_part) for _part in __version__.split("."))
NUMBERS = (1.0, 4.0, 9.0)


def banner():
    return "pathtool " + __version__ + " (" + _single + ")"


def join_all(parts):
    result = ""
    for part in parts:
        result = part if result == "" else result + SEPARATOR + part
    return result


def entry_point(argv):
    print(banner())
    parts = argv[1:] if len(argv) > 1 else ["usr", "lib", "kiln"]
    joined = join_all(parts)
    print("joined: " + joined)
    print("basename: " + os.path.basename(joined))
    total = 0.0
    for n in NUMBERS:
        total += maths.sqrt(n)
    print("sum of roots: %.1f" % total)
    print("major version: %d" % VERSION_TUPLE[0])
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))

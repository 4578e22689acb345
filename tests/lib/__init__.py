"""Tests of the Python hint library under lib/ (plain unittest).

Run from the repository root:
    PYTHONPATH=lib python3 -m unittest discover -s tests/lib -t .
If PYTHONPATH is not set, lib/ is put on sys.path here so that the same
command works without it.
"""

import os
import sys

_LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                    os.pardir, os.pardir, 'lib')
try:
    import kiln  # noqa: F401
except ImportError:
    sys.path.insert(0, os.path.normpath(_LIB))

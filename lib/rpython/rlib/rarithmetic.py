"""``rpython.rlib.rarithmetic``: re-exports ``kiln.rarithmetic`` (the very same objects)."""

from kiln.rarithmetic import *  # noqa: F401,F403
from kiln.rarithmetic import __all__  # noqa: F401

"""``rpython.rlib.jit``: re-exports ``kiln.jit`` (the very same objects)."""

from kiln.jit import *  # noqa: F401,F403
from kiln.jit import __all__  # noqa: F401

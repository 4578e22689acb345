"""``rpython.rlib.unroll``: re-exports ``kiln.unroll`` (the very same objects)."""

from kiln.unroll import *  # noqa: F401,F403
from kiln.unroll import __all__  # noqa: F401

"""``rpython.rlib.debug``: re-exports ``kiln.debug`` (the very same objects)."""

from kiln.debug import *  # noqa: F401,F403
from kiln.debug import __all__  # noqa: F401

"""``rpython.rlib.types``: re-exports ``kiln.types`` (the very same objects)."""

from kiln.types import *  # noqa: F401,F403
from kiln.types import __all__  # noqa: F401

"""``rpython.rlib.signature``: re-exports ``kiln.signature`` (the very same objects)."""

from kiln.signature import *  # noqa: F401,F403
from kiln.signature import __all__  # noqa: F401

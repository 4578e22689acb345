"""``rpython.rlib.rstring``: re-exports ``kiln.rstring`` (the very same objects)."""

from kiln.rstring import *  # noqa: F401,F403
from kiln.rstring import __all__  # noqa: F401

"""``rpython.rlib.rgc``: re-exports ``kiln.rgc`` (the very same objects)."""

from kiln.rgc import *  # noqa: F401,F403
from kiln.rgc import __all__  # noqa: F401

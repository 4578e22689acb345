"""``rpython.rlib.objectmodel``: re-exports ``kiln.objectmodel`` (the very same objects)."""

from kiln.objectmodel import *  # noqa: F401,F403
from kiln.objectmodel import __all__  # noqa: F401
# Private names that existing RPython interpreters import:
from kiln.objectmodel import _hash_string, _hash_float, _hash_tuple  # noqa: F401

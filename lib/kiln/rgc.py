"""Garbage collector control for kiln Python (the part of RPython's
``rpython.rlib.rgc`` that applies to kiln's collectors).

On CPython these call CPython's own ``gc`` module; in a translated program
they reach the collector chosen with ``kiln translate --gc``.
"""

import gc as _gc

from kiln._marks import builtin

__all__ = ['collect', 'get_heap_size']


@builtin
def collect():
    """A full collection: everything unreachable is freed (with --gc=gen, at
    the next point where the program may collect, right after the call)."""
    _gc.collect()


@builtin
def get_heap_size():
    """Bytes of the GC heap in use after the last collection (an estimate;
    0 on CPython, which does not say)."""
    return 0

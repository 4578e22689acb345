"""unrolling_iterable: a load-time sequence that run-time loops unroll over.

``for x in some_unrolling_iterable:`` in run-time code is unrolled by the
translator: the body is emitted once per item, with the item as a constant.
This is how RPython interpreters loop over heterogeneous constants (a tuple of
functions, a list of opcode names with handlers) without a type conflict.

On CPython an ``unrolling_iterable`` is an immutable sequence: it iterates,
indexes and measures like the tuple of its items.  The exporter recognises it
by its class (``kiln.unroll.unrolling_iterable``, flagged with
``_kiln_builtin_``) and exports its ``items`` tuple.
"""

from kiln._marks import builtin

__all__ = ['unrolling_iterable', 'SpecTag']


class SpecTag:
    """Base of load-time-only marker objects: frozen, compared by identity."""
    __slots__ = ()

    def _freeze_(self):
        return True


@builtin
class unrolling_iterable(SpecTag):
    """The items of ``iterable``, to be looped over with the loop unrolled."""
    __slots__ = ('items',)

    def __init__(self, iterable=()):
        object.__setattr__(self, 'items', tuple(iterable))

    def __setattr__(self, name, value):
        raise AttributeError("unrolling_iterable is immutable")

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __contains__(self, item):
        return item in self.items

    def __repr__(self):
        return 'unrolling_iterable(%r)' % (self.items,)

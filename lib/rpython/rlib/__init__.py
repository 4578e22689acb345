"""``rpython.rlib``: the same objects as the ``kiln`` hint modules."""

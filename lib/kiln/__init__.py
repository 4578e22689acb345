"""kiln's hint library: the Python side of the kiln toolchain.

Interpreters written in kiln Python import these modules; on CPython (with
``PYTHONPATH=lib``) every hint is a no-op or the obvious pure-Python
behaviour, and it records what it means on the decorated object so that the
exporter (``kiln._export``) can hand it to the translator.  See
``docs/hints.md`` for the full list and the recording convention.

Modules: ``kiln.jit``, ``kiln.objectmodel``, ``kiln.rarithmetic``,
``kiln.rstring``, ``kiln.unroll``, ``kiln.debug``, ``kiln.signature`` and
``kiln.types``.  ``rpython.rlib.*`` (also under ``lib/``) re-exports the same
objects for existing RPython interpreters.
"""

__all__ = []

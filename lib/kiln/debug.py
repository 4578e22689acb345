"""Debug logging and debug assertions for kiln Python.

Logging works like a translated binary's ``KILNLOG`` (DESIGN.md 3.5), kept
simple on CPython: output goes to stderr, and only if the ``KILNLOG``
environment variable is set (it is read at every call, so tests can set it
late).  Its value is ``categories[:file]``; the file part is ignored on
CPython.  ``categories`` is a comma-separated list of prefixes; empty or
``*`` enables every category.

``debug_start(cat)``/``debug_stop(cat)`` open and close a section, printed as
``[<timestamp in hex>] {cat`` and ``[<timestamp>] cat}`` if ``cat`` is
enabled.  ``debug_print(*args)`` prints its arguments separated by spaces if
the innermost open section is enabled -- or, outside any section, if KILNLOG
is set at all.  ``have_debug_prints()`` says whether ``debug_print`` would
print now, so that expensive messages can be skipped.

The assertions (``ll_assert``, ``check_nonneg``, ...) are checked on CPython;
the translator may keep them (debug builds) or drop them.
"""

import os
import sys
import time

from kiln._marks import builtin

__all__ = [
    'debug_print', 'debug_start', 'debug_stop', 'have_debug_prints',
    'have_debug_prints_for', 'debug_flush', 'debug_offset', 'll_assert',
    'll_assert_not_none', 'fatalerror', 'fatalerror_notb', 'FatalError',
    'check_nonneg', 'make_sure_not_resized', 'make_sure_not_modified',
    'mark_dict_non_null', 'attach_gdb',
]

_sections = []      # stack of (category, enabled) for the open sections


def _categories():
    """None if logging is off, else the list of enabled prefixes ([] = all)."""
    value = os.environ.get('KILNLOG')
    if value is None:
        return None
    spec = value.split(':', 1)[0]
    if spec in ('', '*'):
        return []
    return [prefix for prefix in spec.split(',') if prefix]


def _enabled(category):
    prefixes = _categories()
    if prefixes is None:
        return False
    return not prefixes or any(category.startswith(p) for p in prefixes)


def _timestamp():
    return time.perf_counter_ns()


@builtin
def have_debug_prints():
    """Whether debug_print would print at this point."""
    if _sections:
        return _sections[-1][1]
    return _categories() is not None


@builtin
def have_debug_prints_for(prefix):
    """Whether debug_print would print now *and* the innermost open section's
    category starts with ``prefix`` (False outside sections)."""
    if not _sections:
        return False
    category, enabled = _sections[-1]
    return enabled and category.startswith(prefix)


@builtin
def debug_print(*args):
    """Print ``args`` (str() of each, space-separated) to the debug log."""
    if have_debug_prints():
        sys.stderr.write(' '.join(str(arg) for arg in args) + '\n')


@builtin
def debug_start(category, timestamp=False):
    """Open a debug-log section; returns the timestamp if ``timestamp``."""
    now = _timestamp()
    enabled = _enabled(category)
    _sections.append((category, enabled))
    if enabled:
        sys.stderr.write('[%x] {%s\n' % (now, category))
    return now if timestamp else None


@builtin
def debug_stop(category, timestamp=False):
    """Close the section opened by ``debug_start(category)``."""
    now = _timestamp()
    if not _sections or _sections[-1][0] != category:
        open_category = _sections[-1][0] if _sections else None
        raise AssertionError("debug_stop(%r) does not match the open section "
                             "%r" % (category, open_category))
    _, enabled = _sections.pop()
    if enabled:
        sys.stderr.write('[%x] %s}\n' % (now, category))
    return now if timestamp else None


@builtin
def debug_flush():
    """Flush the debug log."""
    sys.stderr.flush()


@builtin
def debug_offset():
    """Current position in the debug log file, or -1 (always on CPython)."""
    return -1


# -- Assertions ------------------------------------------------------------------

class FatalError(Exception):
    """Raised on CPython where the translated binary would abort."""


@builtin
def ll_assert(condition, msg):
    """Assert ``condition``; ``msg`` is a constant string."""
    if not condition:
        raise AssertionError(msg)


@builtin
def ll_assert_not_none(value):
    """Assert that ``value`` is not None and return it."""
    if value is None:
        raise AssertionError("ll_assert_not_none(None)")
    return value


@builtin
def fatalerror(msg):
    """Abort the program with ``msg`` (and a traceback when translated)."""
    raise FatalError(msg)


@builtin
def fatalerror_notb(msg):
    """Abort the program with ``msg``, without a traceback."""
    raise FatalError(msg)


@builtin
def check_nonneg(x):
    """Declare (and check on CPython) that the int ``x`` is >= 0."""
    if x < 0:
        raise AssertionError("check_nonneg(%d)" % x)


@builtin
def make_sure_not_resized(lst):
    """Declare that the list ``lst`` never changes length (so it can be a
    fixed-size array); returns it."""
    if not isinstance(lst, list):
        raise TypeError("make_sure_not_resized() needs a list, not %r"
                        % (lst,))
    return lst


@builtin
def make_sure_not_modified(lst):
    """Declare that the list ``lst`` is never modified; returns it."""
    if not isinstance(lst, list):
        raise TypeError("make_sure_not_modified() needs a list, not %r"
                        % (lst,))
    return lst


@builtin
def mark_dict_non_null(d):
    """Declare that the dict ``d`` has no None keys or values; returns it."""
    if not isinstance(d, dict):
        raise TypeError("mark_dict_non_null() needs a dict, not %r" % (d,))
    return d


@builtin
def attach_gdb():
    """Stop under a debugger when translated; nothing on CPython."""

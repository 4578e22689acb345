"""String building and string helpers for kiln Python.

``StringBuilder`` is the way to build a long string piece by piece in run-time
code: the translator gives it an amortised O(1) ``append`` and a ``build``
that copies once.  On CPython it is a list of pieces joined on ``build()``.

kiln Python's ``str`` is text, so ``StringBuilder`` and ``UnicodeBuilder``
both build ``str`` (the two names exist for RPython code).  Appending
anything else raises TypeError already on CPython.

The free functions (``split``, ``rsplit``, ``replace``, ``replace_count``,
``startswith``, ``endswith``, ``find``, ``rfind``, ``count``) are RPython's
spelling of the ``str`` methods; they are ordinary library code.
The parse errors raised by ``kiln.rarithmetic.string_to_int`` live here, as
in RPython.
"""

import sys

from kiln._marks import builtin

__all__ = [
    'StringBuilder', 'UnicodeBuilder', 'INIT_SIZE',
    'split', 'rsplit', 'replace', 'replace_count', 'startswith', 'endswith',
    'find', 'rfind', 'count', 'strip_spaces', 'assert_str0', 'check_str0',
    'ParseStringError', 'InvalidBaseError', 'ParseStringOverflowError',
]

INIT_SIZE = 100     # default capacity hint for the builders


# -- Builders ----------------------------------------------------------------

@builtin
class StringBuilder:
    """Builds a ``str`` from pieces.  ``build()`` may be called more than
    once; appending after ``build()`` continues from the built string."""
    __slots__ = ('_pieces', '_length')

    def __init__(self, init_size=INIT_SIZE):
        if not isinstance(init_size, int) or init_size < 0:
            raise ValueError("%s(): init_size must be a non-negative int"
                             % type(self).__name__)
        self._pieces = []
        self._length = 0

    def _check(self, s, what):
        if not isinstance(s, str):
            raise TypeError("%s.%s() needs a str, not '%s'"
                            % (type(self).__name__, what, type(s).__name__))

    def append(self, s):
        """Append the string ``s``."""
        self._check(s, 'append')
        self._pieces.append(s)
        self._length += len(s)

    def append_slice(self, s, start, end):
        """Append ``s[start:end]``; requires 0 <= start <= end <= len(s)."""
        self._check(s, 'append_slice')
        if not 0 <= start <= end <= len(s):
            raise ValueError("append_slice(): bad slice [%d:%d] of a string "
                             "of length %d" % (start, end, len(s)))
        self.append(s[start:end])

    def append_multiple_char(self, c, times):
        """Append the one-character string ``c`` ``times`` times (nothing if
        ``times`` <= 0)."""
        self._check(c, 'append_multiple_char')
        if len(c) != 1:
            raise ValueError("append_multiple_char() needs a single "
                             "character, not a string of length %d" % len(c))
        if times > 0:
            self.append(c * times)

    def getlength(self):
        """The length of the string built so far."""
        return self._length

    def build(self):
        """Return the string built so far."""
        result = ''.join(self._pieces)
        self._pieces = [result] if result else []
        return result


@builtin
class UnicodeBuilder(StringBuilder):
    """RPython's text builder; in kiln Python identical to StringBuilder."""
    __slots__ = ()


# -- str method spellings ----------------------------------------------------

def split(value, by=None, maxsplit=-1):
    """``value.split(by, maxsplit)``."""
    return value.split(by, maxsplit)


def rsplit(value, by=None, maxsplit=-1):
    """``value.rsplit(by, maxsplit)``."""
    return value.rsplit(by, maxsplit)


def replace(input, sub, by, maxcount=-1):
    """``input.replace(sub, by, maxcount)``."""
    return input.replace(sub, by, maxcount)


def replace_count(input, sub, by, maxcount=-1):
    """``(input.replace(sub, by, maxcount), number of replacements)``."""
    count = input.count(sub)
    if 0 <= maxcount < count:
        count = maxcount
    return input.replace(sub, by, maxcount), count


def startswith(u_self, prefix, start=0, end=sys.maxsize):
    """``u_self.startswith(prefix, start, end)``."""
    return u_self.startswith(prefix, start, end)


def endswith(u_self, suffix, start=0, end=sys.maxsize):
    """``u_self.endswith(suffix, start, end)``."""
    return u_self.endswith(suffix, start, end)


def find(value, other, start=0, end=sys.maxsize):
    """``value.find(other, start, end)``."""
    return value.find(other, start, end)


def rfind(value, other, start=0, end=sys.maxsize):
    """``value.rfind(other, start, end)``."""
    return value.rfind(other, start, end)


def count(value, other, start=0, end=sys.maxsize):
    """``value.count(other, start, end)``."""
    return value.count(other, start, end)


_SPACES = ' \f\n\r\t\v'


def strip_spaces(s):
    """``s`` without leading and trailing ASCII whitespace."""
    return s.strip(_SPACES)


def assert_str0(s):
    """Declare that ``s`` contains no NUL character (checked on CPython)."""
    if '\x00' in s:
        raise ValueError("string contains a NUL character: %r" % (s,))
    return s


def check_str0(s):
    """Alias of assert_str0 (RPython has both spellings)."""
    return assert_str0(s)


# -- Integer parsing errors -----------------------------------------------------------

class ParseStringError(Exception):
    """``string_to_int`` got something that is not an integer literal."""

    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg

    def __str__(self):
        return self.msg


class InvalidBaseError(ParseStringError):
    """``string_to_int`` got a base outside 2..36 (and not 0)."""


class ParseStringOverflowError(Exception):
    """The literal is valid but does not fit a signed 64-bit int.
    ``parser`` has ``literal`` (the stripped text, sign included) and
    ``base`` (the base, after guessing for base 0) so that a big-integer
    library can parse it again."""

    def __init__(self, parser):
        Exception.__init__(self, parser.literal)
        self.parser = parser

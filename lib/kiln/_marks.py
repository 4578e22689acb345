"""Internal helpers shared by the kiln hint modules: the builtin marker and
the checks on decorated functions.

``builtin`` tags a function or class whose *calls* the translator implements
itself (an operation, a JIT marker, a run-time library routine) instead of
translating its Python body.  The body is only the CPython behaviour.  The
exporter reads the flag with ``'_kiln_builtin_' in obj.__dict__`` (a subclass
of a builtin class is ordinary user code) and names the object by
``obj.__module__ + '.' + obj.__qualname__``, which is always a ``kiln.*`` name
because the ``rpython.rlib`` shims re-export the very same objects.
"""

from inspect import CO_VARARGS
from types import FunctionType


def builtin(obj):
    """Mark ``obj`` as implemented by the translator; return it unchanged."""
    obj._kiln_builtin_ = True
    return obj


def hint_target(obj, hint):
    """The function a decorator hint should record on: ``obj`` itself, or
    the function inside a ``staticmethod``/``classmethod``.  Anything else is
    an author mistake and raises TypeError naming the hint."""
    func = obj.__func__ if isinstance(obj, (staticmethod, classmethod)) else obj
    if not isinstance(func, FunctionType):
        raise TypeError("@%s can only decorate a function, not %r"
                        % (hint, obj))
    return func


def positional_arity(func):
    """(required, maximum) number of positional arguments of ``func``;
    maximum is None if it takes ``*args``."""
    code = func.__code__
    required = code.co_argcount - len(func.__defaults__ or ())
    if code.co_flags & CO_VARARGS:
        return required, None
    return required, code.co_argcount


def check_arity(func, count, what):
    """Raise TypeError if plain function ``func`` cannot be called with
    ``count`` positional arguments (other callables are not checked)."""
    if not isinstance(func, FunctionType):
        return
    required, maximum = positional_arity(func)
    if count < required or (maximum is not None and count > maximum):
        raise TypeError("%s '%s' must accept %d positional argument%s "
                        "(%s)" % (what, func.__qualname__, count,
                                  '' if count == 1 else 's',
                                  _describe_arity(required, maximum)))


def _describe_arity(required, maximum):
    if maximum is None:
        return "it takes at least %d" % required
    if required == maximum:
        return "it takes %d" % required
    return "it takes %d to %d" % (required, maximum)

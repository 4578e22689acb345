"""@signature: declare a function's argument and result types.

``@signature(types.int(), types.str(), returns=types.bool())`` records
``func._signature_ = ((int_spec, str_spec), bool_spec)`` on the function
itself (no wrapper); the annotator uses these types instead of inferring
them and reports calls that disagree.  In methods, use ``types.self()`` for
the class being defined and decorate the class with ``@finishsigs``.
"""

from kiln import types
from kiln._marks import hint_target, positional_arity

__all__ = ['signature', 'finishsigs', 'SignatureError']


class SignatureError(Exception):
    """A call does not match a declared signature (raised by the
    translator; accepted here for RPython compatibility)."""


def signature(*paramtypes, **kwargs):
    """Decorator factory recording ``_signature_ = (paramtypes, returns)``."""
    returntype = kwargs.pop('returns', None)
    if kwargs:
        raise TypeError("signature() got unexpected keywords %s"
                        % ', '.join(sorted(kwargs)))
    if returntype is None:
        raise TypeError("signature() needs returns=<type>")
    for spec in paramtypes + (returntype,):
        types._check(spec, 'signature()')

    def decorator(func):
        target = hint_target(func, 'signature')
        required, maximum = positional_arity(target)
        count = len(paramtypes)
        if count < required or (maximum is not None and count > maximum):
            raise TypeError("signature(): %d argument types for '%s'"
                            % (len(paramtypes), target.__qualname__))
        target._signature_ = (paramtypes, returntype)
        return func
    return decorator


def finishsigs(cls):
    """Class decorator: replace ``types.self()`` in the signatures of the
    class's functions by ``types.instance(cls)``."""
    self_spec = types.self()
    resolved = types.instance(cls)

    def fix(spec):
        return resolved if spec == self_spec else spec

    for value in cls.__dict__.values():
        func = value.__func__ if isinstance(value, (staticmethod,
                                                    classmethod)) else value
        sig = getattr(func, '_signature_', None)
        if sig is not None:
            paramtypes, returntype = sig
            func._signature_ = (tuple(fix(p) for p in paramtypes),
                                fix(returntype))
    return cls

"""Type descriptions for ``kiln.signature.signature``.

Each function returns a ``TypeSpec``, an immutable value naming a kiln Python
type: ``int()``, ``list(str())``, ``dict(str(), int())``, ``instance(C)``,
``self()`` (the class being defined; resolved by ``finishsigs``).  The
exporter reads ``kind`` and ``args``.  The module deliberately shadows the
builtin names (as RPython's ``rpython.rlib.types`` does); import it as a
module: ``from kiln import types``.
"""

__all__ = [
    'TypeSpec', 'none', 'bool', 'int', 'float', 'str', 'bytes', 'unicode',
    'char', 'unichar', 'list', 'dict', 'instance', 'self', 'any',
]


class TypeSpec:
    """A type named by ``kind`` with argument TypeSpecs (or a class, for
    ``instance``) in ``args``."""
    __slots__ = ('kind', 'args')

    def __init__(self, kind, *args):
        object.__setattr__(self, 'kind', kind)
        object.__setattr__(self, 'args', args)

    def __setattr__(self, name, value):
        raise AttributeError("TypeSpec is immutable")

    def __eq__(self, other):
        if not isinstance(other, TypeSpec):
            return NotImplemented
        return (self.kind, self.args) == (other.kind, other.args)

    def __hash__(self):
        return hash((self.kind, self.args))

    def __repr__(self):
        if not self.args:
            return 'types.%s()' % self.kind
        args = ', '.join(a.__qualname__ if isinstance(a, type) else repr(a)
                         for a in self.args)
        return 'types.%s(%s)' % (self.kind, args)


def _check(spec, where):
    if not isinstance(spec, TypeSpec):
        raise TypeError("%s needs a kiln.types description, not %r"
                        % (where, spec))
    return spec


def none():
    return TypeSpec('none')


def bool():
    return TypeSpec('bool')


def int():
    return TypeSpec('int')


def float():
    return TypeSpec('float')


def str():
    return TypeSpec('str')


def bytes():
    return TypeSpec('bytes')


def unicode():
    """RPython's text string: kiln Python's ``str``."""
    return TypeSpec('str')


def char():
    """A one-character ``str``."""
    return TypeSpec('char')


def unichar():
    return TypeSpec('char')


def list(element):
    return TypeSpec('list', _check(element, 'types.list()'))


def dict(key, value):
    return TypeSpec('dict', _check(key, 'types.dict()'),
                    _check(value, 'types.dict()'))


def instance(cls, can_be_None=False):
    if not isinstance(cls, type):
        raise TypeError("types.instance() needs a class, not %r" % (cls,))
    return TypeSpec('instance_or_none' if can_be_None else 'instance', cls)


def self():
    """The class being defined; ``finishsigs`` replaces it."""
    return TypeSpec('self')


def any():
    """Anything: the annotator infers the type."""
    return TypeSpec('any')


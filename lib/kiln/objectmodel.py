"""Object-model hints and helpers: specialize, import_from_mixin, r_dict, ...

Three kinds of names live here:

* decorator hints (``specialize.*``, ``always_inline``, ``dont_inline``,
  ``try_inline``, ``not_rpython``, ``enforceargs``) -- they return the very
  function they decorate and record their meaning on it under RPython's
  attribute names (table in docs/hints.md);
* run-time operations the translator implements (``we_are_translated``,
  ``compute_hash``, ``instantiate``, ``r_dict``, ...), flagged
  ``_kiln_builtin_``; their Python bodies are the CPython behaviour;
* load-time helpers (``import_from_mixin``) that run only on CPython, before
  the exporter looks at the program.

``compute_hash`` is deterministic and specified exactly (docs/hints.md,
"compute_hash"), because its values are observable and must be equal on
CPython and in the translated binary; ``compute_identity_hash`` and
``compute_unique_id`` are only stable within one run.
"""

import inspect
import math
import re
import sys
from types import FunctionType, GetSetDescriptorType, MemberDescriptorType

from kiln._marks import builtin, hint_target, positional_arity

__all__ = [
    'specialize', 'parse_specialize_tag', 'always_inline', 'dont_inline',
    'try_inline', 'not_rpython', 'enforceargs', 'we_are_translated',
    'we_are_translated_to_c', 'compute_hash', 'compute_identity_hash',
    'compute_unique_id', 'current_object_addr_as_int', 'instantiate',
    'newlist_hint', 'resizelist_hint', 'keepalive_until_here',
    'import_from_mixin', 'r_dict', 'r_ordereddict', 'dict_to_switch',
    'UnboxedValue', 'Symbolic', 'CDefinedIntSymbolic', 'ComputedIntSymbolic',
    'malloc_zero_filled', 'running_on_llinterp',
]

_MASK64 = (1 << 64) - 1


def _signed64(value):
    value &= _MASK64
    return value - (1 << 64) if value >> 63 else value


# -- specialize -----------------------------------------------------------------

class _Specialize:
    """``specialize.<kind>(...)`` decorators.  Each sets
    ``func._annspecialcase_`` to RPython's tag string, e.g.
    ``'specialize:argtype(0)'``; ``parse_specialize_tag`` reads it back.

    * ``memo()``           -- all arguments are load-time constants (prebuilt
      instances, classes, ...); every call is computed at translation time.
    * ``arg(*i)``          -- one copy per constant value of the arguments at
      positions ``i`` (which must be constants at every call).
    * ``arg_or_var(*i)``   -- like arg, plus one shared copy for the calls
      where they are not constant.
    * ``argtype(*i)``      -- one copy per combination of the argument types
      at positions ``i``.
    * ``call_location()``  -- one copy per call site.
    * ``ll()``             -- one copy per combination of low-level argument
      types.
    * ``ll_and_arg(*i)``   -- ll() plus arg(*i).
    """

    def memo(self):
        return _specializer('memo', ())

    def arg(self, *positions):
        return _specializer('arg', positions)

    def arg_or_var(self, *positions):
        return _specializer('arg_or_var', positions)

    def argtype(self, *positions):
        return _specializer('argtype', positions)

    def call_location(self):
        return _specializer('call_location', ())

    def ll(self):
        return _specializer('ll', ())

    def ll_and_arg(self, *positions):
        return _specializer('ll_and_arg', positions)

    def _wrap(self, args):
        return '(%s)' % ', '.join(repr(arg) for arg in args)

    def __repr__(self):
        return '<kiln.objectmodel.specialize>'


_KINDS_WITH_POSITIONS = ('arg', 'arg_or_var', 'argtype', 'll_and_arg')


def _specializer(kind, positions):
    if kind in _KINDS_WITH_POSITIONS:
        if not positions:
            raise TypeError("specialize.%s() needs at least one argument "
                            "position" % kind)
        for position in positions:
            if type(position) is not int or position < 0:
                raise TypeError("specialize.%s(): argument positions must be "
                                "non-negative ints, not %r" % (kind, position))
        tag = 'specialize:%s%s' % (kind, specialize._wrap(positions))
    else:
        tag = 'specialize:' + kind

    def decorator(func):
        target = hint_target(func, 'specialize.' + kind)
        _, maximum = positional_arity(target)
        for position in positions:
            if maximum is not None and position >= maximum:
                raise TypeError("specialize.%s(%d): '%s' has only %d "
                                "positional argument%s" % (
                                    kind, position, target.__qualname__,
                                    maximum, '' if maximum == 1 else 's'))
        target._annspecialcase_ = tag
        return func
    return decorator


specialize = _Specialize()

_TAG_RE = re.compile(r'specialize:([a-z_]+)(?:\(([0-9, ]*)\))?$')


def parse_specialize_tag(tag):
    """Split an ``_annspecialcase_`` string into ``(kind, positions)``:
    ``'specialize:argtype(0, 2)'`` -> ``('argtype', (0, 2))``,
    ``'specialize:memo'`` -> ``('memo', ())``.  Raises ValueError for
    anything else.  (RPython code also sets the attribute by hand, so the
    exporter parses the string rather than trusting the decorator.)"""
    match = _TAG_RE.match(tag) if isinstance(tag, str) else None
    if match is None:
        raise ValueError("malformed specialization tag %r" % (tag,))
    kind, args = match.group(1), match.group(2)
    positions = tuple(int(a) for a in args.split(',') if a.strip()) if args else ()
    if (kind in _KINDS_WITH_POSITIONS) != bool(positions):
        raise ValueError("malformed specialization tag %r" % (tag,))
    if kind not in _KINDS_WITH_POSITIONS + ('memo', 'call_location', 'll'):
        raise ValueError("unknown specialization %r in tag %r" % (kind, tag))
    return kind, positions


# -- Other decorator hints -----------------------------------------------------------

def always_inline(func):
    """Always inline ``func`` into its callers.  Records
    ``_always_inline_ = True``."""
    hint_target(func, 'always_inline')._always_inline_ = True
    return func


def try_inline(func):
    """Inline ``func`` where possible.  Records ``_always_inline_ = 'try'``."""
    hint_target(func, 'try_inline')._always_inline_ = 'try'
    return func


def dont_inline(func):
    """Never inline ``func``.  Records ``_dont_inline_ = True``."""
    hint_target(func, 'dont_inline')._dont_inline_ = True
    return func


def not_rpython(func):
    """``func`` is load-time only; the translator reports an error if
    run-time code reaches it.  Records ``_not_rpython_ = True``."""
    hint_target(func, 'not_rpython')._not_rpython_ = True
    return func


def enforceargs(*types, **kwds):
    """Decorator factory: the annotator must use these types for the
    arguments (positionally, or by keyword: ``enforceargs(x=int)``; None
    means "not enforced").  Records ``_annenforceargs_`` as a tuple with one
    entry per leading positional argument.  Unlike RPython, the types are not
    checked at run time on CPython (that would need a wrapper); the
    ``typecheck`` keyword is accepted and ignored."""
    kwds.pop('typecheck', None)
    if types and kwds:
        raise TypeError("enforceargs(): give the types either positionally or "
                        "by keyword, not both")

    def decorator(func):
        target = hint_target(func, 'enforceargs')
        code = target.__code__
        names = code.co_varnames[:code.co_argcount]
        if kwds:
            for name in kwds:
                if name not in names:
                    raise TypeError("enforceargs(): '%s' has no argument %r"
                                    % (target.__qualname__, name))
            last = max(names.index(name) for name in kwds)
            enforced = tuple(kwds.get(name) for name in names[:last + 1])
        else:
            _, maximum = positional_arity(target)
            if maximum is not None and len(types) > maximum:
                raise TypeError("enforceargs(): %d types for '%s', which takes "
                                "%d arguments" % (len(types),
                                                  target.__qualname__, maximum))
            enforced = tuple(types)
        target._annenforceargs_ = enforced
        return func
    return decorator


# -- Run-time operations ----------------------------------------------------------

@builtin
def we_are_translated():
    """False on CPython, True in the translated binary."""
    return False


@builtin
def we_are_translated_to_c():
    """False on CPython, True in the translated binary."""
    return False


_FNV_OFFSET = 0xcbf29ce484222325
_FNV_PRIME = 0x100000001b3
_TUPLE_SEED = 0x345678


def _hash_string(s):
    h = _FNV_OFFSET
    units = s if isinstance(s, bytes) else map(ord, s)
    for unit in units:
        h = ((h ^ unit) * _FNV_PRIME) & _MASK64
    return _signed64(h)


def _hash_float(f):
    if math.isnan(f):
        return 0
    if f.is_integer() and -2.0 ** 63 <= f < 2.0 ** 63:
        return int(f)
    return hash(f)


def _hash_tuple(t):
    h = _TUPLE_SEED
    for item in t:
        h = ((h ^ (compute_hash(item) & _MASK64)) * _FNV_PRIME) & _MASK64
    return _signed64(h ^ len(t))


@builtin
def compute_hash(x):
    """A deterministic hash of an immutable value: equal ints, floats, bools,
    strings, bytes and tuples of those hash equal, with the same result on
    CPython and in the translated binary (algorithm in docs/hints.md).  None
    hashes to 0; any other object gets ``compute_identity_hash(x)``."""
    if isinstance(x, (str, bytes)):
        return _hash_string(x)
    if isinstance(x, int):
        return _signed64(int(x))
    if isinstance(x, float):
        return _hash_float(x)
    if isinstance(x, tuple):
        return _hash_tuple(x)
    if x is None:
        return 0
    return compute_identity_hash(x)


@builtin
def compute_identity_hash(x):
    """A hash of the object's identity, stable for the object's lifetime."""
    return object.__hash__(x)


@builtin
def compute_unique_id(x):
    """An int unique among the objects alive at the same time."""
    return id(x)


@builtin
def current_object_addr_as_int(x):
    """The object's current address (on CPython: its id)."""
    return id(x)


@builtin
def instantiate(cls, nonmovable=False):
    """A new instance of ``cls`` without calling ``__init__``."""
    return cls.__new__(cls)


@builtin
def newlist_hint(sizehint=0):
    """An empty list expected to grow to about ``sizehint`` items."""
    return []


@builtin
def resizelist_hint(lst, sizehint):
    """Hint that ``lst`` will grow to about ``sizehint`` items."""
    if not isinstance(lst, list):
        raise TypeError("resizelist_hint() needs a list, not %r" % (lst,))


@builtin
def keepalive_until_here(*values):
    """Keep ``values`` alive (not collected) until this point."""


def dict_to_switch(d):
    """A function ``lookup(key)`` returning ``d[key]`` (KeyError if absent),
    for a constant dict; the translator may compile it to a switch."""
    table = dict(d)

    def lookup(key):
        return table[key]
    return lookup


# -- import_from_mixin --------------------------------------------------------------

# Slot descriptors belong to M's instance layout: they cannot be shared and
# are not copied (the importing class stores those fields normally).
_SLOT_DESCRIPTORS = (MemberDescriptorType, GetSetDescriptorType)


def _is_dunder(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__')


def _copy_function(func, qualname):
    if '__class__' in func.__code__.co_freevars:
        raise TypeError("import_from_mixin(): '%s' uses super() or __class__, "
                        "which would still refer to the mixin; call the base "
                        "class explicitly instead" % func.__qualname__)
    copy = FunctionType(func.__code__, func.__globals__, func.__name__,
                        func.__defaults__, func.__closure__)
    copy.__dict__.update(func.__dict__)
    copy.__kwdefaults__ = (dict(func.__kwdefaults__)
                           if func.__kwdefaults__ is not None else None)
    copy.__annotations__ = dict(func.__annotations__)
    copy.__doc__ = func.__doc__
    copy.__module__ = func.__module__
    copy.__qualname__ = qualname
    copy._mixin_original_ = func
    return copy


def _copy_member(value, qualname):
    if isinstance(value, FunctionType):
        return _copy_function(value, qualname)
    if isinstance(value, (staticmethod, classmethod)):
        if isinstance(value.__func__, FunctionType):
            return type(value)(_copy_function(value.__func__, qualname))
        return value
    if isinstance(value, property):
        parts = [_copy_function(f, qualname) if isinstance(f, FunctionType)
                 else f for f in (value.fget, value.fset, value.fdel)]
        return property(*parts, value.__doc__)
    return value


def import_from_mixin(M, special_methods=['__init__', '__del__']):
    """Copy the methods and class attributes of the class ``M`` (and of its
    bases, the first definition along M's MRO winning) into the class body
    being executed.  Must be called in a class body.

    Functions (plain, static, class methods and property accessors) are
    duplicated: each class gets its own function objects (same code, own
    ``__dict__``, ``__qualname__`` renamed to ``<Class>.<name>``,
    ``_mixin_original_`` pointing at M's function), so the translator sees
    separate functions.  Other values are shared.  Names like ``__xxx__`` are
    skipped unless listed in ``special_methods``; so are slot descriptors
    (``__slots__`` fields become ordinary fields of the class).
    ``_immutable_fields_`` of M and its bases are appended to the class's own (define those before the
    call).  A name already defined in the class body is an error.
    """
    if not isinstance(M, type):
        raise TypeError("import_from_mixin() needs a class, not %r" % (M,))
    if '_mixin_' in M.__dict__:
        raise TypeError("import_from_mixin(%s): the class should not have "
                        "'_mixin_ = True'" % M.__name__)
    frame = sys._getframe(1)
    namespace = frame.f_locals
    if (frame.f_code.co_flags & inspect.CO_OPTIMIZED or namespace is frame.f_globals
            or '__qualname__' not in namespace):
        raise TypeError("import_from_mixin(%s) must be called in a class body"
                        % M.__name__)
    owner = namespace['__qualname__']
    collected, immutable_fields = {}, []
    for base in M.__mro__:
        if base.__module__ == 'builtins':
            continue
        for name, value in base.__dict__.items():
            if name == '_immutable_fields_':
                immutable_fields.extend(value)
            elif (name in collected or isinstance(value, _SLOT_DESCRIPTORS)
                  or (_is_dunder(name) and name not in special_methods)):
                continue
            else:
                collected[name] = _copy_member(value, owner + '.' + name)
    for name, value in collected.items():
        if name in namespace:
            raise TypeError("import_from_mixin(%s): would overwrite %r, "
                            "already defined in class %s"
                            % (M.__name__, name, owner))
        namespace[name] = value
    if immutable_fields:
        namespace['_immutable_fields_'] = (
            list(namespace.get('_immutable_fields_', [])) + immutable_fields)


# -- r_dict -------------------------------------------------------------------------

class _r_dictkey:
    """A key of an r_dict: hashed and compared with the dict's functions."""
    __slots__ = ('key', 'hash', '_eq')

    def __init__(self, rdict, key):
        self.key = key
        self._eq = rdict.key_eq
        h = rdict.key_hash(key)
        if not isinstance(h, int):
            raise TypeError("r_dict key_hash must return an int, not %r"
                            % (h,))
        self.hash = int(h)

    def __hash__(self):
        return self.hash

    def __eq__(self, other):
        return bool(self._eq(self.key, other.key))


_MISSING = object()


@builtin
class r_dict:
    """A dict whose keys are compared with ``key_eq(a, b)`` and hashed with
    ``key_hash(a)`` (functions, or bound methods of a prebuilt instance).
    It keeps insertion order and supports the dict interface.  The exporter
    reads ``key_eq``, ``key_hash``, ``force_non_null``, ``simple_hash_eq``
    and ``items()``."""

    def __init__(self, key_eq, key_hash, force_non_null=False,
                 simple_hash_eq=False):
        if not callable(key_eq) or not callable(key_hash):
            raise TypeError("r_dict(key_eq, key_hash) needs two functions")
        self.key_eq = key_eq
        self.key_hash = key_hash
        self.force_non_null = force_non_null
        self.simple_hash_eq = simple_hash_eq
        self._dict = {}

    def _key(self, key):
        return _r_dictkey(self, key)

    def __getitem__(self, key):
        return self._dict[self._key(key)]

    def __setitem__(self, key, value):
        self._dict[self._key(key)] = value

    def __delitem__(self, key):
        del self._dict[self._key(key)]

    def __contains__(self, key):
        return self._key(key) in self._dict

    def __len__(self):
        return len(self._dict)

    def __iter__(self):
        for dictkey in self._dict:
            yield dictkey.key

    def __bool__(self):
        return bool(self._dict)

    def get(self, key, default=None):
        return self._dict.get(self._key(key), default)

    def setdefault(self, key, default=None):
        return self._dict.setdefault(self._key(key), default)

    def pop(self, key, default=_MISSING):
        if default is _MISSING:
            return self._dict.pop(self._key(key))
        return self._dict.pop(self._key(key), default)

    def popitem(self):
        dictkey, value = self._dict.popitem()
        return dictkey.key, value

    def clear(self):
        self._dict.clear()

    def copy(self):
        result = type(self)(self.key_eq, self.key_hash, self.force_non_null,
                            self.simple_hash_eq)
        result.update(self)
        return result

    def update(self, other):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value

    def keys(self):
        return [dictkey.key for dictkey in self._dict]

    def values(self):
        return list(self._dict.values())

    def items(self):
        return [(dictkey.key, value) for dictkey, value in self._dict.items()]

    def iterkeys(self):
        return iter(self)

    def itervalues(self):
        return iter(self._dict.values())

    def iteritems(self):
        return ((dictkey.key, value) for dictkey, value in self._dict.items())

    def __eq__(self, other):
        if not isinstance(other, r_dict):
            return NotImplemented
        if len(self) != len(other):
            return False
        for key, value in self.iteritems():
            found = other.get(key, _MISSING)
            if found is _MISSING or found != value:
                return False
        return True

    __hash__ = None

    def __repr__(self):
        return 'r_dict({%s})' % ', '.join('%r: %r' % item
                                          for item in self.iteritems())


@builtin
class r_ordereddict(r_dict):
    """RPython's ordered r_dict; every r_dict keeps insertion order."""


# -- UnboxedValue ---------------------------------------------------------------------

class UnboxedValue:
    """Base for classes whose instances are one int, which the translator
    may store as a tagged pointer instead of allocating.  A subclass declares
    exactly one slot, ``__slots__ = 'value'`` (or a 1-tuple), and must not
    define ``__init__``; ``C(n)`` creates an instance and
    ``x.get_untagged_value()`` returns ``n``.  The slot name is recorded as
    ``_unboxed_slot_``."""
    __slots__ = ()
    _unboxed_slot_ = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if '__init__' in cls.__dict__:
            raise TypeError("UnboxedValue subclass %s must not define "
                            "__init__" % cls.__name__)
        slots = cls.__dict__.get('__slots__', ())
        slots = (slots,) if isinstance(slots, str) else tuple(slots)
        if len(slots) > 1 or (slots and cls._unboxed_slot_ is not None):
            raise TypeError("UnboxedValue subclass %s must have exactly one "
                            "slot in all" % cls.__name__)
        if slots:
            cls._unboxed_slot_ = slots[0]

    def __init__(self, value):
        if self._unboxed_slot_ is None:
            raise TypeError("%s needs __slots__ with one name"
                            % type(self).__name__)
        if not isinstance(value, int):
            raise TypeError("%s() needs an int, not %r"
                            % (type(self).__name__, value))
        setattr(self, self._unboxed_slot_, value)

    def get_untagged_value(self):
        return getattr(self, self._unboxed_slot_)


# -- Symbolics -------------------------------------------------------------------------

class Symbolic:
    """A value known only to the translator (a C constant, a size).  It
    cannot be compared, hashed or tested for truth on CPython."""

    def __eq__(self, other):
        raise TypeError("Symbolics cannot be compared")

    __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __eq__

    def __hash__(self):
        raise TypeError("Symbolics are not hashable")

    def __bool__(self):
        raise TypeError("Symbolics have no truth value")


class CDefinedIntSymbolic(Symbolic):
    """An int given by the C expression ``expr``; ``default`` is its value
    when not translated."""

    def __init__(self, expr, default=0):
        self.expr = expr
        self.default = default

    def __repr__(self):
        return 'CDefinedIntSymbolic(%r, default=%r)' % (self.expr,
                                                        self.default)


class ComputedIntSymbolic(Symbolic):
    """An int computed by ``compute_fn()`` late in the translation."""

    def __init__(self, compute_fn):
        self.compute_fn = compute_fn


malloc_zero_filled = CDefinedIntSymbolic('MALLOC_ZERO_FILLED', default=0)
running_on_llinterp = CDefinedIntSymbolic('RUNNING_ON_LLINTERP', default=1)

"""JIT hints: the JitDriver and the annotations that steer the generated JIT.

kiln generates a meta-tracing JIT from the interpreter's own source.  The
interpreter author marks the interpreter's main loop with a ``JitDriver`` and
guides tracing with the hints below.  On CPython all of them are no-ops (or
return their argument), but they check what can be checked cheaply -- the
keyword names passed to ``jit_merge_point``, the arity of the driver's
callbacks, contradictory decorators -- so that author mistakes show up on
CPython already.

Decorator hints return the very function they decorate (never a wrapper) and
record their meaning as attributes on it, using RPython's attribute names;
``docs/hints.md`` has the table the exporter relies on.  Run-time hints
(``promote``, ``hint``, ``we_are_jitted``, ...) carry ``_kiln_builtin_`` (see
``kiln._marks``): the translator implements calls to them.

Class attribute conventions, read by the exporter from the class dict (they
need no code here):

* ``_immutable_fields_ = ['a', 'b?', 'items[*]', 'c?[*]']`` -- the fields are
  never written after ``__init__``; ``?`` marks a quasi-immutable field
  (rarely written; the JIT assumes it constant and invalidates code when it
  changes); ``[*]`` says the list stored in the field is itself never
  modified.
* ``_immutable_ = True`` -- every field of the class is immutable.
* ``_virtualizable_ = ['pc', 'stack[*]']`` -- fields of a frame class that
  the JIT keeps in registers while tracing (the class must be named in
  ``JitDriver(virtualizables=[...])``); ``[*]`` marks a fixed-size list
  field.
"""

from kiln._marks import builtin, check_arity, hint_target, positional_arity
from kiln.objectmodel import keepalive_until_here
from kiln.unroll import unrolling_iterable

__all__ = [
    'JitDriver', 'JitHintError', 'InvalidVirtualRef', 'TraceLimitTooHigh',
    'PARAMETERS', 'PARAMETER_DOCS', 'unroll_parameters', 'Counters',
    'promote', 'promote_string', 'promote_unicode', 'hint', 'we_are_jitted',
    'isconstant', 'isvirtual', 'assert_green', 'record_known_result',
    'record_exact_class', 'record_exact_value', 'conditional_call',
    'conditional_call_elidable', 'current_trace_length', 'jit_debug',
    'enter_portal_frame', 'leave_portal_frame', 'loop_unrolling_heuristic',
    'elidable', 'elidable_promote', 'dont_look_inside', 'look_inside',
    'look_inside_iff', 'unroll_safe', 'loop_invariant', 'oopspec',
    'not_in_trace', 'virtual_ref', 'virtual_ref_finish', 'non_virtual_ref',
    'vref_None', 'DirectVRef', 'DirectJitVRef', 'set_param',
    'set_param_to_default', 'set_user_param',
]


class JitHintError(Exception):
    """The JIT hints are inconsistent (e.g. a function is marked both
    ``look_inside`` and ``dont_look_inside``)."""


class InvalidVirtualRef(Exception):
    """A virtual reference was called after ``virtual_ref_finish`` without
    having been forced before."""


class TraceLimitTooHigh(Exception):
    """Accepted for RPython compatibility; kiln never raises it."""


# -- Decorator hints -----------------------------------------------------------

def _set_look_inside(obj, value, hint):
    func = hint_target(obj, hint)
    previous = func.__dict__.get('_jit_look_inside_', value)
    if previous != value:
        raise JitHintError("'%s' is marked both look_inside and "
                           "dont_look_inside" % func.__qualname__)
    func._jit_look_inside_ = value
    return obj


def dont_look_inside(func):
    """The JIT does not trace into ``func``: calls to it stay calls in the
    trace.  Records ``_jit_look_inside_ = False``."""
    return _set_look_inside(func, False, 'dont_look_inside')


def look_inside(func):
    """The JIT traces into ``func`` even where its policy would not (e.g. a
    function with loops).  Records ``_jit_look_inside_ = True``."""
    return _set_look_inside(func, True, 'look_inside')


def elidable(func):
    """``func`` is pure for the JIT: the same arguments always give the same
    result, so a call with constant arguments is constant-folded and
    repeated calls are merged.  (It may have side effects such as filling a
    cache, and it may raise.)  Records ``_elidable_function_ = True``."""
    hint_target(func, 'elidable')._elidable_function_ = True
    return func


def elidable_promote(promote_args='all'):
    """Decorator factory: ``func`` is elidable and its arguments are promoted
    first -- all of them, or only the positions listed in ``promote_args``
    ('0,2').  Records ``_elidable_function_ = True`` and
    ``_elidable_promote_ = 'all' | (0, 2)``.  (RPython builds a wrapper; kiln
    keeps the function and applies the promotion at the call sites.)"""
    if callable(promote_args):          # used without parentheses
        return elidable_promote()(promote_args)
    if promote_args == 'all':
        positions = 'all'
    else:
        try:
            positions = tuple(int(p) for p in str(promote_args).split(','))
        except ValueError:
            raise TypeError("elidable_promote(): promote_args must be 'all' "
                            "or a string of comma-separated argument "
                            "positions, not %r" % (promote_args,)) from None

    def decorator(func):
        target = hint_target(func, 'elidable_promote')
        if positions != 'all':
            _, maximum = positional_arity(target)
            for position in positions:
                if position < 0 or (maximum is not None and position >= maximum):
                    raise TypeError("elidable_promote(): '%s' has no argument "
                                    "at position %d"
                                    % (target.__qualname__, position))
        target._elidable_function_ = True
        target._elidable_promote_ = positions
        return func
    return decorator


def unroll_safe(func):
    """Loops in ``func`` may be unrolled while tracing (they are bounded by
    something constant in the trace).  Records ``_jit_unroll_safe_ = True``."""
    hint_target(func, 'unroll_safe')._jit_unroll_safe_ = True
    return func


def look_inside_iff(predicate):
    """Decorator factory: trace into ``func`` only when ``predicate``, called
    with the same arguments, is true at trace time (typically testing
    ``isconstant``/``isvirtual``); otherwise the call is left as a call.
    Implies unroll_safe.  Records ``_jit_look_inside_iff_ = predicate`` and
    ``_jit_unroll_safe_ = True``."""
    if not callable(predicate):
        raise TypeError("look_inside_iff() needs a predicate function, not %r"
                        % (predicate,))

    def decorator(func):
        target = hint_target(func, 'look_inside_iff')
        _, maximum = positional_arity(target)
        if maximum is not None:
            check_arity(predicate, maximum, "look_inside_iff predicate for '%s'"
                        % target.__qualname__)
        target._jit_look_inside_iff_ = predicate
        target._jit_unroll_safe_ = True
        return func
    return decorator


def loop_invariant(func):
    """``func`` takes no arguments and its result does not change while a
    compiled loop runs: it is called once per loop entry.  Implies
    dont_look_inside.  Records ``_jit_loop_invariant_ = True`` and
    ``_jit_look_inside_ = False``."""
    target = hint_target(func, 'loop_invariant')
    if positional_arity(target) != (0, 0):
        raise TypeError("@loop_invariant function '%s' must take no arguments"
                        % target.__qualname__)
    dont_look_inside(func)
    target._jit_loop_invariant_ = True
    return func


def oopspec(spec):
    """Decorator factory: the JIT replaces calls to the function by the
    operation described by ``spec`` (e.g. 'jit.not_in_trace()').  Records
    ``oopspec = spec``."""
    if not isinstance(spec, str):
        raise TypeError("oopspec() needs a string, not %r" % (spec,))

    def decorator(func):
        hint_target(func, 'oopspec').oopspec = spec
        return func
    return decorator


def not_in_trace(func):
    """Calls to ``func`` (which must return None) run when interpreting and
    tracing but are left out of compiled traces.  Records
    ``oopspec = 'jit.not_in_trace()'``."""
    hint_target(func, 'not_in_trace').oopspec = 'jit.not_in_trace()'
    return func


# -- Run-time hints ------------------------------------------------------------

@builtin
def promote(x):
    """Make ``x`` a constant in the trace (a guard on its current value)."""
    return x


@builtin
def promote_string(x):
    """Like promote, but guards on the string's *value*, not its identity."""
    return x


@builtin
def promote_unicode(x):
    """RPython's text-string spelling of promote_string."""
    return x


@builtin
def hint(x, **kwds):
    """Return ``x``; the keywords (promote=True, promote_string=True,
    access_directly=True, fresh_virtualizable=True,
    force_virtualizable=True, ...) tell the JIT something about it."""
    return x


@builtin
def we_are_jitted():
    """True in code produced by the JIT, False when interpreting (and on
    CPython)."""
    return False


@builtin
def isconstant(value):
    """True if the JIT knows ``value`` as a constant (never on CPython)."""
    return False


@builtin
def isvirtual(value):
    """True if ``value`` is a virtual (not allocated) in the trace (never on
    CPython)."""
    return False


@builtin
def assert_green(value):
    """Assert that ``value`` is a constant in the trace (checked by the JIT;
    nothing to check on CPython)."""


@builtin
def current_trace_length():
    """Length of the trace being recorded, or -1 when not tracing."""
    return -1


@builtin
def record_known_result(result, func, *args):
    """Tell the JIT that ``func(*args) == result``; ``func`` must be
    @elidable.  Nothing is computed on CPython."""
    target = func.__func__ if isinstance(func, staticmethod) else func
    if not getattr(target, '_elidable_function_', False):
        raise JitHintError("record_known_result(): %r is not @elidable"
                           % (func,))


@builtin
def record_exact_class(value, cls):
    """Assert (and tell the JIT) that ``type(value) is cls``."""
    if type(value) is not cls:
        raise AssertionError("record_exact_class(): value is a '%s', not a "
                             "'%s'" % (type(value).__name__, cls.__name__))


@builtin
def record_exact_value(value, const_value):
    """Assert (and tell the JIT) that ``value == const_value``."""
    if value != const_value:
        raise AssertionError("record_exact_value(): %r != %r"
                             % (value, const_value))


@builtin
def conditional_call(condition, function, *args):
    """``if condition: function(*args)`` without a bridge in the trace."""
    if condition:
        function(*args)


@builtin
def conditional_call_elidable(value, function, *args):
    """``value`` if it is not 0/None, else ``function(*args)`` (an @elidable
    function; typically a cache lookup)."""
    if value is None or (isinstance(value, int) and value == 0):
        return function(*args)
    return value


@builtin
def jit_debug(string, arg1=-1, arg2=-1, arg3=-1, arg4=-1):
    """Put a debug marker with up to four ints into the trace."""


@builtin
def enter_portal_frame(unique_id):
    """Profiler hook: a portal frame starts (no-op on CPython)."""


@builtin
def leave_portal_frame():
    """Profiler hook: a portal frame ends (no-op on CPython)."""


def loop_unrolling_heuristic(lst, size, cutoff=2):
    """Whether a loop over ``lst`` of length ``size`` should be unrolled: for
    use in a look_inside_iff predicate."""
    return size == 0 or isvirtual(lst) or (isconstant(size) and size <= cutoff)


# -- Virtual references ----------------------------------------------------------

class DirectVRef:
    """A virtual reference to an object (usually a frame): the JIT may keep
    the object virtual as long as the reference is not called.  Calling it
    returns the object; after ``virtual_ref_finish`` a reference that was
    never called is invalid."""
    __slots__ = ('_x', '_state')

    def __init__(self, x, state='non-forced'):
        self._x = x
        self._state = state

    def __call__(self):
        if self._state == 'invalid':
            raise InvalidVirtualRef("virtual reference used after "
                                    "virtual_ref_finish()")
        if self._state == 'non-forced':
            self._state = 'forced'
        return self._x

    @property
    def virtual(self):
        """True if calling the reference would force a virtual."""
        return self._state == 'non-forced'

    def _finish(self):
        if self._state == 'non-forced':
            self._state = 'invalid'


DirectJitVRef = DirectVRef


@builtin
def virtual_ref(x):
    """A virtual reference to ``x``; pair with ``virtual_ref_finish``."""
    return DirectVRef(x)


@builtin
def virtual_ref_finish(vref, x):
    """End the life of ``vref``, the virtual reference made for ``x``."""
    if vref._x is not x:
        raise JitHintError("virtual_ref_finish(): the reference was not made "
                           "for this object")
    keepalive_until_here(x)
    vref._finish()


@builtin
def non_virtual_ref(x):
    """A reference with the virtual-ref interface that is never virtual."""
    return DirectVRef(x, state='forced')


vref_None = non_virtual_ref(None)


# -- Parameters ------------------------------------------------------------------

# The tunable parameters accepted by set_param and by a translated binary's
# '--jit name=value,...' option, with the defaults the kiln runtime starts
# from (its own choice, for fast warm-up).  The names follow RPython.
PARAMETERS = {
    'threshold': 617,
    'function_threshold': 1013,
    'trace_eagerness': 100,
    'decay': 40,
    'trace_limit': 6000,
    'inlining': 1,
    'loop_longevity': 1000,
    'retrace_limit': 0,
    'max_retrace_guards': 15,
    'max_unroll_loops': 0,
    'disable_unrolling': 200,
    'enable_opts': 'all',
    'max_unroll_recursion': 7,
    'vec': 0,
    'vec_all': 0,
    'vec_cost': 0,
}

PARAMETER_DOCS = {
    'threshold': 'number of times a loop runs before it is traced',
    'function_threshold': 'number of calls of a function before tracing '
                          'starts at its entry',
    'trace_eagerness': 'number of failures of a guard before a bridge is '
                       'traced from it',
    'decay': 'how fast the counters of rarely used code decay (0: never)',
    'trace_limit': 'longest trace, in operations, before tracing gives up',
    'inlining': 'whether calls to portal functions are inlined (1) or not (0)',
    'loop_longevity': 'how long an unused compiled loop is kept (an estimate '
                      'in loop entries)',
    'retrace_limit': 'how many times a loop may be retraced',
    'max_retrace_guards': 'number of extra guards a retrace may add',
    'max_unroll_loops': 'number of extra unrollings of a loop',
    'disable_unrolling': 'trace length above which loops are not unrolled',
    'enable_opts': "trace optimizations to run, ':'-separated, or 'all'",
    'max_unroll_recursion': 'how many levels of recursion are inlined',
    'vec': 'enable the vectorizing optimization (1) or not (0)',
    'vec_all': 'try to vectorize every loop, not only numeric kernels',
    'vec_cost': 'cost threshold below which vectorized traces are kept',
}

unroll_parameters = unrolling_iterable(PARAMETERS.items())


def _check_param(driver, name, value):
    if driver is not None and not isinstance(driver, JitDriver):
        raise TypeError("set_param(): the driver must be a JitDriver or None, "
                        "not %r" % (driver,))
    if name not in PARAMETERS:
        raise ValueError("unknown JIT parameter %r (known: %s)"
                         % (name, ', '.join(sorted(PARAMETERS))))
    expected = str if name == 'enable_opts' else int
    if value is not None and not isinstance(value, expected):
        raise TypeError("JIT parameter %r needs a %s, not %r"
                        % (name, expected.__name__, value))


@builtin
def set_param(driver, name, value):
    """Set the JIT parameter ``name`` (a constant) for ``driver``, or for all
    drivers if ``driver`` is None."""
    _check_param(driver, name, value)


@builtin
def set_param_to_default(driver, name):
    """Reset the JIT parameter ``name`` to its default."""
    _check_param(driver, name, None)


@builtin
def set_user_param(driver, text):
    """Set parameters from a user string: 'name=value,name=value', 'off'
    (disable the JIT) or 'default'.  Raises ValueError for anything else."""
    if text == 'off':
        set_param(driver, 'threshold', -1)
        set_param(driver, 'function_threshold', -1)
        return
    if text == 'default':
        for name, _ in unroll_parameters:
            set_param_to_default(driver, name)
        return
    for item in text.split(','):
        parts = item.strip(' ').split('=')
        if len(parts) != 2 or parts[0] not in PARAMETERS:
            raise ValueError("bad JIT parameter setting %r" % (item,))
        name, value = parts
        set_param(driver, name, value if name == 'enable_opts' else int(value))


# -- Counters ----------------------------------------------------------------------

class Counters:
    """Indices of the JIT's statistics counters (as returned by the runtime's
    statistics hooks).  Each name in ``counter_names`` is also an attribute
    holding its index."""
    counter_names = (
        'TRACING', 'BACKEND', 'OPS', 'RECORDED_OPS', 'GUARDS', 'OPT_OPS',
        'OPT_GUARDS', 'OPT_FORCINGS', 'ABORT_TOO_LONG', 'ABORT_BRIDGE',
        'ABORT_BAD_LOOP', 'ABORT_ESCAPE', 'ABORT_FORCE_QUASIIMMUT',
        'NVIRTUALS', 'NVHOLES', 'NVREUSED', 'TOTAL_COMPILED_LOOPS',
        'TOTAL_COMPILED_BRIDGES', 'TOTAL_FREED_LOOPS', 'TOTAL_FREED_BRIDGES',
    )
    ncounters = len(counter_names)


for _index, _name in enumerate(Counters.counter_names):
    setattr(Counters, _name, _index)
del _index, _name


# -- JitDriver -----------------------------------------------------------------------

def _names(value, what):
    if not isinstance(value, (list, tuple)):
        raise TypeError("JitDriver(): %s must be a list of variable names, "
                        "not %r" % (what, value))
    for name in value:
        if not isinstance(name, str) or not name.isidentifier():
            if isinstance(name, str) and '.' in name:
                raise TypeError("JitDriver(): green field %r is not "
                                "supported; pass the field's value as its "
                                "own green variable" % name)
            raise TypeError("JitDriver(): %s entry %r is not a variable name"
                            % (what, name))
    return list(value)


class JitDriver:
    """Declares the interpreter's main loop to the JIT.

    ``greens`` are the variables that identify a position in the user's
    program (e.g. the bytecode and the program counter); ``reds`` are the
    other live variables, or ``'auto'`` to let the translator find them.
    Call ``jit_merge_point(**vars)`` at the top of the loop body and,
    optionally, ``can_enter_jit(**vars)`` at a backward jump, with exactly
    the greens and reds as keywords.

    The instance keeps every constructor argument as a plain attribute
    (RPython's names): ``greens``, ``reds`` (``[]`` when automatic),
    ``autoreds``, ``numreds`` (None when automatic), ``virtualizables``,
    ``get_printable_location``, ``get_location``, ``get_unique_id``,
    ``has_unique_id``, ``confirm_enter_jit``, ``can_never_inline``,
    ``should_unroll_one_iteration``, ``name``, ``check_untranslated``,
    ``is_recursive``, ``vec``.  A subclass may give ``greens``/``reds`` as
    class attributes instead.
    """

    active = True
    greens = None
    reds = None
    virtualizables = []
    name = 'jitdriver'

    def __init__(self, greens=None, reds=None, virtualizables=None,
                 get_jitcell_at=None, set_jitcell_at=None,
                 get_printable_location=None, confirm_enter_jit=None,
                 can_never_inline=None, should_unroll_one_iteration=None,
                 name='jitdriver', check_untranslated=True, vectorize=False,
                 get_unique_id=None, is_recursive=False, get_location=None):
        greens = self.greens if greens is None else greens
        reds = self.reds if reds is None else reds
        if greens is None or reds is None:
            raise TypeError("JitDriver() needs both 'greens' and 'reds'")
        if get_jitcell_at is not None or set_jitcell_at is not None:
            raise TypeError("JitDriver(): get_jitcell_at and set_jitcell_at "
                            "are no longer supported")
        if not isinstance(name, str):
            raise TypeError("JitDriver(): name must be a string")
        self.greens = _names(greens, 'greens')
        self.autoreds = reds == 'auto'
        self.reds = [] if self.autoreds else _names(reds, 'reds')
        self.numreds = None if self.autoreds else len(self.reds)
        self._check_distinct()
        self.virtualizables = _names(
            self.virtualizables if virtualizables is None else virtualizables,
            'virtualizables')
        self._check_virtualizables()
        if self.autoreds and confirm_enter_jit is not None:
            raise TypeError("JitDriver(): reds='auto' cannot be combined with "
                            "confirm_enter_jit")
        self._check_hooks(get_printable_location, get_location, get_unique_id,
                          can_never_inline, should_unroll_one_iteration,
                          confirm_enter_jit)
        self.get_printable_location = get_printable_location
        self.get_location = get_location
        self.get_unique_id = get_unique_id
        self.has_unique_id = get_unique_id is not None
        self.confirm_enter_jit = confirm_enter_jit
        self.can_never_inline = can_never_inline
        self.should_unroll_one_iteration = should_unroll_one_iteration
        self.name = name
        self.check_untranslated = check_untranslated
        self.is_recursive = is_recursive
        self.vec = vectorize
        self._livevars = frozenset(self.greens + self.reds)

    def _check_distinct(self):
        seen = set()
        for name in self.greens + self.reds:
            if name in seen:
                raise TypeError("JitDriver(): variable %r is listed twice in "
                                "greens and reds" % name)
            seen.add(name)

    def _check_virtualizables(self):
        if self.virtualizables and self.autoreds:
            raise TypeError("JitDriver(): reds='auto' cannot be combined with "
                            "virtualizables")
        for name in self.virtualizables:
            if name not in self.reds:
                raise TypeError("JitDriver(): virtualizable %r must be one of "
                                "the reds %r" % (name, self.reds))

    def _check_hooks(self, get_printable_location, get_location,
                     get_unique_id, can_never_inline,
                     should_unroll_one_iteration, confirm_enter_jit):
        ngreens = len(self.greens)
        for what, hook in [('get_printable_location', get_printable_location),
                           ('get_location', get_location),
                           ('get_unique_id', get_unique_id),
                           ('can_never_inline', can_never_inline),
                           ('should_unroll_one_iteration',
                            should_unroll_one_iteration)]:
            if hook is not None:
                check_arity(hook, ngreens, "JitDriver %s" % what)
        if confirm_enter_jit is not None:
            check_arity(confirm_enter_jit, ngreens + len(self.reds),
                        "JitDriver confirm_enter_jit")

    def _freeze_(self):
        return True

    def __repr__(self):
        return '<JitDriver %r greens=%r reds=%r>' % (
            self.name, self.greens, 'auto' if self.autoreds else self.reds)

    def _bad_livevars(self, method, livevars):
        expected = self.greens + self.reds
        missing = [name for name in expected if name not in livevars]
        extra = sorted(name for name in livevars if name not in self._livevars)
        details = []
        if missing:
            details.append('missing %s' % ', '.join(map(repr, missing)))
        if extra:
            details.append('unexpected %s' % ', '.join(map(repr, extra)))
        what = 'the greens' if self.autoreds else 'the greens and reds'
        raise TypeError("%s.%s() must be called with exactly %s as keywords "
                        "(%s): %s" % (self.name, method, what,
                                      ', '.join(expected), '; '.join(details)))

    @builtin
    def jit_merge_point(self, /, **livevars):
        """Marks the top of the interpreter loop; pass every green and red
        (only the greens with reds='auto') as keywords."""
        if self.check_untranslated and livevars.keys() != self._livevars:
            self._bad_livevars('jit_merge_point', livevars)

    @builtin
    def can_enter_jit(self, /, **livevars):
        """Marks a backward jump of the user's program, where a loop may be
        entered; same keywords as jit_merge_point.  Not allowed with
        reds='auto'."""
        if self.autoreds:
            raise TypeError("%s.can_enter_jit() cannot be used with "
                            "reds='auto'" % self.name)
        if self.check_untranslated and livevars.keys() != self._livevars:
            self._bad_livevars('can_enter_jit', livevars)

    @builtin
    def loop_header(self):
        """Marks the start of a loop in the interpreter itself (with
        reds='auto'), so the JIT may unroll it."""

"""The exporter: import a kiln Python program with CPython and write its
load-time object graph as JSON (``docs/load-graph.md``).

    PYTHONPATH=<kiln>/lib python3 -m kiln._export PROG.py [--path DIR]... [-o OUT.json]

Exit status 0: the document was written (a missing entry point is reported
inside it); 1: importing the program (or calling its ``target()``) raised and
the traceback is on stderr; 2: usage error.

Outline: ``load_program`` imports the program with builtins.compile/exec/eval
and __build_class__ wrapped (``LoadHooks``: exec-made code gets a file name
``<kiln-exec-N>`` and its text is kept; class statements are located) and
finds the entry point; ``Exporter`` then walks the objects breadth-first from
the entry point (in full) and from the main module's globals (shallowly),
giving each object with identity an id in the order it is met; ``dumps``
writes the document.  What exactly is written is specified in
``docs/load-graph.md`` (its last section covers the details this module
decides).

The exporter imports its few standard modules before the program (most are
loaded by CPython's startup anyway) and nothing while or after the program
loads, so a program module named like a standard one cannot break it.
"""

import base64
import builtins
import importlib.machinery
import importlib.util
import json
import linecache
import opcode
import os
import re
import sys
import traceback
import types
import weakref

FORMAT_VERSION = 1

_THIS_FILE = os.path.abspath(__file__)
_LIB_DIR = os.path.dirname(os.path.dirname(_THIS_FILE))

# Future-statement flags a compile() inherits from its caller (PyCF_MASK).
_FUTURE_FLAGS = 0x1fe0000
_PYCF_ONLY_AST = 0x400

# Names of module globals CPython itself sets up and that are not program data.
_HIDDEN_MAIN_GLOBALS = frozenset(['__builtins__', '__loader__', '__spec__', '__cached__'])

# How functions of these modules are named (os.write, not posix.write).
_FUNCTION_MODULE_ALIASES = {'posix': 'os', 'nt': 'os', 'posixpath': 'os.path',
                            'ntpath': 'os.path', 'genericpath': 'os.path'}
_MODULE_NAME_ALIASES = {'posixpath': 'os.path', 'ntpath': 'os.path'}

# Objects of the run-time library named by where they live, not by their type.
_RUNTIME_OBJECTS = (('sys', 'stdin'), ('sys', 'stdout'), ('sys', 'stderr'),
                    ('sys', '__stdin__'), ('sys', '__stdout__'), ('sys', '__stderr__'),
                    ('sys', 'argv'), ('sys', 'path'), ('sys', 'modules'), ('os', 'environ'))

_INLINE_BASES = (int, float, complex, str, bytes, tuple)
_BUILTIN_CALLABLES = (types.BuiltinFunctionType, types.MethodDescriptorType,
                      types.WrapperDescriptorType, types.ClassMethodDescriptorType,
                      types.MethodWrapperType)
_CO_GENERATOR, _CO_COROUTINE, _CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200
_MAX_TUPLE_DEPTH = 200
_REPR_LIMIT = 200

USAGE = ("usage: python3 -m kiln._export PROG.py [--path DIR]... [-o OUT.json]\n")

NO_ENTRY_POINT_MESSAGE = (
    "no entry point in '%s': define 'entry_point(argv)' returning an int, "
    "or 'target(driver, args)' returning (entry_point, None)")


class UsageError(Exception):
    pass


class ProgramError(Exception):
    """The program's import (or its target()) raised; ``text`` is the traceback."""

    def __init__(self, text):
        Exception.__init__(self, text)
        self.text = text


# -- Hooks active while the program loads ------------------------------------------

class LoadHooks:
    """Wraps builtins.compile/exec/eval (so compiled strings get a file name
    ``<kiln-exec-N>`` and their text is kept) and builtins.__build_class__ (to
    learn where each class statement is)."""

    def __init__(self):
        self.sources = {}        # '<kiln-exec-N>' -> text
        self._by_text = {}       # text -> '<kiln-exec-N>'
        self._ast_names = {}     # id(tree) -> (tree, '<kiln-exec-N>')
        self.classes = {}        # id(cls) -> (weakref to cls, file, line)
        self._saved = None

    def install(self):
        self._saved = {name: builtins.__dict__[name]
                       for name in ('compile', 'exec', 'eval', '__build_class__')}
        real = self._saved
        hooks = self

        def compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1,
                    *, _feature_version=-1):
            caller = sys._getframe(1)
            if not dont_inherit:
                flags |= caller.f_code.co_flags & _FUTURE_FLAGS
            name = hooks._file_name(source, filename, caller)
            extra = {} if _feature_version == -1 else {'_feature_version': _feature_version}
            code = real['compile'](source, name, mode, flags, True, optimize, **extra)
            if flags & _PYCF_ONLY_AST and name.startswith('<kiln-exec-'):
                hooks._ast_names[id(code)] = (code, name)
            return code

        def exec(source, globals=None, locals=None, /, **kwargs):
            caller = sys._getframe(1)
            if globals is None:
                globals = caller.f_globals
                if locals is None:
                    locals = caller.f_locals
            if isinstance(source, (str, bytes, bytearray)):
                source = hooks._compile_string(source, 'exec', caller)
            return real['exec'](source, globals, locals, **kwargs)

        def eval(source, globals=None, locals=None, /):
            caller = sys._getframe(1)
            if globals is None:
                globals = caller.f_globals
                if locals is None:
                    locals = caller.f_locals
            if isinstance(source, (str, bytes, bytearray)):
                if isinstance(source, str):
                    source = source.lstrip(' \t')
                else:
                    source = bytes(source).lstrip(b' \t')
                source = hooks._compile_string(source, 'eval', caller)
            return real['eval'](source, globals, locals)

        def __build_class__(func, name, *bases, **kwds):
            cls = real['__build_class__'](func, name, *bases, **kwds)
            code = getattr(func, '__code__', None)
            if isinstance(cls, type) and code is not None:
                try:
                    hooks.classes[id(cls)] = (weakref.ref(cls), code.co_filename,
                                              code.co_firstlineno)
                except TypeError:
                    pass
            return cls

        for name, hook in (('compile', compile), ('exec', exec), ('eval', eval),
                           ('__build_class__', __build_class__)):
            hook.__qualname__ = hook.__name__ = name
            setattr(builtins, name, hook)

    def uninstall(self):
        if self._saved:
            for name, value in self._saved.items():
                setattr(builtins, name, value)
            self._saved = None

    def _compile_string(self, source, mode, caller):
        name = self._file_name(source, '<string>', caller)
        flags = caller.f_code.co_flags & _FUTURE_FLAGS
        return self._saved['compile'](source, name, mode, flags, True)

    def _file_name(self, source, filename, caller):
        """The file name to compile ``source`` under."""
        if str(caller.f_globals.get('__name__', '')).startswith('importlib'):
            return filename                     # importing a module from its file
        try:
            filename = os.fsdecode(filename)    # also path-like objects and bytes
        except TypeError:
            pass
        if isinstance(source, (str, bytes, bytearray, memoryview)):
            text = source if isinstance(source, str) else _decode_source(bytes(source))
            if (isinstance(filename, str) and not filename.startswith('<')
                    and _file_has_text(filename, text)):
                return os.path.abspath(filename)
            name = self._by_text.get(text)
            if name is None:
                name = '<kiln-exec-%d>' % (len(self.sources) + 1)
                self.sources[name] = text
                self._by_text[text] = name
            return name
        entry = self._ast_names.get(id(source))
        if entry is not None and entry[0] is source:
            return entry[1]                     # an AST parsed from a recorded string
        return filename

    def class_location(self, cls):
        entry = self.classes.get(id(cls))
        if entry is not None and entry[0]() is cls:
            return entry[1], entry[2]
        return None

    def register_linecache(self):
        """Let tracebacks show the lines of exec-made code."""
        for name, text in self.sources.items():
            linecache.cache[name] = (len(text), None, text.splitlines(True), name)


def _decode_source(data):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8', 'replace')
    encoding = 'utf-8'
    for line in data.split(b'\n', 2)[:2]:
        match = re.match(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', line)
        if match:
            encoding = match.group(1).decode('ascii')
            break
        if line.strip() and not line.lstrip().startswith(b'#'):
            break
    try:
        return data.decode(encoding, 'replace')
    except LookupError:
        return data.decode('utf-8', 'replace')


def _file_has_text(path, text):
    try:
        if not os.path.isfile(path):
            return False
        with open(path, 'rb') as f:
            return _decode_source(f.read()) == text
    except (OSError, ValueError):
        return False


# -- Importing the program ---------------------------------------------------------

class StdoutToStderr:
    """Sends file descriptor 1 to stderr while the program loads, so that the
    program's output cannot mix with the document written to stdout."""

    def __enter__(self):
        sys.stdout.flush()
        self._saved = os.dup(1)
        os.dup2(2, 1)
        return self

    def __exit__(self, *exc):
        try:
            sys.stdout.flush()
        except Exception:
            pass
        os.dup2(self._saved, 1)
        os.close(self._saved)


def format_program_exception(exc, hooks):
    """The traceback of ``exc`` as CPython prints it, without the frames of
    the exporter and of importlib."""
    hooks.register_linecache()
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__)
    seen = set()

    def clean(t):
        while t is not None and id(t) not in seen:
            seen.add(id(t))
            kept = [f for f in t.stack if not _is_exporter_frame(f.filename)]
            if len(kept) != len(t.stack):
                t.stack = traceback.StackSummary.from_list(kept)
            for group in getattr(t, 'exceptions', None) or ():
                clean(group)
            clean(t.__cause__)
            t = t.__context__

    clean(te)
    return ''.join(te.format())


def _is_exporter_frame(filename):
    return (filename == _THIS_FILE or filename.startswith('<frozen importlib.')
            or filename.startswith('<frozen runpy'))


def _import_main(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise UsageError("cannot import '%s' (not a Python source file?)" % path)
    module = importlib.util.module_from_spec(spec)
    registered = name not in sys.modules
    if registered:
        sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        if registered and sys.modules.get(name) is module:
            del sys.modules[name]
        raise
    return module


def _call_target(target):
    """Call the program's target() as RPython's driver does, target(driver,
    args), with (None, []); a plain function that takes no positional
    argument is called with none."""
    code = getattr(target, '__code__', None)
    if type(target) is types.FunctionType and isinstance(code, types.CodeType):
        if code.co_argcount == 0 and not code.co_flags & 0x04:     # CO_VARARGS
            return target()
    return target(None, [])


def _find_entry(module, path):
    """(entry function or None, entry_kind or None, error or None, target function)."""
    mdict = module.__dict__
    target = mdict.get('target')
    entry = mdict.get('entry_point')
    if callable(target) and not isinstance(target, type):
        result = _call_target(target)
        where = _code_location(target)
        if (isinstance(result, (tuple, list)) and result
                and isinstance(result[0], types.FunctionType)):
            return result[0], 'target', None, target
        return None, 'target', dict(
            code='bad_target',
            message=("target() must return (entry_point, None) where entry_point is a "
                     "function; it returned %s" % _safe_repr(result, 120)),
            **where), target
    if isinstance(entry, types.FunctionType):
        return entry, 'entry_point', None, None
    if entry is not None:
        message = ("'entry_point' in '%s' must be a function, not %s; define "
                   "'entry_point(argv)' returning an int, or 'target(driver, args)' "
                   "returning (entry_point, None)" % (path, type(entry).__name__))
    else:
        message = NO_ENTRY_POINT_MESSAGE % path
    return None, None, dict(code='no_entry_point', message=message,
                            file=path, line=None), None


def _code_location(func):
    code = getattr(func, '__code__', None)
    if isinstance(code, types.CodeType):
        return {'file': _abs_file(code.co_filename), 'line': code.co_firstlineno}
    return {'file': None, 'line': None}


def _abs_file(filename):
    if not isinstance(filename, str):
        return None
    if filename.startswith('<') or os.path.isabs(filename):
        return filename
    return os.path.abspath(filename)


def _safe_repr(value, limit=_REPR_LIMIT):
    try:
        text = repr(value)
        if not isinstance(text, str):
            raise TypeError
    except BaseException:
        try:
            text = '<%s object>' % type(value).__qualname__
        except BaseException:
            text = '<object>'
    if ' at 0x' in text:
        text = re.sub(r' at 0x[0-9a-fA-F]+', ' at 0x...', text)
    return text[:limit]


def load_program(path, search_paths=(), redirect_stdout=False):
    """Import the program; returns (module, hooks, entry, entry_kind, error).
    Raises ProgramError if the import or target() raised."""
    path = os.path.abspath(path)
    if not os.path.isfile(path):
        raise UsageError("cannot open '%s': no such file" % path)
    for directory in search_paths:
        if not os.path.isdir(directory):
            raise UsageError("--path '%s': no such directory" % directory)
    name = os.path.splitext(os.path.basename(path))[0]
    saved_path, saved_argv = list(sys.path), sys.argv
    sys.path[0:0] = [os.path.dirname(path)] + [os.path.abspath(d) for d in search_paths]
    if _LIB_DIR not in sys.path:
        sys.path.append(_LIB_DIR)
    sys.argv = [path]
    hooks = LoadHooks()
    redirect = StdoutToStderr() if redirect_stdout else None
    try:
        if redirect:
            redirect.__enter__()
        hooks.install()
        try:
            module = _import_main(path, name)
            entry, kind, error, target = _find_entry(module, path)
        except BaseException as exc:
            hooks.uninstall()
            raise ProgramError(format_program_exception(exc, hooks)) from None
    finally:
        hooks.uninstall()
        if redirect:
            redirect.__exit__(None, None, None)
        sys.argv = saved_argv
        sys.path[:] = saved_path
    return module, hooks, entry, kind, error


# -- Classifying modules -------------------------------------------------------------

class _Roots:
    """Tells user modules (the program's files, --path, kiln's lib) from
    built-in ones (C, stdlib, installed packages)."""

    def __init__(self, user_dirs):
        self.ext_suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
        roots = [(os.path.realpath(d), False) for d in user_dirs]
        stdlib = os.path.dirname(os.__file__)
        roots.append((os.path.realpath(stdlib), True))
        site = sys.modules.get('site')
        for getter in ('getsitepackages', 'getusersitepackages'):
            try:
                found = getattr(site, getter)()
            except Exception:
                continue
            for d in [found] if isinstance(found, str) else found:
                roots.append((os.path.realpath(d), True))
        # The deepest root containing a file decides.
        self.roots = sorted(set(roots), key=lambda r: -len(r[0]))
        self._files = {}

    def file_is_builtin(self, filename):
        result = self._files.get(filename)
        if result is None:
            result = self._classify(filename)
            self._files[filename] = result
        return result

    def _classify(self, filename):
        if filename.startswith('<'):
            return filename.startswith('<frozen')
        if filename.endswith(self.ext_suffixes):
            return True
        real = os.path.realpath(filename)
        for root, builtin in self.roots:
            if real == root or real.startswith(root + os.sep):
                return builtin
        parts = real.split(os.sep)
        return 'site-packages' in parts or 'dist-packages' in parts


# -- Code analysis ----------------------------------------------------------------------

class CodeInfo:
    __slots__ = ('global_names', 'all_names', 'file', '_code', '_body')

    def __init__(self, code, global_names, all_names):
        self._code = code
        self.global_names = global_names
        self.all_names = all_names
        self.file = _abs_file(code.co_filename)
        self._body = False

    @property
    def body(self):
        if self._body is False:
            self._body = body_position(self._code)
        return self._body


def body_position(code):
    """[line, col] of the start of the function's body: the smallest start
    position among its own instructions that have a real (non-empty) source
    span.  For a lambda this is the start of its body expression."""
    best = min(((line, col) for line, end_line, col, end_col in code.co_positions()
                if col is not None and line is not None
                and (line != end_line or col != end_col)), default=None)
    return None if best is None else [best[0], best[1]]


class CodeAnalyzer:
    def __init__(self):
        self.load_global = opcode.opmap['LOAD_GLOBAL']
        self.load_name = opcode.opmap['LOAD_NAME']
        self.extended_arg = opcode.opmap['EXTENDED_ARG']
        self._infos = {}
        self._alive = []

    def info(self, code):
        info = self._infos.get(id(code))
        if info is None:
            global_names, all_names = {}, {}
            self._collect(code, global_names, all_names, set())
            info = CodeInfo(code, tuple(global_names), tuple(all_names))
            self._infos[id(code)] = info
            self._alive.append(code)
        return info

    def _collect(self, code, global_names, all_names, seen):
        if id(code) in seen:
            return
        seen.add(id(code))
        for name in self._global_loads(code):
            global_names[name] = None
        for name in code.co_names:
            all_names[name] = None
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                self._collect(const, global_names, all_names, seen)

    def _global_loads(self, code):
        raw = code.co_code
        ops = raw[::2]
        names = code.co_names
        found = []
        for op, shift in ((self.load_global, 1), (self.load_name, 0)):
            i = ops.find(op)
            while i >= 0:
                arg, j, bits = raw[2 * i + 1], i - 1, 8
                while j >= 0 and ops[j] == self.extended_arg:
                    arg |= raw[2 * j + 1] << bits
                    j, bits = j - 1, bits + 8
                index = arg >> shift
                if index < len(names):
                    found.append((i, names[index]))
                i = ops.find(op, i + 1)
        found.sort()
        return [name for _, name in found]


# -- The graph -------------------------------------------------------------------------

class _All:
    """Names context of a module reached other than through code: it exports
    every attribute that any exported code mentions."""
    def __repr__(self):
        return 'ALL'


ALL = _All()


class _ModuleState:
    __slots__ = ('module', 'entry', 'builtin', 'canonical', 'seen', 'subscribed', 'fed')

    def __init__(self, module, entry, builtin, canonical):
        self.module, self.entry, self.builtin, self.canonical = module, entry, builtin, canonical
        self.seen = set()
        self.subscribed = False
        self.fed = 0


class Exporter:
    def __init__(self, main, hooks, user_dirs):
        self.main = main
        self.hooks = hooks
        self.roots = _Roots(user_dirs)
        self.code = CodeAnalyzer()
        self.objects = []
        self.memo = {}                  # id(obj) or synthetic key -> entry
        self.alive = []
        self.pending = []
        self.pending_pos = 0
        self.deep = True
        self.modules = []               # ids
        self.module_states = {}         # id(module) -> _ModuleState
        self.subscribers = []
        self.all_names = {}             # every name mentioned by exported code
        self.all_names_list = []
        self.exec_files = set()
        self.module_by_dict = {}
        for module in list(sys.modules.values()) + [main]:
            d = getattr(module, '__dict__', None) if isinstance(module, types.ModuleType) else None
            if isinstance(d, dict):
                self.module_by_dict.setdefault(id(d), module)
        self.builtin_names = {}
        for name, value in builtins.__dict__.items():
            if callable(value) and not name.startswith('_'):
                self.builtin_names.setdefault(id(value), name)
        self.runtime_objects = {}
        for modname, attr in _RUNTIME_OBJECTS:
            module = sys.modules.get(modname)
            if module is not None and attr in module.__dict__:
                value = module.__dict__[attr]
                self.runtime_objects.setdefault(id(value), (value, modname + '.' + attr.strip('_')))
        self.runtime_objects.setdefault(id(builtins.__dict__),
                                        (builtins.__dict__, '__builtins__'))
        objectmodel = sys.modules.get('kiln.objectmodel')
        self.r_dict = getattr(objectmodel, 'r_dict', None)
        self._builtin_module_memo = {}
        self._builtin_class_memo = {}

    # -- entries ----------------------------------------------------------------------

    def _new(self, key, obj, kind):
        entry = {'id': len(self.objects) + 1, 'k': kind}
        if not self.deep:
            entry['shallow'] = True
        self.objects.append(entry)
        self.memo[key] = entry
        self.alive.append(obj)
        return entry

    def _ref(self, entry):
        return {'k': 'ref', 'id': entry['id']}

    def run(self, entry_function):
        """Export the main module (id 1), everything the entry point reaches,
        then the main module's globals, shallowly; returns the entry value."""
        self.ref_module(self.main)
        entry_value = None
        if entry_function is not None:
            entry_value = self.value(entry_function, ALL)
        self._drain()
        while self._feed_subscribers():
            self._drain()
        self.deep = False
        main_globals = {}
        for name, value in list(self.main.__dict__.items()):
            if isinstance(name, str) and name not in _HIDDEN_MAIN_GLOBALS and _encodable(name):
                main_globals[name] = self.value(value, ALL)
        main_entry = self.memo[id(self.main)]
        main_entry['globals'] = main_globals
        self._drain()
        return entry_value

    def _drain(self):
        while self.pending_pos < len(self.pending):
            entry, obj, deep = self.pending[self.pending_pos]
            self.pending_pos += 1
            saved, self.deep = self.deep, deep
            try:
                self._fill(entry, obj)
            except Exception as exc:            # never crash on a weird object
                for key in list(entry):
                    if key not in ('id', 'shallow'):
                        del entry[key]
                entry.update(self._opaque_fields(obj, 'export failed: %s: %s'
                                                 % (type(exc).__name__, exc)))
            finally:
                self.deep = saved

    def _feed_subscribers(self):
        """Give the modules reached other than through code the names that
        exported code mentions; True if that exported more objects."""
        before = len(self.pending)
        for state in self.subscribers:
            if state.fed < len(self.all_names_list):
                names = self.all_names_list[state.fed:]
                state.fed = len(self.all_names_list)
                self._want(state, names)
        return len(self.pending) > before

    # -- values -------------------------------------------------------------------------

    def value(self, v, names, depth=0):
        t = type(v)
        if v is None:
            return {'k': 'none'}
        if t is bool:
            return {'k': 'bool', 'v': v}
        if t is int:
            return {'k': 'int', 'v': str(v)}
        if t is float:
            return {'k': 'float', 'v': repr(v)}
        if t is str:
            return _str_value(v)
        if t is tuple:
            return self._tuple(v, names, depth)
        if t is bytes:
            return {'k': 'bytes', 'b64': _b64(v)}
        if t is complex:
            return {'k': 'complex', 're': repr(v.real), 'im': repr(v.imag)}
        if v is Ellipsis:
            return {'k': 'ellipsis'}
        if issubclass(t, _INLINE_BASES) and id(v) not in self.runtime_objects:
            return self._inline_subclass(v, t, names, depth)
        return self.ref(v, names)

    def _tuple(self, v, names, depth):
        if depth > _MAX_TUPLE_DEPTH:
            return self.ref(v, names, force_opaque=True)
        return {'k': 'tuple', 'items': [self.value(x, names, depth + 1) for x in v]}

    def _inline_subclass(self, v, t, names, depth):
        if issubclass(t, int):                  # the base type's own conversions
            result = {'k': 'int', 'v': str(int.__index__(v))}
        elif issubclass(t, float):
            result = {'k': 'float', 'v': repr(float.__float__(v))}
        elif issubclass(t, complex):
            c = complex.__complex__(v)
            result = {'k': 'complex', 're': repr(c.real), 'im': repr(c.imag)}
        elif issubclass(t, str):
            result = _str_value(str.__str__(v))
        elif issubclass(t, bytes):
            result = {'k': 'bytes', 'b64': _b64(bytes.__bytes__(v))}
        else:
            if depth > _MAX_TUPLE_DEPTH:
                return self.ref(v, names, force_opaque=True)
            result = {'k': 'tuple',
                      'items': [self.value(x, names, depth + 1) for x in tuple.__iter__(v)]}
        result['cls'] = self.value(t, ALL)
        return result

    def ref(self, obj, names, force_opaque=False):
        key = id(obj)
        entry = self.memo.get(key)
        if entry is None:
            kind = 'opaque' if force_opaque else self._kind(obj)
            if kind == 'module':
                return self.ref_module(obj, names)
            entry = self._new(key, obj, kind)
            self._init_entry(entry, obj, kind)
        elif entry['k'] == 'module' and self.deep and names is not None:
            state = self.module_states.get(key)
            if state is not None:
                self._want(state, names)
        return self._ref(entry)

    def _kind(self, obj):
        t = type(obj)
        if id(obj) in self.runtime_objects:
            return 'builtin'
        if issubclass(t, type):
            return 'class'
        if issubclass(t, types.ModuleType):
            return 'module'
        if t is types.FunctionType:
            return 'builtin' if self._function_is_builtin(obj) else 'function'
        if t is types.MethodType:
            return 'method'
        if issubclass(t, _BUILTIN_CALLABLES):
            owner = getattr(obj, '__self__', None)
            if t in (types.BuiltinFunctionType, types.MethodWrapperType) and not (
                    owner is None or isinstance(owner, (types.ModuleType, type))):
                return 'method'
            return 'builtin'
        if issubclass(t, staticmethod):
            return 'staticmethod'
        if issubclass(t, classmethod):
            return 'classmethod'
        if issubclass(t, property):
            return 'property'
        if issubclass(t, list):
            return 'list'
        if issubclass(t, dict):
            return 'dict'
        if issubclass(t, frozenset):
            return 'frozenset'
        if issubclass(t, set):
            return 'set'
        if (t is object or issubclass(t, BaseException) or not self.class_is_builtin(t)
                or '_kiln_builtin_' in t.__dict__):
            return 'instance'
        return 'opaque'

    def _init_entry(self, entry, obj, kind):
        """Fields known at once (builtins, opaques); others are filled later."""
        if kind == 'builtin':
            entry['name'], entry['qualname'] = self.builtin_name(obj)
            entry['type_qualname'] = _attr_str(type(obj), '__qualname__')
        elif kind == 'opaque':
            entry.update(self._opaque_fields(obj))
        else:
            self.pending.append((entry, obj, self.deep))

    def _opaque_fields(self, obj, repr_text=None):
        t = type(obj)
        qualname = _attr_str(t, '__qualname__') or '?'
        module = _attr_str(t, '__module__') or '?'
        return {'k': 'opaque', 'type': module + '.' + qualname, 'type_qualname': qualname,
                'repr': repr_text if repr_text is not None else _safe_repr(obj)}

    # -- modules -----------------------------------------------------------------------

    def ref_module(self, module, names=None):
        key = id(module)
        entry = self.memo.get(key)
        if entry is None:
            entry = self._new(key, module, 'module')
            builtin = self.module_is_builtin(module)
            name = _attr_str(module, '__name__') or '?'
            canonical = _MODULE_NAME_ALIASES.get(name, name) if builtin else name
            entry['name'] = canonical
            if self.deep:
                filename = getattr(module, '__file__', None)
                entry['file'] = os.path.abspath(filename) if isinstance(filename, str) else None
                entry['builtin'] = builtin
                entry['globals'] = {}
            self.modules.append(entry['id'])
            self.module_states[key] = _ModuleState(module, entry, builtin, canonical)
        if self.deep and names is not None and 'globals' in entry:
            self._want(self.module_states[key], names)
        return self._ref(entry)

    def ref_namespace(self, g):
        """A module object standing for a dictionary that functions use as
        their globals (``exec(source, namespace)``)."""
        key = ('namespace', id(g))
        entry = self.memo.get(key)
        if entry is None:
            entry = self._new(key, g, 'module')
            name = g.get('__name__')
            entry['name'] = name if isinstance(name, str) and _encodable(name) else '<namespace>'
            entry.update(file=None, builtin=False, namespace=True, globals={})
            self.modules.append(entry['id'])
        return self._ref(entry)

    def _want(self, state, names):
        """Export the attributes of a module that code mentions."""
        if names is ALL:
            if not state.subscribed:
                state.subscribed = True
                self.subscribers.append(state)
            return
        mdict = state.module.__dict__
        is_main = state.module is self.main
        for name in names:
            if name in state.seen:
                continue
            state.seen.add(name)
            if name not in mdict:
                continue
            value = self.module_attr(state, name, mdict[name], names)
            if not is_main:
                state.entry['globals'][name] = value

    def module_attr(self, state, name, v, names):
        if not state.builtin:
            return self.value(v, names)
        t = type(v)
        if (v is None or issubclass(t, _INLINE_BASES) or id(v) in self.memo
                or self._kind(v) in ('class', 'module', 'function', 'builtin')):
            return self.value(v, names)
        # Anything else a built-in module holds is provided by the runtime.
        entry = self._new(id(v), v, 'builtin')
        entry['name'] = state.canonical + '.' + name
        entry['qualname'] = name
        entry['type_qualname'] = _attr_str(t, '__qualname__')
        return self._ref(entry)

    def module_is_builtin(self, module):
        result = self._builtin_module_memo.get(id(module))
        if result is None:
            name = _attr_str(module, '__name__')
            filename = getattr(module, '__file__', None)
            if module is self.main:
                result = False
            elif name in sys.builtin_module_names or name == 'builtins':
                result = True
            elif isinstance(filename, str):
                result = self.roots.file_is_builtin(filename)
            elif getattr(getattr(module, '__spec__', None), 'origin', None) in ('built-in',
                                                                                'frozen'):
                result = True
            else:
                try:
                    paths = [p for p in module.__path__ if isinstance(p, str)]
                except Exception:
                    paths = []
                # A namespace package is where its directories are; a module the
                # program made itself (types.ModuleType) is the program's.
                result = bool(paths) and all(
                    self.roots.file_is_builtin(os.path.join(p, '__init__.py')) for p in paths)
            self._builtin_module_memo[id(module)] = result
        return result

    def module_of_globals(self, g):
        return self.module_by_dict.get(id(g))

    # -- builtins ---------------------------------------------------------------------

    def _function_is_builtin(self, fn):
        if '_kiln_builtin_' in fn.__dict__:
            return True
        module = self.module_of_globals(fn.__globals__)
        if module is not None and self.module_is_builtin(module):
            return True
        return self._in_builtin_class(fn, module)

    def _in_builtin_class(self, fn, module):
        """Is ``fn`` defined in the body of a class marked _kiln_builtin_?"""
        qualname = fn.__qualname__
        if module is None or '.' not in qualname:
            return False
        scope = module
        for part in qualname.split('.')[:-1]:
            if part == '<locals>':
                return False
            scope = getattr(scope, '__dict__', {}).get(part)
            if not isinstance(scope, type):
                return False
            if '_kiln_builtin_' in scope.__dict__:
                return True
        return False

    def builtin_name(self, obj):
        """(name, qualname) of a builtin object."""
        runtime = self.runtime_objects.get(id(obj))
        if runtime is not None:
            return runtime[1], runtime[1].rsplit('.', 1)[-1]
        qualname = _attr_str(obj, '__qualname__') or _attr_str(obj, '__name__') or '?'
        if id(obj) in self.builtin_names:
            return self.builtin_names[id(obj)], qualname
        t = type(obj)
        if t is types.FunctionType:
            if '_kiln_builtin_' in obj.__dict__ or self._in_builtin_class(
                    obj, self.module_of_globals(obj.__globals__)):
                return '%s.%s' % (obj.__module__, qualname), qualname
            return self._module_qualified(obj, _attr_str(obj, '__module__'), qualname), qualname
        owner = getattr(obj, '__self__', None)
        objclass = getattr(obj, '__objclass__', None)
        name = _attr_str(obj, '__name__') or qualname
        if isinstance(objclass, type):
            return self.class_name(objclass) + '.' + name, qualname
        if isinstance(owner, type):
            return self.class_name(owner) + '.' + name, qualname
        modname = _attr_str(obj, '__module__')
        if modname is None and isinstance(owner, types.ModuleType):
            modname = _attr_str(owner, '__name__')
        return self._module_qualified(obj, modname, qualname), qualname

    def _module_qualified(self, obj, modname, qualname):
        if not modname or modname == 'builtins':
            return qualname
        canonical = _FUNCTION_MODULE_ALIASES.get(modname, modname)
        if canonical.startswith('_') and not canonical.startswith('__'):
            alt = sys.modules.get(canonical[1:])
            orig = sys.modules.get(modname)
            first = qualname.split('.')[0]
            if (alt is not None and orig is not None and first in alt.__dict__
                    and alt.__dict__[first] is orig.__dict__.get(first)):
                canonical = canonical[1:]
        return canonical + '.' + qualname

    def class_name(self, cls):
        qualname = _attr_str(cls, '__qualname__') or '?'
        modname = _attr_str(cls, '__module__')
        if '_kiln_builtin_' in cls.__dict__:
            return '%s.%s' % (modname, qualname)
        return self._module_qualified(cls, modname, qualname)

    def class_is_builtin(self, cls):
        result = self._builtin_class_memo.get(id(cls))
        if result is None:
            result = self._class_is_builtin(cls)
            self._builtin_class_memo[id(cls)] = result
        return result

    def _class_is_builtin(self, cls):
        if '_kiln_builtin_' in cls.__dict__:
            return True
        location = self.hooks.class_location(cls)
        if location is not None:
            if location[0].startswith('<kiln-exec-'):
                return False
            return self.roots.file_is_builtin(location[0])
        modname = _attr_str(cls, '__module__')
        if modname == 'builtins':
            return True
        module = sys.modules.get(modname) if modname else None
        if module is not None:
            return self.module_is_builtin(module)
        return not (cls.__flags__ & (1 << 9))     # not a heap type: defined in C

    # -- filling objects ----------------------------------------------------------------

    def _fill(self, entry, obj):
        kind = entry['k']
        if not self.deep:
            self._fill_shallow(entry, obj, kind)
        else:
            getattr(self, '_fill_' + kind)(entry, obj)

    def _fill_shallow(self, entry, obj, kind):
        """Only what names the object (for `kiln load --dump-globals`)."""
        if kind in ('function', 'class'):
            entry['name'] = _attr_str(obj, '__name__') or '?'
            entry['qualname'] = _attr_str(obj, '__qualname__') or entry['name']
        elif kind == 'instance':
            entry['class'] = self.value(type(obj), ALL)
        else:                                   # methods, descriptors, containers
            getattr(self, '_fill_' + kind)(entry, obj)

    def _fill_function(self, entry, fn):
        code = fn.__code__
        info = self.code.info(code)
        names = info.all_names
        g = fn.__globals__
        module = self.module_of_globals(g)
        entry['name'] = fn.__name__
        entry['qualname'] = fn.__qualname__
        if code.co_name != fn.__name__:
            entry['code_name'] = code.co_name   # the name in the source
        entry['module'] = self.ref_module(module) if module is not None else \
            self.ref_namespace(g)
        entry['file'] = info.file
        entry['line'] = code.co_firstlineno
        entry['body'] = info.body
        flags = code.co_flags
        entry['is_lambda'] = code.co_name == '<lambda>'
        entry['is_generator'] = bool(flags & (_CO_GENERATOR | _CO_ASYNC_GENERATOR))
        entry['is_async'] = bool(flags & (_CO_COROUTINE | _CO_ASYNC_GENERATOR))
        if info.file and info.file.startswith('<kiln-exec-'):
            self.exec_files.add(info.file)
        for name in names:
            if name not in self.all_names:
                self.all_names[name] = None
                self.all_names_list.append(name)
        entry['defaults'] = [self.value(v, names) for v in (fn.__defaults__ or ())]
        entry['kwdefaults'] = self._named(fn.__kwdefaults__ or {}, names)
        closure = {}
        for name, cell in zip(code.co_freevars, fn.__closure__ or ()):
            try:
                contents = cell.cell_contents
            except ValueError:
                closure[name] = {'k': 'empty_cell'}
            else:
                closure[name] = self.value(contents, names)
        entry['closure'] = closure
        bns = g.get('__builtins__', builtins)
        if isinstance(bns, types.ModuleType):
            bns = bns.__dict__
        if not isinstance(bns, dict):
            bns = builtins.__dict__
        global_values, builtin_values = {}, {}
        for name in info.global_names:
            if name in g:
                global_values[name] = self.value(g[name], names)
            elif name in bns:
                # Exported as values (a builtin class with its MRO, a builtin function), so
                # that `except KeyError` and a base class KeyError are one object.
                builtin_values[name] = self.value(bns[name], names)
        entry['globals'] = global_values
        entry['builtins'] = builtin_values
        entry['attrs'] = self._named(fn.__dict__, ALL)

    def _named(self, mapping, names):
        result = {}
        for key, value in dict.items(mapping):
            if type(key) is str and _encodable(key):
                result[key] = self.value(value, names)
        return result

    def _fill_class(self, entry, cls):
        builtin = self.class_is_builtin(cls)
        modname = _attr_str(cls, '__module__')
        if modname == _attr_str(self.main, '__name__'):
            module = self.main
        else:
            module = sys.modules.get(modname) if modname and modname != 'builtins' else None
        location = self.hooks.class_location(cls)
        entry['name'] = _attr_str(cls, '__name__') or '?'
        entry['qualname'] = _attr_str(cls, '__qualname__') or entry['name']
        entry['module'] = self.ref_module(module) if isinstance(module, types.ModuleType) else None
        if location is not None:
            entry['file'], entry['line'] = _abs_file(location[0]), location[1]
        else:
            filename = getattr(module, '__file__', None) if module is not None else None
            entry['file'] = os.path.abspath(filename) if isinstance(filename, str) else None
            entry['line'] = None
        if entry['file'] and entry['file'].startswith('<kiln-exec-'):
            self.exec_files.add(entry['file'])
        entry['builtin'] = builtin
        entry['bases'] = [self.value(b, ALL) for b in cls.__bases__]
        entry['mro'] = [self.value(b, ALL) for b in cls.__mro__]
        meta = type(cls)
        entry['metaclass'] = None if meta is type else self.value(meta, ALL)
        attrs = {}
        if not builtin or '_kiln_builtin_' in cls.__dict__:
            slots = _slot_names(cls)
            for key, value in cls.__dict__.items():
                if type(key) is not str or key in ('__dict__', '__weakref__', '__module__',
                                                   '__qualname__', '__doc__'):
                    continue
                if key in slots and type(value) is types.MemberDescriptorType:
                    continue
                if _encodable(key):
                    attrs[key] = self.value(value, ALL)
        entry['attrs'] = attrs

    def _fill_instance(self, entry, obj):
        t = type(obj)
        entry['class'] = self.value(t, ALL)
        attrs = {}
        if self.r_dict is not None and issubclass(t, self.r_dict):
            d = object.__getattribute__(obj, '__dict__')
            for key in ('key_eq', 'key_hash', 'force_non_null', 'simple_hash_eq'):
                if key in d:
                    attrs[key] = self.value(d[key], ALL)
            items = self.r_dict.items(obj)
            lst = self._new(('r_dict items', id(obj)), items, 'list')
            lst['items'] = [self.value(item, ALL) for item in items]
            attrs['items'] = self._ref(lst)
            entry['attrs'] = attrs
            return
        try:
            d = object.__getattribute__(obj, '__dict__')
        except Exception:
            d = None
        if isinstance(d, dict):
            attrs.update(self._named(d, ALL))
        for klass in reversed(t.__mro__):
            for slot in _slot_names(klass):
                descr = klass.__dict__.get(slot)
                if type(descr) is not types.MemberDescriptorType or slot in attrs:
                    continue
                try:
                    value = descr.__get__(obj, t)
                except AttributeError:
                    continue
                attrs[slot] = self.value(value, ALL)
        if isinstance(obj, BaseException) and 'args' not in attrs:
            attrs['args'] = self.value(BaseException.__dict__['args'].__get__(obj), ALL)
        entry['attrs'] = attrs

    def _container_extras(self, entry, obj, exact):
        if type(obj) is not exact:
            entry['cls'] = self.value(type(obj), ALL)
            try:
                d = object.__getattribute__(obj, '__dict__')
            except Exception:
                d = None
            if isinstance(d, dict) and d:
                entry['attrs'] = self._named(d, ALL)

    def _fill_list(self, entry, obj):
        entry['items'] = [self.value(x, ALL) for x in list.copy(obj)]
        self._container_extras(entry, obj, list)

    def _fill_dict(self, entry, obj):
        entry['items'] = [[self.value(k, ALL), self.value(v, ALL)]
                          for k, v in list(dict.items(obj))]
        self._container_extras(entry, obj, dict)

    def _fill_set(self, entry, obj, exact=set):
        items = sorted(list(exact.__iter__(obj)), key=self._sort_key)
        entry['items'] = [self.value(x, ALL) for x in items]
        self._container_extras(entry, obj, exact)

    def _fill_frozenset(self, entry, obj):
        self._fill_set(entry, obj, frozenset)

    def _sort_key(self, v):
        """A deterministic order for set items (their iteration order depends
        on hashes, which CPython randomizes)."""
        t = type(v)
        if v is None:
            return (0,)
        if t is bool or t is int:
            return (1, int(v), t.__name__)
        if t is float or t is complex:
            return (2, repr(v))
        if t is str:
            return (3, v)
        if t is bytes:
            return (4, v)
        if t is tuple:
            return (5, tuple(self._sort_key(x) for x in v))
        entry = self.memo.get(id(v))
        return (6, entry['id'] if entry else 1 << 62, _attr_str(t, '__module__') or '',
                _attr_str(t, '__qualname__') or '', _attr_str(v, '__qualname__') or '')

    def _fill_method(self, entry, obj):
        if type(obj) is types.MethodType:
            entry['function'] = self.value(obj.__func__, ALL)
            entry['self'] = self.value(obj.__self__, ALL)
            return
        owner = obj.__self__
        name = _attr_str(obj, '__name__') or '?'
        descr = None
        for klass in type(owner).__mro__:
            if name in klass.__dict__:
                descr = klass.__dict__[name]
                break
        if descr is not None and issubclass(type(descr), _BUILTIN_CALLABLES):
            entry['function'] = self.value(descr, ALL)
        else:
            key = ('builtin', id(type(owner)), name)
            fn = self.memo.get(key)
            if fn is None:
                fn = self._new(key, None, 'builtin')
                fn['name'] = self.class_name(type(owner)) + '.' + name
                fn['qualname'] = name
            entry['function'] = self._ref(fn)
        entry['self'] = self.value(owner, ALL)

    def _fill_staticmethod(self, entry, obj):
        entry['function'] = self.value(obj.__func__, ALL)

    _fill_classmethod = _fill_staticmethod

    def _fill_property(self, entry, obj):
        entry['fget'] = self.value(obj.fget, ALL)
        entry['fset'] = self.value(obj.fset, ALL)
        entry['fdel'] = self.value(obj.fdel, ALL)

    def sources(self):
        return [{'file': name, 'text': text} for name, text in self.hooks.sources.items()
                if name in self.exec_files]


def _slot_names(cls):
    slots = cls.__dict__.get('__slots__', ())
    if isinstance(slots, str):
        slots = (slots,)
    try:
        slots = [s for s in slots if isinstance(s, str)]
    except TypeError:
        return []
    name = cls.__name__.lstrip('_')
    result = []
    for slot in slots:
        if slot in ('__dict__', '__weakref__'):
            continue
        if slot.startswith('__') and not slot.endswith('__') and name:
            slot = '_%s%s' % (name, slot)        # private names are mangled
        result.append(slot)
    return result


def _attr_str(obj, name):
    try:
        value = getattr(obj, name)
    except Exception:
        return None
    return value if isinstance(value, str) else None


def _encodable(text):
    try:
        text.encode('utf-8')
        return True
    except UnicodeEncodeError:
        return False


def _b64(data):
    return base64.b64encode(data).decode('ascii')


def _str_value(s):
    if _encodable(s):
        return {'k': 'str', 'v': s}
    return {'k': 'str', 'b64': _b64(s.encode('utf-8', 'surrogatepass'))}


# -- The document -----------------------------------------------------------------------

def export(path, search_paths=(), redirect_stdout=False):
    """Import the program at ``path`` and return its load-graph document (a
    dict).  Raises ProgramError or UsageError."""
    if sys.version_info < (3, 11):
        raise UsageError("the exporter needs Python 3.11 or newer")
    path = os.path.abspath(path)
    module, hooks, entry, kind, error = load_program(path, search_paths, redirect_stdout)
    saved_limit, saved_digits = sys.getrecursionlimit(), sys.get_int_max_str_digits()
    sys.setrecursionlimit(max(saved_limit, 20000))
    sys.set_int_max_str_digits(0)               # ints of any size are written in full
    try:
        user_dirs = [os.path.dirname(path)] + [os.path.abspath(d) for d in search_paths] \
            + [_LIB_DIR]
        exporter = Exporter(module, hooks, user_dirs)
        entry_value = exporter.run(entry)
    finally:
        sys.setrecursionlimit(saved_limit)
        sys.set_int_max_str_digits(saved_digits)
    return {
        'format': 'kiln-load-graph',
        'version': FORMAT_VERSION,
        'python': '%d.%d.%d' % sys.version_info[:3],
        'main': 1,
        'entry': entry_value,
        'entry_kind': kind,
        'error': error,
        'modules': exporter.modules,
        'objects': exporter.objects,
        'sources': exporter.sources(),
    }


def dumps(document):
    """The document as JSON text: stable, one object per line."""

    def enc(value):
        return json.dumps(value, ensure_ascii=False, separators=(',', ':'), sort_keys=False)

    saved_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(saved_limit, 20000))     # deeply nested tuples
    try:
        return _dumps(document, enc)
    finally:
        sys.setrecursionlimit(saved_limit)


def _dumps(document, enc):
    lines = ['{']
    keys = list(document)
    for i, key in enumerate(keys):
        comma = ',' if i + 1 < len(keys) else ''
        value = document[key]
        if key in ('objects', 'sources') and value:
            lines.append('%s:[' % enc(key))
            lines.extend(enc(item) + (',' if j + 1 < len(value) else '')
                         for j, item in enumerate(value))
            lines.append(']' + comma)
        else:
            lines.append('%s:%s%s' % (enc(key), enc(value), comma))
    lines.append('}')
    return '\n'.join(lines) + '\n'


def parse_args(argv):
    prog, paths, out = None, [], None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ('-h', '--help'):
            return None, paths, out
        if arg in ('--path', '-o', '--output'):
            if i + 1 >= len(argv):
                raise UsageError("%s needs an argument" % arg)
            if arg == '--path':
                paths.append(argv[i + 1])
            else:
                out = argv[i + 1]
            i += 2
            continue
        if arg.startswith('--path='):
            paths.append(arg[len('--path='):])
        elif arg.startswith('--output='):
            out = arg[len('--output='):]
        elif arg.startswith('-o') and len(arg) > 2:
            out = arg[2:]
        elif arg.startswith('-') and arg != '-':
            raise UsageError("unknown option '%s'" % arg)
        elif prog is None:
            prog = arg
        else:
            raise UsageError("more than one program given ('%s' and '%s')" % (prog, arg))
        i += 1
    if prog is None and '-h' not in argv and '--help' not in argv:
        raise UsageError("no program given")
    return prog, paths, out


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    try:
        prog, paths, out = parse_args(argv)
        if prog is None:
            sys.stdout.write(USAGE)
            return 0
        # The program's load-time prints go to stderr either way, so that kiln's own stdout
        # (e.g. kiln load --dump-globals) carries only what kiln prints.
        document = export(prog, paths, redirect_stdout=True)
    except UsageError as exc:
        sys.stderr.write(USAGE + "kiln._export: error: %s\n" % exc)
        return 2
    except ProgramError as exc:
        sys.stderr.write(exc.text)
        sys.stderr.flush()
        return 1
    data = dumps(document).encode('utf-8')
    if out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            with open(out, 'wb') as f:
                f.write(data)
        except OSError as exc:
            sys.stderr.write("kiln._export: error: cannot write '%s': %s\n"
                             % (out, exc.strerror))
            return 2
    return 0


def _reexec_with_fixed_hash_seed():
    """Load-time code that iterates over sets of strings depends on the hash
    seed; run with PYTHONHASHSEED=0 (unless the caller chose a seed) so that
    exporting twice gives the same document."""
    if os.environ.get('PYTHONHASHSEED') is not None or not getattr(sys, 'orig_argv', None):
        return
    env = dict(os.environ, PYTHONHASHSEED='0')
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, [sys.executable] + sys.orig_argv[1:], env)
    except OSError:
        pass                                    # carry on with a random seed


if __name__ == '__main__':
    _reexec_with_fixed_hash_seed()
    if sys.path and sys.path[0] == os.getcwd():
        del sys.path[0]                         # -m put the working directory first
    sys.exit(main())

"""kiln._export: the load-time object graph (docs/load-graph.md).

Most tests run the exporter in this process on a small program written to a
temporary directory (fast); a few run ``python3 -m kiln._export`` to check the
command line, exit statuses and determinism."""

import ast
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import types
import unittest

from kiln import _export

LIB_DIR = os.path.dirname(os.path.dirname(os.path.abspath(_export.__file__)))
_counter = itertools.count(1)


class Doc:
    """A load-graph document with helpers to follow refs."""

    def __init__(self, document):
        self.d = document
        self.objects = {o['id']: o for o in document['objects']}

    def obj(self, value):
        assert value['k'] == 'ref', value
        return self.objects[value['id']]

    @property
    def main(self):
        return self.objects[self.d['main']]

    def g(self, name):
        """The value of a global of the main module."""
        return self.main['globals'][name]

    def go(self, name):
        """The object a global of the main module refers to."""
        return self.obj(self.g(name))

    @property
    def entry(self):
        return self.obj(self.d['entry'])

    def of_kind(self, kind):
        return [o for o in self.d['objects'] if o['k'] == kind]

    def builtin_names(self):
        return {o['name'] for o in self.of_kind('builtin')}

    def function(self, qualname):
        found = [o for o in self.of_kind('function') if o.get('qualname') == qualname]
        assert len(found) == 1, (qualname, found)
        return found[0]


class ExportTestCase(unittest.TestCase):
    maxDiff = None

    def write(self, files):
        tmp = tempfile.mkdtemp(prefix='kiln-export-test-')
        self.addCleanup(shutil.rmtree, tmp, True)
        for name, text in files.items():
            path = os.path.join(tmp, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(textwrap.dedent(text))
        return tmp

    def export(self, source, files=None, paths=(), stem=None):
        """Export ``source`` as the main module; ``files`` are more modules next to it."""
        stem = stem or 'kx_prog_%d' % next(_counter)
        tmp = self.write(dict(files or {}, **{stem + '.py': source}))
        before = set(sys.modules)
        try:
            document = _export.export(os.path.join(tmp, stem + '.py'),
                                      [os.path.join(tmp, p) for p in paths])
        finally:
            for name in set(sys.modules) - before:
                del sys.modules[name]
        # It must survive the trip through JSON unchanged.
        text = _export.dumps(document)
        self.assertEqual(json.loads(text), document)
        self.tmp = tmp
        return Doc(document)


def run_cli(args, env_extra=None, cwd=None):
    env = dict(os.environ, PYTHONPATH=LIB_DIR)
    env.pop('PYTHONHASHSEED', None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, '-m', 'kiln._export'] + args, env=env, cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)


# -- document shape and values ------------------------------------------------------

class DocumentTest(ExportTestCase):
    def test_top_level_and_ids(self):
        doc = self.export("""
            import os
            def entry_point(argv):
                os.write(1, b'hi')
                return 0
            """)
        d = doc.d
        self.assertEqual(list(d), ['format', 'version', 'python', 'main', 'entry', 'entry_kind',
                                   'error', 'modules', 'objects', 'sources'])
        self.assertEqual(d['format'], 'kiln-load-graph')
        self.assertEqual(d['version'], 1)
        self.assertEqual(d['python'], '%d.%d.%d' % sys.version_info[:3])
        self.assertEqual(d['main'], 1)
        self.assertEqual(d['entry_kind'], 'entry_point')
        self.assertIsNone(d['error'])
        self.assertEqual([o['id'] for o in d['objects']], list(range(1, len(d['objects']) + 1)))
        self.assertEqual(d['modules'], [o['id'] for o in doc.of_kind('module')])
        self.assertEqual(doc.main['k'], 'module')
        self.assertEqual(doc.main['file'], os.path.join(self.tmp, doc.main['name'] + '.py'))
        self.assertIs(doc.main['builtin'], False)
        self.assertEqual(d['entry'], doc.g('entry_point'))
        self.assertEqual(d['entry'], {'k': 'ref', 'id': 2})
        self.assertNotIn('__builtins__', doc.main['globals'])
        self.assertNotIn('__spec__', doc.main['globals'])
        self.assertEqual(doc.g('__name__'), {'k': 'str', 'v': doc.main['name']})

    def test_inline_values(self):
        doc = self.export("""
            import collections
            BIG = 7 ** 6000
            P = collections.namedtuple('P', 'x y')
            def entry_point(argv):
                return (None, True, False, -12, BIG, 1.5, float('inf'), float('-inf'),
                        float('nan'), -0.0, 1e100, 2 - 3j, 'text', '\\ud800x', b'\\x00\\xff',
                        ..., (1, (2, ())), P(1, 'a'), STR, FLT)
            class S(str):
                pass
            class F(float):
                pass
            STR = S('sub')
            FLT = F(2.5)
            VALUES = [None, True, False, -12, BIG, 1.5, float('inf'), float('-inf'),
                      float('nan'), -0.0, 1e100, 2 - 3j, 'text', '\\ud800x', b'\\x00\\xff',
                      ..., (1, (2, ())), P(1, 'a'), STR, FLT]
            """)
        items = doc.go('VALUES')['items']
        saved = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        self.addCleanup(sys.set_int_max_str_digits, saved)
        self.assertEqual(items[:16], [
            {'k': 'none'}, {'k': 'bool', 'v': True}, {'k': 'bool', 'v': False},
            {'k': 'int', 'v': '-12'}, {'k': 'int', 'v': str(7 ** 6000)},
            {'k': 'float', 'v': '1.5'}, {'k': 'float', 'v': 'inf'},
            {'k': 'float', 'v': '-inf'}, {'k': 'float', 'v': 'nan'},
            {'k': 'float', 'v': '-0.0'}, {'k': 'float', 'v': '1e+100'},
            {'k': 'complex', 're': '2.0', 'im': '-3.0'}, {'k': 'str', 'v': 'text'},
            {'k': 'str', 'b64': '7aCAeA=='}, {'k': 'bytes', 'b64': 'AP8='},
            {'k': 'ellipsis'}])
        self.assertEqual(items[16], {'k': 'tuple', 'items': [
            {'k': 'int', 'v': '1'},
            {'k': 'tuple', 'items': [{'k': 'int', 'v': '2'}, {'k': 'tuple', 'items': []}]}]})
        point, sub, flt = items[17], items[18], items[19]
        self.assertEqual(point['k'], 'tuple')
        self.assertEqual(point['items'], [{'k': 'int', 'v': '1'}, {'k': 'str', 'v': 'a'}])
        self.assertEqual(doc.obj(point['cls'])['qualname'], 'P')
        self.assertEqual((sub['k'], sub['v'], doc.obj(sub['cls'])['name']), ('str', 'sub', 'S'))
        self.assertEqual((flt['k'], flt['v'], doc.obj(flt['cls'])['name']), ('float', '2.5', 'F'))

    def test_int_subclass_has_cls(self):
        doc = self.export("""
            from rpython.rlib.rarithmetic import r_uint, intmask
            U = r_uint(-1)
            def entry_point(argv):
                return intmask(U)
            """)
        value = doc.entry['globals']['U']
        self.assertEqual(value['v'], str(2 ** 64 - 1))
        cls = doc.obj(value['cls'])
        self.assertEqual((cls['k'], cls['name'], cls['builtin']), ('class', 'r_uint', True))
        self.assertEqual(doc.obj(cls['module'])['name'], 'kiln.rarithmetic')
        self.assertIn('kiln.rarithmetic.intmask', doc.builtin_names())

    def test_containers_and_identity(self):
        doc = self.export("""
            SHARED = [1, 2]
            CYCLE = []
            CYCLE.append(CYCLE)
            D = {'b': SHARED, 'a': (SHARED, SHARED), 3: None}
            S = {'pear', 'apple', 3, 1, (2, 'x'), None}
            FS = frozenset(['b', 'a'])
            def entry_point(argv):
                return len(D) + len(SHARED) + len(CYCLE) + len(S) + len(FS)
            """)
        shared = doc.g('SHARED')
        d = doc.go('D')
        self.assertEqual(d['k'], 'dict')
        self.assertEqual([k for k, _ in d['items']],
                         [{'k': 'str', 'v': 'b'}, {'k': 'str', 'v': 'a'}, {'k': 'int', 'v': '3'}])
        self.assertEqual(d['items'][0][1], shared)
        self.assertEqual(d['items'][1][1], {'k': 'tuple', 'items': [shared, shared]})
        self.assertEqual(doc.entry['globals']['SHARED'], shared)
        self.assertEqual(len([o for o in doc.of_kind('list') if o['items'] == [
            {'k': 'int', 'v': '1'}, {'k': 'int', 'v': '2'}]]), 1)
        cycle = doc.go('CYCLE')
        self.assertEqual(cycle['items'], [doc.g('CYCLE')])
        s = doc.go('S')
        self.assertEqual(s['k'], 'set')
        self.assertEqual(s['items'], [
            {'k': 'none'}, {'k': 'int', 'v': '1'}, {'k': 'int', 'v': '3'},
            {'k': 'str', 'v': 'apple'}, {'k': 'str', 'v': 'pear'},
            {'k': 'tuple', 'items': [{'k': 'int', 'v': '2'}, {'k': 'str', 'v': 'x'}]}])
        fs = doc.go('FS')
        self.assertEqual((fs['k'], fs['items']), ('frozenset', [{'k': 'str', 'v': 'a'},
                                                               {'k': 'str', 'v': 'b'}]))

    def test_container_subclasses(self):
        doc = self.export("""
            import collections
            class MyList(list):
                pass
            L = MyList([1])
            L.tag = 'x'
            OD = collections.OrderedDict(a=1)
            def entry_point(argv):
                return len(L) + len(OD)
            """)
        lst, od = doc.go('L'), doc.go('OD')
        self.assertEqual(lst['k'], 'list')
        self.assertEqual(doc.obj(lst['cls'])['name'], 'MyList')
        self.assertEqual(lst['attrs'], {'tag': {'k': 'str', 'v': 'x'}})
        self.assertEqual(od['k'], 'dict')
        cls = doc.obj(od['cls'])
        self.assertEqual((cls['name'], cls['builtin'], cls['attrs']), ('OrderedDict', True, {}))

    def test_opaque_values(self):
        doc = self.export("""
            import threading
            def gen():
                yield 1
            class BadRepr:
                def __repr__(self):
                    raise RuntimeError('no repr')
            import io
            G = gen()
            LOCK = threading.Lock()
            BUF = io.BytesIO()
            WEIRD = [BadRepr.__repr__.__code__]
            DEEP = ()
            for i in range(1500):
                DEEP = (DEEP,)
            def entry_point(argv):
                return G, LOCK, BUF, WEIRD, DEEP
            """)
        g = doc.go('G')
        self.assertEqual((g['k'], g['type'], g['type_qualname']),
                         ('opaque', 'builtins.generator', 'generator'))
        self.assertIn(' at 0x...', g['repr'])
        self.assertLessEqual(len(g['repr']), 200)
        self.assertEqual(doc.go('LOCK')['k'], 'opaque')
        self.assertEqual(doc.go('BUF')['type'], '_io.BytesIO')
        code = doc.obj(doc.go('WEIRD')['items'][0])
        self.assertEqual((code['k'], code['type']), ('opaque', 'builtins.code'))
        # The deep tuple becomes opaque at depth 200 instead of crashing.
        value, depth = doc.g('DEEP'), 0
        while value['k'] == 'tuple':
            value, depth = value['items'][0], depth + 1
        self.assertEqual(depth, _export._MAX_TUPLE_DEPTH + 1)
        self.assertEqual(doc.obj(value)['k'], 'opaque')

    def test_sockets_and_reprs_that_raise(self):
        import gc
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter('ignore', ResourceWarning)
            doc = self.export("""
                import socket
                SOCK = socket.socket()
                ITER = iter([1])
                def entry_point(argv):
                    return SOCK, ITER
                """)
            gc.collect()                        # the unclosed socket, silently
        sock = doc.go('SOCK')
        self.assertEqual((sock['k'], sock['type'], sock['type_qualname']),
                         ('opaque', 'socket.socket', 'socket'))
        self.assertEqual(doc.go('ITER')['type_qualname'], 'list_iterator')

        class BadRepr:
            def __repr__(self):
                raise RuntimeError('no repr')
        self.assertEqual(_export._safe_repr(BadRepr()), '<%s object>' % BadRepr.__qualname__)
        self.assertEqual(_export._safe_repr('x' * 500), repr('x' * 500)[:200])

    def test_weird_objects_never_crash(self):
        doc = self.export("""
            import functools, sys, types, weakref
            from unittest import mock
            class Meta(type):
                def __getattribute__(cls, name):
                    if name in ('__qualname__', '__module__'):
                        raise RuntimeError(name)
                    return type.__getattribute__(cls, name)
            class Odd(metaclass=Meta):
                pass
            class NoDict(object):
                @property
                def __dict__(self):
                    raise RuntimeError('no dict')
            class Liar(object):
                __class__ = property(lambda self: int)
            class BadItems(dict):
                def items(self):
                    raise RuntimeError('items')
            class FakeModule(types.ModuleType):
                pass
            def gen():
                yield sys._getframe()
            def cell():
                x = 1
                return (lambda: x).__closure__[0]
            class WithSuper(object):
                def get(self):
                    return super()
            FM = FakeModule('fake')
            FM.attr = 1
            WEIRD = [mock.Mock(), Odd, Odd(), NoDict(), Liar(), BadItems(a=1),
                     functools.partial(len), weakref.ref(Odd), cell(), next(gen()), FM,
                     type(None), NotImplemented, WithSuper().get(), classmethod(len),
                     property(len), staticmethod(NoDict), dict.fromkeys, str.join, (1).__add__,
                     int.__add__, range(3), slice(1, 2), bytearray(b'x'), memoryview(b'x')]
            def entry_point(argv):
                return WEIRD, FM.attr
            """)
        items = [doc.obj(v) for v in doc.go('WEIRD')['items']]
        kinds = [o['k'] for o in items]
        self.assertEqual(kinds[:6], ['opaque', 'class', 'instance', 'instance', 'instance',
                                     'dict'])
        self.assertEqual(items[5]['items'], [[{'k': 'str', 'v': 'a'}, {'k': 'int', 'v': '1'}]])
        self.assertEqual(kinds[10], 'module')
        self.assertEqual(items[10]['globals'], {'attr': {'k': 'int', 'v': '1'}})
        self.assertEqual((items[10]['name'], items[10]['builtin']), ('fake', False))
        self.assertEqual([items[17]['name'], items[18]['name'], items[20]['name']],
                         ['dict.fromkeys', 'str.join', 'int.__add__'])
        self.assertEqual((kinds[19], items[19]['function'], items[19]['self']),
                         ('method', doc.go('WEIRD')['items'][20], {'k': 'int', 'v': '1'}))
        self.assertEqual(kinds[14:17], ['classmethod', 'property', 'staticmethod'])
        self.assertTrue(all(k in ('opaque', 'builtin') for k in kinds[21:]))


# -- functions ----------------------------------------------------------------------

class FunctionTest(ExportTestCase):
    def test_function_fields(self):
        doc = self.export("""
            import math
            LIMIT = 10
            def helper(a, b=LIMIT, *args, c, d=(1, 'x'), **kw):
                "Docstring."
                total = 0
                for i in range(a):
                    total += b + max(i, LIMIT) + math.floor(1.5)
                return total
            def entry_point(argv):
                return helper(len(argv), c=1)
            """)
        fn = doc.function('helper')
        self.assertEqual(list(fn), ['id', 'k', 'name', 'qualname', 'module', 'file', 'line',
                                    'body', 'is_lambda', 'is_generator', 'is_async',
                                    'defaults', 'kwdefaults', 'closure', 'globals',
                                    'builtins', 'attrs'])
        self.assertEqual(fn['name'], 'helper')
        self.assertEqual(fn['module'], {'k': 'ref', 'id': 1})
        self.assertEqual(fn['file'], doc.main['file'])
        self.assertEqual(fn['line'], 4)
        self.assertEqual(fn['body'], [6, 4])
        self.assertEqual((fn['is_lambda'], fn['is_generator'], fn['is_async']),
                         (False, False, False))
        self.assertEqual(fn['defaults'], [{'k': 'int', 'v': '10'}])
        self.assertEqual(fn['kwdefaults'], {'d': {'k': 'tuple', 'items': [
            {'k': 'int', 'v': '1'}, {'k': 'str', 'v': 'x'}]}})
        self.assertEqual(fn['closure'], {})
        self.assertEqual(list(fn['globals']), ['LIMIT', 'math'])
        self.assertEqual(list(fn['builtins']), ['range', 'max'])
        # Builtins are values: classes with their MRO, functions as builtin objects.
        self.assertEqual(doc.obj(fn['builtins']['range'])['k'], 'class')
        self.assertEqual(doc.obj(fn['builtins']['range'])['builtin'], True)
        self.assertEqual(doc.obj(fn['builtins']['max'])['k'], 'builtin')
        self.assertEqual(doc.obj(fn['builtins']['max'])['name'], 'max')
        math_module = doc.obj(fn['globals']['math'])
        self.assertEqual(math_module['builtin'], True)
        self.assertEqual(list(math_module['globals']), ['floor'])
        self.assertEqual(doc.obj(math_module['globals']['floor'])['name'], 'math.floor')
        self.assertEqual(list(doc.entry['builtins']), ['len'])

    def test_closures(self):
        doc = self.export("""
            def make_adder(n):
                def add(x):
                    return x + n
                return add
            def make_empty():
                def inner():
                    return later
                result = inner
                later = 1
                del later
                return result
            def make_counter():
                count = [0]
                shared = {'k': count}
                def incr():
                    count[0] += 1
                    return shared
                return incr
            ADDERS = [make_adder(i) for i in range(3)]
            LOOPED = []
            for i in range(2):
                LOOPED.append(lambda x, i=i: x + i)
            EMPTY = make_empty()
            COUNTER = make_counter()
            def entry_point(argv):
                outer = 5
                def nested(y):
                    return y + outer
                return ADDERS[0](1) + LOOPED[1](2) + EMPTY() + nested(1) + len(COUNTER())
            """)
        adders = [doc.obj(v) for v in doc.go('ADDERS')['items']]
        self.assertEqual(len({a['id'] for a in adders}), 3)
        self.assertEqual([a['closure'] for a in adders],
                         [{'n': {'k': 'int', 'v': str(i)}} for i in range(3)])
        self.assertEqual({a['qualname'] for a in adders}, {'make_adder.<locals>.add'})
        looped = [doc.obj(v) for v in doc.go('LOOPED')['items']]
        self.assertEqual([f['defaults'] for f in looped],
                         [[{'k': 'int', 'v': '0'}], [{'k': 'int', 'v': '1'}]])
        self.assertEqual(doc.go('EMPTY')['closure'], {'later': {'k': 'empty_cell'}})
        counter = doc.go('COUNTER')
        shared = doc.obj(counter['closure']['shared'])
        self.assertEqual(shared['items'][0][1], counter['closure']['count'])
        # A run-time closure is not an object of the graph, but its code is read.
        self.assertNotIn('entry_point.<locals>.nested',
                         [f.get('qualname') for f in doc.of_kind('function')])

    def test_hints_attributes_and_builtins(self):
        doc = self.export("""
            from rpython.rlib import jit
            from kiln.objectmodel import specialize, always_inline
            @jit.elidable
            def pure(x):
                return x
            @specialize.argtype(0)
            @always_inline
            def spec(x):
                return x
            def manual(x):
                return x
            manual._annspecialcase_ = 'specialize:memo'
            @jit.look_inside_iff(lambda x: jit.isconstant(x))
            def cond(x):
                return x
            def entry_point(argv):
                return jit.promote(pure(1)) + spec(2) + manual(3) + cond(4)
            """)
        self.assertEqual(doc.function('pure')['attrs'],
                         {'_elidable_function_': {'k': 'bool', 'v': True}})
        self.assertEqual(doc.function('spec')['attrs'], {
            '_always_inline_': {'k': 'bool', 'v': True},
            '_annspecialcase_': {'k': 'str', 'v': 'specialize:argtype(0)'}})
        self.assertEqual(doc.function('manual')['attrs'],
                         {'_annspecialcase_': {'k': 'str', 'v': 'specialize:memo'}})
        pred = doc.obj(doc.function('cond')['attrs']['_jit_look_inside_iff_'])
        self.assertTrue(pred['is_lambda'])
        self.assertIn('jit', pred['globals'])
        names = doc.builtin_names()
        self.assertIn('kiln.jit.promote', names)          # through rpython.rlib.jit
        self.assertIn('kiln.jit.isconstant', names)
        jit_module = doc.obj(doc.entry['globals']['jit'])
        self.assertEqual(jit_module['name'], 'rpython.rlib.jit')
        self.assertIs(jit_module['builtin'], False)
        # The attributes named in the reading code's co_names (isconstant is read by
        # the predicate, which reaches the module through its own global).
        self.assertEqual(list(jit_module['globals']), ['promote', 'isconstant'])
        self.assertNotIn('dont_look_inside', jit_module['globals'])

    def test_generator_async_and_flags(self):
        doc = self.export("""
            def gen(n):
                yield n
            async def coro():
                return 1
            async def agen():
                yield 1
            def entry_point(argv):
                return gen, coro, agen
            """)
        self.assertEqual([(f['is_generator'], f['is_async']) for f in
                          (doc.function('gen'), doc.function('coro'), doc.function('agen'))],
                         [(True, False), (False, True), (True, True)])

    def test_functions_stored_with_globals(self):
        doc = self.export("""
            def _make(op):
                def f(a, b):
                    return OPS[op](a, b)
                f.__name__ = f.__qualname__ = 'do_' + op
                return f
            OPS = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b}
            for _op in ['add', 'sub']:
                globals()['do_' + _op] = _make(_op)
            def entry_point(argv):
                return do_add(1, 2) + do_sub(3, 4)
            """)
        add, sub = doc.obj(doc.entry['globals']['do_add']), doc.obj(doc.entry['globals']['do_sub'])
        self.assertEqual((add['qualname'], sub['qualname']), ('do_add', 'do_sub'))
        self.assertEqual((add['name'], add['code_name']), ('do_add', 'f'))
        self.assertNotIn('code_name', doc.entry)
        self.assertEqual(add['line'], sub['line'])
        self.assertEqual(add['closure'], {'op': {'k': 'str', 'v': 'add'}})
        self.assertEqual(doc.g('do_add'), doc.entry['globals']['do_add'])

    def test_shared_code_is_analysed_once(self):
        doc = self.export("""
            def make(i):
                return lambda x: x + i + OFFSET
            OFFSET = 1
            FUNCS = [make(i) for i in range(500)]
            def entry_point(argv):
                return sum(f(1) for f in FUNCS)
            """)
        funcs = [doc.obj(v) for v in doc.go('FUNCS')['items']]
        self.assertEqual(len(funcs), 500)
        self.assertTrue(all(f['globals'] == {'OFFSET': {'k': 'int', 'v': '1'}} for f in funcs))
        self.assertEqual(list(doc.entry['builtins']), ['sum'])


# -- body positions -------------------------------------------------------------------

LAMBDA_BODIES = ['-x', '(a, b)', 'x if c else y', '1', '[i for i in y]', '(yield 1)', 'not x',
                 'a.b.c', 'x[1:2]', 'a < b < c', '-1', '(1, 2)', '1 + 2', '"ab"[0]',
                 '(lambda: 1)', 'f"{x!r:>{w}}"', 'f"a{x}"', '[*a]', '{**a}', '(a for b in c)',
                 '...', 'None', 'a and b or c', 'x.y(z)', '{1: 2}', '{a, b}', '((x))',
                 'x(*a, **k)', '(a := 1)', 'b"x"', '"a" "b"', '()', '~x', 'f(x)[0]',
                 '(a) + b', '(a)[b]', '((a, b))', '(yield from x)', '"\u00e9" + x']


class BodyPositionTest(ExportTestCase):
    def test_lambda_bodies_match_the_ast(self):
        for body in LAMBDA_BODIES:
            for template in ('f = lambda: {}\n', 's = "\u00e9\u00e9"; g = 1; f = lambda: {}\n',
                             'f = (lambda:\n  {})\n'):
                source = template.format(body)
                tree = ast.parse(source)
                node = [n for n in ast.walk(tree) if isinstance(n, ast.Lambda)][0]
                code = [c for c in compile(source, 'x', 'exec').co_consts
                        if isinstance(c, types.CodeType)][0]
                with self.subTest(source=source):
                    self.assertEqual(_export.body_position(code),
                                     [node.body.lineno, node.body.col_offset])

    def test_positions_in_a_program(self):
        doc = self.export('''\
            s = "\u00e9t\u00e9"; f = lambda x: x + 1; g = lambda: (s, s)
            def deco(fn):
                return fn
            @deco
            @deco
            def decorated():
                x = 1
                return x
            def doc_only():
                """Only a docstring."""
            def passing(): pass
            def gen():
                yield 1
            async def coro():
                await other()
            def closure():
                v = 1
                def inner():
                    return v
                return inner
            INNER = closure()
            def entry_point(argv):
                return f(1), g(), decorated(), doc_only(), passing(), gen(), coro, INNER()
            ''')
        f, g = doc.go('f'), doc.go('g')
        self.assertEqual((f['line'], f['body'], f['is_lambda']), (1, [1, 27], True))
        line = 's = "\u00e9t\u00e9"; f = lambda x: x + 1; g = lambda: (s, s)'.encode()
        self.assertEqual(line.index(b'x + 1'), 27)          # UTF-8 bytes, not characters
        self.assertEqual((g['line'], g['body']), (1, [1, line.index(b'(s, s)')]))
        decorated = doc.function('decorated')
        self.assertEqual((decorated['line'], decorated['body']), (4, [7, 4]))
        self.assertIsNone(doc.function('doc_only')['body'])
        self.assertIsNone(doc.function('passing')['body'])
        self.assertEqual(doc.function('gen')['body'], [13, 4])
        self.assertEqual(doc.function('coro')['body'], [15, 4])
        inner = doc.function('closure.<locals>.inner')
        self.assertEqual((inner["line"], inner["body"]), (18, [19, 8]))
        self.assertEqual(inner['closure'], {'v': {'k': 'int', 'v': '1'}})


# -- classes and instances --------------------------------------------------------------

class ClassTest(ExportTestCase):
    def test_class_fields_mro_metaclass(self):
        doc = self.export("""
            class Meta(type):
                pass
            class Mixin(object):
                def mix(self):
                    return 1
            class Base(object, metaclass=Meta):
                _immutable_fields_ = ['x']
                counter = 0
                def __init__(self, x):
                    self.x = x
                @staticmethod
                def smeth():
                    return 2
                @classmethod
                def cmeth(cls):
                    return cls
                @property
                def prop(self):
                    return self.x
            class Derived(Base, Mixin):
                '''Doc.'''
                __slots__ = ('y', '__z')
            def entry_point(argv):
                return Derived(1).prop
            """)
        derived = doc.obj(doc.entry['globals']['Derived'])
        self.assertEqual(list(derived), ['id', 'k', 'name', 'qualname', 'module', 'file', 'line',
                                         'builtin', 'bases', 'mro', 'metaclass', 'attrs'])
        self.assertEqual((derived['name'], derived['line'], derived['builtin']),
                         ('Derived', 21, False))
        self.assertEqual([doc.obj(b)['name'] for b in derived['bases']], ['Base', 'Mixin'])
        self.assertEqual([doc.obj(b)['name'] for b in derived['mro']],
                         ['Derived', 'Base', 'Mixin', 'object'])
        self.assertEqual(doc.obj(derived['metaclass'])['name'], 'Meta')
        self.assertEqual(list(derived['attrs']), ['__slots__'])
        base = doc.go('Base')
        self.assertEqual(list(base['attrs']), ['_immutable_fields_', 'counter', '__init__',
                                               'smeth', 'cmeth', 'prop'])
        self.assertEqual(doc.obj(base['attrs']['smeth'])['k'], 'staticmethod')
        cm = doc.obj(base['attrs']['cmeth'])
        self.assertEqual(doc.obj(cm['function'])['qualname'], 'Base.cmeth')
        prop = doc.obj(base['attrs']['prop'])
        self.assertEqual(prop['k'], 'property')
        self.assertEqual(doc.obj(prop['fget'])['qualname'], 'Base.prop')
        self.assertEqual((prop['fset'], prop['fdel']), ({'k': 'none'}, {'k': 'none'}))
        obj = doc.obj(derived['mro'][-1])
        self.assertEqual((obj['builtin'], obj['module'], obj['attrs'], obj['line']),
                         (True, None, {}, None))
        self.assertIsNone(base['metaclass'] and None)
        self.assertIsNone(doc.go('Mixin')['metaclass'])

    def test_mixins(self):
        doc = self.export("""
            from kiln.objectmodel import import_from_mixin
            from kiln import jit
            class Mixin(object):
                _immutable_fields_ = ['m']
                @jit.unroll_safe
                def shared(self):
                    return 1
            class A(object):
                import_from_mixin(Mixin)
            class B(object):
                import_from_mixin(Mixin)
            def entry_point(argv):
                return A().shared() + B().shared()
            """)
        a, b = doc.go('A'), doc.go('B')
        fa, fb = doc.obj(a['attrs']['shared']), doc.obj(b['attrs']['shared'])
        self.assertNotEqual(fa['id'], fb['id'])
        self.assertEqual((fa['qualname'], fb['qualname']), ('A.shared', 'B.shared'))
        self.assertEqual((fa['line'], fa['body']), (fb['line'], fb['body']))
        self.assertEqual(fa['attrs']['_jit_unroll_safe_'], {'k': 'bool', 'v': True})
        self.assertEqual(fa['attrs']['_mixin_original_'], fb['attrs']['_mixin_original_'])
        self.assertEqual(doc.obj(fa['attrs']['_mixin_original_'])['qualname'], 'Mixin.shared')
        self.assertEqual(doc.obj(a['attrs']['_immutable_fields_'])['items'],
                         [{'k': 'str', 'v': 'm'}])

    def test_classes_in_loops_and_type(self):
        doc = self.export("""
            CLASSES = []
            for i in range(3):
                class C(object):
                    n = i
                CLASSES.append(C)
            D = type('D', (object,), {'x': 1})
            def entry_point(argv):
                return CLASSES, D
            """)
        classes = [doc.obj(v) for v in doc.go('CLASSES')['items']]
        self.assertEqual(len({c['id'] for c in classes}), 3)
        self.assertEqual([c['attrs']['n'] for c in classes],
                         [{'k': 'int', 'v': str(i)} for i in range(3)])
        self.assertEqual({c['line'] for c in classes}, {4})
        d = doc.go('D')
        self.assertEqual((d['line'], d['file'], d['attrs']),
                         (None, doc.main['file'], {'x': {'k': 'int', 'v': '1'}}))

    def test_prebuilt_instances_and_cycles(self):
        doc = self.export("""
            class Node(object):
                def __init__(self, name):
                    self.name = name
                    self.next = None
            class Slotted(object):
                __slots__ = ('a', 'b', '__private')
                def __init__(self):
                    self.a = 1
                    self._Slotted__private = 2
            class Error(Exception):
                pass
            A, B = Node('a'), Node('b')
            A.next, B.next = B, A
            S = Slotted()
            E = Error('boom', 2)
            MISSING = object()
            def entry_point(argv):
                return A.next.next is A and S.a and E.args and MISSING
            """)
        a, b = doc.go('A'), doc.go('B')
        self.assertEqual(a['k'], 'instance')
        self.assertEqual(doc.obj(a['class'])['name'], 'Node')
        self.assertEqual(a['attrs'], {'name': {'k': 'str', 'v': 'a'}, 'next': doc.g('B')})
        self.assertEqual(b['attrs']['next'], doc.g('A'))
        self.assertEqual(doc.go('S')['attrs'], {'a': {'k': 'int', 'v': '1'},
                                               '_Slotted__private': {'k': 'int', 'v': '2'}})
        slotted = doc.obj(doc.go('S')['class'])
        self.assertEqual(list(slotted['attrs']), ['__slots__', '__init__'])
        e = doc.go('E')
        self.assertEqual(e['attrs'], {'args': {'k': 'tuple', 'items': [
            {'k': 'str', 'v': 'boom'}, {'k': 'int', 'v': '2'}]}})
        error = doc.obj(e['class'])
        self.assertEqual([doc.obj(c)['name'] for c in error['mro']],
                         ['Error', 'Exception', 'BaseException', 'object'])
        self.assertTrue(doc.obj(error['bases'][0])['builtin'])
        missing = doc.go('MISSING')
        self.assertEqual((missing['k'], missing['attrs']), ('instance', {}))

    def test_hint_objects(self):
        doc = self.export("""
            from rpython.rlib.jit import JitDriver
            from kiln.objectmodel import r_dict
            from kiln.unroll import unrolling_iterable
            from kiln.rstring import StringBuilder
            def eq(a, b):
                return a == b
            def h(a):
                return len(a)
            driver = JitDriver(greens=['pc'], reds=['frame'])
            RD = r_dict(eq, h)
            RD['k'] = 1
            UNROLL = unrolling_iterable([1, 2])
            def entry_point(argv):
                driver.jit_merge_point(pc=0, frame=None)
                sb = StringBuilder()
                return RD['k'] + len(UNROLL) + len(sb.build())
            """)
        driver = doc.go('driver')
        cls = doc.obj(driver['class'])
        self.assertEqual((cls['name'], cls['builtin']), ('JitDriver', False))
        self.assertEqual(doc.obj(driver['attrs']['greens'])['items'], [{'k': 'str', 'v': 'pc'}])
        merge = doc.obj(cls['attrs']['jit_merge_point'])
        self.assertEqual((merge['k'], merge['name'], merge['qualname']),
                         ('builtin', 'kiln.jit.JitDriver.jit_merge_point',
                          'JitDriver.jit_merge_point'))
        self.assertEqual(doc.obj(cls['attrs']['_freeze_'])['k'], 'function')
        rd = doc.go('RD')
        self.assertEqual(list(rd['attrs']), ['key_eq', 'key_hash', 'force_non_null',
                                             'simple_hash_eq', 'items'])
        self.assertEqual(rd['attrs']['key_eq'], doc.g('eq'))
        self.assertEqual(doc.obj(rd['attrs']['items'])['items'], [
            {'k': 'tuple', 'items': [{'k': 'str', 'v': 'k'}, {'k': 'int', 'v': '1'}]}])
        rd_class = doc.obj(rd['class'])
        self.assertTrue(rd_class['builtin'])
        self.assertEqual(doc.obj(rd_class['attrs']['get'])['name'], 'kiln.objectmodel.r_dict.get')
        unroll = doc.go('UNROLL')
        self.assertEqual(unroll['attrs'], {'items': {'k': 'tuple', 'items': [
            {'k': 'int', 'v': '1'}, {'k': 'int', 'v': '2'}]}})
        sb = doc.obj(doc.entry['globals']['StringBuilder'])
        self.assertEqual((sb['builtin'], doc.obj(sb['attrs']['build'])['k']), (True, 'builtin'))


# -- modules and builtins -----------------------------------------------------------------

class ModuleTest(ExportTestCase):
    def test_builtin_module_attributes(self):
        doc = self.export("""
            import os, os.path, sys, math, time
            from os import path as ospath
            stack = []
            push = stack.append
            def entry_point(argv):
                os.write(1, b'x')
                sys.stdout.write(os.path.join('a', ospath.basename('b')))
                push(math.sqrt(math.pi))
                return int(time.time()) + len(sys.argv) + len(os.environ)
            """)
        os_module = doc.obj(doc.entry['globals']['os'])
        self.assertEqual((os_module['name'], os_module['builtin']), ('os', True))
        # Every name in the reader's co_names that the module has (os.sys too).
        self.assertEqual(list(os_module['globals']), ['write', 'sys', 'environ', 'path'])
        self.assertEqual(doc.obj(os_module['globals']['write'])['name'], 'os.write')
        path = doc.obj(os_module['globals']['path'])
        self.assertEqual(path['name'], 'os.path')
        self.assertEqual(doc.obj(path['globals']['join'])['name'], 'os.path.join')
        self.assertEqual(doc.entry['globals']['ospath'], os_module['globals']['path'])
        self.assertEqual(doc.obj(os_module['globals']['environ'])['name'], 'os.environ')
        sys_module = doc.obj(doc.entry['globals']['sys'])
        self.assertEqual(list(sys_module['globals']), ['stdout', 'path', 'argv'])
        stdout = doc.obj(sys_module['globals']['stdout'])
        self.assertEqual((stdout['name'], stdout['qualname']), ('sys.stdout', 'stdout'))
        self.assertIn('type_qualname', stdout)
        self.assertEqual(doc.obj(os_module['globals']['write'])['type_qualname'],
                         'builtin_function_or_method')
        math_module = doc.obj(doc.entry['globals']['math'])
        self.assertEqual(math_module['globals']['pi'], {'k': 'float', 'v': repr(3.141592653589793)})
        push = doc.obj(doc.entry['globals']['push'])
        self.assertEqual(push['k'], 'method')
        self.assertEqual(doc.obj(push['function'])['name'], 'list.append')
        self.assertEqual(push['self'], doc.g('stack'))
        names = doc.builtin_names()
        self.assertLessEqual({'os.write', 'os.path.join', 'os.path.basename', 'math.sqrt',
                              'time.time', 'sys.stdout', 'sys.argv'}, names)
        self.assertEqual(list(doc.entry['builtins']), ['int', 'len'])

    def test_user_modules_export_only_what_code_reads(self):
        doc = self.export("""
            import kx_helper_mod
            from kx_helper_mod import used_directly
            class Holder(object):
                module = kx_helper_mod
            def entry_point(argv):
                return kx_helper_mod.used() + used_directly()
            """, files={'kx_helper_mod.py': """
                CONST = 3
                OTHER = 4
                def used():
                    return CONST
                def used_directly():
                    return 1
                def never():
                    return OTHER
                """})
        mod = doc.obj(doc.entry['globals']['kx_helper_mod'])
        self.assertEqual((mod['name'], mod['builtin']), ('kx_helper_mod', False))
        self.assertEqual(mod['file'], os.path.join(self.tmp, 'kx_helper_mod.py'))
        self.assertEqual(list(mod['globals']), ['used', 'used_directly'])
        used = doc.obj(mod['globals']['used'])
        self.assertEqual(used['module'], doc.entry['globals']['kx_helper_mod'])
        self.assertEqual(used['globals'], {'CONST': {'k': 'int', 'v': '3'}})
        self.assertNotIn('never', [f.get('qualname') for f in doc.of_kind('function')])

    def test_module_reached_from_a_class_gets_every_name_code_mentions(self):
        doc = self.export("""
            import kx_helper_mod2
            class Holder(object):
                module = kx_helper_mod2
                def get(self):
                    return self.module.alpha() + self.module.BETA
            def entry_point(argv):
                return Holder().get()
            """, files={'kx_helper_mod2.py': """
                BETA = 2
                GAMMA = 3
                def alpha():
                    return 1
                """})
        holder = doc.obj(doc.entry['globals']['Holder'])
        mod = doc.obj(holder['attrs']['module'])
        self.assertEqual(list(mod['globals']), ['alpha', 'BETA'])

    def test_search_path_and_packages(self):
        doc = self.export("""
            from kx_pkg.sub import value
            import kx_pkg
            def entry_point(argv):
                return value() + kx_pkg.sub.value()
            """, files={'extra/kx_pkg/__init__.py': 'from . import sub\n',
                        'extra/kx_pkg/sub.py': 'def value():\n    return 1\n'},
            paths=['extra'])
        pkg = doc.obj(doc.entry['globals']['kx_pkg'])
        self.assertEqual((pkg['name'], pkg['builtin']), ('kx_pkg', False))
        sub = doc.obj(pkg['globals']['sub'])
        self.assertEqual(sub['name'], 'kx_pkg.sub')
        self.assertEqual(sub['globals']['value'], doc.entry['globals']['value'])

    def test_shallow_globals(self):
        doc = self.export("""
            import os, json
            from kiln.rarithmetic import r_uint
            class Unused(object):
                def method(self):
                    return UNREAD
            def unused_function():
                return os.getpid()
            UNREAD = [1, {'a': (2, Unused)}, Unused()]
            NUMBER = r_uint(3)
            BOUND = Unused().method
            SM = staticmethod(unused_function)
            READ = [4]
            def entry_point(argv):
                return READ[0]
            """)
        self.assertNotIn('shallow', doc.go('READ'))
        self.assertNotIn('shallow', doc.main)
        self.assertNotIn('shallow', doc.entry)
        unused = doc.go('Unused')
        self.assertEqual(unused, {'id': unused['id'], 'k': 'class', 'shallow': True,
                                  'name': 'Unused', 'qualname': 'Unused'})
        self.assertEqual(doc.go('unused_function'),
                         {'id': doc.g('unused_function')['id'], 'k': 'function',
                          'shallow': True, 'name': 'unused_function',
                          'qualname': 'unused_function'})
        unread = doc.go('UNREAD')
        self.assertTrue(unread['shallow'])
        self.assertEqual(unread['items'][0], {'k': 'int', 'v': '1'})
        inner = doc.obj(unread['items'][1])
        self.assertEqual((inner['k'], inner['shallow']), ('dict', True))
        self.assertEqual(inner['items'][0][1]['items'][1], doc.g('Unused'))
        instance = doc.obj(unread['items'][2])
        self.assertEqual(instance, {'id': instance['id'], 'k': 'instance', 'shallow': True,
                                    'class': doc.g('Unused')})
        self.assertEqual(doc.go('os'), {'id': doc.g('os')['id'], 'k': 'module',
                                        'shallow': True, 'name': 'os'})
        self.assertEqual(doc.obj(doc.g('NUMBER')['cls'])['qualname'], 'r_uint')
        bound = doc.go('BOUND')
        self.assertEqual((bound['k'], bound['shallow']), ('method', True))
        self.assertEqual(doc.obj(bound['function'])['qualname'], 'Unused.method')
        self.assertEqual(doc.obj(bound['self'])['class'], doc.g('Unused'))
        sm = doc.go('SM')
        self.assertEqual((sm['k'], sm['function']), ('staticmethod', doc.g('unused_function')))
        self.assertEqual(doc.d['modules'][0], 1)
        self.assertIn(doc.g('os')['id'], doc.d['modules'])


# -- exec-made code ----------------------------------------------------------------------

class ExecTest(ExportTestCase):
    def test_exec_compile_eval_sources(self):
        doc = self.export('''
            import ast
            for _name, _op in [("add", "+"), ("mul", "*")]:
                exec("def op_%s(a, b):\\n    return a %s b\\n" % (_name, _op))
            _ns = {}
            exec("X = 1\\n\\ndef from_ns(v):\\n    return v + X\\n", _ns)
            from_ns = _ns["from_ns"]
            _code = compile("def compiled():\\n    return 2\\n", "<generated>", "exec")
            exec(_code)
            triple = eval("lambda x: x * 3")
            _tree = ast.parse("def from_ast():\\n    return 3\\n")
            exec(compile(_tree, "<ast>", "exec"))
            def factory():
                exec("def local_fn():\\n    return 4\\n")
                return locals()["local_fn"]
            local_fn = factory()
            class Generated(object):
                exec("def meth(self):\\n    return 5\\n")
            def entry_point(argv):
                return (op_add(1, 2) + op_mul(3, 4) + from_ns(1) + compiled() + triple(2)
                        + from_ast() + local_fn() + Generated().meth())
            ''')
        sources = {s['file']: s['text'] for s in doc.d['sources']}
        files = {}
        for name in ('op_add', 'op_mul', 'from_ns', 'compiled', 'triple', 'from_ast',
                     'local_fn'):
            fn = doc.obj(doc.entry['globals'][name])
            self.assertRegex(fn['file'], r'^<kiln-exec-\d+>$')
            self.assertIn(fn['file'], sources)
            files[name] = fn
        self.assertEqual(sources[files['op_add']['file']], 'def op_add(a, b):\n    return a + b\n')
        self.assertEqual((files['op_add']['line'], files['op_add']['body']), (1, [2, 4]))
        self.assertEqual((files['from_ns']['line'], files['from_ns']['body']), (3, [4, 4]))
        namespace = doc.obj(files['from_ns']['module'])
        self.assertEqual(namespace, {'id': namespace['id'], 'k': 'module', 'name': '<namespace>',
                                     'file': None, 'builtin': False, 'namespace': True,
                                     'globals': {}})
        self.assertIn(namespace['id'], doc.d['modules'])
        self.assertEqual(files['from_ns']['globals'], {'X': {'k': 'int', 'v': '1'}})
        self.assertEqual(files['compiled']['module'], {'k': 'ref', 'id': 1})
        self.assertEqual((files['triple']['is_lambda'], files['triple']['body']), (True, [1, 10]))
        self.assertEqual(sources[files['triple']['file']], 'lambda x: x * 3')
        self.assertEqual(sources[files['from_ast']['file']], 'def from_ast():\n    return 3\n')
        meth = doc.obj(doc.go('Generated')['attrs']['meth'])
        self.assertEqual(meth['qualname'], 'meth')
        self.assertEqual(sources[meth['file']], 'def meth(self):\n    return 5\n')
        self.assertEqual(sorted(sources, key=lambda f: int(f[11:-1])),
                         [s['file'] for s in doc.d['sources']])
        self.assertEqual(len(set(sources)), len(doc.d['sources']))

    def test_exec_keeps_real_files_and_hooks_are_removed(self):
        doc = self.export('''
            import os
            _path = os.path.join(os.path.dirname(__file__), "kx_plugin_src.py")
            with open(_path) as _f:
                _ns = {"__name__": "plugin"}
                exec(compile(_f.read(), _path, "exec"), _ns)
            plugin = _ns["plugin"]
            def entry_point(argv):
                return plugin()
            ''', files={'kx_plugin_src.py': 'def plugin():\n    return 1\n'})
        fn = doc.obj(doc.entry['globals']['plugin'])
        self.assertEqual(fn['file'], os.path.join(self.tmp, 'kx_plugin_src.py'))
        self.assertEqual(doc.d['sources'], [])
        for name in ('compile', 'exec', 'eval', '__build_class__'):
            self.assertIsInstance(getattr(__import__('builtins'), name),
                                  types.BuiltinFunctionType)


# -- entry points and errors -------------------------------------------------------------

class EntryTest(ExportTestCase):
    def test_target(self):
        doc = self.export("""
            def main(argv):
                return 0
            def entry_point(argv):
                return 1
            def target(driver, args):
                return main, None
            """)
        self.assertEqual(doc.d['entry_kind'], 'target')
        self.assertEqual(doc.entry['qualname'], 'main')
        self.assertIsNone(doc.d['error'])
        self.assertTrue(doc.go('target')['shallow'])

    def test_target_without_arguments(self):
        doc = self.export("""
            def main(argv):
                return 0
            def target():
                return [main]
            """)
        self.assertEqual((doc.d['entry_kind'], doc.entry['qualname']), ('target', 'main'))

    def test_bad_target(self):
        doc = self.export("""
            def target(*args):
                return 42
            """)
        self.assertIsNone(doc.d['entry'])
        self.assertEqual(doc.d['entry_kind'], 'target')
        error = doc.d['error']
        self.assertEqual(error['code'], 'bad_target')
        self.assertIn('(entry_point, None)', error['message'])
        self.assertIn('42', error['message'])
        self.assertEqual((error['file'], error['line']), (doc.main['file'], 2))

    def test_no_entry_point(self):
        doc = self.export("""
            X = 1
            def helper():
                return X
            """)
        self.assertIsNone(doc.d['entry'])
        self.assertIsNone(doc.d['entry_kind'])
        error = doc.d['error']
        self.assertEqual(error['code'], 'no_entry_point')
        self.assertIn("define 'entry_point(argv)' returning an int, or 'target(driver, args)' "
                      "returning (entry_point, None)", error['message'])
        self.assertEqual(error['file'], doc.main['file'])
        self.assertTrue(doc.go('helper')['shallow'])

    def test_entry_point_not_a_function(self):
        doc = self.export("entry_point = 3\n")
        self.assertEqual(doc.d['error']['code'], 'no_entry_point')
        self.assertIn('must be a function, not int', doc.d['error']['message'])

    def test_target_that_raises(self):
        with self.assertRaises(_export.ProgramError) as cm:
            self.export("""
                def target(driver, args):
                    raise RuntimeError('bad configuration')
                """)
        self.assertIn(', line 3, in target\n', cm.exception.text)
        self.assertTrue(cm.exception.text.endswith('RuntimeError: bad configuration\n'))

    def test_import_error_traceback(self):
        tmp = self.write({'kx_raiser.py': 'def boom():\n    return {}["missing"]\n',
                          'kx_bad_prog.py': 'import kx_raiser\nX = 1\nkx_raiser.boom()\n'})
        before = set(sys.modules)
        try:
            with self.assertRaises(_export.ProgramError) as cm:
                _export.export(os.path.join(tmp, 'kx_bad_prog.py'))
        finally:
            for name in set(sys.modules) - before:
                del sys.modules[name]
        text = cm.exception.text
        self.assertTrue(text.startswith('Traceback (most recent call last):\n'), text)
        self.assertIn('File "%s", line 3, in <module>' % os.path.join(tmp, 'kx_bad_prog.py'),
                      text)
        self.assertIn('File "%s", line 2, in boom' % os.path.join(tmp, 'kx_raiser.py'), text)
        self.assertTrue(text.endswith("KeyError: 'missing'\n"), text)
        self.assertNotIn('_export.py', text)
        self.assertNotIn('importlib', text)
        self.assertNotIn('kx_bad_prog', sys.modules)


class CommandLineTest(ExportTestCase):
    def test_status_codes_and_output(self):
        tmp = self.write({
            'good.py': """
                print("loading")          # goes to stderr, not into the document
                S = {'b', 'a', 'c', 'd', 'e'}
                ORDER = list(S)
                def entry_point(argv):
                    return len(ORDER)
                """,
            'bad.py': 'def f():\n    raise ValueError("bad value")\nf()\n',
            'syntax.py': 'def f(:\n',
        })
        good = run_cli([os.path.join(tmp, 'good.py')])
        self.assertEqual(good.returncode, 0, good.stderr)
        self.assertEqual(good.stderr, b'loading\n')
        document = json.loads(good.stdout)
        self.assertEqual(document['entry_kind'], 'entry_point')
        # Twice, to a file: the same bytes (the hash seed is fixed). The program's own output
        # still goes to stderr, so that kiln's stdout carries only what kiln prints.
        out = os.path.join(tmp, 'out.json')
        again = run_cli([os.path.join(tmp, 'good.py'), '-o', out])
        self.assertEqual((again.returncode, again.stdout, again.stderr), (0, b'', b'loading\n'))
        with open(out, 'rb') as f:
            self.assertEqual(f.read(), good.stdout)

        bad = run_cli([os.path.join(tmp, 'bad.py')])
        self.assertEqual((bad.returncode, bad.stdout), (1, b''))
        err = bad.stderr.decode()
        self.assertIn('File "%s", line 3, in <module>' % os.path.join(tmp, 'bad.py'), err)
        self.assertIn('File "%s", line 2, in f' % os.path.join(tmp, 'bad.py'), err)
        self.assertIn('    raise ValueError("bad value")', err)
        self.assertTrue(err.endswith('ValueError: bad value\n'), err)
        self.assertNotIn('_export', err)
        self.assertNotIn('frozen', err)

        syntax = run_cli([os.path.join(tmp, 'syntax.py')])
        self.assertEqual(syntax.returncode, 1)
        self.assertIn('SyntaxError', syntax.stderr.decode())
        self.assertNotIn('Traceback', syntax.stderr.decode())

        helped = run_cli(['--help'])
        self.assertEqual((helped.returncode, helped.stdout[:6]), (0, b'usage:'))
        for args in ([], [os.path.join(tmp, 'missing.py')], ['--bogus', 'x.py'],
                     [os.path.join(tmp, 'good.py'), '--path', os.path.join(tmp, 'nodir')]):
            usage = run_cli(args)
            self.assertEqual(usage.returncode, 2, args)
            self.assertIn(b'usage:', usage.stderr)


if __name__ == '__main__':
    unittest.main()

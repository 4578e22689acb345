"""kiln.unroll, kiln.debug, kiln.signature and kiln.types."""

import io
import os
import re
import unittest
from unittest import mock

from kiln import debug, types
from kiln.signature import finishsigs, signature
from kiln.unroll import unrolling_iterable


class UnrollingIterableTest(unittest.TestCase):
    def test_behaves_like_a_tuple(self):
        items = unrolling_iterable(x * 2 for x in range(4))
        self.assertEqual(list(items), [0, 2, 4, 6])
        self.assertEqual(list(items), [0, 2, 4, 6])     # iterable twice
        self.assertEqual(len(items), 4)
        self.assertEqual(items[1], 2)
        self.assertEqual(items[-1], 6)
        self.assertIn(4, items)
        self.assertEqual(items.items, (0, 2, 4, 6))
        self.assertEqual(repr(unrolling_iterable([1])),
                         'unrolling_iterable((1,))')

    def test_snapshot_and_immutable(self):
        source = [1, 2]
        items = unrolling_iterable(source)
        source.append(3)
        self.assertEqual(list(items), [1, 2])
        with self.assertRaises(AttributeError):
            items.items = ()

    def test_marks(self):
        self.assertIn('_kiln_builtin_', unrolling_iterable.__dict__)
        self.assertIs(unrolling_iterable([])._freeze_(), True)


class DebugLogTest(unittest.TestCase):
    def run_logged(self, kilnlog, body):
        environ = {} if kilnlog is None else {'KILNLOG': kilnlog}
        stderr = io.StringIO()
        with mock.patch.dict(os.environ, environ, clear=False), \
                mock.patch('sys.stderr', stderr):
            if kilnlog is None:
                os.environ.pop('KILNLOG', None)
            body()
        return stderr.getvalue()

    def body(self):
        debug.debug_print('top', 1)
        debug.debug_start('jit-tracing')
        debug.debug_print('inside', 'tracing')
        debug.debug_start('gc-minor')
        debug.debug_print('inside gc')
        debug.debug_stop('gc-minor')
        debug.debug_stop('jit-tracing')

    def test_silent_without_kilnlog(self):
        self.assertEqual(self.run_logged(None, self.body), '')

    def test_everything_with_empty_categories(self):
        for spec in ('', '*', ':-', '*:somefile'):
            with self.subTest(spec=spec):
                out = self.run_logged(spec, self.body)
                lines = [re.sub(r'^\[[0-9a-f]+\] ', '[T] ', line)
                         for line in out.splitlines()]
                self.assertEqual(lines, ['top 1', '[T] {jit-tracing',
                                         'inside tracing', '[T] {gc-minor',
                                         'inside gc', '[T] gc-minor}',
                                         '[T] jit-tracing}'])

    def test_category_prefixes(self):
        out = self.run_logged('gc,other:-', self.body)
        lines = [re.sub(r'^\[[0-9a-f]+\] ', '[T] ', line)
                 for line in out.splitlines()]
        self.assertEqual(lines, ['top 1', '[T] {gc-minor', 'inside gc',
                                 '[T] gc-minor}'])

    def test_have_debug_prints(self):
        seen = []

        def body():
            seen.append(debug.have_debug_prints())
            debug.debug_start('jit-x')
            seen.append(debug.have_debug_prints())
            seen.append(debug.have_debug_prints_for('jit'))
            seen.append(debug.have_debug_prints_for('gc'))
            debug.debug_stop('jit-x')
        self.run_logged('jit', body)
        self.assertEqual(seen, [True, True, True, False])
        seen.clear()
        self.run_logged('', body)       # all enabled, but the section is jit-x
        self.assertEqual(seen, [True, True, True, False])
        seen.clear()
        self.run_logged('gc', body)     # logging on, section jit-x disabled
        self.assertEqual(seen, [True, False, False, False])
        self.assertFalse(debug.have_debug_prints_for(''))   # no section
        seen.clear()
        self.run_logged(None, body)
        self.assertEqual(seen, [False, False, False, False])

    def test_timestamps_and_mismatched_stop(self):
        def body():
            start = debug.debug_start('a', timestamp=True)
            stop = debug.debug_stop('a', timestamp=True)
            self.assertIsInstance(start, int)
            self.assertLessEqual(start, stop)
            self.assertIsNone(debug.debug_start('b'))
            with self.assertRaisesRegex(AssertionError, "does not match"):
                debug.debug_stop('c')
            debug.debug_stop('b')
            with self.assertRaises(AssertionError):
                debug.debug_stop('b')
        self.assertEqual(self.run_logged(None, body), '')


class DebugAssertTest(unittest.TestCase):
    def test_assertions(self):
        debug.ll_assert(True, 'fine')
        with self.assertRaisesRegex(AssertionError, 'broken'):
            debug.ll_assert(False, 'broken')
        self.assertEqual(debug.ll_assert_not_none(3), 3)
        with self.assertRaises(AssertionError):
            debug.ll_assert_not_none(None)
        debug.check_nonneg(0)
        with self.assertRaises(AssertionError):
            debug.check_nonneg(-1)
        with self.assertRaisesRegex(debug.FatalError, 'boom'):
            debug.fatalerror('boom')
        with self.assertRaises(debug.FatalError):
            debug.fatalerror_notb('boom')

    def test_identity_declarations(self):
        lst, d = [1], {1: 2}
        self.assertIs(debug.make_sure_not_resized(lst), lst)
        self.assertIs(debug.make_sure_not_modified(lst), lst)
        self.assertIs(debug.mark_dict_non_null(d), d)
        for function in (debug.make_sure_not_resized,
                         debug.make_sure_not_modified):
            with self.assertRaises(TypeError):
                function((1,))
        with self.assertRaises(TypeError):
            debug.mark_dict_non_null([])

    def test_no_ops(self):
        self.assertIsNone(debug.attach_gdb())
        self.assertIsNone(debug.debug_flush())
        self.assertEqual(debug.debug_offset(), -1)


class SignatureTest(unittest.TestCase):
    def test_records_on_the_function(self):
        def f(a, b):
            return a
        decorated = signature(types.int(), types.list(types.str()),
                              returns=types.none())(f)
        self.assertIs(decorated, f)
        params, result = f._signature_
        self.assertEqual(params, (types.int(), types.list(types.str())))
        self.assertEqual(result, types.none())
        self.assertEqual(params[1].kind, 'list')
        self.assertEqual(params[1].args, (types.str(),))

    def test_errors(self):
        def f(a):
            return a
        with self.assertRaisesRegex(TypeError, 'returns'):
            signature(types.int())
        with self.assertRaisesRegex(TypeError, '2 argument types'):
            signature(types.int(), types.int(), returns=types.int())(f)
        with self.assertRaisesRegex(TypeError, 'kiln.types'):
            signature(int, returns=types.int())
        with self.assertRaisesRegex(TypeError, 'unexpected'):
            signature(returns=types.int(), retruns=1)

    def test_finishsigs_resolves_self(self):
        @finishsigs
        class C:
            @signature(types.self(), types.int(), returns=types.self())
            def f(self, x):
                return self
        params, result = C.f._signature_
        self.assertEqual(params[0], types.instance(C))
        self.assertEqual(result, types.instance(C))
        self.assertEqual(params[1], types.int())

    def test_type_specs(self):
        self.assertEqual(types.dict(types.str(), types.int()).kind, 'dict')
        self.assertEqual(types.unicode(), types.str())
        self.assertNotEqual(types.int(), types.float())
        self.assertEqual(types.instance(int, can_be_None=True).kind,
                         'instance_or_none')
        self.assertEqual(repr(types.list(types.int())),
                         'types.list(types.int())')
        with self.assertRaises(TypeError):
            types.list(int)
        with self.assertRaises(TypeError):
            types.instance(3)
        with self.assertRaises(AttributeError):
            types.int().kind = 'x'


if __name__ == '__main__':
    unittest.main()

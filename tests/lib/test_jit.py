"""kiln.jit: JitDriver validation, run-time hints, virtual refs, params."""

import unittest

from kiln import jit
from kiln.jit import JitDriver


def printable(pc, code):
    return '%s:%d' % (code, pc)


class JitDriverConstructionTest(unittest.TestCase):
    def test_attributes_are_kept(self):
        driver = JitDriver(greens=['pc', 'code'], reds=['frame', 'acc'],
                           virtualizables=['frame'],
                           get_printable_location=printable,
                           name='demo', is_recursive=True, vectorize=True)
        self.assertEqual(driver.greens, ['pc', 'code'])
        self.assertEqual(driver.reds, ['frame', 'acc'])
        self.assertEqual(driver.numreds, 2)
        self.assertFalse(driver.autoreds)
        self.assertEqual(driver.virtualizables, ['frame'])
        self.assertIs(driver.get_printable_location, printable)
        self.assertEqual(driver.name, 'demo')
        self.assertIs(driver.is_recursive, True)
        self.assertIs(driver.vec, True)
        self.assertIs(driver.check_untranslated, True)
        self.assertIsNone(driver.get_unique_id)
        self.assertFalse(driver.has_unique_id)
        self.assertIs(driver._freeze_(), True)

    def test_auto_reds(self):
        driver = JitDriver(greens=['pc'], reds='auto')
        self.assertTrue(driver.autoreds)
        self.assertEqual(driver.reds, [])
        self.assertIsNone(driver.numreds)
        driver.jit_merge_point(pc=3)
        with self.assertRaisesRegex(TypeError, "unexpected 'x'"):
            driver.jit_merge_point(pc=3, x=1)
        with self.assertRaisesRegex(TypeError, "can_enter_jit.*auto"):
            driver.can_enter_jit(pc=3)

    def test_greens_and_reds_as_class_attributes(self):
        class MyDriver(JitDriver):
            greens = ['pc']
            reds = ['frame']
        driver = MyDriver(name='sub')
        self.assertEqual((driver.greens, driver.reds), (['pc'], ['frame']))
        driver.jit_merge_point(pc=0, frame=None)

    def test_construction_errors(self):
        cases = [
            (dict(greens=['pc']), "needs both"),
            (dict(greens='pc', reds=['f']), "greens must be a list"),
            (dict(greens=['pc'], reds=['f', 3]), "reds entry 3"),
            (dict(greens=['pc', 'pc'], reds=['f']), "listed twice"),
            (dict(greens=['pc'], reds=['pc']), "listed twice"),
            (dict(greens=['frame.code'], reds=['frame']), "green field"),
            (dict(greens=['pc'], reds=['f'], virtualizables=['g']),
             "virtualizable 'g' must be one of the reds"),
            (dict(greens=['pc'], reds='auto', virtualizables=['f']),
             "cannot be combined with virtualizables"),
            (dict(greens=['pc'], reds='auto',
                  confirm_enter_jit=lambda pc: True),
             "confirm_enter_jit"),
            (dict(greens=['pc'], reds=['f'], get_jitcell_at=lambda pc: 0),
             "no longer supported"),
            (dict(greens=['pc'], reds=['f'], name=3), "name must be"),
            (dict(greens=['pc', 'code'], reds=['f'],
                  get_printable_location=lambda pc: ''),
             "get_printable_location '.*<lambda>' must accept 2 "),
            (dict(greens=['pc'], reds=['f'],
                  get_location=lambda pc, code: ''),
             "get_location .* must accept 1"),
            (dict(greens=['pc'], reds=['f', 'g'],
                  confirm_enter_jit=lambda pc, f: True),
             "confirm_enter_jit .* must accept 3"),
        ]
        for kwargs, message in cases:
            with self.subTest(kwargs=kwargs):
                with self.assertRaisesRegex(TypeError, message):
                    JitDriver(**kwargs)

    def test_unknown_keyword_is_rejected(self):
        with self.assertRaises(TypeError):
            JitDriver(greens=['pc'], reds=['f'], grens=['x'])

    def test_hooks_with_defaults_or_varargs_are_accepted(self):
        JitDriver(greens=['a', 'b'], reds=['f'],
                  get_printable_location=lambda *greens: '',
                  get_unique_id=lambda a, b, c=0: 0,
                  should_unroll_one_iteration=lambda a, b: False)


class JitMergePointTest(unittest.TestCase):
    def setUp(self):
        self.driver = JitDriver(greens=['pc', 'code'], reds=['self', 'frame'],
                                name='interp')

    def test_exact_keywords_pass(self):
        self.assertIsNone(self.driver.jit_merge_point(
            pc=0, code='c', self=object(), frame=None))
        self.assertIsNone(self.driver.can_enter_jit(
            pc=0, code='c', self=object(), frame=None))
        self.assertIsNone(self.driver.loop_header())

    def test_missing_keyword(self):
        with self.assertRaisesRegex(
                TypeError, r"interp\.jit_merge_point\(\) must be called with "
                r"exactly the greens and reds .*missing 'frame'"):
            self.driver.jit_merge_point(pc=0, code='c', self=1)

    def test_extra_keyword(self):
        with self.assertRaisesRegex(TypeError, r"can_enter_jit.*"
                                    r"unexpected 'stack'"):
            self.driver.can_enter_jit(pc=0, code='c', self=1, frame=2,
                                      stack=3)

    def test_positional_arguments_are_rejected(self):
        with self.assertRaises(TypeError):
            self.driver.jit_merge_point(0, 'c', 1, 2)

    def test_check_untranslated_false_skips_the_check(self):
        driver = JitDriver(greens=['pc'], reds=['f'], check_untranslated=False)
        driver.jit_merge_point(anything=1)

    def test_markers_are_builtins(self):
        for method in (JitDriver.jit_merge_point, JitDriver.can_enter_jit,
                       JitDriver.loop_header):
            self.assertIn('_kiln_builtin_', method.__dict__)


class RunTimeHintTest(unittest.TestCase):
    def test_identity_hints(self):
        marker = object()
        for hint in (jit.promote, jit.promote_string, jit.promote_unicode):
            self.assertIs(hint(marker), marker)
        self.assertIs(jit.hint(marker, promote=True, access_directly=True),
                      marker)

    def test_predicates_are_false(self):
        self.assertIs(jit.we_are_jitted(), False)
        self.assertIs(jit.isconstant(3), False)
        self.assertIs(jit.isvirtual([]), False)
        self.assertEqual(jit.current_trace_length(), -1)

    def test_loop_unrolling_heuristic(self):
        self.assertTrue(jit.loop_unrolling_heuristic([], 0))
        self.assertFalse(jit.loop_unrolling_heuristic([1, 2], 2))

    def test_conditional_call(self):
        calls = []
        jit.conditional_call(False, calls.append, 1)
        jit.conditional_call(True, calls.append, 2)
        self.assertEqual(calls, [2])

    def test_conditional_call_elidable(self):
        compute = jit.elidable(lambda x: x * 10)
        self.assertEqual(jit.conditional_call_elidable(0, compute, 4), 40)
        self.assertEqual(jit.conditional_call_elidable(None, compute, 5), 50)
        self.assertEqual(jit.conditional_call_elidable(7, compute, 5), 7)
        self.assertEqual(jit.conditional_call_elidable('', compute, 1), '')

    def test_record_known_result_requires_elidable(self):
        @jit.elidable
        def good(x):
            return x

        def bad(x):
            return x
        jit.record_known_result(1, good, 1)
        with self.assertRaises(jit.JitHintError):
            jit.record_known_result(1, bad, 1)

    def test_record_exact(self):
        jit.record_exact_class(3, int)
        with self.assertRaises(AssertionError):
            jit.record_exact_class(True, int)
        jit.record_exact_value(3, 3)
        with self.assertRaises(AssertionError):
            jit.record_exact_value(3, 4)

    def test_no_op_hints_return_none(self):
        self.assertIsNone(jit.assert_green(1))
        self.assertIsNone(jit.jit_debug('x', 1, 2))
        self.assertIsNone(jit.enter_portal_frame(3))
        self.assertIsNone(jit.leave_portal_frame())

    def test_builtins_are_flagged(self):
        for function in (jit.promote, jit.hint, jit.we_are_jitted,
                         jit.set_param, jit.virtual_ref):
            self.assertIn('_kiln_builtin_', function.__dict__)
        self.assertNotIn('_kiln_builtin_', jit.elidable.__dict__)
        self.assertNotIn('_kiln_builtin_',
                         jit.loop_unrolling_heuristic.__dict__)


class VirtualRefTest(unittest.TestCase):
    def test_forced_reference_stays_valid(self):
        frame = object()
        vref = jit.virtual_ref(frame)
        self.assertTrue(vref.virtual)
        self.assertIs(vref(), frame)
        self.assertFalse(vref.virtual)
        jit.virtual_ref_finish(vref, frame)
        self.assertIs(vref(), frame)

    def test_unforced_reference_becomes_invalid(self):
        frame = object()
        vref = jit.virtual_ref(frame)
        jit.virtual_ref_finish(vref, frame)
        with self.assertRaises(jit.InvalidVirtualRef):
            vref()

    def test_finish_with_wrong_object(self):
        with self.assertRaises(jit.JitHintError):
            jit.virtual_ref_finish(jit.virtual_ref(object()), object())

    def test_vref_none(self):
        self.assertIsNone(jit.vref_None())
        self.assertFalse(jit.vref_None.virtual)
        jit.virtual_ref_finish(jit.vref_None, None)
        self.assertIsNone(jit.vref_None())


class ParametersTest(unittest.TestCase):
    def test_parameters(self):
        for name in ('threshold', 'function_threshold', 'trace_eagerness',
                     'trace_limit', 'loop_longevity', 'enable_opts'):
            self.assertIn(name, jit.PARAMETERS)
            self.assertIn(name, jit.PARAMETER_DOCS)
        self.assertEqual(set(jit.PARAMETERS), set(jit.PARAMETER_DOCS))
        self.assertEqual(dict(jit.unroll_parameters), jit.PARAMETERS)

    def test_set_param(self):
        driver = JitDriver(greens=[], reds=['f'])
        jit.set_param(driver, 'threshold', 5)
        jit.set_param(None, 'enable_opts', 'all')
        jit.set_param_to_default(driver, 'trace_limit')
        with self.assertRaisesRegex(ValueError, "unknown JIT parameter "
                                                "'treshold'"):
            jit.set_param(driver, 'treshold', 5)
        with self.assertRaisesRegex(TypeError, "needs a int"):
            jit.set_param(driver, 'threshold', '5')
        with self.assertRaisesRegex(TypeError, "JitDriver or None"):
            jit.set_param('driver', 'threshold', 5)

    def test_set_user_param(self):
        for text in ('off', 'default', 'threshold=3',
                     'threshold=3, trace_eagerness=4,enable_opts=a:b'):
            with self.subTest(text=text):
                self.assertIsNone(jit.set_user_param(None, text))
        for text in ('threshold', 'threshold=x', 'nosuch=3', 'a=b=c', ''):
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    jit.set_user_param(None, text)

    def test_counters(self):
        self.assertEqual(jit.Counters.TRACING, 0)
        self.assertEqual(jit.Counters.ncounters,
                         len(jit.Counters.counter_names))
        indices = [getattr(jit.Counters, name)
                   for name in jit.Counters.counter_names]
        self.assertEqual(indices, list(range(jit.Counters.ncounters)))


if __name__ == '__main__':
    unittest.main()

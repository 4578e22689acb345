"""Decorator hints return the same function and record the documented
attribute (docs/hints.md, "Recording table")."""

import unittest

from kiln import jit, objectmodel
from kiln.objectmodel import parse_specialize_tag, specialize


def make_function():
    def f(a, b, c=3):
        return a + b + c
    return f


class DecoratorIdentityTest(unittest.TestCase):
    # (decorator, attribute, expected value)
    TABLE = [
        (jit.elidable, '_elidable_function_', True),
        (jit.dont_look_inside, '_jit_look_inside_', False),
        (jit.look_inside, '_jit_look_inside_', True),
        (jit.unroll_safe, '_jit_unroll_safe_', True),
        (jit.not_in_trace, 'oopspec', 'jit.not_in_trace()'),
        (jit.oopspec('list.append(l, x)'), 'oopspec', 'list.append(l, x)'),
        (objectmodel.always_inline, '_always_inline_', True),
        (objectmodel.try_inline, '_always_inline_', 'try'),
        (objectmodel.dont_inline, '_dont_inline_', True),
        (objectmodel.not_rpython, '_not_rpython_', True),
        (specialize.memo(), '_annspecialcase_', 'specialize:memo'),
        (specialize.arg(0), '_annspecialcase_', 'specialize:arg(0)'),
        (specialize.arg(0, 2), '_annspecialcase_', 'specialize:arg(0, 2)'),
        (specialize.argtype(1), '_annspecialcase_', 'specialize:argtype(1)'),
        (specialize.arg_or_var(1), '_annspecialcase_',
         'specialize:arg_or_var(1)'),
        (specialize.call_location(), '_annspecialcase_',
         'specialize:call_location'),
        (specialize.ll(), '_annspecialcase_', 'specialize:ll'),
        (specialize.ll_and_arg(2), '_annspecialcase_',
         'specialize:ll_and_arg(2)'),
        (objectmodel.enforceargs(int, str), '_annenforceargs_', (int, str)),
        (objectmodel.enforceargs(b=float), '_annenforceargs_',
         (None, float)),
    ]

    def test_each_hint_returns_the_function_and_records(self):
        for decorator, attribute, expected in self.TABLE:
            with self.subTest(attribute=attribute, expected=expected):
                f = make_function()
                code = f.__code__
                self.assertIs(decorator(f), f)
                self.assertIs(f.__code__, code)
                self.assertEqual(f.__dict__[attribute], expected)
                self.assertEqual(f(1, 2), 6)

    def test_hint_on_a_fresh_function_leaves_others_alone(self):
        f, g = make_function(), make_function()
        jit.elidable(f)
        self.assertFalse(hasattr(g, '_elidable_function_'))

    def test_loop_invariant_implies_dont_look_inside(self):
        def f():
            return 1
        self.assertIs(jit.loop_invariant(f), f)
        self.assertIs(f._jit_loop_invariant_, True)
        self.assertIs(f._jit_look_inside_, False)

    def test_loop_invariant_rejects_arguments(self):
        with self.assertRaisesRegex(TypeError, 'must take no arguments'):
            jit.loop_invariant(make_function())

    def test_look_inside_iff_stores_predicate(self):
        def predicate(a, b, c):
            return jit.isconstant(a)
        f = make_function()
        self.assertIs(jit.look_inside_iff(predicate)(f), f)
        self.assertIs(f._jit_look_inside_iff_, predicate)
        self.assertIs(f._jit_unroll_safe_, True)

    def test_look_inside_iff_checks_predicate_arity(self):
        with self.assertRaisesRegex(TypeError, 'must accept 3 positional'):
            jit.look_inside_iff(lambda a: True)(make_function())

    def test_elidable_promote(self):
        f = make_function()
        self.assertIs(jit.elidable_promote()(f), f)
        self.assertEqual((f._elidable_function_, f._elidable_promote_),
                         (True, 'all'))
        g = make_function()
        self.assertIs(jit.elidable_promote('0,2')(g), g)
        self.assertEqual(g._elidable_promote_, (0, 2))
        h = make_function()
        self.assertIs(jit.elidable_promote(h), h)      # without parentheses
        self.assertEqual(h._elidable_promote_, 'all')

    def test_elidable_promote_rejects_bad_positions(self):
        with self.assertRaisesRegex(TypeError, 'no argument at position 3'):
            jit.elidable_promote('3')(make_function())
        with self.assertRaisesRegex(TypeError, 'promote_args'):
            jit.elidable_promote('a,b')

    def test_contradictory_look_inside(self):
        f = jit.dont_look_inside(make_function())
        with self.assertRaises(jit.JitHintError):
            jit.look_inside(f)
        jit.dont_look_inside(f)                        # repeating is fine

    def test_hints_see_through_staticmethod_and_classmethod(self):
        class C:
            @jit.elidable
            @staticmethod
            def s(x):
                return x

            @specialize.argtype(1)
            @classmethod
            def k(cls, x):
                return x
        self.assertIs(C.__dict__['s'].__func__._elidable_function_, True)
        self.assertEqual(C.__dict__['k'].__func__._annspecialcase_,
                         'specialize:argtype(1)')
        self.assertEqual(C.s(4), 4)

    def test_non_function_is_rejected(self):
        for decorator in (jit.elidable, jit.unroll_safe, specialize.memo(),
                          objectmodel.always_inline):
            with self.subTest(decorator=decorator):
                with self.assertRaisesRegex(TypeError, 'can only decorate a '
                                                       'function'):
                    decorator(42)

    def test_specialize_checks_positions(self):
        with self.assertRaisesRegex(TypeError, 'has only 3 positional'):
            specialize.argtype(3)(make_function())
        with self.assertRaisesRegex(TypeError, 'at least one'):
            specialize.arg()
        with self.assertRaisesRegex(TypeError, 'non-negative ints'):
            specialize.arg('x')

        def varargs(*args):
            return args
        self.assertIs(specialize.argtype(5)(varargs), varargs)

    def test_enforceargs_errors(self):
        with self.assertRaisesRegex(TypeError, 'not both'):
            objectmodel.enforceargs(int, b=int)
        with self.assertRaisesRegex(TypeError, "no argument 'zz'"):
            objectmodel.enforceargs(zz=int)(make_function())
        with self.assertRaisesRegex(TypeError, '4 types'):
            objectmodel.enforceargs(int, int, int, int)(make_function())
        f = make_function()
        objectmodel.enforceargs(int, typecheck=False)(f)
        self.assertEqual(f._annenforceargs_, (int,))


class ParseSpecializeTagTest(unittest.TestCase):
    def test_round_trip(self):
        for decorator, kind, positions in [
                (specialize.memo(), 'memo', ()),
                (specialize.argtype(0, 1), 'argtype', (0, 1)),
                (specialize.arg(2), 'arg', (2,)),
                (specialize.call_location(), 'call_location', ())]:
            f = decorator(make_function())
            self.assertEqual(parse_specialize_tag(f._annspecialcase_),
                             (kind, positions))

    def test_hand_written_tags(self):
        self.assertEqual(parse_specialize_tag('specialize:argtype(1)'),
                         ('argtype', (1,)))
        self.assertEqual(parse_specialize_tag('specialize:arg(0,1)'),
                         ('arg', (0, 1)))

    def test_malformed(self):
        for tag in ['specialize:argtype', 'specialize:memo(0)', 'argtype(0)',
                    'specialize:frobnicate', 'specialize:arg(x)', None]:
            with self.subTest(tag=tag):
                with self.assertRaises(ValueError):
                    parse_specialize_tag(tag)


if __name__ == '__main__':
    unittest.main()

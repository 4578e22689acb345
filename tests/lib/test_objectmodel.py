"""kiln.objectmodel: import_from_mixin, r_dict, compute_hash and friends."""

import unittest

from kiln import jit, objectmodel
from kiln.objectmodel import (
    CDefinedIntSymbolic, UnboxedValue, compute_hash, compute_identity_hash,
    import_from_mixin, r_dict, r_ordereddict)
from kiln.rarithmetic import r_uint


def _signed(value):
    return value - (1 << 64) if value >= 1 << 63 else value


# -- import_from_mixin -----------------------------------------------------------

class BaseMixin:
    _immutable_fields_ = ['base_field']
    shared_table = [1, 2, 3]

    def from_base(self):
        return 'base'

    def overridden(self):
        return 'base version'


class Mixin(BaseMixin):
    _immutable_fields_ = ['mixin_field?']
    answer = 42

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return 'Mixin-repr'

    def __len__(self):
        return 7

    @jit.elidable
    def method(self, extra=1):
        return self.value + extra

    def overridden(self):
        return 'mixin version'

    @staticmethod
    def static(x):
        return x * 2

    @classmethod
    def klass(cls):
        return cls.__name__

    @property
    def doubled(self):
        return self.value * 2


class ImportFromMixinTest(unittest.TestCase):
    def make_classes(self):
        class A:
            _immutable_fields_ = ['own']
            import_from_mixin(Mixin)

        class B:
            import_from_mixin(Mixin)
        return A, B

    def test_methods_work(self):
        A, _ = self.make_classes()
        a = A(10)
        self.assertEqual(a.value, 10)
        self.assertEqual(a.method(), 11)
        self.assertEqual(a.from_base(), 'base')
        self.assertEqual(a.overridden(), 'mixin version')
        self.assertEqual(A.static(4), 8)
        self.assertEqual(A.klass(), 'A')
        self.assertEqual(a.doubled, 20)
        self.assertEqual(A.answer, 42)

    def test_each_class_gets_its_own_function_copies(self):
        A, B = self.make_classes()
        for name in ('__init__', 'method', 'from_base', 'overridden'):
            with self.subTest(name=name):
                fa, fb = A.__dict__[name], B.__dict__[name]
                original = getattr(Mixin, name)
                self.assertIsNot(fa, fb)
                self.assertIsNot(fa, original)
                self.assertIs(fa.__code__, original.__code__)
                self.assertIs(fa._mixin_original_, original)
        self.assertIsNot(A.__dict__['static'].__func__,
                         B.__dict__['static'].__func__)
        self.assertIsNot(A.__dict__['static'].__func__,
                         Mixin.__dict__['static'].__func__)
        self.assertIsNot(A.__dict__['doubled'].fget,
                         Mixin.__dict__['doubled'].fget)

    def test_copies_have_own_dict_and_keep_hints(self):
        A, B = self.make_classes()
        self.assertIs(A.method._elidable_function_, True)
        A.method.extra_mark = 1
        self.assertFalse(hasattr(B.method, 'extra_mark'))
        self.assertFalse(hasattr(Mixin.method, 'extra_mark'))

    def test_qualname_names_the_target_class(self):
        A, _ = self.make_classes()
        self.assertTrue(A.method.__qualname__.endswith('A.method'),
                        A.method.__qualname__)
        self.assertEqual(Mixin.method.__qualname__, 'Mixin.method')

    def test_defaults_are_copied(self):
        A, _ = self.make_classes()
        self.assertEqual(A.method.__defaults__, (1,))

    def test_non_function_values_are_shared(self):
        A, B = self.make_classes()
        self.assertIs(A.shared_table, BaseMixin.shared_table)
        self.assertIs(B.shared_table, BaseMixin.shared_table)

    def test_special_methods_default(self):
        A, _ = self.make_classes()
        self.assertIn('__init__', A.__dict__)
        self.assertNotIn('__repr__', A.__dict__)
        self.assertNotIn('__len__', A.__dict__)

    def test_special_methods_argument(self):
        class C:
            import_from_mixin(Mixin, special_methods=['__repr__'])
        self.assertIn('__repr__', C.__dict__)
        self.assertNotIn('__init__', C.__dict__)
        self.assertEqual(repr(C()), 'Mixin-repr')

    def test_immutable_fields_are_merged(self):
        A, B = self.make_classes()
        self.assertEqual(A._immutable_fields_,
                         ['own', 'mixin_field?', 'base_field'])
        self.assertEqual(B._immutable_fields_, ['mixin_field?', 'base_field'])

    def test_overwriting_is_an_error(self):
        with self.assertRaisesRegex(TypeError, "would overwrite 'method'"):
            class C:
                def method(self):
                    pass
                import_from_mixin(Mixin)

    def test_must_be_called_in_a_class_body(self):
        with self.assertRaisesRegex(TypeError, 'class body'):
            import_from_mixin(Mixin)
        with self.assertRaisesRegex(TypeError, 'needs a class'):
            class C:
                import_from_mixin(42)

    def test_super_in_mixin_is_rejected(self):
        class UsesSuper:
            def f(self):
                return super().f()
        with self.assertRaisesRegex(TypeError, 'super'):
            class C:
                import_from_mixin(UsesSuper)

    def test_mixin_flag_is_rejected(self):
        class Old:
            _mixin_ = True
        with self.assertRaisesRegex(TypeError, '_mixin_'):
            class C:
                import_from_mixin(Old)

    def test_slots_are_not_copied(self):
        class Slotted:
            __slots__ = ('field',)

            def set(self, value):
                self.field = value
                return self.field

        class C:
            import_from_mixin(Slotted)
        self.assertNotIn('field', C.__dict__)
        self.assertEqual(C().set(3), 3)

    def test_builtin_bases_are_not_copied(self):
        class ErrorMixin(Exception):
            def describe(self):
                return 'err'

        class C:
            import_from_mixin(ErrorMixin)
        self.assertIn('describe', C.__dict__)
        self.assertNotIn('with_traceback', C.__dict__)
        self.assertNotIn('args', C.__dict__)


# -- r_dict -----------------------------------------------------------------------

def eq_nocase(a, b):
    return a.lower() == b.lower()


def hash_nocase(a):
    return hash(a.lower())


class RDictTest(unittest.TestCase):
    def setUp(self):
        self.d = r_dict(eq_nocase, hash_nocase)
        self.d['Alpha'] = 1
        self.d['beta'] = 2

    def test_custom_equality(self):
        d = self.d
        self.assertEqual(d['ALPHA'], 1)
        self.assertIn('BETA', d)
        self.assertNotIn('gamma', d)
        d['alpha'] = 10
        self.assertEqual(len(d), 2)
        self.assertEqual(d['Alpha'], 10)
        self.assertEqual(d.keys(), ['Alpha', 'beta'])   # first key is kept

    def test_missing_key(self):
        with self.assertRaises(KeyError):
            self.d['gamma']
        with self.assertRaises(KeyError):
            del self.d['gamma']
        with self.assertRaises(KeyError):
            self.d.pop('gamma')

    def test_dict_interface(self):
        d = self.d
        self.assertEqual(list(d), ['Alpha', 'beta'])
        self.assertEqual(d.values(), [1, 2])
        self.assertEqual(d.items(), [('Alpha', 1), ('beta', 2)])
        self.assertEqual(d.get('BETA'), 2)
        self.assertIsNone(d.get('gamma'))
        self.assertEqual(d.get('gamma', 5), 5)
        self.assertEqual(d.setdefault('GAMMA', 3), 3)
        self.assertEqual(d.setdefault('gamma', 99), 3)
        self.assertEqual(d.pop('ALPHA'), 1)
        self.assertEqual(d.pop('alpha', 'none'), 'none')
        del d['BETA']
        self.assertEqual(d.items(), [('GAMMA', 3)])
        self.assertEqual(d.popitem(), ('GAMMA', 3))
        self.assertEqual(len(d), 0)
        self.assertFalse(d)
        self.assertEqual(list(d.iteritems()), [])

    def test_copy_update_clear(self):
        copy = self.d.copy()
        self.assertIsInstance(copy, r_dict)
        self.assertIs(copy.key_eq, eq_nocase)
        copy['ALPHA'] = 100
        self.assertEqual(self.d['alpha'], 1)
        self.assertEqual(copy['alpha'], 100)
        copy.update({'Delta': 4})
        copy.update([('DELTA', 5)])
        other = r_dict(eq_nocase, hash_nocase)
        other['EPSILON'] = 6
        copy.update(other)
        self.assertEqual(copy.items(), [('Alpha', 100), ('beta', 2),
                                        ('Delta', 5), ('EPSILON', 6)])
        copy.clear()
        self.assertEqual(len(copy), 0)
        self.assertEqual(len(self.d), 2)

    def test_iteration_helpers_and_equality(self):
        self.assertEqual(list(self.d.iterkeys()), ['Alpha', 'beta'])
        self.assertEqual(list(self.d.itervalues()), [1, 2])
        other = r_dict(eq_nocase, hash_nocase)
        other['BETA'] = 2
        other['ALPHA'] = 1
        self.assertEqual(self.d, other)
        other['BETA'] = 3
        self.assertNotEqual(self.d, other)
        with self.assertRaises(TypeError):
            hash(self.d)

    def test_unhashable_keys_work(self):
        d = r_dict(lambda a, b: a == b, lambda a: len(a))
        d[[1, 2]] = 'list'
        self.assertEqual(d[[1, 2]], 'list')
        self.assertNotIn([2, 1], d)

    def test_hash_must_be_int(self):
        d = r_dict(lambda a, b: a == b, lambda a: 'x')
        with self.assertRaisesRegex(TypeError, 'key_hash must return an int'):
            d[1] = 2

    def test_constructor_checks(self):
        with self.assertRaises(TypeError):
            r_dict(1, hash)
        d = r_ordereddict(eq_nocase, hash_nocase, force_non_null=True)
        self.assertTrue(d.force_non_null)
        self.assertIsInstance(d, r_dict)


# -- compute_hash and identity -------------------------------------------------------

class ComputeHashTest(unittest.TestCase):
    def test_string_hash_is_fnv1a_64(self):
        # Standard FNV-1a 64-bit test vectors (ASCII: code points == bytes).
        self.assertEqual(compute_hash(''), _signed(0xcbf29ce484222325))
        self.assertEqual(compute_hash('a'), _signed(0xaf63dc4c8601ec8c))
        self.assertEqual(compute_hash('foobar'), _signed(0x85944171f73967e8))
        self.assertEqual(compute_hash(b'foobar'), compute_hash('foobar'))

    def test_non_ascii_uses_code_points(self):
        self.assertEqual(compute_hash('\xe9'), compute_hash(b'\xe9'))
        self.assertNotEqual(compute_hash('\u20ac'), compute_hash('\xac'))

    def test_numbers(self):
        self.assertEqual(compute_hash(12345), 12345)
        self.assertEqual(compute_hash(-1), -1)
        self.assertEqual(compute_hash(True), 1)
        self.assertEqual(compute_hash(r_uint(2 ** 64 - 1)), -1)
        self.assertEqual(compute_hash(3.0), 3)
        self.assertEqual(compute_hash(-0.0), 0)
        self.assertEqual(compute_hash(float('nan')), 0)
        self.assertEqual(compute_hash(float('inf')), 314159)
        self.assertEqual(compute_hash(0.5), 1 << 60)      # 2**-1 mod 2**61-1
        self.assertEqual(compute_hash(2.0 ** 70), hash(2.0 ** 70))

    def test_none_and_tuples(self):
        self.assertEqual(compute_hash(None), 0)
        self.assertEqual(compute_hash((1, 'a')), compute_hash((1, 'a')))
        self.assertNotEqual(compute_hash((1, 2)), compute_hash((2, 1)))
        self.assertNotEqual(compute_hash(()), compute_hash((0,)))
        h = 0x345678
        for item in (1, 2):
            h = ((h ^ item) * 0x100000001b3) & ((1 << 64) - 1)
        self.assertEqual(compute_hash((1, 2)), _signed(h ^ 2))

    def test_instances_use_identity(self):
        class C:
            def __hash__(self):
                return 5
        c = C()
        self.assertEqual(compute_hash(c), compute_identity_hash(c))
        self.assertEqual(compute_identity_hash(c), compute_identity_hash(c))
        self.assertNotEqual(compute_identity_hash(c), 5)

    def test_unique_id(self):
        a, b = object(), object()
        self.assertNotEqual(objectmodel.compute_unique_id(a),
                            objectmodel.compute_unique_id(b))
        self.assertEqual(objectmodel.current_object_addr_as_int(a), id(a))


# -- Small helpers --------------------------------------------------------------------

class HelpersTest(unittest.TestCase):
    def test_we_are_translated(self):
        self.assertIs(objectmodel.we_are_translated(), False)
        self.assertIs(objectmodel.we_are_translated_to_c(), False)

    def test_instantiate_skips_init(self):
        class C:
            def __init__(self):
                raise AssertionError('called')

        class E(Exception):
            pass
        self.assertIsInstance(objectmodel.instantiate(C), C)
        self.assertIsInstance(objectmodel.instantiate(E, nonmovable=True), E)

    def test_list_hints(self):
        self.assertEqual(objectmodel.newlist_hint(10), [])
        lst = [1]
        self.assertIsNone(objectmodel.resizelist_hint(lst, 100))
        self.assertEqual(lst, [1])
        with self.assertRaises(TypeError):
            objectmodel.resizelist_hint((), 1)
        self.assertIsNone(objectmodel.keepalive_until_here(lst, 1))

    def test_dict_to_switch(self):
        source = {'a': 1, 'b': 2}
        lookup = objectmodel.dict_to_switch(source)
        source['c'] = 3
        self.assertEqual(lookup('b'), 2)
        with self.assertRaises(KeyError):
            lookup('c')

    def test_unboxed_value(self):
        class Small(UnboxedValue):
            __slots__ = 'smallint'

        class Smaller(Small):
            __slots__ = ()
        self.assertEqual(Small._unboxed_slot_, 'smallint')
        self.assertEqual(Small(7).get_untagged_value(), 7)
        self.assertEqual(Smaller(8).smallint, 8)
        with self.assertRaises(TypeError):
            Small('x')

    def test_unboxed_value_errors(self):
        with self.assertRaisesRegex(TypeError, 'exactly one slot'):
            class Two(UnboxedValue):
                __slots__ = ('a', 'b')
        with self.assertRaisesRegex(TypeError, '__init__'):
            class WithInit(UnboxedValue):
                __slots__ = 'a'

                def __init__(self, value):
                    pass

    def test_symbolics(self):
        symbolic = CDefinedIntSymbolic('FOO', default=3)
        self.assertEqual((symbolic.expr, symbolic.default), ('FOO', 3))
        with self.assertRaises(TypeError):
            symbolic == 3
        with self.assertRaises(TypeError):
            bool(symbolic)
        with self.assertRaises(TypeError):
            hash(symbolic)


if __name__ == '__main__':
    unittest.main()

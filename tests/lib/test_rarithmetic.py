"""kiln.rarithmetic: intmask, ovfcheck and the fixed-width integer types.

The expected values are computed from the rules in the module docstring with
plain Python ints (``% 2**64``), independently of the implementation, plus
literal spot checks."""

import math
import operator
import unittest

from kiln import rarithmetic
from kiln.rarithmetic import (
    LONG_BIT, build_int, byteswap, highest_bit, int_between, intmask,
    is_valid_int, maxint, most_neg_value_of, most_neg_value_of_same_type,
    most_pos_value_of_same_type, ovfcheck, ovfcheck_float_to_int, r_int32,
    r_int64, r_longlong, r_singlefloat, r_uint, r_uint32, r_ulonglong, widen)

M64 = 2 ** 64
MAX = 2 ** 63 - 1
MIN = -2 ** 63

INTERESTING = [0, 1, 2, 3, 7, 63, 64, 65, 2 ** 32 - 1, 2 ** 32, MAX, 2 ** 63,
               M64 - 2, M64 - 1, -1, -2, -7, MIN, MIN + 1]


def signed(value, bits=64):
    value %= 2 ** bits
    return value - 2 ** bits if value >= 2 ** (bits - 1) else value


class ConstantsTest(unittest.TestCase):
    def test_constants(self):
        self.assertEqual(LONG_BIT, 64)
        self.assertEqual(maxint, MAX)
        self.assertEqual(rarithmetic.LONG_MASK, M64 - 1)
        self.assertEqual(rarithmetic.LONG_TEST, 2 ** 63)


class IntmaskOvfcheckTest(unittest.TestCase):
    def test_intmask_boundaries(self):
        cases = [(MAX, MAX), (MIN, MIN), (MAX + 1, MIN), (MIN - 1, MAX),
                 (M64 - 1, -1), (M64, 0), (M64 + 5, 5), (-M64 - 1, -1),
                 (3 * M64 + MAX + 2, MIN + 1), (0, 0), (-5, -5)]
        for value, expected in cases:
            with self.subTest(value=value):
                result = intmask(value)
                self.assertEqual(result, expected)
                self.assertIs(type(result), int)

    def test_intmask_other_types(self):
        self.assertEqual(intmask(r_uint(M64 - 1)), -1)
        self.assertIs(type(intmask(r_uint(3))), int)
        self.assertIs(type(intmask(True)), int)
        with self.assertRaises(TypeError):
            intmask(1.5)
        with self.assertRaises(TypeError):
            intmask('1')

    def test_ovfcheck_in_range(self):
        for value in (0, 1, -1, MAX, MIN, MAX - 1, MIN + 1):
            with self.subTest(value=value):
                self.assertEqual(ovfcheck(value), value)

    def test_ovfcheck_overflow_either_side(self):
        for value in (MAX + 1, MIN - 1, MAX * 2, MIN * 2, 2 ** 100):
            with self.subTest(value=value):
                with self.assertRaises(OverflowError):
                    ovfcheck(value)

    def test_ovfcheck_of_expressions(self):
        self.assertEqual(ovfcheck(MAX - 1 + 1), MAX)
        with self.assertRaises(OverflowError):
            ovfcheck(MAX + 1)
        with self.assertRaises(OverflowError):
            ovfcheck(MIN * -1)
        with self.assertRaises(OverflowError):
            ovfcheck(MIN // -1)
        with self.assertRaises(OverflowError):
            ovfcheck(1 << 63)
        self.assertEqual(ovfcheck(-(1 << 62) * 2), MIN)

    def test_ovfcheck_rejects_wrapping_types(self):
        with self.assertRaisesRegex(TypeError, 'already wrapped'):
            ovfcheck(r_uint(1))
        with self.assertRaisesRegex(TypeError, 'already wrapped'):
            ovfcheck(r_int64(1))
        with self.assertRaises(TypeError):
            ovfcheck(1.0)

    def test_is_valid_int(self):
        self.assertTrue(is_valid_int(MAX))
        self.assertTrue(is_valid_int(MIN))
        self.assertFalse(is_valid_int(MAX + 1))
        self.assertFalse(is_valid_int(MIN - 1))
        self.assertFalse(is_valid_int(1.0))
        self.assertTrue(is_valid_int(r_uint(5)))
        self.assertFalse(is_valid_int(r_uint(M64 - 1)))

    def test_ovfcheck_float_to_int(self):
        self.assertEqual(ovfcheck_float_to_int(1.9), 1)
        self.assertEqual(ovfcheck_float_to_int(-1.9), -1)
        self.assertEqual(ovfcheck_float_to_int(-9223372036854775808.0), MIN)
        self.assertEqual(ovfcheck_float_to_int(9223372036854774784.0),
                         2 ** 63 - 1024)
        for value in (9223372036854775808.0, -9223372036854777856.0,
                      math.inf, -math.inf, math.nan, 1e300):
            with self.subTest(value=value):
                with self.assertRaises(OverflowError):
                    ovfcheck_float_to_int(value)


class RUintConstructionTest(unittest.TestCase):
    def test_wrapping_construction(self):
        for value in INTERESTING + [M64, M64 + 1, -M64, 5 * M64 + 3]:
            with self.subTest(value=value):
                result = r_uint(value)
                self.assertIs(type(result), r_uint)
                self.assertEqual(int(result), value % M64)

    def test_other_sources(self):
        self.assertEqual(r_uint(3.9), 3)
        self.assertEqual(r_uint(-1.0), M64 - 1)
        self.assertEqual(r_uint('12'), 12)
        self.assertEqual(r_uint(True), 1)
        self.assertEqual(r_uint(r_uint32(7)), 7)
        with self.assertRaises(TypeError):
            r_uint([1])

    def test_aliases(self):
        self.assertIs(r_ulonglong, r_uint)
        self.assertIs(rarithmetic.r_uint64, r_uint)
        self.assertIs(r_longlong, r_int64)
        self.assertIs(rarithmetic.r_int, r_int64)
        self.assertIs(build_int('whatever', False, 64), r_uint)
        self.assertIs(build_int(None, True, 32), r_int32)
        self.assertTrue(issubclass(r_uint, int))

    def test_repr_str_format(self):
        value = r_uint(M64 - 1)
        self.assertEqual(repr(value), 'r_uint(18446744073709551615)')
        self.assertEqual(str(value), '18446744073709551615')
        self.assertEqual('%d' % value, '18446744073709551615')
        self.assertEqual('{}'.format(value), '18446744073709551615')
        self.assertEqual(format(r_uint(255), 'x'), 'ff')
        self.assertEqual(repr(r_int32(-3)), 'r_int32(-3)')


class RUintOperatorTest(unittest.TestCase):
    WRAPPING = [(operator.add, '+'), (operator.sub, '-'),
                (operator.mul, '*'), (operator.and_, '&'),
                (operator.or_, '|'), (operator.xor, '^')]
    DIVIDING = [(operator.floordiv, '//'), (operator.mod, '%')]

    def check(self, result, expected):
        self.assertIs(type(result), r_uint)
        self.assertEqual(int(result), expected)

    def test_wrapping_operators_both_orders(self):
        for op, symbol in self.WRAPPING:
            for a in INTERESTING:
                for b in INTERESTING:
                    with self.subTest(a=a, op=symbol, b=b):
                        expected = op(a % M64, b % M64) % M64
                        self.check(op(r_uint(a), b), expected)   # r_uint op int
                        self.check(op(a, r_uint(b)), expected)   # reflected
                        self.check(op(r_uint(a), r_uint(b)), expected)

    def test_division_converts_the_int_operand_first(self):
        for op, symbol in self.DIVIDING:
            for a in INTERESTING:
                for b in INTERESTING:
                    if b % M64 == 0:
                        continue
                    with self.subTest(a=a, op=symbol, b=b):
                        expected = op(a % M64, b % M64)
                        self.check(op(r_uint(a), b), expected)
                        self.check(op(a, r_uint(b)), expected)
                        self.check(op(r_uint(a), r_uint(b)), expected)

    def test_division_spot_checks(self):
        self.check(r_uint(5) // -1, 0)
        self.check(r_uint(5) % -1, 5)
        self.check(-1 // r_uint(2), 2 ** 63 - 1)
        self.check(-7 % r_uint(10), (M64 - 7) % 10)
        self.assertEqual(divmod(r_uint(17), 5), (r_uint(3), r_uint(2)))
        self.assertEqual(divmod(17, r_uint(5)), (3, 2))
        self.assertIs(type(divmod(17, r_uint(5))[0]), r_uint)

    def test_division_by_zero(self):
        for op in (operator.floordiv, operator.mod, divmod, operator.truediv):
            with self.subTest(op=op):
                with self.assertRaises(ZeroDivisionError):
                    op(r_uint(1), 0)
                with self.assertRaises(ZeroDivisionError):
                    op(1, r_uint(0))
                with self.assertRaises(ZeroDivisionError):
                    op(r_uint(1), M64)   # M64 converts to r_uint(0)

    def test_spot_checks(self):
        self.check(r_uint(0) - 1, M64 - 1)
        self.check(0 - r_uint(1), M64 - 1)
        self.check(r_uint(M64 - 1) + 1, 0)
        self.check(r_uint(2 ** 63) * 2, 0)
        self.check(r_uint(3) * -1, M64 - 3)
        self.check(r_uint(0xff) & -2, 0xfe)
        self.check(-1 ^ r_uint(1), M64 - 2)
        self.check(r_uint(1) + True, 2)

    def test_unary(self):
        self.check(-r_uint(1), M64 - 1)
        self.check(-r_uint(0), 0)
        self.check(~r_uint(0), M64 - 1)
        self.check(~r_uint(5), M64 - 6)
        self.check(+r_uint(5), 5)
        self.check(abs(r_uint(M64 - 1)), M64 - 1)

    def test_power(self):
        self.check(r_uint(3) ** 3, 27)
        self.check(r_uint(2) ** 64, 0)
        self.check(2 ** r_uint(63), 2 ** 63)
        self.check(r_uint(3) ** 41, 3 ** 41 % M64)
        self.check(pow(r_uint(3), 4, 5), 1)
        self.check(r_uint(3) ** r_uint(2), 9)

    def test_shifts_keep_left_type(self):
        for a in INTERESTING:
            for count in (0, 1, 3, 31, 32, 63):
                with self.subTest(a=a, count=count):
                    self.check(r_uint(a) << count, (a % M64 << count) % M64)
                    self.check(r_uint(a) >> count, (a % M64) >> count)
                    self.check(r_uint(a) << r_uint(count),
                               (a % M64 << count) % M64)
        self.assertIs(type(1 << r_uint(3)), int)
        self.assertEqual(1 << r_uint(3), 8)
        self.assertIs(type(256 >> r_uint(4)), int)
        self.assertEqual(-256 >> r_uint(4), -16)
        self.assertIs(type(r_uint32(1) << r_uint(40)), r_uint32)

    def test_shift_counts_of_64_and_more(self):
        for count in (64, 65, 100, 2 ** 70):
            with self.subTest(count=count):
                self.check(r_uint(M64 - 1) << count, 0)
                self.check(r_uint(M64 - 1) >> count, 0)
        self.assertEqual(r_int64(-5) >> 64, -1)
        self.assertEqual(r_int64(5) >> 200, 0)
        self.assertEqual(r_int64(5) << 64, 0)

    def test_negative_shift_count(self):
        with self.assertRaises(ValueError):
            r_uint(1) << -1
        with self.assertRaises(ValueError):
            r_uint(1) >> -1

    def test_true_division_is_float(self):
        self.assertEqual(r_uint(5) / 2, 2.5)
        self.assertEqual(10 / r_uint(4), 2.5)
        self.assertEqual(r_uint(1) / -1, 1 / (M64 - 1))
        self.assertIs(type(r_uint(4) / 2), float)

    def test_float_operands_give_floats(self):
        self.assertEqual(r_uint(1) + 1.5, 2.5)
        self.assertEqual(1.5 + r_uint(1), 2.5)
        self.assertEqual(r_uint(3) * 0.5, 1.5)
        self.assertIs(type(r_uint(3) - 1.0), float)

    def test_comparisons_use_mathematical_values(self):
        big = r_uint(M64 - 1)
        self.assertTrue(big > 0)
        self.assertTrue(big > MAX)
        self.assertTrue(r_uint(0) < big)
        self.assertFalse(big == -1)
        self.assertTrue(r_uint(5) == 5)
        self.assertTrue(r_uint(5) <= r_uint32(5))
        self.assertEqual(hash(r_uint(5)), hash(5))
        self.assertEqual({r_uint(5): 'x'}[5], 'x')
        self.assertTrue(r_uint(1))
        self.assertFalse(r_uint(0))

    def test_index_uses(self):
        self.assertEqual('abcdef'[r_uint(2)], 'c')
        self.assertEqual(list(range(r_uint(3))), [0, 1, 2])
        self.assertEqual(hex(r_uint(M64 - 1)), '0xffffffffffffffff')

    def test_augmented_assignment(self):
        x = r_uint(0)
        x -= 1
        self.check(x, M64 - 1)
        x += 2
        self.check(x, 1)
        x <<= 63
        self.check(x, 2 ** 63)
        x *= 2
        self.check(x, 0)


class OtherWidthsTest(unittest.TestCase):
    def test_r_int64_wraps_like_translated_int(self):
        self.assertEqual(r_int64(MAX) + 1, MIN)
        self.assertIs(type(r_int64(MAX) + 1), r_int64)
        self.assertEqual(1 + r_int64(MAX), MIN)
        self.assertEqual(r_int64(MIN) - 1, MAX)
        self.assertEqual(r_int64(MIN) * -1, MIN)
        self.assertEqual(r_int64(MIN) // -1, MIN)
        self.assertEqual(-r_int64(MIN), MIN)
        self.assertEqual(abs(r_int64(MIN)), MIN)
        self.assertEqual(r_int64(1) << 63, MIN)

    def test_signed_division_floors(self):
        self.assertEqual(r_int64(-7) // 2, -4)
        self.assertEqual(r_int64(-7) % 2, 1)
        self.assertEqual(7 // r_int64(-2), -4)
        self.assertEqual(r_int32(-7) % 3, 2)

    def test_32_bit_types(self):
        self.assertEqual(r_uint32(2 ** 32), 0)
        self.assertEqual(r_uint32(-1), 2 ** 32 - 1)
        self.assertEqual(r_int32(2 ** 31), -2 ** 31)
        self.assertEqual(r_int32(2 ** 31 - 1) + 1, -2 ** 31)
        self.assertEqual(r_uint32(0) - 1, 2 ** 32 - 1)
        self.assertEqual(r_uint32(1) << 32, 0)

    def test_mixing_widths(self):
        result = r_uint32(2 ** 32 - 1) + r_uint(1)
        self.assertIs(type(result), r_uint)
        self.assertEqual(result, 2 ** 32)
        result = r_int32(-1) * r_int64(2 ** 40)
        self.assertIs(type(result), r_int64)
        self.assertEqual(result, -2 ** 40)

    def test_mixing_signedness_is_an_error(self):
        for a, b in [(r_uint(1), r_int32(1)), (r_int64(1), r_uint32(1)),
                     (r_uint(1), r_int64(1))]:
            with self.subTest(a=a, b=b):
                with self.assertRaisesRegex(TypeError, 'signed'):
                    a + b
                with self.assertRaisesRegex(TypeError, 'signed'):
                    b // a

    def test_widen(self):
        self.assertIs(type(widen(r_int32(-3))), int)
        self.assertEqual(widen(r_int32(-3)), -3)
        self.assertIs(type(widen(r_uint32(3))), int)
        self.assertIs(type(widen(r_uint(3))), r_uint)
        self.assertIs(type(widen(r_int64(3))), r_int64)
        self.assertIs(type(widen(True)), int)
        self.assertIs(type(widen(5)), int)

    def test_limits(self):
        self.assertEqual(most_neg_value_of_same_type(5), MIN)
        self.assertEqual(most_pos_value_of_same_type(5), MAX)
        self.assertEqual(most_neg_value_of_same_type(r_uint(5)), 0)
        self.assertIs(type(most_neg_value_of_same_type(r_uint(5))), r_uint)
        self.assertEqual(most_pos_value_of_same_type(r_uint(5)), M64 - 1)
        self.assertEqual(most_neg_value_of(r_int32), -2 ** 31)
        self.assertEqual(rarithmetic.most_pos_value_of(r_uint32), 2 ** 32 - 1)
        with self.assertRaises(TypeError):
            most_neg_value_of(float)


class HelpersTest(unittest.TestCase):
    def test_highest_bit(self):
        self.assertEqual(highest_bit(1), 0)
        self.assertEqual(highest_bit(8), 3)
        self.assertEqual(highest_bit(2 ** 62), 62)
        for bad in (0, 3, -4):
            with self.subTest(n=bad):
                with self.assertRaises(ValueError):
                    highest_bit(bad)

    def test_int_between(self):
        self.assertTrue(int_between(1, 1, 3))
        self.assertTrue(int_between(1, 2, 3))
        self.assertFalse(int_between(1, 3, 3))
        self.assertFalse(int_between(1, 0, 3))

    def test_byteswap(self):
        self.assertEqual(byteswap(0x0102030405060708), 0x0807060504030201)
        self.assertEqual(byteswap(0x80), MIN)
        self.assertEqual(byteswap(-1), -1)
        self.assertEqual(byteswap(r_uint32(0x01020304)), 0x04030201)
        self.assertIs(type(byteswap(r_uint32(1))), r_uint32)
        self.assertEqual(byteswap(r_uint(1)), 2 ** 56)
        self.assertEqual(byteswap(byteswap(1.5)), 1.5)
        self.assertNotEqual(byteswap(1.5), 1.5)

    def test_singlefloat(self):
        x = r_singlefloat(0.1)
        self.assertNotEqual(float(x), 0.1)
        self.assertAlmostEqual(float(x), 0.1, places=7)
        self.assertEqual(r_singlefloat(0.5), r_singlefloat(0.5))
        self.assertEqual(float(r_singlefloat(1e40)), math.inf)
        with self.assertRaises(TypeError):
            bool(x)


if __name__ == '__main__':
    unittest.main()

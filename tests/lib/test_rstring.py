"""kiln.rstring (builders, str helpers, parse errors) and
kiln.rarithmetic.string_to_int."""

import unittest

from kiln import rarithmetic, rstring
from kiln.rarithmetic import string_to_int
from kiln.rstring import (
    InvalidBaseError, ParseStringError, ParseStringOverflowError,
    StringBuilder, UnicodeBuilder)


class StringBuilderTest(unittest.TestCase):
    def test_append_and_build(self):
        for cls in (StringBuilder, UnicodeBuilder):
            with self.subTest(cls=cls):
                builder = cls()
                self.assertEqual(builder.build(), '')
                builder.append('hello')
                builder.append('')
                builder.append_slice('-, world!-', 1, 9)
                builder.append_multiple_char('!', 3)
                self.assertEqual(builder.getlength(), 16)
                self.assertEqual(builder.build(), 'hello, world!!!!')

    def test_build_twice_and_continue(self):
        builder = StringBuilder(10)
        builder.append('ab')
        self.assertEqual(builder.build(), 'ab')
        self.assertEqual(builder.build(), 'ab')
        builder.append('c')
        self.assertEqual(builder.build(), 'abc')
        self.assertEqual(builder.getlength(), 3)

    def test_multiple_char_edge_cases(self):
        builder = StringBuilder()
        builder.append_multiple_char('x', 0)
        builder.append_multiple_char('x', -3)
        self.assertEqual(builder.build(), '')
        with self.assertRaisesRegex(ValueError, 'single character'):
            builder.append_multiple_char('xy', 2)

    def test_append_slice_bounds(self):
        builder = StringBuilder()
        builder.append_slice('abc', 0, 3)
        builder.append_slice('abc', 3, 3)
        self.assertEqual(builder.build(), 'abc')
        for start, end in [(-1, 2), (2, 1), (0, 4)]:
            with self.subTest(start=start, end=end):
                with self.assertRaisesRegex(ValueError, 'bad slice'):
                    builder.append_slice('abc', start, end)

    def test_type_errors(self):
        builder = StringBuilder()
        for bad in (b'bytes', 3, None, ['a']):
            with self.subTest(value=bad):
                with self.assertRaisesRegex(TypeError, 'needs a str'):
                    builder.append(bad)
        with self.assertRaises(ValueError):
            StringBuilder(-1)

    def test_many_appends(self):
        builder = StringBuilder()
        for i in range(1000):
            builder.append(str(i % 10))
        self.assertEqual(builder.getlength(), 1000)
        self.assertEqual(builder.build(), '0123456789' * 100)


class StrHelpersTest(unittest.TestCase):
    def test_split(self):
        self.assertEqual(rstring.split('a b  c'), ['a', 'b', 'c'])
        self.assertEqual(rstring.split('a,b,,c', ','), ['a', 'b', '', 'c'])
        self.assertEqual(rstring.split('a,b,c', ',', 1), ['a', 'b,c'])
        self.assertEqual(rstring.rsplit('a,b,c', ',', 1), ['a,b', 'c'])
        with self.assertRaises(ValueError):
            rstring.split('abc', '')

    def test_replace(self):
        self.assertEqual(rstring.replace('aaa', 'a', 'b'), 'bbb')
        self.assertEqual(rstring.replace('aaa', 'a', 'b', 2), 'bba')
        self.assertEqual(rstring.replace_count('aaa', 'a', 'bc'),
                         ('bcbcbc', 3))
        self.assertEqual(rstring.replace_count('aaa', 'a', 'b', 1), ('baa', 1))
        self.assertEqual(rstring.replace_count('abc', 'x', 'y'), ('abc', 0))
        self.assertEqual(rstring.replace_count('ab', '', '-'), ('-a-b-', 3))

    def test_search(self):
        self.assertTrue(rstring.startswith('hello', 'he'))
        self.assertFalse(rstring.startswith('hello', 'he', 1))
        self.assertTrue(rstring.endswith('hello', 'll', 0, 4))
        self.assertEqual(rstring.find('abcabc', 'c'), 2)
        self.assertEqual(rstring.find('abcabc', 'c', 3, 6), 5)
        self.assertEqual(rstring.rfind('abcabc', 'c'), 5)
        self.assertEqual(rstring.count('abcabc', 'bc'), 2)
        self.assertEqual(rstring.find('abc', 'x'), -1)

    def test_strip_and_str0(self):
        self.assertEqual(rstring.strip_spaces(' \t\n x y\f\v\r '), 'x y')
        self.assertEqual(rstring.strip_spaces('\xa0x\xa0'), '\xa0x\xa0')
        self.assertEqual(rstring.assert_str0('path'), 'path')
        with self.assertRaises(ValueError):
            rstring.check_str0('a\x00b')


class StringToIntTest(unittest.TestCase):
    def test_valid(self):
        cases = [
            (('42',), 42), ((' -17\n',), -17), (('+8',), 8), (('0',), 0),
            (('ff', 16), 255), (('0xff', 16), 255), (('0XFF', 0), 255),
            (('0o17', 0), 15), (('0b101', 0), 5), (('0b101', 2), 5),
            (('z', 36), 35), (('0777', 0), 511), (('000', 0), 0),
            (('0b1', 16), 0xb1),
            (('1_000', 10, True), 1000), (('0x_ff', 0, True), 255),
            (('0', 0, False, True), 0), (('00', 0, False, True), 0),
            (('9223372036854775807',), 2 ** 63 - 1),
            (('-9223372036854775808',), -2 ** 63),
        ]
        for args, expected in cases:
            with self.subTest(args=args):
                self.assertEqual(string_to_int(*args), expected)
                if len(args) < 3 and args[-1] != 0 and args[0] != '0777':
                    self.assertEqual(int(*args), expected)    # matches CPython

    def test_invalid(self):
        cases = [
            ('',), ('  ',), ('-',), ('1 2',), ('- 1',), ('12a',), ('0x',),
            ('0x1', 10), ('9', 8), ('1_000',), ('_1', 10, True),
            ('1__0', 10, True), ('1_', 10, True), ('0777', 0, False, True),
            ('\u0661',), ('0x1f', 8),
        ]
        for args in cases:
            with self.subTest(args=args):
                with self.assertRaises(ParseStringError) as caught:
                    string_to_int(*args)
                self.assertIn('invalid literal for int()', caught.exception.msg)
                self.assertIn(repr(args[0]), str(caught.exception))

    def test_bad_base(self):
        for base in (1, 37, -1):
            with self.subTest(base=base):
                with self.assertRaises(InvalidBaseError):
                    string_to_int('1', base)
        self.assertTrue(issubclass(InvalidBaseError, ParseStringError))

    def test_overflow(self):
        for text in ('9223372036854775808', '-9223372036854775809',
                     '0x10000000000000000', '1' * 40, '-' + '1' * 40):
            with self.subTest(text=text):
                with self.assertRaises(ParseStringOverflowError) as caught:
                    string_to_int(text, 0 if text.startswith('0x') else 10)
                parser = caught.exception.parser
                self.assertEqual(int(parser.literal, 0 if text.startswith('0x')
                                     else parser.base), int(text, 0))

    def test_errors_are_exported_from_both_modules(self):
        for name in ('ParseStringError', 'InvalidBaseError',
                     'ParseStringOverflowError'):
            self.assertIs(getattr(rarithmetic, name), getattr(rstring, name))

    def test_overflow_inside_an_invalid_literal_is_invalid(self):
        with self.assertRaises(ParseStringError):
            string_to_int('9' * 30 + 'x')
        with self.assertRaises(ParseStringError):
            string_to_int('0' + '7' * 30, 0, False, True)


if __name__ == '__main__':
    unittest.main()

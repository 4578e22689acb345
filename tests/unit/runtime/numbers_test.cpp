// The number, math and index-check helpers (runtime/src/numbers, kiln/generic/numbers_io.h),
// against CPython 3.11's results and messages.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "tests/unit/runtime/list_test_structs.h" // divmod's tuples

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
constexpr int64_t kMax = std::numeric_limits<int64_t>::max();

// Same value and sign (0.0 and -0.0 differ), NaN equal to NaN.
::testing::AssertionResult sameFloat(double expected, double actual) {
  if (std::isnan(expected) && std::isnan(actual)) return ::testing::AssertionSuccess();
  if (expected == actual && std::signbit(expected) == std::signbit(actual))
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "expected " << expected << ", got " << actual;
}

// -- Indexing ----------------------------------------------------------------------------------------

TEST(RuntimeNumbers, CheckIndex) {
  EXPECT_EQ(kiln_check_index(0, 3, 0), 0);
  EXPECT_EQ(kiln_check_index(2, 3, 0), 2);
  EXPECT_EQ(takeException(), "");
  kiln_check_index(3, 3, 0);
  EXPECT_EQ(takeException(), "IndexError: list index out of range");
  kiln_check_index(-1, 3, 1);
  EXPECT_EQ(takeException(), "IndexError: list assignment index out of range");
  kiln_check_index(0, 0, 2);
  EXPECT_EQ(takeException(), "IndexError: tuple index out of range");
  kiln_check_index(7, 2, 3);
  EXPECT_EQ(takeException(), "IndexError: string index out of range");
  kiln_check_index(7, 2, 4);
  EXPECT_EQ(takeException(), "IndexError: index out of range");
}

TEST(RuntimeNumbers, CheckIndexWrap) {
  EXPECT_EQ(kiln_check_index_wrap(-1, 3, 0), 2);
  EXPECT_EQ(kiln_check_index_wrap(-3, 3, 0), 0);
  EXPECT_EQ(kiln_check_index_wrap(1, 3, 0), 1);
  EXPECT_EQ(takeException(), "");
  kiln_check_index_wrap(-4, 3, 0);
  EXPECT_EQ(takeException(), "IndexError: list index out of range");
  kiln_check_index_wrap(3, 3, 0);
  EXPECT_EQ(takeException(), "IndexError: list index out of range");
  kiln_check_index_wrap(kMin, 3, 3);
  EXPECT_EQ(takeException(), "IndexError: string index out of range");
}

TEST(RuntimeNumbers, CheckUnpackLengthAndRangeStep) {
  kiln_check_unpack_length(2, 2);
  EXPECT_EQ(takeException(), "");
  kiln_check_unpack_length(1, 2);
  EXPECT_EQ(takeException(), "ValueError: not enough values to unpack (expected 2, got 1)");
  kiln_check_unpack_length(3, 2);
  EXPECT_EQ(takeException(), "ValueError: too many values to unpack (expected 2)");
  kiln_range_check_step(-1);
  EXPECT_EQ(takeException(), "");
  kiln_range_check_step(0);
  EXPECT_EQ(takeException(), "ValueError: range() arg 3 must not be zero");
  kiln_check_shift_count(0);
  EXPECT_EQ(takeException(), "");
  kiln_check_shift_count(-1);
  EXPECT_EQ(takeException(), "ValueError: negative shift count");
}

// -- math --------------------------------------------------------------------------------------------

TEST(RuntimeNumbers, MathValues) {
  EXPECT_DOUBLE_EQ(kiln_math_sqrt(2.0), 1.4142135623730951);
  EXPECT_DOUBLE_EQ(kiln_math_exp(1.0), 2.718281828459045);
  EXPECT_DOUBLE_EQ(kiln_math_log(10.0), 2.302585092994046);
  EXPECT_DOUBLE_EQ(kiln_math_sin(1.0), 0.8414709848078965);
  EXPECT_DOUBLE_EQ(kiln_math_cos(1.0), 0.5403023058681398);
  EXPECT_DOUBLE_EQ(kiln_math_atan2(1.0, -1.0), 2.356194490192345);
  EXPECT_TRUE(sameFloat(3.141592653589793, kiln_math_atan2(0.0, -0.0)));
  EXPECT_EQ(kiln_math_floor(-2.5), -3);
  EXPECT_EQ(kiln_math_ceil(-2.5), -2);
  EXPECT_EQ(kiln_math_floor(0x1p62), int64_t(1) << 62);
  EXPECT_EQ(kiln_math_gcd(12, -18), 6);
  EXPECT_EQ(kiln_math_gcd(0, 0), 0);
  EXPECT_EQ(kiln_math_gcd(0, -5), 5);
  EXPECT_TRUE(kiln_math_isnan(kNan));
  EXPECT_FALSE(kiln_math_isnan(kInf));
  EXPECT_TRUE(kiln_math_isinf(-kInf));
  EXPECT_FALSE(kiln_math_isinf(1e308));
  EXPECT_TRUE(sameFloat(kInf, kiln_math_exp(kInf)));
  EXPECT_TRUE(sameFloat(kNan, kiln_math_exp(kNan)));
  EXPECT_TRUE(sameFloat(kInf, kiln_math_log(kInf)));
  EXPECT_TRUE(sameFloat(kNan, kiln_math_sin(kNan)));
  EXPECT_TRUE(sameFloat(-0.0, kiln_math_sqrt(-0.0)));
  EXPECT_EQ(takeException(), "");
}

TEST(RuntimeNumbers, MathErrors) {
  kiln_math_sqrt(-1.0);
  EXPECT_EQ(takeException(), "ValueError: math domain error");
  kiln_math_sqrt(-kInf);
  EXPECT_EQ(takeException(), "ValueError: math domain error");
  kiln_math_floor(kInf);
  EXPECT_EQ(takeException(), "OverflowError: cannot convert float infinity to integer");
  kiln_math_floor(kNan);
  EXPECT_EQ(takeException(), "ValueError: cannot convert float NaN to integer");
  kiln_math_ceil(-kInf);
  EXPECT_EQ(takeException(), "OverflowError: cannot convert float infinity to integer");
  kiln_math_exp(1000.0);
  EXPECT_EQ(takeException(), "OverflowError: math range error");
  kiln_math_log(0.0);
  EXPECT_EQ(takeException(), "ValueError: math domain error");
  kiln_math_log(-1.0);
  EXPECT_EQ(takeException(), "ValueError: math domain error");
  kiln_math_sin(kInf);
  EXPECT_EQ(takeException(), "ValueError: math domain error");
  kiln_math_cos(-kInf);
  EXPECT_EQ(takeException(), "ValueError: math domain error");
  kiln_math_floor(1e19); // CPython makes a long int; kiln's are 64 bits
  EXPECT_EQ(takeException(), "OverflowError: int too large to convert to a 64-bit integer");
}

// -- float arithmetic --------------------------------------------------------------------------------

TEST(RuntimeNumbers, FloatPow) {
  struct Case {
    double a, b, expected;
  };
  const Case cases[] = {
      {2.0, 10.0, 1024.0},  {2.0, 0.5, 1.4142135623730951}, {-2.0, 3.0, -8.0},  {-2.0, 2.0, 4.0},
      {0.0, 0.0, 1.0},      {kNan, 0.0, 1.0},               {1.0, kNan, 1.0},    {-1.0, kInf, 1.0},
      {0.5, kInf, 0.0},     {2.0, -kInf, 0.0},              {-kInf, 3.0, -kInf}, {-kInf, 2.0, kInf},
      {-kInf, -3.0, -0.0},  {-0.0, 3.0, -0.0},              {-0.0, 2.0, 0.0},    {10.0, -2.0, 0.01},
      {-8.0, 3.0, -512.0},  {1e-300, 2.0, 0.0},             {-1.0, 1e300, 1.0},  {kNan, 1.0, kNan},
  };
  for (const Case& c : cases) EXPECT_TRUE(sameFloat(c.expected, kiln_float_pow(c.a, c.b))) << c.a << " ** " << c.b;
  EXPECT_EQ(takeException(), "");
  kiln_float_pow(0.0, -1.0);
  EXPECT_EQ(takeException(), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  kiln_float_pow(-0.0, -kInf);
  EXPECT_EQ(takeException(), "");
  kiln_float_pow(-8.0, 0.5);
  EXPECT_EQ(takeException(), "ValueError: negative number cannot be raised to a fractional power");
  kiln_float_pow(10.0, 400.0);
  EXPECT_EQ(takeException(), "OverflowError: (34, 'Numerical result out of range')");
  kiln_float_pow(-2.0, 1e300);
  EXPECT_EQ(takeException(), "OverflowError: (34, 'Numerical result out of range')");
}

TEST(RuntimeNumbers, FloatFloorDivAndMod) {
  struct Case {
    double a, b, div, mod;
  };
  const Case cases[] = {
      {7.0, 2.0, 3.0, 1.0},          {-7.0, 2.0, -4.0, 1.0},   {7.0, -2.0, -4.0, -1.0},
      {-7.0, -2.0, 3.0, -1.0},       {0.0, -3.0, -0.0, -0.0},  {-0.0, 3.0, -0.0, 0.0},
      {1.0, 0.1, 9.0, 0.09999999999999995}, {5.5, 1.5, 3.0, 1.0}, {-1e-300, 1e300, -1.0, 1e300},
      {3.0, kInf, 0.0, 3.0},         {-3.0, kInf, -1.0, kInf},
  };
  for (const Case& c : cases) {
    EXPECT_TRUE(sameFloat(c.div, kiln_float_floordiv(c.a, c.b))) << c.a << " // " << c.b;
    EXPECT_TRUE(sameFloat(c.mod, kiln_float_mod(c.a, c.b))) << c.a << " % " << c.b;
    auto* t = kiln_float_divmod<lv_tuple2_Float_Float*>(c.a, c.b);
    EXPECT_TRUE(sameFloat(c.div, t->item0));
    EXPECT_TRUE(sameFloat(c.mod, t->item1));
  }
  EXPECT_EQ(takeException(), "");
  kiln_float_floordiv(1.0, 0.0);
  EXPECT_EQ(takeException(), "ZeroDivisionError: float floor division by zero");
  kiln_float_mod(1.0, -0.0);
  EXPECT_EQ(takeException(), "ZeroDivisionError: float modulo");
  EXPECT_EQ(kiln_float_divmod<lv_tuple2_Float_Float*>(1.0, 0.0), nullptr);
  EXPECT_EQ(takeException(), "ZeroDivisionError: float divmod()");
}

TEST(RuntimeNumbers, FloatToInt) {
  EXPECT_EQ(kiln_float_to_int(-2.9), -2);
  EXPECT_EQ(kiln_float_to_int(2.9), 2);
  EXPECT_EQ(kiln_float_to_int(-0x1p63), kMin);
  EXPECT_EQ(takeException(), "");
  kiln_float_to_int(kInf);
  EXPECT_EQ(takeException(), "OverflowError: cannot convert float infinity to integer");
  kiln_float_to_int(kNan);
  EXPECT_EQ(takeException(), "ValueError: cannot convert float NaN to integer");
  kiln_float_to_int(0x1p63);
  EXPECT_EQ(takeException(), "OverflowError: int too large to convert to a 64-bit integer");
}

// -- round -------------------------------------------------------------------------------------------

TEST(RuntimeNumbers, FloatRoundToInt) {
  EXPECT_EQ(kiln_float_round(0.5), 0);
  EXPECT_EQ(kiln_float_round(1.5), 2);
  EXPECT_EQ(kiln_float_round(2.5), 2);
  EXPECT_EQ(kiln_float_round(-2.5), -2);
  EXPECT_EQ(kiln_float_round(-0.4), 0);
  EXPECT_EQ(kiln_float_round(9.2e18), 9200000000000000000);
  EXPECT_EQ(kiln_float_round(-9.223372036854775808e18), kMin);
  EXPECT_EQ(takeException(), "");
  kiln_float_round(kInf);
  EXPECT_EQ(takeException(), "OverflowError: cannot convert float infinity to integer");
  kiln_float_round(kNan);
  EXPECT_EQ(takeException(), "ValueError: cannot convert float NaN to integer");
  kiln_float_round(1e300);
  EXPECT_EQ(takeException(), "OverflowError: int too large to convert to a 64-bit integer");
}

TEST(RuntimeNumbers, FloatRoundDigitsIsCorrectlyRounded) {
  struct Case {
    double x;
    int64_t n;
    double expected;
  };
  const Case cases[] = { // from CPython 3.11
      {2.675, 2, 2.67},        {0.5, 0, 0.0},           {1.5, 0, 2.0},          {2.5, 0, 2.0},
      {-0.5, 0, -0.0},         {1234.5678, -2, 1200.0}, {5.0, -1, 0.0},         {15.0, -1, 20.0},
      {25.0, -1, 20.0},        {-25.0, -1, -20.0},      {1e+300, -300, 1e+300}, {0.125, 2, 0.12},
      {0.375, 2, 0.38},        {1e-320, 323, 1e-320},   {5e-324, 400, 5e-324},  {-1.0, -400, -0.0},
      {123.456, 1, 123.5},     {1e+22, -21, 1e+22},     {2.5e-05, 5, 3e-05},    {1.0000000000000002e+16, -1, 1e+16},
      {-4.0, -1, -0.0},        {0.1, 20, 0.1},          {1.0000000000000002, 15, 1.0},
      {5000000000000000.0, 0, 5000000000000000.0},      {9.995, 2, 9.99},       {1.005, 2, 1.0},
      {-1.005, 2, -1.0},       {7.5, -1, 10.0},         {4999.999, -4, 0.0},    {5000.0, -4, 0.0},
      {15000.0, -4, 20000.0},  {0.4, -1, 0.0},          {987654321.1234568, -5, 987700000.0},
      {kInf, 2, kInf},         {-kInf, -2, -kInf},      {kNan, 1, kNan},        {95.0, -1, 100.0},
      {99999.5, 0, 100000.0},
  };
  for (const Case& c : cases)
    EXPECT_TRUE(sameFloat(c.expected, kiln_float_round_digits(c.x, c.n))) << "round(" << c.x << ", " << c.n << ")";
  EXPECT_EQ(takeException(), "");
}

TEST(RuntimeNumbers, IntRoundDigits) {
  struct Case {
    int64_t i, n, expected;
  };
  const Case cases[] = {
      {15, -1, 20},  {25, -1, 20}, {-25, -1, -20}, {-15, -1, -20}, {123, -5, 0},
      {123, 2, 123}, {kMin, -18, -9000000000000000000}, {4999999999999999999, -19, 0},
      {5000000000000000000, -19, 0}, {kMax, -30, 0}, {1250, -2, 1200}, {1350, -2, 1400},
  };
  for (const Case& c : cases) EXPECT_EQ(kiln_int_round_digits(c.i, c.n), c.expected) << c.i << ", " << c.n;
  EXPECT_EQ(takeException(), "");
  kiln_int_round_digits(kMax, -1); // 9223372036854775810 in CPython
  EXPECT_EQ(takeException(), "OverflowError: int too large to convert to a 64-bit integer");
  kiln_int_round_digits(6000000000000000000, -19); // 10**19
  EXPECT_EQ(takeException(), "OverflowError: int too large to convert to a 64-bit integer");
}

// -- hashes ------------------------------------------------------------------------------------------

TEST(RuntimeNumbers, FloatHashMatchesCPython) {
  struct Case {
    double x;
    int64_t expected;
  };
  const Case cases[] = {
      {1.5, 1152921504606846977LL},   {-1.5, -1152921504606846977LL}, {1e+300, 1224995262755759164LL},
      {-0.0, 0LL},                    {0.0, 0LL},                     {0.1, 230584300921369408LL},
      {2.305843009213694e+18, 1LL},   {4.611686018427388e+18, 2LL},   {-1.0, -2LL},
      {1e-300, 482449582752280463LL}, {kInf, 314159LL},               {-kInf, -314159LL},
      {3.141592653589793, 326490430436040707LL}, {5e-324, 16777216LL}, {1e+18, 1000000000000000000LL},
      {-2.5e-08, -789396629831109982LL}, {123456789.125, 288230376275168533LL}, {kNan, 0},
  };
  for (const Case& c : cases) EXPECT_EQ(kiln_float_hash(c.x), c.expected) << "hash(" << c.x << ")";
}

TEST(RuntimeNumbers, FloatComputeHash) {
  EXPECT_EQ(kiln_float_compute_hash(kNan), 0);
  EXPECT_EQ(kiln_float_compute_hash(-1.0), -1); // the int itself, not hash(-1)
  EXPECT_EQ(kiln_float_compute_hash(0x1p62), int64_t(1) << 62);
  EXPECT_EQ(kiln_float_compute_hash(-0x1p63), kMin);
  EXPECT_EQ(kiln_float_compute_hash(1.5), 1152921504606846977LL);
  EXPECT_EQ(kiln_float_compute_hash(0x1p63), kiln_float_hash(0x1p63));
}

TEST(RuntimeNumbers, IntHashMatchesCPython) {
  EXPECT_EQ(kiln_int_hash<int64_t>(int64_t(1)), 1);
  EXPECT_EQ(kiln_int_hash<int64_t>(int64_t(-1)), -2);
  EXPECT_EQ(kiln_int_hash<int64_t>(kMin), -4);
  EXPECT_EQ(kiln_int_hash<int64_t>(kMax), 3);
  EXPECT_EQ(kiln_int_hash<int64_t>(int64_t((1LL << 61) - 1)), 0);
  EXPECT_EQ(kiln_int_hash<int64_t>(int64_t(1LL << 61)), 1);
  EXPECT_EQ(kiln_int_hash<int64_t>(~uint64_t(0)), 7); // hash(2**64 - 1)
  EXPECT_EQ(kiln_int_hash<int64_t>(int64_t(-12345)), -12345);
}

// -- int ** int and divmod ---------------------------------------------------------------------------

TEST(RuntimeNumbers, IntPowWraps) {
  EXPECT_EQ(kiln_int_pow<int64_t>(int64_t(2), int64_t(10)), 1024);
  EXPECT_EQ(kiln_int_pow<int64_t>(int64_t(7), int64_t(22)), 3909821048582988049);
  EXPECT_EQ(kiln_int_pow<int64_t>(int64_t(3), int64_t(40)), -6289078614652622815); // 3**40 mod 2**64
  EXPECT_EQ(kiln_int_pow<int64_t>(int64_t(-3), int64_t(41)), 420491770248316829);
  EXPECT_EQ(kiln_int_pow<int64_t>(int64_t(0), int64_t(0)), 1);
  EXPECT_EQ(kiln_int_pow<int64_t>(int64_t(-1), int64_t(kMax)), -1);
  EXPECT_EQ(kiln_int_pow<uint64_t>(uint64_t(3), uint64_t(40)), 12157665459056928801ULL);
  EXPECT_EQ(takeException(), "");
  kiln_int_pow<int64_t>(int64_t(0), int64_t(-1));
  EXPECT_EQ(takeException(), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  kiln_int_pow<int64_t>(int64_t(2), int64_t(-1));
  EXPECT_EQ(takeException(), "ValueError: integer ** negative integer is a float, not an int");
}

TEST(RuntimeNumbers, IntPowOvf) {
  EXPECT_EQ(kiln_int_pow_ovf<int64_t>(int64_t(7), int64_t(22)), 3909821048582988049);
  EXPECT_EQ(kiln_int_pow_ovf<int64_t>(int64_t(-2), int64_t(63)), kMin);
  EXPECT_EQ(kiln_int_pow_ovf<int64_t>(int64_t(-1), int64_t(kMax)), -1);
  EXPECT_EQ(kiln_int_pow_ovf<int64_t>(int64_t(10), int64_t(18)), 1000000000000000000);
  EXPECT_EQ(takeException(), "");
  kiln_int_pow_ovf<int64_t>(int64_t(2), int64_t(63));
  EXPECT_EQ(takeException(), "OverflowError: integer overflow");
  kiln_int_pow_ovf<int64_t>(int64_t(7), int64_t(23));
  EXPECT_EQ(takeException(), "OverflowError: integer overflow");
  kiln_int_pow_ovf<int64_t>(int64_t(10), int64_t(19));
  EXPECT_EQ(takeException(), "OverflowError: integer overflow");
  kiln_int_pow_ovf<int64_t>(int64_t(0), int64_t(-2));
  EXPECT_EQ(takeException(), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

TEST(RuntimeNumbers, IntDivmod) {
  struct Case {
    int64_t a, b, div, mod;
  };
  const Case cases[] = {
      {7, 2, 3, 1}, {7, -2, -4, -1}, {-7, 2, -4, 1}, {-7, -2, 3, -1}, {0, 5, 0, 0},
      {kMin, 3, -3074457345618258603, 1}, {kMin, -1, kMin, 0}, // 2**63 wraps
  };
  for (const Case& c : cases) {
    auto* t = kiln_int_divmod<lv_tuple2_Signed_Signed*>(c.a, c.b);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->item0, c.div) << c.a << ", " << c.b;
    EXPECT_EQ(t->item1, c.mod) << c.a << ", " << c.b;
  }
  EXPECT_EQ(kiln_int_divmod<lv_tuple2_Signed_Signed*>(int64_t(1), int64_t(0)), nullptr);
  EXPECT_EQ(takeException(), "ZeroDivisionError: integer division or modulo by zero");
}

} // namespace

// The math module's functions (rtyper/helpers.def, "math"): the C library's, with the errors of
// CPython's mathmodule.c (math_1): a NaN result of a non-NaN argument is a domain error
// (ValueError 'math domain error'), an infinite result of a finite argument a range error
// (OverflowError 'math range error' where the function can overflow, exp; else a domain error).
#include <cmath>

#include "kiln/runtime.h"

namespace {

double domainError() {
  kiln_raise_fmt(KILN_EXC_ValueError, "math domain error");
  return 0.0;
}

// CPython's math_1 checks of r = f(x).
double checked(double x, double r, bool canOverflow) {
  if (std::isnan(r) && !std::isnan(x)) return domainError();
  if (std::isinf(r) && std::isfinite(x)) {
    if (!canOverflow) return domainError();
    kiln_raise_fmt(KILN_EXC_OverflowError, "math range error");
    return 0.0;
  }
  return r;
}

} // namespace

// The conversion of an integral float to an int (floor, ceil, round, int()): CPython's errors
// for inf and nan; OverflowError where CPython would make an int wider than 64 bits.
int64_t kiln_float_integral_to_int(double x) {
  if (std::isnan(x)) {
    kiln_raise_fmt(KILN_EXC_ValueError, "cannot convert float NaN to integer");
    return 0;
  }
  if (std::isinf(x)) {
    kiln_raise_fmt(KILN_EXC_OverflowError, "cannot convert float infinity to integer");
    return 0;
  }
  if (x >= 0x1p63 || x < -0x1p63) {
    kiln_raise_fmt(KILN_EXC_OverflowError, "int too large to convert to a 64-bit integer");
    return 0;
  }
  return int64_t(x);
}

double kiln_math_sqrt(double x) {
  return checked(x, std::sqrt(x), false);
}

int64_t kiln_math_floor(double x) {
  return kiln_float_integral_to_int(std::floor(x));
}

int64_t kiln_math_ceil(double x) {
  return kiln_float_integral_to_int(std::ceil(x));
}

double kiln_math_exp(double x) {
  return checked(x, std::exp(x), true);
}

// CPython's m_log: log(0) and log of a negative number are domain errors.
double kiln_math_log(double x) {
  if (std::isfinite(x) && x <= 0.0) return domainError();
  return std::log(x);
}

double kiln_math_sin(double x) {
  return checked(x, std::sin(x), false);
}

double kiln_math_cos(double x) {
  return checked(x, std::cos(x), false);
}

double kiln_math_atan2(double y, double x) {
  return std::atan2(y, x);
}

bool kiln_math_isnan(double x) {
  return std::isnan(x);
}

bool kiln_math_isinf(double x) {
  return std::isinf(x);
}

// gcd(-2**63, 0) is 2**63, which wraps to -2**63 (the one result outside 64 bits).
int64_t kiln_math_gcd(int64_t a, int64_t b) {
  uint64_t x = a < 0 ? 0 - uint64_t(a) : uint64_t(a);
  uint64_t y = b < 0 ? 0 - uint64_t(b) : uint64_t(b);
  while (y) {
    uint64_t r = x % y;
    x = y;
    y = r;
  }
  return int64_t(x);
}

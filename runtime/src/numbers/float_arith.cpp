// The float operations with CPython's irregular results and errors (rtyper/helpers.def,
// "numbers"): **, //, %, divmod's parts, int(), shift counts.
#include <cerrno>
#include <cmath>

#include "kiln/runtime.h"

namespace {

bool isOddInteger(double x) {
  return std::fmod(std::fabs(x), 2.0) == 1.0;
}

// CPython's PyErr_SetFromErrno for a math error: the message is str() of (errno, strerror).
double raiseErrno(int error) {
  kiln_exc kind = error == ERANGE ? KILN_EXC_OverflowError : KILN_EXC_ValueError;
  kiln_raise_fmt(kind, "(%d, '%s')", error, strerror(error));
  return 0.0;
}

// a ** b of CPython's float_pow once the special operands are handled: |a| > 0, finite, != 1.
double powFinite(double a, double b, bool negateResult) {
  errno = 0;
  double r = std::pow(a, b);
  // CPython's _Py_ADJUST_ERANGE1: an infinite result is an overflow, an underflow is no error.
  if (errno == 0 && std::isinf(r)) errno = ERANGE;
  else if (errno == ERANGE && r == 0.0) errno = 0;
  if (errno) return raiseErrno(errno);
  return negateResult ? -r : r;
}

} // namespace

// CPython's float_pow, case by case; a negative base with a non-integral exponent makes a
// complex number in CPython, a ValueError here.
double kiln_float_pow(double a, double b) {
  if (b == 0.0) return 1.0;
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return a == 1.0 ? 1.0 : b;
  if (std::isinf(b)) {
    double m = std::fabs(a);
    if (m == 1.0) return 1.0;
    return (b > 0.0) == (m > 1.0) ? std::fabs(b) : 0.0;
  }
  if (std::isinf(a)) {
    bool odd = isOddInteger(b);
    if (b > 0.0) return odd ? a : std::fabs(a);
    return odd ? std::copysign(0.0, a) : 0.0;
  }
  if (a == 0.0) {
    if (b < 0.0) {
      kiln_raise_fmt(KILN_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return 0.0;
    }
    return isOddInteger(b) ? a : 0.0;
  }
  bool negateResult = false;
  if (a < 0.0) {
    if (b != std::floor(b)) {
      kiln_raise_fmt(KILN_EXC_ValueError, "negative number cannot be raised to a fractional power");
      return 0.0;
    }
    a = -a;
    negateResult = isOddInteger(b);
  }
  if (a == 1.0) return negateResult ? -1.0 : 1.0;
  return powFinite(a, b, negateResult);
}

// CPython's _float_div_mod (b != 0): the floor quotient from fmod, exact where floor(a / b) is
// not; the remainder with the sign of b.
void kiln_float_divmod_parts(double a, double b, double* div, double* mod) {
  double m = std::fmod(a, b);
  double d = (a - m) / b;
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) {
      m += b;
      d -= 1.0;
    }
  } else {
    m = std::copysign(0.0, b);
  }
  double floorDiv;
  if (d != 0.0) {
    floorDiv = std::floor(d);
    if (d - floorDiv > 0.5) floorDiv += 1.0;
  } else {
    floorDiv = std::copysign(0.0, a / b);
  }
  *div = floorDiv;
  *mod = m;
}

double kiln_float_floordiv(double a, double b) {
  if (b == 0.0) {
    kiln_raise_fmt(KILN_EXC_ZeroDivisionError, "float floor division by zero");
    return 0.0;
  }
  double div, mod;
  kiln_float_divmod_parts(a, b, &div, &mod);
  return div;
}

// CPython's float_rem.
double kiln_float_mod(double a, double b) {
  if (b == 0.0) {
    kiln_raise_fmt(KILN_EXC_ZeroDivisionError, "float modulo");
    return 0.0;
  }
  double m = std::fmod(a, b);
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) m += b;
    return m;
  }
  return std::copysign(0.0, b);
}

int64_t kiln_float_to_int(double x) {
  return kiln_float_integral_to_int(std::trunc(x));
}

void kiln_check_shift_count(int64_t n) {
  if (n < 0) kiln_raise_fmt(KILN_EXC_ValueError, "negative shift count");
}

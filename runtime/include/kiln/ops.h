// kiln/ops.h -- the low-level operations (rtyper/ll_ops.def) whose C++ is more than an operator,
// as codegen writes them: Python's integer division and modulo, shifts by any count, and the
// variants that raise (codegen/emit_ops.cpp). Built with -fwrapv, so + - * wrap.
#pragma once

#include <cstdint>

void kiln_raise_overflow(const char* what);
void kiln_raise_zero_division(const char* what);

inline int64_t kiln_int_floordiv(int64_t a, int64_t b) {
  if (b == -1) return int64_t(0ULL - uint64_t(a)); // the minimum // -1 wraps
  int64_t q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) --q;
  return q;
}
inline int64_t kiln_int_mod(int64_t a, int64_t b) {
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
inline int64_t kiln_int_lshift(int64_t a, int64_t b) { return int64_t(uint64_t(a) << (b & 63)); }
inline int64_t kiln_int_rshift(int64_t a, int64_t b) { return b >= 64 ? (a < 0 ? -1 : 0) : a >> b; }
inline int64_t kiln_int_abs(int64_t a) { return a < 0 ? int64_t(0ULL - uint64_t(a)) : a; }
inline uint64_t kiln_uint_lshift(uint64_t a, int64_t b) { return b >= 64 ? 0 : a << b; }
inline uint64_t kiln_uint_rshift(uint64_t a, int64_t b) { return b >= 64 ? 0 : a >> b; }

// The variants that raise: the result is any value when they do.
inline int64_t kiln_int_add_ovf(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) kiln_raise_overflow("integer addition");
  return r;
}
inline int64_t kiln_int_sub_ovf(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) kiln_raise_overflow("integer subtraction");
  return r;
}
inline int64_t kiln_int_mul_ovf(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) kiln_raise_overflow("integer multiplication");
  return r;
}
inline int64_t kiln_int_neg_ovf(int64_t a) {
  if (a == INT64_MIN) kiln_raise_overflow("integer negation");
  return -a;
}
inline int64_t kiln_int_lshift_ovf(int64_t a, int64_t b) {
  if (b >= 64 ? a != 0 : (int64_t(uint64_t(a) << b) >> b) != a) {
    kiln_raise_overflow("integer left shift");
    return 0;
  }
  return b >= 64 ? 0 : int64_t(uint64_t(a) << b);
}
inline int64_t kiln_int_floordiv_ovf(int64_t a, int64_t b) {
  if (a == INT64_MIN && b == -1) kiln_raise_overflow("integer division");
  return kiln_int_floordiv(a, b);
}
// Whether b is zero, raising ZeroDivisionError(what) then.
inline bool kiln_zero_divisor(int64_t b, const char* what) {
  if (b != 0) return false;
  kiln_raise_zero_division(what);
  return true;
}
inline int64_t kiln_int_floordiv_zer(int64_t a, int64_t b) {
  return kiln_zero_divisor(b, "integer division or modulo by zero") ? 0 : kiln_int_floordiv(a, b);
}
inline int64_t kiln_int_floordiv_ovf_zer(int64_t a, int64_t b) {
  return kiln_zero_divisor(b, "integer division or modulo by zero") ? 0 : kiln_int_floordiv_ovf(a, b);
}
inline int64_t kiln_int_mod_zer(int64_t a, int64_t b) {
  return kiln_zero_divisor(b, "integer modulo by zero") ? 0 : kiln_int_mod(a, b);
}
inline double kiln_float_truediv_zer(double a, double b) {
  if (b == 0.0) {
    kiln_raise_zero_division("float division by zero");
    return 0;
  }
  return a / b;
}
inline double kiln_int_truediv_zer(int64_t a, int64_t b) {
  return kiln_zero_divisor(b, "division by zero") ? 0 : double(a) / double(b); // CPython's words for ints
}

// kiln/rt_numbers.h -- the plain number, math and index-check helpers (rtyper/helpers.def,
// "numbers", "math", "Indexing", and range_check_step).
//
// Each raises as helpers.def says (CPython 3.11's exception class and message) and then returns
// a dummy value (0); generated code tests kiln_exc_type after the call. Defined in
// runtime/src/numbers/.
#pragma once

#include <cstdint>

// -- Indexing (lists, tuples, strs) ------------------------------------------------------------------
// kind: 0 list, 1 list assignment, 2 tuple, 3 str, 4 bytes (the IndexError's message). Inline:
// every indexing of a list runs one of them, and a call into the library costs more than the test.
void kiln_raise_index_error(int64_t kind);
inline int64_t kiln_check_index(int64_t i, int64_t n, int64_t kind) { // i; IndexError unless 0 <= i < n
  if (__builtin_expect(uint64_t(i) < uint64_t(n), 1)) return i;
  kiln_raise_index_error(kind);
  return 0;
}
inline int64_t kiln_check_index_wrap(int64_t i, int64_t n, int64_t kind) { // i (+ n when negative); IndexError
  int64_t j = i < 0 ? i + n : i;
  if (__builtin_expect(uint64_t(j) < uint64_t(n), 1)) return j;
  kiln_raise_index_error(kind);
  return 0;
}
void kiln_check_unpack_length(int64_t length, int64_t n); // ValueError unless length == n
void kiln_range_check_step(int64_t step);                 // ValueError when step is 0

// -- math --------------------------------------------------------------------------------------------
double kiln_math_sqrt(double x);
int64_t kiln_math_floor(double x);
int64_t kiln_math_ceil(double x);
double kiln_math_exp(double x);
double kiln_math_log(double x);
double kiln_math_sin(double x);
double kiln_math_cos(double x);
double kiln_math_atan2(double y, double x);
bool kiln_math_isnan(double x);
bool kiln_math_isinf(double x);
int64_t kiln_math_gcd(int64_t a, int64_t b);

// -- numbers -----------------------------------------------------------------------------------------
double kiln_float_pow(double a, double b);
double kiln_float_floordiv(double a, double b);
double kiln_float_mod(double a, double b);
int64_t kiln_float_round(double x);                  // round(x)
double kiln_float_round_digits(double x, int64_t n); // round(x, n)
int64_t kiln_int_round_digits(int64_t i, int64_t n); // round(i, n)
void kiln_check_shift_count(int64_t n);
int64_t kiln_float_hash(double x);
int64_t kiln_float_compute_hash(double x);
int64_t kiln_float_to_int(double x);

// What the generic number helpers (generic/numbers_io.h) share with the plain ones.
// floor(a / b) and a % b of floats, as CPython's float_divmod computes them (b != 0).
void kiln_float_divmod_parts(double a, double b, double* div, double* mod);
// hash() of an int as CPython computes it (modulo 2**61 - 1, -1 -> -2); of an r_uint's value.
int64_t kiln_hash_signed(int64_t i);
int64_t kiln_hash_unsigned(uint64_t u);
// int(x) of an integral float: ValueError for nan, OverflowError for inf and outside 64 bits.
int64_t kiln_float_integral_to_int(double x);

// round() of floats and ints (rtyper/helpers.def, "numbers": float_round, float_round_digits,
// int_round_digits), with CPython's results: halves to even, on the exact value.
//
// round(x, n) is correctly rounded as CPython's double_round (which rounds x's exact decimal
// value with dtoa's mode 3): glibc's printf prints the exact decimal value of a double and rounds
// it half to even, so for n >= 0 "%.*f" gives CPython's digits, read back by strtod. For n < 0
// the digits before the point are printed exactly ("%.52f": a double >= 1 has at most 52
// fraction bits, so its expansion is exact there, and one < 1 rounds to 0 for any n < 0) and
// rounded here by comparing the dropped digits with one half.
#include <cmath>
#include <cstdlib>

#include "kiln/runtime.h"

namespace {

// CPython's NDIGITS_MAX and NDIGITS_MIN for doubles: beyond them round(x, n) is x (no digit
// can change) and 0.0 * x (every digit goes).
constexpr int64_t kMaxDigits = 323;
constexpr int64_t kMinDigits = -308;
constexpr size_t kBufferSize = 400 + 2 * kMaxDigits;

// "digits" + "0" * zeros as a decimal string with a sign, read back as a double.
double fromDigits(bool negative, const char* digits, size_t count, int64_t zeros) {
  char text[kBufferSize];
  size_t n = 0;
  if (negative) text[n++] = '-';
  memcpy(text + n, digits, count);
  n += count;
  n += size_t(snprintf(text + n, sizeof text - n, "e%lld", static_cast<long long>(zeros)));
  text[n] = 0;
  return strtod(text, nullptr); // overflow gives inf (CPython: OverflowError)
}

// round(x, -k) for 1 <= k <= -kMinDigits, x finite.
double roundToPowerOfTen(double x, int64_t k) {
  char text[kBufferSize];
  snprintf(text, sizeof text, "%.52f", std::fabs(x));
  char* point = strchr(text, '.');
  size_t intDigits = size_t(point - text);
  const char* fraction = point + 1;
  // The kept digits (those above 10**k) and the dropped ones, compared with 5000...0.
  size_t kept = intDigits > size_t(k) ? intDigits - size_t(k) : 0;
  char dropped[kBufferSize];
  size_t pad = size_t(k) - (intDigits - kept);
  memset(dropped, '0', pad);
  memcpy(dropped + pad, text + kept, intDigits - kept);
  int order = dropped[0] > '5' ? 1 : dropped[0] < '5' ? -1 : 0;
  for (size_t i = 1; order == 0 && i < size_t(k); ++i) order = dropped[i] != '0';
  for (const char* p = fraction; order == 0 && *p; ++p) order = *p != '0';
  char digits[kBufferSize];
  digits[0] = '0'; // room for a carry
  memcpy(digits + 1, text, kept);
  size_t count = kept + 1;
  bool lastOdd = kept && (text[kept - 1] - '0') % 2 == 1;
  if (order > 0 || (order == 0 && lastOdd)) {
    size_t i = count;
    while (digits[--i] == '9') digits[i] = '0';
    ++digits[i];
  }
  return fromDigits(x < 0, digits, count, k);
}

} // namespace

double kiln_float_round_digits(double x, int64_t n) {
  if (!std::isfinite(x) || n > kMaxDigits) return x;
  if (n < kMinDigits) return 0.0 * x;
  double r;
  if (n < 0) {
    r = roundToPowerOfTen(x, -n);
  } else {
    char text[kBufferSize];
    snprintf(text, sizeof text, "%.*f", int(n), x);
    r = strtod(text, nullptr);
  }
  return r == 0.0 ? std::copysign(0.0, x) : r; // a zero keeps x's sign, as CPython's does
}

int64_t kiln_float_round(double x) {
  return kiln_float_integral_to_int(std::nearbyint(x)); // the default mode: halves to even
}

// CPython's long_round: q, r = divmod(i, 10**k); q += 1 when r > 10**k / 2, or r is one half
// and q is odd; the result q * 10**k.
int64_t kiln_int_round_digits(int64_t i, int64_t n) {
  if (n >= 0) return i;
  if (n < -19) return 0; // |i| < 2**63 < 10**19 / 2
  __int128 p = 1;
  for (int64_t k = 0; k < -n; ++k) p *= 10;
  __int128 q = i / p, r = i % p;
  if (r < 0) {
    r += p;
    q -= 1;
  }
  if (2 * r > p || (2 * r == p && (q & 1))) q += 1;
  __int128 result = q * p;
  if (result > INT64_MAX || result < INT64_MIN) {
    kiln_raise_fmt(KILN_EXC_OverflowError, "int too large to convert to a 64-bit integer");
    return 0;
  }
  return int64_t(result);
}

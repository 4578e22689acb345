// hash() of numbers as CPython computes it (Python/pyhash.c, Objects/longobject.c): the value
// modulo the Mersenne prime 2**61 - 1, keeping its sign, -1 made -2, so that equal ints and
// floats hash alike (rtyper/helpers.def: int_hash, float_hash, float_compute_hash).
#include <cmath>

#include "kiln/runtime.h"

namespace {

constexpr int kHashBits = 61;
constexpr uint64_t kModulus = (uint64_t(1) << kHashBits) - 1;
constexpr int64_t kHashInf = 314159;

} // namespace

int64_t kiln_hash_unsigned(uint64_t u) {
  uint64_t x = u % kModulus;
  return x == uint64_t(-1) ? -2 : int64_t(x);
}

int64_t kiln_hash_signed(int64_t i) {
  uint64_t magnitude = i < 0 ? 0 - uint64_t(i) : uint64_t(i);
  int64_t x = int64_t(magnitude % kModulus);
  if (i < 0) x = -x;
  return x == -1 ? -2 : x;
}

// CPython's _Py_HashDouble, 28 bits of the mantissa at a time. NaN hashes to 0.
int64_t kiln_float_hash(double v) {
  if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kHashBits - 28);
    m *= 268435456.0; // 2**28
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kModulus) | x >> (kHashBits - e);
  x = x * uint64_t(int64_t(sign));
  if (x == uint64_t(-1)) x = uint64_t(-2);
  return int64_t(x);
}

int64_t kiln_float_compute_hash(double v) {
  if (std::isnan(v)) return 0;
  if (v == std::trunc(v) && v >= -0x1p63 && v < 0x1p63) return int64_t(v);
  return kiln_float_hash(v);
}

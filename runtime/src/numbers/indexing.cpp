// The index and length checks of sequences, and range()'s step check (rtyper/helpers.def,
// "Indexing", range_check_step).
//
// The checks take only the index and the length, not the sequence's kind, so IndexError has
// one message for lists, tuples and strs: CPython's for lists, the commonest.
#include "kiln/runtime.h"

namespace {

void raiseIndexError() {
  kiln_raise_fmt(KILN_EXC_IndexError, "list index out of range");
}

} // namespace

int64_t kiln_check_index(int64_t i, int64_t n) {
  if (uint64_t(i) < uint64_t(n)) return i;
  raiseIndexError();
  return 0;
}

int64_t kiln_check_index_wrap(int64_t i, int64_t n) {
  int64_t j = i < 0 ? i + n : i;
  if (uint64_t(j) < uint64_t(n)) return j;
  raiseIndexError();
  return 0;
}

void kiln_check_unpack_length(int64_t length, int64_t n) {
  if (length > n)
    kiln_raise_fmt(KILN_EXC_ValueError, "too many values to unpack (expected %lld)",
                   static_cast<long long>(n));
  else if (length < n)
    kiln_raise_fmt(KILN_EXC_ValueError, "not enough values to unpack (expected %lld, got %lld)",
                   static_cast<long long>(n), static_cast<long long>(length));
}

void kiln_range_check_step(int64_t step) {
  if (step == 0) kiln_raise_fmt(KILN_EXC_ValueError, "range() arg 3 must not be zero");
}

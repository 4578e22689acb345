// The index and length checks of sequences, and range()'s step check (rtyper/helpers.def,
// "Indexing", range_check_step).
//
// The checks get the sequence's kind (a constant the rtyper passes: rtype_sequences.h's
// IndexKind), for CPython's message.
#include "kiln/runtime.h"

void kiln_raise_index_error(int64_t kind) {
  static const char* const messages[] = {"list index out of range", "list assignment index out of range",
                                         "tuple index out of range", "string index out of range",
                                         "index out of range"};
  kiln_raise_fmt(KILN_EXC_IndexError, "%s", messages[uint64_t(kind) < 5 ? kind : 0]);
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

// The str constructors every other part of the runtime builds on (kiln/runtime.h, "Strings"):
// a str is a GC object of type KILN_TID_STR, allocated through kiln/gc.h as every object the
// runtime makes (DESIGN.md §2.8; docs/runtime.md, "Allocation").
//
// Invariants:
//  1. Nothing returned here is null: running out of memory is fatal (kiln_gc_alloc_varsize).
//  2. A str is zero-filled, then its lengths set: chars.length (bytes) by the allocator, which
//     counts it as the varsize length (never changed afterwards: the collector computes the
//     object's size from it), `length` (code points) here.
//  3. A str's chars are followed by one extra zero byte, not counted in chars.length (the type
//     table's fixed size includes it), so a str can be handed to a C function expecting a
//     NUL-terminated string (paths, getenv) when it holds no NUL itself.
#include "kiln/runtime.h"

namespace {

// The number of code points of UTF-8 text: its bytes that are not continuation bytes.
int64_t countCodePoints(const char* data, size_t nbytes) {
  int64_t n = 0;
  for (size_t i = 0; i < nbytes; ++i)
    n += (static_cast<unsigned char>(data[i]) & 0xC0) != 0x80;
  return n;
}

} // namespace

str* kiln_str_alloc(int64_t nbytes, int64_t ncodepoints) {
  if (nbytes < 0) kiln_fatal("negative str size (%lld bytes)", static_cast<long long>(nbytes));
  auto* s = static_cast<str*>(kiln_gc_alloc_varsize(KILN_TID_STR, nbytes));
  s->length = ncodepoints;
  return s;
}

str* kiln_str_from_utf8(const char* data, size_t nbytes) {
  str* s = kiln_str_alloc(int64_t(nbytes), countCodePoints(data, nbytes));
  if (nbytes) memcpy(s->chars.items, data, nbytes);
  return s;
}

str* kiln_str_from_cstr(const char* text) {
  return kiln_str_from_utf8(text, strlen(text));
}

str* kiln_bytes_from(const char* data, size_t nbytes) {
  str* s = kiln_str_alloc(int64_t(nbytes), int64_t(nbytes));
  if (nbytes) memcpy(s->chars.items, data, nbytes);
  return s;
}

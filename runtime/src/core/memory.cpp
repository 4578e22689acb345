// Allocation in the GC heap (Boehm's conservative collector) and the str constructors every
// other part of the runtime builds on (kiln/runtime.h, "Memory").
//
// Invariants:
//  1. Nothing returned here is null: running out of memory is fatal (kiln_fatal), whether Boehm
//     reports it through its out-of-memory callback or an allocation returns null.
//  2. Everything is zero-filled (GC_MALLOC clears; GC_MALLOC_ATOMIC does not, so we do).
//  3. A str's chars are followed by one extra zero byte, not counted in chars.length, so a str
//     can be handed to a C function expecting a NUL-terminated string (paths, getenv) when it
//     holds no NUL itself.
#include <gc.h>

#include "kiln/runtime.h"

namespace {

void* checked(void* p, size_t nbytes) {
  if (!p) kiln_fatal("out of memory (%zu bytes)", nbytes);
  return p;
}

// The number of code points of UTF-8 text: its bytes that are not continuation bytes.
int64_t countCodePoints(const char* data, size_t nbytes) {
  int64_t n = 0;
  for (size_t i = 0; i < nbytes; ++i)
    n += (static_cast<unsigned char>(data[i]) & 0xC0) != 0x80;
  return n;
}

} // namespace

void* kiln_gc_malloc(size_t nbytes) {
  return checked(GC_MALLOC(nbytes ? nbytes : 1), nbytes);
}

void* kiln_gc_malloc_atomic(size_t nbytes) {
  void* p = checked(GC_MALLOC_ATOMIC(nbytes ? nbytes : 1), nbytes);
  memset(p, 0, nbytes);
  return p;
}

str* kiln_str_alloc(int64_t nbytes, int64_t ncodepoints) {
  if (nbytes < 0) kiln_fatal("negative str size (%lld bytes)", static_cast<long long>(nbytes));
  size_t size = offsetof(str, chars.items) + size_t(nbytes) + 1; // invariant 3
  auto* s = static_cast<str*>(kiln_gc_malloc_atomic(size));
  s->length = ncodepoints;
  s->chars.length = nbytes;
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

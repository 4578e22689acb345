// runtime/src/str/str_builder.cpp -- kiln.rstring.StringBuilder (rtyper/rtype_str_builder.cpp).
//
// A builder is {length, buf}: buf is a str used as a growable byte buffer, its chars' length the
// capacity. `length` counts the code points built so far, which is what getlength() reads (the
// rtyper makes it a getfield): len() of the str build() would make, as kiln.rstring's
// getlength() is under CPython. buf is never seen by kiln code, so its own `length` field holds
// the bytes used. Appending grows buf by doubling (amortized O(1)): a new str (its chars.length,
// the GC's varsize length, is never changed in place) stored into the builder behind the write
// barrier (the builder comes from generated code: it may be old); build() is one allocation and
// one copy.
#include "str_impl.h"

#include <algorithm>
#include <cstring>

using namespace kiln_str;

namespace {

// Room for `more` bytes after the ones built.
char* reserve(strbuilder* b, int64_t more) {
  int64_t used = b->buf->length;
  int64_t capacity = b->buf->chars.length;
  if (used + more > capacity) {
    str* grown = kiln_str_alloc(std::max(used + more, capacity * 2), used);
    std::memcpy(grown->chars.items, b->buf->chars.items, size_t(used));
    kiln_gc_write_barrier(b);
    b->buf = grown;
  }
  return b->buf->chars.items + used;
}

void appendBytes(strbuilder* b, const char* bytes, int64_t nbytes, int64_t ncodepoints) {
  std::memcpy(reserve(b, nbytes), bytes, size_t(nbytes));
  b->buf->length += nbytes;
  b->length += ncodepoints;
}

} // namespace

strbuilder* kiln_strbuilder_new(int64_t init_size) {
  auto* b = static_cast<strbuilder*>(kiln_gc_alloc(KILN_TID_STRBUILDER));
  b->length = 0;
  b->buf = kiln_str_alloc(std::max<int64_t>(init_size, 8), 0);
  return b;
}

void kiln_strbuilder_append_str(strbuilder* b, str* s) {
  appendBytes(b, bytesOf(s), s->chars.length, s->length);
}

void kiln_strbuilder_append_char(strbuilder* b, uint32_t codepoint) {
  char buf[4];
  appendBytes(b, buf, encodeUtf8(codepoint, buf), 1);
}

void kiln_strbuilder_append_slice(strbuilder* b, str* s, int64_t start, int64_t end) {
  if (start < 0 || start > end || end > s->length) {
    kiln_raise_fmt(KILN_EXC_ValueError,
                   "append_slice: bounds [%lld:%lld] outside a str of length %lld",
                   (long long)start, (long long)end, (long long)s->length);
    return;
  }
  int64_t from = byteOffset(s, start);
  appendBytes(b, bytesOf(s) + from, byteOffset(s, end) - from, end - start);
}

void kiln_strbuilder_append_char_times(strbuilder* b, uint32_t codepoint, int64_t times) {
  if (times <= 0) return;
  char buf[4];
  int n = encodeUtf8(codepoint, buf);
  char* p = reserve(b, n * times);
  for (int64_t k = 0; k < times; ++k, p += n)
    std::memcpy(p, buf, size_t(n));
  b->buf->length += n * times;
  b->length += times;
}

void kiln_strbuilder_append_str_times(strbuilder* b, str* s, int64_t times) {
  if (s->length != 1) {
    kiln_raise_fmt(KILN_EXC_ValueError,
                   "append_multiple_char: expected a character, but string of length %lld found",
                   (long long)s->length);
    return;
  }
  kiln_strbuilder_append_char_times(b, kiln_str_char_at(s, 0), times);
}

str* kiln_strbuilder_build(strbuilder* b) {
  return makeStr(b->buf->chars.items, size_t(b->buf->length), b->length);
}

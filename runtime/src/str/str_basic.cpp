// runtime/src/str/str_basic.cpp -- the str helpers that compare, hash, index, slice, search and
// concatenate (helpers.def "str"), and the join/build/min/max engines of the generic helpers.
//
// Every index, length and position counts code points. An ASCII str (length == byte count,
// which includes every bytes object) is indexed directly; any other walks its UTF-8. Searching
// compares bytes: UTF-8 is self-synchronizing, so a byte match of valid UTF-8 text is a code
// point match, and only the positions need converting.
#include "str_impl.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <vector>

using namespace kiln_str;

namespace {

constexpr int64_t kNoBound = INT64_MIN; // str_slice_step's None

// The first byte offset >= from and <= to - n where needle occurs in hay, or -1.
int64_t searchForward(const char* hay, int64_t from, int64_t to, const char* needle, int64_t n) {
  if (to - from < n) return -1;
  if (n == 0) return from;
  const void* hit = memmem(hay + from, size_t(to - from), needle, size_t(n));
  return hit ? static_cast<const char*>(hit) - hay : -1;
}

int64_t searchBackward(const char* hay, int64_t from, int64_t to, const char* needle, int64_t n) {
  for (int64_t at = to - n; at >= from; --at)
    if (std::memcmp(hay + at, needle, size_t(n)) == 0) return at;
  return -1;
}

// The byte range of the code points [start, end) of s, bounds adjusted as CPython's
// ADJUST_INDICES; false when start > end (nothing to search, not even an empty match).
struct ByteRange {
  int64_t from, to;
};
bool byteRange(str* s, int64_t start, int64_t end, ByteRange& out) {
  adjustBounds(s->length, start, end);
  if (start > end) return false;
  out.from = byteOffset(s, start);
  out.to = start == end ? out.from : byteOffset(s, end);
  return true;
}

} // namespace

// -- Comparing and hashing ------------------------------------------------------------------------

bool kiln_str_eq(str* a, str* b) {
  if (a == b) return true;
  if (!a || !b || a->chars.length != b->chars.length) return false;
  if (a->hash && b->hash && a->hash != b->hash) return false;
  return std::memcmp(a->chars.items, b->chars.items, size_t(a->chars.length)) == 0;
}

int64_t kiln_str_cmp(str* a, str* b) {
  int64_t n = std::min(a->chars.length, b->chars.length);
  int order =
      n ? std::memcmp(a->chars.items, b->chars.items, size_t(n)) : 0; // UTF-8 sorts by code point
  if (order == 0)
    return a->chars.length < b->chars.length ? -1 : a->chars.length > b->chars.length ? 1 : 0;
  return order < 0 ? -1 : 1;
}

// hash(s) and kiln.objectmodel.compute_hash(s): 64-bit FNV-1a over the code points of a str (the
// bytes of a bytes object), the algorithm docs/hints.md gives, so that compute_hash agrees with
// CPython running lib/kiln. A str whose length is its byte count is ASCII or bytes: its bytes are
// its units. Cached in s->hash, where 0 means "not computed" (a hash of 0 is recomputed).
int64_t kiln_str_hash(str* s) {
  if (s->hash) return s->hash;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s->chars.items);
  const uint8_t* end = p + s->chars.length;
  uint64_t h = 0xcbf29ce484222325ULL;
  const uint64_t prime = 0x100000001b3ULL;
  if (s->length == s->chars.length) {
    for (; p < end; ++p) h = (h ^ *p) * prime;
  } else {
    while (p < end) {
      uint32_t c = *p++;
      int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
      c &= more == 3 ? 0x07 : more == 2 ? 0x0F : more == 1 ? 0x1F : 0xFF;
      for (; more > 0 && p < end; --more) c = (c << 6) | (*p++ & 0x3F);
      h = (h ^ c) * prime;
    }
  }
  s->hash = int64_t(h);
  return int64_t(h);
}

bool kiln_str_is_true(str* s) {
  return s && s->length != 0;
}

// -- Items and slices -----------------------------------------------------------------------------

uint32_t kiln_str_char_at(str* s, int64_t i) {
  if (isAscii(s)) return uint8_t(s->chars.items[i]);
  const char* p = bytesOf(s) + byteOffset(s, i);
  return decodeUtf8(p, bytesOf(s) + s->chars.length);
}

uint32_t kiln_str_getitem(str* s, int64_t i) {
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) {
    kiln_raise_fmt(KILN_EXC_IndexError, "string index out of range");
    return 0;
  }
  return kiln_str_char_at(s, i);
}

str* kiln_str_slice(str* s, int64_t start, int64_t stop) {
  int64_t n = s->length;
  adjustBounds(n, start, stop);
  if (start >= stop) return emptyStr();
  if (start == 0 && stop == n) return s;
  int64_t from = byteOffset(s, start);
  int64_t to = byteOffset(s, stop);
  str* out = kiln_str_alloc(to - from, stop - start);
  std::memcpy(out->chars.items, s->chars.items + from, size_t(to - from));
  return out;
}

str* kiln_str_slice_step(str* s, int64_t start, int64_t stop, int64_t step) {
  if (step == 0) {
    kiln_raise_fmt(KILN_EXC_ValueError, "slice step cannot be zero");
    return nullptr;
  }
  if (step < -INT64_MAX) step = -INT64_MAX;
  int64_t n = s->length;
  // PySlice_Unpack's defaults, then PySlice_AdjustIndices.
  if (start == kNoBound) start = step < 0 ? INT64_MAX : 0;
  if (stop == kNoBound) stop = step < 0 ? INT64_MIN : INT64_MAX;
  auto adjust = [&](int64_t& x) {
    if (x < 0) {
      x = x < -n ? (step < 0 ? -1 : 0) : x + n;
    } else if (x >= n) {
      x = step < 0 ? n - 1 : n;
    }
  };
  adjust(start);
  adjust(stop);
  int64_t count = 0;
  if (step < 0 && stop < start) count = (start - stop - 1) / (-step) + 1;
  if (step > 0 && start < stop) count = (stop - start - 1) / step + 1;
  if (count == 0) return emptyStr();
  if (isAscii(s)) {
    str* out = kiln_str_alloc(count, count);
    for (int64_t k = 0, i = start; k < count; ++k, i += step)
      out->chars.items[k] = s->chars.items[i];
    return out;
  }
  std::vector<int64_t> offsets; // offsets[i]: where code point i starts; offsets[n]: the end
  for (const char *p = bytesOf(s), *end = p + s->chars.length; p < end; decodeUtf8(p, end))
    offsets.push_back(p - bytesOf(s));
  offsets.push_back(s->chars.length);
  std::string out;
  for (int64_t k = 0, i = start; k < count; ++k, i += step)
    out.append(bytesOf(s) + offsets[size_t(i)],
               size_t(offsets[size_t(i) + 1] - offsets[size_t(i)]));
  return makeStr(out.data(), out.size(), count);
}

// -- Making strs ----------------------------------------------------------------------------------

str* kiln_str_concat(str* a, str* b) {
  if (b->chars.length == 0) return a;
  if (a->chars.length == 0) return b;
  str* out = kiln_str_alloc(a->chars.length + b->chars.length, a->length + b->length);
  std::memcpy(out->chars.items, a->chars.items, size_t(a->chars.length));
  std::memcpy(out->chars.items + a->chars.length, b->chars.items, size_t(b->chars.length));
  return out;
}

str* kiln_str_mul(str* s, int64_t n) {
  if (n <= 0 || s->chars.length == 0) return emptyStr();
  if (n == 1) return s;
  int64_t size = s->chars.length;
  str* out = kiln_str_alloc(size * n, s->length * n);
  for (int64_t k = 0; k < n; ++k)
    std::memcpy(out->chars.items + k * size, s->chars.items, size_t(size));
  return out;
}

str* kiln_str_from_char(uint32_t codepoint) {
  char buf[4];
  return makeStr(buf, size_t(encodeUtf8(codepoint, buf)), 1);
}

str* kiln_str_build_n(str* const* items, int64_t n) {
  static const char kNone[] = "None"; // a null piece (never made by the rtyper) reads as str(None)
  int64_t nbytes = 0, ncodepoints = 0;
  for (int64_t k = 0; k < n; ++k) {
    nbytes += items[k] ? items[k]->chars.length : 4;
    ncodepoints += items[k] ? items[k]->length : 4;
  }
  str* out = kiln_str_alloc(nbytes, ncodepoints);
  char* p = out->chars.items;
  for (int64_t k = 0; k < n; ++k) {
    size_t size = items[k] ? size_t(items[k]->chars.length) : 4;
    std::memcpy(p, items[k] ? items[k]->chars.items : kNone, size);
    p += size;
  }
  return out;
}

str* kiln_str_join_strs(str* sep, str* const* items, int64_t n) {
  if (n == 0) return emptyStr();
  for (int64_t k = 0; k < n; ++k) {
    if (!items[k]) {
      kiln_raise_fmt(KILN_EXC_TypeError,
                     "sequence item %lld: expected str instance, NoneType found", (long long)k);
      return nullptr;
    }
  }
  if (n == 1) return items[0];
  int64_t nbytes = sep->chars.length * (n - 1), ncodepoints = sep->length * (n - 1);
  for (int64_t k = 0; k < n; ++k) {
    nbytes += items[k]->chars.length;
    ncodepoints += items[k]->length;
  }
  str* out = kiln_str_alloc(nbytes, ncodepoints);
  char* p = out->chars.items;
  for (int64_t k = 0; k < n; ++k) {
    if (k) {
      std::memcpy(p, sep->chars.items, size_t(sep->chars.length));
      p += sep->chars.length;
    }
    std::memcpy(p, items[k]->chars.items, size_t(items[k]->chars.length));
    p += items[k]->chars.length;
  }
  return out;
}

str* kiln_str_join_chars(str* sep, const uint32_t* items, int64_t n) {
  std::string out;
  for (int64_t k = 0; k < n; ++k) {
    if (k) out.append(sep->chars.items, size_t(sep->chars.length));
    appendUtf8(out, items[k]);
  }
  return makeStr(out.data(), out.size(), n + (n ? (n - 1) * sep->length : 0));
}

str* kiln_str_join_str_chars(str* sep, str* s) {
  if (sep->chars.length == 0 || s->length <= 1) return s;
  std::string out;
  const char* p = bytesOf(s);
  const char* end = p + s->chars.length;
  for (int64_t k = 0; p < end; ++k) {
    if (k) out.append(sep->chars.items, size_t(sep->chars.length));
    const char* start = p;
    if (isAscii(s))
      ++p;
    else
      decodeUtf8(p, end);
    out.append(start, size_t(p - start));
  }
  return makeStr(out.data(), out.size(), s->length + (s->length - 1) * sep->length);
}

int64_t kiln_str_min_max_of(str* s, bool max, bool bytes) {
  if (s->length == 0) {
    kiln_raise_fmt(KILN_EXC_ValueError, "%s() arg is an empty sequence", max ? "max" : "min");
    return 0;
  }
  uint32_t best = max ? 0 : UINT32_MAX;
  const char* p = bytesOf(s);
  const char* end = p + s->chars.length;
  while (p < end) {
    uint32_t c = bytes || isAscii(s) ? uint8_t(*p++) : decodeUtf8(p, end);
    best = max ? std::max(best, c) : std::min(best, c);
  }
  return best;
}

// -- Characters -----------------------------------------------------------------------------------

int64_t kiln_str_ord(str* s) {
  if (s->length != 1) {
    kiln_raise_fmt(KILN_EXC_TypeError,
                   "ord() expected a character, but string of length %lld found",
                   (long long)s->length);
    return 0;
  }
  return kiln_str_char_at(s, 0);
}

uint32_t kiln_str_chr(int64_t i) {
  if (i < 0 || i >= 0x110000) {
    kiln_raise_fmt(KILN_EXC_ValueError, "chr() arg not in range(0x110000)");
    return 0;
  }
  return uint32_t(i);
}

// -- Searching ------------------------------------------------------------------------------------

bool kiln_str_contains(str* s, str* sub) {
  return searchForward(bytesOf(s), 0, s->chars.length, bytesOf(sub), sub->chars.length) >= 0;
}

int64_t kiln_str_find(str* s, str* sub, int64_t start, int64_t end) {
  ByteRange r;
  if (!byteRange(s, start, end, r)) return -1;
  int64_t at = searchForward(bytesOf(s), r.from, r.to, bytesOf(sub), sub->chars.length);
  return at < 0 ? -1 : codePointIndex(s, at);
}

int64_t kiln_str_rfind(str* s, str* sub, int64_t start, int64_t end) {
  ByteRange r;
  if (!byteRange(s, start, end, r)) return -1;
  int64_t at = searchBackward(bytesOf(s), r.from, r.to, bytesOf(sub), sub->chars.length);
  return at < 0 ? -1 : codePointIndex(s, at);
}

int64_t kiln_str_count(str* s, str* sub, int64_t start, int64_t end) {
  ByteRange r;
  if (!byteRange(s, start, end, r)) return 0;
  int64_t n = sub->chars.length;
  if (n == 0) return countCodePoints(bytesOf(s) + r.from, size_t(r.to - r.from)) + 1;
  int64_t count = 0;
  for (int64_t at = r.from; (at = searchForward(bytesOf(s), at, r.to, bytesOf(sub), n)) >= 0;
       at += n)
    ++count;
  return count;
}

namespace {

// CPython's tailmatch: does s[start:end] start (end) with the affix?
bool tailMatch(str* s, str* affix, int64_t start, int64_t end, bool atEnd) {
  ByteRange r;
  if (!byteRange(s, start, end, r)) return false;
  int64_t n = affix->chars.length;
  if (r.to - r.from < n) return false;
  const char* at = bytesOf(s) + (atEnd ? r.to - n : r.from);
  return std::memcmp(at, bytesOf(affix), size_t(n)) == 0;
}

} // namespace

bool kiln_str_startswith(str* s, str* prefix, int64_t start, int64_t end) {
  return tailMatch(s, prefix, start, end, false);
}

bool kiln_str_endswith(str* s, str* suffix, int64_t start, int64_t end) {
  return tailMatch(s, suffix, start, end, true);
}

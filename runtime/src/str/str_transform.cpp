// runtime/src/str/str_transform.cpp -- str.replace(), strip()/lstrip()/rstrip() and split(): the
// helpers that cut a str into pieces or rebuild it, with CPython's rules for empty separators,
// counts and whitespace (str.isspace(); bytes, which look like ASCII strs, share str's rule).
#include "str_impl.h"

#include <cstring>
#include <vector>

using namespace kiln_str;

// The pieces of a split, in a GC array of strs (kiln_str_array) doubled as needed: each new
// piece is reachable only from here until the result array holds it, so the buffer must be
// where the collector looks (Boehm scans GC objects and stacks, not a std::vector's malloc'd
// buffer). The result is a second array of the exact size: a GC array's length never changes.
struct GcPieces {
  kiln_str_array* buffer = nullptr;
  size_t count = 0;
  void push_back(str* s) {
    if (!buffer || count == size_t(buffer->length)) {
      auto* grown = static_cast<kiln_str_array*>(
          kiln_gc_alloc_varsize(KILN_TID_STR_ARRAY, buffer ? 2 * buffer->length : 8));
      if (count) std::memcpy(grown->items, buffer->items, count * sizeof(str*));
      buffer = grown;
    }
    buffer->items[count++] = s;
  }
  size_t size() const { return count; }
  str* operator[](size_t k) const { return buffer->items[k]; }
};

namespace {

// A piece of s's bytes as a new str (the code points counted unless s is ASCII).
str* pieceOf(str* s, int64_t from, int64_t to) {
  if (from == 0 && to == s->chars.length) return s;
  int64_t n = to - from;
  return makeStr(bytesOf(s) + from, size_t(n),
                 isAscii(s) ? n : countCodePoints(bytesOf(s) + from, size_t(n)));
}

// The code points of s with their byte offsets (bytes, and ASCII strs, by byte).
struct Chars {
  std::vector<uint32_t> points;
  std::vector<int64_t> offsets; // offsets[i]: where points[i] starts; one more: the end
};
Chars charsOf(str* s) {
  Chars out;
  const char* base = bytesOf(s);
  const char* end = base + s->chars.length;
  bool ascii = isAscii(s);
  for (const char* p = base; p < end;) {
    out.offsets.push_back(p - base);
    out.points.push_back(ascii ? uint8_t(*p++) : decodeUtf8(p, end));
  }
  out.offsets.push_back(s->chars.length);
  return out;
}

// str.isspace() of one character (a byte >= 0x80 of bytes is not a space).
bool isSpaceIn(str* s, uint32_t c) {
  return isAscii(s) ? c < 0x80 && isSpace(c) : isSpace(c);
}

kiln_str_array* toArray(const GcPieces& pieces) {
  auto* out = static_cast<kiln_str_array*>(
      kiln_gc_alloc_varsize(KILN_TID_STR_ARRAY, int64_t(pieces.size())));
  for (size_t k = 0; k < pieces.size(); ++k)
    out->items[k] = pieces[k];
  return out;
}

// CPython's split_whitespace.
void splitWhitespace(str* s, int64_t maxcount, GcPieces& out) {
  Chars c = charsOf(s);
  size_t n = c.points.size(), i = 0;
  while (maxcount-- > 0) {
    while (i < n && isSpaceIn(s, c.points[i]))
      ++i;
    if (i == n) break;
    size_t j = i++;
    while (i < n && !isSpaceIn(s, c.points[i]))
      ++i;
    out.push_back(pieceOf(s, c.offsets[j], c.offsets[i]));
  }
  while (i < n && isSpaceIn(s, c.points[i]))
    ++i;
  if (i < n) out.push_back(pieceOf(s, c.offsets[i], c.offsets[n]));
}

} // namespace

kiln_str_array* kiln_str_split_array(str* s, str* sep, int64_t maxsplit) {
  int64_t maxcount = maxsplit < 0 ? INT64_MAX : maxsplit;
  GcPieces pieces;
  if (!sep) {
    splitWhitespace(s, maxcount, pieces);
    return toArray(pieces);
  }
  int64_t n = sep->chars.length;
  if (n == 0) {
    kiln_raise_fmt(KILN_EXC_ValueError, "empty separator");
    return nullptr;
  }
  const char* base = bytesOf(s);
  int64_t i = 0;
  while (maxcount-- > 0) {
    const void* hit = memmem(base + i, size_t(s->chars.length - i), bytesOf(sep), size_t(n));
    if (!hit) break;
    int64_t at = static_cast<const char*>(hit) - base;
    pieces.push_back(pieceOf(s, i, at));
    i = at + n;
  }
  pieces.push_back(pieceOf(s, i, s->chars.length));
  return toArray(pieces);
}

str* kiln_str_replace(str* s, str* old, str* replacement, int64_t count) {
  if (count < 0) count = INT64_MAX;
  if (count == 0) return s;
  std::string out;
  int64_t replaced = 0;
  if (old->chars.length == 0) { // before each character and at the end, count times
    Chars c = charsOf(s);
    for (size_t i = 0; i <= c.points.size(); ++i) {
      if (replaced < count) {
        out.append(bytesOf(replacement), size_t(replacement->chars.length));
        ++replaced;
      }
      if (i < c.points.size())
        out.append(bytesOf(s) + c.offsets[i], size_t(c.offsets[i + 1] - c.offsets[i]));
    }
  } else {
    const char* base = bytesOf(s);
    int64_t i = 0, n = old->chars.length;
    while (replaced < count) {
      const void* hit = memmem(base + i, size_t(s->chars.length - i), bytesOf(old), size_t(n));
      if (!hit) break;
      int64_t at = static_cast<const char*>(hit) - base;
      out.append(base + i, size_t(at - i));
      out.append(bytesOf(replacement), size_t(replacement->chars.length));
      ++replaced;
      i = at + n;
    }
    if (replaced == 0) return s;
    out.append(base + i, size_t(s->chars.length - i));
  }
  return makeStr(out.data(), out.size(),
                 s->length + replaced * (replacement->length - old->length));
}

str* kiln_str_strip(str* s, str* chars, int64_t mode) {
  Chars c = charsOf(s);
  std::vector<uint32_t> set;
  if (chars) set = charsOf(chars).points;
  auto strips = [&](uint32_t ch) {
    if (!chars) return isSpaceIn(s, ch);
    for (uint32_t x : set)
      if (x == ch) return true;
    return false;
  };
  size_t from = 0, to = c.points.size();
  if (mode != 2)
    while (from < to && strips(c.points[from]))
      ++from;
  if (mode != 1)
    while (to > from && strips(c.points[to - 1]))
      --to;
  if (from == to) return emptyStr();
  return pieceOf(s, c.offsets[from], c.offsets[to]);
}

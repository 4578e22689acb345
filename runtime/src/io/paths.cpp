// os.path's string functions (rtyper/helpers.def, "I/O and process"), as posixpath computes
// them: basename, dirname, join. '/' is ASCII, so the UTF-8 bytes are searched directly.
#include "kiln/runtime.h"

namespace {

// The index just after the last '/' of s, 0 when there is none.
int64_t afterLastSlash(const str* s) {
  for (int64_t i = s->chars.length; i > 0; --i)
    if (s->chars.items[i - 1] == '/') return i;
  return 0;
}

str* bytesOf(const str* s, int64_t begin, int64_t end) {
  return kiln_str_from_utf8(s->chars.items + begin, size_t(end - begin));
}

// Writes the parts joined to `out` (when not null); their bytes and code points.
void joinParts(str* const* parts, int64_t count, char* out, int64_t* nbytes, int64_t* codepoints) {
  int64_t at = 0, points = 0;
  char last = 0;
  for (int64_t i = 0; i < count; ++i) {
    const str* part = parts[i];
    if (i > 0 && at > 0 && last != '/') {
      if (out) out[at] = '/';
      ++at;
      ++points;
      last = '/';
    }
    if (out) memcpy(out + at, part->chars.items, size_t(part->chars.length));
    at += part->chars.length;
    points += part->length;
    if (part->chars.length) last = part->chars.items[part->chars.length - 1];
  }
  *nbytes = at;
  *codepoints = points;
}

} // namespace

str* kiln_os_path_basename(str* path) {
  return bytesOf(path, afterLastSlash(path), path->chars.length);
}

// head = p[:i] (i after the last '/'); its trailing '/'s go unless it is all '/'s.
str* kiln_os_path_dirname(str* path) {
  int64_t end = afterLastSlash(path);
  int64_t trimmed = end;
  while (trimmed > 0 && path->chars.items[trimmed - 1] == '/') --trimmed;
  if (trimmed > 0) end = trimmed;
  return bytesOf(path, 0, end);
}

// posixpath.join: an absolute part restarts the path; a '/' goes between parts unless the path
// so far is empty or ends with one. Two walks over the parts: one counts the bytes (a str's
// length is fixed when it is allocated), one copies.
str* kiln_os_path_join_parts(str* const* parts, int64_t count) {
  int64_t start = 0;
  for (int64_t i = 1; i < count; ++i)
    if (parts[i]->chars.length && parts[i]->chars.items[0] == '/') start = i;
  int64_t nbytes = 0, codepoints = 0;
  joinParts(parts + start, count - start, nullptr, &nbytes, &codepoints);
  str* result = kiln_str_alloc(nbytes, codepoints);
  joinParts(parts + start, count - start, result->chars.items, &nbytes, &codepoints);
  return result;
}

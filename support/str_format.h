// The grammar of str.format() formats (PEP 3101), parsed as CPython's MarkupIterator parses them
// (Objects/stringlib/unicode_format.h).
//
// A format is literal text and replacement fields: `{name!conversion:spec}`. The name is empty
// (the next automatic number), digits (a positional argument) or anything else (a keyword
// argument), optionally followed by `.attr` and `[key]` accessors; the spec may itself hold
// replacement fields one level deep (`{x:>{width}}`). Parsing resolves automatic numbering and
// finds, with CPython's message, every error CPython raises for the format itself (a ValueError:
// a single '}', an unterminated field, switching between automatic and manual numbering, an
// unknown conversion, fields nested too deep). Whether the arguments exist is the caller's
// concern: CPython looks each field's argument up before it reads the rest of the format, so the
// parts before the error are returned with it, in the order CPython renders them.
//
// Shared by the annotator (which checks formats known at translation time) and the rtyper (which
// lowers them); no dependency on the rest of kiln. Field names made of non-ASCII decimal digits,
// which CPython reads as numbers, are keywords here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::pyfmt {

struct BracePart;

// One replacement field.
struct BraceField {
  std::optional<size_t> index; // the positional argument (automatic or explicit)
  std::string keyword;         // the keyword argument, when index is none
  std::string access;          // `.attr` and `[key]` accessors after the name, as written
  char conversion = 0;         // 0, 'r', 's' or 'a'
  std::vector<BracePart> spec; // the format spec: literal text and nested fields
};

// Literal text, or a field when `isField`.
struct BracePart {
  bool isField = false;
  std::string text;
  BraceField field;
};

struct BraceFormat {
  std::vector<BracePart> parts; // all of them, or those CPython renders before the error
  std::string error;            // empty, or the message of the ValueError CPython raises
};

BraceFormat parseBraceFormat(std::string_view format);

// Whether Python's codec registry finds UTF-8 under `name` ('utf-8', 'UTF8', 'utf_8', 'U8', ...:
// encodings.normalize_encoding of the lowercased name, then the codec's aliases): the one
// encoding of kiln's strs, which str.encode(), bytes.decode(), str(b, e) and bytes(s, e) take.
bool isUtf8Encoding(std::string_view name);

} // namespace kiln::pyfmt

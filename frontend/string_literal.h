// Escape decoding of string and bytes literals, as CPython's unicode_escape / bytes decoders.
//
// Pure functions over the text between the quotes, so they are unit-testable. Unknown escapes
// (`\d`) stay as written, as in CPython (which only warns about them).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostics.h"

namespace kiln {

struct EscapeError {
  DiagId id{};
  std::vector<std::string> args;
  uint32_t offset = 0; // where in the literal's text the bad escape starts
};

// Decodes a non-raw str literal body (UTF-8) into WTF-8. CPython reports positions of a bad
// escape relative to its internal buffer where every non-ASCII character takes 10 bytes; the
// message reproduces that so it reads the same as CPython's.
bool decodeStringEscapes(std::string_view body, std::string& out, EscapeError& error);

// Decodes a non-raw bytes literal body (ASCII only; checked by the caller).
bool decodeBytesEscapes(std::string_view body, std::string& out, EscapeError& error);

} // namespace kiln

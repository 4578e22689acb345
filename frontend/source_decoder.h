// Source decoding: bytes of a .py file -> the UTF-8 text the lexer reads.
//
// Follows CPython's tokenizer (PEP 263): a UTF-8 BOM, or a coding cookie on line 1 (or on line
// 2 when line 1 is only a comment or blank) selects the encoding; the default is UTF-8.
// Legacy encodings are converted with iconv. Line endings are translated to '\n' ("\r\n" and a
// lone "\r"), as CPython does before tokenizing, so the lexer only ever sees '\n'.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "support/diagnostics.h"

namespace kiln {

struct DecodedSource {
  bool ok = false;
  std::string text;   // UTF-8 with '\n' line endings (when ok)
  DiagId error{};     // why decoding failed (when !ok)
  std::vector<std::string> errorArgs;
  uint32_t errorLine = 1; // 1-based line the error is about
};

DecodedSource decodeSource(std::string_view bytes);

} // namespace kiln

// Source decoding: BOM and coding cookie (PEP 263), iconv, UTF-8 validation, newlines.
#include "frontend/source_decoder.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <iconv.h>

#include "support/unicode.h"

namespace kiln {

namespace {

// CPython's get_normal_name: canonical spellings of utf-8 and latin-1.
std::string normalEncodingName(std::string_view name) {
  std::string lower;
  for (size_t i = 0; i < name.size() && i < 12; ++i)
    lower.push_back(name[i] == '_' ? '-' : char(std::tolower(uint8_t(name[i]))));
  auto is = [&](std::string_view exact, std::string_view prefix) {
    return lower == exact || lower.starts_with(prefix);
  };
  if (is("utf-8", "utf-8-")) return "utf-8";
  if (is("latin-1", "latin-1-") || is("iso-8859-1", "iso-8859-1-") ||
      is("iso-latin-1", "iso-latin-1-"))
    return "iso-8859-1";
  return std::string(name);
}

// get_coding_spec: "coding[:=]\s*([-\w.]+)" inside a comment that is alone on its line.
// Returns the normalized name, or "" if the line has no cookie. Sets `onlyComment` when the
// line is blank or only a comment (so the cookie may still come on line 2).
std::string codingSpec(std::string_view line, bool& onlyComment) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  onlyComment = i == line.size() || line[i] == '#';
  if (!onlyComment) return "";
  for (size_t p = line.find("coding", i); p != std::string_view::npos;
       p = line.find("coding", p + 1)) {
    size_t t = p + 6;
    if (t >= line.size() || (line[t] != ':' && line[t] != '=')) continue;
    ++t;
    while (t < line.size() && (line[t] == ' ' || line[t] == '\t')) ++t;
    size_t begin = t;
    while (t < line.size() &&
           (std::isalnum(uint8_t(line[t])) || line[t] == '-' || line[t] == '_' || line[t] == '.'))
      ++t;
    if (t > begin) return normalEncodingName(line.substr(begin, t - begin));
  }
  return "";
}

// Python codec names mostly work as iconv names once '_' becomes '-'.
bool convertWithIconv(std::string_view input, const std::string& encoding, std::string& out) {
  std::string name;
  for (char c : encoding) name.push_back(c == '_' ? '-' : char(std::toupper(uint8_t(c))));
  iconv_t cd = iconv_open("UTF-8", name.c_str());
  if (cd == iconv_t(-1)) return false;
  out.clear();
  std::string in(input);
  char* inPtr = in.data();
  size_t inLeft = in.size();
  std::string buf(4 * in.size() + 16, '\0');
  char* outPtr = buf.data();
  size_t outLeft = buf.size();
  size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
  iconv_close(cd);
  if (r == size_t(-1)) return false;
  buf.resize(buf.size() - outLeft);
  out = std::move(buf);
  return true;
}

std::string translateNewlines(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\r') {
      out.push_back(in[i]);
      continue;
    }
    out.push_back('\n');
    if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
  }
  return out;
}

uint32_t lineOfOffset(std::string_view text, size_t offset) {
  uint32_t line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

DecodedSource failure(DiagId id, std::vector<std::string> args, uint32_t line) {
  DecodedSource d;
  d.error = id;
  d.errorArgs = std::move(args);
  d.errorLine = line;
  return d;
}

} // namespace

DecodedSource decodeSource(std::string_view bytes) {
  bool bom = bytes.starts_with("\xEF\xBB\xBF");
  if (bom) bytes.remove_prefix(3);

  // The cookie: line 1, or line 2 if line 1 is only a comment or blank.
  std::string encoding;
  uint32_t cookieLine = 1;
  size_t nl1 = bytes.find_first_of("\r\n");
  bool onlyComment = false;
  encoding = codingSpec(bytes.substr(0, nl1), onlyComment);
  if (encoding.empty() && onlyComment && nl1 != std::string_view::npos) {
    size_t start = nl1 + 1;
    if (bytes[nl1] == '\r' && start < bytes.size() && bytes[start] == '\n') ++start;
    size_t nl2 = bytes.find_first_of("\r\n", start);
    if (nl2 != std::string_view::npos) {
      bool unused;
      encoding = codingSpec(bytes.substr(start, nl2 - start), unused);
      cookieLine = 2;
    }
  }
  if (bom && !encoding.empty() && encoding != "utf-8")
    return failure(DiagId::decode_bom_mismatch, {encoding}, cookieLine);

  std::string utf8;
  if (encoding.empty() || encoding == "utf-8") {
    utf8.assign(bytes);
  } else if (!convertWithIconv(bytes, encoding, utf8)) {
    std::string probe;
    if (!convertWithIconv("", encoding, probe))
      return failure(DiagId::decode_unknown_encoding, {encoding}, cookieLine);
    return failure(DiagId::decode_failed, {encoding}, cookieLine);
  }

  if (size_t nul = utf8.find('\0'); nul != std::string::npos)
    return failure(DiagId::decode_null_byte, {}, lineOfOffset(utf8, nul));

  // Validate UTF-8 (CPython rejects undecodable source; it reports the first bad byte).
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    if (uint8_t(*p) < 0x80) {
      ++p;
      continue;
    }
    const char* start = p;
    if (unicode::decodeUtf8(p, end) == unicode::kInvalid) {
      char hex[3];
      std::snprintf(hex, sizeof hex, "%02x", unsigned(uint8_t(*start)));
      size_t lineStart = utf8.rfind('\n', size_t(start - utf8.data()));
      size_t column = lineStart == std::string::npos ? size_t(start - utf8.data())
                                                     : size_t(start - utf8.data()) - lineStart - 1;
      uint32_t line = lineOfOffset(utf8, size_t(start - utf8.data()));
      if (encoding.empty())
        return failure(DiagId::decode_non_utf8, {hex, std::to_string(line)}, line);
      uint8_t lead = uint8_t(*start);
      bool badLead = (lead & 0xC0) == 0x80 || lead == 0xC0 || lead == 0xC1 || lead >= 0xF5;
      const char* why = badLead ? "invalid start byte" : "invalid continuation byte";
      return failure(DiagId::decode_invalid_utf8, {hex, std::to_string(column), why},
                     lineOfOffset(utf8, size_t(start - utf8.data())));
    }
  }

  DecodedSource d;
  d.ok = true;
  d.text = translateNewlines(utf8);
  return d;
}

} // namespace kiln

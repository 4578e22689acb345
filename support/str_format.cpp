// str.format() formats: CPython's MarkupIterator, parse_field and field_name_split, step for step
// (the messages are CPython 3.11's); UTF-8's codec names.
#include "support/str_format.h"

#include <cctype>
#include <cstdint>
#include <cstdio>

namespace kiln::pyfmt {

namespace {

class Parser {
public:
  explicit Parser(std::string& error) : error_(error) {}

  // build_string: the parts of `text`, or false after an error (the parts so far are kept).
  bool parse(std::string_view text, int depth, std::vector<BracePart>& out) {
    if (depth <= 0) return fail("Max string recursion exceeded");
    size_t at = 0;
    while (at < text.size()) {
      std::string literal;
      bool markup = false;
      if (!nextLiteral(text, at, literal, markup)) return false;
      if (!literal.empty()) {
        if (!out.empty() && !out.back().isField) out.back().text += literal;
        else out.push_back({false, std::move(literal), {}});
      }
      if (markup && !field(text, at, depth, out)) return false;
    }
    return true;
  }

private:
  enum class Numbering { Init, Auto, Manual };

  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  // The literal text up to the next field (or to the end), with '{{' and '}}' unescaped.
  bool nextLiteral(std::string_view text, size_t& at, std::string& literal, bool& markup) {
    while (at < text.size()) {
      char c = text[at++];
      if (c != '{' && c != '}') {
        literal += c;
        continue;
      }
      bool atEnd = at >= text.size();
      if (c == '}' && (atEnd || text[at] != '}')) return fail("Single '}' encountered in format string");
      if (c == '{' && atEnd) return fail("Single '{' encountered in format string");
      if (text[at] == c) { // an escaped brace
        literal += c;
        ++at;
        return true;
      }
      markup = true;
      return true;
    }
    return true;
  }

  // parse_field, then output_markup's lookup of the name and expansion of the spec.
  bool field(std::string_view text, size_t& at, int depth, std::vector<BracePart>& out) {
    size_t nameStart = at;
    char c = 0;
    while (at < text.size()) {
      c = text[at++];
      if (c == '{') return fail("unexpected '{' in field name");
      if (c == '[') {
        while (at < text.size() && text[at] != ']') ++at;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    std::string_view name = text.substr(nameStart, at - nameStart - (c == '}' || c == ':' || c == '!' ? 1 : 0));
    char conversion = 0;
    std::string_view spec;
    bool expand = false;
    if (c == '!' || c == ':') {
      if (c == '!') {
        if (at >= text.size()) return fail("end of string while looking for conversion specifier");
        conversion = text[at++];
        if (at < text.size()) {
          c = text[at++];
          if (c == '}') return finish(name, conversion, {}, false, depth, out);
          if (c != ':') return fail("expected ':' after conversion specifier");
        }
      }
      size_t specStart = at;
      int count = 1;
      while (at < text.size()) {
        c = text[at++];
        if (c == '{') {
          expand = true;
          ++count;
        } else if (c == '}' && --count == 0) {
          spec = text.substr(specStart, at - 1 - specStart);
          return finish(name, conversion, spec, expand, depth, out);
        }
      }
      return fail("unmatched '{' in format spec");
    }
    if (c != '}') return fail("expected '}' before end of string");
    return finish(name, conversion, spec, false, depth, out);
  }

  bool finish(std::string_view name, char conversion, std::string_view spec, bool expand, int depth,
              std::vector<BracePart>& out) {
    BracePart part;
    part.isField = true;
    BraceField& f = part.field;
    size_t split = name.find_first_of(".[");
    std::string_view first = name.substr(0, split);
    f.access = split == std::string_view::npos ? "" : std::string(name.substr(split));
    bool digits = !first.empty() && first.find_first_not_of("0123456789") == std::string_view::npos;
    uint64_t number = 0; // get_integer: at most PY_SSIZE_T_MAX
    for (char d : digits ? first : std::string_view()) {
      uint64_t digit = uint64_t(d - '0');
      if (number > (uint64_t(INT64_MAX) - digit) / 10) return fail("Too many decimal digits in format string");
      number = number * 10 + digit;
    }
    if (first.empty() || digits) {
      if (numbering_ == Numbering::Init) numbering_ = first.empty() ? Numbering::Auto : Numbering::Manual;
      if (numbering_ == Numbering::Manual && first.empty())
        return fail("cannot switch from manual field specification to automatic field numbering");
      if (numbering_ == Numbering::Auto && !first.empty())
        return fail("cannot switch from automatic field numbering to manual field specification");
      f.index = first.empty() ? nextAuto_++ : size_t(number);
    } else {
      f.keyword = std::string(first);
    }
    f.conversion = conversion;
    out.push_back(std::move(part));
    BraceField& added = out.back().field;
    if (conversion && conversion != 'r' && conversion != 's' && conversion != 'a') {
      char message[64];
      unsigned char u = static_cast<unsigned char>(conversion);
      if (u > 32 && u < 127) std::snprintf(message, sizeof message, "Unknown conversion specifier %c", conversion);
      else std::snprintf(message, sizeof message, "Unknown conversion specifier \\x%x", unsigned(u));
      return fail(message);
    }
    if (!expand) {
      if (!spec.empty()) added.spec.push_back({false, std::string(spec), {}});
      return true;
    }
    return parse(spec, depth - 1, added.spec);
  }

  std::string& error_;
  Numbering numbering_ = Numbering::Init;
  size_t nextAuto_ = 0;
};

} // namespace

BraceFormat parseBraceFormat(std::string_view format) {
  BraceFormat out;
  Parser(out.error).parse(format, 2, out.parts);
  return out;
}

bool isUtf8Encoding(std::string_view name) {
  std::string n;
  bool punct = false;
  for (char ch : name) {
    auto u = static_cast<unsigned char>(ch);
    if (std::isalnum(u) || ch == '.') {
      if (punct && !n.empty()) n += '_';
      n += char(std::tolower(u));
      punct = false;
    } else if (u < 0x80) {
      punct = true;
    }
  }
  for (const char* alias : {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})
    if (n == alias) return true;
  return false;
}

} // namespace kiln::pyfmt

// Tests for support/str_format.h: the errors CPython 3.11 raises for str.format() formats (each
// message as `fmt.format(...)` gives it, arguments aside), automatic numbering, nested specs,
// and the names of UTF-8.
#include "support/str_format.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace kiln::pyfmt {
namespace {

TEST(StrFormat, ErrorsAreCPythons) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{", "Single '{' encountered in format string"},
      {"}", "Single '}' encountered in format string"},
      {"a}b", "Single '}' encountered in format string"},
      {"{}{0}", "cannot switch from automatic field numbering to manual field specification"},
      {"{0}{}", "cannot switch from manual field specification to automatic field numbering"},
      {"{!}", "unmatched '{' in format spec"},
      {"{!r", "unmatched '{' in format spec"},
      {"{!rx}", "expected ':' after conversion specifier"},
      {"{!q}", "Unknown conversion specifier q"},
      {"{!\x01}", "Unknown conversion specifier \\x1"},
      {"{0:{1:{2}}}", "Max string recursion exceeded"},
      {"{[}", "expected '}' before end of string"},
      {"{a[}", "expected '}' before end of string"},
      {"{0", "expected '}' before end of string"},
      {"{:", "unmatched '{' in format spec"},
      {"{99999999999999999999}", "Too many decimal digits in format string"},
      {"{x{y}}", "unexpected '{' in field name"},
  };
  for (const auto& [format, message] : cases) EXPECT_EQ(parseBraceFormat(format).error, message) << format;
  for (const char* ok : {"{}", "{0}{1}", "{x!r:>{w}}", "{{}}", "{}}}", "x{{y", "{0!a:>3}", "{:{}}{}", "{0x}", "{a.b[c]}"})
    EXPECT_EQ(parseBraceFormat(ok).error, "") << ok;
}

TEST(StrFormat, Fields) {
  BraceFormat f = parseBraceFormat("a{{{:>{}}}}b{x!r}{0.real}");
  // Automatic numbering switched to manual by {0.real}: an error after the first two fields.
  EXPECT_EQ(f.error, "cannot switch from automatic field numbering to manual field specification");
  ASSERT_EQ(f.parts.size(), 4u);
  EXPECT_EQ(f.parts[0].text, "a{");
  const BraceField& first = f.parts[1].field;
  EXPECT_EQ(first.index, 0u);
  ASSERT_EQ(first.spec.size(), 2u);
  EXPECT_EQ(first.spec[0].text, ">");
  EXPECT_EQ(first.spec[1].field.index, 1u); // the nested field takes the next number
  EXPECT_EQ(f.parts[2].text, "}b");
  EXPECT_EQ(f.parts[3].field.keyword, "x");
  EXPECT_EQ(f.parts[3].field.conversion, 'r');

  BraceFormat g = parseBraceFormat("{1[k].attr:x}");
  ASSERT_EQ(g.parts.size(), 1u);
  EXPECT_EQ(g.parts[0].field.index, 1u);
  EXPECT_EQ(g.parts[0].field.access, "[k].attr");
  EXPECT_EQ(g.parts[0].field.spec[0].text, "x");
}

TEST(StrFormat, Utf8Names) {
  for (const char* yes : {"utf-8", "UTF-8", "utf8", "U8", "utf", "utf_8", "UTF 8", "utf--8", "cp65001", "utf8_ucs2"})
    EXPECT_TRUE(isUtf8Encoding(yes)) << yes;
  for (const char* no : {"ascii", "latin-1", "utf-8-sig", "Utf.8", "utf-16", ""}) EXPECT_FALSE(isUtf8Encoding(no)) << no;
}

} // namespace
} // namespace kiln::pyfmt

// Tests for support/pyrepr.h: hand-picked cases plus differential tests against python3.
//
// The differential tests run the reference interpreter (python3, which must be 3.11, or they
// skip) through popen. Python generates the inputs from fixed seeds and prints them with
// CPython's answers; the tests feed the same inputs to kiln and compare byte for byte:
// repr(float) and repr(complex(0.0, x)) of random bit patterns, subnormals, powers of ten,
// integers near 2**53 and the 1e16 / 1e-4 layout boundaries; float(text) of generated literals
// (overflow, underflow, long mantissas); repr(str) of random code point strings (surrogates
// included, passed as WTF-8); repr(bytes); and str(int(digits, base)) for up to 5000 digits.
#include "support/pyrepr.h"

#include "support/unicode.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace kiln::pyrepr {
namespace {

// -- Helpers ---------------------------------------------------------------------------------

// Prepended to every script: prints SKIP unless python3 is kiln's reference version.
constexpr const char* kPythonPrelude = R"PY(
import sys
if sys.version_info[:2] != (3, 11):
    print("SKIP python3 is not 3.11")
    sys.exit(0)
import math, random, struct
def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]
)PY";

// Runs `script` under python3 and returns its stdout, or nullopt if python3 failed.
std::optional<std::string> runPython(const std::string& script) {
  std::string command = "python3 - <<'KILN_PYTHON_EOF'\n" + std::string(kPythonPrelude) + script +
                        "\nKILN_PYTHON_EOF\n";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string output;
  char buffer[1 << 16];
  size_t count;
  while ((count = fread(buffer, 1, sizeof(buffer), pipe)) > 0)
    output.append(buffer, count);
  if (pclose(pipe) != 0) return std::nullopt;
  return output;
}

std::vector<std::string> splitString(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream stream(text);
  while (std::getline(stream, part, separator))
    parts.push_back(part);
  return parts;
}

// Runs the script and returns its output lines split at tabs; skips the test if python3 is
// not the reference version, fails it if python3 cannot run.
#define KILN_RUN_PYTHON(rows, script)                                                              \
  std::vector<std::vector<std::string>> rows;                                                      \
  {                                                                                                \
    std::optional<std::string> output = runPython(script);                                         \
    ASSERT_TRUE(output.has_value()) << "python3 failed";                                           \
    if (output->starts_with("SKIP")) GTEST_SKIP() << *output;                                      \
    for (const std::string& line : splitString(*output, '\n'))                                     \
      rows.push_back(splitString(line, '\t'));                                                     \
  }

double doubleFromBits(const std::string& hex) {
  return std::bit_cast<double>(uint64_t(std::stoull(hex, nullptr, 16)));
}

std::string bitsOf(double value) {
  char buffer[32];
  snprintf(buffer, sizeof(buffer), "%016llx",
           static_cast<unsigned long long>(std::bit_cast<uint64_t>(value)));
  return buffer;
}

std::string fromHex(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    out += char(std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}

// -- Hand-picked -----------------------------------------------------------------------------

TEST(PyReprTest, Str) {
  EXPECT_EQ(reprStr(""), "''");
  EXPECT_EQ(reprStr("abc"), "'abc'");
  EXPECT_EQ(reprStr("'"), "\"'\"");
  EXPECT_EQ(reprStr("\""), "'\"'");
  EXPECT_EQ(reprStr("'\""), "'\\'\"'");
  EXPECT_EQ(reprStr("\\"), "'\\\\'");
  EXPECT_EQ(reprStr("\t\n\r"), "'\\t\\n\\r'");
  EXPECT_EQ(reprStr(std::string_view("\0\x1f\x7f", 3)), "'\\x00\\x1f\\x7f'");
  EXPECT_EQ(reprStr("\xC2\x80\xC2\xA0\xC2\xAD"), "'\\x80\\xa0\\xad'");
  EXPECT_EQ(reprStr("\xC3\xA9\xE2\x82\xAC"), "'\xC3\xA9\xE2\x82\xAC'"); // é€ stay
  EXPECT_EQ(reprStr("\xE2\x80\x8B"), "'\\u200b'");                      // ZERO WIDTH SPACE
  EXPECT_EQ(reprStr("\xED\xA0\x80"), "'\\ud800'");                      // lone surrogate
  EXPECT_EQ(reprStr("\xF3\xA0\x80\x81"), "'\\U000e0001'");              // LANGUAGE TAG
  EXPECT_EQ(reprStr("\xF0\x9F\x98\x80"), "'\xF0\x9F\x98\x80'");         // emoji stays
}

TEST(PyReprTest, Bytes) {
  EXPECT_EQ(reprBytes(""), "b''");
  EXPECT_EQ(reprBytes("'"), "b\"'\"");
  EXPECT_EQ(reprBytes("'\""), "b'\\'\"'");
  EXPECT_EQ(reprBytes("\\"), "b'\\\\'");
  EXPECT_EQ(reprBytes("\t\n\r"), "b'\\t\\n\\r'");
  EXPECT_EQ(reprBytes(std::string_view("\0\x7f\x80\xff", 4)), "b'\\x00\\x7f\\x80\\xff'");
  EXPECT_EQ(reprBytes("a b~"), "b'a b~'");
}

TEST(PyReprTest, Float) {
  EXPECT_EQ(reprFloat(0.0), "0.0");
  EXPECT_EQ(reprFloat(-0.0), "-0.0");
  EXPECT_EQ(reprFloat(1.0), "1.0");
  EXPECT_EQ(reprFloat(1.5), "1.5");
  EXPECT_EQ(reprFloat(0.1), "0.1");
  EXPECT_EQ(reprFloat(123.456), "123.456");
  EXPECT_EQ(reprFloat(1e15), "1000000000000000.0");
  EXPECT_EQ(reprFloat(9999999999999998.0), "9999999999999998.0");
  EXPECT_EQ(reprFloat(1e16), "1e+16");
  EXPECT_EQ(reprFloat(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(reprFloat(0.0001), "0.0001");
  EXPECT_EQ(reprFloat(0.00001), "1e-05");
  EXPECT_EQ(reprFloat(2.5e-5), "2.5e-05");
  EXPECT_EQ(reprFloat(5e-324), "5e-324");
  EXPECT_EQ(reprFloat(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(reprFloat(-1e100), "-1e+100");
  EXPECT_EQ(reprFloat(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(reprFloat(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(reprFloat(std::numeric_limits<double>::quiet_NaN()), "nan");
  EXPECT_EQ(reprFloat(-std::numeric_limits<double>::quiet_NaN()), "nan");
}

TEST(PyReprTest, Imaginary) {
  EXPECT_EQ(reprImaginary(0.0), "0j");
  EXPECT_EQ(reprImaginary(2.0), "2j");
  EXPECT_EQ(reprImaginary(-2.0), "-2j");
  EXPECT_EQ(reprImaginary(1.5), "1.5j");
  EXPECT_EQ(reprImaginary(1e16), "1e+16j");
  EXPECT_EQ(reprImaginary(1e15), "1000000000000000j");
  EXPECT_EQ(reprImaginary(1e-5), "1e-05j");
  EXPECT_EQ(reprImaginary(std::numeric_limits<double>::infinity()), "infj");
  EXPECT_EQ(reprImaginary(std::numeric_limits<double>::quiet_NaN()), "nanj");
}

TEST(PyReprTest, IntegerToDecimal) {
  EXPECT_EQ(integerToDecimal("0", 10), "0");
  EXPECT_EQ(integerToDecimal("000", 10), "0");
  EXPECT_EQ(integerToDecimal("007", 10), "7");
  EXPECT_EQ(integerToDecimal("123456789012345678901234567890", 10),
            "123456789012345678901234567890");
  EXPECT_EQ(integerToDecimal("0", 16), "0");
  EXPECT_EQ(integerToDecimal("00000", 2), "0");
  EXPECT_EQ(integerToDecimal("ff", 16), "255");
  EXPECT_EQ(integerToDecimal("FF", 16), "255");
  EXPECT_EQ(integerToDecimal("777", 8), "511");
  EXPECT_EQ(integerToDecimal("1010", 2), "10");
  EXPECT_EQ(integerToDecimal("10000000000000000", 16), "18446744073709551616");
  EXPECT_EQ(integerToDecimal("3b9aca00", 16), "1000000000");
  EXPECT_EQ(integerToDecimal("de0b6b3a7640000", 16), "1000000000000000000");
}

TEST(PyReprTest, ParseFloat) {
  EXPECT_EQ(parseFloat("1e5"), 1e5);
  EXPECT_EQ(parseFloat(".5"), 0.5);
  EXPECT_EQ(parseFloat("5."), 5.0);
  EXPECT_EQ(parseFloat("1E-3"), 1e-3);
  EXPECT_EQ(parseFloat("1e+3"), 1e3);
  EXPECT_EQ(parseFloat("0.1"), 0.1);
  EXPECT_EQ(parseFloat("00012.50"), 12.5);
  EXPECT_EQ(parseFloat("4.9e-324"), 5e-324);
  EXPECT_EQ(parseFloat("1.7976931348623157e308"), 1.7976931348623157e308);
  EXPECT_EQ(parseFloat("1e400"), std::numeric_limits<double>::infinity());
  EXPECT_EQ(parseFloat("1e99999999999999999999"), std::numeric_limits<double>::infinity());
  EXPECT_EQ(bitsOf(parseFloat("1e-400")), bitsOf(0.0));
  EXPECT_EQ(bitsOf(parseFloat("0e999999")), bitsOf(0.0));
}

// -- Differential ----------------------------------------------------------------------------

TEST(PyReprDifferentialTest, Floats) {
  KILN_RUN_PYTHON(rows, R"PY(
rng = random.Random(754)
values = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, math.pi, math.e]
for _ in range(3000):
    values.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
for _ in range(300):  # subnormals
    pattern = rng.getrandbits(52) | rng.getrandbits(1) << 63
    values.append(struct.unpack("<d", struct.pack("<Q", pattern))[0])
for e in range(-325, 310):
    v = float("1e%d" % e)
    values += [v, math.nextafter(v, math.inf), math.nextafter(v, 0.0), -v]
for k in range(-60, 61):
    for base in (2**53, 2**54, 2**63, 10**16, 10**17, 10**15):
        values.append(float(base + k))
for base in (1e16, 1e-4, 1e-5, 1e17, 1e15):
    v = base
    for _ in range(20):
        values += [v, -v]
        v = math.nextafter(v, 0.0)
    v = base
    for _ in range(20):
        values.append(v)
        v = math.nextafter(v, math.inf)
for _ in range(1000):
    values.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 12)))
    values.append(float("%de%d" % (rng.randint(1, 99999), rng.randint(-330, 310))))
for v in values:
    print("%s\t%s\t%s" % (bits(v), repr(v), repr(complex(0.0, v))))
)PY");
  int failures = 0;
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 3u);
    double value = doubleFromBits(row[0]);
    std::string gotFloat = reprFloat(value);
    std::string gotImaginary = reprImaginary(value);
    if ((gotFloat != row[1] || gotImaginary != row[2]) && ++failures <= 20)
      ADD_FAILURE() << "bits " << row[0] << ": reprFloat " << gotFloat << " (CPython " << row[1]
                    << "), reprImaginary " << gotImaginary << " (CPython " << row[2] << ")";
  }
  EXPECT_GT(rows.size(), 8000u);
  EXPECT_EQ(failures, 0);
}

TEST(PyReprDifferentialTest, ParseFloat) {
  KILN_RUN_PYTHON(rows, R"PY(
rng = random.Random(1985)
def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))
texts = ["1.7976931348623158e308", "1.7976931348623159e308", "2e-324", "3e-324",
         "2.4703282292062328e-324", "2.4703282292062327e-324", "2.2250738585072011e-308",
         "1" + "0" * 400, "1" + "0" * 400 + "e-100", "0." + "0" * 400 + "1e100",
         "0." + "0" * 400 + "1e-100", "0.000", "000.000e-99999", "1e-99999999999999999999",
         "9" * 800, "0." + "9" * 800, "179769313486231580793728971405301e276"]
for _ in range(4000):
    kind = rng.randrange(4)
    whole = digits(rng.choice([0, 1, 1, 2, 5, 17, 30]))
    fraction = digits(rng.choice([0, 1, 3, 17, 25]))
    if not whole and not fraction:
        whole = "0"
    text = whole + ("." + fraction if fraction or kind == 0 or not whole else "")
    if kind != 3:
        exponent = rng.choice([0, 1, 5, 22, 23, 300, 307, 308, 309, 320, 323, 324, 330, 400])
        exponent += rng.randint(-3, 3)
        text += rng.choice("eE") + rng.choice(["", "+", "-", "-"]) + str(abs(exponent))
    texts.append(text)
for text in texts:
    print("%s\t%s" % (text, bits(float(text))))
)PY");
  int failures = 0;
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 2u);
    std::string got = bitsOf(parseFloat(row[0]));
    if (got != row[1] && ++failures <= 20)
      ADD_FAILURE() << "parseFloat(\"" << row[0] << "\") = " << got << ", CPython: " << row[1];
  }
  EXPECT_GT(rows.size(), 4000u);
  EXPECT_EQ(failures, 0);
}

TEST(PyReprDifferentialTest, Strings) {
  KILN_RUN_PYTHON(rows, R"PY(
rng = random.Random(3138)
pools = [range(0x20, 0x7F), list(range(0, 0x20)) + [0x7F], [0x27, 0x22, 0x5C],
         range(0x80, 0x100), range(0x100, 0x3000), range(0xD800, 0xE000), range(0x3000, 0x10000),
         range(0x10000, 0x110000), range(0xE0000, 0xE0080), range(0x1F000, 0x1FB00)]
for _ in range(4000):
    cps = [rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 12))]
    r = repr("".join(map(chr, cps)))
    print("%s\t%s" % (" ".join("%x" % c for c in cps), r.encode("utf-8", "surrogatepass").hex()))
)PY");
  int failures = 0;
  for (const auto& row : rows) {
    std::string wtf8;
    if (!row[0].empty()) {
      for (const std::string& field : splitString(row[0], ' '))
        unicode::appendUtf8(wtf8, char32_t(std::stoul(field, nullptr, 16)));
    }
    std::string expected = fromHex(row.at(1));
    std::string got = reprStr(wtf8);
    if (got != expected && ++failures <= 20)
      ADD_FAILURE() << "reprStr(" << row[0] << ") = " << got << ", CPython: " << expected;
  }
  EXPECT_EQ(rows.size(), 4000u);
  EXPECT_EQ(failures, 0);
}

TEST(PyReprDifferentialTest, Bytes) {
  KILN_RUN_PYTHON(rows, R"PY(
rng = random.Random(2638)
for _ in range(2000):
    data = bytes(rng.choice([rng.randrange(256), rng.choice(b"'\"\\\t\n\r a")])
                 for _ in range(rng.randint(0, 12)))
    print("%s\t%s" % (data.hex(), repr(data)))
)PY");
  int failures = 0;
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 2u);
    std::string got = reprBytes(fromHex(row[0]));
    if (got != row[1] && ++failures <= 20)
      ADD_FAILURE() << "reprBytes(" << row[0] << ") = " << got << ", CPython: " << row[1];
  }
  EXPECT_EQ(rows.size(), 2000u);
  EXPECT_EQ(failures, 0);
}

TEST(PyReprDifferentialTest, IntegerToDecimal) {
  KILN_RUN_PYTHON(rows, R"PY(
sys.set_int_max_str_digits(0)
rng = random.Random(4300)
alphabets = {2: "01", 8: "01234567", 10: "0123456789", 16: "0123456789abcdefABCDEF"}
for _ in range(600):
    base = rng.choice([2, 8, 10, 16])
    n = rng.choice([1, 2, 3, 8, 9, 10, 11, 16, 17, 31, 32, 33, 64, 100, 1000, 3000, 5000])
    text = "0" * rng.choice([0, 0, 1, 5]) + "".join(rng.choice(alphabets[base]) for _ in range(n))
    print("%d\t%s\t%s" % (base, text, int(text, base)))
)PY");
  int failures = 0;
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 3u);
    std::string got = integerToDecimal(row[1], std::stoi(row[0]));
    if (got != row[2] && ++failures <= 10)
      ADD_FAILURE() << "integerToDecimal(" << row[1] << ", " << row[0] << ") = " << got
                    << ", CPython: " << row[2];
  }
  EXPECT_EQ(rows.size(), 600u);
  EXPECT_EQ(failures, 0);
}

} // namespace
} // namespace kiln::pyrepr

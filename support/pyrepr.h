// Python's repr() of the constant types a parser produces, byte-identical to CPython 3.11.
//
// Used by the AST dump (which must equal ast.dump()) and by every later text format that prints
// constants. No dependency on the rest of kiln, so the runtime library can share it.
#pragma once

#include <string>
#include <string_view>

namespace kiln::pyrepr {

// repr(str): quote choice, escapes and non-printable characters exactly as CPython's
// unicode_repr. `wtf8` is UTF-8 that may contain surrogates (see support/unicode.h).
std::string reprStr(std::string_view wtf8);

// repr(bytes): b'...' with CPython's quote choice and \xNN escapes.
std::string reprBytes(std::string_view bytes);

// repr(float): the shortest string that round-trips, in CPython's layout ('1e+16', '0.0001',
// '1e-05', '1.0', 'inf', 'nan', '-0.0').
std::string reprFloat(double value);

// repr(complex(0.0, imag)) -- what an imaginary literal such as 2j dumps as: '2j', '1.5j',
// '1e+16j', 'infj'.
std::string reprImaginary(double imag);

// Converts the digits of an integer literal in base 2, 8, 10 or 16 (no prefix, no underscores,
// no sign) to its decimal representation, without any size limit.
std::string integerToDecimal(std::string_view digits, int base);

// Parses the text of a Python float literal (underscores already removed, no 'j'); out-of-range
// values become inf as in CPython.
double parseFloat(std::string_view text);

} // namespace kiln::pyrepr

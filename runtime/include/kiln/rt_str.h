// kiln/rt_str.h -- the plain str, bytes and StringBuilder helpers (rtyper/helpers.def, "str",
// "bytes", "kiln.rstring.StringBuilder") and the number formatting they share.
//
// Every helper here is `kiln_<id>` of a helpers.def row, with the C++ types of its low-level
// operands (Signed int64_t, UniChar uint32_t, Ptr(str) str*). Indexes, lengths and positions
// count code points (bytes for bytes). The second half of this header is what the generic helpers
// of kiln/generic/str_generic.h call: compiled engines (the '%' formatter, the format-spec
// mini-language, join, split...) that take their operands already adapted to fixed types.
#pragma once

#include <cstdint>

struct str;

// The functions other runtime code builds on (generic/values.h writes reprs with them).
str* kiln_str_from_int(int64_t i);
str* kiln_str_from_uint(uint64_t u);
str* kiln_str_from_float(double f); // repr(f), CPython's shortest round-trip form
str* kiln_str_from_char(uint32_t codepoint);
str* kiln_str_repr(str* s);   // repr(s); 'None' for null
str* kiln_bytes_repr(str* b); // repr(b)
bool kiln_str_eq(str* a, str* b);
int64_t kiln_str_cmp(str* a, str* b);
int64_t kiln_str_hash(str* s);
str* kiln_str_concat(str* a, str* b);

// -- str helpers (helpers.def "str") --------------------------------------------------------------
uint32_t kiln_str_getitem(str* s, int64_t i); // IndexError
uint32_t kiln_str_char_at(str* s, int64_t i);
str* kiln_str_slice(str* s, int64_t start, int64_t stop);
str* kiln_str_slice_step(str* s, int64_t start, int64_t stop, int64_t step); // INT64_MIN: None
str* kiln_str_mul(str* s, int64_t n);
bool kiln_str_contains(str* s, str* sub);
// start/end as CPython's slice bounds (negative counts from the end); end INT64_MAX: to the end.
int64_t kiln_str_find(str* s, str* sub, int64_t start, int64_t end);
int64_t kiln_str_rfind(str* s, str* sub, int64_t start, int64_t end);
int64_t kiln_str_count(str* s, str* sub, int64_t start, int64_t end);
bool kiln_str_startswith(str* s, str* prefix, int64_t start, int64_t end);
bool kiln_str_endswith(str* s, str* suffix, int64_t start, int64_t end);
str* kiln_str_replace(str* s, str* old, str* replacement, int64_t count); // count < 0: all
// s.strip(chars) (mode 0), lstrip (1), rstrip (2); chars null: whitespace.
str* kiln_str_strip(str* s, str* chars, int64_t mode);
int64_t kiln_str_to_int(str* s, int64_t base); // ValueError
double kiln_str_to_float(str* s);              // ValueError
bool kiln_str_is_true(str* s);
str* kiln_str_upper(str* s);
str* kiln_str_lower(str* s);
bool kiln_str_isdigit(str* s);
bool kiln_str_isalpha(str* s);
bool kiln_str_isalnum(str* s);
bool kiln_str_isspace(str* s);
int64_t kiln_str_ord(str* s);     // TypeError
uint32_t kiln_str_chr(int64_t i); // ValueError
str* kiln_str_ascii(str* s);

// -- bytes helpers (helpers.def "bytes") ----------------------------------------------------------
int64_t kiln_bytes_getitem(str* b, int64_t i);   // IndexError
bool kiln_bytes_contains_int(str* b, int64_t i); // ValueError
str* kiln_str_encode(str* s);                    // s.encode(): bytes (length: the byte count)
str* kiln_bytes_decode(str* b);                  // UnicodeDecodeError
str* kiln_bytes_decode_errors(str* b, str* errors);
str* kiln_bytes_zeros(int64_t n); // ValueError

// A kiln.rstring.StringBuilder (rtyper/rtype_str_builder.cpp): `length` is the code points built
// (getlength()); buf's chars hold their UTF-8, buf->length of them used (buf is private to the
// builder helpers), buf's chars.length is the capacity.
struct strbuilder {
  int64_t length;
  str* buf;
};
strbuilder* kiln_strbuilder_new(int64_t init_size);
void kiln_strbuilder_append_slice(strbuilder* b, str* s, int64_t start, int64_t end); // ValueError
str* kiln_strbuilder_build(strbuilder* b);

// -- What the generic helpers call (kiln/generic/str_generic.h) -----------------------------------
// A value formatted by '%' (str_format, bytes_format) or by format(x, spec) (str_format_spec):
// numbers, a str (bytes in a bytes format), None, or a list, dict or tuple, whose str()/repr()
// `to_str` writes. `mapping` marks what CPython's PyMapping_Check accepts as the mapping of
// %(key)s (a list or a dict); `lookup` is a dict's d[key] (false when key is absent).
enum class kiln_fmt_kind : uint8_t { Int, Uint, Float, Bool, Str, None, Object };
struct kiln_fmt_arg {
  kiln_fmt_kind kind;
  bool mapping;
  const char* type_name; // an Object's, for messages: "list", "dict", "tuple"
  union {
    int64_t i;
    uint64_t u;
    double f;
    bool b;
    str* s;
    const void* obj;
  };
  str* (*to_str)(const void* obj, bool repr);
  bool (*lookup)(const void* obj, str* key, kiln_fmt_arg* value);
};
// fmt % (args[0], ..., args[n-1]); n == 1 is also `fmt % args[0]` (a lone list or dict is the
// mapping). bytes: a bytes format (bytes_format).
str* kiln_percent_format(str* fmt, const kiln_fmt_arg* args, int64_t n, bool bytes);
// format(x, spec) of a number, bool or str (None: object.__format__'s rules).
str* kiln_format_with_spec(const kiln_fmt_arg* x, str* spec);

// The GcArray(Ptr(str)) layout (a fixed list of strs): what split makes for a list's items.
struct kiln_str_array {
  int64_t length;
  str* items[];
};
kiln_str_array* kiln_str_split_array(str* s, str* sep,
                                     int64_t maxsplit);          // sep null: whitespace; ValueError
str* kiln_str_join_strs(str* sep, str* const* items, int64_t n); // TypeError for a null item
str* kiln_str_join_chars(str* sep, const uint32_t* items, int64_t n);
str* kiln_str_join_str_chars(str* sep, str* s); // sep.join(s): s's characters
str* kiln_str_build_n(str* const* items, int64_t n);
int64_t kiln_str_min_max_of(str* s, bool max,
                            bool bytes); // a code point (bytes: a byte); ValueError
str* kiln_bytes_from_ints(const int64_t* items, int64_t n); // ValueError
void kiln_strbuilder_append_str(strbuilder* b, str* s);
void kiln_strbuilder_append_char(strbuilder* b, uint32_t codepoint);
void kiln_strbuilder_append_char_times(strbuilder* b, uint32_t codepoint, int64_t times);
void kiln_strbuilder_append_str_times(strbuilder* b, str* s,
                                      int64_t times); // ValueError unless len(s) == 1

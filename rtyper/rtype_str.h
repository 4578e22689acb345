// The str family's internal interface, shared by rtype_str.cpp (operators, items, methods) and
// rtype_str_format.cpp (str()/repr(), print(), f-strings, '%' and str.format).
//
// Terms: a *str value* is a Ptr(GcStruct str) (rtyper.cpp: {hash, chars: Array(Char)}, UTF-8
// bytes); bytes have the same representation. A *char* is a Char, one byte. A *piece* is a part
// of a str being assembled: either text known at translation time or a str value; adjacent known
// pieces merge, so `print("a", 1)` prints one prebuilt str.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annotator/builtins.h"
#include "rtyper/convert.h"

namespace kiln::rt::str {

// Whether `a` is represented as a str value or a char (str, char, bytes).
bool isStrRepr(const ann::Annotation* a);
// The text of a str, char or bytes annotation known at translation time, if it is.
std::optional<std::string_view> knownText(const ann::Annotation* a);

// A str constant: the prebuilt str object holding `utf8`.
ll::Value strConstant(OpCtx& c, std::string_view utf8);
// The chars array of a str value and its length (inline: getsubstruct and getarraysize).
ll::Value charsOf(OpCtx& c, ll::Value s);
ll::Value lengthOf(OpCtx& c, ll::Value s);
// `v` annotated `a` (a str, char or bytes) as a str value: a char becomes a one-character str
// (a prebuilt one when the annotation knows it).
ll::Value asStr(OpCtx& c, ll::Value v, const ann::Annotation* a);
// Operand i as a str value.
ll::Value strArg(OpCtx& c, size_t i);
// The result of a computation whose result annotation is a known constant: that constant.
bool resultIfConstant(OpCtx& c);
// Operand i as a Signed (an int or a bool).
ll::Value intArg(OpCtx& c, size_t i);
// Whether `a` is a str known at translation time naming UTF-8 (as Python's codec registry
// normalizes names: 'utf-8', 'UTF8', 'utf_8', ...).
bool isUtf8Name(const ann::Annotation* a);
// The items of a tuple value `t` annotated `a` (getfield of the tuple struct's fields, which are
// the items in order; the constant itself for an item known at translation time, a Void value
// for an item without a field: None, a function...), or none when tuples have no such
// representation.
using Item = std::pair<ll::Value, const ann::Annotation*>;
std::optional<std::vector<Item>> tupleItems(OpCtx& c, ll::Value t, const ann::Annotation* a);

// -- Call arguments -----------------------------------------------------------------------------------
// The operands of a simple_call or call_args, after the callee: positional operand indices, and
// the keyword ones by name. `ok` is false for shapes the str family does not take (`*args`).
struct CallOperands {
  std::vector<size_t> positional;
  std::vector<std::pair<std::string, size_t>> keywords;
  bool ok = true;
  // Binds the operands to parameters named `names` (positionally first, then by keyword): the
  // operand index of each parameter, or none when absent. False if one does not fit.
  bool bind(const std::vector<std::string_view>& names, std::vector<std::optional<size_t>>& out) const;
};
CallOperands callOperands(OpCtx& c);

// -- Pieces ---------------------------------------------------------------------------------------------
struct Piece {
  bool known = false;
  std::string text; // known pieces
  ll::Value value;  // the others: a str value
};

inline Piece knownPiece(std::string text) { return {true, std::move(text), {}}; }
inline Piece valuePiece(ll::Value v) { return {false, {}, v}; }

class Pieces {
public:
  void add(Piece p);
  void text(std::string_view t) { add({true, std::string(t), {}}); }
  void value(ll::Value v) { add({false, {}, v}); }
  // The whole as one str value: a prebuilt str, the only value, or one str_build call.
  ll::Value build(OpCtx& c) const;
  const std::vector<Piece>& pieces() const { return pieces_; }
  // The text, when all of it is known at translation time.
  std::optional<std::string> knownText() const;

private:
  std::vector<Piece> pieces_;
};

// -- str() and repr() of values (rtype_str_repr.cpp) ----------------------------------------------
// Appends str(x) or repr(x) of a value `v` annotated `a` to `out` (as known text when `a` is a
// constant; a tuple's items as pieces of their own). An instance calls the __str__/__repr__
// graphs the annotator recorded for this operation (directly, or through its vtable when
// subclasses override them), or object.__repr__. False when there is no conversion for `a`.
bool appendStr(OpCtx& c, Pieces& out, ll::Value v, const ann::Annotation* a, bool repr);
// ascii(x): repr(x) with its non-ASCII characters escaped (the `!a` conversion).
bool appendAscii(OpCtx& c, Pieces& out, ll::Value v, const ann::Annotation* a);
// str() of an int, r_uint or bool as a number ('%d' wants a bool as 0 or 1).
Piece intToStr(OpCtx& c, ll::Value v, const ann::Annotation* a);
// Whether the runtime writes repr() of values annotated `a` itself: the annotator's rule
// (annotator/builtins.h), which decided what str() of containers it accepts.
using ann::reprInRuntime;
// The name CPython's messages give the type of values annotated `a` ('list', 'A'): what
// object.__format__'s TypeError names.
std::string typeNameForMessages(const ann::Annotation* a);

// -- The rules of rtype_str_format.cpp ----------------------------------------------------------------

bool rtypeToStr(OpCtx& c);      // str(x), repr(x) (the flow ops and the builtins)
bool rtypeFormatField(OpCtx& c); // format(x, spec): an f-string replacement field
bool rtypeBuildStr(OpCtx& c);   // buildstr(pieces...): an f-string
bool rtypePercent(OpCtx& c);    // fmt % args
bool rtypeStrFormat(OpCtx& c);  // fmt.format(args...)
bool rtypePrint(OpCtx& c);      // print(...)
// rtype_str_builder.cpp: StringBuilder(), its methods.
bool rtypeStrBuilder(OpCtx& c);

} // namespace kiln::rt::str

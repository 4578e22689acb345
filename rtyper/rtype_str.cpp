// Strings: str and bytes (UTF-8 bytes in a Ptr(GcStruct str {hash, length, chars: Array(Char)}),
// length counting code points) and chars (UniChar, a code point): operators, items, slices,
// len(), the built-in functions on them and their methods. str()/repr(), print() and formatting
// are in rtype_str_format.cpp.
//
// What is inline and what is a helper (docs/rtyper.md, "## strings", says why for each helper):
//   - len(s) is getfield(s, 'length'): code points, as CPython counts (bytes: bytes). bool(s) is
//     int_is_true of it.
//   - chars compare with unichar_* ops; ord(c) is cast_unichar_to_int; a constant index into a
//     str constant folds to its code point.
//   - s[i] is check_index (check_index_wrap when i may be negative) on the length, then
//     str_char_at (the code point: a byte read for an ASCII str, whose length is its byte
//     count); b[i] of bytes reads the byte inline. Where the flow graph catches the IndexError
//     (the getitem ends a can-raise block) it is one str_getitem call instead, so that the
//     raising operation comes last.
//   - everything that loops over the chars or allocates is a runtime helper call (str_concat,
//     str_eq, str_cmp, str_slice, ...), one per operation, so the JIT knows each by its oopspec.
// A char flowing into a str (c + "x", passing a char where a str is expected) becomes a
// one-character str: a prebuilt one for a constant, else str_from_char (charToStr, also used by
// GraphConverter::convert). Bytes have the str representation, so the str helpers serve them;
// only what differs has its own (b[i] is an int: bytes_getitem).
//
// A rule whose flow op can raise emits its raising helper last: a can-raise block must end with
// the operation whose exceptions its links catch.
#include "rtyper/rtype_str.h"
#include "rtyper/rtype_sequences.h"
#include "support/str_format.h"
#include "support/unicode.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using flow::OpCode;

ll::Value charToStr(GraphConverter& gc, RTyper& rt, ll::Value ch, SourceLoc loc) {
  if (ll::Constant* k = ch.constant()) {
    ll::ConstValue v;
    std::string utf8;
    unicode::appendUtf8(utf8, char32_t(k->value.i));
    v.object = rt.prebuiltStr(utf8);
    return gc.constant(rt.strPtr(), v);
  }
  return gc.callHelper(HelperId::str_from_char, {ch}, rt.strPtr(), loc);
}

namespace str {

// -- Shared by the family ---------------------------------------------------------------------------------

bool isStrRepr(const Annotation* a) { return a->isStrLike() || a->is(AnnKind::Bytes); }

std::optional<std::string_view> knownText(const Annotation* a) {
  using K = load::Value::Kind;
  if (!isStrRepr(a) || !a->hasConst() || (a->constant.kind != K::Str && a->constant.kind != K::Bytes))
    return std::nullopt;
  return a->constant.text;
}

ll::Value strConstant(OpCtx& c, std::string_view utf8) {
  ll::ConstValue v;
  v.object = c.rt.prebuiltStr(std::string(utf8));
  return c.gc.constant(c.rt.strPtr(), v);
}

ll::Value charsOf(OpCtx& c, ll::Value s) {
  const ll::Type* chars = c.rt.strPtr()->target->field("chars")->type;
  return c.emit(ll::Op::getsubstruct, {s, c.voidConst("chars")}, c.rt.types().ptr(chars));
}

ll::Value lengthOf(OpCtx& c, ll::Value s) {
  return c.emit(ll::Op::getfield, {s, c.voidConst("length")}, c.rt.types().signedType());
}

ll::Value asStr(OpCtx& c, ll::Value v, const Annotation* a) {
  if (!a->is(AnnKind::Char)) return v;
  if (std::optional<std::string_view> t = knownText(a)) return strConstant(c, *t);
  return charToStr(c.gc, c.rt, v, c.op.loc);
}

ll::Value strArg(OpCtx& c, size_t i) { return asStr(c, c.arg(i), c.ann(i)); }

bool resultIfConstant(OpCtx& c) {
  const Annotation* r = c.resultAnn();
  if (!r->hasConst()) return false;
  c.result(c.gc.lowConstant(r->constant, r, c.op.loc));
  return true;
}

ll::Value intArg(OpCtx& c, size_t i) { return c.arg(i, c.rt.annotator().lattice().integer()); }

std::optional<std::vector<Item>> tupleItems(OpCtx& c, ll::Value t, const Annotation* a) {
  const ll::Type* type = c.rt.lowType(a);
  if (!type || !type->isPtr() || !type->target->isStruct()) return std::nullopt;
  std::vector<Item> out;
  for (size_t k = 0; k < a->items.size(); ++k) {
    const Annotation* item = a->items[k];
    const ll::Field* f = type->target->field("item" + std::to_string(k));
    bool known = item->hasConst() && (item->isIntLike() || item->is(AnnKind::Float) || isStrRepr(item));
    if (known) out.push_back({c.gc.lowConstant(item->constant, item, c.op.loc), item});
    else if (f) out.push_back({c.emit(ll::Op::getfield, {t, c.voidConst(f->name)}, f->type), item});
    else out.push_back({c.gc.constant(c.rt.types().voidType(), {}), item}); // Void: no field
  }
  return out;
}

bool isUtf8Name(const Annotation* a) {
  std::optional<std::string_view> name = knownText(a);
  return name && pyfmt::isUtf8Encoding(*name);
}

CallOperands callOperands(OpCtx& c) {
  CallOperands out;
  if (c.op.opcode == OpCode::simple_call) {
    for (size_t i = 1; i < c.count(); ++i) out.positional.push_back(i);
    return out;
  }
  // call_args(f, shape, args...): shape is "N name... [*] [**]" (docs/ir-flow.md).
  const flow::Constant* shape = c.count() > 1 ? c.op.args[1].constant() : nullptr;
  if (!shape) return out.ok = false, out;
  std::string text(shape->value.text);
  size_t npos = size_t(std::strtoul(text.c_str(), nullptr, 10));
  std::vector<std::string> names;
  for (size_t at = text.find(' '); at != std::string::npos;) {
    size_t end = text.find(' ', at + 1);
    names.push_back(text.substr(at + 1, end == std::string::npos ? end : end - at - 1));
    at = end;
  }
  size_t next = 2;
  for (size_t k = 0; k < npos; ++k) out.positional.push_back(next++);
  for (const std::string& name : names) {
    if (name == "*" || name == "**") return out.ok = false, out;
    out.keywords.push_back({name, next++});
  }
  out.ok = next == c.count();
  return out;
}

bool CallOperands::bind(const std::vector<std::string_view>& names, std::vector<std::optional<size_t>>& out) const {
  out.assign(names.size(), std::nullopt);
  if (!ok || positional.size() > names.size()) return false;
  for (size_t k = 0; k < positional.size(); ++k) out[k] = positional[k];
  for (const auto& [name, operand] : keywords) {
    auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end() || out[size_t(it - names.begin())]) return false;
    out[size_t(it - names.begin())] = operand;
  }
  return true;
}

} // namespace str

namespace {

using namespace str;

constexpr int64_t kNoBound = std::numeric_limits<int64_t>::min(); // str_slice_step's None
constexpr int64_t kToTheEnd = std::numeric_limits<int64_t>::max(); // find/startswith's end default

const ll::Type* boolType(OpCtx& c) { return c.rt.types().boolType(); }
const ll::Type* signedType(OpCtx& c) { return c.rt.types().signedType(); }
ll::Value nullStr(OpCtx& c) { return c.gc.constant(c.rt.strPtr(), {}); }
ll::Value boolConstant(OpCtx& c, bool b) {
  ll::ConstValue v;
  v.i = b;
  return c.gc.constant(boolType(c), v);
}

std::optional<int64_t> knownInt(const Annotation* a) {
  if (!a->hasConst()) return std::nullopt;
  if (a->constant.kind == load::Value::Kind::Int) return a->constant.intValue;
  if (a->constant.kind == load::Value::Kind::Bool) return int64_t(a->constant.boolValue);
  return std::nullopt;
}

// -- Operators ---------------------------------------------------------------------------------------------

bool concat(OpCtx& c) {
  const Annotation *a = c.ann(0), *b = c.ann(1);
  if (!(a->isStrLike() && b->isStrLike()) && !(a->is(AnnKind::Bytes) && b->is(AnnKind::Bytes))) return false;
  if (resultIfConstant(c)) return true;
  c.result(c.callHelper(HelperId::str_concat, {strArg(c, 0), strArg(c, 1)}, c.rt.strPtr()));
  return true;
}

bool repeat(OpCtx& c) {
  size_t seq = isStrRepr(c.ann(0)) ? 0 : 1;
  if (!isStrRepr(c.ann(seq)) || !c.ann(1 - seq)->isIntLike()) return false;
  c.result(c.callHelper(HelperId::str_mul, {strArg(c, seq), intArg(c, 1 - seq)}, c.rt.strPtr()));
  return true;
}

struct CompareOps {
  OpCode flow;
  ll::Op chars, order; // char_* on two chars; int_* on str_cmp's -1/0/1
};
constexpr CompareOps kCompare[] = {
    {OpCode::lt, ll::Op::unichar_lt, ll::Op::int_lt}, {OpCode::le, ll::Op::unichar_le, ll::Op::int_le},
    {OpCode::eq, ll::Op::unichar_eq, ll::Op::int_eq}, {OpCode::ne, ll::Op::unichar_ne, ll::Op::int_ne},
    {OpCode::gt, ll::Op::unichar_gt, ll::Op::int_gt}, {OpCode::ge, ll::Op::unichar_ge, ll::Op::int_ge},
};

bool compare(OpCtx& c) {
  const Annotation *a = c.ann(0), *b = c.ann(1);
  bool equality = c.op.opcode == OpCode::eq || c.op.opcode == OpCode::ne;
  bool withNone = equality && ((isStrRepr(a) && b->is(AnnKind::None)) || (a->is(AnnKind::None) && isStrRepr(b)));
  if (!withNone && !(a->isStrLike() && b->isStrLike()) && !(a->is(AnnKind::Bytes) && b->is(AnnKind::Bytes)))
    return false;
  if (resultIfConstant(c)) return true;
  const CompareOps* row = nullptr;
  for (const CompareOps& r : kCompare)
    if (r.flow == c.op.opcode) row = &r;
  if (withNone) { // s == None: a null test
    ll::Value s = a->is(AnnKind::None) ? c.arg(1) : c.arg(0);
    c.result(c.emit(c.op.opcode == OpCode::eq ? ll::Op::ptr_iszero : ll::Op::ptr_nonzero, {s}, boolType(c)));
    return true;
  }
  if (a->is(AnnKind::Char) && b->is(AnnKind::Char)) {
    c.result(c.emit(row->chars, {c.arg(0), c.arg(1)}, boolType(c)));
    return true;
  }
  if (equality) {
    ll::Value same = c.callHelper(HelperId::str_eq, {strArg(c, 0), strArg(c, 1)}, boolType(c));
    c.result(c.op.opcode == OpCode::eq ? same : c.emit(ll::Op::bool_not, {same}, boolType(c)));
    return true;
  }
  ll::Value order = c.callHelper(HelperId::str_cmp, {strArg(c, 0), strArg(c, 1)}, signedType(c));
  c.result(c.emit(row->order, {order, c.constInt(0)}, boolType(c)));
  return true;
}

// `x is y`: the same object (a char is a value: equal chars are the same).
bool identity(OpCtx& c) {
  const Annotation *a = c.ann(0), *b = c.ann(1);
  bool withNone = (isStrRepr(a) && b->is(AnnKind::None)) || (a->is(AnnKind::None) && isStrRepr(b));
  if (!withNone && !(isStrRepr(a) && isStrRepr(b))) return false;
  if (resultIfConstant(c)) return true;
  if (withNone) {
    c.result(c.emit(ll::Op::ptr_iszero, {a->is(AnnKind::None) ? c.arg(1) : c.arg(0)}, boolType(c)));
    return true;
  }
  if (a->is(AnnKind::Char) && b->is(AnnKind::Char)) {
    c.result(c.emit(ll::Op::unichar_eq, {c.arg(0), c.arg(1)}, boolType(c)));
    return true;
  }
  c.result(c.emit(ll::Op::ptr_eq, {strArg(c, 0), strArg(c, 1)}, boolType(c)));
  return true;
}

// The truth of a str: not empty (and not None, for a nullable one); a char is always true.
ll::Value truthOf(OpCtx& c, ll::Value v, const Annotation* a) {
  if (a->is(AnnKind::Char)) return boolConstant(c, true);
  if (a->canBeNone()) return c.callHelper(HelperId::str_is_true, {v}, boolType(c));
  return c.emit(ll::Op::int_is_true, {lengthOf(c, v)}, boolType(c));
}

bool truth(OpCtx& c) {
  if (!isStrRepr(c.ann(0))) return false;
  if (resultIfConstant(c)) return true;
  ll::Value t = truthOf(c, c.arg(0), c.ann(0));
  c.result(c.op.opcode == OpCode::not_ ? c.emit(ll::Op::bool_not, {t}, boolType(c)) : t);
  return true;
}

// -- Items and slices ------------------------------------------------------------------------------------

bool getItem(OpCtx& c) {
  const Annotation* s = c.ann(0);
  if (!isStrRepr(s) || !c.ann(1)->isIntLike()) return false;
  std::optional<int64_t> i = knownInt(c.ann(1));
  std::optional<std::string_view> text = knownText(s);
  // A constant index into a constant str folds (except where a can-raise block needs its raising op).
  bool bytes = s->is(AnnKind::Bytes);
  std::vector<int64_t> points; // the constant's items: code points (bytes: bytes)
  if (text)
    for (const char *p = text->data(), *end = p + text->size(); p < end;) {
      const char* start = p;
      char32_t ch = bytes ? char32_t(uint8_t(*p++)) : unicode::decodeUtf8(p, end, /*allowSurrogates=*/true);
      if (ch == unicode::kInvalid || p == start) ch = uint8_t(*start), p = start + 1;
      points.push_back(int64_t(ch));
    }
  int64_t n = int64_t(points.size());
  if (i && text && *i >= -n && *i < n && !c.endsRaisingBlock()) {
    ll::ConstValue v;
    v.i = points[size_t(*i < 0 ? *i + n : *i)];
    c.result(c.gc.constant(c.rt.lowType(c.resultAnn()), v));
    return true;
  }
  if (s->is(AnnKind::Char) && i && (*i == 0 || *i == -1) && !c.endsRaisingBlock()) {
    c.result(c.arg(0));
    return true;
  }
  if (c.endsRaisingBlock()) { // the IndexError is caught here: the helper that raises it comes last
    c.result(bytes ? c.callHelper(HelperId::bytes_getitem, {c.arg(0), intArg(c, 1)}, signedType(c))
                   : c.callHelper(HelperId::str_getitem, {strArg(c, 0), intArg(c, 1)}, c.rt.types().uniCharType()));
    return true;
  }
  ll::Value str = strArg(c, 0);
  ll::Value length = lengthOf(c, str);
  HelperId check = c.ann(1)->nonNeg() ? HelperId::check_index : HelperId::check_index_wrap;
  ll::Value kind = c.constInt(int64_t(bytes ? seq::IndexKind::Bytes : seq::IndexKind::Str));
  ll::Value index = c.callHelper(check, {intArg(c, 1), length, kind}, signedType(c));
  if (!bytes) {
    c.result(c.callHelper(HelperId::str_char_at, {str, index}, c.rt.types().uniCharType()));
    return true;
  }
  ll::Value ch = c.emit(ll::Op::getarrayitem, {charsOf(c, str), index}, c.rt.types().charType());
  c.result(c.emit(ll::Op::cast_char_to_int, {ch}, signedType(c)));
  return true;
}

// x[start:stop:step]: a plain slice is str_slice with the bounds Python's defaults make (0 and
// the length); a stepped one str_slice_step, where kNoBound stands for an absent bound (whose
// meaning depends on the step's sign, known only at run time).
bool slice(OpCtx& c) {
  if (!isStrRepr(c.ann(0))) return false;
  bool hasStart = !c.ann(1)->is(AnnKind::None), hasStop = !c.ann(2)->is(AnnKind::None);
  ll::Value s = strArg(c, 0);
  if (c.ann(3)->is(AnnKind::None)) {
    if (!hasStart && !hasStop) { // s[:] is s: strs are immutable
      c.result(s);
      return true;
    }
    ll::Value start = hasStart ? intArg(c, 1) : c.constInt(0);
    ll::Value stop = hasStop ? intArg(c, 2) : lengthOf(c, s);
    c.result(c.callHelper(HelperId::str_slice, {s, start, stop}, c.rt.strPtr()));
    return true;
  }
  ll::Value start = hasStart ? intArg(c, 1) : c.constInt(kNoBound);
  ll::Value stop = hasStop ? intArg(c, 2) : c.constInt(kNoBound);
  c.result(c.callHelper(HelperId::str_slice_step, {s, start, stop, intArg(c, 3)}, c.rt.strPtr()));
  return true;
}

// `item in container`; the flow op's operands are (container, item).
bool contains(OpCtx& c) {
  const Annotation *container = c.ann(0), *item = c.ann(1);
  if (!isStrRepr(container)) return false;
  if (container->is(AnnKind::Char) && item->is(AnnKind::Char)) {
    c.result(c.emit(ll::Op::unichar_eq, {c.arg(0), c.arg(1)}, boolType(c)));
    return true;
  }
  if (container->is(AnnKind::Bytes) && item->isIntLike()) {
    c.result(c.callHelper(HelperId::bytes_contains_int, {c.arg(0), intArg(c, 1)}, boolType(c)));
    return true;
  }
  if (!isStrRepr(item)) return false;
  c.result(c.callHelper(HelperId::str_contains, {strArg(c, 0), strArg(c, 1)}, boolType(c)));
  return true;
}

// -- Built-in functions ------------------------------------------------------------------------------------

// min(a, b, ...) and max() of strs, chars or bytes: the first argument, replaced by each later
// one that is strictly smaller (larger), as CPython keeps the first of equal values; chars
// compare with unichar_lt, strs and bytes by str_cmp. min(s) of one str is its smallest char
// (str_min; of bytes, its smallest byte as an int).
bool minMax(OpCtx& c, const std::vector<size_t>& args, bool isMin) {
  if (resultIfConstant(c)) return true;
  const Annotation* r = c.resultAnn();
  if (args.size() == 1) {
    const ll::Type* item = c.rt.lowType(r);
    if (!item) return false;
    c.result(c.callHelper(isMin ? HelperId::str_min : HelperId::str_max, {strArg(c, args[0])}, item));
    return true;
  }
  if (!isStrRepr(r)) return false;
  bool chars = r->is(AnnKind::Char);
  const ll::Type* type = c.rt.lowType(r);
  ll::Value best = c.arg(args[0], r);
  for (size_t k = 1; k < args.size(); ++k) {
    ll::Value v = c.arg(args[k], r);
    ll::Value better;
    if (chars) {
      better = c.emit(isMin ? ll::Op::unichar_lt : ll::Op::unichar_gt, {v, best}, boolType(c));
    } else {
      ll::Value order = c.callHelper(HelperId::str_cmp, {v, best}, signedType(c));
      better = c.emit(isMin ? ll::Op::int_lt : ll::Op::int_gt, {order, c.constInt(0)}, boolType(c));
    }
    best = c.emit(ll::Op::select, {better, v, best}, type);
  }
  c.result(best);
  return true;
}

bool callBuiltin(OpCtx& c, BuiltinId id) {
  CallOperands operands = callOperands(c);
  if (!operands.ok || !operands.keywords.empty() || operands.positional.empty()) return false;
  size_t x = operands.positional[0];
  if (!isStrRepr(c.ann(x))) return false;
  size_t n = operands.positional.size();
  switch (id) {
  case BuiltinId::len:
    if (resultIfConstant(c)) return true;
    c.result(lengthOf(c, c.arg(x)));
    return true;
  case BuiltinId::bool_:
    if (resultIfConstant(c)) return true;
    c.result(truthOf(c, c.arg(x), c.ann(x)));
    return true;
  case BuiltinId::ord:
    if (c.ann(x)->is(AnnKind::Char)) {
      c.result(c.emit(ll::Op::cast_unichar_to_int, {c.arg(x)}, signedType(c)));
      return true;
    }
    c.result(c.callHelper(HelperId::str_ord, {strArg(c, x)}, signedType(c)));
    return true;
  case BuiltinId::hash:
  case BuiltinId::om_compute_hash:
    c.result(c.callHelper(HelperId::str_hash, {strArg(c, x)}, signedType(c)));
    return true;
  case BuiltinId::int_: {
    ll::Value base = n == 2 ? intArg(c, operands.positional[1]) : c.constInt(10);
    c.result(c.callHelper(HelperId::str_to_int, {strArg(c, x), base}, signedType(c)));
    return true;
  }
  case BuiltinId::float_:
    c.result(c.callHelper(HelperId::str_to_float, {strArg(c, x)}, c.rt.types().floatType()));
    return true;
  case BuiltinId::min:
  case BuiltinId::max: return minMax(c, operands.positional, id == BuiltinId::min);
  default: return false;
  }
}

// chr(i): a constant code point is a UniChar constant; the rest is checked at run time.
bool callChr(OpCtx& c) {
  if (c.op.opcode != OpCode::simple_call || c.count() != 2 || !c.ann(1)->isIntLike()) return false;
  if (std::optional<int64_t> i = knownInt(c.ann(1)); i && *i >= 0 && *i < 0x110000) {
    ll::ConstValue v;
    v.i = *i;
    c.result(c.gc.constant(c.rt.types().uniCharType(), v));
    return true;
  }
  c.result(c.callHelper(HelperId::str_chr, {intArg(c, 1)}, c.rt.types().uniCharType()));
  return true;
}

// -- Methods -----------------------------------------------------------------------------------------------

// A method's arguments bound to its parameters: operand indices, or none for absent ones.
struct MethodArgs {
  OpCtx& c;
  std::vector<std::optional<size_t>> at;
  bool given(size_t k) const { return at[k] && !c.ann(*at[k])->is(AnnKind::None); }
  ll::Value str(size_t k) const { return strArg(c, *at[k]); }
  // A str that may be absent or None: a null str then.
  ll::Value strOrNull(size_t k) const { return given(k) ? str(k) : nullStr(c); }
  ll::Value integer(size_t k, int64_t absent) const { return given(k) ? intArg(c, *at[k]) : c.constInt(absent); }
};

// startswith/endswith: a tuple of affixes tests each (the helpers are pure, so all of them).
bool affix(OpCtx& c, const MethodArgs& m, ll::Value self, HelperId id) {
  ll::Value start = m.integer(1, 0), end = m.integer(2, kToTheEnd);
  const Annotation* a = c.ann(*m.at[0]);
  if (!a->is(AnnKind::Tuple)) {
    c.result(c.callHelper(id, {self, m.str(0), start, end}, boolType(c)));
    return true;
  }
  auto items = tupleItems(c, c.arg(*m.at[0]), a);
  if (!items) return false;
  ll::Value any = boolConstant(c, false);
  for (size_t k = 0; k < items->size(); ++k) {
    auto [v, itemAnn] = (*items)[k];
    ll::Value one = c.callHelper(id, {self, asStr(c, v, itemAnn), start, end}, boolType(c));
    any = k == 0 ? one : c.emit(ll::Op::bool_or, {any, one}, boolType(c));
  }
  c.result(any);
  return true;
}

// s.encode() and b.decode() with UTF-8 (the only encoding the annotator accepts): the same
// representation.
bool isUtf8(OpCtx& c, const MethodArgs& m) { return !m.given(0) || isUtf8Name(c.ann(*m.at[0])); }

// b.decode(encoding, errors): bytes_decode checks that b is UTF-8 (UnicodeDecodeError); an error
// handler other than 'strict' is bytes_decode_errors, which replaces or drops what is not.
bool decode(OpCtx& c, ll::Value self, const MethodArgs& m) {
  if (!isUtf8(c, m)) return false;
  std::optional<std::string_view> errors = m.given(1) ? knownText(c.ann(*m.at[1])) : std::optional<std::string_view>("strict");
  if (errors && *errors == "strict") {
    c.result(c.callHelper(HelperId::bytes_decode, {self}, c.rt.strPtr()));
    return true;
  }
  if (!c.ann(*m.at[1])->isStrLike()) return false;
  c.result(c.callHelper(HelperId::bytes_decode_errors, {self, m.str(1)}, c.rt.strPtr()));
  return true;
}

// sep.join(x): a list, or a str's chars, is str_join's; a tuple's items are pieces (sep between
// them) of one str_build; a dict's keys are str_join's too, and an iterator's str_join_iter's.
bool join(OpCtx& c, ll::Value sep, size_t operand) {
  const Annotation* x = c.ann(operand);
  const Annotation* sepAnn = c.ann(0)->self();
  if (x->is(AnnKind::Tuple)) {
    std::optional<std::vector<Item>> items = tupleItems(c, c.arg(operand), x);
    if (!items) return false;
    std::optional<std::string_view> sepText = knownText(sepAnn);
    Pieces out;
    for (size_t k = 0; k < items->size(); ++k) {
      if (k) out.add(sepText ? knownPiece(std::string(*sepText)) : valuePiece(sep));
      auto [v, a] = (*items)[k];
      std::optional<std::string_view> t = knownText(a);
      out.add(t ? knownPiece(std::string(*t)) : valuePiece(asStr(c, v, a)));
    }
    c.result(out.build(c));
    return true;
  }
  if (!c.rt.lowType(x)) return false;
  if (x->is(AnnKind::Iterator) || x->is(AnnKind::File)) {
    c.result(c.callHelper(HelperId::str_join_iter, {sep, c.arg(operand)}, c.rt.strPtr()));
    return true;
  }
  if (!x->is(AnnKind::List) && !isStrRepr(x) && !x->is(AnnKind::Dict)) return false;
  c.result(c.callHelper(HelperId::str_join, {sep, isStrRepr(x) ? strArg(c, operand) : c.arg(operand)}, c.rt.strPtr()));
  return true;
}

struct MethodRow {
  BuiltinId id;
  std::vector<std::string_view> params;
};

const MethodRow kMethods[] = {
    {BuiltinId::str_join, {"iterable"}},
    {BuiltinId::bytes_join, {"iterable"}},
    {BuiltinId::str_split, {"sep", "maxsplit"}},
    {BuiltinId::str_strip, {"chars"}},
    {BuiltinId::str_lstrip, {"chars"}},
    {BuiltinId::str_rstrip, {"chars"}},
    {BuiltinId::str_startswith, {"prefix", "start", "end"}},
    {BuiltinId::str_endswith, {"suffix", "start", "end"}},
    {BuiltinId::str_find, {"sub", "start", "end"}},
    {BuiltinId::str_rfind, {"sub", "start", "end"}},
    {BuiltinId::str_count, {"sub", "start", "end"}},
    {BuiltinId::str_replace, {"old", "new", "count"}},
    {BuiltinId::str_upper, {}},
    {BuiltinId::str_lower, {}},
    {BuiltinId::str_isdigit, {}},
    {BuiltinId::str_isalpha, {}},
    {BuiltinId::str_isalnum, {}},
    {BuiltinId::str_isspace, {}},
    {BuiltinId::str_encode, {"encoding", "errors"}},
    {BuiltinId::bytes_decode, {"encoding", "errors"}},
};

// Methods whose only operand is the str: one helper each.
HelperId unaryHelper(BuiltinId id) {
  switch (id) {
  case BuiltinId::str_upper: return HelperId::str_upper;
  case BuiltinId::str_lower: return HelperId::str_lower;
  case BuiltinId::str_isdigit: return HelperId::str_isdigit;
  case BuiltinId::str_isalpha: return HelperId::str_isalpha;
  case BuiltinId::str_isalnum: return HelperId::str_isalnum;
  default: return HelperId::str_isspace;
  }
}

bool callMethod(OpCtx& c) {
  const Annotation* method = c.ann(0);
  if (method->builtin == BuiltinId::str_format) return rtypeStrFormat(c);
  const MethodRow* row = nullptr;
  for (const MethodRow& r : kMethods)
    if (r.id == method->builtin) row = &r;
  MethodArgs m{c, {}};
  if (!row || !callOperands(c).bind(row->params, m.at)) return false;
  ll::Value self = asStr(c, c.arg(0), method->self());
  const ll::Type* strPtr = c.rt.strPtr();
  switch (row->id) {
  case BuiltinId::str_join:
  case BuiltinId::bytes_join: return join(c, self, *m.at[0]);
  case BuiltinId::str_split: {
    const ll::Type* list = c.rt.lowType(c.resultAnn());
    if (!list) return false;
    c.result(c.callHelper(HelperId::str_split, {self, m.strOrNull(0), m.integer(1, -1)}, list));
    return true;
  }
  case BuiltinId::str_strip:
  case BuiltinId::str_lstrip:
  case BuiltinId::str_rstrip: {
    int64_t mode = row->id == BuiltinId::str_strip ? 0 : row->id == BuiltinId::str_lstrip ? 1 : 2;
    c.result(c.callHelper(HelperId::str_strip, {self, m.strOrNull(0), c.constInt(mode)}, strPtr));
    return true;
  }
  case BuiltinId::str_startswith: return affix(c, m, self, HelperId::str_startswith);
  case BuiltinId::str_endswith: return affix(c, m, self, HelperId::str_endswith);
  case BuiltinId::str_find:
  case BuiltinId::str_rfind:
  case BuiltinId::str_count: {
    HelperId id = row->id == BuiltinId::str_find ? HelperId::str_find
                : row->id == BuiltinId::str_rfind ? HelperId::str_rfind
                                                   : HelperId::str_count;
    c.result(c.callHelper(id, {self, m.str(0), m.integer(1, 0), m.integer(2, kToTheEnd)}, signedType(c)));
    return true;
  }
  case BuiltinId::str_replace:
    c.result(c.callHelper(HelperId::str_replace, {self, m.str(0), m.str(1), m.integer(2, -1)}, strPtr));
    return true;
  case BuiltinId::str_upper:
  case BuiltinId::str_lower:
    c.result(c.callHelper(unaryHelper(row->id), {self}, strPtr));
    return true;
  case BuiltinId::str_isdigit:
  case BuiltinId::str_isalpha:
  case BuiltinId::str_isalnum:
  case BuiltinId::str_isspace:
    c.result(c.callHelper(unaryHelper(row->id), {self}, boolType(c)));
    return true;
  case BuiltinId::str_encode: // UTF-8 text is its own encoding, and a str always encodes
    if (!isUtf8(c, m)) return false;
    c.result(c.callHelper(HelperId::str_encode, {self}, c.rt.strPtr()));
    return true;
  case BuiltinId::bytes_decode: return decode(c, self, m);
  default: return false;
  }
}

// bytes(), bytes(n), bytes(b), bytes(s, "utf-8"), bytes(x) of ints: a list (bytes_from_list), a
// tuple (its items copied into an array first), a dict (its keys), an iterator (bytes_from_iter).
bool callBytes(OpCtx& c) {
  CallOperands operands = callOperands(c);
  if (!operands.ok || !operands.keywords.empty()) return false;
  if (resultIfConstant(c)) return true; // bytes()
  if (operands.positional.empty()) return false;
  size_t x = operands.positional[0];
  const Annotation* a = c.ann(x);
  const ll::Type* strPtr = c.rt.strPtr();
  if (operands.positional.size() == 2) { // bytes(s, encoding): s.encode(encoding)
    if (!a->isStrLike() || !isUtf8Name(c.ann(operands.positional[1]))) return false;
    c.result(c.callHelper(HelperId::str_encode, {strArg(c, x)}, strPtr));
    return true;
  }
  if (a->is(AnnKind::Bytes)) {
    c.result(c.arg(x));
  } else if (a->isIntLike()) {
    c.result(c.callHelper(HelperId::bytes_zeros, {intArg(c, x)}, strPtr));
  } else if (a->is(AnnKind::Tuple)) {
    ll::Value items = seq::tupleToArray(c, c.op.args[x], a, c.rt.annotator().lattice().integer());
    if (items.isNull()) return false;
    c.result(c.callHelper(HelperId::bytes_from_list, {items}, strPtr));
  } else if ((a->is(AnnKind::List) || a->is(AnnKind::Dict)) && c.rt.lowType(a)) {
    c.result(c.callHelper(HelperId::bytes_from_list, {c.arg(x)}, strPtr));
  } else if (a->is(AnnKind::Iterator) && c.rt.lowType(a)) {
    c.result(c.callHelper(HelperId::bytes_from_iter, {c.arg(x)}, strPtr));
  } else {
    return false;
  }
  return true;
}

bool call(OpCtx& c) {
  const Annotation* callee = c.ann(0);
  if (const Annotation* self = callee->is(AnnKind::Builtin) ? callee->self() : nullptr)
    return isStrRepr(self) && callMethod(c);
  std::optional<BuiltinId> id = callee->is(AnnKind::Builtin) ? std::optional(callee->builtin) : c.builtinCallee();
  if (!id) return false;
  switch (*id) {
  case BuiltinId::print: return rtypePrint(c);
  case BuiltinId::str_:
  case BuiltinId::repr_: return rtypeToStr(c);
  case BuiltinId::chr: return callChr(c);
  case BuiltinId::bytes_: return callBytes(c);
  default: return callBuiltin(c, *id);
  }
}

} // namespace

bool rtypeStr(OpCtx& c) {
  switch (c.op.opcode) {
  case OpCode::add:
  case OpCode::inplace_add: return c.count() == 2 && concat(c);
  case OpCode::mul:
  case OpCode::inplace_mul: return c.count() == 2 && repeat(c);
  case OpCode::mod:
  case OpCode::inplace_mod: return rtypePercent(c);
  case OpCode::lt:
  case OpCode::le:
  case OpCode::eq:
  case OpCode::ne:
  case OpCode::gt:
  case OpCode::ge: return compare(c);
  case OpCode::is_: return identity(c);
  case OpCode::bool_:
  case OpCode::not_: return truth(c);
  case OpCode::getitem: return getItem(c);
  case OpCode::getslice: return slice(c);
  case OpCode::contains: return contains(c);
  case OpCode::getattr: // a method of a str: the str itself is the method value (convert.h)
    if (c.ann(0)->is(AnnKind::StrBuilder)) return rtypeStrBuilder(c);
    if (!isStrRepr(c.ann(0)) || !c.resultAnn()->is(AnnKind::Builtin)) return false;
    c.result(c.arg(0));
    return true;
  case OpCode::str:
  case OpCode::repr:
  case OpCode::ascii: return rtypeToStr(c);
  case OpCode::format: return rtypeFormatField(c);
  case OpCode::buildstr: return rtypeBuildStr(c);
  case OpCode::simple_call:
  case OpCode::call_args: return rtypeStrBuilder(c) || call(c);
  default: return false;
  }
}

} // namespace kiln::rt

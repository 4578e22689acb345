// Strings made from other values: str(x), repr(x) and ascii(x), print(), f-strings (the flow ops
// `format` and `buildstr`), '%' formatting of strs and bytes, and str.format().
//
// Everything here assembles a str from pieces (rtype_str.h): the conversion of each value
// (rtype_str_repr.cpp), and the literal text between them. Text known at translation time --
// literals, separators, the str() of constants -- merges into one prebuilt str; the rest is one
// str_build call over all the pieces. One str_build rather than a chain of str_concat: one
// allocation and each byte copied once, where a chain of N pieces makes N-1 intermediate strs
// and copies the first piece N-1 times; it is also one operation the JIT can recognize by its
// oopspec (RPython lowers constant formats to one ll_join_strs the same way).
//
// Formats known at translation time are parsed here: f-strings already are (the flow graph's
// buildstr pieces); '%' formats are split into their conversions, of which %s, %r, %a, %d and %i
// without flags become pieces and the others one str_format (bytes_format) call each, on that
// conversion alone; str.format() formats are parsed by support/str_format.h (the annotator
// rejected the ones CPython would, and formats made at run time). A replacement field with a
// spec is format(x, spec): str_format_spec for numbers and strs, object.__format__ (the value's
// str, TypeError for a non-empty spec: object_format_check) for the rest. A '%' format made at
// run time is one str_format call over all the items.
//
// print(a, b, sep=S, end=E) is one print_str call on the line a S b E assembled this way (flush=
// is accepted and ignored for now).
#include <algorithm>

#include "annotator/bookkeeper.h"
#include "rtyper/rtype_str.h"
#include "support/str_format.h"

namespace kiln::rt::str {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using flow::OpCode;

// -- Pieces ---------------------------------------------------------------------------------------------

void Pieces::add(Piece p) {
  if (p.known && p.text.empty()) return;
  if (p.known && !pieces_.empty() && pieces_.back().known) {
    pieces_.back().text += p.text;
    return;
  }
  pieces_.push_back(std::move(p));
}

ll::Value Pieces::build(OpCtx& c) const {
  if (pieces_.empty()) return strConstant(c, "");
  if (pieces_.size() == 1) return pieces_[0].known ? strConstant(c, pieces_[0].text) : pieces_[0].value;
  std::vector<ll::Value> values;
  for (const Piece& p : pieces_) values.push_back(p.known ? strConstant(c, p.text) : p.value);
  return c.callHelper(HelperId::str_build, std::move(values), c.rt.strPtr());
}

std::optional<std::string> Pieces::knownText() const {
  if (pieces_.empty()) return std::string();
  if (pieces_.size() == 1 && pieces_[0].known) return pieces_[0].text;
  return std::nullopt;
}

namespace {

// A value as an operand of a generic formatting helper (str_format, str_format_spec): numbers,
// strs (a null one is None), None itself, and the lists, dicts and tuples whose repr the runtime
// writes; chars as strs. None for instances, whose str() is a graph.
std::optional<ll::Value> formatOperand(OpCtx& c, ll::Value v, const Annotation* a) {
  if (a->isIntLike() || a->is(AnnKind::Float) || a->is(AnnKind::None)) return v;
  if (isStrRepr(a)) return asStr(c, v, a);
  if (reprInRuntime(a) && c.rt.lowType(a)) return v;
  return std::nullopt;
}

// Whether format(x, spec) of `a` is the type's own __format__ (numbers and strs) rather than
// object.__format__.
bool formatsItself(const Annotation* a) { return a->isIntLike() || a->is(AnnKind::Float) || isStrRepr(a); }

} // namespace

// -- str(), repr(), ascii() ---------------------------------------------------------------------------------

bool rtypeToStr(OpCtx& c) {
  OpCode how = c.op.opcode; // str, repr or ascii
  size_t x = 0;
  if (c.op.opcode == OpCode::simple_call || c.op.opcode == OpCode::call_args) {
    how = (c.ann(0)->is(AnnKind::Builtin) ? std::optional(c.ann(0)->builtin) : c.builtinCallee()) == BuiltinId::repr_ ? OpCode::repr : OpCode::str;
    CallOperands operands = callOperands(c);
    if (!operands.ok || !operands.keywords.empty()) return false;
    if (operands.positional.empty()) { // str()
      c.result(strConstant(c, ""));
      return true;
    }
    if (operands.positional.size() == 2) { // str(b, encoding): b.decode(encoding)
      size_t b = operands.positional[0];
      if (!c.ann(b)->is(AnnKind::Bytes) || !isUtf8Name(c.ann(operands.positional[1]))) return false;
      c.result(c.callHelper(HelperId::bytes_decode, {c.arg(b)}, c.rt.strPtr()));
      return true;
    }
    x = operands.positional[0];
  }
  Pieces result;
  bool ok = how == OpCode::ascii ? appendAscii(c, result, c.arg(x), c.ann(x))
                                 : appendStr(c, result, c.arg(x), c.ann(x), how == OpCode::repr);
  if (!ok) return false;
  c.result(result.build(c));
  return true;
}

// -- format(x, spec) --------------------------------------------------------------------------------------

// Appends format(x, spec): x's own __format__ for numbers and strs (str_format_spec; a null str
// is None), object.__format__ for the rest: str(x) when the spec is empty, else TypeError.
bool appendFormatted(OpCtx& c, Pieces& out, ll::Value v, const Annotation* a, const Pieces& spec) {
  std::optional<std::string> known = spec.knownText();
  if (known && known->empty()) return appendStr(c, out, v, a, false);
  if (formatsItself(a)) {
    std::optional<ll::Value> x = formatOperand(c, v, a);
    if (!x) return false;
    out.value(c.callHelper(HelperId::str_format_spec, {*x, spec.build(c)}, c.rt.strPtr()));
    return true;
  }
  if (a->is(AnnKind::Instance)) {
    ann::Bookkeeper& bk = c.rt.annotator().bookkeeper();
    for (ann::ClassDef* k = a->classDef; k; k = k->base) // a __format__ of its own: not called yet
      if (k->cls && bk.ownClassAttr(k->cls, bk.intern("__format__")) && !k->cls->builtin) return false;
  }
  ll::Value name = strConstant(c, typeNameForMessages(a));
  ll::Value check = a->is(AnnKind::None) ? c.gc.constant(c.rt.strPtr(), {}) : v;
  // CPython checks the spec before str(x). Where the check must be the last operation (its
  // TypeError is caught here), str(x) comes first, which nobody can tell apart unless it runs
  // a __str__.
  Pieces converted;
  if (!known && c.endsRaisingBlock() && (a->is(AnnKind::Instance) || !appendStr(c, converted, v, a, false))) return false;
  c.callHelper(HelperId::object_format_check, {check, spec.build(c), name}, c.rt.types().voidType());
  if (known) return true; // never empty here: the check raises
  if (c.endsRaisingBlock()) {
    for (const Piece& p : converted.pieces()) out.add(p);
    return true;
  }
  return appendStr(c, out, v, a, false);
}

bool rtypeFormatField(OpCtx& c) {
  if (!c.ann(1)->isStrLike()) return false;
  Pieces spec, out;
  if (std::optional<std::string_view> t = knownText(c.ann(1))) spec.text(*t);
  else spec.value(strArg(c, 1));
  if (!appendFormatted(c, out, c.arg(0), c.ann(0), spec)) return false;
  c.result(out.build(c));
  return true;
}

bool rtypeBuildStr(OpCtx& c) {
  Pieces result;
  for (size_t i = 0; i < c.count(); ++i) {
    if (!c.ann(i)->isStrLike() || c.ann(i)->canBeNone()) return false;
    std::optional<std::string_view> t = knownText(c.ann(i));
    result.add(t ? knownPiece(std::string(*t)) : valuePiece(strArg(c, i)));
  }
  c.result(result.build(c));
  return true;
}

// -- '%' formatting ----------------------------------------------------------------------------------------

namespace {

// One conversion of a '%' format: its text (`%-5.2f`, `%(name)s`), the mapping key, and how
// many items it takes (1, plus one per `*`; 0 for `%%`).
struct Conversion {
  std::string text;
  std::optional<std::string> key;
  char type = 0;
  bool plain = true; // no flags, width or precision
  size_t items = 1;
};

// A '%' format split as CPython's PyUnicode_Format reads it: literals[k] comes before
// conversions[k], and the last literal after the last conversion. None for a format CPython
// rejects (it raises ValueError: the general helper does, at run time).
struct PercentFormat {
  std::vector<std::string> literals;
  std::vector<Conversion> conversions;
};

std::optional<PercentFormat> parsePercent(std::string_view fmt) {
  PercentFormat out;
  out.literals.emplace_back();
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out.literals.back() += fmt[i];
      continue;
    }
    Conversion conv;
    size_t start = i++;
    if (i < fmt.size() && fmt[i] == '(') { // %(key)s: parentheses nest
      int depth = 1;
      size_t keyStart = ++i;
      for (; i < fmt.size() && depth; ++i) depth += fmt[i] == '(' ? 1 : fmt[i] == ')' ? -1 : 0;
      if (depth) return std::nullopt;
      conv.key = std::string(fmt.substr(keyStart, i - 1 - keyStart));
    }
    auto skip = [&](std::string_view chars) {
      while (i < fmt.size() && chars.find(fmt[i]) != std::string_view::npos) {
        conv.plain = false;
        conv.items += fmt[i] == '*';
        ++i;
      }
    };
    skip("-+ #0");
    skip("*0123456789");
    if (i < fmt.size() && fmt[i] == '.') {
      conv.plain = false;
      ++i;
      skip("*0123456789");
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i; // ignored, as in CPython
    if (i == fmt.size()) return std::nullopt;
    conv.type = fmt[i];
    conv.text = std::string(fmt.substr(start, i + 1 - start));
    if (conv.type == '%' && conv.text == "%%") {
      out.literals.back() += '%';
      continue;
    }
    if (conv.type == '%') conv.items = 0;
    out.conversions.push_back(std::move(conv));
    out.literals.emplace_back();
  }
  return out;
}

// The items a '%' takes: a tuple's, or the one value (a dict is one for %s, besides being the
// mapping of %(key)s conversions).
std::optional<std::vector<Item>> percentItems(OpCtx& c) {
  if (c.ann(1)->is(AnnKind::Tuple)) return tupleItems(c, c.arg(1), c.ann(1));
  return std::vector<Item>{{c.arg(1), c.ann(1)}};
}

// The value of d[key] for a %(key)s conversion: dict_getitem (KeyError), a str key.
std::optional<Item> mappingItem(OpCtx& c, const std::string& key) {
  const Annotation* d = c.ann(1);
  if (!d->is(AnnKind::Dict)) return std::nullopt;
  const ann::DictDef* def = d->dict->find();
  const ll::Type* value = c.rt.lowType(def->value.ann);
  if (!def->key.ann->isStrLike() || !value) return std::nullopt;
  ll::Value k;
  if (def->key.ann->is(AnnKind::Char)) { // a dict of one-character keys
    if (codePoints(key) != 1) return std::nullopt; // never there: the general helper raises KeyError
    ll::ConstValue ch;
    ch.i = firstCodePoint(key);
    k = c.gc.constant(c.rt.types().uniCharType(), ch);
  } else {
    k = strConstant(c, key);
  }
  return Item{c.callHelper(HelperId::dict_getitem, {c.arg(1), k}, value), def->value.ann};
}

// A conversion that is a piece of its own: %s, %r, %a of anything with a str(), %d and %i of
// ints (a %d of a float truncates: str_format does it), %s and %b of bytes in a bytes format.
bool appendConversion(OpCtx& c, Pieces& out, const Conversion& conv, std::vector<Item>& items, bool bytes) {
  auto [v, a] = items[0];
  char t = conv.type;
  if (conv.plain && (t == 'd' || t == 'i') && a->isIntLike()) {
    out.add(intToStr(c, v, a));
    return true;
  }
  if (bytes && conv.plain && (t == 's' || t == 'b') && a->is(AnnKind::Bytes)) {
    out.add(knownText(a) ? knownPiece(std::string(*knownText(a))) : valuePiece(v));
    return true;
  }
  if (conv.plain && (t == 'a' || (bytes && t == 'r'))) return appendAscii(c, out, v, a);
  if (conv.plain && !bytes && (t == 's' || t == 'r')) return appendStr(c, out, v, a, t == 'r');
  std::vector<ll::Value> operands{strConstant(c, conv.key ? "%" + conv.text.substr(conv.text.find(')') + 1) : conv.text)};
  for (const auto& [value, ann] : items) {
    std::optional<ll::Value> operand = formatOperand(c, value, ann);
    if (!operand) return false;
    operands.push_back(*operand);
  }
  out.value(c.callHelper(bytes ? HelperId::bytes_format : HelperId::str_format, std::move(operands), c.rt.strPtr()));
  return true;
}

// A format known at translation time, conversion by conversion. None when the items do not
// match the conversions as surely right (CPython raises TypeError, or, for a lone list or dict,
// ignores items left over: the general helper does what it does, at run time).
std::optional<Pieces> percentPieces(OpCtx& c, const PercentFormat& fmt, const std::vector<Item>& items, bool bytes) {
  Pieces out;
  size_t next = 0;
  bool dict = c.ann(1)->is(AnnKind::Dict); // the mapping of %(key)s, and an item for the others
  for (size_t k = 0; k < fmt.conversions.size(); ++k) {
    out.text(fmt.literals[k]);
    const Conversion& conv = fmt.conversions[k];
    std::vector<Item> taken;
    if (conv.key) {
      std::optional<Item> item = dict && conv.items == 1 ? mappingItem(c, *conv.key) : std::nullopt;
      if (!item) return std::nullopt;
      taken.push_back(*item);
    } else {
      if (next + conv.items > items.size() || conv.items == 0) return std::nullopt;
      taken.assign(items.begin() + long(next), items.begin() + long(next + conv.items));
      next += conv.items;
    }
    if (!appendConversion(c, out, conv, taken, bytes)) return std::nullopt;
  }
  if (next != items.size() && !dict) return std::nullopt;
  out.text(fmt.literals.back());
  return out;
}

} // namespace

bool rtypePercent(OpCtx& c) {
  bool bytes = c.ann(0)->is(AnnKind::Bytes);
  if (c.count() != 2 || (!c.ann(0)->isStrLike() && !bytes)) return false;
  std::optional<std::vector<Item>> items = percentItems(c);
  if (!items) return false;
  std::optional<std::string_view> text = knownText(c.ann(0));
  std::optional<PercentFormat> fmt = text ? parsePercent(*text) : std::nullopt;
  if (fmt) {
    if (std::optional<Pieces> pieces = percentPieces(c, *fmt, *items, bytes)) {
      c.result(pieces->build(c));
      return true;
    }
  }
  std::vector<ll::Value> operands{strArg(c, 0)};
  for (const auto& [v, a] : *items) {
    std::optional<ll::Value> operand = formatOperand(c, v, a);
    if (!operand) return false;
    operands.push_back(*operand);
  }
  c.result(c.callHelper(bytes ? HelperId::bytes_format : HelperId::str_format, std::move(operands), c.rt.strPtr()));
  return true;
}

// -- str.format() -------------------------------------------------------------------------------------------

namespace {

bool appendField(OpCtx& c, Pieces& out, const pyfmt::BraceField& f, const CallOperands& operands);

bool appendParts(OpCtx& c, Pieces& out, const std::vector<pyfmt::BracePart>& parts, const CallOperands& operands) {
  for (const pyfmt::BracePart& part : parts) {
    if (!part.isField) out.text(part.text);
    else if (!appendField(c, out, part.field, operands)) return false;
  }
  return true;
}

// The operand a field names; none when the call does not give it (the annotator reported it).
std::optional<size_t> fieldOperand(const pyfmt::BraceField& f, const CallOperands& operands) {
  if (f.index) return *f.index < operands.positional.size() ? std::optional(operands.positional[*f.index]) : std::nullopt;
  for (const auto& [name, operand] : operands.keywords)
    if (name == f.keyword) return operand;
  return std::nullopt;
}

// A field: its value (converted by !r, !s or !a first), formatted by its spec, whose nested
// fields are formatted first.
bool appendField(OpCtx& c, Pieces& out, const pyfmt::BraceField& f, const CallOperands& operands) {
  std::optional<size_t> operand = fieldOperand(f, operands);
  if (!operand || !f.access.empty()) return false;
  ll::Value v = c.arg(*operand);
  const Annotation* a = c.ann(*operand);
  if (f.conversion) {
    Pieces converted;
    bool ok = f.conversion == 'a' ? appendAscii(c, converted, v, a) : appendStr(c, converted, v, a, f.conversion == 'r');
    if (!ok) return false;
    if (f.spec.empty()) {
      for (const Piece& p : converted.pieces()) out.add(p);
      return true;
    }
    v = converted.build(c);
    a = c.rt.annotator().lattice().str();
  }
  Pieces spec;
  return appendParts(c, spec, f.spec, operands) && appendFormatted(c, out, v, a, spec);
}

} // namespace

bool rtypeStrFormat(OpCtx& c) {
  std::optional<std::string_view> text = knownText(c.ann(0)->self());
  CallOperands operands = callOperands(c);
  if (!text || !operands.ok) return false;
  pyfmt::BraceFormat fmt = pyfmt::parseBraceFormat(*text);
  Pieces out;
  if (!fmt.error.empty() || !appendParts(c, out, fmt.parts, operands)) return false;
  c.result(out.build(c));
  return true;
}

// -- print() ----------------------------------------------------------------------------------------------

bool rtypePrint(OpCtx& c) {
  CallOperands operands = callOperands(c);
  if (!operands.ok) return false;
  std::optional<size_t> sep, end;
  for (const auto& [name, operand] : operands.keywords) {
    if (name == "sep") sep = operand;
    else if (name == "end") end = operand;
    else if (name != "flush") return false;
  }
  // sep= and end=: absent or None gives the default (a str that may be None: a select).
  auto separator = [&](std::optional<size_t> operand, std::string_view otherwise) -> std::optional<Piece> {
    if (!operand || c.ann(*operand)->is(AnnKind::None)) return knownPiece(std::string(otherwise));
    const Annotation* a = c.ann(*operand);
    if (std::optional<std::string_view> t = knownText(a)) return knownPiece(std::string(*t));
    if (!a->isStrLike()) return std::nullopt;
    ll::Value s = strArg(c, *operand);
    if (!a->canBeNone()) return valuePiece(s);
    ll::Value given = c.emit(ll::Op::ptr_nonzero, {s}, c.rt.types().boolType());
    return valuePiece(c.emit(ll::Op::select, {given, s, strConstant(c, otherwise)}, c.rt.strPtr()));
  };
  std::optional<Piece> sepPiece = separator(sep, " "), endPiece = separator(end, "\n");
  if (!sepPiece || !endPiece) return false;
  Pieces line;
  for (size_t k = 0; k < operands.positional.size(); ++k) {
    if (k) line.add(*sepPiece);
    size_t operand = operands.positional[k];
    if (!appendStr(c, line, c.arg(operand), c.ann(operand), false)) return false;
  }
  line.add(*endPiece);
  c.callHelper(HelperId::print_str, {line.build(c)}, c.rt.types().voidType());
  c.result(c.gc.constant(c.rt.types().voidType(), {}));
  return true;
}

} // namespace kiln::rt::str

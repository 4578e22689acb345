// Strings made from other values: str(x) and repr(x), print(), f-strings (the flow ops `format`
// and `buildstr`), '%' formatting and str.format().
//
// Everything here assembles a str from pieces (rtype_str.h): the conversion of each value, and
// the literal text between them. Text known at translation time -- literals, separators, the
// str() of constants (with support/pyrepr.h's CPython-identical repr) -- merges into one
// prebuilt str; the rest is one str_build call over all the pieces. One str_build rather than a
// chain of str_concat: one allocation and each byte copied once, where a chain of N pieces makes
// N-1 intermediate strs and copies the first piece N-1 times; it is also one operation the JIT
// can recognize by its oopspec (RPython lowers constant formats to one ll_join_strs the same way).
//
// Formats known at translation time are parsed here: f-strings already are (the flow graph's
// buildstr pieces), '%' formats whose conversions are all %s, %r, %d or %i become pieces, and so
// do str.format() formats with auto or numbered fields. A format spec (`{x:.2f}`) is a
// str_format_spec call on the value; other '%' formats one str_format call over the values.
//
// print(a, b, sep=S, end=E) is one print_str call on the line a S b E assembled this way (flush=
// is accepted and ignored for now).
#include <algorithm>

#include "rtyper/rtype_str.h"
#include "support/pyrepr.h"

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

namespace {

Piece known(std::string text) { return {true, std::move(text), {}}; }
Piece value(ll::Value v) { return {false, {}, v}; }

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The __str__ (or, without one, __repr__) graph of the instance's class that the annotator
// recorded for this operation; none when a subclass may override it (a call through the vtable,
// which the instance family does not make yet).
ann::GraphInfo* strMethodOf(OpCtx& c, const Annotation* a, bool repr) {
  const std::vector<ann::GraphInfo*>* targets = c.rt.annotator().callTargetsOf(&c.op);
  if (!targets) return nullptr;
  for (std::string_view name : repr ? std::vector<std::string_view>{"__repr__"}
                                    : std::vector<std::string_view>{"__str__", "__repr__"}) {
    ann::GraphInfo* best = nullptr;
    ann::ClassDef* bestClass = nullptr;
    for (ann::GraphInfo* g : *targets) {
      const std::vector<flow::Variable*>& params = g->graph->startBlock()->inputs;
      if (!endsWith(g->name(), "." + std::string(name)) || params.size() != 1) continue;
      const Annotation* self = c.rt.annotator().binding(params[0]);
      if (!self || !self->is(AnnKind::Instance)) continue;
      if (self->classDef != a->classDef && self->classDef->isSubclassOf(a->classDef)) return nullptr;
      if (!a->classDef->isSubclassOf(self->classDef)) continue;
      if (!bestClass || self->classDef->isSubclassOf(bestClass)) best = g, bestClass = self->classDef;
    }
    if (best) return best;
  }
  return nullptr;
}

std::optional<Piece> instanceToStr(OpCtx& c, ll::Value v, const Annotation* a, bool repr) {
  ann::GraphInfo* method = strMethodOf(c, a, repr);
  ll::Graph* g = method ? c.rt.graphOf(method) : nullptr;
  if (!g) return std::nullopt;
  ann::Annotator& an = c.rt.annotator();
  ll::ConstValue fn;
  fn.graph = g;
  ll::Value self = c.gc.convert(v, a, an.binding(method->graph->startBlock()->inputs[0]));
  ll::Value s = c.emit(ll::Op::direct_call, {c.gc.constant(c.rt.types().ptr(g->funcType()), fn), self},
                       g->funcType()->result);
  // __str__ may return a char (`return "x"`): the str the caller wants.
  const Annotation* returned = an.binding(method->graph->returnBlock()->inputs[0]);
  return value(returned ? c.gc.convert(s, returned, an.lattice().str()) : s);
}

// str() of an int (a bool as 0 or 1, as '%d' wants it).
Piece intToStr(OpCtx& c, ll::Value v, const Annotation* a) {
  if (a->hasConst()) {
    const load::Value& k = a->constant;
    int64_t i = k.kind == load::Value::Kind::Bool ? int64_t(k.boolValue) : k.intValue;
    return known(a->isUnsigned() ? std::to_string(uint64_t(i)) : std::to_string(i));
  }
  if (a->isUnsigned()) return value(c.callHelper(HelperId::str_from_uint, {v}, c.rt.strPtr()));
  v = c.gc.convert(v, a, c.rt.annotator().lattice().integer());
  return value(c.callHelper(HelperId::str_from_int, {v}, c.rt.strPtr()));
}

// A value as an operand of a generic formatting helper (str_format, str_format_spec): numbers and
// non-null strs as they are, chars as strs; none for the others.
std::optional<ll::Value> formatOperand(OpCtx& c, ll::Value v, const Annotation* a) {
  if (a->isIntLike() || a->is(AnnKind::Float)) return v;
  if (isStrRepr(a) && !a->canBeNone()) return asStr(c, v, a);
  return std::nullopt;
}

// Whether the runtime can write repr() of values annotated `a` itself (list_repr's items): not
// instances, whose __repr__ is a graph.
bool reprInRuntime(const Annotation* a) {
  switch (a->kind) {
  case AnnKind::None:
  case AnnKind::Bool:
  case AnnKind::Int:
  case AnnKind::Float:
  case AnnKind::Char:
  case AnnKind::Str:
  case AnnKind::Bytes: return true;
  case AnnKind::Tuple: return std::all_of(a->items.begin(), a->items.end(), reprInRuntime);
  case AnnKind::List: return reprInRuntime(a->list->find()->item.ann);
  default: return false;
  }
}

} // namespace

bool appendStr(OpCtx& c, Pieces& out, ll::Value v, const Annotation* a, bool repr) {
  const ll::Type* strPtr = c.rt.strPtr();
  switch (a->kind) {
  case AnnKind::None: out.text("None"); return true;
  case AnnKind::Bool:
    if (a->hasConst()) out.text(a->constant.boolValue ? "True" : "False");
    else out.value(c.emit(ll::Op::select, {v, strConstant(c, "True"), strConstant(c, "False")}, strPtr));
    return true;
  case AnnKind::Int: out.add(intToStr(c, v, a)); return true;
  case AnnKind::Float:
    if (a->hasConst() && a->constant.kind == load::Value::Kind::Float) out.text(pyrepr::reprFloat(a->constant.floatValue));
    else out.value(c.callHelper(HelperId::str_from_float, {v}, strPtr));
    return true;
  case AnnKind::Char:
  case AnnKind::Str:
    if (std::optional<std::string_view> t = knownText(a)) out.text(repr ? pyrepr::reprStr(*t) : std::string(*t));
    else if (repr) out.value(c.callHelper(HelperId::str_repr, {asStr(c, v, a)}, strPtr));
    else if (a->canBeNone()) // str(None) is 'None'
      out.value(c.emit(ll::Op::select, {c.emit(ll::Op::ptr_nonzero, {v}, c.rt.types().boolType()), v, strConstant(c, "None")}, strPtr));
    else out.value(asStr(c, v, a));
    return true;
  case AnnKind::Bytes: // str(b) is repr(b)
    if (std::optional<std::string_view> t = knownText(a)) out.text(pyrepr::reprBytes(*t));
    else out.value(c.callHelper(HelperId::bytes_repr, {v}, strPtr));
    return true;
  case AnnKind::Tuple: { // (a, b) and (a,): the items' reprs, in the same pieces
    std::optional<std::vector<Item>> items = tupleItems(c, v, a);
    if (!items) return false;
    out.text("(");
    for (size_t k = 0; k < items->size(); ++k) {
      if (k) out.text(", ");
      if (!appendStr(c, out, (*items)[k].first, (*items)[k].second, true)) return false;
    }
    out.text(items->size() == 1 ? ",)" : ")");
    return true;
  }
  case AnnKind::List: {
    const ll::Type* list = c.rt.lowType(a);
    if (!list || !reprInRuntime(a->list->find()->item.ann)) return false;
    out.value(c.callHelper(HelperId::list_repr, {v}, strPtr));
    return true;
  }
  case AnnKind::Instance: {
    std::optional<Piece> piece = instanceToStr(c, v, a, repr);
    if (piece) out.add(*piece);
    return piece.has_value();
  }
  default: return false;
  }
}

// -- str(), repr(), f-strings ---------------------------------------------------------------------------

bool rtypeToStr(OpCtx& c) {
  bool repr = c.op.opcode == OpCode::repr;
  size_t x = 0;
  if (c.op.opcode == OpCode::simple_call || c.op.opcode == OpCode::call_args) {
    repr = (c.ann(0)->is(AnnKind::Builtin) ? std::optional(c.ann(0)->builtin) : c.builtinCallee()) == BuiltinId::repr_;
    CallOperands operands = callOperands(c);
    if (!operands.ok || !operands.keywords.empty()) return false;
    if (operands.positional.empty()) { // str()
      c.result(strConstant(c, ""));
      return true;
    }
    if (operands.positional.size() == 2) { // str(b, encoding): b.decode(encoding)
      size_t b = operands.positional[0];
      std::optional<std::string_view> encoding = knownText(c.ann(operands.positional[1]));
      if (!c.ann(b)->is(AnnKind::Bytes) || !encoding || (*encoding != "utf-8" && *encoding != "utf8")) return false;
      c.result(c.callHelper(HelperId::bytes_decode, {c.arg(b)}, c.rt.strPtr()));
      return true;
    }
    x = operands.positional[0];
  }
  Pieces result;
  if (!appendStr(c, result, c.arg(x), c.ann(x), repr)) return false;
  c.result(result.build(c));
  return true;
}

// format(x, spec): str(x) for an empty spec, else str_format_spec.
bool rtypeFormatField(OpCtx& c) {
  std::optional<std::string_view> spec = knownText(c.ann(1));
  if (spec && spec->empty()) return rtypeToStr(c);
  std::optional<ll::Value> x = formatOperand(c, c.arg(0), c.ann(0));
  if (!x) return false;
  c.result(c.callHelper(HelperId::str_format_spec, {*x, strArg(c, 1)}, c.rt.strPtr()));
  return true;
}

bool rtypeBuildStr(OpCtx& c) {
  Pieces result;
  for (size_t i = 0; i < c.count(); ++i) {
    if (!c.ann(i)->isStrLike() || c.ann(i)->canBeNone()) return false;
    std::optional<std::string_view> t = knownText(c.ann(i));
    result.add(t ? known(std::string(*t)) : value(strArg(c, i)));
  }
  c.result(result.build(c));
  return true;
}

// -- '%' formatting ----------------------------------------------------------------------------------------

namespace {

// A '%' format whose conversions are all %s, %r, %d or %i (no flags, width or precision):
// literals[k] comes before conversion k, and the last literal after the last conversion.
struct SimplePercent {
  std::vector<std::string> literals;
  std::string conversions;
};

std::optional<SimplePercent> parsePercent(std::string_view fmt) {
  SimplePercent out;
  out.literals.emplace_back();
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out.literals.back() += fmt[i];
      continue;
    }
    if (++i == fmt.size()) return std::nullopt;
    if (fmt[i] == '%') {
      out.literals.back() += '%';
      continue;
    }
    if (std::string_view("srdi").find(fmt[i]) == std::string_view::npos) return std::nullopt;
    out.conversions += fmt[i];
    out.literals.emplace_back();
  }
  return out;
}

// Whether each %d/%i of a simple format has an int (a %d of a float rounds: str_format does it).
bool intsWhereWanted(const SimplePercent& fmt, const std::vector<Item>& items) {
  for (size_t k = 0; k < items.size(); ++k)
    if ((fmt.conversions[k] == 'd' || fmt.conversions[k] == 'i') && !items[k].second->isIntLike()) return false;
  return true;
}

// The pieces of a simple '%' format; none if a value has no str().
std::optional<Pieces> percentPieces(OpCtx& c, const SimplePercent& fmt, const std::vector<Item>& items) {
  Pieces out;
  for (size_t k = 0; k < items.size(); ++k) {
    out.text(fmt.literals[k]);
    auto [v, a] = items[k];
    char conversion = fmt.conversions[k];
    if (conversion == 'd' || conversion == 'i') out.add(intToStr(c, v, a));
    else if (!appendStr(c, out, v, a, conversion == 'r')) return std::nullopt;
  }
  out.text(fmt.literals.back());
  return out;
}

} // namespace

bool rtypePercent(OpCtx& c) {
  if (c.count() != 2 || !c.ann(0)->isStrLike()) return false; // bytes % ...: not yet
  std::vector<Item> items;
  if (c.ann(1)->is(AnnKind::Tuple)) {
    std::optional<std::vector<Item>> t = tupleItems(c, c.arg(1), c.ann(1));
    if (!t) return false;
    items = std::move(*t);
  } else {
    items.push_back({c.arg(1), c.ann(1)});
  }
  std::optional<std::string_view> fmt = knownText(c.ann(0));
  std::optional<SimplePercent> simple = fmt ? parsePercent(*fmt) : std::nullopt;
  if (simple && simple->conversions.size() == items.size() && intsWhereWanted(*simple, items)) {
    std::optional<Pieces> pieces = percentPieces(c, *simple, items);
    if (!pieces) return false;
    c.result(pieces->build(c));
    return true;
  }
  std::vector<ll::Value> operands{strArg(c, 0)};
  for (const auto& [v, a] : items) {
    std::optional<ll::Value> operand = formatOperand(c, v, a);
    if (!operand) return false;
    operands.push_back(*operand);
  }
  c.result(c.callHelper(HelperId::str_format, std::move(operands), c.rt.strPtr()));
  return true;
}

// -- str.format() -------------------------------------------------------------------------------------------

namespace {

// A str.format() format: literals[k] comes before field k, the last literal after the last field.
struct BraceFormat {
  struct Field {
    size_t arg;      // the positional argument
    char conversion; // 'r', 's' or 0
    std::string spec;
  };
  std::vector<std::string> literals;
  std::vector<Field> fields;
};

// Fields `{}`, `{N}`, with `!r`/`!s` and a `:spec` without nested fields; none for the rest.
std::optional<BraceFormat> parseBraces(std::string_view fmt) {
  BraceFormat out;
  out.literals.emplace_back();
  size_t nextAuto = 0;
  bool numbered = false, automatic = false;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char ch = fmt[i];
    if ((ch == '{' || ch == '}') && i + 1 < fmt.size() && fmt[i + 1] == ch) {
      out.literals.back() += ch;
      ++i;
      continue;
    }
    if (ch == '}') return std::nullopt;
    if (ch != '{') {
      out.literals.back() += ch;
      continue;
    }
    size_t close = fmt.find('}', i);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view field = fmt.substr(i + 1, close - i - 1);
    if (field.find('{') != std::string_view::npos) return std::nullopt;
    BraceFormat::Field f{0, 0, {}};
    if (size_t colon = field.find(':'); colon != std::string_view::npos) {
      f.spec = std::string(field.substr(colon + 1));
      field = field.substr(0, colon);
    }
    if (size_t bang = field.find('!'); bang != std::string_view::npos) {
      if (field.size() != bang + 2 || (field[bang + 1] != 'r' && field[bang + 1] != 's')) return std::nullopt;
      f.conversion = field[bang + 1];
      field = field.substr(0, bang);
    }
    if (field.empty()) {
      f.arg = nextAuto++;
      automatic = true;
    } else {
      if (!std::all_of(field.begin(), field.end(), [](char d) { return d >= '0' && d <= '9'; }) || field.size() > 6)
        return std::nullopt;
      f.arg = size_t(std::stoul(std::string(field)));
      numbered = true;
    }
    if (automatic && numbered) return std::nullopt; // ValueError in CPython
    out.fields.push_back(std::move(f));
    out.literals.emplace_back();
    i = close;
  }
  return out;
}

} // namespace

bool rtypeStrFormat(OpCtx& c) {
  std::optional<std::string_view> text = knownText(c.ann(0)->self());
  std::optional<BraceFormat> fmt = text ? parseBraces(*text) : std::nullopt;
  CallOperands operands = callOperands(c);
  if (!fmt || !operands.ok || !operands.keywords.empty()) return false;
  Pieces out;
  for (size_t k = 0; k < fmt->fields.size(); ++k) {
    out.text(fmt->literals[k]);
    const BraceFormat::Field& f = fmt->fields[k];
    if (f.arg >= operands.positional.size()) return false; // IndexError in CPython
    size_t operand = operands.positional[f.arg];
    ll::Value v = c.arg(operand);
    const Annotation* a = c.ann(operand);
    if (f.conversion || f.spec.empty()) {
      if (f.spec.empty()) {
        if (!appendStr(c, out, v, a, f.conversion == 'r')) return false;
        continue;
      }
      Pieces converted; // `{x!r:>10}`: the spec applies to the converted str
      if (!appendStr(c, converted, v, a, f.conversion == 'r')) return false;
      v = converted.build(c);
      a = c.rt.annotator().lattice().str();
    }
    std::optional<ll::Value> x = formatOperand(c, v, a);
    if (!x) return false;
    out.value(c.callHelper(HelperId::str_format_spec, {*x, strConstant(c, f.spec)}, c.rt.strPtr()));
  }
  out.text(fmt->literals.back());
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
  // sep= and end=: absent or None gives the default; a str that may be None is not supported yet.
  auto separator = [&](std::optional<size_t> operand, std::string_view otherwise) -> std::optional<Piece> {
    if (!operand || c.ann(*operand)->is(AnnKind::None)) return known(std::string(otherwise));
    const Annotation* a = c.ann(*operand);
    if (std::optional<std::string_view> t = knownText(a)) return known(std::string(*t));
    if (!a->isStrLike() || a->canBeNone()) return std::nullopt;
    return value(strArg(c, *operand));
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

// Arithmetic, comparisons, truth, identity and membership.
//
// Numbers: bool and int combine to int (bool for &, |, ^ of two bools); an r_uint operand
// makes the result unsigned; results known to be >= 0 say so (nonneg) where the operation
// keeps it (RPython's rules). int and float combine to float in arithmetic, though a variable
// cannot hold both. Strings, bytes, lists and tuples support + and * as in Python. Instances
// use the special methods of FLOW_SPECIAL_METHOD (flow_ops.def), the reflected one on the
// right operand.
#include <algorithm>
#include <array>

#include "annotator/builtins.h"
#include "annotator/ops.h"
#include "flowgraph/ast_mapping.h"

namespace kiln::ann {

using flow::OpCode;

namespace {

struct SpecialInfo {
  const char* method = nullptr;
  const char* reflected = nullptr;
  const char* verb = nullptr;
};

constexpr std::array<SpecialInfo, flow::kNumOpCodes> kSpecial = [] {
  std::array<SpecialInfo, flow::kNumOpCodes> t{};
#define FLOW_OP(name, arity, flags, doc)
#define FLOW_SPECIAL_METHOD(op, method, reflected, verb) t[size_t(OpCode::op)] = {method, reflected, verb};
#include "flowgraph/flow_ops.def"
  return t;
}();

constexpr std::array<OpCode, flow::kNumOpCodes> kInplaceBase = [] {
  std::array<OpCode, flow::kNumOpCodes> t{};
  for (size_t i = 0; i < t.size(); ++i) t[i] = OpCode(i);
#define FLOW_OP(name, arity, flags, doc)
#define FLOW_FROM_BINOP(astKind, op, inplaceOp) t[size_t(OpCode::inplaceOp)] = OpCode::op;
#include "flowgraph/flow_ops.def"
  return t;
}();

const SpecialInfo& special(OpCode op) { return kSpecial[size_t(op)]; }

bool isNumber(const Annotation* a) { return a->isIntLike() || a->is(AnnKind::Float); }

// The int result of an int operation, with RPython's nonneg rules.
const Annotation* intResult(OpSite& s, OpCode op, const Annotation* a, const Annotation* b) {
  bool u = a->isUnsigned() || b->isUnsigned();
  bool na = a->nonNeg(), nb = b->nonNeg();
  bool nonNeg = false;
  switch (op) {
  case OpCode::add:
  case OpCode::mul:
  case OpCode::floordiv:
  case OpCode::or_:
  case OpCode::xor_: nonNeg = na && nb; break;
  case OpCode::mod: nonNeg = nb; break;
  case OpCode::rshift:
  case OpCode::pow: nonNeg = na; break;
  case OpCode::and_: nonNeg = na || nb; break;
  default: break;
  }
  return s.l.integer(nonNeg || u, u);
}

// Numbers with numbers; null if not both numbers or the operator does not apply.
const Annotation* numeric(OpSite& s, OpCode op, const Annotation* a, const Annotation* b) {
  if (!isNumber(a) || !isNumber(b)) return nullptr;
  bool isFloat = a->is(AnnKind::Float) || b->is(AnnKind::Float);
  switch (op) {
  case OpCode::truediv: return s.l.floating();
  case OpCode::and_:
  case OpCode::or_:
  case OpCode::xor_:
    if (isFloat) return nullptr;
    if (a->is(AnnKind::Bool) && b->is(AnnKind::Bool)) return s.l.boolean();
    return intResult(s, op, a, b);
  case OpCode::lshift:
  case OpCode::rshift:
    if (isFloat) return nullptr;
    return intResult(s, op, a, b);
  case OpCode::matmul: return nullptr;
  default:
    return isFloat ? s.l.floating() : intResult(s, op, a, b);
  }
}

// The conversion characters of a '%' format, one per value it takes ('*' widths and precisions
// take an int: 'd'); empty when the format takes a mapping (`%(name)s`).
std::vector<char> percentConversions(std::string_view fmt) {
  std::vector<char> out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') continue;
    if (++i < fmt.size() && fmt[i] == '%') continue;
    if (i < fmt.size() && fmt[i] == '(') return {};
    while (i < fmt.size() && std::string_view("-+ #0").find(fmt[i]) != std::string_view::npos) ++i;
    for (bool precision = false;; precision = true) { // width, then .precision
      if (i < fmt.size() && fmt[i] == '*') out.push_back('d'), ++i;
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') ++i;
      if (precision || i >= fmt.size() || fmt[i] != '.') break;
      ++i;
    }
    while (i < fmt.size() && std::string_view("hlL").find(fmt[i]) != std::string_view::npos) ++i;
    if (i < fmt.size()) out.push_back(fmt[i]);
  }
  return out;
}

// fmt % values: the instances among the values are converted by str() (%s) or repr() (%r, %a),
// calls of their __str__ or __repr__ that are annotated here (strOfInstance records them for
// the rtyper). Other conversions of an instance (%d would call __index__) are not supported.
// False after reporting.
bool formatInstances(OpSite& s, const Annotation* fmt, const Annotation* values, size_t ib) {
  std::vector<const Annotation*> items{values};
  if (values->is(AnnKind::Tuple)) items.assign(values->items.begin(), values->items.end());
  std::vector<char> conversions;
  if (fmt->hasConst() && fmt->constant.kind == load::Value::Kind::Str) conversions = percentConversions(fmt->constant.text);
  bool known = fmt->hasConst() && fmt->constant.kind == load::Value::Kind::Str;
  for (size_t i = 0; i < items.size(); ++i) {
    char conversion = i < conversions.size() ? conversions[i] : 's';
    if (!items[i]->is(AnnKind::Instance)) {
      // %s, %r and %a show any value as str() or repr() would: the same limits (and the calls of
      // the __repr__ of instances inside tuples).
      if ((conversion == 's' || conversion == 'r' || conversion == 'a') && !annotateStrOf(s, items[i], conversion != 's'))
        return false;
      continue;
    }
    if (!known)
      return s.failWithOrigin(DiagId::ann_unsupported_here,
                              {"formatting a '" + typeName(items[i]) + "' with a '%' format known only at run time"}, {ib}),
             false;
    if (conversion != 's' && conversion != 'r' && conversion != 'a')
      return s.failWithOrigin(DiagId::ann_unsupported_here, {"formatting a '" + typeName(items[i]) + "' with '%" + conversion + "'"}, {ib}), false;
    bool found = false;
    if (!strOfInstance(s, items[i], conversion != 's', &found) && found) return false;
  }
  return true;
}

// str, bytes, list and tuple operators.
const Annotation* sequences(OpSite& s, OpCode op, const Annotation* a, const Annotation* b, bool inplace, size_t ib) {
  bool noNul = a->noNul() && b->noNul();
  if (op == OpCode::add) {
    if (a->isStrLike() && b->isStrLike()) return s.l.str(false, noNul);
    if (a->is(AnnKind::Bytes) && b->is(AnnKind::Bytes)) return s.l.bytes(false, noNul);
    if (a->is(AnnKind::Tuple) && b->is(AnnKind::Tuple)) {
      std::vector<const Annotation*> items(a->items.begin(), a->items.end());
      items.insert(items.end(), b->items.begin(), b->items.end());
      return s.l.tuple(items);
    }
    if (a->is(AnnKind::List) && inplace) { // l += iterable: extend in place
      const Annotation* item = iteratedItem(s, b, ib);
      if (!item) return nullptr;
      ListDef* d = a->list->find();
      if (!mutateList(s, d, true) || !addListItem(s, d, item, s.originOf(ib))) return nullptr;
      return s.l.nonNull(a);
    }
    if (a->is(AnnKind::List) && b->is(AnnKind::List)) {
      Conflict why;
      const Annotation* u = s.l.unite(s.l.nonNull(a), s.l.nonNull(b), &why);
      if (!u) return nullptr;
      return u;
    }
  }
  if (op == OpCode::mul) {
    const Annotation* seq = a->isIntLike() ? b : a;
    const Annotation* count = a->isIntLike() ? a : b;
    if (!count->isIntLike()) return nullptr;
    if (seq->isStrLike()) return s.l.str(false, seq->noNul());
    if (seq->is(AnnKind::Bytes)) return s.l.bytes(false, seq->noNul());
    if (seq->is(AnnKind::List)) {
      if (inplace && !mutateList(s, seq->list->find(), true)) return nullptr;
      return s.l.nonNull(seq);
    }
    if (seq->is(AnnKind::Tuple) && count->hasConst() && count->constant.intValue >= 0 &&
        count->constant.intValue * int64_t(seq->items.size()) <= 4096) {
      std::vector<const Annotation*> items;
      for (int64_t i = 0; i < count->constant.intValue; ++i) items.insert(items.end(), seq->items.begin(), seq->items.end());
      return s.l.tuple(items);
    }
  }
  if (op == OpCode::mod) { // formatting
    if (a->isStrLike()) return formatInstances(s, a, b, ib) ? s.l.str(false, false) : nullptr;
    if (a->is(AnnKind::Bytes)) return s.l.bytes(false, false);
  }
  return nullptr;
}

// == and != on instances call __eq__ (and __ne__) through the receiver's class, which the
// rtyper dispatches on when subclasses override it; a class under the receiver's that finds only
// object's (identity) has no method to dispatch to. Reports such a mix; false then.
bool uniformEquality(OpSite& s, OpCode op, const Annotation* x) {
  if (!x->is(AnnKind::Instance)) return true;
  x->classDef->lookupReaders.insert(s.block); // a new subclass may define them
  for (const char* name : {"__eq__", "__ne__"}) {
    if (op == OpCode::eq && std::string_view(name) == "__ne__") continue;
    ClassDef* identity = nullptr;
    bool custom = false;
    for (ClassDef* k : classesWithInstances(x->classDef)) {
      std::optional<ClassAttr> m = k->cls ? s.bk.lookupClassAttr(k->cls, s.bk.intern(name)) : std::nullopt;
      if (m && !m->owner->builtin) custom = true;
      else if (!identity) identity = k;
    }
    if (custom && identity)
      return s.fail(DiagId::ann_identity_mixed, {special(op).verb, x->classDef->name, identity->name, name}), false;
  }
  return true;
}

// Whether instances of x's class (or of a subclass) have the method `name`.
bool hasMethod(OpSite& s, const Annotation* x, std::string_view name) {
  if (!x->is(AnnKind::Instance)) return false;
  bool isMethod = false;
  methodsOf(s, x->classDef, s.bk.intern(name), &isMethod);
  return isMethod;
}

// x.name(other) for the operator `op`, x the operand ix: CPython gives None a meaning there
// (None == x is False, None + x a TypeError) while kiln would call the method on None, so an
// operand that may be None is an error (the program tests it first). *found as callSpecialMethod.
const Annotation* callOperator(OpSite& s, OpCode op, const Annotation* x, size_t ix, std::string_view name,
                               const Annotation* other, size_t iother, bool* found) {
  *found = false;
  if (!hasMethod(s, x, name)) return nullptr;
  if (x->canBeNone()) {
    *found = true;
    return s.failWithOrigin(DiagId::ann_special_method_none, {special(op).verb, typeName(x), std::string(name)}, {ix});
  }
  return callSpecialMethod(s, x, name, {{other, s.op.args[iother], s.originOf(iother)}}, found);
}

// a != b where neither class defines __ne__: object.__ne__ is `not a.__eq__(b)` (b.__eq__(a)
// when only b's class defines __eq__), so the operation calls __eq__ (recorded as the special
// method; the rtyper negates its result). The truth of a result other than a bool or an int is
// not supported there.
const Annotation* notEqual(OpSite& s, const Annotation* a, const Annotation* b, size_t ia, size_t ib, bool* handled) {
  bool found = false;
  const Annotation* r = callOperator(s, OpCode::ne, a, ia, "__eq__", b, ib, &found);
  if (!found) r = callOperator(s, OpCode::ne, b, ib, "__eq__", a, ia, &found);
  if (!found) return nullptr;
  *handled = true;
  if (!r || r->isImpossible()) return r;
  if (!r->isIntLike())
    return s.fail(DiagId::ann_unsupported_here, {"'!=' through an __eq__ that returns '" + typeName(r) + "' (kiln negates a bool or an int)"});
  return s.l.boolean();
}

// Tries the instance special methods of `op`; `handled` says whether one applied.
const Annotation* onInstances(OpSite& s, OpCode op, bool inplace, const Annotation* a, const Annotation* b,
                              size_t ia, size_t ib, bool* handled) {
  *handled = false;
  const SpecialInfo& info = special(op);
  if (!info.method) return nullptr;
  if ((op == OpCode::eq || op == OpCode::ne) && (!uniformEquality(s, op, a) || !uniformEquality(s, op, b)))
    return *handled = true, nullptr;
  bool found = false;
  if (inplace) {
    std::string imethod = std::string("__i") + (info.method + 2);
    const Annotation* r = callOperator(s, op, a, ia, imethod, b, ib, &found);
    if (found) return *handled = true, r;
  }
  const Annotation* r = callOperator(s, op, a, ia, info.method, b, ib, &found);
  if (found) return *handled = true, r;
  if (info.reflected && *info.reflected) {
    r = callOperator(s, op, b, ib, info.reflected, a, ia, &found);
    if (found) return *handled = true, r;
  }
  if (op == OpCode::ne) return notEqual(s, a, b, ia, ib, handled);
  return nullptr;
}

// The answer of comparing two values known at translation time (numbers, strs, bytes), or none.
// Folding them is what makes `if name == "a":` pick one branch in each specialize:arg graph
// (RPython folds such comparisons too).
std::optional<bool> foldCompare(OpCode op, const Annotation* a, const Annotation* b) {
  if (!a->hasConst() || !b->hasConst()) return std::nullopt;
  const load::Value &x = a->constant, &y = b->constant;
  using K = load::Value::Kind;
  auto isNum = [](const load::Value& v) { return v.kind == K::Int || v.kind == K::Bool; };
  int order = 0; // <0, 0, >0
  if (isNum(x) && isNum(y)) {
    int64_t i = x.kind == K::Bool ? int64_t(x.boolValue) : x.intValue;
    int64_t j = y.kind == K::Bool ? int64_t(y.boolValue) : y.intValue;
    if (a->isUnsigned() || b->isUnsigned()) order = uint64_t(i) < uint64_t(j) ? -1 : uint64_t(i) > uint64_t(j);
    else order = i < j ? -1 : i > j;
  } else if ((x.kind == K::Str && y.kind == K::Str) || (x.kind == K::Bytes && y.kind == K::Bytes)) {
    int c = x.text.compare(y.text); // UTF-8 byte order is code point order
    order = c < 0 ? -1 : c > 0;
  } else {
    return std::nullopt; // floats (NaN), mixed kinds: leave them to run time
  }
  switch (op) {
  case OpCode::lt: return order < 0;
  case OpCode::le: return order <= 0;
  case OpCode::eq: return order == 0;
  case OpCode::ne: return order != 0;
  case OpCode::gt: return order > 0;
  case OpCode::ge: return order >= 0;
  default: return std::nullopt;
  }
}

} // namespace

// Whether == between values of a and b makes sense (they may be equal).
bool comparable(const Annotation* a, const Annotation* b) {
  if (a->isImpossible() || b->isImpossible()) return true;
  if (a->is(AnnKind::None)) return b->canBeNone() || b->is(AnnKind::None);
  if (b->is(AnnKind::None)) return a->canBeNone();
  if (isNumber(a) && isNumber(b)) return true;
  if (a->isStrLike() && b->isStrLike()) return true;
  // type(x) == C: a class value, as a PBC of classes is (== of classes is identity).
  auto isClassValue = [](const Annotation* x) {
    if (x->is(AnnKind::TypeOf)) return true;
    return x->is(AnnKind::PBC) && !x->descs.empty() &&
           std::all_of(x->descs.begin(), x->descs.end(), [](Desc* d) { return descAs<ClassDesc>(d) != nullptr; });
  };
  if (isClassValue(a) && isClassValue(b)) return true;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case AnnKind::Tuple:
    if (a->items.size() != b->items.size()) return false;
    for (size_t i = 0; i < a->items.size(); ++i)
      if (!comparable(a->items[i], b->items[i])) return false;
    return true;
  case AnnKind::List: return comparable(a->list->find()->item.ann, b->list->find()->item.ann);
  case AnnKind::Instance: return a->classDef->isSubclassOf(b->classDef) || b->classDef->isSubclassOf(a->classDef) || a->classDef->commonBase(b->classDef);
  default: return true;
  }
}

const Annotation* annotateUnary(OpSite& s) { return unaryOf(s, s.op.opcode, 0); }

const Annotation* unaryOf(OpSite& s, OpCode op, size_t ia) {
  const Annotation* a = s.arg(ia);
  if (!a) return nullptr;
  if (a->isIntLike()) {
    if (op == OpCode::pos) return s.l.integer(a->nonNeg(), a->isUnsigned());
    return s.l.integer(a->isUnsigned(), a->isUnsigned());
  }
  if (a->is(AnnKind::Float) && op != OpCode::invert) return s.l.floating();
  if (a->is(AnnKind::Instance)) {
    bool found = false;
    const Annotation* r = callSpecialMethod(s, a, special(op).method, {}, &found);
    if (found) return r;
  }
  return s.failWithOrigin(DiagId::ann_bad_unary, {special(op).verb, typeName(a)}, {ia});
}

const Annotation* annotateTruth(OpSite& s, bool negate) {
  const Annotation* a = s.arg(0);
  if (!a) return nullptr;
  const Annotation* result = s.l.boolean();
  bool hasTruthMethod = false;
  if (a->is(AnnKind::Instance)) {
    // __bool__, then __len__ (Python's order); without them an instance is always true.
    bool found = false;
    const Annotation* r = callSpecialMethod(s, a, "__bool__", {}, &found);
    if (!found) r = callSpecialMethod(s, a, "__len__", {}, &found);
    if (found) {
      if (!r || r->isImpossible()) return r;
      hasTruthMethod = true;
    }
  }
  // Known truth values.
  std::optional<bool> known;
  if (a->is(AnnKind::None)) known = false;
  else if (a->hasConst()) {
    const load::Value& c = a->constant;
    switch (c.kind) {
    case load::Value::Kind::Bool: known = c.boolValue; break;
    case load::Value::Kind::Int: known = c.intValue != 0; break;
    case load::Value::Kind::Float: known = c.floatValue != 0; break;
    case load::Value::Kind::Str:
    case load::Value::Kind::Bytes: known = !c.text.empty(); break;
    default: if (!hasTruthMethod) known = true; break;
    }
  } else if (!a->canBeNone() && !hasTruthMethod && (a->is(AnnKind::Instance) || a->is(AnnKind::PBC) ||
                                                    a->is(AnnKind::TypeOf) || a->is(AnnKind::Builtin))) {
    known = true;
  }
  if (known) result = s.l.constBool(*known != negate);

  // Narrowing: `if x` on a nullable value removes None on the true side; for instances and
  // PBCs (always true unless None) the false side is None.
  if (flow::Variable* v = s.var(0); v && s.op.result) {
    KnownFacts facts;
    if (const KnownFacts* inner = s.an.factsOf(v)) facts = *inner; // bool(isinstance(...)), not x
    if (a->canBeNone() && !a->is(AnnKind::None)) {
      facts.ifTrue.push_back({v, s.l.nonNull(a)});
      if ((a->is(AnnKind::Instance) && !hasTruthMethod) || a->is(AnnKind::PBC)) facts.ifFalse.push_back({v, s.l.none()});
    }
    if (negate) std::swap(facts.ifTrue, facts.ifFalse);
    if (!facts.ifTrue.empty() || !facts.ifFalse.empty()) s.an.setFacts(s.op.result, std::move(facts));
  }
  return result;
}

const Annotation* annotateBinary(OpSite& s, bool inplace) {
  return binaryOf(s, kInplaceBase[size_t(s.op.opcode)], inplace, 0, 1);
}

const Annotation* binaryOf(OpSite& s, OpCode op, bool inplace, size_t ia, size_t ib) {
  const Annotation* a = s.arg(ia);
  const Annotation* b = s.arg(ib);
  if (!a || !b) return nullptr;
  bool handled = false;
  const Annotation* r = onInstances(s, op, inplace, a, b, ia, ib, &handled);
  if (handled) return r;
  if (a->canBeNone() || b->canBeNone()) {
    if (!a->is(AnnKind::List) || !inplace)
      return s.failWithOrigin(DiagId::ann_bad_binop_none, {special(op).verb, typeName(a), typeName(b)}, {ia, ib});
  }
  if (const Annotation* n = numeric(s, op, a, b)) return n;
  unsigned errorsBefore = s.an.ctx().diags.errorCount();
  if (const Annotation* q = sequences(s, op, a, b, inplace, ib)) return q;
  if (s.an.ctx().diags.errorCount() != errorsBefore) return nullptr;
  return s.failWithOrigin(DiagId::ann_bad_binop, {special(op).verb, typeName(a), typeName(b)}, {ia, ib});
}

const Annotation* annotateCompare(OpSite& s) { return compareOf(s, s.op.opcode, 0, 1); }

const Annotation* compareOf(OpSite& s, OpCode op, size_t ia, size_t ib) {
  const Annotation* a = s.arg(ia);
  const Annotation* b = s.arg(ib);
  if (!a || !b) return nullptr;
  bool handled = false;
  const Annotation* r = onInstances(s, op, false, a, b, ia, ib, &handled);
  if (handled) return r;
  if (op == OpCode::eq || op == OpCode::ne) {
    // Values translated code cannot compare as CPython does: dict views (sets in CPython, which
    // kiln represents as iterators) and range objects (kept as lists: range(3) == [0, 1, 2] would
    // be true).
    auto noEquality = [](const Annotation* x) {
      return (x->is(AnnKind::Iterator) && x->iterKind != IterKind::Items) ||
             (x->is(AnnKind::List) && x->list->find()->isRange);
    };
    if (noEquality(a) || noEquality(b))
      return s.failWithOrigin(DiagId::ann_bad_compare, {special(op).verb, typeName(a), typeName(b)}, {ia, ib});
    if (!comparable(a, b))
      return s.failWithOrigin(DiagId::ann_never_equal, {special(op).verb, typeName(a), typeName(b)}, {ia, ib});
    if (std::optional<bool> known = foldCompare(op, a, b)) return s.l.constBool(*known);
    return s.l.boolean();
  }
  auto ordered = [](const Annotation* x, const Annotation* y) {
    if (x->canBeNone() || y->canBeNone()) return false;
    if (isNumber(x) && isNumber(y)) return true;
    if (x->isStrLike() && y->isStrLike()) return true;
    if (x->is(AnnKind::Bytes) && y->is(AnnKind::Bytes)) return true;
    return false;
  };
  bool ok = ordered(a, b);
  if (!ok && a->is(AnnKind::Tuple) && b->is(AnnKind::Tuple)) {
    ok = true;
    for (size_t i = 0; i < std::min(a->items.size(), b->items.size()); ++i) ok &= ordered(a->items[i], b->items[i]);
  }
  if (!ok) return s.failWithOrigin(DiagId::ann_bad_compare, {special(op).verb, typeName(a), typeName(b)}, {ia, ib});
  if (std::optional<bool> known = foldCompare(op, a, b)) return s.l.constBool(*known);
  return s.l.boolean();
}

const Annotation* annotateIs(OpSite& s) {
  const Annotation* a = s.arg(0);
  const Annotation* b = s.arg(1);
  if (!a || !b) return nullptr;
  // `x is None` narrows x on both sides; so does `x is C` for a PBC constant.
  KnownFacts facts;
  auto narrow = [&](size_t i, const Annotation* x, const Annotation* other) {
    flow::Variable* v = s.var(i);
    if (!v) return;
    if (other->is(AnnKind::None) && x->canBeNone()) {
      facts.ifTrue.push_back({v, s.l.none()});
      facts.ifFalse.push_back({v, s.l.nonNull(x)});
    } else if (other->is(AnnKind::PBC) && other->isConstant() && x->is(AnnKind::PBC)) {
      facts.ifTrue.push_back({v, other});
    }
  };
  narrow(0, a, b);
  narrow(1, b, a);
  if (s.op.result && (!facts.ifTrue.empty() || !facts.ifFalse.empty())) s.an.setFacts(s.op.result, facts);
  // Known answers.
  if (a->is(AnnKind::None) && b->is(AnnKind::None)) return s.l.constBool(true);
  if ((a->is(AnnKind::None) && !b->canBeNone()) || (b->is(AnnKind::None) && !a->canBeNone())) return s.l.constBool(false);
  if (a->is(AnnKind::PBC) && b->is(AnnKind::PBC) && a->isConstant() && b->isConstant())
    return s.l.constBool(a->descs[0] == b->descs[0]);
  return s.l.boolean();
}

const Annotation* annotateContains(OpSite& s) {
  const Annotation* c = s.arg(0); // the container comes first
  const Annotation* x = s.arg(1);
  if (!c || !x) return nullptr;
  if (c->is(AnnKind::Instance)) {
    bool found = false;
    const Annotation* r = callSpecialMethod(s, c, "__contains__", {{x, s.op.args[1], s.originOf(1)}}, &found);
    if (found) return r ? s.l.boolean() : nullptr;
  }
  if (c->canBeNone()) return s.failWithOrigin(DiagId::ann_contains_none, {typeName(c)}, {0});
  bool ok = false;
  switch (c->kind) {
  case AnnKind::List:
    ok = comparable(listItem(s, c->list->find()), x);
    if (ok && !listItemEquality(s, c->list, x)) return nullptr;
    break;
  case AnnKind::Dict: ok = comparable(dictKey(s, c->dict->find()), x); break;
  case AnnKind::Str:
  case AnnKind::Char: ok = x->isStrLike(); break;
  case AnnKind::Bytes: ok = x->is(AnnKind::Bytes) || x->isIntLike(); break;
  case AnnKind::Tuple:
    for (const Annotation* item : c->items) ok |= comparable(item, x);
    ok |= c->items.empty();
    break;
  default: return s.failWithOrigin(DiagId::ann_bad_contains, {typeName(c)}, {0});
  }
  if (!ok) return s.failWithOrigin(DiagId::ann_contains_mismatch, {typeName(x), typeName(c)}, {1, 0});
  return s.l.boolean();
}

} // namespace kiln::ann

// Tuples: immutable GcStructs with one field per position (docs/rtyper.md "## tuples").
//
// A tuple annotated (A0, A1, ...) is a
//   Ptr(GcStruct tuple<N>_<t0>_<t1>... { item0: T0, item1: T1, ... })
// where Ti is the low-level type of Ai and ti its short name (rtype_sequences.h). An item of
// type Void (None, a function or class known by its annotation) has no field: its position
// keeps its number (tuple2_Signed_Void { item0: Signed }). One struct per sequence of item
// types, made on first use, so (int, str) and (int>=0, str) share tuple2_Signed_str.
//
// The operations, inline but for hash() and the few that copy the items into an array:
//   - (a, b) is a malloc and one setfield per field; t[k] with a constant k is a getfield (of
//     the item itself when t is a constant); t[i] with a variable i checks i (check_index_wrap)
//     and picks the item with a chain of `select`s, the items being of one type (their union);
//   - `a, b = t`: the annotator checked the length, so unpack_check is nothing; len(t) and
//     bool(t) are constants;
//   - ==, != compare item by item and combine the answers with bool_and; <, <=, >, >= are
//     lexicographic, built branch-free from the item comparisons (every item is compared);
//     `x in t` is the bool_or of x == item;
//   - t1 + t2, t * k, t[a:b] (constant k, a, b) make a new tuple of the items;
//   - hash(t) calls tuple_hash, the hash dicts use for tuple keys;
//   - min/max/sum/any/all(t), and t[i] inside a try that catches its IndexError (the raising
//     operation must be the last), copy the items into an array (tupleAsList) for the list
//     helpers.
// A constant tuple operand is a prebuilt tuple (prebuilt.cpp; tuples have no identity a program
// can observe). Indexing, unpacking, len() and `in` of a constant tuple read its items instead,
// and so do iterating and `in` of a tuple made only for that (`for x in (a, b)`: isLazyTuple).
// A tuple that flows where a wider tuple is annotated ((bool, B) into (int, A), B a subclass of
// A) is rebuilt item by item in the wider representation (tupleConvert, which
// GraphConverter::convertTo calls).
#include "rtyper/rtype_sequences.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using flow::OpCode;

namespace {

std::string itemField(size_t i) { return "item" + std::to_string(i); }

const ll::Type* tuplePtr(RTyper& rt, const Annotation* a) {
  if (!a || !a->is(AnnKind::Tuple)) return nullptr;
  std::string name = "tuple" + std::to_string(a->items.size());
  std::vector<ll::Field> fields;
  for (size_t i = 0; i < a->items.size(); ++i) {
    const ll::Type* t = rt.lowType(a->items[i]);
    if (!t) return nullptr;
    name += '_';
    name += seq::shortName(rt, t);
    if (t->kind != ll::TypeKind::Void) fields.push_back({itemField(i), t});
  }
  return rt.types().ptr(seq::memoStruct(rt, name, true, fields));
}

// Item i of the tuple value `t` (annotated `a`): its field, or a Void constant.
ll::Value fieldOf(GraphConverter& gc, RTyper& rt, ll::Value t, size_t i, SourceLoc loc) {
  const ll::Field* f = t.type()->target->field(itemField(i));
  if (!f) return gc.constant(rt.types().voidType(), {});
  ll::ConstValue name;
  name.text = itemField(i);
  return gc.emit(ll::Op::getfield, {t, gc.constant(rt.types().voidType(), name)}, f->type, loc);
}

void setItem(GraphConverter& gc, RTyper& rt, ll::Value t, size_t i, ll::Value v, SourceLoc loc) {
  if (!t.type()->target->field(itemField(i))) return; // a Void item
  ll::ConstValue name;
  name.text = itemField(i);
  gc.emit(ll::Op::setfield, {t, gc.constant(rt.types().voidType(), name), v}, rt.types().voidType(), loc);
}

// A new tuple of type `ptr` holding `items` (of the field types; Void ones are skipped).
ll::Value build(OpCtx& c, const ll::Type* ptr, const std::vector<ll::Value>& items) {
  ll::Value t = seq::newStruct(c, ptr);
  for (size_t i = 0; i < items.size(); ++i) setItem(c.gc, c.rt, t, i, items[i], c.op.loc);
  return t;
}

// A new tuple of the result's type from items (flow value, tuple annotation, position).
struct ItemRef {
  flow::Value tuple;
  const Annotation* ann;
  size_t index;
};

bool buildFrom(OpCtx& c, const std::vector<ItemRef>& refs) {
  const Annotation* r = c.resultAnn();
  const ll::Type* ptr = tuplePtr(c.rt, r);
  if (!ptr || r->items.size() != refs.size()) return false;
  std::vector<ll::Value> items;
  for (size_t i = 0; i < refs.size(); ++i) items.push_back(seq::tupleItem(c, refs[i].tuple, refs[i].ann, refs[i].index, r->items[i]));
  return seq::finish(c, build(c, ptr, items));
}

// -- Comparisons ----------------------------------------------------------------------------------

const Annotation* integerAnn(OpCtx& c) { return c.rt.annotator().lattice().integer(); }

bool isNumber(const Annotation* a) { return a->isIntLike() || a->is(AnnKind::Float); }

// The annotation both numbers compare as: float if either is, unsigned if either is, else int.
const Annotation* numberAnn(OpCtx& c, const Annotation* a, const Annotation* b) {
  if (a->is(AnnKind::Float) || b->is(AnnKind::Float)) return c.rt.annotator().lattice().floating();
  if (a->isUnsigned()) return a;
  if (b->isUnsigned()) return b;
  return integerAnn(c);
}

// a < b (strict) or a <= b for two orderable items; null when kiln has no rule.
ll::Value valuesLess(OpCtx& c, ll::Value a, const Annotation* aa, ll::Value b, const Annotation* ba, bool strict) {
  const ll::Type* bt = c.rt.types().boolType();
  if (isNumber(aa) && isNumber(ba)) {
    const Annotation* n = numberAnn(c, aa, ba);
    ll::Value x = c.gc.convert(a, aa, n), y = c.gc.convert(b, ba, n);
    ll::TypeKind k = x.type()->kind;
    ll::Op op = k == ll::TypeKind::Float      ? strict ? ll::Op::float_lt : ll::Op::float_le
              : k == ll::TypeKind::Unsigned ? strict ? ll::Op::uint_lt : ll::Op::uint_le
                                            : strict ? ll::Op::int_lt : ll::Op::int_le;
    return c.emit(op, {x, y}, bt);
  }
  if (aa->is(AnnKind::Char) && ba->is(AnnKind::Char)) return c.emit(strict ? ll::Op::unichar_lt : ll::Op::unichar_le, {a, b}, bt);
  if ((aa->isStrLike() && ba->isStrLike()) || (aa->is(AnnKind::Bytes) && ba->is(AnnKind::Bytes))) {
    const ll::Type* s = c.rt.strPtr();
    ll::Value order = c.callHelper(HelperId::str_cmp, {c.gc.convertTo(a, aa, s), c.gc.convertTo(b, ba, s)},
                                   c.rt.types().signedType());
    return c.emit(strict ? ll::Op::int_lt : ll::Op::int_le, {order, c.constInt(0)}, bt);
  }
  return {};
}

ll::Value boolConst(OpCtx& c, bool v) {
  ll::ConstValue k;
  k.i = v;
  return c.gc.constant(c.rt.types().boolType(), k);
}

// Tuple operand `which` of the operation, item i, in its own representation.
ll::Value itemOf(OpCtx& c, size_t which, size_t i) {
  const Annotation* t = c.ann(which);
  return seq::tupleItem(c, c.op.args[which], t, i, t->items[i]);
}

bool equal(OpCtx& c, bool negate) {
  const Annotation *a = c.ann(0), *b = c.ann(1);
  const ll::Type* bt = c.rt.types().boolType();
  if (a->items.size() != b->items.size()) return seq::finish(c, boolConst(c, negate));
  ll::Value all;
  for (size_t i = 0; i < a->items.size(); ++i) {
    ll::Value x = itemOf(c, 0, i), y = itemOf(c, 1, i);
    ll::Value e = seq::valuesEqual(c, x, a->items[i], y, b->items[i]);
    if (e.isNull()) return false;
    all = all.isNull() ? e : c.emit(ll::Op::bool_and, {all, e}, bt);
  }
  if (all.isNull()) all = boolConst(c, true);
  return seq::finish(c, negate ? c.emit(ll::Op::bool_not, {all}, bt) : all);
}

// a < b, a <= b, a > b, a >= b: lexicographic, from the last item common to both back to the
// first: less_k or (equal_k and rest), where `rest` after the last common item compares the
// lengths, a constant: the last common item is compared with < when it is False, <= when True.
bool order(OpCtx& c) {
  OpCode op = c.op.opcode;
  bool swap = op == OpCode::gt || op == OpCode::ge;
  bool strict = op == OpCode::lt || op == OpCode::gt;
  size_t x = swap ? 1 : 0, y = swap ? 0 : 1;
  const Annotation *a = c.ann(x), *b = c.ann(y);
  const ll::Type* bt = c.rt.types().boolType();
  size_t n = std::min(a->items.size(), b->items.size());
  bool longer = strict ? a->items.size() < b->items.size() : a->items.size() <= b->items.size();
  ll::Value rest = boolConst(c, longer);
  for (size_t k = n; k-- > 0;) {
    ll::Value p = itemOf(c, x, k), q = itemOf(c, y, k);
    if (k == n - 1) { // rest is the constant `longer`
      rest = valuesLess(c, p, a->items[k], q, b->items[k], !longer);
      if (rest.isNull()) return false;
      continue;
    }
    ll::Value less = valuesLess(c, p, a->items[k], q, b->items[k], true);
    ll::Value same = less.isNull() ? less : seq::valuesEqual(c, p, a->items[k], q, b->items[k]);
    if (same.isNull()) return false;
    rest = c.emit(ll::Op::bool_or, {less, c.emit(ll::Op::bool_and, {same, rest}, bt)}, bt);
  }
  return seq::finish(c, rest);
}

// x in t: x == t[0] or x == t[1] or ...
bool contains(OpCtx& c) {
  const Annotation *t = c.ann(0), *x = c.ann(1);
  const ll::Type* bt = c.rt.types().boolType();
  ll::Value item = c.arg(1);
  ll::Value any = boolConst(c, false);
  for (size_t i = 0; i < t->items.size(); ++i) {
    ll::Value e = seq::valuesEqual(c, item, x, itemOf(c, 0, i), t->items[i]);
    if (e.isNull()) return false;
    any = i == 0 ? e : c.emit(ll::Op::bool_or, {any, e}, bt);
  }
  return seq::finish(c, any);
}

// -- Indexing ---------------------------------------------------------------------------------------

// t[i] with a constant i, or a variable one: the items in the result's type, chosen by selects.
bool getItem(OpCtx& c) {
  const Annotation* t = c.ann(0);
  const Annotation* r = c.resultAnn();
  int64_t n = int64_t(t->items.size());
  if (std::optional<int64_t> known = seq::knownInt(c, c.op.args[1])) {
    int64_t k = *known < 0 ? *known + n : *known;
    if (k < 0 || k >= n) return false; // the annotator reports it
    return seq::finish(c, seq::tupleItem(c, c.op.args[0], t, size_t(k), r));
  }
  const ll::Type* rt = c.rt.lowType(r);
  if (!rt) return false;
  seq::Index i = seq::indexOperand(c, c.op.args[1]);
  // Inside a try that catches the IndexError the raising operation must be the last one: the
  // items are copied into an array (a list_Void of Void items), read by list_getitem.
  if (c.endsRaisingBlock()) {
    ll::Value items = seq::tupleAsList(c, c.op.args[0], t, r);
    return !items.isNull() && seq::finish(c, c.callHelper(HelperId::list_getitem, {items, i.value, c.constInt(1)}, rt));
  }
  ll::Value j = seq::checkedIndex(c, i, c.constInt(n), seq::IndexKind::Tuple);
  if (n == 0 || rt->kind == ll::TypeKind::Void) return seq::finish(c, seq::voidValue(c)); // () always raises
  ll::Value v = seq::tupleItem(c, c.op.args[0], t, size_t(n - 1), r);
  for (int64_t k = n - 1; k-- > 0;) {
    ll::Value is = c.emit(ll::Op::int_eq, {j, c.constInt(k)}, c.rt.types().boolType());
    v = c.emit(ll::Op::select, {is, seq::tupleItem(c, c.op.args[0], t, size_t(k), r), v}, v.type());
  }
  return seq::finish(c, v);
}

// t[a:b] with constant bounds (the annotator requires them), as Python clamps them.
bool slice(OpCtx& c) {
  const Annotation* t = c.ann(0);
  int64_t n = int64_t(t->items.size());
  auto bound = [&](size_t k, int64_t dflt) {
    if (c.ann(k)->is(AnnKind::None)) return dflt;
    int64_t v = *seq::knownInt(c, c.op.args[k]);
    return std::clamp(v < 0 ? v + n : v, int64_t(0), n);
  };
  if (!c.ann(3)->is(AnnKind::None) || (!c.ann(1)->is(AnnKind::None) && !seq::knownInt(c, c.op.args[1])) ||
      (!c.ann(2)->is(AnnKind::None) && !seq::knownInt(c, c.op.args[2])))
    return false;
  std::vector<ItemRef> refs;
  for (int64_t k = bound(1, 0); k < bound(2, n); ++k) refs.push_back({c.op.args[0], t, size_t(k)});
  return buildFrom(c, refs);
}

bool concat(OpCtx& c) {
  std::vector<ItemRef> refs;
  for (size_t which = 0; which < 2; ++which)
    for (size_t i = 0; i < c.ann(which)->items.size(); ++i) refs.push_back({c.op.args[which], c.ann(which), i});
  return buildFrom(c, refs);
}

bool repeat(OpCtx& c) {
  size_t which = c.ann(0)->is(AnnKind::Tuple) ? 0 : 1;
  const Annotation* t = c.ann(which);
  std::optional<int64_t> k = seq::knownInt(c, c.op.args[1 - which]);
  if (!k) return false;
  std::vector<ItemRef> refs;
  for (int64_t r = 0; r < *k; ++r)
    for (size_t i = 0; i < t->items.size(); ++i) refs.push_back({c.op.args[which], t, i});
  return buildFrom(c, refs);
}

// any(t), all(t) of Void items (None, or functions and classes known at translation time): known.
bool voidTruth(OpCtx& c, BuiltinId id, const Annotation* t, const Annotation* item) {
  bool none = item->is(AnnKind::None) || item->isImpossible(); // else every item is true
  bool any = !t->items.empty() && !none;
  bool all = t->items.empty() || !none;
  return seq::finish(c, boolConst(c, id == BuiltinId::any ? any : all));
}

// min(t), max(t), sum(t[, start]), any(t), all(t): the list helpers on a copy of the items in
// their union's type (an array, or a list_Void), as iterating the tuple would see them.
bool reduce(OpCtx& c, BuiltinId id) {
  const Annotation* t = c.ann(1);
  const Annotation* u = seq::tupleItemUnion(c.rt, t);
  const ll::Type* ut = u ? c.rt.lowType(u) : nullptr;
  const ll::Type* r = c.rt.lowType(c.resultAnn());
  if (!ut || !r) return false;
  if ((id == BuiltinId::any || id == BuiltinId::all) && ut->kind == ll::TypeKind::Void) return voidTruth(c, id, t, u);
  ll::Value items = seq::tupleAsList(c, c.op.args[1], t, u);
  if (items.isNull()) return false;
  switch (id) {
  case BuiltinId::min: return seq::finish(c, c.callHelper(HelperId::list_min, {items}, r));
  case BuiltinId::max: return seq::finish(c, c.callHelper(HelperId::list_max, {items}, r));
  case BuiltinId::any: return seq::finish(c, c.callHelper(HelperId::list_any, {items}, r));
  case BuiltinId::all: return seq::finish(c, c.callHelper(HelperId::list_all, {items}, r));
  case BuiltinId::sum: {
    ll::Value start = c.count() == 3 ? c.arg(2, c.resultAnn()) : c.gc.convertTo(c.constInt(0), integerAnn(c), r);
    return seq::finish(c, c.callHelper(HelperId::list_sum, {items, start}, r));
  }
  default: return false;
  }
}

bool callFunction(OpCtx& c, BuiltinId id) {
  if (id == BuiltinId::tuple_ && c.count() == 1) { // tuple(): the empty tuple
    const ll::Type* ptr = tuplePtr(c.rt, c.resultAnn());
    return ptr && seq::finish(c, build(c, ptr, {}));
  }
  if (c.count() < 2 || !c.ann(1)->is(AnnKind::Tuple)) return false;
  if (id == BuiltinId::sum && c.count() <= 3) return reduce(c, id);
  if (c.count() != 2) return false;
  const Annotation* t = c.ann(1);
  switch (id) {
  case BuiltinId::min:
  case BuiltinId::max:
  case BuiltinId::any:
  case BuiltinId::all: return reduce(c, id);
  case BuiltinId::len: return seq::finish(c, c.constInt(int64_t(t->items.size())));
  case BuiltinId::bool_: return seq::finish(c, boolConst(c, !t->items.empty()));
  case BuiltinId::tuple_: return seq::finish(c, c.arg(1, c.resultAnn()));
  case BuiltinId::hash: return seq::finish(c, c.callHelper(HelperId::tuple_hash, {c.arg(1)}, c.rt.types().signedType()));
  default: return false;
  }
}

bool onTuple(OpCtx& c) {
  const Annotation* t = c.ann(0);
  switch (c.op.opcode) {
  case OpCode::getitem: return getItem(c);
  case OpCode::getslice: return slice(c);
  case OpCode::unpack_check: return seq::finish(c, seq::voidValue(c)); // the annotator checked the length
  case OpCode::bool_: return seq::finish(c, boolConst(c, !t->items.empty()));
  case OpCode::not_: return seq::finish(c, boolConst(c, t->items.empty()));
  case OpCode::contains: return contains(c);
  default: break;
  }
  if (c.count() != 2) return false;
  const Annotation* u = c.ann(1);
  switch (c.op.opcode) {
  case OpCode::add:
  case OpCode::inplace_add: return u->is(AnnKind::Tuple) && concat(c);
  case OpCode::mul:
  case OpCode::inplace_mul: return u->isIntLike() && repeat(c);
  case OpCode::eq:
  case OpCode::ne: return u->is(AnnKind::Tuple) && equal(c, c.op.opcode == OpCode::ne);
  case OpCode::lt:
  case OpCode::le:
  case OpCode::gt:
  case OpCode::ge: return u->is(AnnKind::Tuple) && order(c);
  case OpCode::is_: {
    ll::Value a = c.arg(0), b = c.arg(1);
    if (a.type() != b.type()) return seq::finish(c, boolConst(c, false));
    return seq::finish(c, c.emit(ll::Op::ptr_eq, {a, b}, c.rt.types().boolType()));
  }
  default: return false;
  }
}

} // namespace

// -- Shared with the other sequence families ------------------------------------------------------------

namespace seq {

ll::Value tupleItem(OpCtx& c, flow::Value v, const Annotation* t, size_t i, const Annotation* want) {
  if (const flow::Operation* made = definingOp(c, v); made && isLazyTuple(c, *made)) // never made
    return valueAs(c, made->args[i], want);
  if (flow::Constant* k = v.constant(); k && k->value.kind == load::Value::Kind::Tuple && i < k->value.items.size())
    return c.gc.convert(c.gc.lowConstant(k->value.items[i], t->items[i], k->loc), t->items[i], want);
  return c.gc.convert(fieldOf(c.gc, c.rt, c.gc.valueOf(v), i, c.op.loc), t->items[i], want);
}

const Annotation* tupleItemUnion(RTyper& rt, const Annotation* t) {
  ann::Lattice& l = rt.annotator().lattice();
  const Annotation* u = l.impossible();
  for (const Annotation* item : t->items) {
    u = l.unite(u, item);
    if (!u) return nullptr;
  }
  return u;
}

ll::Value tupleToArray(OpCtx& c, flow::Value v, const Annotation* t, const Annotation* item) {
  const ll::Type* itemType = c.rt.lowType(item);
  if (!itemType || itemType->kind == ll::TypeKind::Void) return {};
  const ll::Type* array = c.rt.types().ptr(c.rt.types().array(itemType, true));
  ll::Value a = newArray(c, array, c.constInt(int64_t(t->items.size())));
  for (size_t i = 0; i < t->items.size(); ++i)
    c.emit(ll::Op::setarrayitem, {a, c.constInt(int64_t(i)), tupleItem(c, v, t, i, item)}, c.rt.types().voidType());
  return a;
}

ll::Value tupleAsList(OpCtx& c, flow::Value v, const Annotation* t, const Annotation* item) {
  const ll::Type* type = item ? c.rt.lowType(item) : nullptr;
  if (!type) return {};
  if (type->kind != ll::TypeKind::Void) return tupleToArray(c, v, t, item);
  ll::Value list = newStruct(c, voidListType(c.rt));
  setField(c, list, "length", c.constInt(int64_t(t->items.size())));
  return list;
}

ll::Value valuesEqual(OpCtx& c, ll::Value a, const Annotation* aa, ll::Value b, const Annotation* ba) {
  const ll::Type* bt = c.rt.types().boolType();
  if (aa->is(AnnKind::None) || ba->is(AnnKind::None)) {
    if (aa->is(AnnKind::None) && ba->is(AnnKind::None)) return boolConst(c, true);
    ll::Value p = aa->is(AnnKind::None) ? b : a;
    if (!p.type()->isPtr()) return boolConst(c, false);
    return c.emit(ll::Op::ptr_iszero, {p}, bt);
  }
  if (isNumber(aa) && isNumber(ba)) {
    if (aa->is(AnnKind::Bool) && ba->is(AnnKind::Bool)) return c.emit(ll::Op::bool_eq, {a, b}, bt);
    const Annotation* n = numberAnn(c, aa, ba);
    ll::Value x = c.gc.convert(a, aa, n), y = c.gc.convert(b, ba, n);
    ll::TypeKind k = x.type()->kind;
    ll::Op op = k == ll::TypeKind::Float ? ll::Op::float_eq : k == ll::TypeKind::Unsigned ? ll::Op::uint_eq : ll::Op::int_eq;
    return c.emit(op, {x, y}, bt);
  }
  if (aa->is(AnnKind::Char) && ba->is(AnnKind::Char)) return c.emit(ll::Op::unichar_eq, {a, b}, bt);
  if ((aa->isStrLike() && ba->isStrLike()) || (aa->is(AnnKind::Bytes) && ba->is(AnnKind::Bytes))) {
    const ll::Type* s = c.rt.strPtr();
    return c.callHelper(HelperId::str_eq, {c.gc.convertTo(a, aa, s), c.gc.convertTo(b, ba, s)}, bt);
  }
  if (aa->kind != ba->kind) return boolConst(c, false); // never equal (the annotator allows ==)
  switch (aa->kind) {
  case AnnKind::Instance: {
    const ll::Type* object = c.rt.objectPtr();
    return c.emit(ll::Op::ptr_eq, {c.gc.convertTo(a, aa, object), c.gc.convertTo(b, ba, object)}, bt);
  }
  case AnnKind::List: return c.callHelper(HelperId::list_eq, {a, b}, bt);
  case AnnKind::Tuple: {
    if (aa->items.size() != ba->items.size()) return boolConst(c, false);
    ll::Value all = boolConst(c, true);
    for (size_t i = 0; i < aa->items.size(); ++i) {
      ll::Value x = fieldOf(c.gc, c.rt, a, i, c.op.loc), y = fieldOf(c.gc, c.rt, b, i, c.op.loc);
      ll::Value e = valuesEqual(c, x, aa->items[i], y, ba->items[i]);
      if (e.isNull()) return {};
      all = i == 0 ? e : c.emit(ll::Op::bool_and, {all, e}, bt);
    }
    return all;
  }
  default:
    if (a.type() == b.type() && a.type()->isPtr()) return c.emit(ll::Op::ptr_eq, {a, b}, bt);
    return {};
  }
}

} // namespace seq

// -- Entry points -----------------------------------------------------------------------------------

const ll::Type* tupleLowType(RTyper& rt, const Annotation* a) { return tuplePtr(rt, a); }

ll::Value tupleConvert(GraphConverter& gc, RTyper& rt, ll::Value v, const Annotation* from, const ll::Type* want,
                       SourceLoc loc) {
  if (!from->is(AnnKind::Tuple) || !v.type()->isPtr() || !want->isPtr() || !want->target->isStruct()) return {};
  std::vector<ll::Value> items;
  for (size_t i = 0; i < from->items.size(); ++i) {
    ll::Value item = fieldOf(gc, rt, v, i, loc);
    const ll::Field* f = want->target->field(itemField(i));
    items.push_back(f ? gc.convertTo(item, from->items[i], f->type) : item);
  }
  ll::Value t = seq::newStruct(gc, rt, want, loc);
  for (size_t i = 0; i < items.size(); ++i) setItem(gc, rt, t, i, items[i], loc);
  return t;
}

bool rtypeTuple(OpCtx& c) {
  if (c.op.opcode == OpCode::newtuple) {
    if (seq::isLazyTuple(c, c.op)) return true; // its one consumer reads the operands
    const Annotation* r = c.resultAnn();
    const ll::Type* ptr = tuplePtr(c.rt, r);
    if (!ptr) return false;
    std::vector<ll::Value> items;
    for (size_t i = 0; i < c.count(); ++i) items.push_back(seq::valueAs(c, c.op.args[i], r->items[i]));
    return seq::finish(c, build(c, ptr, items));
  }
  if (c.op.opcode == OpCode::simple_call) {
    std::optional<BuiltinId> id = c.builtinCallee();
    return id && callFunction(c, *id);
  }
  if (c.count() == 0) return false;
  if (c.ann(0)->is(AnnKind::Tuple)) return onTuple(c);
  // k * t, and `x in t` is contains(t, x) (handled above).
  if (c.count() == 2 && c.ann(1)->is(AnnKind::Tuple) && (c.op.opcode == OpCode::mul)) return repeat(c);
  return false;
}

} // namespace kiln::rt

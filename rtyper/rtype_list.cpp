// Lists: a resizable GcStruct list_<item> {length, items}, or a bare GcArray when the list is
// never resized (the representations are in rtype_sequences.h; docs/rtyper.md "## lists").
//
// What is inline and what is a helper call (rtyper/helpers.def, the list_* rows):
//   - [a, b, c] allocates the item array (malloc_varsize), stores the items and, for a resizable
//     list, allocates the struct and sets its two fields. len(l) reads the length field (or the
//     array's size); bool(l) tests it.
//   - l[i] and l[i] = x check the index with check_index (a non-negative index: one unsigned
//     compare) or check_index_wrap (an index of unknown sign: Python's negative indices), then
//     read or write the array inline. A rule cannot branch, so raising IndexError is the check
//     helper's job; the helper returns the index to use, so the access depends on the check.
//     When the access ends a block whose exception links catch what it raises (`try: x = l[i]
//     except IndexError:`), the raising operation must be the last one of its block: the whole
//     access is then one call, list_getitem or list_setitem.
//   - [x] * n is one allocation: when x is zero (0, 0.0, False, None, a Void item) the zeroed
//     malloc_varsize is the list; otherwise list_alloc_and_set. The one-item newlist is not made
//     (its only use is the mul).
//   - Everything that loops or reallocates (append, pop, insert, extend, slices, +, *, in, ==,
//     index, count, remove, reverse, sort, min, max, sum, any, all, list(x)) is a helper, generic
//     over the list type: the call's Func type names the instantiation.
//   - range(...) as a value is materialized (range_list) into the list its ListDef gives (a
//     fixed list of ints); a range() that is only iterated is not made at all (rtype_iter.cpp).
#include "rtyper/rtype_sequences.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "annotator/bookkeeper.h"
#include "rtyper/rtype_str.h"
#include "support/assert.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using flow::OpCode;

namespace seq {

// -- Types ------------------------------------------------------------------------------------------

std::string shortName(RTyper& rt, const ll::Type* t) {
  if (t->kind == ll::TypeKind::Ptr) {
    const ll::Type* to = t->target;
    if (to->isStruct()) return to->name;
    if (to->isArray()) return "array_" + shortName(rt, to->target);
    return "func";
  }
  if (t->isStruct()) return t->name;
  return std::string(ll::kindName(t->kind));
}

namespace {

bool sameFields(const ll::Type* s, const std::vector<ll::Field>& fields) {
  if (s->fields.size() != fields.size()) return false;
  for (size_t i = 0; i < fields.size(); ++i)
    if (s->fields[i].name != fields[i].name || s->fields[i].type != fields[i].type) return false;
  return true;
}

} // namespace

const ll::Type* memoStruct(RTyper& rt, const std::string& name, bool gc, const std::vector<ll::Field>& fields) {
  ll::TypeContext& t = rt.types();
  for (int n = 1;; ++n) {
    const ll::Type* s = t.structNamed(n == 1 ? name : name + "_" + std::to_string(n));
    if (!s) break;
    if (s->isGc() == gc && s->frozen && sameFields(s, fields)) return s;
  }
  ll::Type* s = t.newStruct(name, gc);
  for (const ll::Field& f : fields) t.addField(s, f.name, f.type);
  t.freeze(s);
  return s;
}

const ll::Type* voidListType(RTyper& rt) {
  return rt.types().ptr(memoStruct(rt, "list_Void", true, {{"length", rt.types().signedType()}}));
}

bool listRepr(RTyper& rt, const Annotation* a, ListRepr& out) {
  if (!a || !a->is(AnnKind::List)) return false;
  ll::TypeContext& t = rt.types();
  out.def = a->list->find();
  out.item = out.def->item.ann ? out.def->item.ann : rt.annotator().lattice().impossible();
  out.itemType = rt.lowType(out.item);
  if (!out.itemType) return false;
  out.resizable = out.def->resized || out.def->isArgv; // the runtime builds argv: one fixed type
  if (out.itemType->kind == ll::TypeKind::Void) {
    out.voidItems = true;
    out.ptr = voidListType(rt);
    return true;
  }
  out.array = t.ptr(t.array(out.itemType, true));
  if (!out.resizable) {
    out.ptr = out.array;
    return true;
  }
  std::vector<ll::Field> fields = {{"length", t.signedType()}, {"items", out.array}};
  out.ptr = t.ptr(memoStruct(rt, "list_" + shortName(rt, out.itemType), true, fields));
  return true;
}

// -- Allocation and fields ------------------------------------------------------------------------------

ll::Value newStruct(GraphConverter& gc, RTyper& rt, const ll::Type* ptr, SourceLoc loc) {
  ll::ConstValue type;
  type.type = ptr->target;
  return gc.emit(ll::Op::malloc, {gc.constant(rt.types().voidType(), type)}, ptr, loc);
}

ll::Value newArray(GraphConverter& gc, RTyper& rt, const ll::Type* ptr, ll::Value n, SourceLoc loc) {
  ll::ConstValue type;
  type.type = ptr->target;
  return gc.emit(ll::Op::malloc_varsize, {gc.constant(rt.types().voidType(), type), n}, ptr, loc);
}

ll::Value newStruct(OpCtx& c, const ll::Type* ptr) { return newStruct(c.gc, c.rt, ptr, c.op.loc); }
ll::Value newArray(OpCtx& c, const ll::Type* ptr, ll::Value n) { return newArray(c.gc, c.rt, ptr, n, c.op.loc); }

void setField(OpCtx& c, ll::Value obj, const std::string& field, ll::Value v) {
  c.emit(ll::Op::setfield, {obj, c.voidConst(field), v}, c.rt.types().voidType());
}

ll::Value getField(OpCtx& c, ll::Value obj, const std::string& field) {
  const ll::Field* f = obj.type()->target->field(field);
  KILN_ASSERT(f, "no field '%s'", field.c_str());
  return c.emit(ll::Op::getfield, {obj, c.voidConst(field)}, f->type);
}

ll::Value voidValue(OpCtx& c) { return c.gc.constant(c.rt.types().voidType(), {}); }

bool finish(OpCtx& c, ll::Value v) {
  if (v.isNull()) return c.unsupported();
  c.result(v);
  return true;
}

ll::Value listLength(OpCtx& c, const ListRepr& l, ll::Value list) {
  if (l.resizable || l.voidItems) return getField(c, list, "length");
  return c.emit(ll::Op::getarraysize, {list}, c.rt.types().signedType());
}

ll::Value listArray(OpCtx& c, const ListRepr& l, ll::Value list) {
  return l.resizable ? getField(c, list, "items") : list;
}

ll::Value buildList(OpCtx& c, const ListRepr& l, const std::vector<ll::Value>& items) {
  ll::Value n = c.constInt(int64_t(items.size()));
  if (l.voidItems) {
    ll::Value list = newStruct(c, l.ptr);
    setField(c, list, "length", n);
    return list;
  }
  ll::Value array = newArray(c, l.array, n);
  for (size_t i = 0; i < items.size(); ++i)
    c.emit(ll::Op::setarrayitem, {array, c.constInt(int64_t(i)), items[i]}, c.rt.types().voidType());
  if (!l.resizable) return array;
  ll::Value list = newStruct(c, l.ptr);
  setField(c, list, "length", n);
  setField(c, list, "items", array);
  return list;
}

// -- Operands -----------------------------------------------------------------------------------------

ll::Value valueAs(OpCtx& c, flow::Value v, const Annotation* want) {
  // A constant tuple is built in the wanted representation, not built and converted.
  if (flow::Constant* k = v.constant(); k && k->value.kind == load::Value::Kind::Tuple && want->is(AnnKind::Tuple))
    return c.gc.lowConstant(k->value, want, k->loc);
  return c.gc.convert(c.gc.valueOf(v), c.gc.annotationOf(v), want);
}

std::optional<int64_t> knownInt(OpCtx& c, flow::Value v) {
  if (flow::Constant* k = v.constant())
    return k->value.kind == load::Value::Kind::Bool ? int64_t(k->value.boolValue) : k->value.intValue;
  const Annotation* a = c.gc.annotationOf(v);
  if (a->hasConst() && a->constant.kind == load::Value::Kind::Int && !a->isUnsigned()) return a->constant.intValue;
  return std::nullopt;
}

Index indexOperand(OpCtx& c, flow::Value v) {
  Index r;
  const Annotation* a = c.gc.annotationOf(v);
  if (std::optional<int64_t> known = knownInt(c, v)) {
    r.constant = known;
    r.value = c.constInt(*known);
    r.nonNeg = *known >= 0;
    return r;
  }
  r.value = c.gc.valueOf(v);
  switch (r.value.type()->kind) {
  case ll::TypeKind::Bool:
    r.value = c.emit(ll::Op::cast_bool_to_int, {r.value}, c.rt.types().signedType());
    r.nonNeg = true;
    break;
  case ll::TypeKind::Unsigned: // a huge r_uint is negative as a Signed: the unsigned check rejects it
    r.value = c.emit(ll::Op::cast_uint_to_int, {r.value}, c.rt.types().signedType());
    r.nonNeg = true;
    break;
  default: r.nonNeg = a->nonNeg(); break;
  }
  return r;
}

ll::Value checkedIndex(OpCtx& c, const Index& i, ll::Value length, IndexKind kind) {
  const ll::Type* s = c.rt.types().signedType();
  ll::Value what = c.constInt(int64_t(kind));
  if (i.constant && *i.constant < 0) {
    ll::Value j = c.emit(ll::Op::int_add, {length, i.value}, s);
    return c.callHelper(HelperId::check_index, {j, length, what}, s);
  }
  return c.callHelper(i.nonNeg ? HelperId::check_index : HelperId::check_index_wrap, {i.value, length, what}, s);
}

// -- The flow block -----------------------------------------------------------------------------------

const flow::Operation* definingOp(OpCtx& c, flow::Value v) {
  const flow::Variable* var = v.variable();
  if (!var) return nullptr;
  for (const flow::Operation& op : c.gc.flowBlock()->operations)
    if (op.result == var) return &op;
  return nullptr;
}

const flow::Operation* soleUser(OpCtx& c, const flow::Variable* v) {
  const flow::Block* b = c.gc.flowBlock();
  const flow::Operation* user = nullptr;
  int uses = 0;
  for (const flow::Operation& op : b->operations)
    for (flow::Value a : op.args)
      if (a.variable() == v) ++uses, user = &op;
  if (b->exitSwitch.variable() == v) return nullptr;
  for (const flow::Link& l : b->exits)
    for (flow::Value a : l.args)
      if (a.variable() == v) return nullptr;
  return uses == 1 ? user : nullptr;
}

namespace {

// Whether `user` iterates `v` once, from the start: iter(v), enumerate(v), zip(..., v, ...),
// list(v).
bool iteratesOnce(OpCtx& c, const flow::Operation& user, const flow::Variable* v) {
  if (user.opcode == OpCode::iter) return user.args[0].variable() == v;
  OpCtx other{c.gc, c.rt, user};
  std::optional<BuiltinId> id = other.builtinCallee();
  if (!id) return false;
  switch (*id) {
  case BuiltinId::iter:
  case BuiltinId::list_:
  case BuiltinId::enumerate: return user.args.size() >= 2 && user.args[1].variable() == v;
  case BuiltinId::zip: return true; // soleUser counted v once among the operands
  default: return false;
  }
}

bool isRangeCall(OpCtx& c, const flow::Operation& op) {
  OpCtx other{c.gc, c.rt, op};
  std::optional<BuiltinId> id = other.builtinCallee();
  return id && *id == BuiltinId::range && op.args.size() >= 2 && op.args.size() <= 4;
}

} // namespace

bool isLazyRange(OpCtx& c, const flow::Operation& call) {
  if (!call.result || !isRangeCall(c, call)) return false;
  const flow::Operation* user = soleUser(c, call.result);
  return user && iteratesOnce(c, *user, call.result);
}

bool isLazyTuple(OpCtx& c, const flow::Operation& op) {
  if (op.opcode != OpCode::newtuple || !op.result) return false;
  const flow::Operation* user = soleUser(c, op.result);
  if (!user) return false;
  if (user->opcode == OpCode::contains) return user->args[0].variable() == op.result;
  return iteratesOnce(c, *user, op.result);
}

const flow::Operation* lazyRangeOf(OpCtx& c, flow::Value v) {
  const flow::Operation* call = definingOp(c, v);
  return call && isLazyRange(c, *call) ? call : nullptr;
}

std::vector<ll::Value> rangeBounds(OpCtx& c, const flow::Operation& call) {
  const Annotation* integer = c.rt.annotator().lattice().integer();
  auto bound = [&](size_t i) { return valueAs(c, call.args[i], integer); };
  switch (call.args.size()) {
  case 2: return {c.constInt(0), bound(1), c.constInt(1)};
  case 3: return {bound(1), bound(2), c.constInt(1)};
  default: return {bound(1), bound(2), bound(3)};
  }
}

} // namespace seq

using namespace seq;

namespace {

const Annotation* integerAnn(OpCtx& c) { return c.rt.annotator().lattice().integer(); }

// -- Building -----------------------------------------------------------------------------------------

// Whether newlist `op` (of one item) only feeds a `[x] * n` in the same block: then the mul
// allocates the list, and the one-item list is never made.
bool feedsRepeat(OpCtx& c, const flow::Operation& op) {
  if (op.args.size() != 1 || !op.result) return false;
  const flow::Operation* user = soleUser(c, op.result);
  if (!user || user->opcode != OpCode::mul) return false;
  OpCtx u{c.gc, c.rt, *user};
  return u.ann(0)->isIntLike() || u.ann(1)->isIntLike();
}

bool newList(OpCtx& c) {
  ListRepr l;
  if (!listRepr(c.rt, c.resultAnn(), l)) return false;
  if (feedsRepeat(c, c.op)) return true;
  std::vector<ll::Value> items;
  for (size_t i = 0; i < c.count(); ++i) items.push_back(l.voidItems ? ll::Value() : valueAs(c, c.op.args[i], l.item));
  c.result(buildList(c, l, items));
  return true;
}

bool isZero(ll::Value v) {
  ll::Constant* k = v.constant();
  if (!k) return false;
  if (k->type->kind == ll::TypeKind::Void) return true;
  const ll::ConstValue& x = k->value;
  return x.i == 0 && x.f == 0.0 && !std::signbit(x.f) && x.isNull();
}

// [x] * n (`item` is x, a flow value) as one allocation.
bool repeatItem(OpCtx& c, const ListRepr& l, flow::Value item, const Index& n) {
  const ll::Type* s = c.rt.types().signedType();
  ll::Value x = l.voidItems ? voidValue(c) : valueAs(c, item, l.item);
  if (!isZero(x)) return finish(c, c.callHelper(HelperId::list_alloc_and_set, {n.value, x}, l.ptr));
  ll::Value count = n.value;
  if (!n.nonNeg) { // [x] * -3 == []
    ll::Value negative = c.emit(ll::Op::int_lt, {count, c.constInt(0)}, c.rt.types().boolType());
    count = c.emit(ll::Op::select, {negative, c.constInt(0), count}, s);
  }
  if (l.voidItems) {
    ll::Value list = newStruct(c, l.ptr);
    setField(c, list, "length", count);
    return finish(c, list);
  }
  ll::Value array = newArray(c, l.array, count);
  if (!l.resizable) return finish(c, array);
  ll::Value list = newStruct(c, l.ptr);
  setField(c, list, "length", count);
  setField(c, list, "items", array);
  return finish(c, list);
}

// l * n, n * l, [x] * n.
bool repeat(OpCtx& c) {
  size_t which = c.ann(0)->is(AnnKind::List) ? 0 : 1;
  ListRepr l;
  if (!c.ann(1 - which)->isIntLike() || !listRepr(c.rt, c.resultAnn(), l)) return false;
  Index n = indexOperand(c, c.op.args[1 - which]);
  if (const flow::Operation* made = definingOp(c, c.op.args[which]);
      made && made->opcode == OpCode::newlist && feedsRepeat(c, *made))
    return repeatItem(c, l, made->args[0], n);
  return finish(c, c.callHelper(HelperId::list_mul, {c.arg(which, c.resultAnn()), n.value}, l.ptr));
}

// An operand whose items extend or fill a list: a list or str as it is, a tuple copied into an
// array of the list's item type. Null for what the helpers do not take (iterators).
ll::Value itemSource(OpCtx& c, size_t i, const ListRepr& into) {
  const Annotation* a = c.ann(i);
  if (a->is(AnnKind::List) || a->isStrLike() || a->is(AnnKind::Bytes)) return c.arg(i);
  if (a->is(AnnKind::Tuple)) return tupleAsList(c, c.op.args[i], a, into.item);
  return {};
}

// A new iterator over the keys of dict operand i (the layout of rtype_dict.cpp's iterators:
// {dict, index}, index 0 as malloc leaves it), or a null Value.
ll::Value keyIterator(OpCtx& c, size_t i) {
  ann::Lattice& lattice = c.rt.annotator().lattice();
  const Annotation* items[1] = {lattice.nonNull(c.ann(i))};
  const ll::Type* it = c.rt.lowType(lattice.iterator(ann::IterKind::DictKeys, items));
  if (!it || !it->target->field("dict")) return {};
  ll::Value keys = newStruct(c, it);
  setField(c, keys, "dict", c.arg(i));
  return keys;
}

// Operand i as an iterator the generic iterator helpers take (list_from_iter, list_extend_iter):
// a built-in iterator (a dict view is one) or a file as it is, a new key iterator for a dict;
// a null Value for the rest (instances iterate through their methods: rtype_special.cpp).
ll::Value iteratorOperand(OpCtx& c, size_t i) {
  const Annotation* a = c.ann(i);
  if (a->is(AnnKind::Iterator) || a->is(AnnKind::File)) return c.arg(i);
  if (a->is(AnnKind::Dict)) return keyIterator(c, i);
  return {};
}

// Whether values annotated `a` hold a list or a dict (at any depth of tuples).
bool holdsContainer(const Annotation* a) {
  if (a->is(AnnKind::List) || a->is(AnnKind::Dict)) return true;
  return a->is(AnnKind::Tuple) && std::any_of(a->items.begin(), a->items.end(), holdsContainer);
}

// The value searched for in list `l` (x in l, l.index(x), l.count(x), l.remove(x)), operand i:
// in the item's representation, except a list or dict (or a tuple holding one) of another type:
// `[1] in rows`, `{} in dicts` compare containers of two ListDefs or DictDefs, which no
// conversion turns into one another. Such a value keeps its own type; the helpers compare it as
// list_eq and dict_eq do.
ll::Value searched(OpCtx& c, size_t i, const ListRepr& l) {
  if (l.voidItems) return voidValue(c);
  const Annotation* x = c.ann(i);
  if (holdsContainer(x) && c.rt.lowType(x) != l.itemType) return c.arg(i);
  return valueAs(c, c.op.args[i], l.item);
}

// The operands of a search of `list` (contains, index, count, remove) for operand i: the list, the
// value, and the items' __eq__ when their class defines one (the annotator's ListDef::itemEq),
// which the helper calls as CPython compares: `item is x or item.__eq__(x)`.
std::vector<ll::Value> searchOperands(OpCtx& c, ll::Value list, const Annotation* listAnn, size_t i, const ListRepr& l) {
  std::vector<ll::Value> out{list, searched(c, i, l)};
  const Annotation* eq = listAnn->is(AnnKind::List) ? listAnn->list->find()->itemEq : nullptr;
  if (!eq || eq->descs.size() != 1 || c.ann(i)->is(AnnKind::None)) return out;
  ann::GraphInfo* g = c.rt.graphOfFunction(ann::descAs<ann::FunctionDesc>(eq->descs[0]));
  if (!g || !c.rt.graphOf(g)) return out;
  ll::ConstValue fn;
  fn.graph = c.rt.graphOf(g);
  out.push_back(c.gc.constant(c.rt.types().ptr(fn.graph->funcType()), fn));
  return out;
}

// -- Items ----------------------------------------------------------------------------------------

bool getItem(OpCtx& c, const ListRepr& l) {
  Index i = indexOperand(c, c.op.args[1]);
  ll::Value list = c.arg(0);
  if (c.endsRaisingBlock()) // the raising call must be the last operation: it returns the result's type
    return finish(c, c.callHelper(HelperId::list_getitem, {list, i.value}, c.rt.lowType(c.resultAnn())));
  ll::Value j = checkedIndex(c, i, listLength(c, l, list), IndexKind::List);
  ll::Value item = l.voidItems ? voidValue(c) : c.emit(ll::Op::getarrayitem, {listArray(c, l, list), j}, l.itemType);
  return finish(c, c.gc.convert(item, l.item, c.resultAnn()));
}

bool setItem(OpCtx& c, const ListRepr& l) {
  Index i = indexOperand(c, c.op.args[1]);
  ll::Value list = c.arg(0);
  ll::Value x = l.voidItems ? voidValue(c) : valueAs(c, c.op.args[2], l.item);
  if (c.endsRaisingBlock()) {
    c.callHelper(HelperId::list_setitem, {list, i.value, x}, c.rt.types().voidType());
    return finish(c, voidValue(c));
  }
  ll::Value j = checkedIndex(c, i, listLength(c, l, list), IndexKind::ListAssignment);
  if (!l.voidItems) c.emit(ll::Op::setarrayitem, {listArray(c, l, list), j, x}, c.rt.types().voidType());
  return finish(c, voidValue(c));
}

// list_slice_step's None bound (str_slice_step's too): what None means depends on the sign of a
// step known only at run time. A real bound of -2**63 behaves like None, as in CPython's own
// slice unpacking.
constexpr int64_t kNoBound = std::numeric_limits<int64_t>::min();

// Whether the slice has a step other than 1 (l[::2], l[a:b:k]).
bool hasStep(OpCtx& c) {
  if (c.ann(3)->is(AnnKind::None)) return false;
  std::optional<int64_t> k = knownInt(c, c.op.args[3]);
  return !k || *k != 1;
}

// The start and stop of a slice as Signed: for a slice without a step, None is 0 and len(l);
// with one, kNoBound.
void sliceBounds(OpCtx& c, const ListRepr& l, ll::Value list, ll::Value& start, ll::Value& stop) {
  bool step = hasStep(c);
  auto given = [&](size_t i) { return !c.ann(i)->is(AnnKind::None); };
  start = given(1) ? indexOperand(c, c.op.args[1]).value : c.constInt(step ? kNoBound : 0);
  stop = given(2) ? indexOperand(c, c.op.args[2]).value : step ? c.constInt(kNoBound) : listLength(c, l, list);
}

// The items to assign to a slice: a list, str or tuple as itemSource gives them; the items an
// iterator (or a dict's keys) has left, made into a new list first, as CPython makes a list of
// any other iterable before it assigns.
ll::Value sliceSource(OpCtx& c, const ListRepr& l) {
  ll::Value items = itemSource(c, 4, l);
  if (!items.isNull()) return items;
  ll::Value it = iteratorOperand(c, 4);
  return it.isNull() ? it : c.callHelper(HelperId::list_from_iter, {it}, l.ptr);
}

bool slice(OpCtx& c, const ListRepr& l) {
  ll::Value list = c.arg(0), start, stop;
  sliceBounds(c, l, list, start, stop);
  const ll::Type* voidType = c.rt.types().voidType();
  bool step = hasStep(c);
  ll::Value k = step ? indexOperand(c, c.op.args[3]).value : ll::Value();
  switch (c.op.opcode) {
  case OpCode::getslice: {
    const ll::Type* r = c.rt.lowType(c.resultAnn());
    if (step) return finish(c, c.callHelper(HelperId::list_slice_step, {list, start, stop, k}, r));
    return finish(c, c.callHelper(HelperId::list_slice, {list, start, stop}, r));
  }
  case OpCode::setslice: {
    ll::Value items = sliceSource(c, l);
    if (items.isNull()) return false;
    if (step) c.callHelper(HelperId::list_setslice_step, {list, start, stop, k, items}, voidType);
    else c.callHelper(HelperId::list_setslice, {list, start, stop, items}, voidType);
    return finish(c, voidValue(c));
  }
  case OpCode::delslice:
    if (step) c.callHelper(HelperId::list_delslice_step, {list, start, stop, k}, voidType);
    else c.callHelper(HelperId::list_delslice, {list, start, stop}, voidType);
    return finish(c, voidValue(c));
  default: return false;
  }
}

// bool(l), not l: a length test; a list that may be None goes through list_is_true.
bool truth(OpCtx& c, const ListRepr& l, size_t operand, bool negate) {
  const ll::Type* b = c.rt.types().boolType();
  ll::Value list = c.arg(operand);
  ll::Value v = c.ann(operand)->canBeNone() ? c.callHelper(HelperId::list_is_true, {list}, b)
                                            : c.emit(ll::Op::int_is_true, {listLength(c, l, list)}, b);
  if (negate) v = c.emit(ll::Op::bool_not, {v}, b);
  return finish(c, v);
}

// -- Methods ------------------------------------------------------------------------------------------

bool method(OpCtx& c, BuiltinId id) {
  ListRepr l;
  if (!listRepr(c.rt, c.ann(0)->self(), l)) return false;
  ll::TypeContext& t = c.rt.types();
  ll::Value list = c.arg(0);
  auto item = [&](size_t i) { return l.voidItems ? voidValue(c) : valueAs(c, c.op.args[i], l.item); };
  auto none = [&](HelperId h, std::vector<ll::Value> args) {
    c.callHelper(h, std::move(args), t.voidType());
    return finish(c, voidValue(c));
  };
  switch (id) {
  case BuiltinId::list_append: return none(HelperId::list_append, {list, item(1)});
  case BuiltinId::list_insert: return none(HelperId::list_insert, {list, indexOperand(c, c.op.args[1]).value, item(2)});
  case BuiltinId::list_extend: {
    ll::Value other = itemSource(c, 1, l);
    if (!other.isNull()) return none(HelperId::list_extend, {list, other});
    ll::Value it = iteratorOperand(c, 1);
    return !it.isNull() && none(HelperId::list_extend_iter, {list, it});
  }
  case BuiltinId::list_pop: {
    ll::Value i = c.count() == 2 ? indexOperand(c, c.op.args[1]).value : c.constInt(-1);
    return finish(c, c.callHelper(HelperId::list_pop, {list, i}, c.rt.lowType(c.resultAnn()))); // may end a raising block
  }
  case BuiltinId::list_remove: return none(HelperId::list_remove, searchOperands(c, list, c.ann(0)->self(), 1, l));
  case BuiltinId::list_index: return finish(c, c.callHelper(HelperId::list_index, searchOperands(c, list, c.ann(0)->self(), 1, l), t.signedType()));
  case BuiltinId::list_count: return finish(c, c.callHelper(HelperId::list_count, searchOperands(c, list, c.ann(0)->self(), 1, l), t.signedType()));
  case BuiltinId::list_reverse: return none(HelperId::list_reverse, {list});
  case BuiltinId::list_sort: return none(HelperId::list_sort, {list});
  case BuiltinId::list_clear: return none(HelperId::list_clear, {list});
  case BuiltinId::list_copy:
    return finish(c, c.callHelper(HelperId::list_slice, {list, c.constInt(0), listLength(c, l, list)}, l.ptr));
  default: return false;
  }
}

// -- Built-in functions ---------------------------------------------------------------------------------

// list(x) of operand i into the representation `r`: a copy of a list or of a str's chars, a
// tuple's items, the items an iterator has left (dict views too), or a range made straight into
// the list. Null (nothing emitted) for a dict: list(d) is rtype_dict.cpp's.
ll::Value listFrom(OpCtx& c, const ListRepr& r, size_t i = 1) {
  if (c.count() <= i) return buildList(c, r, {});
  const Annotation* x = c.ann(i);
  if (const flow::Operation* range = lazyRangeOf(c, c.op.args[i]))
    return c.callHelper(HelperId::range_list, rangeBounds(c, *range), r.ptr);
  if (x->is(AnnKind::Tuple)) {
    std::vector<ll::Value> items;
    for (size_t k = 0; k < x->items.size(); ++k)
      items.push_back(r.voidItems ? ll::Value() : tupleItem(c, c.op.args[i], x, k, r.item));
    return buildList(c, r, items);
  }
  if (x->is(AnnKind::Iterator)) return c.callHelper(HelperId::list_from_iter, {c.arg(i)}, r.ptr);
  ll::Value source = itemSource(c, i, r);
  return source.isNull() ? source : c.callHelper(HelperId::list_from, {source}, r.ptr);
}

// The keys of dict operand i as a new list: list_from_iter of a key iterator.
ll::Value dictKeys(OpCtx& c, const ListRepr& r, size_t i) {
  ll::Value keys = keyIterator(c, i);
  return keys.isNull() ? keys : c.callHelper(HelperId::list_from_iter, {keys}, r.ptr);
}

// sorted(x) of operand i: a new list of the result's representation with x's items (a dict's
// keys), not sorted yet.
ll::Value sortedCopy(OpCtx& c, size_t i) {
  ListRepr r;
  if (!listRepr(c.rt, c.resultAnn(), r)) return {};
  if (c.ann(i)->is(AnnKind::File)) return c.callHelper(HelperId::list_from_iter, {c.arg(i)}, r.ptr); // its lines
  return c.ann(i)->is(AnnKind::Dict) ? dictKeys(c, r, i) : listFrom(c, r, i);
}

// Sorts `list` in place; `reverse` is sort()'s keyword operand, if given: a constant false one is
// a plain sort.
void sortList(OpCtx& c, ll::Value list, std::optional<size_t> reverse) {
  const ll::Type* voidType = c.rt.types().voidType();
  if (reverse) {
    std::optional<int64_t> known = knownInt(c, c.op.args[*reverse]);
    if (!known || *known) {
      ll::Value r = c.arg(*reverse);
      if (r.type()->kind != ll::TypeKind::Bool) // an int: its truth
        r = c.emit(ll::Op::int_is_true, {c.arg(*reverse, integerAnn(c))}, c.rt.types().boolType());
      c.callHelper(HelperId::list_sort_reverse, {list, r}, voidType);
      return;
    }
  }
  c.callHelper(HelperId::list_sort, {list}, voidType);
}

// l.sort(reverse=r), sorted(x, reverse=r): a call_args whose only keyword is `reverse` (the
// annotator rejects the others, `key=` included).
bool sortWithKeywords(OpCtx& c) {
  const Annotation* callee = c.ann(0);
  if (!callee->is(AnnKind::Builtin)) return false;
  bool method = callee->self() != nullptr;
  if (method ? callee->builtin != BuiltinId::list_sort || !callee->self()->is(AnnKind::List)
             : callee->builtin != BuiltinId::sorted)
    return false;
  std::vector<std::optional<size_t>> at;
  if (!str::callOperands(c).bind(method ? std::vector<std::string_view>{"reverse"} : std::vector<std::string_view>{"iterable", "reverse"}, at))
    return false;
  if (method) {
    sortList(c, c.arg(0), at[0]);
    return finish(c, voidValue(c));
  }
  if (!at[0]) return false;
  ll::Value copy = sortedCopy(c, *at[0]);
  if (copy.isNull()) return false;
  sortList(c, copy, at[1]);
  return finish(c, copy);
}

// min(l), max(l), sum(l[, start]), any(l), all(l) of a list.
bool reduce(OpCtx& c, BuiltinId id, const ListRepr& l) {
  ll::TypeContext& t = c.rt.types();
  const ll::Type* r = c.rt.lowType(c.resultAnn());
  ll::Value list = c.arg(1);
  switch (id) {
  case BuiltinId::min: return c.count() == 2 && finish(c, c.callHelper(HelperId::list_min, {list}, r));
  case BuiltinId::max: return c.count() == 2 && finish(c, c.callHelper(HelperId::list_max, {list}, r));
  case BuiltinId::sum: {
    ll::Value start = c.count() == 3 ? c.arg(2, c.resultAnn()) : c.gc.convertTo(c.constInt(0), integerAnn(c), r);
    return finish(c, c.callHelper(HelperId::list_sum, {list, start}, r));
  }
  case BuiltinId::any: return finish(c, c.callHelper(HelperId::list_any, {list}, t.boolType()));
  case BuiltinId::all: return finish(c, c.callHelper(HelperId::list_all, {list}, t.boolType()));
  default: return false;
  }
}

bool callFunction(OpCtx& c, BuiltinId id) {
  ListRepr l, r;
  bool listArg = c.count() >= 2 && listRepr(c.rt, c.ann(1), l);
  switch (id) {
  case BuiltinId::len: return listArg && finish(c, listLength(c, l, c.arg(1)));
  case BuiltinId::bool_: return listArg && c.count() == 2 && truth(c, l, 1, false);
  case BuiltinId::list_: {
    if (!listRepr(c.rt, c.resultAnn(), r)) return false;
    ll::Value made = listFrom(c, r);
    return !made.isNull() && finish(c, made); // list(d) of a dict: rtype_dict.cpp
  }
  case BuiltinId::sorted: {
    ll::Value copy = c.count() == 2 ? sortedCopy(c, 1) : ll::Value();
    if (copy.isNull()) return false;
    sortList(c, copy, std::nullopt);
    return finish(c, copy);
  }
  case BuiltinId::range:
    if (isLazyRange(c, c.op)) return true; // its one consumer reads the bounds
    return listRepr(c.rt, c.resultAnn(), r) && finish(c, c.callHelper(HelperId::range_list, rangeBounds(c, c.op), r.ptr));
  case BuiltinId::debug_make_sure_not_resized: return listArg && finish(c, c.arg(1));
  case BuiltinId::min:
  case BuiltinId::max:
  case BuiltinId::sum:
  case BuiltinId::any:
  case BuiltinId::all: return listArg && reduce(c, id, l);
  default: return false;
  }
}

// -- Operators ------------------------------------------------------------------------------------------

// l1 == l2, l == None, l is None, l1 is l2.
bool compare(OpCtx& c) {
  const ll::Type* b = c.rt.types().boolType();
  bool eq = c.op.opcode != OpCode::ne;
  const Annotation *x = c.ann(0), *y = c.ann(1);
  if (x->is(AnnKind::None) || y->is(AnnKind::None)) {
    ll::Value p = c.arg(x->is(AnnKind::None) ? 1 : 0);
    return finish(c, c.emit(eq ? ll::Op::ptr_iszero : ll::Op::ptr_nonzero, {p}, b));
  }
  if (!x->is(AnnKind::List) || !y->is(AnnKind::List)) return false;
  if (c.op.opcode == OpCode::is_) {
    ll::Value p = c.arg(0), q = c.arg(1);
    return p.type() == q.type() && finish(c, c.emit(ll::Op::ptr_eq, {p, q}, b));
  }
  // Generic over both list types: [1] == [1.0] compares a list(int) with a list(float).
  ll::Value v = c.callHelper(HelperId::list_eq, {c.arg(0), c.arg(1)}, b);
  return finish(c, eq ? v : c.emit(ll::Op::bool_not, {v}, b));
}

bool binary(OpCtx& c) {
  const Annotation *x = c.ann(0), *y = c.ann(1);
  ListRepr l;
  switch (c.op.opcode) {
  case OpCode::add:
    if (!x->is(AnnKind::List) || !y->is(AnnKind::List) || !listRepr(c.rt, c.resultAnn(), l)) return false;
    return finish(c, c.callHelper(HelperId::list_concat, {c.arg(0, c.resultAnn()), c.arg(1, c.resultAnn())}, l.ptr));
  case OpCode::inplace_add: {
    if (!listRepr(c.rt, x, l)) return false;
    ll::Value other = itemSource(c, 1, l);
    if (!other.isNull()) {
      c.callHelper(HelperId::list_extend, {c.arg(0), other}, c.rt.types().voidType());
    } else {
      ll::Value it = iteratorOperand(c, 1);
      if (it.isNull()) return false;
      c.callHelper(HelperId::list_extend_iter, {c.arg(0), it}, c.rt.types().voidType());
    }
    return finish(c, c.arg(0, c.resultAnn()));
  }
  case OpCode::mul: return repeat(c);
  case OpCode::inplace_mul:
    if (!listRepr(c.rt, x, l) || !y->isIntLike()) return false;
    c.callHelper(HelperId::list_inplace_mul, {c.arg(0), indexOperand(c, c.op.args[1]).value}, c.rt.types().voidType());
    return finish(c, c.arg(0, c.resultAnn()));
  case OpCode::contains:
    if (!listRepr(c.rt, x, l)) return false;
    return finish(c, c.callHelper(HelperId::list_contains, searchOperands(c, c.arg(0), x, 1, l), c.rt.types().boolType()));
  case OpCode::eq:
  case OpCode::ne:
  case OpCode::is_: return compare(c);
  default: return false;
  }
}

// Operations whose first operand is a list.
bool onList(OpCtx& c, const ListRepr& l) {
  switch (c.op.opcode) {
  case OpCode::getitem: return getItem(c, l);
  case OpCode::setitem: return setItem(c, l);
  case OpCode::delitem:
    c.callHelper(HelperId::list_delitem, {c.arg(0), indexOperand(c, c.op.args[1]).value}, c.rt.types().voidType());
    return finish(c, voidValue(c));
  case OpCode::getslice:
  case OpCode::setslice:
  case OpCode::delslice: return slice(c, l);
  case OpCode::bool_: return truth(c, l, 0, false);
  case OpCode::not_: return truth(c, l, 0, true);
  case OpCode::getattr: return finish(c, c.arg(0)); // a method bound to l is l (RTyper::lowType)
  case OpCode::unpack_check: {
    ll::Value n = c.arg(1, integerAnn(c));
    c.callHelper(HelperId::check_unpack_length, {listLength(c, l, c.arg(0)), n}, c.rt.types().voidType());
    return finish(c, voidValue(c));
  }
  default: return c.count() == 2 && binary(c);
  }
}

// `a, b = s` of a str or bytes: the length check of every sequence (rtype_str.cpp has the rest).
bool unpackStr(OpCtx& c) {
  const Annotation* s = c.ann(0);
  if (!s->isStrLike() && !s->is(AnnKind::Bytes)) return false;
  ll::Value length = c.constInt(1);
  if (!s->is(AnnKind::Char)) // len(s): code points (bytes: bytes)
    length = c.emit(ll::Op::getfield, {c.arg(0), c.voidConst("length")}, c.rt.types().signedType());
  c.callHelper(HelperId::check_unpack_length, {length, c.arg(1, integerAnn(c))}, c.rt.types().voidType());
  return finish(c, voidValue(c));
}

} // namespace

const ll::Type* listLowType(RTyper& rt, const Annotation* a) {
  ListRepr l;
  return listRepr(rt, a, l) ? l.ptr : nullptr;
}

bool rtypeList(OpCtx& c) {
  if (c.op.opcode == OpCode::newlist) return newList(c);
  if (c.op.opcode == OpCode::call_args) return sortWithKeywords(c);
  if (c.op.opcode == OpCode::simple_call) {
    const Annotation* callee = c.ann(0);
    if (callee->is(AnnKind::Builtin) && callee->self()) return callee->self()->is(AnnKind::List) && method(c, callee->builtin);
    std::optional<BuiltinId> id = c.builtinCallee();
    return id && callFunction(c, *id);
  }
  if (c.count() == 0) return false;
  ListRepr l;
  if (listRepr(c.rt, c.ann(0), l)) return onList(c, l);
  // An operator with the list second: n * l, None == l, x is l.
  if (c.count() == 2 && c.ann(1)->is(AnnKind::List)) return binary(c);
  if (c.op.opcode == OpCode::unpack_check) return unpackStr(c);
  return false;
}

} // namespace kiln::rt

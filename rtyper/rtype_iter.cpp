// Iterators: over lists, strs, tuples and lazy ranges; enumerate, zip, reversed (docs/rtyper.md
// "## iterators"). Iterators over dicts are rtype_dict.cpp's.
//
// `for x in seq` is, in the flow graph, iter(seq) and then a loop whose header block ends with
// next(it), a raising operation whose exception link catches StopIteration (the flow builder
// folds `for i in range(...)` with a constant step into an integer loop: no iterator at all).
// An iterator is a small GcStruct; iter() allocates it inline, and next() is one call of a
// runtime helper that returns the next item or raises StopIteration. A helper, because a rule
// cannot branch: the test "is there a next item" and the raise must be one operation, the last
// of its block, so that the existing exception link is where the loop ends. The helpers are
// small C++ templates (codegen inlines them) known to the JIT by their oopspec.
//
// The iterator types, by what they walk (IterKind and the container's representation):
//   a resizable list      GcStruct listiter_<item>  { list: Ptr(list_<item>), index: Signed }
//   a fixed list          GcStruct arrayiter_<item> { list: Ptr(GcArray(<item>)), index: Signed }
//   a tuple               arrayiter_<item>: iter() copies the items (of their union's type) into
//                         a new array, so next() needs no switch over the fields
//   a str, bytes or char  GcStruct striter { string: Ptr(str), index: Signed }
//   a range() list        GcStruct rangeiter { next: Signed, stop: Signed, step: Signed,
//                                            list: Ptr(GcArray(Signed)) }
//   reversed(seq)         GcStruct reversed_<container> { list or string, index: Signed }
//                         index counts down: the next item is seq[index - 1]
//   enumerate(it)         GcStruct enumerate_<inner> { iter: Ptr(<inner>), index: Signed }
//   zip(a, b, ...)        GcStruct zip_<inner a>_<inner b>... { iter0: Ptr(...), iter1: ... }
// A range() list that is only iterated (`for x in range(a, b, step)` with a step known only at
// run time, enumerate(range(n)), zip(range(n), l)) is never made: its iterator is built from the
// call's operands (rtype_sequences.h isLazyRange), after range_check_step when the step is not a
// constant. A range() list that was made (stored, or used twice) is a fixed array, and its
// ListDef may also hold other lists of ints: one iterator type must serve both, so the rangeiter
// has a `list` field, null for a lazy range; for a made one it walks list[0:len] by 1.
// next(it, default) and min/max/sum/any/all of iterators, strs and dicts are generic iter_*
// helpers over these iterator types; iterators are true, and == is identity.
#include "rtyper/rtype_sequences.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using ann::IterKind;
using flow::OpCode;

namespace {

bool isDictKind(IterKind k) { return k == IterKind::DictKeys || k == IterKind::DictValues || k == IterKind::DictItems; }

std::string iterName(const std::string& container) {
  if (container.starts_with("list_")) return "listiter_" + container.substr(5);
  if (container.starts_with("array_")) return "arrayiter_" + container.substr(6);
  return container + "iter";
}

const ll::Type* iterStruct(RTyper& rt, const std::string& name, std::vector<ll::Field> fields) {
  return rt.types().ptr(seq::memoStruct(rt, name, true, fields));
}

// The container an Items or Reversed iterator walks, as the iterator stores it: a list, an
// array (a tuple's items) or a str. Null if kiln has no iterator over it.
const ll::Type* walkedType(RTyper& rt, const Annotation* c) {
  if (c->is(AnnKind::List)) return rt.lowType(c);
  if (c->isStrLike() || c->is(AnnKind::Bytes)) return rt.strPtr();
  if (c->is(AnnKind::Tuple)) {
    const Annotation* u = seq::tupleItemUnion(rt, c);
    const ll::Type* t = u ? rt.lowType(u) : nullptr;
    if (!t) return nullptr;
    if (t->kind == ll::TypeKind::Void) return seq::voidListType(rt); // (), (None, None)
    return rt.types().ptr(rt.types().array(t, true));
  }
  return nullptr;
}

const ll::Type* iterPtr(RTyper& rt, const Annotation* a);

// What enumerate() and zip() keep of an inner iterator: the iterator itself, or for an instance
// (what a class's __iter__ returned) a nextiter holding it and its __next__ (rtype_special.cpp).
const ll::Type* innerIterPtr(RTyper& rt, const Annotation* a) {
  if (a && a->is(AnnKind::Instance) && !a->canBeNone()) return nextIterLowType(rt, a->classDef);
  return iterPtr(rt, a);
}

const ll::Type* iterPtr(RTyper& rt, const Annotation* a) {
  if (!a || !a->is(AnnKind::Iterator) || a->items.empty()) return nullptr;
  if (isDictKind(a->iterKind)) return dictIterLowType(rt, a);
  if (a->items[0]->is(AnnKind::File)) return fileLowType(rt, a->items[0]); // iter(f) is f (rtype_io.cpp)
  const ll::Type* s = rt.types().signedType();
  const Annotation* c = a->items[0];
  switch (a->iterKind) {
  case IterKind::Items:
  case IterKind::Reversed: {
    if (a->iterKind == IterKind::Items && c->is(AnnKind::List) && c->list->find()->isRange) {
      const ll::Type* made = rt.lowType(c); // what a range() that was made is: a fixed array
      if (!made) return nullptr;
      return iterStruct(rt, "rangeiter", {{"next", s}, {"stop", s}, {"step", s}, {"list", made}});
    }
    const ll::Type* walked = walkedType(rt, c);
    if (!walked) return nullptr;
    std::string field = walked == rt.strPtr() ? "string" : "list";
    std::string container = seq::shortName(rt, walked);
    std::string name = a->iterKind == IterKind::Items ? iterName(container) : "reversed_" + container;
    return iterStruct(rt, name, {{field, walked}, {"index", s}});
  }
  case IterKind::Enumerate: {
    const ll::Type* inner = innerIterPtr(rt, c);
    if (!inner) return nullptr;
    return iterStruct(rt, "enumerate_" + inner->target->name, {{"iter", inner}, {"index", s}});
  }
  case IterKind::Zip: {
    std::string name = "zip";
    std::vector<ll::Field> fields;
    for (size_t i = 0; i < a->items.size(); ++i) {
      const ll::Type* inner = innerIterPtr(rt, a->items[i]);
      if (!inner) return nullptr;
      name += '_';
      name += inner->target->name;
      fields.push_back({"iter" + std::to_string(i), inner});
    }
    return iterStruct(rt, name, fields);
  }
  default: return nullptr; // IterKind::Range is not made by the annotator; dicts are above
  }
}

// -- Making iterators -------------------------------------------------------------------------------

// A rangeiter over a range() list that was made (stored, or used more than once: its ListDef
// may also hold other lists of ints): it walks the list's fixed array from 0 to its length by 1.
ll::Value madeRangeIterator(OpCtx& c, flow::Value v, const Annotation* a, const ll::Type* ptr) {
  seq::ListRepr l;
  if (!seq::listRepr(c.rt, a, l) || l.ptr != ptr->target->field("list")->type) return {};
  ll::Value list = c.gc.valueOf(v);
  ll::Value obj = seq::newStruct(c, ptr);
  seq::setField(c, obj, "stop", seq::listLength(c, l, list));
  seq::setField(c, obj, "step", c.constInt(1));
  seq::setField(c, obj, "list", list);
  return obj;
}

// An iterator at the start of iterable `v` (annotated `a`), of the type of iterator annotation
// `it`; null if kiln has none.
ll::Value makeIterator(OpCtx& c, flow::Value v, const Annotation* a, const Annotation* it) {
  if (a->is(AnnKind::Instance)) return instanceIterator(c, v, it); // its __iter__
  const ll::Type* ptr = c.rt.lowType(it);
  if (!ptr) return {};
  if (a->is(AnnKind::Iterator)) return c.gc.convert(c.gc.valueOf(v), a, it); // its own iterator
  const ll::Type* target = ptr->target;
  if (target->field("next")) { // a rangeiter: a lazy range() call's bounds, or a made range's array
    const flow::Operation* call = seq::lazyRangeOf(c, v);
    if (!call) return madeRangeIterator(c, v, a, ptr);
    std::vector<ll::Value> bounds = seq::rangeBounds(c, *call);
    ll::Constant* step = bounds[2].constant();
    if (!step || step->value.i == 0) c.callHelper(HelperId::range_check_step, {bounds[2]}, c.rt.types().voidType());
    ll::Value obj = seq::newStruct(c, ptr);
    seq::setField(c, obj, "next", bounds[0]);
    seq::setField(c, obj, "stop", bounds[1]);
    seq::setField(c, obj, "step", bounds[2]);
    return obj;
  }
  ll::Value walked;
  std::string field;
  if (a->is(AnnKind::Tuple)) { // its items in an array, or a list_Void of its length (Void items)
    walked = seq::tupleAsList(c, v, a, seq::tupleItemUnion(c.rt, a));
    field = "list";
  } else if (const ll::Field* f = target->field("list")) {
    walked = c.gc.convertTo(c.gc.valueOf(v), a, f->type);
    field = "list";
  } else if (const ll::Field* f = target->field("string")) {
    walked = c.gc.convertTo(c.gc.valueOf(v), a, f->type);
    field = "string";
  } else if (const ll::Field* f = target->field("dict")) { // enumerate(d), zip(d, ...)
    walked = c.gc.convertTo(c.gc.valueOf(v), a, f->type);
    field = "dict";
  }
  if (walked.isNull()) return {};
  ll::Value obj = seq::newStruct(c, ptr);
  seq::setField(c, obj, field, walked);
  return obj;
}

// Whether iter() of `a` is this file's: a sequence, or an iterator that is not a dict's (those are
// rtype_dict.cpp's; instances iterate through their __iter__, a call).
bool iterable(const Annotation* a) {
  if (a->is(AnnKind::Iterator)) return !isDictKind(a->iterKind);
  return a->is(AnnKind::List) || a->is(AnnKind::Tuple) || a->isStrLike() || a->is(AnnKind::Bytes);
}

bool enumerate(OpCtx& c) {
  const Annotation* r = c.resultAnn();
  const ll::Type* ptr = c.rt.lowType(r);
  if (!ptr || !r->is(AnnKind::Iterator) || r->iterKind != IterKind::Enumerate) return false;
  ll::Value inner = makeIterator(c, c.op.args[1], c.ann(1), r->items[0]);
  if (inner.isNull()) return false;
  ll::Value obj = seq::newStruct(c, ptr);
  seq::setField(c, obj, "iter", inner);
  if (c.count() == 3) seq::setField(c, obj, "index", seq::indexOperand(c, c.op.args[2]).value);
  return seq::finish(c, obj);
}

bool zip(OpCtx& c) {
  const Annotation* r = c.resultAnn();
  const ll::Type* ptr = c.rt.lowType(r);
  if (!ptr || !r->is(AnnKind::Iterator) || r->iterKind != IterKind::Zip || r->items.size() != c.count() - 1) return false;
  std::vector<ll::Value> inner;
  for (size_t i = 1; i < c.count(); ++i) {
    inner.push_back(makeIterator(c, c.op.args[i], c.ann(i), r->items[i - 1]));
    if (inner.back().isNull()) return false;
  }
  ll::Value obj = seq::newStruct(c, ptr);
  for (size_t i = 0; i < inner.size(); ++i) seq::setField(c, obj, "iter" + std::to_string(i), inner[i]);
  return seq::finish(c, obj);
}

// reversed(seq): index starts at len(seq) and counts down.
bool reversed(OpCtx& c) {
  const Annotation* r = c.resultAnn();
  const ll::Type* ptr = c.rt.lowType(r);
  const Annotation* a = c.ann(1);
  if (!ptr || !r->is(AnnKind::Iterator) || r->iterKind != IterKind::Reversed) return false;
  ll::Value walked, length;
  std::string field = "list";
  if (a->is(AnnKind::List)) {
    seq::ListRepr l;
    if (!seq::listRepr(c.rt, a, l)) return false;
    walked = c.arg(1);
    length = seq::listLength(c, l, walked);
  } else if (a->is(AnnKind::Tuple)) {
    walked = seq::tupleAsList(c, c.op.args[1], a, seq::tupleItemUnion(c.rt, a)); // a list_Void of Void items
    length = c.constInt(int64_t(a->items.size()));
  } else if (a->isStrLike() || a->is(AnnKind::Bytes)) {
    walked = c.gc.convertTo(c.arg(1), a, c.rt.strPtr());
    length = c.emit(ll::Op::getfield, {walked, c.voidConst("length")}, c.rt.types().signedType()); // len(s)
    field = "string";
  }
  if (walked.isNull()) return false;
  ll::Value obj = seq::newStruct(c, ptr);
  seq::setField(c, obj, field, walked);
  seq::setField(c, obj, "index", length);
  return seq::finish(c, obj);
}

// next(it, default) of a built-in iterator: iter_next_default, generic over the iterator type
// (its next helper); the default and the result are of the result's type.
bool nextOrDefault(OpCtx& c) {
  const ll::Type* r = c.rt.lowType(c.resultAnn());
  if (!c.ann(1)->is(AnnKind::Iterator) || !c.rt.lowType(c.ann(1)) || !r) return false;
  return seq::finish(c, c.callHelper(HelperId::iter_next_default, {c.arg(1), c.arg(2, c.resultAnn())}, r));
}

// min(x), max(x), sum(x[, start]), any(x), all(x) of an iterator, a str, bytes or a dict (lists
// and tuples are their families'): an iter_* helper on x's iterator. any and all stop at the
// first item that decides, leaving the iterator there, as CPython does.
bool reduce(OpCtx& c, BuiltinId id) {
  const Annotation* x = c.ann(1);
  const ll::Type* r = c.rt.lowType(c.resultAnn());
  if (!r || (id == BuiltinId::sum ? c.count() > 3 : c.count() != 2)) return false;
  ll::Value it;
  if (x->is(AnnKind::Iterator) || x->is(AnnKind::File)) { // iter(f) is f
    it = c.arg(1);
  } else if (x->isStrLike() || x->is(AnnKind::Bytes) || x->is(AnnKind::Dict)) {
    ann::Lattice& lattice = c.rt.annotator().lattice();
    const Annotation* items[1] = {lattice.nonNull(x)};
    it = makeIterator(c, c.op.args[1], x, lattice.iterator(x->is(AnnKind::Dict) ? IterKind::DictKeys : IterKind::Items, items));
  }
  if (it.isNull()) return false;
  switch (id) {
  case BuiltinId::min: return seq::finish(c, c.callHelper(HelperId::iter_min, {it}, r));
  case BuiltinId::max: return seq::finish(c, c.callHelper(HelperId::iter_max, {it}, r));
  case BuiltinId::any: return seq::finish(c, c.callHelper(HelperId::iter_any, {it}, r));
  case BuiltinId::all: return seq::finish(c, c.callHelper(HelperId::iter_all, {it}, r));
  case BuiltinId::sum: {
    const Annotation* integer = c.rt.annotator().lattice().integer();
    ll::Value start = c.count() == 3 ? c.arg(2, c.resultAnn()) : c.gc.convertTo(c.constInt(0), integer, r);
    return seq::finish(c, c.callHelper(HelperId::iter_sum, {it, start}, r));
  }
  default: return false;
  }
}

// bool(it), not it, it1 == it2, it1 != it2, it1 is it2 of iterators: an iterator is true unless it
// is None, and == is identity (object.__eq__). Not for the iterators of dict keys and items:
// kiln represents d.keys() and d.items() by such iterators, and CPython compares those views as
// sets (d.keys() == d.keys() is True), which an iterator cannot tell from iter(d).
bool truthOrIdentity(OpCtx& c) {
  OpCode op = c.op.opcode;
  size_t first = op == OpCode::simple_call || (c.count() == 2 && c.ann(0)->is(AnnKind::None)) ? 1 : 0; // bool(it), None == it
  const Annotation* a = c.ann(first);
  const ll::Type* b = c.rt.types().boolType();
  if (!a->is(AnnKind::Iterator) || !c.rt.lowType(a)) return false;
  if (op == OpCode::bool_ || op == OpCode::not_ || op == OpCode::simple_call) {
    bool negate = op == OpCode::not_;
    if (!a->canBeNone()) return seq::finish(c, c.gc.constant(b, ll::ConstValue{.i = !negate}));
    return seq::finish(c, c.emit(negate ? ll::Op::ptr_iszero : ll::Op::ptr_nonzero, {c.arg(first)}, b));
  }
  const Annotation* other = c.ann(1 - first);
  bool views = a->iterKind == IterKind::DictKeys || a->iterKind == IterKind::DictItems;
  if (op != OpCode::is_ && views) return false;
  bool ne = op == OpCode::ne;
  if (other->is(AnnKind::None)) return seq::finish(c, c.emit(ne ? ll::Op::ptr_nonzero : ll::Op::ptr_iszero, {c.arg(first)}, b));
  if (!other->is(AnnKind::Iterator)) return false;
  ll::Value x = c.arg(0), y = c.arg(1);
  if (x.type() != y.type()) return seq::finish(c, c.gc.constant(b, ll::ConstValue{.i = ne})); // different objects
  return seq::finish(c, c.emit(ne ? ll::Op::ptr_ne : ll::Op::ptr_eq, {x, y}, b));
}

// next(it): the helper for the iterator's kind returns the next item, of the result's type.
bool next(OpCtx& c, size_t operand) {
  const Annotation* it = c.ann(operand);
  if (!it->is(AnnKind::Iterator) || isDictKind(it->iterKind)) return false;
  const ll::Type* ptr = c.rt.lowType(it);
  const ll::Type* r = c.rt.lowType(c.resultAnn());
  if (!ptr || !r) return false;
  const ll::Type* s = ptr->target;
  HelperId h = s->field("next")   ? HelperId::rangeiter_next
             : s->field("iter0")  ? HelperId::zip_next
             : s->field("iter")   ? HelperId::enumerate_next
             : it->iterKind == IterKind::Reversed ? HelperId::reversediter_next
             : s->field("string") ? HelperId::striter_next
                                  : HelperId::listiter_next;
  return seq::finish(c, c.callHelper(h, {c.arg(operand)}, r));
}

} // namespace

const ll::Type* iterLowType(RTyper& rt, const Annotation* a) { return iterPtr(rt, a); }

bool rtypeIter(OpCtx& c) {
  switch (c.op.opcode) {
  case OpCode::iter:
    if (c.ann(0)->is(AnnKind::Iterator) && isDictKind(c.ann(0)->iterKind)) return rtypeDictIter(c);
    return iterable(c.ann(0)) && seq::finish(c, makeIterator(c, c.op.args[0], c.ann(0), c.resultAnn()));
  case OpCode::next:
    if (c.ann(0)->is(AnnKind::Iterator) && isDictKind(c.ann(0)->iterKind)) return rtypeDictIter(c);
    return next(c, 0);
  case OpCode::bool_:
  case OpCode::not_:
  case OpCode::eq:
  case OpCode::ne:
  case OpCode::is_: return truthOrIdentity(c);
  case OpCode::simple_call: break;
  default: return false;
  }
  std::optional<BuiltinId> id = c.builtinCallee();
  if (!id || c.count() < 2) return false;
  switch (*id) {
  case BuiltinId::iter: return iterable(c.ann(1)) && seq::finish(c, makeIterator(c, c.op.args[1], c.ann(1), c.resultAnn()));
  case BuiltinId::next: return c.count() == 2 ? next(c, 1) : c.count() == 3 && nextOrDefault(c);
  case BuiltinId::enumerate: return enumerate(c);
  case BuiltinId::zip: return zip(c);
  case BuiltinId::reversed: return reversed(c);
  case BuiltinId::bool_: return c.count() == 2 && truthOrIdentity(c);
  case BuiltinId::min:
  case BuiltinId::max:
  case BuiltinId::sum:
  case BuiltinId::any:
  case BuiltinId::all: return reduce(c, *id);
  default: return false;
  }
}

} // namespace kiln::rt

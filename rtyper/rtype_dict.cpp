// Dicts: ordered, open addressing (an index array over an entry array, CPython 3.6 style).
//
// Representation (DESIGN.md §2.5; docs/rtyper.md, section "Dicts"). A dict whose keys have the
// low-level type K and whose values V is a Ptr to
//   GcStruct dict_<k>_<v> {
//     num_items: Signed,                          live entries: len(d)
//     num_used:  Signed,                          entries ever used, live or deleted: the next
//                                                 free entry is entries[num_used]
//     indexes:   Ptr(GcArray(Signed)),            the hash table proper (see below)
//     entries:   Ptr(GcArray(Struct dictentry_<k>_<v>)),  in insertion order
//   }
//   Struct dictentry_<k>_<v> { key: K, value: V, [hash: Signed], [valid: Bool] }
// `indexes` has a power-of-two length (8 at least) and is probed by open addressing from
// hash & (len - 1) (CPython's perturbed probe); each slot holds an entry index >= 0, -1 (FREE:
// never used, ends a probe) or -2 (DELETED: a tombstone, probing goes on past it). `entries`
// holds 2/3 of len(indexes) entries; when it is full the helper compacts it (dropping deleted
// entries) and rebuilds the indexes for the live entries. Iteration walks entries[0, num_used)
// and skips deleted ones, so a dict iterates in insertion order. A prebuilt dict (prebuilt.cpp)
// has null indexes and `hash` fields 0 until a helper first probes it: the runtime builds them
// then, because not every key's hash is known at translation time.
//
// The entry fields depend on the key (one struct per entry layout, memoized by name in the
// TypeContext, so every dict of the same layout shares its structs):
//   1. `hash` is stored when the key's hash is not free to recompute: floats, tuples (combined
//      from their items), instances (identity hash) and every key of an r_dict (a user
//      function). Int-like keys hash to themselves and strs cache their hash in the str.
//   2. `valid` marks live entries, unless the key is a GC pointer that cannot be None: then a
//      deleted entry has a null key, and the flag is not needed.
//   3. a Void key or value (None, a constant) takes no field.
// An r_dict (kiln.objectmodel.r_dict(key_eq, key_hash)) has the same layout, named rdict_*, with
// the hash always stored; every helper that hashes or compares its keys gets the two functions
// (known at translation time) as two extra trailing Ptr(Func) operands.
//
// Lookup and resize are too large to inline: every operation that looks a key up is a call of a
// runtime helper (rtyper/helpers.def, the dict_* rows), generic over the layout: its Func type
// at the call site names the dict type. len(d) and bool(d) read num_items inline.
//
// Iterators over a dict (iter(d) and d.keys(), d.values(), d.items()) are
//   GcStruct dict<kind>iter_<k>_<v> { dict: Ptr(dict_<k>_<v>), index: Signed, used: Signed }
// with <kind> key, value or item: one type per kind, so that generic helpers taking any
// iterator (list_from_iter, enumerate_next) know from its type what it yields. index is the next
// entry to look at; next() is a helper that skips deleted entries, advances index and raises
// StopIteration at num_used. `used` is 0 until the first next(), which sets it to the dict's
// length + 1; a next() that finds another length raises CPython's RuntimeError ('dictionary
// changed size during iteration'), as CPython does (whose snapshot is taken by iter() instead). A view is an iterator at its start, which every use copies
// (GraphConverter::freshViews), so that iter() of one is the iterator itself, as for any
// iterator. rtype_iter.cpp sends iter/next on these iterators here.
#include "rtyper/convert.h"

#include <optional>

#include "annotator/bookkeeper.h"
#include "annotator/ops.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using ann::IterKind;
using flow::OpCode;

namespace {

// -- Layout ---------------------------------------------------------------------------------------------

// What the rules need to know about a dict annotation.
struct DictInfo {
  ann::DictDef* def = nullptr;
  const Annotation* key = nullptr;   // the DictDef's key annotation
  const Annotation* value = nullptr; // its value annotation
  const ll::Type* ptr = nullptr;     // Ptr(GcStruct dict_...)
  const ll::Type* keyType = nullptr;
  const ll::Type* valueType = nullptr;
  bool custom = false; // an r_dict: key_eq and key_hash follow the key-using helpers' operands
};

const Annotation* slotAnn(RTyper& rt, const ann::Slot& s) {
  return s.ann ? s.ann : rt.annotator().lattice().impossible();
}

// A short readable name of a key or value type, for the struct names.
std::string shortName(RTyper& rt, const ll::Type* t) {
  using TK = ll::TypeKind;
  switch (t->kind) {
  case TK::Void: return "none";
  case TK::Bool: return "bool";
  case TK::Signed: return "int";
  case TK::Unsigned: return "uint";
  case TK::Float: return "float";
  case TK::Char: return "char";
  case TK::UniChar: return "unichar";
  case TK::Ptr:
    if (t == rt.strPtr()) return "str";
    if (t->target->isStruct()) return t->target->name;
    if (t->target->isArray()) return "array_" + shortName(rt, t->target->target);
    return "func";
  default: return std::string(ll::kindName(t->kind));
  }
}

bool hashIsFree(RTyper& rt, const ll::Type* k) {
  using TK = ll::TypeKind;
  switch (k->kind) {
  case TK::Void:
  case TK::Bool:
  case TK::Signed:
  case TK::Unsigned:
  case TK::Char:
  case TK::UniChar: return true;
  default: return k == rt.strPtr();
  }
}

// The entry fields of a layout (invariants 1-3 of the header).
std::vector<ll::Field> entryFields(RTyper& rt, const ll::Type* k, const ll::Type* v, bool keyNullable, bool custom) {
  ll::TypeContext& t = rt.types();
  std::vector<ll::Field> fields;
  if (k->kind != ll::TypeKind::Void) fields.push_back({"key", k});
  if (v->kind != ll::TypeKind::Void) fields.push_back({"value", v});
  if (custom || !hashIsFree(rt, k)) fields.push_back({"hash", t.signedType()});
  if (!k->isGcPtr() || keyNullable) fields.push_back({"valid", t.boolType()});
  return fields;
}

bool sameFields(const ll::Type* s, const std::vector<ll::Field>& fields) {
  if (s->fields.size() != fields.size()) return false;
  for (size_t i = 0; i < fields.size(); ++i)
    if (s->fields[i].name != fields[i].name || s->fields[i].type != fields[i].type) return false;
  return true;
}

// The struct named `name` (or name_2, name_3... after a clash of names) with exactly `fields`,
// made on first use: the TypeContext is the memo.
const ll::Type* memoStruct(RTyper& rt, const std::string& name, bool gc, const std::vector<ll::Field>& fields) {
  ll::TypeContext& t = rt.types();
  for (int n = 1;; ++n) {
    std::string tried = n == 1 ? name : name + "_" + std::to_string(n);
    const ll::Type* s = t.structNamed(tried);
    if (!s) break;
    if (s->isGc() == gc && sameFields(s, fields)) return s;
  }
  ll::Type* s = t.newStruct(name, gc);
  for (const ll::Field& f : fields) t.addField(s, f.name, f.type);
  t.freeze(s);
  return s;
}

// The Ptr(GcStruct dict_...) of a layout.
const ll::Type* dictPtrType(RTyper& rt, const ll::Type* k, const ll::Type* v, bool keyNullable, bool custom) {
  ll::TypeContext& t = rt.types();
  std::string suffix = shortName(rt, k) + (keyNullable ? "_or_none_" : "_") + shortName(rt, v);
  std::string prefix = custom ? "rdict" : "dict";
  const ll::Type* entry = memoStruct(rt, prefix + "entry_" + suffix, false, entryFields(rt, k, v, keyNullable, custom));
  std::vector<ll::Field> fields = {{"num_items", t.signedType()},
                                   {"num_used", t.signedType()},
                                   {"indexes", t.ptr(t.array(t.signedType(), true))},
                                   {"entries", t.ptr(t.array(entry, true))}};
  return t.ptr(memoStruct(rt, prefix + "_" + suffix, true, fields));
}

bool dictInfo(RTyper& rt, const Annotation* a, DictInfo& out) {
  if (!a || !a->is(AnnKind::Dict)) return false;
  out.def = a->dict->find();
  out.key = slotAnn(rt, out.def->key);
  out.value = slotAnn(rt, out.def->value);
  out.keyType = rt.lowType(out.key);
  out.valueType = rt.lowType(out.value);
  out.custom = out.def->keyEq != nullptr;
  if (!out.keyType || !out.valueType) return false;
  bool keyNullable = out.keyType->isGcPtr() && out.key->canBeNone();
  out.ptr = dictPtrType(rt, out.keyType, out.valueType, keyNullable, out.custom);
  return true;
}

// The Ptr(GcStruct dict<kind>iter_...) over dicts of type `dictPtr`: one type per kind (keys,
// values, items), so that the type of an iterator says what it yields (generic helpers such as
// enumerate_next and list_from_iter take any iterator).
const ll::Type* iterPtrType(RTyper& rt, const ll::Type* dictPtr, IterKind kind) {
  std::string name = dictPtr->target->name; // [r]dict_<k>_<v>
  std::string_view what = kind == IterKind::DictKeys ? "key" : kind == IterKind::DictValues ? "value" : "item";
  name.insert(name.find('_'), std::string(what) + "iter");
  std::vector<ll::Field> fields = {{"dict", dictPtr}, {"index", rt.types().signedType()}, {"used", rt.types().signedType()}};
  return rt.types().ptr(memoStruct(rt, name, true, fields));
}

// -- Operands -------------------------------------------------------------------------------------------

// Operand i in the representation of `want` (a dict's key or value annotation), or a null Value
// when it has none. A str looked up where the keys are chars (the annotator adds keys only on
// insertion, so `s in d` may ask a char-keyed dict about any str) stays a str: the helpers are
// generic over the key operand, and a str of another length than 1 is never found.
ll::Value argAs(OpCtx& c, size_t i, const Annotation* want) {
  const ll::Type* t = c.rt.lowType(want);
  if (!t) return {};
  if (t->kind == ll::TypeKind::Void) return c.gc.constant(t, {});
  if (t->kind == ll::TypeKind::UniChar && !c.ann(i)->is(AnnKind::Char))
    return c.ann(i)->is(AnnKind::Str) ? c.arg(i) : ll::Value();
  return c.arg(i, want);
}

// A Ptr(Func) constant naming the graph of an r_dict key function, or a null Value.
ll::Value functionConstant(OpCtx& c, const Annotation* fn) {
  if (!fn || !fn->is(AnnKind::PBC) || fn->descs.size() != 1) return {};
  auto* desc = ann::descAs<ann::FunctionDesc>(fn->descs[0]);
  if (!desc || desc->graphs.size() != 1) return {};
  ll::Graph* g = c.rt.graphOf(desc->graphs.begin()->second);
  if (!g) return {};
  ll::ConstValue v;
  v.graph = g;
  return c.gc.constant(c.rt.types().ptr(g->funcType()), v);
}

// Calls a dict helper. `usesKeys`: it hashes or compares keys, so an r_dict's key_eq and
// key_hash follow the operands. A null Value if an operand could not be made.
ll::Value callDict(OpCtx& c, const DictInfo& d, HelperId id, std::vector<ll::Value> args, const ll::Type* result,
                   bool usesKeys) {
  if (usesKeys && d.custom) {
    args.push_back(functionConstant(c, d.def->keyEq));
    args.push_back(functionConstant(c, d.def->keyHash));
  }
  for (ll::Value a : args)
    if (a.isNull()) return {};
  return c.callHelper(id, std::move(args), result);
}

// Binds the operation's result, or reports it unsupported when the call could not be made.
bool finish(OpCtx& c, ll::Value v) {
  if (v.isNull()) return c.unsupported();
  c.result(v);
  return true;
}

ll::Value voidResult(OpCtx& c) { return c.gc.constant(c.rt.types().voidType(), {}); }

ll::Value numItems(OpCtx& c, ll::Value dict) {
  return c.emit(ll::Op::getfield, {dict, c.voidConst("num_items")}, c.rt.types().signedType());
}

// -- Building ---------------------------------------------------------------------------------------------

// {k1: v1, ...}, dict(), r_dict(eq, hash): an empty dict, then one setitem per item.
bool newDict(OpCtx& c, size_t firstItem) {
  DictInfo d;
  if (!dictInfo(c.rt, c.resultAnn(), d)) return false;
  ll::Value dict = c.callHelper(HelperId::dict_new, {}, d.ptr);
  for (size_t i = firstItem; i + 1 < c.count(); i += 2) {
    ll::Value v = callDict(c, d, HelperId::dict_setitem, {dict, argAs(c, i, d.key), argAs(c, i + 1, d.value)},
                           c.rt.types().voidType(), true);
    if (v.isNull()) return c.unsupported();
  }
  c.result(dict);
  return true;
}

// dict(other): a copy, or an empty dict updated with other's items when their types differ.
bool dictFromDict(OpCtx& c) {
  DictInfo d, other;
  if (!dictInfo(c.rt, c.resultAnn(), d) || !dictInfo(c.rt, c.ann(1), other)) return false;
  if (d.ptr == other.ptr && !d.custom) return finish(c, c.callHelper(HelperId::dict_copy, {c.arg(1)}, d.ptr));
  ll::Value dict = c.callHelper(HelperId::dict_new, {}, d.ptr);
  if (callDict(c, d, HelperId::dict_update, {dict, c.arg(1)}, c.rt.types().voidType(), true).isNull())
    return c.unsupported();
  c.result(dict);
  return true;
}

// -- Items ---------------------------------------------------------------------------------------------------

bool itemOp(OpCtx& c, const DictInfo& d) {
  ll::TypeContext& t = c.rt.types();
  ll::Value dict = c.arg(0);
  switch (c.op.opcode) {
  case OpCode::getitem:
    if (c.rt.lowType(c.resultAnn()) != d.valueType) return false;
    return finish(c, callDict(c, d, HelperId::dict_getitem, {dict, argAs(c, 1, d.key)}, d.valueType, true));
  case OpCode::setitem:
    if (callDict(c, d, HelperId::dict_setitem, {dict, argAs(c, 1, d.key), argAs(c, 2, d.value)}, t.voidType(), true)
            .isNull())
      return c.unsupported();
    return finish(c, voidResult(c));
  case OpCode::delitem:
    if (callDict(c, d, HelperId::dict_delitem, {dict, argAs(c, 1, d.key)}, t.voidType(), true).isNull())
      return c.unsupported();
    return finish(c, voidResult(c));
  case OpCode::contains:
    return finish(c, callDict(c, d, HelperId::dict_contains, {dict, argAs(c, 1, d.key)}, t.boolType(), true));
  default: return false;
  }
}

// bool(d), not d of operand i: num_items != 0 (a dict that may be None goes through
// dict_is_true).
bool truth(OpCtx& c, size_t i) {
  ll::TypeContext& t = c.rt.types();
  ll::Value v = c.ann(i)->canBeNone() ? c.callHelper(HelperId::dict_is_true, {c.arg(i)}, t.boolType())
                                      : c.emit(ll::Op::int_is_true, {numItems(c, c.arg(i))}, t.boolType());
  if (c.op.opcode == OpCode::not_) v = c.emit(ll::Op::bool_not, {v}, t.boolType());
  c.result(v);
  return true;
}

// d1 == d2, d1 != d2: dict_eq (the dicts may be of different types, or None); d == None. An
// r_dict equals only an r_dict (kiln.objectmodel.r_dict.__eq__), whose functions its lookups use.
bool equality(OpCtx& c) {
  const Annotation *a = c.ann(0), *b = c.ann(1);
  const ll::Type* boolType = c.rt.types().boolType();
  bool ne = c.op.opcode == OpCode::ne;
  if (a->is(AnnKind::None) || b->is(AnnKind::None)) {
    size_t d = a->is(AnnKind::None) ? 1 : 0;
    if (!c.ann(d)->is(AnnKind::Dict)) return false;
    return finish(c, c.emit(ne ? ll::Op::ptr_nonzero : ll::Op::ptr_iszero, {c.arg(d)}, boolType));
  }
  DictInfo da, db;
  if (!dictInfo(c.rt, a, da) || !dictInfo(c.rt, b, db)) return false;
  if (da.custom != db.custom) { // r_dict.__eq__ knows only r_dicts: a dict and an r_dict are different
    ll::ConstValue k;
    k.i = ne;
    return finish(c, c.gc.constant(boolType, k));
  }
  ll::Value v = callDict(c, db, HelperId::dict_eq, {c.arg(0), c.arg(1)}, boolType, true);
  if (v.isNull()) return c.unsupported();
  return finish(c, ne ? c.emit(ll::Op::bool_not, {v}, boolType) : v);
}

// -- Iterators ----------------------------------------------------------------------------------------------

bool isDictIterKind(IterKind k) { return k == IterKind::DictKeys || k == IterKind::DictValues || k == IterKind::DictItems; }

bool isDictIterator(const Annotation* a) {
  return a->is(AnnKind::Iterator) && isDictIterKind(a->iterKind) && !a->items.empty();
}

// A new iterator of type `it` at the start of `dict` (index 0: malloc zero-fills).
ll::Value newIterator(OpCtx& c, const ll::Type* it, ll::Value dict) {
  ll::ConstValue type;
  type.type = it->target;
  ll::Value obj = c.emit(ll::Op::malloc, {c.gc.constant(c.rt.types().voidType(), type)}, it);
  c.emit(ll::Op::setfield, {obj, c.voidConst("dict"), dict}, c.rt.types().voidType());
  return obj;
}

// The operation's result is a new iterator over `dict`.
bool iterResult(OpCtx& c, ll::Value dict) {
  const ll::Type* it = c.rt.lowType(c.resultAnn());
  if (!it) return false;
  c.result(newIterator(c, it, dict));
  return true;
}

// iter(x) of operand i: a new iterator over a dict; an iterator (or a view: an iterator at its
// start) is its own iterator.
bool iterOf(OpCtx& c, size_t i) {
  const Annotation* x = c.ann(i);
  if (x->is(AnnKind::Dict)) return iterResult(c, c.arg(i));
  if (!isDictIterator(x)) return false;
  c.result(c.arg(i));
  return true;
}

// next(it) of operand i: the helper of the iterator's kind.
bool nextOf(OpCtx& c, size_t i) {
  const Annotation* it = c.ann(i);
  DictInfo d;
  if (!isDictIterator(it) || !dictInfo(c.rt, it->items[0], d)) return false;
  switch (it->iterKind) {
  case IterKind::DictKeys: return finish(c, c.callHelper(HelperId::dict_next_key, {c.arg(i)}, d.keyType));
  case IterKind::DictValues: return finish(c, c.callHelper(HelperId::dict_next_value, {c.arg(i)}, d.valueType));
  case IterKind::DictItems: {
    const ll::Type* tuple = c.rt.lowType(c.resultAnn());
    if (!tuple) return false;
    return finish(c, c.callHelper(HelperId::dict_next_item, {c.arg(i)}, tuple));
  }
  default: return false;
  }
}

// next(it, default): iter_next_default, the default and the result in the result's type.
bool nextOrDefault(OpCtx& c) {
  const ll::Type* r = c.rt.lowType(c.resultAnn());
  if (!isDictIterator(c.ann(1)) || !r) return false;
  return finish(c, c.callHelper(HelperId::iter_next_default, {c.arg(1), c.arg(2, c.resultAnn())}, r));
}

// list(d): the keys, as list(d.keys()) is lowered (rtype_list.cpp): list_from_iter of a key
// iterator.
bool listOfKeys(OpCtx& c) {
  DictInfo d;
  const ll::Type* list = c.rt.lowType(c.resultAnn());
  if (!list || !dictInfo(c.rt, c.ann(1), d)) return false;
  ll::Value it = newIterator(c, iterPtrType(c.rt, d.ptr, IterKind::DictKeys), c.arg(1));
  return finish(c, c.callHelper(HelperId::list_from_iter, {it}, list));
}

// -- Methods ---------------------------------------------------------------------------------------------------

// d.get(k[, default]), d.pop(k, default): the result may be wider than the value (the union
// with the default), so the helper's default operand and result are of the result's type.
bool withDefault(OpCtx& c, const DictInfo& d, HelperId id) {
  const Annotation* r = c.resultAnn();
  const ll::Type* rt = c.rt.lowType(r);
  if (!rt) return false;
  ll::Value dflt = c.count() == 3 ? argAs(c, 2, r) : c.gc.constant(rt, {}); // None
  return finish(c, callDict(c, d, id, {c.arg(0), argAs(c, 1, d.key), dflt}, rt, true));
}

bool method(OpCtx& c, BuiltinId id) {
  DictInfo d;
  if (!dictInfo(c.rt, c.ann(0)->self(), d)) return false;
  ll::TypeContext& t = c.rt.types();
  ll::Value dict = c.arg(0);
  switch (id) {
  case BuiltinId::dict_get: return withDefault(c, d, HelperId::dict_get);
  case BuiltinId::dict_pop:
    if (c.count() == 3) return withDefault(c, d, HelperId::dict_pop_default);
    if (c.rt.lowType(c.resultAnn()) != d.valueType) return false;
    return finish(c, callDict(c, d, HelperId::dict_pop, {dict, argAs(c, 1, d.key)}, d.valueType, true));
  case BuiltinId::dict_setdefault:
    if (c.rt.lowType(c.resultAnn()) != d.valueType) return false;
    return finish(c, callDict(c, d, HelperId::dict_setdefault, {dict, argAs(c, 1, d.key), argAs(c, 2, d.value)},
                              d.valueType, true));
  case BuiltinId::dict_keys:
  case BuiltinId::dict_values:
  case BuiltinId::dict_items: return iterResult(c, dict);
  case BuiltinId::dict_clear:
    c.callHelper(HelperId::dict_clear, {dict}, t.voidType());
    return finish(c, voidResult(c));
  case BuiltinId::dict_copy: return finish(c, c.callHelper(HelperId::dict_copy, {dict}, d.ptr));
  case BuiltinId::dict_update:
    if (callDict(c, d, HelperId::dict_update, {dict, c.arg(1)}, t.voidType(), true).isNull()) return c.unsupported();
    return finish(c, voidResult(c));
  default: return false;
  }
}

// Calls of built-in functions that make or take dicts: len(d), dict(), dict(d), r_dict(eq,
// hash), list(d), iter(d), next(it).
bool callFunction(OpCtx& c, BuiltinId id) {
  switch (id) {
  case BuiltinId::len:
    if (c.count() != 2 || !c.ann(1)->is(AnnKind::Dict)) return false;
    c.result(numItems(c, c.arg(1)));
    return true;
  case BuiltinId::dict_:
    if (c.count() == 1) return newDict(c, 1);
    return c.count() == 2 && dictFromDict(c);
  case BuiltinId::om_r_dict: return newDict(c, c.count());
  case BuiltinId::list_: return c.count() == 2 && c.ann(1)->is(AnnKind::Dict) && listOfKeys(c);
  case BuiltinId::bool_: return c.count() == 2 && c.ann(1)->is(AnnKind::Dict) && truth(c, 1);
  case BuiltinId::iter: return c.count() == 2 && iterOf(c, 1);
  case BuiltinId::next: return c.count() == 2 ? nextOf(c, 1) : c.count() == 3 && nextOrDefault(c);
  default: return false;
  }
}

// d is e, d is None: the same object (None is a null dict pointer).
bool identity(OpCtx& c) {
  const Annotation* a = c.ann(0);
  const Annotation* b = c.ann(1);
  const Annotation* side = a->is(AnnKind::Dict) ? a : b;
  const Annotation* other = a->is(AnnKind::Dict) ? b : a;
  if (!side->is(AnnKind::Dict) || !(other->is(AnnKind::Dict) || other->is(AnnKind::None))) return false;
  const ll::Type* boolType = c.rt.types().boolType();
  if (other->is(AnnKind::Dict) && c.rt.lowType(other) != c.rt.lowType(side)) {
    c.result(c.gc.constant(boolType, {})); // dicts of different types are different objects
    return true;
  }
  c.result(c.emit(ll::Op::ptr_eq, {c.arg(0, side), c.arg(1, side)}, boolType));
  return true;
}

// The builtins.def row of a built-in class called with keywords (r_dict(eq, hash,
// force_non_null=True)), if it has one (OpCtx::builtinCallee for simple_call).
std::optional<BuiltinId> builtinClass(OpCtx& c, const Annotation* callee) {
  if (!callee->is(AnnKind::PBC) || callee->descs.size() != 1) return std::nullopt;
  auto* desc = ann::descAs<ann::ClassDesc>(callee->descs[0]);
  if (!desc || !desc->cls->builtin) return std::nullopt;
  return ann::findBuiltin(c.rt.annotator().bookkeeper().qualifiedName(desc->cls->module, desc->cls->qualname));
}

} // namespace

// -- Entry points ----------------------------------------------------------------------------------------------

const ll::Type* dictLowType(RTyper& rt, const Annotation* a) {
  DictInfo d;
  return dictInfo(rt, a, d) ? d.ptr : nullptr;
}

const ll::Type* dictIterLowType(RTyper& rt, const Annotation* a) {
  if (!isDictIterator(a)) return nullptr;
  const ll::Type* dict = dictLowType(rt, a->items[0]);
  return dict ? iterPtrType(rt, dict, a->iterKind) : nullptr;
}

bool rtypeDictIter(OpCtx& c) {
  switch (c.op.opcode) {
  case OpCode::iter: return iterOf(c, 0);
  case OpCode::next: return nextOf(c, 0);
  default: return false;
  }
}

bool rtypeDict(OpCtx& c) {
  OpCode op = c.op.opcode;
  if (op == OpCode::newdict) return newDict(c, 0);
  if (op == OpCode::iter || op == OpCode::next) return rtypeDictIter(c);
  if (c.count() == 0) return false;
  const Annotation* x = c.ann(0);
  DictInfo d;
  switch (op) {
  case OpCode::getitem:
  case OpCode::setitem:
  case OpCode::delitem:
  case OpCode::contains: return dictInfo(c.rt, x, d) && itemOp(c, d);
  case OpCode::bool_:
  case OpCode::not_: return dictInfo(c.rt, x, d) && truth(c, 0);
  case OpCode::eq:
  case OpCode::ne: return equality(c);
  case OpCode::getattr:
    // d.get & co.: a method bound to d is d itself (RTyper::lowType of a Builtin).
    if (!x->is(AnnKind::Dict)) return false;
    c.result(c.gc.convert(c.arg(0), x, c.resultAnn()));
    return true;
  case OpCode::is_: return identity(c);
  case OpCode::call_args: // r_dict(eq, hash, force_non_null=...): the keywords change nothing here
    return builtinClass(c, x) == BuiltinId::om_r_dict && newDict(c, c.count());
  case OpCode::simple_call:
    if (std::optional<BuiltinId> id = c.builtinCallee()) return callFunction(c, *id);
    return x->is(AnnKind::Builtin) && x->self() && x->self()->is(AnnKind::Dict) && method(c, x->builtin);
  default: return false;
  }
}

} // namespace kiln::rt

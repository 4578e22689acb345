// Items and containers: getitem, setitem, delitem, slices, newtuple/newlist/newdict and the
// length check of unpacking.
//
// A list's items share one annotation (its ListDef's item slot), widened by every store and read
// through the slot (so readers are re-flowed when it widens); likewise a dict's keys and values.
// Tuples have one annotation per position: indexing with a constant gives that position's,
// with a variable the union of all of them.
#include "annotator/ops.h"

namespace kiln::ann {

// -- Shared helpers ------------------------------------------------------------------------------------------

static bool annotateKeyFunctions(OpSite& s, DictDef* def);

ListDef* listDefHere(OpSite& s, int which) {
  return s.bk.listDefAt(reinterpret_cast<const char*>(&s.op) + which, s.op.loc);
}

DictDef* dictDefHere(OpSite& s, int which) {
  return s.bk.dictDefAt(reinterpret_cast<const char*>(&s.op) + which, s.op.loc);
}

bool addListItem(OpSite& s, ListDef* def, const Annotation* item, SourceLoc origin) {
  def = def->find();
  if (!origin.isValid()) origin = s.op.loc;
  const Annotation* before = def->item.ann;
  SourceLoc beforeOrigin = def->item.origin;
  Conflict why;
  if (s.an.generalize(def->item, item, origin, &why)) return true;
  std::string reason = why.reason.empty() ? "" : ": " + why.reason;
  if (auto r = s.report(DiagId::ann_union_list_item, {typeName(before), typeName(item), reason})) {
    r->origin(beforeOrigin, "an item", before);
    r->origin(origin, "an item", item);
  }
  return false;
}

bool addDictEntry(OpSite& s, DictDef* def, const Annotation* key, const Annotation* value, SourceLoc origin,
                  SourceLoc valueOrigin) {
  def = def->find();
  if (!origin.isValid()) origin = s.op.loc;
  if (!valueOrigin.isValid()) valueOrigin = origin;
  if (!isHashable(key)) {
    s.fail(DiagId::ann_unhashable, {typeName(key)});
    return false;
  }
  for (int part = 0; part < 2; ++part) {
    Slot& slot = part == 0 ? def->key : def->value;
    const Annotation* ann = part == 0 ? key : value;
    SourceLoc from = part == 0 ? origin : valueOrigin;
    const Annotation* before = slot.ann;
    SourceLoc beforeOrigin = slot.origin;
    Conflict why;
    if (s.an.generalize(slot, ann, from, &why)) {
      if (part == 0 && !annotateKeyFunctions(s, def)) return false;
      continue;
    }
    std::string reason = why.reason.empty() ? "" : ": " + why.reason;
    if (auto r = s.report(part == 0 ? DiagId::ann_union_dict_key : DiagId::ann_union_dict_value,
                          {typeName(before), typeName(ann), reason})) {
      r->origin(beforeOrigin, part == 0 ? "a key" : "a value", before);
      r->origin(from, part == 0 ? "a key" : "a value", ann);
    }
    return false;
  }
  return true;
}

const Annotation* listItem(OpSite& s, ListDef* def) {
  def = def->find();
  s.an.addReader(def->item, s.block);
  return def->item.ann;
}

// -- Keys with __eq__ and __hash__ --------------------------------------------------------------------------

std::vector<ClassDef*> selfAndSubclasses(ClassDef* cd) {
  std::vector<ClassDef*> out{cd};
  for (size_t i = 0; i < out.size(); ++i) out.insert(out.end(), out[i]->subclasses.begin(), out[i]->subclasses.end());
  return out;
}

std::vector<ClassDef*> classesWithInstances(ClassDef* cd) {
  std::vector<ClassDef*> out;
  for (ClassDef* k : selfAndSubclasses(cd))
    if (k->instantiated || !k->prebuilt.empty() || k->isException) out.push_back(k);
  return out;
}

InstanceEquality equalityOf(Bookkeeper& bk, ClassDef* cd) {
  InstanceEquality e;
  if (!cd->cls) return e; // a built-in exception known by name: object's
  // The value the MRO finds for `name`, unless it is a built-in class's (object's: identity).
  auto find = [&](const char* name) -> std::optional<load::Value> {
    std::optional<ClassAttr> found = bk.lookupClassAttr(cd->cls, bk.intern(name));
    if (!found || found->owner->builtin) return std::nullopt;
    return found->value;
  };
  auto function = [](const std::optional<load::Value>& v) -> load::Function* {
    return v && v->isRef() ? load::dynCast<load::Function>(v->ref) : nullptr;
  };
  std::optional<load::Value> hash = find("__hash__");
  e.eq = function(find("__eq__"));
  e.hash = function(hash);
  e.unhashable = hash && hash->kind == load::Value::Kind::None;
  return e;
}

namespace {

// A dict whose keys are instances of a class that defines __eq__ and __hash__ compares and
// hashes them with those methods, as CPython does: it becomes an r_dict whose key functions are
// the methods, called as plain functions (key_eq(stored key, looked-up key), after the identity
// test CPython makes first; key_hash(key)). The key annotation may widen to a base class, so
// this is checked again at every use. False after reporting.
bool keyMethods(OpSite& s, DictDef* def) {
  const Annotation* key = def->key.ann;
  if (!key->is(AnnKind::Instance) || (def->keyEq && !def->keyMethods)) return true; // an r_dict's own functions
  ClassDef* cd = key->classDef;
  cd->lookupReaders.insert(s.block); // a new subclass may bring other methods
  auto refuse = [&](const std::string& why) {
    s.fail(DiagId::ann_dict_key_methods, {cd->name, why});
    return false;
  };
  std::vector<ClassDef*> classes = classesWithInstances(cd);
  if (classes.empty()) return true; // no key yet: identity until a class has instances
  InstanceEquality first = equalityOf(s.bk, classes[0]);
  for (ClassDef* k : classes) {
    InstanceEquality e = equalityOf(s.bk, k);
    if (e.unhashable) return s.fail(DiagId::ann_unhashable, {k->name}), false;
    if (!e.eq != !e.hash)
      return refuse("class '" + k->name + "' defines " + (e.eq ? "__eq__ but hashes by identity" : "__hash__ but compares by identity") +
                    "; define both __eq__ and __hash__, or neither to key by identity");
    if (!(e == first))
      return refuse("classes '" + classes[0]->name + "' and '" + k->name + "' compare or hash with different methods; kiln needs one "
                    "__eq__ and one __hash__ for all the keys of a dict");
  }
  if (!first.eq) return true; // identity, as object's
  if (key->canBeNone()) return refuse("a key may be None, and its class compares and hashes with __eq__ and __hash__");
  def->keyEq = s.l.pbc({s.bk.functionDesc(first.eq)});
  def->keyHash = s.l.pbc({s.bk.functionDesc(first.hash)});
  def->keyMethods = true;
  return true;
}

} // namespace

bool listItemEquality(OpSite& s, ListDef* def, const Annotation* x) {
  def = def->find();
  const Annotation* item = def->item.ann;
  if (!item || !item->is(AnnKind::Instance) || x->is(AnnKind::None)) return true;
  ClassDef* cd = item->classDef;
  cd->lookupReaders.insert(s.block); // a new subclass may bring another __eq__
  std::vector<ClassDef*> classes = classesWithInstances(cd);
  if (classes.empty()) return true;
  load::Function* eq = equalityOf(s.bk, classes[0]).eq;
  for (ClassDef* k : classes)
    if (equalityOf(s.bk, k).eq != eq) {
      s.fail(DiagId::ann_list_item_eq, {cd->name, "classes '" + classes[0]->name + "' and '" + k->name +
                                                      "' compare with different __eq__ methods; kiln needs one __eq__ for all the items"});
      return false;
    }
  if (!eq) return true; // identity, as object's
  def->itemEq = s.l.pbc({s.bk.functionDesc(eq)});
  CallArgs args;
  args.positional = {{item, {}, def->item.origin}, {x, {}, {}}};
  const Annotation* r = callAnnotation(s, def->itemEq, args);
  if (!r) return false;
  if (!r->isImpossible() && !r->isIntLike())
    return s.fail(DiagId::ann_special_method_result, {"'__eq__'", "a bool", typeName(r)}), false;
  return true;
}

// An r_dict's key functions (or the keys' __eq__ and __hash__) get the key annotation:
// key_eq(k, k) must give a bool and key_hash(k) an int. False after reporting.
static bool annotateKeyFunctions(OpSite& s, DictDef* def) {
  // Called again on every use: the calls register this block as a reader of the functions'
  // results, so a result that changes is checked again.
  if (def->key.ann->isImpossible()) return true;
  if (!keyMethods(s, def)) return false;
  if (!def->keyEq) return true;
  CallArgs eqArgs, hashArgs;
  eqArgs.positional = {{def->key.ann, {}, def->key.origin}, {def->key.ann, {}, def->key.origin}};
  hashArgs.positional = {{def->key.ann, {}, def->key.origin}};
  const Annotation* eq = callAnnotation(s, def->keyEq, eqArgs);
  const Annotation* hash = eq ? callAnnotation(s, def->keyHash, hashArgs) : nullptr;
  if (!eq || !hash) return false;
  auto bad = [&](const char* function, const char* method, const char* want, const Annotation* got) {
    if (def->keyMethods) s.fail(DiagId::ann_special_method_result, {std::string("'") + method + "'", want, typeName(got)});
    else s.fail(DiagId::ann_r_dict_function, {function, want, typeName(got)});
    return false;
  };
  if (!eq->isImpossible() && !eq->isIntLike()) return bad("key_eq", "__eq__", "a bool", eq);
  if (!hash->isImpossible() && !hash->isIntLike()) return bad("key_hash", "__hash__", "an int", hash);
  return true;
}

const Annotation* dictKey(OpSite& s, DictDef* def) {
  def = def->find();
  s.an.addReader(def->key, s.block);
  if (!annotateKeyFunctions(s, def)) return s.l.poison();
  return def->key.ann;
}

const Annotation* dictValue(OpSite& s, DictDef* def) {
  def = def->find();
  s.an.addReader(def->value, s.block);
  return def->value.ann;
}

bool mutateList(OpSite& s, ListDef* def, bool resize) {
  def = def->find();
  if (def->isRange) {
    s.fail(DiagId::ann_range_mutated, {});
    return false;
  }
  if (!def->firstMutation.isValid()) def->firstMutation = s.op.loc;
  def->mutated = true;
  def->resized |= resize;
  if (resize && !def->firstResize.isValid()) def->firstResize = s.op.loc;
  return true;
}

bool isHashable(const Annotation* a) {
  switch (a->kind) {
  case AnnKind::List:
  case AnnKind::Dict:
  case AnnKind::Iterator:
  case AnnKind::Cell:
    return false;
  case AnnKind::Tuple:
    for (const Annotation* item : a->items)
      if (!isHashable(item)) return false;
    return true;
  default:
    return true;
  }
}

// -- Indexing --------------------------------------------------------------------------------------------------

namespace {

bool checkIndex(OpSite& s, const Annotation* container, const Annotation* index, size_t indexArg) {
  if (index->isIntLike()) return true;
  s.failWithOrigin(DiagId::ann_bad_index, {typeName(container), typeName(index)}, {indexArg});
  return false;
}

const Annotation* tupleItem(OpSite& s, const Annotation* t, const Annotation* index) {
  if (index->hasConst() && index->constant.kind == load::Value::Kind::Int) {
    int64_t i = index->constant.intValue, n = int64_t(t->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return s.fail(DiagId::ann_tuple_index_range, {int(index->constant.intValue), int(n)});
    return t->items[size_t(i)];
  }
  const Annotation* u = s.l.impossible();
  for (const Annotation* item : t->items) {
    Conflict why;
    u = s.l.unite(u, item, &why);
    if (!u) return s.fail(DiagId::ann_tuple_variable_index, {typeName(t)});
  }
  return u;
}

} // namespace

const Annotation* annotateGetitem(OpSite& s) {
  const Annotation* x = s.arg(0);
  const Annotation* i = s.arg(1);
  if (!x || !i) return nullptr;
  switch (x->kind) {
  case AnnKind::Instance: {
    bool found = false;
    const Annotation* r = callSpecialMethod(s, x, "__getitem__", {{i, s.op.args[1], s.originOf(1)}}, &found);
    if (found) return r;
    break;
  }
  case AnnKind::List:
    if (!checkIndex(s, x, i, 1)) return nullptr;
    return listItem(s, x->list);
  case AnnKind::Dict:
    if (!comparable(dictKey(s, x->dict), i))
      return s.failWithOrigin(DiagId::ann_dict_key_mismatch, {typeName(i), typeName(x)}, {1});
    return dictValue(s, x->dict);
  case AnnKind::Str:
  case AnnKind::Char:
    if (!checkIndex(s, x, i, 1)) return nullptr;
    return s.l.character(x->noNul());
  case AnnKind::Bytes:
    if (!checkIndex(s, x, i, 1)) return nullptr;
    return s.l.integer(true);
  case AnnKind::Tuple:
    if (!checkIndex(s, x, i, 1)) return nullptr;
    return tupleItem(s, x, i);
  default: break;
  }
  return s.failWithOrigin(DiagId::ann_not_subscriptable, {typeName(x)}, {0});
}

const Annotation* annotateSetitem(OpSite& s) {
  const Annotation* x = s.arg(0);
  const Annotation* i = s.arg(1);
  const Annotation* v = s.arg(2);
  if (!x || !i || !v) return nullptr;
  switch (x->kind) {
  case AnnKind::Instance: {
    bool found = false;
    const Annotation* r = callSpecialMethod(
        s, x, "__setitem__", {{i, s.op.args[1], s.originOf(1)}, {v, s.op.args[2], s.originOf(2)}}, &found);
    if (found) return r ? s.none() : nullptr;
    break;
  }
  case AnnKind::List:
    if (!checkIndex(s, x, i, 1) || !mutateList(s, x->list, false)) return nullptr;
    return addListItem(s, x->list, v, s.originOf(2)) ? s.none() : nullptr;
  case AnnKind::Dict:
    return addDictEntry(s, x->dict, i, v, s.originOf(1), s.originOf(2)) ? s.none() : nullptr;
  default: break;
  }
  return s.failWithOrigin(DiagId::ann_no_item_assignment, {typeName(x)}, {0});
}

const Annotation* annotateDelitem(OpSite& s) {
  const Annotation* x = s.arg(0);
  const Annotation* i = s.arg(1);
  if (!x || !i) return nullptr;
  switch (x->kind) {
  case AnnKind::Instance: {
    bool found = false;
    const Annotation* r = callSpecialMethod(s, x, "__delitem__", {{i, s.op.args[1], s.originOf(1)}}, &found);
    if (found) return r ? s.none() : nullptr;
    break;
  }
  case AnnKind::List:
    if (!checkIndex(s, x, i, 1) || !mutateList(s, x->list, true)) return nullptr;
    return s.none();
  case AnnKind::Dict:
    if (!comparable(dictKey(s, x->dict), i))
      return s.failWithOrigin(DiagId::ann_dict_key_mismatch, {typeName(i), typeName(x)}, {1});
    return s.none();
  default: break;
  }
  return s.failWithOrigin(DiagId::ann_no_item_deletion, {typeName(x)}, {0});
}

// -- Slices ------------------------------------------------------------------------------------------------------

namespace {

bool checkBounds(OpSite& s, size_t first, size_t last) {
  for (size_t i = first; i <= last; ++i) {
    const Annotation* b = s.arg(i);
    if (!b) return false;
    if (!b->isIntLike() && !b->is(AnnKind::None)) {
      s.failWithOrigin(DiagId::ann_bad_slice_bound, {typeName(b)}, {i});
      return false;
    }
  }
  return true;
}

std::optional<int64_t> constBound(const Annotation* a) {
  if (a->hasConst() && a->constant.kind == load::Value::Kind::Int) return a->constant.intValue;
  return std::nullopt;
}

} // namespace

const Annotation* annotateGetslice(OpSite& s) {
  const Annotation* x = s.arg(0);
  if (!x || !checkBounds(s, 1, 3)) return nullptr;
  switch (x->kind) {
  case AnnKind::List: {
    // A list of its own (RPython's offspring): appending to a slice must not make the sliced
    // list resizable too, which would keep it from being a bare array. The items are unified
    // both ways, so that the copy needs no conversion.
    ListDef* source = x->list->find();
    ListDef* d = listDefHere(s);
    d->find()->isRange |= source->isRange; // a slice of a range() is read-only too
    const Annotation* item = listItem(s, source);
    if (!item->isImpossible() && !addListItem(s, d, item, s.originOf(0))) return nullptr;
    const Annotation* back = listItem(s, d);
    if (!back->isImpossible() && !addListItem(s, source, back, s.originOf(0))) return nullptr;
    return s.l.list(d);
  }
  case AnnKind::Str:
  case AnnKind::Char: return s.l.str(false, x->noNul());
  case AnnKind::Bytes: return s.l.bytes(false, x->noNul());
  case AnnKind::Tuple: {
    const Annotation *lo = s.arg(1), *hi = s.arg(2), *step = s.arg(3);
    int64_t n = int64_t(x->items.size());
    std::optional<int64_t> a = lo->is(AnnKind::None) ? std::optional<int64_t>(0) : constBound(lo);
    std::optional<int64_t> b = hi->is(AnnKind::None) ? std::optional<int64_t>(n) : constBound(hi);
    if (!a || !b || !step->is(AnnKind::None)) return s.fail(DiagId::ann_tuple_slice_not_constant, {});
    int64_t from = std::clamp(*a < 0 ? *a + n : *a, int64_t(0), n);
    int64_t to = std::clamp(*b < 0 ? *b + n : *b, int64_t(0), n);
    std::vector<const Annotation*> items;
    for (int64_t i = from; i < to; ++i) items.push_back(x->items[size_t(i)]);
    return s.l.tuple(items);
  }
  default: break;
  }
  return s.failWithOrigin(DiagId::ann_not_subscriptable, {typeName(x)}, {0});
}

const Annotation* annotateSetslice(OpSite& s) {
  const Annotation* x = s.arg(0);
  const Annotation* v = s.arg(4);
  if (!x || !v || !checkBounds(s, 1, 3)) return nullptr;
  if (!x->is(AnnKind::List)) return s.failWithOrigin(DiagId::ann_no_item_assignment, {typeName(x)}, {0});
  const Annotation* item = iteratedItem(s, v, 4);
  if (!item || !mutateList(s, x->list, true)) return nullptr;
  return addListItem(s, x->list, item, s.originOf(4)) ? s.none() : nullptr;
}

const Annotation* annotateDelslice(OpSite& s) {
  const Annotation* x = s.arg(0);
  if (!x || !checkBounds(s, 1, 3)) return nullptr;
  if (!x->is(AnnKind::List)) return s.failWithOrigin(DiagId::ann_no_item_deletion, {typeName(x)}, {0});
  return mutateList(s, x->list, true) ? s.none() : nullptr;
}

// -- Building containers ------------------------------------------------------------------------------------------

const Annotation* annotateNewtuple(OpSite& s) {
  std::vector<const Annotation*> items;
  for (size_t i = 0; i < s.argCount(); ++i) {
    const Annotation* a = s.arg(i);
    if (!a) return nullptr;
    items.push_back(a);
  }
  return s.l.tuple(items);
}

const Annotation* annotateNewlist(OpSite& s) {
  ListDef* d = listDefHere(s);
  for (size_t i = 0; i < s.argCount(); ++i) {
    const Annotation* a = s.arg(i);
    if (!a || !addListItem(s, d, a, s.originOf(i))) return nullptr;
  }
  return s.l.list(d);
}

const Annotation* annotateNewdict(OpSite& s) {
  DictDef* d = dictDefHere(s);
  for (size_t i = 0; i + 1 < s.argCount(); i += 2) {
    const Annotation* k = s.arg(i);
    const Annotation* v = s.arg(i + 1);
    if (!k || !v || !addDictEntry(s, d, k, v, s.originOf(i), s.originOf(i + 1))) return nullptr;
  }
  return s.l.dict(d);
}

const Annotation* annotateUnpackCheck(OpSite& s) {
  const Annotation* seq = s.arg(0);
  const load::Value* n = s.constArg(1);
  if (!seq || !n) return nullptr;
  switch (seq->kind) {
  case AnnKind::Tuple:
    if (int64_t(seq->items.size()) != n->intValue)
      return s.failWithOrigin(DiagId::ann_unpack_length, {int(seq->items.size()), int(n->intValue)}, {0});
    return s.none();
  case AnnKind::List:
  case AnnKind::Str:
  case AnnKind::Char:
  case AnnKind::Bytes:
    return s.none();
  default: break;
  }
  return s.failWithOrigin(DiagId::ann_cannot_unpack, {typeName(seq)}, {0});
}

} // namespace kiln::ann

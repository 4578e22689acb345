// Python's built-in functions and classes (the first two sections of builtins.def).
#include "annotator/builtins.h"

#include <algorithm>

namespace kiln::ann {

namespace {

bool isNumber(const Annotation* a) { return a->isIntLike() || a->is(AnnKind::Float); }

// The union of the arguments (min, max); null after reporting.
const Annotation* uniteArguments(BuiltinCall& c, size_t from) {
  const Annotation* u = c.s.l.impossible();
  bool isFloat = false;
  for (size_t i = from; i < c.count(); ++i) isFloat |= c.arg(i)->is(AnnKind::Float);
  for (size_t i = from; i < c.count(); ++i) {
    const Annotation* a = c.arg(i);
    if (isFloat && a->isIntLike()) a = c.s.l.floating();
    Conflict why;
    const Annotation* next = c.s.l.unite(u, c.s.l.withoutConst(a), &why);
    if (!next) return c.bad(i, "of the same type as the others ('" + typeName(u) + "')");
    u = next;
  }
  return u;
}


bool orderable(const Annotation* a) {
  return isNumber(a) || a->isStrLike() || a->is(AnnKind::Bytes) || a->is(AnnKind::Tuple);
}

} // namespace

// Whether the runtime writes repr() of values annotated `a` by itself (list_repr, dict_repr).
bool reprInRuntime(const Annotation* a) {
  switch (a->kind) {
  case AnnKind::Impossible:
  case AnnKind::None:
  case AnnKind::Bool:
  case AnnKind::Int:
  case AnnKind::Float:
  case AnnKind::Char:
  case AnnKind::Str:
  case AnnKind::Bytes: return true;
  case AnnKind::Tuple: return std::all_of(a->items.begin(), a->items.end(), reprInRuntime);
  case AnnKind::List: return reprInRuntime(a->list->find()->item.ann);
  case AnnKind::Dict: return reprInRuntime(a->dict->find()->key.ann) && reprInRuntime(a->dict->find()->value.ann);
  default: return false;
  }
}

// str(x) of instances of classes among which one finds a __str__ and another only its own
// __repr__: CPython calls each's, but the __str__ call annotates only the __str__s (reported).
bool uniformStr(OpSite& s, const Annotation* x) {
  ClassDef* withStr = nullptr;
  ClassDef* withRepr = nullptr;
  x->classDef->lookupReaders.insert(s.block); // a new subclass may add either
  for (ClassDef* k : selfAndSubclasses(x->classDef)) {
    auto finds = [&](const char* name) {
      std::optional<ClassAttr> m = k->cls ? s.bk.lookupClassAttr(k->cls, s.bk.intern(name)) : std::nullopt;
      return m && m->owner && !m->owner->builtin;
    };
    if (finds("__str__")) withStr = withStr ? withStr : k;
    else if (finds("__repr__")) withRepr = withRepr ? withRepr : k;
  }
  if (!withStr || !withRepr) return true;
  s.fail(DiagId::ann_unsupported_here, {"str() of '" + x->classDef->name + "' instances, where class '" + withStr->name +
                                        "' finds a __str__ and class '" + withRepr->name + "' only a __repr__ (define __str__ in '" +
                                        x->classDef->name + "')"});
  return false;
}

bool annotateStrOf(OpSite& s, const Annotation* a, bool repr) {
  const char* what = repr ? "repr()" : "str()";
  switch (a->kind) {
  case AnnKind::Impossible:
  case AnnKind::None:
  case AnnKind::Bool:
  case AnnKind::Int:
  case AnnKind::Float:
  case AnnKind::Char:
  case AnnKind::Str:
  case AnnKind::Bytes: return true;
  case AnnKind::Tuple: // its items' repr()
    return std::all_of(a->items.begin(), a->items.end(), [&](const Annotation* item) { return annotateStrOf(s, item, true); });
  case AnnKind::List:
    // A range object is kept as a list of its ints, which would print as a list.
    if (a->list->find()->isRange) {
      s.fail(DiagId::ann_unsupported_here, {std::string(what) + " of a range object"});
      return false;
    }
    [[fallthrough]];
  case AnnKind::Dict:
    if (reprInRuntime(a)) return true;
    s.fail(DiagId::ann_unsupported_here, {std::string(what) + " of a '" + typeName(a) + "' (the repr() of its items)"});
    return false;
  case AnnKind::Instance: {
    if (!repr && !uniformStr(s, a)) return false;
    bool found = false;
    const Annotation* r = strOfInstance(s, a, repr, &found);
    return !found || r;
  }
  default:
    s.fail(DiagId::ann_unsupported_here, {std::string(what) + " of a '" + typeName(a) + "'"});
    return false;
  }
}

bool annotateFormatOf(OpSite& s, const Annotation* a, bool specMayBeEmpty) {
  if (a->is(AnnKind::Instance)) {
    Symbol name = s.bk.intern("__format__");
    a->classDef->lookupReaders.insert(s.block); // a new subclass may define it
    for (ClassDef* k : selfAndSubclasses(a->classDef)) {
      std::optional<ClassAttr> m = k->cls ? s.bk.lookupClassAttr(k->cls, name) : std::nullopt;
      if (m && m->owner && !m->owner->builtin) {
        s.fail(DiagId::ann_unsupported_here, {"format() of a '" + typeName(a) + "', whose class '" + k->name + "' defines __format__"});
        return false;
      }
    }
  }
  return !specMayBeEmpty || annotateStrOf(s, a, false);
}

const Annotation* call_len(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  const Annotation* x = c.arg(0);
  switch (x->kind) {
  case AnnKind::Tuple: return c.s.l.constInt(int64_t(x->items.size()));
  case AnnKind::Char: return c.s.l.constInt(1);
  case AnnKind::Str:
  case AnnKind::Bytes:
  case AnnKind::List:
  case AnnKind::Dict: return c.s.l.integer(true);
  case AnnKind::Instance: {
    bool found = false;
    const Annotation* r = callSpecialMethod(c.s, x, "__len__", {}, &found);
    if (found) return r && !r->isImpossible() ? c.s.l.integer(true) : r;
    break;
  }
  default: break;
  }
  return c.bad(0, "a str, bytes, list, dict, tuple or an object with __len__");
}

const Annotation* call_print(BuiltinCall& c) {
  if (!c.arity(0, size_t(-1), {"sep", "end", "flush"})) return nullptr;
  for (size_t i = 0; i < c.count(); ++i)
    if (!annotateStrOf(c.s, c.arg(i), false)) return nullptr;
  for (const char* kw : {"sep", "end"})
    if (const Annotation* k = c.keyword(kw); k && !k->isStrLike() && !k->is(AnnKind::None))
      return c.s.fail(DiagId::ann_builtin_keyword_type, {c.name(), kw, "a str or None", typeName(k)});
  return c.s.none();
}

const Annotation* call_isinstance(BuiltinCall& c) {
  if (!c.arity(2, 2)) return nullptr;
  return isinstanceOf(c.s, c.arg(0), c.arg(1), c.var(0), 0);
}

const Annotation* call_abs(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantNumber(0)) return nullptr;
  return c.arg(0)->is(AnnKind::Float) ? c.s.l.floating() : c.s.l.integer(true, c.arg(0)->isUnsigned());
}

static const Annotation* minMax(BuiltinCall& c) {
  if (!c.arity(1, size_t(-1))) return nullptr;
  if (c.count() == 1) {
    const Annotation* item = iteratedItem(c.s, c.arg(0), 0);
    if (!item || item->isImpossible()) return item;
    if (!orderable(item)) return c.bad(0, "an iterable of numbers or strs");
    return c.s.l.withoutConst(item);
  }
  const Annotation* u = uniteArguments(c, 0);
  if (u && !orderable(u)) return c.bad(0, "a number or str");
  return u;
}
const Annotation* call_min(BuiltinCall& c) { return minMax(c); }
const Annotation* call_max(BuiltinCall& c) { return minMax(c); }

const Annotation* call_ord(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  if (!c.arg(0)->isStrLike() && !c.arg(0)->is(AnnKind::Bytes)) return c.bad(0, "a str of one character");
  return c.s.l.integer(true);
}

const Annotation* call_chr(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantInt(0)) return nullptr;
  return c.s.l.character();
}

// hash() of an instance: its class's __hash__ (a call the rtyper makes), or its identity when no
// class it may have defines one.
static const Annotation* hashOfInstance(BuiltinCall& c, const Annotation* x) {
  ClassDef* cd = x->classDef;
  cd->lookupReaders.insert(c.s.block); // a new subclass may define __hash__
  ClassDef* identity = nullptr;
  bool custom = false;
  for (ClassDef* k : classesWithInstances(cd)) {
    InstanceEquality e = equalityOf(c.s.bk, k);
    if (e.unhashable) return c.s.fail(DiagId::ann_unhashable, {k->name});
    if (e.hash) custom = true;
    else if (!identity) identity = k;
  }
  // CPython's hash(None) is derived from None's address (3.11): nothing a program can rely on.
  if (x->canBeNone()) return c.s.fail(DiagId::ann_unsupported_here, {"hash() of a value that may be None ('" + typeName(x) + "')"});
  if (!custom) return c.s.l.integer();
  if (identity) return c.s.fail(DiagId::ann_identity_mixed, {"hash()", cd->name, identity->name, "__hash__"});
  bool found = false;
  const Annotation* r = callSpecialMethod(c.s, x, "__hash__", {}, &found);
  if (!r || r->isImpossible()) return r;
  if (!r->isIntLike()) return c.s.fail(DiagId::ann_special_method_result, {"'__hash__'", "an int", typeName(r)});
  return c.s.l.integer();
}

const Annotation* call_hash(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  if (!isHashable(c.arg(0))) return c.s.fail(DiagId::ann_unhashable, {typeName(c.arg(0))});
  if (c.arg(0)->is(AnnKind::Instance)) return hashOfInstance(c, c.arg(0));
  return c.s.l.integer();
}

const Annotation* call_iter(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  return iteratorOf(c.s, c.arg(0), 0);
}

const Annotation* call_next(BuiltinCall& c) {
  if (!c.arity(1, 2)) return nullptr;
  if (c.arg(0)->flags & annflag::View) return c.s.fail(DiagId::ann_not_an_iterator, {typeName(c.arg(0))});
  const Annotation* r = nextOf(c.s, c.arg(0));
  if (!r || c.count() == 1) return r;
  Conflict why;
  const Annotation* u = c.s.l.unite(r, c.arg(1), &why);
  return u ? u : c.bad(1, "of the iterator's item type ('" + typeName(r) + "')");
}

const Annotation* call_divmod(BuiltinCall& c) {
  if (!c.arity(2, 2) || !c.wantNumber(0) || !c.wantNumber(1)) return nullptr;
  bool isFloat = c.arg(0)->is(AnnKind::Float) || c.arg(1)->is(AnnKind::Float);
  const Annotation* n = isFloat ? c.s.l.floating() : c.s.l.integer();
  const Annotation* items[2] = {n, n};
  return c.s.l.tuple(items);
}

static std::optional<Symbol> constName(BuiltinCall& c, size_t i) {
  const Annotation* a = c.arg(i);
  if (a->isStrLike() && a->hasConst()) return c.s.bk.intern(a->constant.text);
  c.s.fail(DiagId::ann_attribute_name_not_constant, {c.name()});
  return std::nullopt;
}

const Annotation* call_getattr(BuiltinCall& c) {
  if (!c.arity(2, 3)) return nullptr;
  std::optional<Symbol> name = constName(c, 1);
  if (!name) return nullptr;
  if (c.count() == 3 && !hasAttribute(c.s, c.arg(0), *name)) return c.arg(2);
  return readAttribute(c.s, c.arg(0), *name, 1);
}

const Annotation* call_setattr(BuiltinCall& c) {
  if (!c.arity(3, 3)) return nullptr;
  std::optional<Symbol> name = constName(c, 1);
  if (!name) return nullptr;
  return writeAttribute(c.s, c.arg(0), *name, c.arg(2), c.origin(2), 1);
}

const Annotation* call_hasattr(BuiltinCall& c) {
  if (!c.arity(2, 2)) return nullptr;
  std::optional<Symbol> name = constName(c, 1);
  if (!name) return nullptr;
  return c.s.l.constBool(hasAttribute(c.s, c.arg(0), *name));
}

const Annotation* call_callable(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  const Annotation* x = c.arg(0);
  bool yes = x->is(AnnKind::Builtin) || (x->is(AnnKind::PBC) && !descAs<FrozenDesc>(x->descs[0]));
  return c.s.l.constBool(yes);
}

const Annotation* call_sorted(BuiltinCall& c) {
  if (!c.arity(1, 1, {"reverse"}) || !c.wantReverse()) return nullptr;
  const Annotation* item = iteratedItem(c.s, c.arg(0), 0);
  if (!item) return item;
  // An iterable of no items yet (an empty list never filled): a new list all the same.
  if (!item->isImpossible() && !orderable(item)) return c.bad(0, "an iterable of numbers, strs or tuples");
  ListDef* d = listDefHere(c.s);
  if (item->isImpossible()) return c.s.l.list(d);
  if (!addListItem(c.s, d, item, c.origin(0))) return nullptr;
  return c.s.l.list(d);
}

const Annotation* call_sum(BuiltinCall& c) {
  if (!c.arity(1, 2)) return nullptr;
  const Annotation* item = iteratedItem(c.s, c.arg(0), 0);
  if (!item) return item;
  // No items yet (an empty list never filled): the start, which sum([]) returns.
  if (item->isImpossible()) return c.count() == 2 ? c.arg(1) : c.s.l.integer();
  if (!isNumber(item)) return c.bad(0, "an iterable of numbers");
  if (item->is(AnnKind::Float) || (c.count() == 2 && c.arg(1)->is(AnnKind::Float))) return c.s.l.floating();
  return c.s.l.integer();
}

static const Annotation* anyAll(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  const Annotation* item = iteratedItem(c.s, c.arg(0), 0);
  if (!item) return item;
  return c.s.l.boolean(); // any([]) is False, all([]) True: a bool even with no items yet
}
const Annotation* call_any(BuiltinCall& c) { return anyAll(c); }
const Annotation* call_all(BuiltinCall& c) { return anyAll(c); }

const Annotation* call_round(BuiltinCall& c) {
  if (!c.arity(1, 2) || !c.wantNumber(0)) return nullptr;
  if (c.count() == 2) return c.wantInt(1) ? c.arg(0)->isIntLike() ? c.s.l.integer() : c.s.l.floating() : nullptr;
  return c.s.l.integer();
}

const Annotation* call_id(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  return c.s.l.integer(true);
}

// -- Built-in classes, called ------------------------------------------------------------------------

const Annotation* call_int_(BuiltinCall& c) {
  if (!c.arity(0, 2)) return nullptr;
  if (c.count() == 0) return c.s.l.constInt(0);
  const Annotation* x = c.arg(0);
  if (c.count() == 2) return c.wantStr(0) && c.wantInt(1) ? c.s.l.integer() : nullptr;
  if (x->isIntLike()) return c.s.l.integer(x->nonNeg(), false);
  if (x->is(AnnKind::Float) || x->isStrLike() || x->is(AnnKind::Bytes)) return c.s.l.integer();
  return c.bad(0, "an int, float or str");
}

const Annotation* call_float_(BuiltinCall& c) {
  if (!c.arity(0, 1)) return nullptr;
  if (c.count() == 0) return c.s.l.constFloat(0.0);
  const Annotation* x = c.arg(0);
  if (isNumber(x) || x->isStrLike()) return c.s.l.floating();
  return c.bad(0, "an int, float or str");
}

const Annotation* call_bool_(BuiltinCall& c) {
  if (!c.arity(0, 1)) return nullptr;
  if (c.count() == 0) return c.s.l.constBool(false);
  if (c.arg(0)->is(AnnKind::Instance)) {
    bool found = false;
    const Annotation* r = callSpecialMethod(c.s, c.arg(0), "__bool__", {}, &found);
    if (!found) r = callSpecialMethod(c.s, c.arg(0), "__len__", {}, &found);
    if (found && (!r || r->isImpossible())) return r;
  }
  return c.s.l.boolean();
}

const Annotation* call_str_(BuiltinCall& c) {
  if (!c.arity(0, 2)) return nullptr;
  if (c.count() == 0) return c.s.l.constStr("");
  if (c.count() == 2) {
    if (!c.arg(0)->is(AnnKind::Bytes)) return c.bad(0, "bytes (with an encoding)");
    return c.wantUtf8(1) ? c.s.l.str() : nullptr;
  }
  const Annotation* x = c.arg(0);
  if (x->is(AnnKind::Instance)) {
    if (!uniformStr(c.s, x)) return nullptr;
    bool found = false;
    const Annotation* r = strOfInstance(c.s, x, false, &found);
    if (found) return r;
  } else if (!annotateStrOf(c.s, x, false)) {
    return nullptr;
  }
  if (x->is(AnnKind::Str) && !x->canBeNone()) return x;
  return c.s.l.str(false, isNumber(x) || x->noNul());
}

const Annotation* call_repr_(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  const Annotation* x = c.arg(0);
  if (x->is(AnnKind::Instance)) {
    bool found = false;
    const Annotation* r = strOfInstance(c.s, x, /*reprOnly=*/true, &found);
    if (found) return r;
  } else if (!annotateStrOf(c.s, x, true)) {
    return nullptr;
  }
  return c.s.l.str(false, /*noNul=*/true); // repr() escapes NUL characters
}

const Annotation* call_bytes_(BuiltinCall& c) {
  if (!c.arity(0, 2)) return nullptr;
  if (c.count() == 0) return c.s.l.constBytes("");
  const Annotation* x = c.arg(0);
  if (c.count() == 2) return c.wantStr(0) && c.wantUtf8(1) ? c.s.l.bytes() : nullptr;
  if (x->isIntLike()) return c.s.l.bytes();
  if (x->is(AnnKind::Bytes)) return c.s.l.nonNull(x);
  const Annotation* item = iteratedItem(c.s, x, 0);
  if (!item) return item;
  if (!item->isImpossible() && !item->isIntLike()) return c.bad(0, "an iterable of ints");
  return c.s.l.bytes(); // bytes([]) is b'': bytes even with no items yet
}

const Annotation* call_list_(BuiltinCall& c) {
  if (!c.arity(0, 1)) return nullptr;
  ListDef* d = listDefHere(c.s);
  if (c.count() == 1) {
    const Annotation* item = iteratedItem(c.s, c.arg(0), 0);
    if (!item) return nullptr;
    if (!item->isImpossible() && !addListItem(c.s, d, item, c.origin(0))) return nullptr;
  }
  return c.s.l.list(d);
}

const Annotation* call_dict_(BuiltinCall& c) {
  if (!c.arity(0, 1)) return nullptr;
  DictDef* d = dictDefHere(c.s);
  if (c.count() == 1) {
    const Annotation* other = c.arg(0);
    if (!other->is(AnnKind::Dict)) return c.bad(0, "a dict");
    const Annotation* k = dictKey(c.s, other->dict);
    const Annotation* v = dictValue(c.s, other->dict);
    if (!k->isImpossible() && !addDictEntry(c.s, d, k, v, c.origin(0))) return nullptr;
  }
  return c.s.l.dict(d);
}

const Annotation* call_tuple_(BuiltinCall& c) {
  if (!c.arity(0, 1)) return nullptr;
  if (c.count() == 0) return c.s.l.tuple({});
  if (c.arg(0)->is(AnnKind::Tuple)) return c.arg(0);
  return c.bad(0, "a tuple (the length of a tuple must be known when translating)");
}

const Annotation* call_range(BuiltinCall& c) {
  if (!c.arity(1, 3)) return nullptr;
  bool nonNeg = true;
  for (size_t i = 0; i < c.count(); ++i) {
    if (!c.wantInt(i)) return nullptr;
    if (i < 2) nonNeg &= c.arg(i)->nonNeg();
  }
  if (c.count() == 3) {
    const Annotation* step = c.arg(2);
    if (step->hasConst() && step->constant.intValue == 0) return c.s.fail(DiagId::ann_range_step_zero, {});
    nonNeg &= step->hasConst() && step->constant.intValue > 0;
  }
  ListDef* d = listDefHere(c.s);
  d->isRange = true;
  if (!addListItem(c.s, d, c.s.l.integer(nonNeg), c.s.op.loc)) return nullptr;
  return c.s.l.list(d);
}

// An iterator that enumerate() or zip() keeps: iter(x). When x's __iter__ returns an instance,
// its __next__ is annotated here too: the rtyper reads it as a function pointer into the
// iterator it makes (rtype_special.cpp), before any next() runs.
static const Annotation* keptIterator(BuiltinCall& c, size_t i) {
  const Annotation* inner = iteratorOf(c.s, c.arg(i), i);
  if (!inner || inner->isImpossible() || !inner->is(AnnKind::Instance)) return inner;
  if (inner->canBeNone())
    return c.s.fail(DiagId::ann_unsupported_here, {"an __iter__ that may return None ('" + typeName(inner) + "')"});
  return nextOf(c.s, inner) ? inner : nullptr;
}

const Annotation* call_enumerate(BuiltinCall& c) {
  if (!c.arity(1, 2)) return nullptr;
  if (c.count() == 2 && !c.wantInt(1)) return nullptr;
  const Annotation* inner = keptIterator(c, 0);
  if (!inner || inner->isImpossible()) return inner;
  const Annotation* items[1] = {inner};
  return c.s.l.iterator(IterKind::Enumerate, items);
}

const Annotation* call_zip(BuiltinCall& c) {
  if (!c.arity(1, size_t(-1))) return nullptr;
  std::vector<const Annotation*> inner;
  for (size_t i = 0; i < c.count(); ++i) {
    const Annotation* it = keptIterator(c, i);
    if (!it || it->isImpossible()) return it;
    inner.push_back(it);
  }
  return c.s.l.iterator(IterKind::Zip, inner);
}

const Annotation* call_reversed(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  const Annotation* x = c.arg(0);
  if (!x->is(AnnKind::List) && !x->isStrLike() && !x->is(AnnKind::Tuple)) return c.bad(0, "a list, str or tuple");
  const Annotation* items[1] = {c.s.l.nonNull(x)};
  return c.s.l.iterator(IterKind::Reversed, items);
}

// Exception.__init__(self, args...) in the __init__ of an exception class: BaseException's
// stores the arguments, which kiln's exceptions do not keep (str(e) and repr(e) are rejected
// where they would show them), so there is nothing to do.
const Annotation* call_exception_init(BuiltinCall& c) {
  if (!c.arity(1, size_t(-1))) return nullptr;
  const Annotation* self = c.arg(0);
  if (!self->is(AnnKind::Instance) || !self->classDef->isException) return c.bad(0, "an exception instance");
  std::vector<const Annotation*> args;
  for (size_t i = 1; i < c.count(); ++i) args.push_back(c.arg(i));
  return annotateExceptionArgs(c.s, self->classDef, args) ? c.s.none() : nullptr; // the new message
}

const Annotation* call_object_(BuiltinCall& c) {
  if (!c.arity(0, 0)) return nullptr;
  ClassDef* cd = c.s.bk.objectClassDef();
  markInstantiated(c.s, cd);
  return c.s.l.instance(cd);
}

} // namespace kiln::ann

// Methods of str, bytes, list and dict (the METHOD rows of builtins.def). `c.self` is the
// object the method is bound to.
#include "annotator/builtins.h"
#include "support/pyrepr.h"
#include "support/str_format.h"

#include <algorithm>

namespace kiln::ann {

namespace {

// A str argument, or a tuple of strs (startswith/endswith), or None where allowed.
bool wantStrOrNone(BuiltinCall& c, size_t i) {
  const Annotation* a = c.arg(i);
  return a->isStrLike() || a->is(AnnKind::None) || (c.bad(i, "a str or None"), false);
}

const Annotation* strPredicate(BuiltinCall& c) { return c.arity(0, 0) ? c.s.l.boolean() : nullptr; }

const Annotation* strTransform(BuiltinCall& c) {
  return c.arity(0, 0) ? c.s.l.str(false, c.self->noNul()) : nullptr;
}

const Annotation* strip(BuiltinCall& c) {
  if (!c.arity(0, 1) || (c.count() == 1 && !wantStrOrNone(c, 0))) return nullptr;
  return c.s.l.str(false, c.self->noNul());
}

const Annotation* search(BuiltinCall& c) {
  if (!c.arity(1, 3) || !c.wantStr(0)) return nullptr;
  for (size_t i = 1; i < c.count(); ++i)
    if (!c.arg(i)->is(AnnKind::None) && !c.wantInt(i)) return nullptr;
  return c.s.l.integer();
}

const Annotation* affix(BuiltinCall& c) {
  if (!c.arity(1, 3)) return nullptr;
  const Annotation* a = c.arg(0);
  bool ok = a->isStrLike();
  if (a->is(AnnKind::Tuple)) {
    ok = true;
    for (const Annotation* item : a->items) ok &= item->isStrLike();
  }
  if (!ok) return c.bad(0, "a str or a tuple of strs");
  return c.s.l.boolean();
}

// A new list of `item` made by this call.
const Annotation* newList(BuiltinCall& c, const Annotation* item) {
  ListDef* d = listDefHere(c.s);
  if (!addListItem(c.s, d, item, c.s.op.loc)) return nullptr;
  return c.s.l.list(d);
}

const Annotation* joinOf(BuiltinCall& c, bool bytes) {
  if (!c.arity(1, 1)) return nullptr;
  const Annotation* item = iteratedItem(c.s, c.arg(0), 0);
  if (!item) return item;
  // sep.join([]) is "": a str even with no items yet.
  if (item->isImpossible()) return bytes ? c.s.l.bytes(false, c.self->noNul()) : c.s.l.str(false, c.self->noNul());
  if (bytes ? !item->is(AnnKind::Bytes) : !item->isStrLike()) return c.bad(0, bytes ? "an iterable of bytes" : "an iterable of strs");
  if (item->canBeNone()) return c.bad(0, bytes ? "an iterable of bytes (not None)" : "an iterable of strs (not None)");
  return bytes ? c.s.l.bytes(false, c.self->noNul() && item->noNul()) : c.s.l.str(false, c.self->noNul() && item->noNul());
}

// The argument of a str.format() field, or null after reporting that there is none.
const Annotation* fieldArgument(BuiltinCall& c, const pyfmt::BraceField& f) {
  if (f.index) {
    if (*f.index < c.count()) return c.arg(*f.index);
    std::string message = "Replacement index " + std::to_string(*f.index) + " out of range for positional args tuple";
    return c.s.fail(DiagId::ann_always_raises, {"str.format()", "IndexError", message});
  }
  if (const Annotation* a = c.keyword(f.keyword)) return a;
  return c.s.fail(DiagId::ann_always_raises, {"str.format()", "KeyError", pyrepr::reprStr(f.keyword)});
}

bool formatFields(BuiltinCall& c, const std::vector<pyfmt::BracePart>& parts) {
  for (const pyfmt::BracePart& part : parts) {
    if (!part.isField) continue;
    const pyfmt::BraceField& f = part.field;
    const Annotation* a = fieldArgument(c, f);
    if (!a) return false;
    if (!f.access.empty()) {
      std::string name = (f.index ? std::to_string(*f.index) : f.keyword) + f.access;
      c.s.fail(DiagId::ann_unsupported_here, {"the str.format() field '{" + name + "}', with an attribute or index"});
      return false;
    }
    // The conversion's str()/repr(), or format(x, spec), whose spec may be empty unless it is
    // text only (which is never empty).
    bool literalSpec = std::none_of(f.spec.begin(), f.spec.end(), [](const pyfmt::BracePart& p) { return p.isField; });
    bool ok = f.conversion ? annotateStrOf(c.s, a, f.conversion == 'r' || f.conversion == 'a')
                           : annotateFormatOf(c.s, a, f.spec.empty() || !literalSpec);
    if (!ok) return false;
    if (!formatFields(c, f.spec)) return false;
  }
  return true;
}

ListDef* selfList(BuiltinCall& c) { return c.self->list->find(); }
DictDef* selfDict(BuiltinCall& c) { return c.self->dict->find(); }

} // namespace

// -- str -----------------------------------------------------------------------------------------------------

const Annotation* call_str_join(BuiltinCall& c) { return joinOf(c, false); }

const Annotation* call_str_split(BuiltinCall& c) {
  if (!c.arity(0, 2, {"sep", "maxsplit"}) || (c.count() >= 1 && !wantStrOrNone(c, 0)) ||
      (c.count() == 2 && !c.wantInt(1)))
    return nullptr;
  return newList(c, c.s.l.str(false, c.self->noNul()));
}

const Annotation* call_str_strip(BuiltinCall& c) { return strip(c); }
const Annotation* call_str_lstrip(BuiltinCall& c) { return strip(c); }
const Annotation* call_str_rstrip(BuiltinCall& c) { return strip(c); }
const Annotation* call_str_startswith(BuiltinCall& c) { return affix(c); }
const Annotation* call_str_endswith(BuiltinCall& c) { return affix(c); }
const Annotation* call_str_find(BuiltinCall& c) { return search(c); }
const Annotation* call_str_rfind(BuiltinCall& c) { return search(c); }

const Annotation* call_str_replace(BuiltinCall& c) {
  if (!c.arity(2, 3) || !c.wantStr(0) || !c.wantStr(1) || (c.count() == 3 && !c.wantInt(2))) return nullptr;
  return c.s.l.str(false, c.self->noNul() && c.arg(1)->noNul());
}

const Annotation* call_str_upper(BuiltinCall& c) { return strTransform(c); }
const Annotation* call_str_lower(BuiltinCall& c) { return strTransform(c); }
const Annotation* call_str_isdigit(BuiltinCall& c) { return strPredicate(c); }
const Annotation* call_str_isalpha(BuiltinCall& c) { return strPredicate(c); }
const Annotation* call_str_isalnum(BuiltinCall& c) { return strPredicate(c); }
const Annotation* call_str_isspace(BuiltinCall& c) { return strPredicate(c); }

const Annotation* call_str_encode(BuiltinCall& c) {
  if (!c.arity(0, 2) || (c.count() >= 1 && !c.wantUtf8(0)) || (c.count() == 2 && !c.wantStr(1))) return nullptr;
  return c.s.l.bytes(false, c.self->noNul());
}

const Annotation* call_str_count(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantStr(0)) return nullptr;
  return c.s.l.integer(true);
}

// s.format(...): the format must be known at translation time, for the rtyper to lower each
// field (a format made at run time would need formatting, attribute and index fields of any
// value at run time: '%' formatting serves there). Fields are checked in the order CPython
// renders them: the argument each names (IndexError, KeyError), the str()/repr() its conversion
// calls, then its spec's fields; then the format's own errors (ValueError). Each of those
// CPython raises every time the call runs: reported here.
const Annotation* call_str_format(BuiltinCall& c) {
  if (!c.self->hasConst() || c.self->constant.kind != load::Value::Kind::Str)
    return c.s.fail(DiagId::ann_unsupported_here, {"str.format() of a format known only at run time (use '%' formatting)"});
  pyfmt::BraceFormat fmt = pyfmt::parseBraceFormat(c.self->constant.text);
  if (!formatFields(c, fmt.parts)) return nullptr;
  if (!fmt.error.empty()) return c.s.fail(DiagId::ann_always_raises, {"str.format()", "ValueError", fmt.error});
  return c.s.l.str();
}

// -- bytes ---------------------------------------------------------------------------------------------------

const Annotation* call_bytes_decode(BuiltinCall& c) {
  if (!c.arity(0, 2) || (c.count() >= 1 && !c.wantUtf8(0)) || (c.count() == 2 && !c.wantStr(1))) return nullptr;
  return c.s.l.str(false, c.self->noNul());
}

const Annotation* call_bytes_join(BuiltinCall& c) { return joinOf(c, true); }

// -- list ----------------------------------------------------------------------------------------------------

const Annotation* call_list_append(BuiltinCall& c) {
  if (!c.arity(1, 1) || !mutateList(c.s, selfList(c), true)) return nullptr;
  return addListItem(c.s, selfList(c), c.arg(0), c.origin(0)) ? c.s.none() : nullptr;
}

const Annotation* call_list_pop(BuiltinCall& c) {
  if (!c.arity(0, 1) || (c.count() == 1 && !c.wantInt(0)) || !mutateList(c.s, selfList(c), true)) return nullptr;
  return listItem(c.s, selfList(c));
}

const Annotation* call_list_extend(BuiltinCall& c) {
  if (!c.arity(1, 1) || !mutateList(c.s, selfList(c), true)) return nullptr;
  const Annotation* item = iteratedItem(c.s, c.arg(0), 0);
  if (!item) return item;
  if (item->isImpossible()) return c.s.none(); // extending by no items yet is still a call that returns
  return addListItem(c.s, selfList(c), item, c.origin(0)) ? c.s.none() : nullptr;
}

const Annotation* call_list_insert(BuiltinCall& c) {
  if (!c.arity(2, 2) || !c.wantInt(0) || !mutateList(c.s, selfList(c), true)) return nullptr;
  return addListItem(c.s, selfList(c), c.arg(1), c.origin(1)) ? c.s.none() : nullptr;
}

const Annotation* call_list_remove(BuiltinCall& c) {
  if (!c.arity(1, 1) || !mutateList(c.s, selfList(c), true)) return nullptr;
  if (!comparable(listItem(c.s, selfList(c)), c.arg(0))) return c.bad(0, "of the list's item type");
  return listItemEquality(c.s, selfList(c), c.arg(0)) ? c.s.none() : nullptr;
}

static const Annotation* listSearch(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  if (!comparable(listItem(c.s, selfList(c)), c.arg(0))) return c.bad(0, "of the list's item type");
  return listItemEquality(c.s, selfList(c), c.arg(0)) ? c.s.l.integer(true) : nullptr;
}
const Annotation* call_list_index(BuiltinCall& c) { return listSearch(c); }
const Annotation* call_list_count(BuiltinCall& c) { return listSearch(c); }

const Annotation* call_list_reverse(BuiltinCall& c) {
  if (!c.arity(0, 0) || !mutateList(c.s, selfList(c), false)) return nullptr;
  return c.s.none();
}

const Annotation* call_list_sort(BuiltinCall& c) {
  if (!c.arity(0, 0, {"reverse"}) || !c.wantReverse() || !mutateList(c.s, selfList(c), false)) return nullptr;
  const Annotation* item = listItem(c.s, selfList(c));
  if (!item->isImpossible() && !(item->isIntLike() || item->is(AnnKind::Float) || item->isStrLike() ||
                                 item->is(AnnKind::Bytes) || item->is(AnnKind::Tuple)))
    return c.s.fail(DiagId::ann_sort_items, {typeName(item)});
  return c.s.none();
}

const Annotation* call_list_clear(BuiltinCall& c) {
  if (!c.arity(0, 0) || !mutateList(c.s, selfList(c), true)) return nullptr;
  return c.s.none();
}

const Annotation* call_list_copy(BuiltinCall& c) {
  if (!c.arity(0, 0)) return nullptr;
  return c.s.l.nonNull(c.self);
}

// -- dict ----------------------------------------------------------------------------------------------------

const Annotation* call_dict_get(BuiltinCall& c) {
  if (!c.arity(1, 2)) return nullptr;
  if (!comparable(dictKey(c.s, selfDict(c)), c.arg(0))) return c.bad(0, "of the dict's key type");
  const Annotation* v = dictValue(c.s, selfDict(c));
  const Annotation* dflt = c.count() == 2 ? c.arg(1) : c.s.none();
  // Nothing stored yet: the default is all a lookup can give so far.
  Conflict why;
  const Annotation* u = c.s.l.unite(v, dflt, &why);
  if (!u) return c.s.fail(DiagId::ann_dict_get_default, {typeName(dflt), typeName(v), why.reason.empty() ? "" : ": " + why.reason});
  return u;
}

static const Annotation* dictView(BuiltinCall& c, IterKind kind) {
  if (!c.arity(0, 0)) return nullptr;
  const Annotation* items[1] = {c.s.l.nonNull(c.self)};
  return c.s.l.withFlags(c.s.l.iterator(kind, items), annflag::View, 0);
}
const Annotation* call_dict_keys(BuiltinCall& c) { return dictView(c, IterKind::DictKeys); }
const Annotation* call_dict_values(BuiltinCall& c) { return dictView(c, IterKind::DictValues); }
const Annotation* call_dict_items(BuiltinCall& c) { return dictView(c, IterKind::DictItems); }

const Annotation* call_dict_pop(BuiltinCall& c) {
  if (!c.arity(1, 2)) return nullptr;
  if (!comparable(dictKey(c.s, selfDict(c)), c.arg(0))) return c.bad(0, "of the dict's key type");
  const Annotation* v = dictValue(c.s, selfDict(c));
  if (c.count() == 1) return v;
  Conflict why;
  const Annotation* u = c.s.l.unite(v, c.arg(1), &why);
  if (!u) return c.s.fail(DiagId::ann_dict_get_default, {typeName(c.arg(1)), typeName(v), why.reason.empty() ? "" : ": " + why.reason});
  return u;
}

const Annotation* call_dict_setdefault(BuiltinCall& c) {
  if (!c.arity(2, 2)) return nullptr;
  if (!addDictEntry(c.s, selfDict(c), c.arg(0), c.arg(1), c.origin(0), c.origin(1))) return nullptr;
  return dictValue(c.s, selfDict(c));
}

const Annotation* call_dict_clear(BuiltinCall& c) { return c.arity(0, 0) ? c.s.none() : nullptr; }
const Annotation* call_dict_copy(BuiltinCall& c) { return c.arity(0, 0) ? c.s.l.nonNull(c.self) : nullptr; }

const Annotation* call_dict_update(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  const Annotation* other = c.arg(0);
  if (!other->is(AnnKind::Dict)) return c.bad(0, "a dict");
  const Annotation* k = dictKey(c.s, other->dict);
  const Annotation* v = dictValue(c.s, other->dict);
  if (k->isImpossible()) return c.s.none();
  return addDictEntry(c.s, selfDict(c), k, v, c.origin(0)) ? c.s.none() : nullptr;
}

} // namespace kiln::ann

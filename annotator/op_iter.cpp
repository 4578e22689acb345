// Iteration: iter() and next(), and the item type of anything iterable.
//
// An Iterator annotation remembers what it walks (IterKind) and over what, so next() gives the
// item: a list's item (read through its slot), a str's char, a bytes' int, a dict's key, value
// or (key, value), enumerate's (index, item), zip's tuple. Instances iterate through __iter__
// and __next__ (generators are such instances).
#include "annotator/ops.h"

namespace kiln::ann {

const Annotation* iteratorOf(OpSite& s, const Annotation* x, size_t argForErrors) {
  switch (x->kind) {
  case AnnKind::List:
  case AnnKind::Str:
  case AnnKind::Char:
  case AnnKind::Bytes:
  case AnnKind::Tuple:
  case AnnKind::File: {
    const Annotation* items[1] = {s.l.nonNull(x)};
    return s.l.iterator(IterKind::Items, items);
  }
  case AnnKind::Dict: {
    const Annotation* items[1] = {s.l.nonNull(x)};
    return s.l.iterator(IterKind::DictKeys, items);
  }
  case AnnKind::Iterator: return s.l.withFlags(x, 0, annflag::View); // iter(view): an iterator at its start
  case AnnKind::Instance: {
    bool found = false;
    const Annotation* r = callSpecialMethod(s, x, "__iter__", {}, &found);
    if (found) return r;
    break;
  }
  default: break;
  }
  return s.failWithOrigin(DiagId::ann_not_iterable, {typeName(x)}, {argForErrors});
}

const Annotation* nextOf(OpSite& s, const Annotation* it) {
  if (it->is(AnnKind::Instance)) {
    bool found = false;
    const Annotation* r = callSpecialMethod(s, it, "__next__", {}, &found);
    if (found) return r;
    return s.fail(DiagId::ann_not_an_iterator, {typeName(it)});
  }
  if (!it->is(AnnKind::Iterator)) return s.fail(DiagId::ann_not_an_iterator, {typeName(it)});
  const Annotation* c = it->items.empty() ? nullptr : it->items[0];
  switch (it->iterKind) {
  case IterKind::Items:
  case IterKind::Reversed:
    switch (c->kind) {
    case AnnKind::List: return listItem(s, c->list);
    case AnnKind::Str:
    case AnnKind::Char: return s.l.character(c->noNul());
    case AnnKind::Bytes: return s.l.integer(true);
    case AnnKind::File: return (c->flags & annflag::Binary) ? s.l.bytes() : s.l.str(); // the lines
    case AnnKind::Tuple: {
      const Annotation* u = s.l.impossible();
      for (const Annotation* item : c->items) {
        Conflict why;
        const Annotation* next = s.l.unite(u, item, &why);
        if (!next) return s.fail(DiagId::ann_tuple_iteration, {typeName(c), typeName(u), typeName(item)});
        u = next;
      }
      return u;
    }
    default: return s.fail(DiagId::ann_not_an_iterator, {typeName(it)});
    }
  case IterKind::DictKeys: return dictKey(s, c->dict);
  case IterKind::DictValues: return dictValue(s, c->dict);
  case IterKind::DictItems: {
    const Annotation* k = dictKey(s, c->dict);
    const Annotation* v = dictValue(s, c->dict);
    if (k->isImpossible() || v->isImpossible()) return s.l.impossible();
    const Annotation* items[2] = {k, v};
    return s.l.tuple(items);
  }
  case IterKind::Enumerate: {
    const Annotation* inner = nextOf(s, c);
    if (!inner || inner->isImpossible()) return inner;
    const Annotation* items[2] = {s.l.integer(true), inner};
    return s.l.tuple(items);
  }
  case IterKind::Zip: {
    std::vector<const Annotation*> items;
    for (const Annotation* inner : it->items) {
      const Annotation* n = nextOf(s, inner);
      if (!n || n->isImpossible()) return n;
      items.push_back(n);
    }
    return s.l.tuple(items);
  }
  case IterKind::Range: return c;
  }
  return s.fail(DiagId::ann_not_an_iterator, {typeName(it)});
}

const Annotation* iteratedItem(OpSite& s, const Annotation* x, size_t argForErrors) {
  const Annotation* it = iteratorOf(s, x, argForErrors);
  if (!it || it->isImpossible()) return it;
  return nextOf(s, it);
}

const Annotation* annotateIter(OpSite& s) {
  const Annotation* x = s.arg(0);
  if (!x) return nullptr;
  return iteratorOf(s, x, 0);
}

const Annotation* annotateNext(OpSite& s) {
  const Annotation* it = s.arg(0);
  if (!it) return nullptr;
  return nextOf(s, it);
}

} // namespace kiln::ann

// The lattice's union and containment (the rules are listed in annotation.h).
//
// Both are one walk, Uniter: union proper may merge ListDefs, DictDefs and CellDefs that meet;
// a dry run (for contains) refuses to, so contains(big, small) is "the dry-run union of big and
// small is big". Merging unites the defs' slots first and links the defs only if that worked,
// so a failed union leaves the two defs apart. The representative is the def made first, which
// keeps dumps deterministic.
#include <algorithm>
#include <bit>

#include "annotator/annotation.h"
#include "annotator/defs.h"

namespace kiln::ann {

class DefMerger {
public:
  static void noteMerged(Lattice& l, Slot* slot) { l.merged_.push_back(slot); }
};

namespace {

class Uniter {
public:
  Uniter(Lattice& l, bool dryRun, Conflict* why) : l_(l), dry_(dryRun), why_(why) {}
  const Annotation* unite(const Annotation* a, const Annotation* b);

private:
  const Annotation* fail(const Annotation* a, const Annotation* b, std::string reason = "") {
    if (why_ && !why_->left) *why_ = Conflict{a, b, std::move(reason)};
    return nullptr;
  }
  const Annotation* withNone(const Annotation* other, const Annotation* none);
  const Annotation* integers(const Annotation* a, const Annotation* b);
  const Annotation* strings(const Annotation* a, const Annotation* b);
  const Annotation* tuples(const Annotation* a, const Annotation* b);
  const Annotation* instances(const Annotation* a, const Annotation* b);
  const Annotation* pbcs(const Annotation* a, const Annotation* b);
  const Annotation* typeWithClasses(const Annotation* type, const Annotation* classes);
  template <class Def> Def* mergeDefs(Def* a, Def* b, std::initializer_list<Slot Def::*> slots);
  uint8_t noneFlag(const Annotation* a, const Annotation* b) const {
    return (a->canBeNone() || b->canBeNone()) ? annflag::CanBeNone : 0;
  }

  Lattice& l_;
  bool dry_;
  Conflict* why_;
};

// Same kind and same constant (or both without one).
bool sameConstant(const Annotation* a, const Annotation* b) {
  if (a->hasConst() != b->hasConst()) return false;
  if (!a->hasConst()) return true;
  const load::Value &x = a->constant, &y = b->constant;
  if (x.kind != y.kind) return false;
  switch (x.kind) {
  case load::Value::Kind::Bool: return x.boolValue == y.boolValue;
  case load::Value::Kind::Int: return x.intValue == y.intValue;
  case load::Value::Kind::Float: return std::bit_cast<uint64_t>(x.floatValue) == std::bit_cast<uint64_t>(y.floatValue);
  case load::Value::Kind::Str:
  case load::Value::Kind::Bytes: return x.text == y.text;
  case load::Value::Kind::Ref: return x.ref == y.ref;
  default: return false;
  }
}

const Annotation* Uniter::unite(const Annotation* a, const Annotation* b) {
  a = l_.canonical(a);
  b = l_.canonical(b);
  if (a == b) return a;
  if (a->isImpossible()) return b;
  if (b->isImpossible()) return a;
  if (a->isPoison()) return a;
  if (b->isPoison()) return b;
  if (a->kind == AnnKind::None) return withNone(b, a);
  if (b->kind == AnnKind::None) return withNone(a, b);
  // Kinds that join across: bool < int, char < str.
  if (a->isIntLike() && b->isIntLike()) return integers(a, b);
  if (a->isStrLike() && b->isStrLike()) return strings(a, b);
  if (a->is(AnnKind::TypeOf) && b->is(AnnKind::PBC)) return typeWithClasses(a, b);
  if (b->is(AnnKind::TypeOf) && a->is(AnnKind::PBC)) return typeWithClasses(b, a);
  if (a->kind != b->kind) {
    if ((a->isIntLike() && b->is(AnnKind::Float)) || (b->isIntLike() && a->is(AnnKind::Float)))
      return fail(a, b, "ints and floats do not mix in kiln Python; convert with float() where they meet");
    return fail(a, b);
  }
  switch (a->kind) {
  case AnnKind::Float: return sameConstant(a, b) ? a : l_.floating();
  case AnnKind::StrBuilder: return a;
  case AnnKind::File: return fail(a, b, "a file opened in text mode reads and writes str, one opened in binary mode bytes");
  case AnnKind::Bytes:
    // The same known value (without one, the flags below decide: no NUL only if both).
    if (a->hasConst() && sameConstant(a, b)) return l_.withFlags(a, noneFlag(a, b), 0);
    return l_.bytes(a->canBeNone() || b->canBeNone(), a->noNul() && b->noNul());
  case AnnKind::Tuple: return tuples(a, b);
  case AnnKind::List: {
    ListDef* d = mergeDefs(a->list->find(), b->list->find(), {&ListDef::item});
    if (!d) return fail(a, b);
    return l_.list(d, noneFlag(a, b));
  }
  case AnnKind::Dict: {
    DictDef* d = mergeDefs(a->dict->find(), b->dict->find(), {&DictDef::key, &DictDef::value});
    if (!d) return fail(a, b);
    return l_.dict(d, noneFlag(a, b));
  }
  case AnnKind::Cell: {
    CellDef* d = mergeDefs(a->cell->find(), b->cell->find(), {&CellDef::value});
    if (!d) return fail(a, b);
    return l_.cell(d);
  }
  case AnnKind::Instance: return instances(a, b);
  case AnnKind::TypeOf: {
    ClassDef* base = a->classDef == b->classDef ? a->classDef : a->classDef->commonBase(b->classDef);
    if (!base) return fail(a, b, "the classes have no common base class");
    return l_.withFlags(l_.typeOf(base), noneFlag(a, b), 0);
  }
  case AnnKind::PBC: return pbcs(a, b);
  case AnnKind::Iterator:
  case AnnKind::Builtin: {
    if (a->iterKind != b->iterKind || a->builtin != b->builtin || a->items.size() != b->items.size())
      return fail(a, b);
    std::vector<const Annotation*> items;
    for (size_t i = 0; i < a->items.size(); ++i) {
      const Annotation* u = unite(a->items[i], b->items[i]);
      if (!u) return nullptr;
      items.push_back(u);
    }
    if (a->kind == AnnKind::Builtin) return l_.builtin(a->builtin, items[0]);
    // A view and an iterator over the same dict join as an iterator (iterating it may then go on
    // where it stopped: such a variable is one kiln reads as an iterator).
    return l_.withFlags(l_.iterator(a->iterKind, items), a->flags & b->flags & annflag::View, 0);
  }
  case AnnKind::Impossible:
  case AnnKind::Poison:
  case AnnKind::None:
  case AnnKind::Bool:
  case AnnKind::Int:
  case AnnKind::Char:
  case AnnKind::Str:
    break; // handled above
  }
  return fail(a, b);
}

const Annotation* Uniter::withNone(const Annotation* other, const Annotation* none) {
  if (other->kind == AnnKind::None) return other;
  // A char is a str, and str joins None: without this, char, None and str would join or fail
  // depending on the order the annotator meets them (char ∪ (None ∪ str) = str?).
  if (other->is(AnnKind::Char)) return l_.str(true, other->noNul());
  if (!other->isNullableKind()) {
    std::string what = other->isIntLike() ? "an int or bool" : other->is(AnnKind::Float) ? "a float" : "this kind of value";
    if (other->is(AnnKind::Tuple)) what = "a tuple";
    return fail(other, none, what + " cannot be None in kiln Python");
  }
  return l_.nullable(other);
}

const Annotation* Uniter::integers(const Annotation* a, const Annotation* b) {
  if (a->kind == AnnKind::Bool && b->kind == AnnKind::Bool) return l_.boolean();
  bool isUnsigned = a->isUnsigned() || b->isUnsigned();
  bool nonNeg = (a->nonNeg() && b->nonNeg()) || isUnsigned;
  // Only the same known value is kept as is: two non-constants may differ in nonneg.
  if (a->kind == b->kind && a->hasConst() && sameConstant(a, b) && a->flags == b->flags) return a;
  return l_.integer(nonNeg, isUnsigned);
}

const Annotation* Uniter::strings(const Annotation* a, const Annotation* b) {
  bool noNul = a->noNul() && b->noNul();
  // Only the same known value is kept as is: two non-constants may differ in no-NUL.
  if (a->kind == b->kind && a->hasConst() && sameConstant(a, b)) return l_.withFlags(a, noneFlag(a, b), 0);
  if (a->kind == AnnKind::Char && b->kind == AnnKind::Char) return l_.character(noNul);
  return l_.str(a->canBeNone() || b->canBeNone(), noNul);
}

const Annotation* Uniter::tuples(const Annotation* a, const Annotation* b) {
  if (a->items.size() != b->items.size())
    return fail(a, b, "tuples of different lengths (" + std::to_string(a->items.size()) + " and " +
                          std::to_string(b->items.size()) + ") cannot be mixed");
  std::vector<const Annotation*> items;
  for (size_t i = 0; i < a->items.size(); ++i) {
    const Annotation* u = unite(a->items[i], b->items[i]);
    if (!u) return nullptr;
    items.push_back(u);
  }
  return l_.tuple(items);
}

const Annotation* Uniter::instances(const Annotation* a, const Annotation* b) {
  if (a->classDef == b->classDef && sameConstant(a, b)) return l_.withFlags(a, noneFlag(a, b), 0);
  // Two instances of one class join to it even when it is object (commonBase gives null for
  // object: two `object()` sentinels are still both objects).
  ClassDef* base = a->classDef == b->classDef ? a->classDef : a->classDef->commonBase(b->classDef);
  if (!base)
    return fail(a, b, "'" + a->classDef->name + "' and '" + b->classDef->name +
                          "' have no common base class other than object");
  return l_.instance(base, a->canBeNone() || b->canBeNone());
}

// A class constant is the class of its instances, so it joins type(x) to the type of their
// common base: an except clause's type (type(Exception)) meets `raise E(...)` in the handler.
const Annotation* Uniter::typeWithClasses(const Annotation* type, const Annotation* classes) {
  ClassDef* base = type->classDef;
  for (Desc* d : classes->descs) {
    auto* c = descAs<ClassDesc>(d);
    if (!c || !c->classDef) return fail(type, classes);
    base = base == c->classDef ? base : base->commonBase(c->classDef);
    if (!base) return fail(type, classes, "the classes have no common base class");
  }
  return l_.withFlags(l_.typeOf(base), noneFlag(type, classes), 0);
}

const Annotation* Uniter::pbcs(const Annotation* a, const Annotation* b) {
  std::vector<Desc*> descs(a->descs.begin(), a->descs.end());
  descs.insert(descs.end(), b->descs.begin(), b->descs.end());
  const Annotation* r = l_.pbc(descs, a->canBeNone() || b->canBeNone());
  if (!r) return fail(a, b, "functions, classes, methods and prebuilt objects cannot be mixed");
  return r;
}

// What a def knows besides its slots, merged from `from` into `into`.
template <class Def> void mergeFacts(Def* into, Def* from) {
  if constexpr (std::is_same_v<Def, DictDef>) {
    if (!into->keyEq) into->keyEq = from->keyEq, into->keyHash = from->keyHash, into->keyMethods = from->keyMethods;
  }
  if constexpr (std::is_same_v<Def, ListDef>) {
    into->resized |= from->resized;
    into->mutated |= from->mutated;
    into->isRange |= from->isRange;
    into->isArgv |= from->isArgv;
    if (!into->firstMutation.isValid()) into->firstMutation = from->firstMutation;
    if (!into->firstResize.isValid()) into->firstResize = from->firstResize;
    if (!into->notResizedGraph) {
      into->notResizedRange = from->notResizedRange;
      into->notResizedCaret = from->notResizedCaret;
      into->notResizedGraph = from->notResizedGraph;
    }
  }
}

template <class Def> Def* Uniter::mergeDefs(Def* a, Def* b, std::initializer_list<Slot Def::*> slots) {
  if (a == b) return a;
  if (dry_) return nullptr;
  if (b->id < a->id) std::swap(a, b);
  // Link b to a while the slots unite, so that a def met again inside its own slots (a list
  // that holds itself: d.item is list(d)) is already one def there and the walk ends instead of
  // recursing forever; unlink if a slot does not join, so a failed union leaves the defs apart.
  // (Uniting may merge defs nested in the slots, which is harmless: they would merge anyway once
  // these do.)
  b->parent_ = a;
  // A def nested in the slots may merge into `a` meanwhile and widen a's slots (a.item holds a
  // list whose item holds a list of a's); unite again from what they are now until they stay
  // put, or the assignment below would drop what that nested merge brought.
  std::vector<const Annotation*> united;
  for (bool widened = true; widened;) {
    united.clear();
    std::vector<const Annotation*> was;
    for (Slot Def::*s : slots) {
      was.push_back((a->*s).ann ? (a->*s).ann : l_.impossible());
      const Annotation* y = (b->*s).ann ? (b->*s).ann : l_.impossible();
      const Annotation* u = unite(was.back(), y);
      if (!u) {
        b->parent_ = nullptr;
        return nullptr;
      }
      united.push_back(u);
    }
    widened = false;
    size_t k = 0;
    for (Slot Def::*s : slots) widened |= ((a->*s).ann ? (a->*s).ann : l_.impossible()) != was[k++];
  }
  size_t i = 0;
  for (Slot Def::*s : slots) {
    Slot& into = a->*s;
    Slot& from = b->*s;
    // The origin is the side that decided the result.
    if (united[i] != into.ann && from.ann && united[i] == l_.canonical(from.ann)) into.origin = from.origin;
    into.ann = united[i++];
    into.readers.insert(from.readers.begin(), from.readers.end());
  }
  mergeFacts(a, b);
  for (Slot Def::*s : slots) DefMerger::noteMerged(l_, &(a->*s));
  // A nested union may have merged `a` itself into an older def (a list of tuples holding lists
  // of lists, all merging at once); that def took a's slots as they were then, so it gets what
  // b brought now.
  for (Def* root = a->parent_ ? a->find() : a; root != a; a = root, root = a->find()) {
    for (Slot Def::*s : slots) {
      Slot& into = root->*s;
      const Annotation* u = unite(into.ann ? into.ann : l_.impossible(), (a->*s).ann ? (a->*s).ann : l_.impossible());
      if (!u) return nullptr;
      into.ann = u;
      into.readers.insert((a->*s).readers.begin(), (a->*s).readers.end());
      DefMerger::noteMerged(l_, &into);
    }
    mergeFacts(root, a);
  }
  return a;
}

} // namespace

const Annotation* Lattice::unite(const Annotation* a, const Annotation* b, Conflict* why) {
  return Uniter(*this, false, why).unite(a, b);
}

bool Lattice::contains(const Annotation* big, const Annotation* small) {
  const Annotation* u = Uniter(*this, true, nullptr).unite(big, small);
  return u && u == canonical(big);
}

} // namespace kiln::ann

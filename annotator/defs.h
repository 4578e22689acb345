// The growing parts of annotations: slots, ListDef, DictDef, CellDef, ClassDef, descs.
//
// An annotation is immutable; what grows while the program is annotated lives here. A Slot is
// one such growing annotation (a list's items, a dict's keys, an attribute) together with the
// source location that last widened it (its provenance, for diagnostics) and the blocks that
// read it (re-flowed when it widens).
//
// ListDef, DictDef and CellDef are shared per creation site and merge when two of their
// annotations meet (union-find: find() is the representative, and only the representative's
// slots are meaningful). ClassDefs form the class hierarchy of the classes the program uses;
// an attribute lives in the highest ClassDef where it is read or written (ClassDef::attrs),
// so every instance of a subclass shares it (annotator/classdefs.cpp).
//
// Descs describe prebuilt constants a PBC annotation may hold: functions, classes, methods
// bound to an instance of a class, frozen objects (modules, JitDrivers, instances whose class
// defines _freeze_) and methods bound to them. They are made once per object by the
// bookkeeper and numbered in creation order, which is the order dumps and PBCs list them.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotator/annotation.h"
#include "flowgraph/graph.h"

namespace kiln::ann {

// -- Slots -------------------------------------------------------------------------------------------
struct Slot {
  const Annotation* ann = nullptr; // set by the owner to Lattice::impossible()
  SourceLoc origin;                // what last widened ann (invalid: a load-time value)
  std::unordered_set<flow::Block*> readers;
};

// -- Containers -------------------------------------------------------------------------------------------
// Union-find over defs of one kind; T derives from UnionFind<T>.
template <class T> class UnionFind {
public:
  T* find() {
    T* t = static_cast<T*>(this);
    while (t->parent_) t = t->parent_;
    return t;
  }
  T* parent_ = nullptr;
};

struct GraphInfo;

class ListDef : public UnionFind<ListDef> {
public:
  uint32_t id = 0;
  SourceLoc made; // the creation site (a [] or list(), or invalid for a prebuilt list)
  Slot item;
  bool resized = false;    // append, pop, extend, del, ... (a list never resized may be an array)
  bool mutated = false;    // setitem, sort, reverse, ...
  bool isRange = false;    // made by range(): read-only
  bool isArgv = false;     // the entry point's argv
  SourceLoc firstMutation; // for "range objects are read-only" errors
  SourceLoc firstResize;   // for make_sure_not_resized's error
  // kiln.debug.make_sure_not_resized(l): where it was asked (an error after annotation if the
  // list is resized all the same) and the graph that asked, for the call chain.
  SourceRange notResizedRange;
  SourceLoc notResizedCaret;
  GraphInfo* notResizedGraph = nullptr;
  // The items' __eq__ (a PBC of the one function) when they are instances of a class that
  // defines it: `x in l`, l.index(x), l.count(x) and l.remove(x) compare with it (op_items.cpp).
  const Annotation* itemEq = nullptr;
};

class DictDef : public UnionFind<DictDef> {
public:
  uint32_t id = 0;
  SourceLoc made;
  Slot key, value;
  // An r_dict's key functions (kiln.objectmodel.r_dict(key_eq, key_hash)): they compare and
  // hash the keys, so they are annotated with the key annotation.
  const Annotation* keyEq = nullptr;
  const Annotation* keyHash = nullptr;
  // keyEq and keyHash are the keys' own __eq__ and __hash__ (instances of a class that defines
  // them, op_items.cpp), not an r_dict's: they follow the key annotation as it widens.
  bool keyMethods = false;
};

// A closure cell made at run time: every cell of one captured variable of one nested function
// template shares a CellDef.
class CellDef : public UnionFind<CellDef> {
public:
  uint32_t id = 0;
  std::string name; // "demo.f.<locals>.count"
  Slot value;
};

// -- Descs ------------------------------------------------------------------------------------------------
enum class DescKind : uint8_t {
  Function,       // a Python function (FunctionDesc)
  Class,          // a class (ClassDesc)
  Method,         // a function found on a class, bound to an instance (MethodDesc)
  Frozen,         // a frozen prebuilt object: module, JitDriver, _freeze_ instance (FrozenDesc)
  MethodOfFrozen, // a function bound to a frozen object or prebuilt instance (MethodOfFrozenDesc)
};

struct Desc {
  Desc(DescKind k, uint32_t n, std::string nm) : kind(k), id(n), name(std::move(nm)) {}
  virtual ~Desc() = default;
  DescKind kind;
  uint32_t id;
  std::string name; // qualified, as dumps show it
};

struct FunctionDesc;
struct GraphInfo;

// How calls to a function choose its graph (from `_annspecialcase_`, docs/hints.md).
struct Specialization {
  enum class Kind : uint8_t { None, ArgType, Arg, ArgOrVar, Memo, CallLocation };
  Kind kind = Kind::None;
  std::vector<int> positions; // ArgType, Arg, ArgOrVar: argument positions (empty = all)
};

struct FunctionDesc : Desc {
  FunctionDesc(uint32_t n, std::string nm, load::Function* f) : Desc(DescKind::Function, n, std::move(nm)), function(f) {}
  load::Function* function;
  Specialization specialization;
  // The graphs made for it, by specialization key ("" for the unspecialized one).
  std::map<std::string, GraphInfo*> graphs;
  bool isTemplate = false; // a nested def/lambda made at run time by make_function
  // A template's default values, as make_function passes them: the positional defaults, then
  // one per keyword-only parameter.
  std::vector<Slot> runtimeDefaults;
  // Call family (union-find): functions some call site may call through one value are in one
  // family, so that the rtyper can give them one calling convention (RPython's call families).
  FunctionDesc* familyParent = nullptr;
  FunctionDesc* family() {
    FunctionDesc* f = this;
    while (f->familyParent) f = f->familyParent;
    return f;
  }
};

struct ClassDesc : Desc {
  ClassDesc(uint32_t n, std::string nm, load::Class* c) : Desc(DescKind::Class, n, std::move(nm)), cls(c) {}
  load::Class* cls;
  ClassDef* classDef = nullptr; // made on first use
};

struct MethodDesc : Desc {
  MethodDesc(uint32_t n, std::string nm) : Desc(DescKind::Method, n, std::move(nm)) {}
  FunctionDesc* function = nullptr;
  ClassDef* origin = nullptr;    // the class whose dict holds the function
  ClassDef* selfClass = nullptr; // the class of the instances it is bound to
  Symbol attr;
  bool classMethod = false; // a @classmethod: bound to the instance's class, not the instance
};

struct FrozenDesc : Desc {
  FrozenDesc(uint32_t n, std::string nm, load::Object* o) : Desc(DescKind::Frozen, n, std::move(nm)), object(o) {}
  load::Object* object;
};

// A function bound to a prebuilt object: a frozen object (self is its FrozenDesc) or a prebuilt
// instance (self is null; the instance is a constant of its class).
struct MethodOfFrozenDesc : Desc {
  MethodOfFrozenDesc(uint32_t n, std::string nm) : Desc(DescKind::MethodOfFrozen, n, std::move(nm)) {}
  FunctionDesc* function = nullptr;
  FrozenDesc* self = nullptr;
  load::Object* selfObject = nullptr;
};

template <class T> T* descAs(Desc* d);
template <> inline FunctionDesc* descAs(Desc* d) { return d && d->kind == DescKind::Function ? static_cast<FunctionDesc*>(d) : nullptr; }
template <> inline ClassDesc* descAs(Desc* d) { return d && d->kind == DescKind::Class ? static_cast<ClassDesc*>(d) : nullptr; }
template <> inline MethodDesc* descAs(Desc* d) { return d && d->kind == DescKind::Method ? static_cast<MethodDesc*>(d) : nullptr; }
template <> inline FrozenDesc* descAs(Desc* d) { return d && d->kind == DescKind::Frozen ? static_cast<FrozenDesc*>(d) : nullptr; }
template <> inline MethodOfFrozenDesc* descAs(Desc* d) { return d && d->kind == DescKind::MethodOfFrozen ? static_cast<MethodOfFrozenDesc*>(d) : nullptr; }

// -- Classes ---------------------------------------------------------------------------------------------
// An instance attribute, owned by the highest class where it is used.
class ClassDef;

struct AttrDef {
  Symbol name;
  ClassDef* owner = nullptr;
  Slot value;
  bool written = false; // some setattr stores it (not only class-level values)
  // When it was moved up from subclasses (an access on this class found it only there): the
  // classes it came from and the access. Dumps show it: it is why instances of the other
  // subclasses are bigger than their code needs.
  std::vector<ClassDef*> movedFrom;
  SourceLoc movedUpAt;
};

class ClassDef {
public:
  uint32_t id = 0;
  std::string name; // "demo.Node"
  load::Class* cls = nullptr;
  ClassDef* base = nullptr; // null for object
  std::vector<ClassDef*> subclasses;
  ClassDesc* desc = nullptr;
  // Instance attributes owned here, in the order they were first seen.
  std::vector<AttrDef*> attrs;
  std::unordered_map<Symbol, AttrDef*, SymbolHash> attrByName;
  // Blocks that looked up a name on this class and found nothing yet, or found a method: a new
  // subclass or attribute must re-flow them.
  std::unordered_set<flow::Block*> lookupReaders;
  std::vector<load::Object*> prebuilt; // prebuilt instances seen
  bool instantiated = false;           // a call made an instance
  bool isException = false;            // derives from BaseException

  bool isSubclassOf(const ClassDef* other) const {
    for (const ClassDef* c = this; c; c = c->base)
      if (c == other) return true;
    return false;
  }
  // The nearest class both derive from; null when that is only object.
  ClassDef* commonBase(ClassDef* other) {
    for (ClassDef* c = this; c; c = c->base)
      if (other->isSubclassOf(c)) return c->base ? c : nullptr;
    return nullptr;
  }
  // The exception class at the top of this one's chain (BaseException), or null for a class
  // that is no exception; and whether a class of the chain is the built-in `name` (KeyError).
  // Neither makes a ClassDef (which the rtyper must not do once classes are laid out).
  ClassDef* rootException() {
    if (!isException) return nullptr;
    ClassDef* c = this;
    while (c->base && c->base->isException) c = c->base;
    return c;
  }
  bool derivesFromBuiltin(std::string_view builtinName) const {
    for (const ClassDef* c = this; c; c = c->base)
      if (c->name == builtinName) return true;
    return false;
  }
  int depth() const {
    int d = 0;
    for (const ClassDef* c = base; c; c = c->base) ++d;
    return d;
  }
};

} // namespace kiln::ann

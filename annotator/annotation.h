// Annotations: the lattice of types the annotator infers (DESIGN.md §2.4).
//
// An Annotation describes every value a variable, list item, dict entry or attribute may hold
// at run time. Annotations are immutable and interned by the Lattice: two equal annotations are
// the same pointer, so "did the binding change?" is a pointer comparison. The parts that grow
// while the program is annotated -- the items of a list, the attributes of a class, the value
// of a closure cell -- live outside the annotation, in ListDef, DictDef, ClassDef and CellDef
// objects the annotation points to (annotator/defs.h). Those are shared per creation site, as
// in RPython: every list made by one `[]` has one ListDef.
//
// The lattice, bottom to top:
//   Impossible      below everything (no value yet)
//   None            joins any reference kind (str, bytes, list, dict, instance, PBC), making
//                   it nullable
//   Bool < Int      bool joins int to int; int with unsigned (r_uint) to unsigned
//   Char < Str      a one-character str joins str to str
//   Tuple           same length, item by item
//   List, Dict      the two defs merge into one (a side effect, recorded in takeMerged())
//   Instance        the nearest common base class
//   PBC             the union of the descs, if of one kind (functions, classes, methods or
//                   frozen objects)
// Anything else does not join: union fails and reports the innermost pair that conflicts.
// There is no top element for valid programs (a value that could be "anything" is an error in
// kiln Python); Poison, the result of an operation already reported as an error, sits on top
// so that annotation can go on past errors without reporting their consequences.
//
// Constants: Bool, Int, Float, Char, Str, Bytes and Instance (a prebuilt instance) may carry
// the load-time value they are known to be (isConstant()); a PBC of one desc is a constant
// too. Union keeps a constant only when both sides are the same constant.
//
// Invariants:
//   1. union is commutative, associative and idempotent, and union(a, b) contains a and b;
//      contains(a, b) holds exactly when union(a, b) == a (tests/unit/annotator/lattice_test);
//   2. annotations are never mutated after interning; defs may grow, never shrink.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "frontend/load_graph.h"
#include "support/arena.h"

namespace kiln::ann {

enum class AnnKind : uint8_t {
#define ANN_KIND(name, doc) name,
#include "annotator/annotations.def"
};
std::string_view annKindName(AnnKind kind);

enum class BuiltinId : uint16_t {
#define BUILTIN(id, name, doc) id,
#define METHOD(id, receiver, name, doc) id,
#include "annotator/builtins.def"
};

// What an iterator walks over. ORDER: next() in annotator/op_iter.cpp handles each.
enum class IterKind : uint8_t {
  Items,      // the items of a list, str, bytes or tuple (items[0] is the container)
  DictKeys,   // iter(d), d.keys() (items[0] is the dict)
  DictValues, // d.values()
  DictItems,  // d.items()
  Enumerate,  // enumerate(it): items[0] is the inner iterator
  Zip,        // zip(a, b, ...): items are the inner iterators
  Reversed,   // reversed(seq): items[0] is the list
  Range,      // an iterator over a range: ints
};

struct Slot;
class ListDef;
class DictDef;
class ClassDef;
class CellDef;
struct Desc;
class Lattice;

namespace annflag {
constexpr uint8_t CanBeNone = 1; // Str, Bytes, List, Dict, Instance, PBC
constexpr uint8_t NonNeg = 2;    // Int, Bool: known to be >= 0
constexpr uint8_t Unsigned = 4;  // Int: an r_uint
constexpr uint8_t NoNul = 8;     // Str, Char, Bytes: known to hold no NUL character
constexpr uint8_t HasConst = 16; // `constant` holds the value
constexpr uint8_t Binary = 32;   // File: opened in binary mode (reads and writes bytes)
constexpr uint8_t View = 64;     // Iterator: a dict view (d.keys(), d.values(), d.items()), which
                                 // has no position: iterating it starts over every time
} // namespace annflag

struct Annotation {
  AnnKind kind = AnnKind::Impossible;
  uint8_t flags = 0;
  IterKind iterKind = IterKind::Items; // Iterator
  BuiltinId builtin = BuiltinId(0);    // Builtin
  load::Value constant;                // with HasConst: Bool, Int, Float, Char, Str, Bytes, Instance
  ListDef* list = nullptr;             // List (as interned; see Lattice::canonical)
  DictDef* dict = nullptr;             // Dict
  ClassDef* classDef = nullptr;        // Instance, TypeOf
  CellDef* cell = nullptr;             // Cell
  // Tuple: the items. Iterator: see IterKind. Builtin: the bound object, if a method.
  std::span<const Annotation* const> items;
  std::span<Desc* const> descs; // PBC: sorted by Desc::id, no duplicates

  bool is(AnnKind k) const { return kind == k; }
  bool canBeNone() const { return flags & annflag::CanBeNone; }
  bool nonNeg() const { return flags & annflag::NonNeg; }
  bool isUnsigned() const { return flags & annflag::Unsigned; }
  bool noNul() const { return flags & annflag::NoNul; }
  // A value known at translation time: a constant of the kinds above, None, or a PBC of one
  // desc that cannot be None.
  bool isConstant() const;
  bool hasConst() const { return flags & annflag::HasConst; }
  bool isImpossible() const { return kind == AnnKind::Impossible; }
  bool isPoison() const { return kind == AnnKind::Poison; }
  bool isIntLike() const { return kind == AnnKind::Int || kind == AnnKind::Bool; }
  bool isStrLike() const { return kind == AnnKind::Str || kind == AnnKind::Char; }
  // Kinds whose values are references (None may join them).
  bool isNullableKind() const;
  const Annotation* self() const { return items.empty() ? nullptr : items[0]; } // Builtin
};

// The result of a failed union: the innermost pair of annotations that do not join (for a
// list(int) and a list(str), the int and the str), and why, as text for the diagnostic.
struct Conflict {
  const Annotation* left = nullptr;
  const Annotation* right = nullptr;
  std::string reason;
};

// Builds, interns and joins annotations. One per annotator; not thread-safe.
class Lattice {
public:
  Lattice();
  ~Lattice();
  Lattice(const Lattice&) = delete;

  // -- Constructors ---------------------------------------------------------------------------
  const Annotation* impossible() const { return impossible_; }
  const Annotation* poison() const { return poison_; }
  const Annotation* none() const { return none_; }
  const Annotation* boolean() const { return bool_; }
  const Annotation* constBool(bool b);
  const Annotation* integer(bool nonNeg = false, bool isUnsigned = false);
  const Annotation* constInt(int64_t v, bool isUnsigned = false);
  const Annotation* floating() const { return float_; }
  const Annotation* constFloat(double d);
  const Annotation* strBuilder() const { return strBuilder_; }
  const Annotation* file(bool binary);
  const Annotation* character(bool noNul = false);
  const Annotation* str(bool canBeNone = false, bool noNul = false);
  // A str constant: a Char when it is one character long.
  const Annotation* constStr(std::string_view utf8);
  const Annotation* bytes(bool canBeNone = false, bool noNul = false);
  const Annotation* constBytes(std::string_view data);
  const Annotation* tuple(std::span<const Annotation* const> items);
  const Annotation* list(ListDef* def, bool canBeNone = false);
  const Annotation* dict(DictDef* def, bool canBeNone = false);
  const Annotation* instance(ClassDef* def, bool canBeNone = false);
  const Annotation* prebuiltInstance(ClassDef* def, load::Object* instance);
  const Annotation* typeOf(ClassDef* def);
  // A PBC of `descs` (any order, duplicates allowed); null if they mix kinds.
  const Annotation* pbc(std::vector<Desc*> descs, bool canBeNone = false);
  const Annotation* iterator(IterKind kind, std::span<const Annotation* const> items);
  const Annotation* builtin(BuiltinId id, const Annotation* self = nullptr);
  const Annotation* cell(CellDef* def);

  // -- Derived annotations --------------------------------------------------------------------
  const Annotation* withFlags(const Annotation* a, uint8_t set, uint8_t clear);
  // a or None; null if a's kind cannot be None (an int, a float, ...).
  const Annotation* nullable(const Annotation* a);
  // a without None (None itself gives Impossible).
  const Annotation* nonNull(const Annotation* a);
  // a without its known constant (and the PBC stays a PBC).
  const Annotation* withoutConst(const Annotation* a);
  // a with every ListDef and DictDef replaced by its representative (after merges).
  const Annotation* canonical(const Annotation* a);

  // -- Union ----------------------------------------------------------------------------------
  // The least annotation containing both, or null (and *why, if given) when they do not join.
  // May merge ListDefs/DictDefs/CellDefs; the merged defs are reported by takeMerged().
  const Annotation* unite(const Annotation* a, const Annotation* b, Conflict* why = nullptr);
  // Whether every value of `small` is a value of `big`. No side effects.
  bool contains(const Annotation* big, const Annotation* small);
  // Slots of defs that merges changed since the last call (their readers must be re-flowed).
  std::vector<Slot*> takeMerged();

  Arena& arena() { return arena_; }

private:
  const Annotation* intern(const Annotation& a);

  struct Hash {
    size_t operator()(const Annotation* a) const;
  };
  struct Equal {
    bool operator()(const Annotation* a, const Annotation* b) const;
  };
  Arena arena_;
  std::unordered_set<const Annotation*, Hash, Equal> interned_;
  const Annotation* impossible_;
  const Annotation* poison_;
  const Annotation* none_;
  const Annotation* bool_;
  const Annotation* float_;
  const Annotation* strBuilder_;
  std::vector<Slot*> merged_;
  friend class DefMerger;
};

// The annotation's name as messages and dumps show it: int, int>=0, uint, bool, float, char,
// str, str?, bytes, (int, str), list(int), dict(str, int), demo.Node, demo.Node?, None,
// type(demo.Node), func(demo.f), class(demo.A | demo.B), iter(list(int)), builtin(len),
// method(list.append), cell(int), impossible. Constants show their value: int=3, str='x'.
std::string annotationName(const Annotation* a);
// The same, for diagnostics: the type only, without constants (int, not int=3).
std::string typeName(const Annotation* a);
// A builtins.def row's name as users write it: "len", "os.write", "str.join".
std::string builtinName(BuiltinId id);

} // namespace kiln::ann

// The rtyper (DESIGN.md §2.5): from annotated flow graphs to low-level graphs.
//
// Every annotation has a representation: the low-level type its values have (lowType()) and the
// rules that turn the high-level operations on it into low-level ones. The rtyper makes one
// low-level graph per annotated graph (per specialization), walking the blocks the annotator
// reached: each flow variable becomes a variable of its annotation's low-level type, each
// operation the low-level operations its representation gives (rtyper/rtype_*.cpp, one file
// per family of representations), and each link passes values converted to the target's
// representation where they differ (a bool into an int, None into a nullable pointer, an
// instance into its base class).
//
// The rtyper is the last stage that can say "this program is not supported": an operation the
// annotator accepted and no representation handles is reported as an internal error naming
// the operation and the annotations (rt_unsupported_op) -- a kiln bug, which the corpus tests
// catch (tests/rtyper/).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotator/annotator.h"
#include "rtyper/llgraph.h"
#include "rtyper/lltype.h"

namespace kiln::rt {

class GraphConverter;

// Frozen objects that meet in one value (rtype_pbc.cpp): their struct, and the attributes read
// through such values with the union of what each read gives.
struct FrozenFamily {
  std::vector<ann::FrozenDesc*> descs;
  std::map<std::string, const ann::Annotation*> attrs;
  ll::Type* type = nullptr;
  FrozenFamily* mergedInto = nullptr; // union-find: the family this one joined
};
struct ClosureReprs; // rtype_closure.cpp

// The low-level side of a class: its instance struct, its vtable struct and the prebuilt
// vtable, and its class-id range (ids are assigned in preorder of the class tree, so a class's
// subclasses have the ids [min, max) and isinstance is one range check).
struct ClassRepr {
  ann::ClassDef* def = nullptr;
  ClassRepr* base = nullptr;
  ll::Type* instance = nullptr; // GcStruct: super (the base's instance struct) first
  ll::Type* vtable = nullptr;   // Struct: super first; the root has the id range and the name
  ll::Prebuilt* vtableObject = nullptr;
  int64_t idMin = 0, idMax = 0;
  // Methods called through the vtable (overridden in subclasses): the field `method_<name>` of
  // this class's vtable struct has this Func type (set on the class that introduces the slot).
  std::map<std::string, const ll::Type*> methodSlots;
  // What this class's prebuilt vtable holds in each method slot it inherits or introduces.
  std::map<std::string, ll::Graph*> methodImpls;
  // Classes called through a value that may be one of several (rtype_pbc.cpp): on their common
  // base, per call shape (the arguments a call passes: "2", or call_args's "1 y"), the Func type
  // of the vtable slot `instantiate_<i>` (i: the shape's place in this map); on each class
  // called so, per shape, the graph that slot holds (it allocates the instance and runs
  // __init__ with the call's arguments and the class's own defaults for the rest).
  std::map<std::string, const ll::Type*> instantiateSlots;
  std::map<std::string, ll::Graph*> instantiateGraphs;
  // Class attributes read through a value that may be one of several classes (`cls.NAME`): on
  // the classes' common base, the union of what the reads give; the vtable field `cls_<name>`
  // holds each class's value. And calls of a specialized function (specialize.memo/arg) with
  // such a value: the field `spec_<i>` holds the graph each class's specialization got (i: the
  // place of the function and argument position in this map).
  std::map<std::string, const ann::Annotation*> classAttrs;
  std::map<std::string, std::pair<ann::FunctionDesc*, size_t>> specSlots; // key: "<desc id>:<pos>"
  std::map<std::string, const ll::Type*> specSlotTypes;
  std::map<std::string, ll::Graph*> specGraphs; // on each class: key -> its specialized graph
  std::map<std::string, ann::GraphInfo*> specGraphInfos;
};

// A call of a value that may be one of several classes (rtype_pbc.cpp).
struct ClassCall {
  ann::ClassDef* base = nullptr;          // the classes' common base (object if none)
  std::vector<ann::ClassDef*> classes;
  std::vector<ann::GraphInfo*> inits;     // the __init__ graphs the call reaches
  std::string shape;                      // "k" for k positional arguments, else call_args's shape
  std::vector<flow::Value> operands;      // the arguments, in the operation's order
  const flow::Operation* op = nullptr;
};

// The number of code points of a UTF-8 text (what a str's `length` holds), and the first one
// (a one-character str's code point, what a Char annotation's constant is at run time).
size_t codePoints(std::string_view utf8);
int64_t firstCodePoint(std::string_view utf8);

// How a jit_marker operation names the JitDriver `driver` (the annotation of the driver operand
// of jit_merge_point and can_enter_jit): its desc's name ("kiln.jit.JitDriver#7"); "?" when it
// is not one frozen object (rtype_hints.cpp).
std::string jitDriverName(const ann::Annotation* driver);

class RTyper {
public:
  RTyper(ann::Annotator& an, DiagnosticEngine& diags);
  ~RTyper();
  RTyper(const RTyper&) = delete;

  // Makes the low-level graph of every annotated graph. False after errors (reported).
  bool run();

  // Every low-level graph, sorted by name.
  std::vector<ll::Graph*> graphs() const;
  ll::Graph* graphOf(const ann::GraphInfo* g) const;
  ll::TypeContext& types() { return types_; }
  ann::Annotator& annotator() { return an_; }
  DiagnosticEngine& diags() { return diags_; }

  // -- Representations --------------------------------------------------------------------------------
  // The low-level type of the values of `a`.
  const ll::Type* lowType(const ann::Annotation* a);
  // The class repr of a ClassDef (made on first use, with its bases).
  ClassRepr* classRepr(ann::ClassDef* def);
  // The root of every instance: `object`, whose struct holds the vtable pointer.
  const ll::Type* objectPtr() { return types_.ptr(rootInstance_); }
  const ll::Type* vtablePtr() { return types_.ptr(rootVtable_); }
  // The str representation: Ptr(GcStruct str {hash, chars: Array(Char)}).
  const ll::Type* strPtr() const { return strPtr_; }
  // A prebuilt object (static data) with a unique name.
  ll::Prebuilt* newPrebuilt(std::string name, const ll::Type* type);
  const std::vector<std::unique_ptr<ll::Prebuilt>>& prebuilts() const { return prebuilts_; }
  // The prebuilt str for a constant.
  ll::Prebuilt* prebuiltStr(const std::string& utf8);
  // The constant of low-level type `t` for the load-time value `v` annotated `a`: the scalar,
  // null, or a pointer to the prebuilt object made for it (one per load-time object and type,
  // its contents filled in, recursively; rtyper/prebuilt.cpp). False after reporting
  // rt_unsupported_type at `loc` when the value has no such representation.
  bool constantOf(const load::Value& v, const ann::Annotation* a, const ll::Type* t, SourceLoc loc, ll::ConstValue& out);
  // A PBC of frozen objects: Void when it is one known object, else a pointer to its family's
  // struct; null if `a` is not such a PBC (rtype_pbc.cpp).
  const ll::Type* frozenPbcType(const ann::Annotation* a);
  // The prebuilt struct of a frozen object that is in a family; false if it is in none.
  bool frozenObject(ann::FrozenDesc* d, SourceLoc loc, ll::ConstValue& out);

  // The low-level function type of an annotated graph: the call family's common one when the
  // graph is called through a function value or a method slot with others.
  const ll::Type* funcTypeOf(const ann::GraphInfo* g);
  // The representation of a PBC of methods of different names bound to instances (rtyper.cpp):
  // Ptr(GcStruct boundmethod {self, fn}); null when they are not one call family.
  const ll::Type* boundMethodType(const ann::Annotation* a);
  // The graphs a call family's members were given (all of one Func type), by any member.
  const std::vector<ann::GraphInfo*>* familyOf(const ann::GraphInfo* g) const;
  // Cells, closures and function objects of functions made at run time (rtype_closure.cpp,
  // which defines it).
  ClosureReprs& closures();
  // The graph of a function for the unspecialized key (or its only graph), or null.
  ann::GraphInfo* graphOfFunction(ann::FunctionDesc* f) const;
  // The class a method call dispatches on and the slot's name, for a callee annotated as
  // several methods (bound to instances of `base` or its subclasses).
  ann::ClassDef* methodBase(const ann::Annotation* callee) const;

  // -- For the JIT's codewriter ---------------------------------------------------------------------
  // The graph of the get_printable_location of the JitDriver named `driverName` (as the second
  // operand of its jit_marker operations names it: jitDriverName()), null when it has none. The
  // JIT calls it with the greens of the driver's jit_marker operations: its parameters have
  // exactly their low-level types (rtype_hints.cpp converts a green whose annotation is
  // narrower than the parameter's), and it returns a str (strPtr(); the annotator widens a char
  // result).
  ll::Graph* printableLocation(std::string_view driverName) const;
  // The annotated graph a low-level graph was made from; null for graphs the rtyper made itself
  // (a class's instantiate_<i>) and for graphs of another RTyper.
  const ann::GraphInfo* infoOf(const ll::Graph* g) const;

private:
  void makeRootTypes();
  void assignClassIds();
  void layoutClass(ClassRepr* r);
  void normalizeCallFamilies();
  void findMethodSlots();
  void addMethodSlot(const std::string& name, const std::vector<ann::Desc*>& descs, const ll::Type* fnType);
  void findPropertySlot(const flow::Operation& op);
  void addClassSlots(ClassRepr* r, ll::Type* vtable);
  const ll::Type* commonType(const std::vector<const ann::Annotation*>& anns);
  // Prebuilt objects (rtyper/prebuilt.cpp).
  ll::Prebuilt* memoPrebuilt(const load::Object* o, const ll::Type* type, const std::string& name, bool& fresh);
  bool instanceInit(ClassRepr* level, ClassRepr* exact, load::Instance* obj, SourceLoc loc, ll::Init& out);
  void vtableInit(ClassRepr* level, ClassRepr* exact, ll::Init& out);
  void fillVtables();
  ll::Graph* instantiateGraphOf(ClassRepr* level, ClassRepr* exact, std::string_view slot);
  FrozenFamily* frozenFamily(const ann::Desc* d);
  void findClassCalls();
  void prepareClassCalls();
  void buildInstantiateGraphs();
  void prepareClassData();
  void immutability(ann::ClassDef* def, const std::string& name, ll::Field& f);
  void normalizeFamily(std::unique_ptr<std::vector<ann::GraphInfo*>> members);

public:
  // A call of a value that may be one of several classes, or null.
  const ClassCall* classCallOf(const flow::Operation* op) const {
    auto it = classCallIndex_.find(op);
    return it == classCallIndex_.end() ? nullptr : &classCalls_[it->second];
  }
  // The representation of a PBC of classes: Void for one known class, else a pointer to the
  // vtable of their common base; null if `a` is not such a PBC.
  const ll::Type* classPbcType(const ann::Annotation* a);
  ann::ClassDef* classDefOf(ann::ClassDesc* d);

private:
  void findFrozenFamilies();
  void layoutFrozenFamilies();

  ann::Annotator& an_;
  DiagnosticEngine& diags_;
  ll::TypeContext types_;
  ll::Type* rootInstance_ = nullptr;
  ll::Type* rootVtable_ = nullptr;
  const ll::Type* strPtr_ = nullptr;
  std::unordered_map<const ann::GraphInfo*, std::unique_ptr<ll::Graph>> graphs_;
  std::unordered_map<const ann::ClassDef*, std::unique_ptr<ClassRepr>> classes_;
  std::vector<std::unique_ptr<ll::Prebuilt>> prebuilts_;
  std::map<std::string, ll::Prebuilt*> strings_;
  int numberedStrings_ = 0;
  std::vector<std::unique_ptr<FrozenFamily>> frozenFamilies_;
  std::vector<ClassCall> classCalls_; // in graph and block order
  std::unordered_map<const flow::Operation*, size_t> classCallIndex_;
  std::vector<std::unique_ptr<std::vector<ann::GraphInfo*>>> initFamilies_;
  std::vector<std::unique_ptr<ll::Graph>> synthetic_; // graphs the rtyper makes (instantiate)
  std::map<const ll::Type*, const ll::Type*> boundMethodTypes_; // by Func type
  std::unordered_map<const ann::Desc*, FrozenFamily*> frozenFamilyOf_;
  std::map<std::pair<const load::Object*, const ll::Type*>, ll::Prebuilt*> objects_;
  std::unordered_map<const load::Object*, std::string> globalNames_; // made on first use
  std::map<std::string, int> prebuiltNames_;
  std::vector<std::unique_ptr<std::vector<ann::GraphInfo*>>> families_;
  std::unordered_map<const ann::GraphInfo*, const std::vector<ann::GraphInfo*>*> familyOf_;
  std::unordered_map<const ann::GraphInfo*, const ll::Type*> familyTypes_;
  std::shared_ptr<ClosureReprs> closures_; // shared_ptr: deletes the incomplete type
  std::unordered_map<const ll::Graph*, const ann::GraphInfo*> infoOf_;
  std::map<std::string, ann::GraphInfo*, std::less<>> printableLocations_; // by driver name
};

} // namespace kiln::rt

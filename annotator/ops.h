// Annotating operations: the context a handler gets (OpSite) and the handlers of each family.
//
// annotateOp() dispatches on the opcode (ops.cpp, one line per op, no default, so a new op in
// flow_ops.def breaks the build until it is handled). A handler returns the result's
// annotation; Impossible when it is not known yet (the block waits and is re-flowed when what
// it read changes); null after reporting an error (the block is blocked).
//
// Handlers never report the same operation twice: OpSite::report() returns nothing after the
// first error at an operation (blocks are re-flowed many times).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "annotator/annotator.h"
#include "annotator/bookkeeper.h"

namespace kiln::ann {

class OpSite {
public:
  OpSite(Annotator& an, GraphInfo* g, flow::Block* b, size_t index);

  Annotator& an;
  Lattice& l;
  Bookkeeper& bk;
  GraphInfo* graph;
  flow::Block* block;
  flow::Operation& op;
  size_t index;

  size_t argCount() const { return op.args.size(); }
  // The annotation of argument i; null after reporting an unusable constant.
  const Annotation* arg(size_t i);
  flow::Variable* var(size_t i) const { return op.args[i].variable(); }
  // The load-time value of argument i when it is a flow constant.
  const load::Value* constArg(size_t i) const {
    flow::Constant* c = op.args[i].constant();
    return c ? &c->value : nullptr;
  }
  // A str constant argument (attribute names, call shapes), or null.
  std::optional<std::string_view> strArg(size_t i) const;
  SourceLoc originOf(size_t i) const;
  // How diagnostics name argument i: "'x'" for a named variable, else `fallback`.
  std::string describe(size_t i, std::string_view fallback = "the value") const;

  // Reports an error at the operation (its range, its operator); nothing after the first.
  std::optional<Report> report(DiagId id, const std::vector<DiagArg>& args);
  const Annotation* fail(DiagId id, const std::vector<DiagArg>& args) {
    report(id, args);
    return nullptr;
  }
  // Reports that the annotation of argument i (described as `what`) is wrong for this
  // operation, with a note saying where it came from.
  const Annotation* failWithOrigin(DiagId id, const std::vector<DiagArg>& args, std::initializer_list<size_t> argsToExplain);
  const Annotation* none() { return l.none(); }
};

// -- Entry point ------------------------------------------------------------------------------------
const Annotation* annotateOp(OpSite& site);

// -- Handlers, by family (annotator/op_*.cpp) ----------------------------------------------------------
const Annotation* annotateUnary(OpSite& site);
const Annotation* annotateTruth(OpSite& site, bool negate);
const Annotation* annotateBinary(OpSite& site, bool inplace);
const Annotation* annotateCompare(OpSite& site);
// The same on arguments ia, ib of the operation (operator.add(x, y) is simple_call(f, x, y)).
const Annotation* unaryOf(OpSite& site, flow::OpCode op, size_t ia);
const Annotation* binaryOf(OpSite& site, flow::OpCode op, bool inplace, size_t ia, size_t ib);
const Annotation* compareOf(OpSite& site, flow::OpCode op, size_t ia, size_t ib);
const Annotation* annotateIs(OpSite& site);
const Annotation* annotateContains(OpSite& site);

const Annotation* annotateGetattr(OpSite& site);
const Annotation* annotateSetattr(OpSite& site);
const Annotation* annotateDelattr(OpSite& site);

const Annotation* annotateGetitem(OpSite& site);
const Annotation* annotateSetitem(OpSite& site);
const Annotation* annotateDelitem(OpSite& site);
const Annotation* annotateGetslice(OpSite& site);
const Annotation* annotateSetslice(OpSite& site);
const Annotation* annotateDelslice(OpSite& site);
const Annotation* annotateNewtuple(OpSite& site);
const Annotation* annotateNewlist(OpSite& site);
const Annotation* annotateNewdict(OpSite& site);
const Annotation* annotateUnpackCheck(OpSite& site);

const Annotation* annotateSimpleCall(OpSite& site);
const Annotation* annotateCallArgs(OpSite& site);

const Annotation* annotateIter(OpSite& site);
const Annotation* annotateNext(OpSite& site);

const Annotation* annotateToStr(OpSite& site);
const Annotation* annotateBuildstr(OpSite& site);
const Annotation* annotateFormat(OpSite& site);
const Annotation* annotateType(OpSite& site);
const Annotation* annotateIsinstance(OpSite& site);
const Annotation* annotateIssubtype(OpSite& site);
const Annotation* annotateMakeFunction(OpSite& site);
const Annotation* annotateNewcell(OpSite& site);
const Annotation* annotateCellGet(OpSite& site);
const Annotation* annotateCellSet(OpSite& site);
const Annotation* annotateClosureCell(OpSite& site);
const Annotation* annotateJitMarker(OpSite& site);
const Annotation* annotateHint(OpSite& site);
const Annotation* annotateCheckBound(OpSite& site);

// -- The builtins table (annotator/builtins.cpp) -------------------------------------------------------
// The BUILTIN row named `name` ("len", "os.write"), or none.
std::optional<BuiltinId> findBuiltin(std::string_view name);
// The METHOD row for `x.name` where x's kind is `receiver`, or none.
std::optional<BuiltinId> findMethod(AnnKind receiver, std::string_view name);
// The METHOD row of an unbound method named like "str.upper", or none.
std::optional<BuiltinId> unboundMethod(std::string_view dottedName);
// The receiver kind of a METHOD row, or none for a BUILTIN row.
std::optional<AnnKind> receiverOf(BuiltinId id);

// -- Shared helpers ---------------------------------------------------------------------------------
// One argument of a call, with where its value came from.
struct CallArg {
  const Annotation* ann = nullptr;
  flow::Value value; // null for synthesized arguments (self, defaults, the *args tuple)
  SourceLoc origin;
  std::vector<flow::Value> starItems; // the *args tuple: the operands it collects
  bool isStar = false;
};

// A call's arguments after expanding *args.
struct CallArgs {
  std::vector<CallArg> positional;
  std::vector<std::pair<Symbol, CallArg>> keywords;
};

// Calls the annotation `callee` (a PBC, a built-in, an instance with __call__) with `args`.
const Annotation* callAnnotation(OpSite& site, const Annotation* callee, CallArgs& args);
// Calls a built-in function or method (self is the bound object, or null).
const Annotation* callBuiltin(OpSite& site, BuiltinId id, const Annotation* self, CallArgs& args);
// Calls the special method `name` (__add__, __len__, ...) on an instance; `found` tells whether
// the class has it (if not, nothing is reported and null is returned).
const Annotation* callSpecialMethod(OpSite& site, const Annotation* instance, std::string_view name,
                                    std::vector<CallArg> args, bool* found);
// The same with keywords (a call of an instance: __call__).
const Annotation* callSpecialMethod(OpSite& site, const Annotation* instance, std::string_view name, CallArgs& args,
                                    bool* found);
// str() of an instance: its __str__ (or, without one or with `reprOnly`, its __repr__), which
// must return a str. *found is false when the class has neither (nothing is reported and null
// returned); otherwise the result is str, Impossible while not known yet, or null after
// reporting.
const Annotation* strOfInstance(OpSite& site, const Annotation* instance, bool reprOnly, bool* found);
// str() (or repr()) of an exception instance needs a __str__ (__repr__) of every class it may
// have: BaseException's shows the exception's arguments, which kiln's exceptions do not keep.
// False after reporting.
bool checkExceptionStr(OpSite& site, const Annotation* instance, bool reprOnly);
// The str() and repr() calls that making the message of exception class cd from these
// constructor (or Exception.__init__) arguments needs: str(arg) of one argument (repr(arg) for a
// KeyError), the repr() of each of several. False after reporting.
bool annotateExceptionArgs(OpSite& site, ClassDef* cd, const std::vector<const Annotation*>& args);
// Whether a KeyError's message (repr of its one argument) is what cd's instances show.
bool isKeyErrorClass(OpSite& site, ClassDef* cd);
// The methods `name` instances of cd may have, as a PBC (each definition they may reach, bound
// to its class); *isMethod is false (and null returned) when `name` is not a method.
const Annotation* methodsOf(OpSite& site, ClassDef* cd, Symbol name, bool* isMethod);
// Reading a property `name` of instances of cd (its getters called); null if not a property,
// Poison after an error.
const Annotation* propertyGet(OpSite& site, ClassDef* cd, Symbol name);
// The annotation of reading attribute `name` of an instance of `cd` (methods as a PBC).
const Annotation* instanceAttribute(OpSite& site, const Annotation* instance, Symbol name);
// The iterator of a value (as iter() makes it); null after reporting.
const Annotation* iteratorOf(OpSite& site, const Annotation* x, size_t argForErrors);
// What next() on an iterator gives.
const Annotation* nextOf(OpSite& site, const Annotation* it);
// The item type of something iterable (a list's item, a str's char, ...), for builtins that
// consume an iterable (list(x), sorted(x), str.join(x)); null after reporting.
const Annotation* iteratedItem(OpSite& site, const Annotation* x, size_t argForErrors);
// A new list annotation for this operation's creation site (a second site key tells apart
// several lists one operation makes).
ListDef* listDefHere(OpSite& site, int which = 0);
DictDef* dictDefHere(OpSite& site, int which = 0);
// Widens a list's items with `item` (from `origin`); reports a conflict at the operation.
bool addListItem(OpSite& site, ListDef* def, const Annotation* item, SourceLoc origin);
// `origin` is where the key came from, `valueOrigin` where the value did (if invalid: `origin`).
bool addDictEntry(OpSite& site, DictDef* def, const Annotation* key, const Annotation* value, SourceLoc origin,
                  SourceLoc valueOrigin = {});
// Reads a list's item annotation, registering the block as a reader.
const Annotation* listItem(OpSite& site, ListDef* def);
const Annotation* dictKey(OpSite& site, DictDef* def);
const Annotation* dictValue(OpSite& site, DictDef* def);
// Marks a list resized/mutated; an error for a range() list.
bool mutateList(OpSite& site, ListDef* def, bool resize);
// Whether == between values of a and b makes sense (they may be equal).
bool comparable(const Annotation* a, const Annotation* b);
// Whether values of `a` can be hashed as dict keys (ints, strs, bytes, floats, tuples of those,
// instances by identity or __hash__).
bool isHashable(const Annotation* a);
// How instances of one class compare (==) and hash, as CPython finds __eq__ and __hash__ on the
// class: a null function is object's, which is identity. A class whose body defines __eq__
// without __hash__ has `__hash__ = None` (the exporter shows it): its instances are unhashable.
struct InstanceEquality {
  load::Function* eq = nullptr;
  load::Function* hash = nullptr;
  bool unhashable = false;
  bool operator==(const InstanceEquality&) const = default;
};
InstanceEquality equalityOf(Bookkeeper& bk, ClassDef* cd);
// cd, then every class that derives from it: the classes an instance annotated cd may have.
std::vector<ClassDef*> selfAndSubclasses(ClassDef* cd);
// The classes among cd's and its subclasses' that may have instances: instantiated by a call,
// with a prebuilt instance, or exceptions (the runtime raises built-in ones). A class that
// becomes instantiated re-flows the blocks that looked names up on it or its bases
// (markInstantiated), so checks over these classes see every class in the end.
std::vector<ClassDef*> classesWithInstances(ClassDef* cd);
void markInstantiated(OpSite& site, ClassDef* cd);
// `x in l`, l.index(x), l.count(x), l.remove(x) where l's items are instances of a class that
// defines __eq__: they compare with it, as CPython does. Records the function in the ListDef
// (one __eq__ for every class with instances, as for dict keys) and annotates the call
// __eq__(item, x). False after reporting.
bool listItemEquality(OpSite& site, ListDef* def, const Annotation* x);

} // namespace kiln::ann

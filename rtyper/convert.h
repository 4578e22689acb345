// Converting one annotated flow graph into a low-level graph (used by rtyper.cpp and by the
// operation rules in rtype_*.cpp).
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "rtyper/helpers.h"
#include "rtyper/rtyper.h"

namespace kiln::rt {

class GraphConverter;

// What an operation rule sees: the flow operation, its operands' annotations, and a way to
// append low-level operations to the current low-level block.
struct OpCtx {
  GraphConverter& gc;
  RTyper& rt;
  const flow::Operation& op;

  const ann::Annotation* ann(size_t i) const;
  const ann::Annotation* resultAnn() const;
  size_t count() const { return op.args.size(); }
  // Operand i as a low-level value of its own representation, or converted to `want`.
  ll::Value arg(size_t i) const;
  ll::Value arg(size_t i, const ann::Annotation* want) const;
  // Appends an operation; returns its result (a new variable of `type`; Void for NoResult ops).
  ll::Value emit(ll::Op op, std::vector<ll::Value> args, const ll::Type* type) const;
  // Calls a runtime helper (rtyper/helpers.def) with these operands; its Func type is made from
  // the operands' types and `result`.
  ll::Value callHelper(HelperId id, std::vector<ll::Value> args, const ll::Type* result) const;
  ll::Value constInt(int64_t v) const;
  ll::Value voidConst(std::string text) const;
  // The built-in function a simple_call calls, when it calls one that is not a bound method:
  // a Builtin annotation, or a built-in class called as a function (int(x), r_uint(x)).
  std::optional<ann::BuiltinId> builtinCallee() const;
  // Sets the result to `a` if `cond` else `b` (both already computed); returns true.
  bool select(ll::Value cond, ll::Value a, ll::Value b) const;
  // The operation's result is `v` (its low-level type must be the result's representation).
  void result(ll::Value v) const;
  // Reports that no representation handles this operation on these annotations (a kiln bug).
  bool unsupported() const;
  // Whether the operation ends a block whose exception links catch what it raises: the
  // low-level operation that raises must then be the last one the rule emits.
  bool endsRaisingBlock() const;
};

// An operation rule: lowers `op`, returning false if it does not handle these annotations.
using OpRule = bool (*)(OpCtx&);

class GraphConverter {
public:
  GraphConverter(RTyper& rt, ann::GraphInfo* info, ll::Graph* out);
  bool run();

  // -- For the operation rules ------------------------------------------------------------------------
  const ann::Annotation* annotationOf(flow::Value v);
  ll::Value valueOf(flow::Value v);
  // `v` (annotated `from`) in the representation of `to`, emitting casts into the current block.
  ll::Value convert(ll::Value v, const ann::Annotation* from, const ann::Annotation* to);
  ll::Value convertTo(ll::Value v, const ann::Annotation* from, const ll::Type* want);
  ll::Value emit(ll::Op op, std::vector<ll::Value> args, const ll::Type* type, SourceLoc loc);
  ll::Value constant(const ll::Type* type, ll::ConstValue value);
  // Calls a runtime helper (OpCtx::callHelper, for code that has no OpCtx).
  ll::Value callHelper(HelperId id, std::vector<ll::Value> args, const ll::Type* result, SourceLoc loc);
  void bind(const flow::Variable* v, ll::Value to) { values_[v] = to; }
  // A low-level constant for a load-time value annotated `a` (null Value after reporting).
  ll::Value lowConstant(const load::Value& v, const ann::Annotation* a, SourceLoc loc);
  // ovfcheck(x): whether x is the result of an operation whose overflow ovfcheck() checks; such
  // an operation is deferred (its *_ovf form is emitted at the ovfcheck call, which is where
  // the flow graph catches OverflowError). deferOvf returns the result it will have.
  bool isOvfChecked(const flow::Variable* v) const { return ovfChecked_.count(v) != 0; }
  ll::Value deferOvf(const flow::Variable* v, ll::Op op, std::vector<ll::Value> args, SourceLoc loc);
  // Emits the deferred operation of `v`; false if there is none.
  bool emitDeferred(const flow::Variable* v);
  ann::GraphInfo* info() const { return info_; }
  ll::Graph* out() const { return out_; }
  // The flow block whose operations are being converted.
  const flow::Block* flowBlock() const { return flowBlock_; }
  bool failed() const { return failed_; }
  void fail() { failed_ = true; }

private:
  ll::Block* blockFor(flow::Block* b);
  bool convertBlock(flow::Block* b);
  bool convertOperation(const flow::Operation& op);
  std::optional<flow::Operation> expandStarArgs(const flow::Operation& op);
  std::optional<flow::Operation> freshViews(const flow::Operation& op);
  bool convertExits(flow::Block* b, ll::Block* lb);
  // A link from the current block: its values converted to the target's input representations,
  // in a block of their own on the link if `ownBlock` (after a branch or a raising operation).
  ll::Link convertLink(const flow::Link& link, ll::Block* from, bool ownBlock);

  RTyper& rt_;
  ann::Annotator& an_;
  ann::GraphInfo* info_;
  ll::Graph* out_;
  ll::Block* current_ = nullptr;
  const flow::Block* flowBlock_ = nullptr;
  size_t lastOpStart_ = 0; // where the low-level operations of the block's last operation start
  std::unordered_map<const flow::Block*, ll::Block*> blocks_;
  std::unordered_map<const flow::Variable*, ll::Value> values_;
  std::vector<flow::Block*> pending_;
  std::unordered_set<const flow::Variable*> ovfChecked_;
  std::unordered_map<const flow::Variable*, ll::Operation> deferred_;
  // Operands made by the converter (the items of `*t` passed to a built-in), with their
  // annotations, and the shapes of the call_args operations it rewrote.
  std::vector<std::unique_ptr<flow::Variable>> syntheticVars_;
  std::vector<std::unique_ptr<flow::Constant>> syntheticConsts_;
  std::deque<std::string> syntheticTexts_;
  std::vector<std::unique_ptr<flow::Operation>> syntheticOps_;
  std::unordered_map<const flow::Variable*, const ann::Annotation*> syntheticAnns_;
  bool failed_ = false;
};

// The rules of each family (rtype_*.cpp, one file per representation), tried in this order
// until one handles the operation. A family handles the operations on its values, including
// calls of the built-in functions and methods that take them (len(l), l.append(x)).
bool rtypeInt(OpCtx& c);       // ints, r_uints, bools
bool rtypeFloat(OpCtx& c);     // floats
bool rtypeStr(OpCtx& c);       // str, chars, bytes; print(), str(), formatting
bool rtypeList(OpCtx& c);      // lists (resizable, fixed when never resized)
bool rtypeTuple(OpCtx& c);     // tuples
bool rtypeDict(OpCtx& c);      // dicts (ordered, open addressing)
bool rtypeIO(OpCtx& c);        // files (before rtypeIter: iter(f) is f); os, sys and time functions
bool rtypeIter(OpCtx& c);      // iterators: range, containers, enumerate, zip, reversed
bool rtypeSpecial(OpCtx& c);   // special methods on instances (a + b, len(x), x in c, ...) and generators
bool rtypeInstance(OpCtx& c);  // instances and classes: attributes, methods, isinstance
bool rtypeException(OpCtx& c); // raising and catching: exception classes and values
bool rtypeHints(OpCtx& c);     // JIT hints (jit_marker, promote, ...) and debug aids
bool rtypeCall(OpCtx& c);      // calls of functions and methods known at translation time; hints
bool rtypeClosure(OpCtx& c);   // cells, closure_cell, make_function (rtype_closure.cpp)
bool rtypePbc(OpCtx& c);       // frozen objects as values (rtype_pbc.cpp)
bool rtypeMisc(OpCtx& c);      // copies and the rest

// Shared by the families: issubtype/isinstance as a class-id range check on a vtable pointer,
// and the ClassDef of a class known at translation time (null otherwise).
ll::Value classIsSubclass(OpCtx& c, ll::Value vtable, ann::ClassDef* cd);
ann::ClassDef* classConstant(OpCtx& c, const ann::Annotation* a);
// Calls __init__ on a new instance with the operands of the class call (rtype_call.cpp).
bool callInit(OpCtx& c, ann::GraphInfo* init, ll::Value self);
// The function pointer in vtable slot `method_<name>` (introduced by class `owner`) of the
// instance `self` (rtype_instance.cpp). For a `self` that may be None the vtable is
// vtable_or_default's (the owner's own for None), for a helper that calls the function only
// when self is not None.
ll::Value vtableSlot(OpCtx& c, ll::Value self, ClassRepr* owner, const std::string& name, bool mayBeNone = false);
// The same where there is no OpCtx (a conversion), emitted by `gc` at `loc`.
ll::Value vtableSlot(GraphConverter& gc, RTyper& rt, ll::Value self, ClassRepr* owner, const std::string& name, SourceLoc loc,
                     bool mayBeNone = false);
// An exception's message (rtype_exception.cpp): str(e) as BaseException makes it from these
// constructor arguments, stored in the instance's `message` field. True (nothing done) for an
// instance of a class that is no exception; false if an argument has no str().
bool setExceptionMessage(OpCtx& c, ann::ClassDef* cd, ll::Value obj,
                         const std::vector<std::pair<ll::Value, const ann::Annotation*>>& args);
// Stores into a new instance of cd the class-level values of its attributes (`kind = "a"` in a
// class body, read and assigned through instances), which CPython finds on the class until the
// instance assigns its own: kiln's instances hold every such attribute in a field, so each new
// one starts with them (RPython's new_instance does the same). rtype_instance.cpp; every
// malloc of an instance is followed by it (classDefaults lists them for code without an
// OpCtx: the field, the class-level value, and the attribute's annotation to convert it to).
struct ClassDefault {
  std::string field;
  load::Value value;
  const ann::Annotation* ann = nullptr;
};
std::vector<ClassDefault> classDefaults(RTyper& rt, ann::ClassDef* cd);
void setClassDefaults(OpCtx& c, ann::ClassDef* cd, ll::Value obj);
// Calls `targets` (the graphs an operation reaches, all of one Func type) with what the annotator
// recorded the operation passes, `self` as the receiver: through the function pointer `fn` (a
// vtable slot's) when not null, else a direct_call of the one target (rtype_call.cpp; used for
// special methods, whose callee is no operand). None when the recorded inputs do not fit.
std::optional<ll::Value> callRecorded(OpCtx& c, const std::vector<ann::GraphInfo*>& targets, ll::Value self, ll::Value fn);
// Adds the vtable slots that special method calls reaching several graphs dispatch through, and
// what each class's vtable holds in them (rtype_special.cpp; RTyper::run calls it before
// classes are laid out).
void findSpecialMethodSlots(RTyper& rt);
// The same for str()/repr() of instances whose classes find different __str__/__repr__
// (rtype_str_repr.cpp).
void findStrMethodSlots(RTyper& rt);
// An instance iterator inside enumerate() or zip() (rtype_special.cpp): the type that holds it
// with its __next__ as a function pointer (Ptr(GcStruct nextiter_<C> { obj, fn })), null when
// the annotator reached no __next__ of cd; and the iterator made for operand `v` of the
// enumerate()/zip() call, whose class defines __iter__ (a null Value if it cannot be made).
const ll::Type* nextIterLowType(RTyper& rt, ann::ClassDef* cd);
ll::Value instanceIterator(OpCtx& c, flow::Value v, const ann::Annotation* itAnn);
// A char (Char) as a one-character str (rtype_str.cpp): a prebuilt str for a constant, else a
// str_from_char call. GraphConverter::convert uses it where a char flows into a str.
ll::Value charToStr(GraphConverter& gc, RTyper& rt, ll::Value ch, SourceLoc loc);

// The low-level types of the families' annotations (RTyper::lowType dispatches here).
const ll::Type* listLowType(RTyper& rt, const ann::Annotation* a);
const ll::Type* tupleLowType(RTyper& rt, const ann::Annotation* a);
const ll::Type* dictLowType(RTyper& rt, const ann::Annotation* a);
const ll::Type* iterLowType(RTyper& rt, const ann::Annotation* a);
const ll::Type* strBuilderLowType(RTyper& rt, const ann::Annotation* a); // rtype_str_builder.cpp
const ll::Type* fileLowType(RTyper& rt, const ann::Annotation* a);       // rtype_io.cpp
// A tuple rebuilt in another tuple representation (convertTo calls it; rtype_tuple.cpp); a null
// Value when it does not apply. Constant lists and tuples are prebuilt objects (prebuilt.cpp).
ll::Value tupleConvert(GraphConverter& gc, RTyper& rt, ll::Value v, const ann::Annotation* from, const ll::Type* want,
                       SourceLoc loc);
// Iterators over dicts (IterKind DictKeys, DictValues, DictItems; rtype_dict.cpp): their type
// and the rule for iter()/next() on them. iterLowType and rtypeIter dispatch those kinds here.
const ll::Type* dictIterLowType(RTyper& rt, const ann::Annotation* a);
bool rtypeDictIter(OpCtx& c);

} // namespace kiln::rt

// Low-level graphs: flow graphs after the rtyper (DESIGN.md §2.5).
//
// The shape is the flow graphs' (flowgraph/graph.h): blocks with input variables, operations
// and exits that are links passing values to the target's inputs; one return block and one
// except block per graph. What changes is what is in them: every Variable and Constant has a
// low-level type (rtyper/lltype.h), and operations come from rtyper/ll_ops.def. Exception links
// catch by class-id range (the caught class's vtable), and the except block's inputs are the
// raised object's vtable pointer and the object.
//
// Invariants (checked by rtyper/verifier.cpp), in addition to the flow graphs' 1-5:
//   6. operations have ll_ops.def's arity, and operand and result types fit the op's signature;
//   7. a link's values have the types of the target's inputs; a Branch switches on a Bool, a
//      Switch on a Signed, Unsigned, Char or UniChar;
//   8. the return block's input has the graph's result type; the start block's inputs the
//      parameter types;
//   9. a block with no exits (ExitKind::None) is the return or the except block, or an
//      `unreachable` block without inputs or operations: the normal way out of an operation the
//      annotator found always raises, which control never takes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "rtyper/lltype.h"
#include "support/source_manager.h"

namespace kiln::ll {

enum class Op : uint16_t {
#define LL_OP(name, arity, flags, sig, doc) name,
#include "rtyper/ll_ops.def"
};

namespace opflags {
constexpr uint32_t Pure = 1, CanRaise = 2, CanCollect = 4, SideEffects = 8, NoResult = 16;
} // namespace opflags

enum class Sig : uint8_t {
  IntBin, IntCmp, UintBin, UintCmp, FloatBin, FloatCmp, IntUn, UintUn, FloatUn,
  BoolBin, BoolUn, CharCmp, UniCharCmp, Cast, Custom,
};

constexpr int VAR = -1;

struct OpInfo {
  std::string_view name;
  int arity;
  uint32_t flags;
  Sig sig;
  std::string_view doc;
};
const OpInfo& opInfo(Op op);
inline std::string_view opName(Op op) { return opInfo(op).name; }
bool parseOpName(std::string_view name, Op& out);

class Graph;

struct Prebuilt;

// A constant's value. Which member counts depends on the constant's type: Signed/Unsigned/Bool/
// Char/UniChar use `i`, Float `f`, Void `text` (a field name, a marker) or `type` (malloc's),
// Ptr either null, a Prebuilt, or a function (a Graph, or a runtime function named by `text`).
struct ConstValue {
  int64_t i = 0;
  double f = 0;
  std::string text;
  const Type* type = nullptr;
  const Prebuilt* object = nullptr;
  Graph* graph = nullptr;
  bool isNull() const { return !object && !graph && text.empty(); }
};

// The contents of a prebuilt object, or of a struct or array inlined in one. What counts
// depends on the type it initializes: a primitive or a Ptr is `value` (as a constant of that
// type); a struct has one Init per field in order (the inlined parent struct first); an array
// one per item, except an array of Char, whose items are `bytes`. An empty Init (no items, no
// bytes, a zero value) is all zeros: a struct's missing trailing fields are zero too.
struct Init {
  ConstValue value;
  std::vector<Init> items;
  std::string bytes;
  bool isZero() const { return items.empty() && bytes.empty() && value.i == 0 && value.f == 0 && value.isNull(); }
};

// A prebuilt object in static data (a module-level instance, a str constant, a vtable). A
// pointer in its contents may point to another prebuilt object (of the field's target type or a
// struct that starts with it), to a graph or to a runtime function.
struct Prebuilt {
  std::string name; // unique in the program: how dumps and codegen name it
  const Type* type; // the struct or array it is
  Init init;        // its contents
};

struct Variable {
  uint32_t id = 0;
  const Type* type;
  std::string name; // the Python local it came from, when there is one (for dumps)
};

struct Constant {
  const Type* type;
  ConstValue value;
};

class Value {
public:
  Value() = default;
  Value(Variable* v) : bits_(reinterpret_cast<uintptr_t>(v)) {}
  Value(Constant* c) : bits_(reinterpret_cast<uintptr_t>(c) | 1) {}
  bool isNull() const { return bits_ == 0; }
  bool isVariable() const { return bits_ && !(bits_ & 1); }
  bool isConstant() const { return bits_ & 1; }
  Variable* variable() const { return isVariable() ? reinterpret_cast<Variable*>(bits_) : nullptr; }
  Constant* constant() const { return isConstant() ? reinterpret_cast<Constant*>(bits_ & ~uintptr_t(1)) : nullptr; }
  const Type* type() const { return isVariable() ? variable()->type : constant()->type; }
  bool operator==(const Value&) const = default;

private:
  uintptr_t bits_ = 0;
};

struct Operation {
  Op op;
  std::vector<Value> args;
  Variable* result = nullptr; // of type Void for NoResult ops
  SourceLoc loc;              // the kiln Python source it came from
};

struct Block;

struct Link {
  std::vector<Value> args;
  Block* target = nullptr;
  // Branch: 0/1 in caseValue; Switch: the case, none for the default; exception links: the
  // caught class's vtable (a Prebuilt) in caughtClass.
  bool hasCase = false;
  int64_t caseValue = 0;
  const Prebuilt* caughtClass = nullptr;
  // Exception links: the raised object's vtable and the object, usable in `args`.
  Variable* lastException = nullptr;
  Variable* lastExcValue = nullptr;
  bool isException() const { return lastException != nullptr; }
};

enum class ExitKind : uint8_t { None, Goto, Branch, Switch, CanRaise };

struct Block {
  std::vector<Variable*> inputs;
  std::vector<Operation> operations;
  ExitKind exitKind = ExitKind::None;
  Value exitSwitch;
  std::vector<Link> exits;
  SourceLoc loc;
};

class Graph {
public:
  // `exceptionTypes`: the types of the except block's inputs (vtable pointer, object pointer).
  Graph(std::string name, const Type* funcType, const Type* vtablePtr, const Type* objectPtr);
  Graph(const Graph&) = delete;

  const std::string& name() const { return name_; }
  const Type* funcType() const { return funcType_; }
  Block* startBlock() const { return start_; }
  Block* returnBlock() const { return return_; }
  Block* exceptBlock() const { return except_; }

  Block* newBlock();
  Variable* newVariable(const Type* type, std::string name = {});
  Constant* newConstant(const Type* type, ConstValue value);

  std::vector<Block*> blocksInOrder() const;
  void removeUnreachableBlocks();

private:
  std::string name_;
  const Type* funcType_;
  std::vector<std::unique_ptr<Block>> blocks_;
  std::vector<std::unique_ptr<Variable>> variables_;
  std::vector<std::unique_ptr<Constant>> constants_;
  Block* start_;
  Block* return_;
  Block* except_;
  uint32_t nextVariable_ = 0;
};

} // namespace kiln::ll

// Flow graphs: the per-function control-flow IR, in RPython's model (DESIGN.md §2.3).
//
// A Graph is a set of Blocks. A Block has input variables, a list of Operations, and exits:
// Links to other blocks that pass values for the target's input variables. Every Variable is
// defined exactly once -- as a block input or an operation result -- and used only in the block
// that defines it (values cross blocks only through links). A Constant is a load-time value
// (frontend/load_graph.h). Every graph has one return block (one input: the result) and one
// except block (two inputs: the exception's class and value); neither has operations or exits.
//
// Invariants (checked by flowgraph/verifier.cpp):
//   1. every block reachable from the start block belongs to the graph;
//   2. a link passes exactly as many values as its target has inputs;
//   3. each variable is defined once and used only in its defining block, by later operations,
//      the exit switch, or the block's outgoing links;
//   4. the exits match the exit kind: Goto one link; Branch two (exit cases true, false) on a
//      variable; Switch at least two on a variable; CanRaise a normal link first, then exception
//      links whose exit cases are classes, ending the block on an operation that can raise;
//      Return / except blocks none;
//   5. a link's exception variables (the raised class and value) appear only on exception
//      links, and only in that link's values;
//   6. operations have the arity flow_ops.def gives them.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/load_graph.h"
#include "support/arena.h"
#include "support/source_manager.h"

namespace kiln::flow {

// -- Operations -----------------------------------------------------------------------------------
enum class OpCode : uint16_t {
#define FLOW_OP(name, arity, flags, doc) name,
#include "flowgraph/flow_ops.def"
#undef FLOW_OP
};

namespace opflags {
constexpr uint32_t Pure = 1, CanRaise = 2, SideEffects = 4, NoResult = 8;
} // namespace opflags
constexpr int VAR = -1;

struct OpInfo {
  std::string_view name;
  int arity; // VAR for variadic
  uint32_t flags;
  std::string_view doc;
};
const OpInfo& opInfo(OpCode op);
inline std::string_view opName(OpCode op) { return opInfo(op).name; }
bool parseOpName(std::string_view name, OpCode& out);
constexpr size_t kNumOpCodes = 0
#define FLOW_OP(name, arity, flags, doc) +1
#include "flowgraph/flow_ops.def"
#undef FLOW_OP
    ;

// -- Values -------------------------------------------------------------------------------------------
struct Variable {
  uint32_t id = 0; // unique within the graph, in creation order
  Symbol name;     // the Python local it holds, when there is one (for dumps)
};

struct Constant {
  load::Value value;
  SourceLoc loc; // the expression it came from, when known (provenance in diagnostics)
};

// A Variable or a Constant.
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
  bool operator==(const Value&) const = default;

private:
  uintptr_t bits_ = 0;
};

struct Operation {
  OpCode opcode;
  std::vector<Value> args;
  Variable* result = nullptr;
  SourceLoc loc;   // where the operation's expression starts (dumps print it)
  SourceLoc end = {};   // one past the expression's end, when known
  SourceLoc caret = {}; // the operator (the '+' of a + b), when known; diagnostics point there

  // The source a diagnostic about this operation underlines.
  SourceRange range() const { return {loc, end.isValid() ? end : loc}; }
  SourceLoc caretLoc() const { return caret.isValid() ? caret : loc; }
};

// -- Blocks and links ---------------------------------------------------------------------------------
struct Block;

struct Link {
  Link() = default;
  Link(std::vector<Value> values, Block* to) : args(std::move(values)), target(to) {}

  std::vector<Value> args; // one per input of `target`
  Block* target = nullptr;
  // Branch: true/false; Switch: the case value, or none for the default; exception links: the
  // exception class caught; the normal link of a CanRaise block: none.
  bool hasExitCase = false;
  load::Value exitCase;
  // Exception links only: the raised exception's class and value, usable in `args`.
  Variable* lastException = nullptr;
  Variable* lastExcValue = nullptr;

  bool isException() const { return lastException != nullptr; }
};

enum class ExitKind : uint8_t {
  None,     // the return and except blocks
  Goto,     // one link
  Branch,   // on a boolean: links for true and false
  Switch,   // on a value: one link per case, the default last
  CanRaise, // the last operation may raise: the normal link, then exception links
};

struct Block {
  std::vector<Variable*> inputs;
  std::vector<Operation> operations;
  ExitKind exitKind = ExitKind::None;
  Value exitSwitch; // Branch and Switch
  std::vector<Link> exits;
  SourceLoc loc;
};

// -- Graphs ---------------------------------------------------------------------------------------------
class Graph {
public:
  Graph(std::string name, ast::Node* def);
  Graph(const Graph&) = delete;

  const std::string& name() const { return name_; }
  void setName(std::string name) { name_ = std::move(name); }
  ast::Node* def() const { return def_; }
  load::Function* function = nullptr; // the load-time function, when the graph is one's
  bool isGenerator = false;

  Block* startBlock() const { return start_; }
  void setStartBlock(Block* b) { start_ = b; }
  Block* returnBlock() const { return return_; }
  Block* exceptBlock() const { return except_; }

  Block* newBlock();
  Variable* newVariable(Symbol name = {});
  Constant* newConstant(const load::Value& v, SourceLoc loc = {});

  // Blocks reachable from the start block, in reverse postorder (the order of dumps).
  std::vector<Block*> blocksInOrder() const;
  // Drops blocks no longer reachable from the start block.
  void removeUnreachableBlocks();
  size_t blockCount() const { return blocks_.size(); }
  Arena& arena() { return arena_; }

private:
  std::string name_;
  ast::Node* def_;
  Arena arena_; // variables and constants
  std::vector<std::unique_ptr<Block>> blocks_;
  Block* start_ = nullptr;
  Block* return_ = nullptr;
  Block* except_ = nullptr;
  uint32_t nextVariable_ = 0;
};

// Whether two values are the same: the same variable, or equal constants of a kind whose
// equality is identity-safe (None, bools, ints, strings, bytes, the same object).
bool sameValue(Value a, Value b);

// Helpers used across the stage.
inline load::Value noneValue() { return load::Value{}; }
inline load::Value boolValue(bool b) {
  load::Value v;
  v.kind = load::Value::Kind::Bool;
  v.boolValue = b;
  return v;
}
inline load::Value intValue(int64_t i) {
  load::Value v;
  v.kind = load::Value::Kind::Int;
  v.intValue = i;
  return v;
}
inline load::Value refValue(load::Object* o) {
  load::Value v;
  v.kind = load::Value::Kind::Ref;
  v.ref = o;
  return v;
}

} // namespace kiln::flow

// The flow graph builder's internals, shared by flowgraph/build_*.cpp (not a public header).
//
// The builder walks a function's AST keeping a *frame state*: a value for each slot (the
// Python locals of the function and of the comprehensions it inlines, plus hidden slots for
// loop iterators, pending return values and caught exceptions) and a stack of expression
// temporaries. Invariant: any value that must survive the emission of another operation is in
// the state -- a compound expression pushes each evaluated operand and pops them all just
// before emitting its own operation. That makes block boundaries safe anywhere:
//
//   * a merge point (JoinPoint) becomes a block whose inputs are the slots defined on every
//     incoming path, then the stack; each incoming link passes its own values;
//   * an operation that can raise inside `try` ends its block at once: exception links go to
//     the innermost handler's landing block (carrying the state before the operation) and the
//     normal link to a new block carrying the state plus the result.
//
// Errors (a construct kiln Python does not allow at run time) are diagnostics; the builder
// then unwinds with BuildFailure, caught in FlowContext::graphFor. Nothing leaves the stage.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "flowgraph/builder.h"
#include "flowgraph/scopes.h"

namespace kiln::flow {

struct BuildFailure {};

struct State {
  std::vector<Value> slots; // one per slot; null = unbound
  // Per slot: may hold `undefined` at run time (assigned on some paths only); reads check.
  std::vector<uint8_t> maybeUnbound;
  std::vector<Value> stack; // expression temporaries
};

// A point where control flow merges. Jumps to it record the state they carry; the block is
// made when the point is entered (or at once, for loop headers, whose inputs are fixed by the
// state on entry to the loop).
struct JoinPoint {
  explicit JoinPoint(int extras = 0) : extras(extras) {}
  struct Jump {
    Block* from;
    size_t link;
    State state;
    std::vector<Value> extras; // values for the extra inputs (a landing's exception class and value)
  };
  int extras;
  // A landing: incoming stacks are cut to this depth (an exception discards the expression
  // temporaries pushed since the try began). -1: stacks must already agree.
  int stackLimit = -1;
  std::vector<Jump> jumps;
  Block* block = nullptr;
  std::vector<int> layout; // the slots that are inputs of `block`, after the extras
  std::vector<uint8_t> maybeUnbound; // per slot, once the block is made
  std::vector<std::pair<int, Value>> constants; // slots every path gives the same constant
  size_t stackDepth = 0;
};

// An enclosing try, try/finally or with statement, innermost last.
struct Handler {
  enum class Kind { Except, Finally, With };
  Kind kind;
  JoinPoint* landing;
  std::span<ast::Stmt*> finalbody; // Finally: copied on every way out
  int exitSlot = -1;               // With: the slot holding the manager's __exit__
  size_t loopDepth;                // how many loops enclose the handler
  // Whether exceptions that are not Exceptions (KeyboardInterrupt, SystemExit, GeneratorExit)
  // must reach the landing: always for finally and with, which CPython runs for every
  // BaseException; for except clauses, when one may match such a class (a bare `except:`).
  bool catchesBaseException = true;
};

struct Loop {
  JoinPoint* breakTo;
  JoinPoint* continueTo;
  size_t handlerDepth; // how many handlers enclose the loop
};

// How a name resolves for the code being built.
struct NameRef {
  enum class Kind { Slot, Cell, ClosureCell, Constant, Missing };
  explicit NameRef(Kind k) : kind(k) {}
  Kind kind;
  int slot = -1;    // Slot, Cell
  int index = -1;   // ClosureCell: the running function's closure cell number
  load::Value constant;
};

// Where an operation comes from: its expression's start and end, and the operator the
// diagnostics point at. Converts from and to a plain SourceLoc (the start).
struct Where {
  Where() = default;
  Where(SourceLoc at) : loc(at) {}
  operator SourceLoc() const { return loc; }
  SourceLoc loc, end, caret;
};

class GraphBuilder {
public:
  GraphBuilder(FlowContext& fc, load::Function* function, Scope* scope, load::Function* root);
  std::unique_ptr<Graph> build();

private:
  // -- State, blocks and joins (builder.cpp) ----------------------------------------------------
  Value emit(OpCode op, std::vector<Value> args, Where at);
  Value emitNoRaise(OpCode op, std::vector<Value> args, Where at);
  Value emitWithTargets(OpCode op, std::vector<Value> args, Where at,
                        const std::vector<std::pair<load::Value, JoinPoint*>>& targets);
  // A constant, remembering the expression being built (constLoc_) as where it came from.
  Value constant(const load::Value& v) { return graph_->newConstant(v, constLoc_); }
  Value noneConstant() { return constant(noneValue()); }
  Value strConstant(std::string_view s);
  void push(Value v) { state_.stack.push_back(v); }
  Value pop() {
    Value v = state_.stack.back();
    state_.stack.pop_back();
    return v;
  }
  std::vector<Value> popN(size_t n);
  bool reachable() const { return current_ != nullptr; }
  void goTo(JoinPoint& join, std::vector<Value> extras = {});
  void branch(Value condition, JoinPoint& ifTrue, JoinPoint& ifFalse);
  void enter(JoinPoint& join);
  void createEarly(JoinPoint& join);
  void fillLink(JoinPoint& join, const JoinPoint::Jump& jump);
  Link& addExit(Block* from, Block* target);
  void linkToReturn(Value v);
  void linkToExceptBlock(Value type, Value value);
  int newHiddenSlot(std::string_view what);
  void clearSlot(int slot) {
    state_.slots[size_t(slot)] = Value();
    state_.maybeUnbound[size_t(slot)] = 0;
  }
  void setSlot(int slot, Value v) {
    state_.slots[size_t(slot)] = v;
    state_.maybeUnbound[size_t(slot)] = 0;
  }
  Value undefinedConstant();
  // Before a loop: locals not yet assigned become `undefined`, so that the loop header can
  // carry a value assigned in one iteration to the next (Python allows it).
  void bindUnassignedLocals();
  // The loop's locals that its body can unbind (`del x`, `except E as x`): they may be unbound
  // at the header on later iterations.
  void markUnboundByLoop(JoinPoint& header, std::span<ast::Stmt*> body);

  // -- Names (builder.cpp) ----------------------------------------------------------------------
  NameRef resolve(Symbol name, const Scope* scope);
  int slotFor(const Scope* scope, Symbol name);
  Value readName(Symbol name, const Scope* scope, ast::Node* at);
  void writeName(Symbol name, Value v, const Scope* scope, ast::Node* at);
  void deleteName(Symbol name, const Scope* scope, ast::Node* at);
  void enterScope(const Scope* scope, SourceLoc loc);

  // -- Statements (build_stmt.cpp) --------------------------------------------------------------
  void buildBody(std::span<ast::Stmt*> body);
  void buildStatement(ast::Stmt* s);
  void buildAssign(ast::Assign* s);
  void buildAugAssign(ast::AugAssign* s);
  void assignTarget(ast::Expr* target, Value v);
  void deleteTarget(ast::Expr* target);
  void buildIf(ast::If* s);
  void buildWhile(ast::While* s);
  void buildFor(ast::For* s);
  void buildUnrolledFor(ast::For* s, std::span<load::Value> items);
  bool buildRangeFor(ast::For* s);
  void buildReturn(ast::Return* s);
  void buildBreakOrContinue(ast::Stmt* s, bool isBreak);
  void buildAssert(ast::Assert* s);
  void buildNestedDef(ast::Node* def, Symbol name, std::span<ast::Expr*> decorators);

  // -- Exceptions (build_try.cpp) ---------------------------------------------------------------
  void buildTry(std::span<ast::Stmt*> body, std::span<ast::ExceptHandler*> handlers,
                std::span<ast::Stmt*> orelse, std::span<ast::Stmt*> finalbody, ast::Node* at);
  void buildWith(ast::With* s, size_t item);
  void buildRaise(ast::Raise* s);
  void raiseValue(Value type, Value value, SourceLoc loc);
  void raiseBuiltin(std::string_view cls, std::string_view message, SourceLoc loc);
  // Leaves the handlers above `depth` (innermost first), copying finally bodies and calling
  // __exit__ on the way, as return/break/continue do.
  void unwindTo(size_t depth, SourceLoc loc);
  JoinPoint* innermostLanding() const;
  // The class the exception links of a raising operation catch: Exception, or BaseException
  // when an enclosing handler must see every exception (Handler::catchesBaseException).
  load::Value caughtByLanding();
  bool catchOnlyExceptions(std::span<ast::ExceptHandler*> clauses);

  // -- Expressions (build_expr.cpp) -------------------------------------------------------------
  Value eval(ast::Expr* e);
  Value evalTruth(ast::Expr* e); // bool_(e), folded when e is constant
  // Ends the block with a branch on the truth of `e` (short-circuiting and/or into the targets).
  void branchOn(ast::Expr* e, JoinPoint& ifTrue, JoinPoint& ifFalse);
  Value evalBoolOp(ast::BoolOp* e);
  Value evalCompare(ast::Compare* e);
  Value evalIfExp(ast::IfExp* e);
  Value evalCall(ast::Call* e);
  Value evalSpecialCall(ast::Call* e, Value callee, bool& handled);
  Value evalDisplay(ast::Expr* e);
  Value evalJoinedStr(ast::JoinedStr* e);
  Value evalSubscript(ast::Subscript* e);
  Value evalSliceBound(ast::Expr* e);
  Value evalComprehension(ast::Expr* e);
  // `firstIterator`: the slot holding the first loop's iterator (made before entering).
  void comprehensionLoop(ast::Expr* e, std::span<ast::Comprehension*> gens, size_t level,
                         int resultSlot, int firstIterator, const Scope* scope);
  Value evalLambdaOrGenexp(ast::Expr* e);
  Value makeFunction(ast::Node* def, std::span<ast::Expr*> defaults,
                     std::span<ast::Expr*> kwDefaults, SourceLoc loc);
  Value evalNamedExpr(ast::NamedExpr* e);

  [[noreturn]] void fail(DiagId id, const ast::Node* at, std::vector<std::string> args = {});
  std::string qualified() const;

  FlowContext& fc_;
  load::Function* function_;
  Scope* rootScope_;
  load::Function* root_; // the load-time function this code belongs to (for globals)
  std::unique_ptr<Graph> graph_;
  Block* current_ = nullptr;
  State state_;
  const Scope* scope_ = nullptr; // the scope of the code being built
  struct Slot {
    Symbol name;
    const Scope* scope; // null for hidden slots
    bool cell;
  };
  std::vector<Slot> slots_;
  std::vector<Handler> handlers_;
  std::vector<Loop> loops_;
  std::vector<std::pair<int, int>> caught_; // (type slot, value slot) of the exceptions being handled
  SourceLoc constLoc_; // the expression eval() is building, for the constants it makes
  Where loc(const ast::Node* n) const;
  SourceLoc tokenAfter(SourceLoc end) const;
};

} // namespace kiln::flow

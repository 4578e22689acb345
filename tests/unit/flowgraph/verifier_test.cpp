// The flow graph verifier: graphs built by hand that each break one invariant of
// flowgraph/graph.h, and the message checkGraph gives for each ("" for valid graphs).
#include <gtest/gtest.h>

#include "flowgraph/verifier.h"
#include "tests/unit/flowgraph/flow_test_env.h"

namespace kiln::flow {
namespace {

using testing::FlowEnv;
using testing::GraphList;

// A valid graph to break:
//   graph t.f(x, y) {
//   block0(x, y):
//       t = bool_(x)
//       branch t [true: block1(x, y), false: block2(y)]
//   block1(a, b):
//       r = getitem(a, b)
//       exits [normal: block2(r), except KeyError as (e, ev): raise(e, ev)]
//   block2(z):
//       goto return(z)
//   }
struct Sample {
  Arena arena;
  load::Builtin* keyError = arena.make<load::Builtin>();
  Graph g{"t.f", nullptr};
  Block* b0 = g.newBlock();
  Block* b1 = g.newBlock();
  Block* b2 = g.newBlock();
  Variable *x = g.newVariable(), *y = g.newVariable(), *t = g.newVariable();
  Variable *a = g.newVariable(), *b = g.newVariable(), *r = g.newVariable();
  Variable *e = g.newVariable(), *ev = g.newVariable(), *z = g.newVariable();

  Sample() {
    g.setStartBlock(b0);
    b0->inputs = {x, y};
    b0->operations.push_back(op(OpCode::bool_, {x}, t));
    b0->exitKind = ExitKind::Branch;
    b0->exitSwitch = t;
    b0->exits = {caseLink(boolValue(true), {x, y}, b1), caseLink(boolValue(false), {y}, b2)};
    b1->inputs = {a, b};
    b1->operations.push_back(op(OpCode::getitem, {a, b}, r));
    b1->exitKind = ExitKind::CanRaise;
    Link handler({e, ev}, g.exceptBlock());
    handler.hasExitCase = true;
    handler.exitCase = refValue(keyError);
    handler.lastException = e;
    handler.lastExcValue = ev;
    b1->exits = {Link({r}, b2), handler};
    b2->inputs = {z};
    b2->exitKind = ExitKind::Goto;
    b2->exits = {Link({z}, g.returnBlock())};
  }
  static Operation op(OpCode code, std::vector<Value> args, Variable* result) {
    Operation o;
    o.opcode = code;
    o.args = std::move(args);
    o.result = result;
    return o;
  }
  static Link caseLink(load::Value exitCase, std::vector<Value> args, Block* target) {
    Link l(std::move(args), target);
    l.hasExitCase = true;
    l.exitCase = exitCase;
    return l;
  }
  Value constant(int64_t i) { return g.newConstant(intValue(i)); }
  std::string check() const { return checkGraph(g); }
};

// The message must mention `what`; checkGraph names blocks by their place in dump order.
#define EXPECT_PROBLEM(sample, what)                                                               \
  do {                                                                                             \
    std::string problem = (sample).check();                                                        \
    EXPECT_NE(problem.find(what), std::string::npos) << "got: '" << problem << "'";                \
  } while (0)

TEST(FlowVerifier, AcceptsValidGraphs) {
  Sample s;
  EXPECT_EQ(s.check(), "");
  FlowEnv env;
  GraphList graphs =
      env.parse("graph g(v0) {\nblock0(v0):\n    v1 = newlist(v0, 1)\n    goto return(v1)\n}\n");
  ASSERT_EQ(graphs.size(), 1u) << env.rendered;
  EXPECT_EQ(checkGraph(*graphs[0]), "");
}

// -- Invariant 1 and the shape of the graph
// ---------------------------------------------------------

TEST(FlowVerifier, LinkWithoutTarget) {
  Sample s;
  s.b2->exits[0].target = nullptr;
  EXPECT_PROBLEM(s, "a link has no target block");
}

TEST(FlowVerifier, GraphWithoutStartBlock) {
  Sample s;
  s.g.setStartBlock(nullptr);
  EXPECT_PROBLEM(s, "the graph has no start block");
}

TEST(FlowVerifier, StartAtTheReturnBlock) {
  Sample s;
  s.g.setStartBlock(s.g.returnBlock());
  EXPECT_PROBLEM(s, "the start block cannot be the return or except block");
}

TEST(FlowVerifier, ReturnBlockWithOperations) {
  Sample s;
  Variable* v = s.g.newVariable();
  s.g.returnBlock()->operations.push_back(Sample::op(OpCode::same_as, {s.constant(1)}, v));
  EXPECT_PROBLEM(s, "the return block must have one input, no operations and no exits");
}

TEST(FlowVerifier, ExceptBlockWithOneInput) {
  Sample s;
  s.g.exceptBlock()->inputs.pop_back();
  EXPECT_PROBLEM(s, "the except block must have two inputs");
}

TEST(FlowVerifier, LinkToAnotherGraphsReturnBlock) {
  Sample s;
  Graph other("t.other", nullptr);
  s.b2->exits[0].target = other.returnBlock();
  EXPECT_PROBLEM(s, "block 3 (in dump order): only the return and except blocks may have no exits");
}

// -- Invariant 2: link arity
// ------------------------------------------------------------------------

TEST(FlowVerifier, LinkWithTheWrongNumberOfValues) {
  Sample s;
  s.b0->exits[1].args.push_back(s.x);
  EXPECT_PROBLEM(s, "block 0 (in dump order): link 1 passes 2 values to a block with 1 inputs");
}

TEST(FlowVerifier, ReturnWithTwoValues) {
  Sample s;
  s.b2->exits[0].args.push_back(s.constant(0));
  EXPECT_PROBLEM(s, "link 0 passes 2 values to a block with 1 inputs");
}

// -- Invariant 3: definitions and uses
// ---------------------------------------------------------------

TEST(FlowVerifier, VariableUsedInAnotherBlock) {
  Sample s;
  s.b1->operations[0].args[1] = s.y; // y is block0's
  EXPECT_PROBLEM(s, "block 1 (in dump order): operation 0 (getitem) uses a variable not defined "
                    "before it in its block");
}

TEST(FlowVerifier, LinkPassesAVariableOfAnotherBlock) {
  Sample s;
  s.b2->exits[0].args[0] = s.x;
  EXPECT_PROBLEM(s, "block 2 (in dump order): link 0 passes a variable its block does not define");
}

TEST(FlowVerifier, VariableDefinedTwice) {
  Sample s;
  s.b2->inputs[0] = s.r; // already the result of getitem in block1
  s.b2->exits[0].args[0] = s.r;
  EXPECT_PROBLEM(s, "block 2 (in dump order): an input variable is defined twice");
}

TEST(FlowVerifier, ResultDefinedTwice) {
  Sample s;
  s.b0->operations[0].result = s.x;
  EXPECT_PROBLEM(s, "operation 0 (bool_): its result is defined twice");
}

TEST(FlowVerifier, OperationWithoutResult) {
  Sample s;
  s.b0->operations[0].result = nullptr;
  EXPECT_PROBLEM(s, "operation 0 (bool_) has no result variable");
}

TEST(FlowVerifier, UseBeforeDefinition) {
  Sample s;
  Variable* later = s.g.newVariable();
  s.b0->operations.insert(s.b0->operations.begin(), Sample::op(OpCode::not_, {s.t}, later));
  EXPECT_PROBLEM(s, "block 0 (in dump order): operation 0 (not_) uses a variable not defined "
                    "before it in its block");
}

TEST(FlowVerifier, OperationUsesItsOwnResult) {
  Sample s;
  s.b0->operations[0].args[0] = s.t;
  EXPECT_PROBLEM(s, "operation 0 (bool_) uses a variable not defined before it");
}

TEST(FlowVerifier, NullArgument) {
  Sample s;
  s.b0->operations[0].args[0] = Value();
  EXPECT_PROBLEM(s, "operation 0 (bool_) uses a variable not defined before it");
}

// -- Invariant 4: exits match the exit kind
// ----------------------------------------------------------

TEST(FlowVerifier, BranchWithOneExit) {
  Sample s;
  s.b0->exits.pop_back();
  EXPECT_PROBLEM(s, "block 0 (in dump order): a branch needs two links, for true and then false");
}

TEST(FlowVerifier, BranchWithSwappedCases) {
  Sample s;
  std::swap(s.b0->exits[0].exitCase, s.b0->exits[1].exitCase);
  EXPECT_PROBLEM(s, "a branch needs two links, for true and then false");
}

TEST(FlowVerifier, BranchWhoseFalseCaseIsNotABool) {
  Sample s;
  s.b0->exits[1].exitCase = intValue(0);
  EXPECT_PROBLEM(s, "a branch needs two links, for true and then false");
}

TEST(FlowVerifier, BranchOnAnUndefinedVariable) {
  Sample s;
  s.b0->exitSwitch = s.z;
  EXPECT_PROBLEM(s, "block 0 (in dump order): the branch tests an undefined variable");
}

TEST(FlowVerifier, GotoWithTwoLinks) {
  Sample s;
  s.b2->exits.push_back(s.b2->exits[0]);
  EXPECT_PROBLEM(s, "block 2 (in dump order): a goto needs exactly one plain link");
}

TEST(FlowVerifier, GotoWithAnExitCase) {
  Sample s;
  s.b2->exits[0].hasExitCase = true;
  EXPECT_PROBLEM(s, "a goto needs exactly one plain link");
}

TEST(FlowVerifier, SwitchWithOneLink) {
  Sample s;
  s.b0->exitKind = ExitKind::Switch;
  s.b0->exits.pop_back();
  EXPECT_PROBLEM(s, "block 0 (in dump order): a switch needs at least two links");
}

TEST(FlowVerifier, SwitchWithTheDefaultFirst) {
  Sample s;
  s.b0->exitKind = ExitKind::Switch;
  s.b0->exits[0].hasExitCase = false;
  EXPECT_PROBLEM(s, "block 0 (in dump order): only the last link of a switch may be its default");
  s.b0->exits[0].hasExitCase = true;
  s.b0->exits[1].hasExitCase = false;
  EXPECT_EQ(s.check(), "");
}

TEST(FlowVerifier, BlockWithoutExits) {
  Sample s;
  s.b2->exitKind = ExitKind::None;
  s.b2->exits.clear();
  EXPECT_PROBLEM(s, "block 2 (in dump order): only the return and except blocks may have no exits");
}

TEST(FlowVerifier, CanRaiseBlockWhoseLastOperationCannotRaise) {
  Sample s;
  s.b1->operations[0].opcode = OpCode::is_;
  EXPECT_PROBLEM(
      s, "block 1 (in dump order): a can-raise block must end with an operation that can raise");
}

TEST(FlowVerifier, CanRaiseBlockWithoutOperations) {
  Sample s;
  s.b1->operations.clear();
  s.b1->exits[0].args[0] = s.a;
  EXPECT_PROBLEM(s, "a can-raise block must end with an operation that can raise");
}

TEST(FlowVerifier, CanRaiseBlockWithOnlyTheNormalLink) {
  Sample s;
  s.b1->exits.pop_back();
  EXPECT_PROBLEM(
      s,
      "block 1 (in dump order): a can-raise block needs a normal link first, then exception links");
}

TEST(FlowVerifier, CanRaiseBlockWithTheExceptionLinkFirst) {
  Sample s;
  std::swap(s.b1->exits[0], s.b1->exits[1]);
  EXPECT_PROBLEM(s, "a can-raise block needs a normal link first, then exception links");
}

TEST(FlowVerifier, ExceptionLinkWithoutItsVariables) {
  Sample s;
  s.b1->exits[1].lastException = nullptr;
  s.b1->exits[1].lastExcValue = nullptr;
  s.b1->exits[1].args = {s.constant(1), s.constant(2)};
  EXPECT_PROBLEM(
      s, "block 1 (in dump order): exception link 1 needs a class exit case and its variables");
}

TEST(FlowVerifier, ExceptionLinkWithOneVariable) {
  Sample s;
  s.b1->exits[1].lastExcValue = nullptr;
  s.b1->exits[1].args[1] = s.constant(2);
  EXPECT_PROBLEM(s, "block 1 (in dump order): link 1 needs both exception variables");
}

TEST(FlowVerifier, ExceptionLinkWhoseCaseIsNotAClass) {
  Sample s;
  s.b1->exits[1].exitCase = intValue(3);
  EXPECT_PROBLEM(s, "exception link 1 needs a class exit case and its variables");
}

// -- Invariant 5: exception variables
// -----------------------------------------------------------------

TEST(FlowVerifier, ExceptionLinkPassesTheRaisingResult) {
  Sample s;
  s.b1->exits[1].args[1] = s.r;
  EXPECT_PROBLEM(s, "block 1 (in dump order): link 1 passes a variable its block does not define");
}

TEST(FlowVerifier, NormalLinkPassesAnExceptionVariable) {
  Sample s;
  s.b1->exits[0].args[0] = s.ev;
  EXPECT_PROBLEM(s, "block 1 (in dump order): link 0 passes a variable its block does not define");
}

TEST(FlowVerifier, ExceptionVariablesSharedByTwoLinks) {
  Sample s;
  Link again = s.b1->exits[1];
  s.b1->exits.push_back(again);
  EXPECT_PROBLEM(s, "block 1 (in dump order): link 2: its exception variables are defined twice");
}

TEST(FlowVerifier, ExceptionLinkOutsideACanRaiseBlock) {
  Sample s;
  Variable *e2 = s.g.newVariable(), *ev2 = s.g.newVariable();
  s.b2->exits[0].lastException = e2;
  s.b2->exits[0].lastExcValue = ev2;
  EXPECT_PROBLEM(s,
                 "block 2 (in dump order): link 0 is an exception link outside a can-raise block");
}

// -- Invariant 6: arity
// ----------------------------------------------------------------------------

TEST(FlowVerifier, OperationWithTheWrongArity) {
  Sample s;
  s.b1->operations[0].args.push_back(s.constant(1));
  EXPECT_PROBLEM(s, "block 1 (in dump order): operation 0 (getitem) has 3 arguments, not 2");
}

TEST(FlowVerifier, VariadicOperationsTakeAnyNumber) {
  Sample s;
  Variable* list = s.g.newVariable();
  s.b2->operations.push_back(Sample::op(OpCode::newlist, {}, list));
  EXPECT_EQ(s.check(), "");
  s.b2->operations.back().args = {s.z, s.z, s.constant(1), s.z};
  EXPECT_EQ(s.check(), "");
}

// -- Reporting
// --------------------------------------------------------------------------------------

TEST(FlowVerifier, VerifyGraphReportsAnInternalError) {
  Sample s;
  s.b0->exits.pop_back();
  SourceManager sources;
  DiagnosticEngine diags(sources);
  std::string rendered;
  diags.setConsumer([&](const Diagnostic& d) { rendered += diags.render(d); });
  EXPECT_FALSE(verifyGraph(s.g, diags, "inline"));
  EXPECT_EQ(
      rendered,
      "kiln: error: internal error: flow graph verifier failed after 'inline' in graph 't.f': "
      "block 0 (in dump order): a branch needs two links, for true and then false\n");
  Sample valid;
  EXPECT_TRUE(verifyGraph(valid.g, diags, "inline"));
}

} // namespace
} // namespace kiln::flow

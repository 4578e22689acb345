// The flow graph verifier (invariants 1-6 of flowgraph/graph.h).
#include "flowgraph/verifier.h"

#include <unordered_set>

namespace kiln::flow {

namespace {

std::string blockError(size_t index, const std::string& what) {
  return "block " + std::to_string(index) + " (in dump order): " + what;
}

// Whether some block reachable from the start has a link without a target (Graph::blocksInOrder
// cannot walk past one).
bool hasLinkWithoutTarget(const Graph& g) {
  std::unordered_set<const Block*> seen{g.startBlock()};
  std::vector<const Block*> stack{g.startBlock()};
  while (!stack.empty()) {
    const Block* b = stack.back();
    stack.pop_back();
    for (const Link& l : b->exits) {
      if (!l.target) return true;
      if (seen.insert(l.target).second) stack.push_back(l.target);
    }
  }
  return false;
}

} // namespace

std::string checkGraph(const Graph& g) {
  if (!g.startBlock()) return "the graph has no start block";
  if (g.startBlock() == g.returnBlock() || g.startBlock() == g.exceptBlock())
    return "the start block cannot be the return or except block";
  if (hasLinkWithoutTarget(g)) return "a link has no target block";
  std::vector<Block*> blocks = g.blocksInOrder();
  std::unordered_set<const Block*> inGraph(blocks.begin(), blocks.end());
  std::unordered_set<const Variable*> defined;
  auto define = [&](const Variable* v) { return v && defined.insert(v).second; };

  if (g.returnBlock()->inputs.size() != 1 || !g.returnBlock()->operations.empty() ||
      !g.returnBlock()->exits.empty())
    return "the return block must have one input, no operations and no exits";
  if (g.exceptBlock()->inputs.size() != 2 || !g.exceptBlock()->operations.empty() ||
      !g.exceptBlock()->exits.empty())
    return "the except block must have two inputs, no operations and no exits";

  for (size_t bi = 0; bi < blocks.size(); ++bi) {
    const Block* b = blocks[bi];
    std::unordered_set<const Variable*> local;
    for (const Variable* v : b->inputs) {
      if (!define(v)) return blockError(bi, "an input variable is defined twice");
      local.insert(v);
    }
    auto usable = [&](Value v) { return !v.isNull() && (v.isConstant() || local.count(v.variable())); };
    for (size_t oi = 0; oi < b->operations.size(); ++oi) {
      const Operation& op = b->operations[oi];
      int arity = opInfo(op.opcode).arity;
      std::string where = "operation " + std::to_string(oi) + " (" + std::string(opName(op.opcode)) + ")";
      if (arity != VAR && op.args.size() != size_t(arity))
        return blockError(bi, where + " has " + std::to_string(op.args.size()) + " arguments, not " +
                                  std::to_string(arity));
      for (Value a : op.args)
        if (!usable(a)) return blockError(bi, where + " uses a variable not defined before it in its block");
      if (!op.result) return blockError(bi, where + " has no result variable");
      if (!define(op.result)) return blockError(bi, where + ": its result is defined twice");
      local.insert(op.result);
    }
    bool special = b == g.returnBlock() || b == g.exceptBlock();
    size_t n = b->exits.size();
    switch (b->exitKind) {
    case ExitKind::None:
      if (!special || n) return blockError(bi, "only the return and except blocks may have no exits");
      break;
    case ExitKind::Goto:
      if (n != 1 || b->exits[0].hasExitCase) return blockError(bi, "a goto needs exactly one plain link");
      break;
    case ExitKind::Branch:
      if (n != 2 || !b->exits[0].hasExitCase || !b->exits[1].hasExitCase ||
          b->exits[0].exitCase.kind != load::Value::Kind::Bool || !b->exits[0].exitCase.boolValue ||
          b->exits[1].exitCase.kind != load::Value::Kind::Bool || b->exits[1].exitCase.boolValue)
        return blockError(bi, "a branch needs two links, for true and then false");
      if (!usable(b->exitSwitch)) return blockError(bi, "the branch tests an undefined variable");
      break;
    case ExitKind::Switch:
      if (n < 2) return blockError(bi, "a switch needs at least two links");
      for (size_t i = 0; i + 1 < n; ++i)
        if (!b->exits[i].hasExitCase) return blockError(bi, "only the last link of a switch may be its default");
      if (!usable(b->exitSwitch)) return blockError(bi, "the switch tests an undefined variable");
      break;
    case ExitKind::CanRaise:
      if (n < 2 || b->exits[0].hasExitCase || b->exits[0].isException())
        return blockError(bi, "a can-raise block needs a normal link first, then exception links");
      if (b->operations.empty() || !(opInfo(b->operations.back().opcode).flags & opflags::CanRaise))
        return blockError(bi, "a can-raise block must end with an operation that can raise");
      for (size_t i = 1; i < n; ++i)
        if (!b->exits[i].isException() || !b->exits[i].hasExitCase || !b->exits[i].exitCase.isRef())
          return blockError(bi, "exception link " + std::to_string(i) + " needs a class exit case and its variables");
      break;
    }
    for (size_t li = 0; li < n; ++li) {
      const Link& l = b->exits[li];
      std::string where = "link " + std::to_string(li);
      if (!l.target || !inGraph.count(l.target)) return blockError(bi, where + " goes to a block outside the graph");
      if (l.args.size() != l.target->inputs.size())
        return blockError(bi, where + " passes " + std::to_string(l.args.size()) + " values to a block with " +
                                  std::to_string(l.target->inputs.size()) + " inputs");
      if (l.isException()) {
        if (b->exitKind != ExitKind::CanRaise) return blockError(bi, where + " is an exception link outside a can-raise block");
        if (!l.lastExcValue) return blockError(bi, where + " needs both exception variables");
        if (!define(l.lastException) || !define(l.lastExcValue))
          return blockError(bi, where + ": its exception variables are defined twice");
      }
      for (Value a : l.args) {
        bool ok = usable(a) || (l.isException() && (a.variable() == l.lastException || a.variable() == l.lastExcValue));
        if (b->exitKind == ExitKind::CanRaise && l.isException() && a.variable() == b->operations.back().result)
          ok = false; // the raising operation has no result on its exception paths
        if (!ok) return blockError(bi, where + " passes a variable its block does not define");
      }
    }
  }
  return "";
}

bool verifyGraph(const Graph& graph, DiagnosticEngine& diags, std::string_view afterPass) {
  std::string problem = checkGraph(graph);
  if (problem.empty()) return true;
  diags.report(DiagId::internal_verifier_failed, SourceRange{}, "flow graph", afterPass, "graph '" + graph.name() + "'", problem);
  return false;
}

} // namespace kiln::flow

// Merging if-chains into switches (DESIGN.md §2.6 step 1, -O2; RPython's merge_if_blocks): an
// `if x == A: ... elif x == B: ... elif x == C: ...` on one integer or character value is a
// chain of blocks each testing one equality, which C++ compiles as a chain of compares. The
// chain becomes one block ending in a Switch on x, which codegen writes as a `switch` (a jump
// table), the shape of an interpreter's dispatch loop.
//
// A link of the chain: block B ends with `c = <T>_eq(x, K)` (K a constant) and a branch on c,
// which nothing else uses; its false way goes to a block B2 that only B reaches, whose only
// operation is `c2 = <T>_eq(y, K2)` with y the input that B passes x to, and which branches on c2.
// Three tests or more make a switch: its cases are the true ways (a repeated constant keeps its
// first way, as the chain would), its default the last false way.
#include "transforms/transforms.h"

#include <set>
#include <unordered_map>

namespace kiln::xf {

namespace {

bool isEquality(ll::Op op) {
  return op == ll::Op::int_eq || op == ll::Op::uint_eq || op == ll::Op::char_eq || op == ll::Op::unichar_eq;
}

// The tested value and the constant of a block that ends in `c = eq(x, K); branch c`, where c is
// used by nothing else; false if the block is not such a test.
bool equalityTest(const ll::Block* b, size_t firstOp, ll::Value& x, int64_t& k) {
  if (b->exitKind != ll::ExitKind::Branch || b->operations.size() != firstOp + 1) return false;
  const ll::Operation& op = b->operations.back();
  if (!isEquality(op.op) || b->exitSwitch != ll::Value(op.result)) return false;
  const ll::Constant* c = op.args[1].constant();
  if (!c || op.args[0].isConstant()) return false;
  for (const ll::Link& l : b->exits)
    for (const ll::Value& a : l.args)
      if (a == ll::Value(op.result)) return false;
  x = op.args[0];
  k = c->value.i;
  return true;
}

const ll::Link& way(const ll::Block* b, bool taken) {
  return b->exits[0].caseValue == int64_t(taken) ? b->exits[0] : b->exits[1];
}

// The link `l` (leaving a block whose inputs `inputs` received `passed`) as a link leaving the
// chain's first block: its values in terms of what the first block passed.
ll::Link remap(const ll::Link& l, const std::unordered_map<const ll::Variable*, ll::Value>& values) {
  ll::Link out = l;
  for (ll::Value& a : out.args)
    if (const ll::Variable* v = a.variable())
      if (auto it = values.find(v); it != values.end()) a = it->second;
  return out;
}

} // namespace

void mergeIfBlocks(ll::Graph& g) {
  std::vector<ll::Block*> blocks = g.blocksInOrder();
  std::unordered_map<const ll::Block*, int> predecessors;
  for (ll::Block* b : blocks)
    for (const ll::Link& l : b->exits) ++predecessors[l.target];
  for (ll::Block* head : blocks) {
    ll::Value x;
    int64_t k;
    if (!equalityTest(head, head->operations.size() - (head->operations.empty() ? 0 : 1), x, k)) continue;
    // Follow the chain of false ways, expressing every value in terms of head's block.
    std::vector<std::pair<int64_t, ll::Link>> cases{{k, way(head, true)}};
    std::unordered_map<const ll::Variable*, ll::Value> values; // a chain block's input -> its value
    ll::Link rest = way(head, false);
    for (;;) {
      ll::Block* next = rest.target;
      if (next == head || predecessors[next] != 1 || next->inputs.size() != rest.args.size()) break;
      ll::Value y;
      int64_t k2;
      if (!equalityTest(next, 0, y, k2)) break;
      std::unordered_map<const ll::Variable*, ll::Value> nextValues;
      for (size_t i = 0; i < next->inputs.size(); ++i) nextValues[next->inputs[i]] = rest.args[i];
      if (!y.variable() || nextValues.at(y.variable()) != x) break;
      cases.push_back({k2, remap(way(next, true), nextValues)});
      rest = remap(way(next, false), nextValues);
    }
    if (cases.size() < 3) continue;
    head->operations.pop_back(); // the first test: the switch tests x itself
    head->exitKind = ll::ExitKind::Switch;
    head->exitSwitch = x;
    head->exits.clear();
    std::set<int64_t> seen;
    for (auto& [value, link] : cases) {
      if (!seen.insert(value).second) continue;
      link.hasCase = true;
      link.caseValue = value;
      head->exits.push_back(std::move(link));
    }
    rest.hasCase = false;
    head->exits.push_back(std::move(rest));
    // The chain's other blocks are unreachable now; their successors have the same number of
    // predecessors as before (the switch's links replace theirs).
  }
  g.removeUnreachableBlocks();
}

} // namespace kiln::xf

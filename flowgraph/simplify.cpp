// Flow graph cleanups (see simplify.h).
//
// Every rewrite keeps the invariants of graph.h: variables stay local to their block, links
// pass one value per target input. Substituting a variable is done per block (a map applied to
// the block's operations, exit switch and outgoing links).
#include "flowgraph/simplify.h"

#include <optional>

#include "flowgraph/builder.h"
#include "support/assert.h"
#include "flowgraph/fold.h"

#include <unordered_map>
#include <unordered_set>

namespace kiln::flow {

namespace {

using Renames = std::unordered_map<const Variable*, Value>;

Value renamed(const Renames& map, Value v) {
  if (Variable* var = v.variable())
    if (auto it = map.find(var); it != map.end()) return it->second;
  return v;
}

void renameInBlock(Block* b, const Renames& map) {
  if (map.empty()) return;
  for (Operation& op : b->operations)
    for (Value& a : op.args) a = renamed(map, a);
  b->exitSwitch = renamed(map, b->exitSwitch);
  for (Link& l : b->exits)
    for (Value& a : l.args) a = renamed(map, a);
}

using Predecessors = std::unordered_map<const Block*, std::vector<Link*>>;

Predecessors predecessors(const std::vector<Block*>& blocks) {
  Predecessors preds;
  for (Block* b : blocks)
    for (Link& l : b->exits) preds[l.target].push_back(&l);
  return preds;
}

// Inputs always given the same constant, and pairs of inputs always given equal values.
bool simplifyInputs(Graph& g, const std::vector<Block*>& blocks, Predecessors& preds) {
  bool changed = false;
  for (Block* b : blocks) {
    if (b == g.startBlock() || b == g.returnBlock() || b == g.exceptBlock()) continue;
    std::vector<Link*>& in = preds[b];
    if (in.empty()) continue;
    for (Link* l : in)
      KILN_ASSERT(l->args.size() == b->inputs.size(), "link into a block with %zu inputs passes %zu values",
                  b->inputs.size(), l->args.size());
    Renames map;
    std::vector<bool> drop(b->inputs.size(), false);
    for (size_t i = 0; i < b->inputs.size(); ++i) {
      Value first = in.front()->args[i];
      bool allSame = first.isConstant();
      for (Link* l : in) allSame &= sameValue(l->args[i], first);
      if (allSame) {
        map[b->inputs[i]] = first;
        drop[i] = true;
        continue;
      }
      for (size_t j = 0; j < i; ++j) {
        if (drop[j]) continue;
        bool equal = true;
        for (Link* l : in) equal &= sameValue(l->args[i], l->args[j]);
        if (equal) {
          map[b->inputs[i]] = b->inputs[j];
          drop[i] = true;
          break;
        }
      }
    }
    if (map.empty()) continue;
    renameInBlock(b, map);
    for (size_t i = b->inputs.size(); i-- > 0;) {
      if (!drop[i]) continue;
      b->inputs.erase(b->inputs.begin() + ptrdiff_t(i));
      for (Link* l : in) l->args.erase(l->args.begin() + ptrdiff_t(i));
    }
    changed = true;
  }
  return changed;
}

// Inputs never used, and operations without side effects whose results are never used. A
// value is live if an operation that stays uses it, the exit switch tests it, or a link passes
// it to a live input (or to the return or except block); liveness flows backwards along links
// to a fixpoint, so values that only circulate around a loop die too.
bool removeDead(Graph& g, const std::vector<Block*>& blocks, Predecessors& preds) {
  std::unordered_set<const Variable*> live;
  std::vector<const Variable*> work;
  auto mark = [&](Value v) {
    if (Variable* var = v.variable(); var && live.insert(var).second) work.push_back(var);
  };
  std::unordered_map<const Variable*, std::pair<Block*, size_t>> inputOf;
  for (Block* b : blocks)
    for (size_t i = 0; i < b->inputs.size(); ++i) inputOf[b->inputs[i]] = {b, i};
  auto keepOp = [&](const Block* b, size_t i) {
    const Operation& op = b->operations[i];
    return !(opInfo(op.opcode).flags & opflags::Pure) ||
           (b->exitKind == ExitKind::CanRaise && i + 1 == b->operations.size());
  };
  for (Block* b : blocks) {
    mark(b->exitSwitch);
    for (Link& l : b->exits)
      if (l.target == g.returnBlock() || l.target == g.exceptBlock())
        for (Value a : l.args) mark(a);
    for (size_t i = 0; i < b->operations.size(); ++i)
      if (keepOp(b, i)) {
        mark(b->operations[i].result);
        for (Value a : b->operations[i].args) mark(a);
      }
  }
  for (Variable* v : g.startBlock()->inputs) mark(v); // the graph's arguments stay
  std::unordered_map<const Variable*, const Operation*> producer;
  for (Block* b : blocks)
    for (const Operation& op : b->operations) producer[op.result] = &op;
  while (!work.empty()) {
    const Variable* v = work.back();
    work.pop_back();
    if (auto it = producer.find(v); it != producer.end()) {
      for (Value a : it->second->args) mark(a);
      continue;
    }
    if (auto it = inputOf.find(v); it != inputOf.end()) {
      auto [block, index] = it->second;
      for (Link* l : preds[block]) mark(l->args[index]);
    }
  }
  bool changed = false;
  for (Block* b : blocks) {
    if (b == g.returnBlock() || b == g.exceptBlock()) continue;
    for (size_t i = b->operations.size(); i-- > 0;) {
      if (keepOp(b, i) || live.count(b->operations[i].result)) continue;
      b->operations.erase(b->operations.begin() + ptrdiff_t(i));
      changed = true;
    }
    if (b == g.startBlock()) continue;
    for (size_t i = b->inputs.size(); i-- > 0;) {
      if (live.count(b->inputs[i])) continue;
      b->inputs.erase(b->inputs.begin() + ptrdiff_t(i));
      for (Link* l : preds[b]) l->args.erase(l->args.begin() + ptrdiff_t(i));
      changed = true;
    }
  }
  return changed;
}

// A branch or switch whose links all go to the same block with the same values: a goto.
bool foldUselessBranches(const std::vector<Block*>& blocks) {
  bool changed = false;
  for (Block* b : blocks) {
    if (b->exitKind != ExitKind::Branch && b->exitKind != ExitKind::Switch) continue;
    bool same = true;
    for (const Link& l : b->exits) {
      same &= l.target == b->exits.front().target;
      for (size_t i = 0; same && i < l.args.size(); ++i) same &= sameValue(l.args[i], b->exits.front().args[i]);
    }
    if (!same) continue;
    b->exits.resize(1);
    b->exits.front().hasExitCase = false;
    b->exitKind = ExitKind::Goto;
    b->exitSwitch = Value();
    changed = true;
  }
  return changed;
}

// A block with no operations whose only exit is a Goto: links into it go straight on.
bool bypassEmptyBlocks(Graph& g, const std::vector<Block*>& blocks, Predecessors& preds) {
  bool changed = false;
  for (Block* b : blocks) {
    if (b == g.startBlock() || b == g.returnBlock() || b == g.exceptBlock()) continue;
    if (!b->operations.empty() || b->exitKind != ExitKind::Goto) continue;
    Link& out = b->exits.front();
    if (out.target == b) continue; // an empty infinite loop stays
    for (Link* in : preds[b]) {
      Renames map;
      for (size_t i = 0; i < b->inputs.size(); ++i) map[b->inputs[i]] = in->args[i];
      std::vector<Value> args;
      for (Value a : out.args) args.push_back(renamed(map, a));
      in->args = std::move(args);
      in->target = out.target;
      changed = true;
    }
    if (changed) return true; // predecessor lists are stale now
  }
  return changed;
}

// A Goto into a block with no other predecessor: one block.
bool joinBlocks(Graph& g, const std::vector<Block*>& blocks, Predecessors& preds) {
  for (Block* a : blocks) {
    if (a->exitKind != ExitKind::Goto) continue;
    Block* b = a->exits.front().target;
    if (b == a || b == g.returnBlock() || b == g.exceptBlock() || b == g.startBlock()) continue;
    if (preds[b].size() != 1) continue;
    Renames map;
    for (size_t i = 0; i < b->inputs.size(); ++i) map[b->inputs[i]] = a->exits.front().args[i];
    renameInBlock(b, map);
    a->operations.insert(a->operations.end(), b->operations.begin(), b->operations.end());
    a->exitKind = b->exitKind;
    a->exitSwitch = b->exitSwitch;
    a->exits = std::move(b->exits);
    b->exits.clear();
    b->operations.clear();
    b->exitKind = ExitKind::None;
    return true; // predecessor lists are stale now
  }
  return false;
}


// Operations whose arguments became constants (after inputs were replaced by constants).
bool foldConstantOperations(const std::vector<Block*>& blocks, Graph& g, FlowContext& fc) {
  bool changed = false;
  for (Block* b : blocks) {
    Renames map;
    for (size_t i = 0; i < b->operations.size();) {
      Operation& op = b->operations[i];
      for (Value& a : op.args) a = renamed(map, a);
      bool last = b->exitKind == ExitKind::CanRaise && i + 1 == b->operations.size();
      std::optional<load::Value> folded;
      if (!last && ((opInfo(op.opcode).flags & opflags::Pure) || op.opcode == OpCode::getattr ||
                    op.opcode == OpCode::getitem))
        folded = foldOperation(op.opcode, op.args, fc);
      if (!folded) {
        ++i;
        continue;
      }
      map[op.result] = g.newConstant(*folded);
      b->operations.erase(b->operations.begin() + ptrdiff_t(i));
      changed = true;
    }
    b->exitSwitch = renamed(map, b->exitSwitch);
    for (Link& l : b->exits)
      for (Value& a : l.args) a = renamed(map, a);
  }
  return changed;
}

// A branch on a constant: a goto to the side it takes.
bool foldConstantBranches(const std::vector<Block*>& blocks) {
  bool changed = false;
  for (Block* b : blocks) {
    if (b->exitKind != ExitKind::Branch || !b->exitSwitch.isConstant()) continue;
    const load::Value& v = b->exitSwitch.constant()->value;
    if (v.kind != load::Value::Kind::Bool) continue;
    Link taken = b->exits[v.boolValue ? 0 : 1];
    taken.hasExitCase = false;
    b->exits = {taken};
    b->exitKind = ExitKind::Goto;
    b->exitSwitch = Value();
    changed = true;
  }
  return changed;
}

} // namespace

void simplifyGraph(Graph& g, FlowContext* fc) {
  for (bool changed = true; changed;) {
    changed = false;
    if (fc) {
      std::vector<Block*> blocks = g.blocksInOrder();
      changed |= foldConstantOperations(blocks, g, *fc);
      changed |= foldConstantBranches(blocks);
      if (!fc->verifyAfter(g, "simplify: constants")) return;
    }
    std::vector<Block*> blocks = g.blocksInOrder();
    changed |= foldUselessBranches(blocks);
    if (fc && !fc->verifyAfter(g, "simplify: useless branches")) return;
    // Every step gets fresh block and predecessor lists: the one before may have changed
    // exits, which invalidates the Link pointers of a predecessor map.
    blocks = g.blocksInOrder();
    Predecessors preds = predecessors(blocks);
    changed |= simplifyInputs(g, blocks, preds);
    if (fc && !fc->verifyAfter(g, "simplify: inputs")) return;
    blocks = g.blocksInOrder();
    preds = predecessors(blocks);
    changed |= removeDead(g, blocks, preds);
    if (fc && !fc->verifyAfter(g, "simplify: dead values")) return;
    blocks = g.blocksInOrder();
    preds = predecessors(blocks);
    changed |= bypassEmptyBlocks(g, blocks, preds);
    if (fc && !fc->verifyAfter(g, "simplify: empty blocks")) return;
    blocks = g.blocksInOrder();
    preds = predecessors(blocks);
    changed |= joinBlocks(g, blocks, preds);
    if (fc && !fc->verifyAfter(g, "simplify: join blocks")) return;
  }
  g.removeUnreachableBlocks();
}

} // namespace kiln::flow

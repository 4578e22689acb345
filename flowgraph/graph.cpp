// Flow graph model: the op table, graph construction, block order.
#include "flowgraph/graph.h"

#include <algorithm>
#include <unordered_set>

namespace kiln::flow {

namespace {

using namespace opflags;

constexpr OpInfo kOpInfo[] = {
#define FLOW_OP(name, arity, flags, doc) {#name, arity, flags, doc},
#include "flowgraph/flow_ops.def"
#undef FLOW_OP
};
static_assert(std::size(kOpInfo) == kNumOpCodes);

} // namespace

const OpInfo& opInfo(OpCode op) { return kOpInfo[size_t(op)]; }

bool parseOpName(std::string_view name, OpCode& out) {
  for (size_t i = 0; i < kNumOpCodes; ++i) {
    if (kOpInfo[i].name == name) {
      out = OpCode(i);
      return true;
    }
  }
  return false;
}

Graph::Graph(std::string name, ast::Node* def) : name_(std::move(name)), def_(def) {
  return_ = newBlock();
  return_->inputs.push_back(newVariable());
  except_ = newBlock();
  except_->inputs.push_back(newVariable());
  except_->inputs.push_back(newVariable());
}

Block* Graph::newBlock() {
  blocks_.push_back(std::make_unique<Block>());
  return blocks_.back().get();
}

Variable* Graph::newVariable(Symbol name) {
  Variable* v = arena_.make<Variable>();
  v->id = nextVariable_++;
  v->name = name;
  return v;
}

Constant* Graph::newConstant(const load::Value& value) {
  Constant* c = arena_.make<Constant>();
  c->value = value;
  return c;
}

std::vector<Block*> Graph::blocksInOrder() const {
  // Iterative depth-first search; the reverse of the postorder. The return and except blocks
  // always come last (return first), so dumps end the same way.
  std::vector<Block*> postorder;
  std::unordered_set<const Block*> seen{return_, except_};
  struct Frame {
    Block* block;
    size_t next;
  };
  std::vector<Frame> stack;
  if (start_ && seen.insert(start_).second) stack.push_back({start_, 0});
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.next < f.block->exits.size()) {
      Block* target = f.block->exits[f.next++].target;
      if (seen.insert(target).second) stack.push_back({target, 0});
      continue;
    }
    postorder.push_back(f.block);
    stack.pop_back();
  }
  std::reverse(postorder.begin(), postorder.end());
  postorder.push_back(return_);
  postorder.push_back(except_);
  return postorder;
}

void Graph::removeUnreachableBlocks() {
  std::vector<Block*> live = blocksInOrder();
  std::unordered_set<const Block*> keep(live.begin(), live.end());
  std::erase_if(blocks_, [&](const std::unique_ptr<Block>& b) { return !keep.count(b.get()); });
}

} // namespace kiln::flow

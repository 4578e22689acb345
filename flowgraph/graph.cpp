// Flow graph model: the op table, graph construction, block order.
#include "flowgraph/graph.h"

#include "support/block_order.h"

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

Constant* Graph::newConstant(const load::Value& value, SourceLoc loc) {
  Constant* c = arena_.make<Constant>();
  c->value = value;
  c->loc = loc;
  return c;
}

std::vector<Block*> Graph::blocksInOrder() const { return blocksInReversePostorder(start_, return_, except_); }

void Graph::removeUnreachableBlocks() {
  std::vector<Block*> live = blocksInOrder();
  std::unordered_set<const Block*> keep(live.begin(), live.end());
  std::erase_if(blocks_, [&](const std::unique_ptr<Block>& b) { return !keep.count(b.get()); });
}

bool sameValue(Value a, Value b) {
  if (a == b) return true;
  Constant *ca = a.constant(), *cb = b.constant();
  if (!ca || !cb || ca->value.kind != cb->value.kind) return false;
  const load::Value &x = ca->value, &y = cb->value;
  using K = load::Value::Kind;
  switch (x.kind) {
  case K::None: case K::Ellipsis: case K::EmptyCell: case K::Undefined: return true;
  case K::Bool: return x.boolValue == y.boolValue;
  case K::Int: return x.intValue == y.intValue && x.cls == y.cls;
  case K::Ref: return x.ref == y.ref;
  case K::Str: case K::Bytes: case K::BigInt: return x.text == y.text && x.cls == y.cls;
  case K::Float: case K::Complex: case K::Tuple: return false; // nan, -0.0: not merged
  }
  return false;
}

} // namespace kiln::flow

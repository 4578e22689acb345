// Low-level graph model: the op table, graph construction, block order.
#include "rtyper/llgraph.h"

#include <unordered_set>

#include "support/block_order.h"

namespace kiln::ll {

namespace {

const OpInfo kOps[] = {
#define LL_OP(name, arity, flags, sig, doc)                                                        \
  {#name, arity, [] {                                                                             \
     using namespace opflags;                                                                     \
     return uint32_t(flags);                                                                      \
   }(),                                                                                            \
   Sig::sig, doc},
#include "rtyper/ll_ops.def"
};

} // namespace

const OpInfo& opInfo(Op op) { return kOps[size_t(op)]; }

bool parseOpName(std::string_view name, Op& out) {
  for (size_t i = 0; i < std::size(kOps); ++i) {
    if (kOps[i].name == name) {
      out = Op(i);
      return true;
    }
  }
  return false;
}

Graph::Graph(std::string name, const Type* funcType, const Type* vtablePtr, const Type* objectPtr)
    : name_(std::move(name)), funcType_(funcType) {
  start_ = newBlock();
  for (const Type* p : funcType->params) start_->inputs.push_back(newVariable(p));
  return_ = newBlock();
  return_->inputs.push_back(newVariable(funcType->result));
  except_ = newBlock();
  except_->inputs.push_back(newVariable(vtablePtr));
  except_->inputs.push_back(newVariable(objectPtr));
}

Block* Graph::newBlock() {
  blocks_.push_back(std::make_unique<Block>());
  return blocks_.back().get();
}

Variable* Graph::newVariable(const Type* type, std::string name) {
  variables_.push_back(std::make_unique<Variable>(Variable{nextVariable_++, type, std::move(name)}));
  return variables_.back().get();
}

Constant* Graph::newConstant(const Type* type, ConstValue value) {
  constants_.push_back(std::make_unique<Constant>(Constant{type, std::move(value)}));
  return constants_.back().get();
}

std::vector<Block*> Graph::blocksInOrder() const { return blocksInReversePostorder(start_, return_, except_); }

void Graph::removeUnreachableBlocks() {
  std::vector<Block*> live = blocksInOrder();
  std::unordered_set<const Block*> keep(live.begin(), live.end());
  std::erase_if(blocks_, [&](const std::unique_ptr<Block>& b) { return !keep.count(b.get()); });
}

} // namespace kiln::ll

// The pure pass: common subexpression elimination. An operation that computes what an earlier
// one did -- the same op, the same descr, the same operands (in either order for a commutative
// op) -- is removed, and its result reads as the earlier one's. It covers:
//   - pure operations (resops.def's Pure flag);
//   - elidable calls (call_pure_*): the same function (its thunk and name: every call site
//     has a descr of its own) on the same arguments gives the same result. If it may raise, the guard_no_exception after it goes with it: the first call's
//     guard already proved it raises nothing. A known helper may say that only its first
//     arguments matter (the index checks: the third one only shapes the error message);
//   - *_ovf ops, whose first occurrence's guard_no_overflow proved they do not overflow; the
//     second one's guard goes with it.
// A call or *_ovf op whose guard expects the exception or the overflow (guard_exception,
// guard_overflow: it happened while tracing) is neither reused nor removed (optimizer.h,
// invariant 2). Loads are not pure (the heap pass caches them), nor are allocations.
// Cost: linear (a hash of each operation).
#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "optimizer.h"

namespace kiln::jitrt {

namespace {

struct Key {
  ROp op;
  uint32_t descr;
  std::vector<V> args;
  bool operator==(const Key&) const = default;
};
struct KeyHash {
  size_t operator()(const Key& k) const {
    size_t h = size_t(k.op) * 0x9e3779b97f4a7c15ull ^ k.descr;
    for (V a : k.args) h = (h ^ a) * 0x100000001b3ull;
    return h;
  }
};

class PurePass final : public ChainPass {
public:
  void propagate(ResOp& op) override {
    bool pure = (ropInfo(op.op).flags & ropflags::Pure) && op.kind != 'v';
    if (!pure && !isPureCall(op.op)) return (void)emit(op);
    const ResOp* g = ctx->pairedGuard();
    if (g && g->op != ROp::guard_no_exception && g->op != ROp::guard_no_overflow) return (void)emit(op);
    Key key{op.op, isPureCall(op.op) ? callee(op.descr) : 0, op.args};
    if (isCommutative(op.op) && key.args.size() == 2 && key.args[1] < key.args[0]) std::swap(key.args[0], key.args[1]);
    if (isPureCall(op.op))
      if (const KnownHelper* h = knownHelper(op.descr); h && h->resultArgs && key.args.size() > h->resultArgs) key.args.resize(h->resultArgs);
    auto it = seen_.find(key);
    if (it != seen_.end()) {
      ctx->note(isPureCall(op.op) ? "pure.elidable_call_reused" : "pure.operation_reused");
      ctx->dropPairedGuard();
      if (op.kind != 'v') ctx->replace(op.result, it->second);
      return;
    }
    seen_.emplace(std::move(key), op.kind != 'v' ? op.result : kNoValue);
    emit(op);
  }

private:
  // Each call site has its own descr: calls of the same function (thunk and name) are one.
  uint32_t callee(uint32_t descr) {
    const kiln_jit_call_descr& c = program().calls[descr];
    auto [it, fresh] = callees_.try_emplace({reinterpret_cast<const void*>(c.thunk), c.name ? c.name : ""}, descr);
    return it->second;
  }

  std::unordered_map<Key, V, KeyHash> seen_;
  std::map<std::pair<const void*, std::string>, uint32_t> callees_;
};

} // namespace

std::unique_ptr<ChainPass> makePurePass() { return std::make_unique<PurePass>(); }

} // namespace kiln::jitrt

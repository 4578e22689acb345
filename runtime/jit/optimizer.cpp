// The minimal trace optimizer of JIT 1/2 (DESIGN.md §3.2; the real passes come with the
// machine-code backend): one forward pass that
//   - folds pure operations whose operands are all constants (semantics.cpp),
//   - after guard_value(x, C), guard_true(x) or guard_false(x), knows x is C, 1 or 0, and so
//     removes later guards on x that are proven true,
// and one backward pass that drops pure operations whose results nothing uses (guards' resume
// data counts as a use).
#include <algorithm>
#include <unordered_map>

#include "jit_internal.h"

namespace kiln::jitrt {

void optimize(Trace& t) {
  std::unordered_map<V, V> known; // value -> the constant it is known to be
  auto subst = [&](V v) {
    auto it = known.find(v);
    return it == known.end() ? v : it->second;
  };
  std::vector<ResOp> out;
  out.reserve(t.ops.size());
  for (ResOp& op : t.ops) {
    for (V& a : op.args) a = subst(a);
    for (GuardInfo* g = op.guard >= 0 ? &t.guards[size_t(op.guard)] : nullptr; g; g = nullptr) {
      for (FrameSnap& f : g->frames)
        for (V& v : f.values) v = subst(v);
      std::vector<V> failargs;
      for (V v : g->failargs)
        if (V s = subst(v); !isConst(s) && std::find(failargs.begin(), failargs.end(), s) == failargs.end()) failargs.push_back(s);
      g->failargs = std::move(failargs);
    }
    const ROpInfo& info = ropInfo(op.op);
    bool allConst = true;
    for (V a : op.args) allConst &= isConst(a);
    bool ovf = op.op == ROp::int_add_ovf || op.op == ROp::int_sub_ovf || op.op == ROp::int_mul_ovf;
    if ((info.flags & ropflags::Pure) && allConst && !ovf) {
      Word a[3];
      for (size_t k = 0; k < op.args.size(); ++k) a[k] = t.consts[op.args[k] & ~kConst];
      known[op.result] = internConstant(t, evalPure(op.op, a), op.kind);
      continue;
    }
    switch (op.op) {
    case ROp::guard_true:
    case ROp::guard_false: {
      V x = op.args[0];
      if (isConst(x)) continue; // recorded with the value it had: proven true
      known[x] = internConstant(t, op.op == ROp::guard_true ? 1 : 0, 'i');
      break;
    }
    case ROp::guard_value:
      if (isConst(op.args[0])) continue;
      known[op.args[0]] = op.args[1];
      break;
    default: break;
    }
    out.push_back(std::move(op));
  }
  // Dead pure operations, backwards.
  std::vector<bool> used(t.nvalues, false);
  auto use = [&](V v) {
    if (!isConst(v) && v < used.size()) used[v] = true;
  };
  std::vector<ResOp> kept;
  for (size_t i = out.size(); i-- > 0;) {
    ResOp& op = out[i];
    bool pure = ropInfo(op.op).flags & ropflags::Pure;
    bool ovf = op.op == ROp::int_add_ovf || op.op == ROp::int_sub_ovf || op.op == ROp::int_mul_ovf;
    if (pure && !ovf && op.kind != 'v' && !used[op.result]) continue;
    for (V a : op.args) use(a);
    if (op.guard >= 0)
      for (V v : t.guards[size_t(op.guard)].failargs) use(v);
    kept.push_back(std::move(op));
  }
  t.ops.assign(std::make_move_iterator(kept.rbegin()), std::make_move_iterator(kept.rend()));
}

} // namespace kiln::jitrt

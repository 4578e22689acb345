// The dead-ops pass (the last): one backward sweep that removes operations whose results
// nothing uses -- no later operand, no guard's resume data. Removable are the operations
// without side effects:
//   - pure operations, except *_ovf ops (their guard_no_overflow reads their overflow: the
//     pair stays, optimizer.h invariant 2);
//   - loads (getfield, getarrayitem, getinteriorfield, arraylen): the trace only reads objects
//     the interpreter read at the same point, so a load cannot fault;
//   - elidable calls (call_pure_*) that cannot raise (no guard after them).
// Writes, residual calls, allocations, guards and the structure (jump, finish,
// debug_merge_point) always stay. Cost: linear.
#include <algorithm>

#include "optimizer.h"

namespace kiln::jitrt {

namespace {

bool removable(const Trace& t, size_t i) {
  const ResOp& op = t.ops[i];
  uint8_t flags = ropInfo(op.op).flags;
  if (op.kind == 'v') return false;
  if (flags & ropflags::Pure) return !isOvf(op.op);
  if ((flags & ropflags::Read) && !(flags & ropflags::Write)) return true;
  if (isPureCall(op.op)) {
    bool guarded = i + 1 < t.ops.size() && (t.ops[i + 1].op == ROp::guard_no_exception || t.ops[i + 1].op == ROp::guard_exception);
    return !guarded && !(program().calls[op.descr].flags & KILN_JIT_CALL_CAN_RAISE);
  }
  return false;
}

} // namespace

void removeDeadOps(Trace& t) {
  std::vector<bool> used(t.nvalues, false);
  auto use = [&](V v) {
    if (!isConst(v) && v < used.size()) used[v] = true;
  };
  std::vector<bool> dead(t.ops.size(), false);
  for (size_t i = t.ops.size(); i-- > 0;) {
    const ResOp& op = t.ops[i];
    if (removable(t, i) && (op.result >= used.size() || !used[op.result])) {
      dead[i] = true;
      continue;
    }
    for (V a : op.args) use(a);
    if (op.guard >= 0 && size_t(op.guard) < t.guards.size())
      for (V v : t.guards[size_t(op.guard)].failargs) use(v);
  }
  std::vector<ResOp> kept;
  kept.reserve(t.ops.size());
  for (size_t i = 0; i < t.ops.size(); ++i)
    if (!dead[i]) kept.push_back(std::move(t.ops[i]));
  t.ops = std::move(kept);
}

} // namespace kiln::jitrt

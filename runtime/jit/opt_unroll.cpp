// Loop peeling (docs/jit.md "The optimizer"), the last pass, on loops only (a trace whose jump
// goes back to its own start). The optimized trace is kept as the preamble, the first iteration;
// a copy of it follows as the loop body, behind a `label`:
//
//   [inputs]  preamble ...  jump(next inputs, invariants)  label(inputs', invariants')
//             body ...  jump(next inputs', invariants')
//
// What the preamble computed and the body would compute again with the same result is computed
// once: the body receives it through the label (an invariant) instead of its operation. A value
// is invariant when it is
//   - an input the jump passes back unchanged (the interpreter's program, a constant table),
//   - the result of a pure operation on invariants (not an *_ovf one: its guard stays),
//   - a load of an immutable field or item, or an array's length, from an invariant object,
//   - a load of a mutable field of an invariant object when nothing in the loop can write that
//     field: no store with its descr, no residual call that may write anything (elidable calls
//     write nothing), no arraycopy,
//   - an elidable call that cannot raise, on invariants.
// A guard in the body whose operands are all invariant was already checked by the preamble and
// is dropped (guard_true/guard_false/guard_value; exception and overflow guards stay with their
// operations). Other traces enter the loop at the preamble, which computes the invariants.
#include <algorithm>
#include <unordered_set>

#include "optimizer.h"

namespace kiln::jitrt {

namespace {

constexpr size_t kMaxInvariants = 32; // more would crowd the registers: the loop stays unpeeled

bool pairedWithPrevious(const Trace& t, size_t i) {
  ROp g = t.ops[i].op;
  return g == ROp::guard_no_exception || g == ROp::guard_exception || g == ROp::guard_no_overflow || g == ROp::guard_overflow;
}

} // namespace

void peelLoop(Trace& t) {
  if (t.self == UINT32_MAX || t.ops.empty()) return;
  const ResOp last = t.ops.back();
  if (last.op != ROp::jump || last.descr != t.self) return;
  for (const ResOp& op : t.ops)
    if (op.op == ROp::label) return;
  size_t ninputs = t.inputKinds.size();
  if (last.args.size() != ninputs) return;

  // What may write memory, for the mutable loads.
  std::unordered_set<uint32_t> writtenFields;
  bool opaque = false;
  for (const ResOp& op : t.ops) {
    if (op.op == ROp::setfield_gc) writtenFields.insert(op.descr);
    if ((isCall(op.op) && !isPureCall(op.op)) || op.op == ROp::arraycopy) opaque = true;
  }

  std::vector<bool> inv(t.nvalues, false);
  for (size_t j = 0; j < ninputs; ++j) inv[j] = last.args[j] == V(j);
  auto invariant = [&](V v) { return isConst(v) || (v < inv.size() && inv[v]); };
  std::vector<bool> hoisted(t.ops.size(), false);
  for (size_t i = 0; i + 1 < t.ops.size(); ++i) {
    const ResOp& op = t.ops[i];
    if (op.kind == 'v' || !std::all_of(op.args.begin(), op.args.end(), invariant)) continue;
    uint8_t flags = ropInfo(op.op).flags;
    bool ok = false;
    switch (op.op) {
    case ROp::arraylen_gc: ok = true; break;
    case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f:
      ok = program().fields[op.descr].immutable || (!opaque && !writtenFields.count(op.descr));
      break;
    case ROp::getarrayitem_gc_i: case ROp::getarrayitem_gc_r: case ROp::getarrayitem_gc_f:
      ok = program().arrays[op.descr].immutable;
      break;
    default:
      if ((flags & ropflags::Pure) && !isOvf(op.op)) ok = true;
      else if (isPureCall(op.op))
        ok = !(program().calls[op.descr].flags & KILN_JIT_CALL_CAN_RAISE) && !(i + 1 < t.ops.size() && pairedWithPrevious(t, i + 1));
    }
    if (ok) inv[op.result] = true, hoisted[i] = true;
  }
  auto droppedGuard = [&](size_t i) {
    const ResOp& op = t.ops[i];
    if (!(ropInfo(op.op).flags & ropflags::Guard) || pairedWithPrevious(t, i)) return false;
    return std::all_of(op.args.begin(), op.args.end(), invariant);
  };

  // The invariants the body needs: hoisted results it reads.
  std::vector<V> invariants;
  std::vector<bool> needed(t.nvalues, false);
  auto need = [&](V v) {
    if (!isConst(v) && v >= ninputs && inv[v] && !needed[v]) {
      needed[v] = true;
      invariants.push_back(v);
    }
  };
  for (size_t i = 0; i < t.ops.size(); ++i) {
    if (hoisted[i] || droppedGuard(i)) continue;
    const ResOp& op = t.ops[i];
    for (V a : op.args) need(a);
    if (op.guard >= 0) {
      const GuardInfo& g = t.guards[size_t(op.guard)];
      for (V v : g.failargs) need(v);
    }
  }
  if (invariants.size() > kMaxInvariants) return;
  std::sort(invariants.begin(), invariants.end());
  size_t dropped = 0, saved = 0;
  for (size_t i = 0; i + 1 < t.ops.size(); ++i) dropped += droppedGuard(i), saved += hoisted[i];
  if (dropped + saved == 0) return; // nothing to gain: the copy would be the same loop

  // The body, renamed: the label defines the inputs' and invariants' new values.
  V next = t.nvalues;
  std::vector<V> rename(t.nvalues, kConst);
  // A value without a definition here (a virtual, which only resume data names) gets a new
  // name at its first mention.
  auto ren = [&](V v) {
    if (isConst(v)) return v;
    if (rename[v] == kConst) rename[v] = next++;
    return rename[v];
  };
  ResOp label;
  label.op = ROp::label;
  for (size_t j = 0; j < ninputs; ++j) label.args.push_back(rename[j] = next++);
  for (V h : invariants) label.args.push_back(rename[h] = next++);
  std::vector<ResOp> body;
  body.push_back(label);
  for (size_t i = 0; i + 1 < t.ops.size(); ++i) {
    if (hoisted[i] || droppedGuard(i)) continue;
    ResOp op = t.ops[i];
    for (V& a : op.args) a = ren(a);
    if (op.kind != 'v') op.result = rename[op.result] = next++;
    if (op.guard >= 0) {
      GuardInfo g = t.guards[size_t(op.guard)];
      for (FrameSnap& f : g.frames)
        for (V& v : f.values) v = ren(v);
      for (V& v : g.failargs) v = ren(v);
      for (VirtualObject& vo : g.virtuals) {
        vo.value = ren(vo.value);
        for (auto& field : vo.fields) field.second = ren(field.second);
      }
      g.number = newGuardNumber();
      op.guard = int32_t(t.guards.size());
      t.guards.push_back(std::move(g));
    }
    body.push_back(std::move(op));
  }
  ResOp jump = last;
  for (V& a : jump.args) a = ren(a);
  for (V h : invariants) jump.args.push_back(rename[h]);
  body.push_back(std::move(jump));

  // The preamble's jump carries the invariants to the label.
  for (V h : invariants) t.ops.back().args.push_back(h);
  for (ResOp& op : body) t.ops.push_back(std::move(op));
  t.nvalues = next;
}

} // namespace kiln::jitrt

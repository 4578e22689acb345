// The trace-interpreter backend (DESIGN.md §3.2): runs a compiled trace op by op on words, the
// portable backend and the test oracle for machine code. A trace is first laid out for it
// (prepare): each operand a register index, the trace's constants in registers after its
// values, so that running an op is one switch and a few loads. A loop's `jump` to itself starts
// it again with new inputs; a jump to another loop continues there; `finish` leaves. A guard
// that fails goes to its bridge if it has one; else, once it has failed `trace_eagerness` times,
// a bridge is traced from its resume data; else the blackhole interpreter rebuilds the frames
// and runs to the next merge point. With `--jit stress=1` every guard fails the first time it
// runs.
#include <bit>

#include "jit_internal.h"

namespace kiln::jitrt {

std::vector<Loop*>& allLoops();

namespace {

void prepare(Loop& l) {
  const Trace& t = l.trace;
  auto reg = [&](V v) { return isConst(v) ? t.nvalues + (v & ~kConst) : v; };
  for (const ResOp& op : t.ops) {
    if (op.op == ROp::debug_merge_point) continue;
    if (op.op == ROp::label) l.labelPc = int32_t(l.code.size()); // a peeled loop's body: the jump back goes here
    Loop::Op o{op.op, op.kind, uint16_t(op.args.size()), op.result, op.descr, op.guard, uint32_t(l.operands.size())};
    for (V a : op.args) l.operands.push_back(reg(a));
    l.code.push_back(o);
  }
  for (const GuardInfo& g : t.guards) {
    std::vector<uint32_t> regs;
    for (V v : g.failargs) regs.push_back(reg(v));
    l.failRegs.push_back(std::move(regs));
  }
  l.nregs = t.nvalues + uint32_t(t.consts.size());
}

// The registers of the running trace, and a second buffer for the values moving to the next
// one. Root memory: they hold references.
struct Buffers {
  RootVec<Word> regs, moving;
  Word* enter(Loop* l, size_t ninputs) {
    if (l->code.empty() && !l->trace.ops.empty()) prepare(*l);
    if (regs.size() < l->nregs) regs.resize(l->nregs);
    std::copy(moving.begin(), moving.begin() + ptrdiff_t(ninputs), regs.begin());
    std::copy(l->trace.consts.begin(), l->trace.consts.end(), regs.begin() + l->trace.nvalues);
    ++l->runs;
    return regs.data();
  }
};

} // namespace

Outcome leaveThroughGuard(Loop* loop, GuardInfo& g, const Word* values) {
  keepAlive(loop);
  const Trace& t = loop->trace;
  MetaInterp m;
  std::unique_ptr<Recorder> rec;
  std::vector<V> boxes;
  if (!activeRecorder && !params.off && !g.bridge && !g.bridgeAborted && g.failures >= params.traceEagerness && mayCompileMore()) {
    rec = std::make_unique<Recorder>(Recorder::Mode::Bridge, std::vector<Word>{}, loop, int32_t(&g - t.guards.data()));
    for (V v : g.failargs) boxes.push_back(rec->input(loop->valueKinds.size() > v ? loop->valueKinds[v] : 'i'));
    m.rec = rec.get();
  } else {
    ++stats.blackholes;
  }
  rebuildFrames(m, g, t, values, m.rec ? boxes.data() : nullptr);
  if (kiln_exc_type) {
    // A call in the trace raised (guard_no_exception, guard_exception failed): the interpreter
    // handles the exception where the call returned.
    m.excType = Box{Word(uintptr_t(kiln_exc_type)), MetaInterp::kLazy};
    m.excValue = Box{Word(uintptr_t(kiln_exc_value)), MetaInterp::kLazy};
    if (m.rec) m.excValue.ref = m.rec->record(ROp::save_exception, {}, 'r');
    kiln_exc_clear();
    m.pendingException = true;
  }
  return m.run();
}

Outcome runLoop(Loop* loop, RootVec<Word> inputs) {
  return machineCodeEnabled() ? runMachineCode(loop, std::move(inputs)) : interpretLoop(loop, std::move(inputs));
}

namespace {

Outcome interpret(Loop* loop, RootVec<Word> inputs);

} // namespace

Outcome interpretLoop(Loop* loop, RootVec<Word> inputs) {
  traceEntered(loop);
  Outcome o = interpret(loop, std::move(inputs));
  traceLeft();
  return o;
}

namespace {

Outcome interpret(Loop* loop, RootVec<Word> inputs) {
  Buffers b;
  b.moving = std::move(inputs);
  Word* regs = b.enter(loop, b.moving.size());
  const Loop::Op* pc = loop->code.data();
  const uint32_t* operands = loop->operands.data();
  bool overflowed = false;
  for (;;) {
    const Loop::Op& op = *pc++;
    const uint32_t* a = operands + op.args;
#define A(k) regs[a[k]]
    switch (op.op) {
    case ROp::int_add: regs[op.result] = A(0) + A(1); continue;
    case ROp::int_sub: regs[op.result] = A(0) - A(1); continue;
    case ROp::int_mul: regs[op.result] = A(0) * A(1); continue;
    case ROp::int_and: regs[op.result] = A(0) & A(1); continue;
    case ROp::int_or: regs[op.result] = A(0) | A(1); continue;
    case ROp::int_xor: regs[op.result] = A(0) ^ A(1); continue;
    case ROp::int_eq: regs[op.result] = A(0) == A(1); continue;
    case ROp::int_ne: regs[op.result] = A(0) != A(1); continue;
    case ROp::int_lt: regs[op.result] = int64_t(A(0)) < int64_t(A(1)); continue;
    case ROp::int_le: regs[op.result] = int64_t(A(0)) <= int64_t(A(1)); continue;
    case ROp::int_gt: regs[op.result] = int64_t(A(0)) > int64_t(A(1)); continue;
    case ROp::int_ge: regs[op.result] = int64_t(A(0)) >= int64_t(A(1)); continue;
    case ROp::int_is_true: regs[op.result] = A(0) != 0; continue;
    case ROp::int_is_zero: regs[op.result] = A(0) == 0; continue;
    case ROp::int_add_ovf: case ROp::int_sub_ovf: case ROp::int_mul_ovf: {
      int64_t r, x = int64_t(A(0)), y = int64_t(A(1));
      overflowed = op.op == ROp::int_add_ovf ? __builtin_add_overflow(x, y, &r)
                 : op.op == ROp::int_sub_ovf ? __builtin_sub_overflow(x, y, &r) : __builtin_mul_overflow(x, y, &r);
      regs[op.result] = Word(r);
      continue;
    }
    case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f: {
      const kiln_jit_field_descr& d = program().fields[op.descr];
      regs[op.result] = loadWord(reinterpret_cast<const char*>(A(0)) + d.offset, d.size);
      continue;
    }
    case ROp::setfield_gc: {
      const kiln_jit_field_descr& d = program().fields[op.descr];
      storeWord(reinterpret_cast<char*>(A(0)) + d.offset, d.size, A(1));
      continue;
    }
    case ROp::getarrayitem_gc_i: case ROp::getarrayitem_gc_r: case ROp::getarrayitem_gc_f:
    case ROp::getinteriorfield_gc_i: case ROp::getinteriorfield_gc_r: case ROp::getinteriorfield_gc_f: {
      const kiln_jit_array_descr& d = program().arrays[op.descr];
      regs[op.result] = loadWord(reinterpret_cast<const char*>(A(0)) + d.items_offset + int64_t(A(1)) * d.item_size + d.field_offset, d.size);
      continue;
    }
    case ROp::setarrayitem_gc: case ROp::setinteriorfield_gc: {
      const kiln_jit_array_descr& d = program().arrays[op.descr];
      storeWord(reinterpret_cast<char*>(A(0)) + d.items_offset + int64_t(A(1)) * d.item_size + d.field_offset, d.size, A(2));
      continue;
    }
    case ROp::arraylen_gc: {
      const kiln_jit_array_descr& d = program().arrays[op.descr];
      regs[op.result] = loadWord(reinterpret_cast<const char*>(A(0)) + d.length_offset, 8);
      continue;
    }
    case ROp::arraycopy: arraycopy(program().arrays[op.descr], A(0), A(1), A(2), A(3), A(4)); continue;
    case ROp::new_: case ROp::new_array:
      regs[op.result] = allocate(program().sizes[op.descr], op.op == ROp::new_array, op.op == ROp::new_array ? int64_t(A(0)) : 0);
      continue;
    case ROp::call_i: case ROp::call_r: case ROp::call_f: case ROp::call_n:
    case ROp::call_pure_i: case ROp::call_pure_r: case ROp::call_pure_f: case ROp::call_pure_n: {
      Word args[64];
      for (uint16_t k = 0; k < op.nargs && k < 64; ++k) args[k] = A(k);
      Word r = program().calls[op.descr].thunk(args);
      if (op.kind != 'v') regs[op.result] = r;
      continue;
    }
    case ROp::save_exception:
      regs[op.result] = Word(uintptr_t(kiln_exc_value));
      kiln_exc_clear();
      continue;
    case ROp::label: continue;
    case ROp::jump: {
      Loop* target = allLoops()[op.descr];
      b.moving.resize(op.nargs);
      for (uint16_t k = 0; k < op.nargs; ++k) b.moving[k] = A(k);
      if (target == loop && loop->labelPc >= 0) {
        // To the body of a peeled loop: the label's values are its operands.
        const Loop::Op& label = loop->code[size_t(loop->labelPc)];
        for (uint16_t k = 0; k < op.nargs; ++k) regs[loop->operands[label.args + k]] = b.moving[k];
        pc = loop->code.data() + loop->labelPc + 1;
        continue;
      }
      loop = target;
      regs = b.enter(loop, op.nargs);
      pc = loop->code.data();
      operands = loop->operands.data();
      continue;
    }
    case ROp::finish: {
      Outcome o;
      o.kind = op.descr == uint32_t(FinishKind::Return) ? KILN_JIT_RETURN : KILN_JIT_CONTINUE;
      for (uint16_t k = 0; k < op.nargs; ++k) o.state.push_back(A(k));
      if (o.kind == KILN_JIT_RETURN && o.state.empty()) o.state.push_back(0);
      return o;
    }
    case ROp::guard_true: case ROp::guard_false: case ROp::guard_value: case ROp::guard_no_exception:
    case ROp::guard_exception: case ROp::guard_no_overflow: case ROp::guard_overflow: {
      bool ok;
      switch (op.op) {
      case ROp::guard_true: ok = A(0) != 0; break;
      case ROp::guard_false: ok = A(0) == 0; break;
      case ROp::guard_value: ok = A(0) == A(1); break;
      case ROp::guard_no_exception: ok = kiln_exc_type == nullptr; break;
      case ROp::guard_no_overflow: ok = !overflowed; break;
      case ROp::guard_overflow: ok = overflowed; break;
      default: ok = Word(uintptr_t(kiln_exc_type)) == A(0); break; // guard_exception
      }
      GuardInfo& g = loop->trace.guards[size_t(op.guard)];
      if (ok && params.stress && !g.stressed) {
        g.stressed = true;
        ok = false;
      }
      if (ok) {
        if (op.op == ROp::guard_exception) {
          regs[op.result] = Word(uintptr_t(kiln_exc_value));
          kiln_exc_clear();
        }
        continue;
      }
      ++stats.guardFailures;
      ++g.failures;
      const std::vector<uint32_t>& fail = loop->failRegs[size_t(op.guard)];
      b.moving.resize(fail.size());
      for (size_t k = 0; k < fail.size(); ++k) b.moving[k] = regs[fail[k]];
      if (!g.bridge) return leaveThroughGuard(loop, g, b.moving.data());
      loop = g.bridge;
      regs = b.enter(loop, fail.size());
      pc = loop->code.data();
      operands = loop->operands.data();
      continue;
    }
    default:
      if (ropInfo(op.op).flags & ropflags::Pure) {
        Word args[3] = {op.nargs > 0 ? A(0) : 0, op.nargs > 1 ? A(1) : 0, op.nargs > 2 ? A(2) : 0};
        regs[op.result] = evalPure(op.op, args);
        continue;
      }
      kiln_fatal("JIT: the trace interpreter cannot run %s", ropInfo(op.op).name);
    }
#undef A
  }
}

} // namespace

} // namespace kiln::jitrt

// The trace-interpreter backend (DESIGN.md §3.2): runs a compiled trace op by op on words, the
// portable backend and the test oracle for machine code. A loop's `jump` to itself starts it
// again with new inputs; a jump to another loop continues there; `finish` leaves. A guard that
// fails goes to its bridge if it has one; else, once it has failed `trace_eagerness` times, a
// bridge is traced from its resume data; else the blackhole interpreter rebuilds the frames and
// runs to the next merge point. With `--jit stress=1` every guard fails the first time it runs.
#include <bit>

#include "jit_internal.h"

namespace kiln::jitrt {

std::vector<Loop*>& allLoops();

namespace {

Word loadWord(const char* addr, uint8_t size) {
  switch (size) {
  case 1: return *reinterpret_cast<const uint8_t*>(addr);
  case 4: return *reinterpret_cast<const uint32_t*>(addr);
  default: return *reinterpret_cast<const uint64_t*>(addr);
  }
}
void storeWord(char* addr, uint8_t size, Word v) {
  switch (size) {
  case 1: *reinterpret_cast<uint8_t*>(addr) = uint8_t(v); break;
  case 4: *reinterpret_cast<uint32_t*>(addr) = uint32_t(v); break;
  default: *reinterpret_cast<uint64_t*>(addr) = v;
  }
}

// Leaves `loop` through guard `g`: the bridge, a new bridge, or the blackhole.
Outcome guardFailed(Loop* loop, GuardInfo& g, const RootVec<Word>& regs, Loop*& next, RootVec<Word>& nextInputs) {
  const Trace& t = loop->trace;
  ++stats.guardFailures;
  ++g.failures;
  RootVec<Word> values;
  for (V v : g.failargs) values.push_back(isConst(v) ? t.consts[v & ~kConst] : regs[v]);
  if (g.bridge) {
    next = g.bridge;
    nextInputs = std::move(values);
    return Outcome{};
  }
  next = nullptr;
  MetaInterp m;
  std::unique_ptr<Recorder> rec;
  std::vector<V> boxes;
  if (!activeRecorder && !params.off && !g.bridgeAborted && g.failures >= params.traceEagerness) {
    rec = std::make_unique<Recorder>(Recorder::Mode::Bridge, std::vector<Word>{}, loop, int32_t(&g - t.guards.data()));
    for (V v : g.failargs) {
      char kind = loop->valueKinds.size() > v ? loop->valueKinds[v] : 'i';
      boxes.push_back(rec->input(kind));
    }
    m.rec = rec.get();
  } else {
    ++stats.blackholes;
  }
  rebuildFrames(m, g, t, values.data(), m.rec ? boxes.data() : nullptr);
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

} // namespace

Outcome runLoop(Loop* loop, RootVec<Word> inputs) {
  RootVec<Word> regs;
  for (;;) {
    const Trace& t = loop->trace;
    ++loop->runs;
    regs.assign(t.nvalues, 0);
    std::copy(inputs.begin(), inputs.end(), regs.begin());
    Loop* next = nullptr;
    bool overflowed = false;
    auto val = [&](V v) { return isConst(v) ? t.consts[v & ~kConst] : regs[v]; };
    size_t i = 0;
    while (!next) {
      const ResOp& op = t.ops[i++];
      const ROpInfo& info = ropInfo(op.op);
      if (info.flags & ropflags::Pure) {
        Word a[3];
        for (size_t k = 0; k < op.args.size(); ++k) a[k] = val(op.args[k]);
        if (op.op == ROp::int_add_ovf || op.op == ROp::int_sub_ovf || op.op == ROp::int_mul_ovf) {
          int64_t r;
          int64_t x = int64_t(a[0]), y = int64_t(a[1]);
          overflowed = op.op == ROp::int_add_ovf ? __builtin_add_overflow(x, y, &r)
                     : op.op == ROp::int_sub_ovf ? __builtin_sub_overflow(x, y, &r) : __builtin_mul_overflow(x, y, &r);
          regs[op.result] = Word(r);
        } else {
          regs[op.result] = evalPure(op.op, a);
        }
        continue;
      }
      if (info.flags & ropflags::Guard) {
        bool ok;
        switch (op.op) {
        case ROp::guard_true: ok = val(op.args[0]) != 0; break;
        case ROp::guard_false: ok = val(op.args[0]) == 0; break;
        case ROp::guard_value: ok = val(op.args[0]) == val(op.args[1]); break;
        case ROp::guard_no_exception: ok = kiln_exc_type == nullptr; break;
        case ROp::guard_no_overflow: ok = !overflowed; break;
        case ROp::guard_overflow: ok = overflowed; break;
        default: ok = Word(uintptr_t(kiln_exc_type)) == val(op.args[0]); break; // guard_exception
        }
        GuardInfo& g = const_cast<Trace&>(t).guards[size_t(op.guard)];
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
        Outcome o = guardFailed(loop, g, regs, next, inputs);
        if (!next) return o;
        break;
      }
      switch (op.op) {
      case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f: {
        const kiln_jit_field_descr& d = program().fields[op.descr];
        regs[op.result] = loadWord(reinterpret_cast<const char*>(val(op.args[0])) + d.offset, d.size);
        break;
      }
      case ROp::setfield_gc: {
        const kiln_jit_field_descr& d = program().fields[op.descr];
        storeWord(reinterpret_cast<char*>(val(op.args[0])) + d.offset, d.size, val(op.args[1]));
        break;
      }
      case ROp::getarrayitem_gc_i: case ROp::getarrayitem_gc_r: case ROp::getarrayitem_gc_f:
      case ROp::getinteriorfield_gc_i: case ROp::getinteriorfield_gc_r: case ROp::getinteriorfield_gc_f: {
        const kiln_jit_array_descr& d = program().arrays[op.descr];
        const char* addr = reinterpret_cast<const char*>(val(op.args[0])) + d.items_offset + int64_t(val(op.args[1])) * d.item_size + d.field_offset;
        regs[op.result] = loadWord(addr, d.size);
        break;
      }
      case ROp::setarrayitem_gc: case ROp::setinteriorfield_gc: {
        const kiln_jit_array_descr& d = program().arrays[op.descr];
        char* addr = reinterpret_cast<char*>(val(op.args[0])) + d.items_offset + int64_t(val(op.args[1])) * d.item_size + d.field_offset;
        storeWord(addr, d.size, val(op.args[2]));
        break;
      }
      case ROp::arraylen_gc: {
        const kiln_jit_array_descr& d = program().arrays[op.descr];
        regs[op.result] = loadWord(reinterpret_cast<const char*>(val(op.args[0])) + d.length_offset, 8);
        break;
      }
      case ROp::arraycopy: {
        const kiln_jit_array_descr& d = program().arrays[op.descr];
        char* src = reinterpret_cast<char*>(val(op.args[0])) + d.items_offset;
        char* dst = reinterpret_cast<char*>(val(op.args[1])) + d.items_offset;
        memmove(dst + int64_t(val(op.args[3])) * d.item_size, src + int64_t(val(op.args[2])) * d.item_size,
                size_t(int64_t(val(op.args[4]))) * d.item_size);
        break;
      }
      case ROp::new_: case ROp::new_array: {
        const kiln_jit_size_descr& d = program().sizes[op.descr];
        int64_t n = op.op == ROp::new_array ? int64_t(val(op.args[0])) : 0;
        size_t bytes = d.size + size_t(n) * d.item_size;
        void* p = d.has_gc_ptrs ? kiln_gc_malloc(bytes) : kiln_gc_malloc_atomic(bytes);
        if (d.length_offset >= 0 && op.op == ROp::new_array) storeWord(static_cast<char*>(p) + d.length_offset, 8, Word(n));
        regs[op.result] = Word(uintptr_t(p));
        break;
      }
      case ROp::call_i: case ROp::call_r: case ROp::call_f: case ROp::call_n:
      case ROp::call_pure_i: case ROp::call_pure_r: case ROp::call_pure_f: case ROp::call_pure_n: {
        const kiln_jit_call_descr& d = program().calls[op.descr];
        Word args[64];
        for (size_t k = 0; k < op.args.size() && k < 64; ++k) args[k] = val(op.args[k]);
        Word r = d.thunk(args);
        if (op.kind != 'v') regs[op.result] = r;
        break;
      }
      case ROp::save_exception:
        regs[op.result] = Word(uintptr_t(kiln_exc_value));
        kiln_exc_clear();
        break;
      case ROp::label:
      case ROp::debug_merge_point: break;
      case ROp::jump: {
        Loop* target = allLoops()[op.descr];
        RootVec<Word> args;
        for (V v : op.args) args.push_back(val(v));
        inputs = std::move(args);
        next = target;
        break;
      }
      case ROp::finish: {
        Outcome o;
        o.kind = op.descr == uint32_t(FinishKind::Return) ? KILN_JIT_RETURN : KILN_JIT_CONTINUE;
        for (V v : op.args) o.state.push_back(val(v));
        if (o.kind == KILN_JIT_RETURN && o.state.empty()) o.state.push_back(0);
        return o;
      }
      default: kiln_fatal("JIT: the trace interpreter cannot run %s", info.name);
      }
    }
    loop = next;
  }
}

} // namespace kiln::jitrt

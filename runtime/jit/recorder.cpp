// The recorder (DESIGN.md §3.2): the trace the tracer builds -- its inputs, constants, resops,
// guards with their resume snapshots -- and the decisions at the portal's merge points: close
// the loop (the start's green key again), jump to a loop compiled for another key, or go on.
// Aborts (too long, an exception leaving the portal, ...) are logged; too long marks the inlined
// function that recorded the most operations as not to be inlined next time.
#include <algorithm>
#include <map>

#include "jit_internal.h"

namespace kiln::jitrt {

Recorder* activeRecorder = nullptr;
std::vector<Loop*>& allLoops();

Recorder::Recorder(Mode mode, std::vector<Word> startKey, Loop* from, int32_t guard)
    : mode_(mode), startKey_(std::move(startKey)), from_(from), fromGuard_(guard), startNs_(kiln_log_time_ns()) {
  activeRecorder = this;
  inlinedOps_.assign(program().ncodes, 0);
}

Recorder::~Recorder() {
  if (activeRecorder == this) activeRecorder = nullptr;
}

V Recorder::input(char kind) {
  trace_.inputKinds += kind;
  return trace_.nvalues++;
}

V Recorder::constant(Word w, char kind) {
  // A long trace has thousands of constants: found by hash, not by internConstant's scan.
  auto [it, fresh] = constants_.try_emplace(std::make_pair(w, kind), 0);
  if (fresh) {
    trace_.consts.push_back(w);
    trace_.constKinds += kind;
    it->second = kConst | V(trace_.consts.size() - 1);
  }
  return it->second;
}

V Recorder::record(ROp op, std::initializer_list<V> args, char kind, uint32_t descr) {
  return recordList(op, std::vector<V>(args), kind, descr);
}

V Recorder::recordList(ROp op, std::vector<V> args, char kind, uint32_t descr) {
  if (aborted_) return kConst;
  ResOp r;
  r.op = op;
  r.kind = kind;
  r.descr = descr;
  r.args = std::move(args);
  if (kind != 'v') r.result = trace_.nvalues++;
  trace_.ops.push_back(std::move(r));
  if (trace_.ops.size() > params.traceLimit) abort("trace too long");
  return trace_.ops.back().result;
}

namespace {
uint32_t guardNumbers = 0;
}

uint32_t newGuardNumber() { return guardNumbers++; }
void setNextGuardNumber(uint32_t next) { guardNumbers = next; }

void Recorder::guard(ROp op, std::initializer_list<V> args, const MetaInterp& mc, uint32_t pc) {
  if (aborted_) return;
  MetaInterp& m = const_cast<MetaInterp&>(mc);
  GuardInfo g;
  g.number = newGuardNumber();
  for (size_t i = 0; i < m.frames.size(); ++i) {
    Frame& f = m.frames[i];
    bool innermost = i + 1 == m.frames.size();
    FrameSnap s;
    s.jitcode = f.jitcode;
    s.pc = innermost ? pc : f.pc;
    s.resultKind = innermost ? 'v' : f.resultKind;
    s.resultReg = f.resultReg;
    if (JOp(f.code->code[s.pc]) != JOp::live) kiln_fatal("JIT: no -live- marker in %s at %u", f.code->name, s.pc);
    uint16_t d = uint16_t(f.code->code[s.pc + 1] | f.code->code[s.pc + 2] << 8);
    const kiln_jit_live_descr& live = program().lives[d];
    size_t k = 0;
    for (int bank = 0; bank < 3; ++bank)
      for (uint16_t n = 0; n < live.n[bank]; ++n, ++k) s.values.push_back(m.ref(f.regs[f.base[bank] + live.regs[k]], "irf"[bank]));
    for (V v : s.values)
      if (!isConst(v) && std::find(g.failargs.begin(), g.failargs.end(), v) == g.failargs.end()) g.failargs.push_back(v);
    g.frames.push_back(std::move(s));
  }
  trace_.guards.push_back(std::move(g));
  ResOp r;
  r.op = op;
  r.kind = op == ROp::guard_exception ? 'r' : 'v';
  r.args = std::vector<V>(args);
  r.guard = int32_t(trace_.guards.size() - 1);
  if (r.kind != 'v') r.result = trace_.nvalues++;
  trace_.ops.push_back(std::move(r));
}

V Recorder::guardException(V cls, const MetaInterp& m, uint32_t pc) {
  guard(ROp::guard_exception, {cls}, m, pc);
  return aborted_ ? kConst : trace_.ops.back().result;
}

void Recorder::debugMergePoint(const Word* greens) {
  if (aborted_) return;
  trace_.locations.push_back(locationText(0, greens));
  ResOp r;
  r.op = ROp::debug_merge_point;
  r.descr = uint32_t(trace_.locations.size() - 1);
  trace_.ops.push_back(std::move(r));
}

void Recorder::inlined(int32_t jitcode, uint32_t ops) {
  if (jitcode >= 0 && size_t(jitcode) < inlinedOps_.size()) inlinedOps_[size_t(jitcode)] += ops;
}

void Recorder::abort(const char* reason) {
  if (aborted_) return;
  aborted_ = true;
  ++stats.aborts;
  stats.tracingNs += kiln_log_time_ns() - startNs_;
  bool found = false;
  for (auto& [r, n] : stats.abortReasons)
    if (r == reason) ++n, found = true;
  if (!found) stats.abortReasons.emplace_back(reason, 1);
  std::string where = mode_ == Mode::Loop ? locationText(0, startKey_.data())
                                          : "bridge of guard " + std::to_string(from_->trace.guards[size_t(fromGuard_)].number);
  if (std::string(reason) == "trace too long") {
    // Inline less next time: the function (not the portal) that recorded the most.
    int best = -1;
    for (size_t i = 0; i < inlinedOps_.size(); ++i)
      if (int32_t(i) != program().drivers[0].portal && (best < 0 || inlinedOps_[i] > inlinedOps_[size_t(best)])) best = int(i);
    if (best >= 0 && inlinedOps_[size_t(best)] > 0) {
      dontInline[size_t(best)] = true;
      where += " (" + std::string(program().codes[best].name) + " will not be inlined)";
    }
  }
  logAbort(where, reason);
  if (mode_ == Mode::Loop) {
    noteAbort(startKey_);
  } else {
    // As for loops: tried again after as many failures more (inlining less, if it was too
    // long), and given up after the third abort; until then the guard leaves to the blackhole.
    GuardInfo& g = from_->trace.guards[size_t(fromGuard_)];
    g.failures = 0;
    if (++g.bridgeAborts >= 3) g.bridgeAborted = true;
  }
}

Loop* Recorder::finish(ROp last, std::vector<V> args, uint32_t descr) {
  auto* loop = new Loop;
  loop->number = uint32_t(allLoops().size());
  allLoops().push_back(loop);
  if (last == ROp::jump && descr == UINT32_MAX) descr = loop->number; // to itself
  ResOp r;
  r.op = last;
  r.args = std::move(args);
  r.descr = descr;
  trace_.ops.push_back(std::move(r));
  loop->isBridge = mode_ == Mode::Bridge;
  if (loop->isBridge) loop->parent = from_;
  else loop->greenKey = startKey_;
  if (last == ROp::jump) loop->jumpTarget = descr;
  loop->key = mode_ == Mode::Loop ? locationText(0, startKey_.data())
                                  : "guard " + std::to_string(from_->trace.guards[size_t(fromGuard_)].number) + " of loop " + std::to_string(from_->number);
  loop->tracingNs = kiln_log_time_ns() - startNs_;
  stats.tracingNs += loop->tracingNs;
  loop->trace = std::move(trace_);
  loop->valueKinds.assign(loop->trace.nvalues, 'i');
  for (size_t i = 0; i < loop->trace.inputKinds.size(); ++i) loop->valueKinds[i] = loop->trace.inputKinds[i];
  for (const ResOp& op : loop->trace.ops)
    if (op.kind != 'v') loop->valueKinds[op.result] = op.kind;
  loop->noptOps = loop->trace.ops.size();
  stats.tracedOps += loop->noptOps;
  if (last == ROp::jump && descr == loop->number) loop->trace.self = loop->number;
  logTrace(loop->isBridge ? "jit-log-noopt-bridge" : "jit-log-noopt-loop", *loop, loop->trace);
  uint64_t optimizing = kiln_log_time_ns();
  optimize(loop->trace);
  stats.optimizingNs += kiln_log_time_ns() - optimizing;
  fillValueKinds(loop->trace, loop->valueKinds);
  logTrace(loop->isBridge ? "jit-log-opt-bridge" : "jit-log-opt-loop", *loop, loop->trace);
  compileLoop(loop, loop->isBridge ? from_ : nullptr, fromGuard_);
  if (loop->isBridge) {
    ++stats.bridges;
    from_->trace.guards[size_t(fromGuard_)].bridge = loop;
  } else if (last == ROp::jump && descr == loop->number) {
    ++stats.loops;
    if (!stats.firstLoopNs) stats.firstLoopNs = kiln_log_time_ns() - startNs;
  } else {
    ++stats.entries;
  }
  aborted_ = true; // nothing more is recorded
  afterCompile(loop);
  return loop;
}

bool Recorder::atMergePoint(MetaInterp& m, const Box* greens, size_t ngreens, const Box* reds, size_t nreds, Outcome& out) {
  if (aborted_) return false;
  std::vector<Word> key;
  for (size_t i = 0; i < ngreens; ++i) key.push_back(greens[i].v);
  std::vector<V> args;
  const char* kinds = program().drivers[m.driver].red_kinds;
  for (size_t i = 0; i < nreds; ++i) args.push_back(reds[i].ref == MetaInterp::kLazy ? constant(reds[i].v, kinds[i]) : reds[i].ref);
  Loop* target = nullptr;
  if (mode_ == Mode::Loop && key == startKey_) {
    Loop* loop = finish(ROp::jump, std::move(args), UINT32_MAX);
    setCompiledLoop(startKey_, loop);
    target = loop;
  } else if (Loop* other = compiledLoopFor(key.data(), key.size())) {
    Loop* entry = finish(ROp::jump, std::move(args), other->number);
    if (mode_ == Mode::Loop) setCompiledLoop(startKey_, entry);
    target = other;
  } else {
    debugMergePoint(key.data());
    return false;
  }
  out.kind = kEnterLoop;
  out.loop = target;
  out.state.clear();
  for (size_t i = 0; i < nreds; ++i) out.state.push_back(reds[i].v);
  return true;
}

bool Recorder::atReturn(MetaInterp& m, const Box* result, Outcome& out) {
  if (aborted_ || mode_ != Mode::Bridge) return false;
  std::vector<V> args;
  Box r = result ? *result : Box{};
  if (result) args.push_back(m.ref(r, char(program().drivers[0].result_kind)));
  finish(ROp::finish, std::move(args), uint32_t(FinishKind::Return));
  out.kind = KILN_JIT_RETURN;
  out.state.clear();
  out.state.push_back(r.v);
  return true;
}

void fillValueKinds(const Trace& t, std::vector<char>& kinds) {
  kinds.resize(t.nvalues, 'i');
  for (size_t i = 0; i < t.inputKinds.size(); ++i) kinds[i] = t.inputKinds[i];
  for (size_t i = 0; i < t.ops.size(); ++i) {
    const ResOp& op = t.ops[i];
    if (op.kind != 'v') kinds[op.result] = op.kind;
    // A label's values (a peeled loop) take the kinds of what the jump before it passes.
    if (op.op == ROp::label && i > 0)
      for (size_t k = 0; k < op.args.size() && k < t.ops[i - 1].args.size(); ++k) {
        V from = t.ops[i - 1].args[k];
        kinds[op.args[k]] = isConst(from) ? t.constKinds[from & ~kConst] : kinds[from];
      }
  }
}

// -- Resume -----------------------------------------------------------------------------------------------

void rebuildFrames(MetaInterp& m, const GuardInfo& g, const Trace& t, const Word* values, const V* boxes) {
  std::map<V, size_t> slot;
  for (size_t i = 0; i < g.failargs.size(); ++i) slot[g.failargs[i]] = i;
  // Virtuals: allocated first (their fields may name each other), then filled. A bridge being
  // traced records the allocation and the stores, so that its trace makes the same objects.
  std::map<V, Box> virtuals;
  for (const VirtualObject& vo : g.virtuals) {
    Box b{allocate(program().sizes[vo.size], false, 0), MetaInterp::kLazy};
    if (boxes) b.ref = m.rec->record(ROp::new_, {}, 'r', vo.size);
    virtuals[vo.value] = b;
  }
  auto valueOf = [&](V v) {
    if (isConst(v)) return Box{t.consts[v & ~kConst], MetaInterp::kLazy};
    if (auto it = virtuals.find(v); it != virtuals.end()) return it->second;
    return Box{values[slot.at(v)], boxes ? boxes[slot.at(v)] : MetaInterp::kLazy};
  };
  for (const VirtualObject& vo : g.virtuals) {
    Box obj = virtuals[vo.value];
    for (auto [descr, v] : vo.fields) {
      const kiln_jit_field_descr& d = program().fields[descr];
      Box value = valueOf(v);
      storeWord(reinterpret_cast<char*>(obj.v) + d.offset, d.size, value.v);
      if (boxes) m.rec->record(ROp::setfield_gc, {obj.ref, m.ref(value, char(d.kind))}, 'v', descr);
    }
  }
  for (const FrameSnap& s : g.frames) {
    m.pushFrame(s.jitcode);
    Frame& f = m.frames.back();
    f.pc = s.pc;
    f.livePc = s.pc;
    f.resultKind = s.resultKind;
    f.resultReg = s.resultReg;
    uint16_t d = uint16_t(f.code->code[s.pc + 1] | f.code->code[s.pc + 2] << 8);
    const kiln_jit_live_descr& live = program().lives[d];
    size_t k = 0;
    for (int bank = 0; bank < 3; ++bank)
      for (uint16_t n = 0; n < live.n[bank]; ++n, ++k) {
        f.regs[f.base[bank] + live.regs[k]] = valueOf(s.values[k]);
      }
  }
}

} // namespace kiln::jitrt

// The trace optimizer (DESIGN.md §3.2, docs/jit.md "The optimizer"): the pipeline -- the one
// list of the passes, in the order they run -- and the context the forward passes share
// (optimizer.h explains the chain and the invariants every pass keeps). optimize() is what the
// recorder calls on every loop and bridge it finishes.
//
// The order: rewrite first, so that every later pass sees folded constants and canonical
// operands; intbounds next (it proves comparisons, overflow checks and index checks, and its
// knowledge answers rewrite's and heap's questions about later operations); then the guards
// (their facts become replacements), virtuals (allocations nothing sees), the heap cache (loads
// become known values), pure CSE (identical operations, by then on identical operands), runs
// of guards merged into range checks, the backward sweep that drops what nothing uses any
// more, and loop peeling on the result.
#include "optimizer.h"

#include <algorithm>
#include <cstring>

namespace kiln::jitrt {

const PassInfo kPasses[] = {
    {"rewrite", "constant folding, algebraic identities and strength reduction (a table of rules)", makeRewritePass, nullptr},
    {"intbounds", "integer intervals and known bits: proven comparisons, overflow and index checks removed", makeIntBoundsPass, nullptr},
    {"guards", "guards proven true removed; what a guard proves (a constant, non-null) used after it", makeGuardsPass, nullptr},
    {"virtuals", "allocations that do not escape removed; their fields read from what was stored; guards rebuild them", makeVirtualsPass, nullptr},
    {"heap", "redundant loads removed, dead stores removed, fields of new objects known zero", makeHeapPass, nullptr},
    {"pure", "identical pure operations and elidable calls computed once", makePurePass, nullptr},
    {"ranges", "runs of guards that each exclude one value of a quantity merged into one range check", nullptr, mergeGuardRanges},
    {"dead-ops", "operations whose results nothing uses removed (pure ops, loads, elidable calls that cannot raise)", nullptr, removeDeadOps},
    {"unroll", "loops peeled: a preamble, then the body with loop invariants computed once and invariant guards dropped", nullptr, peelLoop},
};
const size_t kPassCount = std::size(kPasses);

const PassInfo* findPass(std::string_view name) {
  for (const PassInfo& p : kPasses)
    if (name == p.name) return &p;
  return nullptr;
}

// -- Known runtime helpers -----------------------------------------------------------------------
// The calls the optimizer understands, by call descr name (runtime/include/kiln/rt_numbers.h,
// runtime/include/kiln/generic/list.h).
const KnownHelper kKnownHelpers[] = {
    {"kiln_check_index", HelperKind::CheckIndex, 2},
    {"kiln_check_index_wrap", HelperKind::CheckIndexWrap, 2},
    // Reads the list and its length; raising IndexError allocates, but writes nothing existing.
    {"kiln_list_getitem", HelperKind::ReadsOnly, 0},
};

const KnownHelper* knownHelper(uint32_t callDescr) {
  const char* name = program().calls[callDescr].name;
  if (!name) return nullptr;
  for (const KnownHelper& h : kKnownHelpers)
    if (std::strcmp(h.name, name) == 0) return &h;
  return nullptr;
}

HelperKind helperKind(uint32_t callDescr) {
  const KnownHelper* h = knownHelper(callDescr);
  return h ? h->kind : HelperKind::None;
}

bool isCommutative(ROp op) {
  switch (op) {
  case ROp::int_add: case ROp::int_mul: case ROp::int_and: case ROp::int_or: case ROp::int_xor:
  case ROp::int_eq: case ROp::int_ne: case ROp::int_add_ovf: case ROp::int_mul_ovf:
  case ROp::float_add: case ROp::float_mul: case ROp::float_eq: case ROp::float_ne:
  case ROp::ptr_eq: case ROp::ptr_ne:
    return true;
  default: return false;
  }
}

// -- The context of the forward sweep ------------------------------------------------------------

OptContext::OptContext(Trace& t) : trace(t) {}

V OptContext::resolve(V v) const {
  while (!isConst(v) && v < subst_.size() && subst_[v] != v) v = subst_[v];
  return v;
}

void OptContext::replace(V old, V now) {
  old = resolve(old);
  now = resolve(now);
  if (isConst(old) || old == now || old >= subst_.size()) return;
  subst_[old] = now;
  for (auto& p : *chain_) p->replaced(old, now);
}

bool OptContext::intConstant(V v, int64_t& out) const {
  if (!isConst(v) || constKind(v) != 'i') return false;
  out = int64_t(constant(v));
  return true;
}

IntBound OptContext::intBound(V v) const {
  v = resolve(v);
  int64_t c;
  if (intConstant(v, c)) return IntBound::exact(c);
  if (bounds && !isConst(v)) return knownBound(*bounds, v);
  return IntBound{};
}

int OptContext::definedAt(V v) const {
  v = resolve(v);
  if (isConst(v) || v >= def_.size() || def_[v] < 0) return -1;
  return def_[v];
}

const ResOp* OptContext::producer(V v) const {
  v = resolve(v);
  if (isConst(v) || v >= def_.size() || def_[v] < 0 || removed_[size_t(def_[v])]) return nullptr;
  return &out_[size_t(def_[v])];
}

const ResOp* OptContext::pairedGuard() const {
  size_t next = current_ + 1;
  if (next >= in_.size() || skip_[next]) return nullptr;
  ROp g = in_[next].op;
  if (isCall(currentOp_) && (g == ROp::guard_no_exception || g == ROp::guard_exception)) return &in_[next];
  if (isOvf(currentOp_) && (g == ROp::guard_no_overflow || g == ROp::guard_overflow)) return &in_[next];
  return nullptr;
}

void OptContext::dropPairedGuard() {
  if (pairedGuard()) skip_[current_ + 1] = true;
}

int OptContext::emit(ResOp& op, const ChainPass* from) {
  size_t next = from ? from->position + 1 : 0;
  if (next < chain_->size()) {
    size_t before = out_.size();
    (*chain_)[next]->propagate(op);
    return out_.size() > before ? int(before) : -1;
  }
  if (op.kind != 'v' && op.result < def_.size()) def_[op.result] = int32_t(out_.size());
  out_.push_back(op);
  removed_.push_back(false);
  return int(out_.size() - 1);
}

void OptContext::removeEmitted(int index) {
  if (index >= 0 && size_t(index) < removed_.size()) removed_[size_t(index)] = true;
}

void OptContext::note(std::string_view event) {
  for (auto& [name, n] : events_)
    if (name == event) {
      ++n;
      return;
    }
  events_.emplace_back(std::string(event), 1);
}

void rebuildFailargs(GuardInfo& g) {
  std::vector<V> failargs;
  // Virtuals (opt_virtuals.cpp) are rebuilt from their fields: those are failargs, not they.
  auto isVirtual = [&](V v) {
    return std::any_of(g.virtuals.begin(), g.virtuals.end(), [&](const VirtualObject& vo) { return vo.value == v; });
  };
  auto add = [&](V v) {
    if (!isConst(v) && !isVirtual(v) && std::find(failargs.begin(), failargs.end(), v) == failargs.end()) failargs.push_back(v);
  };
  for (const FrameSnap& f : g.frames)
    for (V v : f.values) add(v);
  for (const VirtualObject& vo : g.virtuals)
    for (const auto& field : vo.fields) add(field.second);
  g.failargs = std::move(failargs);
}

// A guard's resume data as it reads here: every frame value resolved, and the failargs made
// again from them.
void OptContext::resolveGuard(int32_t guard) {
  if (guard < 0 || size_t(guard) >= trace.guards.size()) return;
  GuardInfo& g = trace.guards[size_t(guard)];
  for (FrameSnap& f : g.frames)
    for (V& v : f.values) v = resolve(v);
  for (VirtualObject& vo : g.virtuals)
    for (auto& field : vo.fields) field.second = resolve(field.second);
  rebuildFailargs(g);
}

void OptContext::run(std::vector<std::unique_ptr<ChainPass>>& chain) {
  chain_ = &chain;
  for (size_t i = 0; i < chain.size(); ++i) {
    chain[i]->ctx = this;
    chain[i]->position = i;
  }
  for (auto& p : chain) p->start();
  in_ = std::move(trace.ops);
  trace.ops.clear();
  skip_.assign(in_.size(), false);
  subst_.resize(trace.nvalues);
  for (V v = 0; v < trace.nvalues; ++v) subst_[v] = v;
  def_.assign(trace.nvalues, -1);
  out_.reserve(in_.size());
  for (current_ = 0; current_ < in_.size(); ++current_) {
    if (skip_[current_]) continue;
    ResOp op = in_[current_];
    currentOp_ = op.op;
    for (V& a : op.args) a = resolve(a);
    if (op.guard >= 0) resolveGuard(op.guard);
    if (chain.empty()) emit(op, nullptr);
    else chain[0]->propagate(op);
  }
  for (size_t i = 0; i < out_.size(); ++i)
    if (!removed_[i]) trace.ops.push_back(std::move(out_[i]));
  chain_ = nullptr;
}

// -- The pipeline ----------------------------------------------------------------------------------

void runPasses(Trace& t, const std::vector<const PassInfo*>& passes, std::vector<std::pair<std::string, uint32_t>>* events) {
  for (size_t i = 0; i < passes.size();) {
    if (passes[i]->sweep) {
      passes[i++]->sweep(t);
      continue;
    }
    std::vector<std::unique_ptr<ChainPass>> chain;
    for (; i < passes.size() && passes[i]->makeChain; ++i) chain.push_back(passes[i]->makeChain());
    OptContext ctx(t);
    ctx.run(chain);
    if (events)
      for (const auto& e : ctx.events()) events->push_back(e);
  }
}

void optimize(Trace& t) {
  std::vector<const PassInfo*> all;
  for (const PassInfo& p : kPasses)
    if (params.disabledPasses.find(":" + std::string(p.name) + ":") == std::string::npos) all.push_back(&p);
  bool logging = kiln_log_enabled("jit-optimizer");
  std::vector<std::pair<std::string, uint32_t>> events;
  runPasses(t, all, logging ? &events : nullptr);
  if (!logging) return;
  std::sort(events.begin(), events.end());
  kiln_log_start("jit-optimizer");
  for (const auto& [name, n] : events) kiln_log_printf("%s %u\n", name.c_str(), n);
  kiln_log_stop("jit-optimizer");
}

} // namespace kiln::jitrt

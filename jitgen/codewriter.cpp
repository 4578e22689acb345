// The codewriter's policy (DESIGN.md §3.1): which graphs get a jitcode and how each call is made.
//
// Starting from each portal (the graph with a JitDriver's jit_merge_point), a callee is looked
// inside -- gets a jitcode, and calls to it are `inline_call`s the tracer follows -- unless
//   - it is the portal (a recursive call of the interpreter: residual, the callee's own merge
//     points may run compiled code),
//   - its function is marked dont_look_inside, elidable (a residual call the trace folds when
//     the arguments are constants), loop_invariant or look_inside_iff (1/2: residual),
//   - it contains a loop and is not marked unroll_safe or look_inside (tracing through a loop
//     would unroll it),
//   - an operation in it has no jitcode instruction (debug output...).
// Everything else is a residual call: the runtime helpers (helpers.def), graphs kept out, and
// calls through function pointers whose target has no jitcode (decided at run time).
#include <deque>
#include <unordered_set>

#include "frontend/load_graph.h"
#include "jitgen/jitcode.h"
#include "kiln/jit.h"
#include "rtyper/helpers.h"
#include "transforms/transforms.h"

namespace kiln::jit {

namespace {

const JOpInfo kInfos[] = {
#define JIT_OP(name, operands, resop, doc) {#name, operands, #resop},
#include "jitgen/jitcode_ops.def"
};

bool hasLoop(const ll::Graph& g) {
  // A back edge in a depth-first walk.
  std::unordered_map<const ll::Block*, int> state; // 1 on the stack, 2 done
  std::vector<std::pair<const ll::Block*, size_t>> stack{{g.startBlock(), 0}};
  state[g.startBlock()] = 1;
  while (!stack.empty()) {
    auto& [b, next] = stack.back();
    if (next == b->exits.size()) {
      state[b] = 2;
      stack.pop_back();
      continue;
    }
    const ll::Block* t = b->exits[next++].target;
    int s = state[t];
    if (s == 1) return true;
    if (s == 0) {
      state[t] = 1;
      stack.emplace_back(t, 0);
    }
  }
  return false;
}

bool attrTrue(const load::Function* f, std::string_view name) { return f && f->hintTrue(name); }
bool attrFalse(const load::Function* f, std::string_view name) { return f && f->hintFalse(name); }

const ll::Operation* mergePointOf(const ll::Graph& g) {
  for (ll::Block* b : g.blocksInOrder())
    for (const ll::Operation& op : b->operations)
      if (op.op == ll::Op::jit_marker && op.args[0].constant() && op.args[0].constant()->value.text == "jit_merge_point") return &op;
  return nullptr;
}

char kindLetter(const ll::Type* t) {
  switch (t->kind) {
  case ll::TypeKind::Float: return 'f';
  case ll::TypeKind::Ptr: return 'r';
  case ll::TypeKind::Void: return 'v';
  default: return 'i';
  }
}

class Codewriter {
public:
  Codewriter(const CodewriterInput& in) : in_(in), calls_(in.graphs) {}

  std::unique_ptr<JitProgram> run(bool& ok) {
    ok = true;
    // The portals and their drivers.
    for (ll::Graph* g : in_.graphs) {
      const ll::Operation* mp = mergePointOf(*g);
      if (!mp) continue;
      if (!p_) p_ = std::make_unique<JitProgram>();
      DriverInfo d;
      d.name = mp->args[1].constant()->value.text;
      for (const DriverInfo& other : p_->drivers)
        if (other.name == d.name) {
          in_.diags->report(DiagId::jit_two_portals, SourceRange{mp->loc, mp->loc}, d.name);
          ok = false;
        }
      int ngreens = in_.greenCount ? in_.greenCount(d.name) : 0;
      size_t k = 0;
      for (size_t i = 2; i < mp->args.size(); ++i, ++k) {
        const ll::Type* t = mp->args[i].type();
        if (t->kind == ll::TypeKind::Void) continue; // a green or red that is None: nothing to pass
        (int(k) < ngreens ? d.greenTypes : d.redTypes).push_back(t);
        (int(k) < ngreens ? d.greenKinds : d.redKinds) += kindLetter(t);
      }
      d.resultType = g->funcType()->result;
      d.resultKind = kindLetter(d.resultType);
      d.printableLocation = in_.printableLocation ? in_.printableLocation(d.name) : nullptr;
      d.portal = queue(g);
      portals_.insert(g);
      p_->drivers.push_back(std::move(d));
    }
    if (!p_) return nullptr;
    // Breadth first from the portals.
    while (!work_.empty()) {
      int index = work_.front();
      work_.pop_front();
      JitCode& code = *p_->codes[size_t(index)];
      std::string unsupported;
      auto classify = [&](const ll::Operation& op, CallDescr& d) { return classifyCall(op, d); };
      if (!flattenGraph(*p_, code, in_, classify, unsupported)) {
        if (portals_.count(code.graph)) {
          in_.diags->report(DiagId::jit_portal_unsupported, SourceRange{code.graph->startBlock()->loc, code.graph->startBlock()->loc},
                            code.graph->name(), unsupported);
          ok = false;
        }
        // The graph stays residual: calls to it already classified as inline are redirected
        // by the runtime (a jitcode without code is called, not traced).
        p_->residual[code.graph] = "uses " + unsupported;
        code.insns.clear();
        rejected_.insert(index);
        continue;
      }
      MergePointProblem problem;
      computeLiveness(*p_, code, &problem);
      if (!problem.names.empty()) {
        const ll::Operation* mp = mergePointOf(*code.graph);
        std::string names;
        for (const std::string& n : problem.names) names += (names.empty() ? "'" : ", '") + n + "'";
        in_.diags->report(DiagId::jit_live_across_merge_point, SourceRange{mp->loc, mp->loc}, names);
        ok = false;
      }
    }
    // Calls classified inline to a graph that turned out unsupported become residual; then
    // every jitcode is assembled.
    for (CallDescr& d : p_->calls)
      if (d.jitcode >= 0 && rejected_.count(d.jitcode)) d.jitcode = -1;
    for (auto& code : p_->codes) {
      for (Insn& insn : code->insns) {
        if (insn.label >= 0 || insn.op < JOp::inline_call_i || insn.op > JOp::inline_call_v) continue;
        if (p_->calls[insn.operands[0].value].jitcode < 0)
          insn.op = JOp(int(insn.op) - int(JOp::inline_call_i) + int(JOp::residual_call_i));
      }
      if (!code->insns.empty()) assemble(*p_, *code);
    }
    for (size_t i = 0; i < p_->drivers.size(); ++i) {
      DriverInfo& d = p_->drivers[i];
      JitCode& portal = *p_->codes[size_t(d.portal)];
      for (const Insn& insn : portal.insns)
        if (insn.label < 0 && insn.op == JOp::jit_merge_point) d.mergePoint = insn.offset;
    }
    return std::move(p_);
  }

private:
  int queue(ll::Graph* g) {
    if (auto it = p_->codeOf.find(g); it != p_->codeOf.end()) return it->second;
    auto code = std::make_unique<JitCode>();
    code->graph = g;
    code->name = g->name();
    int index = int(p_->codes.size());
    p_->codes.push_back(std::move(code));
    p_->codeOf[g] = index;
    work_.push_back(index);
    return index;
  }

  // Why a graph is not looked inside, or "" when it is.
  std::string keptOut(ll::Graph* g) {
    if (auto it = why_.find(g); it != why_.end()) return it->second;
    const load::Function* f = in_.functionOf ? in_.functionOf(g) : nullptr;
    std::string why;
    if (portals_.count(g)) why = "the portal (a recursive call)";
    else if (attrFalse(f, "_jit_look_inside_")) why = "dont_look_inside";
    else if (attrTrue(f, "_elidable_function_")) why = "elidable";
    else if (attrTrue(f, "_jit_look_inside_iff_")) why = "look_inside_iff (not evaluated yet: residual)";
    else if (hasLoop(*g) && !attrTrue(f, "_jit_unroll_safe_") && !attrTrue(f, "_jit_look_inside_")) why = "has a loop (not unroll_safe)";
    why_[g] = why;
    if (!why.empty()) p_->residual[g] = why;
    return why;
  }

  // Fills the call descr; 1 when the call is inlined (a jitcode), 0 when residual.
  int classifyCall(const ll::Operation& op, CallDescr& d) {
    const ll::Type* fnType = nullptr;
    d.resultType = op.result->type;
    size_t first = 1, end = op.args.size();
    if (op.op == ll::Op::gc_identityhash || op.op == ll::Op::gc_id) {
      d.helper = op.op == ll::Op::gc_identityhash ? "kiln_gc_identityhash" : "kiln_gc_id";
      d.name = d.helper;
      first = 0;
    } else if (op.op == ll::Op::jit_conditional_call) {
      first = 2;
      const ll::ConstValue& fn = op.args[1].constant()->value;
      d.graph = fn.graph;
      d.helper = fn.graph ? "" : fn.text;
      fnType = op.args[1].type()->target;
    } else if (op.op == ll::Op::indirect_call) {
      end = op.args.size() - 1;
      fnType = op.args[0].type()->target;
      d.flags |= KILN_JIT_CALL_INDIRECT;
      d.name = "indirect " + ll::typeName(op.args[0].type());
    } else {
      const ll::ConstValue& fn = op.args[0].constant()->value;
      d.graph = fn.graph;
      d.helper = fn.graph ? "" : fn.text;
      fnType = op.args[0].type()->target;
    }
    d.funcType = fnType;
    for (size_t i = first; i < end; ++i) d.argTypes.push_back(op.args[i].type());
    if (d.graph) d.name = d.graph->name();
    else if (!d.helper.empty()) d.name = d.helper;
    // Effects.
    if (d.graph) {
      if (calls_.mayRaise(d.graph)) d.flags |= KILN_JIT_CALL_CAN_RAISE;
    } else if (!d.helper.empty()) {
      const rt::HelperInfo* h = rt::helperNamed(d.helper);
      d.generic = h && h->generic();
      if (!h || (h->flags & ll::opflags::CanRaise)) d.flags |= KILN_JIT_CALL_CAN_RAISE;
      if (h && (h->flags & ll::opflags::Pure)) d.flags |= KILN_JIT_CALL_ELIDABLE;
    } else d.flags |= KILN_JIT_CALL_CAN_RAISE; // indirect: the targets are known only at run time
    if (!d.graph) {
      // An indirect call's possible targets get jitcodes when they may be looked inside.
      if (op.op == ll::Op::indirect_call) {
        const ll::Value& graphs = op.args.back();
        (void)graphs;
        for (ll::Graph* t : indirectTargets(op))
          if (keptOut(t).empty()) queue(t);
      }
      return 0;
    }
    std::string why = keptOut(d.graph);
    if (portals_.count(d.graph)) d.flags |= KILN_JIT_CALL_PORTAL;
    if (why == "elidable") d.flags |= KILN_JIT_CALL_ELIDABLE;
    if (!why.empty()) return 0;
    d.jitcode = queue(d.graph);
    return 1;
  }

  // The graphs an indirect call may reach (the call graph's list for it).
  std::vector<ll::Graph*> indirectTargets(const ll::Operation& op) {
    std::vector<ll::Graph*> out;
    const ll::Constant* c = op.args.back().constant();
    if (!c) return out;
    // The Void operand names the targets, space-separated.
    std::string names = c->value.text;
    if (byName_.empty())
      for (ll::Graph* g : in_.graphs) byName_[g->name()] = g;
    size_t start = 0;
    while (start < names.size()) {
      size_t end = names.find(' ', start);
      if (end == std::string::npos) end = names.size();
      if (auto it = byName_.find(names.substr(start, end - start)); it != byName_.end()) out.push_back(it->second);
      start = end + 1;
    }
    return out;
  }

  const CodewriterInput& in_;
  xf::CallGraph calls_;
  std::unique_ptr<JitProgram> p_;
  std::deque<int> work_;
  std::unordered_set<const ll::Graph*> portals_;
  std::unordered_set<int> rejected_;
  std::unordered_map<const ll::Graph*, std::string> why_;
  std::unordered_map<std::string, ll::Graph*> byName_;
};

} // namespace

const JOpInfo& jopInfo(JOp op) { return kInfos[size_t(op)]; }

std::unique_ptr<JitProgram> writeJitCodes(const CodewriterInput& in, bool& ok) { return Codewriter(in).run(ok); }

} // namespace kiln::jit

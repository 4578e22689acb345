// Liveness over a flattened jitcode (DESIGN.md §3.1): which registers hold values still needed
// at each -live- marker, i.e. what a resume snapshot must save there. Constant registers are
// never live (every frame reloads them). Also the merge point check: at a portal's
// jit_merge_point only greens and reds may be live, because that is all the JIT passes back
// when the interpreter resumes there.
#include <unordered_map>

#include "jitgen/jitcode.h"

namespace kiln::jit {

namespace {

struct Effects {
  std::vector<Reg> uses, defs;
};

Effects effectsOf(const Insn& insn) {
  Effects e;
  std::string_view sig = jopInfo(insn.op).operands;
  size_t k = 0;
  bool result = false;
  for (char c : sig) {
    if (c == '>') {
      result = true;
      continue;
    }
    const Operand& o = insn.operands.at(k++);
    if (c == 'l') e.uses.insert(e.uses.end(), o.list.begin(), o.list.end());
    else if (c == 'i' || c == 'r' || c == 'f') (result ? e.defs : e.uses).push_back(o.reg);
  }
  return e;
}

} // namespace

void computeLiveness(JitProgram& p, JitCode& code, MergePointProblem* mergePoint) {
  const std::vector<Insn>& insns = code.insns;
  size_t n = insns.size();
  size_t nvars[3];
  for (int k = 0; k < 3; ++k) nvars[k] = code.nregs[k] - code.consts[k].size();
  size_t base[3] = {0, nvars[0], nvars[0] + nvars[1]};
  size_t total = nvars[0] + nvars[1] + nvars[2];
  auto bit = [&](Reg r) -> long { return r.index < nvars[int(r.kind)] ? long(base[int(r.kind)] + r.index) : -1; };

  std::unordered_map<int, size_t> labelAt;
  for (size_t i = 0; i < n; ++i)
    if (insns[i].label >= 0) labelAt[insns[i].label] = i;
  std::vector<Effects> effects(n);
  std::vector<std::vector<size_t>> succ(n);
  for (size_t i = 0; i < n; ++i) {
    const Insn& insn = insns[i];
    if (insn.label >= 0) {
      if (i + 1 < n) succ[i].push_back(i + 1);
      continue;
    }
    effects[i] = effectsOf(insn);
    auto label = [&](size_t operand) { return labelAt.at(int(insn.operands[operand].value)); };
    switch (insn.op) {
    case JOp::goto_: succ[i].push_back(label(0)); break;
    case JOp::goto_if_not:
    case JOp::catch_exception:
    case JOp::goto_if_exception_mismatch:
      succ[i].push_back(label(insn.op == JOp::catch_exception ? 0 : 1));
      if (i + 1 < n) succ[i].push_back(i + 1);
      break;
    case JOp::switch_:
      for (uint32_t l : p.switches[insn.operands[1].value].labels) succ[i].push_back(labelAt.at(int(l)));
      if (i + 1 < n) succ[i].push_back(i + 1);
      break;
    case JOp::int_return:
    case JOp::ref_return:
    case JOp::float_return:
    case JOp::void_return:
    case JOp::raise:
    case JOp::reraise: break;
    default:
      if (i + 1 < n) succ[i].push_back(i + 1);
    }
  }
  // Backward fixpoint: liveIn[i] = uses[i] | (union of liveIn[succ] - defs[i]).
  std::vector<std::vector<bool>> liveIn(n, std::vector<bool>(total, false));
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t i = n; i-- > 0;) {
      std::vector<bool> live(total, false);
      for (size_t s : succ[i])
        for (size_t b = 0; b < total; ++b)
          if (liveIn[s][b]) live[b] = true;
      for (Reg r : effects[i].defs)
        if (long b = bit(r); b >= 0) live[size_t(b)] = false;
      for (Reg r : effects[i].uses)
        if (long b = bit(r); b >= 0) live[size_t(b)] = true;
      if (live != liveIn[i]) {
        liveIn[i] = std::move(live);
        changed = true;
      }
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const Insn& insn = insns[i];
    if (insn.label >= 0) continue;
    if (insn.op == JOp::live) {
      LiveDescr& d = p.lives[insn.operands[0].value];
      for (int k = 0; k < 3; ++k) {
        d.regs[k].clear();
        for (size_t r = 0; r < nvars[k]; ++r)
          if (liveIn[i][base[k] + r]) d.regs[k].push_back(uint16_t(r));
      }
    }
    if (insn.op == JOp::jit_merge_point && mergePoint && i + 1 < n) {
      std::vector<bool> passed(total, false);
      for (Reg r : insn.operands[1].list)
        if (long b = bit(r); b >= 0) passed[size_t(b)] = true;
      for (int k = 0; k < 3; ++k)
        for (size_t r = 0; r < nvars[k]; ++r)
          if (liveIn[i + 1][base[k] + r] && !passed[base[k] + r]) mergePoint->names.push_back(code.regNames[k][r]);
    }
  }
}

} // namespace kiln::jit

// `kiln graph --stage jitcode` (docs/jitcode.md): every jitcode, one instruction per line with
// its byte offset, operands as registers (%i3), labels as byte offsets (@27) and descriptors
// spelled out; then the graphs the portal reaches but the JIT does not look inside, and why.
#include <cstdio>

#include "jitgen/jitcode.h"
#include "kiln/jit.h"

namespace kiln::jit {

namespace {

std::string opName(JOp op) {
  std::string n(jopInfo(op).name);
  if (!n.empty() && n.back() == '_') n.pop_back();
  return n;
}

std::string reg(Reg r) { return std::string("%") + kindChar(r.kind) + std::to_string(r.index); }

std::string constText(Kind k, const ll::Constant* c) {
  const ll::ConstValue& v = c->value;
  if (k == Kind::Int) return std::to_string(v.i);
  if (k == Kind::Float) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v.f);
    return buf;
  }
  if (v.object) return v.object->name;
  if (v.graph) return "<function " + v.graph->name() + ">";
  if (!v.text.empty()) return "<function " + v.text + ">";
  return "null";
}

std::string callFlags(uint8_t f) {
  std::string out;
  if (f & KILN_JIT_CALL_CAN_RAISE) out += " can_raise";
  if (f & KILN_JIT_CALL_ELIDABLE) out += " elidable";
  if (f & KILN_JIT_CALL_PORTAL) out += " portal";
  return out;
}

std::string descrText(const JitProgram& p, JOp op, uint32_t d) {
  switch (op) {
  case JOp::getfield_i: case JOp::getfield_r: case JOp::getfield_f:
  case JOp::setfield_i: case JOp::setfield_r: case JOp::setfield_f:
  case JOp::getsubstruct: {
    const FieldDescr& f = p.fields[d];
    return "<field " + f.name + " @" + std::to_string(f.offset) + " " + kindChar(f.kind) + std::to_string(f.size) + ">";
  }
  case JOp::new_:
  case JOp::new_array: {
    const SizeDescr& s = p.sizes[d];
    return "<size " + s.name + " " + std::to_string(s.size) + (s.itemSize ? "+n*" + std::to_string(s.itemSize) : "") + (s.hasGcPtrs ? " gc" : "") + ">";
  }
  case JOp::switch_: {
    const SwitchDescr& s = p.switches[d];
    std::string out = "<switch";
    for (size_t i = 0; i < s.values.size(); ++i) out += " " + std::to_string(s.values[i]) + ":@" + std::to_string(s.labels[i]);
    return out + ">";
  }
  case JOp::live: {
    const LiveDescr& l = p.lives[d];
    std::string out = "[";
    for (int k = 0; k < 3; ++k)
      for (uint16_t r : l.regs[k]) out += (out.size() > 1 ? " " : "") + reg(Reg{Kind(k), r});
    return out + "]";
  }
  case JOp::jit_merge_point: return "<driver " + p.drivers[d].name + ">";
  default: break;
  }
  if (jopInfo(op).name.find("call") != std::string_view::npos) {
    const CallDescr& c = p.calls[d];
    std::string how = c.jitcode >= 0 ? "jitcode " + std::to_string(c.jitcode) : "residual";
    return "<call " + c.name + " (" + c.argKinds + ")->" + c.resultKind + " " + how + callFlags(c.flags) + ">";
  }
  const ArrayDescr& a = p.arrays[d];
  return "<array " + a.name + " items@" + std::to_string(a.itemsOffset) + "+i*" + std::to_string(a.itemSize) +
         (a.fieldOffset ? "+" + std::to_string(a.fieldOffset) : "") + " " + kindChar(a.kind) + std::to_string(a.size) + ">";
}

} // namespace

std::string printJitProgram(const JitProgram& p) {
  std::string out;
  for (const DriverInfo& d : p.drivers)
    out += "driver " + d.name + ": portal " + p.codes[size_t(d.portal)]->name + ", merge point @" + std::to_string(d.mergePoint) +
           ", greens (" + d.greenKinds + "), reds (" + d.redKinds + ") -> " + d.resultKind +
           (d.printableLocation ? ", location " + d.printableLocation->name() : "") + "\n";
  for (size_t c = 0; c < p.codes.size(); ++c) {
    const JitCode& code = *p.codes[c];
    if (code.code.empty() && code.insns.empty()) continue;
    out += "\njitcode " + std::to_string(c) + " " + code.name + "\n  registers:";
    for (int k = 0; k < 3; ++k)
      out += std::string(" ") + kindChar(Kind(k)) + " " + std::to_string(code.nregs[k] - code.consts[k].size()) + "+" +
             std::to_string(code.consts[k].size());
    out += "\n";
    for (int k = 0; k < 3; ++k) {
      size_t base = code.nregs[k] - code.consts[k].size();
      for (size_t i = 0; i < code.consts[k].size(); ++i)
        out += "  " + reg(Reg{Kind(k), uint16_t(base + i)}) + " = " + constText(Kind(k), code.consts[k][i]) + "\n";
    }
    for (const Insn& insn : code.insns) {
      if (insn.label >= 0) continue;
      char head[48];
      std::snprintf(head, sizeof head, "%6u  %-26s ", insn.offset, opName(insn.op).c_str());
      std::string line = head;
      std::string_view sig = jopInfo(insn.op).operands;
      size_t k = 0;
      bool first = true;
      for (size_t s = 0; s < sig.size(); ++s) {
        char ch = sig[s];
        if (ch == '>') {
          line += " -> " + reg(insn.operands.at(k++).reg);
          ++s;
          continue;
        }
        const Operand& o = insn.operands.at(k++);
        std::string text;
        switch (ch) {
        case 'L': text = "@" + std::to_string(code.labelOffsets.at(o.value)); break;
        case 'd': text = descrText(p, insn.op, o.value); break;
        case 'l': {
          text = "[";
          for (Reg r : o.list) text += (text.size() > 1 ? ", " : "") + reg(r);
          text += "]";
          break;
        }
        default: text = reg(o.reg);
        }
        line += (first ? "" : ", ") + text;
        first = false;
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
  }
  if (!p.residual.empty()) {
    std::vector<std::string> lines;
    for (const auto& [g, why] : p.residual) lines.push_back("  " + g->name() + ": " + why + "\n");
    std::sort(lines.begin(), lines.end());
    out += "\nnot looked inside:\n";
    for (const std::string& l : lines) out += l;
  }
  return out;
}

} // namespace kiln::jit

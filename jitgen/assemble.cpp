// Assembly: a flattened jitcode's instructions as bytes (jitgen/jitcode_ops.def's encoding,
// docs/jitcode.md): the opcode, then each operand little-endian -- registers and descriptor
// indices in 2 bytes, labels in 4, register lists as a count byte and 2 bytes per register
// (the bank in the top two bits). Labels resolve to byte offsets; so do switch tables.
#include "jitgen/jitcode.h"

namespace kiln::jit {

namespace {

size_t sizeOf(const Insn& insn) {
  if (insn.label >= 0) return 0;
  size_t size = 1, k = 0;
  for (char c : jopInfo(insn.op).operands) {
    if (c == '>') continue;
    const Operand& o = insn.operands.at(k++);
    switch (c) {
    case 'L': size += 4; break;
    case 'l': size += 1 + 2 * o.list.size(); break;
    default: size += 2;
    }
  }
  return size;
}

} // namespace

void assemble(JitProgram& p, JitCode& code) {
  std::vector<uint32_t> labels;
  uint32_t offset = 0;
  for (Insn& insn : code.insns) {
    insn.offset = offset;
    if (insn.label >= 0) {
      if (size_t(insn.label) >= labels.size()) labels.resize(size_t(insn.label) + 1);
      labels[size_t(insn.label)] = offset;
    }
    offset += uint32_t(sizeOf(insn));
  }
  auto put16 = [&](uint32_t v) {
    code.code.push_back(uint8_t(v));
    code.code.push_back(uint8_t(v >> 8));
  };
  for (Insn& insn : code.insns) {
    if (insn.label >= 0) continue;
    code.code.push_back(uint8_t(insn.op));
    size_t k = 0;
    for (char c : jopInfo(insn.op).operands) {
      if (c == '>') continue;
      const Operand& o = insn.operands.at(k++);
      switch (c) {
      case 'L': {
        uint32_t target = labels.at(o.value);
        for (int b = 0; b < 4; ++b) code.code.push_back(uint8_t(target >> (8 * b)));
        break;
      }
      case 'l':
        code.code.push_back(uint8_t(o.list.size()));
        for (Reg r : o.list) put16(uint32_t(r.index) | uint32_t(r.kind) << 14);
        break;
      case 'd': put16(o.value); break;
      default: put16(o.reg.index);
      }
    }
    if (insn.op == JOp::switch_)
      for (uint32_t& l : p.switches[insn.operands[1].value].labels) l = labels.at(l);
  }
  code.labelOffsets = std::move(labels);
}

} // namespace kiln::jit

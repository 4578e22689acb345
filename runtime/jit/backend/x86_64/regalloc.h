// Register allocation over a linear trace (x86-64 backend). One pass, in step with the emitter:
// a value gets a register when it is made or first needed; when none is free, the value whose
// next use is furthest away is spilled (Belady's choice; a value only resume data still needs
// has no next use and goes first). A spilled value keeps its frame slot until it dies, so it is
// stored once. Across a call, values in caller-saved registers move to free callee-saved ones
// or to their slots. Guards need no spilling: their stubs read values wherever they are.
#pragma once

#include <asmjit/x86.h>

#include <initializer_list>
#include <vector>

#include "x64.h"

namespace kiln::jitrt::x64 {

namespace x86 = asmjit::x86;

constexpr uint32_t kNoValue = 0xffffffffu, kTempOwner = 0xfffffffeu;
constexpr uint32_t kScratch = 11; // r11
constexpr uint32_t kFrame = 5;    // rbp

class RegAlloc {
public:
  RegAlloc(x86::Assembler& a, const Trace& t, uint32_t firstSpill);

  // Liveness: the positions (op indices) where each value is used as an operand (a "real" use:
  // it must be in a register or be read from its slot) and its last use of any kind (guards'
  // resume data, jumps and finishes count).
  void computeUses(const std::vector<bool>& isCall);

  // Values at the start: the trace's inputs where they are.
  void place(V v, const Loc& where);
  // A value known to be a constant from here on (a fused comparison after its guard).
  void setKnown(V v, Word w);

  // During op `pos`: the value in a register (loaded or materialized; locked until endOp).
  x86::Gp use(V v);
  // A register for the result of op `pos`; `reuse` (a dying operand) gives up its register when
  // this is its last use.
  x86::Gp def(V result, V reuse = kNoValue);
  // A register for this op only.
  x86::Gp temp();
  // Frees what dies at `pos` (its operands' last uses), the temporaries, and unlocks.
  void endOp();
  void beginOp(uint32_t pos) { pos_ = pos; }

  // Before a call at the current op: caller-saved registers of values needed after it are freed
  // (moved to callee-saved registers or spilled); values dying here are freed too.
  void beforeCall();
  // The result of a call: in rax.
  void defInRax(V result);
  // Registers an instruction needs for this op (a division's rax and rdx): a value there that
  // lives on moves to a free register or its slot; one that dies here stays readable where the
  // caller found it (where(), asked before) until the op writes the register.
  void claim(std::initializer_list<uint32_t> regs);
  // The result of op `pos` in a register claimed for it.
  void defIn(V result, uint32_t reg);
  // References live after the call and where (for the GC map).
  std::vector<Loc> liveRefsAfterCall(const std::vector<char>& kinds) const;

  Loc where(V v) const;
  bool isConstOrKnown(V v, Word& w) const;
  bool onlyUsedAt(V v, uint32_t pos) const { return uses_[v].size() == 1 && uses_[v][0] == pos; }
  bool diesHere(V v) const { return !isConst(v) && lastUse_[v] <= pos_; }
  uint32_t highestSlot() const { return highestSlot_; }
  // A slot for a value to come (a label's): not free again until that value dies.
  uint32_t reserveSlot() { return newSlot(); }

  // Moves values so that each `dst` holds what its `src` held before (the jump's arguments to
  // the target's inputs, the I/O area to the inputs): cycles are broken through temp slots.
  void parallelMove(std::vector<std::pair<Loc, Loc>> moves);
  void move(const Loc& dst, const Loc& src);
  x86::Mem slotMem(uint32_t slot) const { return x86::qword_ptr(x86::rbp, int32_t(slot * 8)); }

private:
  void free(uint32_t reg);
  uint32_t pickRegister(bool preferCalleeSaved);
  void spill(uint32_t reg);
  uint32_t newSlot();
  void ensureSlot(V v);
  uint32_t nextUse(V v) const;
  bool liveAcrossCall(V v) const;

  x86::Assembler& a_;
  const Trace& t_;
  uint32_t pos_ = 0;
  uint32_t owner_[16];
  bool locked_[16] = {};
  std::vector<int8_t> reg_;      // per value: its register or -1
  std::vector<int32_t> slot_;    // per value: its slot or -1
  std::vector<uint8_t> hasKnown_;
  std::vector<Word> known_;
  std::vector<uint32_t> lastUse_;
  std::vector<std::vector<uint32_t>> uses_; // real uses, ascending
  std::vector<uint32_t> cursor_;
  std::vector<uint32_t> calls_;             // positions of calls, ascending
  std::vector<uint32_t> freeSlots_;
  uint32_t nextSlot_;
  uint32_t highestSlot_;
  uint32_t nextTemp_ = kTempSlot;
  std::vector<V> dyingOperands_;
};

bool isCallerSaved(uint32_t reg);

} // namespace kiln::jitrt::x64

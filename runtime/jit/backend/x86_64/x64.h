// The x86-64 backend (DESIGN.md §3.2, docs/jit.md "Machine code"): traces become machine code
// emitted with asmjit. The parts:
//   codemem.cpp   code memory: one reserved region (so every jump reaches with a rel32), written
//                 W^X (pages are writable or executable, never both), patched the same way
//   regalloc.cpp  where values live: registers and frame slots, spilling the value whose next use
//                 is furthest, parallel moves (jumps, bridges' entries)
//   emit.cpp      one trace: each resop as instructions, guards as jumps to out-of-line stubs
//   run.cpp       the trampoline between C++ and traces, frames, what an exit comes to, the
//                 jit-backend log (Capstone's disassembly)
//
// The frame: every trace runs with rbp pointing at a frame of words in root memory (the collector
// scans it), laid out as
//   [0, kIo)                 inputs on entry, and the values a guard or finish leaves with
//   [kIo, kIo + kCallArgs)   the arguments of a call (thunks take an array of words)
//   [kSlot0, kFrameWords)    spill slots
// Values of every kind live in general-purpose registers (floats as their bits; float ops move
// them through xmm0/xmm1). r11 is the scratch register; rsp is 16-byte aligned at every call.
#pragma once

#include <cstdint>
#include <vector>

#include "../../jit_internal.h"

namespace kiln::jitrt::x64 {

constexpr uint32_t kIo = 512, kCallArgs = 64, kSlot0 = kIo + kCallArgs, kFrameWords = 4096;
constexpr uint32_t kTempSlot = kSlot0, kTempSlots = 16; // the parallel moves' cycle breakers
constexpr uint32_t kFirstSpill = kSlot0 + kTempSlots;

// Where a value is at a point of the code: a register (asmjit's id), a frame word, or a constant.
struct Loc {
  enum Kind : uint8_t { Reg, Slot, Const } kind = Const;
  uint32_t n = 0; // register id or frame word index
  Word value = 0; // Const
  static Loc reg(uint32_t r) { return Loc{Reg, r, 0}; }
  static Loc slot(uint32_t s) { return Loc{Slot, s, 0}; }
  static Loc constant(Word w) { return Loc{Const, 0, w}; }
  bool operator==(const Loc& o) const { return kind == o.kind && n == o.n && (kind != Const || value == o.value); }
};

// What an exit of the machine code hands back to C++ (rax points at it).
struct ExitRecord {
  Loop* loop;
  int32_t guard;     // -1: a finish
  uint32_t finish;   // FinishKind
  uint32_t nvalues;  // values left in the frame's I/O area
};

struct GuardCode {
  std::vector<Loc> locs;          // the failargs' locations where the guard jumps out
  std::vector<uint8_t*> patches;  // rel32 fields of the jumps to the stub (a bridge takes them)
  ExitRecord exit;
};

// Call sites and the frame words and callee-saved registers that hold references there. Kept for
// a precise collector; Boehm scans frames and registers conservatively and does not read them.
struct GcMap {
  uint32_t offset; // of the return address, from the code's start
  std::vector<Loc> refs;
};

struct MachineCode {
  uint8_t* code = nullptr;
  size_t size = 0;
  uint8_t* body = nullptr;  // where jumps to this loop go (its inputs in `inputs`)
  uint8_t* entry = nullptr; // from C++: loads the inputs from the I/O area, then the body
  uint8_t* label = nullptr; // a peeled loop: where its body (after the preamble) starts
  std::vector<Loc> inputs;
  std::vector<GuardCode> guards; // per GuardInfo of the trace
  std::vector<GcMap> gcmaps;
  ExitRecord finishExits[2];      // Return, Continue
  uint32_t frameWords = 0;        // the highest frame word used + 1
};

// -- Code memory (codemem.cpp) --------------------------------------------------------------------
// A block for `size` bytes (asmjit relocates the code to it), the copy into it, and giving it
// back.
uint8_t* allocateCode(size_t size);
void writeCode(uint8_t* at, const uint8_t* bytes, size_t size);
void freeCode(uint8_t* at, size_t size);
// A block from allocateCode(reserved) keeps only `size` <= reserved bytes.
void trimCode(uint8_t* at, size_t reserved, size_t size);
struct CodeMemoryStats {
  size_t top;        // bytes below the top of the used part, free blocks included
  size_t freeBytes;  // in free blocks
  size_t freeBlocks;
};
CodeMemoryStats codeMemoryStats();
// Rewrites a jump's rel32 field to reach `target`.
void patchRel32(uint8_t* field, const uint8_t* target);

// -- The trampoline (run.cpp) ---------------------------------------------------------------------
// enter(frame, code): saves the callee-saved registers, rbp = frame, jumps to code; an exit
// jumps to `exitAddress()` with rax = the ExitRecord.
uint8_t* exitAddress();

// -- Compiling (emit.cpp) ---------------------------------------------------------------------------
void compile(Loop* loop, Loop* parent, int32_t guard);
void logDisassembly(const Loop& l);
// perf_map=1: names the trace's code in /tmp/perf-PID.map, which `perf report` reads.
void writePerfMap(const Loop& l);

} // namespace kiln::jitrt::x64

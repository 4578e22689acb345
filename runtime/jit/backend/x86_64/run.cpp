// Running machine code (x64.h): the trampoline that enters a trace from C++ and the exit it comes
// back through, the frames traces run on, what an exit comes to, and the jit-backend log.
//
// The trampoline is made once: it pushes the callee-saved registers (and realigns rsp so every
// call from a trace is 16-byte aligned), points rbp at the frame and jumps into the trace. Every
// exit (a guard's stub, a finish) jumps to its second half with rax = its ExitRecord, which
// restores the registers and returns rax. Frames are one per nesting level (a residual call in
// a trace may run the interpreter, which may enter another trace) and live in root memory: the
// collector sees the references spilled there.
#include <capstone/capstone.h>

#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "regalloc.h"

namespace kiln::jitrt {

std::vector<Loop*>& allLoops();

namespace x64 {

std::vector<Loop*>* loopsForBackend() { return &allLoops(); }

namespace {

using EnterFn = ExitRecord* (*)(Word* frame, const uint8_t* code);
EnterFn enterFn = nullptr;
uint8_t* exitAt = nullptr;

void makeTrampoline() {
  asmjit::CodeHolder code;
  code.init(asmjit::Environment::host());
  x86::Assembler a(&code);
  static const x86::Gp saved[] = {x86::rbp, x86::rbx, x86::r12, x86::r13, x86::r14, x86::r15};
  for (const x86::Gp& r : saved) a.push(r);
  a.sub(x86::rsp, 8); // entered with rsp = 8 mod 16; six pushes and this make it 0 mod 16
  a.mov(x86::rbp, x86::rdi);
  a.jmp(x86::rsi);
  asmjit::Label exit = a.newLabel();
  a.bind(exit);
  a.add(x86::rsp, 8);
  for (size_t i = std::size(saved); i-- > 0;) a.pop(saved[i]);
  a.ret();
  code.flatten();
  size_t reserved = code.codeSize();
  uint8_t* at = allocateCode(reserved);
  code.relocateToBase(uint64_t(uintptr_t(at)));
  trimCode(at, reserved, code.codeSize());
  std::vector<uint8_t> bytes(code.codeSize());
  code.copyFlattenedData(bytes.data(), bytes.size());
  writeCode(at, bytes.data(), bytes.size());
  enterFn = reinterpret_cast<EnterFn>(at);
  exitAt = at + code.labelOffsetFromBase(exit);
}

// Frames by nesting level, each kFrameWords words of root memory.
std::vector<Word*> frames;
size_t depth = 0;

Word* acquireFrame() {
  if (depth == frames.size()) frames.push_back(static_cast<Word*>(kiln_gc_alloc_root_memory(kFrameWords * sizeof(Word))));
  return frames[depth++];
}

} // namespace

uint8_t* exitAddress() {
  if (!exitAt) makeTrampoline();
  return exitAt;
}

void logDisassembly(const Loop& l) {
  const MachineCode& mc = *l.mc;
  csh cs;
  if (cs_open(CS_ARCH_X86, CS_MODE_64, &cs) != CS_ERR_OK) return;
  cs_insn* insn = nullptr;
  size_t n = cs_disasm(cs, mc.code, mc.size, uint64_t(uintptr_t(mc.code)), 0, &insn);
  kiln_log_start("jit-backend");
  kiln_log_printf("# %s %u: %zu bytes at 0x%" PRIx64 ", body 0x%" PRIx64 ", %u frame words\n", l.isBridge ? "Bridge" : "Loop", l.number,
                  mc.size, uint64_t(uintptr_t(mc.code)), uint64_t(uintptr_t(mc.body)), mc.frameWords);
  for (size_t i = 0; i < n; ++i) kiln_log_printf("0x%" PRIx64 ": %s %s\n", insn[i].address, insn[i].mnemonic, insn[i].op_str);
  kiln_log_stop("jit-backend");
  if (n) cs_free(insn, n);
  cs_close(&cs);
}

void writePerfMap(const Loop& l) {
  static FILE* map = [] {
    char path[64];
    std::snprintf(path, sizeof path, "/tmp/perf-%d.map", int(getpid()));
    return std::fopen(path, "w");
  }();
  if (!map) return;
  const MachineCode& mc = *l.mc;
  const char* what = l.isBridge ? "bridge" : "loop";
  uint8_t* end = mc.code + mc.size;
  if (mc.label) {
    std::fprintf(map, "%" PRIx64 " %zx kiln %s %u preamble (%s)\n", uint64_t(uintptr_t(mc.code)), size_t(mc.label - mc.code), what, l.number,
                 l.key.c_str());
    std::fprintf(map, "%" PRIx64 " %zx kiln %s %u (%s)\n", uint64_t(uintptr_t(mc.label)), size_t(end - mc.label), what, l.number, l.key.c_str());
  } else {
    std::fprintf(map, "%" PRIx64 " %zx kiln %s %u (%s)\n", uint64_t(uintptr_t(mc.code)), mc.size, what, l.number, l.key.c_str());
  }
  std::fflush(map);
}

} // namespace x64

bool machineCodeEnabled() {
  static const bool enabled = [] {
#if defined(__x86_64__)
    return true;
#else
    return false;
#endif
  }();
  return enabled && !params.interp;
}

void compileLoop(Loop* loop, Loop* parent, int32_t guard) {
  if (!machineCodeEnabled()) return;
  uint64_t start = kiln_log_time_ns();
  x64::exitAddress(); // the trampoline first
  x64::compile(loop, parent, guard);
  stats.assemblingNs += kiln_log_time_ns() - start;
  stats.codeBytes += loop->mc->size;
  // The machine code is the trace now: its operations were for the logs (written already) and
  // the trace interpreter (not used). Guards, constants and kinds stay: leaving needs them.
  std::vector<ResOp>().swap(loop->trace.ops);
}

void freeMachineCode(Loop* loop) {
  x64::MachineCode* mc = loop->mc;
  x64::freeCode(mc->code, mc->size);
  stats.codeBytes -= std::min<uint64_t>(stats.codeBytes, mc->size);
  stats.freedCodeBytes += mc->size;
  delete mc;
  loop->mc = nullptr;
}

Outcome runMachineCode(Loop* loop, RootVec<Word> inputs) {
  if (!loop->mc) kiln_fatal("JIT: loop %u has no machine code", loop->number);
  using namespace x64;
  Word* frame = acquireFrame();
  std::copy(inputs.begin(), inputs.end(), frame);
  traceEntered(loop);
  ExitRecord* e = enterFn(frame, loop->mc->entry);
  traceLeft();
  if (e->guard < 0) {
    Outcome o;
    o.kind = e->finish == uint32_t(FinishKind::Return) ? KILN_JIT_RETURN : KILN_JIT_CONTINUE;
    o.state.assign(frame, frame + e->nvalues);
    if (o.kind == KILN_JIT_RETURN && o.state.empty()) o.state.push_back(0);
    --depth;
    return o;
  }
  RootVec<Word> values(frame, frame + e->nvalues);
  --depth;
  GuardInfo& g = e->loop->trace.guards[size_t(e->guard)];
  ++stats.guardFailures;
  ++g.failures;
  if (params.stress) g.stressed = true;
  return leaveThroughGuard(e->loop, g, values.data());
}

} // namespace kiln::jitrt

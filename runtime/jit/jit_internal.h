// The JIT runtime's shared definitions (DESIGN.md §3.2, docs/jit.md): the jitcode and resop
// tables, traces, resume data, the registers the meta-interpreter works on, and the parts'
// interfaces:
//   metainterp.cpp   executes jitcodes on concrete values: the blackhole interpreter, and, with
//                    a recorder, the tracer (one definition of every jitcode op for both)
//   recorder.cpp     builds a trace: resops, constants, guards with resume snapshots
//   optimizer.cpp    the optimizer's pipeline of passes, opt_*.cpp (optimizer.h)
//   backend.cpp      the trace interpreter (backend=interp), leaving through guards
//   backend/x86_64/  machine code (x64.h)
//   warmstate.cpp    hotness counters per green key, parameters, the entry from the portal
//   jitlog.cpp       KILNLOG sections: traces before/after optimization, aborts, the summary
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "kiln/gc.h"
#include "kiln/jit.h"
#include "kiln/log.h"
#include "kiln/runtime.h"

namespace kiln::jitrt {

using Word = uint64_t;

// -- Tables ------------------------------------------------------------------------------------------
enum class JOp : uint8_t {
#define JIT_OP(name, operands, resop, doc) name,
#include "../../jitgen/jitcode_ops.def"
  count_
};
extern const char* const kJOpNames[];
extern const char* const kJOpOperands[];

enum class ROp : uint16_t {
#define RESOP(name, arity, result, flags, doc) name,
#include "resops.def"
  count_
};
namespace ropflags {
constexpr uint8_t Pure = 1, Guard = 2, Read = 4, Write = 8, Call = 16, Alloc = 32;
}
struct ROpInfo {
  const char* name;
  int arity;
  char result;
  uint8_t flags;
};
extern const ROpInfo kROps[];
inline const ROpInfo& ropInfo(ROp op) { return kROps[size_t(op)]; }
// The resop a pure jitcode op computes (ROp::count_ when none).
extern const ROp kJOpResop[];

// -- Memory access of the jitcode ops and resops: a field or item of 1, 4 or 8 bytes, zero-extended.
inline Word loadWord(const char* addr, uint8_t size) {
  switch (size) {
  case 1: return *reinterpret_cast<const uint8_t*>(addr);
  case 4: return *reinterpret_cast<const uint32_t*>(addr);
  default: return *reinterpret_cast<const uint64_t*>(addr);
  }
}
inline void storeWord(char* addr, uint8_t size, Word v) {
  switch (size) {
  case 1: *reinterpret_cast<uint8_t*>(addr) = uint8_t(v); break;
  case 4: *reinterpret_cast<uint32_t*>(addr) = uint32_t(v); break;
  default: *reinterpret_cast<uint64_t*>(addr) = v;
  }
}

// -- Memory the collector scans (Boehm: uncollectable) ------------------------------------------------------
// The JIT keeps GC references in its own structures (registers, trace constants): they live in
// memory the collector scans as roots.
template <class T> struct RootAllocator {
  using value_type = T;
  RootAllocator() = default;
  template <class U> RootAllocator(const RootAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(kiln_gc_alloc_root_memory(n * sizeof(T))); }
  void deallocate(T* p, size_t) { kiln_gc_free_root_memory(p); }
  template <class U> bool operator==(const RootAllocator<U>&) const { return true; }
};
template <class T> using RootVec = std::vector<T, RootAllocator<T>>;

// -- Traces ---------------------------------------------------------------------------------------------
// A value of a trace: inputs, then op results, numbered from 0; constants have the top bit set
// and index the trace's constant table.
using V = uint32_t;
constexpr V kConst = 0x80000000u;
inline bool isConst(V v) { return v & kConst; }

struct ResOp {
  ROp op;
  char kind = 'v';    // of the result
  V result = 0;
  uint32_t descr = 0; // into the program's table for the op (field, array, size, call), a loop
                      // for jump, a location for debug_merge_point, the outcome for finish
  int32_t guard = -1; // guards: index into Trace::guards
  std::vector<V> args;
};

// One interpreter frame of a resume snapshot: the jitcode, the -live- marker where it resumes,
// the values of the marker's registers (i, then r, then f) and, for a frame waiting for a call
// to return, the register that gets the result.
struct FrameSnap {
  int32_t jitcode;
  uint32_t pc;
  char resultKind = 'v';
  uint16_t resultReg = 0;
  std::vector<V> values;
};

struct Loop;
namespace x64 {
struct MachineCode;
}

// An object the optimizer did not allocate (a virtual, opt_virtuals.cpp) that a guard's resume
// data names: leaving through the guard allocates it and sets its fields. A field's value may
// be a constant, a failarg or another virtual of the same guard.
struct VirtualObject {
  V value;                                    // the trace value it stands for
  uint32_t size;                              // its size descr (what new_ would allocate)
  std::vector<std::pair<uint32_t, V>> fields; // field descr, value; fields not listed are zero
};

struct GuardInfo {
  std::vector<FrameSnap> frames; // outermost (the portal) first
  std::vector<V> failargs;       // the distinct non-constant values the frames (and virtuals) use
  std::vector<VirtualObject> virtuals;
  uint32_t failures = 0;
  bool stressed = false;         // stress mode: it failed on purpose once
  bool bridgeAborted = false;    // no bridge will be traced: three attempts aborted
  uint8_t bridgeAborts = 0;
  Loop* bridge = nullptr;
  uint32_t number = 0;           // for logs: unique in the process
  uint32_t origin = UINT32_MAX;  // a guard the optimizer made with another one's resume data
                                 // (opt_ranges.cpp): that guard's number
};

enum class FinishKind : uint32_t { Return = 0, Continue = 1 };

struct Trace {
  std::vector<ResOp> ops;
  RootVec<Word> consts;
  std::string constKinds;
  std::string inputKinds;
  uint32_t nvalues = 0;
  std::vector<GuardInfo> guards;
  std::vector<std::string> locations; // debug_merge_point texts
  uint32_t self = UINT32_MAX;         // a loop: its number (its jump goes back to it)
};
// Guard numbers are unique in the process (logs name guards by them).
uint32_t newGuardNumber();
// Tests: the next number (after the guards of a trace read from text).
void setNextGuardNumber(uint32_t next);
// The kind of every value of a trace (inputs, results, a label's values), for logs and the backend.
void fillValueKinds(const Trace& t, std::vector<char>& kinds);

// A compiled trace: a loop, an entry trace that jumps into another loop, or a bridge.
struct Loop {
  uint32_t number = 0;
  bool isBridge = false;
  std::string key; // where it starts (printable location)
  Trace trace;
  std::vector<char> valueKinds; // per value number
  uint64_t runs = 0;
  uint64_t tracingNs = 0;
  size_t noptOps = 0;
  // The trace as the trace interpreter runs it (backend.cpp): operands as register indices,
  // constants in registers after the values.
  struct Op {
    ROp op;
    char kind;
    uint16_t nargs;
    uint32_t result;
    uint32_t descr;
    int32_t guard;
    uint32_t args; // first operand in `operands`
  };
  std::vector<Op> code;
  std::vector<uint32_t> operands;
  std::vector<std::vector<uint32_t>> failRegs; // per guard: its failargs' registers
  uint32_t nregs = 0;
  int32_t labelPc = -1; // a peeled loop: where its body starts in `code`
  // The trace as machine code (backend/x86_64/), when that backend runs it.
  x64::MachineCode* mc = nullptr;
  // What freeing old loops needs (memmgr.cpp).
  Loop* parent = nullptr;           // a bridge: the trace whose guard it hangs from
  uint32_t jumpTarget = UINT32_MAX; // the loop its jump goes to (itself, for a loop), or none
  std::vector<Word> greenKey;       // a loop or entry trace: the green key whose cell holds it
  uint64_t generation = 0;          // when it (or a bridge of it) last ran from C++: a compile count
  bool freed = false;               // its code and resume data are gone; only the numbers stay
};

// The trace's constant for a word of a kind, added to its table if new.
inline V internConstant(Trace& t, Word w, char kind) {
  for (size_t i = 0; i < t.consts.size(); ++i)
    if (t.consts[i] == w && t.constKinds[i] == kind) return kConst | V(i);
  t.consts.push_back(w);
  t.constKinds += kind;
  return kConst | V(t.consts.size() - 1);
}

// -- Registers of the meta-interpreter -------------------------------------------------------------
// A register's value, and what the trace calls it while tracing (a constant otherwise).
struct Box {
  Word v = 0;
  V ref = 0xffffffffu; // MetaInterp::kLazy: a constant, put in the trace when first used
};

struct Frame {
  int32_t jitcode = 0;
  const kiln_jit_code* code = nullptr;
  uint32_t pc = 0;
  uint32_t livePc = 0;  // the last -live- marker passed (where a guard here resumes)
  uint16_t base[3] = {0, 0, 0};
  char resultKind = 'v'; // waiting for a call: where its result goes
  uint16_t resultReg = 0;
  RootVec<Box> regs;
  uint32_t recordedAtEntry = 0; // trace length when the frame was entered (abort policy)
};

// -- Parameters (warmstate.cpp) --------------------------------------------------------------------------
struct Params {
  uint32_t threshold = 200;         // merge point passes before a loop is traced
  uint32_t functionThreshold = 400; // accepted for compatibility
  uint32_t traceEagerness = 50;     // guard failures before a bridge is traced
  uint32_t traceLimit = 6000;       // resops before tracing aborts
  uint32_t loopLongevity = 1000;    // compiles a loop may go unused before it is freed (0: never)
  bool off = false;
  bool stress = false;              // every guard fails the first time it runs
  bool interp = false;              // backend=interp: the trace interpreter even where machine code runs
  bool perfMap = false;             // perf_map=1: /tmp/perf-PID.map names the traces' code for perf
  std::string disabledPasses;       // disable_opts=a:b: optimizer passes not to run (":a:b:")
  uint64_t codeLimit = 128ull << 20; // code_limit=MB: no new traces once the JIT's code is this big
};
// Whether the JIT may compile more (code_limit); counts the refusals for jit-summary.
bool mayCompileMore();
extern Params params;

// -- Statistics for jit-summary ---------------------------------------------------------------------------
struct Stats {
  uint64_t loops = 0, entries = 0, bridges = 0, aborts = 0, guardFailures = 0, blackholes = 0;
  uint64_t tracingNs = 0, optimizingNs = 0, assemblingNs = 0, codeBytes = 0;
  uint64_t firstLoopNs = 0;
  uint64_t limitRefusals = 0; // traces not started because of code_limit
  uint64_t tracedOps = 0;     // ops of every finished trace, before optimization (of the live ones)
  uint64_t freedLoops = 0, freedBridges = 0, freedCodeBytes = 0; // memmgr.cpp
  std::vector<std::pair<std::string, uint64_t>> abortReasons;
};
extern Stats stats;
extern uint64_t startNs;

// -- What running the interpreter or a trace comes to ---------------------------------------------------------
// kiln_jit_outcome's kinds, and one of the JIT's own: run a compiled loop from `state` (its inputs).
constexpr int kEnterLoop = 100;
struct Outcome {
  int kind = KILN_JIT_RUN_NORMALLY;
  RootVec<Word> state;     // CONTINUE: greens then reds; RETURN: the result; kEnterLoop: inputs
  Loop* loop = nullptr;    // kEnterLoop
};

// A program-wide view of kiln_jit_data.
const kiln_jit_program& program();
// The jitcode of a function address (indirect calls), or -1.
int32_t jitcodeOfFunction(const void* fn);
// A jitcode the tracer must not inline any more (trace too long).
extern std::vector<bool> dontInline;

// -- The parts ---------------------------------------------------------------------------------------------
class Recorder;

// The meta-interpreter (metainterp.cpp): runs frames to the portal's next merge point (where it
// stops with CONTINUE), to its return, or to an uncaught exception. With a recorder it traces;
// the recorder decides at each merge point whether the trace is done.
struct MetaInterp {
  std::vector<Frame> frames;
  Recorder* rec = nullptr;
  // The exception being propagated or handled.
  Box excType, excValue;
  bool pendingException = false; // raised and not yet caught

  int driver = 0;

  Outcome run();
  void pushFrame(int32_t jitcode);
  // Which box names a register's value in the trace (a constant is made on first use).
  V ref(Box& b, char kind);
  bool constant(const Box& b) const { return b.ref == kLazy || isConst(b.ref); }
  static constexpr V kLazy = 0xffffffffu; // a constant not yet in the trace's table

private:
  bool unwind();
  void promote(Box& b, char kind, uint32_t resumePc);
  // A residual call: made, and recorded when tracing. Returns the thunk's result; `raised` says
  // whether it left an exception pending (taken into excType/excValue).
  Box residualCall(uint32_t descr, std::vector<Box>& args, const Box* fn, bool& raised);
  void afterCall(uint32_t descr, bool raised, uint32_t resumePc);
  void raiseFromRuntime();
  Outcome escape();
  bool lastCallRecorded_ = false;
};

// Frames from a guard's resume data and the values of its failargs (resume.cpp). `boxes`:
// the tracer's names for the failargs (a bridge's inputs), or null for the blackhole.
void rebuildFrames(MetaInterp& m, const GuardInfo& g, const Trace& t, const Word* values, const V* boxes);

// The recorder (recorder.cpp).
class Recorder {
public:
  enum class Mode { Loop, Bridge };
  Recorder(Mode mode, std::vector<Word> startKey, Loop* from, int32_t guard);
  ~Recorder();
  V input(char kind);
  V constant(Word w, char kind);
  Word constValue(V v) const { return trace_.consts[v & ~kConst]; }
  V record(ROp op, std::initializer_list<V> args, char kind, uint32_t descr = 0);
  V recordList(ROp op, std::vector<V> args, char kind, uint32_t descr);
  // A guard resuming where the innermost frame's resume point `pc` is (a -live- marker).
  void guard(ROp op, std::initializer_list<V> args, const MetaInterp& m, uint32_t pc);
  V guardException(V cls, const MetaInterp& m, uint32_t pc);
  void debugMergePoint(const Word* greens);
  size_t length() const { return trace_.ops.size(); }
  // At the portal's merge point: the greens and red boxes. True when the trace is complete
  // (compiled; `out` says how to continue).
  bool atMergePoint(MetaInterp& m, const Box* greens, size_t ngreens, const Box* reds, size_t nreds, Outcome& out);
  // The portal frame returned: a bridge finishes, a loop aborts.
  bool atReturn(MetaInterp& m, const Box* result, Outcome& out);
  void abort(const char* reason);
  bool aborted() const { return aborted_; }
  Mode mode() const { return mode_; }
  // Inlined jitcodes and their recorded lengths (the abort policy).
  void inlined(int32_t jitcode, uint32_t ops);

private:
  friend struct MetaInterp;
  Loop* finish(ROp last, std::vector<V> args, uint32_t descr);
  Mode mode_;
  std::vector<Word> startKey_;
  Loop* from_;
  int32_t fromGuard_;
  Trace trace_;
  bool aborted_ = false;
  uint64_t startNs_;
  std::vector<uint32_t> inlinedOps_;
  struct ConstKeyHash {
    size_t operator()(const std::pair<Word, char>& k) const { return std::hash<Word>()(k.first * 31 + uint8_t(k.second)); }
  };
  std::unordered_map<std::pair<Word, char>, V, ConstKeyHash> constants_;
};
extern Recorder* activeRecorder;

// Runs `loop` from its inputs until it leaves: as machine code where the x86-64 backend runs
// (backend/x86_64/), else in the trace interpreter (backend.cpp).
Outcome runLoop(Loop* loop, RootVec<Word> inputs);
Outcome interpretLoop(Loop* loop, RootVec<Word> inputs);
// Leaves `loop` through guard `g` (its failargs' values in `values`): traces a bridge once the
// guard has failed often enough, else the blackhole interpreter runs to the next merge point.
Outcome leaveThroughGuard(Loop* loop, GuardInfo& g, const Word* values);
// The machine-code backend (backend/x86_64/): whether it runs traces in this process, and
// compiling a finished trace (a bridge is attached to its guard's jump).
bool machineCodeEnabled();
void compileLoop(Loop* loop, Loop* parent, int32_t guard);
Outcome runMachineCode(Loop* loop, RootVec<Word> inputs);
// What the warm state knows about a green key (warmstate.cpp).
Loop* compiledLoopFor(const Word* greens, size_t n);
void setCompiledLoop(const std::vector<Word>& key, Loop* loop);
void noteAbort(const std::vector<Word>& key);
// Continues after a merge point the interpreter reached: runs the compiled loop there if there
// is one (and what follows), else gives the outcome back.
Outcome continueAt(Outcome out, int driver);

// Freeing loops that have not run for loop_longevity compiles (memmgr.cpp).
// A loop ran from C++ (entered, or left through a guard of its tree): it stays for now.
void keepAlive(Loop* loop);
// The traces running now, one per nesting level (a residual call may enter another one): what
// they may reach is never freed.
void traceEntered(Loop* loop);
void traceLeft();
// A trace was compiled (and a bridge attached): counts a generation, and now and then frees the
// loops nothing has used for loop_longevity generations.
void afterCompile(Loop* loop);
// The backend's part of freeing: the machine code (backend/x86_64/).
void freeMachineCode(Loop* loop);

// Optimizer (optimizer.cpp).
void optimize(Trace& t);

// Logs (jitlog.cpp).
std::string traceText(const Loop& l, const Trace& t);
void logTrace(const char* category, const Loop& l, const Trace& t);
void logAbort(const std::string& key, const char* reason);
std::string locationText(int driver, const Word* greens);

// Semantics of the pure resops (semantics.cpp): the one definition every part uses.
Word evalPure(ROp op, const Word* a);
// And of the memory operations the tracer, the blackhole and the trace interpreter share.
Word allocate(const kiln_jit_size_descr& d, bool array, int64_t n);
// The collector's allocation for objects of `d`: zeroed memory, scanned when it may hold
// pointers (allocate() and the backend's inline `new_` call it).
using AllocFn = void* (*)(size_t);
inline AllocFn allocatorOf(const kiln_jit_size_descr& d) { return d.has_gc_ptrs ? kiln_gc_malloc : kiln_gc_malloc_atomic; }
void arraycopy(const kiln_jit_array_descr& d, Word src, Word dst, Word srcStart, Word dstStart, Word n);

} // namespace kiln::jitrt

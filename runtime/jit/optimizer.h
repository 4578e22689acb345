// The trace optimizer's passes and what they share (docs/jit.md "The optimizer"). optimizer.cpp
// holds the pipeline -- the one list of the passes, in the order optimize() runs them -- and
// the context below; each pass is one file, opt_<name>.cpp.
//
// Two kinds of passes:
//   - forward passes (ChainPass) run together in one sweep over the trace, as a chain: each
//     resop goes through the first pass, which may drop it, change it, or hand it on (emit) to
//     the next, and so on; what the last one emits is the optimized trace. A pass may say that
//     a value is replaced by another one (OptContext::replace): every later operand and every
//     later guard's resume data then reads the replacement. Knowledge one pass finds (a value
//     is a constant, a load is redundant) thus reaches every pass for every later operation in
//     the same sweep, which is why they are a chain and not separate sweeps.
//   - whole-trace passes (a sweep function over the Trace), such as dead-op removal, which
//     needs to see the trace backwards.
//
// Invariants every pass keeps (and the golden tests in tests/jitopt/ check):
//   1. Values are SSA: each defined once, before its uses (their numbers usually follow the
//      recording order, but need not: a forced virtual keeps its number). A replacement is a
//      value defined before the replaced one's uses, or a constant (internConstant), of the same
//      kind.
//   2. An *_ovf op and the guard_no_overflow/guard_overflow after it, and a call and the
//      guard_no_exception/guard_exception after it, stay adjacent: a pass that removes the op
//      removes its guard with it (dropPairedGuard), never one without the other, and nothing
//      is ever inserted between them.
//   3. An operation with a side effect (a write, a residual call, an allocation, a guard that
//      is not proven true) is never removed, except a store proven dead (heap pass) and the
//      allocations and stores of objects nothing else sees (virtuals pass).
//   4. A guard's resume data reads the values as they are where the guard is: substitutions
//      apply to it; knowledge a guard brings (after guard_true(x), x is 1), or a call checked
//      by it (an index check's result), applies only after it (with `--jit stress=1`, a guard
//      that holds also fails once, and its resume data must then still be exact).
//   5. The operand of guard_true/guard_false is a Bool (0 or 1): the tracer records them only
//      on the rtyper's Bool values (goto_if_not), so after guard_true(x), x is 1.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jit_internal.h"

namespace kiln::jitrt {

// No value: what a lookup answers when it knows nothing (kConst itself is a constant: the
// trace's first).
constexpr V kNoValue = 0xffffffffu;

// -- What is known of an integer value (opt_intbounds.cpp computes it) ------------------------------
// An interval of signed values and the bits known to be 0 or 1. Both describe the same set; each
// narrows the other (normalize).
struct IntBound {
  int64_t lo = INT64_MIN, hi = INT64_MAX;
  uint64_t zeros = 0, ones = 0; // bits known to be 0, known to be 1

  static IntBound exact(int64_t c) { return {c, c, ~uint64_t(c), uint64_t(c)}; }
  static IntBound range(int64_t lo, int64_t hi) {
    IntBound b{lo, hi, 0, 0};
    b.normalize();
    return b;
  }
  bool isConstant() const { return lo == hi; }
  bool isFull() const { return lo == INT64_MIN && hi == INT64_MAX && !zeros && !ones; }
  bool nonNegative() const { return lo >= 0; }
  // Every value it allows is in [0, 2^bits).
  bool fitsUnsigned(unsigned bits) const { return lo >= 0 && (bits >= 63 || hi < (int64_t(1) << bits)); }
  // Narrows to what both allow; false (and unchanged) when nothing would be left: the code is
  // unreachable (after a guard that always fails), where any knowledge is as good as none.
  bool intersect(const IntBound& o);
  // Makes the interval and the known bits agree.
  void normalize();
};

// -- Calls of runtime helpers the optimizer knows (the one table: optimizer.cpp) ---------------------
enum class HelperKind : uint8_t {
  None,
  CheckIndex,     // kiln_check_index(i, n, kind) -> i; IndexError unless 0 <= i < n
  CheckIndexWrap, // kiln_check_index_wrap(i, n, kind) -> i (+ n when i < 0); IndexError unless in range
  ReadsOnly,      // a residual call that reads the heap but writes none of it (may raise)
};
struct KnownHelper {
  const char* name;   // the call descr's name
  HelperKind kind;
  uint8_t resultArgs; // the result (and whether it raises) depends only on the first N
                      // arguments (the rest only shape an error message); 0: all of them
};
HelperKind helperKind(uint32_t callDescr);
const KnownHelper* knownHelper(uint32_t callDescr);

// Commutative pure operations (rewrite canonicalizes their constant operand to the right, CSE
// treats both orders as one).
bool isCommutative(ROp op);
inline bool isOvf(ROp op) { return op == ROp::int_add_ovf || op == ROp::int_sub_ovf || op == ROp::int_mul_ovf; }
inline bool isCall(ROp op) { return ropInfo(op).flags & ropflags::Call; }
inline bool isPureCall(ROp op) {
  return op == ROp::call_pure_i || op == ROp::call_pure_r || op == ROp::call_pure_f || op == ROp::call_pure_n;
}

// -- The context of a forward sweep ---------------------------------------------------------------
class ChainPass;
class IntBoundsPass;

class OptContext {
public:
  explicit OptContext(Trace& t);
  Trace& trace;

  // Values: what a value is replaced by (itself when nothing), constants.
  V resolve(V v) const;
  void replace(V old, V now);
  bool isConstant(V v) const { return isConst(v); }
  Word constant(V v) const { return trace.consts[v & ~kConst]; }
  char constKind(V v) const { return trace.constKinds[v & ~kConst]; }
  bool intConstant(V v, int64_t& out) const;
  V makeConstant(Word w, char kind) { return internConstant(trace, w, kind); }
  // What is known of an integer value: exact for a constant, the intbounds pass's knowledge
  // when it is in the chain, else nothing.
  IntBound intBound(V v) const;

  // Where v is defined in the output: its op's index, or -1 (an input, a constant). Passes
  // compare definitions with this, not with value numbers.
  int definedAt(V v) const;
  // The emitted operation that defines v (null: an input, a constant, or a value whose
  // operation was dropped). Valid until the next emit.
  const ResOp* producer(V v) const;

  // The operation being propagated: its guard partner (the next op of the input when it is
  // the guard_(no_)exception after a call or the guard_(no_)overflow after an *_ovf op), or null.
  const ResOp* pairedGuard() const;
  void dropPairedGuard();

  // Hands op on to the pass after `from` (the output after the last one). Returns the op's
  // index in the output when it got there, else -1.
  int emit(ResOp& op, const ChainPass* from);
  // Removes an operation already in the output (a store proven dead).
  void removeEmitted(int index);
  size_t emittedCount() const { return out_.size(); }

  // A rule fired or a fact was used: counted, for the jit-optimizer log and the golden tests.
  void note(std::string_view event);
  const std::vector<std::pair<std::string, uint32_t>>& events() const { return events_; }

  // Runs the chain over the whole trace and replaces the trace's ops by the output.
  void run(std::vector<std::unique_ptr<ChainPass>>& chain);
  IntBoundsPass* bounds = nullptr; // set by the intbounds pass when it is in the chain

private:
  void resolveGuard(int32_t guard);
  std::vector<ResOp> in_, out_;
  std::vector<bool> skip_, removed_;
  std::vector<V> subst_;
  std::vector<int32_t> def_; // value -> index in out_
  std::vector<std::unique_ptr<ChainPass>>* chain_ = nullptr;
  size_t current_ = 0;
  ROp currentOp_ = ROp::count_;
  std::vector<std::pair<std::string, uint32_t>> events_;
};

// A forward pass. propagate() receives each op with operands already resolved; it calls
// emit(op) to keep it (possibly changed), or drops it (after replace()-ing its result if it
// has one). `replaced` tells it that `old` now reads as `now` (to merge what it knows).
class ChainPass {
public:
  virtual ~ChainPass() = default;
  virtual void start() {} // before the first op: ctx and position are set
  virtual void propagate(ResOp& op) = 0;
  virtual void replaced(V /*old*/, V /*now*/) {}
  OptContext* ctx = nullptr;
  size_t position = 0;

protected:
  int emit(ResOp& op) { return ctx->emit(op, this); }
};

// Reads an immutable field (item: the array item at `index`) of a constant object while
// optimizing (the heap pass); false when it will not (an index outside the array). The default
// reads memory; the optimizer's tests, whose traces name made-up objects, install their own.
using ImmutableReader = bool (*)(Word object, uint32_t descr, bool item, int64_t index, Word& out);
extern ImmutableReader readImmutable;
bool readImmutableMemory(Word object, uint32_t descr, bool item, int64_t index, Word& out);

// A guard's failargs made again from its resume data: the distinct non-constant values of its
// frames and of its virtuals' fields, in that order (the virtuals themselves are not failargs:
// leaving rebuilds them).
void rebuildFailargs(GuardInfo& g);

// What the intbounds pass knows, for the other passes' questions (opt_intbounds.cpp).
IntBound knownBound(const IntBoundsPass& pass, V v);

// -- The passes ------------------------------------------------------------------------------------
struct PassInfo {
  const char* name;        // as the golden tests' `# passes:` line names it
  const char* description;
  std::unique_ptr<ChainPass> (*makeChain)(); // a forward pass, or
  void (*sweep)(Trace&);                     // a pass over the whole trace
};
// The pipeline, in order (optimizer.cpp).
extern const PassInfo kPasses[];
extern const size_t kPassCount;
const PassInfo* findPass(std::string_view name);
// Runs the given passes in the given order (consecutive forward passes share one sweep).
// `events`, when given, receives what fired.
void runPasses(Trace& t, const std::vector<const PassInfo*>& passes,
               std::vector<std::pair<std::string, uint32_t>>* events = nullptr);

std::unique_ptr<ChainPass> makeRewritePass();
std::unique_ptr<ChainPass> makeIntBoundsPass();
std::unique_ptr<ChainPass> makeGuardsPass();
std::unique_ptr<ChainPass> makeHeapPass();
std::unique_ptr<ChainPass> makePurePass();
void mergeGuardRanges(Trace& t);
void removeDeadOps(Trace& t);
std::unique_ptr<ChainPass> makeVirtualsPass();
void peelLoop(Trace& t);

} // namespace kiln::jitrt

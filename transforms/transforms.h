// transforms/: the passes between the rtyper and codegen (DESIGN.md §2.6), one per file. Each
// rewrites low-level graphs in place; driver/pipeline.cpp runs them in order, and
// `--dump-after=PASS` prints the graphs after one of them.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "rtyper/llgraph.h"

namespace kiln::xf {

// The call graph of a program's low-level graphs (callgraph.cpp): who may call whom, through
// direct calls, indirect calls (their listed targets) and function pointers passed to helpers.
class CallGraph {
public:
  // `memoryErrors` (--gc=gen): every allocation may raise MemoryError.
  explicit CallGraph(const std::vector<ll::Graph*>& graphs, bool memoryErrors = false);
  const std::vector<ll::Graph*>& callees(const ll::Graph* g) const;
  // The graphs that are in a cycle of the call graph (recursive, directly or not).
  std::vector<ll::Graph*> recursiveGraphs() const;
  // Whether a call of `g` may end with an exception pending: `g` raises, or calls something
  // that may (a fixpoint over the call graph; calls through unknown pointers may).
  bool mayRaise(const ll::Graph* g) const;
  // Whether operation `op` may leave an exception pending.
  bool opMayRaise(const ll::Operation& op) const;
  // Whether a call of `g` may run the collector: it allocates, or calls something that may.
  bool mayCollect(const ll::Graph* g) const;
  // Whether the collector may run while `op` runs: a call of a graph that may collect, or a
  // helper given a function that may (runtime helpers themselves never collect: kiln/gc.h).
  bool opCollectsDuring(const ll::Operation& op) const;
  // Whether `op` allocates by itself (malloc, a helper flagged CanCollect): with --gc=gen a
  // collection is due after it when the nursery ran full.
  bool opAllocates(const ll::Operation& op) const;

private:
  std::vector<ll::Graph*> graphs_;
  std::vector<std::vector<ll::Graph*>> callees_;
  bool memoryErrors_;
  std::vector<bool> raises_;
  std::vector<bool> collects_;
  std::vector<bool> unknownCalls_; // calls a function pointer whose targets are not listed
  std::unordered_map<std::string, ll::Graph*> byName_;
  int indexOf(const ll::Graph* g) const;
  void propagateToCallers(std::vector<bool>& flag) const;
  bool holdsFunctionPointer(const ll::Type* t) const;
  mutable std::unordered_map<const ll::Type*, bool> holdsFn_;
  bool anyTarget(const ll::Operation& op, const std::vector<bool>& flag) const;
};

// Backend optimization (merge_if_blocks.cpp, -O2): chains of equality tests of one value become
// a Switch.
void mergeIfBlocks(ll::Graph& g);

// Stack-overflow checks (stack_check.cpp): a stack_check op at the entry of every graph in a
// recursive cycle. Returns how many graphs got one.
size_t insertStackChecks(const CallGraph& calls, ll::TypeContext& types);

// The exception transform (exception_transform.cpp): exception links become explicit tests of
// the exception state after each operation that may raise; raising is exc_raise and a return
// of a dummy value; every frame an exception leaves records its line (exc_traceback). After it,
// no graph has exception links and no link goes to an except block. `where(loc)` gives the
// "file:line:function" text of a frame's line for tracebacks.
struct ExceptionTransformContext {
  const CallGraph& calls;
  ll::TypeContext& types;
  std::function<std::string(const ll::Graph&, SourceLoc)> where;
};
void transformExceptions(ll::Graph& g, const ExceptionTransformContext& ctx);

// Malloc lowering for Boehm (malloc_lowering.cpp): malloc and malloc_varsize become gc_malloc
// or gc_malloc_atomic of an explicit byte size, and a new array's length is set.
void lowerMallocs(ll::Graph& g, ll::TypeContext& types);
// The GC transform for --gc=gen (gc_transform.cpp): allocations become gc_new/gc_new_varsize
// with their roots, calls that may collect save and reload the live GC pointers
// (gc_push_roots/gc_pop_roots), helpers that allocate are followed by gc_safepoint, and stores
// of GC pointers into objects that may be old get write barriers. Runs after the exception
// transform, on every graph; what cannot be made safe is added to `problems`.
// kiln/gc.h's KILN_GC_NURSERY_MAX_OBJECT: the largest object (header included) the nursery's
// fast path allocates; codegen's generated code checks that the two agree.
constexpr size_t kGcNurseryMaxObject = 32 * 1024;
struct GcTransformStats {
  size_t allocations = 0, rootedCalls = 0, safepoints = 0, barriers = 0, barriersElided = 0;
};
void transformGc(ll::Graph& g, const CallGraph& calls, ll::TypeContext& types, GcTransformStats& stats,
                 std::vector<std::string>& problems);

// The array a varsize type (a GcArray, or a GcStruct ending in an array) ends in, and the
// offset of that array in it.
const ll::Type* varsizeArray(const ll::Type* t, size_t& offset);

// Whether objects of type `t` (a struct or array, with everything inlined in it) may hold
// pointers into the GC heap.
bool holdsGcPointers(const ll::Type* t);

} // namespace kiln::xf

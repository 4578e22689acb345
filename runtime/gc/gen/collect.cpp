// When the gen collector collects (gc.h invariant 3) and what a collection does: a minor
// collection, then major work, then the heap limit and the verifier.
//
// Major work after a minor collection: a whole major when one was requested (kiln_gc_collect)
// or the stress schedule says so (below); else a marking step when a marking runs or the old
// generation has outgrown majorThreshold. A step's budget is
// kMarkPace times the bytes that went to the old generation since the previous step (promoted
// or allocated old), and at least a nursery's worth, so marking outpaces the heap's growth.
//
// The heap limit (--max-heap, KILN_GC_MAX_HEAP): the heap is the old generation's bytes in use
// plus the nursery. When a collection leaves it over the limit (counting the `needed` bytes the
// caller is about to allocate), a whole major runs; if it is still over, MemoryError.
#include "heap.h"
#include "kiln/runtime.h"

namespace kiln::gc {

namespace {

constexpr size_t kMarkPace = 3;

// Stress mode's heavy work, amortized over its minor collections (one per allocation): a full
// major (at most every kStressMajorEvery minors) and the verifier's walk of the whole heap each
// cost about the old generation's size, and each minor collection pays kStressCredit bytes
// towards each. With a small heap, a major every 16th minor and a walk after every minor; with
// a big one, rarer, so that a program does not become quadratic in its heap size. Between
// walks, the verifier checks the roots after every minor collection.
constexpr int64_t kStressMajorEvery = 16;
constexpr size_t kStressCredit = 4096;

struct StressSchedule {
  int64_t minorsSinceMajor = 0;
  size_t majorCredit = 0;
  size_t verifyCredit = 0;
};
StressSchedule gStress;

bool stressMajorDue() {
  gStress.majorCredit += kStressCredit;
  if (++gStress.minorsSinceMajor < kStressMajorEvery ||
      gStress.majorCredit < gHeap.old->bytesInUse())
    return false;
  gStress.minorsSinceMajor = 0;
  gStress.majorCredit = 0;
  return true;
}

bool stressHeapWalkDue() {
  gStress.verifyCredit += kStressCredit;
  if (gStress.verifyCredit < gHeap.old->bytesInUse()) return false;
  gStress.verifyCredit = 0;
  return true;
}

void majorWork() {
  Heap& heap = gHeap;
  if (!heap.marking && heap.old->bytesInUse() > heap.majorThreshold) startMarking();
  if (!heap.marking) return;
  size_t grown = heap.lastPromotedBytes + heap.oldAllocatedSinceMinor;
  size_t budget =
      kMarkPace * grown > heap.config.nurseryBytes ? kMarkPace * grown : heap.config.nurseryBytes;
  markStep(budget);
}

} // namespace

bool overLimit(size_t extra) {
  int64_t limit = gHeap.config.maxHeap;
  return limit > 0 && gHeap.old->bytesInUse() + extra + gHeap.config.nurseryBytes > uint64_t(limit);
}

bool collect(bool full, size_t needed) {
  Heap& heap = gHeap;
  full |= heap.fullRequested;
  heap.fullRequested = false;
  minorCollection();
  if (heap.config.stress && stressMajorDue()) full = true;
  if (full)
    finishMajor();
  else
    majorWork();
  if (!full && overLimit(needed)) finishMajor();
  heap.oldAllocatedSinceMinor = 0;
  heap.heapSizeAfterCollection = int64_t(heap.old->bytesInUse() + heap.config.nurseryBytes);
  if (heap.config.verify)
    verifyOrDie("after a collection", !heap.config.stress || stressHeapWalkDue());
  if (!overLimit(needed)) return true;
  kiln_raise_builtin(KILN_EXC_MemoryError, nullptr);
  return false;
}

} // namespace kiln::gc

using namespace kiln::gc;

void kiln_gc_collect() {
  gHeap.fullRequested = true;
  kiln_gc_pending = true;
}

bool kiln_gc_collect_pending() {
  if (!kiln_gc_pending) return true;
  return collect(false, 0);
}

// The major collection: incremental marking of the old generation, then a sweep.
//
// Marking is tri-color, with the mark bit (kMarked) in the header and a gray stack: white =
// unmarked and not on `gray`; gray = on `gray` (reached: marked and scanned when popped, unless
// marked by then); black = marked, with every field gray or black. It runs in steps, each right
// after a minor collection (so it never sees young objects), bounded by a budget of bytes
// marked; the program runs between steps. What keeps it correct while the program mutates the
// heap (heap.h invariant 3: no black object points to a white one, except the objects the next
// minor collection scans):
//  - objects allocated old during marking are black (alloc.cpp), and so are young objects
//    promoted during marking, whose fields the minor collection grays (minor.cpp);
//  - a GC pointer stored into a black object went through the write barrier (every old object
//    outside the remembered set has TRACK_YOUNG_PTRS), which remembered the object or dirtied
//    a card; the next minor collection grays what the fields of marked remembered objects and
//    the dirty cards of marked arrays point to;
//  - roots (shadow stack, registered roots, prebuilt roots) have no barrier: they are grayed
//    when the marking starts and again by the final step, which then drains the gray stack
//    without a budget, atomically. Prebuilt objects are never marked nor scanned by marking:
//    the fields of those written to (prebuiltRoots) are roots.
// The sweep (OldSpace::sweep) frees the unmarked objects after their finalizers and clears the
// others' mark bits, all at once after the final step. The next major starts when the old
// generation exceeds config.growth (KILN_GC_GROWTH) times what survived (at least minMajorThreshold).
//
// Popped objects wait in a small ring while their headers are prefetched, so that the cache
// misses of marking overlap (fields are pushed unmarked, their headers not read at push time).
#include "heap.h"
#include "kiln/log.h"

namespace kiln::gc {

namespace {

constexpr size_t kPrefetchRing = 8;

size_t nextThreshold(size_t live) {
  size_t grown = size_t(gHeap.config.growth * double(live));
  return grown > gHeap.minMajorThreshold ? grown : gHeap.minMajorThreshold;
}

void markRoots() {
  forEachRootSlot([](void** slot) {
    if (*slot) grayObject(*slot);
  });
  for (void* prebuilt : gHeap.prebuiltRoots)
    forEachSlot(prebuilt, typeOf(headerOf(prebuilt)), [](void** slot) {
      if (*slot) grayObject(*slot);
    });
}

// Marks and scans the object if it is not marked yet; the bytes it takes (0 if it was marked).
inline size_t markAndScan(void* object) {
  uint64_t& header = headerOf(object);
  if (header & (kMarked | kPrebuilt)) return 0;
  header |= kMarked;
  const kiln_gc_type_info& t = typeOf(header);
  size_t bytes = totalBytes(object, t);
  gHeap.markedBytes += bytes;
  if (t.flags & KILN_GC_TYPE_HAS_PTRS)
    forEachSlot(object, t, [](void** slot) {
      if (*slot) grayObject(*slot);
    });
  return bytes;
}

// Marks from the gray stack until it is empty or `budget` bytes were marked; the bytes marked.
size_t drainGray(size_t budget) {
  std::vector<void*>& gray = gHeap.gray;
  void* ring[kPrefetchRing];
  size_t head = 0, count = 0, work = 0;
  while (work < budget) {
    for (; count < kPrefetchRing && !gray.empty(); ++count) {
      void* object = gray.back();
      gray.pop_back();
      __builtin_prefetch(static_cast<char*>(object) - kHeaderBytes, 1);
      ring[(head + count) % kPrefetchRing] = object;
    }
    if (count == 0) break;
    void* object = ring[head];
    head = (head + 1) % kPrefetchRing;
    --count;
    work += markAndScan(object);
  }
  for (; count > 0; --count, head = (head + 1) % kPrefetchRing)
    gray.push_back(ring[head]);
  return work;
}

// Opens a log section when `enabled`; its start time for the duration (0 when not enabled).
uint64_t startSection(bool enabled, const char* category) {
  if (!enabled) return 0;
  kiln_log_start(category);
  return kiln_log_time_ns();
}

// The gc-major-step section's content and end.
void endStep(const char* phase, size_t work, uint64_t startNs) {
  kiln_log_printf("phase: %s\n", phase);
  kiln_log_printf("step-marked: %zu\n", work);
  kiln_log_printf("marked: %zu\n", gHeap.markedBytes);
  kiln_log_printf("gray-left: %zu\n", gHeap.gray.size());
  kiln_log_printf("duration-ns: %llu\n",
                  static_cast<unsigned long long>(kiln_log_time_ns() - startNs));
  kiln_log_stop("gc-major-step");
}

// The free memory the sweep keeps from the OS: what the program will allocate again before the
// next major (the next threshold less what survives), so that memory is not given back and
// faulted in again at every cycle; then at least a quarter of what survives.
size_t keepFreeBytes(size_t live) {
  size_t untilNextMajor = nextThreshold(live) - live;
  return untilNextMajor > live / 4 ? untilNextMajor : live / 4;
}

inline bool isAliveClearingMark(void* memory) {
  uint64_t& header = *static_cast<uint64_t*>(memory);
  bool alive = header & kMarked;
  header &= ~kMarked;
  return alive;
}

void sweep() {
  Heap& heap = gHeap;
  uint64_t startNs = startSection(heap.logMajorSweep, "gc-major-sweep");
  size_t before = heap.old->bytesInUse();
  size_t releasedBefore = heap.old->bytesReleased();
  size_t freed = heap.old->sweep(
      [](void* memory) { return isAliveClearingMark(memory); },
      [](void* memory) { return (*static_cast<uint64_t*>(memory) & kHasFinalizer) != 0; },
      [](void* memory) { runOldFinalizer(static_cast<char*>(memory) + kHeaderBytes); },
      keepFreeBytes(heap.markedBytes));
  size_t after = heap.old->bytesInUse();
  heap.marking = false;
  ++heap.majorCount;
  heap.majorThreshold = nextThreshold(after);
  if (!heap.logMajorSweep) return;
  kiln_log_printf("count: %lld\n", static_cast<long long>(heap.majorCount));
  kiln_log_printf("marked: %zu\n", heap.markedBytes);
  kiln_log_printf("freed: %zu\n", freed);
  kiln_log_printf("heap-before: %zu\n", before);
  kiln_log_printf("heap-after: %zu\n", after);
  kiln_log_printf("released: %zu\n", heap.old->bytesReleased() - releasedBefore);
  kiln_log_printf("next-threshold: %zu\n", heap.majorThreshold);
  kiln_log_printf("duration-ns: %llu\n",
                  static_cast<unsigned long long>(kiln_log_time_ns() - startNs));
  kiln_log_stop("gc-major-sweep");
}

} // namespace

void startMarking() {
  Heap& heap = gHeap;
  uint64_t startNs = startSection(heap.logMajorStep, "gc-major-step");
  heap.marking = true;
  heap.markedBytes = 0;
  markRoots();
  if (heap.logMajorStep) endStep("start", 0, startNs);
}

void markStep(size_t budget) {
  Heap& heap = gHeap;
  uint64_t startNs = startSection(heap.logMajorStep, "gc-major-step");
  size_t work = drainGray(budget);
  if (heap.logMajorStep) endStep("mark", work, startNs);
  if (heap.gray.empty()) finishMajor();
}

void finishMajor() {
  Heap& heap = gHeap;
  if (!heap.marking) startMarking();
  uint64_t startNs = startSection(heap.logMajorStep, "gc-major-step");
  markRoots();
  size_t work = drainGray(SIZE_MAX);
  if (heap.logMajorStep) endStep("final", work, startNs);
  sweep();
}

} // namespace kiln::gc

// The gen collector's start-up, statistics and reconfiguration (gc.h "Both collectors"; the
// unit tests' reconfigure, heap.h).
//
// kiln_gc_init maps the nursery (zero-filled by the OS), creates the old generation, reserves
// the shadow stack and reads the configuration (config.cpp) and the log settings, once.
#include <sys/mman.h>

#include "heap.h"
#include "kiln/log.h"

namespace kiln::gc {

Heap gHeap;

namespace {

constexpr size_t kMinMajorThreshold = size_t(4) << 20;
constexpr size_t kMajorThresholdNurseries = 2;

void mapNursery(size_t bytes) {
  void* memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (memory == MAP_FAILED) outOfMemory(bytes);
  gHeap.nurseryStart = static_cast<char*>(memory);
  gHeap.nurseryEnd = gHeap.nurseryStart + bytes;
}

void applyConfig(const Config& config) {
  Heap& heap = gHeap;
  if (heap.nurseryStart && config.nurseryBytes != heap.config.nurseryBytes) {
    munmap(heap.nurseryStart, heap.config.nurseryBytes);
    heap.nurseryStart = nullptr;
  }
  if (!heap.nurseryStart) mapNursery(config.nurseryBytes);
  heap.config = config;
  size_t threshold = kMajorThresholdNurseries * config.nurseryBytes;
  heap.minMajorThreshold = threshold > kMinMajorThreshold ? threshold : kMinMajorThreshold;
  heap.majorThreshold = heap.minMajorThreshold;
  resetNurseryPointers();
  heap.logMinor = kiln_log_enabled("gc-minor");
  heap.logMajorStep = kiln_log_enabled("gc-major-step");
  heap.logMajorSweep = kiln_log_enabled("gc-major-sweep");
}

} // namespace

void reconfigure(const Config& config) {
  minorCollection();
  finishMajor();
  gHeap.fullRequested = false;
  gHeap.oldAllocatedSinceMinor = 0;
  applyConfig(config);
}

} // namespace kiln::gc

using namespace kiln::gc;

void kiln_gc_init() {
  Heap& heap = gHeap;
  if (heap.initialized) return;
  heap.old = new OldSpace();
  initShadowStack();
  applyConfig(readConfig());
  heap.heapSizeAfterCollection = int64_t(heap.config.nurseryBytes);
  heap.initialized = true;
}

int64_t kiln_gc_heap_size() {
  return gHeap.heapSizeAfterCollection;
}
int64_t kiln_gc_minor_count() {
  return gHeap.minorCount;
}
int64_t kiln_gc_major_count() {
  return gHeap.majorCount;
}

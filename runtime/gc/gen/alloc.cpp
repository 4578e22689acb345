// Allocation (gc.h): the nursery's bump pointer, the runtime helpers' allocation
// (kiln_gc_alloc*, which never collects) and generated code's slow path (kiln_gc_alloc_slow).
//
//  - Runtime helpers: in the nursery when the object fits; else in the old generation, already
//    in the remembered set (TRACK_YOUNG_PTRS clear: the helper stores into it with no barrier),
//    and kiln_gc_pending asks generated code to collect at its next safe point.
//  - Generated code: the inline fast path (gc.h) bumps kiln_gc_nursery_free; when the nursery
//    is full, kiln_gc_alloc_slow collects and bumps again. Large objects (over
//    KILN_GC_NURSERY_MAX_OBJECT) go to the old generation with TRACK_YOUNG_PTRS set.
//  - Objects allocated old while a major marking runs are marked (black, heap.h invariant 3).
//  - Large allocations pace the collector as nursery allocations do: once the old allocations
//    since the last minor collection exceed a nursery's worth, the next one collects first (so
//    a program allocating only big arrays still runs majors).
//  - Stress mode: kiln_gc_nursery_top stays equal to kiln_gc_nursery_free, so generated code's
//    fast path always fails and every allocation of generated code collects; the collector
//    bumps against the nursery's real end (nurseryEnd).
#include <cstring>

#include "heap.h"
#include "kiln/runtime.h"

char* kiln_gc_nursery_free = nullptr;
char* kiln_gc_nursery_top = nullptr;
bool kiln_gc_pending = false;

namespace kiln::gc {

namespace {

// No object is bigger (keeps size arithmetic far from overflow).
constexpr uint64_t kMaxObjectBytes = uint64_t(1) << 46;

// The total size (header included) of an object of type `t` with `length` items; false when it
// cannot be allocated at all.
bool objectTotal(const kiln_gc_type_info& t, int64_t length, size_t& total) {
  if ((t.flags & KILN_GC_TYPE_VARSIZE) && t.item_size &&
      uint64_t(length) > (kMaxObjectBytes - t.size) / t.item_size)
    return false;
  total = kHeaderBytes + kiln_gc_object_size(t, length);
  return true;
}

inline void setLength(void* object, const kiln_gc_type_info& t, int64_t length) {
  if (t.flags & KILN_GC_TYPE_VARSIZE)
    *reinterpret_cast<int64_t*>(static_cast<char*>(object) + t.length_offset) = length;
}

// Bump allocation in the nursery; null when `total` bytes do not fit.
inline void* nurseryAllocate(uint32_t tid, size_t total, int64_t length) {
  char* p = kiln_gc_nursery_free;
  if (size_t(gHeap.nurseryEnd - p) < total) return nullptr;
  kiln_gc_nursery_free = p + total;
  if (gHeap.config.stress) kiln_gc_nursery_top = kiln_gc_nursery_free;
  memset(p, 0, total); // the nursery is not kept zeroed (gc.h, kiln_gc_fast_alloc)
  *reinterpret_cast<uint64_t*>(p) = tid;
  void* object = p + kHeaderBytes;
  setLength(object, kiln_gc_types[tid], length);
  return object;
}

// What kiln_gc_alloc and kiln_gc_alloc_varsize share.
void* helperAllocate(uint32_t tid, int64_t length) {
  const kiln_gc_type_info& t = kiln_gc_types[tid];
  size_t total = 0;
  if (!objectTotal(t, length, total))
    kiln_fatal("out of memory (an object of %lld items of type %s)", (long long)length, t.name);
  if (gHeap.config.stress) kiln_gc_pending = true;
  if (total <= KILN_GC_NURSERY_MAX_OBJECT) {
    if (void* object = nurseryAllocate(tid, total, length)) return object;
    kiln_gc_pending = true;
  }
  void* object = allocateOld(tid, length, total, false);
  if (!object) outOfMemory(total);
  if (gHeap.oldAllocatedSinceMinor > gHeap.config.nurseryBytes) kiln_gc_pending = true;
  return object;
}

void* raiseMemoryError() {
  kiln_raise_builtin(KILN_EXC_MemoryError, nullptr);
  return nullptr;
}

// A large object for generated code (kiln_gc_alloc_slow): collects first when large allocations
// since the last collection exceed a nursery's worth or the heap limit is near; after a full
// collection, MemoryError if the OS still refuses.
void* largeAllocate(uint32_t tid, int64_t length, size_t total) {
  Heap& heap = gHeap;
  bool due = heap.config.stress || heap.oldAllocatedSinceMinor + total > heap.config.nurseryBytes;
  if ((due || overLimit(total)) && !collect(false, total)) return nullptr;
  if (void* object = allocateOld(tid, length, total, true)) return object;
  if (!collect(true, total)) return nullptr;
  if (void* object = allocateOld(tid, length, total, true)) return object;
  return raiseMemoryError();
}

} // namespace

void outOfMemory(size_t bytes) {
  kiln_fatal("out of memory (%zu bytes)", bytes);
}

void resetNurseryPointers() {
  kiln_gc_nursery_free = gHeap.nurseryStart;
  kiln_gc_nursery_top = gHeap.config.stress ? gHeap.nurseryStart : gHeap.nurseryEnd;
}

void* allocateOld(uint32_t tid, int64_t length, size_t total, bool track) {
  Heap& heap = gHeap;
  const kiln_gc_type_info& t = kiln_gc_types[tid];
  size_t cardBytes = cardBytesFor(t, length, total);
  void* memory = oldMemory(total, cardBytes);
  if (!memory) return nullptr;
  void* object = static_cast<char*>(memory) + kHeaderBytes;
  uint64_t header = tid | (cardBytes ? kHasCards : 0);
  if (heap.marking) {
    header |= kMarked;
    heap.markedBytes += total;
  }
  if (track || !(t.flags & KILN_GC_TYPE_HAS_PTRS))
    header |= kTrack;
  else
    heap.remembered.push_back(object);
  *static_cast<uint64_t*>(memory) = header;
  setLength(object, t, length);
  heap.oldAllocatedSinceMinor += total;
  return object;
}

} // namespace kiln::gc

using namespace kiln::gc;

void* kiln_gc_alloc(uint32_t tid) {
  return helperAllocate(tid, 0);
}

void* kiln_gc_alloc_varsize(uint32_t tid, int64_t length) {
  if (length < 0)
    kiln_fatal("negative length %lld for an object of type %s", (long long)length,
               kiln_gc_types[tid].name);
  return helperAllocate(tid, length);
}

void* kiln_gc_alloc_slow(uint32_t tid, int64_t length) {
  const kiln_gc_type_info& t = kiln_gc_types[tid];
  if (length < 0) length = 0;
  size_t total = 0;
  if (!objectTotal(t, length, total)) return raiseMemoryError();
  if (total > KILN_GC_NURSERY_MAX_OBJECT) return largeAllocate(tid, length, total);
  if (!gHeap.config.stress)
    if (void* object = nurseryAllocate(tid, total, length))
      return object; // a caller without a fast path
  if (!collect(false, 0)) return nullptr;
  return nurseryAllocate(tid, total, length); // fits: the nursery is empty
}

// Identity hashes and ids (gc.h): stable while the object lives, distinct among live objects,
// although young objects move.
//
// An old or prebuilt object's id is its address. A young object's id is the address its copy
// will have: the first call reserves that copy's memory in the old generation (a "shadow",
// heap.h invariant 4), records it in `shadows` and sets kHasShadow; the minor collection then
// copies the object there. A shadow whose young object dies stays an all-zero object of its
// type, unreachable, until a major sweep frees it. (A young object's own address would not do:
// the nursery's addresses are reused by the next young objects while the first one lives on.)
// The identity hash mixes the id as the Boehm backend does, so that the low bits vary.
#include "heap.h"

namespace kiln::gc {

namespace {

// The header address of the memory reserved for the young `object`'s copy.
void* reserveShadow(void* object) {
  uint64_t& header = headerOf(object);
  if (header & kHasShadow) return gHeap.shadows[object];
  const kiln_gc_type_info& t = typeOf(header);
  int64_t length = lengthOf(object, t);
  size_t total = kHeaderBytes + kiln_gc_object_size(t, length);
  size_t cardBytes = cardBytesFor(t, length, total);
  void* memory = oldMemory(total, cardBytes);
  if (!memory) outOfMemory(total);
  *static_cast<uint64_t*>(memory) = (header & kTidMask) | kTrack | (cardBytes ? kHasCards : 0);
  if (t.flags & KILN_GC_TYPE_VARSIZE)
    *reinterpret_cast<int64_t*>(static_cast<char*>(memory) + kHeaderBytes + t.length_offset) =
        length;
  header |= kHasShadow;
  gHeap.shadows[object] = memory;
  return memory;
}

} // namespace

void* takeShadow(void* object) {
  return gHeap.shadows.at(object);
}

} // namespace kiln::gc

using namespace kiln::gc;

int64_t kiln_gc_id(const void* p) {
  if (!isYoung(p)) return int64_t(uintptr_t(p));
  return int64_t(uintptr_t(reserveShadow(const_cast<void*>(p))) + kHeaderBytes);
}

int64_t kiln_gc_identityhash(const void* p) {
  uint64_t x = uint64_t(kiln_gc_id(p));
  return int64_t((x >> 4) | (x << 60));
}

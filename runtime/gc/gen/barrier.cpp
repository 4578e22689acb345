// The write barrier's slow paths (gc.h): generated code tests TRACK_YOUNG_PTRS inline and calls
// these when it is set, before storing a GC pointer into an old or prebuilt object.
//
//  - Whole object (kiln_gc_wb_slow, kiln_gc_write_barrier): the object joins the remembered set
//    and loses TRACK_YOUNG_PTRS, so later stores skip the barrier until the next minor collection
//    scans it and sets the flag again (heap.h invariant 1).
//  - One item of a card array (kiln_gc_wb_array_slow): its card is dirtied and the array listed
//    once in cardArrays; the flag stays set, so every store dirties its own card, and the minor
//    collection scans only the dirty cards. Without cards it is the whole-object barrier.
//  - A prebuilt object's first barrier also lists it in prebuiltRoots for good (invariant 2).
#include "heap.h"

namespace kiln::gc {

namespace {

void remember(void* object) {
  uint64_t& header = headerOf(object);
  if (!(header & kTrack)) return;
  header &= ~kTrack;
  gHeap.remembered.push_back(object);
  if ((header & (kPrebuilt | kPrebuiltListed)) == kPrebuilt) {
    header |= kPrebuiltListed;
    gHeap.prebuiltRoots.push_back(object);
  }
}

} // namespace

} // namespace kiln::gc

using namespace kiln::gc;

void kiln_gc_wb_slow(void* obj) {
  remember(obj);
}

void kiln_gc_wb_array_slow(void* array, int64_t index) {
  uint64_t& header = headerOf(array);
  if (!(header & kHasCards)) {
    remember(array);
    return;
  }
  gHeap.old->cards(&header)[index / kCardItems] = 1;
  if (header & kCardsListed) return;
  header |= kCardsListed;
  gHeap.cardArrays.push_back(array);
}

void kiln_gc_write_barrier(void* obj) {
  remember(obj);
}

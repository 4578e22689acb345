// The minor collection: every young object reachable from the roots, the remembered set and
// the dirty cards is copied ("promoted") into the old generation, then the nursery is wiped.
//
// Algorithm (Cheney's, with a work list since old memory is not contiguous):
//  1. Roots: shadow-stack entries and registered roots pointing into the nursery are replaced
//     by the address of the object's copy (copying it at the first visit).
//  2. The remembered set: the fields of every old object in it, likewise; then the object gets
//     TRACK_YOUNG_PTRS back (heap.h invariant 1: it points to no young object any more).
//  3. The dirty cards of card arrays: the items they cover, likewise; the cards are cleared.
//  4. `promoted`, the copies whose fields are not scanned yet, is drained the same way, in the
//     order of copying (breadth-first); the headers of the young objects the copy a few
//     entries ahead points to are prefetched meanwhile, so that cache misses overlap.
//  5. Finalizers of young objects that were not copied run; the used part of the nursery is
//     the bump pointer reset (the nursery is not zeroed here: each allocation zeroes its
//     object, gc.h's kiln_gc_fast_alloc, while its cache lines are being written anyway).
// A copied object's header gets kForwarded and its first word the copy's address (every object
// has at least 8 bytes). A young object whose id was taken is copied into the memory reserved
// for it then (invariant 4). Pointers to old and prebuilt objects and nulls are left alone.
//
// During a major marking, copies are marked (black), and so that no black object points to a
// white one (invariant 3), scanning a copy, a marked remembered object or the dirty cards of a
// marked array also grays the old objects its fields point to (updateSlotBlack).
#include <cstring>

#include "heap.h"
#include "kiln/log.h"

namespace kiln::gc {

namespace {

constexpr size_t kPrefetchDistance = 8;

size_t gPromotedBytes = 0;

// Copies the young object to the old generation (into its shadow if it has one); leaves the
// forwarding address behind; the copy's address.
void* promote(void* young) {
  Heap& heap = gHeap;
  uint64_t header = headerOf(young);
  const kiln_gc_type_info& t = typeOf(header);
  int64_t length = lengthOf(young, t);
  size_t total = kHeaderBytes + kiln_gc_object_size(t, length);
  size_t cardBytes = cardBytesFor(t, length, total);
  void* memory = (header & kHasShadow) ? takeShadow(young) : oldMemory(total, cardBytes);
  if (!memory) outOfMemory(total);
  uint64_t* to = static_cast<uint64_t*>(memory);
  const uint64_t* from = static_cast<const uint64_t*>(young);
  size_t words = (total - kHeaderBytes) / 8;
  for (size_t i = 0; i < words; ++i)
    to[i + 1] = from[i];
  uint64_t newHeader = (header & (kTidMask | kHasFinalizer)) | kTrack | (cardBytes ? kHasCards : 0);
  if (heap.marking) {
    newHeader |= kMarked;
    heap.markedBytes += total;
  }
  to[0] = newHeader;
  void* object = to + 1;
  headerOf(young) = header | kForwarded;
  *static_cast<void**>(young) = object;
  if (t.flags & KILN_GC_TYPE_HAS_PTRS) heap.promoted.push_back(object);
  gPromotedBytes += total;
  return object;
}

inline void* forward(void* young) {
  if (headerOf(young) & kForwarded) return *static_cast<void**>(young);
  return promote(young);
}

inline void updateSlot(void** slot) {
  void* p = *slot;
  if (isYoung(p)) *slot = forward(p);
}

inline void updateSlotBlack(void** slot) {
  void* p = *slot;
  if (isYoung(p))
    *slot = forward(p);
  else if (p)
    grayObject(p);
}

template <bool Black> inline void scanObject(void* object) {
  const kiln_gc_type_info& t = typeOf(headerOf(object));
  if (Black)
    forEachSlot(object, t, [](void** slot) { updateSlotBlack(slot); });
  else
    forEachSlot(object, t, [](void** slot) { updateSlot(slot); });
}

// Prefetches the headers of the young objects `object`'s fixed fields point to, which the scan
// will visit soon.
inline void prefetchTargets(void* object) {
  const kiln_gc_type_info& t = typeOf(headerOf(object));
  char* base = static_cast<char*>(object);
  for (uint32_t i = 0; i < t.n_ptrs; ++i) {
    void* p = *reinterpret_cast<void**>(base + t.ptrs[i]);
    if (isYoung(p)) __builtin_prefetch(static_cast<char*>(p) - kHeaderBytes, 1);
  }
}

// Scans the copies in the order they were made (breadth-first), prefetching ahead.
template <bool Black> void drainPromoted() {
  std::vector<void*>& promoted = gHeap.promoted;
  for (size_t i = 0; i < promoted.size(); ++i) {
    if (i + kPrefetchDistance < promoted.size()) prefetchTargets(promoted[i + kPrefetchDistance]);
    scanObject<Black>(promoted[i]);
  }
  promoted.clear();
}

void scanRemembered(bool marking) {
  for (void* object : gHeap.remembered) {
    if (marking && (headerOf(object) & kMarked))
      scanObject<true>(object);
    else
      scanObject<false>(object);
    headerOf(object) |= kTrack;
  }
  gHeap.remembered.clear();
}

void scanDirtyCards(void* array, bool black) {
  uint64_t& header = headerOf(array);
  header &= ~kCardsListed;
  const kiln_gc_type_info& t = typeOf(header);
  int64_t length = lengthOf(array, t);
  uint8_t* cards = gHeap.old->cards(&header);
  size_t n = cardCount(length);
  for (size_t card = 0; card < n; ++card) {
    if (!cards[card]) continue;
    cards[card] = 0;
    int64_t first = int64_t(card) * kCardItems;
    int64_t last = first + kCardItems < length ? first + kCardItems : length;
    if (black)
      forEachItemSlot(array, t, first, last, [](void** slot) { updateSlotBlack(slot); });
    else
      forEachItemSlot(array, t, first, last, [](void** slot) { updateSlot(slot); });
    gHeap.cardItemsScanned += uint64_t(last - first);
  }
}

void scanCardArrays(bool marking) {
  for (void* array : gHeap.cardArrays)
    scanDirtyCards(array, marking && (headerOf(array) & kMarked));
  gHeap.cardArrays.clear();
}

// The gc-minor section's content and end (its start was written before the collection).
void endMinorSection(uint64_t startNs, size_t nurseryUsed) {
  kiln_log_printf("count: %lld\n", static_cast<long long>(gHeap.minorCount));
  kiln_log_printf("nursery-used: %zu\n", nurseryUsed);
  kiln_log_printf("promoted: %zu\n", gPromotedBytes);
  kiln_log_printf("old-size: %zu\n", gHeap.old->bytesInUse());
  kiln_log_printf("duration-ns: %llu\n",
                  static_cast<unsigned long long>(kiln_log_time_ns() - startNs));
  kiln_log_stop("gc-minor");
}

} // namespace

void minorCollection() {
  Heap& heap = gHeap;
  uint64_t startNs = 0;
  if (heap.logMinor) {
    kiln_log_start("gc-minor");
    startNs = kiln_log_time_ns();
  }
  size_t nurseryUsed = size_t(kiln_gc_nursery_free - heap.nurseryStart);
  bool marking = heap.marking;
  gPromotedBytes = 0;
  forEachRootSlot([](void** slot) { updateSlot(slot); });
  scanRemembered(marking);
  scanCardArrays(marking);
  if (marking)
    drainPromoted<true>();
  else
    drainPromoted<false>();
  processYoungFinalizers();
  heap.shadows.clear();
  resetNurseryPointers();
  kiln_gc_pending = false;
  heap.lastPromotedBytes = gPromotedBytes;
  ++heap.minorCount;
  if (heap.logMinor) endMinorSection(startNs, nurseryUsed);
}

} // namespace kiln::gc

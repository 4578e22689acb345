// The gen collector's state and the helpers its files share (docs/gc.md has the design).
//
// Memory: the nursery, one block where young objects are bump-allocated, and the old generation
// (OldSpace), where objects never move. Every object has one header word before it (gc.h): the
// type id in the low 32 bits, gc.h's two public flags, and the collector's flags below.
//
// Invariants between collections (the heap verifier, verify.cpp, checks them):
//  1. An old object with TRACK_YOUNG_PTRS clear is in `remembered` (it may point to young
//     objects); one with it set points to no young object, except a card array (kHasCards)
//     from the items of its dirty cards (then it is in `cardArrays`).
//  2. Every prebuilt object a GC pointer was ever stored into (through the write barrier) is in
//     `prebuiltRoots` (kPrebuiltListed): majors trace their fields as roots, since marking never
//     enters prebuilt objects.
//  3. While `marking`: a marked (black) old object that is not remembered, nor a card array with
//     dirty cards, points to no old object that is neither marked nor on `gray` ("no
//     black-to-white pointers"); objects allocated old during marking are marked.
//  4. A young object with kHasShadow has its old copy's memory reserved in `shadows` (its
//     identity hash or id was taken): the minor collection copies it there, so its id is the
//     address it will keep.
//  5. kHasFinalizer is set exactly on the objects in `youngFinalizers` / `oldFinalizers`.
// Major work runs only right after a minor collection (collect.cpp), when the nursery is empty,
// so marking steps and sweeps never see young objects.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kiln/gc.h"
#include "old_space.h"

namespace kiln::gc {

// -- Header flags (bits 34..63 belong to the collector, gc.h) -------------------------------------
// Young, copied by the minor collection: the first word holds the copy's address.
constexpr uint64_t kForwarded = uint64_t(1) << 34;
// Old, reached by the current major marking.
constexpr uint64_t kMarked = uint64_t(1) << 35;
// Young, its old copy's memory is reserved (invariant 4).
constexpr uint64_t kHasShadow = uint64_t(1) << 36;
// A large array with a card table (OldSpace::cards).
constexpr uint64_t kHasCards = uint64_t(1) << 37;
// A card array in Heap::cardArrays.
constexpr uint64_t kCardsListed = uint64_t(1) << 38;
// Prebuilt, in Heap::prebuiltRoots (invariant 2).
constexpr uint64_t kPrebuiltListed = uint64_t(1) << 39;
// Has a finalizer (invariant 5).
constexpr uint64_t kHasFinalizer = uint64_t(1) << 40;
constexpr uint64_t kTrack = KILN_GCFLAG_TRACK_YOUNG_PTRS;
constexpr uint64_t kPrebuilt = KILN_GCFLAG_PREBUILT;
constexpr uint64_t kTidMask = 0xffffffffu;
constexpr size_t kHeaderBytes = 8;
// A card covers this many items of a card array; one byte per card, nonzero when dirty.
constexpr int64_t kCardItems = 128;

// The settings the environment gives (config.cpp).
struct Config {
  size_t nurseryBytes = 0;
  int64_t maxHeap = 0; // bytes; 0: no limit
  double growth = 1.5; // KILN_GC_GROWTH: the next major starts when the old generation is this
                       // many times what survived the last one
  bool stress = false; // KILN_GC_STRESS: collect at every slow allocation
  bool verify = false; // KILN_GC_VERIFY: run the heap verifier after every collection
};

using Finalizer = void (*)(void*);

struct Heap {
  Config config;
  bool initialized = false;
  char* nurseryStart = nullptr;
  char* nurseryEnd = nullptr;
  OldSpace* old = nullptr;
  void** shadowStackBase = nullptr;

  std::vector<void*> remembered;    // invariant 1 (and prebuilt objects written to)
  std::vector<void*> cardArrays;    // card arrays with dirty cards
  std::vector<void*> prebuiltRoots; // invariant 2
  std::vector<void**> roots;        // kiln_gc_add_root
  std::vector<void*> promoted;      // minor: copies whose fields are not scanned yet
  std::vector<void*> gray;          // major: objects reached, to mark and scan (invariant 3)
  std::unordered_map<void*, void*> shadows; // invariant 4: young object -> old header address
  std::vector<std::pair<void*, Finalizer>> youngFinalizers;
  std::unordered_map<void*, Finalizer> oldFinalizers;

  // Major collection state (major.cpp).
  bool marking = false;
  bool fullRequested = false; // kiln_gc_collect: finish a major at the next collection
  size_t majorThreshold = 0;  // start marking when the old generation exceeds it
  size_t minMajorThreshold = 0;
  size_t markedBytes = 0; // of objects marked by the current marking

  // Accounting.
  size_t oldAllocatedSinceMinor = 0; // by helpers and large allocations
  size_t lastPromotedBytes = 0;
  int64_t minorCount = 0;
  int64_t majorCount = 0;
  int64_t heapSizeAfterCollection = 0;
  uint64_t cardItemsScanned = 0; // by minors, in total (tests check cards are skipped)

  bool logMinor = false;      // KILNLOG: gc-minor
  bool logMajorStep = false;  // gc-major-step
  bool logMajorSweep = false; // gc-major-sweep
};

extern Heap gHeap;

// -- Objects
// ----------------------------------------------------------------------------------------
inline uint64_t& headerOf(void* object) {
  return static_cast<uint64_t*>(object)[-1];
}
inline uint64_t headerOf(const void* object) {
  return static_cast<const uint64_t*>(object)[-1];
}
inline const kiln_gc_type_info& typeOf(uint64_t header) {
  return kiln_gc_types[uint32_t(header)];
}
inline bool isYoung(const void* p) {
  return uintptr_t(static_cast<const char*>(p) - gHeap.nurseryStart) < gHeap.config.nurseryBytes;
}
inline int64_t lengthOf(const void* object, const kiln_gc_type_info& t) {
  if (!(t.flags & KILN_GC_TYPE_VARSIZE)) return 0;
  return *reinterpret_cast<const int64_t*>(static_cast<const char*>(object) + t.length_offset);
}
// The bytes the object takes, header included.
inline size_t totalBytes(const void* object, const kiln_gc_type_info& t) {
  return kHeaderBytes + kiln_gc_object_size(t, lengthOf(object, t));
}
inline size_t cardCount(int64_t length) {
  return size_t((length + kCardItems - 1) / kCardItems);
}
// The card table bytes an old object of `total` bytes gets: only large arrays of GC pointers
// with at least one card's worth of items have one.
inline size_t cardBytesFor(const kiln_gc_type_info& t, int64_t length, size_t total) {
  if (total <= OldSpace::kMaxSmall || !t.n_item_ptrs || length < kCardItems) return 0;
  return cardCount(length);
}

// Calls f(slot) for every GC pointer field (void**) of `object`; for items, only those with
// index in [first, last).
template <class F>
inline void forEachItemSlot(void* object, const kiln_gc_type_info& t, int64_t first, int64_t last,
                            F&& f) {
  char* item = static_cast<char*>(object) + t.items_offset + size_t(first) * t.item_size;
  if (t.n_item_ptrs == 1 && t.item_ptrs[0] == 0 && t.item_size == sizeof(void*)) {
    void** slot = reinterpret_cast<void**>(item);
    for (int64_t i = first; i < last; ++i)
      f(slot++);
    return;
  }
  for (int64_t i = first; i < last; ++i, item += t.item_size)
    for (uint32_t j = 0; j < t.n_item_ptrs; ++j)
      f(reinterpret_cast<void**>(item + t.item_ptrs[j]));
}
template <class F> inline void forEachSlot(void* object, const kiln_gc_type_info& t, F&& f) {
  char* base = static_cast<char*>(object);
  for (uint32_t i = 0; i < t.n_ptrs; ++i)
    f(reinterpret_cast<void**>(base + t.ptrs[i]));
  if (t.n_item_ptrs) forEachItemSlot(object, t, 0, lengthOf(object, t), f);
}

// Header address of `total` bytes of zeroed old memory (with `cardBytes` of cards before a large
// object), or null when the OS refuses.
inline void* oldMemory(size_t total, size_t cardBytes) {
  return total <= OldSpace::kMaxSmall ? gHeap.old->allocate(total)
                                      : gHeap.old->allocateLarge(total, cardBytes);
}

// An old object the major marking reached: it goes on the gray stack, to be marked and scanned
// when popped (major.cpp), unless it was marked by then. Prebuilt objects are skipped there.
inline void grayObject(void* object) {
  gHeap.gray.push_back(object);
}

// -- Roots
// ------------------------------------------------------------------------------------------ Calls
// f(slot) for every shadow-stack entry (or the C++ local it designates) and registered root.
// Prebuilt roots are separate (their fields, forEachSlot).
template <class F> inline void forEachRootSlot(F&& f) {
  for (void** entry = gHeap.shadowStackBase; entry < kiln_gc_ss_top; ++entry) {
    uintptr_t value = reinterpret_cast<uintptr_t>(*entry);
    f(value & 1 ? reinterpret_cast<void**>(value - 1) : entry);
  }
  for (void** root : gHeap.roots)
    f(root);
}

// -- Between the files
// ------------------------------------------------------------------------------
Config readConfig();                         // config.cpp
[[noreturn]] void outOfMemory(size_t bytes); // alloc.cpp: a fatal error
void initShadowStack();                      // roots.cpp
// alloc.cpp: an old object of type `tid` (length set when varsize), header flags per the
// caller: `track` set for generated code's large objects (the first store takes the barrier),
// clear for the helpers' (remembered now). Null when the OS refuses memory.
void* allocateOld(uint32_t tid, int64_t length, size_t total, bool track);
void minorCollection();                             // minor.cpp
void startMarking();                                // major.cpp
void markStep(size_t budget);                       // major.cpp: finishes the major if done
void finishMajor();                                 // major.cpp: marking to the end, sweep
void processYoungFinalizers();                      // finalizers.cpp (minor, after copying)
void runOldFinalizer(void* object);                 // finalizers.cpp (sweep)
void* takeShadow(void* object);                     // hash.cpp: the copy reserved (kHasShadow)
bool collect(bool full, size_t needed);             // collect.cpp
bool overLimit(size_t extra);                       // collect.cpp
void verifyOrDie(const char* when, bool wholeHeap); // verify.cpp
void resetNurseryPointers();                        // alloc.cpp

// -- For the unit tests
// ----------------------------------------------------------------------------- The heap verifier's
// findings (empty: the invariants hold), one line per problem; without `wholeHeap`, only the roots,
// the nursery, the remembered set and the prebuilt roots.
std::vector<std::string> verifyHeap(bool wholeHeap = true);
// Collects everything unreachable, then applies `config` (a new nursery size, limits, modes)
// and reads the log settings again (kiln_log_configure).
void reconfigure(const Config& config);

} // namespace kiln::gc

// The heap verifier: checks heap.h's invariants over the whole heap. It runs after every
// collection with KILN_GC_VERIFY=1 or KILN_GC_STRESS=1 (verifyOrDie: the first problems on
// stderr, then a fatal error; in stress mode the walk of the old generation only as often as
// collect.cpp's schedule affords), and the unit tests call verifyHeap at any point between
// collections.
//
// What it checks:
//  - Every GC pointer in a root (shadow stack, registered root), in a young, old or prebuilt
//    root object points at an object: a young object's start (found by walking the nursery), an
//    old object OldSpace::isObject knows (so, after a sweep, never a freed one), or a prebuilt
//    object (in the executable's static data, with kPrebuilt).
//  - Every header has a type id in [1, kiln_gc_type_count) and no flag that belongs to another
//    phase (kForwarded, kHasShadow on old objects; kMarked outside a marking).
//  - Invariant 1: an old object with TRACK_YOUNG_PTRS clear is remembered; one with it set
//    points to no young object, except from items of dirty cards ("missing write barrier").
//  - Invariant 3 while marking: a marked object, not gray, not remembered, points to no
//    unmarked old object, except from items of dirty cards.
// It reads every object: linear in the heap, for tests and debugging only.
#include <cstdarg>
#include <cstdio>
#include <unordered_set>

#include "heap.h"
#include "kiln/runtime.h"

extern "C" char __executable_start[];
extern "C" char _end[];

namespace kiln::gc {

namespace {

constexpr size_t kMaxProblems = 50;
constexpr size_t kProblemsPrinted = 10;

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  char text[512];
  va_list args;
  va_start(args, fmt);
  vsnprintf(text, sizeof text, fmt, args);
  va_end(args);
  return text;
}

bool validTid(uint64_t header) {
  uint32_t tid = uint32_t(header);
  return tid != KILN_TID_NONE && tid < kiln_gc_type_count;
}

const char* typeName(uint64_t header) {
  return validTid(header) ? typeOf(header).name : "<bad type id>";
}

bool inStaticData(const void* p) {
  return p >= __executable_start && p < _end;
}

class Verifier {
public:
  std::vector<std::string> problems;

  void run(bool wholeHeap) {
    for (void* object : gHeap.remembered)
      remembered_.insert(object);
    for (void* object : gHeap.gray)
      gray_.insert(object);
    walkNursery();
    checkRoots();
    checkRemembered();
    for (void* object : gHeap.prebuiltRoots)
      checkFields(object);
    if (wholeHeap)
      gHeap.old->forEachObject([this](void* memory, size_t bytes) { checkOld(memory, bytes); });
  }

private:
  std::unordered_set<const void*> young_, remembered_, gray_;

  void report(std::string problem) {
    if (problems.size() < kMaxProblems) problems.push_back(std::move(problem));
  }

  std::string describe(const void* object) {
    const char* space = isYoung(object) ? "young" : inStaticData(object) ? "prebuilt" : "old";
    return format("%s object %p (%s)", space, object, typeName(headerOf(object)));
  }

  void walkNursery() {
    for (char* p = gHeap.nurseryStart; p < kiln_gc_nursery_free;) {
      void* object = p + kHeaderBytes;
      uint64_t header = headerOf(object);
      if (!validTid(header) || (header & (kForwarded | kMarked | kTrack))) {
        report(format("nursery: bad header %#llx at %p", (unsigned long long)header, object));
        return; // the objects after it cannot be found
      }
      young_.insert(object);
      p += totalBytes(object, typeOf(header));
    }
    for (const void* object : young_)
      checkFields(const_cast<void*>(object));
  }

  // Why `p` is not a pointer to an object, or null when it is one.
  const char* badTarget(const void* p) {
    if (isYoung(p))
      return young_.count(p) ? nullptr : "points into the nursery but not at an object";
    if (gHeap.old->isObject(static_cast<const char*>(p) - kHeaderBytes))
      return validTid(headerOf(p)) ? nullptr : "points to an old object with a bad type id";
    if (inStaticData(p) && (headerOf(p) & kPrebuilt))
      return validTid(headerOf(p)) ? nullptr : "points to a prebuilt object with a bad type id";
    return "points to no object (freed, or never allocated)";
  }

  void checkRoots() {
    size_t index = 0;
    forEachRootSlot([&](void** slot) {
      if (*slot)
        if (const char* why = badTarget(*slot))
          report(format("root #%zu (at %p) = %p: %s", index, (void*)slot, *slot, why));
      ++index;
    });
  }

  void checkRemembered() {
    for (void* object : gHeap.remembered) {
      bool known = gHeap.old->isObject(static_cast<char*>(object) - kHeaderBytes) ||
                   (inStaticData(object) && (headerOf(object) & kPrebuilt));
      if (!known)
        report(format("remembered set: %p is no old or prebuilt object", object));
      else if (headerOf(object) & kTrack)
        report(format("remembered set: %s has TRACK_YOUNG_PTRS set", describe(object).c_str()));
    }
    for (void* array : gHeap.cardArrays)
      if ((headerOf(array) & (kHasCards | kCardsListed)) != (kHasCards | kCardsListed))
        report(format("card arrays: %s has no cards or is not flagged listed",
                      describe(array).c_str()));
  }

  void checkOld(void* memory, size_t bytes) {
    void* object = static_cast<char*>(memory) + kHeaderBytes;
    uint64_t header = headerOf(object);
    if (!validTid(header)) {
      report(format("old object %p: bad header %#llx", object, (unsigned long long)header));
      return;
    }
    if (totalBytes(object, typeOf(header)) > bytes)
      report(format("%s: bigger than its memory (%zu bytes)", describe(object).c_str(), bytes));
    if (header & (kForwarded | kHasShadow | kPrebuilt))
      report(format("%s: young or prebuilt flags %#llx", describe(object).c_str(),
                    (unsigned long long)header));
    if ((header & kMarked) && !gHeap.marking)
      report(format("%s: marked outside a marking", describe(object).c_str()));
    if (!(header & kTrack) && !remembered_.count(object))
      report(format("%s: TRACK_YOUNG_PTRS clear but not in the remembered set",
                    describe(object).c_str()));
    checkFields(object);
  }

  // Whether the field at `slot` of `object` is an item whose card is dirty.
  bool inDirtyCard(void* object, uint64_t header, void** slot) {
    if (!(header & kHasCards)) return false;
    const kiln_gc_type_info& t = typeOf(header);
    ptrdiff_t offset =
        reinterpret_cast<char*>(slot) - (static_cast<char*>(object) + t.items_offset);
    if (offset < 0 || !t.item_size) return false;
    int64_t item = offset / t.item_size;
    return gHeap.old->cards(&headerOf(object))[item / kCardItems] != 0;
  }

  void checkFields(void* object) {
    uint64_t header = headerOf(object);
    if (!validTid(header)) return;
    bool old = !isYoung(object);
    bool tracked = old && (header & kTrack);
    bool black = gHeap.marking && tracked && (header & kMarked);
    forEachSlot(object, typeOf(header), [&](void** slot) {
      void* p = *slot;
      if (!p) return;
      long offset = long(reinterpret_cast<char*>(slot) - static_cast<char*>(object));
      if (const char* why = badTarget(p)) {
        report(format("%s field +%ld = %p: %s", describe(object).c_str(), offset, p, why));
        return;
      }
      if (tracked && isYoung(p) && !inDirtyCard(object, header, slot))
        report(format(
            "%s field +%ld = %s: young object in an old one not remembered (missing write barrier)",
            describe(object).c_str(), offset, describe(p).c_str()));
      if (black && !isYoung(p) && !(headerOf(p) & (kMarked | kPrebuilt)) && !gray_.count(p) &&
          !inDirtyCard(object, header, slot))
        report(format("%s field +%ld = %s: marked object points to an unmarked one during marking",
                      describe(object).c_str(), offset, describe(p).c_str()));
    });
  }
};

} // namespace

std::vector<std::string> verifyHeap(bool wholeHeap) {
  Verifier verifier;
  verifier.run(wholeHeap);
  return std::move(verifier.problems);
}

void verifyOrDie(const char* when, bool wholeHeap) {
  std::vector<std::string> problems = verifyHeap(wholeHeap);
  if (problems.empty()) return;
  for (size_t i = 0; i < problems.size() && i < kProblemsPrinted; ++i)
    fprintf(stderr, "kiln: gc verifier: %s\n", problems[i].c_str());
  kiln_fatal("heap verifier failed %s (%zu problems): %s", when, problems.size(),
             problems[0].c_str());
}

} // namespace kiln::gc

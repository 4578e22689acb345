// The old generation's memory (gen collector): where survivors of minor collections, large
// objects and objects allocated while the nursery is full live. Objects never move here.
//
// Small objects (header included, up to kMaxSmall bytes) are carved from pages of one size
// class each; bigger ones ("large": big arrays, long strings) get their own mapping. The
// collector marks objects in their headers; sweep() asks it which objects are alive, frees the
// others (after their finalizers), and gives memory of wholly free pages back to the OS once
// enough of it is free.
//
// Addresses handed out point at the object's header word (8-aligned); the object proper starts
// 8 bytes after. Memory returned by allocate*() is zero-filled.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiln::gc {

class OldSpace {
public:
  static constexpr size_t kPageSize = 64 * 1024;
  static constexpr size_t kMaxSmall = 4096; // bigger objects are large

  OldSpace();
  ~OldSpace();
  OldSpace(const OldSpace&) = delete;

  // `bytes` (header included, a multiple of 8, >= 16) of zeroed memory; null when the OS
  // refuses more memory.
  void* allocate(size_t bytes);
  // A large object: `bytes` of zeroed memory (header included) preceded by `cardBytes` zeroed
  // bytes the collector uses as the object's card table (cards() gives them back). Null when
  // the OS refuses.
  void* allocateLarge(size_t bytes, size_t cardBytes);
  // The card table of a large object allocated with cardBytes > 0 (its first byte), else null.
  uint8_t* cards(void* object) const;

  // Whether `p` is the header address of an object allocate*() returned and sweep() has not
  // freed (the heap verifier's question; O(log pages)).
  bool isObject(const void* p) const;
  // Calls f(headerAddress, bytes) for every object alive (allocated, not swept).
  template <class F> void forEachObject(F&& f) const;

  // Frees every object for which isAlive(headerAddress) is false, after calling
  // finalize(headerAddress) for it when hasFinalizer(headerAddress). Returns the bytes freed.
  // Pages left wholly free are kept for reuse; beyond `keepFreeBytes` of them, their memory
  // goes back to the OS (the mapping stays, madvise(MADV_DONTNEED), or munmap for large ones).
  template <class Alive, class HasFinalizer, class Finalize>
  size_t sweep(Alive&& isAlive, HasFinalizer&& hasFinalizer, Finalize&& finalize, size_t keepFreeBytes);

  size_t bytesInUse() const;      // of objects allocated and not freed (headers included)
  size_t bytesMapped() const;     // of memory held from the OS (pages with memory, large objects)
  size_t bytesReleased() const;   // given back to the OS so far, in total

  // What allocate(bytes) really takes: `bytes` rounded up to its size class when small, else
  // `bytes`. forEachObject reports, bytesInUse counts and sweep returns these sizes.
  static size_t roundedSize(size_t bytes);

private:
  struct Impl;
  Impl* impl_;
  // The non-template parts of the walkers (old_space.cpp).
  void walk(void (*visit)(void* ctx, void* object, size_t bytes), void* ctx) const;
  size_t sweepWith(bool (*alive)(void* ctx, void* object), bool (*hasFinalizer)(void* ctx, void* object),
                   void (*finalize)(void* ctx, void* object), void* ctx, size_t keepFreeBytes);
};

template <class F> void OldSpace::forEachObject(F&& f) const {
  walk([](void* ctx, void* object, size_t bytes) { (*static_cast<F*>(ctx))(object, bytes); }, &f);
}

template <class Alive, class HasFinalizer, class Finalize>
size_t OldSpace::sweep(Alive&& isAlive, HasFinalizer&& hasFinalizer, Finalize&& finalize, size_t keepFreeBytes) {
  struct Ctx {
    Alive& alive;
    HasFinalizer& hasFinalizer;
    Finalize& finalize;
  } ctx{isAlive, hasFinalizer, finalize};
  return sweepWith([](void* c, void* o) { return bool(static_cast<Ctx*>(c)->alive(o)); },
                   [](void* c, void* o) { return bool(static_cast<Ctx*>(c)->hasFinalizer(o)); },
                   [](void* c, void* o) { static_cast<Ctx*>(c)->finalize(o); }, &ctx, keepFreeBytes);
}

} // namespace kiln::gc

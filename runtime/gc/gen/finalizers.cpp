// Finalizers (kiln_gc_register_finalizer): fn(obj) runs once the collector finds obj
// unreachable, before its memory is reused. Young objects' finalizers are in a list the minor
// collection walks after copying (an object not copied is dead); old objects' are in a map the
// sweep consults for objects with kHasFinalizer (heap.h invariant 5). Finalizers must not
// allocate nor touch other GC objects, so a dead object's referents need not stay alive for it.
#include <algorithm>

#include "heap.h"

namespace kiln::gc {

void processYoungFinalizers() {
  Heap& heap = gHeap;
  for (auto [object, fn] : heap.youngFinalizers) {
    if (headerOf(object) & kForwarded)
      heap.oldFinalizers[*static_cast<void**>(object)] = fn;
    else
      fn(object);
  }
  heap.youngFinalizers.clear();
}

void runOldFinalizer(void* object) {
  auto it = gHeap.oldFinalizers.find(object);
  if (it == gHeap.oldFinalizers.end()) return;
  Finalizer fn = it->second;
  gHeap.oldFinalizers.erase(it);
  fn(object);
}

} // namespace kiln::gc

using namespace kiln::gc;

void kiln_gc_register_finalizer(void* obj, void (*fn)(void*)) {
  uint64_t& header = headerOf(obj);
  if (header & kPrebuilt) return; // never dies
  if (!isYoung(obj)) {
    header |= kHasFinalizer;
    gHeap.oldFinalizers[obj] = fn;
    return;
  }
  auto& young = gHeap.youngFinalizers;
  if (!(header & kHasFinalizer)) {
    header |= kHasFinalizer;
    young.emplace_back(obj, fn);
    return;
  }
  for (auto& entry : young)
    if (entry.first == obj) entry.second = fn; // registered again: the new function replaces
}

void kiln_gc_unregister_finalizer(void* obj) {
  uint64_t& header = headerOf(obj);
  if (!(header & kHasFinalizer)) return;
  header &= ~kHasFinalizer;
  if (!isYoung(obj)) {
    gHeap.oldFinalizers.erase(obj);
    return;
  }
  auto& young = gHeap.youngFinalizers;
  young.erase(std::remove_if(young.begin(), young.end(),
                             [obj](const auto& entry) { return entry.first == obj; }),
              young.end());
}

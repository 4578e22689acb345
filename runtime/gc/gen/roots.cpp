// The gen collector's roots: the shadow stack generated code pushes its live GC pointers on
// (gc.h), and the global GC pointers the runtime registers (kiln_gc_add_root). Collections
// walk both with forEachRootSlot (heap.h).
//
// The shadow stack is one reservation of kShadowStackBytes (MAP_NORESERVE: only the pages used
// take memory). kiln_gc_ss_limit leaves kShadowStackMargin below the end, room for the runtime's
// own entries (kiln_roots) after generated code checked the limit.
#include <sys/mman.h>

#include "heap.h"
#include "kiln/runtime.h"

void** kiln_gc_ss_top = nullptr;
void** kiln_gc_ss_limit = nullptr;

namespace kiln::gc {

namespace {
constexpr size_t kShadowStackBytes = size_t(256) << 20;
constexpr size_t kShadowStackMargin = size_t(1) << 20;
} // namespace

void initShadowStack() {
  if (gHeap.shadowStackBase) return;
  void* base = mmap(nullptr, kShadowStackBytes, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED)
    kiln_fatal("cannot reserve the GC shadow stack (%zu bytes)", kShadowStackBytes);
  gHeap.shadowStackBase = static_cast<void**>(base);
  kiln_gc_ss_top = gHeap.shadowStackBase;
  kiln_gc_ss_limit =
      reinterpret_cast<void**>(static_cast<char*>(base) + kShadowStackBytes - kShadowStackMargin);
}

} // namespace kiln::gc

void kiln_gc_add_root(void* addr) {
  kiln::gc::gHeap.roots.push_back(static_cast<void**>(addr));
}

// The JIT's root memory (kiln/gc.h) is Boehm's: `translate` refuses --jit with --gc=gen.
void* kiln_gc_alloc_root_memory(size_t) { kiln_fatal("the JIT's root memory needs --gc=boehm"); }
void kiln_gc_free_root_memory(void*) {}

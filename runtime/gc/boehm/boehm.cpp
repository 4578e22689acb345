// The Boehm backend of kiln/gc.h (`--gc=boehm`): Boehm's conservative, non-moving collector
// (libgc), linked as libkiln_gc_boehm.a next to the runtime library.
//
// What this backend is, and why most of gc.h costs nothing here:
//  1. Objects have no header: a pointer points at the object's first byte. The type id passed to
//     kiln_gc_alloc* only gives the size (kiln_gc_object_size) and whether the object may hold
//     GC pointers; an object that cannot (no KILN_GC_TYPE_HAS_PTRS) is allocated atomic, so the
//     collector never scans it.
//  2. Boehm scans the stacks, registers and static data conservatively, and never moves an
//     object: the write barrier, kiln_gc_add_root and kiln_roots have nothing to do,
//     and an object's address is its identity (kiln_gc_id) and the source of its hash.
//  3. Every allocation is zero-filled (GC_MALLOC clears; GC_MALLOC_ATOMIC does not, so we do)
//     and never null: out of memory is fatal (kiln_fatal), whether Boehm reports it through its
//     out-of-memory callback or an allocation returns null.
//  4. A collection may run at any allocation (stronger than gc.h's invariant 3 needs): what the
//     runtime holds across an allocation is on the stack or in GC objects, which Boehm scans
//     (never in malloc'd memory, which it does not).
#include <gc.h>

#include <cstdlib>
#include <cstring>

#include "kiln/gc.h"
#include "kiln/runtime.h"

namespace {

void* checked(void* p, size_t nbytes) {
  if (!p) kiln_fatal("out of memory (%zu bytes)", nbytes);
  return p;
}

void* onOutOfMemory(size_t nbytes) {
  kiln_fatal("out of memory (%zu bytes)", nbytes);
}

const kiln_gc_type_info& typeInfo(uint32_t tid) {
  if (tid == KILN_TID_NONE || tid >= kiln_gc_type_count) kiln_fatal("bad GC type id %u", tid);
  return kiln_gc_types[tid];
}

// `nbytes` of zeroed memory, scanned by the collector when `hasPtrs` (invariant 1).
void* allocate(size_t nbytes, bool hasPtrs) {
  if (hasPtrs) return checked(GC_MALLOC(nbytes), nbytes);
  void* p = checked(GC_MALLOC_ATOMIC(nbytes), nbytes);
  memset(p, 0, nbytes);
  return p;
}

// Runs the finalizer kiln_gc_register_finalizer was given (Boehm's callbacks take two pointers).
void runFinalizer(void* object, void* fn) {
  reinterpret_cast<void (*)(void*)>(fn)(object);
}

} // namespace

// -- Both collectors -------------------------------------------------------------------------------

// The smallest heap Boehm keeps. It grows a heap only when too little is free after a
// collection, so a program with little live data and much garbage (an interpreter boxing every
// number) stays at a few hundred KiB and collects every few hundred KiB allocated: thousands of
// collections a second, each scanning every root. 8 MiB measured best on targets/lua's
// benchmarks (27-43% faster than Boehm's own start; 32 MiB was slower again: the objects no
// longer stay in the caches between collections). KILN_BOEHM_MIN_HEAP=<bytes>[K|M|G] overrides
// it (0: Boehm's own start).
constexpr size_t kMinHeap = size_t(8) << 20;

size_t minHeapSize() {
  const char* env = std::getenv("KILN_BOEHM_MIN_HEAP");
  if (!env) return kMinHeap;
  char* end = nullptr;
  unsigned long long n = std::strtoull(env, &end, 10);
  int shift = *end == 'K' ? 10 : *end == 'M' ? 20 : *end == 'G' ? 30 : 0;
  if (end == env || (shift && end[1]) || (!shift && *end)) kiln_fatal("KILN_BOEHM_MIN_HEAP: '%s' is not <bytes>[K|M|G]", env);
  return size_t(n) << shift;
}

void kiln_gc_init() {
  GC_INIT();
  size_t minHeap = minHeapSize();
  if (GC_get_heap_size() < minHeap) GC_expand_hp(minHeap - GC_get_heap_size());
  // A collection when what was allocated since the last one reaches half the heap (Boehm's
  // default is a third): the heap grows about as --gc=gen's old generation does (1.5x). On
  // targets/lua's allocation-heavy benchmarks (CD, DeltaBlue, Json) 7-18% faster, for 8-19%
  // more memory. Boehm's own GC_FREE_SPACE_DIVISOR still decides when it is set.
  if (!std::getenv("GC_FREE_SPACE_DIVISOR")) GC_set_free_space_divisor(2);
  GC_set_oom_fn(onOutOfMemory);
  GC_set_warn_proc(GC_ignore_warn_proc); // "repeated allocation of very large block"
}

void* kiln_gc_alloc(uint32_t tid) {
  const kiln_gc_type_info& t = typeInfo(tid);
  return allocate(kiln_gc_object_size(t, 0), (t.flags & KILN_GC_TYPE_HAS_PTRS) != 0);
}

void* kiln_gc_alloc_varsize(uint32_t tid, int64_t length) {
  const kiln_gc_type_info& t = typeInfo(tid);
  if (length < 0 || (t.item_size && uint64_t(length) > (uint64_t(INT64_MAX) - t.size) / t.item_size))
    kiln_fatal("out of memory (a %s of %lld items)", t.name, static_cast<long long>(length));
  void* p = allocate(kiln_gc_object_size(t, length), (t.flags & KILN_GC_TYPE_HAS_PTRS) != 0);
  memcpy(static_cast<char*>(p) + t.length_offset, &length, sizeof length);
  return p;
}

void kiln_gc_write_barrier(void*) {}

void kiln_gc_add_root(void*) {}

void kiln_gc_register_finalizer(void* obj, void (*fn)(void*)) {
  GC_register_finalizer(obj, runFinalizer, reinterpret_cast<void*>(fn), nullptr, nullptr);
}

void kiln_gc_unregister_finalizer(void* obj) {
  GC_register_finalizer(obj, nullptr, nullptr, nullptr, nullptr);
}

void kiln_gc_collect() {
  GC_gcollect();
}

// CPython's _Py_HashPointer: the address with its low 4 bits (always 0) rotated to the top.
int64_t kiln_gc_identityhash(const void* p) {
  uint64_t x = uint64_t(uintptr_t(p));
  return int64_t((x >> 4) | (x << 60));
}

int64_t kiln_gc_id(const void* p) {
  return int64_t(uintptr_t(p));
}

int64_t kiln_gc_heap_size() {
  return int64_t(GC_get_heap_size());
}

int64_t kiln_gc_minor_count() {
  return 0; // Boehm (as kiln uses it) is not generational
}

int64_t kiln_gc_major_count() {
  return int64_t(GC_get_gc_no());
}

// -- boehm only -------------------------------------------------------------------------------------

void* kiln_gc_malloc(size_t nbytes) {
  return allocate(nbytes ? nbytes : 1, true);
}

void* kiln_gc_malloc_atomic(size_t nbytes) {
  return allocate(nbytes ? nbytes : 1, false);
}

void* kiln_gc_alloc_root_memory(size_t nbytes) { return checked(GC_MALLOC_UNCOLLECTABLE(nbytes ? nbytes : 1), nbytes); }

void kiln_gc_free_root_memory(void* p) { GC_FREE(p); }

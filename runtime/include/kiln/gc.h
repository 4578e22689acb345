// kiln/gc.h -- the garbage collector's interface with generated code and the rest of the runtime
// (DESIGN.md §2.8; docs/gc.md has the whole contract).
//
// Two collectors implement it, chosen at translation time (`--gc`) by linking one of two
// libraries next to libkiln_runtime.a:
//   boehm  libkiln_gc_boehm.a: Boehm's conservative collector (libgc); objects have no header;
//   gen    libkiln_gc_gen.a: kiln's precise, moving, generational collector (runtime/gc/gen/).
// The runtime library itself is compiled once and works with both: it allocates only through
// kiln_gc_alloc / kiln_gc_alloc_varsize, stores GC pointers into objects it did not just
// allocate only after kiln_gc_write_barrier, registers its global GC pointers with
// kiln_gc_add_root, and keeps its local GC pointers alive across calls back into generated code
// with kiln_roots (generic/values.h: a local's address + 1 on the shadow stack). Code compiled with the generated program (this header, the generic
// helpers) sees KILN_GC_GEN (0 or 1) and inlines the collector's fast paths.
//
// The gen collector's invariants, as far as code outside it must know them:
//  1. Every GC object is preceded by one 64-bit header word: the type id in the low 32 bits
//     (an index into kiln_gc_types), flags in the high 32. Pointers point after the header.
//  2. Young objects live in the nursery and move at each minor collection; a GC pointer held
//     anywhere the collector does not know about is stale after a collection. The collector
//     knows: the shadow stack (kiln_gc_ss_top), registered roots, GC objects.
//  3. Collections happen only (a) in kiln_gc_alloc_slow, kiln_gc_collect_pending and
//     kiln_gc_collect, which generated code calls with its live GC pointers on the shadow stack,
//     and (b) inside calls of generated code. kiln_gc_alloc and kiln_gc_alloc_varsize never
//     collect: when the nursery is full they allocate old and set kiln_gc_pending, and
//     generated code collects at its next safe point (after the helper returns).
//  4. An old object whose header has KILN_GCFLAG_TRACK_YOUNG_PTRS set must go through the write
//     barrier before a GC pointer is stored into it. An object allocated by kiln_gc_alloc* is
//     exempt until the next collection (it is young, or old and already remembered).
//  5. Every allocation is zero-filled; a varsize object comes back with its length set.
#pragma once

#include <cstddef>
#include <cstdint>

#ifndef KILN_GC_GEN
#define KILN_GC_GEN 0
#endif

// -- Type tables ---------------------------------------------------------------------------------
// What the collector knows of each type of GC object: its size and where its GC pointers are.
// Codegen emits kiln_gc_types[] for the program; its first KILN_TID_FIRST_PROGRAM entries are
// the runtime's own types, KILN_GC_RUNTIME_TYPES below.
struct kiln_gc_type_info {
  uint32_t size;          // bytes of the object, header excluded; of a varsize object, the fixed
                          // part (everything before items[0], plus str's terminating NUL)
  uint32_t item_size;     // varsize: bytes per item; 0 for a fixed-size type
  uint32_t length_offset; // varsize: offset of the int64_t item count
  uint32_t items_offset;  // varsize: offset of items[0]
  uint32_t flags;         // KILN_GC_TYPE_*
  uint32_t n_ptrs;        // how many GC pointers the fixed part has
  uint32_t n_item_ptrs;   // varsize: how many GC pointers each item has
  const uint32_t* ptrs;      // their offsets in the object
  const uint32_t* item_ptrs; // their offsets in an item
  const char* name;          // the low-level type's name, for the verifier and logs
};
enum : uint32_t {
  KILN_GC_TYPE_VARSIZE = 1,   // ends in an array of `length` items
  KILN_GC_TYPE_HAS_PTRS = 2,  // n_ptrs or n_item_ptrs is not 0
};
// The bytes an object of the type takes, header excluded: rounded up to 8, at least 8 (room
// for a forwarding pointer).
inline size_t kiln_gc_object_size(const kiln_gc_type_info& t, int64_t length) {
  size_t n = t.size + ((t.flags & KILN_GC_TYPE_VARSIZE) ? size_t(length) * t.item_size : 0);
  return n < 8 ? 8 : (n + 7) & ~size_t(7);
}

// The runtime's own types (codegen emits these first, in this order, then the program's).
enum : uint32_t {
  KILN_TID_NONE = 0,       // never used: a zero header is a bug
  KILN_TID_STR,            // str (and bytes): varsize, no pointers
  KILN_TID_STRBUILDER,     // strbuilder {length, buf}
  KILN_TID_FILE,           // file {stream, flags}
  KILN_TID_EXC,            // an instance of a built-in exception class made by the runtime
  KILN_TID_STR_ARRAY,      // kiln_str_array {length, items: str*[]}
  KILN_TID_FIRST_PROGRAM,  // the first id codegen gives a program type
};
extern "C++" {
extern const kiln_gc_type_info kiln_gc_types[]; // defined by the generated program
extern const uint32_t kiln_gc_type_count;
// --max-heap given to `kiln translate`, in bytes (0: no limit); KILN_GC_MAX_HEAP overrides it.
extern const int64_t kiln_gc_max_heap_option;
}

// -- Header flags the generated code and the runtime test ------------------------------------------
#define KILN_GC_HEADER(p) (((uint64_t*)(p))[-1])
enum : uint64_t {
  // An old object not in the remembered set: the write barrier's one flag.
  KILN_GCFLAG_TRACK_YOUNG_PTRS = uint64_t(1) << 32,
  // A prebuilt object (static data): never moves nor freed. Codegen sets it with the type id.
  KILN_GCFLAG_PREBUILT = uint64_t(1) << 33,
  // Bits 34..63 belong to the collector.
};

// A prebuilt GC object in static data (gen): its header, then the object.
template <class T> struct kiln_gc_prebuilt {
  uint64_t header;
  T object;
};

extern "C++" {

// -- Both collectors -----------------------------------------------------------------------------
// Called by kiln_rt_init before anything allocates.
void kiln_gc_init();
// A zero-filled object of a fixed-size type / a varsize type with `length` items (its length
// field set). Never collects (invariant 3), never null: running out of memory here is fatal.
void* kiln_gc_alloc(uint32_t tid);
void* kiln_gc_alloc_varsize(uint32_t tid, int64_t length);
// The write barrier for runtime code that stores a GC pointer into `obj`, or moves pointers
// around inside it (sort, insert, reverse): call it once before the stores.
void kiln_gc_write_barrier(void* obj);
// A global (static) GC pointer the collector must keep alive and update.
void kiln_gc_add_root(void* addr);
// Memory outside the GC heap that the collector scans for GC pointers (conservatively) and
// never frees: the JIT's registers and trace constants. Boehm only (the JIT needs --gc=boehm).
void* kiln_gc_alloc_root_memory(size_t nbytes);
void kiln_gc_free_root_memory(void* p);
// `fn(obj)` runs when the collector finds `obj` unreachable (before its memory is reused). fn
// must not allocate nor touch other GC objects. (Used by files, to close them.)
void kiln_gc_register_finalizer(void* obj, void (*fn)(void*));
void kiln_gc_unregister_finalizer(void* obj);
// gc.collect(): a full collection now (gen: at the caller's next safe point, invariant 3).
void kiln_gc_collect();
// Identity hash and id (stable while the object lives, even when it moves). Never collect.
int64_t kiln_gc_identityhash(const void* p);
int64_t kiln_gc_id(const void* p);
// Statistics for tests and kiln.rgc: bytes in use in the heap after the last collection,
// and how many minor / major collections ran.
int64_t kiln_gc_heap_size();
int64_t kiln_gc_minor_count();
int64_t kiln_gc_major_count();

// -- boehm only: what generated code calls (transforms/malloc_lowering.cpp) ------------------------
// Zeroed memory for an object that may hold GC pointers / holds none; never null.
void* kiln_gc_malloc(size_t nbytes);
void* kiln_gc_malloc_atomic(size_t nbytes);

// -- gen only: what generated code calls -----------------------------------------------------------
// The shadow stack: generated code pushes its live GC pointers here around calls that may
// collect, and reloads them after (the collector updates them). An entry with bit 0 set is the
// address of a C++ local holding a GC pointer (kiln_roots, generic/values.h), plus 1.
extern void** kiln_gc_ss_top;
extern void** kiln_gc_ss_limit;
// The nursery's bump pointer and end. Not zero-filled: each allocation zeroes its object.
extern char* kiln_gc_nursery_free;
extern char* kiln_gc_nursery_top;
// Set when a collection is due at the next safe point (invariant 3).
extern bool kiln_gc_pending;
// The slow path of an allocation from generated code (length < 0: a fixed-size type): may
// collect; returns null with MemoryError pending when the heap is exhausted or over
// --max-heap.
void* kiln_gc_alloc_slow(uint32_t tid, int64_t length);
// The safe point after a helper call that allocated: collects if kiln_gc_pending. Returns false
// with MemoryError pending when the heap is over its limit after collecting.
bool kiln_gc_collect_pending();
// The write barrier's slow paths (the fast path is the flag test, below).
void kiln_gc_wb_slow(void* obj);
void kiln_gc_wb_array_slow(void* array, int64_t index);

} // extern "C++"

// The largest object (header included) the inline fast path allocates in the nursery; bigger
// ones take the slow path (large objects live outside the nursery).
constexpr size_t KILN_GC_NURSERY_MAX_OBJECT = 32 * 1024;

#if KILN_GC_GEN
// The fast path of an allocation: `total` = header + kiln_gc_object_size, at most
// KILN_GC_NURSERY_MAX_OBJECT. Null when the nursery is full (then kiln_gc_alloc_slow). The
// object is zeroed here rather than the whole nursery after each minor collection: its lines
// are being written now, while a nursery-wide memset would stream megabytes through the cache.
//
// A size known at compile time, up to 256 bytes, is zeroed with unrolled 16-byte stores: GCC
// makes a memset of a constant 144 bytes `rep stosq`, whose startup cost was a third of
// targets/lua's frame allocation.
typedef uint64_t kiln_gc_zero16 __attribute__((vector_size(16), aligned(8), may_alias));
inline void* kiln_gc_fast_alloc(uint32_t tid, size_t total) {
  char* p = kiln_gc_nursery_free;
  if (__builtin_expect(size_t(kiln_gc_nursery_top - p) < total, 0)) return nullptr;
  kiln_gc_nursery_free = p + total;
  if (__builtin_constant_p(total) && total <= 256) {
    size_t i = 8; // the header word is written below
#pragma GCC unroll 16
    for (; i + 16 <= total; i += 16) *(kiln_gc_zero16*)(p + i) = kiln_gc_zero16{0, 0};
    if (i < total) *(uint64_t*)(p + i) = 0;
  } else {
    __builtin_memset(p, 0, total);
  }
  *(uint64_t*)p = tid;
  return p + 8;
}
// Runtime helpers' allocations (kiln_gc_alloc, kiln_gc_alloc_varsize: zeroed, never collect)
// with the nursery's fast path inline, for the helpers generated code instantiates (generic/):
// a list made by `[x] * n` or a slice costs two bumps instead of two calls.
inline void* kiln_gc_alloc_varsize_inline(uint32_t tid, int64_t length) {
  const kiln_gc_type_info& t = kiln_gc_types[tid];
  if (uint64_t(length) <= KILN_GC_NURSERY_MAX_OBJECT) {
    size_t total = 8 + kiln_gc_object_size(t, length);
    if (total <= KILN_GC_NURSERY_MAX_OBJECT)
      if (void* p = kiln_gc_fast_alloc(tid, total)) {
        *(int64_t*)((char*)p + t.length_offset) = length;
        return p;
      }
  }
  return kiln_gc_alloc_varsize(tid, length);
}
inline void* kiln_gc_alloc_inline(uint32_t tid) {
  size_t total = 8 + kiln_gc_object_size(kiln_gc_types[tid], 0);
  if (total <= KILN_GC_NURSERY_MAX_OBJECT)
    if (void* p = kiln_gc_fast_alloc(tid, total)) return p;
  return kiln_gc_alloc(tid);
}
inline void kiln_gc_wb(void* obj) {
  if (__builtin_expect((KILN_GC_HEADER(obj) & KILN_GCFLAG_TRACK_YOUNG_PTRS) != 0, 0)) kiln_gc_wb_slow(obj);
}
inline void kiln_gc_wb_array(void* array, int64_t index) {
  if (__builtin_expect((KILN_GC_HEADER(array) & KILN_GCFLAG_TRACK_YOUNG_PTRS) != 0, 0)) kiln_gc_wb_array_slow(array, index);
}
#else
inline void* kiln_gc_alloc_varsize_inline(uint32_t tid, int64_t length) { return kiln_gc_alloc_varsize(tid, length); }
inline void* kiln_gc_alloc_inline(uint32_t tid) { return kiln_gc_alloc(tid); }
inline void kiln_gc_wb(void*) {}
inline void kiln_gc_wb_array(void*, int64_t) {}
#endif

// kiln/runtime.h -- the runtime library's interface with generated code (DESIGN.md §2.8).
//
// Generated C++ includes this header first, then defines its own structs (one per low-level
// type, codegen/), then includes nothing else: every runtime helper a low-level graph calls
// (rtyper/helpers.def) is declared here or in the headers this one includes.
//
// The contract, in short (docs/runtime.md has it in full):
// - Low-level types map to C++ as: Signed int64_t, Unsigned uint64_t, Float double, Bool bool,
//   Char char (compared as unsigned bytes), UniChar uint32_t, Ptr(T) T*. A Void value is not
//   passed, except to a generic helper, which gets `kiln_none` for it.
// - The runtime defines the structs whose layout it relies on: `str` (and its chars array
//   `kiln_chars`), `strbuilder`, `file`. Codegen uses these definitions for the low-level types of
//   those names and checks their layout with static_asserts; their GC type ids are gc.h's
//   KILN_TID_* (with kiln_exc_head for the exceptions the runtime makes and kiln_str_array, the
//   arrays of strs it makes). Instances, vtables and exceptions
//   are generated structs; the runtime sees only their heads (kiln_object_head,
//   kiln_vtable_head, kiln_exc_head), which every such struct starts with.
// - A plain helper is `kiln_<id>` with a fixed C++ signature, compiled into libkiln_runtime.a. A
//   helper flagged Generic in helpers.def is a function template `kiln_<id><R>(args...)`: codegen
//   passes the call's result type R (void for Void) and the arguments, whose types the template
//   deduces; it lives in kiln/generic/*.h.
// - Exceptions: a helper that raises sets the exception state (kiln_exc_type, kiln_exc_value)
//   and returns any value of its result type; generated code tests kiln_exc_type after every
//   call that can raise (transforms/exception_transform.cpp).
// - Memory (kiln/gc.h): the runtime works with either collector. It allocates only through
//   kiln_gc_alloc / kiln_gc_alloc_varsize with a type id (its own types' KILN_TID_*, a generated
//   struct's kiln_struct<T>::tid), never changes a varsize object's length after allocating it,
//   calls the write barrier before storing a GC pointer into an object it did not allocate
//   since its last call into generated code, registers its global GC pointers as roots, and
//   keeps its GC pointer locals on the shadow stack (kiln_roots, generic/values.h) across calls
//   into generated code, re-reading whatever it derived from them (items arrays, entries).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "kiln/gc.h"

// -- Strings ---------------------------------------------------------------------------------------
// A str is immutable UTF-8: `length` counts code points (== chars.length for ASCII), `hash` is 0
// until computed. bytes share the representation (length == chars.length, any byte values).
struct kiln_chars {
  int64_t length; // in bytes
  char items[];
};
struct str {
  int64_t hash;
  int64_t length; // in code points
  kiln_chars chars;
};

// -- Instances, vtables, exceptions ----------------------------------------------------------------
struct kiln_vtable_head {
  int64_t subclassrange_min, subclassrange_max;
  str* name; // the class's __name__
};
struct kiln_object_head {
  kiln_vtable_head* typeptr;
};
struct kiln_exc_head { // every instance of BaseException and its subclasses
  kiln_object_head super;
  str* message; // str(e); null reads as ''
};

// The built-in exception classes (annotator/builtin_classes.def), for kiln_raise.
enum kiln_exc : int {
#define BUILTIN_EXCEPTION(name, base) KILN_EXC_##name,
#include "../../../annotator/builtin_classes.def"
  KILN_EXC_COUNT
};

// A Void operand of a generic helper (None).
struct kiln_none_t {};
inline constexpr kiln_none_t kiln_none{};

extern "C++" {

// -- What codegen defines for the runtime (in the generated main file) -----------------------------
// The vtables of the built-in exception classes, indexed by kiln_exc.
extern kiln_vtable_head* const kiln_builtin_vtables[KILN_EXC_COUNT];
// Every generated function, for crash reports: sorted by address at startup.
struct kiln_function_info {
  const void* address;
  const char* name; // the kiln Python qualified name: "prog.Node.__init__"
  const char* file;
  int line;
};
extern const kiln_function_info kiln_functions[];
extern const size_t kiln_function_count;

// -- Process -----------------------------------------------------------------------------------------
// Called first by the generated main(): GC (kiln_gc_init, then the runtime's roots), stack
// limit, stdout buffer, crash handlers.
void kiln_rt_init(int argc, char** argv);
// Called last by main() with the entry point's result: reports an uncaught exception (a
// traceback and `Type: message` on stderr; SystemExit exits quietly with its status), flushes
// stdout, and gives the process exit status.
int kiln_rt_exit(int64_t status);
// A fatal error in runtime code or generated code: prints `kiln: fatal error: <message>` and
// the kiln Python functions on the stack, and exits with status 134 (abort()).
[[noreturn]] void kiln_fatal(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

// -- Making strs (runtime/src/core/memory.cpp) ----------------------------------------------------
// A new str of `nbytes` bytes (zeroed) and `ncodepoints` code points; hash 0.
str* kiln_str_alloc(int64_t nbytes, int64_t ncodepoints);
// A new str of the UTF-8 text (code points counted).
str* kiln_str_from_utf8(const char* data, size_t nbytes);
str* kiln_str_from_cstr(const char* text);
// A new bytes object (length == byte count).
str* kiln_bytes_from(const char* data, size_t nbytes);

// -- Exceptions --------------------------------------------------------------------------------------
extern kiln_vtable_head* kiln_exc_type;  // null when no exception is pending
extern kiln_object_head* kiln_exc_value;
// Sets the pending exception to `value` of class `type` (generated `raise`); a new exception
// object restarts the traceback, the same one raised again extends it.
void kiln_raise(kiln_vtable_head* type, kiln_object_head* value);
// Raises a new instance of a built-in exception class with str(e) == message (null: '').
void kiln_raise_builtin(kiln_exc kind, str* message);
// The same with a printf-formatted message (UTF-8).
void kiln_raise_fmt(kiln_exc kind, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
// Whether the pending exception is an instance of the built-in class (or a subclass).
bool kiln_exc_matches(kiln_exc kind);
// Clears the pending exception (a handler caught it).
void kiln_exc_clear();

// Tracebacks: generated code records each kiln Python frame an exception passes through.
struct kiln_tb_entry {
  const char* file;
  int line;
  const char* function;
};
void kiln_tb_add(const kiln_tb_entry* entry);

// -- Stack check (transforms/stack_check.cpp) ------------------------------------------------------
// The lowest address the stack may grow to before RecursionError, set by kiln_rt_init.
extern char* kiln_stack_limit;
void kiln_stack_overflow(); // raises RecursionError('maximum recursion depth exceeded')
inline void kiln_stack_check() {
  if ((char*)__builtin_frame_address(0) < kiln_stack_limit) kiln_stack_overflow();
}

// -- Inline operations codegen uses for ops that can raise (ll_ops.def) ------------------------------
void kiln_raise_overflow(const char* what);   // OverflowError(what)
void kiln_raise_zero_division(const char* what); // ZeroDivisionError(what)

// -- Debugging ---------------------------------------------------------------------------------------
void kiln_debug_print_str(str* s);
void kiln_debug_print_int(int64_t i);
void kiln_debug_print_float(double f);
void kiln_debug_print_cstr(const char* s);
void kiln_debug_print_end(); // the newline

} // extern "C++"

// The operations codegen writes as inline functions.
#include "kiln/ops.h"
// The plain helpers (fixed signatures, compiled into the library), by area.
#include "kiln/rt_str.h"
#include "kiln/rt_numbers.h"
#include "kiln/rt_io.h"

// The runtime's own entries of the collector's type table (gc.h: kiln_gc_types[KILN_TID_NONE]
// through [KILN_TID_STR_ARRAY], in that order), which the table codegen emits starts with:
//   const kiln_gc_type_info kiln_gc_types[] = {KILN_GC_RUNTIME_TYPES, <the program's types>};
// A str's fixed part ends with the NUL after its chars (memory.cpp, invariant 3).
inline constexpr uint32_t kiln_rt_gc_ptrs_strbuilder[] = {offsetof(strbuilder, buf)};
inline constexpr uint32_t kiln_rt_gc_ptrs_exc[] = {offsetof(kiln_exc_head, message)};
inline constexpr uint32_t kiln_rt_gc_item_ptrs_str_array[] = {0};
#define KILN_GC_RUNTIME_TYPES                                                                      \
  {0, 0, 0, 0, 0, 0, 0, nullptr, nullptr, "(none)"},                                               \
  {uint32_t(offsetof(str, chars.items) + 1), 1, uint32_t(offsetof(str, chars.length)),             \
   uint32_t(offsetof(str, chars.items)), KILN_GC_TYPE_VARSIZE, 0, 0, nullptr, nullptr, "str"},     \
  {sizeof(strbuilder), 0, 0, 0, KILN_GC_TYPE_HAS_PTRS, 1, 0, kiln_rt_gc_ptrs_strbuilder, nullptr,  \
   "strbuilder"},                                                                                  \
  {sizeof(file), 0, 0, 0, 0, 0, 0, nullptr, nullptr, "file"},                                      \
  {sizeof(kiln_exc_head), 0, 0, 0, KILN_GC_TYPE_HAS_PTRS, 1, 0, kiln_rt_gc_ptrs_exc, nullptr,      \
   "exception"},                                                                                   \
  {uint32_t(offsetof(kiln_str_array, items)), sizeof(str*),                                        \
   uint32_t(offsetof(kiln_str_array, length)), uint32_t(offsetof(kiln_str_array, items)),          \
   KILN_GC_TYPE_VARSIZE | KILN_GC_TYPE_HAS_PTRS, 0, 1, nullptr, kiln_rt_gc_item_ptrs_str_array,    \
   "kiln_str_array"}

// The generic helpers (templates), by area.
#include "kiln/generic/values.h"
#include "kiln/generic/list.h"
#include "kiln/generic/dict.h"
#include "kiln/generic/iter.h"
#include "kiln/generic/instance.h"
#include "kiln/generic/str_generic.h"
#include "kiln/generic/numbers_io.h"

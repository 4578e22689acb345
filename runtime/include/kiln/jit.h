// kiln/jit.h -- what a program translated with `--jit` hands the JIT runtime (DESIGN.md §3).
//
// The codewriter (jitgen/) turns the graphs the JIT may trace into jitcodes; codegen emits them
// and their descriptors as the static data below (one kiln_jit_program, `kiln_jit_data`), the
// call thunks for residual calls, and rewrites the portal's jit_merge_point into a call of
// kiln_jit_merge_point. The instruction set is jitgen/jitcode_ops.def; docs/jit.md has the
// whole picture. The runtime (runtime/jit/, libkiln_jit.a) traces, compiles, runs traces and
// blackholes out of them.
//
// Values cross this interface as 64-bit words: ints (bools, chars, unichars zero-extended;
// unsigned as their bits), pointers, and floats as their bits.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C++" {

// A value's kind: the register bank it lives in.
enum kiln_jit_kind : uint8_t { KILN_JIT_INT = 'i', KILN_JIT_REF = 'r', KILN_JIT_FLOAT = 'f', KILN_JIT_VOID = 'v' };

struct kiln_jit_code {
  const char* name;        // the graph's name
  const uint8_t* code;     // the instructions (jitcode_ops.def's encoding)
  uint32_t length;         // bytes
  uint16_t nregs[3];       // registers per bank (i, r, f), constants included
  uint16_t nconsts[3];     // the constants: the top nconsts registers of each bank
  const int64_t* consts_i;
  void* const* consts_r;
  const double* consts_f;
};

// getfield/setfield/getsubstruct: where the field is, how wide, what kind.
struct kiln_jit_field_descr {
  uint32_t offset;
  uint8_t size;       // 1, 4 or 8
  uint8_t kind;       // kiln_jit_kind
  uint8_t immutable;  // never written after the object is made: the tracer folds reads of constants
  const char* name;   // "Struct.field", for logs
};

// Arrays: {length, items[]} (length_offset) or fixed-size (no length: length_offset is -1).
// An interior field (an array of structs) adds field_offset/field_size to an item's address.
struct kiln_jit_array_descr {
  uint32_t items_offset;
  uint32_t item_size;
  int32_t length_offset;
  uint32_t field_offset;
  uint8_t size;       // of the item or interior field read/written: 1, 4 or 8
  uint8_t kind;       // of the item or interior field
  uint8_t immutable;  // the items are never written (read through a `[*]` field): reads of constants fold
  uint8_t fixed_length_known; // a FixedSizeArray: length is `fixed_length`
  int64_t fixed_length;
  const char* name;
};

// new / new_array: the object's size (fixed part), item size, where the length goes, and
// whether the collector must scan it.
struct kiln_jit_size_descr {
  uint32_t size;
  uint32_t item_size;
  int32_t length_offset; // new_array: where the length is stored (-1: none)
  uint8_t has_gc_ptrs;
  uint32_t tid;          // --gc=gen's type id (0 under Boehm)
  const char* name;
};

// Residual and inlined calls. `thunk` calls the compiled function with words (args[0] is the
// function pointer for an indirect call); its result is a word (0 for void).
enum : uint8_t {
  KILN_JIT_CALL_CAN_RAISE = 1,  // may leave an exception pending: guard_no_exception after it
  KILN_JIT_CALL_ELIDABLE = 2,   // pure: folded when its arguments are constants
  KILN_JIT_CALL_INDIRECT = 4,   // args[0] of the thunk is the function pointer
  KILN_JIT_CALL_PORTAL = 8,     // a call of the portal (recursion): always residual
  KILN_JIT_CALL_DIRECT = 16,    // machine code may call the callee itself, SysV's way: every
                                // argument and the result a 64-bit integer, a pointer or a double
                                // (integers in rdi..r9, doubles in xmm0..xmm7, at most 6 and 8)
};
struct kiln_jit_call_descr {
  uint64_t (*thunk)(const uint64_t* args);
  const char* name;       // the callee, for logs
  const char* arg_kinds;  // one kiln_jit_kind per argument, in order ("irf")
  uint8_t result_kind;    // kiln_jit_kind
  uint8_t flags;
  int32_t jitcode;        // inline_call: the callee's jitcode; -1 when residual
  const void* function;   // KILN_JIT_CALL_DIRECT: the callee (null for an indirect call: args[0])
};

// switch: the cases and their labels; no match falls through.
struct kiln_jit_switch_descr {
  uint32_t ncases;
  const int64_t* values;
  const uint32_t* targets;
};

// -live-: the registers live where execution may resume: n[0] ints, then n[1] refs, n[2] floats.
struct kiln_jit_live_descr {
  uint16_t n[3];
  const uint16_t* regs;
};

// A JitDriver: its portal (the jitcode with the jit_merge_point) and its greens and reds.
struct kiln_jit_driver {
  const char* name;
  int32_t portal;                  // jitcode index
  uint32_t merge_point;            // byte offset of the jit_merge_point instruction
  uint8_t ngreens, nreds;
  const char* green_kinds;         // kiln_jit_kind per green
  const char* red_kinds;
  uint8_t result_kind;             // the portal's result
  // get_printable_location(greens) as text (null: none); the runtime owns nothing it returns.
  void (*printable_location)(const uint64_t* greens, char* buf, size_t size);
};

// A function's address and its jitcode, for indirect calls (sorted by address).
struct kiln_jit_function {
  const void* address;
  int32_t jitcode;
};

struct kiln_jit_program {
  const kiln_jit_code* codes;
  uint32_t ncodes;
  const kiln_jit_field_descr* fields;
  const kiln_jit_array_descr* arrays;
  const kiln_jit_size_descr* sizes;
  const kiln_jit_call_descr* calls;
  const kiln_jit_switch_descr* switches;
  const kiln_jit_live_descr* lives;
  const kiln_jit_driver* drivers;
  uint32_t ndrivers;
  const kiln_jit_function* functions;
  uint32_t nfunctions;
  // OverflowError's vtable and the like come from the runtime (kiln_builtin_vtables).
};

// Emitted by codegen for a --jit program.
extern const kiln_jit_program kiln_jit_data;

// What the portal's jit_merge_point does (driver: index in kiln_jit_data.drivers). `state`
// holds the greens, then the reds, as words; the answer says how the portal goes on:
enum kiln_jit_outcome : int {
  KILN_JIT_RUN_NORMALLY = 0, // nothing happened: go on with the same values
  KILN_JIT_CONTINUE = 1,     // the JIT ran the program to a merge point: state has its greens and reds
  KILN_JIT_RETURN = 2,       // the portal returned: state[0] is its result
  KILN_JIT_RAISE = 3,        // the portal raised: the exception is pending
};
int kiln_jit_merge_point(int driver, uint64_t* state);
// Per driver (up to 64): a can_enter_jit was passed since the last merge point. A portal with
// can_enter_jit calls kiln_jit_merge_point only when it is set (loop headers).
extern bool kiln_jit_entered[64];

// Called by the generated main() before the entry point: reads KILNJIT and a leading
// `--jit SPEC` of argv (which it removes); returns the new argc.
int kiln_jit_init(int argc, char** argv);
// At exit: the jit-summary log section.
void kiln_jit_shutdown();

} // extern "C++"

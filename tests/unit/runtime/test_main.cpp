// The runtime tests' main: defines what generated code defines for the runtime (the built-in
// exception vtables, the function table, the collector's type table) and starts the runtime
// before GoogleTest.
//
// The type table: the runtime's own entries (KILN_GC_RUNTIME_TYPES, as codegen emits them), then
// one per test struct of test_types.h, made from the struct's shape: a struct ending in a
// flexible `items` array is varsize (length, items and item size by offsetof), anything else
// fixed (sizeof). The tests link the Boehm backend, which reads only the sizes, the varsize
// length and whether an object may hold GC pointers: an array of pointers has its item pointer
// at offset 0, an array of numbers none; a fixed struct, or an array of inlined structs (dict
// entries), is marked as holding pointers without listing them (scanned conservatively). The
// gen collector would need the exact offsets.
#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <vector>

#include "tests/unit/runtime/dict_test_structs.h"
#include "tests/unit/runtime/instance_test_structs.h"
#include "tests/unit/runtime/list_test_structs.h"
#include "tests/unit/runtime/str_generic_test_structs.h"

namespace {

const char* const kNames[] = {
#define BUILTIN_EXCEPTION(name, base) #name,
#include "annotator/builtin_classes.def"
};
const char* const kBases[] = {
#define BUILTIN_EXCEPTION(name, base) #base,
#include "annotator/builtin_classes.def"
};

kiln_vtable_head gVtables[KILN_EXC_COUNT];

// Class ids in preorder, as the rtyper assigns them (ids start at 1: 0 is `object`).
void assignIds(int cls, int64_t& next) {
  gVtables[cls].subclassrange_min = next++;
  for (int sub = 0; sub < KILN_EXC_COUNT; ++sub)
    if (std::string(kBases[sub]) == kNames[cls]) assignIds(sub, next);
  gVtables[cls].subclassrange_max = next;
}

const uint32_t kItemPointerAtZero[] = {0};

template <class T> constexpr bool isVarsize() {
  if constexpr (requires { T::items; }) return std::is_array_v<decltype(T::items)>;
  else return false;
}

// The type table entry of test struct T (see the header).
template <class T> constexpr kiln_gc_type_info testType(const char* name) {
  if constexpr (isVarsize<T>()) {
    using Item = std::remove_extent_t<decltype(T::items)>;
    constexpr bool pointers = std::is_pointer_v<Item>, inlined = std::is_class_v<Item>;
    uint32_t flags = KILN_GC_TYPE_VARSIZE | (pointers || inlined ? uint32_t(KILN_GC_TYPE_HAS_PTRS) : 0);
    return {uint32_t(offsetof(T, items)), uint32_t(sizeof(Item)), uint32_t(offsetof(T, length)),
            uint32_t(offsetof(T, items)), flags, 0, pointers ? 1u : 0u, nullptr,
            pointers ? kItemPointerAtZero : nullptr, name};
  } else {
    return {uint32_t(sizeof(T)), 0, 0, 0, KILN_GC_TYPE_HAS_PTRS, 0, 0, nullptr, nullptr, name};
  }
}

} // namespace

// What codegen emits in a translated program's main file.
kiln_vtable_head* const kiln_builtin_vtables[KILN_EXC_COUNT] = {
#define BUILTIN_EXCEPTION(name, base) &gVtables[KILN_EXC_##name],
#include "annotator/builtin_classes.def"
};
const kiln_function_info kiln_functions[] = {{nullptr, "<none>", "<none>", 0}};
const size_t kiln_function_count = 0;
const kiln_gc_type_info kiln_gc_types[] = {
    KILN_GC_RUNTIME_TYPES,
#define KILN_TEST_TYPE_INFO(T) testType<T>(#T),
    KILN_TEST_GC_TYPES(KILN_TEST_TYPE_INFO)
#undef KILN_TEST_TYPE_INFO
};
const uint32_t kiln_gc_type_count = std::size(kiln_gc_types);
const int64_t kiln_gc_max_heap_option = 0;
static_assert(std::size(kiln_gc_types) == kiln_test_tid_end, "a type id per entry");

kiln_vtable_head* kiln_test_vtable(kiln_exc kind) { return kiln_builtin_vtables[kind]; }

int main(int argc, char** argv) {
  kiln_rt_init(argc, argv); // first: it starts the GC the strs below live in
  int64_t next = 1;
  assignIds(KILN_EXC_BaseException, next);
  for (int i = 0; i < KILN_EXC_COUNT; ++i) gVtables[i].name = kiln_str_from_cstr(kNames[i]);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

// The gen collector tests' main: defines what a translated program defines for the runtime and
// the collector (the built-in exception vtables, the function table, the GC type table with a
// few test types, tests/unit/gc/gc_test.h), then starts the runtime before GoogleTest.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "kiln/runtime.h"
#include "tests/unit/gc/gc_test.h"

namespace {

const char* const kNames[] = {
#define BUILTIN_EXCEPTION(name, base) #name,
#include "annotator/builtin_classes.def"
};
const char* const kBases[] = {
#define BUILTIN_EXCEPTION(name, base) #base,
#include "annotator/builtin_classes.def"
};

// A class name as codegen emits it: a prebuilt str in static data, which the collector never
// moves nor frees.
struct NameStr {
  int64_t hash;
  int64_t length;
  int64_t charsLength;
  char items[48];
};
kiln_gc_prebuilt<NameStr> gNames[KILN_EXC_COUNT];
kiln_vtable_head gVtables[KILN_EXC_COUNT];

// Class ids in preorder, as the rtyper assigns them (ids start at 1: 0 is `object`).
void assignIds(int cls, int64_t& next) {
  gVtables[cls].subclassrange_min = next++;
  for (int sub = 0; sub < KILN_EXC_COUNT; ++sub)
    if (std::string(kBases[sub]) == kNames[cls]) assignIds(sub, next);
  gVtables[cls].subclassrange_max = next;
}

void setNames() {
  for (int i = 0; i < KILN_EXC_COUNT; ++i) {
    size_t n = strlen(kNames[i]);
    gNames[i].header = uint64_t(KILN_TID_STR) | KILN_GCFLAG_PREBUILT;
    gNames[i].object.length = gNames[i].object.charsLength = int64_t(n);
    memcpy(gNames[i].object.items, kNames[i], n + 1);
    gVtables[i].name = reinterpret_cast<str*>(&gNames[i].object);
  }
}

const uint32_t kFirstItemPtr[] = {0};
const uint32_t kNodePtrs[] = {offsetof(Node, left), offsetof(Node, right)};
const uint32_t kTablePtrs[] = {offsetof(Table, extra)};
const uint32_t kTableItemPtrs[] = {offsetof(TableItem, value)};

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
    // The test types (gc_test.h), from KILN_TID_FIRST_PROGRAM on.
    {sizeof(Node), 0, 0, 0, KILN_GC_TYPE_HAS_PTRS, 2, 0, kNodePtrs, nullptr, "test.Node"},
    {sizeof(PtrArray), 8, 0, uint32_t(offsetof(PtrArray, items)),
     KILN_GC_TYPE_VARSIZE | KILN_GC_TYPE_HAS_PTRS, 0, 1, nullptr, kFirstItemPtr, "test.PtrArray"},
    {sizeof(Bytes), 1, 0, uint32_t(offsetof(Bytes, items)), KILN_GC_TYPE_VARSIZE, 0, 0, nullptr,
     nullptr, "test.Bytes"},
    {sizeof(Table), sizeof(TableItem), uint32_t(offsetof(Table, length)),
     uint32_t(offsetof(Table, items)), KILN_GC_TYPE_VARSIZE | KILN_GC_TYPE_HAS_PTRS, 1, 1,
     kTablePtrs, kTableItemPtrs, "test.Table"},
};
const uint32_t kiln_gc_type_count = std::size(kiln_gc_types);
const int64_t kiln_gc_max_heap_option = 0;
static_assert(std::size(kiln_gc_types) == kTidCount);

int main(int argc, char** argv) {
  setNames();
  kiln_rt_init(argc, argv);
  kiln_gc_init(); // kiln_rt_init's call made it; a second call does nothing
  int64_t next = 1;
  assignIds(KILN_EXC_BaseException, next);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

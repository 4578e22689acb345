// The runtime tests' main: defines what generated code defines for the runtime (the built-in
// exception vtables, the function table) and starts the runtime before GoogleTest.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/unit/runtime/harness.h"

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

} // namespace

// What codegen emits in a translated program's main file.
kiln_vtable_head* const kiln_builtin_vtables[KILN_EXC_COUNT] = {
#define BUILTIN_EXCEPTION(name, base) &gVtables[KILN_EXC_##name],
#include "annotator/builtin_classes.def"
};
const kiln_function_info kiln_functions[] = {{nullptr, "<none>", "<none>", 0}};
const size_t kiln_function_count = 0;

kiln_vtable_head* kiln_test_vtable(kiln_exc kind) { return kiln_builtin_vtables[kind]; }

int main(int argc, char** argv) {
  kiln_rt_init(argc, argv); // first: it starts the GC the strs below live in
  int64_t next = 1;
  assignIds(KILN_EXC_BaseException, next);
  for (int i = 0; i < KILN_EXC_COUNT; ++i) gVtables[i].name = kiln_str_from_cstr(kNames[i]);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

// The jitopt tests' main: defines what a translated program's main file defines for the runtime
// (no types of its own, no functions, the built-in exception vtables), starts the runtime --
// the trace's constants live in memory the collector scans -- and points the optimizer's reads
// of immutable memory at the tests' made-up memory, before GoogleTest.
#include <gtest/gtest.h>

#include "kiln/runtime.h"
#include "tests/unit/jitopt/harness.h"

namespace {
kiln_vtable_head gVtables[KILN_EXC_COUNT];
}

kiln_vtable_head* const kiln_builtin_vtables[KILN_EXC_COUNT] = {
#define BUILTIN_EXCEPTION(name, base) &gVtables[KILN_EXC_##name],
#include "annotator/builtin_classes.def"
};
const kiln_function_info kiln_functions[] = {{nullptr, "<none>", "<none>", 0}};
const size_t kiln_function_count = 0;
const kiln_gc_type_info kiln_gc_types[] = {KILN_GC_RUNTIME_TYPES};
const uint32_t kiln_gc_type_count = std::size(kiln_gc_types);
const int64_t kiln_gc_max_heap_option = 0;

int main(int argc, char** argv) {
  kiln_rt_init(argc, argv);
  // The traces name made-up objects: their immutable fields read the tests' made-up memory.
  kiln::jitrt::readImmutable = jitopt_test::readMadeUpImmutable;
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

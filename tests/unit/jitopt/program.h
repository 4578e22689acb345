// The jitopt tests' program: the descr tables a translated program would hand the JIT
// (kiln_jit_data), made up for the golden traces of tests/jitopt/ to name -- fields mutable and
// immutable, narrow and wide, arrays of ints, chars, references and floats, an immutable
// (`[*]`) array, an interior field, sizes to allocate, and calls: the index-check helpers,
// elidable calls that can and cannot raise, residual calls, a read-only helper. program.cpp
// lists them; tests/jitopt/README.md says what each is for.
#pragma once

#include "runtime/jit/traceparse.h"

namespace jitopt_test {

// The tables of kiln_jit_data with their sizes, for the parser.
const kiln::jitrt::DescrTables& descrTables();

} // namespace jitopt_test

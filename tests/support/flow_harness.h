// Test support: flow graphs for every function of a source file, without importing it.
//
// The real pipeline imports a program with CPython and builds graphs from load-time objects.
// For stress tests and fuzzing we want graphs for arbitrary Python (the standard library,
// fuzzer inputs) without running it: every name a function reads that is not local becomes an
// opaque load-time constant, and each top-level function and method gets a synthetic function
// object. The graphs are then built and verified like real ones.
#pragma once

#include <memory>
#include <string>

#include "flowgraph/builder.h"
#include "frontend/parser.h"

namespace kiln::testing {

struct FlowHarnessResult {
  bool parsed = false;
  size_t functions = 0;   // functions attempted
  size_t graphs = 0;      // graphs built (generators count their extra graphs)
  size_t rejected = 0;    // functions the builder rejected with a diagnostic
  std::string verifierProblems; // one line per graph the verifier rejected (must stay empty)
};

// Parses `source` and builds and verifies the flow graphs of all its functions and methods.
FlowHarnessResult buildAllFunctions(const std::string& name, std::string_view source);

} // namespace kiln::testing

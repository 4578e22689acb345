// libFuzzer target for the frontend and the flow graph builder together: any input that parses
// gets flow graphs for its functions (tests/support/flow_harness.h); none may crash, and every
// graph built must pass the verifier.
#include <cstdlib>
#include <string>

#include "tests/support/flow_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kiln::testing::FlowHarnessResult r =
      kiln::testing::buildAllFunctions("fuzz.py", std::string(reinterpret_cast<const char*>(data), size));
  if (!r.verifierProblems.empty()) {
    std::fputs(r.verifierProblems.c_str(), stderr);
    std::abort();
  }
  return 0;
}

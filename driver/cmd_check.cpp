// `kiln check`: annotate a program and report where it is not kiln Python.
#include <cstdio>

#include "driver/commands.h"
#include "driver/pipeline.h"

namespace kiln::driver {

int runCheck(const Options& options) {
  if (options.inputs.size() != 1) {
    std::fprintf(stderr, "kiln: error: 'kiln check' needs exactly one program\n\n%s",
                 commandUsage(options.command).c_str());
    return 2;
  }
  Pipeline pipeline(options);
  bool ok = pipeline.run(Stage::Annotate);
  pipeline.reportTimings();
  if (!ok) {
    unsigned n = pipeline.diags.errorCount();
    std::fprintf(stderr, "kiln: %u error%s: '%s' is not kiln Python\n", n, n == 1 ? "" : "s",
                 options.inputs[0].c_str());
    return 1;
  }
  return 0;
}

} // namespace kiln::driver

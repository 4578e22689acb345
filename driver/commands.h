// The commands of the `kiln` command, one function each (cmd_*.cpp).
#pragma once

#include "driver/options.h"

namespace kiln::driver {

int runCommand(const Options& options);
int runParse(const Options& options);
int runLoad(const Options& options);
int runGraph(const Options& options);
int runCheck(const Options& options);
int runTranslate(const Options& options);
int runView(const Options& options);
int runJitView(const Options& options);

} // namespace kiln::driver

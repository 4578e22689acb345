// Command dispatch.
#include <cstdio>

#include "driver/commands.h"

namespace kiln::driver {

int runCommand(const Options& options) {
  if (options.help) {
    std::fputs(commandUsage(options.command).c_str(), stdout);
    return 0;
  }
  switch (options.command) {
  case Command::parse: return runParse(options);
  case Command::load: return runLoad(options);
  case Command::graph: return runGraph(options);
  case Command::check: return runCheck(options);
  case Command::translate: return runTranslate(options);
  case Command::view: return runView(options);
  case Command::jitview: return runJitView(options);
  }
  return 2;
}

} // namespace kiln::driver

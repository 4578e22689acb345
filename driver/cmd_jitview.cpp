// `kiln jitview`: one self-contained HTML page of the loops and bridges of a KILNLOG file
// (viewer/, docs/viewers.md).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "driver/commands.h"
#include "viewer/graph_model.h"
#include "viewer/jit_page.h"

namespace kiln::driver {

int runJitView(const Options& options) {
  if (options.inputs.size() != 1) {
    std::fprintf(stderr, "kiln: error: 'kiln jitview' needs exactly one log file\n\n%s", commandUsage(options.command).c_str());
    return 2;
  }
  const std::string& path = options.inputs[0];
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "kiln: error: cannot read the log '%s'\n", path.c_str());
    return 1;
  }
  std::stringstream text;
  text << in.rdbuf();
  viewer::JitLog log;
  std::string error;
  if (!viewer::readJitLog(text.str(), path, log, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  if (log.traces.empty() && log.summary.empty() && log.aborts.empty()) {
    std::fprintf(stderr, "kiln: error: '%s' has no JIT sections (run the program with KILNLOG=jit-log-opt,jit-backend-counts:FILE, docs/viewers.md)\n",
                 path.c_str());
    return 1;
  }
  std::string output = options.pageOutput.value_or(std::filesystem::path(path).filename().string() + ".html");
  size_t bytes = 0;
  if (!viewer::writeJitPage(log, viewer::baseName(path), output, bytes, error)) {
    std::fprintf(stderr, "kiln: error: %s\n", error.c_str());
    return 1;
  }
  std::printf("wrote %s: %zu traces, %.1f MB\n", output.c_str(), log.traces.size(), double(bytes) / 1e6);
  return 0;
}

} // namespace kiln::driver

// `kiln load`: import a program with CPython and read its load-time object graph.
#include <cstdio>

#include "driver/commands.h"
#include "frontend/load_graph_printer.h"
#include "frontend/loader.h"

namespace kiln::driver {

int runLoad(const Options& options) {
  if (options.inputs.size() != 1) {
    std::fprintf(stderr, "kiln: error: 'kiln load' needs exactly one program\n\n%s",
                 commandUsage(options.command).c_str());
    return 2;
  }
  SourceManager sources;
  Arena arena;
  Interner interner;
  DiagnosticEngine diags(sources);
  ParseContext ctx{sources, arena, interner, diags};
  LoadOptions loadOptions;
  loadOptions.searchPaths = options.path;
  loadOptions.libDir = defaultLibDir();
  if (options.keepJson) loadOptions.keepJson = *options.keepJson;
  Timings timings;
  std::unique_ptr<load::Program> program =
      loadProgram(ctx, options.inputs[0], loadOptions, options.timings ? &timings : nullptr);
  if (options.timings) std::fputs(timings.report().c_str(), stderr);
  if (!program) return 1;
  if (options.dumpGlobals) std::fputs(load::dumpGlobals(*program).c_str(), stdout);
  if (options.dumpFunctions) std::fputs(load::dumpFunctions(*program, sources).c_str(), stdout);
  return 0;
}

} // namespace kiln::driver

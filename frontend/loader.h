// The loader: import a program with CPython and read the load-time object graph.
//
// loadProgram runs the exporter (python3 -m kiln._export, docs/load-graph.md), reads its JSON
// into load::Program, parses the source of every exported function with kiln's parser and
// attaches each function's FunctionDef/Lambda node, then checks that run-time code reads no
// value kiln cannot represent. Errors are diagnostics; an exception during the import is shown
// as CPython's traceback (the exporter prints it) followed by one kiln error.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontend/load_graph.h"
#include "frontend/parser.h"
#include "support/timings.h"

namespace kiln {

struct LoadOptions {
  std::vector<std::string> searchPaths; // --path: more directories for imports
  std::string python = "python3";       // the CPython to import with
  std::string libDir;                   // kiln's lib/ (the exporter and hint library)
  std::string keepJson;                 // if set, also write the exporter's document here
};

// The lib/ directory of this kiln: $KILN_LIB, else the one kiln was built from.
std::string defaultLibDir();

std::unique_ptr<load::Program> loadProgram(ParseContext& ctx, const std::string& path,
                                           const LoadOptions& options, Timings* timings = nullptr);

// Reads a load-graph document (the exporter's output). `origin` names it in diagnostics.
// Exposed for tests: a corrupt document must give a diagnostic, never a crash.
std::unique_ptr<load::Program> readLoadGraph(ParseContext& ctx, std::string_view json,
                                             std::string_view origin);

// Parses the sources of the program's functions and attaches their AST nodes; reports
// functions whose source cannot be found. `sources` maps exec-made file names to their text.
bool attachFunctionSources(ParseContext& ctx, load::Program& program);

// Reports every value that run-time code reads but kiln cannot represent.
bool checkRunTimeValues(ParseContext& ctx, const load::Program& program);

} // namespace kiln

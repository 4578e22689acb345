// The page of `kiln view` (docs/viewers.md): a program's graphs at one stage.
#pragma once

#include <string>

#include "viewer/graph_model.h"
#include "viewer/html_page.h"

namespace kiln::viewer {

// The page's data (its `kiln-data` JSON; tests/viewer/golden/ holds examples): the program, its
// source files and, per function, its blocks, rows, edges, variables and callees. The SVGs are
// not part of it (they depend on the Graphviz version).
Json graphProgramJson(const GraphProgram& program);

struct GraphPageOptions {
  unsigned jobs = 2;                 // Graphviz processes at a time
  size_t maxCallGraphFunctions = 400; // above that, the call graph is not drawn as a whole
  size_t maxDrawnBlocks = 1000;       // a function with more blocks is shown as text only
};

struct GraphPageStats {
  size_t functions = 0;
  size_t rendered = 0; // functions with an SVG (the others were too large, or Graphviz failed)
  size_t bytes = 0;
  size_t svgBytes = 0;
  double layoutSeconds = 0;
};

// Lays out every function with Graphviz and writes the page to `path`.
bool writeGraphPage(const GraphProgram& program, const std::string& path, const GraphPageOptions& options,
                    GraphPageStats& stats, std::string& error);

} // namespace kiln::viewer

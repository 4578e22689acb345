// What the flow graph unit tests share: a ParseContext whose diagnostics are collected, and
// helpers to parse and print graph texts.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "flowgraph/parser.h"
#include "flowgraph/printer.h"
#include "frontend/parser.h"

namespace kiln::flow::testing {

using GraphList = std::vector<std::unique_ptr<Graph>>;

struct FlowEnv {
  SourceManager sources;
  Arena arena;
  Interner interner;
  DiagnosticEngine diags{sources};
  ParseContext ctx{sources, arena, interner, diags};
  std::vector<Diagnostic> reported;
  std::string rendered; // every diagnostic, rendered with its source line and caret

  FlowEnv() {
    diags.setConsumer([this](const Diagnostic& d) {
      reported.push_back(d);
      rendered += diags.render(d);
    });
  }

  GraphList parse(std::string text) { return parseGraphText(ctx, "test.flow", std::move(text)); }

  // The 1-based line of the first diagnostic's caret, or 0.
  uint32_t errorLine() const {
    if (reported.empty() || !reported[0].range.isValid()) return 0;
    return sources.lineCol(reported[0].caret).line;
  }
};

// The text of `graphs` in order, as `kiln graph --no-loc` prints them.
inline std::string printAll(const GraphList& graphs, const SourceManager& sources,
                            bool locations = false) {
  PrintOptions options;
  options.locations = locations;
  std::string out;
  for (const auto& g : graphs)
    out += printGraph(*g, sources, options);
  return out;
}

} // namespace kiln::flow::testing

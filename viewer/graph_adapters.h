// The view model (graph_model.h) of each stage's graphs, made from the stage's own printer's
// text (flowgraph/printer.h, rtyper/printer.h, jitgen's printJitProgram) so that the page shows
// exactly what `kiln graph` prints, plus the structure the text does not spell out: which rows
// call which function, source lines, variable types, edges.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "viewer/graph_model.h"

namespace kiln {
namespace flow {
class Graph;
}
namespace ann {
class Annotator;
}
namespace ll {
class Graph;
}
namespace jit {
struct JitProgram;
}
} // namespace kiln

namespace kiln::viewer {

// Flow graphs (stage "flow"), or, with an annotator, the annotated graphs (stage "annotated":
// every variable's annotation, unreached blocks noted, calls resolved through annotations).
// `graphs` must be sorted by name.
GraphProgram fromFlowGraphs(const std::vector<const flow::Graph*>& graphs, const SourceManager& sources,
                            const std::string& programPath, ann::Annotator* annotator);

// The source of the function a low-level graph was made from (its `def`), when known.
using SourceRangeOf = std::function<SourceRange(const ll::Graph*)>;

// Low-level graphs (stage "lltype"), sorted by name.
GraphProgram fromLowLevelGraphs(const std::vector<const ll::Graph*>& graphs, const SourceManager& sources,
                                const std::string& programPath, const SourceRangeOf& rangeOf);

// Jitcodes (stage "jitcode"): each jitcode's instructions cut into basic blocks at labels and
// after jumps; registers are the variables.
GraphProgram fromJitCodes(const jit::JitProgram& program, const SourceManager& sources,
                          const std::string& programPath, const SourceRangeOf& rangeOf);

} // namespace kiln::viewer

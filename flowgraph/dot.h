// Graphviz output for flow graphs: a debugging aid, never a golden format (STYLE.md §6).
#pragma once

#include <string>
#include <vector>

#include "flowgraph/graph.h"

namespace kiln::flow {

// One digraph; each graph is a cluster, each block a node showing its text.
std::string graphsToDot(const std::vector<const Graph*>& graphs, const SourceManager& sources);

} // namespace kiln::flow

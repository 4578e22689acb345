// The flow graph verifier: checks the invariants listed in flowgraph/graph.h.
#pragma once

#include <string_view>

#include "flowgraph/graph.h"
#include "support/diagnostics.h"

namespace kiln::flow {

// Returns the first broken invariant of `graph`, or "" if there is none.
std::string checkGraph(const Graph& graph);

// checkGraph, reporting a failure as an internal error naming the pass that ran last.
bool verifyGraph(const Graph& graph, DiagnosticEngine& diags, std::string_view afterPass);

} // namespace kiln::flow

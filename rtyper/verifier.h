// The low-level graph verifier: checks the invariants listed in rtyper/llgraph.h.
#pragma once

#include <string>
#include <string_view>

#include "rtyper/llgraph.h"
#include "support/diagnostics.h"

namespace kiln::ll {

// Returns the first broken invariant of `graph`, or "" if there is none. The text names the
// block (by its place in dump order), the operation or link, and the rule broken.
[[nodiscard]] std::string checkGraph(const Graph& graph);

// checkGraph, reporting a failure as an internal error (internal_verifier_failed) naming the
// graph and the stage or pass that made it.
bool verifyGraph(const Graph& graph, DiagnosticEngine& diags, std::string_view stage);

} // namespace kiln::ll

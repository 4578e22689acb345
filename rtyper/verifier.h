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

// The first thing wrong with a prebuilt object's contents (rtyper/llgraph.h Init), or "": they
// must have the shape of its type, scalars must fit, and pointers must point to a prebuilt object
// of the target type (or a struct starting with it), to a graph of the target function type or
// to a runtime function.
[[nodiscard]] std::string checkPrebuilt(const Prebuilt& p);
bool verifyPrebuilt(const Prebuilt& p, DiagnosticEngine& diags, std::string_view stage);

} // namespace kiln::ll

// Cleanup of freshly built flow graphs (RPython's simplify_graph, in our own terms).
#pragma once

#include "flowgraph/graph.h"

namespace kiln::flow {

// Runs the cleanups below to a fixpoint, then drops unreachable blocks:
//   * an input that every incoming link passes the same constant becomes that constant;
//   * two inputs that every incoming link passes equal values become one;
//   * inputs and pure operations whose values are never used are removed;
//   * a block with no operations that only jumps on is bypassed;
//   * a block with a single predecessor that jumps to it unconditionally is merged into it.
// The graph's meaning is unchanged; only its shape gets smaller. O(passes x size).
// With a FlowContext, also folds operations whose arguments all became constants.
class FlowContext;
void simplifyGraph(Graph& graph, FlowContext* fold = nullptr);

} // namespace kiln::flow

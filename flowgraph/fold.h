// Constant folding of flow operations whose arguments are all constants (Python semantics).
#pragma once

#include <optional>

#include "flowgraph/builder.h"
#include "flowgraph/graph.h"

namespace kiln::flow {

// The value of `op(args)` if it can be computed now: a pure operation on constants, an
// attribute of a module or class, an item of a constant tuple. Never folds what could differ
// at run time (prebuilt instances and lists are mutable) or what would raise.
std::optional<load::Value> foldOperation(OpCode op, const std::vector<Value>& args, FlowContext& fc);

} // namespace kiln::flow

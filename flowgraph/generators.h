// The generator transform: a generator function's graph -> a resumable state machine.
#pragma once

#include <memory>

#include "flowgraph/builder.h"
#include "flowgraph/graph.h"

namespace kiln::flow {

// Turns the graph of a generator function into the graph of a function that returns a new
// state object; the body becomes that object's __next__ (adopted by `fc`, with __iter__).
std::unique_ptr<Graph> transformGenerator(std::unique_ptr<Graph> graph, FlowContext& fc);

} // namespace kiln::flow

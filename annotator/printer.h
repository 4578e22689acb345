// The annotated dump (`kiln graph --stage annotated`): every annotated graph in the flow graph
// text format with each variable's annotation where it is defined, then the classes with the
// annotations of their attributes. Deterministic: graphs and classes sorted by name.
#pragma once

#include <string>

#include "annotator/annotator.h"
#include "flowgraph/printer.h"

namespace kiln::ann {

std::string printAnnotatedGraph(Annotator& an, const GraphInfo& g, const flow::PrintOptions& options);
// The classes the program uses, with their instance attributes, then the call families
// (`family prog.f | prog.g`: functions some call site calls through one value).
std::string printClasses(Annotator& an);

} // namespace kiln::ann

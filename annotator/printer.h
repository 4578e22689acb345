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
// (`family prog.f | prog.g`: functions some call site calls through one value). An attribute
// moved up from subclasses says from which, and with `withLocations`, the access that moved it.
std::string printClasses(Annotator& an, bool withLocations);

} // namespace kiln::ann

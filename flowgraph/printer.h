// The text form of flow graphs (grammar: docs/ir-flow.md). Deterministic: blocks in reverse
// postorder, variables numbered in order of definition, load-time objects named by handles
// (g0, g1, ...) listed at the top, builtins by their name.
#pragma once

#include <functional>
#include <string>

#include "flowgraph/graph.h"

namespace kiln::flow {

struct PrintOptions {
  bool locations = true; // trailing "; file:line:col" comments
  // When set, every definition of a variable (block inputs, operation results, exception
  // variables, parameters) is followed by ": " and this text, and the header by " -> " and the
  // text of the result variable (the annotated dump, annotator/printer.cpp). Empty text: "?".
  std::function<std::string(const Variable*)> annotate;
  // When set, a block for which this returns text gets it as a comment line after its label.
  std::function<std::string(const Block*)> blockComment;
};

std::string printGraph(const Graph& graph, const SourceManager& sources,
                       const PrintOptions& options = {});

// The same text cut into pieces, for other renderings (Graphviz): the header line, the handle
// legend lines, and each block's lines (its label line, operations, exit), in print order.
struct PrintedGraph {
  std::string header;
  std::string legend;
  std::vector<const Block*> blocks;
  std::vector<std::string> blockNames;
  std::vector<std::string> blockText;
  // What the names stand for (for viewer/): variables[N] is vN, handles[N] is gN.
  std::vector<const Variable*> variables;
  std::vector<const load::Object*> handles;
};
PrintedGraph printGraphPieces(const Graph& graph, const SourceManager& sources,
                              const PrintOptions& options = {});

// How a load-time object is named in the handle legend ("function prog.fib", "class
// prog.Node", "builtin os.write", "instance 12 of prog.Node").
std::string describeObject(const load::Object* object);

// The literal text of a constant, or "" if it is an object that needs a handle.
std::string constantLiteral(const load::Value& value);

} // namespace kiln::flow

// Graphviz output (see dot.h). Block labels are the printer's text, left-aligned.
#include "flowgraph/dot.h"

#include <unordered_map>

#include "flowgraph/printer.h"

namespace kiln::flow {

namespace {

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\l"; break;
    case '{': case '}': case '<': case '>': case '|': out += '\\'; out += c; break;
    default: out += c;
    }
  }
  return out;
}

std::string edgeLabel(const Link& l) {
  if (!l.hasExitCase) return "";
  if (l.isException()) return "except";
  if (l.exitCase.kind == load::Value::Kind::Bool) return l.exitCase.boolValue ? "true" : "false";
  return "case";
}

} // namespace

std::string graphsToDot(const std::vector<const Graph*>& graphs, const SourceManager& sources) {
  std::string out = "digraph kiln {\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n";
  PrintOptions options;
  options.locations = false;
  for (size_t gi = 0; gi < graphs.size(); ++gi) {
    const Graph& g = *graphs[gi];
    PrintedGraph p = printGraphPieces(g, sources, options);
    std::string prefix = "g" + std::to_string(gi) + "_";
    std::unordered_map<const Block*, std::string> ids;
    for (size_t i = 0; i < p.blocks.size(); ++i) ids[p.blocks[i]] = prefix + p.blockNames[i];
    ids[g.returnBlock()] = prefix + "return";
    ids[g.exceptBlock()] = prefix + "raise";
    out += "  subgraph cluster_" + std::to_string(gi) + " {\n    label=\"" + escape(g.name()) + "\";\n";
    for (size_t i = 0; i < p.blocks.size(); ++i)
      out += "    " + ids[p.blocks[i]] + " [label=\"" + escape(p.blockText[i]) + "\"];\n";
    out += "    " + prefix + "return [label=\"return\", shape=oval];\n";
    out += "    " + prefix + "raise [label=\"raise\", shape=oval, color=red];\n";
    for (const Block* b : p.blocks)
      for (const Link& l : b->exits)
        out += "    " + ids[b] + " -> " + ids[l.target] + " [label=\"" + edgeLabel(l) + "\"" +
               (l.isException() ? ", color=red, style=dashed" : "") + "];\n";
    out += "  }\n";
  }
  return out + "}\n";
}

} // namespace kiln::flow

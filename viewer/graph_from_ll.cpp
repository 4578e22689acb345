// Low-level graphs as view models (see graph_adapters.h).
//
// The rows are rtyper/printer.h's text of each graph (locations off), which is: the header
// line, then for each block in reverse postorder but the return and except blocks, its label
// line, one line per operation and its exit line, then "}". That shape is checked; a graph
// whose text differs keeps its text as one block without per-operation facts.
#include <algorithm>
#include <unordered_map>

#include "rtyper/llgraph.h"
#include "rtyper/printer.h"
#include "viewer/graph_adapters.h"

namespace kiln::viewer {

namespace {

std::string edgeLabel(const ll::Block* b, const ll::Link& l) {
  switch (b->exitKind) {
  case ll::ExitKind::None:
  case ll::ExitKind::Goto: return "";
  case ll::ExitKind::Branch: return l.caseValue ? "true" : "false";
  case ll::ExitKind::Switch:
    if (!l.hasCase) return "default";
    return "case " + ll::caseText(l.caseValue, b->exitSwitch.isNull() ? nullptr : b->exitSwitch.type());
  case ll::ExitKind::CanRaise:
    if (!l.isException()) return "";
    return "except " + (l.caughtClass ? "@" + l.caughtClass->name : std::string("null"));
  }
  return "";
}

class LowLevelAdapter {
public:
  LowLevelAdapter(const std::vector<const ll::Graph*>& graphs, const SourceManager& sources, const std::string& programPath,
                  const SourceRangeOf& rangeOf)
      : graphs_(graphs), rangeOf_(rangeOf), table_(sources, directoryOf(programPath), out_) {
    out_.program = baseName(programPath);
    out_.stage = "lltype";
    out_.variablePattern = "\\bv\\d+\\b";
    for (size_t i = 0; i < graphs.size(); ++i) indexOf_[graphs[i]] = int(i);
  }

  GraphProgram run() {
    out_.functions.resize(graphs_.size());
    for (size_t i = 0; i < graphs_.size(); ++i) convert(*graphs_[i], out_.functions[i]);
    collectCallees(out_);
    return std::move(out_);
  }

private:
  void convert(const ll::Graph& g, GraphFunction& f);
  void addEdges(const ll::Graph& g, const ll::Block* b, int from,
                const std::unordered_map<const ll::Block*, int>& blockIndex, GraphFunction& f);

  const std::vector<const ll::Graph*>& graphs_;
  const SourceRangeOf& rangeOf_;
  GraphProgram out_;
  SourceTable table_;
  std::unordered_map<const ll::Graph*, int> indexOf_;
};

void LowLevelAdapter::convert(const ll::Graph& g, GraphFunction& f) {
  ll::PrintOptions options;
  options.locations = false;
  std::vector<const ll::Variable*> numbering;
  options.numbering = &numbering;
  std::vector<std::string> lines = splitLines(ll::printGraph(g, options));
  f.name = g.name();
  f.header = lines.empty() ? "" : lines[0];
  if (rangeOf_) table_.noteRange(f, rangeOf_(&g));

  std::vector<const ll::Block*> blocks;
  size_t expected = 2; // the header and "}"
  for (const ll::Block* b : g.blocksInOrder()) {
    if (b == g.returnBlock() || b == g.exceptBlock()) continue;
    blocks.push_back(b);
    expected += 2 + b->operations.size();
  }
  auto text = [&](size_t k) {
    std::string_view t = lines[k];
    t.remove_prefix(std::min(t.find_first_not_of(' '), t.size()));
    return std::string(t);
  };
  if (lines.size() != expected) { // not the shape above: the text alone
    GraphBlock block{"graph", {}, "the text could not be cut into blocks"};
    for (size_t k = 1; k + 1 < lines.size(); ++k) block.rows.push_back({text(k), 0, {}});
    f.blocks.push_back(std::move(block));
    return;
  }
  std::unordered_map<const ll::Block*, int> blockIndex;
  for (size_t i = 0; i < blocks.size(); ++i) blockIndex[blocks[i]] = int(i);
  size_t k = 1;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const ll::Block* b = blocks[i];
    GraphBlock block;
    std::string label = text(k++);
    block.name = label.substr(0, label.find('(')); // as the printer numbers it
    block.rows.push_back({label, table_.note(f, b->loc), {}});
    for (const ll::Operation& op : b->operations) {
      GraphRow row{text(k++), table_.note(f, op.loc), {}};
      for (const ll::Value& v : op.args)
        if (const ll::Constant* c = v.constant(); c && c->value.graph)
          if (auto it = indexOf_.find(c->value.graph); it != indexOf_.end()) row.callees.push_back(it->second);
      block.rows.push_back(std::move(row));
    }
    block.rows.push_back({text(k++), 0, {}});
    f.blocks.push_back(std::move(block));
    addEdges(g, b, int(i), blockIndex, f);
  }
  for (size_t n = 0; n < numbering.size(); ++n) {
    const ll::Variable* v = numbering[n];
    if (!v) continue;
    std::string info = v->type ? ll::typeName(v->type) : "?";
    if (!v->name.empty()) info += ", local '" + v->name + "'";
    f.variables.emplace_back("v" + std::to_string(n), info);
  }
}

void LowLevelAdapter::addEdges(const ll::Graph& g, const ll::Block* b, int from,
                               const std::unordered_map<const ll::Block*, int>& blockIndex, GraphFunction& f) {
  for (const ll::Link& l : b->exits) {
    GraphEdge e;
    e.from = from;
    if (l.target == g.returnBlock()) e.to = kReturnBlock;
    else if (l.target == g.exceptBlock()) e.to = kRaiseBlock;
    else if (auto it = blockIndex.find(l.target); it != blockIndex.end()) e.to = it->second;
    else continue;
    f.hasReturn |= e.to == kReturnBlock;
    f.hasRaise |= e.to == kRaiseBlock;
    e.label = edgeLabel(b, l);
    e.exception = l.isException();
    f.edges.push_back(std::move(e));
  }
}

} // namespace

GraphProgram fromLowLevelGraphs(const std::vector<const ll::Graph*>& graphs, const SourceManager& sources,
                                const std::string& programPath, const SourceRangeOf& rangeOf) {
  return LowLevelAdapter(graphs, sources, programPath, rangeOf).run();
}

} // namespace kiln::viewer

// Flow and annotated graphs as view models (see graph_adapters.h).
//
// The rows are flowgraph/printer.h's text (printGraphPieces, locations off: the page shows
// source lines itself), one row per printed line. A block prints as its label line, a comment
// line when the annotated printer has one ("not reached"), one line per operation, and its
// exit line; rows are matched to operations by that shape, which is checked: a block whose
// line count differs keeps its text without per-operation facts rather than wrong ones.
#include <algorithm>
#include <unordered_map>

#include "annotator/annotation.h"
#include "annotator/annotator.h"
#include "annotator/defs.h"
#include "flowgraph/graph.h"
#include "frontend/ast.h"
#include "flowgraph/printer.h"
#include "viewer/graph_adapters.h"

namespace kiln::viewer {

namespace {

class FlowAdapter {
public:
  FlowAdapter(const std::vector<const flow::Graph*>& graphs, const SourceManager& sources,
              const std::string& programPath, ann::Annotator* annotator)
      : graphs_(graphs), sources_(sources), annotator_(annotator),
        table_(sources, directoryOf(programPath), out_) {
    out_.program = baseName(programPath);
    out_.stage = annotator ? "annotated" : "flow";
    out_.variablePattern = "\\bv\\d+\\b";
    for (size_t i = 0; i < graphs.size(); ++i) {
      indexOf_[graphs[i]] = int(i);
      byName_.emplace(graphs[i]->name(), int(i));
      if (graphs[i]->function) byFunction_[graphs[i]->function].push_back(int(i));
    }
  }

  GraphProgram run() {
    out_.functions.resize(graphs_.size());
    for (size_t i = 0; i < graphs_.size(); ++i) convert(*graphs_[i], out_.functions[i]);
    collectCallees(out_);
    return std::move(out_);
  }

private:
  void convert(const flow::Graph& g, GraphFunction& f);
  void addRows(const flow::Block* b, const std::vector<std::string>& lines, bool hasComment, GraphFunction& f,
               GraphBlock& block);
  void addEdges(const flow::Block* b, int from, const std::unordered_map<const flow::Block*, int>& blockIndex,
                const flow::Graph& g, GraphFunction& f);
  std::vector<int> calleesOf(const flow::Operation& op);
  std::string variableInfo(const flow::Variable* v);
  std::string exitCaseText(const flow::Link& l);

  const std::vector<const flow::Graph*>& graphs_;
  const SourceManager& sources_;
  ann::Annotator* annotator_;
  GraphProgram out_;
  SourceTable table_;
  std::unordered_map<const flow::Graph*, int> indexOf_;
  std::unordered_map<const load::Function*, std::vector<int>> byFunction_;
  std::unordered_map<std::string, int> byName_;
};

void FlowAdapter::convert(const flow::Graph& g, GraphFunction& f) {
  flow::PrintOptions options;
  options.locations = false;
  if (annotator_) {
    // The annotated printer's options (annotator/printer.cpp), kept apart to get the pieces.
    options.annotate = [this](const flow::Variable* v) -> std::string {
      const ann::Annotation* a = annotator_->binding(v);
      return a ? ann::annotationName(a) : "";
    };
    options.blockComment = [this](const flow::Block* b) -> std::string {
      return annotator_->isReached(b) ? "" : "not reached";
    };
  }
  flow::PrintedGraph printed = flow::printGraphPieces(g, sources_, options);
  f.name = g.name();
  f.header = printed.header;
  if (g.def()) table_.noteRange(f, g.def()->range);
  for (const std::string& line : splitLines(printed.legend)) {
    std::string_view text = line;
    text.remove_prefix(std::min(text.find_first_not_of(" ;"), text.size()));
    f.legend.emplace_back(text);
  }
  std::unordered_map<const flow::Block*, int> blockIndex;
  for (size_t i = 0; i < printed.blocks.size(); ++i) blockIndex[printed.blocks[i]] = int(i);
  for (size_t i = 0; i < printed.blocks.size(); ++i) {
    const flow::Block* b = printed.blocks[i];
    GraphBlock block;
    block.name = printed.blockNames[i];
    bool hasComment = options.blockComment && !options.blockComment(b).empty();
    if (hasComment) block.note = options.blockComment(b);
    addRows(b, splitLines(printed.blockText[i]), hasComment, f, block);
    f.blocks.push_back(std::move(block));
    addEdges(b, int(i), blockIndex, g, f);
  }
  for (size_t n = 0; n < printed.variables.size(); ++n) {
    std::string info = variableInfo(printed.variables[n]);
    if (!info.empty()) f.variables.emplace_back("v" + std::to_string(n), info);
  }
}

void FlowAdapter::addRows(const flow::Block* b, const std::vector<std::string>& lines, bool hasComment,
                          GraphFunction& f, GraphBlock& block) {
  size_t expected = 2 + (hasComment ? 1 : 0) + b->operations.size();
  size_t firstOp = hasComment ? 2 : 1;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (hasComment && k == 1) continue; // the note, kept apart
    GraphRow row;
    std::string_view text = lines[k];
    text.remove_prefix(std::min(text.find_first_not_of(' '), text.size()));
    row.text = text;
    if (k == 0) row.line = table_.note(f, b->loc);
    size_t op = k - firstOp;
    if (lines.size() == expected && k >= firstOp && op < b->operations.size()) {
      row.line = table_.note(f, b->operations[op].loc);
      row.callees = calleesOf(b->operations[op]);
    }
    block.rows.push_back(std::move(row));
  }
}

void FlowAdapter::addEdges(const flow::Block* b, int from, const std::unordered_map<const flow::Block*, int>& blockIndex,
                           const flow::Graph& g, GraphFunction& f) {
  for (size_t i = 0; i < b->exits.size(); ++i) {
    const flow::Link& l = b->exits[i];
    GraphEdge e;
    e.from = from;
    if (l.target == g.returnBlock()) e.to = kReturnBlock;
    else if (l.target == g.exceptBlock()) e.to = kRaiseBlock;
    else if (auto it = blockIndex.find(l.target); it != blockIndex.end()) e.to = it->second;
    else continue;
    f.hasReturn |= e.to == kReturnBlock;
    f.hasRaise |= e.to == kRaiseBlock;
    switch (b->exitKind) {
    case flow::ExitKind::None:
    case flow::ExitKind::Goto: break;
    case flow::ExitKind::Branch: e.label = i == 0 ? "true" : "false"; break;
    case flow::ExitKind::Switch: e.label = l.hasExitCase ? "case " + exitCaseText(l) : "default"; break;
    case flow::ExitKind::CanRaise:
      if (i > 0) {
        e.label = "except " + exitCaseText(l);
        e.exception = true;
      }
      break;
    }
    f.edges.push_back(std::move(e));
  }
}

std::string FlowAdapter::exitCaseText(const flow::Link& l) {
  std::string literal = flow::constantLiteral(l.exitCase);
  if (!literal.empty()) return literal;
  if (l.exitCase.kind == load::Value::Kind::Ref && l.exitCase.ref) {
    if (auto* c = load::dynCast<load::Class>(l.exitCase.ref)) return std::string(c->qualname.str());
    if (auto* b = load::dynCast<load::Builtin>(l.exitCase.ref)) return std::string(b->name.str());
    return flow::describeObject(l.exitCase.ref);
  }
  return "?";
}

// The graphs an operation may call: functions among its constant operands, and with the
// annotator, the functions and methods its callee's annotation says it may be.
std::vector<int> FlowAdapter::calleesOf(const flow::Operation& op) {
  std::vector<int> out;
  auto addFunction = [&](const load::Function* fn) {
    if (auto it = byFunction_.find(fn); it != byFunction_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  };
  // Calling a class runs its __init__ (when the program has a graph of it).
  auto addClass = [&](const load::Class* cls) {
    std::string init = flow::describeObject(cls).substr(6) + ".__init__"; // "class M.Q" -> "M.Q.__init__"
    if (auto it = byName_.find(init); it != byName_.end()) out.push_back(it->second);
  };
  for (const flow::Value& v : op.args)
    if (const flow::Constant* c = v.constant(); c && c->value.kind == load::Value::Kind::Ref) {
      if (auto* fn = load::dynCast<load::Function>(c->value.ref)) addFunction(fn);
      if (auto* cls = load::dynCast<load::Class>(c->value.ref)) addClass(cls);
    }
  bool isCall = op.opcode == flow::OpCode::simple_call || op.opcode == flow::OpCode::call_args;
  if (!annotator_ || !isCall || op.args.empty()) return out;
  const ann::Annotation* callee = annotator_->annotationOf(op.args[0]);
  if (!callee || !callee->is(ann::AnnKind::PBC)) return out;
  for (const ann::Desc* d : callee->descs) {
    const ann::FunctionDesc* fd = nullptr;
    if (d->kind == ann::DescKind::Function) fd = static_cast<const ann::FunctionDesc*>(d);
    else if (d->kind == ann::DescKind::Method) fd = static_cast<const ann::MethodDesc*>(d)->function;
    else if (d->kind == ann::DescKind::MethodOfFrozen) fd = static_cast<const ann::MethodOfFrozenDesc*>(d)->function;
    if (d->kind == ann::DescKind::Class) addClass(static_cast<const ann::ClassDesc*>(d)->cls);
    if (!fd) continue;
    for (const auto& [key, info] : fd->graphs)
      if (auto it = indexOf_.find(info->graph); it != indexOf_.end()) out.push_back(it->second);
  }
  return out;
}

// "int", "local 'n'", or "int, local 'n'".
std::string FlowAdapter::variableInfo(const flow::Variable* v) {
  std::string info;
  if (annotator_) {
    const ann::Annotation* a = annotator_->binding(v);
    info = a ? ann::annotationName(a) : "?";
  }
  if (!v->name.str().empty()) info += (info.empty() ? "" : ", ") + std::string("local '") + std::string(v->name.str()) + "'";
  return info;
}

} // namespace

GraphProgram fromFlowGraphs(const std::vector<const flow::Graph*>& graphs, const SourceManager& sources,
                            const std::string& programPath, ann::Annotator* annotator) {
  return FlowAdapter(graphs, sources, programPath, annotator).run();
}

} // namespace kiln::viewer

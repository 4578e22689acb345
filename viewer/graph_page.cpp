// The page of `kiln view` (see graph_page.h).
//
// Every function's SVG is made now, at generation time (a static page has no Graphviz), and
// embedded as unparsed text, one <script type="text/plain" id="svg-f<INDEX>"> per function; the
// page's script inserts a function's SVG into the document only when it is shown. So a program
// of thousands of functions opens as fast as its function list: the browser parses the JSON
// (names, rows, variables) but none of the pictures.
#include "viewer/graph_page.h"

#include <chrono>

#include "viewer/graph_dot.h"

namespace kiln::viewer {

namespace {

Json rowJson(const GraphRow& row) {
  Json out = Json::object();
  out["text"] = row.text;
  if (row.line) out["line"] = row.line;
  if (!row.callees.empty()) out["calls"] = row.callees;
  return out;
}

Json functionJson(const GraphFunction& f) {
  Json out = Json::object();
  out["name"] = f.name;
  out["header"] = f.header;
  out["legend"] = f.legend;
  if (f.file >= 0) {
    out["file"] = f.file;
    out["lines"] = {f.firstLine, f.lastLine};
  }
  Json blocks = Json::array();
  for (const GraphBlock& b : f.blocks) {
    Json block = Json::object();
    block["name"] = b.name;
    if (!b.note.empty()) block["note"] = b.note;
    Json rows = Json::array();
    for (const GraphRow& r : b.rows) rows.push_back(rowJson(r));
    block["rows"] = std::move(rows);
    blocks.push_back(std::move(block));
  }
  out["blocks"] = std::move(blocks);
  Json edges = Json::array();
  for (const GraphEdge& e : f.edges) {
    Json edge = {{"from", e.from}, {"to", e.to}};
    if (!e.label.empty()) edge["label"] = e.label;
    if (e.exception) edge["exception"] = true;
    edges.push_back(std::move(edge));
  }
  out["edges"] = std::move(edges);
  Json variables = Json::object();
  for (const auto& [name, info] : f.variables) variables[name] = info;
  out["variables"] = std::move(variables);
  out["callees"] = f.callees;
  return out;
}

} // namespace

Json graphProgramJson(const GraphProgram& program) {
  Json out = Json::object();
  out["kind"] = "kiln-view";
  out["program"] = program.program;
  out["stage"] = program.stage;
  out["variablePattern"] = program.variablePattern;
  Json files = Json::array();
  for (const SourceFile& f : program.files) files.push_back({{"path", f.path}, {"lines", f.lines}});
  out["files"] = std::move(files);
  Json functions = Json::array();
  for (const GraphFunction& f : program.functions) functions.push_back(functionJson(f));
  out["functions"] = std::move(functions);
  return out;
}

bool writeGraphPage(const GraphProgram& program, const std::string& path, const GraphPageOptions& options,
                    GraphPageStats& stats, std::string& error) {
  auto start = std::chrono::steady_clock::now();
  // The functions to draw: all but the huge ones (a picture of thousands of blocks helps no one,
  // and Graphviz would take minutes over it), then the call graph.
  std::vector<std::string> dots;
  std::vector<size_t> drawn;
  for (size_t i = 0; i < program.functions.size(); ++i) {
    if (program.functions[i].blocks.size() > options.maxDrawnBlocks) continue;
    dots.push_back(functionDot(program, i));
    drawn.push_back(i);
  }
  bool wholeCallGraph = program.functions.size() <= options.maxCallGraphFunctions;
  if (wholeCallGraph) dots.push_back(callGraphDot(program));
  std::vector<std::string> rendered;
  if (!renderSvgs(dots, options.jobs, rendered, error)) return false;
  std::vector<std::string> svgs(program.functions.size());
  for (size_t k = 0; k < drawn.size(); ++k) svgs[drawn[k]] = std::move(rendered[k]);
  std::string callGraphSvg = wholeCallGraph ? std::move(rendered.back()) : "";
  stats.layoutSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  Page page;
  page.title = "kiln view: " + program.program + " (" + program.stage + ")";
  page.data = graphProgramJson(program);
  // Which pictures exist: the page shows the others' text.
  std::vector<int> missing;
  for (size_t i = 0; i < program.functions.size(); ++i) {
    if (svgs[i].empty()) {
      missing.push_back(int(i));
      continue;
    }
    stats.svgBytes += svgs[i].size();
    page.blocks.emplace_back("svg-f" + std::to_string(i), std::move(svgs[i]));
  }
  page.data["missingPictures"] = missing;
  page.data["maxDrawnBlocks"] = options.maxDrawnBlocks;
  page.data["callGraph"] = !callGraphSvg.empty();
  if (!callGraphSvg.empty()) page.blocks.emplace_back("svg-callgraph", std::move(callGraphSvg));
  page.scripts = {"common.js", "graph_view.js"};
  std::string html = renderPage(page);
  stats.functions = program.functions.size();
  stats.rendered = program.functions.size() - missing.size();
  stats.bytes = html.size();
  return writeFile(path, html, error);
}

} // namespace kiln::viewer

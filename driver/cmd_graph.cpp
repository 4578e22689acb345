// `kiln graph`: build and show the flow graphs of a program's functions.
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <fstream>

#include "annotator/printer.h"
#include "driver/commands.h"
#include "driver/pipeline.h"
#include "flowgraph/builder.h"
#include "flowgraph/dot.h"
#include "flowgraph/printer.h"
#include "flowgraph/verifier.h"
#include "frontend/loader.h"
#include "rtyper/printer.h"

namespace kiln::driver {

namespace {

// Whether a graph is the one --func names: its full name, or its qualname, or its last part.
bool selected(const flow::Graph& g, const std::string& func) {
  if (func.empty()) return true;
  const std::string& name = g.name();
  if (name == func) return true;
  if (name.size() > func.size() && name.ends_with(func) && name[name.size() - func.size() - 1] == '.')
    return true;
  return false;
}

int renderSvg(const std::string& dot, std::string& svg) {
  char path[] = "/tmp/kiln-graph-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return 1;
  std::FILE* f = fdopen(fd, "w");
  std::fwrite(dot.data(), 1, dot.size(), f);
  std::fclose(f);
  std::string command = "dot -Tsvg " + std::string(path);
  std::FILE* p = popen(command.c_str(), "r");
  if (!p) return 1;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) svg.append(buf, n);
  int status = pclose(p);
  std::remove(path);
  return status;
}

// `kiln graph --stage lltype`: the low-level graphs, then the types and prebuilt objects.
int showLowLevelGraphs(const Options& options, const std::string& format) {
  if (format != "text") {
    std::fprintf(stderr, "kiln: error: --stage lltype prints text only\n");
    return 2;
  }
  Pipeline pipeline(options);
  bool ok = pipeline.run(Stage::RType);
  pipeline.reportTimings();
  if (!ok) return 1;
  std::string func = options.func.value_or("");
  std::vector<const ll::Graph*> shown;
  for (ll::Graph* g : pipeline.rtyper->graphs()) {
    const std::string& name = g->name();
    if (func.empty() || name == func ||
        (name.size() > func.size() && name.ends_with(func) && name[name.size() - func.size() - 1] == '.'))
      shown.push_back(g);
  }
  if (shown.empty()) {
    std::fprintf(stderr, "kiln: error: no function named '%s'\n", func.c_str());
    return 1;
  }
  ll::PrintOptions print;
  print.locations = !options.noLoc;
  print.sources = &pipeline.sources;
  std::string out = ll::printProgram(pipeline.rtyper->types(), shown, print);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

// `kiln graph --stage jitcode`: the codewriter's jitcodes (jitgen/printer.cpp).
int showJitCodes(const Options& options, const std::string& format) {
  if (format != "text") {
    std::fprintf(stderr, "kiln: error: --stage jitcode prints text only\n");
    return 2;
  }
  Pipeline pipeline(options);
  bool ok = pipeline.run(Stage::JitCodes);
  pipeline.reportTimings();
  if (!ok) return 1;
  if (!pipeline.jitProgram) {
    std::fprintf(stderr, "kiln: error: the program has no JitDriver with a jit_merge_point: nothing to make jitcodes of\n");
    return 1;
  }
  std::string out = jit::printJitProgram(*pipeline.jitProgram);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

} // namespace

int runGraph(const Options& options) {
  if (options.inputs.size() != 1) {
    std::fprintf(stderr, "kiln: error: 'kiln graph' needs exactly one program\n\n%s",
                 commandUsage(options.command).c_str());
    return 2;
  }
  std::string stage = options.stage.value_or("flow");
  std::string format = options.format.value_or("text");
  if (stage != "flow" && stage != "annotated" && stage != "lltype" && stage != "jitcode") {
    std::fprintf(stderr, "kiln: error: unknown stage '%s' (available: flow, annotated, lltype, jitcode)\n", stage.c_str());
    return 2;
  }
  if (format != "text" && format != "dot" && format != "svg") {
    std::fprintf(stderr, "kiln: error: unknown format '%s' (text, dot or svg)\n", format.c_str());
    return 2;
  }
  if (stage == "lltype") return showLowLevelGraphs(options, format);
  if (stage == "jitcode") return showJitCodes(options, format);
  bool annotated = stage == "annotated";
  Pipeline pipeline(options);
  bool ok = pipeline.run(annotated ? Stage::Annotate : Stage::FlowGraphs);
  pipeline.reportTimings();
  if (!ok) return 1;

  // The graphs to show: every flow graph, or every graph the annotator reached.
  std::string func = options.func.value_or("");
  std::vector<const flow::Graph*> shown;
  if (annotated) {
    for (ann::GraphInfo* g : pipeline.annotator->graphs())
      if (selected(*g->graph, func)) shown.push_back(g->graph);
  } else {
    for (const auto& g : pipeline.flow->graphs())
      if (selected(*g, func)) shown.push_back(g.get());
  }
  std::sort(shown.begin(), shown.end(),
            [](const flow::Graph* a, const flow::Graph* b) { return a->name() < b->name(); });
  if (shown.empty()) {
    std::fprintf(stderr, "kiln: error: no function named '%s'\n", func.c_str());
    return 1;
  }
  flow::PrintOptions print;
  print.locations = !options.noLoc;
  std::string out;
  if (format == "text") {
    for (const flow::Graph* g : shown) {
      if (annotated) out += ann::printAnnotatedGraph(*pipeline.annotator, *pipeline.annotator->graphInfoOf(g), print);
      else out += flow::printGraph(*g, pipeline.sources, print);
    }
    if (annotated && func.empty()) out += ann::printClasses(*pipeline.annotator, print.locations);
  } else {
    std::string dot = flow::graphsToDot(shown, pipeline.sources);
    if (format == "dot") {
      out = dot;
    } else if (renderSvg(dot, out) != 0) {
      std::fprintf(stderr, "kiln: error: Graphviz 'dot' failed (is graphviz installed?)\n");
      return 1;
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

} // namespace kiln::driver

// `kiln view`: one self-contained HTML page of a program's graphs at one stage (viewer/,
// docs/viewers.md). Runs the pipeline as `kiln graph` does, up to the stage shown.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "driver/commands.h"
#include "driver/pipeline.h"
#include "frontend/ast.h"
#include "viewer/graph_adapters.h"
#include "viewer/graph_page.h"

namespace kiln::driver {

namespace {

// The graphs of `stage`, as view models; false after errors (reported).
bool collectGraphs(const Options& options, const std::string& stage, Pipeline& pipeline, viewer::GraphProgram& out) {
  const std::string& input = options.inputs[0];
  // A low-level graph's source: the `def` of the flow graph it was made from.
  auto rangeOf = [&pipeline](const ll::Graph* g) -> SourceRange {
    const ann::GraphInfo* info = pipeline.rtyper->infoOf(g);
    return info && info->graph && info->graph->def() ? info->graph->def()->range : SourceRange{};
  };
  if (stage == "flow") {
    if (!pipeline.run(Stage::FlowGraphs)) return false;
    std::vector<const flow::Graph*> graphs;
    for (const auto& g : pipeline.flow->graphs()) graphs.push_back(g.get());
    std::sort(graphs.begin(), graphs.end(), [](auto* a, auto* b) { return a->name() < b->name(); });
    out = viewer::fromFlowGraphs(graphs, pipeline.sources, input, nullptr);
    return true;
  }
  if (stage == "annotated") {
    if (!pipeline.run(Stage::Annotate)) return false;
    std::vector<const flow::Graph*> graphs;
    for (ann::GraphInfo* g : pipeline.annotator->graphs()) graphs.push_back(g->graph);
    std::sort(graphs.begin(), graphs.end(), [](auto* a, auto* b) { return a->name() < b->name(); });
    out = viewer::fromFlowGraphs(graphs, pipeline.sources, input, pipeline.annotator.get());
    return true;
  }
  if (stage == "lltype") {
    if (!pipeline.run(Stage::RType)) return false;
    std::vector<ll::Graph*> all = pipeline.rtyper->graphs(); // a copy
    std::vector<const ll::Graph*> graphs(all.begin(), all.end());
    std::sort(graphs.begin(), graphs.end(), [](auto* a, auto* b) { return a->name() < b->name(); });
    out = viewer::fromLowLevelGraphs(graphs, pipeline.sources, input, rangeOf);
    return true;
  }
  if (!pipeline.run(Stage::JitCodes)) return false;
  if (!pipeline.jitProgram) {
    std::fprintf(stderr, "kiln: error: the program has no JitDriver with a jit_merge_point: nothing to make jitcodes of\n");
    return false;
  }
  out = viewer::fromJitCodes(*pipeline.jitProgram, pipeline.sources, input, rangeOf);
  return true;
}

} // namespace

int runView(const Options& options) {
  if (options.inputs.size() != 1) {
    std::fprintf(stderr, "kiln: error: 'kiln view' needs exactly one program\n\n%s", commandUsage(options.command).c_str());
    return 2;
  }
  std::string stage = options.stage.value_or("flow");
  if (stage != "flow" && stage != "annotated" && stage != "lltype" && stage != "jitcode") {
    std::fprintf(stderr, "kiln: error: unknown stage '%s' (available: flow, annotated, lltype, jitcode)\n", stage.c_str());
    return 2;
  }
  std::string output = options.pageOutput.value_or(std::filesystem::path(options.inputs[0]).stem().string() + ".html");
  Pipeline pipeline(options);
  viewer::GraphProgram program;
  bool ok = collectGraphs(options, stage, pipeline, program);
  if (!ok) {
    pipeline.reportTimings();
    return 1;
  }
  viewer::GraphPageOptions pageOptions;
  pageOptions.jobs = std::max(1u, std::thread::hardware_concurrency());
  viewer::GraphPageStats stats;
  std::string error;
  ok = viewer::writeGraphPage(program, output, pageOptions, stats, error);
  pipeline.timings().add("view: Graphviz layout", stats.layoutSeconds);
  pipeline.reportTimings();
  if (!ok) {
    std::fprintf(stderr, "kiln: error: %s\n", error.c_str());
    return 1;
  }
  std::printf("wrote %s: %zu functions (%s stage), %.1f MB\n", output.c_str(), stats.functions, stage.c_str(),
              double(stats.bytes) / 1e6);
  if (stats.rendered != stats.functions)
    std::fprintf(stderr, "kiln: note: %zu function(s) have no picture (over %zu blocks, or Graphviz failed); the page shows their text\n",
                 stats.functions - stats.rendered, pageOptions.maxDrawnBlocks);
  return 0;
}

} // namespace kiln::driver

// The translation pipeline, in order (see pipeline.h and docs/pipeline.md).
#include "driver/pipeline.h"

#include <cstdio>

#include "flowgraph/verifier.h"
#include "frontend/loader.h"
#include "rtyper/verifier.h"

namespace kiln::driver {

Pipeline::Pipeline(const Options& options) : options_(options) {}
Pipeline::~Pipeline() = default;

bool Pipeline::run(Stage last) {
  // 1. import: run the program's load time in CPython, read its load-time object graph.
  if (!importProgram()) return false;
  if (last == Stage::Import) return true;
  flow = std::make_unique<flow::FlowContext>(ctx, *program);
  flow->verifyEach = options_.verifyEach;
  // 2. flow graphs: all of them for `kiln graph --stage flow`; otherwise the annotator builds
  //    each one the first time a call reaches it.
  if (last == Stage::FlowGraphs) return buildAllFlowGraphs();
  // 3. annotate: whole-program type inference from the entry point.
  if (!annotate()) return false;
  if (last == Stage::Annotate) return true;
  // 4. rtype: low-level types and operations for every annotated graph.
  return rtype();
  // Later stages (DESIGN.md §2.6-2.7): transforms, codegen.
}

void Pipeline::reportTimings() const {
  if (options_.timings) std::fputs(timings_.report().c_str(), stderr);
}

bool Pipeline::importProgram() {
  LoadOptions loadOptions;
  loadOptions.searchPaths = options_.path;
  loadOptions.libDir = defaultLibDir();
  program = loadProgram(ctx, options_.inputs.at(0), loadOptions, options_.timings ? &timings_ : nullptr);
  return program != nullptr;
}

bool Pipeline::buildAllFlowGraphs() {
  bool ok;
  {
    Timings::Scope scope(options_.timings ? &timings_ : nullptr, "build flow graphs");
    ok = flow->buildAll();
  }
  if (!ok) return false;
  Timings::Scope scope(options_.timings ? &timings_ : nullptr, "verify flow graphs");
  for (const auto& g : flow->graphs()) ok &= flow::verifyGraph(*g, diags, "build");
  return ok;
}

bool Pipeline::annotate() {
  ann::AnnotatorOptions annOptions;
  annotator = std::make_unique<ann::Annotator>(ctx, *program, *flow, annOptions);
  auto start = std::chrono::steady_clock::now();
  bool ok = annotator->run();
  double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (options_.timings) {
    // The annotator builds flow graphs as it reaches them: report the two apart.
    timings_.add("build flow graphs (on demand)", flow->buildSeconds);
    timings_.add("annotate", total - flow->buildSeconds);
  }
  return ok && !diags.hasErrors();
}

} // namespace kiln::driver

namespace kiln::driver {

bool Pipeline::rtype() {
  rtyper = std::make_unique<rt::RTyper>(*annotator, diags);
  bool ok;
  {
    Timings::Scope scope(options_.timings ? &timings_ : nullptr, "rtype");
    ok = rtyper->run();
  }
  if (!ok) return false;
  Timings::Scope scope(options_.timings ? &timings_ : nullptr, "verify low-level graphs");
  for (ll::Graph* g : rtyper->graphs()) ok &= ll::verifyGraph(*g, diags, "rtype");
  for (const auto& p : rtyper->prebuilts()) ok &= ll::verifyPrebuilt(*p, diags, "rtype");
  return ok;
}

} // namespace kiln::driver

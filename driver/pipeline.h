// The translation pipeline (DESIGN.md §2): the stages in order, with their shared state.
//
// driver/pipeline.cpp is the one place that states the order of the stages; commands run the
// pipeline up to the stage whose output they show (`kiln graph --stage flow` stops after the
// flow graphs, `kiln check` after the annotator).
#pragma once

#include <memory>
#include <string>

#include "annotator/annotator.h"
#include "driver/options.h"
#include "flowgraph/builder.h"
#include "frontend/load_graph.h"
#include "frontend/parser.h"
#include "jitgen/jitcode.h"
#include "rtyper/rtyper.h"
#include "support/timings.h"
#include "transforms/transforms.h"

namespace kiln::driver {

enum class Stage {
  Import,     // CPython runs the program's load time; kiln reads the load-time object graph
  FlowGraphs, // every function's flow graph (the annotator builds only the ones it reaches)
  Annotate,   // whole-program type inference from the entry point
  RType,      // low-level types and operations (rtyper/)
  JitCodes,   // --jit: the codewriter's jitcodes (jitgen/)
  Transform,  // the transforms between the rtyper and codegen (transforms/)
};

class Pipeline {
public:
  explicit Pipeline(const Options& options);
  ~Pipeline();

  // Runs the stages up to and including `last`. False after errors (already reported).
  bool run(Stage last);
  // Prints the --timings table (to stderr) if it was asked for.
  void reportTimings() const;
  Timings& timings() { return timings_; }
  // After run(): whether --dump-after named a pass that ran, and the passes that can be named.
  bool dumped() const { return dumped_; }
  const std::vector<std::string>& passNames() const { return passNames_; }
  // The file and 1-based line of a location ("?" and 0 for none).
  std::pair<std::string, unsigned> fileLine(SourceLoc loc) const;
  // The load-time function a low-level graph was made from (its hints), or null.
  const load::Function* functionOf(const ll::Graph* g) const;

  SourceManager sources;
  Arena arena;
  Interner interner;
  DiagnosticEngine diags{sources};
  ParseContext ctx{sources, arena, interner, diags};
  std::unique_ptr<load::Program> program;
  std::unique_ptr<flow::FlowContext> flow;
  std::unique_ptr<ann::Annotator> annotator;
  std::unique_ptr<rt::RTyper> rtyper;
  // What the transforms rewrite and codegen emits: the low-level graphs.
  std::vector<ll::Graph*> graphs;
  // --jit: the jitcodes of the portal and what it calls (before the transforms change the graphs).
  std::unique_ptr<jit::JitProgram> jitProgram;
  // What the GC transform did (--gc=gen), for --timings.
  xf::GcTransformStats gcStats;
  bool genGc() const { return options_.gc.value_or("boehm") == "gen"; }

private:
  bool importProgram();
  bool buildAllFlowGraphs();
  bool annotate();
  bool rtype();
  bool writeJitCodes();
  bool transform();
  bool transformGc();
  // Runs one transform: timed, verified with --verify-each, printed with --dump-after=NAME.
  template <class F> bool pass(const char* name, F&& body);
  bool dumpAfter(const char* name);
  std::string frameText(const ll::Graph& g, SourceLoc loc);

  const Options& options_;
  Timings timings_;
  bool dumped_ = false;
  std::vector<std::string> passNames_;
};

} // namespace kiln::driver

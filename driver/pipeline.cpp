// The translation pipeline, in order (see pipeline.h and docs/pipeline.md).
#include "driver/pipeline.h"

#include <cstdio>

#include "flowgraph/verifier.h"
#include "annotator/bookkeeper.h"
#include "frontend/loader.h"
#include "rtyper/printer.h"
#include "rtyper/verifier.h"
#include "transforms/transforms.h"

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
  if (!rtype()) return false;
  if (last == Stage::RType) return true;
  // 5. --jit: the codewriter reads the graphs before the transforms rewrite them.
  if ((options_.jit || last == Stage::JitCodes) && !writeJitCodes()) return false;
  if (last == Stage::JitCodes) return true;
  // 6. transforms (DESIGN.md §2.6), then codegen (driver/cmd_translate.cpp).
  return transform();
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
  // A translated program's runtime raises any built-in exception (IndexError from a helper...):
  // each gets a class, with its place in the class-id ranges, even when the program never
  // names it.
  if (options_.command == Command::translate) {
#define BUILTIN_EXCEPTION(name, base) annotator->bookkeeper().builtinExceptionClassDef(#name);
#include "annotator/builtin_classes.def"
  }
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
  graphs = rtyper->graphs();
  return ok && dumpAfter("rtype");
}

// The transforms, in order (DESIGN.md §2.6): backend optimizations first (-O2; inlining and
// malloc removal will join mergeifs), the GC's lowering last: malloc lowering for Boehm, the GC
// transform for gen.
bool Pipeline::transform() {
  auto where = [this](const ll::Graph& g, SourceLoc loc) { return frameText(g, loc); };
  bool optimize = !options_.optimizeNone;
  bool gcSafe = true;
  return pass("mergeifs", [&] { if (optimize) for (ll::Graph* g : graphs) xf::mergeIfBlocks(*g); }) &&
         pass("stackcheck", [&] { xf::insertStackChecks(xf::CallGraph(graphs), rtyper->types()); }) &&
         // The call graph again: which graphs may raise includes the stack checks now.
         pass("exceptions", [&] {
           xf::CallGraph calls(graphs, genGc());
           xf::ExceptionTransformContext exc{calls, rtyper->types(), where};
           for (ll::Graph* g : graphs) xf::transformExceptions(*g, exc);
         }) &&
         (genGc() ? pass("gc", [&] { gcSafe = transformGc(); }) && gcSafe
                  : pass("malloc", [&] { for (ll::Graph* g : graphs) xf::lowerMallocs(*g, rtyper->types()); }));
}

// The GC transform; what it could not make safe is an internal error (the rtyper never makes
// such graphs).
bool Pipeline::transformGc() {
  xf::CallGraph calls(graphs, true);
  std::vector<std::string> problems;
  for (ll::Graph* g : graphs) xf::transformGc(*g, calls, rtyper->types(), gcStats, problems);
  for (const std::string& p : problems)
    diags.report(DiagId::internal_verifier_failed, SourceRange{}, "GC safety", "gc", "the program", p);
  return problems.empty();
}

// The codewriter (jitgen/): jitcodes for every graph the JIT may trace.
bool Pipeline::writeJitCodes() {
  Timings::Scope scope(options_.timings ? &timings_ : nullptr, "jitcodes");
  jit::CodewriterInput in;
  in.graphs = graphs;
  in.types = &rtyper->types();
  in.diags = &diags;
  in.functionOf = [this](const ll::Graph* g) { return functionOf(g); };
  in.printableLocation = [this](const std::string& driver) { return rtyper->printableLocation(driver); };
  // A driver's greens: its load-time object's `greens` list.
  in.greenCount = [this](const std::string& driver) {
    for (load::Object* o : program->objects) {
      auto* inst = load::dynCast<load::Instance>(o);
      if (!inst || !annotator->bookkeeper().isFrozen(o) || annotator->bookkeeper().frozenDesc(o)->name != driver) continue;
      for (const load::NamedValue& a : inst->attrs)
        if (a.name.str() == "greens")
          if (auto* list = a.value.isRef() ? load::dynCast<load::List>(a.value.ref) : nullptr) return int(list->items.size());
    }
    return 0;
  };
  bool ok = true;
  jitProgram = jit::writeJitCodes(in, ok);
  return ok && !diags.hasErrors();
}

template <class F> bool Pipeline::pass(const char* name, F&& body) {
  {
    Timings::Scope scope(options_.timings ? &timings_ : nullptr, std::string("transform: ") + name);
    body();
  }
  bool ok = true;
  if (options_.verifyEach)
    for (ll::Graph* g : graphs) ok &= ll::verifyGraph(*g, diags, name);
  return ok && dumpAfter(name);
}

bool Pipeline::dumpAfter(const char* name) {
  passNames_.push_back(name);
  if (options_.dumpAfter.value_or("") != name) return true;
  dumped_ = true;
  ll::PrintOptions print;
  print.sources = &sources;
  print.locations = !options_.noLoc;
  std::vector<const ll::Graph*> shown(graphs.begin(), graphs.end());
  std::string out = ll::printProgram(rtyper->types(), shown, print);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return true;
}

// "file:line:function" of a location in graph g, for tracebacks: the function as CPython names
// it in a traceback (the last part of its qualified name).
const load::Function* Pipeline::functionOf(const ll::Graph* g) const {
  const ann::GraphInfo* info = rtyper->infoOf(g);
  return info && info->desc ? info->desc->function : nullptr;
}

std::pair<std::string, unsigned> Pipeline::fileLine(SourceLoc loc) const {
  if (!loc.isValid()) return {"?", 0};
  return {std::string(sources.path(sources.fileOf(loc))), sources.lineCol(loc).line};
}

std::string Pipeline::frameText(const ll::Graph& g, SourceLoc loc) {
  auto [file, line] = fileLine(loc);
  std::string name = g.name();
  // Drop the ".2" that tells apart graphs of one function, then keep the last part.
  if (size_t dot = name.rfind('.'); dot != std::string::npos && name.find_first_not_of("0123456789", dot + 1) == std::string::npos)
    name.resize(dot);
  if (size_t dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
  return file + ":" + std::to_string(line) + ":" + name;
}

} // namespace kiln::driver

// `kiln translate`: a kiln Python program to a native executable (DESIGN.md §2): the pipeline
// through the transforms, then C++ (codegen/), built with ninja against the runtime library.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "annotator/bookkeeper.h"
#include "codegen/codegen.h"
#include "driver/commands.h"
#include "driver/pipeline.h"

#ifndef KILN_RUNTIME_INCLUDE
#error "KILN_RUNTIME_INCLUDE must name runtime/include (driver/CMakeLists.txt)"
#endif

namespace kiln::driver {

namespace {

const char* const kBuiltinExceptions[] = {
#define BUILTIN_EXCEPTION(name, base) #name,
#include "annotator/builtin_classes.def"
};

// A size: bytes, or a number with a K, M or G suffix (binary). -1 when malformed.
int64_t parseSize(const std::string& text) {
  char* end = nullptr;
  errno = 0;
  long long n = std::strtoll(text.c_str(), &end, 10);
  if (end == text.c_str() || n < 0 || errno) return -1;
  int shift = 0;
  if (*end == 'K' || *end == 'k') shift = 10;
  else if (*end == 'M' || *end == 'm') shift = 20;
  else if (*end == 'G' || *end == 'g') shift = 30;
  if (shift) ++end;
  if (*end || n > (INT64_MAX >> shift)) return -1;
  return int64_t(n) << shift;
}

std::string defaultOutput(const std::string& input) {
  std::filesystem::path p(input);
  return p.stem().string();
}

} // namespace

int runTranslate(const Options& options) {
  if (options.inputs.size() != 1) {
    std::fprintf(stderr, "kiln: error: 'kiln translate' needs exactly one program\n\n%s", commandUsage(options.command).c_str());
    return 2;
  }
  std::string gc = options.gc.value_or("boehm");
  if (gc != "boehm" && gc != "gen") {
    std::fprintf(stderr, "kiln: error: unknown garbage collector '%s' (available: boehm, gen)\n", gc.c_str());
    return 2;
  }
  int64_t maxHeap = 0;
  if (options.maxHeap) {
    maxHeap = parseSize(*options.maxHeap);
    if (maxHeap <= 0) {
      std::fprintf(stderr, "kiln: error: --max-heap needs a size (bytes, or with a K, M or G suffix), not '%s'\n", options.maxHeap->c_str());
      return 2;
    }
    if (gc != "gen") {
      std::fprintf(stderr, "kiln: error: --max-heap needs --gc=gen\n");
      return 2;
    }
  }
  if (options.jit && gc != "boehm") {
    std::fprintf(stderr, "kiln: error: --jit needs --gc=boehm for now (the JIT does not yet keep its references where the generational collector can find and move them)\n");
    return 2;
  }
  if (options.optimizeNone && options.optimize) {
    std::fprintf(stderr, "kiln: error: -O0 and -O2 contradict each other\n");
    return 2;
  }
  int jobs = 0;
  if (options.jobs) {
    jobs = std::atoi(options.jobs->c_str());
    if (jobs <= 0) {
      std::fprintf(stderr, "kiln: error: --jobs needs a positive number, not '%s'\n", options.jobs->c_str());
      return 2;
    }
  }
  Pipeline pipeline(options);
  bool ok = pipeline.run(Stage::Transform);
  if (!ok) {
    pipeline.reportTimings();
    unsigned n = pipeline.diags.errorCount();
    if (n) std::fprintf(stderr, "kiln: %u error%s: '%s' was not translated\n", n, n == 1 ? "" : "s", options.inputs[0].c_str());
    return 1;
  }
  if (options.jit && !pipeline.jitProgram) {
    std::fprintf(stderr, "kiln: error: --jit: the program has no JitDriver with a jit_merge_point\n");
    return 1;
  }
  if (options.dumpAfter && !pipeline.dumped()) {
    std::string names;
    for (const std::string& n : pipeline.passNames()) names += (names.empty() ? "" : ", ") + n;
    std::fprintf(stderr, "kiln: error: unknown pass '%s' for --dump-after (the passes: %s)\n", options.dumpAfter->c_str(), names.c_str());
    return 2;
  }

  cg::Program program;
  program.graphs = pipeline.graphs;
  program.prebuilts = &pipeline.rtyper->prebuilts();
  program.types = &pipeline.rtyper->types();
  program.entry = pipeline.rtyper->graphOf(pipeline.annotator->entry());
  for (const char* name : kBuiltinExceptions) {
    ann::ClassDef* cd = pipeline.annotator->bookkeeper().builtinExceptionClassDef(name);
    program.builtinVtables.push_back(cd ? pipeline.rtyper->classRepr(cd)->vtableObject : nullptr);
    program.builtinNames.push_back(name);
  }
  if (options.jit) program.jit = pipeline.jitProgram.get();
  program.inlineHint = [&](const ll::Graph& g) {
    const load::Function* f = pipeline.functionOf(&g);
    return !f ? 0 : f->hintTrue("_always_inline_") ? 1 : f->hintTrue("_dont_inline_") ? -1 : 0;
  };
  program.origin = [&](const ll::Graph& g) -> std::pair<std::string, int> {
    auto [file, line] = pipeline.fileLine(g.startBlock()->loc);
    return {file, int(line)};
  };
  std::string output = options.output.value_or(defaultOutput(options.inputs[0]));
  cg::EmitOptions emit;
  emit.name = std::filesystem::path(output).filename().string();
  emit.checkInts = options.checkInts;
  emit.genGc = gc == "gen";
  emit.maxHeap = maxHeap;
  emit.where = [&](SourceLoc loc) {
    auto [file, line] = pipeline.fileLine(loc);
    return loc.isValid() ? file + ":" + std::to_string(line) : file;
  };
  std::vector<cg::SourceFile> sources;
  {
    Timings::Scope scope(options.timings ? &pipeline.timings() : nullptr, "codegen (emit C++)");
    sources = cg::emitProgram(program, emit);
  }
  cg::BuildOptions build;
  build.output = output;
  build.buildDir = options.buildDir.value_or(output + ".kiln-build");
  build.cxx = options.cxx.value_or("c++");
  build.optLevel = options.optimizeNone ? "-O0" : "-O2";
  build.runtimeInclude = KILN_RUNTIME_INCLUDE;
  build.runtimeLib = KILN_RUNTIME_LIB;
  build.gcLib = gc == "gen" ? KILN_GC_GEN_LIB : KILN_GC_BOEHM_LIB;
  if (options.jit) build.jitLib = KILN_JIT_LIB;
  build.genGc = gc == "gen";
  build.jobs = jobs;
  build.emitOnly = options.emitOnly;
  std::string error;
  {
    Timings::Scope scope(options.timings ? &pipeline.timings() : nullptr, "C++ compile and link (ninja)");
    ok = cg::buildExecutable(sources, build, error);
  }
  pipeline.reportTimings();
  if (!ok) {
    std::fprintf(stderr, "kiln: error: %s\n", error.c_str());
    return 1;
  }
  return 0;
}

} // namespace kiln::driver

// `kiln parse`: parse files, report syntax errors, optionally dump tokens or the AST, or time
// the parser on a corpus (--bench N, used by bench/parse_bench.py).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "driver/commands.h"
#include "frontend/ast_dump.h"
#include "frontend/lexer.h"
#include "frontend/parser.h"
#include "frontend/source_decoder.h"

namespace kiln::driver {

namespace {

void dumpTokens(const SourceManager& sources, FileId file) {
  std::string_view text = sources.text(file);
  std::vector<Token> tokens;
  Lexer lexer(text, 0, uint32_t(text.size()), Lexer::Mode::File);
  lexer.tokenize(tokens);
  for (const Token& t : tokens) {
    LineCol lc = sources.lineCol(sources.locAt(file, t.begin));
    std::printf("%u:%u %s %.*s\n", lc.line, lc.col, tokKindDescription(t.kind).c_str(),
                int(t.end - t.begin), text.data() + t.begin);
  }
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

// Parses every file `repeat` times from memory and prints the median wall time of one pass over
// all of them. Reading the files is not timed; decoding, lexing and parsing are.
int benchParse(const std::vector<std::string>& paths, int repeat) {
  std::vector<std::string> contents(paths.size());
  size_t bytes = 0;
  for (size_t i = 0; i < paths.size(); ++i) {
    if (!readFile(paths[i], contents[i])) {
      std::fprintf(stderr, "kiln: error: cannot read '%s'\n", paths[i].c_str());
      return 1;
    }
    bytes += contents[i].size();
  }
  std::vector<double> times;
  size_t failures = 0;
  for (int r = 0; r < repeat; ++r) {
    failures = 0;
    auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < paths.size(); ++i) {
      SourceManager sources;
      Arena arena;
      Interner interner;
      DiagnosticEngine diags(sources);
      diags.setConsumer([](const Diagnostic&) {});
      ParseContext ctx{sources, arena, interner, diags};
      if (!parseBytes(ctx, paths[i], contents[i])) ++failures;
    }
    times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  std::printf("files=%zu bytes=%zu rejected=%zu runs=%d median_s=%.6f min_s=%.6f\n", paths.size(),
              bytes, failures, repeat, times[times.size() / 2], times.front());
  return 0;
}

} // namespace

int runParse(const Options& options) {
  if (options.inputs.empty()) {
    std::fprintf(stderr, "kiln: error: 'kiln parse' needs at least one FILE\n\n%s",
                 commandUsage(options.command).c_str());
    return 2;
  }
  if (options.benchRepeat) {
    int repeat = std::atoi(options.benchRepeat->c_str());
    if (repeat < 1) {
      std::fprintf(stderr, "kiln: error: --bench needs a positive count\n");
      return 2;
    }
    return benchParse(options.inputs, repeat);
  }
  int status = 0;
  for (const std::string& path : options.inputs) {
    SourceManager sources;
    Arena arena;
    Interner interner;
    DiagnosticEngine diags(sources);
    ParseContext ctx{sources, arena, interner, diags};
    FileId file;
    ast::Module* module = parseFile(ctx, path, &file);
    if (options.dumpTokens && file.isValid() && !module) dumpTokens(sources, file);
    if (!module) {
      status = 1;
      continue;
    }
    if (options.dumpTokens) dumpTokens(sources, file);
    if (options.dumpAst) {
      std::string out = ast::dumpAst(module);
      out.push_back('\n');
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
  }
  return status;
}

} // namespace kiln::driver

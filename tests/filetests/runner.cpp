// The filetest runner: one parametrized GoogleTest over every file under tests/filetests/.
//
// A filetest starts with a header naming what to run:
//
//   # test: parse-errors
//
// parse-errors: the file is cut into cases at lines starting with "# --"; each case is parsed
// on its own (keeping its line numbers) and must produce exactly the errors its lines announce
// with a trailing "# error: <text>" comment: an error on that line whose message contains the
// text. A case without such a comment must parse cleanly.
//
// load-functions: the file is a program; `kiln load --dump-functions` output must equal the
// expected section at the end of the file:
//
//   # ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
//   # f functions.py:3:1 FunctionDef
//
// flow: the file is a program; the flow graphs of the functions named in a `# functions: f g`
// line (all if none), printed without locations, must equal the expected section.
//
// flow-errors: the file is a program whose flow graphs must produce exactly the errors (and
// warnings) announced by `# error: <text>` / `# warning: <text>` comments on their lines.
//
// annotate: the file is a program, annotated from its entry point as `kiln check` does; it
// must have no errors, and its annotated dump (`kiln graph --stage annotated --no-loc`: every
// graph the annotator reached, restricted to those named in a `# functions: f g` line if
// there is one, then the class section) must equal the expected section. A name selects a
// graph whose qualified name is it or ends in `.name`, with or without a specialization
// suffix (`f` selects `prog.f` and `prog.f[int]`; `C.m` selects `prog.C.m`).
//
// annotate-errors: the file is a program whose annotation must produce exactly the errors
// announced by `# error: <text>` comments: one error per comment, on the comment's line (the
// line of the error's caret), whose message contains the text. `# note: <text>` comments are
// notes that must be attached to some error and point at their line (an error may have more
// notes than are announced: only the announced ones are checked). Several expectations may
// share a line (`x = f(y)  # error: ...  # note: ...`). An error or note with no source
// location (as "too many errors") is announced with `# error-no-location: <text>` or
// `# note-no-location: <text>` on any line.
//
// lltype: the file is a program, annotated and rtyped from its entry point; the low-level graphs
// must verify, and their dump (`kiln graph --stage lltype --no-loc`: the graphs of the
// `# functions:` line, then the types and the prebuilt objects) must equal the expected section.
//
// lltype-errors: like annotate-errors, for the errors of the rtyper on a program the annotator
// accepts (internal errors: what the rtyper cannot lower yet).
//
// transforms: the file is a program translated by the kiln binary (`kiln translate --emit-only
// --no-loc --dump-after=PASS`, PASS from a `# dump-after: PASS` line); the graphs of the
// `# functions:` line, as the dump shows them after that pass, must equal the expected section.
//
// codegen: likewise, the C++ functions codegen writes for the graphs of the `# functions:` line
// (from the build directory's function files) must equal the expected section.
// Both pass the flags of a `# translate-flags:` line to translate (`--gc=gen`).
//
// jitcode: the codewriter's jitcodes (`kiln graph --stage jitcode`, docs/jitcode.md) for the
// program's JitDriver must equal the expected section.
//
// jitcode-errors: `kiln graph --stage jitcode` must fail with exactly the errors announced by
// `# error: <text>` comments, each on its comment's line.
//
// traces: the program is translated with --jit and run (with the JIT parameters of a
// `# jit: SPEC` line) under KILNLOG=jit-log-opt; its optimized traces (docs/jit.md), addresses of
// constants replaced by `ConstPtr(...)`, must equal the expected section.
//
// Golden kinds compare the whole output; on a difference the test shows a diff, and running
// the tests with UPDATE_GOLDEN=1 rewrites the section instead (then review it with git diff).
//
// More kinds join as later stages land (STYLE.md §7).
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "annotator/annotator.h"
#include "annotator/printer.h"
#include "rtyper/parser.h"
#include "rtyper/printer.h"
#include "rtyper/rtyper.h"
#include "rtyper/verifier.h"
#include "flowgraph/builder.h"
#include "flowgraph/printer.h"
#include "flowgraph/verifier.h"
#include "frontend/load_graph_printer.h"
#include "frontend/loader.h"
#include "frontend/parser.h"

namespace {

namespace fs = std::filesystem;

std::vector<std::string> discover() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(KILN_FILETESTS_DIR))
    if (entry.is_regular_file() && entry.path().extension() == ".py")
      files.push_back(fs::relative(entry.path(), KILN_FILETESTS_DIR).string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Expectation {
  unsigned line;
  std::string text;
};

struct Case {
  unsigned firstLine; // 1-based line of the case's first line in the file
  std::string source; // padded with newlines so that line numbers match the file
  std::vector<Expectation> errors;
};

std::vector<Case> splitCases(const std::string& text) {
  static const std::regex errorComment(R"(#\s*error:\s*(.*?)\s*$)");
  std::vector<Case> cases(1, Case{1, "", {}});
  std::istringstream in(text);
  unsigned lineNo = 0;
  for (std::string line; std::getline(in, line);) {
    ++lineNo;
    if (line.starts_with("# --")) {
      cases.push_back(Case{lineNo + 1, std::string(lineNo, '\n'), {}});
      continue;
    }
    std::smatch m;
    if (std::regex_search(line, m, errorComment)) cases.back().errors.push_back({lineNo, m[1]});
    cases.back().source += line + "\n";
  }
  return cases;
}

void runParseErrors(const std::string& name, const std::string& text) {
  for (const Case& c : splitCases(text)) {
    kiln::SourceManager sources;
    kiln::Arena arena;
    kiln::Interner interner;
    kiln::DiagnosticEngine diags(sources);
    std::vector<std::pair<unsigned, std::string>> got;
    std::string rendered;
    diags.setConsumer([&](const kiln::Diagnostic& d) {
      if (d.severity != kiln::Severity::Error) return;
      unsigned line = d.range.isValid() ? sources.lineCol(d.caret).line : 0;
      got.emplace_back(line, d.message);
      rendered += diags.render(d);
    });
    kiln::ParseContext ctx{sources, arena, interner, diags};
    kiln::parseBytes(ctx, name, c.source);
    SCOPED_TRACE("case starting at " + name + ":" + std::to_string(c.firstLine));
    ASSERT_EQ(got.size(), c.errors.size()) << "diagnostics:\n" << rendered;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].first, c.errors[i].line) << rendered;
      EXPECT_NE(got[i].second.find(c.errors[i].text), std::string::npos)
          << "expected a message containing '" << c.errors[i].text << "'\n"
          << rendered;
    }
  }
}

constexpr std::string_view kExpectedMarker =
    "# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----\n";

// Compares `actual` with the file's expected section, or rewrites the section.
void checkGolden(const fs::path& path, const std::string& text, const std::string& actual) {
  size_t at = text.find(kExpectedMarker);
  std::string head = at == std::string::npos ? text : text.substr(0, at);
  std::string expected;
  if (at != std::string::npos) {
    std::istringstream lines(text.substr(at + kExpectedMarker.size()));
    for (std::string line; std::getline(lines, line);)
      expected += (line.starts_with("# ") ? line.substr(2) : line.substr(std::min<size_t>(1, line.size()))) + "\n";
  }
  if (actual == expected) return;
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update && *update == '1') {
    std::string body;
    std::istringstream lines(actual);
    for (std::string line; std::getline(lines, line);) body += (line.empty() ? "#" : "# " + line) + "\n";
    if (!head.empty() && head.back() != '\n') head += '\n';
    std::ofstream(path, std::ios::binary) << head << kExpectedMarker << body;
    return;
  }
  ADD_FAILURE() << "output differs from the expected section of " << path.string()
                << " (rerun with UPDATE_GOLDEN=1 to accept)\n--- expected\n"
                << expected << "+++ actual\n"
                << actual;
}

void runLoadFunctions(const fs::path& path, const std::string& text) {
  kiln::SourceManager sources;
  kiln::Arena arena;
  kiln::Interner interner;
  kiln::DiagnosticEngine diags(sources);
  std::string errors;
  diags.setConsumer([&](const kiln::Diagnostic& d) { errors += diags.render(d); });
  kiln::ParseContext ctx{sources, arena, interner, diags};
  kiln::LoadOptions options;
  options.libDir = kiln::defaultLibDir();
  std::unique_ptr<kiln::load::Program> program = kiln::loadProgram(ctx, path.string(), options);
  ASSERT_TRUE(program) << errors;
  checkGolden(path, text, kiln::load::dumpFunctions(*program, sources));
}

// Loads a program and builds its flow graphs (all of them, or, for the annotator, none: it
// builds each as it reaches it); collects every diagnostic, and every note with the line it
// points at. Lines are those of the test file; a location in another file counts as line 0.
struct FlowRun {
  kiln::SourceManager sources;
  kiln::Arena arena;
  kiln::Interner interner;
  kiln::DiagnosticEngine diags{sources};
  kiln::ParseContext ctx{sources, arena, interner, diags};
  std::unique_ptr<kiln::load::Program> program;
  std::unique_ptr<kiln::flow::FlowContext> flow;
  std::vector<std::tuple<kiln::Severity, unsigned, std::string>> got;
  std::vector<std::pair<unsigned, std::string>> notes;
  std::string rendered;
  bool built = false;

  explicit FlowRun(const fs::path& path, bool buildAll = true) {
    std::string file = path.string();
    fs::path canonical = fs::weakly_canonical(path);
    auto lineOf = [this, canonical](kiln::SourceLoc loc) -> unsigned {
      if (!loc.isValid() || fs::weakly_canonical(fs::path(sources.path(sources.fileOf(loc)))) != canonical) return 0;
      return sources.lineCol(loc).line;
    };
    diags.setConsumer([this, lineOf](const kiln::Diagnostic& d) {
      got.emplace_back(d.severity, d.range.isValid() ? lineOf(d.caret) : 0, d.message);
      for (const kiln::Diagnostic& n : d.notes)
        notes.emplace_back(n.range.isValid() ? lineOf(n.caret) : 0, n.message);
      rendered += diags.render(d);
    });
    kiln::LoadOptions options;
    options.libDir = kiln::defaultLibDir();
    program = kiln::loadProgram(ctx, file, options);
    if (!program) return;
    flow = std::make_unique<kiln::flow::FlowContext>(ctx, *program);
    flow->verifyEach = true;
    if (!buildAll) return;
    built = flow->buildAll();
    for (const auto& g : flow->graphs()) built &= kiln::flow::verifyGraph(*g, diags, "build");
  }
};

// The names of a `# functions: f g` line (empty: no such line).
std::vector<std::string> functionsLine(const std::string& text) {
  std::vector<std::string> only;
  static const std::regex functions(R"(^# functions:(.*)$)", std::regex::multiline);
  std::smatch m;
  if (std::regex_search(text, m, functions)) {
    std::istringstream names(m[1].str());
    for (std::string name; names >> name;) only.push_back(name);
  }
  return only;
}

// The extra `kiln translate` flags of a `# translate-flags:` line ("" when none).
std::string translateFlags(const std::string& text) {
  static const std::regex flags(R"(^# translate-flags:(.*)$)", std::regex::multiline);
  std::smatch m;
  return std::regex_search(text, m, flags) ? m[1].str() : "";
}

// Whether a graph's qualified name (maybe with a specialization suffix "[...]") is selected.
bool selected(const std::vector<std::string>& only, std::string full) {
  if (only.empty()) return true;
  if (size_t bracket = full.find('['); bracket != std::string::npos) full.resize(bracket);
  for (const std::string& name : only)
    if (full == name || (full.size() > name.size() && full.ends_with(name) &&
                         full[full.size() - name.size() - 1] == '.'))
      return true;
  return false;
}

void runFlow(const fs::path& path, const std::string& text) {
  FlowRun run(path);
  ASSERT_TRUE(run.built) << run.rendered;
  std::vector<std::string> only = functionsLine(text);
  std::vector<const kiln::flow::Graph*> graphs;
  for (const auto& g : run.flow->graphs())
    if (selected(only, g->name())) graphs.push_back(g.get());
  std::sort(graphs.begin(), graphs.end(), [](auto* a, auto* b) { return a->name() < b->name(); });
  kiln::flow::PrintOptions print;
  print.locations = false;
  std::string out;
  for (const kiln::flow::Graph* g : graphs) out += kiln::flow::printGraph(*g, run.sources, print);
  checkGolden(path, text, out);
}

void runFlowErrors(const fs::path& path, const std::string& text) {
  FlowRun run(path);
  ASSERT_TRUE(run.program) << run.rendered;
  static const std::regex expectation(R"(#\s*(error|warning):\s*(.*?)\s*$)");
  std::vector<std::tuple<kiln::Severity, unsigned, std::string>> expected;
  std::istringstream lines(text);
  unsigned lineNo = 0;
  for (std::string line; std::getline(lines, line);) {
    ++lineNo;
    std::smatch m;
    if (!std::regex_search(line, m, expectation)) continue;
    expected.emplace_back(m[1] == "error" ? kiln::Severity::Error : kiln::Severity::Warning, lineNo, m[2]);
  }
  std::vector<std::tuple<kiln::Severity, unsigned, std::string>> got;
  for (const auto& g : run.got)
    if (std::get<0>(g) != kiln::Severity::Note) got.push_back(g);
  auto byLine = [](const auto& a, const auto& b) { return std::get<1>(a) < std::get<1>(b); };
  std::stable_sort(got.begin(), got.end(), byLine);
  std::stable_sort(expected.begin(), expected.end(), byLine);
  ASSERT_EQ(got.size(), expected.size()) << run.rendered;
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(std::get<0>(got[i]), std::get<0>(expected[i])) << run.rendered;
    EXPECT_EQ(std::get<1>(got[i]), std::get<1>(expected[i])) << run.rendered;
    EXPECT_NE(std::get<2>(got[i]).find(std::get<2>(expected[i])), std::string::npos)
        << "expected a message containing '" << std::get<2>(expected[i]) << "'\n" << run.rendered;
  }
}

// Loads a program and annotates it from its entry point (driver/pipeline.cpp's order).
struct AnnotateRun : FlowRun {
  std::unique_ptr<kiln::ann::Annotator> annotator;
  bool ok = false;

  explicit AnnotateRun(const fs::path& path) : FlowRun(path, /*buildAll=*/false) {
    if (!program) return;
    annotator = std::make_unique<kiln::ann::Annotator>(ctx, *program, *flow);
    ok = annotator->run() && !diags.hasErrors();
  }
};

void runAnnotate(const fs::path& path, const std::string& text) {
  AnnotateRun run(path);
  ASSERT_TRUE(run.ok) << run.rendered;
  std::vector<std::string> only = functionsLine(text);
  kiln::flow::PrintOptions print;
  print.locations = false;
  std::string out;
  for (kiln::ann::GraphInfo* g : run.annotator->graphs()) // sorted by name
    if (selected(only, g->name())) out += kiln::ann::printAnnotatedGraph(*run.annotator, *g, print);
  out += kiln::ann::printClasses(*run.annotator, false);
  checkGolden(path, text, out);
}

// The `# error:` / `# note:` (and `-no-location`) expectations of a file, by line (0: none).
struct Expected {
  std::string kind; // "error" or "note"
  unsigned line;
  std::string text;
};

std::vector<Expected> expectations(const std::string& text) {
  static const std::regex marker(R"(#\s*(error-no-location|note-no-location|error|note):\s*)");
  std::vector<Expected> out;
  std::istringstream lines(text);
  unsigned lineNo = 0;
  for (std::string line; std::getline(lines, line);) {
    ++lineNo;
    std::vector<std::smatch> found;
    for (auto it = std::sregex_iterator(line.begin(), line.end(), marker); it != std::sregex_iterator(); ++it)
      found.push_back(*it);
    for (size_t i = 0; i < found.size(); ++i) {
      size_t from = found[i].position(0) + found[i].length(0);
      size_t to = i + 1 < found.size() ? size_t(found[i + 1].position(0)) : line.size();
      std::string body = line.substr(from, to - from);
      while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back()))) body.pop_back();
      std::string kind = found[i][1];
      bool located = !kind.ends_with("-no-location");
      out.push_back({located ? kind : kind.substr(0, kind.find('-')), located ? lineNo : 0u, body});
    }
  }
  return out;
}

// Annotates, rtypes and verifies a program; the low-level graphs of the `# functions:` line
// (all if none), then the types and prebuilt objects they use, are the output.
void runLowLevel(const fs::path& path, const std::string& text) {
  AnnotateRun run(path);
  ASSERT_TRUE(run.ok) << run.rendered;
  kiln::rt::RTyper rtyper(*run.annotator, run.diags);
  bool ok = rtyper.run();
  for (kiln::ll::Graph* g : rtyper.graphs()) ok &= kiln::ll::verifyGraph(*g, run.diags, "rtype");
  for (const auto& p : rtyper.prebuilts()) ok &= kiln::ll::verifyPrebuilt(*p, run.diags, "rtype");
  ASSERT_TRUE(ok) << run.rendered;
  // The whole program's text reads back (into a fresh context) as itself.
  {
    std::vector<kiln::ll::Graph*> all = rtyper.graphs();
    std::vector<const kiln::ll::Graph*> graphs(all.begin(), all.end());
    kiln::ll::PrintOptions print;
    print.locations = false;
    std::string whole = kiln::ll::printProgram(rtyper.types(), graphs, print);
    kiln::ll::TypeContext fresh;
    kiln::SourceManager sources;
    kiln::DiagnosticEngine diags(sources);
    std::string rendered;
    diags.setConsumer([&](const kiln::Diagnostic& d) { rendered += d.message + "\n"; });
    kiln::ll::ParsedText parsed = kiln::ll::parseTextString(fresh, sources, diags, "whole.ll", whole);
    ASSERT_FALSE(diags.hasErrors()) << rendered;
    std::vector<const kiln::ll::Graph*> again;
    for (const auto& g : parsed.graphs) again.push_back(g.get());
    EXPECT_EQ(kiln::ll::printProgram(fresh, again, print), whole) << "the low-level text does not read back as itself";
  }
  std::vector<std::string> only = functionsLine(text);
  std::vector<const kiln::ll::Graph*> shown;
  for (kiln::ll::Graph* g : rtyper.graphs())
    if (selected(only, g->name())) shown.push_back(g);
  kiln::ll::PrintOptions print;
  print.locations = false;
  checkGolden(path, text, kiln::ll::printProgram(rtyper.types(), shown, print));
}

// Runs the kiln binary's translate on a filetest program, writing the C++ only (no compile), in
// a fresh directory; gives the command's stdout. The status must be 0.
std::string translateEmitOnly(const fs::path& path, const std::string& extra, const fs::path& dir) {
  fs::remove_all(dir);
  fs::create_directories(dir);
  // From the filetests directory, so that the paths in tracebacks do not depend on where the
  // tests run.
  std::string cmd = "cd '" + std::string(KILN_FILETESTS_DIR) + "' && " + std::string(KILN_BINARY) + " translate --emit-only --no-loc " +
                    extra + " '" + fs::relative(path, KILN_FILETESTS_DIR).string() + "' -o '" + (dir / "prog").string() + "' 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  int status = pclose(p);
  EXPECT_EQ(status, 0) << cmd << "\n" << out;
  return out;
}

// The `graph NAME(...) { ... }` texts of a dump whose names are selected.
std::string selectedGraphs(const std::string& dump, const std::vector<std::string>& only) {
  std::string out;
  std::istringstream in(dump);
  bool keep = false;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("graph ")) {
      std::string name = line.substr(6, line.find('(') - 6);
      keep = selected(only, name);
    }
    if (keep) out += line + "\n";
    if (line == "}") keep = false;
  }
  return out;
}

void runTransforms(const fs::path& path, const std::string& text) {
  static const std::regex pass(R"(^# dump-after:\s*(\S+))", std::regex::multiline);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(text, m, pass)) << "a transforms filetest needs a '# dump-after: PASS' line";
  fs::path dir = fs::temp_directory_path() / ("kiln-filetest-" + path.stem().string());
  std::string dump = translateEmitOnly(path, "--dump-after=" + m[1].str() + " " + translateFlags(text), dir);
  checkGolden(path, text, selectedGraphs(dump, functionsLine(text)));
  fs::remove_all(dir);
}

void runCodegen(const fs::path& path, const std::string& text) {
  fs::path dir = fs::temp_directory_path() / ("kiln-filetest-cg-" + path.stem().string());
  translateEmitOnly(path, translateFlags(text), dir);
  // The function files, in order, then the small functions the header defines; each function
  // starts after a "// <graph name>" line.
  std::string all;
  for (int k = 0; fs::exists(dir / "prog.kiln-build" / ("prog_" + std::to_string(k) + ".cpp")); ++k)
    all += readFile(dir / "prog.kiln-build" / ("prog_" + std::to_string(k) + ".cpp"));
  std::string header = readFile(dir / "prog.kiln-build" / "prog.h");
  if (size_t small = header.find("\n// Small functions"); small != std::string::npos) all += header.substr(small + 1);
  std::vector<std::string> only = functionsLine(text);
  std::string out;
  std::istringstream in(all);
  bool keep = false;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("// ") && line.find(' ', 3) == std::string::npos && !line.starts_with("// Generated")) keep = selected(only, line.substr(3));
    if (keep) out += line + "\n";
    if (line == "}") keep = false;
  }
  checkGolden(path, text, out);
  fs::remove_all(dir);
}

void runAnnotateErrors(const fs::path& path, const std::string& text, bool rtype = false) {
  AnnotateRun run(path);
  ASSERT_TRUE(run.program) << run.rendered;
  if (rtype) {
    // The errors come from the rtyper, after an annotation without errors.
    ASSERT_TRUE(run.ok) << run.rendered;
    kiln::rt::RTyper rtyper(*run.annotator, run.diags);
    EXPECT_FALSE(rtyper.run()) << "the program was rtyped without errors";
  } else {
    EXPECT_FALSE(run.ok) << "the program was annotated without errors";
  }
  std::vector<Expected> expected = expectations(text);
  // Errors: exactly the announced ones, compared in line order.
  std::vector<std::pair<unsigned, std::string>> gotErrors, wantErrors;
  for (const auto& [severity, line, message] : run.got)
    if (severity == kiln::Severity::Error) gotErrors.emplace_back(line, message);
  for (const Expected& e : expected)
    if (e.kind != "note") wantErrors.emplace_back(e.line, e.text);
  auto byLine = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(gotErrors.begin(), gotErrors.end(), byLine);
  std::stable_sort(wantErrors.begin(), wantErrors.end(), byLine);
  ASSERT_EQ(gotErrors.size(), wantErrors.size()) << run.rendered;
  for (size_t i = 0; i < gotErrors.size(); ++i) {
    EXPECT_EQ(gotErrors[i].first, wantErrors[i].first)
        << "expected an error on line " << wantErrors[i].first << "\n" << run.rendered;
    EXPECT_NE(gotErrors[i].second.find(wantErrors[i].second), std::string::npos)
        << "expected a message containing '" << wantErrors[i].second << "'\n" << run.rendered;
  }
  // Notes: each announced one is somewhere among the errors' notes.
  for (const Expected& e : expected) {
    if (e.kind != "note") continue;
    bool found = false;
    for (const auto& [line, message] : run.notes) found |= line == e.line && message.find(e.text) != std::string::npos;
    EXPECT_TRUE(found) << "expected a note on line " << e.line << " containing '" << e.text << "'\n" << run.rendered;
  }
}

// Runs a command from the filetests directory (paths in messages then do not depend on where the
// tests run); gives its output and status.
std::pair<std::string, int> runFromFiletests(const std::string& command) {
  std::string cmd = "cd '" + std::string(KILN_FILETESTS_DIR) + "' && " + command;
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  int status = pclose(p);
  return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

std::string relativePath(const fs::path& path) { return fs::relative(path, KILN_FILETESTS_DIR).string(); }

void runJitCode(const fs::path& path, const std::string& text) {
  auto [out, status] = runFromFiletests(std::string(KILN_BINARY) + " graph --stage jitcode '" + relativePath(path) + "' 2>&1");
  ASSERT_EQ(status, 0) << out;
  checkGolden(path, text, out);
}

void runJitCodeErrors(const fs::path& path, const std::string& text) {
  auto [out, status] = runFromFiletests(std::string(KILN_BINARY) + " graph --stage jitcode '" + relativePath(path) + "' 2>&1 >/dev/null");
  EXPECT_EQ(status, 1) << out;
  std::vector<Expected> expected = expectations(text);
  std::istringstream in(out);
  std::vector<std::pair<unsigned, std::string>> got;
  static const std::regex error(R"(^[^:]+:(\d+):\d+: error: (.*)$)");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, error)) got.emplace_back(unsigned(std::stoul(m[1])), m[2]);
  }
  ASSERT_EQ(got.size(), expected.size()) << out;
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].first, expected[i].line) << out;
    EXPECT_NE(got[i].second.find(expected[i].text), std::string::npos) << "expected '" << expected[i].text << "'\n" << out;
  }
}

void runTraces(const fs::path& path, const std::string& text) {
  static const std::regex jitLine(R"(^# jit:\s*(\S+))", std::regex::multiline);
  std::smatch m;
  std::string spec = std::regex_search(text, m, jitLine) ? m[1].str() : "threshold=3";
  fs::path dir = fs::temp_directory_path() / ("kiln-filetest-traces-" + path.stem().string());
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string exe = (dir / "prog").string();
  auto [tout, tstatus] = runFromFiletests(std::string(KILN_BINARY) + " translate --jit '" + relativePath(path) + "' -o '" + exe + "' 2>&1");
  ASSERT_EQ(tstatus, 0) << tout;
  auto [rout, rstatus] = runFromFiletests("KILNLOG=jit-log-opt:'" + (dir / "log").string() + "' '" + exe + "' --jit " + spec + " >/dev/null 2>&1");
  std::string log = readFile(dir / "log");
  // The section contents, without timestamps; constant addresses vary from run to run.
  std::string out;
  std::istringstream in(log);
  static const std::regex ptr(R"(ConstPtr\(0x[0-9a-f]+\))");
  static const std::regex stamp(R"(^\[[0-9a-f]+\] .*)");
  for (std::string line; std::getline(in, line);) {
    if (std::regex_match(line, stamp)) {
      if (line.find('{') != std::string::npos) out += line.substr(line.find('{')) + "\n";
      continue;
    }
    out += std::regex_replace(line, ptr, "ConstPtr(...)") + "\n";
  }
  checkGolden(path, text, out);
  fs::remove_all(dir);
}

class FileTest : public testing::TestWithParam<std::string> {};

TEST_P(FileTest, Run) {
  std::string text = readFile(fs::path(KILN_FILETESTS_DIR) / GetParam());
  std::smatch m;
  static const std::regex header(R"(^# test: ([a-z-]+))");
  ASSERT_TRUE(std::regex_search(text, m, header)) << "missing '# test: KIND' header";
  std::string kind = m[1];
  if (kind == "parse-errors") return runParseErrors(GetParam(), text);
  fs::path path = fs::path(KILN_FILETESTS_DIR) / GetParam();
  if (kind == "load-functions") return runLoadFunctions(path, text);
  if (kind == "flow") return runFlow(path, text);
  if (kind == "flow-errors") return runFlowErrors(path, text);
  if (kind == "annotate") return runAnnotate(path, text);
  if (kind == "annotate-errors") return runAnnotateErrors(path, text);
  if (kind == "lltype") return runLowLevel(path, text);
  if (kind == "lltype-errors") return runAnnotateErrors(path, text, /*rtype=*/true);
  if (kind == "transforms") return runTransforms(path, text);
  if (kind == "codegen") return runCodegen(path, text);
  if (kind == "jitcode") return runJitCode(path, text);
  if (kind == "jitcode-errors") return runJitCodeErrors(path, text);
  if (kind == "traces") return runTraces(path, text);
  FAIL() << "unknown filetest kind '" << kind << "'";
}

INSTANTIATE_TEST_SUITE_P(, FileTest, testing::ValuesIn(discover()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

} // namespace

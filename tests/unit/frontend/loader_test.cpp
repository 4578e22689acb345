// The loader: its diagnostics, and robustness against corrupt load-graph documents.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "frontend/load_graph_printer.h"
#include "frontend/loader.h"

namespace kiln {
namespace {

namespace fs = std::filesystem;

struct Env {
  SourceManager sources;
  Arena arena;
  Interner interner;
  DiagnosticEngine diags{sources};
  ParseContext ctx{sources, arena, interner, diags};
  std::string errors;
  Env() {
    diags.setConsumer([this](const Diagnostic& d) { errors += diags.render(d); });
  }
};

// A minimal valid document: a main module whose entry_point is a function in `file`.
std::string document(const std::string& file, int line, const std::string& extraObjects = "") {
  return R"({"format": "kiln-load-graph", "version": 1, "python": "3.11", "main": 1,
    "entry": {"k": "ref", "id": 2}, "entry_kind": "entry_point", "error": null, "modules": [1],
    "objects": [
      {"id": 1, "k": "module", "name": "prog", "file": ")" + file + R"(", "builtin": false,
       "globals": {"entry_point": {"k": "ref", "id": 2}, "n": {"k": "int", "v": "123456789012345678901234567890"},
                   "t": {"k": "tuple", "items": [{"k": "float", "v": "0.1"}, {"k": "str", "v": "é"},
                         {"k": "bytes", "b64": "AAE="}, {"k": "none"}, {"k": "bool", "v": true}]}}},
      {"id": 2, "k": "function", "name": "entry_point", "qualname": "entry_point",
       "module": {"k": "ref", "id": 1}, "file": ")" + file + R"(", "line": )" + std::to_string(line) + R"(,
       "body": null, "defaults": [], "kwdefaults": {}, "closure": {}, "globals": {}, "builtins": {},
       "attrs": {}})" + extraObjects + R"(],
    "sources": []})";
}

std::string writeProgram(const std::string& name, const std::string& text) {
  fs::path path = fs::temp_directory_path() / ("kiln_loader_test_" + name + ".py");
  std::ofstream(path) << text;
  return path.string();
}

TEST(Loader, ReadsAValidDocument) {
  Env env;
  std::string file = writeProgram("valid", "def entry_point(argv):\n    return 0\n");
  auto program = readLoadGraph(env.ctx, document(file, 1), "prog.py");
  ASSERT_TRUE(program) << env.errors;
  EXPECT_TRUE(attachFunctionSources(env.ctx, *program)) << env.errors;
  ASSERT_TRUE(program->entry && program->entry->def);
  EXPECT_EQ(load::dumpGlobals(*program),
            "entry_point = <function entry_point>\n"
            "n = 123456789012345678901234567890\n"
            "t = (0.1, '\xc3\xa9', b'\\x00\\x01', None, True)\n");
}

TEST(Loader, CorruptDocumentsAreDiagnosed) {
  std::string file = "/nonexistent/prog.py";
  std::string valid = document(file, 1);
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = valid;
    size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return s.replace(at, from.size(), to);
  };
  const std::pair<std::string, std::string> cases[] = {
      {"{not json", "the document is not valid JSON"},
      {"[]", "not a kiln load graph"},
      {replaced("\"version\": 1", "\"version\": 7"), "unsupported version"},
      {replaced("{\"id\": 2, \"k\": \"function\"", "{\"id\": 5, \"k\": \"function\""),
       "object 2: ids must be 1, 2, 3, ... in order"},
      {replaced("\"entry\": {\"k\": \"ref\", \"id\": 2}", "\"entry\": {\"k\": \"ref\", \"id\": 9}"),
       "reference to object 9, which does not exist"},
      {replaced("\"entry\": {\"k\": \"ref\", \"id\": 2}", "\"entry\": {\"k\": \"ref\", \"id\": 1}"),
       "'entry' refers to a module, not a function"},
      {replaced("\"qualname\": \"entry_point\",", ""), "object 2: missing 'qualname'"},
      {replaced("\"k\": \"int\"", "\"k\": \"integer\""), "object 1: unknown value kind 'integer'"},
      {replaced("\"v\": \"123456789012345678901234567890\"", "\"v\": \"12x\""),
       "object 1: int value '12x' is not a decimal integer"},
      {replaced("\"b64\": \"AAE=\"", "\"b64\": \"A=E=\""), "object 1: invalid base64 data"},
      {replaced("\"k\": \"module\"", "\"k\": \"moduel\""), "object 1: unknown object kind 'moduel'"},
      {replaced("\"line\": 1", "\"line\": \"one\""), "object 2: 'line' is not an integer"},
      {replaced("\"v\": \"0.1\"", "\"v\": \"0.-11\""), "object 1: float value '0.-11' is not a number"},
  };
  for (const auto& [text, message] : cases) {
    Env env;
    EXPECT_FALSE(readLoadGraph(env.ctx, text, "prog.py"));
    EXPECT_NE(env.errors.find("kiln: error: corrupt load graph from 'prog.py': " + message),
              std::string::npos)
        << env.errors;
  }
}

// Random damage to a valid document: always a clean result or one diagnostic, never a crash.
TEST(Loader, SurvivesMutatedDocuments) {
  std::string valid = document("/nonexistent/prog.py", 1);
  std::mt19937 rng(7);
  const char* pieces[] = {"{", "}", "[", "]", "\"", ",", ":", "null", "1", "-1", "\"ref\"", "\"id\"",
                          "\"k\"", "99999999999999999999", "true", "\"function\""};
  for (int n = 0; n < 3000; ++n) {
    std::string s = valid;
    for (int k = 0, edits = 1 + int(rng() % 3); k < edits; ++k) {
      size_t at = rng() % s.size();
      if (rng() % 2) s.erase(at, 1 + rng() % 6);
      else s.insert(at, pieces[rng() % std::size(pieces)]);
    }
    Env env;
    auto program = readLoadGraph(env.ctx, s, "prog.py");
    EXPECT_EQ(program == nullptr, !env.errors.empty()) << env.errors;
  }
}

TEST(Loader, MissingSourceIsDiagnosed) {
  Env env;
  std::string file = writeProgram("nosource", "x = 1\n\ndef entry_point(argv):\n    return 0\n");
  auto program = readLoadGraph(env.ctx, document(file, 1), "prog.py");
  ASSERT_TRUE(program) << env.errors;
  EXPECT_FALSE(attachFunctionSources(env.ctx, *program));
  EXPECT_NE(env.errors.find("error: cannot find the source of function 'entry_point' ("),
            std::string::npos)
      << env.errors;
  EXPECT_NE(env.errors.find(", line 1)"), std::string::npos) << env.errors;
}

TEST(Loader, ProgramErrors) {
  LoadOptions options;
  options.libDir = defaultLibDir();
  {
    Env env;
    std::string prog = writeProgram("noentry", "x = 1\n");
    EXPECT_FALSE(loadProgram(env.ctx, prog, options));
    EXPECT_NE(env.errors.find("error: no entry point in '" + prog +
                              "': define 'entry_point(argv)' returning the exit status as an int"),
              std::string::npos)
        << env.errors;
  }
  {
    Env env;
    std::string prog = writeProgram("badtarget", "def entry_point(argv):\n    return 0\n\n"
                                                 "def target(driver, args):\n    return 42\n");
    EXPECT_FALSE(loadProgram(env.ctx, prog, options));
    EXPECT_NE(env.errors.find(":4:1: error: 'target' in '" + prog +
                              "' must return (entry_point, None), where entry_point is a "
                              "function; it returned 42"),
              std::string::npos)
        << env.errors;
  }
  {
    Env env;
    std::string prog = writeProgram("raises", "def entry_point(argv):\n    return 0\n\n1 / 0\n");
    EXPECT_FALSE(loadProgram(env.ctx, prog, options));
    EXPECT_NE(env.errors.find("error: importing '" + prog + "' raised an exception (CPython's "
                              "traceback is above)"),
              std::string::npos)
        << env.errors;
  }
  {
    Env env;
    std::string prog = writeProgram(
        "opaque", "import threading\nLOCK = threading.Lock()\n\n"
                  "def entry_point(argv):\n    with LOCK:\n        return 0\n");
    EXPECT_FALSE(loadProgram(env.ctx, prog, options));
    EXPECT_NE(env.errors.find(":5:10: error: function 'entry_point' reads the global 'LOCK', a "
                              "'_thread.lock' value that cannot exist in a translated program"),
              std::string::npos)
        << env.errors;
  }
  {
    Env env;
    LoadOptions broken = options;
    broken.python = "/nonexistent/python3";
    std::string prog = writeProgram("nopython", "def entry_point(argv):\n    return 0\n");
    EXPECT_FALSE(loadProgram(env.ctx, prog, broken));
    EXPECT_NE(env.errors.find("error: could not export the load-time objects: cannot run "
                              "'/nonexistent/python3'"),
              std::string::npos)
        << env.errors;
  }
}

} // namespace
} // namespace kiln

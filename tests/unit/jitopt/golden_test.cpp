// The optimizer's golden tests: every tests/jitopt/**/*.trace file is one case (STYLE.md §7,
// PyPy's test_optimizebasic style):
//
//   # passes: heap                       <- the passes to run, in order (optimizer.cpp's names),
//   # what the case shows ...               or `all`: optimize(), the whole pipeline
//   [p0, i1]                              <- the input trace (traceparse.h's grammar)
//   i2 = getfield_gc_i(p0, descr=GcStruct Node.value)
//   ...
//   # ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
//   # # Loop 0 (test) : 3 ops            <- the optimized trace as jit-log-opt prints it, then
//   # ...                                    what fired (the rules' and facts' names, counted)
//   # applied: heap.load_reused x1
//
// The output must equal the expected section exactly; UPDATE_GOLDEN=1 rewrites the section
// instead (then read the diff: the expectation is only as right as its review). Every result is
// also checked against the optimizer's invariants (harness.h), whatever the expectation says.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "tests/unit/jitopt/harness.h"

namespace {

namespace fs = std::filesystem;
using namespace kiln::jitrt;

constexpr std::string_view kExpectedMarker = "# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----\n";

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> discover() {
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(KILN_JITOPT_DIR))
    if (e.is_regular_file() && e.path().extension() == ".trace") files.push_back(fs::relative(e.path(), KILN_JITOPT_DIR).string());
  std::sort(files.begin(), files.end());
  return files;
}

// Compares `actual` with the file's expected section, or rewrites the section (the filetests'
// convention: tests/filetests/runner.cpp).
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

// The `# passes:` line: names, or `all`.
bool passesOf(const std::string& text, std::vector<const PassInfo*>& passes, bool& all, std::string& error) {
  size_t at = text.find("# passes:");
  if (at == std::string::npos) {
    error = "missing '# passes: NAME[,NAME...]' (or '# passes: all') line";
    return false;
  }
  size_t end = text.find('\n', at);
  std::string list = text.substr(at + 9, end == std::string::npos ? std::string::npos : end - at - 9);
  std::istringstream names(list);
  all = false;
  for (std::string name; std::getline(names, name, ',');) {
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(" \r") + 1);
    if (name == "all") {
      all = true;
      continue;
    }
    const PassInfo* p = findPass(name);
    if (!p) {
      error = "unknown pass '" + name + "'";
      return false;
    }
    passes.push_back(p);
  }
  if (!all && passes.empty()) error = "no passes named";
  return all || !passes.empty();
}

class JitOptGolden : public testing::TestWithParam<std::string> {};

TEST_P(JitOptGolden, Run) {
  fs::path path = fs::path(KILN_JITOPT_DIR) / GetParam();
  std::string text = readFile(path);
  std::vector<const PassInfo*> passes;
  bool all = false;
  std::string error;
  ASSERT_TRUE(passesOf(text, passes, all, error)) << path.string() << ": " << error;
  std::string input = text.substr(0, text.find(kExpectedMarker));
  ParsedTrace before;
  ASSERT_TRUE(jitopt_test::parse(input, before, error)) << path.string() << ":" << error;
  if (before.key.empty()) before.key = path.stem().string();
  ParsedTrace after = before;
  std::vector<std::pair<std::string, uint32_t>> events;
  if (all) {
    for (const PassInfo* p = kPasses; p != kPasses + kPassCount; ++p) passes.push_back(p);
  }
  // Guards a pass makes (unroll's copies) are numbered after the ones the text names.
  uint32_t nextGuard = 0;
  for (const GuardInfo& g : after.trace.guards) nextGuard = std::max(nextGuard, g.number + 1);
  setNextGuardNumber(nextGuard);
  runPasses(after.trace, passes, &events);
  std::string problems = jitopt_test::checkInvariants(before, after, events);
  EXPECT_EQ(problems, "") << path.string() << "\n" << jitopt_test::print(after);
  std::map<std::string, uint32_t> fired;
  for (const auto& [name, n] : events) fired[name] += n;
  std::string actual = jitopt_test::print(after);
  for (const auto& [name, n] : fired) actual += "applied: " + name + " x" + std::to_string(n) + "\n";
  checkGolden(path, text, actual);
}

INSTANTIATE_TEST_SUITE_P(, JitOptGolden, testing::ValuesIn(discover()), [](const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
});

// Each pass has its own directory of cases, at least four of them (some must show what the
// pass must not do).
TEST(JitOptCases, EveryPassHasCases) {
  for (size_t i = 0; i < kPassCount; ++i) {
    fs::path dir = fs::path(KILN_JITOPT_DIR) / kPasses[i].name;
    int n = 0;
    if (fs::is_directory(dir))
      for (const auto& e : fs::directory_iterator(dir)) n += e.path().extension() == ".trace";
    EXPECT_GE(n, 4) << "tests/jitopt/" << kPasses[i].name << "/ has " << n << " cases";
  }
}

} // namespace

// Stress test: flow graphs for every function of the machine's standard library.
//
// Most of the standard library is not kiln Python (the builder rejects some functions with a
// diagnostic, which is fine), but building must never crash, and every graph that is built
// must satisfy the verifier.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/flow_harness.h"

namespace {

namespace fs = std::filesystem;

TEST(StdlibFlow, EveryGraphVerifies) {
  std::string root;
  {
    FILE* p = popen("python3 -c \"import sysconfig; print(sysconfig.get_paths()['stdlib'])\"", "r");
    ASSERT_TRUE(p);
    char buf[4096];
    if (fgets(buf, sizeof buf, p)) root = buf;
    pclose(p);
    while (!root.empty() && root.back() == '\n') root.pop_back();
  }
  ASSERT_FALSE(root.empty());
  size_t files = 0, functions = 0, graphs = 0, rejected = 0;
  std::string problems;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_directory() && (it->path().filename() == "site-packages" || it->path().filename() == "__pycache__")) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file() || it->path().extension() != ".py") continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    kiln::testing::FlowHarnessResult r = kiln::testing::buildAllFunctions(it->path().string(), text.str());
    ++files;
    functions += r.functions;
    graphs += r.graphs;
    rejected += r.rejected;
    if (!r.verifierProblems.empty()) problems += it->path().string() + ":\n" + r.verifierProblems;
  }
  std::printf("stdlib flow graphs: %zu files, %zu functions, %zu graphs built, %zu functions rejected\n",
              files, functions, graphs, rejected);
  EXPECT_GT(graphs, 10000u);
  EXPECT_EQ(problems, "");
}

} // namespace

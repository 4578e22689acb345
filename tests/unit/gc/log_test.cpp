// KILNLOG (runtime/src/core/log.cpp): categories match by prefix, sections have the documented
// format (docs/logs.md), and the collector writes its gc-minor / gc-major-* sections.
#include <fstream>
#include <regex>
#include <sstream>

#include "kiln/log.h"
#include "tests/unit/gc/gc_test.h"

namespace {

std::string readFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(KilnLog, CategoriesMatchByPrefix) {
  kiln_log_configure("gc,jit-log:-");
  EXPECT_TRUE(kiln_log_enabled("gc-minor"));
  EXPECT_TRUE(kiln_log_enabled("gc-major-sweep"));
  EXPECT_TRUE(kiln_log_enabled("jit-log-opt"));
  EXPECT_FALSE(kiln_log_enabled("jit-backend"));
  EXPECT_FALSE(kiln_log_enabled("g"));
  kiln_log_configure("gc-minor"); // no file: stderr
  EXPECT_TRUE(kiln_log_enabled("gc-minor"));
  EXPECT_FALSE(kiln_log_enabled("gc-major-step"));
  kiln_log_configure(nullptr);
  EXPECT_FALSE(kiln_log_enabled("gc-minor"));
}

TEST(KilnLog, SectionsHaveTimestampsAndBraces) {
  std::string path = ::testing::TempDir() + "kiln_log_sections.log";
  kiln_log_configure(("test:" + path).c_str());
  kiln_log_start("test-outer");
  kiln_log_printf("answer: %d\n", 42);
  kiln_log_start("test-inner");
  kiln_log_stop("test-inner");
  kiln_log_stop("test-outer");
  kiln_log_configure(nullptr);
  std::string text = readFile(path);
  std::regex format("\\[([0-9a-f]+)\\] \\{test-outer\nanswer: 42\n\\[([0-9a-f]+)\\] "
                    "\\{test-inner\n\\[([0-9a-f]+)\\] test-inner\\}\n"
                    "\\[([0-9a-f]+)\\] test-outer\\}\n");
  std::smatch match;
  ASSERT_TRUE(std::regex_match(text, match, format)) << text;
  for (int i = 1; i < 4; ++i)
    EXPECT_LE(std::stoull(match[i], nullptr, 16), std::stoull(match[i + 1], nullptr, 16));
}

using GcLog = GcTest;

TEST_F(GcLog, CollectionsWriteTheirSections) {
  std::string path = ::testing::TempDir() + "kiln_log_gc.log";
  kiln_log_configure(("gc:" + path).c_str());
  kiln::gc::reconfigure(config()); // reads the log settings again
  void** slot = ssPush(newNode(1));
  ASSERT_TRUE(minorCollect());
  ASSERT_TRUE(fullCollect());
  ssPop();
  kiln_log_configure(nullptr);
  kiln::gc::reconfigure(config());
  std::string text = readFile(path);
  for (const char* expected :
       {"{gc-minor\ncount: ", "\npromoted: 32\n", "\nnursery-used: ", "\nold-size: ",
        "\nduration-ns: ", "gc-minor}\n", "{gc-major-step\nphase: start\n", "phase: final\n",
        "{gc-major-sweep\ncount: ", "\nfreed: ", "\nheap-before: ", "\nheap-after: ",
        "\nreleased: ", "\nnext-threshold: ", "gc-major-sweep}\n"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " not in:\n" << text;
  (void)slot;
}

} // namespace

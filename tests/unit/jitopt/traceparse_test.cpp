// The trace parser (runtime/jit/traceparse.h): what jitlog prints parses back to the same
// text; bad input gives an error with its line number and a message that says what is wrong;
// no input makes it (or the optimizer after it) crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "tests/unit/jitopt/harness.h"

namespace {

namespace fs = std::filesystem;
using namespace kiln::jitrt;

std::string readInput(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  return text.substr(0, text.find("# ---- expected"));
}

std::vector<fs::path> goldenFiles() {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(KILN_JITOPT_DIR))
    if (e.path().extension() == ".trace") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

// Every golden input, and what the optimizer makes of it, prints, parses and prints the same.
TEST(TraceParse, PrintParsePrintIsTheIdentity) {
  for (const fs::path& f : goldenFiles()) {
    ParsedTrace p;
    std::string error;
    ASSERT_TRUE(jitopt_test::parse(readInput(f), p, error)) << f << ": " << error;
    for (int optimized = 0; optimized < 2; ++optimized) {
      if (optimized) optimize(p.trace);
      std::string once = jitopt_test::print(p);
      ParsedTrace again;
      ASSERT_TRUE(jitopt_test::parse(once, again, error)) << f << (optimized ? " (optimized)" : "") << ": " << error << "\n" << once;
      EXPECT_EQ(jitopt_test::print(again), once) << f;
    }
  }
}

struct BadCase {
  const char* text;
  int line;
  const char* message;
};

// Each case: a trace with one mistake, the line it is on, and what the error must say.
const BadCase kBad[] = {
    {"i0 = int_add(1, 2)\n", 1, "expected the inputs"},
    {"# nothing\n", 1, "no input line"},
    {"[i0, p1]\ni2 = int_frobnicate(i0)\n", 2, "unknown operation 'int_frobnicate'"},
    {"[i0]\ni1 = int_add(i0, i5)\n", 2, "'i5' is used before it is defined"},
    {"[i0]\ni1 = int_add(i0, i0, i0)\n", 2, "int_add takes 2 operands, not 3"},
    {"[p0]\ni1 = getfield_gc_i(p0, descr=GcStruct Nowhere.x)\n", 2, "unknown field descr 'GcStruct Nowhere.x'"},
    {"[p0]\ni1 = getfield_gc_i(p0)\n", 2, "getfield_gc_i needs a descr"},
    {"[i0]\ni1 = int_neg(i0, descr=GcStruct Node.value)\n", 2, "int_neg takes no descr"},
    {"[i0]\ni1 = int_neg(i0) [guard 3: i0]\n", 2, "int_neg is not a guard"},
    {"[i0]\np1 = int_neg(i0)\n", 2, "the result of int_neg is of kind i, not 'p1'"},
    {"[i0]\ni1 = int_neg(i0)\ni1 = int_neg(i0)\n", 3, "'i1' is defined twice"},
    {"[i1, i0]\n", 1, "out of order"},
    {"[i0, p1]\ni2 = getfield_gc_i(i0, descr=GcStruct Node.value)\n", 2, "operand 1 of getfield_gc_i is 'i0', not of kind p"},
    {"[i0]\ni1 = int_add(i0, 12x)\n", 2, "bad operand '12x'"},
    {"[i0]\nint_neg(i0)\n", 2, "int_neg has a result"},
    {"[i0]\ni1 = guard_true(i0)\n", 2, "guard_true has no result"},
    {"[i0]\nguard_true(i0) [guard x: i0]\n", 2, "bad guard number"},
    {"[i0]\nguard_true(i0) [guard 1: i0 q7]\n", 2, "bad guard value 'q7'"},
    {"[i0]\nguard_true(i0) [guard 1: i9]\n", 2, "'i9' is used before it is defined"},
    {"[i0]\njump(i0, descr=Loop x)\n", 2, "bad jump descr 'Loop x'"},
    {"[i0]\nfinish(i0, descr=later)\n", 2, "bad finish descr 'later'"},
    {"[p0]\ni1 = call_pure_i(p0, 1, descr=pure_hash)\n", 2, "call_pure_i takes 1 operands, not 2"},
    {"[i0]\ni1 = int_add(i0, 1\n", 2, "expected ')'"},
    {"[i0]\ndebug_merge_point(0)\n", 2, "expected debug_merge_point('text')"},
    {"# Loop 0 (x) 3 ops\n[i0]\n", 1, "bad title"},
    {"[i0]\nlabel(i0)\n", 2, "'i0' is defined twice"},
    {"[i0]\np1 = ConstPtr(0x10)\n", 2, "unknown operation 'ConstPtr'"},
    {"[i0]\ni1 = int_add(i0, ConstPtr(0xzz))\n", 2, "bad constant 'ConstPtr(0xzz)'"},
};

TEST(TraceParse, BadInputSaysWhereAndWhat) {
  for (const BadCase& c : kBad) {
    ParsedTrace p;
    TraceParseError e;
    EXPECT_FALSE(parseTrace(c.text, jitopt_test::descrTablesForTests(), p, e)) << c.text;
    EXPECT_EQ(e.line, c.line) << c.text << e.message;
    EXPECT_NE(e.message.find(c.message), std::string::npos) << c.text << "\nmessage: " << e.message << "\nwanted: " << c.message;
  }
}

// Line numbers count from the line the trace starts on in its file.
TEST(TraceParse, LineNumbersCountFromTheFirstLine) {
  ParsedTrace p;
  TraceParseError e;
  EXPECT_FALSE(parseTrace("[i0]\n\n# a comment\ni1 = int_neg(i7)\n", jitopt_test::descrTablesForTests(), p, e, 40));
  EXPECT_EQ(e.line, 43);
}

TEST(TraceParse, LiteralsTakeTheKindTheOperationReads) {
  ParsedTrace p;
  std::string error;
  ASSERT_TRUE(jitopt_test::parse("[f0, p1]\nf2 = float_add(f0, 1)\nsetfield_gc(p1, 2, descr=GcStruct Node.weight)\n"
                                 "i3 = int_add(5, -9223372036854775808)\nf4 = float_mul(f2, 2.5e-3)\njump(1, ConstPtr(0x10), descr=Loop 0)\n",
                                 p, error))
      << error;
  const Trace& t = p.trace;
  auto kindOf = [&](V v) { return t.constKinds[v & ~kConst]; };
  EXPECT_EQ(kindOf(t.ops[0].args[1]), 'f');
  EXPECT_EQ(kindOf(t.ops[1].args[1]), 'f');
  EXPECT_EQ(kindOf(t.ops[2].args[0]), 'i');
  EXPECT_EQ(int64_t(t.consts[t.ops[2].args[1] & ~kConst]), INT64_MIN);
  EXPECT_EQ(kindOf(t.ops[4].args[0]), 'f'); // a jump to the trace itself: its inputs' kinds
  EXPECT_EQ(t.self, 0u);
}

// Random damage to valid traces: the parser answers (an error, or a trace), never crashes, and
// what it accepts the optimizer takes without crashing and keeps its invariants on.
TEST(TraceParse, DamagedInputNeverCrashes) {
  std::vector<std::string> inputs;
  for (const fs::path& f : goldenFiles()) inputs.push_back(readInput(f));
  std::mt19937 rng(11);
  const std::string alphabet = "ip0123456789(),=[]: -_#'.xfabcdegnorstuvl\n";
  int accepted = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text = inputs[rng() % inputs.size()];
    int edits = 1 + int(rng() % 4);
    for (int k = 0; k < edits && !text.empty(); ++k) {
      size_t at = rng() % text.size();
      switch (rng() % 3) {
      case 0: text.erase(at, 1 + rng() % 6); break;
      case 1: text.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
      default: text[at] = alphabet[rng() % alphabet.size()];
      }
    }
    ParsedTrace p;
    TraceParseError e;
    if (!parseTrace(text, jitopt_test::descrTablesForTests(), p, e)) {
      EXPECT_GT(e.line, 0);
      EXPECT_FALSE(e.message.empty());
      continue;
    }
    ++accepted;
    ParsedTrace after = p;
    std::vector<std::pair<std::string, uint32_t>> events;
    std::vector<const PassInfo*> all;
    for (size_t k = 0; k < kPassCount; ++k) all.push_back(&kPasses[k]);
    runPasses(after.trace, all, &events);
    jitopt_test::print(after);
  }
  EXPECT_GT(accepted, 100); // some damage leaves a valid trace (a changed constant, a comment)
}

} // namespace

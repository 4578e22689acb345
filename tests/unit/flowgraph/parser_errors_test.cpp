// The flow graph text reader on malformed texts: each error is one flow_text_error ("invalid
// flow graph text: ...") at the offending line, and a mutation loop over valid texts never
// crashes, always gives graphs or a diagnostic, and what it reads prints stably.
#include <gtest/gtest.h>

#include <random>

#include "flowgraph/verifier.h"
#include "tests/unit/flowgraph/flow_test_env.h"

namespace kiln::flow {
namespace {

using testing::FlowEnv;
using testing::GraphList;
using testing::printAll;

struct ErrorCase {
  std::string text;
  uint32_t line;       // where the caret must be
  const char* message; // a substring of the message
};

const ErrorCase kErrorCases[] = {
    // Syntax.
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, 1\n    goto return(v1)\n}\n", 3,
     "expected ')' after the arguments of 'add'"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = foo(v0)\n    goto return(v1)\n}\n", 3,
     "unknown operation 'foo'"},
    {"graph f(v0) {\nblock0(v0)\n    goto return(v0)\n}\n", 2,
     "expected ':' after the block's inputs"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, @)\n    goto return(v1)\n}\n", 3,
     "unexpected character '@'"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, 'abc)\n    goto return(v1)\n}\n", 3,
     "unterminated string literal"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, '\\x4')\n    goto return(v1)\n}\n", 3,
     "truncated \\xXX escape"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, b'\xc3\xa9')\n    goto return(v1)\n}\n", 3,
     "can only contain ASCII"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, float('abc'))\n    goto return(v1)\n}\n", 3,
     "'abc' is not a float"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, ])\n    goto return(v1)\n}\n", 3,
     "expected a value"},
    {"graph f(v0) {\nblock0(v0):\n    branch v0 [true: return(v0)]\n}\n", 3,
     "expected ',' between the branch's targets"},
    {"graph f(v0) {\nblock0(v0):\n    switch v0 [case v0: return(v0), default: return(1)]\n}\n", 3,
     "expected a constant, found the variable v0"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, 1)\n}\n", 3, "expected an operation or an exit"},
    {"graph f(v0) {\nblock0(v0):\n    goto return(v0)\n", 3,
     "expected '}' at the end of graph 'f'"},
    {"block0(v0):\n    goto return(v0)\n", 1, "expected 'graph'"},
    {"    ; g0 = function demo.f\ngraph f(v0) {\nblock0(v0):\n    goto return(v0)\n}\n", 1,
     "a handle legend line must follow a graph header"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = newtuple(" + std::string(101, '(') +
         std::string(101, ')') + ")\n    goto return(v1)\n}\n",
     3, "constants nest more than 100 levels deep"},
    // Names.
    {"graph f(v0) {\nblock0(v0):\n    goto block7()\n}\n", 3, "block7 is used but never defined"},
    {"graph f(v0) {\nblock0(v0):\n    goto block1(v0, v0)\nblock1(v1, v2, v3):\n    goto "
     "return(v1)\n}\n",
     3, "link passes 2 values to block1, which has 3 inputs"},
    {"graph f(v0) {\nblock0(v0):\n    goto return(v0, v0)\n}\n", 3,
     "'return' takes 1 value, not 2"},
    {"graph f(v0) {\nblock0(v0):\n    goto raise(v0)\n}\n", 3, "'raise' takes 2 values, not 1"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, v9)\n    goto return(v1)\n}\n", 3,
     "v9 is used but never defined"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, 1)\n    v1 = add(v0, 2)\n    goto "
     "return(v1)\n}\n",
     4, "v1 is defined twice"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0, 1)\n    goto block1(v0)\nblock1(v2):\n    goto "
     "return(v1)\n}\n",
     6, "v1 is defined in block0 and used in block1"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v2, 1)\n    v2 = add(v0, 1)\n    goto "
     "return(v1)\n}\n",
     3, "v2 is used before it is defined"},
    {"graph f(v0) {\nblock0(v0):\n    goto block0(v0)\nblock0(v1):\n    goto return(v1)\n}\n", 4,
     "block0 is defined twice"},
    {"graph f(v0) {\nblock0(v1):\n    goto return(v1)\n}\n", 2,
     "the inputs of the first block must be the graph's arguments"},
    {"graph f(v0) {\n}\n", 2, "graph 'f' has no blocks"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = add(v0)\n    goto return(v1)\n}\n", 3,
     "'add' takes 2 arguments, not 1"},
    // Handles.
    {"graph f(v0) {\nblock0(v0):\n    v1 = simple_call(g3, v0)\n    goto return(v1)\n}\n", 3,
     "g3 is not defined: the legend has no line '; g3 = ...'"},
    {"graph f(v0) {\n    ; g0 = gizmo 12\nblock0(v0):\n    goto return(v0)\n}\n", 2,
     "unknown kind of object 'gizmo'"},
    {"graph f(v0) {\n    ; g0 = instance 12 of\nblock0(v0):\n    goto return(v0)\n}\n", 2,
     "expected 'instance ID of CLASS'"},
    {"graph f(v0) {\n    ; g0 = builtin None\nblock0(v0):\n    goto return(v0)\n}\n", 2,
     "'None' cannot be the name of a builtin"},
    {"graph f(v0) {\n    ; g0 = list x\nblock0(v0):\n    goto return(v0)\n}\n", 2,
     "expected an object id after 'list'"},
    {"graph f(v0) {\n    ; g0 = list 1\n    ; g0 = list 2\nblock0(v0):\n    goto return(v0)\n}\n",
     3, "g0 is defined twice in the legend"},
    {"graph f(v0) {\nblock0(v0):\n    ; g0 = list 1\n    goto return(v0)\n}\n", 3,
     "the handle legend must come before the first block"},
    // Typed constants: a class handle applied to a plain constant.
    {"graph f(v0) {\n    ; g0 = function demo.g\nblock0(v0):\n    v1 = add(v0, g0(5))\n"
     "    goto return(v1)\n}\n",
     4, "g0 is not a class: only a class handle can be applied to a constant"},
    {"graph f(v0) {\n    ; g0 = class demo.U\nblock0(v0):\n    v1 = add(v0, g0(g0))\n"
     "    goto return(v1)\n}\n",
     4, "a class applies only to a plain int, float, complex, str, bytes, bool or tuple constant"},
    {"graph f(v0) {\n    ; g0 = class demo.U\nblock0(v0):\n    v1 = add(v0, g0(5]\n"
     "    goto return(v1)\n}\n",
     4, "expected ')' after the constant of the class"},
    // Exception links.
    {"graph f(v0) {\nblock0(v0):\n    v1 = getitem(v0, 0)\n"
     "    exits [normal: return(v1), except KeyError as (v2, v3): return(v1)]\n}\n",
     4, "v1 is the result of the operation that raises"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = getitem(v0, 0)\n"
     "    exits [normal: return(v2), except KeyError as (v2, v3): return(v3)]\n}\n",
     4, "v2 holds the exception of another link"},
    // What the verifier finds, reported at the block's exit.
    {"graph f(v0) {\nblock0(v0):\n    v1 = is_(v0, v0)\n"
     "    exits [normal: return(v1), except KeyError as (v2, v3): raise(v2, v3)]\n}\n",
     4, "block0: a can-raise block must end with an operation that can raise"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = getitem(v0, 0)\n"
     "    exits [normal: return(v1), except 3 as (v2, v3): raise(v2, v3)]\n}\n",
     4, "block0: exception link 1 needs a class exit case"},
    {"graph f(v0) {\nblock0(v0):\n    v1 = getitem(v0, 0)\n    exits [normal: return(v1)]\n}\n", 4,
     "a can-raise block needs a normal link first, then exception links"},
    {"graph f(v0) {\nblock0(v0):\n    switch v0 [default: return(v0)]\n}\n", 3,
     "a switch needs at least two links"},
    {"graph f(v0) {\nblock0(v0):\n    goto block1()\nblock1():\n    unreachable\n}\n", 5,
     "block1: only the return and except blocks may have no exits"},
    // The error is found in the second graph.
    {"graph f(v0) {\nblock0(v0):\n    goto return(v0)\n}\ngraph g(v0) {\nblock0(v0):\n    v1 = "
     "sub(v0)\n"
     "    goto return(v1)\n}\n",
     7, "'sub' takes 2 arguments, not 1"},
};

void PrintTo(const ErrorCase& c, std::ostream* out) {
  *out << "'" << c.message << "'";
}

class FlowTextError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(FlowTextError, IsReportedAtItsLine) {
  const ErrorCase& c = GetParam();
  FlowEnv env;
  GraphList graphs = env.parse(c.text);
  EXPECT_TRUE(graphs.empty());
  ASSERT_EQ(env.reported.size(), 1u) << env.rendered;
  const Diagnostic& d = env.reported[0];
  EXPECT_EQ(d.id, DiagId::flow_text_error);
  EXPECT_TRUE(d.message.starts_with("invalid flow graph text: ")) << d.message;
  EXPECT_NE(d.message.find(c.message), std::string::npos) << env.rendered;
  EXPECT_EQ(env.errorLine(), c.line) << env.rendered;
}

INSTANTIATE_TEST_SUITE_P(Cases, FlowTextError, ::testing::ValuesIn(kErrorCases));

TEST(FlowTextErrors, RenderWithLineColumnAndCaret) {
  FlowEnv env;
  GraphList graphs =
      env.parse("graph f(v0) {\nblock0(v0):\n    v1 = foo(v0)\n    goto return(v1)\n}\n");
  EXPECT_TRUE(graphs.empty());
  EXPECT_EQ(env.rendered,
            "test.flow:3:10: error: invalid flow graph text: unknown operation 'foo'\n"
            "    v1 = foo(v0)\n"
            "         ^~~\n");
}

TEST(FlowTextErrors, MissingTokenIsShownAtTheEndOfItsLine) {
  FlowEnv env;
  GraphList graphs =
      env.parse("graph f(v0) {\nblock0(v0):\n    v1 = add(v0, 1\n    goto return(v1)\n}\n");
  EXPECT_TRUE(graphs.empty());
  EXPECT_EQ(
      env.rendered,
      "test.flow:3:19: error: invalid flow graph text: expected ')' after the arguments of 'add'\n"
      "    v1 = add(v0, 1\n"
      "                  ^\n");
}

// -- Mutations ------------------------------------------------------------------------------------

const char* const kSeed = R"(graph demo.count(v0, v1) {
    ; g0 = function demo.helper
    ; g1 = instance 3 of demo.Node
block0(v0, v1):                                 ; demo.py:18:1
    goto block1(0, 0, v0)
block1(v2, v3, v4):
    v5 = lt(v3, v4)
    v6 = bool_(v5)
    branch v6 [true: block2(v2, v3, v4), false: block4(v2)]
block2(v7, v8, v9):
    v10 = add(v8, 1)
    v11 = simple_call(g0, v8, 'x;y', b'\x00', 1.5e-07, float('nan'), (1, (g1,), None), len)
    exits [normal: block3(v7, v10, v9, v11), except KeyError as (v12, v13): raise(v12, v13)]
block3(v14, v15, v16, v17):
    v18 = inplace_add(v14, v17)
    goto block1(v18, v15, v16)
block4(v19):
    switch v19 [case 0: return(undefined), case 'é': return(<empty cell>), default: return(complex('1.0', '-inf'))]
}
graph demo.small() {
block0():
    goto return(123456789012345678901234567890)
}
)";

// Pieces that mutations insert: characters and tokens of the format, and some that are not.
const char* const kPieces[] = {"(",
                               ")",
                               "[",
                               "]",
                               ",",
                               ":",
                               "=",
                               "{",
                               "}",
                               ";",
                               "'",
                               "\"",
                               "\\",
                               "\n",
                               " ",
                               "v1",
                               "v99",
                               "g0",
                               "g7",
                               "block1",
                               "block9",
                               "goto",
                               "branch",
                               "switch",
                               "exits",
                               "except",
                               "as",
                               "case",
                               "default",
                               "return",
                               "raise",
                               "unreachable",
                               "graph",
                               "-",
                               "0",
                               "1e",
                               "9999999999999999999999",
                               "float(",
                               "complex(",
                               "<empty cell>",
                               "b'",
                               "\\x",
                               "\\u",
                               "\\N{",
                               "\xc3",
                               "\xff",
                               "    ; g2 = list 9\n",
                               "v1 = add(v0, 1)\n",
                               "x",
                               "None",
                               "é"};

std::string mutate(std::string text, std::mt19937& rng) {
  auto pick = [&](size_t n) { return size_t(rng() % std::max<size_t>(n, 1)); };
  int edits = 1 + int(rng() % 3);
  for (int e = 0; e < edits; ++e) {
    size_t at = pick(text.size() + 1);
    switch (rng() % 5) {
    case 0: text.insert(at, kPieces[pick(std::size(kPieces))]); break;
    case 1: text.erase(at, 1 + pick(8)); break;
    case 2: text.insert(at, 1, char(rng() % 256)); break;
    case 3: { // duplicate a slice
      size_t from = pick(text.size()), n = 1 + pick(40);
      text.insert(at, text.substr(from, n));
      break;
    }
    case 4: { // replace a word by another piece
      size_t end = text.find_first_of(" (),[]:\n", at);
      text.replace(at, (end == std::string::npos ? text.size() : end) - std::min(at, text.size()),
                   kPieces[pick(std::size(kPieces))]);
      break;
    }
    }
  }
  return text;
}

TEST(FlowTextMutations, NeverCrashAndAlwaysGiveGraphsOrOneDiagnostic) {
  {
    FlowEnv env;
    ASSERT_EQ(env.parse(kSeed).size(), 2u) << env.rendered;
  }
  std::mt19937 rng(20261121);
  int parsed = 0, rejected = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text = mutate(kSeed, rng);
    FlowEnv env;
    GraphList graphs = env.parse(text);
    if (graphs.empty()) {
      ++rejected;
      bool hasGraph = text.find("graph") != std::string::npos;
      EXPECT_TRUE(env.reported.size() == 1 || (!hasGraph && env.reported.empty()))
          << "mutant " << i << ":\n"
          << text << env.rendered;
      for (const Diagnostic& d : env.reported)
        EXPECT_EQ(d.id, DiagId::flow_text_error);
      continue;
    }
    ++parsed;
    ASSERT_TRUE(env.reported.empty()) << "mutant " << i << ":\n" << text << env.rendered;
    // What was read verifies, and prints stably: print -> parse -> print is the identity.
    for (const auto& g : graphs)
      ASSERT_EQ(checkGraph(*g), "") << "mutant " << i << ":\n" << text;
    std::string printed = printAll(graphs, env.sources);
    FlowEnv again;
    GraphList reread = again.parse(printed);
    ASSERT_TRUE(again.reported.empty()) << "mutant " << i << ":\n" << text << again.rendered;
    ASSERT_EQ(printAll(reread, again.sources), printed) << "mutant " << i << ":\n" << text;
  }
  // Both outcomes are common, so the loop exercises the reader and not only its first check.
  EXPECT_GT(parsed, 100);
  EXPECT_GT(rejected, 1000);
}

} // namespace
} // namespace kiln::flow

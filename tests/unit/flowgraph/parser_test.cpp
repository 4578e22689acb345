// The flow graph text reader on hand-written texts: every exit kind, every kind of constant and
// handle, every operation of flow_ops.def, and the objects it makes for handles and names.
#include <gtest/gtest.h>

#include <cmath>

#include "flowgraph/verifier.h"
#include "tests/unit/flowgraph/flow_test_env.h"

namespace kiln::flow {
namespace {

using testing::FlowEnv;
using testing::GraphList;
using testing::printAll;

// print(parse(text)) == text, and every parsed graph passes the verifier.
void expectRoundTrip(const std::string& text) {
  FlowEnv env;
  GraphList graphs = env.parse(text);
  ASSERT_TRUE(env.reported.empty()) << env.rendered;
  ASSERT_FALSE(graphs.empty());
  for (const auto& g : graphs)
    EXPECT_EQ(checkGraph(*g), "") << g->name();
  EXPECT_EQ(printAll(graphs, env.sources), text);
}

const char* const kExitKinds = R"(graph exits.all(v0, v1) {
    ; g0 = class demo.Err
block0(v0, v1):
    v2 = bool_(v0)
    branch v2 [true: block1(v0, v1), false: block3(v1)]
block1(v3, v4):
    switch v3 [case 0: block2(v4), case 'x': block3(v3), case (1, 2): return(None), default: raise(ValueError, v4)]
block2(v5):
    v6 = getitem(v5, 0)
    exits [normal: return(v6), except KeyError as (v7, v8): raise(v7, v8), except g0 as (v9, v10): block3(v10)]
block3(v11):
    goto return(v11)
}
)";

TEST(FlowParser, RoundTripsEveryExitKind) {
  expectRoundTrip(kExitKinds);
}

const char* const kHandles = R"(graph handles.all() {
    ; g0 = function demo.fib
    ; g1 = class demo.Node
    ; g2 = builtin os.write
    ; g3 = module os
    ; g4 = instance 12 of demo.Node
    ; g5 = opaque _thread.lock
    ; g6 = list 3
    ; g7 = dict 4
    ; g8 = set 5
    ; g9 = frozenset 6
    ; g10 = method 7
    ; g11 = staticmethod 8
    ; g12 = classmethod 9
    ; g13 = property 10
    ; g14 = function demo.outer.<locals>.<lambda>
    ; g15 = class demo.gen.<generator>
    ; g16 = opaque builtins.NotImplementedType
block0():
    v0 = simple_call(g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, len, KeyError)
    v1 = newtuple(g14, g15, g16, g0, len, StopIteration)
    goto return(v1)
}
)";

TEST(FlowParser, RoundTripsEveryKindOfHandle) {
  expectRoundTrip(kHandles);
}

const char* const kConstants = R"(graph constants.all(v0) {
block0(v0):
    v1 = newtuple(0, -1, 42, 9223372036854775807, -9223372036854775808, 9223372036854775808, -123456789012345678901234567890)
    v2 = newtuple(1.5, -0.0, 0.0, 1e+16, 1e-05, 0.0001, 2.5e-300, float('inf'), float('-inf'), float('nan'))
    v3 = newtuple(complex('0.0', '2.0'), complex('-1.5', 'nan'), complex('inf', '-0.0'))
    v4 = newtuple('', 'abc', "it's", 'both \' and "', 'tab\t nl\n cr\r bs\\', '\x00\x1f\x7f', 'é ü 漢', '\u200b', '\U000e0001', '\ud800', '\udc00\ud800', '; not a comment')
    v5 = newtuple(b'', b'abc', b"it's", b'\x00\x80\xff', b'\\ \t \n', b'; semi')
    v6 = newtuple(None, True, False, Ellipsis, undefined, <empty cell>)
    v7 = newtuple((), (1,), (1, (2, 'x'), ()), (None, (b'',), float('inf')), (len, KeyError))
    v8 = newlist(v1, v2, v3, v4, v5, v6, v7, v0)
    goto return(v8)
}
)";

TEST(FlowParser, RoundTripsEveryKindOfConstant) {
  expectRoundTrip(kConstants);
}

// The example of docs/ir-flow.md, with its location comments.
const char* const kDocExample = R"(graph demo.count(v0) {
    ; g0 = function demo.helper
block0(v0):                                     ; demo.py:18:1
    goto block1(0, 0, v0)
block1(v1, v2, v3):                             ; demo.py:20:5
    v4 = lt(v2, v3)                             ; demo.py:20:14
    branch v4 [true: block2(v1, v2, v3), false: return(v1)]
block2(v5, v6, v7):
    v8 = add(v6, 1)
    v9 = simple_call(g0, v6)
    exits [normal: block3(v5, v8, v7, v9), except KeyError as (v10, v11): raise(v10, v11)]
block3(v12, v13, v14, v15):
    v16 = inplace_add(v12, v15)
    goto block1(v16, v13, v14)
}
)";

// Drops `; file:line:col` comments and the blanks before them.
std::string withoutLocations(const std::string& text) {
  std::string out;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    std::string line = text.substr(begin, end - begin);
    if (size_t semi = line.find("  ;");
        semi != std::string::npos && line.find(".py:") != std::string::npos)
      line = line.substr(0, line.find_last_not_of(' ', semi) + 1);
    out += line + "\n";
    begin = end + 1;
  }
  return out;
}

TEST(FlowParser, ReadsTheDocumentedExampleAndIgnoresLocations) {
  FlowEnv env;
  GraphList graphs = env.parse(kDocExample);
  ASSERT_EQ(graphs.size(), 1u) << env.rendered;
  EXPECT_EQ(printAll(graphs, env.sources), withoutLocations(kDocExample));
}

TEST(FlowParser, ReadsSeveralGraphsAndComments) {
  std::string text = std::string("; a comment before the first graph\n\n") + kExitKinds +
                     "   ; a comment line between graphs\n" + kDocExample;
  FlowEnv env;
  GraphList graphs = env.parse(text);
  ASSERT_EQ(graphs.size(), 2u) << env.rendered;
  EXPECT_EQ(graphs[0]->name(), "exits.all");
  EXPECT_EQ(graphs[1]->name(), "demo.count");
  EXPECT_EQ(printAll(graphs, env.sources), std::string(kExitKinds) + withoutLocations(kDocExample));
}

TEST(FlowParser, AnEmptyTextHasNoGraphs) {
  FlowEnv env;
  EXPECT_TRUE(env.parse("").empty());
  EXPECT_TRUE(env.parse("  ; only a comment\n\n").empty());
  EXPECT_TRUE(env.reported.empty()) << env.rendered;
}

// One operation per row of flow_ops.def, each with its arity (3 arguments for variadic ones).
TEST(FlowParser, RoundTripsEveryOperation) {
  std::string text = "graph ops.all(v0) {\nblock0(v0):\n";
  size_t n = 1;
  for (size_t i = 0; i < kNumOpCodes; ++i, ++n) {
    const OpInfo& info = opInfo(OpCode(i));
    text += "    v" + std::to_string(n) + " = " + std::string(info.name) + "(";
    int arity = info.arity == VAR ? 3 : info.arity;
    for (int a = 0; a < arity; ++a)
      text += (a ? ", " : "") + (a % 2 ? std::string("'x'") : "v" + std::to_string(n - 1));
    text += ")\n";
  }
  text += "    goto return(v" + std::to_string(n - 1) + ")\n}\n";
  expectRoundTrip(text);
  OpCode op;
  for (size_t i = 0; i < kNumOpCodes; ++i) {
    ASSERT_TRUE(parseOpName(opName(OpCode(i)), op));
    EXPECT_EQ(op, OpCode(i));
  }
}

// A variable is numbered where it is first printed, so texts that number differently read the
// same graph and print in the canonical numbering.
TEST(FlowParser, RenumbersVariablesAndBlocks) {
  FlowEnv env;
  GraphList graphs =
      env.parse("graph f(v7) {\nblock9(v7):\n    v3 = add(v7, 1)\n    goto block2(v3, v7)\n"
                "block2(v1, v2):\n    v0 = mul(v1, v2)\n    goto return(v0)\n}\n");
  ASSERT_EQ(graphs.size(), 1u) << env.rendered;
  EXPECT_EQ(printAll(graphs, env.sources),
            "graph f(v0) {\nblock0(v0):\n    v1 = add(v0, 1)\n    goto block1(v1, v0)\n"
            "block1(v2, v3):\n    v4 = mul(v2, v3)\n    goto return(v4)\n}\n");
}

TEST(FlowParser, BuildsTheGraphModel) {
  FlowEnv env;
  GraphList graphs = env.parse(kExitKinds);
  ASSERT_EQ(graphs.size(), 1u) << env.rendered;
  const Graph& g = *graphs[0];
  std::vector<Block*> blocks = g.blocksInOrder();
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0], g.startBlock());
  EXPECT_EQ(blocks[0]->exitKind, ExitKind::Branch);
  EXPECT_EQ(blocks[1]->exitKind, ExitKind::Switch);
  ASSERT_EQ(blocks[1]->exits.size(), 4u);
  EXPECT_TRUE(blocks[1]->exits[2].hasExitCase);
  EXPECT_EQ(blocks[1]->exits[2].exitCase.kind, load::Value::Kind::Tuple);
  EXPECT_FALSE(blocks[1]->exits[3].hasExitCase);
  EXPECT_EQ(blocks[1]->exits[3].target, g.exceptBlock());
  const Block* raising = blocks[2];
  EXPECT_EQ(raising->exitKind, ExitKind::CanRaise);
  ASSERT_EQ(raising->exits.size(), 3u);
  EXPECT_FALSE(raising->exits[0].isException());
  EXPECT_TRUE(raising->exits[1].isException());
  EXPECT_EQ(raising->exits[1].args[0], Value(raising->exits[1].lastException));
  EXPECT_EQ(raising->exits[1].args[1], Value(raising->exits[1].lastExcValue));
  EXPECT_EQ(blocks[3]->exitKind, ExitKind::Goto);
  EXPECT_EQ(blocks[3]->exits[0].target, g.returnBlock());
}

TEST(FlowParser, MakesLoadTimeObjectsForHandlesAndNames) {
  FlowEnv env;
  GraphList graphs = env.parse(kHandles);
  ASSERT_EQ(graphs.size(), 1u) << env.rendered;
  const Operation& call = graphs[0]->startBlock()->operations[0];
  auto object = [&](size_t i) { return call.args[i].constant()->value.ref; };
  auto* f = load::dynCast<load::Function>(object(0));
  ASSERT_TRUE(f);
  EXPECT_EQ(f->module, nullptr);
  EXPECT_EQ(f->qualname.str(), "demo.fib");
  EXPECT_EQ(f->name.str(), "fib");
  ASSERT_TRUE(load::dynCast<load::Class>(object(1)));
  EXPECT_FALSE(load::dynCast<load::Class>(object(1))->builtin);
  EXPECT_EQ(load::dynCast<load::Builtin>(object(2))->name.str(), "os.write");
  EXPECT_EQ(load::dynCast<load::Module>(object(3))->name.str(), "os");
  auto* instance = load::dynCast<load::Instance>(object(4));
  ASSERT_TRUE(instance);
  EXPECT_EQ(instance->id, 12u);
  EXPECT_EQ(instance->cls->qualname.str(), "demo.Node");
  EXPECT_EQ(load::dynCast<load::Opaque>(object(5))->type, "_thread.lock");
  const load::ObjectKind kinds[] = {load::ObjectKind::List,        load::ObjectKind::Dict,
                                    load::ObjectKind::Set,         load::ObjectKind::FrozenSet,
                                    load::ObjectKind::Method,      load::ObjectKind::StaticMethod,
                                    load::ObjectKind::ClassMethod, load::ObjectKind::Property};
  for (size_t i = 0; i < std::size(kinds); ++i) {
    EXPECT_EQ(object(6 + i)->kind, kinds[i]);
    EXPECT_EQ(object(6 + i)->id, 3 + i);
  }
  auto* len = load::dynCast<load::Builtin>(object(14));
  ASSERT_TRUE(len);
  EXPECT_EQ(len->name.str(), "len");
  EXPECT_TRUE(load::dynCast<load::Builtin>(object(15)));
  // One object per handle, and one per bare name.
  const Operation& tuple = graphs[0]->startBlock()->operations[1];
  EXPECT_EQ(tuple.args[3].constant()->value.ref, object(0));
  EXPECT_EQ(tuple.args[4].constant()->value.ref, len);
}

TEST(FlowParser, DecodesConstants) {
  FlowEnv env;
  GraphList graphs = env.parse(kConstants);
  ASSERT_EQ(graphs.size(), 1u) << env.rendered;
  const auto& ops = graphs[0]->startBlock()->operations;
  auto arg = [&](size_t op, size_t i) { return ops[op].args[i].constant()->value; };
  using K = load::Value::Kind;
  EXPECT_EQ(arg(0, 3).kind, K::Int);
  EXPECT_EQ(arg(0, 3).intValue, INT64_MAX);
  EXPECT_EQ(arg(0, 4).intValue, INT64_MIN);
  EXPECT_EQ(arg(0, 5).kind, K::BigInt);
  EXPECT_EQ(arg(0, 5).text, "9223372036854775808");
  EXPECT_EQ(arg(0, 6).text, "-123456789012345678901234567890");
  EXPECT_EQ(arg(1, 0).floatValue, 1.5);
  EXPECT_TRUE(std::signbit(arg(1, 1).floatValue));
  EXPECT_TRUE(std::isinf(arg(1, 7).floatValue));
  EXPECT_TRUE(std::isnan(arg(1, 9).floatValue));
  EXPECT_EQ(arg(2, 0).kind, K::Complex);
  EXPECT_EQ(arg(2, 0).imagValue, 2.0);
  EXPECT_EQ(arg(3, 2).text, "it's");
  EXPECT_EQ(arg(3, 4).text, "tab\t nl\n cr\r bs\\");
  EXPECT_EQ(arg(3, 5).text, std::string("\0\x1f\x7f", 3));
  EXPECT_EQ(arg(3, 9).text, "\xed\xa0\x80"); // a lone surrogate, in WTF-8
  EXPECT_EQ(arg(4, 3).kind, K::Bytes);
  EXPECT_EQ(arg(4, 3).text, std::string("\0\x80\xff", 3));
  EXPECT_EQ(arg(5, 4).kind, K::Undefined);
  EXPECT_EQ(arg(5, 5).kind, K::EmptyCell);
  EXPECT_EQ(arg(6, 1).items.size(), 1u);
  EXPECT_EQ(arg(6, 2).items[1].items[1].text, "x");
}

} // namespace
} // namespace kiln::flow

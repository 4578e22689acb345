// The low-level text format (rtyper/printer.h, rtyper/parser.h) on graphs built with the API:
// each prints as expected, and print -> parse -> print is the identity. Also every operation of
// ll_ops.def, every kind of constant, type sections written by hand, the model the reader
// builds, and location comments.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

#include "rtyper/verifier.h"
#include "tests/unit/rtyper/ll_text_env.h"

namespace kiln::ll {
namespace {

using testing::graphList;
using testing::printAll;
using testing::Program;
using testing::TextEnv;

const char* const kRaises = " raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {\n";

std::string printOne(const Graph& g) {
  PrintOptions options;
  options.locations = false;
  return printGraph(g, options);
}

// print(parse(text)) == text, in a fresh type context.
void expectTextRoundTrip(const std::string& text) {
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, text);
  ASSERT_TRUE(env.reported.empty()) << env.rendered;
  EXPECT_EQ(printAll(types, parsed.graphs), text);
}

// -- The graphs of the program --------------------------------------------------------------------

Graph& addArith(Program& p) {
  const Type* S = p.types.signedType();
  Graph& g = p.graph("prog.arith", {S, S}, S);
  Block* b = g.startBlock();
  Variable* sum = p.op(g, b, Op::int_add, {b->inputs[0], b->inputs[1]}, S);
  Variable* product = p.op(g, b, Op::int_mul, {sum, p.integer(g, 5)}, S);
  Variable* difference = p.op(g, b, Op::int_sub, {product, p.integer(g, -3)}, S);
  Program::jump(b, g.returnBlock(), {difference});
  return g;
}

Graph& addLoop(Program& p) {
  const Type* S = p.types.signedType();
  Graph& g = p.graph("prog.sum", {S}, S);
  Block *b0 = g.startBlock(), *b1 = g.newBlock(), *b2 = g.newBlock();
  Program::jump(b0, b1, {p.integer(g, 0), p.integer(g, 0), b0->inputs[0]});
  for (Block* b : {b1, b2})
    for (int i = 0; i < 3; ++i)
      b->inputs.push_back(g.newVariable(S));
  Variable* more = p.op(g, b1, Op::int_lt, {b1->inputs[0], b1->inputs[2]}, p.types.boolType());
  b1->exitKind = ExitKind::Branch;
  b1->exitSwitch = more;
  b1->exits = {Program::link(b2, {b1->inputs[0], b1->inputs[1], b1->inputs[2]}),
               Program::link(g.returnBlock(), {b1->inputs[1]})};
  b1->exits[0].hasCase = b1->exits[1].hasCase = true;
  b1->exits[0].caseValue = 1;
  Variable* acc = p.op(g, b2, Op::int_add, {b2->inputs[1], b2->inputs[0]}, S);
  Variable* next = p.op(g, b2, Op::int_add, {b2->inputs[0], p.integer(g, 1)}, S);
  Program::jump(b2, b1, {next, acc, b2->inputs[2]});
  return g;
}

// A switch on `type` with (case, result) pairs returning constants, and a default.
Graph& addSwitch(Program& p, std::string name, const Type* type,
                 std::vector<std::pair<int64_t, int64_t>> cases) {
  Graph& g = p.graph(std::move(name), {type}, type);
  Block* b = g.startBlock();
  b->exitKind = ExitKind::Switch;
  b->exitSwitch = b->inputs[0];
  for (auto [value, result] : cases) {
    Link& l = b->exits.emplace_back(Program::link(g.returnBlock(), {p.integer(g, result, type)}));
    l.hasCase = true;
    l.caseValue = value;
  }
  b->exits.push_back(Program::link(g.returnBlock(), {b->inputs[0]}));
  return g;
}

Graph& addCharSwitch(Program& p) {
  const Type* C = p.types.charType();
  const Type* S = p.types.signedType();
  Graph& g = p.graph("prog.classify", {C}, S);
  Block *b0 = g.startBlock(), *b1 = g.newBlock();
  b0->exitKind = ExitKind::Switch;
  b0->exitSwitch = b0->inputs[0];
  const int64_t cases[] = {'a', '\'', 0, 0xFF};
  for (int64_t c : cases) {
    Link& l = b0->exits.emplace_back(c == 0 ? Program::link(b1, {b0->inputs[0]})
                                            : Program::link(g.returnBlock(), {p.integer(g, c)}));
    l.hasCase = true;
    l.caseValue = c;
  }
  b0->exits.push_back(Program::link(g.returnBlock(), {p.integer(g, 0)}));
  b1->inputs.push_back(g.newVariable(C));
  Variable* code = p.op(g, b1, Op::cast_char_to_int, {b1->inputs[0]}, S);
  Program::jump(b1, g.returnBlock(), {code});
  return g;
}

Graph& addExceptions(Program& p) {
  const Type* S = p.types.signedType();
  Graph& g = p.graph("prog.safe_div", {S, S}, S);
  Block *b0 = g.startBlock(), *b1 = g.newBlock();
  Variable* q = p.op(g, b0, Op::int_floordiv_zer, {b0->inputs[0], b0->inputs[1]}, S);
  b0->exitKind = ExitKind::CanRaise;
  b0->exits.push_back(Program::link(g.returnBlock(), {q}));
  Link caught;
  caught.target = b1;
  caught.caughtClass = p.vtableZeroDivision;
  caught.lastException = g.newVariable(p.vtablePtr);
  caught.lastExcValue = g.newVariable(p.objectPtr);
  caught.args = {caught.lastException, caught.lastExcValue};
  b0->exits.push_back(caught);
  b1->inputs = {g.newVariable(p.vtablePtr), g.newVariable(p.objectPtr)};
  p.op(g, b1, Op::debug_print, {b1->inputs[0]}, nullptr);
  Program::jump(b1, g.exceptBlock(), {b1->inputs[0], b1->inputs[1]});
  return g;
}

Graph& addRaise(Program& p) {
  const Type* S = p.types.signedType();
  Graph& g = p.graph("prog.check", {S}, S);
  Block* b = g.startBlock();
  Variable* negative = p.op(g, b, Op::int_lt, {b->inputs[0], p.integer(g, 0)}, p.types.boolType());
  b->exitKind = ExitKind::Branch;
  b->exitSwitch = negative;
  // The false link first: the printer keeps the model's order.
  b->exits = {Program::link(g.returnBlock(), {b->inputs[0]}),
              Program::link(g.exceptBlock(), {p.ref(g, p.vtableZeroDivision, p.vtablePtr),
                                              p.ref(g, p.zeroDivisionInstance, p.objectPtr)})};
  b->exits[0].hasCase = b->exits[1].hasCase = true;
  b->exits[1].caseValue = 1;
  return g;
}

Graph& addFields(Program& p) {
  const Type* S = p.types.signedType();
  Graph& g = p.graph("prog.bump", {p.nodePtr}, S);
  Block* b = g.startBlock();
  Variable* node = b->inputs[0];
  Variable* value = p.op(g, b, Op::getfield, {node, p.text(g, "inst_value")}, S);
  Variable* bumped = p.op(g, b, Op::int_add, {value, p.integer(g, 1)}, S);
  p.op(g, b, Op::setfield, {node, p.text(g, "inst_value"), bumped}, nullptr);
  p.op(g, b, Op::getfield, {node, p.text(g, "typeptr")}, p.vtablePtr); // the parent's field
  Variable* base = p.op(g, b, Op::getsubstruct, {node, p.text(g, "super")}, p.objectPtr);
  p.op(g, b, Op::keepalive, {base}, nullptr);
  Variable* next = p.op(g, b, Op::getfield, {p.ref(g, p.node0), p.text(g, "inst_next")}, p.nodePtr);
  p.op(g, b, Op::setfield, {next, p.text(g, "inst_next"), node}, nullptr);
  Program::jump(b, g.returnBlock(), {bumped});
  return g;
}

Graph& addMalloc(Program& p) {
  const Type* S = p.types.signedType();
  Graph& g = p.graph("prog.make", {S}, p.nodePtr);
  Block* b = g.startBlock();
  Variable* node = p.op(g, b, Op::malloc, {p.typeConstant(g, p.node)}, p.nodePtr);
  const Type* arrayPtr = p.types.ptr(p.signedArray);
  Variable* items =
      p.op(g, b, Op::malloc_varsize, {p.typeConstant(g, p.signedArray), b->inputs[0]}, arrayPtr);
  p.op(g, b, Op::setarrayitem, {items, p.integer(g, 0), p.integer(g, 42)}, nullptr);
  Variable* size = p.op(g, b, Op::getarraysize, {items}, S);
  p.op(g, b, Op::setfield, {node, p.text(g, "inst_value"), size}, nullptr);
  p.op(g, b, Op::setfield, {node, p.text(g, "inst_next"), p.null(g, p.nodePtr)}, nullptr);
  Variable* base = p.op(g, b, Op::cast_pointer, {node}, p.objectPtr);
  p.op(g, b, Op::setfield,
       {base, p.text(g, "typeptr"), p.ref(g, p.vtableZeroDivision, p.vtablePtr)}, nullptr);
  Program::jump(b, g.returnBlock(), {node});
  return g;
}

Graph& addCalls(Program& p, Graph& callee) {
  const Type* S = p.types.signedType();
  Graph& g = p.graph("prog.caller", {}, S);
  Block* b = g.startBlock();
  Variable* a =
      p.op(g, b, Op::direct_call, {p.function(g, callee), p.integer(g, 1), p.integer(g, 2)}, S);
  const Type* hashType = p.types.func({p.strPtr}, S);
  Variable* h = p.op(g, b, Op::direct_call,
                     {p.runtimeFunction(g, "ll_strhash", hashType), p.ref(g, p.strHello)}, S);
  Variable* sum = p.op(g, b, Op::int_add, {a, h}, S);
  ConstValue yes;
  yes.i = 1;
  p.op(g, b, Op::debug_assert,
       {g.newConstant(p.types.boolType(), yes), p.text(g, "caller's \"check\"\n")}, nullptr);
  Program::jump(b, g.returnBlock(), {sum});
  return g;
}

Graph& addFloats(Program& p) {
  const Type* F = p.types.floatType();
  Graph& g = p.graph("prog.floats", {F}, F);
  Block* b = g.startBlock();
  const double inf = std::numeric_limits<double>::infinity();
  const double values[] = {
      0.1,  -0.0,        1e300,  inf,   -inf, std::nan(""), 5e-324, 1.7976931348623157e308,
      1e16, 123456789.0, 0.0001, 1e-05, 2.5};
  Value acc = b->inputs[0];
  for (double v : values)
    acc = p.op(g, b, Op::float_add, {acc, p.real(g, v)}, F);
  Program::jump(b, g.returnBlock(), {acc});
  return g;
}

Graph& addScalars(Program& p) {
  TypeContext& t = p.types;
  const Type* B = t.boolType();
  Graph& g = p.graph("prog.scalars", {t.charType(), t.uniCharType(), t.unsignedType(), B}, B);
  Block* b = g.startBlock();
  auto in = [&](int i) { return Value(b->inputs[i]); };
  p.op(g, b, Op::char_eq, {in(0), p.integer(g, 0xFF, t.charType())}, B);
  p.op(g, b, Op::char_ne, {in(0), p.integer(g, '"', t.charType())}, B);
  p.op(g, b, Op::char_lt, {in(0), p.integer(g, '\\', t.charType())}, B);
  p.op(g, b, Op::unichar_eq, {in(1), p.integer(g, 0xE9, t.uniCharType())}, B);
  p.op(g, b, Op::unichar_ne, {in(1), p.integer(g, 0x1F600, t.uniCharType())}, B);
  p.op(g, b, Op::unichar_eq, {in(1), p.integer(g, 0x20AC, t.uniCharType())}, B);
  Variable* u =
      p.op(g, b, Op::uint_add, {in(2), p.integer(g, -1, t.unsignedType())}, t.unsignedType());
  Variable* s =
      p.op(g, b, Op::int_add, {p.integer(g, INT64_MIN), p.integer(g, INT64_MAX)}, t.signedType());
  Variable* both = p.op(g, b, Op::bool_and, {in(3), p.integer(g, 0, B)}, B);
  Variable* either = p.op(g, b, Op::bool_or, {both, p.integer(g, 1, B)}, B);
  p.op(g, b, Op::debug_print, {u, s, p.text(g, "\\ and \x01 and ;")}, nullptr);
  Program::jump(b, g.returnBlock(), {either});
  return g;
}

// -- Each graph prints as expected and reads back -------------------------------------------------

TEST(LLText, Arithmetic) {
  Program p;
  EXPECT_EQ(printOne(addArith(p)),
            std::string("graph prog.arith(v0: Signed, v1: Signed) -> Signed") + kRaises +
                "block0(v0: Signed, v1: Signed):\n"
                "    v2: Signed = int_add(v0, v1)\n"
                "    v3: Signed = int_mul(v2, 5)\n"
                "    v4: Signed = int_sub(v3, -3)\n"
                "    goto return(v4)\n"
                "}\n");
  expectTextRoundTrip(printAll(p.types, p.graphs));
}

TEST(LLText, LoopWithBranch) {
  Program p;
  EXPECT_EQ(printOne(addLoop(p)),
            std::string("graph prog.sum(v0: Signed) -> Signed") + kRaises +
                "block0(v0: Signed):\n"
                "    goto block1(0, 0, v0)\n"
                "block1(v1: Signed, v2: Signed, v3: Signed):\n"
                "    v4: Bool = int_lt(v1, v3)\n"
                "    branch v4 [true: block2(v1, v2, v3), false: return(v2)]\n"
                "block2(v5: Signed, v6: Signed, v7: Signed):\n"
                "    v8: Signed = int_add(v6, v5)\n"
                "    v9: Signed = int_add(v5, 1)\n"
                "    goto block1(v9, v8, v7)\n"
                "}\n");
  expectTextRoundTrip(printAll(p.types, p.graphs));
}

TEST(LLText, Switches) {
  Program p;
  EXPECT_EQ(printOne(addCharSwitch(p)),
            std::string("graph prog.classify(v0: Char) -> Signed") + kRaises +
                "block0(v0: Char):\n"
                "    switch v0 ['a': return(97), '\\'': return(39), '\\x00': block1(v0), '\\xff': "
                "return(255), default: return(0)]\n"
                "block1(v1: Char):\n"
                "    v2: Signed = cast_char_to_int(v1)\n"
                "    goto return(v2)\n"
                "}\n");
  const Type* S = p.types.signedType();
  EXPECT_EQ(printOne(addSwitch(p, "prog.pick", S, {{1, 10}, {-7, 20}, {INT64_MIN, 30}})),
            std::string("graph prog.pick(v0: Signed) -> Signed") + kRaises +
                "block0(v0: Signed):\n"
                "    switch v0 [1: return(10), -7: return(20), -9223372036854775808: return(30), "
                "default: return(v0)]\n"
                "}\n");
  const Type* U = p.types.unsignedType();
  EXPECT_EQ(
      printOne(addSwitch(p, "prog.upick", U, {{0, -1}, {-1, 0}})),
      std::string("graph prog.upick(v0: Unsigned) -> Unsigned") + kRaises +
          "block0(v0: Unsigned):\n"
          "    switch v0 [0u: return(18446744073709551615u), 18446744073709551615u: return(0u), "
          "default: return(v0)]\n"
          "}\n");
  expectTextRoundTrip(printAll(p.types, p.graphs));
}

TEST(LLText, ExceptionLinksAndRaises) {
  Program p;
  EXPECT_EQ(
      printOne(addExceptions(p)),
      std::string("graph prog.safe_div(v0: Signed, v1: Signed) -> Signed") + kRaises +
          "block0(v0: Signed, v1: Signed):\n"
          "    v2: Signed = int_floordiv_zer(v0, v1)\n"
          "    exits [normal: return(v2), except @vtable_ZeroDivisionError as (v3: Ptr(Struct "
          "object_vtable), v4: Ptr(GcStruct object)): block1(v3, v4)]\n"
          "block1(v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct object)):\n"
          "    debug_print(v5)\n"
          "    goto raise(v5, v6)\n"
          "}\n");
  // Prebuilt objects through a pointer to their parent struct carry the pointer's type.
  EXPECT_EQ(printOne(addRaise(p)),
            std::string("graph prog.check(v0: Signed) -> Signed") + kRaises +
                "block0(v0: Signed):\n"
                "    v1: Bool = int_lt(v0, 0)\n"
                "    branch v1 [false: return(v0), true: raise(@vtable_ZeroDivisionError: "
                "Ptr(Struct object_vtable), @exc_ZeroDivisionError: Ptr(GcStruct object))]\n"
                "}\n");
  expectTextRoundTrip(printAll(p.types, p.graphs));
}

TEST(LLText, FieldsOfAStructWithAnInlinedParent) {
  Program p;
  EXPECT_EQ(printOne(addFields(p)),
            std::string("graph prog.bump(v0: Ptr(GcStruct prog.Node)) -> Signed") + kRaises +
                "block0(v0: Ptr(GcStruct prog.Node)):\n"
                "    v1: Signed = getfield(v0, \"inst_value\")\n"
                "    v2: Signed = int_add(v1, 1)\n"
                "    setfield(v0, \"inst_value\", v2)\n"
                "    v3: Ptr(Struct object_vtable) = getfield(v0, \"typeptr\")\n"
                "    v4: Ptr(GcStruct object) = getsubstruct(v0, \"super\")\n"
                "    keepalive(v4)\n"
                "    v5: Ptr(GcStruct prog.Node) = getfield(@prog.node0, \"inst_next\")\n"
                "    setfield(v5, \"inst_next\", v0)\n"
                "    goto return(v2)\n"
                "}\n");
  expectTextRoundTrip(printAll(p.types, p.graphs));
}

TEST(LLText, MallocWithVoidTypeConstants) {
  Program p;
  EXPECT_EQ(
      printOne(addMalloc(p)),
      std::string("graph prog.make(v0: Signed) -> Ptr(GcStruct prog.Node)") + kRaises +
          "block0(v0: Signed):\n"
          "    v1: Ptr(GcStruct prog.Node) = malloc(<GcStruct prog.Node>)\n"
          "    v2: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, v0)\n"
          "    setarrayitem(v2, 0, 42)\n"
          "    v3: Signed = getarraysize(v2)\n"
          "    setfield(v1, \"inst_value\", v3)\n"
          "    setfield(v1, \"inst_next\", null: Ptr(GcStruct prog.Node))\n"
          "    v4: Ptr(GcStruct object) = cast_pointer(v1)\n"
          "    setfield(v4, \"typeptr\", @vtable_ZeroDivisionError: Ptr(Struct object_vtable))\n"
          "    goto return(v1)\n"
          "}\n");
  expectTextRoundTrip(printAll(p.types, p.graphs));
}

TEST(LLText, DirectCallsToGraphsAndRuntimeFunctions) {
  Program p;
  Graph& callee = addArith(p);
  EXPECT_EQ(printOne(addCalls(p, callee)),
            std::string("graph prog.caller() -> Signed") + kRaises +
                "block0():\n"
                "    v0: Signed = direct_call(&prog.arith, 1, 2)\n"
                "    v1: Signed = direct_call(&ll_strhash: Ptr(Func(Ptr(GcStruct str)) -> Signed), "
                "@str_hello)\n"
                "    v2: Signed = int_add(v0, v1)\n"
                "    debug_assert(True, \"caller's \\\"check\\\"\\x0a\")\n"
                "    goto return(v2)\n"
                "}\n");
  expectTextRoundTrip(printAll(p.types, p.graphs));
}

// A dump of some graphs of a program: a call to a graph that is not in the text is written with
// the function's type, and reads back as a call of a runtime function of that name.
TEST(LLText, CallsToGraphsOutsideTheText) {
  Program p;
  Graph& callee = addArith(p);
  Graph& caller = addCalls(p, callee);
  PrintOptions options;
  options.locations = false;
  std::vector<const Graph*> shown = {&caller};
  std::string text = printProgram(p.types, shown, options);
  EXPECT_NE(text.find("direct_call(&prog.arith: Ptr(Func(Signed, Signed) -> Signed), 1, 2)"),
            std::string::npos)
      << text;
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, text);
  ASSERT_EQ(parsed.graphs.size(), 1u) << env.rendered;
  const Constant* f = parsed.graphs[0]->startBlock()->operations[0].args[0].constant();
  EXPECT_EQ(f->value.graph, nullptr);
  EXPECT_EQ(f->value.text, "prog.arith");
  EXPECT_EQ(printAll(types, parsed.graphs), text);
}

TEST(LLText, FloatsRoundTripExactly) {
  Program p;
  EXPECT_EQ(printOne(addFloats(p)), std::string("graph prog.floats(v0: Float) -> Float") + kRaises +
                                        "block0(v0: Float):\n"
                                        "    v1: Float = float_add(v0, 0.1)\n"
                                        "    v2: Float = float_add(v1, -0.0)\n"
                                        "    v3: Float = float_add(v2, 1e+300)\n"
                                        "    v4: Float = float_add(v3, inf)\n"
                                        "    v5: Float = float_add(v4, -inf)\n"
                                        "    v6: Float = float_add(v5, nan)\n"
                                        "    v7: Float = float_add(v6, 5e-324)\n"
                                        "    v8: Float = float_add(v7, 1.7976931348623157e+308)\n"
                                        "    v9: Float = float_add(v8, 1e+16)\n"
                                        "    v10: Float = float_add(v9, 123456789.0)\n"
                                        "    v11: Float = float_add(v10, 0.0001)\n"
                                        "    v12: Float = float_add(v11, 1e-05)\n"
                                        "    v13: Float = float_add(v12, 2.5)\n"
                                        "    goto return(v13)\n"
                                        "}\n");
  std::string text = printAll(p.types, p.graphs);
  expectTextRoundTrip(text);
  // The values themselves, bit for bit.
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, text);
  ASSERT_EQ(parsed.graphs.size(), 1u) << env.rendered;
  const auto& ops = parsed.graphs[0]->startBlock()->operations;
  const auto& built = p.graphs[0]->startBlock()->operations;
  ASSERT_EQ(ops.size(), built.size());
  for (size_t i = 0; i < ops.size(); ++i) {
    double read = ops[i].args[1].constant()->value.f, made = built[i].args[1].constant()->value.f;
    if (std::isnan(made))
      EXPECT_TRUE(std::isnan(read));
    else
      EXPECT_EQ(std::memcmp(&read, &made, sizeof read), 0) << i;
  }
}

TEST(LLText, ScalarConstants) {
  Program p;
  EXPECT_EQ(
      printOne(addScalars(p)),
      std::string("graph prog.scalars(v0: Char, v1: UniChar, v2: Unsigned, v3: Bool) -> Bool") +
          kRaises +
          "block0(v0: Char, v1: UniChar, v2: Unsigned, v3: Bool):\n"
          "    v4: Bool = char_eq(v0, '\\xff')\n"
          "    v5: Bool = char_ne(v0, '\"')\n"
          "    v6: Bool = char_lt(v0, '\\\\')\n"
          "    v7: Bool = unichar_eq(v1, U'\\xe9')\n"
          "    v8: Bool = unichar_ne(v1, U'\\U0001f600')\n"
          "    v9: Bool = unichar_eq(v1, U'\\u20ac')\n"
          "    v10: Unsigned = uint_add(v2, 18446744073709551615u)\n"
          "    v11: Signed = int_add(-9223372036854775808, 9223372036854775807)\n"
          "    v12: Bool = bool_and(v3, False)\n"
          "    v13: Bool = bool_or(v12, True)\n"
          "    debug_print(v10, v11, \"\\\\ and \\x01 and ;\")\n"
          "    goto return(v13)\n"
          "}\n");
  expectTextRoundTrip(printAll(p.types, p.graphs));
}

// -- Whole programs -------------------------------------------------------------------------------

// Every graph above in one program.
void addAll(Program& p) {
  Graph& arith = addArith(p);
  addLoop(p);
  addCharSwitch(p);
  addSwitch(p, "prog.pick", p.types.signedType(), {{1, 10}, {-7, 20}});
  addExceptions(p);
  addRaise(p);
  addFields(p);
  addMalloc(p);
  addCalls(p, arith);
  addFloats(p);
  addScalars(p);
}

TEST(LLText, ProgramPrintsGraphsThenTypesThenPrebuiltObjects) {
  Program p;
  addMalloc(p);
  addFields(p);
  std::string text = printAll(p.types, p.graphs);
  std::string graphs = printOne(*p.graphs[0]) + printOne(*p.graphs[1]);
  ASSERT_EQ(text.substr(0, graphs.size()), graphs);
  std::string sections = text.substr(graphs.size());
  EXPECT_EQ(
      sections,
      "Struct object_vtable size=16 align=8 { subclassrange_min: Signed @0, subclassrange_max: "
      "Signed @8 }\n"
      "GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }\n"
      "GcStruct prog.Node size=24 align=8 { super: GcStruct object @0, inst_value: Signed @8, "
      "inst_next: Ptr(GcStruct prog.Node) @16 }\n"
      "Struct prog.Node_vtable size=16 align=8 { super: Struct object_vtable @0 }\n"
      "GcStruct ZeroDivisionError size=8 align=8 { super: GcStruct object @0 }\n"
      "Struct ZeroDivisionError_vtable size=16 align=8 { super: Struct object_vtable @0 }\n"
      "GcArray(Signed) size=8 align=8 items@8 stride=8\n"
      "Struct prog.Point size=16 align=8 { x: Float @0, y: Float @8 }\n"
      "GcStruct prog.Shape size=40 align=8 { super: GcStruct object @0, origin: Struct prog.Point "
      "@8, tag: Char @24, code: FixedSizeArray(Char, 3) @25, items: Ptr(GcArray(Signed)) @32 }\n"
      "FixedSizeArray(Char, 3) size=3 align=1 items@0 stride=1\n"
      "GcStruct str size=16 align=8 { hash: Signed @0, chars: Array(Char) @8 }\n"
      "Array(Char) size=8 align=8 items@8 stride=1\n"
      "prebuilt @prog.node0: GcStruct prog.Node\n"
      "prebuilt @vtable_ZeroDivisionError: Struct ZeroDivisionError_vtable\n");
  expectTextRoundTrip(text);
}

TEST(LLText, WholeProgramRoundTrips) {
  Program p;
  addAll(p);
  std::string text = printAll(p.types, p.graphs);
  expectTextRoundTrip(text);
  // The text also reads into the context that made it: its structs are found, not made again.
  TextEnv env;
  size_t aggregates = p.types.aggregates().size();
  ParsedText parsed = env.parse(p.types, text);
  ASSERT_TRUE(env.reported.empty()) << env.rendered;
  EXPECT_EQ(p.types.aggregates().size(), aggregates);
  EXPECT_EQ(printAll(p.types, parsed.graphs), text);
  EXPECT_EQ(parsed.graphs[6]->startBlock()->inputs[0]->type, p.nodePtr); // prog.bump's argument
}

// Prebuilt contents: every kind of field, pointers to objects (a cycle, a subclass's struct where
// the base's is wanted), to a graph and to a runtime function, arrays of chars, of structs and
// fixed ones, and objects left all zeros. The reader builds the Init model the printer prints.
TEST(LLText, PrebuiltContentsRoundTrip) {
  std::string text =
      "graph prog.f(v0: Signed) -> Signed raises(Signed, Signed) {\n"
      "block0(v0: Signed):\n"
      "    v1: Ptr(GcStruct prog.Node) = same_as(@prog.A)\n"
      "    goto return(v0)\n"
      "}\n"
      "GcStruct str size=16 align=8 { hash: Signed @0, chars: Array(Char) @8 }\n"
      "Array(Char) size=8 align=8 items@8 stride=1\n"
      "GcStruct prog.Node size=80 align=8 { next: Ptr(GcStruct prog.Node) @0, name: Ptr(GcStruct str) @8, "
      "f: Float @16, b: Bool @24, c: Char @25, u: Unsigned @32, w: UniChar @40, "
      "fn: Ptr(Func(Signed) -> Signed) @48, rt: Ptr(Func() -> Signed) @56, pair: FixedSizeArray(Signed, 2) @64 }\n"
      "FixedSizeArray(Signed, 2) size=16 align=8 items@0 stride=8\n"
      "GcStruct prog.Sub size=88 align=8 { super: GcStruct prog.Node @0, extra: Signed @80 }\n"
      "Struct prog.entry size=16 align=8 { key: Signed @0, value: Float @8 }\n"
      "GcArray(Struct prog.entry) size=8 align=8 items@8 stride=16\n"
      "prebuilt @prog.A: GcStruct prog.Node = {next: @prog.B, name: @str.1, f: -inf, b: True, c: '\\x00', "
      "u: 18446744073709551615u, w: U'\\u20ac', fn: &prog.f, rt: &kiln_clock, pair: [1, -2]}\n"
      "prebuilt @prog.B: GcStruct prog.Sub = {super: {next: @prog.A, name: null, f: 0.5, b: False, c: 'z', u: 0u, "
      "w: U'a', fn: null, rt: null, pair: [0, 0]}, extra: 7}\n"
      "prebuilt @prog.E: GcArray(Struct prog.entry) = [{key: 1, value: 1.5}, {key: -1, value: nan}]\n"
      "prebuilt @prog.Z: GcStruct prog.Node\n"
      "prebuilt @str.1: GcStruct str = {hash: 0, chars: \"a \\\"b\\\"\\x0a\\xff\"}\n";
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, text);
  ASSERT_TRUE(env.reported.empty()) << env.rendered;
  // Objects only the contents name are printed too: the whole text comes back.
  std::string printed = printAll(types, parsed.graphs);
  EXPECT_EQ(printed.find("prebuilt @prog.E"), std::string::npos) << "named by no graph or object: not printed";
  for (const auto& p : parsed.prebuilts) EXPECT_EQ(checkPrebuilt(*p), "") << p->name;
  std::string reachable;
  for (const auto& p : parsed.prebuilts)
    if (p->name != "prog.E" && p->name != "prog.Z") reachable += prebuiltText(*p);
  EXPECT_NE(printed.find(reachable), std::string::npos) << printed;
  EXPECT_EQ(prebuiltText(*parsed.prebuilts[2]), "prebuilt @prog.E: GcArray(Struct prog.entry) = [{key: 1, value: 1.5}, {key: -1, value: nan}]\n");
  EXPECT_EQ(prebuiltText(*parsed.prebuilts[3]), "prebuilt @prog.Z: GcStruct prog.Node\n");
  // The model.
  const Prebuilt& a = *parsed.prebuilts[0];
  const Prebuilt& b = *parsed.prebuilts[1];
  EXPECT_EQ(a.init.items[0].value.object, &b);
  EXPECT_EQ(b.init.items[0].items[0].value.object, &a);
  EXPECT_EQ(a.init.items[1].value.object, parsed.prebuilts[4].get());
  EXPECT_EQ(parsed.prebuilts[4]->init.items[1].bytes, "a \"b\"\n\xff");
  EXPECT_TRUE(std::isinf(a.init.items[2].value.f) && a.init.items[2].value.f < 0);
  EXPECT_EQ(uint64_t(a.init.items[5].value.i), std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(a.init.items[6].value.i, 0x20ac);
  EXPECT_EQ(a.init.items[7].value.graph, parsed.graphs[0].get());
  EXPECT_EQ(a.init.items[8].value.text, "kiln_clock");
  EXPECT_EQ(a.init.items[9].items[1].value.i, -2);
}

TEST(LLText, SectionsMayComeInAnyOrder) {
  Program p;
  addFields(p);
  std::string graphs = printOne(*p.graphs[0]);
  std::string types = printTypes(p.types);
  std::string prebuilts = printPrebuilts(graphList(p.graphs));
  TypeContext fresh;
  TextEnv env;
  ParsedText parsed = env.parse(fresh, prebuilts + types + graphs);
  ASSERT_TRUE(env.reported.empty()) << env.rendered;
  EXPECT_EQ(printAll(fresh, parsed.graphs), graphs + types + prebuilts);
}

// -- Operations -----------------------------------------------------------------------------------

constexpr size_t kNumOps = 0
#define LL_OP(name, arity, flags, sig, doc) +1
#include "rtyper/ll_ops.def"
    ;

// One operation per row of ll_ops.def, with its arity (two operands for variadic ones); the text
// does not type-check, so every operand is v0 or 1.
TEST(LLText, RoundTripsEveryOperation) {
  std::string text =
      "graph ops.all(v0: Signed) -> Signed raises(Signed, Signed) {\nblock0(v0: Signed):\n";
  size_t n = 1;
  for (size_t i = 0; i < kNumOps; ++i) {
    const OpInfo& info = opInfo(Op(i));
    text += "    ";
    if (!(info.flags & opflags::NoResult)) text += "v" + std::to_string(n++) + ": Signed = ";
    text += std::string(info.name) + "(";
    int arity = info.arity == VAR ? 2 : info.arity;
    for (int a = 0; a < arity; ++a)
      text += a ? ", 1" : "v0";
    text += ")\n";
  }
  text += "    goto return(v" + std::to_string(n - 1) + ")\n}\n";
  expectTextRoundTrip(text);
  Op op;
  for (size_t i = 0; i < kNumOps; ++i) {
    ASSERT_TRUE(parseOpName(opName(Op(i)), op));
    EXPECT_EQ(op, Op(i));
  }
}

// -- The model the reader builds ------------------------------------------------------------------

TEST(LLText, BuildsTheGraphModel) {
  Program p;
  addAll(p);
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, printAll(p.types, p.graphs));
  ASSERT_EQ(parsed.graphs.size(), p.graphs.size()) << env.rendered;
  auto graph = [&](std::string_view name) -> const Graph& {
    for (const auto& g : parsed.graphs)
      if (g->name() == name) return *g;
    ADD_FAILURE() << name;
    return *parsed.graphs[0];
  };
  // Prebuilt objects: one per name, owned by the result, sorted by name.
  ASSERT_EQ(parsed.prebuilts.size(), 4u);
  EXPECT_EQ(parsed.prebuilts[0]->name, "exc_ZeroDivisionError");
  EXPECT_EQ(parsed.prebuilts[2]->type, types.structNamed("str"));
  // Calls: a graph of the text, and a runtime function by name.
  const Graph& caller = graph("prog.caller");
  const auto& calls = caller.startBlock()->operations;
  EXPECT_EQ(calls[0].args[0].constant()->value.graph, &graph("prog.arith"));
  EXPECT_EQ(calls[0].args[0].type()->target, graph("prog.arith").funcType());
  EXPECT_EQ(calls[1].args[0].constant()->value.text, "ll_strhash");
  EXPECT_EQ(calls[1].args[0].constant()->value.graph, nullptr);
  EXPECT_EQ(calls[1].args[1].constant()->value.object, parsed.prebuilts[2].get());
  // NoResult operations get a Void result.
  EXPECT_EQ(calls[3].op, Op::debug_assert);
  EXPECT_EQ(calls[3].result->type, types.voidType());
  EXPECT_EQ(calls[3].args[1].constant()->value.text, "caller's \"check\"\n");
  // Exception links.
  const Graph& safeDiv = graph("prog.safe_div");
  const Block* raising = safeDiv.startBlock();
  ASSERT_EQ(raising->exitKind, ExitKind::CanRaise);
  ASSERT_EQ(raising->exits.size(), 2u);
  EXPECT_FALSE(raising->exits[0].isException());
  const Link& caught = raising->exits[1];
  EXPECT_EQ(caught.caughtClass->name, "vtable_ZeroDivisionError");
  EXPECT_EQ(caught.args[0], Value(caught.lastException));
  EXPECT_EQ(caught.lastExcValue->type, types.ptr(types.structNamed("object")));
  EXPECT_EQ(safeDiv.exceptBlock()->inputs[0]->type, types.ptr(types.structNamed("object_vtable")));
  // Switch cases and constants.
  const Block* classify = graph("prog.classify").startBlock();
  EXPECT_EQ(classify->exits[1].caseValue, '\'');
  EXPECT_FALSE(classify->exits[4].hasCase);
  const auto& scalars = graph("prog.scalars").startBlock()->operations;
  EXPECT_EQ(scalars[0].args[1].constant()->value.i, 0xFF);
  EXPECT_EQ(scalars[4].args[1].constant()->value.i, 0x1F600);
  EXPECT_EQ(scalars[6].args[1].constant()->value.i, -1); // 2**64-1 as an Unsigned
  EXPECT_EQ(scalars[7].args[0].constant()->value.i, INT64_MIN);
  const auto& made = graph("prog.make").startBlock()->operations;
  EXPECT_EQ(made[0].args[0].constant()->value.type, types.structNamed("prog.Node"));
  EXPECT_TRUE(made[5].args[2].constant()->value.isNull());
  EXPECT_TRUE(
      std::signbit(graph("prog.floats").startBlock()->operations[1].args[1].constant()->value.f));
}

// A variable is numbered where it is first printed, so texts that number differently read the
// same graph and print in the canonical numbering; comments and blank lines are ignored.
TEST(LLText, RenumbersAndIgnoresComments) {
  std::string text = "; a comment\n\ngraph f(v7: Signed) -> Signed raises(Signed, Signed) {\n"
                     "block9(v7: Signed):   ; demo.py:1:1\n    v3: Signed = int_add(v7, 1)\n"
                     "    goto block2(v3, v7)\n"
                     "block2(v1: Signed, v2: Signed):\n    v0: Signed = int_mul(v1, v2)\n"
                     "    goto return(v0)\n}\n";
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, text);
  ASSERT_EQ(parsed.graphs.size(), 1u) << env.rendered;
  EXPECT_EQ(printAll(types, parsed.graphs),
            "graph f(v0: Signed) -> Signed raises(Signed, Signed) {\nblock0(v0: Signed):\n"
            "    v1: Signed = int_add(v0, 1)\n    goto block1(v1, v0)\n"
            "block1(v2: Signed, v3: Signed):\n    v4: Signed = int_mul(v2, v3)\n"
            "    goto return(v4)\n}\n");
}

TEST(LLText, AnEmptyTextHasNothing) {
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, "  ; only a comment\n\n");
  EXPECT_TRUE(parsed.graphs.empty());
  EXPECT_TRUE(parsed.prebuilts.empty());
  EXPECT_TRUE(env.reported.empty()) << env.rendered;
}

// The example of docs/ir-lltype.md, with its location comments.
const char* const kDocExample =
    R"(graph demo.sum(v0: Ptr(GcStruct demo.Node)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Ptr(GcStruct demo.Node)):            ; demo.py:3:1
    goto block1(0, v0)
block1(v1: Signed, v2: Ptr(GcStruct demo.Node)):
    v3: Bool = ptr_nonzero(v2)
    branch v3 [true: block2(v1, v2), false: return(v1)]
block2(v4: Signed, v5: Ptr(GcStruct demo.Node)):
    v6: Signed = getfield(v5, "inst_value")     ; demo.py:6:15
    v7: Signed = int_add_ovf(v4, v6)
    exits [normal: block3(v7, v5), except @vtable_OverflowError as (v8: Ptr(Struct object_vtable), v9: Ptr(GcStruct object)): raise(v8, v9)]
block3(v10: Signed, v11: Ptr(GcStruct demo.Node)):
    v12: Ptr(GcStruct demo.Node) = getfield(v11, "inst_next")
    debug_print(v10)
    goto block1(v10, v12)
}
Struct object_vtable size=16 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8 }
GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
GcStruct demo.Node size=24 align=8 { super: GcStruct object @0, inst_value: Signed @8, inst_next: Ptr(GcStruct demo.Node) @16 }
Struct OverflowError_vtable size=16 align=8 { super: Struct object_vtable @0 }
prebuilt @vtable_OverflowError: Struct OverflowError_vtable
)";

// Drops `; file:line:col` comments and the blanks before them.
std::string withoutLocations(const std::string& text) {
  std::string out;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    std::string line = text.substr(begin, end - begin);
    if (size_t semi = line.find("  ; demo.py:"); semi != std::string::npos)
      line = line.substr(0, line.find_last_not_of(' ', semi) + 1);
    out += line + "\n";
    begin = end + 1;
  }
  return out;
}

TEST(LLText, ReadsTheDocumentedExample) {
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, kDocExample);
  ASSERT_EQ(parsed.graphs.size(), 1u) << env.rendered;
  EXPECT_EQ(printAll(types, parsed.graphs), withoutLocations(kDocExample));
}

// -- Type sections written by hand ----------------------------------------------------------------

// Layout numbers may be left out; structs may name structs defined after them, through a
// pointer or by value.
TEST(LLText, TypeSectionWithoutLayoutNumbers) {
  TypeContext types;
  TextEnv env;
  ParsedText parsed =
      env.parse(types, "GcStruct prog.A { super: GcStruct base, next: Ptr(GcStruct prog.B), "
                       "pos: Struct pair }\n"
                       "GcStruct base { id: Signed }\n"
                       "GcStruct prog.B { super: GcStruct prog.A, flag: Bool }\n"
                       "Struct pair { a: Char, b: Signed }\n");
  ASSERT_TRUE(env.reported.empty()) << env.rendered;
  EXPECT_EQ(
      printTypes(types),
      "GcStruct prog.A size=32 align=8 { super: GcStruct base @0, next: Ptr(GcStruct prog.B) @8, "
      "pos: Struct pair @16 }\n"
      "GcStruct base size=8 align=8 { id: Signed @0 }\n"
      "GcStruct prog.B size=40 align=8 { super: GcStruct prog.A @0, flag: Bool @32 }\n"
      "Struct pair size=16 align=8 { a: Char @0, b: Signed @8 }\n");
  const Type* b = types.structNamed("prog.B");
  ASSERT_TRUE(b);
  EXPECT_TRUE(b->startsWith(types.structNamed("base")));
  size_t offset = 0;
  ASSERT_TRUE(b->field("id", &offset));
  EXPECT_EQ(offset, 0u);
}

// An array of structs written before the struct makes the struct first.
TEST(LLText, ArrayBeforeTheStructItHolds) {
  TypeContext types;
  TextEnv env;
  ParsedText parsed =
      env.parse(types, "GcArray(Struct item) items@8\nStruct item { k: Signed, v: Float }\n"
                       "FixedSizeArray(Ptr(GcArray(Struct item)), 2)\n");
  ASSERT_TRUE(env.reported.empty()) << env.rendered;
  std::string printed = printTypes(types);
  EXPECT_EQ(printed,
            "Struct item size=16 align=8 { k: Signed @0, v: Float @8 }\n"
            "GcArray(Struct item) size=8 align=8 items@8 stride=16\n"
            "FixedSizeArray(Ptr(GcArray(Struct item)), 2) size=16 align=8 items@0 stride=8\n");
  expectTextRoundTrip(printed);
}

TEST(LLText, NamesWithDotsAndAngleBrackets) {
  std::string text =
      "graph prog.f.<generator>.__next__(v0: Ptr(GcStruct prog.f.<generator>)) -> Signed "
      "raises(Signed, Signed) {\n"
      "block0(v0: Ptr(GcStruct prog.f.<generator>)):\n"
      "    v1: Ptr(GcStruct prog.f.<generator>) = malloc(<GcStruct prog.f.<generator>>)\n"
      "    v2: Signed = direct_call(&prog.f.<generator>.__next__, v1)\n"
      "    v3: Signed = getfield(@prog.<lambda>.<locals>.g0, \"resume\")\n"
      "    goto return(v2)\n"
      "}\n"
      "GcStruct prog.f.<generator> size=8 align=8 { resume: Signed @0 }\n"
      "prebuilt @prog.<lambda>.<locals>.g0: GcStruct prog.f.<generator>\n";
  expectTextRoundTrip(text);
}

// -- Locations ------------------------------------------------------------------------------------

TEST(LLText, LocationCommentsArePrintedAndIgnoredWhenRead) {
  Program p;
  Graph& g = addArith(p);
  SourceManager sources;
  FileId file = sources.addFile("/src/demo.py", "def arith(a, b):\n    return (a + b) * 5 - -3\n");
  g.startBlock()->loc = sources.locAt(file, 0);
  g.startBlock()->operations[0].loc = sources.locAt(file, 29);
  PrintOptions options;
  options.sources = &sources;
  std::string text = printGraph(g, options);
  EXPECT_NE(text.find("block0(v0: Signed, v1: Signed):                 ; demo.py:1:1\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("    v2: Signed = int_add(v0, v1)                ; demo.py:2:13\n"),
            std::string::npos)
      << text;
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, text + printTypes(p.types));
  ASSERT_EQ(parsed.graphs.size(), 1u) << env.rendered;
  EXPECT_EQ(printOne(*parsed.graphs[0]), printOne(g));
  // Without a SourceManager, or with locations off, there are none.
  EXPECT_EQ(printGraph(g), printOne(g));
}

} // namespace
} // namespace kiln::ll

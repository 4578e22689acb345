// The low-level text reader on malformed texts: each error is one ll_text_error ("invalid
// low-level graph text: ...") at the offending line, and a mutation loop over a valid text never
// crashes, always gives a result or exactly one diagnostic, and what it reads prints stably.
#include <gtest/gtest.h>

#include <random>

#include "tests/unit/rtyper/ll_text_env.h"

namespace kiln::ll {
namespace {

using testing::printAll;
using testing::TextEnv;

struct ErrorCase {
  std::string text;
  uint32_t line;       // where the caret must be
  const char* message; // a substring of the message
};

// A graph f(v0: Signed, v1: Signed) whose block0 has `body` from line 3 on.
std::string graphWith(const std::string& body) {
  return "graph f(v0: Signed, v1: Signed) -> Signed raises(Signed, Signed) {\n"
         "block0(v0: Signed, v1: Signed):\n" +
         body + "}\n";
}

// Ptr(Ptr(...Ptr(Signed)...)), `depth` deep.
std::string nestedPointer(int depth) {
  std::string s;
  for (int i = 0; i < depth; ++i)
    s += "Ptr(";
  return s + "Signed" + std::string(depth, ')');
}

const ErrorCase kErrorCases[] = {
    // Syntax.
    {graphWith("    v2: Signed = int_frob(v0, v1)\n    goto return(v2)\n"), 3,
     "unknown operation 'int_frob'"},
    {graphWith("    v2: Signed = int_add(v0)\n    goto return(v2)\n"), 3,
     "'int_add' takes 2 arguments, not 1"},
    {graphWith("    int_add(v0, v1)\n    goto return(v0)\n"), 3,
     "'int_add' has a result: write 'vN: TYPE = int_add(...)'"},
    {graphWith("    v2: Signed = int_add(v0, v1\n    goto return(v2)\n"), 3,
     "expected ')' after the arguments of 'int_add'"},
    {graphWith("    v2 = int_add(v0, v1)\n    goto return(v2)\n"), 3,
     "expected ':' and the type of v2"},
    {graphWith("    v2: Signed = int_add(v0, v1)\n"), 3, "expected an operation or an exit"},
    {graphWith("    v2: Signed = int_add(v0, $)\n    goto return(v2)\n"), 3,
     "unexpected character '$'"},
    {graphWith("    debug_print(v0, \"abc)\n    goto return(v0)\n"), 3, "unterminated literal"},
    {graphWith("    v2: Signed = int_add(v0, foo)\n    goto return(v2)\n"), 3,
     "expected a value, found 'foo'"},
    {"graph f(v0: Signed) -> Signed {\nblock0(v0: Signed):\n    goto return(v0)\n}\n", 1,
     "expected 'raises' after the graph's result type"},
    {"graph f(v0: Signed) raises(Signed, Signed) {\nblock0(v0: Signed):\n    goto return(v0)\n}\n",
     1, "expected '->' and the graph's result type"},
    {"graph f() -> Signed raises(Signed, Signed) {\nblock0():\n    goto return(0)\n", 3,
     "expected '}' at the end of graph 'f'"},
    {"graph f() -> Signed raises(Signed, Signed) {\n}\n", 2, "graph 'f' has no blocks"},
    {"\n\nhello\n", 3, "expected a type definition, 'prebuilt' or 'graph'"},
    {"graph f.<lambda(v0: Signed) -> Signed raises(Signed, Signed) {\n}\n", 1,
     "'<' without its '>' in a name"},
    // Types.
    {graphWith("    v2: Sgned = int_add(v0, v1)\n    goto return(v2)\n"), 3,
     "unknown type 'Sgned'"},
    {graphWith("    v2: " + nestedPointer(101) + " = same_as(v0)\n    goto return(v0)\n"), 3,
     "types nest more than 100 levels deep"},
    {"graph f(v0: Ptr(GcStruct prog.Nope)) -> Signed raises(Signed, Signed) {\n}\n", 1,
     "unknown struct 'prog.Nope'"},
    {"GcStruct a { n: Ptr(Struct a) }\n", 1, "'a' is a GcStruct, not a Struct"},
    {"GcStruct a { x: Signed }\n\nGcStruct a { y: Signed }\n", 3, "struct 'a' is defined twice"},
    {"GcStruct a size=16 align=8 { x: Signed @0 }\n", 1, "GcStruct a has size 8, not 16"},
    {"GcStruct a { x: Char @0, y: Signed @4 }\n", 1, "GcStruct a has field 'y' at offset 8, not 4"},
    {"GcArray(Signed) size=8 align=8 items@16\n", 1,
     "GcArray(Signed) has its items at offset 8, not 16"},
    {"Struct b { x: Signed }\nGcStruct a { b: GcStruct c }\nGcStruct c { }\n", 2,
     "field 'b' cannot hold a GcStruct c by value: use a Ptr to it"},
    {"Struct a { f: Func() -> Signed }\n", 1, "field 'f' cannot hold a Func: use a Ptr to it"},
    {"GcStruct b { x: Signed }\nGcStruct a { x: Signed, super: GcStruct b }\n", 2,
     "the field 'super' (the inlined parent) must come first"},
    {"GcStruct b { x: Signed }\nStruct a { super: GcStruct b }\n", 2,
     "the parent of Struct a must be a Struct, not GcStruct b"},
    {"Struct a { b: Struct b }\nStruct b { a: Struct a }\n", 1, "Struct a contains itself"},
    {"GcStruct a { x: Signed, x: Float }\n", 1, "field 'x' of GcStruct a is defined twice"},
    {"GcArray(Void)\n", 1, "an array item cannot be a Void"},
    {"GcArray(GcStruct a)\nGcStruct a { x: Signed }\n", 1,
     "an array item cannot be a GcStruct a by value"},
    {"FixedSizeArray(Signed, 99999999999)\n", 1, "a FixedSizeArray holds at most 2**32 items"},
    // Prebuilt objects.
    {"prebuilt @x: Signed\n", 1, "a prebuilt object is a struct or an array, not Signed"},
    // Prebuilt contents.
    {"GcStruct a { x: Signed }\nprebuilt @p: GcStruct a = {y: 1}\n", 2, "field 0 of GcStruct a is 'x', not 'y'"},
    {"GcStruct a { x: Signed }\nprebuilt @p: GcStruct a = {x: 1, y: 2}\n", 2,
     "GcStruct a has 1 fields, and these contents more"},
    {"GcStruct a { x: Signed }\nprebuilt @p: GcStruct a = {x: 1.5}\n", 2,
     "expected a constant of type Signed for a Signed, found 1.5"},
    {"GcStruct a { x: Signed }\nprebuilt @p: GcStruct a = [1]\n", 2, "expected {fields} for a GcStruct a"},
    {"prebuilt @p: GcArray(Signed) = {x: 1}\n", 1, "expected [items] for a GcArray(Signed)"},
    {"prebuilt @p: GcArray(Char) = ['a']\n", 1, "expected a quoted text for a GcArray(Char)"},
    {"prebuilt @p: FixedSizeArray(Signed, 2) = [1]\n", 1, "FixedSizeArray(Signed, 2) has 2 items, not 1"},
    {"GcStruct a { n: Ptr(GcStruct a) }\nprebuilt @p: GcStruct a = {n: @q}\n", 2, "@q is not declared"},
    {"GcStruct a { n: Ptr(GcStruct a) }\nGcStruct b { }\nprebuilt @q: GcStruct b\n"
     "prebuilt @p: GcStruct a = {n: @q}\n",
     4, "@q is a GcStruct b, which a Ptr(GcStruct a) cannot point to"},
    {"GcStruct a { n: Ptr(GcStruct a) }\nprebuilt @p: GcStruct a = {n: &f}\n", 2,
     "expected a pointer to a GcStruct a for a Ptr(GcStruct a), found &"},
    {"GcStruct a { n: Ptr(GcStruct a) }\nprebuilt @p: GcStruct a = {n: 3}\n", 2,
     "expected null, @object or &function for a Ptr(GcStruct a), found 3"},
    {"GcStruct a { f: Ptr(Func(Signed) -> Signed) }\nprebuilt @p: GcStruct a = {f: &g}\n"
     "graph g() -> Signed raises(Signed, Signed) {\nblock0():\n    goto return(0)\n}\n",
     2, "&g is a Ptr(Func() -> Signed), not the field's Ptr(Func(Signed) -> Signed)"},
    {"GcStruct a { x: Signed }\nprebuilt @p: GcStruct a = {x: 1\n", 2, "expected ',' between the fields"},
    {"GcStruct a { x: Signed }\nprebuilt @p: GcStruct a = \n", 2, "expected the object's contents"},
    {"prebuilt @p: GcArray(Signed) = " + std::string(200, '[') + "\n", 1, "contents nest deeper than 100 levels"},
    {"GcStruct a { }\nprebuilt @x: GcStruct a\nprebuilt @x: GcStruct a\n", 3,
     "@x is declared twice"},
    {graphWith("    v2: Signed = getfield(@nope, \"x\")\n    goto return(v2)\n"), 3,
     "@nope is not declared: the text has no line 'prebuilt @nope: TYPE'"},
    // Constants.
    {graphWith("    v2: Signed = int_add(v0, 9223372036854775808)\n    goto return(v2)\n"), 3,
     "9223372036854775808 does not fit in a Signed"},
    {graphWith("    v2: Unsigned = uint_add(v0, -1u)\n    goto return(v0)\n"), 3,
     "-1u does not fit in an Unsigned"},
    {graphWith("    v2: Bool = char_eq(v0, 'ab')\n    goto return(v0)\n"), 3,
     "a Char constant is one byte, and 'ab' has 2 (a Void text is written with double quotes)"},
    {graphWith("    debug_print(\"a\\qb\")\n    goto return(v0)\n"), 3, "unknown escape '\\q'"},
    {graphWith("    v2: Bool = char_eq(v0, '\\u00e9')\n    goto return(v0)\n"), 3,
     "only UniChar constants have \\u and \\U"},
    {graphWith("    v2: Bool = unichar_eq(v0, U'\\u00')\n    goto return(v0)\n"), 3,
     "\\u needs 4 hex digits"},
    {graphWith("    v2: Bool = ptr_iszero(null)\n    goto return(v0)\n"), 3,
     "null needs its type: write 'null: Ptr(...)'"},
    {graphWith("    v2: Signed = int_add(v0, 5: Signed)\n    goto return(v2)\n"), 3,
     "the type of 5 is Signed by its spelling: only pointer constants"},
    {graphWith("    v2: Bool = ptr_iszero(null: Signed)\n    goto return(v0)\n"), 3,
     "the type of a pointer constant must be a Ptr, not Signed"},
    {graphWith("    v2: Signed = direct_call(&g: Ptr(Signed))\n    goto return(v2)\n"), 3,
     "the type of a function constant must be Ptr(Func(...) -> ...), not Ptr(Signed)"},
    {graphWith("    v2: Signed = direct_call(&ll_nope, v0)\n    goto return(v2)\n"), 3,
     "&ll_nope names no graph of this text, so it is a runtime function, whose type must be "
     "written"},
    // Names.
    {graphWith("    v2: Signed = int_add(v0, v9)\n    goto return(v2)\n"), 3,
     "v9 is used but never defined"},
    {graphWith("    goto block7()\n"), 3, "block7 is used but never defined"},
    {graphWith("    goto block1(v0, v1)\nblock1(v2: Signed, v3: Signed, v4: Signed):\n    goto "
               "return(v2)\n"),
     3, "link passes 2 values to block1, which has 3 inputs"},
    {graphWith("    goto return(v0, v1)\n"), 3, "'return' takes 1 value, not 2"},
    {graphWith("    goto raise(v0)\n"), 3, "'raise' takes 2 values, not 1"},
    {"graph f(v0: Signed) -> Signed raises(Signed, Signed) {\nblock0(v0: Bool):\n    goto "
     "return(v0)\n}\n",
     2, "the inputs of the first block must be the graph's arguments, with their types"},
    {"graph f(v0: Signed, v0: Signed) -> Signed raises(Signed, Signed) {\n}\n", 1,
     "v0 is defined twice"},
    {graphWith("    v2: Signed = int_add(v0, v1)\n    v2: Signed = int_sub(v0, v1)\n    goto "
               "return(v2)\n"),
     4, "v2 is defined twice"},
    {graphWith(
         "    v2: Signed = int_add(v0, v1)\n    goto block1(v0)\nblock1(v3: Signed):\n    goto "
         "return(v2)\n"),
     6, "v2 is defined in block0 and used in block1"},
    {graphWith("    v2: Signed = int_add(v3, v1)\n    v3: Signed = int_add(v0, v1)\n    goto "
               "return(v2)\n"),
     3, "v3 is used before it is defined"},
    {graphWith("    goto block0(v0, v1)\nblock0(v2: Signed, v3: Signed):\n    goto return(v2)\n"),
     4, "block0 is defined twice"},
    {graphWith("    goto return(v0)\n") + "graph f() -> Signed raises(Signed, Signed) {\n}\n", 5,
     "graph 'f' is defined twice"},
    // Exits.
    {graphWith(
         "    v2: Bool = int_lt(v0, v1)\n    branch v2 [true: return(v0), true: return(v1)]\n"),
     4, "the branch has two 'true' targets"},
    {graphWith("    switch v0 ['a': return(v0), default: return(v1)]\n"), 3,
     "case 'a' is a Char, but the switch is on a Signed"},
    {graphWith("    switch v0 [1: return(v0), default: return(v1), default: return(v0)]\n"), 3,
     "the switch has two 'default' targets"},
    {graphWith(
         "    v2: Signed = int_add_ovf(v0, v1)\n    exits [normal: return(v2), except null as "
         "(v3: Signed, v4: Signed): return(v2)]\n"),
     4, "v2 is the result of the operation that raises"},
    {graphWith(
         "    v2: Signed = int_add_ovf(v0, v1)\n    exits [normal: return(v3), except null as "
         "(v3: Signed, v4: Signed): return(v4)]\n"),
     4, "v3 holds the exception of another link"},
    {graphWith("    v2: Signed = int_add_ovf(v0, v1)\n    exits [normal: return(v2), except @vt as "
               "(v3: Signed, v4: Signed): return(v4)]\n"),
     4, "@vt is not declared"},
};

void PrintTo(const ErrorCase& c, std::ostream* out) {
  *out << "'" << c.message << "'";
}

class LLTextError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(LLTextError, IsReportedAtItsLine) {
  const ErrorCase& c = GetParam();
  TypeContext types;
  TextEnv env;
  ParsedText parsed = env.parse(types, c.text);
  EXPECT_TRUE(parsed.graphs.empty());
  EXPECT_TRUE(parsed.prebuilts.empty());
  ASSERT_EQ(env.reported.size(), 1u) << env.rendered;
  const Diagnostic& d = env.reported[0];
  EXPECT_EQ(d.id, DiagId::ll_text_error);
  EXPECT_TRUE(d.message.starts_with("invalid low-level graph text: ")) << d.message;
  EXPECT_NE(d.message.find(c.message), std::string::npos) << env.rendered;
  EXPECT_EQ(env.errorLine(), c.line) << env.rendered;
}

INSTANTIATE_TEST_SUITE_P(Cases, LLTextError, ::testing::ValuesIn(kErrorCases));

TEST(LLTextErrors, RenderWithLineColumnAndCaret) {
  TypeContext types;
  TextEnv env;
  ParsedText parsed =
      env.parse(types, graphWith("    v2: Signed = int_frob(v0, v1)\n    goto return(v2)\n"));
  EXPECT_TRUE(parsed.graphs.empty());
  EXPECT_EQ(env.rendered,
            "test.ll:3:18: error: invalid low-level graph text: unknown operation 'int_frob'\n"
            "    v2: Signed = int_frob(v0, v1)\n"
            "                 ^~~~~~~~\n");
}

// A struct the context already has must be defined the same way in the text.
TEST(LLTextErrors, StructsOfTheContextMustMatch) {
  TypeContext types;
  Type* vt = types.newStruct("vt", false);
  types.freeze(vt);
  Type* obj = types.newStruct("obj", true);
  types.addField(obj, "typeptr", types.ptr(vt));
  types.freeze(obj);
  {
    TextEnv env;
    ParsedText parsed = env.parse(types, "GcStruct obj { typeptr: Ptr(Struct vt) }\n");
    EXPECT_TRUE(env.reported.empty()) << env.rendered;
  }
  {
    TextEnv env;
    ParsedText parsed = env.parse(types, "\nGcStruct obj { x: Signed }\n");
    ASSERT_EQ(env.reported.size(), 1u);
    EXPECT_NE(env.rendered.find("GcStruct obj is not the struct of that name in the type context, "
                                "GcStruct obj size=8 align=8 { typeptr: Ptr(Struct vt) @0 }"),
              std::string::npos)
        << env.rendered;
    EXPECT_EQ(env.errorLine(), 2u);
  }
  {
    TextEnv env;
    ParsedText parsed = env.parse(types, "Struct obj { }\n");
    ASSERT_EQ(env.reported.size(), 1u);
    EXPECT_NE(env.rendered.find("the type context already has a GcStruct named 'obj'"),
              std::string::npos)
        << env.rendered;
  }
  EXPECT_EQ(types.aggregates().size(), 2u);
}

// -- Mutations ------------------------------------------------------------------------------------

const char* const kSeed =
    R"(graph demo.count(v0: Signed, v1: Ptr(GcStruct demo.Node)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Signed, v1: Ptr(GcStruct demo.Node)):            ; demo.py:18:1
    goto block1(0, 0, v0, v1)
block1(v2: Signed, v3: Signed, v4: Signed, v5: Ptr(GcStruct demo.Node)):
    v6: Bool = int_lt(v3, v4)
    branch v6 [true: block3(v2, v3, v4, v5), false: block2(v2, v5)]
block2(v7: Signed, v8: Ptr(GcStruct demo.Node)):
    v9: Ptr(GcStruct demo.Node) = malloc(<GcStruct demo.Node>)
    v10: Unsigned = direct_call(&ll_hash: Ptr(Func(Ptr(GcStruct demo.Node)) -> Unsigned), v9)
    switch v10 [0u: return(v7), 7u: return(-1), default: return(0)]
block3(v11: Signed, v12: Signed, v13: Signed, v14: Ptr(GcStruct demo.Node)):
    v15: Signed = int_add_ovf(v12, 1)
    exits [normal: block4(v11, v15, v13, v14), except @vtable_OverflowError as (v16: Ptr(Struct object_vtable), v17: Ptr(GcStruct object)): raise(v16, v17)]
block4(v18: Signed, v19: Signed, v20: Signed, v21: Ptr(GcStruct demo.Node)):
    v22: Signed = getfield(v21, "inst_value")
    v23: Signed = direct_call(&demo.helper, v22, 'x', U'\xe9', 1.5e-07, -inf, "a;b")
    setfield(v21, "inst_value", v23)
    v24: Signed = int_add(v18, v23)
    goto block1(v24, v19, v20, v21)
}
graph demo.helper(v0: Signed, v1: Char, v2: UniChar, v3: Float, v4: Float, v5: Void) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Signed, v1: Char, v2: UniChar, v3: Float, v4: Float, v5: Void):
    v6: Bool = ptr_eq(@demo.node0: Ptr(GcStruct object), null: Ptr(GcStruct object))
    v7: Ptr(GcArray(Struct demo.Pair)) = malloc_varsize(<GcArray(Struct demo.Pair)>, 3)
    debug_assert(v6, "ok")
    goto return(v0)
}
Struct object_vtable size=16 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8 }
GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
GcStruct demo.Node size=24 align=8 { super: GcStruct object @0, inst_value: Signed @8, inst_next: Ptr(GcStruct demo.Node) @16 }
Struct OverflowError_vtable size=16 align=8 { super: Struct object_vtable @0 }
Struct demo.Pair size=16 align=8 { a: Char @0, b: Float @8 }
GcArray(Struct demo.Pair) size=8 align=8 items@8 stride=16
prebuilt @demo.node0: GcStruct demo.Node = {super: {typeptr: @vtable_OverflowError}, inst_value: -3, inst_next: @demo.node0}
prebuilt @vtable_OverflowError: Struct OverflowError_vtable = {super: {subclassrange_min: 1, subclassrange_max: 2}}
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
                               "<",
                               ">",
                               "@",
                               "&",
                               "->",
                               "v1",
                               "v99",
                               "block1",
                               "block9",
                               "goto",
                               "branch",
                               "switch",
                               "exits",
                               "except",
                               "as",
                               "default",
                               "return",
                               "raise",
                               "unreachable",
                               "graph",
                               "prebuilt",
                               "true",
                               "false",
                               "null",
                               "True",
                               "-",
                               "0",
                               "7u",
                               "1e",
                               "inf",
                               "-inf",
                               "nan",
                               "99999999999999999999",
                               "Signed",
                               "Void",
                               "Ptr(",
                               "GcStruct ",
                               "Struct demo.Pair",
                               "GcArray(",
                               "FixedSizeArray(Signed, 3)",
                               "Func() -> Signed",
                               "U'",
                               "\\x",
                               "\\u",
                               "\xc3",
                               "\xff",
                               "@demo.node0",
                               "&demo.helper",
                               "<Signed>",
                               "size=8",
                               "@8",
                               "items@8",
                               "super: GcStruct object, ",
                               "v30: Signed = int_add(v0, 1)\n",
                               "setfield(v1, \"x\", v0)\n",
                               "x",
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

TEST(LLTextMutations, NeverCrashAndAlwaysGiveAResultOrOneDiagnostic) {
  {
    TypeContext types;
    TextEnv env;
    ParsedText parsed = env.parse(types, kSeed);
    ASSERT_EQ(parsed.graphs.size(), 2u) << env.rendered;
    // The seed is in canonical form, but for its location comment.
    std::string canonical = kSeed;
    canonical.replace(canonical.find("            ; demo.py:18:1"), 26, "");
    EXPECT_EQ(printAll(types, parsed.graphs), canonical);
  }
  std::mt19937 rng(20261121);
  int parsed = 0, rejected = 0;
  for (int i = 0; i < 10000; ++i) {
    std::string text = mutate(kSeed, rng);
    TypeContext types;
    TextEnv env;
    ParsedText result = env.parse(types, text);
    if (!env.reported.empty()) {
      ++rejected;
      EXPECT_EQ(env.reported.size(), 1u) << "mutant " << i << ":\n" << text << env.rendered;
      EXPECT_EQ(env.reported[0].id, DiagId::ll_text_error);
      EXPECT_TRUE(result.graphs.empty() && result.prebuilts.empty());
      continue;
    }
    ++parsed;
    // What was read prints stably: print -> parse -> print is the identity.
    std::string printed = printAll(types, result.graphs);
    TypeContext againTypes;
    TextEnv again;
    ParsedText reread = again.parse(againTypes, printed);
    ASSERT_TRUE(again.reported.empty()) << "mutant " << i << ":\n"
                                        << text << "printed:\n"
                                        << printed << again.rendered;
    ASSERT_EQ(printAll(againTypes, reread.graphs), printed) << "mutant " << i << ":\n" << text;
  }
  // Both outcomes are common, so the loop exercises the reader and not only its first check.
  EXPECT_GT(parsed, 100);
  EXPECT_GT(rejected, 5000);
}

} // namespace
} // namespace kiln::ll

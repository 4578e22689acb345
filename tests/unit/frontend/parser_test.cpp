// Parser: decoding errors, error rendering, nesting limits, and robustness on mutated input.
#include <gtest/gtest.h>

#include <random>

#include "frontend/ast_dump.h"
#include "frontend/parser.h"

namespace kiln {
namespace {

struct Result {
  bool ok = false;
  std::string dump;
  std::string errors;
};

Result parse(std::string_view bytes) {
  SourceManager sources;
  Arena arena;
  Interner interner;
  DiagnosticEngine diags(sources);
  Result r;
  diags.setConsumer([&](const Diagnostic& d) { r.errors += diags.render(d); });
  ParseContext ctx{sources, arena, interner, diags};
  ast::Module* m = parseBytes(ctx, "t.py", bytes);
  r.ok = m != nullptr;
  if (m) r.dump = ast::dumpAst(m);
  EXPECT_EQ(r.ok, r.errors.empty()) << r.errors;
  return r;
}

TEST(Parser, SourceDecodingErrors) {
  EXPECT_NE(parse("# coding: uft-8\nx = 1\n").errors.find("t.py:1:1: error: unknown encoding: uft-8"),
            std::string::npos);
  EXPECT_NE(parse("\xEF\xBB\xBF# coding: latin-1\n").errors.find("encoding problem: iso-8859-1 with BOM"),
            std::string::npos);
  EXPECT_NE(parse("x = 1\ny = '\xff'\n").errors.find("t.py:2:1: error: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
            std::string::npos);
  EXPECT_NE(parse("# coding: utf-8\nx = '\xc3('\n").errors.find("(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 5: invalid continuation byte"),
            std::string::npos);
  EXPECT_NE(parse("# coding: ascii\nx = '\xe9'\n").errors.find("(unicode error) 'ascii' codec can't decode the source file"),
            std::string::npos);
  EXPECT_NE(parse(std::string_view("x = 1\0", 6)).errors.find("source code cannot contain null bytes"),
            std::string::npos);
}

TEST(Parser, LegacyEncodingsAreConverted) {
  Result r = parse("# -*- coding: latin-1 -*-\nx = '\xe9'\n");
  ASSERT_TRUE(r.ok) << r.errors;
  EXPECT_NE(r.dump.find("Constant(value='\xc3\xa9')"), std::string::npos) << r.dump;
}

TEST(Parser, ErrorIsRenderedWithCaret) {
  Result r = parse("def f(x):\n    return x +* 1\n");
  EXPECT_EQ(r.errors, "t.py:2:15: error: invalid syntax\n    return x +* 1\n              ^\n");
}

TEST(Parser, FStringFieldNestingLimit) {
  std::string s = "x = f'{" + std::string(201, '(') + "1" + std::string(201, ')') + "}'\n";
  EXPECT_NE(parse(s).errors.find("f-string: too many nested parenthesis"), std::string::npos);
}

// Deeply nested input is a clean error, never a crash; moderately deep input parses.
TEST(Parser, DeepNesting) {
  for (const char* unit : {"-", "not ", "~", "lambda: ", "x if y else ", "x ** "}) {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += unit;
    Result r = parse(deep + "1\n");
    EXPECT_NE(r.errors.find("too many nested expressions"), std::string::npos) << unit;
    std::string ok;
    for (int i = 0; i < 200; ++i) ok += unit;
    EXPECT_TRUE(parse(ok + "1\n").ok) << unit;
  }
  std::string chain = "x = 1";
  for (int i = 0; i < 100000; ++i) chain += " + 1";
  EXPECT_NE(parse(chain + "\n").errors.find("too many nested expressions"), std::string::npos);
  std::string calls = "x = f";
  for (int i = 0; i < 100000; ++i) calls += "()";
  EXPECT_NE(parse(calls + "\n").errors.find("too many nested expressions"), std::string::npos);
}

// Mutations of a program that uses much of the grammar: whatever comes out, the parser returns
// (an AST or one diagnostic) and never crashes. Deterministic: fixed seed.
TEST(Parser, SurvivesMutations) {
  const std::string seed =
      "import a.b as c\nfrom . import (d, e)\n@dec(1)\nclass K(Base, metaclass=M):\n"
      "    x: int = 1\n    def f(self, a, /, b=2, *args, c, d=4, **kw) -> 'T':\n"
      "        global g\n        for i, (j, *k) in enumerate(y):\n"
      "            if i and not j or k[1:2, ::3]: continue\n"
      "            elif (z := f'{i!r:>{w}}' b'' rb'\\x'): break\n"
      "        while x: x -= 1\n        else: pass\n"
      "        try:\n            raise E from None\n        except (A, B) as e:\n"
      "            pass\n        finally:\n            del x[0], y.z\n"
      "        with open(p) as f, g: yield from [q async for q in r if q]\n"
      "        match cmd:\n            case [1, *rest] | {'k': v, **kw} if v: pass\n"
      "            case P(x=0) as p: return lambda *a, **k: {**k, 'a': a}\n"
      "        return {i: j for i, j in z}, {*s}, ..., 0x1_F, 1e-3j, -~+x ** -2\n";
  const std::string pieces[] = {"(", ")", "[", "]", "{", "}", ":", ",", "'", "\"", "\"\"\"", "f'",
                                "\n", "    ", "\t", "\\", "=", "*", "**", "lambda", "if", "else",
                                "match", "case", "@", ":=", "#", "0x", "1e", "\xe2\x82\xac", "\x01"};
  std::mt19937 rng(12345);
  int accepted = 0;
  for (int n = 0; n < 3000; ++n) {
    std::string s = seed;
    int edits = 1 + int(rng() % 4);
    for (int k = 0; k < edits; ++k) {
      size_t at = rng() % (s.size() + 1);
      switch (rng() % 3) {
      case 0: s.insert(at, pieces[rng() % std::size(pieces)]); break;
      case 1: s.erase(at, 1 + rng() % 8); break;
      default: s.insert(at, s.substr(rng() % s.size(), rng() % 20)); break;
      }
    }
    accepted += parse(s).ok;
  }
  EXPECT_GT(accepted, 0); // some mutants are still valid Python
}

} // namespace
} // namespace kiln

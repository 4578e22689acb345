// Lexer: the token stream of CPython's tokenizer, and its errors.
#include <gtest/gtest.h>

#include "frontend/lexer.h"

namespace kiln {
namespace {

std::string lex(std::string_view text, LexError* error = nullptr) {
  std::vector<Token> tokens;
  Lexer lexer(text, 0, uint32_t(text.size()), Lexer::Mode::File);
  bool ok = lexer.tokenize(tokens);
  if (error && !ok) *error = lexer.error();
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
    case TokKind::Newline: out += "NL"; break;
    case TokKind::Indent: out += "IN"; break;
    case TokKind::Dedent: out += "DE"; break;
    case TokKind::EndMarker: out += "END"; break;
    case TokKind::Error: out += "ERR"; break;
    default: out += std::string(text.substr(t.begin, t.end - t.begin)); break;
    }
  }
  return out;
}

TEST(Lexer, IndentationAndNewlines) {
  EXPECT_EQ(lex("if x:\n    y = 1\n\n    # c\nz\n"), "if x : NL IN y = 1 NL DE z NL END");
  EXPECT_EQ(lex("a\n  b\n    c\nd"), "a NL IN b NL IN c NL DE DE d NL END");
  EXPECT_EQ(lex("x = (1,\n  2)\ny"), "x = ( 1 , 2 ) NL y NL END");
  EXPECT_EQ(lex("x = 1 + \\\n  2\n"), "x = 1 + 2 NL END");
  EXPECT_EQ(lex(""), "END");
  EXPECT_EQ(lex("# only a comment"), "END");
  EXPECT_EQ(lex("if x:\n\tpass\n"), "if x : NL IN pass NL DE END");
}

TEST(Lexer, OperatorsAreLongestMatch) {
  EXPECT_EQ(lex("a**=b//c->d...e:=f!=g<<=h"), "a **= b // c -> d ... e := f != g <<= h NL END");
  EXPECT_EQ(lex("x.y"), "x . y NL END");
  EXPECT_EQ(lex(".5"), ".5 NL END");
}

TEST(Lexer, NumbersStringsAndKeywords) {
  EXPECT_EQ(lex("0x_ff 1_000 1e5 1.5j 0o17 0b1 00 1if x else 2"),
            "0x_ff 1_000 1e5 1.5j 0o17 0b1 00 1 if x else 2 NL END");
  EXPECT_EQ(lex("rb'a' f\"{x}\" u'''y''' Rb'z' br\"\""),
            "rb'a' f\"{x}\" u'''y''' Rb'z' br\"\" NL END");
  EXPECT_EQ(lex("ub'x'"), "ub 'x' NL END"); // not a prefix: a name then a string
  EXPECT_EQ(lex("match case _"), "match case _ NL END");
}

TEST(Lexer, Errors) {
  LexError e;
  EXPECT_EQ(lex("x = 1 + \\", &e), "x = 1 + ERR");
  EXPECT_EQ(e.id, DiagId::lex_eof_in_continuation);
  lex("x = \x01", &e);
  EXPECT_EQ(e.id, DiagId::lex_non_printable);
  EXPECT_EQ(e.args.at(0), "0001");
  lex("x = (1,\n2", &e);
  EXPECT_EQ(e.id, DiagId::lex_never_closed);
  EXPECT_EQ(e.begin, 4u);
  std::string deep;
  for (int i = 0; i < 120; ++i) deep += std::string(size_t(i), ' ') + "if x:\n";
  lex(deep, &e);
  EXPECT_EQ(e.id, DiagId::lex_too_deep_indent);
}

TEST(Lexer, FStringExpressionModeIsParenthesized) {
  std::string text = "x,\n y";
  std::vector<Token> tokens;
  Lexer lexer(text, 0, uint32_t(text.size()), Lexer::Mode::FStringExpr);
  ASSERT_TRUE(lexer.tokenize(tokens));
  std::vector<TokKind> kinds;
  for (const Token& t : tokens) kinds.push_back(t.kind);
  EXPECT_EQ(kinds, (std::vector<TokKind>{TokKind::LParen, TokKind::Name, TokKind::Comma,
                                         TokKind::Name, TokKind::RParen, TokKind::EndMarker}));
}

} // namespace
} // namespace kiln

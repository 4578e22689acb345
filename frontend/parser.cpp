// Parser entry points, token helpers and error reporting (see parser_impl.h).
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "frontend/parser_impl.h"
#include "frontend/source_decoder.h"
#include "support/assert.h"
#include "support/unicode.h"

namespace kiln {

using namespace parse;

namespace {

std::vector<DiagArg> toArgs(const std::vector<std::string>& args) {
  return std::vector<DiagArg>(args.begin(), args.end());
}

// Turns the recorded error (or the lexer's, when it takes precedence) into a diagnostic.
void reportError(Session& s) {
  const PendingError& e = s.error;
  const LexError* lex = s.lexError;
  auto range = [&](uint32_t b, uint32_t en) { return SourceRange{{s.base + b}, {s.base + en}}; };
  if (lex && (!e.set || e.generic || e.begin >= lex->begin)) {
    s.ctx.diags.reportArgs(lex->id, range(lex->begin, lex->end), toArgs(lex->args));
    return;
  }
  KILN_ASSERT(e.set, "parse failed without an error");
  s.ctx.diags.reportArgs(e.id, range(e.begin, e.end), toArgs(e.args));
}

} // namespace

namespace parse {

Parser::Parser(Session& session, std::vector<Token> tokens)
    : s_(session), tokens_(std::move(tokens)) {
  KILN_ASSERT(!tokens_.empty(), "empty token stream");
}

Parser::DepthGuard::DepthGuard(Parser& p) : p_(p) {
  if (++p_.s_.depth > kMaxParseDepth) {
    const Token& t = p_.tok();
    p_.fail(DiagId::parse_too_nested, t.begin, t.end, {std::to_string(kMaxParseDepth)});
  }
}

// -- Tokens ---------------------------------------------------------------------------------------

bool Parser::atName(std::string_view word) const {
  return at(TokKind::Name) && text(tok()) == word;
}

Symbol Parser::nameSymbol(const Token& t) {
  std::string_view spelling = text(t);
  if (!(t.flags & kTokNonAscii)) return s_.ctx.interner.intern(spelling);
  return s_.ctx.interner.intern(unicode::normalizeNfkc(spelling));
}

Symbol Parser::expectName() {
  if (!at(TokKind::Name)) failSyntax();
  return nameSymbol(tokens_[pos_++]);
}

void Parser::expect(TokKind k) {
  if (accept(k)) return;
  if (at(TokKind::Error)) failSyntax();
  fail(DiagId::parse_expected, tok().begin, tok().end, {tokKindDescription(k)}, /*generic=*/true);
}

void Parser::expectForced(TokKind k) {
  if (accept(k)) return;
  // CPython points "expected ':'" just after the previous token.
  const Token& prev = tokAt(pos_ == 0 ? 0 : pos_ - 1);
  if (at(TokKind::Error)) failSyntax();
  fail(DiagId::parse_expected, prev.end, prev.end, {tokKindDescription(k)});
}

bool Parser::canStartExpression(TokKind k) const {
  switch (k) {
  case TokKind::Name: case TokKind::Number: case TokKind::String: case TokKind::LParen:
  case TokKind::LBracket: case TokKind::LBrace: case TokKind::Minus: case TokKind::Plus:
  case TokKind::Tilde: case TokKind::Ellipsis: case TokKind::KwNot: case TokKind::KwLambda:
  case TokKind::KwAwait: case TokKind::KwNone: case TokKind::KwTrue: case TokKind::KwFalse:
    return true;
  default:
    return false;
  }
}

std::span<Symbol> Parser::takeSymbols(size_t from) {
  std::span<const Symbol> items(s_.symbols.data() + from, s_.symbols.size() - from);
  auto copied = s_.ctx.arena.copy<Symbol>(items);
  s_.symbols.resize(from);
  return copied;
}

// -- Errors ---------------------------------------------------------------------------------------

void Parser::fail(DiagId id, uint32_t begin, uint32_t end, std::vector<std::string> args,
                  bool generic) {
  PendingError& e = s_.error;
  e.set = true;
  e.generic = generic;
  e.id = id;
  e.begin = begin;
  e.end = end;
  e.args = std::move(args);
  throw ParseFailure{};
}

void Parser::failAt(DiagId id, const Token& t, std::vector<std::string> args) {
  fail(id, t.begin, t.end, std::move(args));
}

void Parser::failNode(DiagId id, const ast::Node* n, std::vector<std::string> args) {
  fail(id, offsetOf(n->range.begin), offsetOf(n->range.end), std::move(args));
}

void Parser::failSyntax() {
  const Token& t = tok();
  fail(DiagId::parse_invalid_syntax, t.begin, t.end, {}, /*generic=*/true);
}

} // namespace parse
} // namespace kiln

namespace kiln {

ast::Module* parseModule(ParseContext& ctx, FileId file) {
  std::string_view text = ctx.sources.text(file);
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 16);
  Lexer lexer(text, 0, uint32_t(text.size()), Lexer::Mode::File);
  bool lexOk = lexer.tokenize(tokens);
  Session session{ctx, file, text, ctx.sources.locAt(file, 0).raw};
  if (!lexOk) session.lexError = &lexer.error();
  Parser parser(session, std::move(tokens));
  try {
    return parser.parseFileInput();
  } catch (const ParseFailure&) {
    reportError(session);
    return nullptr;
  }
}

ast::Module* parseBytes(ParseContext& ctx, std::string name, std::string_view bytes,
                        FileId* fileOut) {
  DecodedSource decoded = decodeSource(bytes);
  if (!decoded.ok) {
    // Keep the undecodable bytes so the diagnostic can still show the line.
    FileId file = ctx.sources.addFile(std::move(name), std::string(bytes));
    if (fileOut) *fileOut = file;
    uint32_t line = std::min(decoded.errorLine, ctx.sources.lineCount(file));
    std::string_view lineText = ctx.sources.lineText(file, line);
    uint32_t offset = uint32_t(lineText.data() - ctx.sources.text(file).data());
    SourceLoc at = ctx.sources.locAt(file, offset);
    ctx.diags.reportArgs(decoded.error, {at, at}, toArgs(decoded.errorArgs));
    return nullptr;
  }
  FileId file = ctx.sources.addFile(std::move(name), std::move(decoded.text));
  if (fileOut) *fileOut = file;
  return parseModule(ctx, file);
}

ast::Module* parseFile(ParseContext& ctx, const std::string& path, FileId* fileOut) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ctx.diags.report(DiagId::driver_cannot_open, SourceRange{}, path, std::strerror(errno));
    return nullptr;
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  return parseBytes(ctx, path, contents.str(), fileOut);
}

} // namespace kiln

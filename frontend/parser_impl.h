// The parser's internals, shared by the frontend/parser_*.cpp files (not a public header).
//
// Structure: a hand-written recursive-descent parser over the token vector, one member
// function per grammar rule of CPython 3.11's python.gram (each carries its production).
// Where PEG ordered choice needs it, the parser backtracks (attempt()): for the soft keyword
// `match`, and for parenthesized with-items. Assignment targets are parsed as expressions and
// then converted (setContext), as CPython's old parser did.
//
// Errors: the first syntax error is recorded in the Session and the parse unwinds with a
// ParseFailure exception, caught in parser.cpp. Exceptions never leave the frontend. A
// "generic" error (plain "invalid syntax", "expected X") gives way to a lexer error found later
// in the file -- CPython re-tokenizes the rest of the file in that case, and reports e.g.
// "'(' was never closed" rather than "invalid syntax".
//
// Lists are built on a shared scratch stack (Session::scratch) and copied into the arena when
// complete, so no std::vector is allocated per node.
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/lexer.h"
#include "frontend/parser.h"

namespace kiln::parse {

struct ParseFailure {};

struct PendingError {
  bool set = false;
  bool generic = false;
  DiagId id{};
  uint32_t begin = 0, end = 0;
  std::vector<std::string> args;
};

// State shared by a file's parser and the sub-parsers of its f-string replacement fields.
struct Session {
  Session(ParseContext& c, FileId f, std::string_view t, uint32_t b)
      : ctx(c), file(f), text(t), base(b) {}
  ParseContext& ctx;
  FileId file;
  std::string_view text;
  uint32_t base = 0; // SourceLoc::raw of text offset 0
  PendingError error;
  const LexError* lexError = nullptr;
  unsigned depth = 0;
  std::vector<ast::Node*> scratch;
  std::vector<Symbol> symbols;
  std::vector<ast::CmpOp> cmpOps;
};

class Parser {
public:
  Parser(Session& session, std::vector<Token> tokens);

  ast::Module* parseFileInput();
  // An f-string replacement field, lexed in Lexer::Mode::FStringExpr: '(' ... ')' ENDMARKER.
  ast::Expr* parseFStringField();

private:
  friend class StringParser;

  // -- Tokens (parser.cpp) ----------------------------------------------------------------------
  const Token& tok() const { return tokens_[pos_]; }
  const Token& tokAt(size_t i) const { return tokens_[std::min(i, tokens_.size() - 1)]; }
  TokKind kind() const { return tokens_[pos_].kind; }
  TokKind peekKind(size_t n = 1) const { return tokAt(pos_ + n).kind; }
  bool at(TokKind k) const { return kind() == k; }
  bool accept(TokKind k) {
    if (!at(k)) return false;
    ++pos_;
    return true;
  }
  void expect(TokKind k);               // generic "expected 'X'" error when absent
  void expectForced(TokKind k);         // CPython's &&'X': a specific "expected 'X'" error
  bool atName(std::string_view word) const; // a Name token spelled `word` (soft keywords)
  std::string_view text(const Token& t) const { return s_.text.substr(t.begin, t.end - t.begin); }
  Symbol nameSymbol(const Token& t);
  Symbol expectName();
  bool canStartExpression(TokKind k) const;

  // -- Locations and nodes ----------------------------------------------------------------------
  SourceLoc loc(uint32_t offset) const { return {s_.base + offset}; }
  SourceLoc startLoc() const { return loc(tok().begin); }
  SourceLoc prevEnd() const { return loc(tokAt(pos_ - 1).end); }
  uint32_t offsetOf(SourceLoc l) const { return l.raw - s_.base; }
  template <class T> T* make(SourceLoc begin) {
    T* n = s_.ctx.arena.make<T>();
    n->range = {begin, prevEnd()};
    return n;
  }
  template <class T> T* makeRange(SourceRange r) {
    T* n = s_.ctx.arena.make<T>();
    n->range = r;
    return n;
  }
  size_t mark() const { return s_.scratch.size(); }
  void push(ast::Node* n) { s_.scratch.push_back(n); }
  template <class T> std::span<T*> takeList(size_t from) {
    std::span<ast::Node* const> items(s_.scratch.data() + from, s_.scratch.size() - from);
    auto copied = s_.ctx.arena.copy<ast::Node*>(items);
    s_.scratch.resize(from);
    return {reinterpret_cast<T**>(copied.data()), copied.size()};
  }
  std::span<Symbol> takeSymbols(size_t from);
  uint32_t lineOf(uint32_t offset) const { return s_.ctx.sources.lineCol(loc(offset)).line; }

  // -- Errors (parser.cpp) ----------------------------------------------------------------------
  [[noreturn]] void fail(DiagId id, uint32_t begin, uint32_t end, std::vector<std::string> args = {},
                         bool generic = false);
  [[noreturn]] void failAt(DiagId id, const Token& t, std::vector<std::string> args = {});
  [[noreturn]] void failNode(DiagId id, const ast::Node* n, std::vector<std::string> args = {});
  [[noreturn]] void failSyntax(); // "invalid syntax" at the current token
  template <class F> auto attempt(F&& f) -> decltype(f());

  // Bounds recursion (kMaxParseDepth) so that hostile input cannot exhaust the stack.
  struct DepthGuard {
    DepthGuard(Parser& p);
    ~DepthGuard() { --p_.s_.depth; }
    Parser& p_;
  };

  // -- Statements (parser_stmt.cpp) -------------------------------------------------------------
  void parseStatement();
  void parseSimpleStatements();
  ast::Stmt* parseSimpleStatement();
  ast::Stmt* parseExpressionStatement();
  ast::Stmt* parseAssignmentRest(ast::Expr* first, SourceLoc begin);
  ast::Stmt* parseAnnotatedAssignment(ast::Expr* target, SourceLoc begin, bool parenthesized);
  ast::Stmt* parseImport();
  ast::Stmt* parseImportFrom();
  ast::Alias* parseDottedAsName();
  ast::Alias* parseImportFromAsName();
  Symbol parseDottedName();
  ast::Stmt* parseGlobalOrNonlocal(bool global);
  ast::Stmt* parseDel();
  std::span<ast::Stmt*> parseBlock(const char* what, const Token& header);

  // -- Compound statements (parser_compound.cpp) ------------------------------------------------
  ast::Stmt* parseIf(bool elif);
  ast::Stmt* parseWhile();
  ast::Stmt* parseFor(SourceLoc begin, bool isAsync);
  ast::Stmt* parseWith(SourceLoc begin, bool isAsync);
  ast::WithItem* parseWithItem(bool inParens);
  ast::Stmt* parseTry();
  ast::ExceptHandler* parseExceptBlock(bool star);
  ast::Stmt* parseFunctionDef(SourceLoc begin, std::span<ast::Expr*> decorators, bool isAsync);
  ast::Stmt* parseClassDef(SourceLoc begin, std::span<ast::Expr*> decorators);
  ast::Stmt* parseDecorated();
  ast::Stmt* parseMatch();
  ast::MatchCase* parseCaseBlock();
  std::span<ast::Stmt*> parseElseBlock();

  // -- Expressions (parser_expr.cpp) ------------------------------------------------------------
  ast::Expr* parseStarExpressions();
  ast::Expr* parseStarExpression();
  ast::Expr* parseExpression();
  ast::Expr* parseNamedExpression();
  ast::Expr* parseStarNamedExpression();
  ast::Expr* parseDisjunction();
  ast::Expr* parseConjunction();
  ast::Expr* parseInversion();
  ast::Expr* parseComparison();
  ast::Expr* parseBitwiseOr() { return parseBinary(1); }
  ast::Expr* parseBinary(int minPrecedence);
  ast::Expr* parseFactor();
  ast::Expr* parsePower();
  ast::Expr* parsePrimary();
  ast::Expr* parseTrailers(ast::Expr* e, SourceLoc begin);
  ast::Expr* parseSlices();
  ast::Expr* parseSlice();
  ast::Expr* parseLambda();
  ast::Expr* parseYieldExpr();
  ast::Expr* parseYieldOrStarExpressions();

  // -- Atoms, displays, comprehensions (parser_atom.cpp) ----------------------------------------
  ast::Expr* parseAtom();
  ast::Expr* parseParenthesized();
  ast::Expr* parseListDisplay();
  ast::Expr* parseBraceDisplay();
  ast::Expr* parseDictRest(SourceLoc begin, size_t keysMark, size_t valuesMark);
  std::span<ast::Comprehension*> parseComprehensionClauses();
  ast::Expr* parseNumber();
  void checkNoStarredInComprehension(ast::Expr* elt);
  void failForgotComma(ast::Expr* previous);

  // -- Call arguments and parameters (parser_args.cpp) ------------------------------------------
  ast::Expr* parseCall(ast::Expr* func, SourceLoc begin, bool allowBareGenexp);
  ast::Arguments* parseParameters(TokKind closer, bool annotations);
  ast::Arg* parseParameter(bool annotations, bool starAnnotation);
  ast::Arguments* emptyArguments();

  // -- Targets (parser_target.cpp) ---------------------------------------------------------------
  ast::Expr* parseStarTargets();
  ast::Expr* parseStarTarget();
  void setContext(ast::Expr* e, ast::ExprContext ctx, bool suggestEquality);
  const ast::Expr* invalidTarget(const ast::Expr* e, ast::ExprContext ctx) const;
  static const char* exprName(const ast::Expr* e);

  // -- Patterns (parser_pattern.cpp) ------------------------------------------------------------
  ast::Pattern* parsePatterns();
  ast::Pattern* parsePattern();
  ast::Pattern* parseOrPattern();
  ast::Pattern* parseClosedPattern();
  ast::Pattern* parseMaybeStarPattern();
  ast::Pattern* parseSequencePattern(TokKind closer, SourceLoc begin);
  ast::Pattern* parseMappingPattern();
  ast::Pattern* parseClassPattern(ast::Expr* cls, SourceLoc begin);
  ast::Expr* parseNameOrAttr();
  ast::Expr* parseSignedNumber(bool real);
  ast::Expr* parseLiteralNumberExpr();
  ast::Expr* parseMappingKey();
  Symbol parseCaptureTarget();

  // -- Strings (parser_string.cpp, fstring.cpp) --------------------------------------------------
  ast::Expr* parseStrings();

  Session& s_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
};

template <class F> auto Parser::attempt(F&& f) -> decltype(f()) {
  size_t savedPos = pos_;
  size_t savedScratch = s_.scratch.size();
  size_t savedSymbols = s_.symbols.size();
  size_t savedCmpOps = s_.cmpOps.size();
  PendingError savedError = s_.error;
  try {
    return f();
  } catch (const ParseFailure&) {
    pos_ = savedPos;
    s_.scratch.resize(savedScratch);
    s_.symbols.resize(savedSymbols);
    s_.cmpOps.resize(savedCmpOps);
    s_.error = std::move(savedError);
    return nullptr;
  }
}

} // namespace kiln::parse

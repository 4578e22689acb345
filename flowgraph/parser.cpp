// Flow graph text reader (see parser.h; grammar in docs/ir-flow.md).
//
// Two layers. The Lexer cuts the text into tokens on demand: words (names, `v3`, `g0`,
// `block7`, keywords), numbers, str and bytes literals, punctuation, `<empty cell>`, and
// legend lines (`; g0 = description` alone on its line: a comment read for its content); other
// comments are skipped, and newlines are plain white space (the grammar never needs them). The
// Parser is recursive descent, one function per production with its grammar rule above it,
// building the Graph as it goes.
//
// Names resolve per graph. Handles must be defined by the legend, which comes before the first
// block. Blocks and variables may be mentioned before the line that defines them, so each is
// created on first mention and its uses are recorded; at the graph's '}' the recorded uses are
// checked (defined, same block, after the definition, link arity) and the problem that comes
// first in the text is reported. Then the verifier runs; its complaint names a block in dump
// order, which is mapped back to the block's label and exit line in the text.
#include "flowgraph/parser.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <optional>
#include <unordered_map>

#include "flowgraph/verifier.h"
#include "frontend/string_literal.h"
#include "support/assert.h"
#include "support/ir_text.h"
#include "support/pyrepr.h"
#include "support/unicode.h"

namespace kiln::flow {

namespace {

using irtext::describeChar;
using irtext::isBlank;
using irtext::isDigit;
using irtext::isNumbered;
using irtext::isSpace;
using irtext::isWordChar;
using irtext::isWordStart;

// -- Lexer ----------------------------------------------------------------------------------------

enum class TokKind : uint8_t { End, Word, Int, Float, Str, Bytes, Punct, EmptyCell, Legend, Error };

struct Token {
  TokKind kind = TokKind::End;
  uint32_t begin = 0, end = 0; // byte offsets in the text
  std::string_view text;       // the spelling; for Legend the handle (`g0`)
  std::string_view detail;     // Legend: the description after '='
  uint32_t detailBegin = 0;
};

// The words that are constants in value position.
bool isConstantWord(std::string_view word) {
  return word == "None" || word == "True" || word == "False" || word == "Ellipsis" ||
         word == "undefined";
}

// Whether `name` reads back as a bare name in value position (the printer writes builtins
// without a module that way): a word that is neither a constant nor a variable, handle or block.
bool isBareName(std::string_view name) {
  if (name.empty() || !isWordStart(name[0]) || isConstantWord(name) || isNumbered(name, "v") ||
      isNumbered(name, "g") || isNumbered(name, "block"))
    return false;
  return std::all_of(name.begin(), name.end(), isWordChar);
}

class Lexer {
public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Token next();
  // The graph name after `graph`: the characters up to '(' or white space.
  Token graphName();
  // The next character that is not white space, or '\0' at the end.
  char peekChar() const;
  const std::string& error() const { return error_; }

private:
  Token make(TokKind kind, uint32_t begin, uint32_t end) {
    pos_ = end;
    return Token{kind, begin, end, text_.substr(begin, end - begin), {}, 0};
  }
  Token fail(uint32_t begin, uint32_t end, std::string message) {
    error_ = std::move(message);
    return make(TokKind::Error, begin, end);
  }
  uint32_t size() const { return uint32_t(text_.size()); }
  char at(uint32_t i) const { return i < text_.size() ? text_[i] : '\0'; }
  uint32_t lineEnd(uint32_t i) const {
    while (i < size() && text_[i] != '\n' && text_[i] != '\r')
      ++i;
    return i;
  }
  std::optional<Token> legend(uint32_t semicolon);
  Token number(uint32_t begin);
  Token quoted(uint32_t begin, uint32_t quote);

  std::string_view text_;
  uint32_t pos_ = 0;
  std::string error_;
};

char Lexer::peekChar() const {
  uint32_t i = pos_;
  while (i < size() && isSpace(text_[i]))
    ++i;
  return at(i);
}

// A comment line `; gN = description` (only blanks before the ';' on its line).
std::optional<Token> Lexer::legend(uint32_t semicolon) {
  uint32_t lineBegin = semicolon;
  while (lineBegin > 0 && isBlank(text_[lineBegin - 1]))
    --lineBegin;
  if (lineBegin > 0 && text_[lineBegin - 1] != '\n' && text_[lineBegin - 1] != '\r') return {};
  uint32_t i = semicolon + 1;
  while (isBlank(at(i)))
    ++i;
  uint32_t handleBegin = i;
  if (at(i) != 'g') return {};
  for (++i; isDigit(at(i));)
    ++i;
  if (i == handleBegin + 1) return {};
  uint32_t handleEnd = i;
  while (isBlank(at(i)))
    ++i;
  if (at(i) != '=') return {};
  for (++i; isBlank(at(i));)
    ++i;
  uint32_t end = lineEnd(i), last = end;
  while (last > i && isBlank(text_[last - 1]))
    --last;
  Token t = make(TokKind::Legend, handleBegin, end);
  t.text = text_.substr(handleBegin, handleEnd - handleBegin);
  t.detail = text_.substr(i, last - i);
  t.detailBegin = i;
  return t;
}

// INT := '-'? DIGIT+;  FLOAT := '-'? DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)? with '.' or 'e'
Token Lexer::number(uint32_t begin) {
  uint32_t i = begin + (at(begin) == '-');
  while (isDigit(at(i)))
    ++i;
  bool isFloat = false;
  if (at(i) == '.' && isDigit(at(i + 1))) {
    isFloat = true;
    for (++i; isDigit(at(i));)
      ++i;
  }
  if (at(i) == 'e' || at(i) == 'E') {
    uint32_t j = i + 1 + (at(i + 1) == '+' || at(i + 1) == '-');
    if (isDigit(at(j))) {
      isFloat = true;
      for (i = j; isDigit(at(i));)
        ++i;
    }
  }
  return make(isFloat ? TokKind::Float : TokKind::Int, begin, i);
}

// STRING := "'" ... "'" | '"' ... '"' on one line, with backslash escapes; BYTES := 'b' STRING
Token Lexer::quoted(uint32_t begin, uint32_t quote) {
  char q = text_[quote];
  for (uint32_t i = quote + 1; i < size(); ++i) {
    char c = text_[i];
    if (c == '\n' || c == '\r') break;
    if (c == '\\') {
      if (at(i + 1) == '\n' || at(i + 1) == '\r') break;
      ++i;
      continue;
    }
    if (c == q) return make(quote > begin ? TokKind::Bytes : TokKind::Str, begin, i + 1);
  }
  return fail(begin, lineEnd(begin), "unterminated string literal");
}

Token Lexer::next() {
  for (;;) {
    while (pos_ < size() && isSpace(text_[pos_]))
      ++pos_;
    if (pos_ >= size()) return make(TokKind::End, size(), size());
    uint32_t begin = pos_;
    char c = text_[pos_];
    if (c == ';') {
      if (std::optional<Token> t = legend(begin)) return *t;
      pos_ = lineEnd(pos_);
      continue;
    }
    if (c == 'b' && (at(begin + 1) == '\'' || at(begin + 1) == '"'))
      return quoted(begin, begin + 1);
    if (c == '\'' || c == '"') return quoted(begin, begin);
    if (isWordStart(c)) {
      uint32_t i = begin;
      while (i < size() && isWordChar(text_[i]))
        ++i;
      return make(TokKind::Word, begin, i);
    }
    if (isDigit(c) || (c == '-' && isDigit(at(begin + 1)))) return number(begin);
    if (text_.substr(begin).starts_with("<empty cell>"))
      return make(TokKind::EmptyCell, begin, begin + 12);
    if (std::string_view("()[],:={}").find(c) != std::string_view::npos)
      return make(TokKind::Punct, begin, begin + 1);
    return fail(begin, begin + 1, "unexpected character " + describeChar(c));
  }
}

Token Lexer::graphName() {
  while (pos_ < size() && isBlank(text_[pos_]))
    ++pos_;
  uint32_t i = pos_;
  while (i < size() && !isSpace(text_[i]) && text_[i] != '(')
    ++i;
  return make(TokKind::Word, pos_, i);
}

// -- Literals -------------------------------------------------------------------------------------

// Python's float() of the texts repr() and the printer write: 'inf', '-inf', 'nan', or a
// decimal with optional sign, fraction and exponent.
std::optional<double> parseFloatText(std::string_view text) {
  bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  double sign = negative ? -1.0 : 1.0;
  if (text == "inf") return sign * std::numeric_limits<double>::infinity();
  if (text == "nan") return sign * std::numeric_limits<double>::quiet_NaN();
  size_t i = 0, digits = 0;
  while (i < text.size() && isDigit(text[i]))
    ++i, ++digits;
  if (i < text.size() && text[i] == '.')
    for (++i; i < text.size() && isDigit(text[i]);)
      ++i, ++digits;
  if (digits == 0) return {};
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    size_t exponentBegin = i;
    while (i < text.size() && isDigit(text[i]))
      ++i;
    if (i == exponentBegin) return {};
  }
  if (i != text.size()) return {};
  return sign * pyrepr::parseFloat(text);
}

bool isValidWtf8(std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end)
    if (unicode::decodeUtf8(p, end, /*allowSurrogates=*/true) == unicode::kInvalid) return false;
  return true;
}

// -- Parser state ---------------------------------------------------------------------------------

struct BlockInfo {
  std::string name;
  Block* block = nullptr;
  bool defined = false;
  SourceRange firstUse; // where a link first names it
  SourceRange label;    // where it is defined
  SourceRange exit;     // its exit keyword
};

// Positions within a block: 0 for its inputs, i + 1 for the result of operation i, and the
// number of operations + 1 for its exit.
struct VarInfo {
  Variable* var = nullptr;
  const Block* block = nullptr; // the defining block; null until defined
  size_t position = 0;
  int link = -1; // for exception variables, the index of their link
  SourceRange def;
};

struct VarUse {
  std::string name;
  VarInfo* info;
  const Block* block;
  size_t position;
  int link;           // the index of the link passing it, or -1
  bool exceptionLink; // an exception link, where the raising operation has no result
  SourceRange range;
};

struct LinkArity {
  BlockInfo* target;
  size_t count;
  SourceRange range;
};

// Where the values being parsed are used (see VarInfo for positions).
struct UseSite {
  const Block* block = nullptr;
  size_t position = 0;
  int link = -1;
  bool exceptionLink = false; // its variables are defined by the `as` of an exception link
};

struct GraphState {
  std::unique_ptr<Graph> graph;
  SourceRange header;
  std::vector<std::string> params;
  std::unordered_map<std::string, load::Object*> handles;
  std::unordered_map<std::string, BlockInfo> blocks;
  std::unordered_map<const Block*, BlockInfo*> infoOf;
  std::vector<BlockInfo*> blockOrder; // in definition order
  std::unordered_map<std::string, VarInfo> vars;
  std::vector<VarUse> uses;
  std::vector<LinkArity> links;
};

class Parser {
public:
  Parser(ParseContext& ctx, FileId file)
      : ctx_(ctx), file_(file), text_(ctx.sources.text(file)), lexer_(text_) {}

  std::vector<std::unique_ptr<Graph>> parseFile();

private:
  // Tokens and errors.
  void advance();
  bool atPunct(char c) const { return tok_.kind == TokKind::Punct && tok_.text[0] == c; }
  bool atWord(std::string_view w) const { return tok_.kind == TokKind::Word && tok_.text == w; }
  bool atVar() const { return tok_.kind == TokKind::Word && isNumbered(tok_.text, "v"); }
  bool acceptPunct(char c);
  bool expectPunct(char c, std::string_view context);
  bool expectWord(std::string_view word, std::string_view context);
  SourceRange range(uint32_t begin, uint32_t end) const {
    return {ctx_.sources.locAt(file_, begin), ctx_.sources.locAt(file_, end)};
  }
  SourceRange range(const Token& t) const { return range(t.begin, t.end); }
  bool fail(SourceRange where, std::string message);
  bool failExpected(std::string message);
  bool failValueHere(bool variables = false);

  // Productions.
  bool parseGraph();
  bool parseHeader();
  bool parseLegend();
  bool parseDescription(const Token& legend, load::Object*& out);
  bool parseBlock();
  bool parseOperation(Block* block);
  bool parseExit(Block* block, BlockInfo& info);
  bool parseBranch(Block* block, const UseSite& site);
  bool parseSwitch(Block* block, const UseSite& site);
  bool parseCanRaise(Block* block, const UseSite& site);
  bool parseTarget(Link& link, UseSite site);
  bool parseValue(Value& out, const UseSite& site);
  bool parseConstant(load::Value& out, unsigned depth);
  bool parseWordConstant(load::Value& out, unsigned depth);
  bool parseTypedConstant(load::Class* cls, load::Value& out, unsigned depth);
  bool parseTuple(load::Value& out, unsigned depth);
  bool parseInt(load::Value& out);
  bool parseStringLiteral(const Token& t, load::Value& out);
  bool parseFloatCall(load::Value& out);
  bool parseComplexCall(load::Value& out);
  bool parseFloatArgument(double& out);

  // Names.
  bool defineVar(const UseSite& site, Variable*& out);
  Variable* useVar(const UseSite& site);
  BlockInfo& blockInfo(std::string_view name);
  load::Object* bareName(std::string_view name);
  bool finishGraph(uint32_t closeBrace);
  void checkUses(SourceRange& where, std::string& problem);
  bool reportVerifierProblem(const std::string& problem);

  ParseContext& ctx_;
  FileId file_;
  std::string_view text_;
  Lexer lexer_;
  Token tok_;
  uint32_t prevEnd_ = 0; // end of the previous token
  bool failed_ = false;
  GraphState g_;
  std::unordered_map<std::string, load::Object*> builtins_;
  std::vector<std::unique_ptr<Graph>> graphs_;
};

// -- Tokens and errors ----------------------------------------------------------------------------

void Parser::advance() {
  prevEnd_ = tok_.end;
  tok_ = lexer_.next();
  if (tok_.kind == TokKind::Error) fail(range(tok_), lexer_.error());
}

bool Parser::acceptPunct(char c) {
  if (!atPunct(c)) return false;
  advance();
  return true;
}

bool Parser::expectPunct(char c, std::string_view context) {
  if (acceptPunct(c)) return true;
  return failExpected("expected '" + std::string(1, c) + "' " + std::string(context));
}

bool Parser::expectWord(std::string_view word, std::string_view context) {
  if (atWord(word)) {
    advance();
    return true;
  }
  return failExpected("expected '" + std::string(word) + "' " + std::string(context));
}

// Only the first error is reported; the parse then unwinds.
bool Parser::fail(SourceRange where, std::string message) {
  if (!failed_) ctx_.diags.report(DiagId::flow_text_error, where, message);
  failed_ = true;
  return false;
}

// "expected X": at the current token, or just after the previous one when the current token is
// on a later line (the line that lacks something is the one to show).
bool Parser::failExpected(std::string message) {
  if (tok_.kind == TokKind::Error) return false;
  if (tok_.kind == TokKind::Legend && !g_.blockOrder.empty())
    return fail(range(tok_), "the handle legend must come before the first block");
  std::string_view between = text_.substr(prevEnd_, tok_.begin - prevEnd_);
  if (tok_.kind == TokKind::End || between.find_first_of("\r\n") != std::string_view::npos)
    return fail(range(prevEnd_, prevEnd_), message);
  return fail(range(tok_), message);
}

// At a token that cannot start a constant (or, in a value position, a value).
bool Parser::failValueHere(bool variables) {
  std::string_view what = variables ? "a value" : "a constant";
  if (tok_.kind == TokKind::Word && isNumbered(tok_.text, "v"))
    return fail(range(tok_), "expected a constant, found the variable " + std::string(tok_.text));
  if (tok_.kind == TokKind::Word && isNumbered(tok_.text, "block"))
    return fail(range(tok_), "expected " + std::string(what) + ", found the block name " +
                                 std::string(tok_.text));
  return failExpected("expected " + std::string(what));
}

// -- Graphs ---------------------------------------------------------------------------------------

// file := graph*
std::vector<std::unique_ptr<Graph>> Parser::parseFile() {
  advance();
  while (!failed_ && tok_.kind != TokKind::End) {
    if (!atWord("graph")) {
      if (tok_.kind == TokKind::Legend)
        fail(range(tok_), "a handle legend line must follow a graph header");
      else
        failExpected("expected 'graph'");
      break;
    }
    if (!parseGraph()) break;
  }
  if (failed_) return {};
  return std::move(graphs_);
}

// graph := 'graph' NAME '(' [var (',' var)*] ')' '{' legend* block* '}'
bool Parser::parseGraph() {
  g_ = GraphState{};
  if (!parseHeader()) return false;
  while (tok_.kind == TokKind::Legend)
    if (!parseLegend()) return false;
  while (!failed_ && !atPunct('}')) {
    if (tok_.kind == TokKind::End)
      return failExpected("expected '}' at the end of graph '" + g_.graph->name() + "'");
    if (!parseBlock()) return false;
  }
  if (failed_) return false;
  uint32_t closeBrace = tok_.begin;
  advance();
  return finishGraph(closeBrace);
}

bool Parser::parseHeader() {
  uint32_t begin = tok_.begin;
  Token name = lexer_.graphName(); // the lookahead after `graph` is lexed by hand
  prevEnd_ = tok_.end;
  tok_ = name;
  if (name.text.empty()) return failExpected("expected the graph's name after 'graph'");
  g_.graph = std::make_unique<Graph>(std::string(name.text), nullptr);
  advance();
  if (!expectPunct('(', "after the graph's name")) return false;
  while (!atPunct(')')) {
    if (!atVar()) return failExpected("expected a variable (v0, v1, ...) in the graph's arguments");
    g_.params.emplace_back(tok_.text);
    advance();
    if (!atPunct(')') && !expectPunct(',', "between the graph's arguments")) return false;
  }
  advance();
  g_.header = range(begin, prevEnd_);
  return expectPunct('{', "after the graph's arguments");
}

// legend := ';' HANDLE '=' description
bool Parser::parseLegend() {
  Token legend = tok_;
  std::string handle(legend.text);
  if (g_.handles.count(handle))
    return fail(range(legend), handle + " is defined twice in the legend");
  load::Object* object = nullptr;
  if (!parseDescription(legend, object)) return false;
  g_.handles.emplace(handle, object);
  advance();
  return true;
}

uint32_t parseId(std::string_view text, bool& ok) {
  uint32_t id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  ok = !text.empty() && ec == std::errc() && ptr == text.data() + text.size();
  return id;
}

constexpr size_t kNumObjectKinds = 0
#define LOAD_OBJECT(Kind, json) +1
#include "frontend/load_objects.def"
#undef LOAD_OBJECT
    ;

load::Object* newObject(Arena& arena, load::ObjectKind kind) {
  switch (kind) {
#define LOAD_OBJECT(Kind, json)                                                                    \
  case load::ObjectKind::Kind:                                                                     \
    return arena.make<load::Kind>();
#include "frontend/load_objects.def"
#undef LOAD_OBJECT
  }
  KILN_UNREACHABLE("bad object kind");
}

std::string_view lastComponent(std::string_view qualname) {
  size_t dot = qualname.rfind('.');
  return dot == std::string_view::npos ? qualname : qualname.substr(dot + 1);
}

// The objects described by a kind and a name: function, class, builtin, module, opaque. Null
// for other kinds.
load::Object* namedObject(std::string_view kind, std::string_view name, ParseContext& ctx) {
  Symbol symbol = ctx.interner.intern(name);
  Symbol last = ctx.interner.intern(lastComponent(name));
  if (kind == "function") {
    auto* f = ctx.arena.make<load::Function>();
    f->qualname = symbol;
    f->name = f->codeName = last;
    return f;
  }
  if (kind == "class") {
    auto* c = ctx.arena.make<load::Class>();
    c->qualname = symbol;
    c->name = last;
    return c;
  }
  if (kind == "builtin") {
    auto* b = ctx.arena.make<load::Builtin>();
    b->name = symbol;
    b->qualname = last;
    return b;
  }
  if (kind == "module") {
    auto* m = ctx.arena.make<load::Module>();
    m->name = symbol;
    return m;
  }
  if (kind == "opaque") {
    auto* o = ctx.arena.make<load::Opaque>();
    o->type = symbol.str();
    o->typeQualname = last.str();
    return o;
  }
  return nullptr;
}

// description := 'function' QUALNAME | 'class' QUALNAME | 'builtin' NAME | 'module' NAME
//              | 'instance' INT 'of' QUALNAME | 'opaque' TYPE | KIND INT
bool Parser::parseDescription(const Token& legend, load::Object*& out) {
  std::string_view d = legend.detail;
  size_t space = d.find(' ');
  std::string_view word = d.substr(0, space);
  std::string_view rest = space == std::string_view::npos ? "" : d.substr(space + 1);
  SourceRange where = range(legend.detailBegin, legend.end);
  std::string handle(legend.text);
  if (rest.empty())
    return fail(where, "cannot read the description '" + std::string(d) + "' of " + handle +
                           ": expected a kind and a name or number");
  if (word == "builtin" && rest.find('.') == std::string_view::npos && !isBareName(rest))
    return fail(where, "'" + std::string(rest) + "' cannot be the name of a builtin: one without " +
                           "a module prints as a bare name, so it must be an identifier");
  if ((out = namedObject(word, rest, ctx_))) return true;
  bool ok = false;
  if (word == "instance") {
    size_t of = rest.find(" of ");
    uint32_t id = parseId(rest.substr(0, of), ok);
    if (of == std::string_view::npos || !ok || of + 4 >= rest.size())
      return fail(where, "expected 'instance ID of CLASS' in the description of " + handle);
    auto* instance = ctx_.arena.make<load::Instance>();
    instance->id = id;
    instance->cls = static_cast<load::Class*>(namedObject("class", rest.substr(of + 4), ctx_));
    out = instance;
    return true;
  }
  for (size_t k = 0; k < kNumObjectKinds; ++k) {
    if (load::objectKindName(load::ObjectKind(k)) != word) continue;
    uint32_t id = parseId(rest, ok);
    if (!ok)
      return fail(where, "expected an object id after '" + std::string(word) + "', found '" +
                             std::string(rest) + "'");
    out = newObject(ctx_.arena, load::ObjectKind(k));
    out->id = id;
    return true;
  }
  return fail(where,
              "unknown kind of object '" + std::string(word) + "' in the description of " + handle);
}

// -- Blocks ---------------------------------------------------------------------------------------

BlockInfo& Parser::blockInfo(std::string_view name) {
  auto [it, fresh] = g_.blocks.try_emplace(std::string(name));
  BlockInfo& info = it->second;
  if (fresh) {
    info.name = std::string(name);
    info.block = g_.graph->newBlock();
    g_.infoOf[info.block] = &info;
  }
  return info;
}

// block := BLOCK '(' [var (',' var)*] ')' ':' operation* exit
bool Parser::parseBlock() {
  if (tok_.kind != TokKind::Word || !isNumbered(tok_.text, "block"))
    return failExpected("expected a block label (block0, block1, ...) or '}'");
  BlockInfo& info = blockInfo(tok_.text);
  if (info.defined) return fail(range(tok_), info.name + " is defined twice");
  info.defined = true;
  info.label = range(tok_);
  g_.blockOrder.push_back(&info);
  Block* block = info.block;
  advance();
  if (!expectPunct('(', "after the block label")) return false;
  std::vector<std::string> names;
  UseSite site{block, 0, -1, false};
  while (!atPunct(')')) {
    if (!atVar())
      return failExpected("expected a variable (v0, v1, ...) in the inputs of " + info.name);
    names.emplace_back(tok_.text);
    Variable* v = nullptr;
    if (!defineVar(site, v)) return false;
    block->inputs.push_back(v);
    if (!atPunct(')') && !expectPunct(',', "between the block's inputs")) return false;
  }
  advance();
  if (g_.blockOrder.size() == 1 && names != g_.params)
    return fail(info.label, "the inputs of the first block must be the graph's arguments");
  if (!expectPunct(':', "after the block's inputs")) return false;
  while (atVar())
    if (!parseOperation(block)) return false;
  return parseExit(block, info);
}

// operation := var '=' OPNAME '(' [value (',' value)*] ')'
bool Parser::parseOperation(Block* block) {
  UseSite site{block, block->operations.size() + 1, -1, false};
  Operation op;
  if (!defineVar(site, op.result)) return false;
  if (!expectPunct('=', "after the operation's result")) return false;
  if (tok_.kind != TokKind::Word) return failExpected("expected an operation name after '='");
  Token name = tok_;
  if (!parseOpName(name.text, op.opcode))
    return fail(range(name), "unknown operation '" + std::string(name.text) + "'");
  advance();
  std::string context = "after '" + std::string(name.text) + "'";
  if (!expectPunct('(', context)) return false;
  while (!atPunct(')')) {
    Value v;
    if (!parseValue(v, site)) return false;
    op.args.push_back(v);
    if (!atPunct(')') && !atPunct(','))
      return failExpected("expected ')' after the arguments of '" + std::string(name.text) + "'");
    acceptPunct(',');
  }
  advance();
  int arity = opInfo(op.opcode).arity;
  if (arity != VAR && op.args.size() != size_t(arity))
    return fail(range(name), "'" + std::string(name.text) + "' takes " + std::to_string(arity) +
                                 " argument" + (arity == 1 ? "" : "s") + ", not " +
                                 std::to_string(op.args.size()));
  block->operations.push_back(std::move(op));
  return true;
}

// exit := 'goto' target | 'branch' ... | 'switch' ... | 'exits' ... | 'unreachable'
bool Parser::parseExit(Block* block, BlockInfo& info) {
  UseSite site{block, block->operations.size() + 1, -1, false};
  info.exit = range(tok_);
  if (atWord("goto")) {
    advance();
    block->exitKind = ExitKind::Goto;
    Link link;
    if (!parseTarget(link, {block, site.position, 0, false})) return false;
    block->exits.push_back(std::move(link));
    return true;
  }
  if (atWord("branch")) return parseBranch(block, site);
  if (atWord("switch")) return parseSwitch(block, site);
  if (atWord("exits")) return parseCanRaise(block, site);
  if (atWord("unreachable")) {
    advance();
    block->exitKind = ExitKind::None;
    return true;
  }
  return failExpected(
      "expected an operation or an exit (goto, branch, switch, exits or unreachable)");
}

// 'branch' value '[' 'true' ':' target ',' 'false' ':' target ']'
bool Parser::parseBranch(Block* block, const UseSite& site) {
  advance();
  block->exitKind = ExitKind::Branch;
  if (!parseValue(block->exitSwitch, site) || !expectPunct('[', "after the branch's value"))
    return false;
  for (int i = 0; i < 2; ++i) {
    const char* word = i == 0 ? "true" : "false";
    if (i == 1 && !expectPunct(',', "between the branch's targets")) return false;
    if (!expectWord(word, i == 0 ? "in the branch" : "after the branch's true target") ||
        !expectPunct(':', std::string("after '") + word + "'"))
      return false;
    Link link;
    link.hasExitCase = true;
    link.exitCase = boolValue(i == 0);
    if (!parseTarget(link, {block, site.position, i, false})) return false;
    block->exits.push_back(std::move(link));
  }
  return expectPunct(']', "after the branch's targets");
}

// 'switch' value '[' case (',' case)* ']';  case := 'case' constant ':' target | 'default' ':'
// target
bool Parser::parseSwitch(Block* block, const UseSite& site) {
  advance();
  block->exitKind = ExitKind::Switch;
  if (!parseValue(block->exitSwitch, site) || !expectPunct('[', "after the switch's value"))
    return false;
  do {
    Link link;
    if (atWord("case")) {
      advance();
      link.hasExitCase = true;
      if (!parseConstant(link.exitCase, 0)) return false;
    } else if (atWord("default")) {
      advance();
    } else {
      return failExpected("expected 'case' or 'default' in the switch");
    }
    if (!expectPunct(':', "after the case")) return false;
    if (!parseTarget(link, {block, site.position, int(block->exits.size()), false})) return false;
    block->exits.push_back(std::move(link));
  } while (acceptPunct(','));
  return expectPunct(']', "after the switch's cases");
}

// 'exits' '[' 'normal' ':' target (',' 'except' constant 'as' '(' var ',' var ')' ':' target)* ']'
bool Parser::parseCanRaise(Block* block, const UseSite& site) {
  advance();
  block->exitKind = ExitKind::CanRaise;
  if (!expectPunct('[', "after 'exits'") || !expectWord("normal", "first in the exits") ||
      !expectPunct(':', "after 'normal'"))
    return false;
  Link normal;
  if (!parseTarget(normal, {block, site.position, 0, false})) return false;
  block->exits.push_back(std::move(normal));
  while (acceptPunct(',')) {
    Link link;
    UseSite linkSite{block, site.position, int(block->exits.size()), true};
    if (!expectWord("except", "before an exception link")) return false;
    link.hasExitCase = true;
    if (!parseConstant(link.exitCase, 0) || !expectWord("as", "after the exception class") ||
        !expectPunct('(', "after 'as'"))
      return false;
    if (!atVar()) return failExpected("expected the variable of the exception's class");
    if (!defineVar(linkSite, link.lastException) ||
        !expectPunct(',', "between the exception's variables"))
      return false;
    if (!atVar()) return failExpected("expected the variable of the exception's value");
    if (!defineVar(linkSite, link.lastExcValue) ||
        !expectPunct(')', "after the exception's variables") ||
        !expectPunct(':', "after the exception's variables"))
      return false;
    if (!parseTarget(link, linkSite)) return false;
    block->exits.push_back(std::move(link));
  }
  return expectPunct(']', "after the exits");
}

// target := BLOCK '(' [value (',' value)*] ')' | 'return' '(' value ')' | 'raise' '(' value ','
// value ')'
bool Parser::parseTarget(Link& link, UseSite site) {
  Token name = tok_;
  BlockInfo* info = nullptr;
  if (atWord("return")) {
    link.target = g_.graph->returnBlock();
  } else if (atWord("raise")) {
    link.target = g_.graph->exceptBlock();
  } else if (tok_.kind == TokKind::Word && isNumbered(tok_.text, "block")) {
    info = &blockInfo(tok_.text);
    if (!info->firstUse.isValid()) info->firstUse = range(tok_);
    link.target = info->block;
  } else {
    return failExpected("expected a target (a block, 'return' or 'raise')");
  }
  advance();
  if (!expectPunct('(', "after '" + std::string(name.text) + "'")) return false;
  while (!atPunct(')')) {
    Value v;
    if (!parseValue(v, site)) return false;
    link.args.push_back(v);
    if (!atPunct(')') && !atPunct(','))
      return failExpected("expected ')' after the values passed to " + std::string(name.text));
    acceptPunct(',');
  }
  advance();
  SourceRange where = range(name.begin, prevEnd_);
  if (info) {
    g_.links.push_back({info, link.args.size(), where});
    return true;
  }
  size_t inputs = link.target->inputs.size();
  if (link.args.size() != inputs)
    return fail(where, "'" + std::string(name.text) + "' takes " + std::to_string(inputs) +
                           (inputs == 1 ? " value" : " values") + ", not " +
                           std::to_string(link.args.size()));
  return true;
}

// -- Values ---------------------------------------------------------------------------------------

bool Parser::defineVar(const UseSite& site, Variable*& out) {
  auto [it, fresh] = g_.vars.try_emplace(std::string(tok_.text));
  VarInfo& info = it->second;
  if (info.block) return fail(range(tok_), std::string(tok_.text) + " is defined twice");
  if (!info.var) info.var = g_.graph->newVariable();
  info.block = site.block;
  info.position = site.position;
  info.link = site.exceptionLink ? site.link : -1;
  info.def = range(tok_);
  out = info.var;
  advance();
  return true;
}

Variable* Parser::useVar(const UseSite& site) {
  auto [it, fresh] = g_.vars.try_emplace(std::string(tok_.text));
  if (fresh) it->second.var = g_.graph->newVariable();
  g_.uses.push_back({std::string(tok_.text), &it->second, site.block, site.position, site.link,
                     site.exceptionLink, range(tok_)});
  advance();
  return it->second.var;
}

// value := var | constant
bool Parser::parseValue(Value& out, const UseSite& site) {
  if (atVar()) {
    out = useVar(site);
    return true;
  }
  if (tok_.kind == TokKind::End || tok_.kind == TokKind::Legend ||
      (tok_.kind == TokKind::Punct && !atPunct('(')))
    return failValueHere(/*variables=*/true);
  load::Value constant;
  if (!parseConstant(constant, 0)) return false;
  out = g_.graph->newConstant(constant);
  return true;
}

// constant := INT | FLOAT | STRING | BYTES | '<empty cell>' | '(' ... ')' | word constants
bool Parser::parseConstant(load::Value& out, unsigned depth) {
  switch (tok_.kind) {
  case TokKind::Int: return parseInt(out);
  case TokKind::Float: {
    std::optional<double> value = parseFloatText(tok_.text);
    KILN_ASSERT(value, "the lexer accepted a bad float");
    out.kind = load::Value::Kind::Float;
    out.floatValue = *value;
    advance();
    return true;
  }
  case TokKind::Str:
  case TokKind::Bytes: {
    Token literal = tok_;
    advance();
    return parseStringLiteral(literal, out);
  }
  case TokKind::EmptyCell:
    out.kind = load::Value::Kind::EmptyCell;
    advance();
    return true;
  case TokKind::Punct:
    if (atPunct('(')) return parseTuple(out, depth);
    return failValueHere();
  case TokKind::Word: return parseWordConstant(out, depth);
  case TokKind::End:
  case TokKind::Legend:
  case TokKind::Error: return failValueHere();
  }
  return failValueHere();
}

// 'None' | 'True' | 'False' | 'Ellipsis' | 'undefined' | 'float(' STRING ')'
// | 'complex(' STRING ',' STRING ')' | HANDLE | HANDLE '(' constant ')' | NAME
bool Parser::parseWordConstant(load::Value& out, unsigned depth) {
  using K = load::Value::Kind;
  std::string_view w = tok_.text;
  if (isConstantWord(w)) {
    out.kind = w == "None"        ? K::None
               : w == "Ellipsis"  ? K::Ellipsis
               : w == "undefined" ? K::Undefined
                                  : K::Bool;
    out.boolValue = w == "True";
    advance();
    return true;
  }
  if (w == "float" && lexer_.peekChar() == '(') return parseFloatCall(out);
  if (w == "complex" && lexer_.peekChar() == '(') return parseComplexCall(out);
  if (isNumbered(w, "v") || isNumbered(w, "block")) return failValueHere();
  if (isNumbered(w, "g")) {
    auto it = g_.handles.find(std::string(w));
    if (it == g_.handles.end())
      return fail(range(tok_), std::string(w) + " is not defined: the legend has no line '; " +
                                   std::string(w) + " = ...'");
    if (lexer_.peekChar() == '(') {
      auto* cls = load::dynCast<load::Class>(it->second);
      if (!cls)
        return fail(range(tok_), std::string(w) + " is not a class: only a class handle can be "
                                                  "applied to a constant");
      advance();
      return parseTypedConstant(cls, out, depth);
    }
    out = refValue(it->second);
    advance();
    return true;
  }
  out = refValue(bareName(w));
  advance();
  return true;
}

// HANDLE '(' constant ')': a value of a subclass of a built-in type, as r_uint(5).
bool Parser::parseTypedConstant(load::Class* cls, load::Value& out, unsigned depth) {
  if (depth >= kMaxConstantDepth)
    return fail(range(tok_),
                "constants nest more than " + std::to_string(kMaxConstantDepth) + " levels deep");
  advance(); // '('
  Token start = tok_;
  if (!parseConstant(out, depth + 1)) return false;
  if (out.kind == load::Value::Kind::Ref || out.kind == load::Value::Kind::EmptyCell ||
      out.kind == load::Value::Kind::Undefined || out.cls)
    return fail(range(start), "a class applies only to a plain int, float, complex, str, bytes, "
                              "bool or tuple constant");
  out.cls = cls;
  return expectPunct(')', "after the constant of the class");
}

load::Object* Parser::bareName(std::string_view name) {
  auto [it, fresh] = builtins_.try_emplace(std::string(name));
  if (fresh) {
    auto* b = ctx_.arena.make<load::Builtin>();
    b->name = b->qualname = ctx_.interner.intern(name);
    it->second = b;
  }
  return it->second;
}

// '(' [constant (',' constant)* [',']] ')'
bool Parser::parseTuple(load::Value& out, unsigned depth) {
  if (depth >= kMaxConstantDepth)
    return fail(range(tok_),
                "constants nest more than " + std::to_string(kMaxConstantDepth) + " levels deep");
  advance();
  std::vector<load::Value> items;
  while (!atPunct(')')) {
    load::Value item;
    if (!parseConstant(item, depth + 1)) return false;
    items.push_back(item);
    if (!atPunct(')') && !atPunct(',')) return failExpected("expected ',' or ')' in the tuple");
    acceptPunct(',');
  }
  advance();
  out.kind = load::Value::Kind::Tuple;
  out.items = ctx_.arena.copy(std::span<const load::Value>(items));
  return true;
}

bool Parser::parseInt(load::Value& out) {
  std::string_view text = tok_.text;
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc()) {
    out = intValue(value);
  } else {
    // Beyond int64: the decimal text, without leading zeros.
    bool negative = text[0] == '-';
    std::string digits = pyrepr::integerToDecimal(text.substr(negative), 10);
    out.kind = load::Value::Kind::BigInt;
    out.text = ctx_.arena.copyString((negative ? "-" : "") + digits);
  }
  advance();
  return true;
}

bool Parser::parseStringLiteral(const Token& t, load::Value& out) {
  bool bytes = t.kind == TokKind::Bytes;
  std::string_view body = t.text.substr(bytes ? 2 : 1);
  body.remove_suffix(1);
  uint32_t bodyBegin = t.begin + (bytes ? 2 : 1);
  std::string decoded;
  EscapeError error;
  if (bytes) {
    for (size_t i = 0; i < body.size(); ++i)
      if (uint8_t(body[i]) >= 0x80)
        return fail(range(bodyBegin + uint32_t(i), bodyBegin + uint32_t(i) + 1),
                    "a bytes constant can only contain ASCII characters");
  }
  bool ok =
      bytes ? decodeBytesEscapes(body, decoded, error) : decodeStringEscapes(body, decoded, error);
  if (!ok) {
    std::vector<DiagArg> args(error.args.begin(), error.args.end());
    uint32_t at = bodyBegin + std::min<uint32_t>(error.offset, uint32_t(body.size()));
    return fail(range(at, at + 1), formatDiagMessage(diagInfo(error.id).format, args));
  }
  if (!bytes && !isValidWtf8(decoded))
    return fail(range(t), "a string constant must be valid UTF-8");
  out.kind = bytes ? load::Value::Kind::Bytes : load::Value::Kind::Str;
  out.text = ctx_.arena.copyString(decoded);
  return true;
}

// One argument of float(...) / complex(...): a str literal holding a float's text.
bool Parser::parseFloatArgument(double& out) {
  if (tok_.kind != TokKind::Str)
    return failExpected("expected a string holding a float ('inf', '-1.5', ...)");
  Token literal = tok_;
  std::string_view body = literal.text.substr(1, literal.text.size() - 2);
  std::optional<double> value = parseFloatText(body);
  if (!value) return fail(range(literal), "'" + std::string(body) + "' is not a float");
  out = *value;
  advance();
  return true;
}

// 'float' '(' STRING ')'
bool Parser::parseFloatCall(load::Value& out) {
  advance();
  out.kind = load::Value::Kind::Float;
  return expectPunct('(', "after 'float'") && parseFloatArgument(out.floatValue) &&
         expectPunct(')', "after the float's text");
}

// 'complex' '(' STRING ',' STRING ')'
bool Parser::parseComplexCall(load::Value& out) {
  advance();
  out.kind = load::Value::Kind::Complex;
  return expectPunct('(', "after 'complex'") && parseFloatArgument(out.floatValue) &&
         expectPunct(',', "after the real part") && parseFloatArgument(out.imagValue) &&
         expectPunct(')', "after the imaginary part");
}

// -- Checks at the end of a graph -----------------------------------------------------------------

// Keeps the problem that comes first in the text.
void keepFirst(SourceRange& where, std::string& problem, SourceRange at, std::string message) {
  if (!problem.empty() && where.begin.raw <= at.begin.raw) return;
  where = at;
  problem = std::move(message);
}

void Parser::checkUses(SourceRange& where, std::string& problem) {
  for (const auto& [name, info] : g_.blocks) {
    if (!info.defined)
      keepFirst(where, problem, info.firstUse, name + " is used but never defined");
  }
  for (const LinkArity& l : g_.links) {
    size_t inputs = l.target->block->inputs.size();
    if (!l.target->defined || l.count == inputs) continue;
    keepFirst(where, problem, l.range,
              "link passes " + std::to_string(l.count) +
                  (l.count == 1 ? " value to " : " values to ") + l.target->name + ", which has " +
                  std::to_string(inputs) + (inputs == 1 ? " input" : " inputs"));
  }
  for (const VarUse& u : g_.uses) {
    const VarInfo& d = *u.info;
    std::string message;
    if (!d.block) {
      message = u.name + " is used but never defined";
    } else if (d.block != u.block) {
      message = u.name + " is defined in " + g_.infoOf.at(d.block)->name + " and used in " +
                g_.infoOf.at(u.block)->name + ": values pass between blocks only through links";
    } else if (d.link >= 0 && u.link != d.link) {
      message = u.name + " holds the exception of another link; only that link can pass it";
    } else if (d.link < 0 && d.position >= u.position) {
      message = u.name + " is used before it is defined";
    } else if (u.exceptionLink && d.position >= 1 && d.position + 1 == u.position) {
      message = u.name +
                " is the result of the operation that raises: it has no value on an exception link";
    }
    if (!message.empty()) keepFirst(where, problem, u.range, message);
  }
}

// The verifier names blocks "block N (in dump order)": point at that block's exit instead.
bool Parser::reportVerifierProblem(const std::string& problem) {
  static constexpr std::string_view kPrefix = "block ", kSuffix = " (in dump order): ";
  if (problem.starts_with(kPrefix)) {
    size_t end = problem.find(kSuffix);
    bool ok = false;
    uint32_t index =
        end == std::string::npos ? 0 : parseId(std::string_view(problem).substr(6, end - 6), ok);
    std::vector<Block*> order = g_.graph->blocksInOrder();
    if (ok && index < order.size() && g_.infoOf.count(order[index])) {
      const BlockInfo& info = *g_.infoOf.at(order[index]);
      return fail(info.exit.isValid() ? info.exit : info.label,
                  info.name + ": " + problem.substr(end + kSuffix.size()));
    }
  }
  return fail(g_.header, "graph '" + g_.graph->name() + "': " + problem);
}

bool Parser::finishGraph(uint32_t closeBrace) {
  if (g_.blockOrder.empty())
    return fail(range(closeBrace, closeBrace + 1),
                "graph '" + g_.graph->name() + "' has no blocks");
  SourceRange where;
  std::string problem;
  checkUses(where, problem);
  if (!problem.empty()) return fail(where, problem);
  Graph& graph = *g_.graph;
  graph.setStartBlock(g_.blockOrder.front()->block);
  graph.removeUnreachableBlocks();
  std::string complaint = checkGraph(graph);
  if (!complaint.empty()) return reportVerifierProblem(complaint);
  graphs_.push_back(std::move(g_.graph));
  return true;
}

} // namespace

std::vector<std::unique_ptr<Graph>> parseGraphs(ParseContext& ctx, FileId file) {
  Parser parser(ctx, file);
  return parser.parseFile();
}

std::vector<std::unique_ptr<Graph>> parseGraphText(ParseContext& ctx, std::string path,
                                                   std::string text) {
  FileId file = ctx.sources.addFile(std::move(path), std::move(text));
  return parseGraphs(ctx, file);
}

} // namespace kiln::flow

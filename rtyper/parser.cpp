// Low-level text reader (see parser.h; grammar in docs/ir-lltype.md).
//
// Recursive descent over the tokens of rtyper/text_lexer.h, one function per production with
// its grammar rule above it, as in flowgraph/parser.cpp.
//
// Two passes. The first reads the type definitions (into TypeExprs, unresolved, since a struct
// may name structs defined after it) and the prebuilt lines, wherever they are, and skips the
// graphs; the second reads the graphs. In between the types are made, in text order so that
// the TypeContext's creation order (which printTypes follows) is the text's: a struct is
// created at its line, an array at its line (laying out, on demand, the structs it holds by
// value), and the remaining structs get their fields and are laid out in text order at the end.
// TypeContext asserts on misuse, so every rule it asserts is checked here first and reported.
//
// Graphs. Blocks and variables may be mentioned before the line that defines them, so each is
// created on first mention and its uses are recorded; at the graph's '}' the recorded uses are
// checked and the problem that comes first in the text is reported. Function constants are
// resolved at the end of the text, when every graph name is known.
//
// The parser's state and class are in rtyper/parser_impl.h; the type definitions and prebuilt
// objects are read by rtyper/parser_defs.cpp, the rest here.
#include "rtyper/parser_impl.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "rtyper/text_lexer.h"
#include "support/pyrepr.h"
#include "support/unicode.h"

namespace kiln::ll::textparse {

static bool isExitWord(std::string_view w) {
  return w == "goto" || w == "branch" || w == "switch" || w == "exits" || w == "unreachable";
}

// -- Tokens and errors ----------------------------------------------------------------------------

void Parser::advance() {
  prevEnd_ = tok_.end;
  tok_ = lexer_.next();
  if (tok_.kind == TokKind::Error) fail(range(tok_), lexer_.error());
}

// The NAME after the current token (a kind word, '@', '&', 'graph') becomes the current token.
// A malformed name is reported and comes back empty (callers then fail quietly).
Token Parser::takeName(bool skipBlanks) {
  prevEnd_ = tok_.end;
  tok_ = lexer_.name(skipBlanks);
  if (tok_.kind != TokKind::Error) return tok_;
  fail(range(tok_), lexer_.error());
  return Token{TokKind::Error, tok_.begin, tok_.end, {}};
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
  if (!failed_) diags_.report(DiagId::ll_text_error, where, message);
  failed_ = true;
  return false;
}

// "expected X": at the current token, or just after the previous one when the current token is
// on a later line (the line that lacks something is the one to show).
bool Parser::failExpected(std::string message) {
  if (tok_.kind == TokKind::Error) return false;
  std::string_view between = text_.substr(prevEnd_, tok_.begin - prevEnd_);
  if (tok_.kind == TokKind::End || between.find_first_of("\r\n") != std::string_view::npos)
    return fail(range(prevEnd_, prevEnd_), message);
  return fail(range(tok_), message);
}

// At a token that cannot start a value.
bool Parser::failValueHere() {
  if (tok_.kind == TokKind::Word && isNumbered(tok_.text, "block"))
    return fail(range(tok_), "expected a value, found the block name " + std::string(tok_.text));
  if (tok_.kind == TokKind::Word)
    return fail(range(tok_), "expected a value, found '" + std::string(tok_.text) +
                                 "' (variables are v0, v1, ...; see docs/ir-lltype.md for "
                                 "constants)");
  return failExpected("expected a value");
}

// -- Graphs ---------------------------------------------------------------------------------------

// file := (typedef | prebuilt | graph)*
// Two passes: the type definitions and prebuilt lines first, wherever they are (graphs are
// skipped), then, with every type and object made, the graphs.
ParsedText Parser::parseFile() {
  advance();
  while (!failed_ && tok_.kind != TokKind::End) {
    if (atTypeDefinition())
      parseTypeDefinition();
    else if (atWord("prebuilt"))
      parsePrebuilt();
    else if (atWord("graph"))
      skipGraph();
    else if (tok_.kind != TokKind::Error)
      fail(range(tok_), "expected a type definition, 'prebuilt' or 'graph'");
  }
  if (failed_ || !finishTypes() || !makePrebuilts()) return {};
  for (uint32_t start : graphStarts_) {
    lexer_.seek(start);
    tok_ = Token{TokKind::End, start, start, {}};
    advance(); // 'graph'
    if (!parseGraph()) return {};
  }
  if (!resolveFunctions()) return {};
  return std::move(result_);
}

// Up to the graph's '}' (no other '}' can come before it): its errors are found when it is
// read in the second pass.
void Parser::skipGraph() {
  graphStarts_.push_back(tok_.begin);
  Token t;
  do
    t = lexer_.next();
  while (t.kind != TokKind::End && !(t.kind == TokKind::Punct && t.text[0] == '}'));
  prevEnd_ = tok_.end;
  tok_ = t;
  if (t.kind != TokKind::End) advance();
}

// header := 'graph' NAME '(' [var ':' type (',' var ':' type)*] ')' '->' type
//           'raises' '(' type ',' type ')'
bool Parser::parseHeader(std::string& name, const Type*& func, const Type* (&except)[2]) {
  if (takeName(true).text.empty()) return failExpected("expected the graph's name after 'graph'");
  name = std::string(tok_.text);
  if (graphs_.count(name)) return fail(range(tok_), "graph '" + name + "' is defined twice");
  advance();
  if (!expectPunct('(', "after the graph's name")) return false;
  while (!atPunct(')')) {
    if (!atVar()) return failExpected("expected a variable (v0, v1, ...) in the graph's arguments");
    if (std::find(g_.params.begin(), g_.params.end(), tok_.text) != g_.params.end())
      return fail(range(tok_), std::string(tok_.text) + " is defined twice");
    g_.params.emplace_back(tok_.text);
    advance();
    const Type* type = nullptr;
    if (!expectPunct(':', "and the type of " + g_.params.back()) || !parseResolvedType(type))
      return false;
    g_.paramTypes.push_back(type);
    if (!atPunct(')') && !expectPunct(',', "between the graph's arguments")) return false;
  }
  advance();
  const Type* result = nullptr;
  if (tok_.kind != TokKind::Arrow) return failExpected("expected '->' and the graph's result type");
  advance();
  if (!parseResolvedType(result) || !expectWord("raises", "after the graph's result type") ||
      !expectPunct('(', "after 'raises'") || !parseResolvedType(except[0]) ||
      !expectPunct(',', "between the types of what the graph raises") ||
      !parseResolvedType(except[1]) ||
      !expectPunct(')', "after the types of what the graph raises (vtable, object)"))
    return false;
  func = types_.func(g_.paramTypes, result);
  return true;
}

// graph := header '{' block* '}'
bool Parser::parseGraph() {
  g_ = GraphState{};
  std::string name;
  const Type* func = nullptr;
  const Type* except[2] = {};
  if (!parseHeader(name, func, except) || !expectPunct('{', "after the graph's header"))
    return false;
  g_.graph = std::make_unique<Graph>(name, func, except[0], except[1]);
  Block* start = g_.graph->startBlock();
  for (size_t i = 0; i < g_.params.size(); ++i)
    g_.vars[g_.params[i]] = VarInfo{start->inputs[i], start, 0, -1};
  while (!failed_ && !atPunct('}')) {
    if (tok_.kind == TokKind::End)
      return failExpected("expected '}' at the end of graph '" + name + "'");
    if (!parseBlock()) return false;
  }
  if (failed_) return false;
  uint32_t closeBrace = tok_.begin;
  advance();
  return finishGraph(closeBrace);
}

BlockInfo& Parser::blockInfo(std::string_view name, Block* block) {
  auto [it, fresh] = g_.blocks.try_emplace(std::string(name));
  BlockInfo& info = it->second;
  if (fresh) {
    info.name = std::string(name);
    info.block = block ? block : g_.graph->newBlock();
    g_.infoOf[info.block] = &info;
  }
  return info;
}

// block := BLOCK '(' [var ':' type (',' var ':' type)*] ')' ':' operation* exit
// The first block is the start block: its inputs are the graph's arguments.
bool Parser::parseBlock() {
  if (tok_.kind != TokKind::Word || !isNumbered(tok_.text, "block"))
    return failExpected("expected a block label (block0, block1, ...) or '}'");
  bool first = g_.blockOrder.empty();
  BlockInfo& info = blockInfo(tok_.text, first ? g_.graph->startBlock() : nullptr);
  if (info.defined) return fail(range(tok_), info.name + " is defined twice");
  info.defined = true;
  info.label = range(tok_);
  g_.blockOrder.push_back(&info);
  Block* block = info.block;
  advance();
  if (!expectPunct('(', "after the block label")) return false;
  std::vector<std::string> names;
  std::vector<const Type*> inputTypes;
  UseSite site{block, 0, -1, false};
  while (!atPunct(')')) {
    if (!atVar())
      return failExpected("expected a variable (v0, v1, ...) in the inputs of " + info.name);
    names.emplace_back(tok_.text);
    if (first) {
      advance();
      const Type* type = nullptr;
      if (!expectPunct(':', "and the type of " + names.back()) || !parseResolvedType(type))
        return false;
      inputTypes.push_back(type);
    } else {
      Variable* v = nullptr;
      if (!parseTypedVar(site, v)) return false;
      block->inputs.push_back(v);
    }
    if (!atPunct(')') && !expectPunct(',', "between the block's inputs")) return false;
  }
  advance();
  if (first && (names != g_.params || inputTypes != g_.paramTypes))
    return fail(info.label,
                "the inputs of the first block must be the graph's arguments, with their types");
  if (!expectPunct(':', "after the block's inputs")) return false;
  while (atVar() ||
         (tok_.kind == TokKind::Word && !isExitWord(tok_.text) && !isNumbered(tok_.text, "block")))
    if (!parseOperation(block)) return false;
  return parseExit(block);
}

// var ':' type, defining the variable at `site`.
bool Parser::parseTypedVar(const UseSite& site, Variable*& out) {
  std::string name(tok_.text);
  const Type* type = nullptr;
  if (!defineVar(site, out) || !expectPunct(':', "and the type of " + name) ||
      !parseResolvedType(type))
    return false;
  out->type = type;
  return true;
}

// operation := [var ':' type '='] OPNAME '(' [value (',' value)*] ')'
// Without a result, the op must be a NoResult one (its result is a Void variable).
bool Parser::parseOperation(Block* block) {
  UseSite site{block, block->operations.size() + 1, -1, false};
  Operation op;
  bool hasResult = atVar();
  if (hasResult &&
      (!parseTypedVar(site, op.result) || !expectPunct('=', "after the operation's result")))
    return false;
  if (tok_.kind != TokKind::Word) return failExpected("expected an operation name");
  Token name = tok_;
  std::string quotedName = "'" + std::string(name.text) + "'";
  if (!parseOpName(name.text, op.op)) return fail(range(name), "unknown operation " + quotedName);
  advance();
  if (!expectPunct('(', "after " + quotedName)) return false;
  while (!atPunct(')')) {
    Value v;
    if (!parseValue(v, site)) return false;
    op.args.push_back(v);
    if (!atPunct(')') && !atPunct(','))
      return failExpected("expected ')' after the arguments of " + quotedName);
    acceptPunct(',');
  }
  advance();
  const OpInfo& info = opInfo(op.op);
  if (info.arity != VAR && op.args.size() != size_t(info.arity))
    return fail(range(name), quotedName + " takes " + std::to_string(info.arity) + " argument" +
                                 (info.arity == 1 ? "" : "s") + ", not " +
                                 std::to_string(op.args.size()));
  if (!hasResult) {
    if (!(info.flags & opflags::NoResult))
      return fail(range(name), quotedName + " has a result: write 'vN: TYPE = " +
                                   std::string(name.text) + "(...)'");
    op.result = g_.graph->newVariable(types_.voidType());
  }
  block->operations.push_back(std::move(op));
  return true;
}

// exit := 'goto' target | 'branch' ... | 'switch' ... | 'exits' ... | 'unreachable'
bool Parser::parseExit(Block* block) {
  UseSite site{block, block->operations.size() + 1, -1, false};
  if (atWord("goto")) {
    advance();
    block->exitKind = ExitKind::Goto;
    Link& link = block->exits.emplace_back();
    return parseTarget(link, {block, site.position, 0, false});
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

// 'branch' value '[' LABEL ':' target ',' LABEL ':' target ']', LABEL := 'true' | 'false'
bool Parser::parseBranch(Block* block, const UseSite& site) {
  advance();
  block->exitKind = ExitKind::Branch;
  if (!parseValue(block->exitSwitch, site) || !expectPunct('[', "after the branch's value"))
    return false;
  bool seen[2] = {false, false};
  for (int i = 0; i < 2; ++i) {
    if (i == 1 && !expectPunct(',', "between the branch's targets")) return false;
    if (!atWord("true") && !atWord("false"))
      return failExpected("expected 'true' or 'false' in the branch");
    bool label = atWord("true");
    if (seen[label])
      return fail(range(tok_), "the branch has two '" + std::string(tok_.text) + "' targets");
    seen[label] = true;
    advance();
    if (!expectPunct(':', std::string("after '") + (label ? "true" : "false") + "'")) return false;
    Link& link = block->exits.emplace_back();
    link.hasCase = true;
    link.caseValue = label;
    if (!parseTarget(link, {block, site.position, i, false})) return false;
  }
  return expectPunct(']', "after the branch's targets");
}

// 'switch' value '[' case (',' case)* ']';  case := CASE ':' target | 'default' ':' target
// CASE := INT | UINT | CHAR | UNICHAR | 'True' | 'False', of the switched value's type
bool Parser::parseSwitch(Block* block, const UseSite& site) {
  advance();
  block->exitKind = ExitKind::Switch;
  if (!parseValue(block->exitSwitch, site) || !expectPunct('[', "after the switch's value"))
    return false;
  const Type* switched = block->exitSwitch.type(); // null for a variable not yet defined
  bool hasDefault = false;
  do {
    Link link;
    if (atWord("default")) {
      if (hasDefault) return fail(range(tok_), "the switch has two 'default' targets");
      hasDefault = true;
      advance();
    } else {
      Token t = tok_;
      const Type* type = nullptr;
      if (!parseScalar(t, type, link.caseValue)) return false;
      if (switched && type != switched)
        return fail(range(t), "case " + std::string(t.text) + " is a " + typeName(type) +
                                  ", but the switch is on a " + typeName(switched));
      link.hasCase = true;
      advance();
    }
    if (!expectPunct(':', "after the case")) return false;
    if (!parseTarget(link, {block, site.position, int(block->exits.size()), false})) return false;
    block->exits.push_back(std::move(link));
  } while (acceptPunct(','));
  return expectPunct(']', "after the switch's cases");
}

// 'exits' '[' 'normal' ':' target (',' exception_link)* ']'
bool Parser::parseCanRaise(Block* block, const UseSite& site) {
  advance();
  block->exitKind = ExitKind::CanRaise;
  if (!expectPunct('[', "after 'exits'") || !expectWord("normal", "first in the exits") ||
      !expectPunct(':', "after 'normal'"))
    return false;
  if (!parseTarget(block->exits.emplace_back(), {block, site.position, 0, false})) return false;
  while (acceptPunct(','))
    if (!parseExceptionLink(block, site)) return false;
  return expectPunct(']', "after the exits");
}

// exception_link := 'except' ('@' NAME | 'null') 'as' '(' var ':' type ',' var ':' type ')' ':'
//                   target
bool Parser::parseExceptionLink(Block* block, const UseSite& site) {
  UseSite linkSite{block, site.position, int(block->exits.size()), true};
  Link& link = block->exits.emplace_back();
  if (!expectWord("except", "before an exception link")) return false;
  if (atPunct('@')) {
    Token name = takeName(false);
    if (name.text.empty()) return failExpected("expected the class's vtable name after '@'");
    auto it = prebuilts_.find(std::string(name.text));
    if (it == prebuilts_.end())
      return fail(range(name), "@" + std::string(name.text) +
                                   " is not declared: the text has no line 'prebuilt @" +
                                   std::string(name.text) + ": TYPE'");
    link.caughtClass = it->second;
    advance();
  } else if (!atWord("null")) {
    return failExpected("expected the caught class's vtable (@name) after 'except'");
  } else {
    advance();
  }
  if (!expectWord("as", "after the exception class") || !expectPunct('(', "after 'as'"))
    return false;
  if (!atVar()) return failExpected("expected the variable of the exception's class");
  if (!parseTypedVar(linkSite, link.lastException) ||
      !expectPunct(',', "between the exception's variables"))
    return false;
  if (!atVar()) return failExpected("expected the variable of the exception's value");
  return parseTypedVar(linkSite, link.lastExcValue) &&
         expectPunct(')', "after the exception's variables") &&
         expectPunct(':', "after the exception's variables") && parseTarget(link, linkSite);
}

// target := BLOCK '(' [value (',' value)*] ')' | 'return' '(' value ')'
//         | 'raise' '(' value ',' value ')'
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
  if (!info.var) info.var = g_.graph->newVariable(nullptr);
  info.block = site.block;
  info.position = site.position;
  info.link = site.exceptionLink ? site.link : -1;
  out = info.var;
  advance();
  return true;
}

Variable* Parser::useVar(const UseSite& site) {
  auto [it, fresh] = g_.vars.try_emplace(std::string(tok_.text));
  if (fresh) it->second.var = g_.graph->newVariable(nullptr);
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
  return parseConstant(out);
}

// A scalar literal at `t` (not consumed): INT (Signed), UINT (Unsigned), CHAR (Char), UNICHAR
// (UniChar), 'True' / 'False' (Bool).
bool Parser::parseScalar(const Token& t, const Type*& type, int64_t& value) {
  const char* first = t.text.data();
  const char* last = first + t.text.size();
  switch (t.kind) {
  case TokKind::Int: {
    type = types_.signedType();
    auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec == std::errc() && ptr == last) return true;
    return fail(range(t), std::string(t.text) + " does not fit in a Signed (64 bits)");
  }
  case TokKind::UInt: {
    type = types_.unsignedType();
    uint64_t u = 0;
    auto [ptr, ec] = std::from_chars(first, last - 1, u);
    value = int64_t(u);
    if (ec == std::errc() && ptr == last - 1) return true;
    return fail(range(t), std::string(t.text) + " does not fit in an Unsigned (0 to 2**64-1)");
  }
  case TokKind::Char:
  case TokKind::UniChar: {
    bool unicode = t.kind == TokKind::UniChar;
    type = unicode ? types_.uniCharType() : types_.charType();
    std::vector<uint32_t> units;
    if (!decodeQuoted(t, unicode, units)) return false;
    if (units.size() != 1)
      return fail(range(t), std::string(unicode ? "a UniChar constant is one code point"
                                                : "a Char constant is one byte") +
                                ", and " + std::string(t.text) + " has " +
                                std::to_string(units.size()) +
                                (unicode ? "" : " (a Void text is written with double quotes)"));
    value = units[0];
    return true;
  }
  case TokKind::Word:
    if (t.text == "True" || t.text == "False") {
      type = types_.boolType();
      value = t.text == "True";
      return true;
    }
    break;
  default: break;
  }
  return failExpected(
      "expected a case value (an integer, a character, True or False) or 'default'");
}

// The body of a quoted literal, as bytes (Char, Void text) or code points (UniChar). Escapes:
// \\ \' \" \n \t \r \0 \xNN, and for UniChar \uNNNN \UNNNNNNNN (and raw UTF-8).
bool Parser::decodeQuoted(const Token& t, bool unicode, std::vector<uint32_t>& out) {
  uint32_t bodyBegin = t.begin + (unicode ? 2 : 1);
  std::string_view body = t.text.substr(unicode ? 2 : 1);
  body.remove_suffix(1);
  for (size_t i = 0; i < body.size();) {
    uint32_t at = bodyBegin + uint32_t(i);
    if (body[i] != '\\') {
      if (!unicode || uint8_t(body[i]) < 0x80) {
        out.push_back(uint8_t(body[i++]));
        continue;
      }
      const char* p = body.data() + i;
      char32_t c = unicode::decodeUtf8(p, body.data() + body.size(), /*allowSurrogates=*/true);
      if (c == unicode::kInvalid)
        return fail(range(at, at + 1), "invalid UTF-8 in a UniChar constant");
      out.push_back(uint32_t(c));
      i = size_t(p - body.data());
      continue;
    }
    char e = i + 1 < body.size() ? body[i + 1] : '\0';
    std::string_view simple = "\\'\"ntr0", meaning = "\\'\"\n\t\r";
    if (size_t k = simple.find(e); k != std::string_view::npos && e != '\0') {
      out.push_back(k < meaning.size() ? uint8_t(meaning[k]) : 0);
      i += 2;
      continue;
    }
    size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits == 0 || (digits > 2 && !unicode))
      return fail(range(at, at + 2),
                  "unknown escape '\\" + std::string(e ? 1 : 0, e) + "'" +
                      (digits ? " (only UniChar constants have \\u and \\U)" : ""));
    uint32_t code = 0;
    std::string_view hex = body.substr(i + 2, digits);
    auto [ptr, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), code, 16);
    if (hex.size() != digits || ec != std::errc() || ptr != hex.data() + hex.size())
      return fail(range(at, at + 2),
                  "\\" + std::string(1, e) + " needs " + std::to_string(digits) + " hex digits");
    out.push_back(code);
    i += 2 + digits;
  }
  return true;
}

// constant := scalar | FLOAT | 'inf' | 'nan' | STRING | '<' type '>' | pointer [':' type]
bool Parser::parseConstant(Value& out) {
  Token t = tok_;
  ConstValue value;
  const Type* type = nullptr;
  bool pointer = false;
  if (t.kind == TokKind::Int || t.kind == TokKind::UInt || t.kind == TokKind::Char ||
      t.kind == TokKind::UniChar || atWord("True") || atWord("False")) {
    if (!parseScalar(t, type, value.i)) return false;
    advance();
  } else if (t.kind == TokKind::Float || atWord("inf") || atWord("nan")) {
    type = types_.floatType();
    if (t.text == "-inf" || t.text == "inf")
      value.f = (t.text[0] == '-' ? -1 : 1) * std::numeric_limits<double>::infinity();
    else if (t.text == "nan")
      value.f = std::numeric_limits<double>::quiet_NaN();
    else
      value.f = pyrepr::parseFloat(t.text);
    advance();
  } else if (t.kind == TokKind::Str) {
    std::vector<uint32_t> bytes;
    if (!decodeQuoted(t, false, bytes)) return false;
    value.text.assign(bytes.begin(), bytes.end());
    type = types_.voidType();
    advance();
  } else if (atPunct('<')) {
    advance();
    if (!parseResolvedType(value.type) || !expectPunct('>', "after the type")) return false;
    type = types_.voidType();
  } else if (atWord("null") || atPunct('@') || atPunct('&')) {
    pointer = true;
    if (!parsePointer(value, type)) return false;
  } else {
    return failValueHere();
  }
  if (atPunct(':')) {
    if (!pointer)
      return fail(range(tok_), "the type of " +
                                   std::string(text_.substr(t.begin, prevEnd_ - t.begin)) + " is " +
                                   typeName(type) +
                                   " by its spelling: only pointer constants (null, @object, "
                                   "&function) are followed by ': TYPE'");
    if (!parsePointerType(t, type)) return false;
  }
  bool function = pointer && t.text[0] == '&';
  if (pointer && !function && !type)
    return fail(range(t), "null needs its type: write 'null: Ptr(...)'");
  std::string functionName = function ? std::exchange(value.text, {}) : std::string();
  Constant* c = g_.graph->newConstant(type, std::move(value));
  if (function) // resolved at the end of the text; the type is null unless written
    functions_.push_back({c, std::move(functionName), type != nullptr, range(t.begin, prevEnd_)});
  out = c;
  return true;
}

// pointer := 'null' | '@' NAME | '&' NAME. A function's name is left in value.text.
bool Parser::parsePointer(ConstValue& value, const Type*& type) {
  if (atWord("null")) {
    advance();
    return true;
  }
  bool object = atPunct('@');
  Token name = takeName(false);
  if (name.text.empty())
    return failExpected(object ? "expected the object's name after '@'"
                               : "expected the function's name after '&'");
  std::string n(name.text);
  advance();
  if (!object) {
    value.text = n;
    return true;
  }
  auto it = prebuilts_.find(n);
  if (it == prebuilts_.end())
    return fail(range(name),
                "@" + n + " is not declared: the text has no line 'prebuilt @" + n + ": TYPE'");
  value.object = it->second;
  type = types_.ptr(value.object->type);
  return true;
}

// ':' type after a pointer constant: a Ptr, to a Func for a function.
bool Parser::parsePointerType(const Token& start, const Type*& type) {
  advance();
  uint32_t begin = tok_.begin;
  if (!parseResolvedType(type)) return false;
  bool function = start.text[0] == '&';
  if (!type->isPtr() || (function && type->target->kind != TypeKind::Func))
    return fail(range(begin, prevEnd_),
                std::string("the type of a ") +
                    (function ? "function constant must be Ptr(Func(...) -> ...)"
                              : "pointer constant must be a Ptr") +
                    ", not " + typeName(type));
  return true;
}

// -- Checks at the end of a graph and of the text -------------------------------------------------

// Keeps the problem that comes first in the text.
static void keepFirst(SourceRange& where, std::string& problem, SourceRange at, std::string message) {
  if (!problem.empty() && where.begin.raw <= at.begin.raw) return;
  where = at;
  problem = std::move(message);
}

void Parser::checkUses(SourceRange& where, std::string& problem) {
  for (const auto& [name, info] : g_.blocks)
    if (!info.defined)
      keepFirst(where, problem, info.firstUse, name + " is used but never defined");
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

bool Parser::finishGraph(uint32_t closeBrace) {
  if (g_.blockOrder.empty())
    return fail(range(closeBrace, closeBrace + 1),
                "graph '" + g_.graph->name() + "' has no blocks");
  SourceRange where;
  std::string problem;
  checkUses(where, problem);
  if (!problem.empty()) return fail(where, problem);
  g_.graph->removeUnreachableBlocks();
  graphs_[g_.graph->name()] = g_.graph.get();
  result_.graphs.push_back(std::move(g_.graph));
  return true;
}

// `&name`: the graph of that name, else a runtime function, which needs its type written.
bool Parser::resolveFunctions() {
  for (size_t i = 0; i < prebuiltDefs_.size(); ++i)
    if (!resolveInitFunctions(result_.prebuilts[i]->type, result_.prebuilts[i]->init, prebuiltDefs_[i].init))
      return false;
  for (FunctionRef& f : functions_) {
    if (auto it = graphs_.find(f.name); it != graphs_.end()) {
      f.constant->value.graph = it->second;
      if (!f.typed) f.constant->type = types_.ptr(it->second->funcType());
      continue;
    }
    if (!f.typed)
      return fail(f.range, "&" + f.name +
                               " names no graph of this text, so it is a runtime function, "
                               "whose type must be written: '&" +
                               f.name + ": Ptr(Func(...) -> ...)'");
    f.constant->value.text = f.name;
  }
  return true;
}

} // namespace kiln::ll::textparse

namespace kiln::ll {

ParsedText parseText(TypeContext& types, const SourceManager& sources, DiagnosticEngine& diags,
                     FileId file) {
  textparse::Parser parser(types, sources, diags, file);
  return parser.parseFile();
}

ParsedText parseTextString(TypeContext& types, SourceManager& sources, DiagnosticEngine& diags,
                           std::string path, std::string text) {
  FileId file = sources.addFile(std::move(path), std::move(text));
  return parseText(types, sources, diags, file);
}

} // namespace kiln::ll

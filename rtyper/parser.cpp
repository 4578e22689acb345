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
#include "rtyper/parser.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "rtyper/text_lexer.h"
#include "support/pyrepr.h"
#include "support/unicode.h"

namespace kiln::ll {

namespace {

using text::isNumbered;
using text::Lexer;
using text::Token;
using text::TokKind;

bool isExitWord(std::string_view w) {
  return w == "goto" || w == "branch" || w == "switch" || w == "exits" || w == "unreachable";
}

// -- Parser state ---------------------------------------------------------------------------------

// A type as written, before it is resolved against the TypeContext.
struct TypeExpr {
  TypeKind kind = TypeKind::Void;
  std::string name; // Struct, GcStruct, Opaque
  // Ptr: the target; arrays: the item; Func: the parameters, then the result.
  std::vector<TypeExpr> args;
  uint64_t length = 0; // FixedSizeArray
  SourceRange range;
};

// A layout number of a type definition (size=24, @8, ...), which may be left out.
struct LayoutNumber {
  bool given = false;
  uint64_t value = 0;
  SourceRange range;
};

struct FieldDef {
  std::string name;
  SourceRange range;
  TypeExpr type;
  LayoutNumber offset;
};

// One line of the type section.
struct TypeDef {
  TypeExpr type; // the struct (its kind and name) or the array
  LayoutNumber size, align, itemsOffset, stride;
  std::vector<FieldDef> fields;
  enum class State : uint8_t { Pending, Created, Completing, Done } state = State::Pending;
  Type* made = nullptr;           // a struct this parse created
  const Type* resolved = nullptr; // what the line defines
  bool isStruct() const { return type.kind == TypeKind::Struct || type.kind == TypeKind::GcStruct; }
};

struct BlockInfo {
  std::string name;
  Block* block = nullptr;
  bool defined = false;
  SourceRange firstUse; // where a link first names it
  SourceRange label;    // where it is defined
};

// Positions within a block: 0 for its inputs, i + 1 for the result of operation i, and the
// number of operations + 1 for its exit.
struct VarInfo {
  Variable* var = nullptr;
  const Block* block = nullptr; // the defining block; null until defined
  size_t position = 0;
  int link = -1; // for exception variables, the index of their link
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
  std::vector<std::string> params;
  std::vector<const Type*> paramTypes;
  std::unordered_map<std::string, BlockInfo> blocks;
  std::unordered_map<const Block*, BlockInfo*> infoOf;
  std::vector<BlockInfo*> blockOrder; // in definition order
  std::unordered_map<std::string, VarInfo> vars;
  std::vector<VarUse> uses;
  std::vector<LinkArity> links;
};

// A `&name` constant, resolved when every graph of the text is known.
struct FunctionRef {
  Constant* constant;
  std::string name;
  bool typed;
  SourceRange range;
};

// The contents of a prebuilt object as written: made into an Init once the types are.
struct InitExpr {
  Token tok;                       // a scalar or quoted literal, 'null', '{', '[', '@' or '&'
  std::string name;                // '@' and '&': the name
  std::vector<std::string> fields; // '{': the field names, in order
  std::vector<SourceRange> fieldRanges;
  std::vector<InitExpr> items;     // '{': the fields' contents; '[': the items
  SourceRange range;
};

// A `prebuilt` line, made once the types are.
struct PrebuiltDef {
  std::string name;
  TypeExpr type;
  bool hasInit = false;
  InitExpr init;
};

class Parser {
public:
  Parser(TypeContext& types, const SourceManager& sources, DiagnosticEngine& diags, FileId file)
      : types_(types), sources_(sources), diags_(diags), file_(file), text_(sources.text(file)),
        lexer_(text_) {}

  ParsedText parseFile();

private:
  // Tokens and errors.
  void advance();
  Token takeName(bool skipBlanks);
  bool atPunct(char c) const { return tok_.kind == TokKind::Punct && tok_.text[0] == c; }
  bool atWord(std::string_view w) const { return tok_.kind == TokKind::Word && tok_.text == w; }
  bool atVar() const { return tok_.kind == TokKind::Word && isNumbered(tok_.text, "v"); }
  bool acceptPunct(char c);
  bool expectPunct(char c, std::string_view context);
  bool expectWord(std::string_view word, std::string_view context);
  SourceRange range(uint32_t begin, uint32_t end) const {
    return {sources_.locAt(file_, begin), sources_.locAt(file_, end)};
  }
  SourceRange range(const Token& t) const { return range(t.begin, t.end); }
  bool fail(SourceRange where, std::string message);
  bool failExpected(std::string message);
  bool failValueHere();

  // Types.
  bool atTypeDefinition() const;
  bool parseType(TypeExpr& out, unsigned depth);
  bool parseTypeArgs(TypeExpr& out, unsigned depth);
  bool parseResolvedType(const Type*& out);
  bool parseLayoutNumber(std::string_view word, LayoutNumber& out);
  bool parseCount(LayoutNumber& out, std::string_view what);
  bool parseTypeDefinition();
  bool parseFields(TypeDef& def);
  bool finishTypes();
  const Type* resolve(const TypeExpr& e);
  const Type* resolveStruct(const TypeExpr& e);
  const Type* resolveArray(const TypeExpr& e);
  bool requireFrozen(const Type* t, SourceRange where);
  bool createStruct(TypeDef& def);
  bool completeStruct(TypeDef& def);
  bool checkField(const TypeDef& def, size_t i, const Type* t);
  bool checkLayout(const TypeDef& def);

  // Prebuilt objects and graphs.
  bool parsePrebuilt();
  bool parseInitExpr(InitExpr& out, unsigned depth);
  bool makePrebuilts();
  bool makeInit(const Type* t, const InitExpr& e, Init& out);
  bool resolveInitFunctions(const Type* t, Init& init, const InitExpr& e);
  void skipGraph();
  bool parseGraph();
  bool parseHeader(std::string& name, const Type*& func, const Type* (&except)[2]);
  bool parseBlock();
  bool parseOperation(Block* block);
  bool parseExit(Block* block);
  bool parseBranch(Block* block, const UseSite& site);
  bool parseSwitch(Block* block, const UseSite& site);
  bool parseCanRaise(Block* block, const UseSite& site);
  bool parseExceptionLink(Block* block, const UseSite& site);
  bool parseTarget(Link& link, UseSite site);
  bool parseTypedVar(const UseSite& site, Variable*& out);

  // Values.
  bool parseValue(Value& out, const UseSite& site);
  bool parseConstant(Value& out);
  bool parsePointer(ConstValue& value, const Type*& type);
  bool parsePointerType(const Token& start, const Type*& type);
  bool parseScalar(const Token& t, const Type*& type, int64_t& value);
  bool decodeQuoted(const Token& t, bool unicode, std::vector<uint32_t>& out);

  // Names.
  bool defineVar(const UseSite& site, Variable*& out);
  Variable* useVar(const UseSite& site);
  BlockInfo& blockInfo(std::string_view name, Block* block = nullptr);
  bool finishGraph(uint32_t closeBrace);
  void checkUses(SourceRange& where, std::string& problem);
  bool resolveFunctions();

  TypeContext& types_;
  const SourceManager& sources_;
  DiagnosticEngine& diags_;
  FileId file_;
  std::string_view text_;
  Lexer lexer_;
  Token tok_;
  uint32_t prevEnd_ = 0; // end of the previous token
  bool failed_ = false;
  bool typesDone_ = false;
  std::vector<TypeDef> typeDefs_;
  std::unordered_map<std::string, size_t> structDefs_; // name -> index in typeDefs_
  std::vector<PrebuiltDef> prebuiltDefs_;
  std::unordered_map<std::string, Prebuilt*> prebuilts_;
  std::vector<uint32_t> graphStarts_; // where each graph's 'graph' keyword is
  std::unordered_map<std::string, Graph*> graphs_;
  std::vector<FunctionRef> functions_;
  GraphState g_;
  ParsedText result_;
};

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

// -- Types ----------------------------------------------------------------------------------------

bool Parser::atTypeDefinition() const {
  return atWord("Struct") || atWord("GcStruct") || atWord("Array") || atWord("GcArray") ||
         atWord("FixedSizeArray");
}

std::optional<TypeKind> kindNamed(std::string_view word) {
  // ORDER: TypeKind (rtyper/lltype.h), Opaque last.
  for (uint8_t k = 0; k <= uint8_t(TypeKind::Opaque); ++k)
    if (kindName(TypeKind(k)) == word) return TypeKind(k);
  return std::nullopt;
}

// type := PRIMITIVE | ('Struct' | 'GcStruct' | 'Opaque') NAME | ('Ptr' | 'Array' | 'GcArray')
//         '(' type ')' | 'FixedSizeArray' '(' type ',' INT ')'
//       | 'Func' '(' [type (',' type)*] ')' '->' type
bool Parser::parseType(TypeExpr& out, unsigned depth) {
  if (depth >= kMaxTypeDepth)
    return fail(range(tok_),
                "types nest more than " + std::to_string(kMaxTypeDepth) + " levels deep");
  if (tok_.kind != TokKind::Word) return failExpected("expected a type");
  std::optional<TypeKind> kind = kindNamed(tok_.text);
  if (!kind) return fail(range(tok_), "unknown type '" + std::string(tok_.text) + "'");
  uint32_t begin = tok_.begin;
  out.kind = *kind;
  if (*kind == TypeKind::Struct || *kind == TypeKind::GcStruct || *kind == TypeKind::Opaque) {
    std::string kindWord(tok_.text);
    if (takeName(true).text.empty())
      return failExpected("expected a name after '" + kindWord + "'");
    out.name = std::string(tok_.text);
    advance();
  } else if (types_.primitive(out.kind)) {
    advance();
  } else if (!parseTypeArgs(out, depth)) {
    return false;
  }
  out.range = range(begin, prevEnd_);
  return true;
}

// The parenthesized part of Ptr(...), Array(...), GcArray(...), FixedSizeArray(...), Func(...).
bool Parser::parseTypeArgs(TypeExpr& out, unsigned depth) {
  std::string context = "after '" + std::string(tok_.text) + "'";
  advance();
  if (!expectPunct('(', context)) return false;
  if (out.kind == TypeKind::Func) {
    while (!atPunct(')')) {
      if (!parseType(out.args.emplace_back(), depth + 1)) return false;
      if (!atPunct(')') && !expectPunct(',', "between the parameter types")) return false;
    }
    advance();
    if (tok_.kind != TokKind::Arrow)
      return failExpected("expected '->' and the result type of the Func");
    advance();
    return parseType(out.args.emplace_back(), depth + 1);
  }
  if (!parseType(out.args.emplace_back(), depth + 1)) return false;
  if (out.kind == TypeKind::FixedSizeArray) {
    LayoutNumber length;
    if (!expectPunct(',', "after the item type") || !parseCount(length, "the length")) return false;
    if (length.value > (uint64_t(1) << 32))
      return fail(length.range, "a FixedSizeArray holds at most 2**32 items");
    out.length = length.value;
  }
  return expectPunct(')', "after the " +
                              std::string(out.kind == TypeKind::Ptr ? "target" : "item") + " type");
}

bool Parser::parseResolvedType(const Type*& out) {
  TypeExpr e;
  if (!parseType(e, 0)) return false;
  out = resolve(e);
  return out != nullptr;
}

// A non-negative INT.
bool Parser::parseCount(LayoutNumber& out, std::string_view what) {
  if (tok_.kind != TokKind::Int)
    return failExpected("expected " + std::string(what) + " (a number)");
  auto [ptr, ec] =
      std::from_chars(tok_.text.data(), tok_.text.data() + tok_.text.size(), out.value);
  if (ec != std::errc() || ptr != tok_.text.data() + tok_.text.size())
    return fail(range(tok_), "expected " + std::string(what) + ", a number from 0 to 2**64-1");
  out.given = true;
  out.range = range(tok_);
  advance();
  return true;
}

// [WORD '=' INT]
bool Parser::parseLayoutNumber(std::string_view word, LayoutNumber& out) {
  if (!atWord(word)) return true;
  advance();
  return expectPunct('=', "after '" + std::string(word) + "'") && parseCount(out, word);
}

// typedef := ('Struct' | 'GcStruct') NAME ['size' '=' INT] ['align' '=' INT] '{' [field (','
//            field)*] '}'
//          | arraytype ['size' '=' INT] ['align' '=' INT] ['items' '@' INT] ['stride' '=' INT]
bool Parser::parseTypeDefinition() {
  TypeDef def;
  if (!parseType(def.type, 0)) return false;
  if (!parseLayoutNumber("size", def.size) || !parseLayoutNumber("align", def.align)) return false;
  if (!def.isStruct()) {
    if (atWord("items")) {
      advance();
      if (!expectPunct('@', "after 'items'") || !parseCount(def.itemsOffset, "the items' offset"))
        return false;
    }
    if (!parseLayoutNumber("stride", def.stride)) return false;
    typeDefs_.push_back(std::move(def));
    return true;
  }
  std::string title = std::string(kindName(def.type.kind)) + " " + def.type.name;
  if (structDefs_.count(def.type.name))
    return fail(def.type.range, "struct '" + def.type.name + "' is defined twice");
  if (!expectPunct('{', "before the fields of " + title) || !parseFields(def)) return false;
  structDefs_[def.type.name] = typeDefs_.size();
  typeDefs_.push_back(std::move(def));
  return true;
}

// field := WORD ':' type ['@' INT]
bool Parser::parseFields(TypeDef& def) {
  while (!atPunct('}')) {
    if (tok_.kind != TokKind::Word) return failExpected("expected a field name or '}'");
    FieldDef& f = def.fields.emplace_back();
    f.name = std::string(tok_.text);
    f.range = range(tok_);
    advance();
    if (!expectPunct(':', "after the field name") || !parseType(f.type, 0)) return false;
    if (acceptPunct('@') && !parseCount(f.offset, "the field's offset")) return false;
    if (!atPunct('}') && !expectPunct(',', "between the fields")) return false;
  }
  advance();
  return true;
}

// Makes the types of the type section in text order (see the file header).
bool Parser::finishTypes() {
  if (typesDone_) return true;
  typesDone_ = true;
  for (TypeDef& def : typeDefs_) {
    if (def.isStruct()) {
      if (def.state == TypeDef::State::Pending && !createStruct(def)) return false;
      continue;
    }
    if (!(def.resolved = resolve(def.type)) || !checkLayout(def)) return false;
  }
  for (TypeDef& def : typeDefs_)
    if (def.isStruct() && !completeStruct(def)) return false;
  return true;
}

const Type* Parser::resolve(const TypeExpr& e) {
  switch (e.kind) {
  case TypeKind::Void:
  case TypeKind::Bool:
  case TypeKind::Signed:
  case TypeKind::Unsigned:
  case TypeKind::Float:
  case TypeKind::Char:
  case TypeKind::UniChar: return types_.primitive(e.kind);
  case TypeKind::Ptr: {
    const Type* target = resolve(e.args[0]);
    return target ? types_.ptr(target) : nullptr;
  }
  case TypeKind::Struct:
  case TypeKind::GcStruct: return resolveStruct(e);
  case TypeKind::Array:
  case TypeKind::GcArray:
  case TypeKind::FixedSizeArray: return resolveArray(e);
  case TypeKind::Func: {
    std::vector<const Type*> params;
    for (const TypeExpr& arg : e.args)
      if (!params.emplace_back(resolve(arg))) return nullptr;
    const Type* result = params.back();
    params.pop_back();
    return types_.func(std::move(params), result);
  }
  case TypeKind::Opaque: return types_.opaque(e.name);
  }
  return nullptr;
}

// A struct of the type section (created now if the text names it before its line) or of the
// type context.
const Type* Parser::resolveStruct(const TypeExpr& e) {
  const Type* t = nullptr;
  if (auto it = structDefs_.find(e.name); it != structDefs_.end()) {
    TypeDef& def = typeDefs_[it->second];
    if (def.state == TypeDef::State::Pending && !createStruct(def)) return nullptr;
    t = def.resolved;
  } else {
    t = types_.structNamed(e.name);
  }
  if (!t) {
    fail(e.range, "unknown struct '" + e.name + "'");
    return nullptr;
  }
  if (t->kind != e.kind) {
    fail(e.range, "'" + e.name + "' is a " + std::string(kindName(t->kind)) + ", not a " +
                      std::string(kindName(e.kind)));
    return nullptr;
  }
  return t;
}

const Type* Parser::resolveArray(const TypeExpr& e) {
  const Type* item = resolve(e.args[0]);
  if (!item) return nullptr;
  SourceRange where = e.args[0].range;
  if (item->kind == TypeKind::Void || item->kind == TypeKind::Func) {
    fail(where, "an array item cannot be a " + typeName(item));
    return nullptr;
  }
  if (item->isGc()) {
    fail(where, "an array item cannot be a " + typeName(item) + " by value: use a Ptr to it");
    return nullptr;
  }
  if (!requireFrozen(item, where)) return nullptr;
  if (e.kind == TypeKind::FixedSizeArray) return types_.fixedArray(item, size_t(e.length));
  return types_.array(item, e.kind == TypeKind::GcArray);
}

// Structs held by value must be laid out: those of the type section are, on demand.
bool Parser::requireFrozen(const Type* t, SourceRange where) {
  if (!t->isStruct() || t->frozen) return true;
  if (auto it = structDefs_.find(t->name);
      it != structDefs_.end() && typeDefs_[it->second].resolved == t)
    return completeStruct(typeDefs_[it->second]);
  return fail(where, typeName(t) + " is not laid out (frozen) in the type context");
}

bool Parser::createStruct(TypeDef& def) {
  const std::string& name = def.type.name;
  def.state = TypeDef::State::Created;
  if (const Type* existing = types_.structNamed(name)) {
    if (existing->kind != def.type.kind)
      return fail(def.type.range, "the type context already has a " +
                                      std::string(kindName(existing->kind)) + " named '" + name +
                                      "'");
    if (!existing->frozen)
      return fail(def.type.range, "the type context already has '" + name + "', not laid out yet");
    def.resolved = existing;
    return true;
  }
  def.made = types_.newStruct(name, def.type.kind == TypeKind::GcStruct);
  def.resolved = def.made;
  return true;
}

// Adds the fields and lays the struct out (or, for a struct the context had, compares).
bool Parser::completeStruct(TypeDef& def) {
  if (def.state == TypeDef::State::Done) return true;
  if (def.state == TypeDef::State::Pending && !createStruct(def)) return false;
  std::string title = std::string(kindName(def.type.kind)) + " " + def.type.name;
  if (def.state == TypeDef::State::Completing)
    return fail(def.type.range, title + " contains itself");
  def.state = TypeDef::State::Completing;
  std::vector<const Type*> fieldTypes;
  for (size_t i = 0; i < def.fields.size(); ++i) {
    const Type* t = resolve(def.fields[i].type);
    if (!t || !checkField(def, i, t)) return false;
    fieldTypes.push_back(t);
  }
  if (!def.made) {
    const Type* existing = def.resolved;
    bool same = existing->fields.size() == fieldTypes.size();
    for (size_t i = 0; same && i < fieldTypes.size(); ++i)
      same = existing->fields[i].name == def.fields[i].name &&
             existing->fields[i].type == fieldTypes[i];
    if (!same)
      return fail(def.type.range, title + " is not the struct of that name in the type context, " +
                                      typeDefinition(existing));
  } else {
    for (size_t i = 0; i < fieldTypes.size(); ++i)
      types_.addField(def.made, def.fields[i].name, fieldTypes[i]);
    types_.freeze(def.made);
  }
  def.state = TypeDef::State::Done;
  return checkLayout(def);
}

// What TypeContext::addField asserts, as messages.
bool Parser::checkField(const TypeDef& def, size_t i, const Type* t) {
  const FieldDef& f = def.fields[i];
  std::string title = std::string(kindName(def.type.kind)) + " " + def.type.name;
  for (size_t j = 0; j < i; ++j)
    if (def.fields[j].name == f.name)
      return fail(f.range, "field '" + f.name + "' of " + title + " is defined twice");
  if (f.name == "super") {
    if (i != 0) return fail(f.range, "the field 'super' (the inlined parent) must come first");
    if (!t->isStruct() || t->isGc() != (def.type.kind == TypeKind::GcStruct))
      return fail(f.type.range, "the parent of " + title + " must be a " +
                                    std::string(kindName(def.type.kind)) + ", not " + typeName(t));
    return requireFrozen(t, f.type.range);
  }
  if (t->isGc())
    return fail(f.type.range, "field '" + f.name + "' cannot hold a " + typeName(t) +
                                  " by value: use a Ptr to it");
  if (t->kind == TypeKind::Func)
    return fail(f.type.range, "field '" + f.name + "' cannot hold a Func: use a Ptr to it");
  return requireFrozen(t, f.type.range);
}

// The layout numbers written in a type definition, against the layout the context computed.
bool Parser::checkLayout(const TypeDef& def) {
  const Type* t = def.resolved;
  auto check = [&](const LayoutNumber& n, uint64_t actual, const std::string& what) {
    if (!n.given || n.value == actual) return true;
    return fail(n.range, typeName(t) + " " + what + " " + std::to_string(actual) + ", not " +
                             std::to_string(n.value));
  };
  if (!check(def.size, t->size, "has size") || !check(def.align, t->align, "has alignment"))
    return false;
  if (t->isArray())
    return check(def.itemsOffset, t->itemsOffset(), "has its items at offset") &&
           check(def.stride, t->itemSize(), "has a stride of");
  for (size_t i = 0; i < def.fields.size() && i < t->fields.size(); ++i)
    if (!check(def.fields[i].offset, t->fields[i].offset,
               "has field '" + def.fields[i].name + "' at offset"))
      return false;
  return true;
}

// -- Prebuilt objects -----------------------------------------------------------------------------

// prebuilt := 'prebuilt' '@' NAME ':' type ['=' init]
bool Parser::parsePrebuilt() {
  advance();
  if (!atPunct('@')) return failExpected("expected '@' and the object's name after 'prebuilt'");
  Token name = takeName(false);
  if (name.text.empty()) return failExpected("expected the object's name after '@'");
  PrebuiltDef def{std::string(name.text), {}};
  for (const PrebuiltDef& other : prebuiltDefs_)
    if (other.name == def.name) return fail(range(name), "@" + def.name + " is declared twice");
  advance();
  if (!expectPunct(':', "after the object's name") || !parseType(def.type, 0)) return false;
  if (acceptPunct('=')) {
    def.hasInit = true;
    if (!parseInitExpr(def.init, 0)) return false;
  }
  prebuiltDefs_.push_back(std::move(def));
  return true;
}

// init := '{' [NAME ':' init (',' NAME ':' init)*] '}' | '[' [init (',' init)*] ']'
//       | scalar | FLOAT | 'inf' | 'nan' | STRING | 'null' | '@' NAME | '&' NAME
bool Parser::parseInitExpr(InitExpr& out, unsigned depth) {
  if (depth >= kMaxTypeDepth)
    return fail(range(tok_), "contents nest deeper than " + std::to_string(kMaxTypeDepth) + " levels");
  out.tok = tok_;
  uint32_t begin = tok_.begin;
  if (atPunct('{') || atPunct('[')) {
    char close = atPunct('{') ? '}' : ']';
    bool fields = close == '}';
    advance();
    while (!atPunct(close)) {
      if (fields) {
        if (tok_.kind != TokKind::Word) return failExpected("expected a field name or '}'");
        out.fields.emplace_back(tok_.text);
        out.fieldRanges.push_back(range(tok_));
        advance();
        if (!expectPunct(':', "after the field name")) return false;
      }
      if (!parseInitExpr(out.items.emplace_back(), depth + 1)) return false;
      if (!atPunct(close) && !expectPunct(',', fields ? "between the fields" : "between the items"))
        return false;
    }
    advance();
  } else if (atPunct('@') || atPunct('&')) {
    bool object = atPunct('@');
    Token name = takeName(false);
    if (name.text.empty())
      return failExpected(object ? "expected the object's name after '@'" : "expected the function's name after '&'");
    out.name = std::string(name.text);
    advance();
  } else if (tok_.kind == TokKind::Int || tok_.kind == TokKind::UInt || tok_.kind == TokKind::Char ||
             tok_.kind == TokKind::UniChar || tok_.kind == TokKind::Float || tok_.kind == TokKind::Str ||
             atWord("True") || atWord("False") || atWord("inf") || atWord("nan") || atWord("null")) {
    advance();
  } else {
    return failExpected("expected the object's contents: {fields}, [items], a constant, null, @object or &function");
  }
  out.range = range(begin, prevEnd_);
  return true;
}

bool Parser::makePrebuilts() {
  for (const PrebuiltDef& def : prebuiltDefs_) {
    const Type* type = resolve(def.type);
    if (!type) return false;
    if (!type->isStruct() && !type->isArray())
      return fail(def.type.range,
                  "a prebuilt object is a struct or an array, not " + typeName(type));
    result_.prebuilts.push_back(std::make_unique<Prebuilt>(Prebuilt{def.name, type, {}}));
    prebuilts_[def.name] = result_.prebuilts.back().get();
  }
  // The contents, once every object exists (they point to each other).
  for (size_t i = 0; i < prebuiltDefs_.size(); ++i) {
    const PrebuiltDef& def = prebuiltDefs_[i];
    Prebuilt& p = *result_.prebuilts[i];
    if (def.hasInit && !makeInit(p.type, def.init, p.init)) return false;
  }
  return true;
}

// The contents `e` of something of type `t` (see printer.h prebuiltText). A function pointer is
// left as its name in value.text, resolved by resolveInitFunctions once every graph is read.
bool Parser::makeInit(const Type* t, const InitExpr& e, Init& out) {
  auto mismatch = [&](std::string what) {
    return fail(e.range, "expected " + what + " for a " + typeName(t) + ", found " +
                             std::string(text_.substr(e.tok.begin, e.tok.end - e.tok.begin)));
  };
  bool isPunct = e.tok.kind == TokKind::Punct;
  if (t->isStruct()) {
    if (!isPunct || e.tok.text != "{") return mismatch("{fields}");
    if (e.items.size() > t->fields.size())
      return fail(e.fieldRanges[t->fields.size()], typeName(t) + " has " + std::to_string(t->fields.size()) +
                                                       " fields, and these contents more");
    for (size_t i = 0; i < e.items.size(); ++i) {
      if (e.fields[i] != t->fields[i].name)
        return fail(e.fieldRanges[i], "field " + std::to_string(i) + " of " + typeName(t) + " is '" +
                                          t->fields[i].name + "', not '" + e.fields[i] + "'");
      if (!makeInit(t->fields[i].type, e.items[i], out.items.emplace_back())) return false;
    }
    return true;
  }
  if (t->isArray()) {
    if (t->target->kind == TypeKind::Char) {
      if (e.tok.kind != TokKind::Str) return mismatch("a quoted text");
      std::vector<uint32_t> bytes;
      if (!decodeQuoted(e.tok, false, bytes)) return false;
      out.bytes.assign(bytes.begin(), bytes.end());
    } else {
      if (!isPunct || e.tok.text != "[") return mismatch("[items]");
      for (const InitExpr& item : e.items)
        if (!makeInit(t->target, item, out.items.emplace_back())) return false;
    }
    size_t n = t->target->kind == TypeKind::Char ? out.bytes.size() : out.items.size();
    if (t->kind == TypeKind::FixedSizeArray && n != t->length)
      return fail(e.range, typeName(t) + " has " + std::to_string(t->length) + " items, not " + std::to_string(n));
    return true;
  }
  if (t->isPtr()) {
    if (e.tok.kind == TokKind::Word && e.tok.text == "null") return true;
    if (!isPunct || (e.tok.text != "@" && e.tok.text != "&")) return mismatch("null, @object or &function");
    if (e.tok.text == "&") {
      if (t->target->kind != TypeKind::Func) return mismatch("a pointer to a " + typeName(t->target));
      out.value.text = e.name;
      return true;
    }
    auto it = prebuilts_.find(e.name);
    if (it == prebuilts_.end())
      return fail(e.range, "@" + e.name + " is not declared: the text has no line 'prebuilt @" + e.name + ": TYPE'");
    const Type* pointee = it->second->type;
    if (pointee != t->target && !(pointee->isStruct() && t->target->isStruct() && pointee->startsWith(t->target)))
      return fail(e.range, "@" + e.name + " is a " + typeName(pointee) + ", which a " + typeName(t) + " cannot point to");
    out.value.object = it->second;
    return true;
  }
  const Type* type = nullptr;
  switch (e.tok.kind) {
  case TokKind::Float:
    type = types_.floatType();
    out.value.f = e.tok.text == "-inf" ? -std::numeric_limits<double>::infinity() : pyrepr::parseFloat(e.tok.text);
    break;
  case TokKind::Str: {
    type = types_.voidType();
    std::vector<uint32_t> bytes;
    if (!decodeQuoted(e.tok, false, bytes)) return false;
    out.value.text.assign(bytes.begin(), bytes.end());
    break;
  }
  case TokKind::Word:
    if (e.tok.text == "inf" || e.tok.text == "nan") {
      type = types_.floatType();
      out.value.f = e.tok.text == "nan" ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
      break;
    }
    [[fallthrough]];
  default:
    if (isPunct || e.tok.text == "null") return mismatch("a constant");
    if (!parseScalar(e.tok, type, out.value.i)) return false;
  }
  if (type != t) return mismatch("a constant of type " + typeName(t));
  return true;
}

// The `&name` pointers of contents: a graph of the text when there is one (of the field's
// function type), else a runtime function.
bool Parser::resolveInitFunctions(const Type* t, Init& init, const InitExpr& e) {
  if (t->isPtr() && !init.value.text.empty()) {
    auto it = graphs_.find(init.value.text);
    if (it == graphs_.end()) return true;
    if (types_.ptr(it->second->funcType()) != t)
      return fail(e.range, "&" + init.value.text + " is a " + typeName(types_.ptr(it->second->funcType())) +
                               ", not the field's " + typeName(t));
    init.value.graph = it->second;
    init.value.text.clear();
    return true;
  }
  for (size_t i = 0; i < init.items.size() && i < e.items.size(); ++i) {
    const Type* item = t->isStruct() ? t->fields[i].type : t->target;
    if (!resolveInitFunctions(item, init.items[i], e.items[i])) return false;
  }
  return true;
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
void keepFirst(SourceRange& where, std::string& problem, SourceRange at, std::string message) {
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

} // namespace

ParsedText parseText(TypeContext& types, const SourceManager& sources, DiagnosticEngine& diags,
                     FileId file) {
  Parser parser(types, sources, diags, file);
  return parser.parseFile();
}

ParsedText parseTextString(TypeContext& types, SourceManager& sources, DiagnosticEngine& diags,
                           std::string path, std::string text) {
  FileId file = sources.addFile(std::move(path), std::move(text));
  return parseText(types, sources, diags, file);
}

} // namespace kiln::ll

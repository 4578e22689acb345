// The low-level text reader's state and its class, shared by the files that implement it:
// rtyper/parser.cpp (tokens, graphs, values, the checks at the end) and rtyper/parser_defs.cpp
// (type definitions and prebuilt objects). See rtyper/parser.cpp for how it works.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "rtyper/parser.h"
#include "rtyper/text_lexer.h"

namespace kiln::ll::textparse {

using text::isNumbered;
using text::Lexer;
using text::Token;
using text::TokKind;

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

} // namespace kiln::ll::textparse

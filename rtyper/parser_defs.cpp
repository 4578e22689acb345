// Low-level text reader: type definitions and prebuilt objects (see rtyper/parser.cpp for the
// reader as a whole, and docs/ir-lltype.md for the grammar).
#include <algorithm>
#include <charconv>
#include <limits>

#include "rtyper/parser_impl.h"
#include "support/pyrepr.h"

namespace kiln::ll::textparse {

// -- Types ----------------------------------------------------------------------------------------

bool Parser::atTypeDefinition() const {
  return atWord("Struct") || atWord("GcStruct") || atWord("Array") || atWord("GcArray") ||
         atWord("FixedSizeArray");
}

static std::optional<TypeKind> kindNamed(std::string_view word) {
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
  PrebuiltDef def;
  def.name = std::string(name.text);
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

} // namespace kiln::ll::textparse

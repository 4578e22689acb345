// Reads the exporter's JSON document (docs/load-graph.md) into load::Program.
//
// The document comes from another process and may be truncated or wrong (a different kiln's
// exporter, a hand-edited file): every field is checked, and the first problem becomes one
// "corrupt load graph" diagnostic naming the object and field. Objects are created in a first
// pass (so references can point forward) and filled in a second.
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "frontend/load_graph_printer.h"
#include "frontend/loader.h"
#include "support/base64.h"
#include "support/pyrepr.h"

namespace kiln {

namespace {

using Json = nlohmann::ordered_json;
using namespace load;

constexpr std::string_view kKindNames[] = {
#define LOAD_OBJECT(kind, json) json,
#include "frontend/load_objects.def"
#undef LOAD_OBJECT
};

struct Corrupt {
  std::string message;
};

class GraphReader {
public:
  GraphReader(ParseContext& ctx) : ctx_(ctx) {}
  std::unique_ptr<Program> read(const Json& doc);

private:
  [[noreturn]] void corrupt(const std::string& what) { throw Corrupt{context_ + what}; }

  const Json& field(const Json& obj, const char* key) {
    if (!obj.is_object()) corrupt("expected an object");
    auto it = obj.find(key);
    if (it == obj.end()) corrupt(std::string("missing '") + key + "'");
    return *it;
  }
  const Json* optionalField(const Json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
  }
  std::string_view string(const Json& obj, const char* key) {
    const Json& v = field(obj, key);
    if (!v.is_string()) corrupt(std::string("'") + key + "' is not a string");
    return ctx_.arena.copyString(v.get_ref<const std::string&>());
  }
  std::string_view optionalString(const Json& obj, const char* key) {
    const Json* v = optionalField(obj, key);
    if (!v) return {};
    if (!v->is_string()) corrupt(std::string("'") + key + "' is not a string");
    return ctx_.arena.copyString(v->get_ref<const std::string&>());
  }
  Symbol symbol(const Json& obj, const char* key) { return ctx_.interner.intern(string(obj, key)); }
  bool boolean(const Json& obj, const char* key) {
    const Json* v = optionalField(obj, key);
    if (!v) return false;
    if (!v->is_boolean()) corrupt(std::string("'") + key + "' is not a boolean");
    return v->get<bool>();
  }
  int64_t integer(const Json& v, const char* what) {
    if (!v.is_number_integer()) corrupt(std::string("'") + what + "' is not an integer");
    return v.get<int64_t>();
  }
  const Json& array(const Json& obj, const char* key) {
    const Json& v = field(obj, key);
    if (!v.is_array()) corrupt(std::string("'") + key + "' is not a list");
    return v;
  }

  Object* objectById(const Json& idJson);
  // A float's repr() text: "1.5", "1e-05", "inf", "-inf", "nan", "-0.0".
  double number(std::string_view text) {
    std::string_view digits = text.substr(text.starts_with('-') ? 1 : 0);
    if (digits == "inf" || digits == "nan") return pyrepr::parseFloat(text);
    double parsed;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    bool ok = !text.empty() && end == text.data() + text.size() &&
              (ec == std::errc() || ec == std::errc::result_out_of_range) &&
              text.find_first_not_of("-+.0123456789eE") == std::string_view::npos;
    if (!ok) corrupt("float value '" + std::string(text) + "' is not a number");
    return pyrepr::parseFloat(text);
  }
  template <class T> T* refTo(const Json& value, const char* what);
  Value value(const Json& v);
  std::span<Value> values(const Json& list);
  std::span<NamedValue> namedValues(const Json& obj, const char* key);
  void fill(Object* o, const Json& j);
  Class* subclass(const Json& j) {
    const Json* cls = optionalField(j, "cls");
    return cls ? refTo<Class>(*cls, "cls") : nullptr;
  }
  void fillFunction(Function* f, const Json& j);
  void fillClass(Class* c, const Json& j);

  ParseContext& ctx_;
  Program* program_ = nullptr;
  std::string context_;
};

Object* GraphReader::objectById(const Json& idJson) {
  int64_t id = integer(idJson, "id");
  if (id < 1 || size_t(id) > program_->objects.size())
    corrupt("reference to object " + std::to_string(id) + ", which does not exist");
  return program_->objects[size_t(id - 1)];
}

template <class T> T* GraphReader::refTo(const Json& v, const char* what) {
  if (!v.is_object() || field(v, "k") != "ref") corrupt(std::string("'") + what + "' is not a reference");
  auto* o = dynCast<T>(objectById(field(v, "id")));
  if (!o) corrupt(std::string("'") + what + "' refers to a " +
                  std::string(objectKindName(objectById(field(v, "id"))->kind)) +
                  ", not a " + std::string(objectKindName(T::kKind)));
  return o;
}

Value GraphReader::value(const Json& v) {
  Value out;
  std::string_view k = string(v, "k");
  if (k == "none") return out;
  if (k == "bool") {
    const Json& b = field(v, "v");
    if (!b.is_boolean()) corrupt("a bool value is not true or false");
    out.kind = Value::Kind::Bool;
    out.boolValue = b.get<bool>();
  } else if (k == "int") {
    std::string_view digits = string(v, "v");
    int64_t n = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    bool isInteger = !digits.empty() && digits.find_first_not_of("-0123456789") == std::string_view::npos;
    if (!isInteger) corrupt("int value '" + std::string(digits) + "' is not a decimal integer");
    if (ec == std::errc() && end == digits.data() + digits.size()) {
      out.kind = Value::Kind::Int;
      out.intValue = n;
    } else {
      out.kind = Value::Kind::BigInt;
      out.text = digits;
    }
  } else if (k == "float") {
    out.kind = Value::Kind::Float;
    out.floatValue = number(string(v, "v"));
  } else if (k == "complex") {
    out.kind = Value::Kind::Complex;
    out.floatValue = number(string(v, "re"));
    out.imagValue = number(string(v, "im"));
  } else if (k == "str" || k == "bytes") {
    out.kind = k == "str" ? Value::Kind::Str : Value::Kind::Bytes;
    if (optionalField(v, "b64")) {
      std::optional<std::string> decoded = decodeBase64(string(v, "b64"));
      if (!decoded) corrupt("invalid base64 data");
      out.text = ctx_.arena.copyString(*decoded);
    } else {
      out.text = string(v, "v");
    }
  } else if (k == "ellipsis") {
    out.kind = Value::Kind::Ellipsis;
  } else if (k == "empty_cell") {
    out.kind = Value::Kind::EmptyCell;
  } else if (k == "tuple") {
    out.kind = Value::Kind::Tuple;
    out.items = values(array(v, "items"));
  } else if (k == "ref") {
    out.kind = Value::Kind::Ref;
    out.ref = objectById(field(v, "id"));
  } else {
    corrupt("unknown value kind '" + std::string(k) + "'");
  }
  if (const Json* cls = optionalField(v, "cls")) out.cls = refTo<Class>(*cls, "cls");
  return out;
}

std::span<Value> GraphReader::values(const Json& list) {
  if (!list.is_array()) corrupt("expected a list of values");
  std::vector<Value> items;
  items.reserve(list.size());
  for (const Json& item : list) items.push_back(value(item));
  return ctx_.arena.copy<Value>(items);
}

std::span<NamedValue> GraphReader::namedValues(const Json& obj, const char* key) {
  const Json* map = optionalField(obj, key);
  if (!map) return {};
  if (!map->is_object()) corrupt(std::string("'") + key + "' is not a mapping");
  std::vector<NamedValue> items;
  items.reserve(map->size());
  for (auto it = map->begin(); it != map->end(); ++it)
    items.push_back({ctx_.interner.intern(it.key()), value(it.value())});
  return ctx_.arena.copy<NamedValue>(items);
}

void GraphReader::fillFunction(Function* f, const Json& j) {
  f->name = symbol(j, "name");
  f->qualname = symbol(j, "qualname");
  f->codeName = optionalField(j, "code_name") ? symbol(j, "code_name") : f->name;
  if (f->shallow) return;
  f->module = refTo<Module>(field(j, "module"), "module");
  f->file = string(j, "file");
  f->line = uint32_t(integer(field(j, "line"), "line"));
  if (const Json* body = optionalField(j, "body")) {
    if (!body->is_array() || body->size() != 2) corrupt("'body' is not [line, col]");
    f->bodyLine = int32_t(integer((*body)[0], "body line"));
    f->bodyCol = int32_t(integer((*body)[1], "body col"));
  }
  f->isLambda = boolean(j, "is_lambda");
  f->isGenerator = boolean(j, "is_generator");
  f->isAsync = boolean(j, "is_async");
  if (const Json* d = optionalField(j, "defaults")) f->defaults = values(*d);
  f->kwdefaults = namedValues(j, "kwdefaults");
  f->closure = namedValues(j, "closure");
  f->globals = namedValues(j, "globals");
  f->attrs = namedValues(j, "attrs");
  f->builtins = namedValues(j, "builtins");
}

void GraphReader::fillClass(Class* c, const Json& j) {
  c->name = symbol(j, "name");
  c->qualname = symbol(j, "qualname");
  if (c->shallow) return;
  if (const Json* m = optionalField(j, "module")) c->module = refTo<Module>(*m, "module");
  c->file = optionalString(j, "file");
  if (const Json* line = optionalField(j, "line")) c->line = uint32_t(integer(*line, "line"));
  c->builtin = boolean(j, "builtin");
  auto classes = [&](const char* key) {
    std::vector<Class*> out;
    if (const Json* list = optionalField(j, key)) {
      if (!list->is_array()) corrupt(std::string("'") + key + "' is not a list");
      for (const Json& item : *list) out.push_back(refTo<Class>(item, key));
    }
    return ctx_.arena.copy<Class*>(out);
  };
  c->bases = classes("bases");
  c->mro = classes("mro");
  if (const Json* meta = optionalField(j, "metaclass")) c->metaclass = value(*meta).ref;
  c->attrs = namedValues(j, "attrs");
}

void GraphReader::fill(Object* o, const Json& j) {
  switch (o->kind) {
  case ObjectKind::Module: {
    auto* m = static_cast<Module*>(o);
    m->name = symbol(j, "name");
    m->file = optionalString(j, "file");
    m->builtin = boolean(j, "builtin");
    m->globals = namedValues(j, "globals");
    return;
  }
  case ObjectKind::Function: return fillFunction(static_cast<Function*>(o), j);
  case ObjectKind::Class: return fillClass(static_cast<Class*>(o), j);
  case ObjectKind::Instance: {
    auto* i = static_cast<Instance*>(o);
    i->cls = refTo<Class>(field(j, "class"), "class");
    i->attrs = namedValues(j, "attrs");
    return;
  }
  case ObjectKind::List:
    static_cast<List*>(o)->cls = subclass(j);
    static_cast<List*>(o)->items = values(array(j, "items"));
    return;
  case ObjectKind::Set:
    static_cast<Set*>(o)->cls = subclass(j);
    static_cast<Set*>(o)->items = values(array(j, "items"));
    return;
  case ObjectKind::FrozenSet:
    static_cast<FrozenSet*>(o)->cls = subclass(j);
    static_cast<FrozenSet*>(o)->items = values(array(j, "items"));
    return;
  case ObjectKind::Dict: {
    static_cast<Dict*>(o)->cls = subclass(j);
    std::vector<KeyValue> items;
    for (const Json& pair : array(j, "items")) {
      if (!pair.is_array() || pair.size() != 2) corrupt("a dict item is not [key, value]");
      items.push_back({value(pair[0]), value(pair[1])});
    }
    static_cast<Dict*>(o)->items = ctx_.arena.copy<KeyValue>(items);
    return;
  }
  case ObjectKind::Builtin: {
    auto* b = static_cast<Builtin*>(o);
    b->name = symbol(j, "name");
    b->qualname = optionalField(j, "qualname") ? symbol(j, "qualname") : b->name;
    b->typeQualname = optionalString(j, "type_qualname");
    return;
  }
  case ObjectKind::Method: {
    auto* m = static_cast<Method*>(o);
    m->function = value(field(j, "function"));
    m->self = value(field(j, "self"));
    return;
  }
  case ObjectKind::StaticMethod:
    static_cast<StaticMethod*>(o)->function = value(field(j, "function"));
    return;
  case ObjectKind::ClassMethod:
    static_cast<ClassMethod*>(o)->function = value(field(j, "function"));
    return;
  case ObjectKind::Property: {
    auto* p = static_cast<Property*>(o);
    if (const Json* v = optionalField(j, "fget")) p->fget = value(*v);
    if (const Json* v = optionalField(j, "fset")) p->fset = value(*v);
    if (const Json* v = optionalField(j, "fdel")) p->fdel = value(*v);
    return;
  }
  case ObjectKind::Opaque: {
    auto* p = static_cast<Opaque*>(o);
    p->type = string(j, "type");
    p->typeQualname = optionalString(j, "type_qualname");
    if (p->typeQualname.empty()) p->typeQualname = p->type.substr(p->type.rfind('.') + 1);
    p->repr = optionalString(j, "repr");
    return;
  }
  }
}

Object* makeObject(Arena& arena, ObjectKind kind) {
  switch (kind) {
#define LOAD_OBJECT(K, json)                                                                       \
  case ObjectKind::K: return arena.make<K>();
#include "frontend/load_objects.def"
#undef LOAD_OBJECT
  }
  return nullptr;
}

std::unique_ptr<Program> GraphReader::read(const Json& doc) {
  auto program = std::make_unique<Program>();
  program_ = program.get();
  if (!doc.is_object() || doc.value("format", "") != "kiln-load-graph")
    corrupt("not a kiln load graph (no \"format\": \"kiln-load-graph\")");
  if (doc.value("version", 0) != 1) corrupt("unsupported version (this kiln reads version 1)");
  auto text = [&](const char* key) {
    auto it = doc.find(key);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  program->pythonVersion = text("python");

  const Json& objects = array(doc, "objects");
  program->objects.reserve(objects.size());
  for (size_t i = 0; i < objects.size(); ++i) {
    context_ = "object " + std::to_string(i + 1) + ": ";
    const Json& j = objects[i];
    if (integer(field(j, "id"), "id") != int64_t(i + 1)) corrupt("ids must be 1, 2, 3, ... in order");
    std::string_view k = string(j, "k");
    auto it = std::find(std::begin(kKindNames), std::end(kKindNames), k);
    if (it == std::end(kKindNames)) corrupt("unknown object kind '" + std::string(k) + "'");
    Object* o = makeObject(ctx_.arena, ObjectKind(it - std::begin(kKindNames)));
    o->id = uint32_t(i + 1);
    o->shallow = boolean(j, "shallow");
    program->objects.push_back(o);
  }
  for (size_t i = 0; i < objects.size(); ++i) {
    context_ = "object " + std::to_string(i + 1) + ": ";
    fill(program->objects[i], objects[i]);
    if (auto* m = dynCast<Module>(program->objects[i])) program->modules.push_back(m);
    if (auto* f = dynCast<Function>(program->objects[i])) program->functions.push_back(f);
  }
  context_.clear();
  program->main = dynCast<Module>(objectById(field(doc, "main")));
  if (!program->main) corrupt("'main' is not a module");
  if (const Json* sources = optionalField(doc, "sources")) {
    if (!sources->is_array()) corrupt("'sources' is not a list");
    for (const Json& s : *sources)
      program->generatedSources.emplace_back(std::string(string(s, "file")), std::string(string(s, "text")));
  }
  if (const Json* entry = optionalField(doc, "entry")) program->entry = refTo<Function>(*entry, "entry");
  program->viaTarget = text("entry_kind") == "target";
  return program;
}

// The location of line `line` of `path`, loading the file into the SourceManager; invalid if
// the file cannot be read.
SourceRange lineOf(ParseContext& ctx, std::string_view path, int64_t line) {
  std::ifstream in{std::string(path), std::ios::binary};
  if (!in || line < 1) return {};
  std::ostringstream text;
  text << in.rdbuf();
  FileId file = ctx.sources.addFile(std::string(path), text.str());
  if (uint32_t(line) > ctx.sources.lineCount(file)) return {};
  std::string_view lineText = ctx.sources.lineText(file, uint32_t(line));
  uint32_t offset = uint32_t(lineText.data() - ctx.sources.text(file).data());
  return {ctx.sources.locAt(file, offset), ctx.sources.locAt(file, offset + uint32_t(lineText.size()))};
}

void reportProgramError(ParseContext& ctx, const Program& program, const Json& error,
                        std::string_view origin) {
  std::string code = error.value("code", "");
  std::string message = error.value("message", "");
  if (code == "no_entry_point") {
    std::string reason = "define 'entry_point(argv)' returning the exit status as an int, or "
                         "'target(driver, args)' returning (entry_point, None)";
    for (const NamedValue& g : program.main->globals) {
      if (g.name.str() != "entry_point" || (g.value.isRef() && dynCast<Function>(g.value.ref)))
        continue;
      std::string description;
      if (!reprPlain(g.value, description)) description = "a " + std::string(typeName(g.value));
      reason = "'entry_point' must be a function, but it is " + description;
    }
    ctx.diags.report(DiagId::load_no_entry_point, SourceRange{}, origin, reason);
    return;
  }
  if (code == "bad_target") {
    size_t at = message.find("it returned ");
    std::string returned = at == std::string::npos ? "something else" : message.substr(at + 12);
    auto line = error.find("line");
    SourceRange where = line != error.end() && line->is_number_integer()
                            ? lineOf(ctx, origin, line->get<int64_t>())
                            : SourceRange{};
    ctx.diags.report(DiagId::load_bad_target, where, origin, returned);
    return;
  }
  ctx.diags.report(DiagId::load_corrupt_graph, SourceRange{}, origin,
                   "unknown error code '" + code + "': " + message);
}

} // namespace

std::string_view load::objectKindName(ObjectKind kind) { return kKindNames[size_t(kind)]; }

std::unique_ptr<Program> readLoadGraph(ParseContext& ctx, std::string_view text,
                                       std::string_view origin) {
  Json doc = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    ctx.diags.report(DiagId::load_corrupt_graph, SourceRange{}, origin, "the document is not valid JSON");
    return nullptr;
  }
  std::unique_ptr<Program> program;
  try {
    program = GraphReader(ctx).read(doc);
  } catch (const Corrupt& c) {
    ctx.diags.report(DiagId::load_corrupt_graph, SourceRange{}, origin, c.message);
    return nullptr;
  } catch (const Json::exception& e) {
    ctx.diags.report(DiagId::load_corrupt_graph, SourceRange{}, origin, e.what());
    return nullptr;
  }
  // A program error the exporter found (no entry point, a bad target()).
  if (const auto it = doc.find("error"); it != doc.end() && it->is_object()) {
    reportProgramError(ctx, *program, *it, origin);
    return nullptr;
  }
  if (!program->entry) {
    ctx.diags.report(DiagId::load_corrupt_graph, SourceRange{}, origin, "no 'entry' function");
    return nullptr;
  }
  return program;
}

} // namespace kiln

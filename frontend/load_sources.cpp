// Attaching sources to load-time functions, and the run-time value check (see loader.h).
//
// A function object knows its file, co_firstlineno (the first decorator's line for a decorated
// def) and the position of its first body instruction. Each source file is parsed once with
// kiln's parser; its FunctionDef/AsyncFunctionDef/Lambda nodes are indexed by (first line,
// name), and when several share a key (two lambdas on one line) the one whose body contains the
// first instruction's position is taken.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "frontend/ast_walk.h"
#include "frontend/loader.h"

namespace kiln {

namespace {

namespace fs = std::filesystem;
using namespace load;

// A path as diagnostics should show it: relative to the working directory when inside it.
std::string displayPath(const std::string& path) {
  std::error_code ec;
  fs::path rel = fs::relative(path, fs::current_path(ec), ec);
  if (ec || rel.empty() || rel.native().starts_with("..")) return path;
  return rel.string();
}

struct FunctionNode {
  ast::Node* node;
  SourceRange body; // the body statements, or a lambda's body expression
};

class SourceIndex {
public:
  SourceIndex(const SourceManager& sources, ast::Module* module) : sources_(sources) {
    ast::walkPreOrder(module, [&](ast::Node* n) {
      if (auto* f = ast::dynCast<ast::FunctionDef>(n)) add(n, f->name.str(), f->decorator_list, f->body);
      else if (auto* a = ast::dynCast<ast::AsyncFunctionDef>(n))
        add(n, a->name.str(), a->decorator_list, a->body);
      else if (auto* l = ast::dynCast<ast::Lambda>(n))
        byKey_[{line(n->range.begin), "<lambda>"}].push_back({n, l->body->range});
      return true;
    });
  }

  ast::Node* find(const Function& f) const {
    auto it = byKey_.find({f.line, std::string(f.codeName.str())});
    if (it == byKey_.end()) return nullptr;
    if (it->second.size() == 1) return it->second.front().node;
    for (const FunctionNode& candidate : it->second)
      if (contains(candidate.body, f.bodyLine, f.bodyCol)) return candidate.node;
    return nullptr;
  }

private:
  uint32_t line(SourceLoc loc) const { return sources_.lineCol(loc).line; }

  void add(ast::Node* n, std::string_view name, std::span<ast::Expr*> decorators,
           std::span<ast::Stmt*> body) {
    SourceLoc first = decorators.empty() ? n->range.begin : decorators.front()->range.begin;
    SourceRange bodyRange{body.front()->range.begin, body.back()->range.end};
    byKey_[{line(first), std::string(name)}].push_back({n, bodyRange});
  }

  // Whether (line, byte column) lies in `range`.
  bool contains(SourceRange range, int32_t line, int32_t col) const {
    if (line < 0) return false;
    auto position = [&](SourceLoc loc) {
      FileId file = sources_.fileOf(loc);
      uint32_t offset = sources_.offsetOf(loc);
      std::string_view text = sources_.text(file);
      size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
      lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
      return std::pair<int64_t, int64_t>(sources_.lineCol(loc).line, int64_t(offset - lineStart));
    };
    std::pair<int64_t, int64_t> at{line, col};
    return position(range.begin) <= at && at < position(range.end);
  }

  const SourceManager& sources_;
  std::map<std::pair<uint32_t, std::string>, std::vector<FunctionNode>> byKey_;
};

ast::Module* parseSource(ParseContext& ctx, const std::string& file,
                         const std::map<std::string, std::string>& generated, FileId& id) {
  if (auto it = generated.find(file); it != generated.end())
    return parseBytes(ctx, file, it->second, &id);
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    ctx.diags.report(DiagId::driver_cannot_open, SourceRange{}, file, "No such file or directory");
    return nullptr;
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  return parseBytes(ctx, displayPath(file), contents.str(), &id);
}

} // namespace

bool attachFunctionSources(ParseContext& ctx, Program& program) {
  std::map<std::string, std::vector<Function*>> byFile;
  for (Function* f : program.functions)
    if (!f->shallow) byFile[std::string(f->file)].push_back(f);
  std::map<std::string, std::string> generated(program.generatedSources.begin(),
                                               program.generatedSources.end());
  bool ok = true;
  for (auto& [file, functions] : byFile) {
    FileId id;
    ast::Module* module = parseSource(ctx, file, generated, id);
    if (!module) {
      ok = false;
      continue;
    }
    SourceIndex index(ctx.sources, module);
    for (Function* f : functions) {
      f->def = index.find(*f);
      f->sourceFile = id;
      if (!f->def) {
        ctx.diags.report(DiagId::load_source_missing, SourceRange{}, f->qualname,
                         displayPath(file), f->line);
        ok = false;
      }
    }
  }
  return ok;
}

// -- Values run-time code must not read -------------------------------------------------------------

namespace {

// The first opaque object reachable from `v` through containers and instance attributes (not
// through functions or classes, whose own reads are checked separately); `path` says how.
const Opaque* findOpaque(const Value& v, std::string& path, std::set<const Object*>& seen) {
  if (v.kind == Value::Kind::Tuple) {
    for (size_t i = 0; i < v.items.size(); ++i) {
      size_t mark = path.size();
      path += "[" + std::to_string(i) + "]";
      if (const Opaque* o = findOpaque(v.items[i], path, seen)) return o;
      path.resize(mark);
    }
    return nullptr;
  }
  if (!v.isRef() || !seen.insert(v.ref).second) return nullptr;
  if (auto* o = dynCast<Opaque>(v.ref)) return o;
  auto visitAll = [&](std::span<Value> items) -> const Opaque* {
    for (size_t i = 0; i < items.size(); ++i) {
      size_t mark = path.size();
      path += "[" + std::to_string(i) + "]";
      if (const Opaque* o = findOpaque(items[i], path, seen)) return o;
      path.resize(mark);
    }
    return nullptr;
  };
  if (auto* l = dynCast<List>(v.ref)) return visitAll(l->items);
  if (auto* s = dynCast<Set>(v.ref)) return visitAll(s->items);
  if (auto* s = dynCast<FrozenSet>(v.ref)) return visitAll(s->items);
  if (auto* d = dynCast<Dict>(v.ref)) {
    for (const KeyValue& kv : d->items) {
      size_t mark = path.size();
      path += "[...]";
      if (const Opaque* o = findOpaque(kv.value, path, seen)) return o;
      path.resize(mark);
    }
    return nullptr;
  }
  if (auto* i = dynCast<Instance>(v.ref)) {
    for (const NamedValue& attr : i->attrs) {
      size_t mark = path.size();
      path += "." + std::string(attr.name.str());
      if (const Opaque* o = findOpaque(attr.value, path, seen)) return o;
      path.resize(mark);
    }
  }
  return nullptr;
}

// Where the function reads `name`: the first Name node that loads it, else the def itself.
SourceRange readSite(const Function& f, Symbol name) {
  SourceRange site = f.def->range;
  bool found = false;
  ast::walkPreOrder(f.def, [&](ast::Node* n) {
    if (found) return false;
    if (auto* use = ast::dynCast<ast::Name>(n); use && use->id == name) {
      site = use->range;
      found = true;
    }
    return !found;
  });
  return site;
}

// Functions that only ever run while the program is imported: class-creation hooks and the
// methods of metaclasses. (No class is created at run time in kiln Python.)
std::set<const Function*> loadTimeOnly(const Program& program) {
  std::set<const Function*> hooks;
  for (const Object* o : program.objects) {
    const auto* cls = dynCast<Class>(o);
    if (!cls || cls->shallow) continue;
    bool metaclass = false;
    for (const Class* base : cls->mro) metaclass |= base->builtin && base->qualname.str() == "type";
    for (const NamedValue& attr : cls->attrs) {
      const Value* v = &attr.value;
      if (v->isRef())
        if (auto* wrapper = dynCast<ClassMethod>(v->ref)) v = &wrapper->function;
      if (v->isRef())
        if (auto* wrapper = dynCast<StaticMethod>(v->ref)) v = &wrapper->function;
      const auto* f = v->isRef() ? dynCast<Function>(v->ref) : nullptr;
      std::string_view name = attr.name.str();
      if (f && (metaclass || name == "__init_subclass__" || name == "__set_name__" ||
                name == "__class_getitem__" || name == "__prepare__"))
        hooks.insert(f);
    }
  }
  return hooks;
}

} // namespace

bool checkRunTimeValues(ParseContext& ctx, const Program& program) {
  bool ok = true;
  std::set<const Function*> hooks = loadTimeOnly(program);
  for (const Function* f : program.functions) {
    if (f->shallow || !f->def || hooks.count(f)) continue;
    for (const NamedValue& global : f->globals) {
      std::string path(global.name.str());
      std::set<const Object*> seen;
      const Opaque* bad = findOpaque(global.value, path, seen);
      if (!bad) continue;
      std::string_view type = bad->type.starts_with("builtins.") ? bad->typeQualname : bad->type;
      ctx.diags.report(DiagId::load_unexportable, readSite(*f, global.name), f->qualname, path,
                       type)
          .note(DiagId::note_unexportable_value, SourceRange{}, bad->repr);
      ok = false;
    }
  }
  return ok;
}

} // namespace kiln

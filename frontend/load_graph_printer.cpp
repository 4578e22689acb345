// Text dumps of the load-time object graph.
#include "frontend/load_graph_printer.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "support/pyrepr.h"

namespace kiln::load {

namespace {

bool reprPlainImpl(const Value& v, std::string& out, std::set<const Object*>& active) {
  switch (v.kind) {
  case Value::Kind::None: out += "None"; return true;
  case Value::Kind::Bool: out += v.boolValue ? "True" : "False"; return true;
  case Value::Kind::Int:
    if (v.cls) return false;
    out += std::to_string(v.intValue);
    return true;
  case Value::Kind::BigInt:
    if (v.cls) return false;
    out += v.text;
    return true;
  case Value::Kind::Float:
    if (v.cls) return false;
    out += pyrepr::reprFloat(v.floatValue);
    return true;
  case Value::Kind::Str:
    if (v.cls) return false;
    out += pyrepr::reprStr(v.text);
    return true;
  case Value::Kind::Bytes:
    if (v.cls) return false;
    out += pyrepr::reprBytes(v.text);
    return true;
  case Value::Kind::Tuple:
    if (v.cls) return false;
    out += '(';
    for (size_t i = 0; i < v.items.size(); ++i) {
      if (i) out += ", ";
      if (!reprPlainImpl(v.items[i], out, active)) return false;
    }
    out += v.items.size() == 1 ? ",)" : ")";
    return true;
  case Value::Kind::Ref: {
    if (!active.insert(v.ref).second) return false; // a container that contains itself
    bool ok = true;
    if (auto* l = dynCast<List>(v.ref); l && !l->cls) {
      out += '[';
      for (size_t i = 0; ok && i < l->items.size(); ++i) {
        if (i) out += ", ";
        ok = reprPlainImpl(l->items[i], out, active);
      }
      out += ']';
    } else if (auto* d = dynCast<Dict>(v.ref); d && !d->cls) {
      out += '{';
      for (size_t i = 0; ok && i < d->items.size(); ++i) {
        if (i) out += ", ";
        ok = reprPlainImpl(d->items[i].key, out, active);
        out += ": ";
        ok = ok && reprPlainImpl(d->items[i].value, out, active);
      }
      out += '}';
    } else {
      ok = false;
    }
    active.erase(v.ref);
    return ok;
  }
  case Value::Kind::Complex:
  case Value::Kind::Ellipsis:
  case Value::Kind::EmptyCell:
  case Value::Kind::Undefined:
    return false;
  }
  return false;
}

// The __qualname__ of a value's type, for `<instance of Q>`.
std::string typeQualname(const Value& v) {
  if (v.cls) return std::string(v.cls->qualname.str());
  switch (v.kind) {
  case Value::Kind::Int:
  case Value::Kind::BigInt: return "int";
  case Value::Kind::Float: return "float";
  case Value::Kind::Str: return "str";
  case Value::Kind::Bytes: return "bytes";
  case Value::Kind::Complex: return "complex";
  case Value::Kind::Ellipsis: return "ellipsis";
  case Value::Kind::Tuple: return "tuple";
  case Value::Kind::None: return "NoneType";
  case Value::Kind::Bool: return "bool";
  case Value::Kind::EmptyCell: return "cell";
  case Value::Kind::Undefined: return "undefined";
  case Value::Kind::Ref: break;
  }
  auto named = [](Class* cls, const char* builtinName) {
    return cls ? std::string(cls->qualname.str()) : std::string(builtinName);
  };
  switch (v.ref->kind) {
  case ObjectKind::Instance: return std::string(static_cast<Instance*>(v.ref)->cls->qualname.str());
  case ObjectKind::Opaque: return std::string(static_cast<Opaque*>(v.ref)->typeQualname);
  case ObjectKind::Builtin: return std::string(static_cast<Builtin*>(v.ref)->typeQualname);
  case ObjectKind::List: return named(static_cast<List*>(v.ref)->cls, "list");
  case ObjectKind::Dict: return named(static_cast<Dict*>(v.ref)->cls, "dict");
  case ObjectKind::Set: return named(static_cast<Set*>(v.ref)->cls, "set");
  case ObjectKind::FrozenSet: return named(static_cast<FrozenSet*>(v.ref)->cls, "frozenset");
  case ObjectKind::StaticMethod: return "staticmethod";
  case ObjectKind::ClassMethod: return "classmethod";
  case ObjectKind::Property: return "property";
  case ObjectKind::Module: return "module";
  case ObjectKind::Function: return "function";
  case ObjectKind::Class: return "type";
  case ObjectKind::Method: return "method";
  }
  return "object";
}

// Whether a builtin prints as `<function Q>`: CPython's function types (types.FunctionType,
// BuiltinFunctionType, MethodType); other built-in objects (str.upper, sys.stdout) are instances.
bool isFunctionType(std::string_view typeQualname) {
  return typeQualname.empty() || typeQualname == "builtin_function_or_method" ||
         typeQualname == "function" || typeQualname == "method";
}

std::string describe(const Value& v) {
  std::string out;
  std::set<const Object*> active;
  if (reprPlainImpl(v, out, active)) return out;
  if (v.isRef()) {
    if (auto* f = dynCast<Function>(v.ref)) return "<function " + std::string(f->qualname.str()) + ">";
    if (auto* b = dynCast<Builtin>(v.ref); b && isFunctionType(b->typeQualname))
      return "<function " + std::string(b->qualname.str()) + ">";
    if (auto* c = dynCast<Class>(v.ref)) return "<class " + std::string(c->qualname.str()) + ">";
    if (auto* m = dynCast<Method>(v.ref)) {
      if (m->function.isRef()) {
        if (auto* f = dynCast<Function>(m->function.ref))
          return "<function " + std::string(f->qualname.str()) + ">";
        if (auto* b = dynCast<Builtin>(m->function.ref))
          return "<function " + std::string(b->qualname.str()) + ">";
      }
    }
  }
  return "<instance of " + typeQualname(v) + ">";
}

} // namespace

std::string typeName(const Value& value) { return typeQualname(value); }

bool reprPlain(const Value& value, std::string& out) {
  std::set<const Object*> active;
  std::string text;
  if (!reprPlainImpl(value, text, active)) return false;
  out += text;
  return true;
}

std::string dumpGlobals(const Program& program) {
  std::vector<const NamedValue*> globals;
  for (const NamedValue& g : program.main->globals) {
    if (g.name.str().starts_with("__")) continue;
    if (g.value.isRef() && dynCast<Module>(g.value.ref)) continue;
    globals.push_back(&g);
  }
  std::sort(globals.begin(), globals.end(),
            [](const NamedValue* a, const NamedValue* b) { return a->name.str() < b->name.str(); });
  std::string out;
  for (const NamedValue* g : globals)
    out += std::string(g->name.str()) + " = " + describe(g->value) + "\n";
  return out;
}

std::string dumpFunctions(const Program& program, const SourceManager& sources) {
  std::vector<const Function*> functions;
  for (const Function* f : program.functions)
    if (!f->shallow) functions.push_back(f);
  auto key = [](const Function* f) {
    uint32_t at = f->def ? f->def->range.begin.raw : 0;
    return std::make_tuple(f->file, f->line, at, f->qualname.str(), f->id);
  };
  std::sort(functions.begin(), functions.end(),
            [&](const Function* a, const Function* b) { return key(a) < key(b); });
  std::string out;
  for (const Function* f : functions) {
    out += std::string(f->qualname.str()) + " ";
    if (!f->def) {
      out += "(no source)\n";
      continue;
    }
    LineCol lc = sources.lineCol(f->def->range.begin);
    std::string_view path = sources.path(sources.fileOf(f->def->range.begin));
    out += std::string(path.substr(path.rfind('/') + 1)) + ":" +
           std::to_string(lc.line) + ":" + std::to_string(lc.col) + " " +
           std::string(ast::pythonName(f->def->kind)) + "\n";
  }
  return out;
}

} // namespace kiln::load

// Names, types and constants of the generated C++ (see codegen.h for the files' layout).
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "codegen/emitter.h"

namespace kiln::cg {

std::string mangle(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '.') out += "__";
    else if (c == '<' || c == '>') continue;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') out += c;
    else out += '_';
  }
  if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "_" + out;
  return out;
}

std::string cQuote(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c < 32 || c >= 127 || c == '?') {
      // Octal escapes take at most three digits, so the next character cannot extend them.
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  return out + "\"";
}

Emitter::Emitter(const Program& program, const EmitOptions& options) : program(program), options(options) {
  // Names the runtime or C++ already uses.
  for (const char* n : {"str", "kiln_chars", "strbuilder", "file", "main", "FILE"}) taken_.insert(n);
  assignTypeIds();
}

std::string Emitter::uniqueName(std::string base) {
  std::string name = base;
  for (int i = 2; !taken_.insert(name).second; ++i) name = base + "_" + std::to_string(i);
  return name;
}

bool Emitter::runtimeDefined(const ll::Type* t) {
  if (t->kind == ll::TypeKind::Array && t->target->kind == ll::TypeKind::Char) return true;
  return t->kind == ll::TypeKind::GcStruct && (t->name == "str" || t->name == "strbuilder" || t->name == "file");
}

namespace {

// A short tag for an array's item type, for the array's name.
std::string itemTag(const ll::Type* t) {
  switch (t->kind) {
  case ll::TypeKind::Ptr:
    if (t->target->isStruct()) return mangle(t->target->name);
    if (t->target->isArray()) return "p" + itemTag(t->target->target) + "s";
    return "fn";
  case ll::TypeKind::Struct:
  case ll::TypeKind::GcStruct: return mangle(t->name);
  case ll::TypeKind::Array:
  case ll::TypeKind::GcArray:
  case ll::TypeKind::FixedSizeArray: return "a" + itemTag(t->target);
  default: return std::string(ll::kindName(t->kind));
  }
}

} // namespace

std::string Emitter::aggregateName(const ll::Type* t) {
  if (auto it = aggregateNames_.find(t); it != aggregateNames_.end()) return it->second;
  std::string name;
  if (t->kind == ll::TypeKind::Array && t->target->kind == ll::TypeKind::Char) name = "kiln_chars";
  else if (runtimeDefined(t)) name = t->name;
  else if (t->isStruct()) name = uniqueName(mangle(t->name));
  else if (t->kind == ll::TypeKind::FixedSizeArray) name = uniqueName("Fixed" + std::to_string(t->length) + "_" + itemTag(t->target));
  else name = uniqueName((t->isGc() ? "GcArray_" : "Array_") + itemTag(t->target));
  aggregateNames_[t] = name;
  return name;
}

std::string Emitter::funcTypedef(const ll::Type* fn) {
  if (auto it = funcTypedefs_.find(fn); it != funcTypedefs_.end()) return it->second;
  std::string name = uniqueName("fn_" + std::to_string(funcTypedefs_.size()));
  funcTypedefs_[fn] = name;
  std::string params;
  for (const ll::Type* p : fn->params) {
    if (p->kind == ll::TypeKind::Void) continue;
    params += (params.empty() ? "" : ", ") + cType(p);
  }
  typedefText_ += "typedef " + cType(fn->result) + " (*" + name + ")(" + params + "); // " + ll::typeName(fn) + "\n";
  return name;
}

std::string Emitter::cType(const ll::Type* t) {
  switch (t->kind) {
  case ll::TypeKind::Void: return "void";
  case ll::TypeKind::Bool: return "bool";
  case ll::TypeKind::Signed: return "int64_t";
  case ll::TypeKind::Unsigned: return "uint64_t";
  case ll::TypeKind::Float: return "double";
  case ll::TypeKind::Char: return "char";
  case ll::TypeKind::UniChar: return "uint32_t";
  case ll::TypeKind::Ptr:
    if (t->target->kind == ll::TypeKind::Func) return funcTypedef(t->target);
    if (t->target->kind == ll::TypeKind::Opaque) return t->target->name == "FILE" ? "FILE*" : "void*";
    return aggregateName(t->target) + "*";
  case ll::TypeKind::Struct:
  case ll::TypeKind::GcStruct:
  case ll::TypeKind::Array:
  case ll::TypeKind::GcArray:
  case ll::TypeKind::FixedSizeArray: return aggregateName(t);
  case ll::TypeKind::Func: return funcTypedef(t);
  case ll::TypeKind::Opaque: return "void";
  }
  return "void";
}

std::string Emitter::fieldPath(const ll::Type* s, const std::string& name) {
  std::string path;
  while (s) {
    for (const ll::Field& f : s->fields)
      if (f.name == name) return path + mangle(f.name);
    const ll::Type* parent = s->parent();
    if (!parent) break;
    path += "super.";
    s = parent;
  }
  return path + mangle(name);
}

// -- Struct definitions --------------------------------------------------------------------------

void Emitter::emitAggregate(const ll::Type* t, std::set<const ll::Type*>& done, std::string& out) {
  if (!done.insert(t).second) return;
  // What is inlined must be complete first.
  if (t->isStruct()) {
    for (const ll::Field& f : t->fields)
      if (f.type->isStruct() || f.type->isArray()) emitAggregate(f.type, done, out);
  } else if (t->target->isStruct() || t->target->isArray()) {
    emitAggregate(t->target, done, out);
  }
  std::string name = aggregateName(t);
  std::string lname = t->isStruct() ? t->name : ll::typeName(t);
  if (!runtimeDefined(t)) {
    out += "struct " + name + " { // " + lname + "\n";
    if (t->isStruct()) {
      for (const ll::Field& f : t->fields)
        if (f.type->kind != ll::TypeKind::Void) out += "  " + cType(f.type) + " " + mangle(f.name) + ";\n";
    } else {
      if (t->kind != ll::TypeKind::FixedSizeArray) out += "  int64_t length;\n";
      if (t->target->kind != ll::TypeKind::Void)
        out += "  " + cType(t->target) + " items[" + (t->kind == ll::TypeKind::FixedSizeArray ? std::to_string(t->length) : "") + "];\n";
    }
    out += "};\n";
    // What the runtime's generic helpers know of it.
    out += "template <> struct kiln_struct<" + name + "> {\n  static constexpr std::string_view name = \"" + lname + "\";\n";
    if (t->isGc()) out += "  static constexpr uint32_t tid = " + std::to_string(typeId(t)) + ";\n";
    if (t->isStruct() && t->name.starts_with("tuple")) {
      // Every item in order; a None item has no field (rtype_tuple.cpp) and is kiln_none here.
      // The name says how many items there are: "tuple<N>_<types>".
      size_t n = std::strtoul(t->name.c_str() + 5, nullptr, 10);
      std::string items;
      for (size_t i = 0; i < n; ++i) {
        std::string field = "item" + std::to_string(i);
        bool present = false;
        for (const ll::Field& f : t->fields) present |= f.name == field && f.type->kind != ll::TypeKind::Void;
        items += (i ? ", " : "") + (present ? "&" + name + "::" + field : std::string("kiln_none"));
      }
      out += "  static constexpr auto items = std::make_tuple(" + items + ");\n";
    }
    out += "};\n";
  }
  // The C++ layout must be the low-level one (sizes and offsets are in the graphs: malloc sizes).
  bool empty = t->isStruct() ? t->fields.empty() : false;
  if (!empty) {
    std::string checks = "sizeof(" + name + ") == " + std::to_string(t->size);
    if (t->isStruct()) {
      for (const ll::Field& f : t->fields)
        if (f.type->kind != ll::TypeKind::Void)
          checks += " && offsetof(" + name + ", " + mangle(f.name) + ") == " + std::to_string(f.offset);
    } else if (t->target->kind != ll::TypeKind::Void) {
      checks += " && offsetof(" + name + ", items) == " + std::to_string(t->itemsOffset());
    }
    out += "static_assert(" + checks + ", \"" + lname + ": the C++ layout differs from the low-level one\");\n";
  }
  out += "\n";
}

std::string Emitter::typeSection() {
  std::string decls, defs;
  std::set<const ll::Type*> done;
  for (const ll::Type* t : program.types->aggregates()) {
    if (t->kind == ll::TypeKind::Array && t->target->kind == ll::TypeKind::Char) continue;
    if (!runtimeDefined(t)) decls += "struct " + aggregateName(t) + ";\n";
  }
  for (const ll::Type* t : program.types->aggregates()) emitAggregate(t, done, defs);
  return decls + "\n" + typedefText_ + "\n" + defs + prebuiltTypesText_;
}

// -- Constants -----------------------------------------------------------------------------------

std::string Emitter::pointerTo(const ll::Prebuilt* p, const ll::Type* ptrType) {
  return "((" + cType(ptrType) + ")&" + prebuiltName(p) + (hasHeader(p) ? ".object" : "") + ")";
}

std::string Emitter::constantValue(const ll::Type* t, const ll::ConstValue& v) {
  char buf[64];
  switch (t->kind) {
  case ll::TypeKind::Void: return "kiln_none";
  case ll::TypeKind::Bool: return v.i ? "true" : "false";
  case ll::TypeKind::Signed:
    if (v.i == INT64_MIN) return "INT64_MIN";
    std::snprintf(buf, sizeof buf, "%" PRId64 "LL", v.i);
    return buf;
  case ll::TypeKind::Unsigned:
    std::snprintf(buf, sizeof buf, "%" PRIu64 "ULL", uint64_t(v.i));
    return buf;
  case ll::TypeKind::Float:
    if (std::isnan(v.f)) return "__builtin_nan(\"\")";
    if (std::isinf(v.f)) return v.f > 0 ? "__builtin_inf()" : "(-__builtin_inf())";
    std::snprintf(buf, sizeof buf, "%.17g", v.f);
    if (!std::strpbrk(buf, ".en")) std::strcat(buf, ".0");
    return buf;
  case ll::TypeKind::Char:
    std::snprintf(buf, sizeof buf, "(char)%d", int(uint8_t(v.i)));
    return buf;
  case ll::TypeKind::UniChar:
    std::snprintf(buf, sizeof buf, "%uu", unsigned(v.i));
    return buf;
  case ll::TypeKind::Ptr:
    if (v.object) return pointerTo(v.object, t);
    if (v.graph) return "((" + cType(t) + ")&" + functionName(v.graph) + ")";
    if (!v.text.empty()) return "((" + cType(t) + ")&" + v.text + ")";
    return "((" + cType(t) + ")nullptr)";
  default: return "/* no value of " + ll::typeName(t) + " */ {}";
  }
}

} // namespace kiln::cg

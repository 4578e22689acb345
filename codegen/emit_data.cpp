// Static data: the prebuilt objects (DESIGN.md §2.7: prebuilt constants as static data), what
// the runtime needs to know of the program (built-in exception vtables, the function table for
// crash reports), and main().
#include <algorithm>

#include "codegen/emitter.h"

namespace kiln::cg {

std::string Emitter::prebuiltName(const ll::Prebuilt* p) {
  if (auto it = prebuiltNames_.find(p); it != prebuiltNames_.end()) return it->second;
  std::string name = uniqueName("pb_" + mangle(p->name));
  prebuiltNames_[p] = name;
  return name;
}

namespace {

// Whether the type ends in an array whose length only its instance knows.
bool varsize(const ll::Type* t) {
  if (t->kind == ll::TypeKind::Array || t->kind == ll::TypeKind::GcArray) return true;
  return t->isStruct() && !t->fields.empty() && varsize(t->fields.back().type);
}

// The items of the trailing array of a varsize init.
size_t trailingLength(const ll::Type* t, const ll::Init& init) {
  if (t->isStruct()) return init.items.size() < t->fields.size() ? 0 : trailingLength(t->fields.back().type, init.items.back());
  return t->target->kind == ll::TypeKind::Char ? init.bytes.size() : init.items.size();
}

} // namespace

// A varsize prebuilt is a struct of its own, with the trailing array's length fixed (one more
// item for a Char array: the string literal's terminating zero).
std::string Emitter::prebuiltType(const ll::Prebuilt* p) {
  if (!varsize(p->type)) return aggregateName(p->type);
  if (auto it = prebuiltTypes_.find(p); it != prebuiltTypes_.end()) return it->second;
  size_t n = trailingLength(p->type, p->init);
  std::function<std::string(const ll::Type*, const std::string&)> body = [&](const ll::Type* t, const std::string& indent) {
    std::string out = "{\n";
    if (t->isStruct()) {
      for (size_t i = 0; i < t->fields.size(); ++i) {
        const ll::Field& f = t->fields[i];
        if (f.type->kind == ll::TypeKind::Void) continue;
        if (i + 1 == t->fields.size()) out += indent + "  struct " + body(f.type, indent + "  ") + " " + mangle(f.name) + ";\n";
        else out += indent + "  " + cType(f.type) + " " + mangle(f.name) + ";\n";
      }
    } else {
      size_t items = t->target->kind == ll::TypeKind::Char ? n + 1 : std::max<size_t>(n, 1);
      out += indent + "  int64_t length;\n";
      if (t->target->kind != ll::TypeKind::Void) out += indent + "  " + cType(t->target) + " items[" + std::to_string(items) + "];\n";
    }
    return out + indent + "}";
  };
  std::string name = "pbt_" + prebuiltName(p).substr(3);
  prebuiltTypesText_ += "struct " + name + " " + body(p->type, "") + ";\n";
  prebuiltTypes_[p] = name;
  return name;
}

std::string Emitter::initializer(const ll::Type* t, const ll::Init& init) {
  if (t->isPrimitive() || t->isPtr()) return constantValue(t, init.value);
  if (init.isZero() && !(t->isArray() && t->kind != ll::TypeKind::FixedSizeArray)) return "{}";
  std::string out = "{";
  if (t->isStruct()) {
    static const ll::Init zero;
    bool first = true;
    for (size_t i = 0; i < t->fields.size(); ++i) {
      const ll::Field& f = t->fields[i];
      if (f.type->kind == ll::TypeKind::Void) continue;
      out += (first ? "" : ", ") + initializer(f.type, i < init.items.size() ? init.items[i] : zero);
      first = false;
    }
    return out + "}";
  }
  if (t->target->kind == ll::TypeKind::Char) return "{" + std::to_string(init.bytes.size()) + ", " + cQuote(init.bytes) + "}";
  if (t->kind != ll::TypeKind::FixedSizeArray) out += std::to_string(init.items.size()) + ", ";
  if (t->target->kind == ll::TypeKind::Void) return out.substr(0, out.size() - 2) + "}";
  out += "{";
  for (size_t i = 0; i < init.items.size(); ++i) out += (i ? ", " : "") + initializer(t->target, init.items[i]);
  return out + "}}";
}

// With --gc=gen a prebuilt GC object is preceded by its header: kiln_gc_prebuilt<T> {header,
// object}, and pointers to it point at `object`.
bool Emitter::hasHeader(const ll::Prebuilt* p) const { return options.genGc && p->type->isGc(); }

std::string Emitter::prebuiltStorageType(const ll::Prebuilt* p) {
  return hasHeader(p) ? "kiln_gc_prebuilt<" + prebuiltType(p) + ">" : prebuiltType(p);
}

std::string Emitter::prebuiltDeclarations() {
  std::string out;
  for (const auto& p : *program.prebuilts) out += "extern " + prebuiltStorageType(p.get()) + " " + prebuiltName(p.get()) + "; // " + p->name + "\n";
  return out;
}

std::string Emitter::dataSection() {
  std::string out;
  for (const auto& p : *program.prebuilts) {
    std::string init = initializer(p->type, p->init);
    if (hasHeader(p.get())) init = "{" + prebuiltHeader(p->type) + ", " + init + "}";
    out += prebuiltStorageType(p.get()) + " " + prebuiltName(p.get()) + " = " + init + ";\n";
  }
  out += "\n" + gcTypeTable();
  // The built-in exception classes, for the runtime's kiln_raise_builtin.
  out += "\nkiln_vtable_head* const kiln_builtin_vtables[KILN_EXC_COUNT] = {\n";
  for (size_t i = 0; i < program.builtinVtables.size(); ++i) {
    const ll::Prebuilt* v = program.builtinVtables[i];
    out += "  " + (v ? "(kiln_vtable_head*)&" + prebuiltName(v) : std::string("nullptr")) + ", // " + program.builtinNames[i] + "\n";
  }
  out += "};\n\n";
  // Every function, for crash reports.
  out += "const kiln_function_info kiln_functions[] = {\n";
  for (ll::Graph* g : program.graphs) {
    auto [file, line] = program.origin ? program.origin(*g) : std::pair<std::string, int>{"?", 0};
    out += "  {(const void*)&" + functionName(g) + ", " + cQuote(g->name()) + ", " + cQuote(file) + ", " + std::to_string(line) + "},\n";
  }
  out += "  {nullptr, nullptr, nullptr, 0}\n};\nconst size_t kiln_function_count = " + std::to_string(program.graphs.size()) + ";\n";
  return out;
}

std::string Emitter::mainFunction() {
  ll::Graph* entry = program.entry;
  const ll::Type* fn = entry->funcType();
  std::string out = "int main(int argc, char** argv) {\n  kiln_rt_init(argc, argv);\n";
  // --jit: the runtime reads KILNJIT and takes a leading `--jit SPEC` out of argv.
  if (program.jit) out += "  argc = kiln_jit_init(argc, argv);\n";
  std::string shutdown = program.jit ? "  kiln_jit_shutdown();\n" : "";
  std::string call = functionName(entry) + "(";
  if (!fn->params.empty() && fn->params[0]->isPtr()) {
    // argv as the entry point's list of str: a resizable list {length, items} or a fixed one.
    const ll::Type* t = fn->params[0]->target;
    const ll::Type* array = t->isStruct() ? t->field("items")->type->target : t;
    std::string an = aggregateName(array);
    // kiln_gc_alloc* never collect (kiln/gc.h), and what they return needs no write barrier.
    out += "  " + an + "* items = (" + an + "*)kiln_gc_alloc_varsize(" + std::to_string(typeId(array)) + ", argc);\n";
    out += "  for (int i = 0; i < argc; ++i) items->items[i] = kiln_str_from_cstr(argv[i]);\n";
    if (t->isStruct()) {
      std::string ln = aggregateName(t);
      out += "  " + ln + "* args = (" + ln + "*)kiln_gc_alloc(" + std::to_string(typeId(t)) + ");\n  args->length = argc;\n  args->items = items;\n";
    } else {
      out += "  " + an + "* args = items;\n";
    }
    call += "args";
  }
  call += ")";
  if (fn->result->kind == ll::TypeKind::Void) out += "  " + call + ";\n" + shutdown + "  return kiln_rt_exit(0);\n}\n";
  else out += "  int64_t status = (int64_t)" + call + ";\n" + shutdown + "  return kiln_rt_exit(status);\n}\n";
  return out;
}

} // namespace kiln::cg

// Flow graphs of arbitrary Python source, without importing it (see flow_harness.h).
#include "tests/support/flow_harness.h"

#include <unordered_map>
#include <unordered_set>

#include "flowgraph/verifier.h"
#include "frontend/ast_walk.h"

namespace kiln::testing {

namespace {

struct Harness {
  SourceManager sources;
  Arena arena;
  Interner interner;
  DiagnosticEngine diags{sources};
  ParseContext ctx{sources, arena, interner, diags};
  load::Program program;
  load::Module* module = nullptr;
  std::unordered_map<Symbol, load::Object*, SymbolHash> opaque;

  load::Object* opaqueFor(Symbol name) {
    auto [it, fresh] = opaque.emplace(name, nullptr);
    if (fresh) {
      auto* o = arena.make<load::Opaque>();
      o->type = arena.copyString("harness.global." + std::string(name.str()));
      o->typeQualname = o->type;
      it->second = o;
    }
    return it->second;
  }

  // Every name the function's code reads becomes a "global" (locals still win).
  void addFunction(ast::Node* def, std::string qualname) {
    auto* f = arena.make<load::Function>();
    f->module = module;
    f->def = def;
    f->qualname = interner.intern(qualname);
    f->name = f->qualname;
    f->codeName = f->qualname;
    std::vector<load::NamedValue> globals;
    std::unordered_set<Symbol, SymbolHash> seen;
    ast::walkPreOrder(def, [&](ast::Node* n) {
      if (auto* name = ast::dynCast<ast::Name>(n); name && seen.insert(name->id).second)
        globals.push_back({name->id, flow::refValue(opaqueFor(name->id))});
      return true;
    });
    f->globals = arena.copy<load::NamedValue>(globals);
    program.functions.push_back(f);
  }
};

} // namespace

FlowHarnessResult buildAllFunctions(const std::string& name, std::string_view source) {
  FlowHarnessResult result;
  Harness h;
  h.diags.setConsumer([](const Diagnostic&) {});
  ast::Module* tree = parseBytes(h.ctx, name, source);
  if (!tree) return result;
  result.parsed = true;
  h.module = h.arena.make<load::Module>();
  h.module->name = h.interner.intern("harness");
  h.program.main = h.module;
  // Top-level functions and methods of top-level classes (nested ones are built as templates).
  for (ast::Stmt* s : tree->body) {
    if (ast::isa<ast::FunctionDef>(s) || ast::isa<ast::AsyncFunctionDef>(s)) {
      std::string n(ast::isa<ast::FunctionDef>(s) ? ast::cast<ast::FunctionDef>(s)->name.str()
                                                  : ast::cast<ast::AsyncFunctionDef>(s)->name.str());
      h.addFunction(s, n);
    } else if (auto* c = ast::dynCast<ast::ClassDef>(s)) {
      for (ast::Stmt* m : c->body)
        if (auto* f = ast::dynCast<ast::FunctionDef>(m))
          h.addFunction(m, std::string(c->name.str()) + "." + std::string(f->name.str()));
    }
  }
  flow::FlowContext fc(h.ctx, h.program);
  fc.verifyEach = true;
  h.diags.setConsumer([&](const Diagnostic& d) {
    if (d.id == DiagId::internal_verifier_failed) result.verifierProblems += d.message + "\n";
  });
  for (load::Function* f : h.program.functions) {
    ++result.functions;
    if (!fc.graphFor(f)) ++result.rejected;
  }
  fc.buildAll(); // the nested templates too
  for (const auto& g : fc.graphs()) {
    ++result.graphs;
    std::string problem = flow::checkGraph(*g);
    if (!problem.empty()) result.verifierProblems += g->name() + ": " + problem + "\n";
  }
  return result;
}

} // namespace kiln::testing

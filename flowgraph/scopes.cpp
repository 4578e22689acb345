// Scope analysis (see scopes.h). Two passes: collect what each scope binds, declares and
// uses; then resolve every name used but not bound through the enclosing scopes.
#include "flowgraph/scopes.h"

#include <unordered_set>

#include "frontend/ast_walk.h"

namespace kiln::flow {

using namespace ast;

Scope* Scope::childFor(const Node* n) const {
  for (const auto& child : children)
    if (child->node == n) return child.get();
  return nullptr;
}

namespace {

struct Collected {
  std::vector<Symbol> bound;   // in order of first binding
  std::unordered_set<Symbol, SymbolHash> boundSet;
  std::vector<Symbol> globals;
  std::vector<Symbol> nonlocals;
  std::vector<Symbol> used;    // loads, in order of first use
};

class Collector {
public:
  std::unique_ptr<Scope> run(Node* root);

private:
  Scope* open(ScopeKind kind, Node* node, Scope* parent) {
    auto scope = std::make_unique<Scope>();
    scope->kind = kind;
    scope->node = node;
    scope->parent = parent;
    Scope* raw = scope.get();
    if (parent) parent->children.push_back(std::move(scope));
    else root_ = std::move(scope);
    data_[raw];
    return raw;
  }
  void bind(Scope* s, Symbol name) {
    Collected& c = data_[s];
    if (c.boundSet.insert(name).second) c.bound.push_back(name);
  }
  void use(Scope* s, Symbol name) {
    Collected& c = data_[s];
    for (Symbol u : c.used)
      if (u == name) return;
    c.used.push_back(name);
  }
  void visit(Node* n, Scope* s);
  void visitChildren(Node* n, Scope* s) {
    forEachChild(n, [&](Node* child) { visit(child, s); });
  }
  void parameters(Arguments* args, Scope* inner);
  void defaults(Arguments* args, Scope* outer);
  void function(Node* n, Symbol name, Arguments* args, std::span<Stmt*> body,
                std::span<Expr*> decorators, Expr* returns, Scope* s);
  void comprehension(Node* n, std::span<Comprehension*> generators,
                     std::initializer_list<Expr*> elements, ScopeKind kind, Scope* s);
  void resolve(Scope* s);
  void resolveFree(Scope* s, Symbol name);

  std::unique_ptr<Scope> root_;
  std::unordered_map<Scope*, Collected> data_;

  friend std::unique_ptr<Scope> flow::analyzeScopes(Node*);
};

void Collector::parameters(Arguments* args, Scope* inner) {
  for (Arg* a : args->posonlyargs) bind(inner, a->arg);
  for (Arg* a : args->args) bind(inner, a->arg);
  if (args->vararg) bind(inner, args->vararg->arg);
  for (Arg* a : args->kwonlyargs) bind(inner, a->arg);
  if (args->kwarg) bind(inner, args->kwarg->arg);
}

// Defaults and annotations are evaluated where the def or lambda is.
void Collector::defaults(Arguments* args, Scope* outer) {
  for (Expr* d : args->defaults) visit(d, outer);
  for (Expr* d : args->kw_defaults)
    if (d) visit(d, outer);
  auto annotations = [&](std::span<Arg*> list) {
    for (Arg* a : list)
      if (a->annotation) visit(a->annotation, outer);
  };
  annotations(args->posonlyargs);
  annotations(args->args);
  annotations(args->kwonlyargs);
  if (args->vararg && args->vararg->annotation) visit(args->vararg->annotation, outer);
  if (args->kwarg && args->kwarg->annotation) visit(args->kwarg->annotation, outer);
}

void Collector::function(Node* n, Symbol name, Arguments* args, std::span<Stmt*> body,
                         std::span<Expr*> decorators, Expr* returns, Scope* s) {
  for (Expr* d : decorators) visit(d, s);
  defaults(args, s);
  if (returns) visit(returns, s);
  bind(s, name);
  Scope* inner = open(ScopeKind::Function, n, s);
  parameters(args, inner);
  for (Stmt* st : body) visit(st, inner);
}

void Collector::comprehension(Node* n, std::span<Comprehension*> generators,
                              std::initializer_list<Expr*> elements, ScopeKind kind, Scope* s) {
  // The first iterable is evaluated in the enclosing scope; everything else inside.
  visit(generators.front()->iter, s);
  Scope* inner = open(kind, n, s);
  inner->isGenerator = kind == ScopeKind::GeneratorExpression;
  for (size_t i = 0; i < generators.size(); ++i) {
    Comprehension* g = generators[i];
    visit(g->target, inner);
    if (i) visit(g->iter, inner);
    for (Expr* cond : g->ifs) visit(cond, inner);
  }
  for (Expr* e : elements) visit(e, inner);
}

void Collector::visit(Node* n, Scope* s) {
  switch (n->kind) {
  case NodeKind::FunctionDef: {
    auto* f = cast<FunctionDef>(n);
    return function(n, f->name, f->args, f->body, f->decorator_list, f->returns, s);
  }
  case NodeKind::AsyncFunctionDef: {
    auto* f = cast<AsyncFunctionDef>(n);
    return function(n, f->name, f->args, f->body, f->decorator_list, f->returns, s);
  }
  case NodeKind::Lambda: {
    auto* l = cast<Lambda>(n);
    defaults(l->args, s);
    Scope* inner = open(ScopeKind::Lambda, n, s);
    parameters(l->args, inner);
    return visit(l->body, inner);
  }
  case NodeKind::ClassDef: {
    auto* c = cast<ClassDef>(n);
    for (Expr* d : c->decorator_list) visit(d, s);
    for (Expr* b : c->bases) visit(b, s);
    for (Keyword* k : c->keywords) visit(k->value, s);
    bind(s, c->name);
    Scope* inner = open(ScopeKind::Class, n, s);
    for (Stmt* st : c->body) visit(st, inner);
    return;
  }
  case NodeKind::ListComp: {
    auto* c = cast<ListComp>(n);
    return comprehension(n, c->generators, {c->elt}, ScopeKind::Comprehension, s);
  }
  case NodeKind::SetComp: {
    auto* c = cast<SetComp>(n);
    return comprehension(n, c->generators, {c->elt}, ScopeKind::Comprehension, s);
  }
  case NodeKind::DictComp: {
    auto* c = cast<DictComp>(n);
    return comprehension(n, c->generators, {c->key, c->value}, ScopeKind::Comprehension, s);
  }
  case NodeKind::GeneratorExp: {
    auto* c = cast<GeneratorExp>(n);
    return comprehension(n, c->generators, {c->elt}, ScopeKind::GeneratorExpression, s);
  }
  case NodeKind::Name: {
    auto* name = cast<Name>(n);
    if (name->ctx == ExprContext::Load) use(s, name->id);
    else bind(s, name->id);
    return;
  }
  case NodeKind::NamedExpr: {
    // PEP 572: the target binds in the nearest enclosing scope that is not a comprehension.
    auto* ne = cast<NamedExpr>(n);
    Scope* target = s;
    while (target->kind == ScopeKind::Comprehension && target->parent) target = target->parent;
    bind(target, cast<Name>(ne->target)->id);
    return visit(ne->value, s);
  }
  case NodeKind::Global:
    for (Symbol name : cast<Global>(n)->names) data_[s].globals.push_back(name);
    return;
  case NodeKind::Nonlocal:
    for (Symbol name : cast<Nonlocal>(n)->names) data_[s].nonlocals.push_back(name);
    return;
  case NodeKind::ExceptHandler:
    if (cast<ExceptHandler>(n)->name) bind(s, cast<ExceptHandler>(n)->name);
    return visitChildren(n, s);
  case NodeKind::Alias: {
    auto* a = cast<Alias>(n);
    std::string_view name = a->asname ? a->asname.str() : a->name.str();
    // `import a.b` binds `a`.
    Symbol bound = a->asname ? a->asname : a->name;
    if (!a->asname && name.find('.') != std::string_view::npos) return; // handled by the builder
    bind(s, bound);
    return;
  }
  case NodeKind::Yield:
  case NodeKind::YieldFrom:
    if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
      s->isGenerator = true;
      if (!s->firstYield) s->firstYield = n;
    }
    return visitChildren(n, s);
  default:
    return visitChildren(n, s);
  }
}

// Binds `name`, used in scope `s` but not bound there, to the enclosing scope that binds it.
void Collector::resolveFree(Scope* s, Symbol name) {
  std::vector<Scope*> crossed; // function boundaries between the use and the binding
  if (s->isFunctionBoundary()) crossed.push_back(s);
  for (Scope* p = s->parent; p; p = p->parent) {
    if (p->kind == ScopeKind::Class) continue; // class bodies are not visible to nested code
    Binding b = p->lookup(name);
    bool bindsHere = p->index.count(name) && b != Binding::Global;
    if (!bindsHere) {
      if (p->isFunctionBoundary()) crossed.push_back(p);
      continue;
    }
    if (crossed.empty()) return; // an inlined comprehension reading its function's local
    if (b == Binding::Local) {
      for (auto& [n2, binding] : p->names)
        if (n2 == name) binding = Binding::Cell;
      p->index[name] = Binding::Cell;
    }
    for (Scope* c : crossed) {
      if (c->index.count(name)) continue;
      c->names.emplace_back(name, Binding::Free);
      c->index[name] = Binding::Free;
      c->freeVars.push_back(name);
    }
    return;
  }
}

void Collector::resolve(Scope* s) {
  Collected& c = data_[s];
  std::unordered_set<Symbol, SymbolHash> globals(c.globals.begin(), c.globals.end());
  std::unordered_set<Symbol, SymbolHash> nonlocals(c.nonlocals.begin(), c.nonlocals.end());
  for (Symbol name : c.bound) {
    if (globals.count(name) || nonlocals.count(name)) continue;
    s->names.emplace_back(name, Binding::Local);
    s->index[name] = Binding::Local;
  }
  for (Symbol name : c.globals) {
    if (s->index.count(name)) continue;
    s->names.emplace_back(name, Binding::Global);
    s->index[name] = Binding::Global;
  }
  s->usesNonlocalWrite = !c.nonlocals.empty();
  for (const auto& child : s->children) resolve(child.get());
  // After the children, so that a child's capture turns this scope's local into a cell first.
  for (Symbol name : c.nonlocals) resolveFree(s, name);
  for (Symbol name : c.used)
    if (!s->index.count(name) && s->kind != ScopeKind::Class) resolveFree(s, name);
}

std::unique_ptr<Scope> Collector::run(Node* root) {
  Scope* scope = nullptr;
  if (auto* f = dynCast<FunctionDef>(root)) {
    scope = open(ScopeKind::Function, root, nullptr);
    parameters(f->args, scope);
    for (Stmt* st : f->body) visit(st, scope);
  } else if (auto* a = dynCast<AsyncFunctionDef>(root)) {
    scope = open(ScopeKind::Function, root, nullptr);
    parameters(a->args, scope);
    for (Stmt* st : a->body) visit(st, scope);
  } else if (auto* l = dynCast<Lambda>(root)) {
    scope = open(ScopeKind::Lambda, root, nullptr);
    parameters(l->args, scope);
    visit(l->body, scope);
  }
  if (!scope) return nullptr;
  resolve(scope);
  return std::move(root_);
}

} // namespace

std::unique_ptr<Scope> analyzeScopes(Node* function) { return Collector().run(function); }

} // namespace kiln::flow

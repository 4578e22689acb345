// Scope analysis: how each name of a function resolves (Python's symtable rules).
//
// For a function's AST, builds one Scope per function-like construct inside it: the function
// itself, nested defs and lambdas, comprehensions and generator expressions (their own scopes
// since Python 3), and class bodies. In each scope a name is
//   Local  -- bound in this scope (assigned, a parameter, a def/import/except/with target);
//   Cell   -- a local that a nested def/lambda/generator expression captures;
//   Free   -- bound in an enclosing function and captured from it (read or `nonlocal`);
//   Global -- declared `global`, or read but bound nowhere around (then a global or builtin).
// The flow graph builder inlines comprehensions into the enclosing graph, so a comprehension
// reading an enclosing local needs no cell; only a real function boundary (def, lambda,
// generator expression) makes its captures Cells in the binding scope and Free in the nested.
#pragma once

#include <memory>
#include <unordered_map>
#include <vector>

#include "frontend/ast.h"

namespace kiln::flow {

enum class ScopeKind : uint8_t { Function, Lambda, Comprehension, GeneratorExpression, Class };

enum class Binding : uint8_t { Local, Cell, Free, Global };

struct Scope {
  ScopeKind kind;
  ast::Node* node = nullptr;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  // Names with their binding, in the order they first appear (parameters first).
  std::vector<std::pair<Symbol, Binding>> names;
  std::unordered_map<Symbol, Binding, SymbolHash> index;
  std::vector<Symbol> freeVars; // Free names, in order (the closure's layout)
  bool isGenerator = false;     // contains yield (for a def/lambda) or is a generator expression
  bool usesNonlocalWrite = false;
  ast::Node* firstYield = nullptr;

  // How `name` resolves here; Global for names this scope does not bind or capture.
  Binding lookup(Symbol name) const {
    auto it = index.find(name);
    return it == index.end() ? Binding::Global : it->second;
  }
  bool isFunctionBoundary() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
           kind == ScopeKind::GeneratorExpression;
  }
  // The child scope created by `node` (a nested def, lambda, comprehension...).
  Scope* childFor(const ast::Node* n) const;
};

// Analyzes a FunctionDef, AsyncFunctionDef or Lambda node and everything nested in it.
std::unique_ptr<Scope> analyzeScopes(ast::Node* function);

} // namespace kiln::flow

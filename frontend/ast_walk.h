// Generic traversal of the AST, generated from ast_nodes.def: no walker repeats a field list.
#pragma once

#include <vector>

#include "frontend/ast.h"

namespace kiln::ast {

// Calls f(Node*) for every direct child of `n` (children, optional children, list elements),
// in field order, skipping absent ones.
template <class F> void forEachChild(Node* n, F&& f) {
  switch (n->kind) {
#define AST_NODE(K, C, P)                                                                          \
  case NodeKind::K: {                                                                              \
    [[maybe_unused]] K* x = cast<K>(n);
#define AST_CHILD(K, T, name)                                                                      \
  if (x->name) f(static_cast<Node*>(x->name));
#define AST_OPT(K, T, name)                                                                        \
  if (x->name) f(static_cast<Node*>(x->name));
#define AST_LIST(K, T, name)                                                                       \
  for (T* item : x->name)                                                                          \
    if (item) f(static_cast<Node*>(item));
#define AST_IDENT(K, name)
#define AST_OPT_IDENT(K, name)
#define AST_IDENT_LIST(K, name)
#define AST_CONST(K, name)
#define AST_OPT_STRING(K, name)
#define AST_INT(K, name)
#define AST_OPT_INT(K, name)
#define AST_ENUM(K, T, name)
#define AST_ENUM_LIST(K, T, name)
#define AST_END(K)                                                                                 \
  return;                                                                                          \
  }
#include "frontend/ast_nodes.def"
#undef AST_NODE
#undef AST_CHILD
#undef AST_OPT
#undef AST_LIST
#undef AST_IDENT
#undef AST_OPT_IDENT
#undef AST_IDENT_LIST
#undef AST_CONST
#undef AST_OPT_STRING
#undef AST_INT
#undef AST_OPT_INT
#undef AST_ENUM
#undef AST_ENUM_LIST
#undef AST_END
  }
}

// Pre-order walk of the whole subtree; f(Node*) returns false to skip a node's children.
// Uses an explicit stack, so tree depth does not consume the C++ stack.
template <class F> void walkPreOrder(Node* root, F&& f) {
  std::vector<Node*> stack{root};
  std::vector<Node*> children;
  while (!stack.empty()) {
    Node* n = stack.back();
    stack.pop_back();
    if (!f(n)) continue;
    children.clear();
    forEachChild(n, [&](Node* c) { children.push_back(c); });
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
}

} // namespace kiln::ast

// The Python 3.11 AST: node structs generated from ast_nodes.def and ast_ops.def.
//
// Nodes are arena-allocated, trivially destructible and immutable once the parser returns them.
// Every node carries a SourceRange. Kinds form a closed hierarchy, queried with isa<>/cast<>/
// dynCast<> (STYLE.md §11): the category bases (Mod, Stmt, Expr, Pattern) answer for all their
// kinds; ASDL product types (arguments, arg, keyword, ...) are their own category.
//
// Field types by row kind in ast_nodes.def:
//   CHILD/OPT T  -> T*            LIST T       -> std::span<T*>
//   IDENT        -> Symbol        IDENT_LIST   -> std::span<Symbol>
//   CONST        -> ConstantValue OPT_STRING   -> std::string_view (empty data() = absent)
//   INT/OPT_INT  -> int64_t       ENUM T       -> T     ENUM_LIST T -> std::span<T>
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "support/interner.h"
#include "support/source_manager.h"

namespace kiln::ast {

// -- Enumerations ---------------------------------------------------------------------------------
enum class ExprContext : uint8_t {
#define AST_CONTEXT(kind) kind,
#include "frontend/ast_ops.def"
};
enum class BoolOpKind : uint8_t {
#define AST_BOOLOP(kind, spelling) kind,
#include "frontend/ast_ops.def"
};
enum class Operator : uint8_t {
#define AST_BINOP(kind, spelling, precedence) kind,
#include "frontend/ast_ops.def"
};
enum class UnaryOpKind : uint8_t {
#define AST_UNARYOP(kind, spelling) kind,
#include "frontend/ast_ops.def"
};
enum class CmpOp : uint8_t {
#define AST_CMPOP(kind, spelling) kind,
#include "frontend/ast_ops.def"
};

// The name ast.dump() prints for an enumerator ("Load", "Add", "NotIn").
std::string_view enumName(ExprContext v);
std::string_view enumName(BoolOpKind v);
std::string_view enumName(Operator v);
std::string_view enumName(UnaryOpKind v);
std::string_view enumName(CmpOp v);
// The source spelling ("+", "not in").
std::string_view spelling(Operator v);
std::string_view spelling(UnaryOpKind v);
std::string_view spelling(CmpOp v);
// Binding strength of a binary operator: 1 (|) .. 6 (* / // % @); 0 for ** (see ast_ops.def).
int precedence(Operator v);

// -- Kinds and categories -------------------------------------------------------------------------
#define AST_CHILD(K, T, name)
#define AST_OPT(K, T, name)
#define AST_LIST(K, T, name)
#define AST_IDENT(K, name)
#define AST_OPT_IDENT(K, name)
#define AST_IDENT_LIST(K, name)
#define AST_CONST(K, name)
#define AST_OPT_STRING(K, name)
#define AST_INT(K, name)
#define AST_OPT_INT(K, name)
#define AST_ENUM(K, T, name)
#define AST_ENUM_LIST(K, T, name)
#define AST_END(K)

enum class NodeKind : uint8_t {
#define AST_NODE(K, C, P) K,
#include "frontend/ast_nodes.def"
#undef AST_NODE
};

enum class Category : uint8_t {
  Mod, Stmt, Expr, Pattern,
  Comprehension, ExceptHandler, Arguments, Arg, Keyword, Alias, WithItem, MatchCase, TypeIgnore
};

constexpr Category kNodeCategory[] = {
#define AST_NODE(K, C, P) Category::C,
#include "frontend/ast_nodes.def"
#undef AST_NODE
};
constexpr std::string_view kNodePythonName[] = {
#define AST_NODE(K, C, P) P,
#include "frontend/ast_nodes.def"
#undef AST_NODE
};
constexpr size_t kNumNodeKinds = std::size(kNodeCategory);

inline Category categoryOf(NodeKind kind) { return kNodeCategory[size_t(kind)]; }
inline std::string_view pythonName(NodeKind kind) { return kNodePythonName[size_t(kind)]; }

// -- Constants ------------------------------------------------------------------------------------
// The value of a Constant node (and of MatchSingleton). Str is WTF-8; Bytes is raw bytes; an Int
// that does not fit in 64 bits keeps its decimal digits in `text`.
struct ConstantValue {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Imaginary, Str, Bytes };
  Kind kind = Kind::None;
  int64_t intValue = 0;
  double floatValue = 0; // Float, and the imaginary part of Imaginary
  std::string_view text; // Str, Bytes, BigInt digits
};

// -- Node structs ---------------------------------------------------------------------------------
struct Node {
  explicit Node(NodeKind k) : kind(k) {}
  NodeKind kind;
  SourceRange range;
};

#define KILN_AST_CATEGORY_BASE(Name)                                                               \
  struct Name : Node {                                                                             \
    using Node::Node;                                                                              \
    static bool classof(const Node* n) { return categoryOf(n->kind) == Category::Name; }          \
  };
KILN_AST_CATEGORY_BASE(Mod)
KILN_AST_CATEGORY_BASE(Stmt)
KILN_AST_CATEGORY_BASE(Expr)
KILN_AST_CATEGORY_BASE(Pattern)
#undef KILN_AST_CATEGORY_BASE

#define AST_NODE(K, C, P) struct K;
#include "frontend/ast_nodes.def"
#undef AST_NODE

// Which struct a category's kinds derive from: the four sum categories have a base; product
// types derive from Node directly.
#define KILN_AST_BASE_Mod Mod
#define KILN_AST_BASE_Stmt Stmt
#define KILN_AST_BASE_Expr Expr
#define KILN_AST_BASE_Pattern Pattern
#define KILN_AST_BASE_Comprehension Node
#define KILN_AST_BASE_ExceptHandler Node
#define KILN_AST_BASE_Arguments Node
#define KILN_AST_BASE_Arg Node
#define KILN_AST_BASE_Keyword Node
#define KILN_AST_BASE_Alias Node
#define KILN_AST_BASE_WithItem Node
#define KILN_AST_BASE_MatchCase Node
#define KILN_AST_BASE_TypeIgnore Node

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

#define AST_NODE(K, C, P)                                                                          \
  struct K : KILN_AST_BASE_##C {                                                                   \
    static constexpr NodeKind kKind = NodeKind::K;                                                 \
    K() : KILN_AST_BASE_##C(kKind) {}                                                              \
    static bool classof(const Node* n) { return n->kind == kKind; }
#define AST_CHILD(K, T, name) T* name = nullptr;
#define AST_OPT(K, T, name) T* name = nullptr;
#define AST_LIST(K, T, name) std::span<T*> name;
#define AST_IDENT(K, name) Symbol name;
#define AST_OPT_IDENT(K, name) Symbol name;
#define AST_IDENT_LIST(K, name) std::span<Symbol> name;
#define AST_CONST(K, name) ConstantValue name;
#define AST_OPT_STRING(K, name) std::string_view name;
#define AST_INT(K, name) int64_t name = 0;
#define AST_OPT_INT(K, name) int64_t name = 0;
#define AST_ENUM(K, T, name) T name{};
#define AST_ENUM_LIST(K, T, name) std::span<T> name;
#define AST_END(K) };
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

// -- isa / cast / dynCast -------------------------------------------------------------------------
template <class T> bool isa(const Node* n) { return n && T::classof(n); }
template <class T> T* cast(Node* n) { return static_cast<T*>(n); }
template <class T> const T* cast(const Node* n) { return static_cast<const T*>(n); }
template <class T> T* dynCast(Node* n) { return isa<T>(n) ? static_cast<T*>(n) : nullptr; }
template <class T> const T* dynCast(const Node* n) {
  return isa<T>(n) ? static_cast<const T*>(n) : nullptr;
}

} // namespace kiln::ast

// AST enumerator names and spellings, generated from ast_ops.def.
#include "frontend/ast.h"

namespace kiln::ast {

namespace {
constexpr std::string_view kContextNames[] = {
#define AST_CONTEXT(kind) #kind,
#include "frontend/ast_ops.def"
};
constexpr std::string_view kBoolOpNames[] = {
#define AST_BOOLOP(kind, spelling) #kind,
#include "frontend/ast_ops.def"
};
constexpr std::string_view kOperatorNames[] = {
#define AST_BINOP(kind, spelling, precedence) #kind,
#include "frontend/ast_ops.def"
};
constexpr std::string_view kOperatorSpellings[] = {
#define AST_BINOP(kind, spelling, precedence) spelling,
#include "frontend/ast_ops.def"
};
constexpr int kOperatorPrecedence[] = {
#define AST_BINOP(kind, spelling, precedence) precedence,
#include "frontend/ast_ops.def"
};
constexpr std::string_view kUnaryOpSpellings[] = {
#define AST_UNARYOP(kind, spelling) spelling,
#include "frontend/ast_ops.def"
};
constexpr std::string_view kUnaryOpNames[] = {
#define AST_UNARYOP(kind, spelling) #kind,
#include "frontend/ast_ops.def"
};
constexpr std::string_view kCmpOpNames[] = {
#define AST_CMPOP(kind, spelling) #kind,
#include "frontend/ast_ops.def"
};
constexpr std::string_view kCmpOpSpellings[] = {
#define AST_CMPOP(kind, spelling) spelling,
#include "frontend/ast_ops.def"
};
} // namespace

std::string_view enumName(ExprContext v) { return kContextNames[size_t(v)]; }
std::string_view enumName(BoolOpKind v) { return kBoolOpNames[size_t(v)]; }
std::string_view enumName(Operator v) { return kOperatorNames[size_t(v)]; }
std::string_view enumName(UnaryOpKind v) { return kUnaryOpNames[size_t(v)]; }
std::string_view enumName(CmpOp v) { return kCmpOpNames[size_t(v)]; }
std::string_view spelling(Operator v) { return kOperatorSpellings[size_t(v)]; }
std::string_view spelling(UnaryOpKind v) { return kUnaryOpSpellings[size_t(v)]; }
int precedence(Operator v) { return kOperatorPrecedence[size_t(v)]; }
std::string_view spelling(CmpOp v) { return kCmpOpSpellings[size_t(v)]; }

} // namespace kiln::ast

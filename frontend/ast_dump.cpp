// ast.dump() compatible printer, generated from the field table in ast_nodes.def.
//
// CPython's rule (Lib/ast.py, dump._format): a node prints as `Name(f1=v1, f2=v2)` over its
// `_fields` in order, leaving out a field whose value is None when the class declares it
// optional. Lists print as `[a, b]`, a None list element as `None`, identifiers and strings with
// repr(). Nothing here knows a node by name: the table decides.
#include "frontend/ast_dump.h"

#include "support/assert.h"
#include "support/pyrepr.h"

namespace kiln::ast {

namespace {

class Dumper {
public:
  explicit Dumper(std::string& out) : out_(out) {}

  void node(const Node* n);

private:
  // Starts a field; the first one of a node has no separator.
  void field(const char* name) {
    if (!firstField_) out_ += ", ";
    firstField_ = false;
    out_ += name;
    out_ += '=';
  }

  template <class T> void child(const char* name, const T* n) {
    field(name);
    nodeOrNone(n);
  }
  template <class T> void optional(const char* name, const T* n) {
    if (n) child(name, n);
  }
  template <class T> void list(const char* name, std::span<T*> items) {
    field(name);
    out_ += '[';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out_ += ", ";
      nodeOrNone(items[i]);
    }
    out_ += ']';
  }
  void ident(const char* name, Symbol s) {
    field(name);
    out_ += pyrepr::reprStr(s.str());
  }
  void optionalIdent(const char* name, Symbol s) {
    if (s) ident(name, s);
  }
  void identList(const char* name, std::span<Symbol> items) {
    field(name);
    out_ += '[';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out_ += ", ";
      out_ += pyrepr::reprStr(items[i].str());
    }
    out_ += ']';
  }
  void constant(const char* name, const ConstantValue& v) {
    field(name);
    constantValue(v);
  }
  void optionalString(const char* name, std::string_view s) {
    if (!s.data()) return;
    field(name);
    out_ += pyrepr::reprStr(s);
  }
  void integer(const char* name, int64_t v) {
    field(name);
    out_ += std::to_string(v);
  }
  template <class E> void enumValue(const char* name, E v) {
    field(name);
    out_ += enumName(v);
    out_ += "()";
  }
  template <class E> void enumList(const char* name, std::span<E> items) {
    field(name);
    out_ += '[';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out_ += ", ";
      out_ += enumName(items[i]);
      out_ += "()";
    }
    out_ += ']';
  }

  void nodeOrNone(const Node* n) {
    if (!n) {
      out_ += "None";
      return;
    }
    bool saved = firstField_;
    node(n);
    firstField_ = saved;
  }

  void constantValue(const ConstantValue& v);

  std::string& out_;
  bool firstField_ = true;
};

void Dumper::constantValue(const ConstantValue& v) {
  using K = ConstantValue::Kind;
  switch (v.kind) {
  case K::None: out_ += "None"; return;
  case K::True: out_ += "True"; return;
  case K::False: out_ += "False"; return;
  case K::Ellipsis: out_ += "Ellipsis"; return;
  case K::Int: out_ += std::to_string(v.intValue); return;
  case K::BigInt: out_ += v.text; return;
  case K::Float: out_ += pyrepr::reprFloat(v.floatValue); return;
  case K::Imaginary: out_ += pyrepr::reprImaginary(v.floatValue); return;
  case K::Str: out_ += pyrepr::reprStr(v.text); return;
  case K::Bytes: out_ += pyrepr::reprBytes(v.text); return;
  }
  KILN_UNREACHABLE("bad constant kind");
}

void Dumper::node(const Node* n) {
  firstField_ = true;
  out_ += pythonName(n->kind);
  out_ += '(';
  switch (n->kind) {
#define AST_NODE(K, C, P)                                                                          \
  case NodeKind::K: {                                                                              \
    [[maybe_unused]] const K* x = cast<K>(n);
#define AST_CHILD(K, T, name) child(#name, x->name);
#define AST_OPT(K, T, name) optional(#name, x->name);
#define AST_LIST(K, T, name) list(#name, x->name);
#define AST_IDENT(K, name) ident(#name, x->name);
#define AST_OPT_IDENT(K, name) optionalIdent(#name, x->name);
#define AST_IDENT_LIST(K, name) identList(#name, x->name);
#define AST_CONST(K, name) constant(#name, x->name);
#define AST_OPT_STRING(K, name) optionalString(#name, x->name);
#define AST_INT(K, name) integer(#name, x->name);
#define AST_OPT_INT(K, name) integer(#name, x->name);
#define AST_ENUM(K, T, name) enumValue(#name, x->name);
#define AST_ENUM_LIST(K, T, name) enumList(#name, x->name);
#define AST_END(K)                                                                                 \
  break;                                                                                           \
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
  out_ += ')';
}

} // namespace

void dumpAst(const Node* node, std::string& out) { Dumper(out).node(node); }

std::string dumpAst(const Node* node) {
  std::string out;
  dumpAst(node, out);
  return out;
}

} // namespace kiln::ast

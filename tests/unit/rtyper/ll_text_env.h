// What the low-level text tests share: a parse environment whose diagnostics are collected, and
// a small program built with the graph API (types, prebuilt objects, graphs) to print.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rtyper/parser.h"
#include "rtyper/printer.h"

namespace kiln::ll::testing {

struct TextEnv {
  SourceManager sources;
  DiagnosticEngine diags{sources};
  std::vector<Diagnostic> reported;
  std::string rendered; // every diagnostic, rendered with its source line and caret

  TextEnv() {
    diags.setConsumer([this](const Diagnostic& d) {
      reported.push_back(d);
      rendered += diags.render(d);
    });
  }

  ParsedText parse(TypeContext& types, std::string text) {
    return parseTextString(types, sources, diags, "test.ll", std::move(text));
  }

  // The 1-based line of the first diagnostic's caret, or 0.
  uint32_t errorLine() const {
    if (reported.empty() || !reported[0].range.isValid()) return 0;
    return sources.lineCol(reported[0].caret).line;
  }
};

// The graphs of `graphs` as printProgram takes them.
inline std::vector<const Graph*> graphList(const std::vector<std::unique_ptr<Graph>>& graphs) {
  std::vector<const Graph*> out;
  for (const auto& g : graphs)
    out.push_back(g.get());
  return out;
}

// printProgram without locations.
inline std::string printAll(const TypeContext& types,
                            const std::vector<std::unique_ptr<Graph>>& graphs) {
  PrintOptions options;
  options.locations = false;
  return printProgram(types, graphList(graphs), options);
}

// A program made with the API: the shapes the rtyper makes (instances with an inlined parent
// and a vtable pointer, a str with an inlined array, vtables as prebuilt objects), and helpers
// to build graphs over them.
struct Program {
  TypeContext types;
  std::vector<std::unique_ptr<Prebuilt>> prebuilts;
  std::vector<std::unique_ptr<Graph>> graphs;
  Type *vtable, *object, *node, *nodeVtable, *zeroDivision, *zeroDivisionVtable, *point, *shape,
      *str;
  const Type *vtablePtr, *objectPtr, *nodePtr, *strPtr, *signedArray;
  Prebuilt *vtableZeroDivision, *zeroDivisionInstance, *node0, *strHello;

  Program() {
    TypeContext& t = types;
    vtable = t.newStruct("object_vtable", false);
    t.addField(vtable, "subclassrange_min", t.signedType());
    t.addField(vtable, "subclassrange_max", t.signedType());
    t.freeze(vtable);
    vtablePtr = t.ptr(vtable);
    object = t.newStruct("object", true);
    t.addField(object, "typeptr", vtablePtr);
    t.freeze(object);
    objectPtr = t.ptr(object);
    // Made empty first and laid out later, as the rtyper does with classes.
    node = t.newStruct("prog.Node", true);
    nodeVtable = t.newStruct("prog.Node_vtable", false);
    nodePtr = t.ptr(node);
    t.addField(node, "super", object);
    t.addField(node, "inst_value", t.signedType());
    t.addField(node, "inst_next", nodePtr);
    t.freeze(node);
    t.addField(nodeVtable, "super", vtable);
    t.freeze(nodeVtable);
    zeroDivision = structWithParent("ZeroDivisionError", object);
    zeroDivisionVtable = structWithParent("ZeroDivisionError_vtable", vtable);
    signedArray = t.array(t.signedType(), true);
    point = t.newStruct("prog.Point", false);
    t.addField(point, "x", t.floatType());
    t.addField(point, "y", t.floatType());
    t.freeze(point);
    shape = t.newStruct("prog.Shape", true);
    t.addField(shape, "super", object);
    t.addField(shape, "origin", point);
    t.addField(shape, "tag", t.charType());
    t.addField(shape, "code", t.fixedArray(t.charType(), 3));
    t.addField(shape, "items", t.ptr(signedArray));
    t.freeze(shape);
    str = t.newStruct("str", true);
    t.addField(str, "hash", t.signedType());
    t.addField(str, "chars", t.array(t.charType(), false));
    t.freeze(str);
    strPtr = t.ptr(str);
    vtableZeroDivision = prebuilt("vtable_ZeroDivisionError", zeroDivisionVtable);
    zeroDivisionInstance = prebuilt("exc_ZeroDivisionError", zeroDivision);
    node0 = prebuilt("prog.node0", node);
    strHello = prebuilt("str_hello", str);
  }

  Type* structWithParent(std::string name, const Type* parent) {
    Type* s = types.newStruct(name, parent->isGc());
    types.addField(s, "super", parent);
    types.freeze(s);
    return s;
  }
  Prebuilt* prebuilt(std::string name, const Type* type) {
    prebuilts.push_back(std::make_unique<Prebuilt>(Prebuilt{std::move(name), type, {}}));
    return prebuilts.back().get();
  }
  Graph& graph(std::string name, std::vector<const Type*> params, const Type* result) {
    graphs.push_back(std::make_unique<Graph>(std::move(name), types.func(std::move(params), result),
                                             vtablePtr, objectPtr));
    return *graphs.back();
  }

  // Constants.
  Value integer(Graph& g, int64_t v, const Type* type = nullptr) {
    ConstValue c;
    c.i = v;
    return g.newConstant(type ? type : types.signedType(), c);
  }
  Value real(Graph& g, double v) {
    ConstValue c;
    c.f = v;
    return g.newConstant(types.floatType(), c);
  }
  Value text(Graph& g, std::string s) {
    ConstValue c;
    c.text = std::move(s);
    return g.newConstant(types.voidType(), c);
  }
  Value typeConstant(Graph& g, const Type* t) {
    ConstValue c;
    c.type = t;
    return g.newConstant(types.voidType(), c);
  }
  Value ref(Graph& g, const Prebuilt* p, const Type* ptrType = nullptr) {
    ConstValue c;
    c.object = p;
    return g.newConstant(ptrType ? ptrType : types.ptr(p->type), c);
  }
  Value function(Graph& g, Graph& callee) {
    ConstValue c;
    c.graph = &callee;
    return g.newConstant(types.ptr(callee.funcType()), c);
  }
  Value runtimeFunction(Graph& g, std::string name, const Type* funcType) {
    ConstValue c;
    c.text = std::move(name);
    return g.newConstant(types.ptr(funcType), c);
  }
  Value null(Graph& g, const Type* ptrType) { return g.newConstant(ptrType, ConstValue{}); }

  // Operations and exits.
  Variable* op(Graph& g, Block* b, Op o, std::vector<Value> args, const Type* result) {
    Variable* r = g.newVariable(result ? result : types.voidType());
    b->operations.push_back(Operation{o, std::move(args), r, {}});
    return r;
  }
  static Link link(Block* target, std::vector<Value> args) {
    Link l;
    l.target = target;
    l.args = std::move(args);
    return l;
  }
  static void jump(Block* from, Block* to, std::vector<Value> args) {
    from->exitKind = ExitKind::Goto;
    from->exits.push_back(link(to, std::move(args)));
  }
};

} // namespace kiln::ll::testing

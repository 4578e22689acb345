// Writes one graph as a C++ function (emit_function.cpp: blocks and links; emit_ops.cpp: the
// operations).
#pragma once

#include <unordered_map>

#include "codegen/emitter.h"

namespace kiln::cg {

inline bool isVoid(const ll::Type* t) { return t->kind == ll::TypeKind::Void; }

// A graph's C++ function; `statics` gets what it needs at file scope (traceback entries).
class FunctionEmitter {
public:
  FunctionEmitter(Emitter& e, ll::Graph* g, std::string& statics) : e_(e), g_(g), statics_(statics) {}

  std::string run();

private:
  std::string var(const ll::Variable* v) { return "v" + std::to_string(v->id); }
  std::string value(const ll::Value& v) { return v.isVariable() ? var(v.variable()) : e_.constant(*v.constant()); }
  std::string text(const ll::Value& v) { return v.constant() ? v.constant()->value.text : ""; }
  std::string label(const ll::Block* b) { return "b" + std::to_string(blockIds_.at(b)); }
  std::string link(const ll::Link& l, const std::string& indent);
  std::string operation(const ll::Operation& op);
  std::string fusedIndexCheck(const ll::Operation& op, const ll::Operation& test);
  std::string call(const ll::Operation& op, std::string callee, size_t firstArg, size_t endArg, bool generic);
  std::string checkedInt(const ll::Operation& op, const char* builtin, const char* symbol);
  // The GC transform's ops (emit_gc_ops.cpp).
  std::string gcOperation(const ll::Operation& op);
  std::string pushRoots(const ll::Operation& op, size_t first, const std::string& indent);
  std::string popRoots(const ll::Operation& op, size_t first, const std::string& indent);
  std::string allocation(const ll::Operation& op, const ll::Variable* failed);
  std::string safepoint(const ll::Operation& op, const ll::Variable* failed);
  bool onlySafepointRaises(const ll::Block* b, size_t safepoint);

  Emitter& e_;
  ll::Graph* g_;
  std::string& statics_;
  std::unordered_map<const ll::Block*, int> blockIds_;
  int tracebacks_ = 0;
};

} // namespace kiln::cg

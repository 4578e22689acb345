// The state codegen's emitters share (codegen/*.cpp): C++ names of types, functions and
// prebuilt objects, and how a low-level value is written in C++.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "codegen/codegen.h"

namespace kiln::cg {

// A low-level name made a C++ identifier: letters, digits and '_' stay, '.' becomes "__", '<'
// and '>' vanish, anything else becomes '_'.
std::string mangle(std::string_view name);
// A C++ string literal of UTF-8 text (quotes included).
std::string cQuote(std::string_view text);

class Emitter {
public:
  Emitter(const Program& program, const EmitOptions& options);

  // -- Names ------------------------------------------------------------------------------------
  // The C++ type of values of low-level type `t` ("int64_t", "prog__Node*", "fn_3").
  std::string cType(const ll::Type* t);
  // The C++ name of a struct or array type (the runtime's own for str, strbuilder, file).
  std::string aggregateName(const ll::Type* t);
  std::string functionName(const ll::Graph* g);
  std::string prebuiltName(const ll::Prebuilt* p);
  // Whether the runtime defines the struct (codegen does not emit it).
  static bool runtimeDefined(const ll::Type* t);

  // -- Values -----------------------------------------------------------------------------------
  std::string constant(const ll::Constant& k) { return constantValue(k.type, k.value); }
  std::string constantValue(const ll::Type* t, const ll::ConstValue& v);
  std::string pointerTo(const ll::Prebuilt* p, const ll::Type* ptrType);
  // The C++ access path of a struct's field, through the inlined parents: "super.super.inst_x".
  std::string fieldPath(const ll::Type* s, const std::string& name);

  // -- Sections (emit_types.cpp, emit_function.cpp, emit_data.cpp) ------------------------------
  // The struct definitions; call it after everything else was emitted (it also writes the
  // function pointer typedefs and the prebuilt objects' structs that emitting found).
  std::string typeSection();
  std::string prototypes();
  std::string prebuiltDeclarations();
  std::string function(ll::Graph* g, std::string& fileStatics);
  std::string dataSection();
  std::string mainFunction();

  const Program& program;
  const EmitOptions& options;

private:
  std::string uniqueName(std::string base);
  std::string funcTypedef(const ll::Type* fn);
  void emitAggregate(const ll::Type* t, std::set<const ll::Type*>& done, std::string& out);
  std::string prebuiltType(const ll::Prebuilt* p); // the C++ type of its static object
  std::string initializer(const ll::Type* t, const ll::Init& init);

  std::set<std::string> taken_;
  std::unordered_map<const ll::Type*, std::string> aggregateNames_;
  std::unordered_map<const ll::Graph*, std::string> functionNames_;
  std::unordered_map<const ll::Prebuilt*, std::string> prebuiltNames_;
  std::map<const ll::Type*, std::string> funcTypedefs_;
  std::string typedefText_;       // function pointer types
  std::string prebuiltTypesText_; // the structs of varsize prebuilt objects
  std::unordered_map<const ll::Prebuilt*, std::string> prebuiltTypes_;
};

} // namespace kiln::cg

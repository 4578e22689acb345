// The state codegen's emitters share (codegen/*.cpp): C++ names of types, functions and
// prebuilt objects, and how a low-level value is written in C++.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "codegen/codegen.h"

namespace kiln::cg {

// A low-level name made a C++ identifier: letters, digits and '_' stay, '.' becomes "__", '<'
// and '>' vanish, anything else becomes '_'.
std::string mangle(std::string_view name);
// A C++ string literal of UTF-8 text (quotes included).
std::string cQuote(std::string_view text);

// Where a GC type's size and GC pointers are (emit_gc.cpp), as the collector's type table says.
struct GcLayout {
  size_t size = 0; // a fixed-size type's size; a varsize one's fixed part (up to items[0])
  bool varsize = false;
  size_t itemSize = 0, lengthOffset = 0, itemsOffset = 0;
  std::vector<size_t> ptrs, itemPtrs;
};
GcLayout gcLayout(const ll::Type* t);

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

  // -- The collector (emit_gc.cpp) ----------------------------------------------------------------
  // The type id of a GC struct or array (kiln_gc_types' index).
  uint32_t typeId(const ll::Type* t) const { return typeIds_.at(t); }
  // The header word of a prebuilt object of type t (gen), as a C++ expression: its id, PREBUILT, and
  // TRACK_YOUNG_PTRS when it can hold GC pointers.
  std::string prebuiltHeader(const ll::Type* t) const;
  // kiln_gc_types[] and the other symbols the collector reads from the program.
  std::string gcTypeTable();

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
  // The graphs defined inline in the header (emit.cpp); prototypes() declares them inline.
  std::unordered_set<const ll::Graph*> inHeader;
  std::unordered_set<const ll::Graph*> noInline; // hinted dont_inline
  std::string dataSection();
  std::string mainFunction();

  // -- The JIT (emit_jit.cpp; only when program.jit is set) --------------------------------------
  // <name>_jit.cpp: kiln_jit_data and what it points to. Call it before typeSection() (the
  // thunks' function pointer types become typedefs there).
  std::string jitSource();
  // The portal's jit_merge_point `op` in graph g as a call of kiln_jit_merge_point; `value`
  // writes an operand as the function emitter does.
  std::string jitMergePoint(const ll::Operation& op, const ll::Graph* g, const std::function<std::string(const ll::Value&)>& value);
  std::string jitCanEnter(const ll::Operation& op);
  // A value of low-level type t as a 64-bit word of kiln/jit.h, and back.
  std::string toWord(const ll::Type* t, const std::string& value);
  std::string fromWord(const ll::Type* t, const std::string& word);

  const Program& program;
  const EmitOptions& options;

private:
  std::string uniqueName(std::string base);
  void assignTypeIds();
  std::string funcTypedef(const ll::Type* fn);
  void emitAggregate(const ll::Type* t, std::set<const ll::Type*>& done, std::string& out);
  std::string prebuiltType(const ll::Prebuilt* p); // the C++ type of its static object
  bool hasHeader(const ll::Prebuilt* p) const;      // gen: a GC header precedes it
  std::string prebuiltStorageType(const ll::Prebuilt* p);
  std::string initializer(const ll::Type* t, const ll::Init& init);

  std::set<std::string> taken_;
  std::unordered_map<const ll::Type*, std::string> aggregateNames_;
  std::unordered_map<const ll::Graph*, std::string> functionNames_;
  std::unordered_map<const ll::Prebuilt*, std::string> prebuiltNames_;
  std::map<const ll::Type*, std::string> funcTypedefs_;
  std::string typedefText_;       // function pointer types
  std::string prebuiltTypesText_; // the structs of varsize prebuilt objects
  std::unordered_map<const ll::Prebuilt*, std::string> prebuiltTypes_;
  std::map<const ll::Type*, uint32_t> typeIds_;
  std::vector<const ll::Type*> gcTypes_; // by id, from the first program type's
};

} // namespace kiln::cg

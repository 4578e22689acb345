// The load-time object graph: what exists when the program's import has finished.
//
// Built by the loader (frontend/loader.h) from the exporter's JSON (docs/load-graph.md). These
// objects are the constants of the translated program: module globals, functions with their
// defaults, closure cells and attached ASTs, classes, prebuilt instances and containers. All
// are arena-allocated and immutable once loaded; identity is preserved (one Object per Python
// object).
//
// Values are small and immutable (None, bool, int, float, str, bytes, tuples) or refer to an
// Object.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontend/ast.h"
#include "support/interner.h"
#include "support/source_manager.h"

namespace kiln::load {

struct Object;
struct Class;
struct Module;

struct Value {
  enum class Kind : uint8_t {
    None, Bool, Int, BigInt, Float, Complex, Str, Bytes, Ellipsis, Tuple, Ref, EmptyCell,
    Undefined // flow graphs only: a local not assigned on some path (reads check for it)
  };
  Kind kind = Kind::None;
  bool boolValue = false;
  int64_t intValue = 0;
  double floatValue = 0; // Float; the real part of Complex
  double imagValue = 0;  // Complex
  std::string_view text; // Str (WTF-8), Bytes, BigInt (decimal, maybe with '-')
  std::span<Value> items; // Tuple
  Object* ref = nullptr;  // Ref
  // The class when the value's type is a subclass of int/float/str/bytes/complex/tuple (r_uint,
  // a namedtuple, an IntEnum member); null for the exact built-in type.
  Class* cls = nullptr;

  bool isRef() const { return kind == Kind::Ref; }
};

struct NamedValue {
  Symbol name;
  Value value;
};

struct KeyValue {
  Value key;
  Value value;
};

enum class ObjectKind : uint8_t {
#define LOAD_OBJECT(kind, json) kind,
#include "frontend/load_objects.def"
#undef LOAD_OBJECT
};
std::string_view objectKindName(ObjectKind kind); // the JSON spelling ("function")

struct Object {
  explicit Object(ObjectKind k) : kind(k) {}
  ObjectKind kind;
  bool shallow = false; // reached only through a main-module global run-time code never reads
  uint32_t id = 0;
};

#define KILN_LOAD_STRUCT(Name)                                                                     \
  static constexpr ObjectKind kKind = ObjectKind::Name;                                            \
  Name() : Object(kKind) {}                                                                        \
  static bool classof(const Object* o) { return o->kind == kKind; }

struct Module : Object {
  KILN_LOAD_STRUCT(Module)
  Symbol name;
  std::string_view file; // empty for built-in modules
  bool builtin = false;
  std::span<NamedValue> globals;
};

struct Function : Object {
  KILN_LOAD_STRUCT(Function)
  Symbol name;
  Symbol qualname;
  Symbol codeName; // the name in the source (co_name), when __name__ was changed later
  Module* module = nullptr;
  std::string_view file;
  uint32_t line = 0;
  int32_t bodyLine = -1, bodyCol = -1; // first body instruction; -1 if unknown
  bool isLambda = false, isGenerator = false, isAsync = false;
  std::span<Value> defaults;
  std::span<NamedValue> kwdefaults;
  std::span<NamedValue> closure;
  std::span<NamedValue> globals; // the globals its code reads, with their values
  std::span<NamedValue> builtins; // the builtins its code reads, with their values
  std::span<NamedValue> attrs; // the function's __dict__ (hints)
  // Attached by the loader: the FunctionDef, AsyncFunctionDef or Lambda node of its source.
  ast::Node* def = nullptr;
  FileId sourceFile;

  // A hint in attrs: set and true (a value other than a bool counts unless it is None:
  // `_always_inline_ = 'try'`), or set to False.
  bool hintTrue(std::string_view hint) const {
    for (const NamedValue& a : attrs)
      if (a.name.str() == hint) return a.value.kind == Value::Kind::Bool ? a.value.boolValue : a.value.kind != Value::Kind::None;
    return false;
  }
  bool hintFalse(std::string_view hint) const {
    for (const NamedValue& a : attrs)
      if (a.name.str() == hint) return a.value.kind == Value::Kind::Bool && !a.value.boolValue;
    return false;
  }
};

struct Class : Object {
  KILN_LOAD_STRUCT(Class)
  Symbol name;
  Symbol qualname;
  Module* module = nullptr;
  std::string_view file;
  uint32_t line = 0;
  bool builtin = false;
  std::span<Class*> bases;
  std::span<Class*> mro;
  Object* metaclass = nullptr;
  std::span<NamedValue> attrs;
};

struct Instance : Object {
  KILN_LOAD_STRUCT(Instance)
  Class* cls = nullptr;
  std::span<NamedValue> attrs;
};

struct List : Object {
  KILN_LOAD_STRUCT(List)
  Class* cls = nullptr; // a subclass (OrderedDict, ...), or null
  std::span<Value> items;
};

struct Dict : Object {
  KILN_LOAD_STRUCT(Dict)
  Class* cls = nullptr; // a subclass (OrderedDict, ...), or null
  std::span<KeyValue> items;
};

struct Set : Object {
  KILN_LOAD_STRUCT(Set)
  Class* cls = nullptr; // a subclass (OrderedDict, ...), or null
  std::span<Value> items;
};

struct FrozenSet : Object {
  KILN_LOAD_STRUCT(FrozenSet)
  Class* cls = nullptr; // a subclass (OrderedDict, ...), or null
  std::span<Value> items;
};

struct Builtin : Object {
  KILN_LOAD_STRUCT(Builtin)
  Symbol name;     // "len", "os.write", "kiln.jit.promote"
  Symbol qualname; // "len", "write", "promote"
  std::string_view typeQualname; // the object's type: "builtin_function_or_method", ...
};

struct Method : Object {
  KILN_LOAD_STRUCT(Method)
  Value function;
  Value self;
};

struct StaticMethod : Object {
  KILN_LOAD_STRUCT(StaticMethod)
  Value function;
};

struct ClassMethod : Object {
  KILN_LOAD_STRUCT(ClassMethod)
  Value function;
};

struct Property : Object {
  KILN_LOAD_STRUCT(Property)
  Value fget, fset, fdel;
};

struct Opaque : Object {
  KILN_LOAD_STRUCT(Opaque)
  std::string_view type;         // "socket.socket"
  std::string_view typeQualname; // "socket"
  std::string_view repr;
};

#undef KILN_LOAD_STRUCT

template <class T> T* dynCast(Object* o) {
  return o && T::classof(o) ? static_cast<T*>(o) : nullptr;
}
template <class T> const T* dynCast(const Object* o) {
  return o && T::classof(o) ? static_cast<const T*>(o) : nullptr;
}

struct Program {
  Module* main = nullptr;
  Function* entry = nullptr;
  bool viaTarget = false; // the entry point came from target()
  std::vector<Object*> objects; // index = id - 1
  std::vector<Module*> modules;
  std::vector<Function*> functions; // every function object, in id order
  std::string pythonVersion;
  // Source text of code made by exec/compile of a string: (file name, text).
  std::vector<std::pair<std::string, std::string>> generatedSources;
};

} // namespace kiln::load

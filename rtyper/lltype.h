// Low-level types (DESIGN.md §2.5): what the rtyper maps annotations to, and all that codegen
// and the JIT know about data.
//
// Primitive types are machine words and scalars (Signed, Unsigned, Float, Bool, Char, UniChar,
// Void). Aggregates are structs and arrays; a Gc aggregate lives in the garbage-collected heap
// and is only ever reached through a Ptr, a non-Gc one is either inlined in another aggregate or
// static (prebuilt). A struct's first field may be its parent struct, inlined (instances: the
// parent class's struct first, so a pointer to a subclass is a pointer to its base). An array is
// {length, items[]} (Array/GcArray) or, with no length field, a FixedSizeArray of a known length.
//
// Types are interned by a TypeContext: two equal primitive, pointer or function types are the
// same object, so types compare by pointer. Structs are nominal (created by name, possibly
// recursive through pointers) and laid out when frozen: size, alignment and field offsets follow
// the x86-64 SysV rules (natural alignment, fields in declaration order, size rounded up to the
// alignment), the same layout a C++ compiler gives the structs codegen emits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::ll {

enum class TypeKind : uint8_t {
  Void,           // no value (constant operands that name a field or a type are Void)
  Bool,           // one byte, 0 or 1
  Signed,         // 64-bit two's complement
  Unsigned,       // 64-bit unsigned
  Float,          // IEEE double
  Char,           // one byte (str is UTF-8 encoded)
  UniChar,        // a 32-bit code point
  Ptr,            // a pointer to a struct, array or function
  Struct,         // a struct not in the GC heap: inlined or static
  GcStruct,       // a struct in the GC heap (begins with the GC header, which is not a field)
  Array,          // {length, items[]} not in the GC heap
  GcArray,        // {length, items[]} in the GC heap
  FixedSizeArray, // items[N], no length field
  Func,           // a function type (what a Ptr to a function points to)
  Opaque,         // a runtime object kiln Python never looks inside (a FILE*, a JIT token)
};

struct Type;

struct Field {
  std::string name;
  const Type* type;
  size_t offset = 0; // from the start of the struct (after the GC header of a GcStruct)
  // JIT hints (`_immutable_fields_`, docs/hints.md): never written after the object is made;
  // `itemsImmutable`: neither are the items of the array or list it points to (`name[*]`).
  bool immutable = false;
  bool itemsImmutable = false;
};

struct Type {
  TypeKind kind;
  std::string name;                // Struct/GcStruct/Opaque: its name; others: empty
  const Type* target = nullptr;    // Ptr: what it points to; arrays: the item type
  std::vector<Field> fields;       // Struct/GcStruct
  std::vector<const Type*> params; // Func: argument types
  const Type* result = nullptr;    // Func
  size_t length = 0;               // FixedSizeArray
  size_t size = 0;                 // bytes (arrays: of the fixed part, before the items)
  size_t align = 1;
  bool frozen = false; // structs: fields are final and laid out

  bool isGc() const { return kind == TypeKind::GcStruct || kind == TypeKind::GcArray; }
  bool isStruct() const { return kind == TypeKind::Struct || kind == TypeKind::GcStruct; }
  bool isArray() const {
    return kind == TypeKind::Array || kind == TypeKind::GcArray || kind == TypeKind::FixedSizeArray;
  }
  bool isPrimitive() const { return kind <= TypeKind::UniChar; }
  bool isPtr() const { return kind == TypeKind::Ptr; }
  // A pointer into the GC heap (what the GC must see as a root or trace as a field).
  bool isGcPtr() const { return kind == TypeKind::Ptr && target->isGc(); }
  bool isNumber() const { return kind == TypeKind::Signed || kind == TypeKind::Unsigned; }

  // A struct's field by name (walking into the inlined parent), or null. *offset gets the offset
  // from the start of this struct.
  const Field* field(std::string_view name, size_t* offset = nullptr) const;
  // The inlined parent struct (the first field, named "super"), or null.
  const Type* parent() const;
  // Whether this struct is `base` or has it as an (inlined) ancestor.
  bool startsWith(const Type* base) const;
  // Arrays: the offset of items[0] and the distance between items.
  size_t itemsOffset() const;
  size_t itemSize() const { return target->size; }
};

// Creates and interns types. Owns them; types live as long as the context.
class TypeContext {
public:
  TypeContext();
  TypeContext(const TypeContext&) = delete;

  const Type* voidType() const { return void_; }
  const Type* boolType() const { return bool_; }
  const Type* signedType() const { return signed_; }
  const Type* unsignedType() const { return unsigned_; }
  const Type* floatType() const { return float_; }
  const Type* charType() const { return char_; }
  const Type* uniCharType() const { return uniChar_; }
  const Type* primitive(TypeKind kind) const;

  const Type* ptr(const Type* to);
  const Type* func(std::vector<const Type*> params, const Type* result);
  // Arrays with a length field; `gc` puts them in the GC heap.
  const Type* array(const Type* item, bool gc);
  const Type* fixedArray(const Type* item, size_t length);
  const Type* opaque(std::string_view name);

  // A new struct, empty until fields are added and it is frozen. Names are unique (a second
  // struct with a taken name gets a numeric suffix); the name given back is in Type::name.
  Type* newStruct(std::string_view name, bool gc);
  // Adds a field; the first field may be named "super" to inline a parent struct (which must be
  // frozen and of the same Gc-ness). Field types that are aggregates must be frozen non-Gc ones.
  void addField(Type* s, std::string_view name, const Type* type);
  // Lays the struct out; no field can be added afterwards.
  void freeze(Type* s);

  // A struct by name, or null.
  const Type* structNamed(std::string_view name) const;
  // Every struct and array type made, in creation order (printers and codegen walk them).
  const std::vector<const Type*>& aggregates() const { return aggregates_; }

private:
  Type* make(Type t);

  std::vector<std::unique_ptr<Type>> all_;
  std::vector<const Type*> aggregates_;
  std::map<std::string, const Type*> byKey_; // interned non-nominal types by a structural key
  std::map<std::string, Type*, std::less<>> structs_;
  const Type *void_, *bool_, *signed_, *unsigned_, *float_, *char_, *uniChar_;
};

// How a type is written in low-level dumps: `Signed`, `Ptr(GcStruct prog.Node)`,
// `Ptr(GcArray(Signed))`, `Func(Signed, Float) -> Bool`. Structs and opaques by name.
std::string typeName(const Type* t);
// The definition of an aggregate for the type section of dumps:
//   GcStruct prog.Node size=24 align=8 { super: GcStruct object @0, value: Signed @8, ... }
std::string typeDefinition(const Type* t);
std::string_view kindName(TypeKind k);

} // namespace kiln::ll

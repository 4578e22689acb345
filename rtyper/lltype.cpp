#include "rtyper/lltype.h"

#include "support/assert.h"

namespace kiln::ll {

namespace {

size_t alignUp(size_t n, size_t a) { return (n + a - 1) / a * a; }

// A structural key for interning: equal keys are equal types. Nominal types (structs, opaques)
// appear by address, so two structs of the same shape stay distinct.
std::string keyOf(const Type* t) {
  switch (t->kind) {
  case TypeKind::Struct:
  case TypeKind::GcStruct:
  case TypeKind::Opaque: return "#" + std::to_string(reinterpret_cast<uintptr_t>(t));
  default: break;
  }
  std::string k(kindName(t->kind));
  if (t->target) k += "(" + keyOf(t->target) + ")";
  if (t->kind == TypeKind::FixedSizeArray) k += "[" + std::to_string(t->length) + "]";
  if (t->kind == TypeKind::Func) {
    k += "(";
    for (const Type* p : t->params) k += keyOf(p) + ",";
    k += ")->" + keyOf(t->result);
  }
  return k;
}

} // namespace

std::string_view kindName(TypeKind k) {
  switch (k) {
  case TypeKind::Void: return "Void";
  case TypeKind::Bool: return "Bool";
  case TypeKind::Signed: return "Signed";
  case TypeKind::Unsigned: return "Unsigned";
  case TypeKind::Float: return "Float";
  case TypeKind::Char: return "Char";
  case TypeKind::UniChar: return "UniChar";
  case TypeKind::Ptr: return "Ptr";
  case TypeKind::Struct: return "Struct";
  case TypeKind::GcStruct: return "GcStruct";
  case TypeKind::Array: return "Array";
  case TypeKind::GcArray: return "GcArray";
  case TypeKind::FixedSizeArray: return "FixedSizeArray";
  case TypeKind::Func: return "Func";
  case TypeKind::Opaque: return "Opaque";
  }
  return "?";
}

// -- Type -----------------------------------------------------------------------------------------------

const Field* Type::field(std::string_view name, size_t* offset) const {
  for (const Field& f : fields) {
    if (f.name == name) {
      if (offset) *offset = f.offset;
      return &f;
    }
  }
  if (const Type* p = parent()) {
    size_t inner = 0;
    const Field* f = p->field(name, &inner);
    if (f && offset) *offset = fields[0].offset + inner;
    return f;
  }
  return nullptr;
}

const Type* Type::parent() const {
  if (!isStruct() || fields.empty() || fields[0].name != "super") return nullptr;
  return fields[0].type;
}

bool Type::startsWith(const Type* base) const {
  for (const Type* t = this; t; t = t->parent())
    if (t == base) return true;
  return false;
}

size_t Type::itemsOffset() const {
  if (kind == TypeKind::FixedSizeArray) return 0;
  return alignUp(8, target->align); // after the Signed length
}

// -- TypeContext ---------------------------------------------------------------------------------------

TypeContext::TypeContext() {
  auto prim = [this](TypeKind k, size_t size) {
    Type t{};
    t.kind = k;
    t.size = size;
    t.align = size ? size : 1;
    t.frozen = true;
    return make(std::move(t));
  };
  void_ = prim(TypeKind::Void, 0);
  bool_ = prim(TypeKind::Bool, 1);
  signed_ = prim(TypeKind::Signed, 8);
  unsigned_ = prim(TypeKind::Unsigned, 8);
  float_ = prim(TypeKind::Float, 8);
  char_ = prim(TypeKind::Char, 1);
  uniChar_ = prim(TypeKind::UniChar, 4);
}

const Type* TypeContext::primitive(TypeKind kind) const {
  switch (kind) {
  case TypeKind::Void: return void_;
  case TypeKind::Bool: return bool_;
  case TypeKind::Signed: return signed_;
  case TypeKind::Unsigned: return unsigned_;
  case TypeKind::Float: return float_;
  case TypeKind::Char: return char_;
  case TypeKind::UniChar: return uniChar_;
  default: return nullptr;
  }
}

Type* TypeContext::make(Type t) {
  all_.push_back(std::make_unique<Type>(std::move(t)));
  return all_.back().get();
}

const Type* TypeContext::ptr(const Type* to) {
  Type t{};
  t.kind = TypeKind::Ptr;
  t.target = to;
  t.size = t.align = 8;
  t.frozen = true;
  std::string key = keyOf(&t);
  if (auto it = byKey_.find(key); it != byKey_.end()) return it->second;
  return byKey_[key] = make(std::move(t));
}

const Type* TypeContext::func(std::vector<const Type*> params, const Type* result) {
  Type t{};
  t.kind = TypeKind::Func;
  t.params = std::move(params);
  t.result = result;
  t.frozen = true;
  std::string key = keyOf(&t);
  if (auto it = byKey_.find(key); it != byKey_.end()) return it->second;
  return byKey_[key] = make(std::move(t));
}

const Type* TypeContext::array(const Type* item, bool gc) {
  KILN_ASSERT(item->frozen && !item->isGc() && item->kind != TypeKind::Void, "bad array item type");
  Type t{};
  t.kind = gc ? TypeKind::GcArray : TypeKind::Array;
  t.target = item;
  t.align = std::max<size_t>(8, item->align);
  t.size = alignUp(8, item->align);
  t.frozen = true;
  std::string key = keyOf(&t);
  if (auto it = byKey_.find(key); it != byKey_.end()) return it->second;
  const Type* made = byKey_[key] = make(std::move(t));
  aggregates_.push_back(made);
  return made;
}

const Type* TypeContext::fixedArray(const Type* item, size_t length) {
  KILN_ASSERT(item->frozen && !item->isGc(), "bad fixed-size array item type");
  Type t{};
  t.kind = TypeKind::FixedSizeArray;
  t.target = item;
  t.length = length;
  t.align = item->align;
  t.size = item->size * length;
  t.frozen = true;
  std::string key = keyOf(&t);
  if (auto it = byKey_.find(key); it != byKey_.end()) return it->second;
  const Type* made = byKey_[key] = make(std::move(t));
  aggregates_.push_back(made);
  return made;
}

const Type* TypeContext::opaque(std::string_view name) {
  std::string key = "opaque:" + std::string(name);
  if (auto it = byKey_.find(key); it != byKey_.end()) return it->second;
  Type t{};
  t.kind = TypeKind::Opaque;
  t.name = std::string(name);
  t.frozen = true;
  return byKey_[key] = make(std::move(t));
}

Type* TypeContext::newStruct(std::string_view name, bool gc) {
  std::string unique(name);
  for (int n = 2; structs_.count(unique); ++n) unique = std::string(name) + "_" + std::to_string(n);
  Type t{};
  t.kind = gc ? TypeKind::GcStruct : TypeKind::Struct;
  t.name = unique;
  Type* s = make(std::move(t));
  structs_[unique] = s;
  aggregates_.push_back(s);
  return s;
}

void TypeContext::addField(Type* s, std::string_view name, const Type* type) {
  KILN_ASSERT(s->isStruct() && !s->frozen, "a field added to a frozen struct");
  KILN_ASSERT(type->frozen || type->kind == TypeKind::Ptr, "a field of a type not laid out yet");
  if (name == "super")
    KILN_ASSERT(s->fields.empty() && type->isStruct() && type->isGc() == s->isGc(), "bad parent struct");
  else KILN_ASSERT(!type->isGc() && type->kind != TypeKind::Func, "a GC object or function inlined as a field");
  s->fields.push_back({std::string(name), type, 0});
}

void TypeContext::freeze(Type* s) {
  KILN_ASSERT(s->isStruct() && !s->frozen, "freezing a frozen struct");
  size_t offset = 0, align = 1;
  for (Field& f : s->fields) {
    offset = alignUp(offset, f.type->align);
    f.offset = offset;
    offset += f.type->size;
    align = std::max(align, f.type->align);
  }
  s->align = align;
  s->size = alignUp(offset, align);
  s->frozen = true;
}

const Type* TypeContext::structNamed(std::string_view name) const {
  auto it = structs_.find(name);
  return it == structs_.end() ? nullptr : it->second;
}

// -- Printing ------------------------------------------------------------------------------------------

std::string typeName(const Type* t) {
  switch (t->kind) {
  case TypeKind::Struct:
  case TypeKind::GcStruct: return std::string(kindName(t->kind)) + " " + t->name;
  case TypeKind::Opaque: return "Opaque " + t->name;
  case TypeKind::Ptr: return "Ptr(" + typeName(t->target) + ")";
  case TypeKind::Array:
  case TypeKind::GcArray: return std::string(kindName(t->kind)) + "(" + typeName(t->target) + ")";
  case TypeKind::FixedSizeArray: return "FixedSizeArray(" + typeName(t->target) + ", " + std::to_string(t->length) + ")";
  case TypeKind::Func: {
    std::string s = "Func(";
    for (size_t i = 0; i < t->params.size(); ++i) s += (i ? ", " : "") + typeName(t->params[i]);
    return s + ") -> " + typeName(t->result);
  }
  default: return std::string(kindName(t->kind));
  }
}

std::string typeDefinition(const Type* t) {
  std::string s = typeName(t) + " size=" + std::to_string(t->size) + " align=" + std::to_string(t->align);
  if (t->isArray()) return s + " items@" + std::to_string(t->itemsOffset()) + " stride=" + std::to_string(t->itemSize());
  if (!t->isStruct()) return s;
  s += " {";
  for (size_t i = 0; i < t->fields.size(); ++i) {
    const Field& f = t->fields[i];
    s += (i ? ", " : " ") + f.name + ": " + typeName(f.type) + " @" + std::to_string(f.offset);
  }
  return s + (t->fields.empty() ? "}" : " }");
}

} // namespace kiln::ll

// Annotations: interning, constructors and names (the lattice's union is in union.cpp).
#include "annotator/annotation.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "annotator/defs.h"
#include "support/assert.h"
#include "support/pyrepr.h"

namespace kiln::ann {

std::string_view annKindName(AnnKind kind) {
  switch (kind) {
#define ANN_KIND(name, doc)                                                                        \
  case AnnKind::name:                                                                              \
    return #name;
#include "annotator/annotations.def"
  }
  return "?";
}

bool Annotation::isConstant() const {
  if (hasConst() || kind == AnnKind::None) return true;
  if (kind == AnnKind::PBC) return descs.size() == 1 && !canBeNone();
  if (kind == AnnKind::Tuple) {
    for (const Annotation* item : items)
      if (!item->isConstant()) return false;
    return true;
  }
  return false;
}

bool Annotation::isNullableKind() const {
  switch (kind) {
  case AnnKind::Str:
  case AnnKind::Bytes:
  case AnnKind::List:
  case AnnKind::Dict:
  case AnnKind::Instance:
  case AnnKind::PBC:
  case AnnKind::TypeOf:
  case AnnKind::None:
    return true;
  case AnnKind::Impossible:
  case AnnKind::Bool:
  case AnnKind::Int:
  case AnnKind::Float:
  case AnnKind::Char:
  case AnnKind::Tuple:
  case AnnKind::Iterator:
  case AnnKind::Builtin:
  case AnnKind::StrBuilder:
  case AnnKind::File:
  case AnnKind::Cell:
  case AnnKind::Poison:
    return false;
  }
  return false;
}

// -- Interning ------------------------------------------------------------------------------------------

namespace {

size_t mix(size_t h, size_t v) { return h ^ (v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2)); }

size_t hashValue(const load::Value& v) {
  size_t h = size_t(v.kind);
  h = mix(h, size_t(v.boolValue));
  h = mix(h, size_t(v.intValue));
  h = mix(h, std::bit_cast<uint64_t>(v.floatValue));
  h = mix(h, std::hash<std::string_view>()(v.text));
  h = mix(h, reinterpret_cast<uintptr_t>(v.ref));
  return h;
}

bool sameConst(const load::Value& a, const load::Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
  case load::Value::Kind::Bool: return a.boolValue == b.boolValue;
  case load::Value::Kind::Int: return a.intValue == b.intValue;
  // Bit equality: 0.0 and -0.0 differ, a NaN equals itself.
  case load::Value::Kind::Float: return std::bit_cast<uint64_t>(a.floatValue) == std::bit_cast<uint64_t>(b.floatValue);
  case load::Value::Kind::Str:
  case load::Value::Kind::Bytes: return a.text == b.text;
  case load::Value::Kind::Ref: return a.ref == b.ref;
  default: return true;
  }
}

} // namespace

size_t Lattice::Hash::operator()(const Annotation* a) const {
  size_t h = mix(size_t(a->kind), a->flags);
  h = mix(h, size_t(a->iterKind));
  h = mix(h, size_t(a->builtin));
  if (a->hasConst()) h = mix(h, hashValue(a->constant));
  h = mix(h, reinterpret_cast<uintptr_t>(a->list));
  h = mix(h, reinterpret_cast<uintptr_t>(a->dict));
  h = mix(h, reinterpret_cast<uintptr_t>(a->classDef));
  h = mix(h, reinterpret_cast<uintptr_t>(a->cell));
  for (const Annotation* i : a->items) h = mix(h, reinterpret_cast<uintptr_t>(i));
  for (const Desc* d : a->descs) h = mix(h, reinterpret_cast<uintptr_t>(d));
  return h;
}

bool Lattice::Equal::operator()(const Annotation* a, const Annotation* b) const {
  if (a->kind != b->kind || a->flags != b->flags || a->iterKind != b->iterKind ||
      a->builtin != b->builtin || a->list != b->list || a->dict != b->dict ||
      a->classDef != b->classDef || a->cell != b->cell)
    return false;
  if (a->hasConst() && !sameConst(a->constant, b->constant)) return false;
  return std::equal(a->items.begin(), a->items.end(), b->items.begin(), b->items.end()) &&
         std::equal(a->descs.begin(), a->descs.end(), b->descs.begin(), b->descs.end());
}

const Annotation* Lattice::intern(const Annotation& a) {
  if (auto it = interned_.find(&a); it != interned_.end()) return *it;
  Annotation* copy = arena_.make<Annotation>(a);
  copy->items = arena_.copy(std::span<const Annotation* const>(a.items));
  copy->descs = arena_.copy(std::span<Desc* const>(a.descs));
  if (a.hasConst() && (a.constant.kind == load::Value::Kind::Str || a.constant.kind == load::Value::Kind::Bytes))
    copy->constant.text = arena_.copyString(a.constant.text);
  interned_.insert(copy);
  return copy;
}

Lattice::Lattice() {
  Annotation a;
  impossible_ = intern(a);
  a.kind = AnnKind::Poison;
  poison_ = intern(a);
  a.kind = AnnKind::None;
  a.flags = annflag::CanBeNone;
  none_ = intern(a);
  a = Annotation{};
  a.kind = AnnKind::Bool;
  a.flags = annflag::NonNeg;
  bool_ = intern(a);
  a.kind = AnnKind::Float;
  a.flags = 0;
  float_ = intern(a);
  a.kind = AnnKind::StrBuilder;
  strBuilder_ = intern(a);
}

Lattice::~Lattice() = default;

// -- Constructors ---------------------------------------------------------------------------------------

const Annotation* Lattice::constBool(bool b) {
  Annotation a;
  a.kind = AnnKind::Bool;
  a.flags = annflag::NonNeg | annflag::HasConst;
  a.constant.kind = load::Value::Kind::Bool;
  a.constant.boolValue = b;
  return intern(a);
}

const Annotation* Lattice::integer(bool nonNeg, bool isUnsigned) {
  Annotation a;
  a.kind = AnnKind::Int;
  a.flags = uint8_t((nonNeg || isUnsigned ? annflag::NonNeg : 0) | (isUnsigned ? annflag::Unsigned : 0));
  return intern(a);
}

const Annotation* Lattice::constInt(int64_t v, bool isUnsigned) {
  Annotation a;
  a.kind = AnnKind::Int;
  a.flags = uint8_t(annflag::HasConst | (v >= 0 || isUnsigned ? annflag::NonNeg : 0) |
                    (isUnsigned ? annflag::Unsigned : 0));
  a.constant.kind = load::Value::Kind::Int;
  a.constant.intValue = v;
  return intern(a);
}

const Annotation* Lattice::constFloat(double d) {
  Annotation a;
  a.kind = AnnKind::Float;
  a.flags = annflag::HasConst;
  a.constant.kind = load::Value::Kind::Float;
  a.constant.floatValue = d;
  return intern(a);
}

const Annotation* Lattice::character(bool noNul) {
  Annotation a;
  a.kind = AnnKind::Char;
  a.flags = noNul ? annflag::NoNul : 0;
  return intern(a);
}

const Annotation* Lattice::str(bool canBeNone, bool noNul) {
  Annotation a;
  a.kind = AnnKind::Str;
  a.flags = uint8_t((canBeNone ? annflag::CanBeNone : 0) | (noNul ? annflag::NoNul : 0));
  return intern(a);
}

namespace {
size_t codePoints(std::string_view utf8) {
  size_t n = 0;
  for (char c : utf8)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}
} // namespace

const Annotation* Lattice::constStr(std::string_view utf8) {
  Annotation a;
  a.kind = codePoints(utf8) == 1 ? AnnKind::Char : AnnKind::Str;
  a.flags = uint8_t(annflag::HasConst | (utf8.find('\0') == std::string_view::npos ? annflag::NoNul : 0));
  a.constant.kind = load::Value::Kind::Str;
  a.constant.text = utf8;
  return intern(a);
}

const Annotation* Lattice::bytes(bool canBeNone, bool noNul) {
  Annotation a;
  a.kind = AnnKind::Bytes;
  a.flags = uint8_t((canBeNone ? annflag::CanBeNone : 0) | (noNul ? annflag::NoNul : 0));
  return intern(a);
}

const Annotation* Lattice::constBytes(std::string_view data) {
  Annotation a;
  a.kind = AnnKind::Bytes;
  a.flags = uint8_t(annflag::HasConst | (data.find('\0') == std::string_view::npos ? annflag::NoNul : 0));
  a.constant.kind = load::Value::Kind::Bytes;
  a.constant.text = data;
  return intern(a);
}

const Annotation* Lattice::tuple(std::span<const Annotation* const> items) {
  Annotation a;
  a.kind = AnnKind::Tuple;
  a.items = items;
  return intern(a);
}

const Annotation* Lattice::list(ListDef* def, bool canBeNone) {
  Annotation a;
  a.kind = AnnKind::List;
  a.list = def->find();
  a.flags = canBeNone ? annflag::CanBeNone : 0;
  return intern(a);
}

const Annotation* Lattice::dict(DictDef* def, bool canBeNone) {
  Annotation a;
  a.kind = AnnKind::Dict;
  a.dict = def->find();
  a.flags = canBeNone ? annflag::CanBeNone : 0;
  return intern(a);
}

const Annotation* Lattice::instance(ClassDef* def, bool canBeNone) {
  Annotation a;
  a.kind = AnnKind::Instance;
  a.classDef = def;
  a.flags = canBeNone ? annflag::CanBeNone : 0;
  return intern(a);
}

const Annotation* Lattice::prebuiltInstance(ClassDef* def, load::Object* instance) {
  Annotation a;
  a.kind = AnnKind::Instance;
  a.classDef = def;
  a.flags = annflag::HasConst;
  a.constant = load::Value{};
  a.constant.kind = load::Value::Kind::Ref;
  a.constant.ref = instance;
  return intern(a);
}

const Annotation* Lattice::typeOf(ClassDef* def) {
  Annotation a;
  a.kind = AnnKind::TypeOf;
  a.classDef = def;
  return intern(a);
}

const Annotation* Lattice::pbc(std::vector<Desc*> descs, bool canBeNone) {
  std::sort(descs.begin(), descs.end(), [](Desc* x, Desc* y) { return x->id < y->id; });
  descs.erase(std::unique(descs.begin(), descs.end()), descs.end());
  for (Desc* d : descs)
    if (d->kind != descs.front()->kind) return nullptr;
  if (descs.empty()) return canBeNone ? none_ : impossible_;
  Annotation a;
  a.kind = AnnKind::PBC;
  a.descs = descs;
  a.flags = canBeNone ? annflag::CanBeNone : 0;
  return intern(a);
}

const Annotation* Lattice::file(bool binary) {
  Annotation a;
  a.kind = AnnKind::File;
  a.flags = binary ? annflag::Binary : 0;
  return intern(a);
}

const Annotation* Lattice::iterator(IterKind kind, std::span<const Annotation* const> items) {
  Annotation a;
  a.kind = AnnKind::Iterator;
  a.iterKind = kind;
  a.items = items;
  return intern(a);
}

const Annotation* Lattice::builtin(BuiltinId id, const Annotation* self) {
  Annotation a;
  a.kind = AnnKind::Builtin;
  a.builtin = id;
  const Annotation* items[1] = {self};
  if (self) a.items = items;
  return intern(a);
}

const Annotation* Lattice::cell(CellDef* def) {
  Annotation a;
  a.kind = AnnKind::Cell;
  a.cell = def->find();
  return intern(a);
}

// -- Derived annotations ---------------------------------------------------------------------------------

const Annotation* Lattice::withFlags(const Annotation* a, uint8_t set, uint8_t clear) {
  uint8_t flags = uint8_t((a->flags | set) & ~clear);
  if (flags == a->flags) return a;
  Annotation copy = *a;
  copy.flags = flags;
  return intern(copy);
}

const Annotation* Lattice::nullable(const Annotation* a) {
  if (a->isImpossible()) return none_;
  if (!a->isNullableKind()) return nullptr;
  if (a->kind == AnnKind::None) return a;
  return withFlags(withoutConst(a), annflag::CanBeNone, 0);
}

const Annotation* Lattice::nonNull(const Annotation* a) {
  if (a->kind == AnnKind::None) return impossible_;
  return withFlags(a, 0, annflag::CanBeNone);
}

const Annotation* Lattice::withoutConst(const Annotation* a) {
  if (!a->hasConst()) return a;
  Annotation copy = *a;
  copy.flags &= uint8_t(~annflag::HasConst);
  copy.constant = load::Value{};
  // A known value's facts (nonneg, no NUL) stay true of the variable.
  return intern(copy);
}

const Annotation* Lattice::canonical(const Annotation* a) {
  switch (a->kind) {
  case AnnKind::List:
    return a->list->find() == a->list ? a : list(a->list, a->canBeNone());
  case AnnKind::Dict:
    return a->dict->find() == a->dict ? a : dict(a->dict, a->canBeNone());
  case AnnKind::Cell:
    return a->cell->find() == a->cell ? a : cell(a->cell);
  case AnnKind::Tuple:
  case AnnKind::Iterator:
  case AnnKind::Builtin: {
    std::vector<const Annotation*> items;
    bool changed = false;
    for (const Annotation* i : a->items) {
      items.push_back(i ? canonical(i) : i);
      changed |= items.back() != i;
    }
    if (!changed) return a;
    Annotation copy = *a;
    copy.items = items;
    return intern(copy);
  }
  default:
    return a;
  }
}

std::vector<Slot*> Lattice::takeMerged() { return std::exchange(merged_, {}); }

// -- Names ----------------------------------------------------------------------------------------------

namespace {

std::string receiverName(AnnKind kind) {
  switch (kind) {
  case AnnKind::Str: return "str";
  case AnnKind::Bytes: return "bytes";
  case AnnKind::List: return "list";
  case AnnKind::Dict: return "dict";
  case AnnKind::StrBuilder: return "StringBuilder";
  case AnnKind::File: return "file";
  default: return std::string(annKindName(kind));
  }
}

std::string constText(const load::Value& v) {
  switch (v.kind) {
  case load::Value::Kind::Bool: return v.boolValue ? "True" : "False";
  case load::Value::Kind::Int: return std::to_string(v.intValue);
  case load::Value::Kind::Float: return pyrepr::reprFloat(v.floatValue);
  case load::Value::Kind::Str: return pyrepr::reprStr(v.text);
  case load::Value::Kind::Bytes: return pyrepr::reprBytes(v.text);
  case load::Value::Kind::Ref: return "prebuilt " + std::to_string(v.ref->id);
  default: return "?";
  }
}

std::string name(const Annotation* a, bool withConst, int depth = 0) {
  if (depth > 4) return "...";
  auto nullable = [&](std::string s) { return a->canBeNone() ? s + "?" : s; };
  auto itemNames = [&](std::string_view sep) {
    std::string s;
    for (size_t i = 0; i < a->items.size(); ++i) s += (i ? std::string(sep) : "") + name(a->items[i], withConst, depth + 1);
    return s;
  };
  std::string base;
  switch (a->kind) {
  case AnnKind::Impossible: return "impossible";
  case AnnKind::Poison: return "error";
  case AnnKind::None: return "None";
  case AnnKind::Bool: base = "bool"; break;
  case AnnKind::Int:
    base = a->isUnsigned() ? "uint" : (a->nonNeg() && withConst && !a->hasConst()) ? "int>=0" : "int";
    break;
  case AnnKind::Float: base = "float"; break;
  case AnnKind::Char: base = withConst ? "char" : "str"; break; // messages: a char is a str
  case AnnKind::Str: base = nullable("str"); break;
  case AnnKind::Bytes: base = nullable("bytes"); break;
  case AnnKind::Tuple: return a->items.size() == 1 ? "(" + itemNames(", ") + ",)" : "(" + itemNames(", ") + ")";
  case AnnKind::List: {
    const Annotation* item = a->list->find()->item.ann;
    base = nullable("list(" + (item ? name(item, false, depth + 1) : std::string("impossible")) + ")");
    break;
  }
  case AnnKind::Dict: {
    DictDef* d = a->dict->find();
    base = nullable("dict(" + (d->key.ann ? name(d->key.ann, false, depth + 1) : std::string("impossible")) + ", " +
                    (d->value.ann ? name(d->value.ann, false, depth + 1) : std::string("impossible")) + ")");
    break;
  }
  case AnnKind::Instance: base = nullable(a->classDef->name); break;
  case AnnKind::TypeOf: return nullable("type(" + a->classDef->name + ")");
  case AnnKind::PBC: {
    std::string kind;
    switch (a->descs.front()->kind) {
    case DescKind::Function: kind = "func"; break;
    case DescKind::Class: kind = "class"; break;
    case DescKind::Method: kind = "method"; break;
    case DescKind::Frozen: kind = "frozen"; break;
    case DescKind::MethodOfFrozen: kind = "method"; break;
    }
    std::string s = kind + "(";
    for (size_t i = 0; i < a->descs.size(); ++i) s += (i ? " | " : "") + a->descs[i]->name;
    return nullable(s + ")");
  }
  case AnnKind::Iterator:
    if (a->flags & annflag::View) // the type CPython names
      return std::string(a->iterKind == IterKind::DictKeys ? "dict_keys" : a->iterKind == IterKind::DictValues ? "dict_values" : "dict_items") +
             "(" + itemNames(", ") + ")";
    return "iter(" + itemNames(", ") + ")";
  case AnnKind::Builtin: return (a->self() ? "method(" : "builtin(") + builtinName(a->builtin) + ")";
  case AnnKind::StrBuilder: return "StringBuilder";
  case AnnKind::File: return (a->flags & annflag::Binary) ? "file(bytes)" : "file(str)";
  case AnnKind::Cell: {
    const Annotation* v = a->cell->find()->value.ann;
    return "cell(" + (v ? name(v, false, depth + 1) : std::string("impossible")) + ")";
  }
  }
  if (withConst && a->hasConst() && a->isUnsigned())
    return base + "=" + std::to_string(uint64_t(a->constant.intValue));
  if (withConst && a->hasConst() && a->constant.kind != load::Value::Kind::Ref)
    return base + "=" + constText(a->constant);
  return base;
}

} // namespace

std::string builtinName(BuiltinId id) {
  switch (id) {
#define BUILTIN(id, name, doc)                                                                     \
  case BuiltinId::id:                                                                              \
    return name;
#define METHOD(id, receiver, name, doc)                                                            \
  case BuiltinId::id:                                                                              \
    return receiverName(AnnKind::receiver) + "." + name;
#include "annotator/builtins.def"
  }
  return "?";
}

std::string annotationName(const Annotation* a) { return name(a, true); }
std::string typeName(const Annotation* a) { return name(a, false); }

} // namespace kiln::ann

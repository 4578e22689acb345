// Prebuilt objects: the load-time objects a program uses, as static data (DESIGN.md §2.5).
//
// Every load-time object a graph or another prebuilt object refers to becomes one Prebuilt, made
// on first use and memoized per (object, low-level type), so identity is kept: two globals naming
// one list name one prebuilt list, and a cycle of instances is a cycle of prebuilt objects. Its
// contents are filled right after it is registered, which is what lets cycles close. Values
// without identity (strs, tuples) are memoized by content (strs) or not at all (tuples).
//
// The contents are what the low-level types say, with these choices (docs/rtyper.md, "Prebuilt
// objects"):
//   * str: hash 0 (not computed yet: the runtime computes and caches it on first use) and the
//     UTF-8 bytes;
//   * instances: the struct of the object's own class (a pointer to it is a pointer to every
//     base's struct), typeptr its class's vtable, each field the object's attribute, else the
//     class-level value its lookup finds, else zero (an attribute never set has no value yet);
//   * lists: a resizable list is a list_<item> struct pointing to an items array of exactly its
//     length (the first append grows it), a fixed list the bare array;
//   * dicts: the entries in insertion order (hash fields 0, valid True) with `indexes` null: the
//     runtime builds the hash table at the first lookup, because hashes are not all known at
//     translation time (identity hashes of prebuilt instances, the runtime's str hash). Every
//     dict helper that probes starts with that null test;
//   * vtables: the class-id range, the class's name, and every method slot's implementation.
#include <algorithm>
#include <charconv>

#include "annotator/bookkeeper.h"
#include "support/unicode.h"
#include "rtyper/rtype_sequences.h"
#include "rtyper/rtyper.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using K = load::Value::Kind;

// The code points of a text (its UTF-8, or WTF-8 for lone surrogates); bytes that are not
// UTF-8 count one each, as they do for bytes objects.
size_t codePoints(std::string_view utf8) {
  size_t n = 0;
  for (const char *p = utf8.data(), *end = p + utf8.size(); p < end; ++n) {
    const char* start = p;
    if (unicode::decodeUtf8(p, end, /*allowSurrogates=*/true) == unicode::kInvalid || p == start) p = start + 1;
  }
  return n;
}

// The first code point of a text (a one-character str constant), or 0.
int64_t firstCodePoint(std::string_view utf8) {
  const char* p = utf8.data();
  char32_t c = utf8.empty() ? 0 : unicode::decodeUtf8(p, utf8.data() + utf8.size(), /*allowSurrogates=*/true);
  return c == unicode::kInvalid ? int64_t(uint8_t(utf8[0])) : int64_t(c);
}

namespace {

ll::Init scalar(int64_t i) {
  ll::Init init;
  init.value.i = i;
  return init;
}

ll::Init pointer(const ll::Prebuilt* p) {
  ll::Init init;
  init.value.object = p;
  return init;
}

// A field's index in a struct (not looking into the parent), or -1.
int fieldIndex(const ll::Type* s, std::string_view name) {
  for (size_t i = 0; i < s->fields.size(); ++i)
    if (s->fields[i].name == name) return int(i);
  return -1;
}

const Annotation* slotAnn(RTyper& rt, const ann::Slot& s) {
  return s.ann ? s.ann : rt.annotator().lattice().impossible();
}

} // namespace

ll::Prebuilt* RTyper::prebuiltStr(const std::string& utf8) {
  if (auto it = strings_.find(utf8); it != strings_.end()) return it->second;
  // Readable names for short identifiers (str_hello), numbered otherwise (str.3): a number
  // after the dot cannot be mistaken for the text "3", which is str_3.
  bool ident = !utf8.empty() && utf8.size() <= 16 &&
               std::all_of(utf8.begin(), utf8.end(), [](char c) { return std::isalnum(uint8_t(c)) || c == '_'; });
  std::string name = ident ? "str_" + utf8 : "str." + std::to_string(++numberedStrings_);
  ll::Prebuilt* p = newPrebuilt(name, strPtr_->target);
  ll::Init chars;
  chars.bytes = utf8;
  p->init.items = {scalar(0), scalar(int64_t(codePoints(utf8))), std::move(chars)};
  return strings_[utf8] = p;
}

// An object bound to a module global is named after it (`prog.TABLE`, the first such global in
// module order): dumps then read like the program. Others get `fallback`, numbered.
ll::Prebuilt* RTyper::memoPrebuilt(const load::Object* o, const ll::Type* type, const std::string& fallback, bool& fresh) {
  auto [it, inserted] = objects_.emplace(std::make_pair(o, type), nullptr);
  fresh = inserted;
  if (!inserted) return it->second;
  if (globalNames_.empty()) {
    for (load::Object* obj : an_.program().objects)
      if (auto* m = load::dynCast<load::Module>(obj); m && !m->builtin)
        for (const load::NamedValue& g : m->globals)
          if (g.value.isRef()) globalNames_.emplace(g.value.ref, std::string(m->name.str()) + "." + std::string(g.name.str()));
    globalNames_.emplace(nullptr, ""); // done
  }
  auto named = globalNames_.find(o);
  return it->second = newPrebuilt(named != globalNames_.end() ? named->second : fallback, type);
}

bool RTyper::constantOf(const load::Value& v, const Annotation* a, const ll::Type* t, SourceLoc loc, ll::ConstValue& out) {
  using TK = ll::TypeKind;
  auto unsupported = [&] {
    diags_.report(DiagId::rt_unsupported_type, SourceRange{loc, loc}, "prebuilt " + ann::typeName(a));
    return false;
  };
  switch (t->kind) {
  case TK::Void: return true; // None, a single function or class: known by the annotation
  case TK::Bool:
  case TK::Signed:
  case TK::Unsigned:
    out.i = v.kind == K::Bool ? int64_t(v.boolValue) : v.kind == K::Int ? v.intValue : 0;
    if (v.kind == K::BigInt) { // an r_uint at or above 2**63: its bit pattern (the annotator checked it fits)
      uint64_t u = 0;
      std::from_chars(v.text.data(), v.text.data() + v.text.size(), u);
      out.i = int64_t(u);
    }
    return true;
  case TK::Float: out.f = v.kind == K::Float ? v.floatValue : v.kind == K::Int ? double(v.intValue) : 0.0; return true;
  case TK::Char: out.i = v.kind == K::Str && !v.text.empty() ? int64_t(uint8_t(v.text[0])) : 0; return true;
  case TK::UniChar: out.i = v.kind == K::Str ? firstCodePoint(v.text) : 0; return true;
  case TK::Ptr: break;
  default: return unsupported();
  }
  if (v.kind == K::None) return true; // null
  if (v.kind == K::Str || v.kind == K::Bytes) {
    out.object = prebuiltStr(std::string(v.text));
    return true;
  }
  if (v.kind == K::Tuple) {
    if (!a->is(AnnKind::Tuple) || a->items.size() != v.items.size() || !t->target->isStruct()) return unsupported();
    ll::Prebuilt* p = newPrebuilt("tuple", t->target);
    for (const ll::Field& f : t->target->fields) {
      size_t i = std::stoul(f.name.substr(4)); // item<i>: Void items have no field
      ll::Init& item = p->init.items.emplace_back();
      if (!constantOf(v.items[i], a->items[i], f.type, loc, item.value)) return false;
    }
    out.object = p;
    return true;
  }
  if (!v.isRef()) return unsupported();
  load::Object* o = v.ref;
  ann::Bookkeeper& bk = an_.bookkeeper();
  // A function where a function pointer is wanted (a dict of functions, a function attribute).
  if (auto* f = load::dynCast<load::Function>(o); f && t->target->kind == TK::Func) {
    ann::GraphInfo* g = graphOfFunction(bk.functionDesc(f));
    if (!g || !graphOf(g)) return unsupported();
    out.graph = graphOf(g);
    return true;
  }
  // A class where its vtable is wanted.
  if (load::Class* c = bk.asClass(o)) {
    ann::ClassDef* cd = bk.classDef(c);
    if (!cd) return unsupported();
    out.object = classRepr(cd)->vtableObject;
    return true;
  }
  // A frozen object in a family: its struct (rtype_pbc.cpp).
  if (a->is(AnnKind::PBC) && !t->target->isGc() && t->target->isStruct())
    if (ann::FrozenDesc* d = bk.frozenDesc(o); d && frozenObject(d, loc, out)) return true;
  // A method bound to a prebuilt instance: the value is the instance.
  // (A method of a built-in object bound at load time, `log = LOG.append`: the object, in the
  // representation of its own annotation.)
  if (auto* m = load::dynCast<load::Method>(o))
    return constantOf(m->self, a->is(AnnKind::Builtin) && a->self() ? a->self() : a, t, loc, out);
  if (auto* inst = load::dynCast<load::Instance>(o); inst && !a->is(AnnKind::Dict)) {
    ann::ClassDef* cd = bk.classDef(inst->cls);
    if (!cd) return unsupported();
    ClassRepr* r = classRepr(cd);
    bool fresh = false;
    ll::Prebuilt* p = memoPrebuilt(o, r->instance, "inst_" + cd->name, fresh);
    out.object = p;
    return !fresh || instanceInit(r, r, inst, loc, p->init);
  }
  if (auto* list = load::dynCast<load::List>(o)) {
    seq::ListRepr l;
    if (!seq::listRepr(*this, a, l)) return unsupported();
    bool fresh = false;
    std::string name = "list" + std::to_string(o->id);
    ll::Prebuilt* p = memoPrebuilt(o, l.ptr->target, name, fresh);
    out.object = p;
    if (!fresh) return true;
    ll::Init items;
    if (!l.voidItems)
      for (const load::Value& item : list->items)
        if (!constantOf(item, l.item, l.itemType, loc, items.items.emplace_back().value)) return false;
    if (!l.resizable) { // the bare array
      p->init = std::move(items);
      return true;
    }
    p->init.items.push_back(scalar(int64_t(list->items.size())));
    if (l.voidItems) return true;
    ll::Prebuilt* array = newPrebuilt(p->name + ".items", l.array->target);
    array->init = std::move(items);
    p->init.items.push_back(pointer(array));
    return true;
  }
  // A dict, or a kiln.objectmodel.r_dict (an instance the exporter gives with its items as a
  // list of (key, value) tuples).
  std::vector<std::pair<const load::Value*, const load::Value*>> pairs;
  bool isDict = false;
  if (auto* dict = load::dynCast<load::Dict>(o)) {
    isDict = true;
    for (const load::KeyValue& kv : dict->items) pairs.emplace_back(&kv.key, &kv.value);
  } else if (auto* rd = load::dynCast<load::Instance>(o); rd && a->is(AnnKind::Dict) && rd->cls->builtin) {
    isDict = true;
    for (const load::NamedValue& attr : rd->attrs)
      if (attr.name.str() == "items" && attr.value.isRef())
        if (auto* items = load::dynCast<load::List>(attr.value.ref))
          for (const load::Value& kv : items->items)
            if (kv.kind == K::Tuple && kv.items.size() == 2) pairs.emplace_back(&kv.items[0], &kv.items[1]);
  }
  if (isDict) {
    if (!a->is(AnnKind::Dict)) return unsupported();
    const ll::Type* s = t->target;
    int entriesField = fieldIndex(s, "entries");
    if (entriesField < 0) return unsupported();
    bool fresh = false;
    std::string name = "dict" + std::to_string(o->id);
    ll::Prebuilt* p = memoPrebuilt(o, s, name, fresh);
    out.object = p;
    if (!fresh) return true;
    ann::DictDef* def = a->dict->find();
    const ll::Type* entries = s->fields[entriesField].type->target;
    const ll::Type* entry = entries->target;
    ll::Prebuilt* array = newPrebuilt(p->name + ".entries", entries);
    for (const auto& [key, value] : pairs) {
      ll::Init& e = array->init.items.emplace_back();
      for (const ll::Field& f : entry->fields) {
        ll::Init& field = e.items.emplace_back();
        if (f.name == "key" && !constantOf(*key, slotAnn(*this, def->key), f.type, loc, field.value)) return false;
        if (f.name == "value" && !constantOf(*value, slotAnn(*this, def->value), f.type, loc, field.value)) return false;
        if (f.name == "valid") field.value.i = 1;
      }
    }
    for (const ll::Field& f : s->fields) {
      ll::Init& field = p->init.items.emplace_back();
      if (f.name == "num_items" || f.name == "num_used") field.value.i = int64_t(pairs.size());
      else if (f.name == "entries") field.value.object = array;
    }
    return true;
  }
  return unsupported();
}

// The contents of the part of `obj`'s struct that class `level` adds (its parent's part first);
// a null `level` is the root struct.
bool RTyper::instanceInit(ClassRepr* level, ClassRepr* exact, load::Instance* obj, SourceLoc loc, ll::Init& out) {
  if (!level || level->instance == rootInstance_) {
    out.items.push_back(pointer(exact->vtableObject));
    return true;
  }
  if (!instanceInit(level->base, exact, obj, loc, out.items.emplace_back())) return false;
  const std::vector<ll::Field>& fields = level->instance->fields;
  for (size_t i = 1; i < fields.size(); ++i) {
    ll::Init& field = out.items.emplace_back();
    std::string_view name = std::string_view(fields[i].name).substr(5); // inst_<attr>
    ann::AttrDef* attr = nullptr;
    for (ann::AttrDef* d : level->def->attrs)
      if (d->name.str() == name) attr = d;
    if (!attr) continue;
    const load::Value* value = nullptr;
    for (const load::NamedValue& nv : obj->attrs)
      if (nv.name == attr->name) value = &nv.value;
    std::optional<ann::ClassAttr> classLevel;
    if (!value && (classLevel = an_.bookkeeper().lookupClassAttr(obj->cls, attr->name))) value = &classLevel->value;
    if (value && !constantOf(*value, slotAnn(*this, attr->value), fields[i].type, loc, field.value)) return false;
  }
  return true;
}

// The vtable contents of class `exact` for the part that class `level` adds (null: the root's).
// The root part names the class as its __name__ (what type(x).__name__ reads).
void RTyper::vtableInit(ClassRepr* level, ClassRepr* exact, ll::Init& out) {
  size_t first = 1; // the fields after the parent's part
  if (!level || level->vtable == rootVtable_) {
    level = classRepr(an_.bookkeeper().objectClassDef());
    std::string name = exact->def->cls ? std::string(exact->def->cls->name.str()) : exact->def->name;
    out.items = {scalar(exact->idMin), scalar(exact->idMax), pointer(prebuiltStr(name))};
    first = 3;
  } else {
    vtableInit(level->base, exact, out.items.emplace_back());
  }
  const std::vector<ll::Field>& fields = level->vtable->fields;
  for (size_t i = first; i < fields.size(); ++i) {
    ll::Init& slot = out.items.emplace_back();
    std::string_view name = fields[i].name;
    if (name.starts_with("method_")) {
      auto it = exact->methodImpls.find(std::string(name.substr(7)));
      if (it != exact->methodImpls.end()) slot.value.graph = it->second;
    }
    if (name.starts_with("instantiate_")) slot.value.graph = instantiateGraphOf(level, exact, name);
    if (name.starts_with("cls_") && exact->def->cls) { // the class attribute its lookup finds
      std::string attr(name.substr(4));
      ann::Bookkeeper& bk = an_.bookkeeper();
      if (std::optional<ann::ClassAttr> v = bk.lookupClassAttr(exact->def->cls, bk.intern(attr)))
        constantOf(v->value, level->classAttrs[attr], fields[i].type, SourceLoc{}, slot.value);
    }
    if (name.starts_with("spec_")) {
      auto key = level->specSlotTypes.begin();
      std::advance(key, std::stoul(std::string(name.substr(5))));
      auto it = exact->specGraphs.find(key->first);
      if (it != exact->specGraphs.end()) slot.value.graph = it->second;
    }
  }
}

// The graph class `exact`'s vtable holds in slot `instantiate_<i>` of class `level` (null if the
// class is never called with that shape).
ll::Graph* RTyper::instantiateGraphOf(ClassRepr* level, ClassRepr* exact, std::string_view slot) {
  auto shape = level->instantiateSlots.begin();
  std::advance(shape, std::stoul(std::string(slot.substr(12))));
  auto it = exact->instantiateGraphs.find(shape->first);
  return it == exact->instantiateGraphs.end() ? nullptr : it->second;
}

void RTyper::fillVtables() {
  for (const auto& [def, r] : classes_) vtableInit(r.get(), r.get(), r->vtableObject->init);
}

} // namespace kiln::rt

// The bookkeeper (see bookkeeper.h): descs, ClassDefs, container defs and constants.
#include "annotator/bookkeeper.h"

#include <algorithm>
#include <charconv>

#include "annotator/annotator.h"
#include "annotator/ops.h"
#include "support/assert.h"

namespace kiln::ann {

namespace {

struct BuiltinExceptionRow {
  const char* name;
  const char* base;
};
constexpr BuiltinExceptionRow kBuiltinExceptions[] = {
#define BUILTIN_EXCEPTION(name, base) {#name, #base},
#include "annotator/builtin_classes.def"
};

const BuiltinExceptionRow* builtinExceptionRow(std::string_view name) {
  for (const auto& row : kBuiltinExceptions)
    if (name == row.name) return &row;
  return nullptr;
}

// Whether some BUILTIN row names an attribute of the object `prefix` ("sys.stdout.").
bool hasBuiltinUnder(std::string_view prefix) {
#define BUILTIN(id, name, doc)                                                                     \
  if (std::string_view(name).starts_with(prefix)) return true;
#include "annotator/builtins.def"
  return false;
}

bool isFunctionValue(const load::Value& v) {
  return v.isRef() && (load::dynCast<load::Function>(v.ref) || load::dynCast<load::StaticMethod>(v.ref) ||
                       load::dynCast<load::ClassMethod>(v.ref));
}

} // namespace

Bookkeeper::Bookkeeper(Annotator& an) : an_(an) {}
Bookkeeper::~Bookkeeper() = default;

Symbol Bookkeeper::intern(std::string_view s) { return an_.ctx().interner.intern(s); }

std::string Bookkeeper::qualifiedName(load::Module* module, Symbol qualname) const {
  if (!module || module->name.str() == "builtins") return std::string(qualname.str());
  return std::string(module->name.str()) + "." + std::string(qualname.str());
}

// -- Descs ----------------------------------------------------------------------------------------------

Specialization Bookkeeper::parseSpecialization(load::Function* f) {
  Specialization s;
  for (const load::NamedValue& a : f->attrs) {
    if (a.name.str() != "_annspecialcase_" || a.value.kind != load::Value::Kind::Str) continue;
    std::string_view tag = a.value.text;
    if (!tag.starts_with("specialize:")) continue;
    tag.remove_prefix(11);
    std::string_view kind = tag.substr(0, tag.find('('));
    std::string_view args = kind.size() < tag.size() ? tag.substr(kind.size() + 1) : std::string_view();
    for (size_t i = 0; i < args.size();) {
      while (i < args.size() && !isdigit(static_cast<unsigned char>(args[i]))) ++i;
      int n = 0;
      bool any = false;
      while (i < args.size() && isdigit(static_cast<unsigned char>(args[i]))) n = n * 10 + (args[i++] - '0'), any = true;
      if (any) s.positions.push_back(n);
    }
    if (kind == "argtype" || kind == "ll") s.kind = Specialization::Kind::ArgType;
    else if (kind == "arg" || kind == "ll_and_arg") s.kind = Specialization::Kind::Arg;
    else if (kind == "arg_or_var") s.kind = Specialization::Kind::ArgOrVar;
    else if (kind == "memo") s.kind = Specialization::Kind::Memo;
    else if (kind == "call_location") s.kind = Specialization::Kind::CallLocation;
  }
  return s;
}

FunctionDesc* Bookkeeper::functionDesc(load::Function* f) {
  if (auto it = descOf_.find(f); it != descOf_.end()) return static_cast<FunctionDesc*>(it->second);
  auto d = std::make_unique<FunctionDesc>(nextDescId_++, qualifiedName(f->module, f->qualname), f);
  d->specialization = parseSpecialization(f);
  d->isTemplate = an_.flow().scopeOfTemplate(f) != nullptr;
  FunctionDesc* raw = d.get();
  descs_.push_back(std::move(d));
  descOf_[f] = raw;
  return raw;
}

ClassDesc* Bookkeeper::classDesc(load::Class* c) {
  if (auto it = descOf_.find(c); it != descOf_.end()) return static_cast<ClassDesc*>(it->second);
  auto d = std::make_unique<ClassDesc>(nextDescId_++, qualifiedName(c->module, c->qualname), c);
  ClassDesc* raw = d.get();
  descs_.push_back(std::move(d));
  descOf_[c] = raw;
  return raw;
}

FrozenDesc* Bookkeeper::frozenDesc(load::Object* o) {
  if (auto it = descOf_.find(o); it != descOf_.end()) return static_cast<FrozenDesc*>(it->second);
  std::string name;
  if (auto* m = load::dynCast<load::Module>(o)) name = std::string(m->name.str());
  else if (auto* i = load::dynCast<load::Instance>(o))
    name = qualifiedName(i->cls->module, i->cls->qualname) + "#" + std::to_string(o->id);
  else name = std::string(load::objectKindName(o->kind)) + "#" + std::to_string(o->id);
  auto d = std::make_unique<FrozenDesc>(nextDescId_++, name, o);
  FrozenDesc* raw = d.get();
  descs_.push_back(std::move(d));
  descOf_[o] = raw;
  return raw;
}

MethodDesc* Bookkeeper::methodDesc(FunctionDesc* f, ClassDef* origin, ClassDef* selfClass, Symbol name, bool classMethod) {
  auto key = std::make_tuple(static_cast<const FunctionDesc*>(f), static_cast<const ClassDef*>(origin),
                             static_cast<const ClassDef*>(selfClass));
  if (auto it = methods_.find(key); it != methods_.end()) return it->second;
  std::string shown = f->name;
  if (selfClass != origin) shown += "@" + selfClass->name;
  auto d = std::make_unique<MethodDesc>(nextDescId_++, shown);
  d->function = f;
  d->origin = origin;
  d->selfClass = selfClass;
  d->attr = name;
  d->classMethod = classMethod;
  MethodDesc* raw = d.get();
  descs_.push_back(std::move(d));
  methods_[key] = raw;
  return raw;
}

MethodOfFrozenDesc* Bookkeeper::methodOfFrozenDesc(FunctionDesc* f, load::Object* self) {
  auto key = std::make_pair(static_cast<const FunctionDesc*>(f), static_cast<const load::Object*>(self));
  if (auto it = frozenMethods_.find(key); it != frozenMethods_.end()) return it->second;
  FrozenDesc* frozen = isFrozen(self) ? frozenDesc(self) : nullptr;
  std::string selfName = frozen ? frozen->name : "prebuilt#" + std::to_string(self->id);
  auto d = std::make_unique<MethodOfFrozenDesc>(nextDescId_++, f->name + "@" + selfName);
  d->function = f;
  d->self = frozen;
  d->selfObject = self;
  MethodOfFrozenDesc* raw = d.get();
  descs_.push_back(std::move(d));
  frozenMethods_[key] = raw;
  return raw;
}

void Bookkeeper::joinCallFamily(const std::vector<FunctionDesc*>& functions) {
  if (functions.empty()) return;
  FunctionDesc* root = functions[0]->family();
  for (FunctionDesc* f : functions) {
    FunctionDesc* r = f->family();
    if (r == root) continue;
    // The older desc is the representative (deterministic).
    if (r->id < root->id) std::swap(r, root);
    r->familyParent = root;
  }
}

std::vector<std::vector<FunctionDesc*>> Bookkeeper::callFamilies() const {
  std::map<uint32_t, std::vector<FunctionDesc*>> byRoot;
  for (const auto& d : descs_)
    if (auto* f = descAs<FunctionDesc>(d.get())) byRoot[f->family()->id].push_back(f);
  std::vector<std::vector<FunctionDesc*>> out;
  for (auto& [id, members] : byRoot)
    if (members.size() > 1) out.push_back(std::move(members));
  return out;
}

bool Bookkeeper::isFrozen(load::Object* o) {
  if (load::dynCast<load::Module>(o)) return true;
  if (auto* i = load::dynCast<load::Instance>(o)) {
    std::optional<ClassAttr> freeze = lookupClassAttr(i->cls, intern("_freeze_"));
    return freeze && isFunctionValue(freeze->value);
  }
  return false;
}

// -- Classes ----------------------------------------------------------------------------------------------

std::optional<ClassAttr> Bookkeeper::lookupClassAttr(load::Class* c, Symbol name) {
  auto search = [&](load::Class* k) -> const load::Value* {
    for (load::NamedValue& a : k->attrs)
      if (a.name == name) return &a.value;
    return nullptr;
  };
  if (c->mro.empty()) {
    if (const load::Value* v = search(c)) return ClassAttr{*v, c};
    return std::nullopt;
  }
  for (load::Class* k : c->mro)
    if (const load::Value* v = search(k)) return ClassAttr{*v, k};
  return std::nullopt;
}

const load::Value* Bookkeeper::ownClassAttr(load::Class* c, Symbol name) {
  for (load::NamedValue& a : c->attrs)
    if (a.name == name) return &a.value;
  return nullptr;
}

ClassDef* Bookkeeper::objectClassDef() {
  if (auto it = builtinClassDefs_.find("object"); it != builtinClassDefs_.end()) return it->second;
  load::Class* cls = nullptr;
  for (load::Object* o : an_.program().objects)
    if (auto* c = load::dynCast<load::Class>(o); c && c->builtin && c->qualname.str() == "object") cls = c;
  if (!cls) {
    cls = an_.ctx().arena.make<load::Class>();
    cls->builtin = true;
    cls->name = cls->qualname = intern("object");
  }
  auto cd = std::make_unique<ClassDef>();
  cd->id = nextDefId_++;
  cd->name = "object";
  cd->cls = cls;
  cd->desc = classDesc(cls);
  cd->desc->classDef = cd.get();
  ClassDef* raw = cd.get();
  classDefs_.push_back(std::move(cd));
  classDefOf_[cls] = raw;
  builtinClassDefs_["object"] = raw;
  builtinClasses_["object"] = cls;
  return raw;
}

ClassDef* Bookkeeper::makeBuiltinException(std::string_view name) {
  if (auto it = builtinClassDefs_.find(std::string(name)); it != builtinClassDefs_.end()) return it->second;
  const BuiltinExceptionRow* row = builtinExceptionRow(name);
  if (!row) return nullptr;
  ClassDef* base = std::string_view(row->base) == "object" ? objectClassDef() : makeBuiltinException(row->base);
  // The program's class object if it has one, else a stand-in.
  load::Class* cls = nullptr;
  for (load::Object* o : an_.program().objects)
    if (auto* c = load::dynCast<load::Class>(o); c && c->builtin && c->qualname.str() == name && !c->module) cls = c;
  if (!cls) {
    cls = an_.ctx().arena.make<load::Class>();
    cls->builtin = true;
    cls->name = cls->qualname = intern(name);
    load::Class** bases = an_.ctx().arena.make<load::Class*>(base->cls);
    cls->bases = {bases, 1};
  }
  auto cd = std::make_unique<ClassDef>();
  cd->id = nextDefId_++;
  cd->name = std::string(name);
  cd->cls = cls;
  cd->base = base;
  cd->isException = true;
  cd->desc = classDesc(cls);
  cd->desc->classDef = cd.get();
  ClassDef* raw = cd.get();
  classDefs_.push_back(std::move(cd));
  classDefOf_[cls] = raw;
  builtinClassDefs_[std::string(name)] = raw;
  builtinClasses_[std::string(name)] = cls;
  base->subclasses.push_back(raw);
  subclassAdded(raw);
  return raw;
}

ClassDef* Bookkeeper::builtinExceptionClassDef(std::string_view name) { return makeBuiltinException(name); }

load::Class* Bookkeeper::asClass(load::Object* o) {
  if (auto* c = load::dynCast<load::Class>(o)) {
    // One class object per built-in exception, whichever object named it.
    if (c->builtin && !c->module && builtinExceptionRow(c->qualname.str()))
      return makeBuiltinException(c->qualname.str())->cls;
    return c;
  }
  if (auto* b = load::dynCast<load::Builtin>(o); b && builtinExceptionRow(b->name.str()))
    return makeBuiltinException(b->name.str())->cls;
  return nullptr;
}

ClassDef* Bookkeeper::classDef(load::Class* c, std::string* why) {
  if (auto it = classDefOf_.find(c); it != classDefOf_.end()) return it->second;
  if (c->builtin) {
    if (c->qualname.str() == "object" && !c->module) return objectClassDef();
    if (!c->module && builtinExceptionRow(c->qualname.str())) return makeBuiltinException(c->qualname.str());
    if (why) *why = "instances of the built-in type '" + qualifiedName(c->module, c->qualname) + "' are not supported here";
    return nullptr;
  }
  // Single inheritance: the first base; the others must be mixins (`_mixin_ = True`).
  load::Class* baseCls = c->bases.empty() ? nullptr : c->bases[0];
  for (size_t i = 1; i < c->bases.size(); ++i) {
    const load::Value* mixin = ownClassAttr(c->bases[i], intern("_mixin_"));
    bool isMixin = mixin && mixin->kind == load::Value::Kind::Bool && mixin->boolValue;
    if (!isMixin && !(c->bases[i]->builtin && c->bases[i]->qualname.str() == "object")) {
      if (why)
        *why = "class '" + qualifiedName(c->module, c->qualname) + "' has several base classes; kiln Python has single inheritance (a mixin class may set '_mixin_ = True')";
      return nullptr;
    }
  }
  ClassDef* base = baseCls ? classDef(baseCls, why) : objectClassDef();
  if (!base) return nullptr;
  if (classDefOf_.count(c)) return classDefOf_[c]; // made while making the base (a cycle)
  auto cd = std::make_unique<ClassDef>();
  cd->id = nextDefId_++;
  cd->name = qualifiedName(c->module, c->qualname);
  cd->cls = c;
  cd->base = base;
  cd->isException = base->isException;
  cd->desc = classDesc(c);
  cd->desc->classDef = cd.get();
  ClassDef* raw = cd.get();
  classDefs_.push_back(std::move(cd));
  classDefOf_[c] = raw;
  base->subclasses.push_back(raw);
  subclassAdded(raw);
  return raw;
}

std::vector<ClassDef*> Bookkeeper::classDefs() const {
  std::vector<ClassDef*> out;
  for (const auto& cd : classDefs_) out.push_back(cd.get());
  return out;
}

// A new subclass may bring class-level values for attributes its bases own, and overrides of
// methods their readers looked up: re-flow those.
void Bookkeeper::subclassAdded(ClassDef* cd) {
  for (ClassDef* a = cd->base; a; a = a->base) {
    for (flow::Block* b : a->lookupReaders) an_.schedule(b);
    for (AttrDef* attr : a->attrs) {
      const load::Value* v = ownClassAttr(cd->cls, attr->name);
      if (!v || isFunctionValue(*v)) continue;
      std::string why;
      const Annotation* ann = constant(*v, &why);
      if (ann) an_.generalize(attr->value, ann, {}, nullptr);
    }
  }
}

AttrDef* Bookkeeper::findAttribute(ClassDef* cd, Symbol name) {
  for (ClassDef* c = cd; c; c = c->base)
    if (auto it = c->attrByName.find(name); it != c->attrByName.end()) return it->second;
  return nullptr;
}

void Bookkeeper::addClassLevelValues(AttrDef* attr, ClassDef* cd) {
  auto add = [&](const load::Value& v) {
    if (isFunctionValue(v)) return;
    std::string why;
    if (const Annotation* ann = constant(v, &why)) an_.generalize(attr->value, ann, {}, nullptr);
  };
  if (std::optional<ClassAttr> found = lookupClassAttr(cd->cls, attr->name)) add(found->value);
  std::vector<ClassDef*> work(cd->subclasses.begin(), cd->subclasses.end());
  while (!work.empty()) {
    ClassDef* sub = work.back();
    work.pop_back();
    if (const load::Value* v = ownClassAttr(sub->cls, attr->name)) add(*v);
    work.insert(work.end(), sub->subclasses.begin(), sub->subclasses.end());
  }
}

AttrDef* Bookkeeper::attribute(ClassDef* cd, Symbol name, Conflict* why, SourceLoc at) {
  if (AttrDef* found = findAttribute(cd, name)) return found;
  // Attributes of that name owned by subclasses move up here.
  std::vector<AttrDef*> below;
  std::vector<ClassDef*> work(cd->subclasses.begin(), cd->subclasses.end());
  while (!work.empty()) {
    ClassDef* sub = work.back();
    work.pop_back();
    if (auto it = sub->attrByName.find(name); it != sub->attrByName.end()) {
      below.push_back(it->second);
      continue;
    }
    work.insert(work.end(), sub->subclasses.begin(), sub->subclasses.end());
  }
  std::sort(below.begin(), below.end(), [](AttrDef* x, AttrDef* y) { return x->owner->id < y->owner->id; });
  const Annotation* merged = an_.lattice().impossible();
  SourceLoc origin;
  for (AttrDef* b : below) {
    const Annotation* u = an_.lattice().unite(merged, b->value.ann, why);
    if (!u) return nullptr;
    if (u != merged) origin = b->value.origin;
    merged = u;
  }
  auto attr = std::make_unique<AttrDef>();
  attr->name = name;
  attr->owner = cd;
  attr->value.ann = merged;
  attr->value.origin = origin.isValid() ? origin : at;
  attr->movedUpAt = below.empty() ? SourceLoc{} : at;
  for (AttrDef* b : below) {
    attr->value.readers.insert(b->value.readers.begin(), b->value.readers.end());
    attr->written |= b->written;
    if (b->movedFrom.empty())
      attr->movedFrom.push_back(b->owner);
    else
      attr->movedFrom.insert(attr->movedFrom.end(), b->movedFrom.begin(), b->movedFrom.end());
    ClassDef* owner = b->owner;
    owner->attrs.erase(std::find(owner->attrs.begin(), owner->attrs.end(), b));
    owner->attrByName.erase(name);
  }
  AttrDef* raw = attr.get();
  attrDefs_.push_back(std::move(attr));
  cd->attrs.push_back(raw);
  cd->attrByName[name] = raw;
  addClassLevelValues(raw, cd);
  for (flow::Block* b : raw->value.readers) an_.schedule(b);
  return raw;
}

// -- Containers --------------------------------------------------------------------------------------------

ListDef* Bookkeeper::listDefAt(const void* site, SourceLoc made) {
  if (auto it = listAt_.find(site); it != listAt_.end()) return it->second->find();
  auto d = std::make_unique<ListDef>();
  d->id = nextDefId_++;
  d->made = made;
  d->item.ann = an_.lattice().impossible();
  ListDef* raw = d.get();
  listDefs_.push_back(std::move(d));
  listAt_[site] = raw;
  return raw;
}

DictDef* Bookkeeper::dictDefAt(const void* site, SourceLoc made) {
  if (auto it = dictAt_.find(site); it != dictAt_.end()) return it->second->find();
  auto d = std::make_unique<DictDef>();
  d->id = nextDefId_++;
  d->made = made;
  d->key.ann = d->value.ann = an_.lattice().impossible();
  DictDef* raw = d.get();
  dictDefs_.push_back(std::move(d));
  dictAt_[site] = raw;
  return raw;
}

CellDef* Bookkeeper::cellDefAt(const void* site, int index, std::string name) {
  auto key = std::make_pair(site, index);
  if (auto it = cellAt_.find(key); it != cellAt_.end()) return it->second->find();
  auto d = std::make_unique<CellDef>();
  d->id = nextDefId_++;
  d->name = std::move(name);
  d->value.ann = an_.lattice().impossible();
  CellDef* raw = d.get();
  cellDefs_.push_back(std::move(d));
  cellAt_[key] = raw;
  return raw;
}

// -- Constants ---------------------------------------------------------------------------------------------

// A prebuilt kiln.objectmodel.r_dict: a dict with key functions; the exporter gives its
// key_eq, key_hash and items (a list of (key, value) tuples).
const Annotation* Bookkeeper::prebuiltRDict(load::Instance* inst, std::string* why) {
  bool fresh = !dictAt_.count(inst);
  DictDef* d = dictDefAt(inst, {});
  if (!fresh) return an_.lattice().dict(d);
  for (const load::NamedValue& a : inst->attrs) {
    if (a.name.str() == "key_eq" && !(d->keyEq = constant(a.value, why))) return nullptr;
    if (a.name.str() == "key_hash" && !(d->keyHash = constant(a.value, why))) return nullptr;
    if (a.name.str() != "items" || !a.value.isRef()) continue;
    auto* items = load::dynCast<load::List>(a.value.ref);
    for (const load::Value& kv : items ? items->items : std::span<load::Value>()) {
      if (kv.kind != load::Value::Kind::Tuple || kv.items.size() != 2) continue;
      const Annotation* k = constant(kv.items[0], why);
      const Annotation* v = k ? constant(kv.items[1], why) : nullptr;
      if (!v) return nullptr;
      Conflict conflict;
      if (!an_.generalize(d->find()->key, an_.lattice().withoutConst(k), {}, &conflict) ||
          !an_.generalize(d->find()->value, v, {}, &conflict)) {
        if (why) *why = "the keys or values of a prebuilt r_dict have types that cannot be mixed";
        return nullptr;
      }
    }
  }
  return an_.lattice().dict(d);
}

void Bookkeeper::seedPrebuiltInstance(ClassDef* cd, load::Instance* inst) {
  if (std::find(cd->prebuilt.begin(), cd->prebuilt.end(), inst) != cd->prebuilt.end()) return;
  cd->prebuilt.push_back(inst);
  for (load::NamedValue& a : inst->attrs) {
    std::string why;
    const Annotation* ann = constant(a.value, &why);
    if (!ann) continue; // reported when run-time code reads the attribute
    Conflict conflict;
    AttrDef* attr = attribute(cd, a.name, &conflict, {});
    if (!attr) continue;
    an_.generalize(attr->value, ann, {}, &conflict);
  }
}

const Annotation* Bookkeeper::constant(const load::Value& v, std::string* why) {
  Lattice& l = an_.lattice();
  using K = load::Value::Kind;
  auto fail = [&](std::string reason) -> const Annotation* {
    if (why) *why = std::move(reason);
    return nullptr;
  };
  switch (v.kind) {
  case K::None: return l.none();
  case K::Bool: return l.constBool(v.boolValue);
  case K::Int:
  case K::BigInt: {
    bool isUnsigned = false;
    for (load::Class* c = v.cls; c; c = c->bases.empty() ? nullptr : c->bases[0])
      if (c->qualname.str() == "r_uint" || c->qualname.str() == "unsigned_int") isUnsigned = true;
    if (v.kind == K::Int) return l.constInt(v.intValue, isUnsigned);
    // An r_uint at or above 2**63 does not fit an int64 but is a machine word all the same:
    // keep its bit pattern (unsigned annotations are read as uint64).
    uint64_t u = 0;
    auto [end, ec] = std::from_chars(v.text.data(), v.text.data() + v.text.size(), u);
    if (isUnsigned && ec == std::errc() && end == v.text.data() + v.text.size())
      return l.constInt(int64_t(u), true);
    return fail("the integer " + std::string(v.text) + " does not fit in 64 bits");
  }
  case K::Float: return l.constFloat(v.floatValue);
  case K::Complex: return fail("complex numbers are not supported in translated code");
  case K::Str: return l.constStr(v.text);
  case K::Bytes: return l.constBytes(v.text);
  case K::Ellipsis: return fail("'...' (Ellipsis) cannot be used in translated code");
  case K::EmptyCell: return fail("a closure variable that was never assigned");
  case K::Undefined: return l.impossible();
  case K::Tuple: {
    std::vector<const Annotation*> items;
    for (const load::Value& item : v.items) {
      const Annotation* a = constant(item, why);
      if (!a) return nullptr;
      items.push_back(a);
    }
    return l.tuple(items);
  }
  case K::Ref: break;
  }
  load::Object* o = v.ref;
  if (auto* f = load::dynCast<load::Function>(o)) return l.pbc({functionDesc(f)});
  if (load::Class* c = asClass(o)) return l.pbc({classDesc(c)});
  if (auto* b = load::dynCast<load::Builtin>(o)) {
    if (std::optional<BuiltinId> id = findBuiltin(b->name.str())) return l.builtin(*id);
    // An unbound method of a built-in type (`str.upper`): called with the object first.
    if (std::optional<BuiltinId> id = unboundMethod(b->name.str())) return l.builtin(*id);
    // A bound builtin object (sys.stdout) is usable through its methods.
    if (hasBuiltinUnder(std::string(b->name.str()) + ".")) return l.pbc({frozenDesc(o)});
    return fail("the built-in '" + std::string(b->name.str()) + "' is not supported in translated code");
  }
  if (isFrozen(o)) return l.pbc({frozenDesc(o)});
  if (auto* inst = load::dynCast<load::Instance>(o); inst && inst->cls->builtin && inst->cls->qualname.str() == "r_dict")
    return prebuiltRDict(inst, why);
  if (auto* inst = load::dynCast<load::Instance>(o)) {
    std::string reason;
    ClassDef* cd = classDef(inst->cls, &reason);
    if (!cd) return fail(reason);
    const Annotation* a = l.prebuiltInstance(cd, inst);
    seedPrebuiltInstance(cd, inst);
    return a;
  }
  if (auto* list = load::dynCast<load::List>(o)) {
    bool fresh = !listAt_.count(list);
    ListDef* d = listDefAt(list, {});
    if (fresh) {
      for (const load::Value& item : list->items) {
        const Annotation* a = constant(item, why);
        if (!a) return nullptr;
        Conflict conflict;
        if (!an_.generalize(d->find()->item, a, {}, &conflict))
          return fail("the items of a prebuilt list have types that cannot be mixed ('" + typeName(conflict.left) +
                      "' and '" + typeName(conflict.right) + "')");
      }
    }
    return l.list(d);
  }
  if (auto* dict = load::dynCast<load::Dict>(o)) {
    bool fresh = !dictAt_.count(dict);
    DictDef* d = dictDefAt(dict, {});
    if (fresh) {
      for (const load::KeyValue& kv : dict->items) {
        const Annotation* k = constant(kv.key, why);
        const Annotation* val = k ? constant(kv.value, why) : nullptr;
        if (!val) return nullptr;
        Conflict conflict;
        if (!an_.generalize(d->find()->key, l.withoutConst(k), {}, &conflict) ||
            !an_.generalize(d->find()->value, val, {}, &conflict))
          return fail("the keys or values of a prebuilt dict have types that cannot be mixed ('" +
                      typeName(conflict.left) + "' and '" + typeName(conflict.right) + "')");
      }
    }
    return l.dict(d);
  }
  if (auto* m = load::dynCast<load::Method>(o)) {
    // A method of a built-in type bound to a prebuilt value: `LOG.append`, `" ".join`.
    if (auto* b = m->function.isRef() ? load::dynCast<load::Builtin>(m->function.ref) : nullptr) {
      const Annotation* self = constant(m->self, why);
      if (!self) return nullptr;
      std::string_view full = b->name.str();
      std::string_view method = full.substr(full.find('.') + 1);
      AnnKind receiver = self->is(AnnKind::Char) ? AnnKind::Str : self->kind;
      if (std::optional<BuiltinId> id = findMethod(receiver, method)) return l.builtin(*id, self);
      return fail("the built-in method '" + std::string(full) + "' is not supported in translated code");
    }
    auto* f = m->function.isRef() ? load::dynCast<load::Function>(m->function.ref) : nullptr;
    load::Object* self = m->self.isRef() ? m->self.ref : nullptr;
    if (f && self && (isFrozen(self) || load::dynCast<load::Instance>(self) || load::dynCast<load::Class>(self))) {
      if (auto* inst = load::dynCast<load::Instance>(self); inst && !isFrozen(self) && !constant(m->self, why))
        return nullptr;
      return l.pbc({methodOfFrozenDesc(functionDesc(f), self)});
    }
    return fail("only methods bound to prebuilt instances or frozen objects can be constants");
  }
  if (auto* sm = load::dynCast<load::StaticMethod>(o)) return constant(sm->function, why);
  if (load::dynCast<load::Set>(o) || load::dynCast<load::FrozenSet>(o))
    return fail("sets are not supported in translated code");
  if (auto* op = load::dynCast<load::Opaque>(o))
    return fail("'" + std::string(op->type) + "' objects cannot be used in translated code");
  return fail(std::string(load::objectKindName(o->kind)) + " objects cannot be used in translated code");
}

} // namespace kiln::ann

// The rtyper's driver and its type mapping: annotations to low-level types, classes to instance
// and vtable structs, prebuilt strings.
#include "rtyper/rtyper.h"

#include <algorithm>

#include "annotator/bookkeeper.h"
#include "rtyper/convert.h"
#include "rtyper/rtype_closure.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;

RTyper::RTyper(ann::Annotator& an, DiagnosticEngine& diags) : an_(an), diags_(diags) { makeRootTypes(); }
RTyper::~RTyper() = default;

void RTyper::makeRootTypes() {
  // The root vtable: the class-id range of the class (its own id first) and its name.
  rootVtable_ = types_.newStruct("object_vtable", false);
  // str: {hash (0 until computed), length: its code points, chars: Array(Char)}: the UTF-8
  // bytes of an immutable text (bytes: length is the number of bytes). length == len(chars)
  // says the text is ASCII, where the runtime indexes bytes directly.
  ll::Type* str = types_.newStruct("str", true);
  types_.addField(str, "hash", types_.signedType());
  types_.addField(str, "length", types_.signedType());
  types_.addField(str, "chars", types_.array(types_.charType(), false));
  str->fields[1].immutable = true; // length (hash is computed on demand)
  types_.freeze(str);
  strPtr_ = types_.ptr(str);
  types_.addField(rootVtable_, "subclassrange_min", types_.signedType());
  types_.addField(rootVtable_, "subclassrange_max", types_.signedType());
  types_.addField(rootVtable_, "name", strPtr_);
  // Frozen by assignClassIds: it may get an `instantiate` slot (rtype_pbc.cpp).
  rootInstance_ = types_.newStruct("object", true);
  types_.addField(rootInstance_, "typeptr", types_.ptr(rootVtable_));
  // Set once, where the object is allocated (the malloc transform, prebuilt data): the JIT may
  // fold a constant object's class and keep one load of it per object.
  rootInstance_->fields[0].immutable = true;
  types_.freeze(rootInstance_);
}

ll::Prebuilt* RTyper::newPrebuilt(std::string name, const ll::Type* type) {
  int n = prebuiltNames_[name]++;
  if (n) name += "_" + std::to_string(n + 1);
  prebuilts_.push_back(std::make_unique<ll::Prebuilt>(ll::Prebuilt{std::move(name), type, {}}));
  return prebuilts_.back().get();
}

ClassRepr* RTyper::classRepr(ann::ClassDef* def) {
  if (auto it = classes_.find(def); it != classes_.end()) return it->second.get();
  // The structs are made empty here and laid out by layoutClass() once every class has its
  // structs: attributes may point to instances of any class, including subclasses.
  auto r = std::make_unique<ClassRepr>();
  r->def = def;
  ClassRepr* raw = r.get();
  classes_[def] = std::move(r);
  raw->base = def->base ? classRepr(def->base) : nullptr;
  if (!def->base && def->name == "object") { // the root class: its structs are the root ones
    raw->instance = rootInstance_;
    raw->vtable = rootVtable_;
  } else {
    raw->instance = types_.newStruct(def->name, true);
    raw->vtable = types_.newStruct(def->name + "_vtable", false);
  }
  raw->vtableObject = newPrebuilt("vtable_" + def->name, raw->vtable);
  return raw;
}

// The vtable fields of values that may be one of several classes (rtype_pbc.cpp): instantiate
// slots per call shape, class attributes, specialized graphs.
void RTyper::addClassSlots(ClassRepr* r, ll::Type* vtable) {
  size_t n = 0;
  for (const auto& [shape, slot] : r->instantiateSlots)
    types_.addField(vtable, "instantiate_" + std::to_string(n++), types_.ptr(slot));
  for (const auto& [attr, ann] : r->classAttrs)
    if (const ll::Type* t = ann ? lowType(an_.lattice().withoutConst(ann)) : nullptr; t && t->kind != ll::TypeKind::Void)
      types_.addField(vtable, "cls_" + attr, t);
  n = 0;
  for (const auto& [key, type] : r->specSlotTypes) types_.addField(vtable, "spec_" + std::to_string(n++), types_.ptr(type));
}

// The JIT hints of an attribute (docs/hints.md): `_immutable_ = True` in its class or a base, or
// its name in their `_immutable_fields_` (`name`, `name?`: quasi-immutable, treated as mutable
// for now; `name[*]`: the list it holds is not modified either).
void RTyper::immutability(ann::ClassDef* def, const std::string& name, ll::Field& f) {
  if (!def || !def->cls) return;
  for (load::Class* c : def->cls->mro) {
    for (const load::NamedValue& a : c->attrs) {
      if (a.name.str() == "_immutable_" && a.value.kind == load::Value::Kind::Bool && a.value.boolValue) f.immutable = true;
      if (a.name.str() != "_immutable_fields_" || !a.value.isRef()) continue;
      std::span<load::Value> items;
      if (auto* list = load::dynCast<load::List>(a.value.ref)) items = list->items;
      for (const load::Value& item : items) {
        if (item.kind != load::Value::Kind::Str) continue;
        std::string_view text = item.text;
        if (text == name) f.immutable = true;
        if (text == name + "[*]") f.immutable = f.itemsImmutable = true;
      }
    }
  }
}

void RTyper::layoutClass(ClassRepr* r) {
  if (r->instance->frozen) return;
  if (r->base) layoutClass(r->base);
  if (r->instance == rootInstance_) return;
  types_.addField(r->instance, "super", r->base ? r->base->instance : rootInstance_);
  for (ann::AttrDef* a : r->def->attrs) {
    const ll::Type* t = a->value.ann ? lowType(a->value.ann) : nullptr;
    if (!t || t->kind == ll::TypeKind::Void) continue; // never stored, or a constant
    types_.addField(r->instance, "inst_" + std::string(a->name.str()), t);
    immutability(r->def, std::string(a->name.str()), r->instance->fields.back());
  }
  // BaseException keeps str(e) as the constructor's arguments make it (rtype_exception.cpp).
  if (r->def->isException && r->def->rootException() == r->def) types_.addField(r->instance, "message", strPtr_);
  types_.freeze(r->instance);
  types_.addField(r->vtable, "super", r->base ? r->base->vtable : rootVtable_);
  for (const auto& [name, type] : r->methodSlots) types_.addField(r->vtable, "method_" + name, types_.ptr(type));
  addClassSlots(r, r->vtable);
  for (ll::Field& f : r->vtable->fields) f.immutable = true; // classes do not change at run time
  types_.freeze(r->vtable);
}

ann::GraphInfo* RTyper::graphOfFunction(ann::FunctionDesc* f) const {
  if (auto it = f->graphs.find(""); it != f->graphs.end() && it->second) return it->second;
  return f->graphs.size() == 1 ? f->graphs.begin()->second : nullptr;
}

namespace {

// The common base of the classes that `descs`, methods bound to instances, are bound to; null
// when one is not such a method (a function, a class method) or there is none.
ann::ClassDef* boundClassesBase(std::span<ann::Desc* const> descs) {
  ann::ClassDef* common = nullptr;
  for (ann::Desc* d : descs) {
    auto* m = ann::descAs<ann::MethodDesc>(d);
    if (!m || m->classMethod) return nullptr;
    common = common ? (common->isSubclassOf(m->selfClass) ? m->selfClass : common->commonBase(m->selfClass)) : m->selfClass;
    if (!common) return nullptr;
  }
  return common;
}

// Whether the methods `descs` (MethodDescs) all have one name.
bool oneMethodName(std::span<ann::Desc* const> descs) {
  for (ann::Desc* d : descs)
    if (ann::descAs<ann::MethodDesc>(d)->attr != ann::descAs<ann::MethodDesc>(descs[0])->attr) return false;
  return true;
}

} // namespace

ann::ClassDef* RTyper::methodBase(const Annotation* callee) const {
  ann::ClassDef* base = boundClassesBase(callee->descs);
  // Methods of different names are not one vtable slot: a bound-method value (boundMethodType).
  return base && oneMethodName(callee->descs) ? base : nullptr;
}

// The one low-level type that values of all these annotations can take: the representation of
// their union in the lattice (a char and a str give a str, instances their common base, None and
// an instance a nullable one). Null when they do not join; Void when none has a value.
const ll::Type* RTyper::commonType(const std::vector<const Annotation*>& anns) {
  const Annotation* u = nullptr;
  for (const Annotation* a : anns) {
    if (!a || a->isImpossible()) continue; // never returns
    u = u ? an_.lattice().unite(u, a) : a;
    if (!u) return nullptr;
  }
  return u ? lowType(an_.lattice().withoutConst(u)) : types_.voidType();
}

// Graphs some call site calls through one value (a function value, an overridden method) get
// one calling convention: per parameter, the type all of them can take (RPython's
// normalizecalls). Each graph converts its parameters to its own representation on entry.
void RTyper::normalizeCallFamilies() {
  for (const std::vector<ann::FunctionDesc*>& family : an_.bookkeeper().callFamilies()) {
    auto members = std::make_unique<std::vector<ann::GraphInfo*>>();
    for (ann::FunctionDesc* f : family)
      for (const auto& [key, g] : f->graphs)
        if (g) members->push_back(g);
    normalizeFamily(std::move(members));
  }
  // The __init__s of classes called through one value (rtype_pbc.cpp), unless a call family
  // already holds one of them.
  for (auto& inits : initFamilies_) {
    bool taken = false;
    for (ann::GraphInfo* g : *inits) taken |= familyOf_.count(g) != 0;
    if (!taken) normalizeFamily(std::move(inits));
  }
}

void RTyper::normalizeFamily(std::unique_ptr<std::vector<ann::GraphInfo*>> members) {
  {
    if (members->size() < 2) return;
    size_t n = (*members)[0]->graph->startBlock()->inputs.size();
    bool sameArity = true;
    for (ann::GraphInfo* g : *members) sameArity &= g->graph->startBlock()->inputs.size() == n;
    if (!sameArity) return; // a call through the family reports it
    std::vector<const ll::Type*> params;
    for (size_t i = 0; i < n; ++i) {
      std::vector<const Annotation*> anns;
      for (ann::GraphInfo* g : *members) anns.push_back(an_.binding(g->graph->startBlock()->inputs[i]));
      const ll::Type* t = commonType(anns);
      params.push_back(t ? t : types_.voidType());
    }
    std::vector<const Annotation*> results;
    for (ann::GraphInfo* g : *members) results.push_back(an_.binding(g->graph->returnBlock()->inputs[0]));
    const ll::Type* result = commonType(results);
    const ll::Type* fn = types_.func(std::move(params), result ? result : types_.voidType());
    fn = familyFuncType(*this, *members, fn); // the hidden function object (rtype_closure.cpp)
    for (ann::GraphInfo* g : *members) {
      familyTypes_[g] = fn;
      familyOf_[g] = members.get();
    }
    families_.push_back(std::move(members));
  }
}

const std::vector<ann::GraphInfo*>* RTyper::familyOf(const ann::GraphInfo* g) const {
  auto it = familyOf_.find(g);
  return it == familyOf_.end() ? nullptr : it->second;
}

// Calls on several methods dispatch through the vtable: a slot in the class that is the common
// base of the receivers, filled in each subclass's vtable with the method it finds.
void RTyper::findMethodSlots() {
  for (ann::GraphInfo* g : an_.graphs()) {
    for (flow::Block* b : g->graph->blocksInOrder()) {
      if (!an_.isReached(b)) continue;
      for (const flow::Operation& op : b->operations) {
        if ((op.opcode == flow::OpCode::getattr || op.opcode == flow::OpCode::setattr) && op.args[1].isConstant()) {
          findPropertySlot(op);
          continue;
        }
        if (op.opcode != flow::OpCode::simple_call && op.opcode != flow::OpCode::call_args) continue;
        const std::vector<ann::GraphInfo*>* targets = an_.callTargetsOf(&op);
        const Annotation* callee = an_.annotationOf(op.args[0]);
        if (!targets || targets->size() < 2 || !callee || !callee->is(AnnKind::PBC)) continue;
        // One slot per method name that several classes define (a bound-method value of
        // methods of different names reads each name's slot when it is made: convert.cpp).
        std::map<std::string, std::vector<ann::Desc*>> byName;
        bool methods = true;
        for (ann::Desc* d : callee->descs)
          if (auto* m = ann::descAs<ann::MethodDesc>(d); m && !m->classMethod) byName[std::string(m->attr.str())].push_back(d);
          else methods = false;
        if (!methods) continue;
        for (auto& [name, descs] : byName)
          if (descs.size() > 1) addMethodSlot(name, descs, funcTypeOf((*targets)[0]));
      }
    }
  }
}

// A vtable slot `method_<name>` on the common base of the classes of `descs` (methods of that
// name), each class's vtable holding the method its lookup finds.
void RTyper::addMethodSlot(const std::string& name, const std::vector<ann::Desc*>& descs, const ll::Type* fnType) {
  ann::ClassDef* base = boundClassesBase(descs);
  if (!base) return;
  ClassRepr* r = classRepr(base);
  if (r->methodSlots.count(name)) return;
  r->methodSlots[name] = fnType;
  std::vector<ann::ClassDef*> work{base};
  while (!work.empty()) {
    ann::ClassDef* cd = work.back();
    work.pop_back();
    work.insert(work.end(), cd->subclasses.begin(), cd->subclasses.end());
    for (ann::ClassDef* c = cd; c; c = c->base) {
      ann::MethodDesc* found = nullptr;
      for (ann::Desc* d : descs)
        if (auto* m = ann::descAs<ann::MethodDesc>(d); m->origin == c) found = m;
      if (!found) continue;
      if (ann::GraphInfo* impl = graphOfFunction(found->function)) classRepr(cd)->methodImpls[name] = graphs_[impl].get();
      break;
    }
  }
}

// x.name or x.name = v where name is a property some subclasses override: a vtable slot
// `method_<name>.get` (`.set`) in x's class, each class's vtable holding the accessor its lookup
// finds (the accessors are one call family: rtype_pbc.cpp's findClassCalls).
void RTyper::findPropertySlot(const flow::Operation& op) {
  const std::vector<ann::GraphInfo*>* targets = an_.callTargetsOf(&op);
  const Annotation* obj = an_.annotationOf(op.args[0]);
  if (!targets || targets->size() < 2 || !obj->is(AnnKind::Instance)) return;
  bool get = op.opcode == flow::OpCode::getattr;
  std::string attr(op.args[1].constant()->value.text);
  std::string slot = "property_" + std::string(get ? "get_" : "set_") + attr;
  ClassRepr* r = classRepr(obj->classDef);
  if (r->methodSlots.count(slot)) return;
  r->methodSlots[slot] = funcTypeOf((*targets)[0]);
  ann::Bookkeeper& bk = an_.bookkeeper();
  std::vector<ann::ClassDef*> work{obj->classDef};
  while (!work.empty()) {
    ann::ClassDef* cd = work.back();
    work.pop_back();
    work.insert(work.end(), cd->subclasses.begin(), cd->subclasses.end());
    std::optional<ann::ClassAttr> found = cd->cls ? bk.lookupClassAttr(cd->cls, bk.intern(attr)) : std::nullopt;
    auto* p = found && found->value.isRef() ? load::dynCast<load::Property>(found->value.ref) : nullptr;
    const load::Value& fn = p ? (get ? p->fget : p->fset) : found ? found->value : load::Value{};
    auto* f = fn.isRef() ? load::dynCast<load::Function>(fn.ref) : nullptr;
    for (ann::GraphInfo* t : *targets)
      if (f && t->desc && t->desc->function == f) classRepr(cd)->methodImpls[slot] = graphs_[t].get();
  }
}

void RTyper::assignClassIds() {
  // The root vtable, with the `instantiate` slot when classes without a common base are called
  // through one value.
  ClassRepr* root = classRepr(an_.bookkeeper().objectClassDef());
  addClassSlots(root, rootVtable_);
  for (ll::Field& f : rootVtable_->fields) f.immutable = true;
  types_.freeze(rootVtable_);
  // Preorder over the class tree: a class's subclasses take the ids right after its own.
  std::vector<ann::ClassDef*> roots;
  for (ann::ClassDef* cd : an_.bookkeeper().classDefs())
    if (!cd->base) roots.push_back(cd);
  int64_t next = 0;
  auto visit = [&](auto& self, ann::ClassDef* cd) -> void {
    ClassRepr* r = classRepr(cd);
    layoutClass(r);
    r->idMin = next++;
    for (ann::ClassDef* sub : cd->subclasses) self(self, sub);
    r->idMax = next;
  };
  for (ann::ClassDef* root : roots) visit(visit, root);
}

const ll::Type* RTyper::lowType(const Annotation* a) {
  switch (a->kind) {
  case AnnKind::Impossible:
  case AnnKind::Poison:
  case AnnKind::None: return types_.voidType();
  case AnnKind::Bool: return types_.boolType();
  case AnnKind::Int: return a->isUnsigned() ? types_.unsignedType() : types_.signedType();
  case AnnKind::Float: return types_.floatType();
  case AnnKind::Char: return types_.uniCharType(); // a code point
  case AnnKind::Str:
  case AnnKind::Bytes: return strPtr_;
  case AnnKind::Instance: return types_.ptr(classRepr(a->classDef)->instance);
  case AnnKind::TypeOf: return types_.ptr(classRepr(a->classDef)->vtable);
  case AnnKind::PBC: {
    // Functions made at run time that carry state (rtype_closure.cpp).
    if (const ll::Type* t = functionObjectType(*this, a)) return t;
    // Methods bound to instances: the value is the instance (of the classes' common base), and
    // for methods of different names which one it is too (boundMethodType).
    if (ann::ClassDef* common = boundClassesBase(a->descs))
      return oneMethodName(a->descs) ? types_.ptr(classRepr(common)->instance) : boundMethodType(a);
    // Several functions (or one that may be None): a pointer to their family's function type.
    bool functions = !a->descs.empty();
    for (ann::Desc* d : a->descs) functions &= ann::descAs<ann::FunctionDesc>(d) != nullptr;
    if (functions && (a->descs.size() > 1 || a->canBeNone())) {
      ann::GraphInfo* g = graphOfFunction(ann::descAs<ann::FunctionDesc>(a->descs[0]));
      return g ? types_.ptr(funcTypeOf(g)) : nullptr;
    }
    // Frozen objects: Void for one, a pointer to their family's struct otherwise; classes the
    // same with their common base's vtable.
    if (const ll::Type* t = frozenPbcType(a)) return t;
    if (const ll::Type* t = classPbcType(a)) return t;
    // One function or class known at translation time: the annotation says which; no value.
    if (a->isConstant()) return types_.voidType();
    return nullptr;
  }
  case AnnKind::Builtin:
    // A built-in function, or a method bound to its object: calls resolve it; the bound object
    // travels as the method's receiver (a method value that is itself stored is not supported).
    return a->self() ? lowType(a->self()) : types_.voidType();
  case AnnKind::List: return listLowType(*this, a);
  case AnnKind::Tuple: return tupleLowType(*this, a);
  case AnnKind::Dict: return dictLowType(*this, a);
  case AnnKind::Iterator: return iterLowType(*this, a);
  case AnnKind::StrBuilder: return strBuilderLowType(*this, a);
  case AnnKind::File: return fileLowType(*this, a);
  case AnnKind::Cell: return cellLowType(*this, a); // rtype_closure.cpp
  default: return nullptr;
  }
}

// A value that may be any of several methods of different names bound to instances (a table of
// bound methods): Ptr(GcStruct boundmethod_<n> {self, fn}), the instance (as the methods' first
// parameter's type) and the function to call. The methods must be one call family (called from
// one place), so that they have one Func type; null otherwise.
const ll::Type* RTyper::boundMethodType(const Annotation* a) {
  const ll::Type* fn = nullptr;
  for (ann::Desc* d : a->descs) {
    ann::GraphInfo* g = graphOfFunction(ann::descAs<ann::MethodDesc>(d)->function);
    const ll::Type* t = g ? funcTypeOf(g) : nullptr;
    if (!t || t->params.empty() || (fn && fn != t)) return nullptr;
    fn = t;
  }
  auto [it, fresh] = boundMethodTypes_.try_emplace(fn, nullptr);
  if (fresh) {
    ll::Type* s = types_.newStruct("boundmethod", true);
    types_.addField(s, "self", fn->params[0]);
    types_.addField(s, "fn", types_.ptr(fn));
    types_.freeze(s);
    it->second = types_.ptr(s);
  }
  return it->second;
}

const ll::Type* RTyper::funcTypeOf(const ann::GraphInfo* g) {
  if (auto it = familyTypes_.find(g); it != familyTypes_.end()) return it->second;
  std::vector<const ll::Type*> params;
  for (flow::Variable* v : g->graph->startBlock()->inputs) {
    const Annotation* a = an_.binding(v);
    const ll::Type* t = a ? lowType(a) : types_.voidType();
    params.push_back(t ? t : types_.voidType());
  }
  const Annotation* r = an_.binding(g->graph->returnBlock()->inputs[0]);
  const ll::Type* rt = r ? lowType(r) : types_.voidType();
  if (const ll::Type* closure = closureParamType(*this, g)) params.push_back(closure); // rtype_closure.cpp
  return types_.func(std::move(params), rt ? rt : types_.voidType());
}

bool RTyper::run() {
  for (ann::ClassDef* cd : an_.bookkeeper().classDefs()) classRepr(cd);
  findFrozenFamilies();
  layoutFrozenFamilies();
  findClassCalls();
  normalizeCallFamilies();
  prepareClassCalls();
  std::vector<ann::GraphInfo*> infos = an_.graphs();
  for (ann::GraphInfo* g : infos) {
    graphs_[g] = std::make_unique<ll::Graph>(g->name(), funcTypeOf(g), vtablePtr(), objectPtr());
    infoOf_[graphs_[g].get()] = g;
  }
  // Before any graph is converted: jit_marker operations convert their greens to the parameters
  // of the driver's get_printable_location (rtype_hints.cpp).
  for (const auto& [driver, g] : an_.printableLocations()) printableLocations_[driver->name] = g;
  findMethodSlots();
  findSpecialMethodSlots(*this); // rtype_special.cpp
  findStrMethodSlots(*this);     // rtype_str_repr.cpp
  prepareClassData();            // rtype_pbc.cpp
  assignClassIds();
  buildInstantiateGraphs();
  fillVtables();
  bool ok = true;
  for (ann::GraphInfo* g : infos) {
    GraphConverter c(*this, g, graphs_[g].get());
    ok &= c.run();
    passClosureParam(*this, g, graphs_[g].get()); // rtype_closure.cpp
  }
  return ok && !diags_.hasErrors();
}

std::vector<ll::Graph*> RTyper::graphs() const {
  std::vector<ll::Graph*> out;
  for (const auto& [info, g] : graphs_) out.push_back(g.get());
  for (const auto& g : synthetic_) out.push_back(g.get());
  std::sort(out.begin(), out.end(), [](ll::Graph* a, ll::Graph* b) { return a->name() < b->name(); });
  return out;
}

ll::Graph* RTyper::graphOf(const ann::GraphInfo* g) const {
  auto it = graphs_.find(g);
  return it == graphs_.end() ? nullptr : it->second.get();
}

ll::Graph* RTyper::printableLocation(std::string_view driverName) const {
  auto it = printableLocations_.find(driverName);
  return it == printableLocations_.end() ? nullptr : graphOf(it->second);
}

const ann::GraphInfo* RTyper::infoOf(const ll::Graph* g) const {
  auto it = infoOf_.find(g);
  return it == infoOf_.end() ? nullptr : it->second;
}

} // namespace kiln::rt

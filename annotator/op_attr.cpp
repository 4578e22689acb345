// Attributes: getattr, setattr, delattr.
//
// On an instance of ClassDef C, `x.name` is a method when C's class (by its MRO) or a subclass
// of C defines a function `name`: the result is a PBC of MethodDescs, one per definition that
// instances of C may reach, each bound to instances of the class it is looked up on. Otherwise
// it is an instance attribute: an AttrDef owned by C or a base (Bookkeeper::attribute), whose
// annotation covers every value stored and every class-level default. Reading an attribute
// nothing has stored yet waits (Impossible); if nothing ever does, the read is an error once the
// fixpoint is reached.
//
// On classes, modules and frozen objects, attributes are load-time values (constants). On
// str, bytes, lists and dicts, attributes are the methods of builtins.def, bound to the object.
#include "annotator/builtins.h"
#include "annotator/ops.h"

namespace kiln::ann {

namespace {

load::Function* functionIn(const load::Value& v) {
  if (!v.isRef()) return nullptr;
  if (auto* f = load::dynCast<load::Function>(v.ref)) return f;
  return nullptr;
}

load::Function* staticFunctionIn(const load::Value& v) {
  if (!v.isRef()) return nullptr;
  if (auto* sm = load::dynCast<load::StaticMethod>(v.ref))
    if (sm->function.isRef()) return load::dynCast<load::Function>(sm->function.ref);
  return nullptr;
}

load::Function* classMethodIn(const load::Value& v) {
  if (!v.isRef()) return nullptr;
  if (auto* cm = load::dynCast<load::ClassMethod>(v.ref))
    if (cm->function.isRef()) return load::dynCast<load::Function>(cm->function.ref);
  return nullptr;
}

load::Property* propertyIn(const load::Value& v) {
  return v.isRef() ? load::dynCast<load::Property>(v.ref) : nullptr;
}

void descendants(ClassDef* cd, std::vector<ClassDef*>& out) {
  for (ClassDef* sub : cd->subclasses) {
    out.push_back(sub);
    descendants(sub, out);
  }
}

} // namespace

// The methods `name` of instances of cd, or null if it is not a method; *isStatic for a
// staticmethod (a plain function, not bound).
const Annotation* methodsOf(OpSite& s, ClassDef* cd, Symbol name, bool* isMethod) {
  *isMethod = false;
  cd->lookupReaders.insert(s.block);
  std::vector<Desc*> descs;
  std::optional<ClassAttr> found = s.bk.lookupClassAttr(cd->cls, name);
  if (found) {
    if (load::Function* f = staticFunctionIn(found->value)) {
      *isMethod = true;
      return s.l.pbc({s.bk.functionDesc(f)});
    }
    ClassDef* origin = s.bk.classDef(found->owner);
    if (load::Function* f = functionIn(found->value))
      descs.push_back(s.bk.methodDesc(s.bk.functionDesc(f), origin ? origin : cd, cd, name));
    if (load::Function* f = classMethodIn(found->value))
      descs.push_back(s.bk.methodDesc(s.bk.functionDesc(f), origin ? origin : cd, cd, name, true));
  }
  std::vector<ClassDef*> subs;
  descendants(cd, subs);
  for (ClassDef* sub : subs) {
    const load::Value* own = s.bk.ownClassAttr(sub->cls, name);
    if (!own) continue;
    if (load::Function* f = functionIn(*own)) descs.push_back(s.bk.methodDesc(s.bk.functionDesc(f), sub, sub, name));
    if (load::Function* f = classMethodIn(*own))
      descs.push_back(s.bk.methodDesc(s.bk.functionDesc(f), sub, sub, name, true));
  }
  if (descs.empty()) return nullptr;
  *isMethod = true;
  return s.l.pbc(descs);
}

// The properties named `name` instances of cd may reach (the MRO's and subclasses' own), each
// with the class whose instances reach it; empty if `name` is not a property.
static std::vector<std::pair<load::Property*, ClassDef*>> propertiesOf(OpSite& s, ClassDef* cd, Symbol name) {
  std::vector<std::pair<load::Property*, ClassDef*>> out;
  if (std::optional<ClassAttr> found = s.bk.lookupClassAttr(cd->cls, name))
    if (load::Property* p = propertyIn(found->value)) out.push_back({p, cd});
  std::vector<ClassDef*> subs;
  descendants(cd, subs);
  for (ClassDef* sub : subs)
    if (const load::Value* own = s.bk.ownClassAttr(sub->cls, name))
      if (load::Property* p = propertyIn(*own)) out.push_back({p, sub});
  return out;
}

// Calls the getters (accessor 0) or setters (accessor 1) of a property; null if `name` is not
// a property, Poison after an error.
static const Annotation* callProperty(OpSite& s, ClassDef* cd, Symbol name, int accessor, const CallArg* value) {
  std::vector<std::pair<load::Property*, ClassDef*>> props = propertiesOf(s, cd, name);
  if (props.empty()) return nullptr;
  const Annotation* result = s.l.impossible();
  for (auto& [p, owner] : props) {
    const load::Value& fn = accessor == 0 ? p->fget : p->fset;
    auto* f = fn.isRef() ? load::dynCast<load::Function>(fn.ref) : nullptr;
    if (!f) {
      s.fail(accessor == 0 ? DiagId::ann_property_no_getter : DiagId::ann_property_no_setter,
             {std::string(name.str()), owner->name});
      return s.l.poison();
    }
    CallArgs args;
    args.positional.push_back({s.l.instance(owner), {}, s.op.loc});
    if (value) args.positional.push_back(*value);
    const Annotation* r = callAnnotation(s, s.l.pbc({s.bk.functionDesc(f)}), args);
    if (!r) return s.l.poison();
    const Annotation* u = s.l.unite(result, r);
    if (!u) {
      s.fail(DiagId::ann_union_call_results, {typeName(result), typeName(r), ""});
      return s.l.poison();
    }
    result = u;
  }
  return accessor == 0 ? result : s.none();
}

const Annotation* propertyGet(OpSite& s, ClassDef* cd, Symbol name) { return callProperty(s, cd, name, 0, nullptr); }

const Annotation* instanceAttribute(OpSite& s, const Annotation* inst, Symbol name) {
  ClassDef* cd = inst->classDef;
  if (name.str() == "__class__") return s.l.typeOf(cd);
  bool isMethod = false;
  const Annotation* methods = methodsOf(s, cd, name, &isMethod);
  if (isMethod) {
    if (AttrDef* attr = s.bk.findAttribute(cd, name); attr && attr->written)
      return s.fail(DiagId::ann_method_and_attribute, {std::string(name.str()), cd->name});
    return methods;
  }
  if (const Annotation* p = propertyGet(s, cd, name)) return p->isPoison() ? nullptr : p;
  Conflict why;
  AttrDef* attr = s.bk.attribute(cd, name, &why, s.op.loc);
  if (!attr) {
    if (auto r = s.report(DiagId::ann_union_attribute, {std::string(name.str()), cd->name, typeName(why.left), typeName(why.right), why.reason.empty() ? "" : ": " + why.reason}))
      (void)r;
    return nullptr;
  }
  s.an.addReader(attr->value, s.block);
  if (attr->value.ann->isImpossible()) s.an.notePendingRead(s.graph, &s.op, cd, name);
  return attr->value.ann;
}

namespace {

// A class attribute read on a class object.
const Annotation* classAttribute(OpSite& s, load::Class* cls, Symbol name) {
  std::optional<ClassAttr> found = s.bk.lookupClassAttr(cls, name);
  if (!found && cls->builtin && name.str() == "__init__" && s.bk.builtinExceptionClassDef(cls->qualname.str()))
    return s.l.builtin(BuiltinId::exception_init); // Exception.__init__(self, msg) in a subclass's __init__
  if (!found) {
    if (name.str() == "__name__") return s.l.constStr(cls->name.str());
    return s.fail(DiagId::ann_class_no_attribute, {s.bk.qualifiedName(cls->module, cls->qualname), std::string(name.str())});
  }
  if (load::Function* f = staticFunctionIn(found->value)) return s.l.pbc({s.bk.functionDesc(f)});
  if (load::Function* f = functionIn(found->value)) return s.l.pbc({s.bk.functionDesc(f)});
  // A classmethod read on the class: bound to that class.
  if (auto* cm = found->value.isRef() ? load::dynCast<load::ClassMethod>(found->value.ref) : nullptr)
    if (auto* f = cm->function.isRef() ? load::dynCast<load::Function>(cm->function.ref) : nullptr)
      return s.l.pbc({s.bk.methodOfFrozenDesc(s.bk.functionDesc(f), cls)});
  std::string why;
  const Annotation* a = s.bk.constant(found->value, &why);
  if (!a) return s.fail(DiagId::ann_unsupported_constant, {why});
  return a;
}

// An attribute of a frozen object: a module's global, a builtin object's method, a frozen
// instance's attribute or method.
const Annotation* frozenAttribute(OpSite& s, FrozenDesc* d, Symbol name) {
  std::string why;
  if (auto* m = load::dynCast<load::Module>(d->object)) {
    for (const load::NamedValue& g : m->globals)
      if (g.name == name) {
        const Annotation* a = s.bk.constant(g.value, &why);
        return a ? a : s.fail(DiagId::ann_unsupported_constant, {why});
      }
    return s.fail(DiagId::ann_module_no_attribute, {std::string(m->name.str()), std::string(name.str())});
  }
  if (auto* b = load::dynCast<load::Builtin>(d->object)) {
    std::string full = std::string(b->name.str()) + "." + std::string(name.str());
    if (std::optional<BuiltinId> id = findBuiltin(full)) return s.l.builtin(*id);
    return s.fail(DiagId::ann_no_attribute, {std::string(b->name.str()), std::string(name.str())});
  }
  if (auto* inst = load::dynCast<load::Instance>(d->object)) {
    for (const load::NamedValue& a : inst->attrs)
      if (a.name == name) {
        const Annotation* ann = s.bk.constant(a.value, &why);
        return ann ? ann : s.fail(DiagId::ann_unsupported_constant, {why});
      }
    std::optional<ClassAttr> found = s.bk.lookupClassAttr(inst->cls, name);
    if (found) {
      if (load::Function* f = functionIn(found->value))
        return s.l.pbc({s.bk.methodOfFrozenDesc(s.bk.functionDesc(f), d->object)});
      if (load::Function* f = staticFunctionIn(found->value)) return s.l.pbc({s.bk.functionDesc(f)});
      const Annotation* ann = s.bk.constant(found->value, &why);
      return ann ? ann : s.fail(DiagId::ann_unsupported_constant, {why});
    }
  }
  return s.fail(DiagId::ann_no_attribute, {d->name, std::string(name.str())});
}

const Annotation* pbcAttribute(OpSite& s, const Annotation* a, Symbol name) {
  const Annotation* result = s.l.impossible();
  for (Desc* d : a->descs) {
    const Annotation* one = nullptr;
    if (auto* c = descAs<ClassDesc>(d)) one = classAttribute(s, c->cls, name);
    else if (auto* f = descAs<FrozenDesc>(d)) one = frozenAttribute(s, f, name);
    else if (auto* fn = descAs<FunctionDesc>(d)) {
      if (name.str() == "__name__") one = s.l.constStr(fn->function->name.str());
      else return s.fail(DiagId::ann_no_attribute, {"function '" + fn->name + "'", std::string(name.str())});
    } else {
      return s.fail(DiagId::ann_no_attribute, {typeName(a), std::string(name.str())});
    }
    if (!one) return nullptr;
    Conflict why;
    const Annotation* u = s.l.unite(result, one, &why);
    if (!u)
      return s.fail(DiagId::ann_union_pbc_attribute, {std::string(name.str()), typeName(result), typeName(one)});
    result = u;
  }
  return result;
}

} // namespace

const Annotation* readAttribute(OpSite& s, const Annotation* a, Symbol name, size_t argForErrors) {
  switch (a->kind) {
  case AnnKind::Instance: return instanceAttribute(s, a, name);
  case AnnKind::PBC:
    if (a->canBeNone())
      return s.failWithOrigin(DiagId::ann_attribute_of_none, {typeName(a), std::string(name.str())}, {argForErrors});
    return pbcAttribute(s, a, name);
  case AnnKind::TypeOf:
    if (name.str() == "__name__") return s.l.str(false, true);
    break;
  case AnnKind::Str:
  case AnnKind::Char:
  case AnnKind::Bytes:
  case AnnKind::List:
  case AnnKind::Dict:
  case AnnKind::StrBuilder:
  case AnnKind::File: {
    AnnKind receiver = a->is(AnnKind::Char) ? AnnKind::Str : a->kind;
    if (std::optional<BuiltinId> m = findMethod(receiver, name.str())) return s.l.builtin(*m, a);
    break;
  }
  case AnnKind::None:
    return s.failWithOrigin(DiagId::ann_attribute_of_none, {"None", std::string(name.str())}, {argForErrors});
  default: break;
  }
  return s.failWithOrigin(DiagId::ann_no_attribute, {typeName(a), std::string(name.str())}, {argForErrors});
}

bool hasAttribute(OpSite& s, const Annotation* a, Symbol name) {
  switch (a->kind) {
  case AnnKind::Instance: {
    bool isMethod = false;
    methodsOf(s, a->classDef, name, &isMethod);
    return isMethod || s.bk.lookupClassAttr(a->classDef->cls, name) || s.bk.findAttribute(a->classDef, name);
  }
  case AnnKind::PBC:
    for (Desc* d : a->descs) {
      if (auto* c = descAs<ClassDesc>(d); c && !s.bk.lookupClassAttr(c->cls, name)) return false;
      if (auto* f = descAs<FrozenDesc>(d)) {
        auto* inst = load::dynCast<load::Instance>(f->object);
        bool found = inst && s.bk.lookupClassAttr(inst->cls, name);
        for (const load::NamedValue& v : inst ? inst->attrs : std::span<load::NamedValue>()) found |= v.name == name;
        if (auto* m = load::dynCast<load::Module>(f->object))
          for (const load::NamedValue& g : m->globals) found |= g.name == name;
        if (!found) return false;
      }
    }
    return true;
  case AnnKind::Str:
  case AnnKind::Char:
  case AnnKind::Bytes:
  case AnnKind::List:
  case AnnKind::Dict:
    return findMethod(a->is(AnnKind::Char) ? AnnKind::Str : a->kind, name.str()).has_value();
  default: return false;
  }
}

const Annotation* annotateGetattr(OpSite& s) {
  const Annotation* a = s.arg(0);
  std::optional<std::string_view> nameText = s.strArg(1);
  if (!a) return nullptr;
  if (!nameText) return s.fail(DiagId::ann_attribute_name_not_constant, {"getattr"});
  return readAttribute(s, a, s.bk.intern(*nameText), 0);
}

const Annotation* writeAttribute(OpSite& s, const Annotation* a, Symbol name, const Annotation* v, SourceLoc origin,
                                 size_t argForErrors) {
  if (a->is(AnnKind::Instance)) {
    ClassDef* cd = a->classDef;
    CallArg value{v, {}, origin};
    if (const Annotation* p = callProperty(s, cd, name, 1, &value)) return p->isPoison() ? nullptr : p;
    bool isMethod = false;
    const Annotation* methods = methodsOf(s, cd, name, &isMethod);
    if (isMethod) {
      // A method of the class itself cannot be assigned; one only subclasses define would be
      // shadowed by the attribute on their instances.
      auto* m = methods && methods->is(AnnKind::PBC) ? descAs<MethodDesc>(methods->descs[0]) : nullptr;
      if (m && !s.bk.lookupClassAttr(cd->cls, name))
        return s.fail(DiagId::ann_method_and_attribute, {std::string(name.str()), m->origin->name});
      return s.fail(DiagId::ann_assign_method, {std::string(name.str()), cd->name});
    }
    Conflict why;
    AttrDef* attr = s.bk.attribute(cd, name, &why, s.op.loc);
    if (!attr) return s.fail(DiagId::ann_union_attribute, {std::string(name.str()), cd->name, typeName(why.left), typeName(why.right), ""});
    attr->written = true;
    if (!origin.isValid()) origin = s.op.loc;
    const Annotation* before = attr->value.ann;
    SourceLoc beforeOrigin = attr->value.origin;
    if (!s.an.generalize(attr->value, v, origin, &why)) {
      std::string reason = why.reason.empty() ? "" : ": " + why.reason;
      if (auto r = s.report(DiagId::ann_union_attribute,
                            {std::string(name.str()), attr->owner->name, typeName(before), typeName(v), reason})) {
        r->origin(beforeOrigin, "the attribute", before);
        r->origin(origin, "the new value", v);
      }
      return nullptr;
    }
    return s.none();
  }
  if (a->is(AnnKind::PBC) && !a->descs.empty() && descAs<FrozenDesc>(a->descs[0]))
    return s.fail(DiagId::ann_setattr_frozen, {std::string(name.str()), a->descs[0]->name});
  return s.failWithOrigin(DiagId::ann_setattr_unsupported, {std::string(name.str()), typeName(a)}, {argForErrors});
}

const Annotation* annotateSetattr(OpSite& s) {
  const Annotation* a = s.arg(0);
  const Annotation* v = s.arg(2);
  std::optional<std::string_view> nameText = s.strArg(1);
  if (!a || !v) return nullptr;
  if (!nameText) return s.fail(DiagId::ann_attribute_name_not_constant, {"setattr"});
  return writeAttribute(s, a, s.bk.intern(*nameText), v, s.originOf(2), 0);
}

const Annotation* annotateDelattr(OpSite& s) {
  return s.fail(DiagId::ann_unsupported_here, {"deleting attributes ('del x.attr')"});
}

} // namespace kiln::ann

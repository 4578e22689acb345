// Instances and classes: attributes as struct fields, methods through the vtable, isinstance as a
// class-id range check.
//
// An instance of class C is a Ptr(GcStruct C) whose first field is the base class's struct, down
// to `object` whose only field is the vtable pointer (typeptr). An attribute lives in the struct
// of the class the annotator moved it to (ClassDef::attrs), as the field `inst_<name>`; getfield
// finds it through the inlined parents. A class value known at translation time is a Void
// constant; the class of an instance (type(x), a caught exception's class) is its vtable pointer.
#include "rtyper/convert.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "annotator/bookkeeper.h"
#include "annotator/ops.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using flow::OpCode;

namespace {

ann::ClassDef* singleClass(OpCtx& c, const Annotation* a) {
  if (!a->is(AnnKind::PBC) || a->descs.size() != 1 || a->canBeNone()) return nullptr;
  auto* d = ann::descAs<ann::ClassDesc>(a->descs[0]);
  if (!d) return nullptr;
  if (d->classDef) return d->classDef;
  if (d->cls->builtin) return c.rt.annotator().bookkeeper().builtinExceptionClassDef(d->cls->qualname.str());
  return c.rt.annotator().bookkeeper().classDef(d->cls);
}

// The vtable of an instance, as a pointer to the root vtable.
ll::Value rootVtableOf(OpCtx& c, ll::Value obj) {
  ll::Value root = c.emit(ll::Op::cast_pointer, {obj}, c.rt.objectPtr());
  return c.emit(ll::Op::getfield, {root, c.voidConst("typeptr")}, c.rt.vtablePtr());
}

// isinstance(obj, cls): obj's class id in [cls.min, cls.max); a None obj is not an instance.
ll::Value classIdIn(OpCtx& c, ll::Value vtable, ClassRepr* cls) {
  ll::Value root = vtable.type() == c.rt.vtablePtr() ? vtable : c.emit(ll::Op::cast_pointer, {vtable}, c.rt.vtablePtr());
  ll::Value id = c.emit(ll::Op::getfield, {root, c.voidConst("subclassrange_min")}, c.rt.types().signedType());
  return c.emit(ll::Op::int_between, {c.constInt(cls->idMin), id, c.constInt(cls->idMax)}, c.rt.types().boolType());
}

// Whether a class-level value is what malloc already leaves in a field (0, False, None, 0.0).
bool isZero(const load::Value& v) {
  using K = load::Value::Kind;
  switch (v.kind) {
  case K::None: return true;
  case K::Bool: return !v.boolValue;
  case K::Int: return v.intValue == 0;
  case K::Float: return v.floatValue == 0 && !std::signbit(v.floatValue);
  default: return false;
  }
}

bool instantiate(OpCtx& c, ann::ClassDef* cd) {
  ClassRepr* cls = c.rt.classRepr(cd);
  const ll::Type* ptr = c.rt.types().ptr(cls->instance);
  ll::ConstValue t;
  t.type = cls->instance;
  ll::Value obj = c.emit(ll::Op::malloc, {c.gc.constant(c.rt.types().voidType(), t)}, ptr);
  ll::Value root = c.emit(ll::Op::cast_pointer, {obj}, c.rt.objectPtr());
  ll::ConstValue vt;
  vt.object = cls->vtableObject;
  ll::Value vtable = c.gc.constant(c.rt.types().ptr(cls->vtable), vt);
  c.emit(ll::Op::setfield, {root, c.voidConst("typeptr"), c.emit(ll::Op::cast_pointer, {vtable}, c.rt.vtablePtr())},
         c.rt.types().voidType());
  setClassDefaults(c, cd, obj);
  // An exception's message from the constructor's positional arguments (before __init__, which
  // may set another through Exception.__init__). call_args: the shape "N ..." says how many
  // operands after it are positional (a *t tuple among them is not kept in the message).
  size_t first = 1, positional = c.count() - 1;
  if (c.op.opcode == OpCode::call_args) {
    std::string_view shape = c.op.args[1].isConstant() ? std::string_view(c.op.args[1].constant()->value.text) : "0";
    first = 2;
    positional = std::min<size_t>(std::strtoul(std::string(shape.substr(0, shape.find(' '))).c_str(), nullptr, 10), c.count() - 2);
  }
  std::vector<std::pair<ll::Value, const Annotation*>> args;
  for (size_t i = first; i < first + positional; ++i) args.push_back({c.arg(i), c.ann(i)});
  if (!setExceptionMessage(c, cd, obj, args)) return false;
  // __init__, if the class has one: the annotator recorded the graph it reached.
  if (const std::vector<ann::GraphInfo*>* targets = c.rt.annotator().callTargetsOf(&c.op)) {
    if (targets->size() != 1 || !callInit(c, (*targets)[0], obj)) return false;
  }
  c.result(obj);
  return true;
}

// x.name, of operand `x` (getattr(x, "name") passes 1).
} // namespace

ll::Value vtableSlot(GraphConverter& gc, RTyper& rt, ll::Value self, ClassRepr* owner, const std::string& name, SourceLoc loc,
                     bool mayBeNone) {
  auto voidConst = [&](std::string text) {
    ll::ConstValue k;
    k.text = std::move(text);
    return gc.constant(rt.types().voidType(), k);
  };
  ll::Value root = gc.emit(ll::Op::cast_pointer, {self}, rt.objectPtr(), loc);
  ll::Value vt;
  if (mayBeNone) {
    ll::ConstValue k;
    k.object = owner->vtableObject;
    ll::Value own = gc.constant(rt.types().ptr(owner->vtable), k);
    vt = gc.callHelper(HelperId::vtable_or_default, {root, gc.emit(ll::Op::cast_pointer, {own}, rt.vtablePtr(), loc)}, rt.vtablePtr(), loc);
  } else {
    vt = gc.emit(ll::Op::getfield, {root, voidConst("typeptr")}, rt.vtablePtr(), loc);
  }
  ll::Value own = gc.emit(ll::Op::cast_pointer, {vt}, rt.types().ptr(owner->vtable), loc);
  return gc.emit(ll::Op::getfield, {own, voidConst("method_" + name)}, rt.types().ptr(owner->methodSlots.at(name)), loc);
}

ll::Value vtableSlot(OpCtx& c, ll::Value self, ClassRepr* owner, const std::string& name, bool mayBeNone) {
  return vtableSlot(c.gc, c.rt, self, owner, name, c.op.loc, mayBeNone);
}

namespace {

// A property accessor some subclasses override, called through its vtable slot
// (RTyper::findPropertySlot) with x and `extra` (a setter's value); null if there is no slot.
ll::Value callPropertySlot(OpCtx& c, size_t x, const std::string& slot, std::vector<std::pair<ll::Value, const Annotation*>> extra) {
  ClassRepr* r = c.rt.classRepr(c.ann(x)->classDef);
  auto it = r->methodSlots.find(slot);
  const std::vector<ann::GraphInfo*>* targets = c.rt.annotator().callTargetsOf(&c.op);
  if (it == r->methodSlots.end() || !targets || it->second->params.size() != 1 + extra.size()) return {};
  const ll::Type* fn = it->second;
  ll::Value self = c.arg(x);
  std::vector<ll::Value> args{vtableSlot(c, self, r, slot), c.gc.convertTo(self, c.ann(x), fn->params[0])};
  for (size_t i = 0; i < extra.size(); ++i) args.push_back(c.gc.convertTo(extra[i].first, extra[i].second, fn->params[i + 1]));
  std::string names;
  for (ann::GraphInfo* t : *targets) names += (names.empty() ? "" : " ") + t->name();
  args.push_back(c.voidConst(names));
  return c.emit(ll::Op::indirect_call, std::move(args), fn->result);
}

bool getAttribute(OpCtx& c, size_t x, const std::string& name) {
  const Annotation* obj = c.ann(x);
  const Annotation* r = c.resultAnn();
  const ll::Type* t = c.rt.lowType(r);
  if (!t) return false;
  if (t->kind == ll::TypeKind::Void) { // a constant class attribute, a method known statically
    c.result(c.gc.constant(t, {}));
    return true;
  }
  if (r->is(AnnKind::PBC) && !r->descs.empty() && ann::descAs<ann::MethodDesc>(r->descs[0])) {
    c.result(c.gc.convert(c.arg(x), obj, r)); // a bound method: its object
    return true;
  }
  // A property: the annotator called its getter from this operation.
  if (const std::vector<ann::GraphInfo*>* targets = c.rt.annotator().callTargetsOf(&c.op); targets && !targets->empty()) {
    if (targets->size() != 1) { // a getter overridden in subclasses: through its vtable slot
      ll::Value v = callPropertySlot(c, x, "property_get_" + name, {});
      if (v.isNull()) return false;
      c.result(c.gc.convertTo(v, r, t));
      return true;
    }
    std::optional<ll::Value> v = callRecorded(c, *targets, c.arg(x), {});
    if (!v) return false;
    c.result(c.gc.convertTo(*v, r, t));
    return true;
  }
  ClassRepr* cls = c.rt.classRepr(obj->classDef);
  if (!cls->instance->field("inst_" + name)) {
    if (r->hasConst()) { // a class-level constant read through an instance
      c.result(c.gc.lowConstant(r->constant, r, c.op.loc));
      return true;
    }
    return false;
  }
  ll::Value v = c.emit(ll::Op::getfield, {c.arg(x), c.voidConst("inst_" + name)}, cls->instance->field("inst_" + name)->type);
  c.result(v);
  return true;
}

// x.name = v, of operands `x` and `v` (setattr(x, "name", v) passes 1 and 3).
bool setAttribute(OpCtx& c, size_t x, const std::string& name, size_t value) {
  const Annotation* obj = c.ann(x);
  // A property: the annotator called its setter from this operation.
  if (const std::vector<ann::GraphInfo*>* targets = c.rt.annotator().callTargetsOf(&c.op); targets && !targets->empty()) {
    if (targets->size() > 1) { // a setter overridden in subclasses: through its vtable slot
      if (callPropertySlot(c, x, "property_set_" + name, {{c.arg(value), c.ann(value)}}).isNull()) return false;
      c.result(c.gc.constant(c.rt.types().voidType(), {}));
      return true;
    }
    ll::Graph* setter = c.rt.graphOf((*targets)[0]);
    const ll::Type* fn = setter ? setter->funcType() : nullptr;
    if (!fn || fn->params.size() != 2) return false;
    ll::ConstValue callee;
    callee.graph = setter;
    c.emit(ll::Op::direct_call,
           {c.gc.constant(c.rt.types().ptr(fn), callee), c.gc.convertTo(c.arg(x), obj, fn->params[0]),
            c.gc.convertTo(c.arg(value), c.ann(value), fn->params[1])},
           fn->result);
    c.result(c.gc.constant(c.rt.types().voidType(), {}));
    return true;
  }
  ClassRepr* cls = c.rt.classRepr(obj->classDef);
  const ll::Field* f = cls->instance->field("inst_" + name);
  if (!f) {
    if (c.rt.lowType(c.ann(value)) && c.rt.lowType(c.ann(value))->kind == ll::TypeKind::Void) { // a Void value: nothing to store
      c.result(c.gc.constant(c.rt.types().voidType(), {}));
      return true;
    }
    return false;
  }
  // The stored value in the attribute's representation.
  ann::AttrDef* attr = nullptr;
  Symbol sym = c.rt.annotator().bookkeeper().intern(name);
  for (ann::ClassDef* cd = obj->classDef; cd && !attr; cd = cd->base)
    if (auto it = cd->attrByName.find(sym); it != cd->attrByName.end()) attr = it->second;
  ll::Value v = attr ? c.arg(value, attr->value.ann) : c.arg(value);
  c.emit(ll::Op::setfield, {c.arg(x), c.voidConst("inst_" + name), v}, c.rt.types().voidType());
  c.result(c.gc.constant(c.rt.types().voidType(), {}));
  return true;
}

// What `x is y` compares when x and y are instances, classes or vtables: the pointer both
// converts to (the common base's instance or vtable pointer), or null.
const ll::Type* identityType(OpCtx& c, const Annotation* a, const Annotation* b) {
  auto isClass = [&](const Annotation* x) { return x->is(AnnKind::TypeOf) || classConstant(c, x); };
  if (a->is(AnnKind::Instance) && b->is(AnnKind::Instance)) {
    ann::ClassDef* common = a->classDef->isSubclassOf(b->classDef) ? b->classDef
                          : b->classDef->isSubclassOf(a->classDef) ? a->classDef
                                                                   : a->classDef->commonBase(b->classDef);
    return common ? c.rt.types().ptr(c.rt.classRepr(common)->instance) : c.rt.objectPtr();
  }
  if (!isClass(a) || !isClass(b)) return nullptr;
  // type(x) is C, C a subclass of x's class: C's vtable as a pointer to x's class's vtable.
  for (auto [t, k] : {std::pair{a, b}, std::pair{b, a}}) {
    ann::ClassDef* cd = classConstant(c, k);
    if (t->is(AnnKind::TypeOf) && cd && cd->isSubclassOf(t->classDef)) return c.rt.lowType(t);
  }
  return c.rt.vtablePtr();
}

// x is y: the same object (ptr_eq), after converting both to one pointer type: instances to
// their common base, classes to the root vtable (type(x) is C compares vtables).
bool identity(OpCtx& c) {
  const ll::Type* a = c.rt.lowType(c.ann(0));
  const ll::Type* b = c.rt.lowType(c.ann(1));
  if (!a || !b) return false;
  const ll::Type* t = a->isPtr() && a == b ? a : identityType(c, c.ann(0), c.ann(1));
  if (!t) return false;
  ll::Value x = c.gc.convertTo(c.arg(0), c.ann(0), t);
  ll::Value y = c.gc.convertTo(c.arg(1), c.ann(1), t);
  c.result(c.emit(ll::Op::ptr_eq, {x, y}, c.rt.types().boolType()));
  return true;
}

// Whether instances of cd or of a subclass compare with a user __eq__ or __ne__.
bool definesEquality(ann::Bookkeeper& bk, ann::ClassDef* cd) {
  for (const char* name : {"__eq__", "__ne__"})
    if (std::optional<ann::ClassAttr> m = bk.lookupClassAttr(cd->cls, bk.intern(name)); m && !m->owner->builtin) return true;
  for (ann::ClassDef* sub : cd->subclasses)
    if (definesEquality(bk, sub)) return true;
  return false;
}

// a == b, a != b of instances (or None) whose classes define no __eq__ or __ne__: identity, as
// object.__eq__ is. (With a user __eq__, the annotator resolves == to it: rtype_special.cpp.)
bool equality(OpCtx& c) {
  const Annotation* a = c.ann(0);
  const Annotation* b = c.ann(1);
  auto ok = [&](const Annotation* x) {
    return x->is(AnnKind::None) || (x->is(AnnKind::Instance) && x->classDef->cls &&
                                    !definesEquality(c.rt.annotator().bookkeeper(), x->classDef));
  };
  if (!ok(a) || !ok(b) || (a->is(AnnKind::None) && b->is(AnnKind::None))) return false;
  bool eq = c.op.opcode == OpCode::eq;
  if (a->is(AnnKind::None) || b->is(AnnKind::None)) { // x == None: a null test
    ll::Value x = c.arg(a->is(AnnKind::None) ? 1 : 0);
    c.result(c.emit(eq ? ll::Op::ptr_iszero : ll::Op::ptr_nonzero, {x}, c.rt.types().boolType()));
    return true;
  }
  const ll::Type* t = identityType(c, a, b);
  if (!t) return false;
  ll::Value x = c.gc.convertTo(c.arg(0), a, t);
  ll::Value y = c.gc.convertTo(c.arg(1), b, t);
  c.result(c.emit(eq ? ll::Op::ptr_eq : ll::Op::ptr_ne, {x, y}, c.rt.types().boolType()));
  return true;
}

// C.name of a class known at translation time: the annotator knows the value (a constant, a
// function), so there is nothing to read.
bool classAttribute(OpCtx& c) {
  const Annotation* r = c.resultAnn();
  const ll::Type* t = c.rt.lowType(r);
  if (!t) return false;
  if (t->kind == ll::TypeKind::Void) {
    c.result(c.gc.constant(t, {}));
    return true;
  }
  if (!r->hasConst()) return false;
  ll::Value v = c.gc.lowConstant(r->constant, r, c.op.loc);
  if (v.isNull()) return true; // reported
  c.result(v);
  return true;
}

// hash(x) and id(x) of an instance: its identity (object.__hash__), unless its class defines
// __hash__ (which the annotator does not call for hash(): not lowered).
bool identityBuiltin(OpCtx& c, ann::BuiltinId id) {
  if (c.count() != 2 || !c.ann(1)->is(AnnKind::Instance) || c.ann(1)->canBeNone()) return false;
  ann::Bookkeeper& bk = c.rt.annotator().bookkeeper();
  if (id == ann::BuiltinId::hash) {
    std::vector<ann::ClassDef*> work{c.ann(1)->classDef};
    while (!work.empty()) {
      ann::ClassDef* cd = work.back();
      work.pop_back();
      if (std::optional<ann::ClassAttr> m = bk.lookupClassAttr(cd->cls, bk.intern("__hash__")); m && !m->owner->builtin) return false;
      work.insert(work.end(), cd->subclasses.begin(), cd->subclasses.end());
    }
  }
  ll::Value obj = c.emit(ll::Op::cast_pointer, {c.arg(1)}, c.rt.objectPtr());
  c.result(c.emit(id == ann::BuiltinId::hash ? ll::Op::gc_identityhash : ll::Op::gc_id, {obj}, c.rt.types().signedType()));
  return true;
}

// Whether instances of cd have attribute `name` as the annotator decides hasattr() (op_attr.cpp
// hasAttribute): a name its class lookup finds, an instance attribute, or a method of a subclass.
bool hasAttributeOf(ann::Bookkeeper& bk, ann::ClassDef* cd, Symbol name) {
  if (!cd->cls) return false;
  if (bk.lookupClassAttr(cd->cls, name) || bk.findAttribute(cd, name)) return true;
  for (ann::ClassDef* sub : ann::selfAndSubclasses(cd))
    if (const load::Value* own = sub->cls ? bk.ownClassAttr(sub->cls, name) : nullptr; own && own->isRef())
      if (load::dynCast<load::Function>(own->ref) || load::dynCast<load::ClassMethod>(own->ref)) return true;
  return false;
}

// getattr(x, "name"[, default]), setattr(x, "name", v) and hasattr(x, "name") with a constant
// name: the annotator decided them at translation time like x.name and x.name = v; hasattr is
// its constant, getattr's default the result when x's class has no such attribute.
bool attributeBuiltin(OpCtx& c) {
  std::optional<ann::BuiltinId> id = c.builtinCallee();
  if (!id || c.count() < 3 || !c.op.args[2].constant() || c.op.args[2].constant()->value.kind != load::Value::Kind::Str) return false;
  std::string name(c.op.args[2].constant()->value.text);
  const Annotation* r = c.resultAnn();
  switch (*id) {
  case ann::BuiltinId::hasattr: {
    if (!r->hasConst()) return false;
    ll::Value v = c.gc.lowConstant(r->constant, r, c.op.loc);
    if (!v.isNull()) c.result(v);
    return true;
  }
  case ann::BuiltinId::getattr: {
    if (!c.ann(1)->is(AnnKind::Instance)) return classAttribute(c); // of a class or frozen object: known
    ann::Bookkeeper& bk = c.rt.annotator().bookkeeper();
    if (c.count() == 4 && !hasAttributeOf(bk, c.ann(1)->classDef, bk.intern(name))) {
      c.result(c.arg(3, r));
      return true;
    }
    return getAttribute(c, 1, name);
  }
  case ann::BuiltinId::setattr:
    return c.count() == 4 && c.ann(1)->is(AnnKind::Instance) && setAttribute(c, 1, name, 3);
  default: return false;
  }
}

// isinstance(x, C) of an instance: a class-id range check; isinstance(x, (A, B, ...)) the range
// checks `bool_or`ed (every one is cheap and cannot raise, so no branch is needed).
bool isinstanceOf(OpCtx& c) {
  const Annotation* x = c.ann(0);
  const Annotation* classes = c.ann(1);
  std::vector<ann::ClassDef*> cds;
  if (classes->is(AnnKind::Tuple)) {
    for (const Annotation* item : classes->items) cds.push_back(singleClass(c, item));
  } else {
    cds.push_back(singleClass(c, classes));
  }
  if (!x->is(AnnKind::Instance) || cds.empty() || std::find(cds.begin(), cds.end(), nullptr) != cds.end()) return false;
  ll::Value result;
  ll::Value vtable;
  for (ann::ClassDef* cd : cds) {
    ClassRepr* cls = c.rt.classRepr(cd);
    ll::Value test;
    if (!x->canBeNone()) {
      if (vtable.isNull()) vtable = rootVtableOf(c, c.arg(0));
      test = classIdIn(c, vtable, cls);
    } else {
      // None is no instance: the helper tests for null before it reads the vtable (a rule cannot
      // branch around the read).
      ll::Value obj = c.emit(ll::Op::cast_pointer, {c.arg(0)}, c.rt.objectPtr());
      test = c.callHelper(HelperId::instance_isinstance, {obj, c.constInt(cls->idMin), c.constInt(cls->idMax)},
                          c.rt.types().boolType());
    }
    result = result.isNull() ? test : c.emit(ll::Op::bool_or, {result, test}, c.rt.types().boolType());
  }
  c.result(result);
  return true;
}

} // namespace

std::vector<ClassDefault> classDefaults(RTyper& rt, ann::ClassDef* cd) {
  std::vector<ClassDefault> out;
  if (!cd->cls) return out;
  ann::Bookkeeper& bk = rt.annotator().bookkeeper();
  const ll::Type* instance = rt.classRepr(cd)->instance;
  for (ann::ClassDef* k = cd; k; k = k->base) {
    for (ann::AttrDef* attr : k->attrs) {
      std::optional<ann::ClassAttr> found = bk.lookupClassAttr(cd->cls, attr->name);
      if (!found || found->owner->builtin || isZero(found->value)) continue;
      const load::Value& v = found->value;
      if (v.isRef() && (load::dynCast<load::Function>(v.ref) || load::dynCast<load::StaticMethod>(v.ref) ||
                        load::dynCast<load::ClassMethod>(v.ref) || load::dynCast<load::Property>(v.ref)))
        continue;
      std::string field = "inst_" + std::string(attr->name.str());
      if (instance->field(field)) out.push_back({field, v, attr->value.ann}); // none for a Void attribute
    }
  }
  return out;
}

void setClassDefaults(OpCtx& c, ann::ClassDef* cd, ll::Value obj) {
  for (const ClassDefault& d : classDefaults(c.rt, cd)) {
    ll::Value value = c.gc.lowConstant(d.value, d.ann, c.op.loc);
    if (!value.isNull()) c.emit(ll::Op::setfield, {obj, c.voidConst(d.field), value}, c.rt.types().voidType());
  }
}

bool rtypeInstance(OpCtx& c) {
  switch (c.op.opcode) {
  case OpCode::call_args: // C(x, k=y), C(*t): callInit maps the arguments
    if (ann::ClassDef* cd = singleClass(c, c.ann(0))) return instantiate(c, cd);
    return false;
  case OpCode::simple_call:
    if (ann::ClassDef* cd = singleClass(c, c.ann(0))) return instantiate(c, cd);
    if (std::optional<ann::BuiltinId> id = c.builtinCallee(); id == ann::BuiltinId::hash || id == ann::BuiltinId::id)
      return identityBuiltin(c, *id);
    return attributeBuiltin(c);
  case OpCode::getattr:
    if (!c.op.args[1].constant()) return false;
    if (c.ann(0)->is(AnnKind::Instance)) return getAttribute(c, 0, std::string(c.op.args[1].constant()->value.text));
    return classConstant(c, c.ann(0)) && classAttribute(c);
  case OpCode::setattr:
    return c.ann(0)->is(AnnKind::Instance) && c.op.args[1].constant() &&
           setAttribute(c, 0, std::string(c.op.args[1].constant()->value.text), 2);
  case OpCode::isinstance: return isinstanceOf(c);
  case OpCode::type:
    if (!c.ann(0)->is(AnnKind::Instance) || c.ann(0)->canBeNone()) return false;
    c.result(c.gc.convert(rootVtableOf(c, c.arg(0)), c.ann(0), c.resultAnn()));
    return true;
  case OpCode::is_: return identity(c);
  case OpCode::eq:
  case OpCode::ne: return equality(c);
  case OpCode::bool_:
    // Without __bool__ or __len__ (the annotator resolved none for this operation), an instance
    // is true; with one, rtype_special.cpp calls it.
    if (!c.ann(0)->is(AnnKind::Instance) || c.rt.annotator().specialMethodOf(&c.op)) return false;
    if (c.ann(0)->canBeNone()) {
      c.result(c.emit(ll::Op::ptr_nonzero, {c.arg(0)}, c.rt.types().boolType()));
    } else {
      ll::ConstValue yes;
      yes.i = 1;
      c.result(c.gc.constant(c.rt.types().boolType(), yes));
    }
    return true;
  default: return false;
  }
}

ll::Value classIsSubclass(OpCtx& c, ll::Value vtable, ann::ClassDef* cd) { return classIdIn(c, vtable, c.rt.classRepr(cd)); }

ann::ClassDef* classConstant(OpCtx& c, const Annotation* a) { return singleClass(c, a); }

} // namespace kiln::rt

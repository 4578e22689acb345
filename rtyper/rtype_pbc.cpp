// PBCs that need a run-time value: frozen objects and classes that may be one of several.
//
// Frozen objects (modules, instances whose class defines _freeze_).
//
// One frozen object known at translation time needs no value: the annotation names it, and its
// attributes are constants. When a value may be one of several, each object is a prebuilt
// (non-GC, immutable) struct and the value points to it:
//   Struct frozen_<class> { attr_<name>: T, ... }
// with one field per attribute the program reads through such a value (getattr on a PBC of
// several frozen objects), of the representation of the union of what it reads. Every PBC whose
// objects meet in one value shares one struct: the objects form a family (union-find over the
// descs of every annotation of several frozen objects), so a value of one PBC passes as a value
// of another without conversion. An attribute whose representation has no value (a function or
// class known by the annotation, None) has no field: the read is that constant.
//
// Classes. A value that may be one of several classes is a pointer to the vtable of their common
// base (the root vtable if they have none): class values are their vtables, as caught exception
// classes already are. What depends on which class it is lives in vtable fields of that base:
//   instantiate_<i>  calling the value with the i-th shape of call (`cls(x)`, `cls(x, k=y)`):
//                    one graph per class called so, `C.<instantiate_i>`, made here, allocates a
//                    C, sets its typeptr and class-level attribute values, and calls C's
//                    __init__ with the call's arguments and C's own defaults for the rest (the
//                    __init__s a call reaches form a call family: one function type);
//   cls_<name>       `cls.name`: the class attribute as each class's lookup finds it;
//   spec_<i>         a specialize.memo()/arg() function called with the value: each class's
//                    specialized graph.
// All are found before the classes are laid out (findClassCalls, prepareClassCalls,
// prepareClassData) and filled in the prebuilt vtables (prebuilt.cpp vtableInit).
#include "annotator/bookkeeper.h"
#include "rtyper/convert.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;

namespace {

// The descs of a PBC when all are of kind D, else empty.
template <class D> std::vector<D*> descsOf(const Annotation* a) {
  std::vector<D*> out;
  if (!a || !a->is(AnnKind::PBC)) return out;
  for (ann::Desc* d : a->descs) {
    D* one = ann::descAs<D>(d);
    if (!one) return {};
    out.push_back(one);
  }
  return out;
}
std::vector<ann::FrozenDesc*> frozenDescs(const Annotation* a) { return descsOf<ann::FrozenDesc>(a); }
std::vector<ann::ClassDesc*> classDescs(const Annotation* a) { return descsOf<ann::ClassDesc>(a); }

} // namespace

// Whether a PBC of frozen objects needs a value: several objects, or one that may be None.
static bool needsValue(const Annotation* a) {
  return a->descs.size() > 1 || a->canBeNone();
}

FrozenFamily* RTyper::frozenFamily(const ann::Desc* d) {
  auto it = frozenFamilyOf_.find(d);
  if (it == frozenFamilyOf_.end()) return nullptr;
  FrozenFamily* f = it->second;
  while (f->mergedInto) f = f->mergedInto;
  return f;
}

void RTyper::findFrozenFamilies() {
  auto unite = [&](const std::vector<ann::FrozenDesc*>& descs) {
    FrozenFamily* into = nullptr;
    for (ann::FrozenDesc* d : descs) {
      FrozenFamily* f = frozenFamily(d);
      if (!f) {
        frozenFamilies_.push_back(std::make_unique<FrozenFamily>());
        f = frozenFamilies_.back().get();
        f->descs.push_back(d);
        frozenFamilyOf_[d] = f;
      }
      if (!into) {
        into = f;
      } else if (f != into) {
        into->descs.insert(into->descs.end(), f->descs.begin(), f->descs.end());
        for (auto& [name, ann] : f->attrs) {
          const Annotation* u = into->attrs.count(name) && into->attrs[name] ? an_.lattice().unite(into->attrs[name], ann) : ann;
          if (u) into->attrs[name] = u;
        }
        f->mergedInto = into;
      }
    }
    return into;
  };
  auto visit = [&](const Annotation* a) {
    std::vector<ann::FrozenDesc*> descs = frozenDescs(a);
    if (!descs.empty() && needsValue(a)) unite(descs);
  };
  for (ann::GraphInfo* g : an_.graphs()) {
    for (flow::Block* b : g->graph->blocksInOrder()) {
      if (!an_.isReached(b)) continue;
      for (flow::Variable* v : b->inputs) visit(an_.binding(v));
      for (const flow::Operation& op : b->operations) {
        if (op.result) visit(an_.binding(op.result));
        if (op.opcode != flow::OpCode::getattr || !op.args[1].isConstant()) continue;
        const Annotation* obj = an_.annotationOf(op.args[0]);
        std::vector<ann::FrozenDesc*> descs = frozenDescs(obj);
        const Annotation* r = op.result ? an_.binding(op.result) : nullptr;
        if (descs.empty() || !needsValue(obj) || !r) continue;
        FrozenFamily* f = unite(descs);
        std::string name(op.args[1].constant()->value.text);
        auto [it, fresh] = f->attrs.emplace(name, r);
        if (!fresh)
          if (const Annotation* u = an_.lattice().unite(it->second, r)) it->second = u;
      }
    }
  }
}

// The struct of a family, made once every family is known (layoutFrozenFamilies).
void RTyper::layoutFrozenFamilies() {
  for (const auto& f : frozenFamilies_) {
    if (f->mergedInto) continue;
    std::string name = "frozen";
    if (auto* inst = load::dynCast<load::Instance>(f->descs[0]->object)) name += "_" + std::string(inst->cls->qualname.str());
    else if (load::dynCast<load::Module>(f->descs[0]->object)) name += "_module";
    f->type = types_.newStruct(name, false);
    for (const auto& [attr, ann] : f->attrs) {
      if (!ann) continue;
      const ll::Type* t = lowType(an_.lattice().withoutConst(ann));
      if (t && t->kind != ll::TypeKind::Void) types_.addField(f->type, "attr_" + attr, t);
    }
    for (ll::Field& field : f->type->fields) field.immutable = true; // frozen: attributes fixed at load time
    types_.freeze(f->type);
  }
}

const ll::Type* RTyper::frozenPbcType(const Annotation* a) {
  std::vector<ann::FrozenDesc*> descs = frozenDescs(a);
  if (descs.empty()) return nullptr;
  if (!needsValue(a)) return types_.voidType();
  FrozenFamily* f = frozenFamily(descs[0]);
  return f && f->type ? types_.ptr(f->type) : nullptr;
}

// The prebuilt struct of a frozen object in its family: each field the object's attribute (what
// the annotator read: an instance's attribute or its class's, a module's global).
bool RTyper::frozenObject(ann::FrozenDesc* d, SourceLoc loc, ll::ConstValue& out) {
  FrozenFamily* f = frozenFamily(d);
  if (!f || !f->type) return false;
  bool fresh = false;
  ll::Prebuilt* p = memoPrebuilt(d->object, f->type, "frozen", fresh);
  out.object = p;
  if (!fresh) return true;
  for (const ll::Field& field : f->type->fields) {
    std::string attr = field.name.substr(5); // attr_<name>
    const load::Value* value = nullptr;
    std::optional<ann::ClassAttr> classLevel;
    if (auto* m = load::dynCast<load::Module>(d->object)) {
      for (const load::NamedValue& g : m->globals)
        if (g.name.str() == attr) value = &g.value;
    } else if (auto* inst = load::dynCast<load::Instance>(d->object)) {
      for (const load::NamedValue& nv : inst->attrs)
        if (nv.name.str() == attr) value = &nv.value;
      if (!value && (classLevel = an_.bookkeeper().lookupClassAttr(inst->cls, an_.bookkeeper().intern(attr))))
        value = &classLevel->value;
    }
    ll::Init& item = p->init.items.emplace_back();
    if (value && !constantOf(*value, f->attrs[attr], field.type, loc, item.value)) return false;
  }
  return true;
}

static bool callClass(OpCtx& c, const ClassCall& call);
static bool specializedCall(OpCtx& c);
static bool classAttribute(OpCtx& c, ann::ClassDef* base);
static ann::ClassDef* commonClass(RTyper& rt, const std::vector<ann::ClassDesc*>& descs);

// getattr on a value that may be one of several frozen objects: the field, or the constant the
// annotation knows when every object has the same value. A call of a value that may be one of
// several classes.
bool rtypePbc(OpCtx& c) {
  if (const ClassCall* call = c.rt.classCallOf(&c.op)) return callClass(c, *call);
  if (c.op.opcode == flow::OpCode::simple_call && specializedCall(c)) return true;
  if (c.op.opcode == flow::OpCode::getattr && c.count() == 2 && c.op.args[1].isConstant()) {
    std::vector<ann::ClassDesc*> descs = classDescs(c.ann(0));
    if (!descs.empty() && needsValue(c.ann(0)))
      if (ann::ClassDef* base = commonClass(c.rt, descs)) return classAttribute(c, base);
  }
  // x is y, x == y, x != y on classes (their vtables), frozen objects (their structs) or
  // functions (their pointers).
  using flow::OpCode;
  if ((c.op.opcode == OpCode::is_ || c.op.opcode == OpCode::eq || c.op.opcode == OpCode::ne) && c.count() == 2) {
    auto kind = [&](size_t i) {
      const Annotation* a = c.ann(i);
      if (a->is(AnnKind::TypeOf) || !classDescs(a).empty()) return 1;
      if (!frozenDescs(a).empty()) return 2;
      if (a->is(AnnKind::PBC) && !a->descs.empty() &&
          std::all_of(a->descs.begin(), a->descs.end(), [](ann::Desc* d) { return ann::descAs<ann::FunctionDesc>(d) != nullptr; }))
        return 3;
      return 0;
    };
    int k0 = kind(0), k1 = kind(1);
    if (!k0 || k0 != k1) return false;
    const ll::Type* common = k0 == 1 ? c.rt.vtablePtr() : nullptr;
    for (size_t i = 0; i < 2 && !common; ++i)
      if (const ll::Type* t = c.rt.lowType(c.ann(i)); t && t->isPtr()) common = t;
    if (!common) return false; // both known: the annotator folded the test
    ll::Value a = c.gc.convertTo(c.arg(0), c.ann(0), common), b = c.gc.convertTo(c.arg(1), c.ann(1), common);
    ll::Value same = c.emit(c.op.opcode == OpCode::ne ? ll::Op::ptr_ne : ll::Op::ptr_eq, {a, b}, c.rt.types().boolType());
    c.result(same);
    return true;
  }
  if (c.op.opcode != flow::OpCode::getattr || c.count() != 2 || !c.op.args[1].isConstant()) return false;
  const ll::Type* t = c.rt.frozenPbcType(c.ann(0));
  if (!t || !t->isPtr()) return false;
  const Annotation* r = c.resultAnn();
  const ll::Type* want = c.rt.lowType(r);
  if (!want) return false;
  if (want->kind == ll::TypeKind::Void) {
    c.result(c.gc.constant(want, {}));
    return true;
  }
  std::string field = "attr_" + std::string(c.op.args[1].constant()->value.text);
  const ll::Field* f = t->target->field(field);
  if (!f) return false;
  ll::Value v = c.emit(ll::Op::getfield, {c.arg(0), c.voidConst(field)}, f->type);
  // The field holds the union of every object's attribute; this read may know a narrower one.
  c.result(c.gc.convertTo(v, r, want));
  return true;
}

// -- Classes ---------------------------------------------------------------------------------------

ann::ClassDef* RTyper::classDefOf(ann::ClassDesc* d) {
  if (d->classDef) return d->classDef;
  ann::Bookkeeper& bk = an_.bookkeeper();
  ann::ClassDef* cd = bk.classDef(d->cls);
  if (!cd && d->cls->builtin) cd = bk.builtinExceptionClassDef(d->cls->qualname.str());
  return cd;
}

// The common base of the classes of a PBC (object when they share none); null if one has no
// ClassDef.
static ann::ClassDef* commonClass(RTyper& rt, const std::vector<ann::ClassDesc*>& descs) {
  ann::ClassDef* base = nullptr;
  for (ann::ClassDesc* d : descs) {
    ann::ClassDef* cd = rt.classDefOf(d);
    if (!cd) return nullptr;
    base = !base ? cd : base->isSubclassOf(cd) ? cd : base->commonBase(cd);
    if (!base) base = rt.annotator().bookkeeper().objectClassDef();
  }
  return base;
}

const ll::Type* RTyper::classPbcType(const Annotation* a) {
  std::vector<ann::ClassDesc*> descs = classDescs(a);
  if (descs.empty()) return nullptr;
  if (!needsValue(a)) return types_.voidType();
  ann::ClassDef* base = commonClass(*this, descs);
  return base ? types_.ptr(classRepr(base)->vtable) : nullptr;
}

void RTyper::findClassCalls() {
  for (ann::GraphInfo* g : an_.graphs()) {
    for (flow::Block* b : g->graph->blocksInOrder()) {
      if (!an_.isReached(b)) continue;
      // Every class a value may be gets its ClassDef (and so its vtable) now, before the
      // classes are laid out: a class never instantiated may have none yet.
      auto visit = [&](const Annotation* a) {
        for (ann::ClassDesc* d : classDescs(a))
          if (ann::ClassDef* cd = classDefOf(d)) classRepr(cd);
      };
      for (flow::Variable* v : b->inputs) visit(an_.binding(v));
      for (const flow::Operation& op : b->operations) {
        if (op.result) visit(an_.binding(op.result));
        // cls.attr on a value that may be one of several classes: a vtable field.
        if (op.opcode == flow::OpCode::getattr && op.args[1].isConstant() && op.result) {
          const Annotation* obj = an_.annotationOf(op.args[0]);
          std::vector<ann::ClassDesc*> descs = classDescs(obj);
          if (!descs.empty() && needsValue(obj))
            if (ann::ClassDef* base = commonClass(*this, descs)) {
              std::string attr(op.args[1].constant()->value.text);
              const Annotation*& a = classRepr(base)->classAttrs[attr];
              const Annotation* r = an_.binding(op.result);
              const Annotation* u = a && r ? an_.lattice().unite(a, r) : r;
              if (u) a = u; // reads that do not join keep the first: the other is reported when lowered
            }
        }
        // f(..., cls, ...) of a specialized function, cls one of several classes: a vtable field
        // holding each class's specialized graph.
        if (op.opcode == flow::OpCode::simple_call) {
          const Annotation* callee = an_.annotationOf(op.args[0]);
          const std::vector<ann::GraphInfo*>* targets = an_.callTargetsOf(&op);
          auto* fd = callee->is(AnnKind::PBC) && callee->descs.size() == 1 ? ann::descAs<ann::FunctionDesc>(callee->descs[0]) : nullptr;
          if (fd && targets && targets->size() > 1)
            for (size_t i = 1; i < op.args.size(); ++i) {
              const Annotation* arg = an_.annotationOf(op.args[i]);
              std::vector<ann::ClassDesc*> descs = classDescs(arg);
              ann::ClassDef* base = !descs.empty() && needsValue(arg) ? commonClass(*this, descs) : nullptr;
              if (!base) continue;
              std::string key = std::to_string(fd->id) + ":" + std::to_string(i - 1);
              classRepr(base)->specSlots[key] = {fd, i - 1};
              for (ann::GraphInfo* t : *targets) {
                const Annotation* p = t->graph->startBlock()->inputs.size() > i - 1 ? an_.binding(t->graph->startBlock()->inputs[i - 1]) : nullptr;
                std::vector<ann::ClassDesc*> one = classDescs(p);
                if (one.size() == 1)
                  if (ann::ClassDef* cd = classDefOf(one[0])) classRepr(cd)->specGraphInfos[key] = t;
              }
              break;
            }
        }
        // A property read or written through instances of classes that override it: its
        // accessors are one call family, called through a vtable slot (rtyper.cpp findMethodSlots).
        if ((op.opcode == flow::OpCode::getattr || op.opcode == flow::OpCode::setattr) &&
            an_.annotationOf(op.args[0])->is(AnnKind::Instance))
          if (const std::vector<ann::GraphInfo*>* targets = an_.callTargetsOf(&op); targets && targets->size() > 1)
            initFamilies_.push_back(std::make_unique<std::vector<ann::GraphInfo*>>(*targets));
        bool keywords = op.opcode == flow::OpCode::call_args;
        if (op.opcode != flow::OpCode::simple_call && !keywords) continue;
        const Annotation* callee = an_.annotationOf(op.args[0]);
        std::vector<ann::ClassDesc*> descs = classDescs(callee);
        if (descs.empty() || !needsValue(callee)) continue;
        ClassCall call;
        call.op = &op;
        call.base = commonClass(*this, descs);
        if (!call.base || (keywords && !op.args[1].isConstant())) continue;
        for (ann::ClassDesc* d : descs) call.classes.push_back(classDefOf(d));
        call.operands.assign(op.args.begin() + (keywords ? 2 : 1), op.args.end());
        call.shape = keywords ? std::string(op.args[1].constant()->value.text) : std::to_string(call.operands.size());
        if (const std::vector<ann::GraphInfo*>* targets = an_.callTargetsOf(&op)) call.inits = *targets;
        if (call.inits.size() > 1) initFamilies_.push_back(std::make_unique<std::vector<ann::GraphInfo*>>(call.inits));
        classCallIndex_[&op] = classCalls_.size();
        classCalls_.push_back(std::move(call));
      }
    }
  }
}

namespace {

// Which of the call's operands each parameter of `init` takes (-1: none, its default or self),
// or nothing when an argument is not a plain operand (`*t`).
std::optional<std::vector<int>> operandOfParam(RTyper& rt, const ClassCall& call, ann::GraphInfo* init) {
  const std::vector<ann::CallInput>* inputs = rt.annotator().callInputsOf(call.op, init);
  if (!inputs) return std::nullopt;
  std::vector<int> out;
  for (const ann::CallInput& in : *inputs) {
    if (in.isStar || !in.starItems.empty()) return std::nullopt;
    int j = -1;
    for (size_t k = 0; k < call.operands.size() && !in.value.isNull(); ++k)
      if (call.operands[k] == in.value) j = int(k);
    if (!in.value.isNull() && j < 0) return std::nullopt;
    out.push_back(j);
  }
  return out;
}

} // namespace

// The slot types, once the __init__ families have their function types: one parameter per
// operand of the call, of the type of the __init__ parameter it goes to, and the base's
// instance pointer.
void RTyper::prepareClassCalls() {
  for (const ClassCall& call : classCalls_) {
    ClassRepr* base = classRepr(call.base);
    if (base->instantiateSlots.count(call.shape)) continue;
    std::vector<const ll::Type*> params(call.operands.size(), nullptr);
    if (!call.inits.empty()) {
      std::optional<std::vector<int>> map = operandOfParam(*this, call, call.inits[0]);
      if (!map) continue; // lowering the call reports it
      const ll::Type* init = funcTypeOf(call.inits[0]);
      for (size_t i = 0; i < map->size() && i < init->params.size(); ++i)
        if ((*map)[i] >= 0) params[(*map)[i]] = init->params[i];
    }
    if (std::count(params.begin(), params.end(), nullptr)) continue;
    base->instantiateSlots.emplace(call.shape, types_.func(std::move(params), types_.ptr(base->instance)));
  }
}

// The C.<instantiate_i> graph of each class a call may call: malloc, typeptr, then C's __init__
// with the call's arguments and C's own defaults for the parameters the call leaves out.
void RTyper::buildInstantiateGraphs() {
  ann::Bookkeeper& bk = an_.bookkeeper();
  for (const ClassCall& call : classCalls_) {
    ClassRepr* base = classRepr(call.base);
    auto slotIt = base->instantiateSlots.find(call.shape);
    if (slotIt == base->instantiateSlots.end()) continue;
    const ll::Type* slot = slotIt->second;
    size_t index = size_t(std::distance(base->instantiateSlots.begin(), slotIt));
    for (ann::ClassDef* cd : call.classes) {
      ClassRepr* r = classRepr(cd);
      if (r->instantiateGraphs.count(call.shape)) continue;
      // The __init__ this class's lookup finds, among those the call reaches.
      ann::GraphInfo* init = nullptr;
      if (cd->cls)
        if (std::optional<ann::ClassAttr> found = bk.lookupClassAttr(cd->cls, bk.intern("__init__")))
          if (auto* f = found->value.isRef() ? load::dynCast<load::Function>(found->value.ref) : nullptr)
            for (ann::GraphInfo* g : call.inits)
              if (g->desc && g->desc->function == f) init = g;
      auto g = std::make_unique<ll::Graph>(cd->name + ".<instantiate_" + std::to_string(index) + ">", slot, vtablePtr(),
                                           objectPtr());
      ll::Block* b = g->startBlock();
      auto emit = [&](ll::Op op, std::vector<ll::Value> args, const ll::Type* t) -> ll::Value {
        ll::Operation o;
        o.op = op;
        o.args = std::move(args);
        o.result = g->newVariable(t);
        b->operations.push_back(std::move(o));
        return b->operations.back().result;
      };
      auto voidConst = [&](ll::ConstValue v) { return g->newConstant(types_.voidType(), std::move(v)); };
      ll::ConstValue type, field, vtable;
      type.type = r->instance;
      field.text = "typeptr";
      vtable.object = r->vtableObject;
      ll::Value obj = emit(ll::Op::malloc, {voidConst(type)}, types_.ptr(r->instance));
      ll::Value root = emit(ll::Op::cast_pointer, {obj}, objectPtr());
      ll::Value vt = emit(ll::Op::cast_pointer, {g->newConstant(types_.ptr(r->vtable), vtable)}, vtablePtr());
      emit(ll::Op::setfield, {root, voidConst(field), vt}, types_.voidType());
      // Class-level values of attributes instances also hold (rtype_instance.cpp).
      for (const ClassDefault& d : classDefaults(*this, cd)) {
        ll::ConstValue v, name;
        const ll::Field* f = r->instance->field(d.field);
        name.text = d.field;
        if (f && constantOf(d.value, d.ann, f->type, SourceLoc{}, v))
          emit(ll::Op::setfield, {obj, voidConst(name), g->newConstant(f->type, v)}, types_.voidType());
      }
      if (ll::Graph* lg = init ? graphOf(init) : nullptr) {
        const ll::Type* fn = lg->funcType();
        std::optional<std::vector<int>> map = operandOfParam(*this, call, init);
        const std::vector<ann::CallInput>* inputs = an_.callInputsOf(call.op, init);
        if (!map || !inputs || map->size() != fn->params.size()) continue; // lowering the call reports it
        ll::ConstValue target;
        target.graph = lg;
        std::vector<ll::Value> args{g->newConstant(types_.ptr(fn), target)};
        args.push_back(fn->params[0] == obj.type() ? obj : emit(ll::Op::cast_pointer, {obj}, fn->params[0]));
        for (size_t i = 1; i < map->size(); ++i) {
          if ((*map)[i] >= 0) {
            args.push_back(b->inputs[(*map)[i]]);
            continue;
          }
          const Annotation* d = (*inputs)[i].ann; // a default: a load-time constant
          ll::ConstValue v;
          if (!d || !constantOf(d->constant, d, fn->params[i], init->graph->startBlock()->loc, v)) break;
          args.push_back(g->newConstant(fn->params[i], v));
        }
        if (args.size() != fn->params.size() + 1) continue;
        emit(ll::Op::direct_call, std::move(args), fn->result);
      }
      ll::Value result = obj.type() == slot->result ? obj : emit(ll::Op::cast_pointer, {obj}, slot->result);
      b->exitKind = ll::ExitKind::Goto;
      ll::Link link;
      link.target = g->returnBlock();
      link.args = {result};
      b->exits.push_back(std::move(link));
      r->instantiateGraphs[call.shape] = g.get();
      synthetic_.push_back(std::move(g));
    }
  }
}

// The class data that lives in vtables, once every graph exists: an attribute read at two
// levels of one class chain is kept on the higher one (one field per name in a vtable chain);
// each spec slot gets the function type its graphs share (a slot whose graphs disagree is
// dropped, and the call reports it).
void RTyper::prepareClassData() {
  for (auto& [def, r] : classes_)
    for (ClassRepr* up = r->base; up; up = up->base)
      for (auto it = r->classAttrs.begin(); it != r->classAttrs.end();) {
        auto found = up->classAttrs.find(it->first);
        if (found == up->classAttrs.end()) {
          ++it;
          continue;
        }
        if (const Annotation* u = an_.lattice().unite(found->second, it->second)) found->second = u;
        it = r->classAttrs.erase(it);
      }
  for (auto& [def, r] : classes_)
    for (const auto& [key, spec] : r->specSlots) {
      const ll::Type* type = nullptr;
      bool agree = true;
      std::vector<ann::ClassDef*> work{r->def};
      while (!work.empty()) {
        ann::ClassDef* cd = work.back();
        work.pop_back();
        work.insert(work.end(), cd->subclasses.begin(), cd->subclasses.end());
        ClassRepr* k = classRepr(cd);
        auto g = k->specGraphInfos.find(key);
        if (g == k->specGraphInfos.end() || !graphOf(g->second)) continue;
        const ll::Type* t = graphOf(g->second)->funcType();
        agree &= !type || t == type;
        type = t;
        k->specGraphs[key] = graphOf(g->second);
      }
      if (type && agree) r->specSlotTypes[key] = type;
    }
}

// The class level of `base`'s chain that holds `map`'s entry `key`, or null.
template <class Map> static ClassRepr* levelWith(ClassRepr* base, const Map& (*get)(ClassRepr*), const std::string& key) {
  for (ClassRepr* r = base; r; r = r->base)
    if (get(r).count(key)) return r;
  return nullptr;
}

// cls.attr where cls may be one of several classes: the `cls_<attr>` field of their vtables.
static bool classAttribute(OpCtx& c, ann::ClassDef* base) {
  std::string attr(c.op.args[1].constant()->value.text);
  ClassRepr* level = levelWith<std::map<std::string, const Annotation*>>(
      c.rt.classRepr(base), +[](ClassRepr* r) -> const std::map<std::string, const Annotation*>& { return r->classAttrs; }, attr);
  const ll::Type* want = c.rt.lowType(c.resultAnn());
  if (!level || !want) return false;
  if (want->kind == ll::TypeKind::Void) {
    c.result(c.gc.constant(want, {}));
    return true;
  }
  const ll::Field* f = level->vtable->field("cls_" + attr);
  if (!f) return false;
  ll::Value vt = c.arg(0);
  if (vt.type()->target != level->vtable) vt = c.emit(ll::Op::cast_pointer, {vt}, c.rt.types().ptr(level->vtable));
  ll::Value v = c.emit(ll::Op::getfield, {vt, c.voidConst("cls_" + attr)}, f->type);
  c.result(c.gc.convertTo(v, c.resultAnn(), want));
  return true;
}

// f(..., cls, ...) of a specialized function where cls may be one of several classes: the graph
// of cls's specialization, from the `spec_<i>` field of its vtable.
static bool specializedCall(OpCtx& c) {
  const Annotation* callee = c.ann(0);
  auto* fd = callee->is(AnnKind::PBC) && callee->descs.size() == 1 ? ann::descAs<ann::FunctionDesc>(callee->descs[0]) : nullptr;
  const std::vector<ann::GraphInfo*>* targets = c.rt.annotator().callTargetsOf(&c.op);
  if (!fd || !targets || targets->size() < 2) return false;
  for (size_t i = 1; i < c.count(); ++i) {
    std::vector<ann::ClassDesc*> descs = classDescs(c.ann(i));
    ann::ClassDef* base = !descs.empty() && needsValue(c.ann(i)) ? commonClass(c.rt, descs) : nullptr;
    if (!base) continue;
    std::string key = std::to_string(fd->id) + ":" + std::to_string(i - 1);
    ClassRepr* level = levelWith<std::map<std::string, const ll::Type*>>(
        c.rt.classRepr(base), +[](ClassRepr* r) -> const std::map<std::string, const ll::Type*>& { return r->specSlotTypes; }, key);
    if (!level) return false;
    auto slot = level->specSlotTypes.find(key);
    std::string field = "spec_" + std::to_string(std::distance(level->specSlotTypes.begin(), slot));
    const ll::Type* fn = slot->second;
    if (fn->params.size() != c.count() - 1) return false;
    ll::Value vt = c.arg(i);
    if (vt.type()->target != level->vtable) vt = c.emit(ll::Op::cast_pointer, {vt}, c.rt.types().ptr(level->vtable));
    std::vector<ll::Value> args{c.emit(ll::Op::getfield, {vt, c.voidConst(field)}, c.rt.types().ptr(fn))};
    for (size_t j = 1; j < c.count(); ++j) args.push_back(c.gc.convertTo(c.arg(j), c.ann(j), fn->params[j - 1]));
    std::string names;
    for (ann::GraphInfo* t : *targets) names += (names.empty() ? "" : " ") + t->name();
    args.push_back(c.voidConst(names));
    ll::Value r = c.emit(ll::Op::indirect_call, std::move(args), fn->result);
    c.result(c.gc.convertTo(r, c.resultAnn(), c.rt.lowType(c.resultAnn())));
    return true;
  }
  return false;
}

// cls(args) where cls may be one of several classes: the base's `instantiate_<i>` slot for the
// call's shape, with the call's operands.
static bool callClass(OpCtx& c, const ClassCall& call) {
  ClassRepr* base = c.rt.classRepr(call.base);
  auto slot = base->instantiateSlots.find(call.shape);
  if (slot == base->instantiateSlots.end()) return false;
  for (ann::ClassDef* cd : call.classes)
    if (!c.rt.classRepr(cd)->instantiateGraphs.count(call.shape)) return false;
  std::string field = "instantiate_" + std::to_string(std::distance(base->instantiateSlots.begin(), slot));
  std::vector<ll::Value> args{c.emit(ll::Op::getfield, {c.arg(0), c.voidConst(field)}, c.rt.types().ptr(slot->second))};
  for (size_t i = 0; i < call.operands.size(); ++i)
    args.push_back(c.gc.convertTo(c.gc.valueOf(call.operands[i]), c.gc.annotationOf(call.operands[i]), slot->second->params[i]));
  std::string names;
  for (ann::ClassDef* cd : call.classes) names += (names.empty() ? "" : " ") + c.rt.classRepr(cd)->instantiateGraphs[call.shape]->name();
  args.push_back(c.voidConst(names));
  ll::Value obj = c.emit(ll::Op::indirect_call, std::move(args), slot->second->result);
  c.result(c.gc.convertTo(obj, c.resultAnn(), c.rt.lowType(c.resultAnn())));
  return true;
}

} // namespace kiln::rt

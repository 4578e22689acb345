// Frozen objects as values: a PBC that may be one of several frozen objects (modules, instances
// whose class defines _freeze_).
//
// One frozen object known at translation time needs no value: the annotation names it, and its
// attributes are constants. When a value may be one of several, each object is a prebuilt
// (non-GC, immutable) struct and the value points to it:
//   Struct frozen_<class> { attr_<name>: T, ... }
// with one field per attribute the program reads through such a value (getattr on a PBC of
// several frozen objects), of the representation of the union of what it reads. Every PBC whose
// objects meet in one value shares one struct: the objects form a family (union-find over the
// descs of every annotation of several frozen objects), so a value of one PBC passes as a value
// of another without conversion. An attribute that is the same constant in every object
// (a Void field) has no field: the annotation knows it.
#include "annotator/bookkeeper.h"
#include "rtyper/convert.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;

namespace {

// The frozen descs of a PBC, or empty if it holds anything else.
std::vector<ann::FrozenDesc*> frozenDescs(const Annotation* a) {
  std::vector<ann::FrozenDesc*> out;
  if (!a || !a->is(AnnKind::PBC)) return out;
  for (ann::Desc* d : a->descs) {
    auto* f = ann::descAs<ann::FrozenDesc>(d);
    if (!f) return {};
    out.push_back(f);
  }
  return out;
}

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
        for (auto& [name, ann] : f->attrs) into->attrs[name] = into->attrs.count(name) ? an_.lattice().unite(into->attrs[name], ann) : ann;
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
        if (!fresh) it->second = an_.lattice().unite(it->second, r);
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

// getattr on a value that may be one of several frozen objects: the field, or the constant the
// annotation knows when every object has the same value.
bool rtypePbc(OpCtx& c) {
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

} // namespace kiln::rt

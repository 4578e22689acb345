// Special methods and generators: operators, built-in functions and iteration on instances whose
// class defines the special method the annotator resolved them to (a + b -> __add__, x in c ->
// __contains__, len(x) -> __len__, `if x` -> __bool__ or __len__, for x in g -> __iter__ and
// __next__, ...).
//
// For such an operation the annotator records the special method's name (specialMethodOf), the
// graphs the call reaches (callTargetsOf) and what it passes to each parameter (callInputsOf):
// the receiver as the synthesized `self`, the other operands as they are. The receiver is the
// instance operand the inputs do not pass: the left one, or the right one for a reflected method
// (__radd__, or the right operand's __eq__ when the left one has none). The operation becomes a
// call of the method's graph: a direct_call when the call reaches one graph, else an
// indirect_call through the slot `method_<name>` of the receiver's class vtable, which
// findSpecialMethodSlots adds (before classes are laid out) and fills in every subclass's vtable
// with the method its lookup finds (ClassRepr::methodImpls), as rtyper.cpp does for method calls.
//
// Generators are instances of the class the generator transform made (flowgraph/generators.cpp),
// so `for x in gen`, iter() and next() are calls of its __iter__ and __next__; __next__ raises
// StopIteration at the end, which the loop header's exception link catches (the call is the last
// operation of its block). next(it, default) on an instance is the helper next_default, which
// calls __next__ and returns the default on StopIteration: a rule cannot branch to a handler.
#include "rtyper/convert.h"

#include <algorithm>

#include "annotator/bookkeeper.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using flow::OpCode;

namespace {

// str()/repr()/formatting of instances call __str__/__repr__ too; rtype_str_format.cpp makes
// those calls (several per operation: print(a, b)).
bool isStrMethod(const std::string& name) { return name == "__str__" || name == "__repr__"; }

// The operand that is the special method's receiver, or -1: the first instance operand that the
// recorded inputs do not pass as an argument (an operand passed to itself, as in `a + a`, is the
// receiver too). The callee of a simple_call is the receiver only for __call__.
int receiverIndex(ann::Annotator& an, const flow::Operation& op, const std::string& name, ann::GraphInfo* target) {
  const std::vector<ann::CallInput>* inputs = an.callInputsOf(&op, target);
  if (!inputs) return -1;
  bool isCall = op.opcode == OpCode::simple_call || op.opcode == OpCode::call_args;
  if (isCall && name == "__call__") return 0;
  int first = -1;
  for (size_t i = isCall ? 1 : 0; i < op.args.size(); ++i) {
    const Annotation* a = an.annotationOf(op.args[i]);
    if (!a || !a->is(AnnKind::Instance)) continue;
    if (first < 0) first = int(i);
    bool passed = std::any_of(inputs->begin() + 1, inputs->end(), [&](const ann::CallInput& in) { return in.value == op.args[i]; });
    if (!passed) return int(i);
  }
  return first;
}

// The class whose vtable holds the slot `method_<name>` that instances of cd dispatch on: cd or
// its nearest base that has it; null if none does.
ClassRepr* slotOwner(RTyper& rt, ann::ClassDef* cd, const std::string& name) {
  for (ClassRepr* r = rt.classRepr(cd); r; r = r->base)
    if (r->methodSlots.count(name)) return r;
  return nullptr;
}

// The graph among `targets` that instances of cd run for `name`: the function of the nearest
// class (cd or a base) whose own dict defines it.
ann::GraphInfo* implementationFor(RTyper& rt, ann::ClassDef* cd, const std::string& name,
                                  const std::vector<ann::GraphInfo*>& targets) {
  ann::Bookkeeper& bk = rt.annotator().bookkeeper();
  Symbol sym = bk.intern(name);
  for (ann::ClassDef* c = cd; c; c = c->base) {
    const load::Value* own = c->cls ? bk.ownClassAttr(c->cls, sym) : nullptr;
    if (!own) continue;
    for (ann::GraphInfo* g : targets)
      if (own->isRef() && g->desc && own->ref == g->desc->function) return g;
    return nullptr;
  }
  return nullptr;
}

// Whether `f` is what instances of cd (or of a subclass) find as `name`: the annotator calls
// exactly those functions for the special method.
bool isMethodOf(ann::Bookkeeper& bk, ann::ClassDef* cd, Symbol name, const load::Object* f) {
  if (std::optional<ann::ClassAttr> found = bk.lookupClassAttr(cd->cls, name); found && found->value.ref == f) return true;
  return std::any_of(cd->subclasses.begin(), cd->subclasses.end(), [&](ann::ClassDef* sub) { return isMethodOf(bk, sub, name, f); });
}

struct SpecialCall {
  std::string name;
  int self = -1; // the receiver's operand index
  std::vector<ann::GraphInfo*> targets;
};

// The special method call an operation is: none when the annotator resolved it to no special
// method, or when it called more than one (list(x) calls __iter__, then the iterator's
// __next__: that is no single call).
std::optional<SpecialCall> specialCallOf(ann::Annotator& an, const flow::Operation& op) {
  const std::string* name = an.specialMethodOf(&op);
  const std::vector<ann::GraphInfo*>* targets = an.callTargetsOf(&op);
  if (!name || isStrMethod(*name) || !targets || targets->empty()) return std::nullopt;
  int self = receiverIndex(an, op, *name, (*targets)[0]);
  if (self < 0) return std::nullopt;
  ann::ClassDef* cd = an.annotationOf(op.args[size_t(self)])->classDef;
  Symbol sym = an.bookkeeper().intern(*name);
  for (ann::GraphInfo* g : *targets)
    if (!g->desc || !cd->cls || !isMethodOf(an.bookkeeper(), cd, sym, g->desc->function)) return std::nullopt;
  return SpecialCall{*name, self, *targets};
}

// The method's function pointer in the receiver's vtable slot.
ll::Value slotFunction(OpCtx& c, ll::Value self, ClassRepr* owner, const std::string& name) {
  ll::Value root = c.emit(ll::Op::cast_pointer, {self}, c.rt.objectPtr());
  ll::Value vt = c.emit(ll::Op::getfield, {root, c.voidConst("typeptr")}, c.rt.vtablePtr());
  ll::Value own = c.emit(ll::Op::cast_pointer, {vt}, c.rt.types().ptr(owner->vtable));
  return c.emit(ll::Op::getfield, {own, c.voidConst("method_" + name)}, c.rt.types().ptr(owner->methodSlots.at(name)));
}

// The function the call goes to: null for a direct_call of the one target, else the slot's.
std::optional<ll::Value> dispatch(OpCtx& c, const SpecialCall& sc, ll::Value self) {
  if (sc.targets.size() == 1) return ll::Value{};
  ClassRepr* owner = slotOwner(c.rt, c.ann(size_t(sc.self))->classDef, sc.name);
  if (!owner) return std::nullopt;
  return slotFunction(c, self, owner, sc.name);
}

// The truth of what __bool__ or __len__ returned (a Bool, or a length).
ll::Value truthOf(OpCtx& c, ll::Value v) {
  if (v.type()->kind == ll::TypeKind::Signed) return c.emit(ll::Op::int_is_true, {v}, c.rt.types().boolType());
  return v;
}

// next(it, default) on an instance: __next__ through next_default, the default when it raises
// StopIteration. The default and the result are in the result's representation.
bool nextWithDefault(OpCtx& c, const SpecialCall& sc, ll::Value self) {
  std::optional<ll::Value> fn = dispatch(c, sc, self);
  if (!fn) return false;
  ann::GraphInfo* target = sc.targets[0];
  const ll::Type* fnType = c.rt.funcTypeOf(target);
  if (fn->isNull()) {
    ll::ConstValue g;
    g.graph = c.rt.graphOf(target);
    fn = c.gc.constant(c.rt.types().ptr(fnType), g);
  }
  const ll::Type* result = c.rt.lowType(c.resultAnn());
  if (!result || fnType->params.size() != 1) return false;
  ll::Value receiver = c.gc.convertTo(self, c.ann(size_t(sc.self)), fnType->params[0]);
  c.result(c.callHelper(HelperId::next_default, {*fn, receiver, c.arg(2, c.resultAnn())}, result));
  return true;
}

bool lowerSpecial(OpCtx& c, const SpecialCall& sc) {
  ll::Value self = c.arg(size_t(sc.self));
  std::optional<BuiltinId> builtin = c.builtinCallee();
  if (builtin == BuiltinId::next && c.count() == 3) return nextWithDefault(c, sc, self);
  std::optional<ll::Value> fn = dispatch(c, sc, self);
  if (!fn) return false;
  std::optional<ll::Value> v = callRecorded(c, sc.targets, self, *fn);
  if (!v) return false;
  bool truth = c.op.opcode == OpCode::bool_ || c.op.opcode == OpCode::not_ || builtin == BuiltinId::bool_;
  if (truth || c.op.opcode == OpCode::contains) {
    bool converts = v->type()->kind == ll::TypeKind::Signed || c.op.opcode == OpCode::not_;
    if (converts && c.endsRaisingBlock()) return false; // the call must come last
    ll::Value b = truthOf(c, *v);
    c.result(c.op.opcode == OpCode::not_ ? c.emit(ll::Op::bool_not, {b}, c.rt.types().boolType()) : b);
    return true;
  }
  const ll::Type* want = c.rt.lowType(c.resultAnn());
  if (want && want != v->type() && c.endsRaisingBlock()) return false; // the call must come last
  c.result(c.gc.convertTo(*v, c.resultAnn(), want));
  return true;
}

} // namespace

bool rtypeSpecial(OpCtx& c) {
  std::optional<SpecialCall> sc = specialCallOf(c.rt.annotator(), c.op);
  return sc && lowerSpecial(c, *sc);
}

void findSpecialMethodSlots(RTyper& rt) {
  ann::Annotator& an = rt.annotator();
  // Special method calls that may reach several graphs, the shallowest receiver classes first
  // so that a subclass reuses its base's slot.
  struct Request {
    ann::ClassDef* receiver;
    SpecialCall call;
    int depth;
  };
  std::vector<Request> requests;
  for (ann::GraphInfo* g : an.graphs()) {
    for (flow::Block* b : g->graph->blocksInOrder()) {
      if (!an.isReached(b)) continue;
      for (const flow::Operation& op : b->operations) {
        std::optional<SpecialCall> sc = specialCallOf(an, op);
        if (!sc || sc->targets.size() < 2) continue;
        ann::ClassDef* cd = an.annotationOf(op.args[size_t(sc->self)])->classDef;
        int depth = 0;
        for (ann::ClassDef* c = cd; c; c = c->base) ++depth;
        requests.push_back({cd, *sc, depth});
      }
    }
  }
  std::stable_sort(requests.begin(), requests.end(), [](const Request& a, const Request& b) { return a.depth < b.depth; });
  for (const Request& req : requests) {
    const std::string& name = req.call.name;
    if (slotOwner(rt, req.receiver, name)) continue;
    rt.classRepr(req.receiver)->methodSlots[name] = rt.funcTypeOf(req.call.targets[0]);
    std::vector<ann::ClassDef*> work{req.receiver};
    while (!work.empty()) {
      ann::ClassDef* cd = work.back();
      work.pop_back();
      work.insert(work.end(), cd->subclasses.begin(), cd->subclasses.end());
      if (ann::GraphInfo* impl = implementationFor(rt, cd, name, req.call.targets))
        rt.classRepr(cd)->methodImpls[name] = rt.graphOf(impl);
    }
  }
}

} // namespace kiln::rt

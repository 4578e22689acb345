// Calls: functions known at translation time become direct_call to their graph (one graph per
// specialization: the annotator recorded which graph each call reaches), and the built-in
// functions that are only hints or identities lower to what they mean.
#include "rtyper/convert.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using flow::OpCode;

namespace {

bool callBuiltin(OpCtx& c, BuiltinId id) {
  const Annotation* r = c.resultAnn();
  switch (id) {
  case BuiltinId::ra_ovfcheck:
    // The checked operation was deferred to here (rtype_int.cpp); anything else is unchanged.
    if (flow::Variable* v = c.op.args[1].variable(); v && c.gc.emitDeferred(v)) {
      c.result(c.arg(1));
      return true;
    }
    c.result(c.arg(1, r));
    return true;
  case BuiltinId::ra_intmask:
    if (!c.ann(1)->isIntLike()) return false;
    c.result(c.ann(1)->isUnsigned() ? c.emit(ll::Op::cast_uint_to_int, {c.arg(1)}, c.rt.types().signedType())
                                    : c.arg(1, r));
    return true;
  case BuiltinId::ra_r_uint:
    if (!c.ann(1)->isIntLike()) return false;
    c.result(c.arg(1, r));
    return true;
  default: return false;
  }
}

// The low-level arguments of a call to `target`: each parameter's value from what the annotator
// recorded it passes (an operand, a default, the bound object of a method, the new instance).
// The parameters are converted to the types of the target's Func type (its call family's).
std::optional<std::vector<ll::Value>> callArguments(OpCtx& c, ann::GraphInfo* target, ll::Value self) {
  const std::vector<ann::CallInput>* inputs = c.rt.annotator().callInputsOf(&c.op, target);
  const std::vector<flow::Variable*>& params = target->graph->startBlock()->inputs;
  const ll::Type* fn = c.rt.funcTypeOf(target);
  if (!inputs || inputs->size() != params.size() || fn->params.size() != params.size()) return std::nullopt;
  std::vector<ll::Value> args;
  for (size_t i = 0; i < params.size(); ++i) {
    const ann::CallInput& in = (*inputs)[i];
    const ll::Type* want = fn->params[i];
    if (!in.value.isNull()) {
      args.push_back(c.gc.convertTo(c.gc.valueOf(in.value), c.gc.annotationOf(in.value), want));
    } else if (i == 0 && !self.isNull()) {
      args.push_back(c.gc.convertTo(self, in.ann, want));
    } else if (in.isStar) {
      return std::nullopt; // *args tuples: with the tuple representation
    } else if (in.ann && (in.ann->hasConst() || in.ann->is(AnnKind::None) || c.rt.lowType(in.ann) == c.rt.types().voidType())) {
      ll::Value d = c.gc.lowConstant(in.ann->constant, in.ann, c.op.loc);
      if (d.isNull()) return std::nullopt;
      args.push_back(c.gc.convertTo(d, in.ann, want));
    } else {
      return std::nullopt;
    }
  }
  return args;
}

ll::Value directCall(OpCtx& c, ann::GraphInfo* target, std::vector<ll::Value> args) {
  ll::Graph* g = c.rt.graphOf(target);
  ll::ConstValue fn;
  fn.graph = g;
  args.insert(args.begin(), c.gc.constant(c.rt.types().ptr(g->funcType()), fn));
  return c.emit(ll::Op::direct_call, std::move(args), g->funcType()->result);
}

// A call through a function pointer: `fn` is the pointer, the last operand names the graphs it
// may call (for the JIT and for readers).
ll::Value indirectCall(OpCtx& c, ll::Value fn, const std::vector<ann::GraphInfo*>& targets, std::vector<ll::Value> args) {
  std::string names;
  for (ann::GraphInfo* t : targets) names += (names.empty() ? "" : " ") + t->name();
  args.insert(args.begin(), fn);
  args.push_back(c.voidConst(names));
  return c.emit(ll::Op::indirect_call, std::move(args), fn.type()->target->result);
}

// x.m(...) where m is overridden: the function in x's vtable slot for m.
bool methodCall(OpCtx& c, const std::vector<ann::GraphInfo*>& targets) {
  ann::ClassDef* base = c.rt.methodBase(c.ann(0));
  if (!base) return false;
  ClassRepr* r = c.rt.classRepr(base);
  std::string name(ann::descAs<ann::MethodDesc>(c.ann(0)->descs[0])->attr.str());
  auto slot = r->methodSlots.find(name);
  if (slot == r->methodSlots.end()) return false;
  ll::Value self = c.arg(0);
  ll::Value root = c.emit(ll::Op::cast_pointer, {self}, c.rt.objectPtr());
  ll::Value vt = c.emit(ll::Op::getfield, {root, c.voidConst("typeptr")}, c.rt.vtablePtr());
  ll::Value own = c.emit(ll::Op::cast_pointer, {vt}, c.rt.types().ptr(r->vtable));
  ll::Value fn = c.emit(ll::Op::getfield, {own, c.voidConst("method_" + name)}, c.rt.types().ptr(slot->second));
  std::optional<std::vector<ll::Value>> args = callArguments(c, targets[0], self);
  if (!args) return false;
  ll::Value v = indirectCall(c, fn, targets, std::move(*args));
  c.result(c.gc.convertTo(v, c.resultAnn(), c.rt.lowType(c.resultAnn())));
  return true;
}

} // namespace

bool rtypeCall(OpCtx& c) {
  if (c.op.opcode != OpCode::simple_call && c.op.opcode != OpCode::call_args) return false;
  if (std::optional<BuiltinId> id = c.builtinCallee()) return callBuiltin(c, *id);
  const Annotation* callee = c.ann(0);
  if (!callee->is(AnnKind::PBC)) return false;
  const std::vector<ann::GraphInfo*>* targets = c.rt.annotator().callTargetsOf(&c.op);
  if (!targets || targets->empty()) return false;
  if (targets->size() > 1 || callee->descs.size() > 1 || callee->canBeNone()) {
    if (c.rt.methodBase(callee)) return methodCall(c, *targets);
    // A function value: call through the pointer.
    const ll::Type* t = c.rt.lowType(callee);
    if (!t || !t->isPtr() || t->target->kind != ll::TypeKind::Func) return false;
    std::optional<std::vector<ll::Value>> args = callArguments(c, (*targets)[0], {});
    if (!args) return false;
    ll::Value v = indirectCall(c, c.arg(0), *targets, std::move(*args));
    c.result(c.gc.convertTo(v, c.resultAnn(), c.rt.lowType(c.resultAnn())));
    return true;
  }
  ann::GraphInfo* target = (*targets)[0];
  // A bound method passes its object (the callee's value) as `self`.
  bool isMethod = !callee->descs.empty() && ann::descAs<ann::MethodDesc>(callee->descs[0]);
  std::optional<std::vector<ll::Value>> args = callArguments(c, target, isMethod ? c.arg(0) : ll::Value{});
  if (!args) return false;
  ll::Value v = directCall(c, target, std::move(*args));
  // The callee's result may be narrower than what this call site's result holds.
  c.result(c.gc.convertTo(v, c.resultAnn(), c.rt.lowType(c.resultAnn())));
  return true;
}

// Used by rtype_instance.cpp for __init__.
bool callInit(OpCtx& c, ann::GraphInfo* init, ll::Value self) {
  std::optional<std::vector<ll::Value>> args = callArguments(c, init, self);
  if (!args) return false;
  directCall(c, init, std::move(*args));
  return true;
}

} // namespace kiln::rt

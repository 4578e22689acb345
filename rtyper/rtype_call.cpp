// Calls: functions known at translation time become direct_call to their graph (one graph per
// specialization: the annotator recorded which graph each call reaches); calls through a value
// that may be several functions, or an overridden method, are indirect_call through a function
// pointer (a method's vtable slot, a family's function object); the built-in functions that are
// only hints or identities lower to what they mean.
//
// Arguments: the annotator matched each call's arguments to the parameters of the graph it
// reaches (Annotator::callInputsOf): per parameter an operand of the call, or what it supplied
// itself -- the bound object of a method, the new instance of a class call, a default, the
// tuple a *args parameter collects (starItems), or an item of a `*t` argument it expanded. An
// expanded item has no operand of its own: its place among the call's positional arguments
// (call_args' shape, docs/ir-flow.md) says which item of which tuple it is. A function made at
// run time whose value carries state (rtype_closure.h) also gets its closure or function
// object as the hidden last argument, and a default computed at run time is read from it.
#include <sstream>

#include "rtyper/rtype_closure.h"
#include "rtyper/rtype_sequences.h"

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

// -- Arguments ----------------------------------------------------------------------------------------

// One positional argument of the call as written, `*t` expanded: an operand, or item `item` of
// the tuple operand `starTuple`.
struct Positional {
  flow::Value operand;
  flow::Value starTuple;
  size_t item = 0;
};

// The call's positional arguments: simple_call(f, args...), or call_args(f, shape, args...)
// whose shape is "N name... [*] [**]": N positionals, then the `*` tuple, then the keywords.
std::vector<Positional> positionalsOf(OpCtx& c) {
  std::vector<Positional> out;
  if (c.op.opcode == OpCode::simple_call) {
    for (size_t i = 1; i < c.count(); ++i) out.push_back({c.op.args[i], {}, 0});
    return out;
  }
  const flow::Constant* shape = c.count() > 1 ? c.op.args[1].constant() : nullptr;
  if (!shape) return out;
  std::istringstream words{std::string(shape->value.text)};
  size_t npos = 0;
  words >> npos;
  bool star = false;
  for (std::string w; words >> w;) star |= w == "*";
  for (size_t i = 0; i < npos && 2 + i < c.count(); ++i) out.push_back({c.op.args[2 + i], {}, 0});
  if (star && 2 + npos < c.count()) {
    flow::Value t = c.op.args[2 + npos];
    const Annotation* a = c.gc.annotationOf(t);
    for (size_t k = 0; a && a->is(AnnKind::Tuple) && k < a->items.size(); ++k) out.push_back({{}, t, k});
  }
  return out;
}

// What the call supplies besides its operands.
struct CallSite {
  bool hasSelf = false;                  // the first parameter is a bound object or new instance
  ll::Value self;                        // its value (null when Void: a frozen object)
  const FunctionCallee* callee = nullptr; // the hidden argument of a function with state
  bool isCall = true;                    // a call operation (not a special method's operation)
};

// Argument `p` of the call (annotated `a`), converted to the parameter's type `want`.
ll::Value positionalArgument(OpCtx& c, const Positional& p, const Annotation* a, const ll::Type* want) {
  if (!p.operand.isNull()) return c.gc.convertTo(c.gc.valueOf(p.operand), c.gc.annotationOf(p.operand), want);
  if (p.starTuple.isNull()) return {};
  return c.gc.convertTo(seq::tupleItem(c, p.starTuple, c.gc.annotationOf(p.starTuple), p.item, a), a, want);
}

// The tuple a *args parameter (number `i`, of type `want`) collects: the call's positional
// arguments from the parameter's position on.
ll::Value starArgs(OpCtx& c, ann::GraphInfo* target, size_t i, const ann::CallInput& in,
                   const std::vector<Positional>& positionals, size_t selfOffset, const ll::Type* want) {
  const Annotation* param = c.rt.annotator().binding(target->graph->startBlock()->inputs[i]);
  if (!param || !param->is(AnnKind::Tuple) || param->items.size() != in.starItems.size() || !want->isPtr()) return {};
  std::vector<Positional> items;
  for (size_t j = 0; j < in.starItems.size(); ++j) {
    items.push_back({in.starItems[j], {}, 0});
    if (!in.starItems[j].isNull()) continue;
    if (i + j < selfOffset || i + j - selfOffset >= positionals.size()) return {};
    items.back() = positionals[i + j - selfOffset];
  }
  // f(*t) collecting all of t, in order, into a tuple of t's type: t itself (it is immutable).
  if (!items.empty() && !items[0].starTuple.isNull()) {
    flow::Value t = items[0].starTuple;
    bool whole = c.gc.annotationOf(t)->items.size() == items.size();
    for (size_t j = 0; j < items.size() && whole; ++j) whole = items[j].starTuple == t && items[j].item == j;
    if (whole && c.rt.lowType(c.gc.annotationOf(t)) == want) return c.gc.valueOf(t);
  }
  ll::Value t = seq::newStruct(c, want);
  for (size_t j = 0; j < items.size(); ++j) {
    const ll::Field* f = want->target->field("item" + std::to_string(j));
    if (!f) continue; // a Void item
    const Positional& p = items[j];
    ll::Value v = positionalArgument(c, p, param->items[j], f->type);
    if (v.isNull()) return {};
    seq::setField(c, t, "item" + std::to_string(j), v);
  }
  return t;
}

// Parameter i, which the call leaves out: its default, a load-time constant (also the Void self
// of a function bound to a frozen object), or one make_function computed, read from the closure.
ll::Value defaultArgument(OpCtx& c, const CallSite& site, ann::GraphInfo* target, size_t i, const ann::CallInput& in,
                          const ll::Type* want) {
  if (site.callee)
    if (ll::Value d = runtimeDefault(c, *site.callee, target, i, want); !d.isNull()) return d;
  if (!in.ann || !(in.ann->hasConst() || in.ann->is(AnnKind::None) || c.rt.lowType(in.ann) == c.rt.types().voidType()))
    return {};
  ll::Value d = c.gc.lowConstant(in.ann->constant, in.ann, c.op.loc);
  return d.isNull() ? d : c.gc.convertTo(d, in.ann, want);
}

// The low-level arguments of a call to `target`, one per parameter (then the hidden one), in
// the types of the target's Func type (its call family's).
std::optional<std::vector<ll::Value>> callArguments(OpCtx& c, ann::GraphInfo* target, const CallSite& site) {
  const std::vector<ann::CallInput>* inputs = c.rt.annotator().callInputsOf(&c.op, target);
  const std::vector<flow::Variable*>& params = target->graph->startBlock()->inputs;
  const ll::Type* fn = c.rt.funcTypeOf(target);
  size_t hidden = site.callee && site.callee->hidden ? 1 : 0;
  if (!inputs || inputs->size() != params.size() || fn->params.size() != params.size() + hidden) return std::nullopt;
  std::vector<Positional> positionals = site.isCall ? positionalsOf(c) : std::vector<Positional>{};
  size_t selfOffset = site.hasSelf ? 1 : 0;
  // Parameters before *args (all of them without one) take the positional arguments in order.
  size_t positionalParams = inputs->size();
  for (size_t i = 0; i < inputs->size(); ++i)
    if ((*inputs)[i].isStar) positionalParams = std::min(positionalParams, i);
  std::vector<ll::Value> args;
  for (size_t i = 0; i < params.size(); ++i) {
    const ann::CallInput& in = (*inputs)[i];
    const ll::Type* want = fn->params[i];
    ll::Value v;
    if (!in.value.isNull()) {
      v = c.gc.convertTo(c.gc.valueOf(in.value), c.gc.annotationOf(in.value), want);
    } else if (i == 0 && site.hasSelf && !site.self.isNull()) {
      v = c.gc.convertTo(site.self, in.ann, want);
    } else if (in.isStar) {
      v = starArgs(c, target, i, in, positionals, selfOffset, want);
    } else if (i >= selfOffset && i < positionalParams && i - selfOffset < positionals.size()) {
      v = positionalArgument(c, positionals[i - selfOffset], in.ann, want); // an item of `*t`
    } else {
      v = defaultArgument(c, site, target, i, in, want);
    }
    if (v.isNull()) return std::nullopt;
    args.push_back(v);
  }
  if (hidden) args.push_back(site.callee->closure);
  return args;
}

// -- Calls --------------------------------------------------------------------------------------------

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

// The call's result: the callee's may be narrower than what this call site's result holds.
bool callResult(OpCtx& c, ll::Value v) {
  c.result(c.gc.convertTo(v, c.resultAnn(), c.rt.lowType(c.resultAnn())));
  return true;
}

// x.m(...) where m is overridden: the function in x's vtable slot for m.
bool methodCall(OpCtx& c, const std::vector<ann::GraphInfo*>& targets) {
  ann::ClassDef* base = c.rt.methodBase(c.ann(0));
  if (!base) return false;
  ClassRepr* r = c.rt.classRepr(base);
  std::string name(ann::descAs<ann::MethodDesc>(c.ann(0)->descs[0])->attr.str());
  if (!r->methodSlots.count(name)) return false;
  ll::Value self = c.arg(0);
  ll::Value fn = vtableSlot(c, self, r, name);
  std::optional<std::vector<ll::Value>> args = callArguments(c, targets[0], {true, self, nullptr});
  if (!args) return false;
  return callResult(c, indirectCall(c, fn, targets, std::move(*args)));
}

// m(...) where m may be one of several methods of different names bound to instances: the
// bound-method value's function, with its instance as self.
bool boundMethodCall(OpCtx& c, const std::vector<ann::GraphInfo*>& targets) {
  const ll::Type* t = c.rt.lowType(c.ann(0));
  if (!t || !t->isPtr() || t->target->name.rfind("boundmethod", 0) != 0) return false;
  auto field = [&](const char* name) {
    const ll::Field* f = t->target->field(name);
    return c.emit(ll::Op::getfield, {c.arg(0), c.voidConst(name)}, f->type);
  };
  ll::Value self = field("self");
  ll::Value fn = field("fn");
  std::optional<std::vector<ll::Value>> args = callArguments(c, targets[0], {true, self, nullptr});
  if (!args) return false;
  return callResult(c, indirectCall(c, fn, targets, std::move(*args)));
}

// f(...) where f may be one of several functions: through the pointer (the family's Func type),
// or through the family's function object when a member carries state.
bool functionValueCall(OpCtx& c, const std::vector<ann::GraphInfo*>& targets) {
  const ll::Type* t = c.rt.lowType(c.ann(0));
  if (!t || !t->isPtr()) return false;
  FunctionCallee callee = functionCallee(c, c.arg(0), c.ann(0), targets[0]);
  ll::Value fn = !callee.fn.isNull() ? callee.fn : t->target->kind == ll::TypeKind::Func ? c.arg(0) : ll::Value{};
  if (fn.isNull()) return false;
  std::optional<std::vector<ll::Value>> args = callArguments(c, targets[0], {false, {}, &callee});
  if (!args) return false;
  return callResult(c, indirectCall(c, fn, targets, std::move(*args)));
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
    if (boundMethodCall(c, *targets)) return true;
    return functionValueCall(c, *targets);
  }
  ann::GraphInfo* target = (*targets)[0];
  ann::Desc* d = callee->descs.empty() ? nullptr : callee->descs[0];
  // A bound method passes its object (the callee's value) as `self`; a function bound to a frozen
  // object has a Void self (its constant); a function value may carry state.
  CallSite site;
  FunctionCallee state;
  if (d && ann::descAs<ann::MethodDesc>(d)) site = {true, c.arg(0), nullptr};
  else if (d && ann::descAs<ann::MethodOfFrozenDesc>(d)) site.hasSelf = true;
  else if (d && ann::descAs<ann::FunctionDesc>(d)) {
    state = functionCallee(c, c.arg(0), callee, target);
    site.callee = &state;
  }
  std::optional<std::vector<ll::Value>> args = callArguments(c, target, site);
  if (!args) return false;
  return callResult(c, directCall(c, target, std::move(*args)));
}

std::optional<ll::Value> callRecorded(OpCtx& c, const std::vector<ann::GraphInfo*>& targets, ll::Value self, ll::Value fn) {
  if (targets.empty()) return std::nullopt;
  std::optional<std::vector<ll::Value>> args = callArguments(c, targets[0], {true, self, nullptr, false});
  if (!args) return std::nullopt;
  if (fn.isNull()) return directCall(c, targets[0], std::move(*args));
  return indirectCall(c, fn, targets, std::move(*args));
}

// Used by rtype_instance.cpp for __init__.
bool callInit(OpCtx& c, ann::GraphInfo* init, ll::Value self) {
  std::optional<std::vector<ll::Value>> args = callArguments(c, init, {true, self, nullptr});
  if (!args) return false;
  directCall(c, init, std::move(*args));
  return true;
}

} // namespace kiln::rt

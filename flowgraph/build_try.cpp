// Flow graph builder: try/except/else/finally, with, raise, and leaving protected regions.
//
// Each try or with statement pushes a Handler whose landing block receives, from every
// operation in the body that can raise, the exception's class and value plus the state. The
// landing tests the except clauses in order with issubtype (folded when both sides are
// constants) and re-raises to the next landing outwards when none matches. A finally body is
// built once for every way out of its region: falling through, an exception, and each
// return/break/continue that crosses it (RPython does the same by flowing the body per
// "unroller"); __exit__ of a with statement likewise.
#include "flowgraph/builder_impl.h"

#include <algorithm>
#include <functional>

namespace kiln::flow {

using namespace ast;

JoinPoint* GraphBuilder::innermostLanding() const {
  return handlers_.empty() ? nullptr : handlers_.back().landing;
}

// Exception links catch Exception unless a handler on the way out must see the others too: the
// landing of an inner `except ValueError` re-raises what it does not match to the landings
// further out, so one finally (or with, or bare except) anywhere outwards needs BaseException.
load::Value GraphBuilder::caughtByLanding() {
  bool base = std::any_of(handlers_.begin(), handlers_.end(),
                          [](const Handler& h) { return h.catchesBaseException; });
  return refValue(fc_.builtin(base ? "BaseException" : "Exception"));
}

namespace {

// Whether an except clause's class, known at load time, matches only Exceptions. Builtins the
// exporter did not export are known by name: the classes outside Exception are few.
bool onlyExceptions(const load::Value& v) {
  if (v.kind == load::Value::Kind::Tuple)
    return std::all_of(v.items.begin(), v.items.end(), onlyExceptions);
  if (!v.isRef()) return false;
  if (auto* c = load::dynCast<load::Class>(v.ref))
    return std::any_of(c->mro.begin(), c->mro.end(), [](const load::Class* m) {
      return m->builtin && m->qualname.str() == "Exception";
    });
  if (auto* b = load::dynCast<load::Builtin>(v.ref)) {
    for (std::string_view outside :
         {"BaseException", "BaseExceptionGroup", "GeneratorExit", "KeyboardInterrupt", "SystemExit"})
      if (b->name.str() == outside) return false;
    return true;
  }
  return false;
}

} // namespace

// True when every clause names, by a load-time constant (`E`, `mod.E`, a tuple of them), a
// subclass of Exception. Anything else (a bare except, a class computed at run time) may match
// a BaseException.
bool GraphBuilder::catchOnlyExceptions(std::span<ExceptHandler*> clauses) {
  std::function<std::optional<load::Value>(Expr*)> known = [&](Expr* e) -> std::optional<load::Value> {
    if (auto* n = dynCast<Name>(e)) {
      NameRef ref = resolve(n->id, scope_);
      if (ref.kind == NameRef::Kind::Constant) return ref.constant;
      return std::nullopt;
    }
    if (auto* a = dynCast<Attribute>(e)) {
      std::optional<load::Value> m = known(a->value);
      if (!m || !m->isRef()) return std::nullopt;
      if (auto* module = load::dynCast<load::Module>(m->ref))
        for (const load::NamedValue& g : module->globals)
          if (g.name == a->attr) return g.value;
    }
    return std::nullopt;
  };
  for (ExceptHandler* clause : clauses) {
    if (!clause->type) return false;
    std::vector<Expr*> classes = {clause->type};
    if (auto* t = dynCast<Tuple>(clause->type)) classes.assign(t->elts.begin(), t->elts.end());
    for (Expr* e : classes) {
      std::optional<load::Value> v = known(e);
      if (!v || !onlyExceptions(*v)) return false;
    }
  }
  return true;
}

void GraphBuilder::raiseValue(Value type, Value value, SourceLoc at) {
  if (!reachable()) return;
  if (JoinPoint* landing = innermostLanding()) return goTo(*landing, {type, value});
  linkToExceptBlock(type, value);
}

void GraphBuilder::raiseBuiltin(std::string_view cls, std::string_view message, SourceLoc at) {
  Value c = constant(refValue(fc_.builtin(cls)));
  Value v = emit(OpCode::simple_call, {c, strConstant(message)}, at);
  raiseValue(c, v, at);
}

// raise_stmt: `raise` (re-raise), `raise C` (instantiate the class), `raise e` (its class is
// type(e)); a `from` cause is evaluated and dropped.
void GraphBuilder::buildRaise(Raise* s) {
  if (!s->exc) {
    if (caught_.empty()) fail(DiagId::flow_bare_raise, s);
    auto [typeSlot, valueSlot] = caught_.back();
    return raiseValue(state_.slots[size_t(typeSlot)], state_.slots[size_t(valueSlot)], loc(s));
  }
  // raise C(args) with C a known class: the raised class is C itself (no type() needed, and
  // the except clauses can be matched now).
  if (auto* call = dynCast<Call>(s->exc)) {
    Value callee = eval(call->func);
    Constant* c = callee.constant();
    if (c && c->value.isRef() && load::dynCast<load::Class>(c->value.ref)) {
      push(callee);
      Value instance = evalCall(call);
      Value cls = pop();
      if (s->cause) {
        push(instance);
        eval(s->cause);
        instance = pop();
      }
      return raiseValue(cls, instance, loc(s));
    }
  }
  Value e = eval(s->exc);
  if (s->cause) {
    push(e);
    eval(s->cause);
    e = pop();
  }
  bool isClass = false;
  if (Constant* c = e.constant(); c && c->value.isRef())
    isClass = load::dynCast<load::Class>(c->value.ref) || load::dynCast<load::Builtin>(c->value.ref);
  if (isClass) {
    Value value = emit(OpCode::simple_call, {e}, loc(s));
    return raiseValue(e, value, loc(s));
  }
  push(e);
  Value type = emit(OpCode::type, {e}, loc(s));
  raiseValue(type, pop(), loc(s));
}

void GraphBuilder::buildTry(std::span<Stmt*> body, std::span<ExceptHandler*> clauses,
                            std::span<Stmt*> orelse, std::span<Stmt*> finalbody, Node* at) {
  if (!finalbody.empty()) {
    JoinPoint landing(2), after;
    landing.stackLimit = int(state_.stack.size());
    handlers_.push_back({Handler::Kind::Finally, &landing, finalbody, -1, loops_.size()});
    if (clauses.empty()) buildBody(body);
    else buildTry(body, clauses, orelse, {}, at);
    handlers_.pop_back();
    buildBody(finalbody); // the way out by falling through
    goTo(after);
    enter(landing); // the way out by an exception: run the body, then re-raise
    if (reachable()) {
      int typeSlot = newHiddenSlot("finally.type"), valueSlot = newHiddenSlot("finally.value");
      state_.slots[size_t(typeSlot)] = landing.block->inputs[0];
      state_.slots[size_t(valueSlot)] = landing.block->inputs[1];
      buildBody(finalbody);
      if (reachable()) {
        Value type = state_.slots[size_t(typeSlot)], value = state_.slots[size_t(valueSlot)];
        clearSlot(typeSlot);
        clearSlot(valueSlot);
        raiseValue(type, value, loc(at));
      }
    }
    enter(after);
    return;
  }

  JoinPoint landing(2), after;
  landing.stackLimit = int(state_.stack.size());
  handlers_.push_back({Handler::Kind::Except, &landing, {}, -1, loops_.size(), !catchOnlyExceptions(clauses)});
  buildBody(body);
  handlers_.pop_back();
  buildBody(orelse); // not protected by this try's clauses
  goTo(after);

  enter(landing);
  if (reachable()) {
    int typeSlot = newHiddenSlot("except.type"), valueSlot = newHiddenSlot("except.value");
    state_.slots[size_t(typeSlot)] = landing.block->inputs[0];
    state_.slots[size_t(valueSlot)] = landing.block->inputs[1];
    for (ExceptHandler* clause : clauses) {
      if (!reachable()) break;
      JoinPoint matched, next;
      if (!clause->type) {
        goTo(matched);
      } else {
        // The classes to match (a tuple display, a constant tuple, or one value), kept in
        // hidden slots: the tests branch, so they must live in the state.
        std::vector<int> classSlots;
        auto keep = [&](Value v) {
          classSlots.push_back(newHiddenSlot("except.class"));
          setSlot(classSlots.back(), v);
        };
        if (auto* t = dynCast<Tuple>(clause->type)) {
          for (Expr* e : t->elts) push(eval(e));
          for (Value v : popN(t->elts.size())) keep(v);
        } else {
          Value cls = eval(clause->type);
          Constant* c = cls.constant();
          if (c && c->value.kind == load::Value::Kind::Tuple)
            for (const load::Value& item : c->value.items) keep(constant(item));
          else keep(cls);
        }
        for (size_t i = 0; i < classSlots.size(); ++i) {
          Value match = emitNoRaise(OpCode::issubtype, {state_.slots[size_t(typeSlot)],
                                                        state_.slots[size_t(classSlots[i])]},
                                    loc(clause->type));
          JoinPoint notThis;
          branch(match, matched, i + 1 < classSlots.size() ? notThis : next);
          enter(notThis);
        }
        for (int slot : classSlots) { // out of the state again on both ways on
          for (JoinPoint* j : {&matched, &next})
            for (JoinPoint::Jump& jump : j->jumps) jump.state.slots[size_t(slot)] = Value();
        }
      }
      enter(matched);
      if (clause->name) writeName(clause->name, state_.slots[size_t(valueSlot)], scope_, clause);
      caught_.push_back({typeSlot, valueSlot});
      buildBody(clause->body);
      caught_.pop_back();
      if (reachable()) {
        if (clause->name && resolve(clause->name, scope_).kind == NameRef::Kind::Slot)
          clearSlot(resolve(clause->name, scope_).slot); // `del name`, as CPython does
        clearSlot(typeSlot);
        clearSlot(valueSlot);
      }
      goTo(after);
      enter(next);
    }
    if (reachable()) { // no clause matched: on to the next handler outwards
      Value type = state_.slots[size_t(typeSlot)], value = state_.slots[size_t(valueSlot)];
      clearSlot(typeSlot);
      clearSlot(valueSlot);
      raiseValue(type, value, loc(at));
    }
  }
  enter(after);
}

// with A as a, B as b: body  ==  with A as a: with B as b: body
void GraphBuilder::buildWith(With* s, size_t index) {
  if (index == s->items.size()) return buildBody(s->body);
  WithItem* item = s->items[index];
  SourceLoc at = loc(item);
  push(eval(item->context_expr));
  int exitSlot = newHiddenSlot("with.exit");
  state_.slots[size_t(exitSlot)] = emit(OpCode::getattr, {state_.stack.back(), strConstant("__exit__")}, at);
  Value enterMethod = emit(OpCode::getattr, {state_.stack.back(), strConstant("__enter__")}, at);
  Value entered = emit(OpCode::simple_call, {enterMethod}, at);
  pop();
  if (item->optional_vars) assignTarget(item->optional_vars, entered);

  JoinPoint landing(2), after;
  landing.stackLimit = int(state_.stack.size());
  handlers_.push_back({Handler::Kind::With, &landing, {}, exitSlot, loops_.size()});
  buildWith(s, index + 1);
  handlers_.pop_back();
  if (reachable()) {
    Value none = noneConstant();
    emit(OpCode::simple_call, {state_.slots[size_t(exitSlot)], none, none, none}, at);
    clearSlot(exitSlot);
    goTo(after);
  }
  enter(landing);
  if (reachable()) {
    int typeSlot = newHiddenSlot("with.type"), valueSlot = newHiddenSlot("with.value");
    state_.slots[size_t(typeSlot)] = landing.block->inputs[0];
    state_.slots[size_t(valueSlot)] = landing.block->inputs[1];
    Value result = emit(OpCode::simple_call,
                        {state_.slots[size_t(exitSlot)], state_.slots[size_t(typeSlot)],
                         state_.slots[size_t(valueSlot)], noneConstant()},
                        at);
    Value suppress = emitNoRaise(OpCode::bool_, {result}, at);
    JoinPoint swallowed, propagate;
    branch(suppress, swallowed, propagate);
    enter(swallowed);
    clearSlot(typeSlot);
    clearSlot(valueSlot);
    clearSlot(exitSlot);
    goTo(after);
    enter(propagate);
    if (reachable()) {
      Value type = state_.slots[size_t(typeSlot)], value = state_.slots[size_t(valueSlot)];
      clearSlot(typeSlot);
      clearSlot(valueSlot);
      clearSlot(exitSlot);
      raiseValue(type, value, at);
    }
  }
  enter(after);
}

void GraphBuilder::unwindTo(size_t depth, SourceLoc at) {
  for (size_t k = handlers_.size(); k > depth && reachable(); --k) {
    Handler h = handlers_[k - 1];
    // The exit action runs outside the region it leaves: its own exceptions go further out.
    std::vector<Handler> inner(handlers_.begin() + ptrdiff_t(k - 1), handlers_.end());
    handlers_.resize(k - 1);
    if (h.kind == Handler::Kind::Finally) {
      buildBody(h.finalbody);
    } else if (h.kind == Handler::Kind::With) {
      Value none = noneConstant();
      emit(OpCode::simple_call, {state_.slots[size_t(h.exitSlot)], none, none, none}, at);
    }
    handlers_.insert(handlers_.end(), inner.begin(), inner.end());
  }
}

} // namespace kiln::flow

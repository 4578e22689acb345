// Flow graph builder: statements and loops (see builder_impl.h).
#include "flowgraph/ast_mapping.h"
#include "flowgraph/builder_impl.h"

namespace kiln::flow {

using namespace ast;

void GraphBuilder::buildBody(std::span<Stmt*> body) {
  for (Stmt* s : body) {
    if (!reachable()) return; // code after return/raise/break/continue is dead
    buildStatement(s);
  }
}

void GraphBuilder::buildStatement(Stmt* s) {
  switch (s->kind) {
  case NodeKind::ExprStmt: eval(cast<ExprStmt>(s)->value); return;
  case NodeKind::Assign: return buildAssign(cast<Assign>(s));
  case NodeKind::AugAssign: return buildAugAssign(cast<AugAssign>(s));
  case NodeKind::AnnAssign: {
    auto* a = cast<AnnAssign>(s);
    if (a->value) assignTarget(a->target, eval(a->value));
    return;
  }
  case NodeKind::If: return buildIf(cast<If>(s));
  case NodeKind::While: return buildWhile(cast<While>(s));
  case NodeKind::For: return buildFor(cast<For>(s));
  case NodeKind::Return: return buildReturn(cast<Return>(s));
  case NodeKind::Break: return buildBreakOrContinue(s, true);
  case NodeKind::Continue: return buildBreakOrContinue(s, false);
  case NodeKind::Pass: return;
  case NodeKind::Assert: return buildAssert(cast<Assert>(s));
  case NodeKind::Raise: return buildRaise(cast<Raise>(s));
  case NodeKind::Try: {
    auto* t = cast<Try>(s);
    return buildTry(t->body, t->handlers, t->orelse, t->finalbody, s);
  }
  case NodeKind::With: return buildWith(cast<With>(s), 0);
  case NodeKind::Delete:
    for (Expr* target : cast<Delete>(s)->targets) deleteTarget(target);
    return;
  case NodeKind::FunctionDef: {
    auto* f = cast<FunctionDef>(s);
    return buildNestedDef(s, f->name, f->decorator_list);
  }
  case NodeKind::Global:
  case NodeKind::Nonlocal: return; // declarations: the scope analysis used them
  case NodeKind::AsyncFunctionDef:
  case NodeKind::AsyncFor:
  case NodeKind::AsyncWith: fail(DiagId::flow_async, s, {"async code"});
  case NodeKind::TryStar: fail(DiagId::flow_unsupported, s, {"'except*' (exception groups)", "run-time code"});
  case NodeKind::ClassDef: fail(DiagId::flow_class_at_run_time, s, {std::string(cast<ClassDef>(s)->name.str())});
  case NodeKind::Import:
  case NodeKind::ImportFrom: fail(DiagId::flow_import_at_run_time, s);
  case NodeKind::Match: fail(DiagId::flow_unsupported, s, {"a 'match' statement", "run-time code"});
  default: fail(DiagId::flow_unsupported, s, {std::string(pythonName(s->kind)), "this statement"});
  }
}

// -- Assignment --------------------------------------------------------------------------------------

void GraphBuilder::buildAssign(Assign* s) {
  // a, b = x, y (including a, b = b, a): every value first, then the targets, no tuple.
  if (s->targets.size() == 1) {
    std::span<Expr*> targets, values;
    if (auto* t = dynCast<Tuple>(s->targets[0])) targets = t->elts;
    if (auto* t = dynCast<List>(s->targets[0])) targets = t->elts;
    if (auto* v = dynCast<Tuple>(s->value)) values = v->elts;
    if (auto* v = dynCast<List>(s->value)) values = v->elts;
    bool plain = !targets.empty() && targets.size() == values.size();
    for (size_t i = 0; plain && i < targets.size(); ++i)
      plain = !isa<Starred>(targets[i]) && !isa<Starred>(values[i]);
    if (plain) {
      for (Expr* v : values) push(eval(v));
      std::vector<Value> items = popN(values.size());
      for (size_t i = 0; i < targets.size(); ++i) {
        for (size_t j = i + 1; j < items.size(); ++j) push(items[j]);
        assignTarget(targets[i], items[i]);
        std::vector<Value> rest = popN(items.size() - i - 1);
        std::copy(rest.begin(), rest.end(), items.begin() + ptrdiff_t(i) + 1);
      }
      return;
    }
  }
  Value v = eval(s->value);
  if (s->targets.size() == 1) return assignTarget(s->targets.front(), v);
  push(v); // `a = b = v`: each target in order, the value kept in the state
  for (Expr* target : s->targets) {
    Value current = state_.stack.back();
    assignTarget(target, current);
  }
  pop();
}

void GraphBuilder::assignTarget(Expr* target, Value v) {
  switch (target->kind) {
  case NodeKind::Name: return writeName(cast<Name>(target)->id, v, scope_, target);
  case NodeKind::Attribute: {
    auto* a = cast<Attribute>(target);
    push(v);
    push(eval(a->value));
    std::vector<Value> ops = popN(2);
    emit(OpCode::setattr, {ops[1], strConstant(a->attr.str()), ops[0]}, loc(target));
    return;
  }
  case NodeKind::Subscript: {
    auto* s = cast<Subscript>(target);
    push(v);
    push(eval(s->value));
    if (auto* slice = dynCast<Slice>(s->slice)) {
      push(evalSliceBound(slice->lower));
      push(evalSliceBound(slice->upper));
      push(evalSliceBound(slice->step));
      std::vector<Value> ops = popN(5);
      emit(OpCode::setslice, {ops[1], ops[2], ops[3], ops[4], ops[0]}, loc(target));
      return;
    }
    push(eval(s->slice));
    std::vector<Value> ops = popN(3);
    emit(OpCode::setitem, {ops[1], ops[2], ops[0]}, loc(target));
    return;
  }
  case NodeKind::Tuple:
  case NodeKind::List: {
    std::span<Expr*> elts = isa<Tuple>(target) ? cast<Tuple>(target)->elts : cast<List>(target)->elts;
    size_t starred = elts.size();
    for (size_t i = 0; i < elts.size(); ++i)
      if (isa<Starred>(elts[i])) {
        if (starred != elts.size()) fail(DiagId::flow_unsupported, elts[i], {"two starred targets", "this assignment"});
        starred = i;
      }
    push(v);
    if (starred == elts.size()) {
      emit(OpCode::unpack_check, {state_.stack.back(), constant(intValue(int64_t(elts.size())))}, loc(target));
      for (size_t i = 0; i < elts.size(); ++i) {
        Value item = emit(OpCode::getitem, {state_.stack.back(), constant(intValue(int64_t(i)))}, loc(elts[i]));
        assignTarget(elts[i], item);
      }
    } else {
      // a, *b, c = seq: the middle is a slice (a list).
      int64_t after = int64_t(elts.size() - starred - 1);
      for (size_t i = 0; i < elts.size(); ++i) {
        Value seq = state_.stack.back();
        Value item;
        if (i < starred) {
          item = emit(OpCode::getitem, {seq, constant(intValue(int64_t(i)))}, loc(elts[i]));
        } else if (i == starred) {
          Value stop = after ? constant(intValue(-after)) : noneConstant();
          Value slice = emit(OpCode::getslice, {seq, constant(intValue(int64_t(starred))), stop, noneConstant()}, loc(elts[i]));
          item = emit(OpCode::simple_call, {constant(refValue(fc_.builtin("list"))), slice}, loc(elts[i]));
          assignTarget(cast<Starred>(elts[i])->value, item);
          continue;
        } else {
          item = emit(OpCode::getitem, {seq, constant(intValue(int64_t(i) - int64_t(elts.size())))}, loc(elts[i]));
        }
        assignTarget(elts[i], item);
      }
    }
    pop();
    return;
  }
  case NodeKind::Starred: fail(DiagId::flow_unsupported, target, {"a starred assignment target", "this assignment"});
  default: fail(DiagId::flow_unsupported, target, {std::string(pythonName(target->kind)), "an assignment target"});
  }
}

void GraphBuilder::buildAugAssign(AugAssign* s) {
  OpCode op = inplaceOpFor(s->op);
  switch (s->target->kind) {
  case NodeKind::Name: {
    Symbol name = cast<Name>(s->target)->id;
    push(readName(name, scope_, s->target));
    push(eval(s->value));
    std::vector<Value> ops = popN(2);
    writeName(name, emit(op, ops, loc(s)), scope_, s->target);
    return;
  }
  case NodeKind::Attribute: {
    // The object stays on the stack until the setattr: the in-place op may end the block.
    auto* a = cast<Attribute>(s->target);
    push(eval(a->value));
    push(emit(OpCode::getattr, {state_.stack.back(), strConstant(a->attr.str())}, loc(s->target)));
    push(eval(s->value));
    std::vector<Value> operands = popN(2);
    Value updated = emit(op, operands, loc(s));
    emit(OpCode::setattr, {pop(), strConstant(a->attr.str()), updated}, loc(s->target));
    return;
  }
  case NodeKind::Subscript: {
    auto* sub = cast<Subscript>(s->target);
    if (isa<Slice>(sub->slice)) fail(DiagId::flow_unsupported, s, {"augmented assignment to a slice", "this statement"});
    push(eval(sub->value));
    push(eval(sub->slice));
    push(emit(OpCode::getitem, {state_.stack[state_.stack.size() - 2], state_.stack.back()}, loc(s->target)));
    push(eval(s->value));
    std::vector<Value> operands = popN(2);
    Value updated = emit(op, operands, loc(s));
    std::vector<Value> target = popN(2);
    emit(OpCode::setitem, {target[0], target[1], updated}, loc(s->target));
    return;
  }
  default: fail(DiagId::flow_unsupported, s->target, {std::string(pythonName(s->target->kind)), "augmented assignment"});
  }
}

void GraphBuilder::deleteTarget(Expr* target) {
  switch (target->kind) {
  case NodeKind::Name: return deleteName(cast<Name>(target)->id, scope_, target);
  case NodeKind::Attribute: {
    auto* a = cast<Attribute>(target);
    emit(OpCode::delattr, {eval(a->value), strConstant(a->attr.str())}, loc(target));
    return;
  }
  case NodeKind::Subscript: {
    auto* s = cast<Subscript>(target);
    push(eval(s->value));
    if (auto* slice = dynCast<Slice>(s->slice)) {
      push(evalSliceBound(slice->lower));
      push(evalSliceBound(slice->upper));
      push(evalSliceBound(slice->step));
      std::vector<Value> ops = popN(4);
      emit(OpCode::delslice, ops, loc(target));
      return;
    }
    push(eval(s->slice));
    emit(OpCode::delitem, popN(2), loc(target));
    return;
  }
  case NodeKind::Tuple:
    for (Expr* e : cast<Tuple>(target)->elts) deleteTarget(e);
    return;
  case NodeKind::List:
    for (Expr* e : cast<List>(target)->elts) deleteTarget(e);
    return;
  default: fail(DiagId::flow_unsupported, target, {std::string(pythonName(target->kind)), "a del target"});
  }
}

// -- Control flow --------------------------------------------------------------------------------------

void GraphBuilder::buildIf(If* s) {
  JoinPoint then, otherwise, after;
  branchOn(s->test, then, otherwise);
  enter(then);
  buildBody(s->body);
  goTo(after);
  enter(otherwise);
  buildBody(s->orelse);
  goTo(after);
  enter(after);
}

void GraphBuilder::buildWhile(While* s) {
  JoinPoint header, body, exit, after;
  bindUnassignedLocals();
  createEarly(header);
  markUnboundByLoop(header, s->body);
  goTo(header);
  enter(header);
  header.block->loc = loc(s);
  branchOn(s->test, body, exit);
  enter(body);
  loops_.push_back({&after, &header, handlers_.size()});
  buildBody(s->body);
  loops_.pop_back();
  goTo(header);
  enter(exit);
  buildBody(s->orelse);
  goTo(after);
  enter(after);
}

// for x in range(...) with a constant step: an integer loop, no iterator object.
bool GraphBuilder::buildRangeFor(For* s) {
  auto* call = dynCast<Call>(s->iter);
  if (!call || !call->keywords.empty() || call->args.empty() || call->args.size() > 3) return false;
  auto* fn = dynCast<Name>(call->func);
  if (!fn) return false;
  NameRef ref = resolve(fn->id, scope_);
  if (ref.kind != NameRef::Kind::Constant || !ref.constant.isRef()) return false;
  auto* cls = load::dynCast<load::Class>(ref.constant.ref);
  if (!cls || !cls->builtin || cls->qualname.str() != "range") return false;
  for (Expr* a : call->args)
    if (isa<Starred>(a)) return false;
  int64_t step = 1;
  if (call->args.size() == 3) {
    auto* c = dynCast<ast::Constant>(call->args[2]);
    const UnaryOp* neg = dynCast<UnaryOp>(call->args[2]);
    if (c && c->value.kind == ConstantValue::Kind::Int) step = c->value.intValue;
    else if (neg && neg->op == UnaryOpKind::USub && isa<ast::Constant>(neg->operand) &&
             cast<ast::Constant>(neg->operand)->value.kind == ConstantValue::Kind::Int)
      step = -cast<ast::Constant>(neg->operand)->value.intValue;
    else return false; // a step known only at run time: iterate a range object
    if (step == 0) return false; // range() raises ValueError: let it
  }
  int counter = newHiddenSlot("range.i");
  int stop = newHiddenSlot("range.stop");
  if (call->args.size() == 1) {
    // The implicit start comes from the range() call (diagnostics point there, not at "a
    // value made when the program was loaded").
    state_.slots[size_t(counter)] = graph_->newConstant(intValue(0), call->range.begin);
    state_.slots[size_t(stop)] = eval(call->args[0]);
  } else {
    push(eval(call->args[0]));
    Value end = eval(call->args[1]);
    state_.slots[size_t(stop)] = end;
    state_.slots[size_t(counter)] = pop();
  }
  JoinPoint header, body, exit, after;
  bindUnassignedLocals();
  createEarly(header);
  markUnboundByLoop(header, s->body);
  goTo(header);
  enter(header);
  header.block->loc = loc(s);
  Value i = state_.slots[size_t(counter)];
  Value more = emitNoRaise(step > 0 ? OpCode::lt : OpCode::gt, {i, state_.slots[size_t(stop)]}, loc(s->iter));
  branch(more, body, exit);
  enter(body);
  i = state_.slots[size_t(counter)];
  state_.slots[size_t(counter)] = emitNoRaise(OpCode::add, {i, constant(intValue(step))}, loc(s->iter));
  assignTarget(s->target, i);
  loops_.push_back({&after, &header, handlers_.size()});
  buildBody(s->body);
  loops_.pop_back();
  goTo(header);
  enter(exit);
  clearSlot(counter);
  clearSlot(stop);
  buildBody(s->orelse);
  goTo(after);
  enter(after);
  if (reachable()) clearSlot(counter), clearSlot(stop);
  return true;
}

// The items of a constant kiln.unroll.unrolling_iterable, if `v` is one.
static std::optional<std::span<load::Value>> unrolledItems(Value v) {
  Constant* c = v.constant();
  auto* inst = c && c->value.isRef() ? load::dynCast<load::Instance>(c->value.ref) : nullptr;
  if (!inst || inst->cls->qualname.str() != "unrolling_iterable" || !inst->cls->module ||
      inst->cls->module->name.str() != "kiln.unroll")
    return std::nullopt;
  for (load::NamedValue& a : inst->attrs)
    if (a.name.str() == "items" && a.value.kind == load::Value::Kind::Tuple) return a.value.items;
  return std::nullopt;
}

// `for x in U` over a constant unrolling_iterable: the body once per item, with the item as a
// constant (RPython's loop unrolling); `continue` goes on with the next copy, `break` leaves.
void GraphBuilder::buildUnrolledFor(For* s, std::span<load::Value> items) {
  JoinPoint after;
  for (const load::Value& item : items) {
    if (!reachable()) break;
    JoinPoint next;
    assignTarget(s->target, constant(item));
    loops_.push_back({&after, &next, handlers_.size()});
    buildBody(s->body);
    loops_.pop_back();
    goTo(next);
    enter(next);
  }
  buildBody(s->orelse);
  goTo(after);
  enter(after);
}

void GraphBuilder::buildFor(For* s) {
  if (buildRangeFor(s)) return;
  Value iterable = eval(s->iter);
  if (std::optional<std::span<load::Value>> items = unrolledItems(iterable)) return buildUnrolledFor(s, *items);
  int iterator = newHiddenSlot("for.iter");
  state_.slots[size_t(iterator)] = emit(OpCode::iter, {iterable}, loc(s->iter));
  JoinPoint header, exit, after;
  bindUnassignedLocals();
  createEarly(header);
  markUnboundByLoop(header, s->body);
  goTo(header);
  enter(header);
  header.block->loc = loc(s);
  // next() ends the block: StopIteration leaves the loop, other exceptions go to handlers.
  Value item = emitWithTargets(OpCode::next, {state_.slots[size_t(iterator)]}, loc(s->iter),
                               {{refValue(fc_.builtin("StopIteration")), &exit}});
  assignTarget(s->target, item);
  loops_.push_back({&after, &header, handlers_.size()});
  buildBody(s->body);
  loops_.pop_back();
  goTo(header);
  enter(exit);
  clearSlot(iterator);
  buildBody(s->orelse);
  goTo(after);
  enter(after);
  if (reachable()) clearSlot(iterator);
}

void GraphBuilder::buildBreakOrContinue(Stmt* s, bool isBreak) {
  if (loops_.empty()) fail(DiagId::flow_unsupported, s, {isBreak ? "'break'" : "'continue'", "outside a loop"});
  Loop loop = loops_.back();
  unwindTo(loop.handlerDepth, loc(s));
  goTo(isBreak ? *loop.breakTo : *loop.continueTo);
}

void GraphBuilder::buildReturn(Return* s) {
  if (graph_->isGenerator && s->value)
    fail(DiagId::flow_unsupported, s, {"'return' with a value", "a generator"});
  Value v = s->value ? eval(s->value) : noneConstant();
  if (!handlers_.empty()) {
    // The value survives the finally bodies in a hidden slot.
    int slot = newHiddenSlot("return");
    state_.slots[size_t(slot)] = v;
    unwindTo(0, loc(s));
    if (!reachable()) return;
    v = state_.slots[size_t(slot)];
  }
  linkToReturn(v);
}

void GraphBuilder::buildAssert(Assert* s) {
  JoinPoint ok, failed;
  branchOn(s->test, ok, failed);
  enter(failed);
  Value error = s->msg ? emit(OpCode::simple_call, {constant(refValue(fc_.builtin("AssertionError"))), eval(s->msg)}, loc(s))
                       : emit(OpCode::simple_call, {constant(refValue(fc_.builtin("AssertionError")))}, loc(s));
  raiseValue(constant(refValue(fc_.builtin("AssertionError"))), error, loc(s));
  enter(ok);
}

void GraphBuilder::buildNestedDef(Node* def, Symbol name, std::span<Expr*> decorators) {
  auto* f = cast<FunctionDef>(def);
  for (Expr* d : decorators) push(eval(d));
  Value fn = makeFunction(def, f->args->defaults, f->args->kw_defaults, loc(def));
  for (size_t i = decorators.size(); i-- > 0;) {
    Value decorator = state_.stack[state_.stack.size() - decorators.size() + i];
    fn = emit(OpCode::simple_call, {decorator, fn}, loc(decorators[i]));
  }
  popN(decorators.size());
  writeName(name, fn, scope_, def);
}

} // namespace kiln::flow

// Flow graph builder: expressions (see builder_impl.h for the operand-stack discipline).
#include "flowgraph/ast_mapping.h"
#include "flowgraph/builder_impl.h"

namespace kiln::flow {

using namespace ast;

namespace {

load::Value constantOf(const ConstantValue& c, Arena& arena) {
  load::Value v;
  using K = ConstantValue::Kind;
  switch (c.kind) {
  case K::None: break;
  case K::True: v.kind = load::Value::Kind::Bool, v.boolValue = true; break;
  case K::False: v.kind = load::Value::Kind::Bool, v.boolValue = false; break;
  case K::Ellipsis: v.kind = load::Value::Kind::Ellipsis; break;
  case K::Int: v.kind = load::Value::Kind::Int, v.intValue = c.intValue; break;
  case K::BigInt: v.kind = load::Value::Kind::BigInt, v.text = c.text; break;
  case K::Float: v.kind = load::Value::Kind::Float, v.floatValue = c.floatValue; break;
  case K::Imaginary: v.kind = load::Value::Kind::Complex, v.imagValue = c.floatValue; break;
  case K::Str: v.kind = load::Value::Kind::Str, v.text = c.text; break;
  case K::Bytes: v.kind = load::Value::Kind::Bytes, v.text = c.text; break;
  }
  (void)arena;
  return v;
}

// The load-time object a constant refers to, if any.
load::Object* objectOf(Value v) {
  Constant* c = v.constant();
  return c && c->value.isRef() ? c->value.ref : nullptr;
}

bool isBuiltinNamed(Value v, std::string_view name) {
  load::Object* o = objectOf(v);
  if (auto* b = load::dynCast<load::Builtin>(o)) return b->name.str() == name;
  if (auto* c = load::dynCast<load::Class>(o)) return c->builtin && c->qualname.str() == name;
  return false;
}

} // namespace

Value GraphBuilder::evalTruth(Expr* e) {
  Value v = eval(e);
  if (!reachable()) return constant(boolValue(false));
  return emit(OpCode::bool_, {v}, loc(e));
}

// A condition's `a and b` / `a or b` / `not a` jumps straight to the two targets, as CPython compiles
// it: the operands' values are never joined (they may have different types, as in `while
// stack or node is not None`), and what each test proves (isinstance, `is None`) holds on the
// paths it leads to (`if not isinstance(a, C) or ...: raise` narrows a after the if).
void GraphBuilder::branchOn(Expr* e, JoinPoint& ifTrue, JoinPoint& ifFalse) {
  if (auto* u = dynCast<UnaryOp>(e); u && u->op == UnaryOpKind::Not) return branchOn(u->operand, ifFalse, ifTrue);
  auto* b = dynCast<BoolOp>(e);
  if (!b) {
    Value test = evalTruth(e);
    branch(test, ifTrue, ifFalse);
    return;
  }
  bool isAnd = b->op == BoolOpKind::And;
  for (size_t i = 0; i + 1 < b->values.size(); ++i) {
    JoinPoint more;
    branchOn(b->values[i], isAnd ? more : ifTrue, isAnd ? ifFalse : more);
    enter(more);
  }
  branchOn(b->values.back(), ifTrue, ifFalse);
}

Value GraphBuilder::eval(Expr* e) {
  if (!reachable()) return noneConstant();
  // Constants made while building e come from e (innermost expression wins).
  struct RestoreLoc {
    SourceLoc& slot;
    SourceLoc saved;
    ~RestoreLoc() { slot = saved; }
  } restore{constLoc_, constLoc_};
  constLoc_ = e->range.begin;
  Where at = loc(e);
  switch (e->kind) {
  case NodeKind::Constant: return constant(constantOf(cast<ast::Constant>(e)->value, fc_.ctx.arena));
  case NodeKind::Name: return readName(cast<Name>(e)->id, scope_, e);
  case NodeKind::BinOp: {
    auto* b = cast<BinOp>(e);
    push(eval(b->left));
    push(eval(b->right));
    return emit(binaryOpFor(b->op), popN(2), at);
  }
  case NodeKind::UnaryOp: {
    auto* u = cast<UnaryOp>(e);
    return emit(unaryOpFor(u->op), {eval(u->operand)}, at);
  }
  case NodeKind::BoolOp: return evalBoolOp(cast<BoolOp>(e));
  case NodeKind::Compare: return evalCompare(cast<Compare>(e));
  case NodeKind::IfExp: return evalIfExp(cast<IfExp>(e));
  case NodeKind::Call: return evalCall(cast<Call>(e));
  case NodeKind::Attribute: {
    auto* a = cast<Attribute>(e);
    return emit(OpCode::getattr, {eval(a->value), strConstant(a->attr.str())}, at);
  }
  case NodeKind::Subscript: return evalSubscript(cast<Subscript>(e));
  case NodeKind::Tuple:
  case NodeKind::List:
  case NodeKind::Set:
  case NodeKind::Dict: return evalDisplay(e);
  case NodeKind::ListComp:
  case NodeKind::SetComp:
  case NodeKind::DictComp: return evalComprehension(e);
  case NodeKind::GeneratorExp:
  case NodeKind::Lambda: return evalLambdaOrGenexp(e);
  case NodeKind::JoinedStr: return evalJoinedStr(cast<JoinedStr>(e));
  case NodeKind::NamedExpr: return evalNamedExpr(cast<NamedExpr>(e));
  case NodeKind::Slice: {
    auto* s = cast<Slice>(e);
    push(evalSliceBound(s->lower));
    push(evalSliceBound(s->upper));
    push(evalSliceBound(s->step));
    return emit(OpCode::newslice, popN(3), at);
  }
  case NodeKind::Yield: {
    auto* y = cast<Yield>(e);
    Value v = y->value ? eval(y->value) : noneConstant();
    return emitNoRaise(OpCode::yield_, {v}, at);
  }
  case NodeKind::YieldFrom: fail(DiagId::flow_unsupported, e, {"'yield from'", "run-time code"});
  case NodeKind::Await: fail(DiagId::flow_async, e, {"'await'"});
  case NodeKind::Starred: fail(DiagId::flow_unsupported, e, {"a starred expression", "this position"});
  default: fail(DiagId::flow_unsupported, e, {std::string(pythonName(e->kind)), "run-time code"});
  }
}

Value GraphBuilder::evalSliceBound(Expr* e) { return e ? eval(e) : noneConstant(); }

// x and y / x or y: the value of the last operand evaluated; short-circuits on the truth of each.
Value GraphBuilder::evalBoolOp(BoolOp* e) {
  int result = newHiddenSlot("boolop");
  JoinPoint done;
  bool isAnd = e->op == BoolOpKind::And;
  for (size_t i = 0; i < e->values.size(); ++i) {
    Value v = eval(e->values[i]);
    state_.slots[size_t(result)] = v;
    if (i + 1 == e->values.size()) break;
    Value truth = emit(OpCode::bool_, {v}, loc(e->values[i]));
    JoinPoint more;
    if (isAnd) branch(truth, more, done);
    else branch(truth, done, more);
    enter(more);
  }
  goTo(done);
  enter(done);
  Value v = reachable() ? state_.slots[size_t(result)] : noneConstant();
  clearSlot(result);
  return v;
}

// a < b < c: (a < b) and (b < c), with b evaluated once; the value of the last comparison made.
Value GraphBuilder::evalCompare(Compare* e) {
  auto compare = [&](CmpOp op, Value left, Value right, SourceLoc at) {
    bool negate = false;
    OpCode code = compareOpFor(op, negate);
    Value v = code == OpCode::contains ? emit(code, {right, left}, at) : emit(code, {left, right}, at);
    return negate ? emit(OpCode::not_, {v}, at) : v;
  };
  if (e->ops.size() == 1) {
    push(eval(e->left));
    push(eval(e->comparators[0]));
    std::vector<Value> ops = popN(2);
    return compare(e->ops[0], ops[0], ops[1], loc(e));
  }
  int result = newHiddenSlot("compare");
  JoinPoint done;
  push(eval(e->left));
  for (size_t i = 0; i < e->ops.size(); ++i) {
    push(eval(e->comparators[i]));
    std::vector<Value> ops = popN(2);
    push(ops[1]); // the right operand is the next comparison's left one
    Value v = compare(e->ops[i], ops[0], ops[1], loc(e->comparators[i]));
    state_.slots[size_t(result)] = v;
    if (i + 1 == e->ops.size()) break;
    Value truth = emit(OpCode::bool_, {v}, loc(e));
    JoinPoint more;
    branch(truth, more, done);
    enter(more);
  }
  goTo(done);
  enter(done);
  if (reachable()) pop();
  Value v = reachable() ? state_.slots[size_t(result)] : noneConstant();
  clearSlot(result);
  return v;
}

Value GraphBuilder::evalIfExp(IfExp* e) {
  int result = newHiddenSlot("ifexp");
  JoinPoint yes, no, done;
  branchOn(e->test, yes, no);
  enter(yes);
  state_.slots[size_t(result)] = eval(e->body);
  goTo(done);
  enter(no);
  state_.slots[size_t(result)] = eval(e->orelse);
  goTo(done);
  enter(done);
  Value v = reachable() ? state_.slots[size_t(result)] : noneConstant();
  clearSlot(result);
  return v;
}

Value GraphBuilder::evalNamedExpr(NamedExpr* e) {
  Value v = eval(e->value);
  writeName(cast<Name>(e->target)->id, v, scope_, e->target);
  return v;
}

Value GraphBuilder::evalSubscript(Subscript* e) {
  push(eval(e->value));
  if (auto* s = dynCast<Slice>(e->slice)) {
    push(evalSliceBound(s->lower));
    push(evalSliceBound(s->upper));
    push(evalSliceBound(s->step));
    return emit(OpCode::getslice, popN(4), loc(e));
  }
  push(eval(e->slice));
  return emit(OpCode::getitem, popN(2), loc(e));
}

// Tuple, list, set and dict displays, including starred items and ** unpacking.
Value GraphBuilder::evalDisplay(Expr* e) {
  SourceLoc at = loc(e);
  if (auto* d = dynCast<Dict>(e)) {
    bool unpack = false;
    for (Expr* k : d->keys) unpack |= k == nullptr;
    if (!unpack) {
      for (size_t i = 0; i < d->keys.size(); ++i) {
        push(eval(d->keys[i]));
        push(eval(d->values[i]));
      }
      return emit(OpCode::newdict, popN(2 * d->keys.size()), at);
    }
    push(emit(OpCode::newdict, {}, at));
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (!d->keys[i]) {
        Value update = emit(OpCode::getattr, {state_.stack.back(), strConstant("update")}, at);
        push(update);
        Value other = eval(d->values[i]);
        Value method = pop();
        emit(OpCode::simple_call, {method, other}, at);
        continue;
      }
      push(eval(d->keys[i]));
      push(eval(d->values[i]));
      std::vector<Value> kv = popN(2);
      emit(OpCode::setitem, {state_.stack.back(), kv[0], kv[1]}, at);
    }
    return pop();
  }
  std::span<Expr*> elts = isa<Tuple>(e) ? cast<Tuple>(e)->elts
                          : isa<List>(e) ? cast<List>(e)->elts
                                         : cast<Set>(e)->elts;
  OpCode make = isa<Tuple>(e) ? OpCode::newtuple : isa<List>(e) ? OpCode::newlist : OpCode::newset;
  bool starred = false;
  for (Expr* x : elts) starred |= isa<Starred>(x);
  if (!starred) {
    for (Expr* x : elts) push(eval(x));
    return emit(make, popN(elts.size()), at);
  }
  // [a, *b, c]: build a list (or set) step by step; a tuple is made from the list at the end.
  push(emit(make == OpCode::newset ? OpCode::newset : OpCode::newlist, {}, at));
  for (Expr* x : elts) {
    bool spread = isa<Starred>(x);
    const char* method = make == OpCode::newset ? (spread ? "update" : "add") : (spread ? "extend" : "append");
    push(emit(OpCode::getattr, {state_.stack.back(), strConstant(method)}, loc(x)));
    Value item = eval(spread ? cast<Starred>(x)->value : x);
    Value bound = pop();
    emit(OpCode::simple_call, {bound, item}, loc(x));
  }
  Value built = pop();
  if (make == OpCode::newtuple)
    return emit(OpCode::simple_call, {constant(refValue(fc_.builtin("tuple"))), built}, at);
  return built;
}

Value GraphBuilder::evalJoinedStr(JoinedStr* e) {
  for (Expr* piece : e->values) {
    if (auto* c = dynCast<ast::Constant>(piece)) {
      push(constant(constantOf(c->value, fc_.ctx.arena)));
      continue;
    }
    auto* f = cast<FormattedValue>(piece);
    Value v = eval(f->value);
    SourceLoc at = loc(f);
    switch (f->conversion) {
    case 's': v = emit(OpCode::str, {v}, at); break;
    case 'r': v = emit(OpCode::repr, {v}, at); break;
    case 'a': v = emit(OpCode::ascii, {v}, at); break;
    default: break;
    }
    if (f->format_spec) {
      push(v);
      Value spec = eval(f->format_spec);
      v = emit(OpCode::format, {pop(), spec}, at);
    } else if (f->conversion == -1) {
      v = emit(OpCode::format, {v, strConstant("")}, at);
    }
    push(v);
  }
  if (e->values.empty()) return strConstant("");
  return emit(OpCode::buildstr, popN(e->values.size()), loc(e));
}

// -- Calls ------------------------------------------------------------------------------------------

// Calls the flow graph represents by dedicated operations, and builtins that cannot run at run
// time. `handled` tells whether the call was one of them.
Value GraphBuilder::evalSpecialCall(Call* e, Value callee, bool& handled) {
  handled = false;
  for (const char* name : {"eval", "exec", "compile", "globals", "locals", "vars", "__import__", "breakpoint", "input"}) {
    if (isBuiltinNamed(callee, name) && std::string_view(name) != "input")
      fail(DiagId::flow_load_time_builtin, e, {name});
  }
  bool simple = e->keywords.empty();
  for (Expr* a : e->args) simple &= !isa<Starred>(a);
  if (simple && e->args.size() == 2 && isBuiltinNamed(callee, "isinstance")) {
    handled = true;
    push(eval(e->args[0]));
    push(eval(e->args[1]));
    return emit(OpCode::isinstance, popN(2), loc(e));
  }
  if (simple && e->args.size() == 1 && isBuiltinNamed(callee, "type")) {
    handled = true;
    return emit(OpCode::type, {eval(e->args[0])}, loc(e));
  }
  // ovfcheck(a + b): the arithmetic and the check stay in one block (no exception edge between
  // them inside `try`), so the rtyper lowers the pair to one overflow-checking operation (the
  // *_ovf form, deferred to the call). The operators are those whose int result can leave the
  // machine range: + - * << ** and unary -, and // (only -maxint-1 // -1); % cannot, but is
  // kept with its check all the same. The exceptions the operation raises besides
  // OverflowError (ZeroDivisionError; ValueError for a negative exponent) leave by the call's
  // exception links, which go where the operation's own would have gone.
  if (simple && e->args.size() == 1 && isBuiltinNamed(callee, "kiln.rarithmetic.ovfcheck")) {
    Expr* arg = e->args[0];
    auto* bin = dynCast<BinOp>(arg);
    auto* un = dynCast<UnaryOp>(arg);
    auto staysWithCheck = [](Operator op) {
      return op == Operator::Add || op == Operator::Sub || op == Operator::Mult ||
             op == Operator::LShift || op == Operator::Pow || op == Operator::FloorDiv ||
             op == Operator::Mod;
    };
    if ((bin && staysWithCheck(bin->op)) || (un && un->op == UnaryOpKind::USub)) {
      handled = true;
      push(callee);
      Value checked;
      if (bin) {
        push(eval(bin->left));
        push(eval(bin->right));
        checked = emitNoRaise(binaryOpFor(bin->op), popN(2), loc(arg));
      } else {
        checked = emitNoRaise(unaryOpFor(un->op), {eval(un->operand)}, loc(arg));
      }
      Value fn = pop();
      return emit(OpCode::simple_call, {fn, checked}, loc(e));
    }
  }
  if (isBuiltinNamed(callee, "kiln.jit.hint") && e->args.size() == 1) {
    handled = true;
    push(eval(e->args[0]));
    std::vector<Value> args = popN(1);
    for (Keyword* k : e->keywords) {
      if (!k->arg) fail(DiagId::flow_unsupported, k, {"'**' arguments", "kiln.jit.hint()"});
      args.push_back(strConstant(k->arg.str()));
      Value v = eval(k->value);
      if (!v.isConstant()) fail(DiagId::flow_hint_not_constant, k->value, {std::string(k->arg.str())});
      args.push_back(v);
    }
    return emit(OpCode::hint, args, loc(e));
  }
  // driver.jit_merge_point(...) / driver.can_enter_jit(...) on a prebuilt JitDriver.
  auto* attr = dynCast<Attribute>(e->func);
  if (!attr || (attr->attr.str() != "jit_merge_point" && attr->attr.str() != "can_enter_jit")) return Value();
  Value driver = eval(attr->value);
  auto* instance = load::dynCast<load::Instance>(objectOf(driver));
  bool isDriver = false;
  if (instance)
    for (load::Class* c : instance->cls->mro)
      isDriver |= c->qualname.str() == "JitDriver" && c->module && c->module->name.str() == "kiln.jit";
  if (!isDriver) return Value();
  handled = true;
  std::vector<Symbol> order; // greens, then reds
  for (const load::NamedValue& a : instance->attrs) {
    if (a.name.str() != "greens" && a.name.str() != "reds") continue;
    if (auto* list = a.value.isRef() ? load::dynCast<load::List>(a.value.ref) : nullptr)
      for (const load::Value& item : list->items)
        if (item.kind == load::Value::Kind::Str) order.push_back(fc_.intern(item.text));
  }
  if (!e->args.empty()) fail(DiagId::flow_jit_merge_point_args, e, {std::string(attr->attr.str())});
  std::vector<Value> args = {driver};
  for (Symbol name : order) {
    Keyword* found = nullptr;
    for (Keyword* k : e->keywords) found = k->arg == name ? k : found;
    if (!found) fail(DiagId::flow_jit_merge_point_missing, e, {std::string(attr->attr.str()), std::string(name.str())});
    push(eval(found->value));
  }
  for (Keyword* k : e->keywords)
    if (std::find(order.begin(), order.end(), k->arg) == order.end())
      fail(DiagId::flow_jit_merge_point_extra, k, {std::string(attr->attr.str()), k->arg ? std::string(k->arg.str()) : "**"});
  for (Value v : popN(order.size())) args.push_back(v);
  return emit(attr->attr.str() == "jit_merge_point" ? OpCode::jit_merge_point : OpCode::can_enter_jit, args, loc(e));
}

Value GraphBuilder::evalCall(Call* e) {
  SourceLoc at = loc(e);
  // The callee is evaluated first, unless it is a method of a JitDriver (handled whole).
  Value callee;
  if (!isa<Attribute>(e->func)) callee = eval(e->func);
  bool handled = false;
  Value special = evalSpecialCall(e, callee, handled);
  if (handled) return special;
  if (callee.isNull()) callee = eval(e->func);

  push(callee);
  size_t count = 1;
  std::string shape;
  size_t positional = 0;
  bool star = false, starstar = false;
  for (Expr* a : e->args) {
    if (auto* s = dynCast<Starred>(a)) {
      if (star) fail(DiagId::flow_call_shape, a, {"at most one *args argument"});
      star = true;
      push(eval(s->value));
    } else {
      if (star) fail(DiagId::flow_call_shape, a, {"positional arguments before *args"});
      push(eval(a));
      ++positional;
    }
    ++count;
  }
  std::string keywords;
  for (Keyword* k : e->keywords) {
    if (!k->arg) {
      if (starstar) fail(DiagId::flow_call_shape, k, {"at most one **kwargs argument"});
      starstar = true;
      push(eval(k->value));
      ++count;
      continue;
    }
    if (starstar) fail(DiagId::flow_call_shape, k, {"keyword arguments before **kwargs"});
    keywords += " " + std::string(k->arg.str());
    push(eval(k->value));
    ++count;
  }
  std::vector<Value> args = popN(count);
  if (!star && !starstar && keywords.empty()) return emit(OpCode::simple_call, args, at);
  // The shape: "<positional count> <keyword names...> [*] [**]" (docs/ir-flow.md); the
  // arguments follow in source order: positionals, *args, keywords, **kwargs.
  shape = std::to_string(positional) + keywords + (star ? " *" : "") + (starstar ? " **" : "");
  std::vector<Value> ordered = {args[0], strConstant(shape)};
  // Source order already is positionals, *args, keywords, **kwargs (the checks above).
  ordered.insert(ordered.end(), args.begin() + 1, args.end());
  return emit(OpCode::call_args, ordered, at);
}

// -- Functions made at run time --------------------------------------------------------------------------

Value GraphBuilder::makeFunction(Node* def, std::span<Expr*> defaults, std::span<Expr*> kwDefaults,
                                 SourceLoc at) {
  Scope* child = const_cast<Scope*>(scope_)->childFor(def);
  if (!child) fail(DiagId::flow_unsupported, def, {"this function", "run-time code"});
  load::Function* t = fc_.templateFor(def, function_, child);
  size_t count = 0;
  for (Expr* d : defaults) push(eval(d)), ++count;
  for (Expr* d : kwDefaults) push(d ? eval(d) : noneConstant()), ++count;
  for (Symbol name : child->freeVars) {
    NameRef ref = resolve(name, scope_);
    Value cell;
    switch (ref.kind) {
    case NameRef::Kind::Cell: cell = state_.slots[size_t(ref.slot)]; break;
    case NameRef::Kind::ClosureCell:
      cell = emitNoRaise(OpCode::closure_cell, {constant(intValue(ref.index))}, at);
      break;
    case NameRef::Kind::Constant: // a load-time closure's cell: a new cell with its value
      cell = emitNoRaise(OpCode::newcell, {constant(ref.constant)}, at);
      break;
    case NameRef::Kind::Slot:
    case NameRef::Kind::Missing:
      fail(DiagId::flow_unsupported, def, {"capturing '" + std::string(name.str()) + "'", "this function"});
    }
    push(cell);
    ++count;
  }
  std::vector<Value> args = {constant(refValue(t))};
  for (Value v : popN(count)) args.push_back(v);
  return emitNoRaise(OpCode::make_function, args, at);
}

Value GraphBuilder::evalLambdaOrGenexp(Expr* e) {
  if (auto* l = dynCast<Lambda>(e)) return makeFunction(e, l->args->defaults, l->args->kw_defaults, loc(e));
  // A generator expression: a generator function called with iter(first iterable), which is
  // evaluated here, in the enclosing scope, as in CPython.
  auto* g = cast<GeneratorExp>(e);
  Value iterable = eval(g->generators.front()->iter);
  push(emit(OpCode::iter, {iterable}, loc(g->generators.front()->iter)));
  Value fn = makeFunction(e, {}, {}, loc(e));
  Value it = pop();
  return emit(OpCode::simple_call, {fn, it}, loc(e));
}

// -- Comprehensions (inlined) ----------------------------------------------------------------------------

Value GraphBuilder::evalComprehension(Expr* e) {
  std::span<Comprehension*> gens = isa<ListComp>(e) ? cast<ListComp>(e)->generators
                                   : isa<SetComp>(e) ? cast<SetComp>(e)->generators
                                                     : cast<DictComp>(e)->generators;
  OpCode make = isa<ListComp>(e) ? OpCode::newlist : isa<SetComp>(e) ? OpCode::newset : OpCode::newdict;
  int result = newHiddenSlot("comprehension");
  // The first iterable is evaluated in the enclosing scope.
  Value first = eval(gens.front()->iter);
  state_.slots[size_t(result)] = emitNoRaise(make, {}, loc(e));
  int firstIter = newHiddenSlot("comprehension.iter0");
  state_.slots[size_t(firstIter)] = emit(OpCode::iter, {first}, loc(gens.front()->iter));
  const Scope* outer = scope_;
  Scope* inner = const_cast<Scope*>(scope_)->childFor(e);
  if (!inner) fail(DiagId::flow_unsupported, e, {"this comprehension", "run-time code"});
  scope_ = inner;
  enterScope(inner, loc(e));
  comprehensionLoop(e, gens, 0, result, firstIter, inner);
  scope_ = outer;
  // The comprehension's variables do not outlive it.
  for (size_t s = 0; s < slots_.size(); ++s)
    if (slots_[s].scope == inner && s < state_.slots.size()) clearSlot(int(s));
  clearSlot(firstIter);
  Value v = reachable() ? state_.slots[size_t(result)] : noneConstant();
  clearSlot(result);
  return v;
}

// One `for` of a comprehension (and its `if`s); the innermost adds the element (or yields it,
// in a generator expression's graph, where `resultSlot` is unused).
void GraphBuilder::comprehensionLoop(Expr* e, std::span<Comprehension*> gens, size_t level,
                                     int resultSlot, int firstIterator, const Scope* scope) {
  Comprehension* g = gens[level];
  int iterator;
  if (level == 0) {
    iterator = firstIterator; // made by evalComprehension, or the `.0` argument of a genexp
  } else {
    iterator = newHiddenSlot("comprehension.iter");
    state_.slots[size_t(iterator)] = emit(OpCode::iter, {eval(g->iter)}, loc(g->iter));
  }
  JoinPoint header, exit;
  bindUnassignedLocals();
  createEarly(header);
  goTo(header);
  enter(header);
  Value item = emitWithTargets(OpCode::next, {state_.slots[size_t(iterator)]}, loc(g->iter),
                               {{refValue(fc_.builtin("StopIteration")), &exit}});
  assignTarget(g->target, item);
  for (Expr* cond : g->ifs) {
    JoinPoint keep;
    branchOn(cond, keep, header);
    enter(keep);
  }
  if (level + 1 < gens.size()) {
    comprehensionLoop(e, gens, level + 1, resultSlot, firstIterator, scope);
  } else if (auto* d = dynCast<DictComp>(e)) {
    push(eval(d->key));
    push(eval(d->value));
    std::vector<Value> kv = popN(2);
    emit(OpCode::setitem, {state_.slots[size_t(resultSlot)], kv[0], kv[1]}, loc(d->key));
  } else if (auto* gen = dynCast<GeneratorExp>(e)) {
    emitNoRaise(OpCode::yield_, {eval(gen->elt)}, loc(gen->elt));
  } else {
    Expr* elt = isa<ListComp>(e) ? cast<ListComp>(e)->elt : cast<SetComp>(e)->elt;
    push(emit(OpCode::getattr, {state_.slots[size_t(resultSlot)], strConstant(isa<ListComp>(e) ? "append" : "add")},
              loc(elt)));
    Value v = eval(elt);
    emit(OpCode::simple_call, {pop(), v}, loc(elt));
  }
  goTo(header);
  enter(exit);
  if (level > 0) clearSlot(iterator);
}

} // namespace kiln::flow

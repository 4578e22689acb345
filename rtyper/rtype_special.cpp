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
// operation of its block). A rule cannot branch to a handler or loop, so what must catch the
// StopIteration of __next__ is a runtime helper that takes __next__ as a function pointer:
// next(it, default) is next_default; the built-ins that iterate an instance (list, sorted, sum,
// min, max, any, all, sep.join, l.extend, l +=) call __iter__, then list_from_next or a
// reducing helper (sum_from_next, ...); when __iter__ returns a built-in iterator
// (iter(self.items)), the helpers of that iterator (list_from_iter, iter_sum, ...). enumerate()
// and zip() keep an instance iterator as a nextiter (the instance and its __next__ as a function
// pointer: nextIterLowType, instanceIterator), which their next helpers step.
//
// Also here: `a != b` through __eq__ (bool_not of its truth: object.__ne__), hash(x) through
// __hash__ (-1 made -2, as CPython's hash() does), and the truth of an instance that may be
// None (instance_truth: False for None). What the annotator rejects instead (a special method
// that some classes with instances do not define, an operator on a value that may be None,
// str() of exceptions without __str__) is in docs/rtyper.md.
#include "rtyper/convert.h"

#include <algorithm>

#include "annotator/bookkeeper.h"
#include "annotator/ops.h"
#include "rtyper/rtype_sequences.h"
#include "rtyper/rtype_str.h"

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
  if (!inputs || inputs->empty()) return -1;
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

// One call of the special method `name` on an instance of `receiver` (or of a subclass), which
// reaches `targets`.
struct MethodCall {
  std::string name;
  ann::ClassDef* receiver = nullptr;
  std::vector<ann::GraphInfo*> targets;
};

// The graphs among `all` that are `name` of instances of cd.
MethodCall methodCall(ann::Annotator& an, ann::ClassDef* cd, const std::string& name, const std::vector<ann::GraphInfo*>& all) {
  MethodCall m{name, cd, {}};
  Symbol sym = an.bookkeeper().intern(name);
  for (ann::GraphInfo* g : all)
    if (g->desc && cd->cls && isMethodOf(an.bookkeeper(), cd, sym, g->desc->function)) m.targets.push_back(g);
  return m;
}

// What an operation the annotator resolved to special methods calls: `call` on the operand
// `self`, and for a built-in that iterates it (list(x), sum(x), sep.join(x)...: the annotator
// reached __iter__, then the __next__ of what __iter__ returns) `next` on the iterator.
struct SpecialOp {
  int self = -1;
  MethodCall call;
  std::optional<MethodCall> next;
};

// The class of the iterators the __iter__ graphs return, or null.
ann::ClassDef* iteratorClass(ann::Annotator& an, const std::vector<ann::GraphInfo*>& iters) {
  const Annotation* u = nullptr;
  for (ann::GraphInfo* g : iters) {
    const Annotation* r = an.binding(g->graph->returnBlock()->inputs[0]);
    u = !r ? nullptr : u ? an.lattice().unite(u, r) : r;
    if (!u) return nullptr;
  }
  return u && u->is(AnnKind::Instance) && !u->canBeNone() ? u->classDef : nullptr;
}

std::optional<SpecialOp> specialOpOf(ann::Annotator& an, const flow::Operation& op) {
  const std::string* name = an.specialMethodOf(&op);
  const std::vector<ann::GraphInfo*>* targets = an.callTargetsOf(&op);
  if (!name || isStrMethod(*name) || !targets || targets->empty()) return std::nullopt;
  SpecialOp sp;
  sp.self = receiverIndex(an, op, *name, (*targets)[0]);
  if (sp.self < 0) return std::nullopt;
  ann::ClassDef* cd = an.annotationOf(op.args[size_t(sp.self)])->classDef;
  sp.call = methodCall(an, cd, *name, *targets);
  if (sp.call.targets.size() == targets->size()) return sp;
  // A built-in that iterates its operand (list(x), sum(x), ...): __iter__, then __next__.
  if (*name != "__next__") return std::nullopt;
  sp.call = methodCall(an, cd, "__iter__", *targets);
  ann::ClassDef* it = iteratorClass(an, sp.call.targets);
  if (!it) return std::nullopt;
  sp.next = methodCall(an, it, "__next__", *targets);
  if (sp.call.targets.empty() || sp.next->targets.empty() || sp.call.targets.size() + sp.next->targets.size() != targets->size())
    return std::nullopt;
  return sp;
}

// What iterating operand `operand` of an operation calls when its class defines __iter__
// (enumerate(x), zip(x, y)): its __iter__, and, when that returns an instance, the __next__ of
// the iterator's class (the annotator reached both from the operation). The operation's targets
// may also hold other operands' methods, so the calls are picked by class.
std::optional<SpecialOp> iterationOf(ann::Annotator& an, const flow::Operation& op, size_t operand) {
  const std::vector<ann::GraphInfo*>* targets = an.callTargetsOf(&op);
  const Annotation* a = an.annotationOf(op.args[operand]);
  if (!targets || !a || !a->is(AnnKind::Instance)) return std::nullopt;
  SpecialOp sp;
  sp.self = int(operand);
  sp.call = methodCall(an, a->classDef, "__iter__", *targets);
  if (sp.call.targets.empty()) return std::nullopt;
  if (ann::ClassDef* it = iteratorClass(an, sp.call.targets)) {
    sp.next = methodCall(an, it, "__next__", *targets);
    if (sp.next->targets.empty()) return std::nullopt;
  }
  return sp;
}

// Whether the operation is enumerate() or zip(), whose instance operands iterationOf describes.
bool iteratesOperands(ann::Annotator& an, const flow::Operation& op) {
  if (op.opcode != OpCode::simple_call || op.args.empty()) return false;
  const Annotation* callee = an.annotationOf(op.args[0]);
  return callee && callee->is(AnnKind::Builtin) && !callee->self() &&
         (callee->builtin == BuiltinId::enumerate || callee->builtin == BuiltinId::zip);
}

// The function a call of `m` on `self` goes to: the slot's for several targets; for one, null
// (a direct_call) unless `asPointer` asks for its function constant. None if the slot is missing.
std::optional<ll::Value> dispatch(OpCtx& c, const MethodCall& m, ll::Value self, bool asPointer, bool mayBeNone = false) {
  if (m.targets.size() == 1) {
    if (!asPointer) return ll::Value{};
    ll::ConstValue g;
    g.graph = c.rt.graphOf(m.targets[0]);
    return c.gc.constant(c.rt.types().ptr(c.rt.funcTypeOf(m.targets[0])), g);
  }
  ClassRepr* owner = slotOwner(c.rt, m.receiver, m.name);
  if (!owner) return std::nullopt;
  return vtableSlot(c, self, owner, m.name, mayBeNone);
}

// The truth of what __bool__ or __len__ returned (a Bool, or a length).
ll::Value truthOf(OpCtx& c, ll::Value v) {
  if (v.type()->kind == ll::TypeKind::Signed) return c.emit(ll::Op::int_is_true, {v}, c.rt.types().boolType());
  return v;
}

// hash(x) from what x.__hash__ returned: CPython's hash() makes -1 (its error value) into -2.
bool hashResult(OpCtx& c, ll::Value v) {
  if (c.endsRaisingBlock()) return false; // the call must come last
  const ll::Type* s = c.rt.types().signedType();
  if (v.type()->kind == ll::TypeKind::Bool) v = c.emit(ll::Op::cast_bool_to_int, {v}, s);
  if (v.type() != s) return false;
  ll::Value isError = c.emit(ll::Op::int_eq, {v, c.constInt(-1)}, c.rt.types().boolType());
  return c.select(isError, c.constInt(-2), v);
}

// The method call of `sp` as one helper call that also does what follows it (call_truth,
// call_not, call_hash): where the operation ends a block whose exception links catch what the
// method raises, the raising operation must be the last one (a rule cannot put the truth test
// or the negation after it). The helper gets the function (constant or vtable slot) and the
// operands as its parameters: the receiver, then the others in order.
bool callThenHelper(OpCtx& c, const SpecialOp& sp, ll::Value self, HelperId id, const ll::Type* result) {
  const ll::Type* fnType = c.rt.funcTypeOf(sp.call.targets[0]);
  std::vector<size_t> others;
  bool isCall = c.op.opcode == OpCode::simple_call;
  for (size_t i = isCall ? 1 : 0; i < c.count(); ++i)
    if (int(i) != sp.self) others.push_back(i);
  if (fnType->params.size() != others.size() + 1) return false;
  std::optional<ll::Value> fn = dispatch(c, sp.call, self, true);
  if (!fn) return false;
  std::vector<ll::Value> args{*fn, c.gc.convertTo(self, c.ann(size_t(sp.self)), fnType->params[0])};
  for (size_t k = 0; k < others.size(); ++k) args.push_back(c.gc.convertTo(c.arg(others[k]), c.ann(others[k]), fnType->params[k + 1]));
  c.result(c.callHelper(id, std::move(args), result));
  return true;
}

// A call through a helper that calls __next__ itself (next_default, list_from_next): the
// function and the iterator, converted to the function's parameter.
std::optional<std::pair<ll::Value, ll::Value>> nextFunction(OpCtx& c, const MethodCall& next, ll::Value it,
                                                            const Annotation* itAnn) {
  std::optional<ll::Value> fn = dispatch(c, next, it, true);
  const ll::Type* fnType = c.rt.funcTypeOf(next.targets[0]);
  if (!fn || fnType->params.size() != 1) return std::nullopt;
  return std::pair{*fn, c.gc.convertTo(it, itAnn, fnType->params[0])};
}

// next(it, default) on an instance: __next__ through next_default, the default when it raises
// StopIteration. The default and the result are in the result's representation.
bool nextWithDefault(OpCtx& c, const SpecialOp& sp, ll::Value self) {
  const ll::Type* result = c.rt.lowType(c.resultAnn());
  auto fn = nextFunction(c, sp.call, self, c.ann(size_t(sp.self)));
  if (!result || !fn) return false;
  c.result(c.callHelper(HelperId::next_default, {fn->first, fn->second, c.arg(2, c.resultAnn())}, result));
  return true;
}

// Iterating an instance in a helper: the iterator its __iter__ returns, and that iterator's
// __next__ as a function pointer (the helper calls it until StopIteration).
std::optional<std::pair<ll::Value, ll::Value>> iterated(OpCtx& c, const SpecialOp& sp, ll::Value self) {
  std::optional<ll::Value> iterFn = dispatch(c, sp.call, self, false);
  std::optional<ll::Value> it = iterFn ? callRecorded(c, sp.call.targets, self, *iterFn) : std::nullopt;
  if (!it) return std::nullopt;
  return nextFunction(c, *sp.next, *it, c.rt.annotator().lattice().instance(sp.next->receiver));
}

// -- Instance iterators inside enumerate() and zip() ------------------------------------------------

// The __next__ graphs instances of cd (or of a subclass) may run: the functions their class
// lookups find, as the annotator annotated them (overriding ones are one call family, so they
// share one Func type).
std::vector<ann::GraphInfo*> nextGraphsOf(RTyper& rt, ann::ClassDef* cd) {
  ann::Bookkeeper& bk = rt.annotator().bookkeeper();
  Symbol name = bk.intern("__next__");
  std::vector<ann::GraphInfo*> out;
  for (ann::ClassDef* k : ann::selfAndSubclasses(cd)) {
    std::optional<ann::ClassAttr> found = k->cls ? bk.lookupClassAttr(k->cls, name) : std::nullopt;
    auto* f = found && found->value.isRef() ? load::dynCast<load::Function>(found->value.ref) : nullptr;
    if (!f) continue;
    for (const auto& [key, g] : bk.functionDesc(f)->graphs)
      if (std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
  }
  return out;
}

// The iterator an enumerate() or zip() keeps for an operand whose __iter__ returned a new
// instance: that instance, with the __next__ it runs as a function pointer read once, when the
// iterator is made (a constant, or its class's vtable slot).
ll::Value nextIterator(OpCtx& c, const SpecialOp& sp, ll::Value it, const Annotation* itAnn) {
  const ll::Type* ptr = nextIterLowType(c.rt, itAnn->classDef);
  auto fn = ptr ? nextFunction(c, *sp.next, it, c.rt.annotator().lattice().instance(sp.next->receiver)) : std::nullopt;
  if (!fn || fn->first.type() != ptr->target->field("fn")->type || fn->second.type() != ptr->target->field("obj")->type) return {};
  ll::Value obj = seq::newStruct(c, ptr);
  seq::setField(c, obj, "obj", fn->second);
  seq::setField(c, obj, "fn", fn->first);
  return obj;
}

// What a built-in that iterates an instance walks: the iterator its __iter__ returned, and when
// that is an instance, its __next__ as a function pointer (the *_from_next helpers call it until
// StopIteration); a built-in iterator (fn null) goes to the helpers that step iterators
// themselves (list_from_iter, iter_sum, ...).
struct Walk {
  ll::Value fn;
  ll::Value it;
};

std::optional<Walk> walkOf(OpCtx& c, const SpecialOp& sp, ll::Value self) {
  if (sp.next) {
    auto fn = iterated(c, sp, self);
    if (!fn) return std::nullopt;
    return Walk{fn->first, fn->second};
  }
  std::optional<ll::Value> iterFn = dispatch(c, sp.call, self, false);
  std::optional<ll::Value> it = iterFn ? callRecorded(c, sp.call.targets, self, *iterFn) : std::nullopt;
  if (!it) return std::nullopt;
  return Walk{{}, *it};
}

// The items of an iterable instance as a new list of type `list` (list_from_next, or
// list_from_iter over a built-in iterator).
ll::Value itemsOf(OpCtx& c, const SpecialOp& sp, ll::Value self, const ll::Type* list) {
  std::optional<Walk> w = walkOf(c, sp, self);
  if (!w) return {};
  if (w->fn.isNull()) return c.callHelper(HelperId::list_from_iter, {w->it}, list);
  return c.callHelper(HelperId::list_from_next, {w->fn, w->it}, list);
}

// The annotation of what the graphs return (their union), or null.
const Annotation* returnedBy(ann::Annotator& an, const std::vector<ann::GraphInfo*>& graphs) {
  const Annotation* u = nullptr;
  for (ann::GraphInfo* g : graphs) {
    const Annotation* r = an.binding(g->graph->returnBlock()->inputs[0]);
    u = !r ? nullptr : u ? an.lattice().unite(u, r) : r;
    if (!u) return nullptr;
  }
  return u;
}

// The item a built-in iterator gives, for the iterators __iter__ methods return (over a list or
// a str); null for the others.
const Annotation* builtinIteratorItem(ann::Annotator& an, const Annotation* it) {
  if (!it || !it->is(AnnKind::Iterator) || it->iterKind != ann::IterKind::Items || it->items.empty()) return nullptr;
  const Annotation* c = it->items[0];
  if (c->is(AnnKind::List)) return c->list->find()->item.ann;
  if (c->isStrLike()) return an.lattice().character();
  return nullptr;
}

// The fixed list (GcArray) of the items, for a built-in that only reads them (sep.join).
const ll::Type* itemArray(OpCtx& c, const SpecialOp& sp) {
  ann::Annotator& an = c.rt.annotator();
  const Annotation* u = sp.next ? returnedBy(an, sp.next->targets) : builtinIteratorItem(an, returnedBy(an, sp.call.targets));
  const ll::Type* item = u ? c.rt.lowType(an.lattice().withoutConst(u)) : nullptr;
  return item ? c.rt.types().ptr(c.rt.types().array(item, true)) : nullptr;
}

// A built-in that iterates an instance. The reductions are helpers that step the iterator as
// they go (any() and all() stop early, as in CPython; sum, min and max keep no list); sorted(),
// list(), sep.join(), l.extend() and l += make the list of the items first, as CPython does.
bool consume(OpCtx& c, const SpecialOp& sp, ll::Value self) {
  const ll::Type* r = c.rt.lowType(c.resultAnn());
  const Annotation* callee = c.ann(0);
  std::optional<BuiltinId> id = c.builtinCallee();
  if (!r) return false;
  if (callee->is(AnnKind::Builtin) && callee->self() &&
      (callee->builtin == BuiltinId::str_join || callee->builtin == BuiltinId::bytes_join)) { // bytes share str's helper
    const ll::Type* array = itemArray(c, sp);
    ll::Value items = array ? itemsOf(c, sp, self, array) : ll::Value{};
    if (items.isNull()) return false;
    c.result(c.callHelper(HelperId::str_join, {str::asStr(c, c.arg(0), callee->self()), items}, c.rt.strPtr()));
    return true;
  }
  // l.extend(x), l += x: the items, in an array of the list's item type, appended.
  bool extend = callee->is(AnnKind::Builtin) && callee->self() && callee->builtin == BuiltinId::list_extend;
  if (extend || (c.op.opcode == OpCode::inplace_add && c.ann(0)->is(AnnKind::List))) {
    const Annotation* listAnn = extend ? callee->self() : c.ann(0);
    const ll::Type* lt = c.rt.lowType(listAnn);
    const ll::Field* items = lt && lt->isPtr() ? lt->target->field("items") : nullptr;
    ll::Value added = items ? itemsOf(c, sp, self, items->type) : ll::Value{};
    if (added.isNull()) return false;
    c.callHelper(HelperId::list_extend, {c.arg(0), added}, c.rt.types().voidType());
    c.result(extend ? c.gc.constant(c.rt.types().voidType(), {}) : c.arg(0, c.resultAnn()));
    return true;
  }
  if (!id) return false;
  std::optional<std::pair<HelperId, HelperId>> reduce; // from __next__, from a built-in iterator
  switch (*id) {
  case BuiltinId::any: reduce = {HelperId::any_from_next, HelperId::iter_any}; break;
  case BuiltinId::all: reduce = {HelperId::all_from_next, HelperId::iter_all}; break;
  case BuiltinId::sum: reduce = {HelperId::sum_from_next, HelperId::iter_sum}; break;
  case BuiltinId::min: reduce = {HelperId::min_from_next, HelperId::iter_min}; break;
  case BuiltinId::max: reduce = {HelperId::max_from_next, HelperId::iter_max}; break;
  case BuiltinId::list_:
  case BuiltinId::sorted: {
    ll::Value list = itemsOf(c, sp, self, r); // a new list of the result's type
    if (list.isNull()) return false;
    if (*id == BuiltinId::sorted) c.callHelper(HelperId::list_sort, {list}, c.rt.types().voidType());
    c.result(list);
    return true;
  }
  default: return false;
  }
  if ((*id == BuiltinId::min || *id == BuiltinId::max) && c.count() != 2) return false; // min(a, b) of instances
  std::optional<Walk> w = walkOf(c, sp, self);
  if (!w) return false;
  std::vector<ll::Value> args{w->it};
  if (!w->fn.isNull()) args.insert(args.begin(), w->fn);
  if (*id == BuiltinId::sum)
    args.push_back(c.count() == 3 ? c.arg(2, c.resultAnn()) : c.gc.convertTo(c.constInt(0), c.rt.annotator().lattice().integer(), r));
  c.result(c.callHelper(w->fn.isNull() ? reduce->second : reduce->first, std::move(args), r));
  return true;
}

// Whether the operation is a built-in that iterates its operand (consume() lowers them): the
// annotator reached __iter__ (and, for an instance iterator, __next__) from it.
bool isConsumer(OpCtx& c) {
  const Annotation* callee = c.ann(0);
  if (c.op.opcode == OpCode::inplace_add) return callee->is(AnnKind::List);
  if (c.op.opcode != OpCode::simple_call) return false;
  if (callee->is(AnnKind::Builtin) && callee->self())
    return callee->builtin == BuiltinId::str_join || callee->builtin == BuiltinId::bytes_join ||
           callee->builtin == BuiltinId::list_extend;
  std::optional<BuiltinId> id = c.builtinCallee(); // list is a class
  if (!id) return false;
  switch (*id) {
  case BuiltinId::any:
  case BuiltinId::all:
  case BuiltinId::sum:
  case BuiltinId::min:
  case BuiltinId::max:
  case BuiltinId::list_:
  case BuiltinId::sorted: return true;
  default: return false;
  }
}

// `if x`, `not x`, bool(x) of an instance that may be None: instance_truth, which is False for
// None and calls __bool__ or __len__ otherwise (a rule cannot branch around the call).
bool nullableTruth(OpCtx& c, const SpecialOp& sp, ll::Value self) {
  std::optional<ll::Value> fn = dispatch(c, sp.call, self, true, true);
  const ll::Type* fnType = c.rt.funcTypeOf(sp.call.targets[0]);
  if (!fn || fnType->params.size() != 1) return false;
  ll::Value obj = c.gc.convertTo(self, c.ann(size_t(sp.self)), fnType->params[0]);
  ll::Value b = c.callHelper(HelperId::instance_truth, {*fn, obj}, c.rt.types().boolType());
  c.result(c.op.opcode == OpCode::not_ ? c.emit(ll::Op::bool_not, {b}, c.rt.types().boolType()) : b);
  return true;
}

bool lowerSpecial(OpCtx& c, const SpecialOp& sp) {
  ll::Value self = c.arg(size_t(sp.self));
  std::optional<BuiltinId> builtin = c.builtinCallee();
  if (sp.next || (sp.call.name == "__iter__" && isConsumer(c))) return consume(c, sp, self);
  if (builtin == BuiltinId::next && c.count() == 3) return nextWithDefault(c, sp, self);
  bool truth = c.op.opcode == OpCode::bool_ || c.op.opcode == OpCode::not_ || builtin == BuiltinId::bool_;
  if (truth && c.ann(size_t(sp.self))->canBeNone()) {
    if (c.op.opcode == OpCode::not_ && c.endsRaisingBlock()) return false; // the call must come last
    return nullableTruth(c, sp, self);
  }
  // a != b through __eq__ (the class defines no __ne__): object.__ne__ negates __eq__'s truth.
  bool negate = c.op.opcode == OpCode::not_ || (c.op.opcode == OpCode::ne && sp.call.name == "__eq__");
  if (c.endsRaisingBlock()) {
    const ll::Type* b = c.rt.types().boolType();
    const ll::Type* returned = c.rt.funcTypeOf(sp.call.targets[0])->result;
    if (negate) return callThenHelper(c, sp, self, HelperId::call_not, b);
    if ((truth || c.op.opcode == OpCode::contains) && returned->kind == ll::TypeKind::Signed)
      return callThenHelper(c, sp, self, HelperId::call_truth, b);
    if (builtin == BuiltinId::hash) return callThenHelper(c, sp, self, HelperId::call_hash, c.rt.types().signedType());
  }
  std::optional<ll::Value> fn = dispatch(c, sp.call, self, false);
  if (!fn) return false;
  std::optional<ll::Value> v = callRecorded(c, sp.call.targets, self, *fn);
  if (!v) return false;
  if (truth || negate || c.op.opcode == OpCode::contains) {
    bool converts = v->type()->kind == ll::TypeKind::Signed || negate;
    if (converts && c.endsRaisingBlock()) return false; // the call must come last
    ll::Value b = truthOf(c, *v);
    c.result(negate ? c.emit(ll::Op::bool_not, {b}, c.rt.types().boolType()) : b);
    return true;
  }
  if (builtin == BuiltinId::hash) return hashResult(c, *v);
  const ll::Type* want = c.rt.lowType(c.resultAnn());
  if (want && want != v->type() && c.endsRaisingBlock()) return false; // the call must come last
  c.result(c.gc.convertTo(*v, c.resultAnn(), want));
  return true;
}

} // namespace

const ll::Type* nextIterLowType(RTyper& rt, ann::ClassDef* cd) {
  std::vector<ann::GraphInfo*> graphs = nextGraphsOf(rt, cd);
  const ll::Type* fn = graphs.empty() ? nullptr : rt.funcTypeOf(graphs[0]);
  if (!fn || fn->params.size() != 1) return nullptr;
  std::vector<ll::Field> fields = {{"obj", fn->params[0]}, {"fn", rt.types().ptr(fn)}};
  return rt.types().ptr(seq::memoStruct(rt, "nextiter_" + rt.classRepr(cd)->instance->name, true, fields));
}

ll::Value instanceIterator(OpCtx& c, flow::Value v, const Annotation* itAnn) {
  ann::Annotator& an = c.rt.annotator();
  auto at = std::find(c.op.args.begin() + 1, c.op.args.end(), v);
  std::optional<SpecialOp> sp = at == c.op.args.end() ? std::nullopt : iterationOf(an, c.op, size_t(at - c.op.args.begin()));
  if (!sp || itAnn->is(AnnKind::Instance) != sp->next.has_value()) return {};
  ll::Value self = c.arg(size_t(sp->self));
  std::optional<ll::Value> iterFn = dispatch(c, sp->call, self, false);
  std::optional<ll::Value> it = iterFn ? callRecorded(c, sp->call.targets, self, *iterFn) : std::nullopt;
  if (!it) return {};
  if (sp->next) return nextIterator(c, *sp, *it, itAnn);
  // __iter__ returned a built-in iterator (iter(self.items)): that iterator itself.
  const Annotation* returned = an.binding(sp->call.targets[0]->graph->returnBlock()->inputs[0]);
  const ll::Type* want = c.rt.lowType(itAnn);
  return returned && want ? c.gc.convertTo(*it, returned, want) : ll::Value{};
}

bool rtypeSpecial(OpCtx& c) {
  if (iteratesOperands(c.rt.annotator(), c.op)) return false; // enumerate(), zip(): rtype_iter.cpp, with instanceIterator
  std::optional<SpecialOp> sp = specialOpOf(c.rt.annotator(), c.op);
  return sp && lowerSpecial(c, *sp);
}

void findSpecialMethodSlots(RTyper& rt) {
  ann::Annotator& an = rt.annotator();
  // Special method calls that may reach several graphs, the shallowest receiver classes first
  // so that a subclass reuses its base's slot.
  std::vector<std::pair<int, MethodCall>> requests;
  auto request = [&](const MethodCall& m) {
    if (m.targets.size() < 2) return;
    int depth = 0;
    for (ann::ClassDef* c = m.receiver; c; c = c->base) ++depth;
    requests.push_back({depth, m});
  };
  for (ann::GraphInfo* g : an.graphs()) {
    for (flow::Block* b : g->graph->blocksInOrder()) {
      if (!an.isReached(b)) continue;
      for (const flow::Operation& op : b->operations) {
        if (iteratesOperands(an, op)) {
          for (size_t i = 1; i < op.args.size(); ++i) {
            std::optional<SpecialOp> it = iterationOf(an, op, i);
            if (!it) continue;
            request(it->call);
            if (it->next) request(*it->next);
          }
          continue;
        }
        std::optional<SpecialOp> sp = specialOpOf(an, op);
        if (!sp) continue;
        request(sp->call);
        if (sp->next) request(*sp->next);
      }
    }
  }
  std::stable_sort(requests.begin(), requests.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [depth, m] : requests) {
    if (slotOwner(rt, m.receiver, m.name)) continue;
    rt.classRepr(m.receiver)->methodSlots[m.name] = rt.funcTypeOf(m.targets[0]);
    std::vector<ann::ClassDef*> work{m.receiver};
    while (!work.empty()) {
      ann::ClassDef* cd = work.back();
      work.pop_back();
      work.insert(work.end(), cd->subclasses.begin(), cd->subclasses.end());
      if (ann::GraphInfo* impl = implementationFor(rt, cd, m.name, m.targets)) rt.classRepr(cd)->methodImpls[m.name] = rt.graphOf(impl);
    }
  }
}

} // namespace kiln::rt

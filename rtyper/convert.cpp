// One annotated flow graph to one low-level graph: blocks, variables, links and the dispatch of
// each operation to the rules of rtype_*.cpp.
#include "rtyper/convert.h"
#include "rtyper/rtype_sequences.h"

#include "annotator/bookkeeper.h"
#include "annotator/ops.h"
#include "rtyper/rtype_closure.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;

// -- OpCtx ------------------------------------------------------------------------------------------------

const Annotation* OpCtx::ann(size_t i) const { return gc.annotationOf(op.args[i]); }
const Annotation* OpCtx::resultAnn() const { return gc.annotationOf(op.result); }
ll::Value OpCtx::arg(size_t i) const { return gc.valueOf(op.args[i]); }
ll::Value OpCtx::arg(size_t i, const Annotation* want) const { return gc.convert(arg(i), ann(i), want); }

ll::Value OpCtx::emit(ll::Op o, std::vector<ll::Value> args, const ll::Type* type) const {
  return gc.emit(o, std::move(args), type, op.loc);
}

ll::Value OpCtx::callHelper(HelperId id, std::vector<ll::Value> args, const ll::Type* result) const {
  return gc.callHelper(id, std::move(args), result, op.loc);
}

ll::Value OpCtx::constInt(int64_t v) const {
  ll::ConstValue c;
  c.i = v;
  return gc.constant(rt.types().signedType(), c);
}

ll::Value OpCtx::voidConst(std::string text) const {
  ll::ConstValue c;
  c.text = std::move(text);
  return gc.constant(rt.types().voidType(), c);
}

std::optional<ann::BuiltinId> OpCtx::builtinCallee() const {
  if (op.opcode != flow::OpCode::simple_call) return std::nullopt;
  const Annotation* callee = ann(0);
  if (callee->is(AnnKind::Builtin)) return callee->self() ? std::nullopt : std::optional(callee->builtin);
  if (!callee->is(AnnKind::PBC) || callee->descs.size() != 1 || callee->canBeNone()) return std::nullopt;
  auto* d = ann::descAs<ann::ClassDesc>(callee->descs[0]);
  if (!d || !d->cls->builtin) return std::nullopt;
  return ann::findBuiltin(rt.annotator().bookkeeper().qualifiedName(d->cls->module, d->cls->qualname));
}

bool OpCtx::select(ll::Value cond, ll::Value a, ll::Value b) const {
  result(emit(ll::Op::select, {cond, a, b}, a.type()));
  return true;
}

bool OpCtx::endsRaisingBlock() const {
  const flow::Block* b = gc.flowBlock();
  return b && b->exitKind == flow::ExitKind::CanRaise && !b->operations.empty() && &b->operations.back() == &op;
}

void OpCtx::result(ll::Value v) const {
  if (op.result) gc.bind(op.result, v);
}

bool OpCtx::unsupported() const {
  std::string on;
  for (size_t i = 0; i < op.args.size(); ++i) on += (i ? ", " : "") + ("'" + ann::typeName(ann(i)) + "'");
  if (op.args.empty()) on = "no operands";
  rt.diags().report(DiagId::rt_unsupported_op, op.range(), std::string(flow::opName(op.opcode)), on);
  gc.fail();
  return true; // handled: reported
}

// -- GraphConverter ----------------------------------------------------------------------------------------

GraphConverter::GraphConverter(RTyper& rt, ann::GraphInfo* info, ll::Graph* out)
    : rt_(rt), an_(rt.annotator()), info_(info), out_(out) {}

const Annotation* GraphConverter::annotationOf(flow::Value v) {
  if (flow::Variable* var = v.variable(); var && !syntheticAnns_.empty())
    if (auto it = syntheticAnns_.find(var); it != syntheticAnns_.end()) return it->second;
  const Annotation* a = an_.annotationOf(v);
  return a ? a : an_.lattice().impossible();
}

ll::Value GraphConverter::constant(const ll::Type* type, ll::ConstValue value) {
  return out_->newConstant(type, std::move(value));
}

ll::Value GraphConverter::emit(ll::Op op, std::vector<ll::Value> args, const ll::Type* type, SourceLoc loc) {
  ll::Operation o;
  o.op = op;
  o.args = std::move(args);
  o.result = out_->newVariable(type);
  o.loc = loc;
  current_->operations.push_back(std::move(o));
  return current_->operations.back().result;
}

ll::Value GraphConverter::callHelper(HelperId id, std::vector<ll::Value> args, const ll::Type* result, SourceLoc loc) {
  std::vector<const ll::Type*> params;
  for (ll::Value a : args) params.push_back(a.type());
  ll::ConstValue fn;
  fn.text = "kiln_" + std::string(helperInfo(id).name);
  args.insert(args.begin(), constant(rt_.types().ptr(rt_.types().func(std::move(params), result)), fn));
  return emit(ll::Op::direct_call, std::move(args), result, loc);
}

ll::Value GraphConverter::lowConstant(const load::Value& v, const Annotation* a, SourceLoc loc) {
  const ll::Type* t = rt_.lowType(a);
  if (!t) {
    rt_.diags().report(DiagId::rt_unsupported_type, SourceRange{loc, loc}, ann::typeName(a));
    fail();
    return {};
  }
  ll::ConstValue c;
  if (!rt_.constantOf(v, a, t, loc, c)) { // rtyper/prebuilt.cpp
    fail();
    return {};
  }
  return constant(t, std::move(c));
}

ll::Value GraphConverter::valueOf(flow::Value v) {
  if (flow::Variable* var = v.variable()) {
    auto it = values_.find(var);
    if (it != values_.end()) return it->second;
    // A variable defined by an operation that failed to lower: a placeholder keeps going.
    const ll::Type* t = rt_.lowType(annotationOf(v));
    return out_->newVariable(t ? t : rt_.types().voidType());
  }
  flow::Constant* c = v.constant();
  return lowConstant(c->value, annotationOf(v), c->loc);
}

ll::Value GraphConverter::convert(ll::Value v, const Annotation* from, const Annotation* to) {
  return convertTo(v, from, rt_.lowType(to));
}

ll::Value GraphConverter::convertTo(ll::Value v, const Annotation* from, const ll::Type* want) {
  if (v.isNull() || !want || v.type() == want) return v;
  // Into a representation without a value (a single function or class, None): the annotation
  // says what it is, so nothing needs to be passed (a function narrowed by `f is not None`).
  if (want->kind == ll::TypeKind::Void) return constant(want, {});
  const ll::Type* have = v.type();
  SourceLoc loc;
  using TK = ll::TypeKind;
  // A class known at translation time, where its class's vtable pointer is wanted (raise C(...)).
  if (have->kind == TK::Void && want->isPtr() && from->is(AnnKind::PBC) && from->descs.size() == 1) {
    if (auto* d = ann::descAs<ann::ClassDesc>(from->descs[0])) {
      ann::ClassDef* cd = d->classDef ? d->classDef
                        : d->cls->builtin ? an_.bookkeeper().builtinExceptionClassDef(d->cls->qualname.str())
                                          : an_.bookkeeper().classDef(d->cls);
      if (cd) {
        ClassRepr* r = rt_.classRepr(cd);
        ll::ConstValue vt;
        vt.object = r->vtableObject;
        ll::Value p = constant(rt_.types().ptr(r->vtable), vt);
        return p.type() == want ? p : emit(ll::Op::cast_pointer, {p}, want, loc);
      }
    }
  }
  // A frozen object known at translation time, where a value of its family is wanted.
  if (have->kind == TK::Void && want->isPtr() && from->is(AnnKind::PBC) && from->descs.size() == 1) {
    if (auto* d = ann::descAs<ann::FrozenDesc>(from->descs[0])) {
      ll::ConstValue p;
      if (rt_.frozenObject(d, loc, p)) return constant(want, p);
    }
  }
  // A function known at translation time, where a function pointer is wanted.
  if (have->kind == TK::Void && want->isPtr() && want->target->kind == TK::Func && from->is(AnnKind::PBC) &&
      from->descs.size() == 1) {
    if (auto* f = ann::descAs<ann::FunctionDesc>(from->descs[0])) {
      if (ann::GraphInfo* gi = rt_.graphOfFunction(f); gi && rt_.graphOf(gi)) {
        ll::ConstValue fn;
        fn.graph = rt_.graphOf(gi);
        return constant(want, fn);
      }
    }
  }
  // A method bound to an instance into a bound-method value (RTyper::boundMethodType): the
  // instance and the method's graph.
  // instance and the method's function: its graph, or, for a method that subclasses override,
  // what the instance's vtable slot holds.
  if (want->isPtr() && want->target->name.rfind("boundmethod", 0) == 0 && from->is(AnnKind::PBC) &&
      !from->descs.empty() && have->isPtr() && !have->target->name.starts_with("boundmethod")) {
    const ll::Type* s = want->target;
    const ll::Type* fnType = s->field("fn")->type;
    const ll::Type* voidType = rt_.types().voidType();
    auto name = [&](const char* text) {
      ll::ConstValue k;
      k.text = text;
      return constant(voidType, k);
    };
    ll::Value fn;
    auto* m = ann::descAs<ann::MethodDesc>(from->descs[0]);
    auto unsupported = [&] {
      rt_.diags().report(DiagId::rt_unsupported_op, SourceRange{}, "convert",
                         "'" + ann::typeName(from) + "' (" + ll::typeName(have) + ") to '" + ll::typeName(want) + "'");
      fail();
      return v;
    };
    if (!m) return unsupported();
    if (from->descs.size() == 1) {
      ann::GraphInfo* gi = rt_.graphOfFunction(m->function);
      if (!gi || !rt_.graphOf(gi)) return unsupported();
      ll::ConstValue k;
      k.graph = rt_.graphOf(gi);
      fn = constant(fnType, k);
    } else if (ann::ClassDef* base = rt_.methodBase(from)) {
      ClassRepr* r = rt_.classRepr(base);
      std::string slot(m->attr.str());
      if (!r->methodSlots.count(slot)) return unsupported();
      fn = vtableSlot(*this, rt_, v, r, slot, loc);
      if (fn.type() != fnType) fn = emit(ll::Op::cast_pointer, {fn}, fnType, loc);
    } else {
      return unsupported();
    }
    ll::ConstValue type;
    type.type = s;
    ll::Value bound = emit(ll::Op::malloc, {constant(voidType, type)}, want, loc);
    ll::Value obj = have == s->field("self")->type ? v : emit(ll::Op::cast_pointer, {v}, s->field("self")->type, loc);
    emit(ll::Op::setfield, {bound, name("self"), obj}, voidType, loc);
    emit(ll::Op::setfield, {bound, name("fn"), fn}, voidType, loc);
    return bound;
  }
  // A function into the function object of its call family (rtype_closure.cpp).
  if (ll::Value f = functionObjectConvert(*this, rt_, v, from, want, loc); !f.isNull()) return f;
  // A variable known to be None (narrowed by `x is None`) into a nullable pointer: null.
  if (have->kind == TK::Void && want->isPtr() && from->is(AnnKind::None)) return constant(want, {});
  if (ll::Constant* c = v.constant()) {
    // Constants convert at translation time.
    ll::ConstValue value = c->value;
    if (have->kind == ll::TypeKind::Bool && want->kind == ll::TypeKind::Float) value.f = double(value.i);
    if (have->kind == ll::TypeKind::Signed && want->kind == ll::TypeKind::Float) value.f = double(value.i);
    if (want->isPtr() && have->kind == ll::TypeKind::Void) value = {}; // None: null
    if ((have->isPtr() && want->isPtr()) || (have->kind == ll::TypeKind::Void && want->isPtr()) ||
        (have->isPrimitive() && want->isPrimitive()))
      return constant(want, value);
  }
  if (have->kind == TK::Bool && want->kind == TK::Signed) return emit(ll::Op::cast_bool_to_int, {v}, want, loc);
  if (have->kind == TK::Bool && want->kind == TK::Float) return emit(ll::Op::cast_bool_to_float, {v}, want, loc);
  if (have->kind == TK::Bool && want->kind == TK::Unsigned)
    return emit(ll::Op::cast_int_to_uint, {emit(ll::Op::cast_bool_to_int, {v}, rt_.types().signedType(), loc)}, want, loc);
  if (have->kind == TK::Signed && want->kind == TK::Unsigned) return emit(ll::Op::cast_int_to_uint, {v}, want, loc);
  if (have->kind == TK::Signed && want->kind == TK::Float) return emit(ll::Op::cast_int_to_float, {v}, want, loc);
  if (from->is(AnnKind::Tuple) && have->isPtr() && want->isPtr()) // rtype_tuple.cpp: item by item
    if (ll::Value t = tupleConvert(*this, rt_, v, from, want, loc); !t.isNull()) return t;
  if (have->isPtr() && want->isPtr()) return emit(ll::Op::cast_pointer, {v}, want, loc);
  if (have->kind == TK::UniChar && want == rt_.strPtr()) return charToStr(*this, rt_, v, loc); // rtype_str.cpp
  rt_.diags().report(DiagId::rt_unsupported_op, SourceRange{}, "convert",
                     "'" + ann::typeName(from) + "' (" + ll::typeName(have) + ") to '" + ll::typeName(want) + "'");
  fail();
  return v;
}

ll::Block* GraphConverter::blockFor(flow::Block* b) {
  if (b == info_->graph->returnBlock()) return out_->returnBlock();
  if (b == info_->graph->exceptBlock()) return out_->exceptBlock();
  if (b == info_->graph->startBlock()) return out_->startBlock();
  auto [it, fresh] = blocks_.try_emplace(b, nullptr);
  if (!fresh) return it->second;
  ll::Block* lb = out_->newBlock();
  lb->loc = b->loc;
  for (flow::Variable* v : b->inputs) {
    const Annotation* a = annotationOf(v);
    const ll::Type* t = rt_.lowType(a);
    if (!t) {
      rt_.diags().report(DiagId::rt_unsupported_type, SourceRange{b->loc, b->loc}, ann::typeName(a));
      fail();
      t = rt_.types().voidType();
    }
    ll::Variable* lv = out_->newVariable(t, std::string(v->name.str()));
    lb->inputs.push_back(lv);
    values_[v] = lv;
  }
  it->second = lb;
  pending_.push_back(b);
  return lb;
}

bool GraphConverter::run() {
  flow::Graph* g = info_->graph;
  auto bindInputs = [&](flow::Block* fb, ll::Block* lb) {
    for (size_t i = 0; i < fb->inputs.size() && i < lb->inputs.size(); ++i) {
      lb->inputs[i]->name = std::string(fb->inputs[i]->name.str());
      values_[fb->inputs[i]] = lb->inputs[i];
    }
  };
  bindInputs(g->startBlock(), out_->startBlock());
  // A member of a call family takes the family's parameter types: convert them to its own on
  // entry (a method's self arrives as the base class's instance pointer).
  current_ = out_->startBlock();
  for (size_t i = 0; i < g->startBlock()->inputs.size() && i < out_->startBlock()->inputs.size(); ++i) {
    flow::Variable* v = g->startBlock()->inputs[i];
    const ll::Type* own = rt_.lowType(annotationOf(v));
    if (own && own != out_->startBlock()->inputs[i]->type) values_[v] = convertTo(out_->startBlock()->inputs[i], annotationOf(v), own);
  }
  bindInputs(g->returnBlock(), out_->returnBlock());
  bindInputs(g->exceptBlock(), out_->exceptBlock());
  out_->startBlock()->loc = g->startBlock()->loc;
  blocks_[g->startBlock()] = out_->startBlock();
  pending_.push_back(g->startBlock());
  while (!pending_.empty()) {
    flow::Block* b = pending_.back();
    pending_.pop_back();
    convertBlock(b);
  }
  out_->removeUnreachableBlocks();
  return !failed_;
}

ll::Value GraphConverter::deferOvf(const flow::Variable* v, ll::Op op, std::vector<ll::Value> args, SourceLoc loc) {
  ll::Operation o;
  o.op = op;
  o.args = std::move(args);
  o.result = out_->newVariable(rt_.lowType(annotationOf(const_cast<flow::Variable*>(v))));
  o.loc = loc;
  ll::Variable* result = o.result;
  deferred_[v] = std::move(o);
  return result;
}

bool GraphConverter::emitDeferred(const flow::Variable* v) {
  auto it = deferred_.find(v);
  if (it == deferred_.end()) return false;
  current_->operations.push_back(std::move(it->second));
  deferred_.erase(it);
  return true;
}

bool GraphConverter::convertBlock(flow::Block* b) {
  ll::Block* lb = blockFor(b);
  current_ = lb;
  flowBlock_ = b;
  for (const flow::Operation& op : b->operations) {
    if (op.opcode != flow::OpCode::simple_call || op.args.size() != 2 || !op.args[1].variable()) continue;
    const Annotation* callee = annotationOf(op.args[0]);
    if (callee->is(AnnKind::Builtin) && callee->builtin == ann::BuiltinId::ra_ovfcheck) ovfChecked_.insert(op.args[1].variable());
  }
  for (size_t i = 0; i < b->operations.size(); ++i) {
    const flow::Operation& op = b->operations[i];
    lastOpStart_ = current_->operations.size();
    if (!convertOperation(op)) break;
    // An operation whose result the annotator found impossible never completes (a call of a
    // function that never returns: it always raises or recurses forever): what follows it in
    // the block is never reached, and the block ends in an unreachable one.
    bool lastRaising = i + 1 == b->operations.size() && b->exitKind == flow::ExitKind::CanRaise;
    const Annotation* r = op.result ? annotationOf(op.result) : nullptr;
    if (r && r->is(AnnKind::Impossible) && !lastRaising) {
      current_->exitKind = ll::ExitKind::Goto;
      current_->exits.push_back({{}, out_->newBlock()});
      return true;
    }
  }
  return convertExits(b, lb);
}

// f(*t, ...) of a built-in function or class, t a tuple: the same call with t's items as
// separate arguments, which is what the built-ins' rules take (print(*t), len(*t), s.join(*t)).
std::optional<flow::Operation> GraphConverter::expandStarArgs(const flow::Operation& op) {
  if (op.opcode != flow::OpCode::call_args || op.args.size() < 3 || !op.args[1].isConstant()) return std::nullopt;
  const Annotation* callee = annotationOf(op.args[0]);
  bool builtin = callee->is(AnnKind::Builtin);
  if (auto* d = callee->is(AnnKind::PBC) && callee->descs.size() == 1 ? ann::descAs<ann::ClassDesc>(callee->descs[0]) : nullptr)
    builtin = d->cls->builtin;
  if (!builtin) return std::nullopt;
  // shape: "N kw... [*] [**]"
  std::vector<std::string> words;
  std::string_view shape = op.args[1].constant()->value.text;
  for (size_t i = 0; i < shape.size();) {
    size_t j = shape.find(' ', i);
    if (j == std::string_view::npos) j = shape.size();
    if (j > i) words.emplace_back(shape.substr(i, j - i));
    i = j + 1;
  }
  if (words.empty() || words[0].find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  size_t n = std::stoul(words[0]);
  bool star = false;
  std::vector<std::string> keywords;
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "**") return std::nullopt;
    if (words[i] == "*") star = true;
    else keywords.push_back(words[i]);
  }
  size_t at = 2 + n; // the `*t` operand
  if (!star || at >= op.args.size()) return std::nullopt;
  const Annotation* t = annotationOf(op.args[at]);
  if (!t->is(AnnKind::Tuple)) return std::nullopt;
  ll::Value tuple = valueOf(op.args[at]);
  flow::Operation out = op;
  out.args.assign(op.args.begin(), op.args.begin() + at);
  for (size_t i = 0; i < t->items.size(); ++i) {
    flow::Variable* v = syntheticVars_.emplace_back(std::make_unique<flow::Variable>()).get();
    syntheticAnns_[v] = t->items[i];
    const ll::Type* it = rt_.lowType(t->items[i]);
    std::string field = "item" + std::to_string(i);
    const ll::Field* f = tuple.type()->isPtr() ? tuple.type()->target->field(field) : nullptr;
    ll::ConstValue name;
    name.text = field;
    bind(v, f ? emit(ll::Op::getfield, {tuple, constant(rt_.types().voidType(), name)}, f->type, op.loc)
              : constant(it ? it : rt_.types().voidType(), {}));
    out.args.push_back(v);
  }
  out.args.insert(out.args.end(), op.args.begin() + at + 1, op.args.end()); // the keyword values
  if (keywords.empty()) {
    out.opcode = flow::OpCode::simple_call;
    out.args.erase(out.args.begin() + 1);
    return out;
  }
  std::string& text = syntheticTexts_.emplace_back(std::to_string(n + t->items.size()));
  for (const std::string& k : keywords) text += " " + k;
  flow::Constant* k = syntheticConsts_.emplace_back(std::make_unique<flow::Constant>(*op.args[1].constant())).get();
  k->value.text = text;
  out.args[1] = k;
  return out;
}

// A dict view (d.keys(), ...) is represented as an iterator at its start; a view has no
// position, so every operation that uses one gets a copy at the start (iterating a view twice
// goes over the dict twice), except the one use of a view made in the same block.
std::optional<flow::Operation> GraphConverter::freshViews(const flow::Operation& op) {
  std::optional<flow::Operation> out;
  for (size_t i = 0; i < op.args.size(); ++i) {
    flow::Variable* v = op.args[i].variable();
    const Annotation* a = v ? annotationOf(v) : nullptr;
    if (!a || !a->is(AnnKind::Iterator) || !(a->flags & ann::annflag::View) || syntheticAnns_.count(v)) continue;
    OpCtx c{*this, rt_, op};
    if (seq::definingOp(c, v) && seq::soleUser(c, v) == &op) continue; // made here, used once
    ll::Value view = valueOf(v);
    if (!view.type()->isPtr() || !view.type()->target->field("dict")) continue;
    const ll::Type* t = view.type();
    ll::ConstValue type, dictField, indexField;
    type.type = t->target;
    dictField.text = "dict";
    indexField.text = "index";
    ll::Value copy = emit(ll::Op::malloc, {constant(rt_.types().voidType(), type)}, t, op.loc);
    const ll::Type* dictType = t->target->field("dict")->type;
    ll::Value dict = emit(ll::Op::getfield, {view, constant(rt_.types().voidType(), dictField)}, dictType, op.loc);
    emit(ll::Op::setfield, {copy, constant(rt_.types().voidType(), dictField), dict}, rt_.types().voidType(), op.loc);
    ll::ConstValue zero;
    emit(ll::Op::setfield, {copy, constant(rt_.types().voidType(), indexField), constant(rt_.types().signedType(), zero)},
         rt_.types().voidType(), op.loc);
    flow::Variable* fresh = syntheticVars_.emplace_back(std::make_unique<flow::Variable>()).get();
    syntheticAnns_[fresh] = a;
    bind(fresh, copy);
    if (!out) out = op;
    out->args[i] = fresh;
  }
  return out;
}

bool GraphConverter::convertOperation(const flow::Operation& op) {
  if (std::optional<flow::Operation> copied = freshViews(op)) {
    syntheticOps_.push_back(std::make_unique<flow::Operation>(std::move(*copied)));
    return convertOperation(*syntheticOps_.back());
  }
  if (std::optional<flow::Operation> expanded = expandStarArgs(op)) {
    // The rewritten operation lives as long as this converter: rules may keep pointers to it.
    syntheticOps_.push_back(std::make_unique<flow::Operation>(std::move(*expanded)));
    return convertOperation(*syntheticOps_.back());
  }
  OpCtx c{*this, rt_, op};
  // A pure operation whose result the annotator knows is that constant.
  if (op.result && (flow::opInfo(op.opcode).flags & flow::opflags::Pure)) {
    const Annotation* r = annotationOf(op.result);
    if (r->hasConst() && r->constant.kind != load::Value::Kind::Ref) {
      ll::Value v = lowConstant(r->constant, r, op.loc);
      if (!v.isNull()) {
        bind(op.result, v);
        return true;
      }
    }
  }
  for (OpRule rule : {rtypeInt, rtypeFloat, rtypeStr, rtypeList, rtypeTuple, rtypeDict, rtypeIO, rtypeIter, rtypeSpecial, rtypeInstance,
                      rtypeException, rtypeHints, rtypeCall, rtypeClosure, rtypePbc, rtypeMisc})
    if (rule(c)) return true;
  c.unsupported();
  return true;
}

ll::Link GraphConverter::convertLink(const flow::Link& link, ll::Block* from, bool ownBlock) {
  ll::Link out;
  ll::Block* target = blockFor(link.target);
  out.target = target;
  if (link.isException()) {
    out.lastException = out_->newVariable(rt_.vtablePtr());
    const ll::Type* excType = rt_.lowType(annotationOf(link.lastExcValue));
    out.lastExcValue = out_->newVariable(excType ? excType : rt_.objectPtr());
    values_[link.lastException] = out.lastException;
    values_[link.lastExcValue] = out.lastExcValue;
  }
  // Values already of the target's representation pass directly; others are converted, in the
  // source block or, after a raising operation or a branch, in a block of their own on the link.
  std::vector<ll::Value> values;
  bool needsConversion = false;
  for (size_t i = 0; i < link.args.size(); ++i) {
    ll::Value v = valueOf(link.args[i]);
    values.push_back(v);
    if (i < target->inputs.size() && !v.isNull() && v.type() != target->inputs[i]->type) needsConversion = true;
  }
  ll::Block* saved = current_;
  if (needsConversion && ownBlock) {
    ll::Block* mid = out_->newBlock();
    mid->loc = from->loc;
    std::vector<ll::Value> passed, inner; // inner: the values as the block sees them
    for (ll::Value v : values) {
      if (v.isConstant()) { // constants convert at translation time: not passed
        inner.push_back(v);
        continue;
      }
      ll::Variable* in = out_->newVariable(v.type());
      mid->inputs.push_back(in);
      passed.push_back(v);
      inner.push_back(in);
    }
    current_ = mid;
    std::vector<ll::Value> converted;
    for (size_t i = 0; i < values.size(); ++i)
      converted.push_back(convertTo(inner[i], annotationOf(link.args[i]), target->inputs[i]->type));
    current_ = saved;
    if (mid->operations.empty() && mid->inputs.empty()) { // constants only: the link passes them
      out.args = converted;
      return out;
    }
    mid->exitKind = ll::ExitKind::Goto;
    mid->exits.push_back({converted, target});
    out.target = mid;
    out.args = passed;
    return out;
  }
  for (size_t i = 0; i < values.size(); ++i)
    out.args.push_back(needsConversion && i < target->inputs.size()
                           ? convertTo(values[i], annotationOf(link.args[i]), target->inputs[i]->type)
                           : values[i]);
  return out;
}

bool GraphConverter::convertExits(flow::Block* b, ll::Block* lb) {
  // Only links the annotator followed: the others are never taken.
  std::vector<const flow::Link*> live;
  for (const flow::Link& l : b->exits)
    if (an_.isReached(l.target) || l.target == info_->graph->returnBlock() || l.target == info_->graph->exceptBlock())
      live.push_back(&l);
  switch (b->exitKind) {
  case flow::ExitKind::None: return true;
  case flow::ExitKind::Goto:
    lb->exitKind = ll::ExitKind::Goto;
    lb->exits.push_back(convertLink(b->exits[0], lb, false));
    return true;
  case flow::ExitKind::Branch:
  case flow::ExitKind::Switch: {
    // A switch on a value the annotator knows (a constant, or a variable it proved constant)
    // takes one way only.
    const Annotation* switchAnn = b->exitSwitch.isNull() ? nullptr : annotationOf(b->exitSwitch);
    if (live.size() > 1 && (b->exitSwitch.isConstant() || (switchAnn && switchAnn->hasConst()))) {
      const load::Value& k = b->exitSwitch.isConstant() ? b->exitSwitch.constant()->value : switchAnn->constant;
      for (const flow::Link* l : live)
        if (l->hasExitCase && l->exitCase.kind == k.kind &&
            ((k.kind == load::Value::Kind::Bool && l->exitCase.boolValue == k.boolValue) ||
             (k.kind == load::Value::Kind::Int && l->exitCase.intValue == k.intValue))) {
          live = {l};
          break;
        }
    }
    if (live.size() == 1) {
      lb->exitKind = ll::ExitKind::Goto;
      lb->exits.push_back(convertLink(*live[0], lb, false));
      return true;
    }
    lb->exitKind = b->exitKind == flow::ExitKind::Branch ? ll::ExitKind::Branch : ll::ExitKind::Switch;
    lb->exitSwitch = valueOf(b->exitSwitch);
    for (const flow::Link* l : live) {
      // Conversions for one way are done on that way only (a block of their own).
      ll::Link out = convertLink(*l, lb, true);
      if (l->hasExitCase) {
        out.hasCase = true;
        const load::Value& v = l->exitCase;
        out.caseValue = v.kind == load::Value::Kind::Bool ? int64_t(v.boolValue)
                      : v.kind == load::Value::Kind::Str && !v.text.empty() ? firstCodePoint(v.text)
                                                                            : v.intValue;
      }
      lb->exits.push_back(std::move(out));
    }
    return true;
  }
  case flow::ExitKind::CanRaise: {
    // The exception links catch what the last operation's low-level operations raise; when
    // none of them can raise (iter() of a list is a malloc), there is nothing to catch.
    bool raises = false;
    for (size_t i = lastOpStart_; i < lb->operations.size(); ++i)
      raises |= (ll::opInfo(lb->operations[i].op).flags & ll::opflags::CanRaise) != 0;
    if (!raises && !live.empty() && !live[0]->isException()) {
      lb->exitKind = ll::ExitKind::Goto;
      lb->exits.push_back(convertLink(*live[0], lb, false));
      return true;
    }
    lb->exitKind = ll::ExitKind::CanRaise;
    // An operation the annotator found always raises (next() of an empty tuple's iterator):
    // its normal way is never taken, and leads to an unreachable block.
    if (raises && (live.empty() || live[0]->isException())) {
      ll::Link never;
      never.target = out_->newBlock();
      lb->exits.push_back(std::move(never));
    }
    for (const flow::Link* l : live) {
      ll::Link out = convertLink(*l, lb, true);
      if (l->isException() && l->hasExitCase && l->exitCase.isRef()) {
        if (load::Class* cls = l->exitCase.isRef() ? an_.bookkeeper().asClass(l->exitCase.ref) : nullptr) {
          ann::ClassDef* cd = an_.bookkeeper().classDef(cls);
          if (!cd && cls->builtin) cd = an_.bookkeeper().builtinExceptionClassDef(cls->qualname.str());
          if (cd) out.caughtClass = rt_.classRepr(cd)->vtableObject;
        }
      }
      lb->exits.push_back(std::move(out));
    }
    if (lb->exits.size() == 1 && !lb->exits[0].isException())
      lb->exitKind = ll::ExitKind::Goto; // nothing it raises is caught
    return true;
  }
  }
  return true;
}

} // namespace kiln::rt

// JIT hints and debugging aids: what the JIT generator reads and codegen mostly drops.
//
// `driver.jit_merge_point(...)` / `can_enter_jit(...)` become jit_marker with the marker's name
// and the driver's name as Void operands, then the greens and reds in the driver's order (a
// green converted to the representation of the matching parameter of the driver's
// get_printable_location when that is wider -- a bool green of an int parameter --, so that
// the JIT can call that graph with the greens as the marker holds them);
// promote/promote_string/we_are_jitted/record_exact_class/hint have their jit_* operations.
// Hints whose answer is known outside traces are constants here: isconstant and isvirtual are
// False in compiled code, we_are_translated is True.
#include "rtyper/convert.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::BuiltinId;
using flow::OpCode;

std::string jitDriverName(const ann::Annotation* driver) {
  return driver->is(AnnKind::PBC) && driver->descs.size() == 1 ? driver->descs[0]->name : "?";
}

namespace {

// jit_marker(marker, driver, greens..., reds...).
bool rtypeJitMarker(OpCtx& c) {
  std::string driver = jitDriverName(c.ann(0));
  const ll::Graph* where = c.rt.printableLocation(driver);
  const ann::GraphInfo* info = where ? c.rt.infoOf(where) : nullptr;
  // One parameter per green (the annotator checked); a hidden closure parameter may follow.
  size_t greens = info ? info->graph->startBlock()->inputs.size() : 0;
  std::vector<ll::Value> args{c.voidConst(std::string(flow::opName(c.op.opcode))), c.voidConst(driver)};
  for (size_t i = 1; i < c.count(); ++i) {
    ll::Value v = c.arg(i);
    if (i - 1 < greens && i - 1 < where->funcType()->params.size())
      v = c.gc.convertTo(v, c.ann(i), where->funcType()->params[i - 1]);
    args.push_back(v);
  }
  c.emit(ll::Op::jit_marker, std::move(args), c.rt.types().voidType());
  c.result(c.gc.constant(c.rt.types().voidType(), {}));
  return true;
}

ll::Value boolConst(OpCtx& c, bool b) {
  ll::ConstValue v;
  v.i = b;
  return c.gc.constant(c.rt.types().boolType(), v);
}

bool hintBuiltin(OpCtx& c, BuiltinId id) {
  const ll::Type* voidT = c.rt.types().voidType();
  switch (id) {
  case BuiltinId::jit_promote:
    if (c.count() != 2) return false;
    c.result(c.emit(ll::Op::jit_promote, {c.arg(1, c.resultAnn())}, c.rt.lowType(c.resultAnn())));
    return true;
  case BuiltinId::jit_promote_string:
    if (c.count() != 2) return false;
    c.result(c.emit(ll::Op::jit_promote_string, {c.arg(1, c.resultAnn())}, c.rt.lowType(c.resultAnn())));
    return true;
  case BuiltinId::jit_we_are_jitted: c.result(c.emit(ll::Op::jit_we_are_jitted, {}, c.rt.types().boolType())); return true;
  case BuiltinId::jit_isconstant:
  case BuiltinId::jit_isvirtual: c.result(boolConst(c, false)); return true;
  case BuiltinId::om_we_are_translated: c.result(boolConst(c, true)); return true;
  case BuiltinId::om_compute_identity_hash: {
    // The identity hash of an object in the GC heap, stable while it lives.
    const ll::Type* t = c.count() == 2 ? c.rt.lowType(c.ann(1)) : nullptr;
    if (!t || !t->isGcPtr() || c.ann(1)->canBeNone()) return false;
    c.result(c.emit(ll::Op::gc_identityhash, {c.arg(1)}, c.rt.types().signedType()));
    return true;
  }
  case BuiltinId::jit_assert_green:
  case BuiltinId::jit_set_param:
  case BuiltinId::jit_set_user_param:
  case BuiltinId::om_keepalive_until_here:
  case BuiltinId::debug_make_sure_not_resized: c.result(c.gc.constant(voidT, {})); return true;
  case BuiltinId::jit_current_trace_length: {
    ll::ConstValue v;
    v.i = -1; // no trace is being recorded in compiled code
    c.result(c.gc.constant(c.rt.types().signedType(), v));
    return true;
  }
  case BuiltinId::jit_record_exact_class: {
    if (c.count() != 3 || !c.ann(1)->is(AnnKind::Instance)) return false;
    ann::ClassDef* cd = classConstant(c, c.ann(2));
    if (!cd) return false;
    ll::ConstValue vt;
    vt.object = c.rt.classRepr(cd)->vtableObject;
    ll::Value vtable = c.gc.constant(c.rt.types().ptr(c.rt.classRepr(cd)->vtable), vt);
    c.emit(ll::Op::jit_record_exact_class, {c.arg(1), c.emit(ll::Op::cast_pointer, {vtable}, c.rt.vtablePtr())}, voidT);
    c.result(c.gc.constant(voidT, {}));
    return true;
  }
  case BuiltinId::debug_ll_assert: {
    if (c.count() != 3 || !c.ann(1)->isIntLike() || !c.ann(2)->isStrLike() || !c.ann(2)->hasConst()) return false;
    ll::Value cond = c.ann(1)->is(AnnKind::Bool) ? c.arg(1) : c.emit(ll::Op::int_is_true, {c.arg(1)}, c.rt.types().boolType());
    c.emit(ll::Op::debug_assert, {cond, c.voidConst(std::string(c.ann(2)->constant.text))}, voidT);
    c.result(c.gc.constant(voidT, {}));
    return true;
  }
  default: return false;
  }
}

} // namespace

bool rtypeHints(OpCtx& c) {
  switch (c.op.opcode) {
  case OpCode::jit_merge_point:
  case OpCode::can_enter_jit: return rtypeJitMarker(c);
  case OpCode::hint: {
    // hint(x, name, value, ...): the names and values as one Void text ("promote=True").
    std::string text;
    for (size_t i = 1; i + 1 < c.count(); i += 2) {
      const ann::Annotation* name = c.ann(i);
      const ann::Annotation* value = c.ann(i + 1);
      if (!name->hasConst() || !value->hasConst()) return false;
      text += (text.empty() ? "" : " ") + std::string(name->constant.text) + "=" + ann::annotationName(value).substr(ann::annotationName(value).find('=') + 1);
    }
    c.result(c.emit(ll::Op::jit_hint, {c.arg(0, c.resultAnn()), c.voidConst(text)}, c.rt.lowType(c.resultAnn())));
    return true;
  }
  case OpCode::simple_call:
    if (std::optional<BuiltinId> id = c.builtinCallee()) return hintBuiltin(c, *id);
    return false;
  default: return false;
  }
}

} // namespace kiln::rt

// Operation dispatch and the handler context (see ops.h).
#include "annotator/ops.h"

namespace kiln::ann {

OpSite::OpSite(Annotator& a, GraphInfo* g, flow::Block* b, size_t i)
    : an(a), l(a.lattice()), bk(a.bookkeeper()), graph(g), block(b), op(b->operations[i]), index(i) {}

const Annotation* OpSite::arg(size_t i) {
  flow::Value v = op.args[i];
  if (flow::Variable* var = v.variable()) {
    const Annotation* a = an.binding(var);
    return a ? a : l.impossible();
  }
  std::string why;
  const Annotation* a = bk.constant(v.constant()->value, &why);
  if (!a) report(DiagId::ann_unsupported_constant, {why});
  return a;
}

std::optional<std::string_view> OpSite::strArg(size_t i) const {
  const load::Value* v = constArg(i);
  if (!v || v->kind != load::Value::Kind::Str) return std::nullopt;
  return v->text;
}

SourceLoc OpSite::originOf(size_t i) const {
  flow::Value v = op.args[i];
  if (flow::Variable* var = v.variable()) return an.originOf(var);
  return v.constant()->loc;
}

std::string OpSite::describe(size_t i, std::string_view fallback) const {
  flow::Variable* v = var(i);
  if (v && v->name && v->name.str()[0] != '<' && v->name.str()[0] != '.') return "'" + std::string(v->name.str()) + "'";
  return std::string(fallback);
}

std::optional<Report> OpSite::report(DiagId id, const std::vector<DiagArg>& args) {
  if (!an.firstErrorAt(&op)) return std::nullopt;
  return an.report(graph, op.range(), op.caretLoc(), id, args);
}

const Annotation* OpSite::failWithOrigin(DiagId id, const std::vector<DiagArg>& args,
                                         std::initializer_list<size_t> argsToExplain) {
  std::optional<Report> r = report(id, args);
  if (!r) return nullptr;
  for (size_t i : argsToExplain) {
    const Annotation* a = an.annotationOf(op.args[i]);
    if (!a || (!var(i) && !originOf(i).isValid())) continue;
    std::string fallback = "the value";
    if (op.opcode == flow::OpCode::contains) fallback = i == 0 ? "the container" : "the value";
    else if (argsToExplain.size() == 2) fallback = i == 0 ? "the left operand" : "the right operand";
    r->origin(originOf(i), describe(i, fallback), a);
  }
  return nullptr;
}

// One line per operation of flow_ops.def.
const Annotation* annotateOp(OpSite& site) {
  using flow::OpCode;
  // An argument without a value yet (a local that is unbound on this path, or a value still
  // Impossible) means the operation is not reached with a value: wait.
  // An argument from an operation that had an error: no new error about it.
  for (size_t i = 0; i < site.argCount(); ++i) {
    if (!site.var(i)) continue;
    const Annotation* a = site.an.binding(site.var(i));
    if (a && a->isPoison()) return site.l.poison();
    if ((!a || a->isImpossible()) && site.op.opcode != OpCode::check_bound) return site.l.impossible();
  }
  switch (site.op.opcode) {
  case OpCode::pos:
  case OpCode::neg:
  case OpCode::invert: return annotateUnary(site);
  case OpCode::bool_: return annotateTruth(site, false);
  case OpCode::not_: return annotateTruth(site, true);
  case OpCode::add:
  case OpCode::sub:
  case OpCode::mul:
  case OpCode::matmul:
  case OpCode::truediv:
  case OpCode::mod:
  case OpCode::pow:
  case OpCode::lshift:
  case OpCode::rshift:
  case OpCode::or_:
  case OpCode::xor_:
  case OpCode::and_:
  case OpCode::floordiv: return annotateBinary(site, false);
  case OpCode::inplace_add:
  case OpCode::inplace_sub:
  case OpCode::inplace_mul:
  case OpCode::inplace_matmul:
  case OpCode::inplace_truediv:
  case OpCode::inplace_mod:
  case OpCode::inplace_pow:
  case OpCode::inplace_lshift:
  case OpCode::inplace_rshift:
  case OpCode::inplace_or:
  case OpCode::inplace_xor:
  case OpCode::inplace_and:
  case OpCode::inplace_floordiv: return annotateBinary(site, true);
  case OpCode::lt:
  case OpCode::le:
  case OpCode::eq:
  case OpCode::ne:
  case OpCode::gt:
  case OpCode::ge: return annotateCompare(site);
  case OpCode::is_: return annotateIs(site);
  case OpCode::contains: return annotateContains(site);
  case OpCode::getattr: return annotateGetattr(site);
  case OpCode::setattr: return annotateSetattr(site);
  case OpCode::delattr: return annotateDelattr(site);
  case OpCode::getitem: return annotateGetitem(site);
  case OpCode::setitem: return annotateSetitem(site);
  case OpCode::delitem: return annotateDelitem(site);
  case OpCode::getslice: return annotateGetslice(site);
  case OpCode::setslice: return annotateSetslice(site);
  case OpCode::delslice: return annotateDelslice(site);
  case OpCode::simple_call: return annotateSimpleCall(site);
  case OpCode::call_args: return annotateCallArgs(site);
  case OpCode::newtuple: return annotateNewtuple(site);
  case OpCode::newlist: return annotateNewlist(site);
  case OpCode::newdict: return annotateNewdict(site);
  case OpCode::newset: return site.fail(DiagId::ann_unsupported_here, {"sets"});
  case OpCode::newslice: return site.fail(DiagId::ann_unsupported_here, {"slice objects (other than in x[a:b])"});
  case OpCode::buildstr: return annotateBuildstr(site);
  case OpCode::format: return annotateFormat(site);
  case OpCode::str:
  case OpCode::repr:
  case OpCode::ascii: return annotateToStr(site);
  case OpCode::iter: return annotateIter(site);
  case OpCode::next: return annotateNext(site);
  case OpCode::unpack_check: return annotateUnpackCheck(site);
  case OpCode::type: return annotateType(site);
  case OpCode::isinstance: return annotateIsinstance(site);
  case OpCode::issubtype: return annotateIssubtype(site);
  case OpCode::make_function: return annotateMakeFunction(site);
  case OpCode::newcell: return annotateNewcell(site);
  case OpCode::cell_get: return annotateCellGet(site);
  case OpCode::cell_set: return annotateCellSet(site);
  case OpCode::closure_cell: return annotateClosureCell(site);
  case OpCode::yield_: return site.fail(DiagId::ann_unsupported_here, {"'yield' outside a generator"});
  case OpCode::jit_merge_point:
  case OpCode::can_enter_jit: return annotateJitMarker(site);
  case OpCode::hint: return annotateHint(site);
  case OpCode::check_bound: return annotateCheckBound(site);
  case OpCode::same_as: return site.arg(0);
  }
  return site.fail(DiagId::ann_unsupported_here, {std::string(flow::opName(site.op.opcode))});
}

} // namespace kiln::ann

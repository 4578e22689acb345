// Floats: IEEE doubles. Arithmetic mixing ints and floats converts the int operand
// (cast_int_to_float); `/` on floats raises ZeroDivisionError for a zero divisor, checked
// before the division (float_truediv itself never raises).
//
// `**`, `//`, `%`, divmod() and round() are runtime helpers (helpers.def, "numbers"): CPython
// computes them with care that a single C operation lacks (`//` and `%` from fmod, so that
// a == (a // b) * b + a % b holds as closely as it can; round() on the exact decimal value, halves
// to even), and each raises where CPython does (ZeroDivisionError, OverflowError, ValueError).
// min/max of any number of arguments is a chain of compares and selects.
#include "rtyper/convert.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using flow::OpCode;

namespace {

struct FloatOp {
  OpCode flow;
  ll::Op op;
};

constexpr FloatOp kBinary[] = {
    {OpCode::add, ll::Op::float_add}, {OpCode::inplace_add, ll::Op::float_add},
    {OpCode::sub, ll::Op::float_sub}, {OpCode::inplace_sub, ll::Op::float_sub},
    {OpCode::mul, ll::Op::float_mul}, {OpCode::inplace_mul, ll::Op::float_mul},
};

constexpr FloatOp kCompare[] = {
    {OpCode::lt, ll::Op::float_lt}, {OpCode::le, ll::Op::float_le}, {OpCode::eq, ll::Op::float_eq},
    {OpCode::ne, ll::Op::float_ne}, {OpCode::gt, ll::Op::float_gt}, {OpCode::ge, ll::Op::float_ge},
};

bool number(const Annotation* a) { return a->isIntLike() || a->is(AnnKind::Float); }

bool nonZeroConstant(ll::Value v) {
  ll::Constant* c = v.constant();
  return c && (c->type->kind == ll::TypeKind::Float ? c->value.f != 0.0 : c->value.i != 0);
}

// math.*: one helper call each (the C library, with CPython's errors); fabs is inline.
bool mathBuiltin(OpCtx& c, ann::BuiltinId id) {
  const Annotation* f = c.rt.annotator().lattice().floating();
  const ll::Type* ft = c.rt.types().floatType();
  struct Row {
    ann::BuiltinId id;
    HelperId helper;
    int arity;
  };
  static const Row kRows[] = {
      {ann::BuiltinId::math_sqrt, HelperId::math_sqrt, 1},   {ann::BuiltinId::math_floor, HelperId::math_floor, 1},
      {ann::BuiltinId::math_ceil, HelperId::math_ceil, 1},   {ann::BuiltinId::math_exp, HelperId::math_exp, 1},
      {ann::BuiltinId::math_log, HelperId::math_log, 1},     {ann::BuiltinId::math_sin, HelperId::math_sin, 1},
      {ann::BuiltinId::math_cos, HelperId::math_cos, 1},     {ann::BuiltinId::math_atan2, HelperId::math_atan2, 2},
      {ann::BuiltinId::math_isnan, HelperId::math_isnan, 1}, {ann::BuiltinId::math_isinf, HelperId::math_isinf, 1},
  };
  if (id == ann::BuiltinId::math_fabs) {
    if (c.count() != 2 || !number(c.ann(1))) return false;
    c.result(c.emit(ll::Op::float_abs, {c.arg(1, f)}, ft));
    return true;
  }
  if (id == ann::BuiltinId::math_gcd) {
    if (c.count() != 3 || !c.ann(1)->isIntLike() || !c.ann(2)->isIntLike()) return false;
    const Annotation* i = c.rt.annotator().lattice().integer();
    c.result(c.callHelper(HelperId::math_gcd, {c.arg(1, i), c.arg(2, i)}, c.rt.types().signedType()));
    return true;
  }
  for (const Row& row : kRows) {
    if (row.id != id) continue;
    if (int(c.count()) != row.arity + 1) return false;
    std::vector<ll::Value> args;
    for (int k = 1; k <= row.arity; ++k) {
      if (!number(c.ann(size_t(k)))) return false;
      args.push_back(c.arg(size_t(k), f));
    }
    c.result(c.callHelper(row.helper, std::move(args), c.rt.lowType(c.resultAnn())));
    return true;
  }
  return false;
}

// min(a, b, ...) / max(a, b, ...) with a float result: each next argument replaces the one so
// far only when strictly smaller (larger), so the first of equal values wins and a NaN first
// argument stays, as in CPython.
bool minMax(OpCtx& c, bool isMin) {
  if (c.count() < 3 || !c.resultAnn()->is(AnnKind::Float)) return false;
  const Annotation* f = c.rt.annotator().lattice().floating();
  ll::Value best = c.arg(1, f);
  for (size_t k = 2; k < c.count(); ++k) {
    if (!number(c.ann(k))) return false;
    ll::Value x = c.arg(k, f);
    ll::Value pick =
        c.emit(isMin ? ll::Op::float_lt : ll::Op::float_gt, {x, best}, c.rt.types().boolType());
    best = c.emit(ll::Op::select, {pick, x, best}, best.type());
  }
  c.result(best);
  return true;
}

// round(x) -> int, round(x, n) -> float: helpers, for CPython's halves-to-even on the exact
// decimal value and its errors.
bool round(OpCtx& c) {
  if (c.count() < 2 || c.count() > 3 || !c.ann(1)->is(AnnKind::Float)) return false;
  const ll::Type* r = c.rt.lowType(c.resultAnn());
  if (c.count() == 2) {
    c.result(c.callHelper(HelperId::float_round, {c.arg(1)}, r));
    return true;
  }
  if (!c.ann(2)->isIntLike()) return false;
  c.result(c.callHelper(HelperId::float_round_digits,
                        {c.arg(1), c.arg(2, c.rt.annotator().lattice().integer())}, r));
  return true;
}

// float(x), abs(x), min/max, divmod and round with floats; math.*.
bool floatBuiltin(OpCtx& c) {
  std::optional<ann::BuiltinId> callee = c.builtinCallee();
  if (!callee || c.count() < 2) return false;
  const Annotation* f = c.rt.annotator().lattice().floating();
  const ll::Type* ft = c.rt.types().floatType();
  switch (*callee) {
  case ann::BuiltinId::float_:
    if (c.count() != 2 || !number(c.ann(1))) return false;
    c.result(c.arg(1, f));
    return true;
  case ann::BuiltinId::bool_:
    if (c.count() != 2 || !c.ann(1)->is(AnnKind::Float)) return false;
    c.result(c.emit(ll::Op::float_is_true, {c.arg(1)}, c.rt.types().boolType()));
    return true;
  case ann::BuiltinId::hash:
  case ann::BuiltinId::om_compute_hash: {
    // hash(): CPython's numeric hash; compute_hash(): kiln's (docs/hints.md), the same except
    // that an integral value hashes as the 64-bit int and NaN as 0.
    if (c.count() != 2 || !c.ann(1)->is(AnnKind::Float)) return false;
    HelperId h =
        *callee == ann::BuiltinId::hash ? HelperId::float_hash : HelperId::float_compute_hash;
    c.result(c.callHelper(h, {c.arg(1)}, c.rt.types().signedType()));
    return true;
  }
  case ann::BuiltinId::abs:
    if (c.count() != 2 || !c.ann(1)->is(AnnKind::Float)) return false;
    c.result(c.emit(ll::Op::float_abs, {c.arg(1)}, ft));
    return true;
  case ann::BuiltinId::min:
  case ann::BuiltinId::max: return minMax(c, *callee == ann::BuiltinId::min);
  case ann::BuiltinId::divmod: {
    // One helper: it raises ZeroDivisionError ('float divmod()') and makes the tuple.
    const ll::Type* tuple = c.rt.lowType(c.resultAnn());
    if (c.count() != 3 || !tuple || !number(c.ann(1)) || !number(c.ann(2))) return false;
    c.result(c.callHelper(HelperId::float_divmod, {c.arg(1, f), c.arg(2, f)}, tuple));
    return true;
  }
  case ann::BuiltinId::round: return round(c);
  default: return mathBuiltin(c, *callee);
  }
}

// Float operations that are runtime helpers: `**` (C's pow() with CPython's errors), `//` and
// `%` (CPython's fmod-based results, ZeroDivisionError).
std::optional<HelperId> helperOf(OpCode op) {
  switch (op) {
  case OpCode::pow:
  case OpCode::inplace_pow: return HelperId::float_pow;
  case OpCode::floordiv:
  case OpCode::inplace_floordiv: return HelperId::float_floordiv;
  case OpCode::mod:
  case OpCode::inplace_mod: return HelperId::float_mod;
  default: return std::nullopt;
  }
}

} // namespace

bool rtypeFloat(OpCtx& c) {
  OpCode op = c.op.opcode;
  const Annotation* f = c.rt.annotator().lattice().floating();
  if (c.count() == 2 && number(c.ann(0)) && number(c.ann(1)) &&
      (c.ann(0)->is(AnnKind::Float) || c.ann(1)->is(AnnKind::Float))) {
    for (const FloatOp& row : kCompare) {
      if (row.flow != op) continue;
      c.result(c.emit(row.op, {c.arg(0, f), c.arg(1, f)}, c.rt.types().boolType()));
      return true;
    }
    for (const FloatOp& row : kBinary) {
      if (row.flow != op) continue;
      c.result(c.emit(row.op, {c.arg(0, f), c.arg(1, f)}, c.rt.types().floatType()));
      return true;
    }
    if (std::optional<HelperId> h = helperOf(op)) {
      c.result(c.callHelper(*h, {c.arg(0, f), c.arg(1, f)}, c.rt.types().floatType()));
      return true;
    }
    if (op == OpCode::truediv || op == OpCode::inplace_truediv) {
      ll::Value b = c.arg(1, f);
      c.result(c.emit(nonZeroConstant(b) ? ll::Op::float_truediv : ll::Op::float_truediv_zer, {c.arg(0, f), b},
                      c.rt.types().floatType()));
      return true;
    }
    return false;
  }
  // int / int is a float too.
  if (c.count() == 2 && (op == OpCode::truediv || op == OpCode::inplace_truediv) && c.ann(0)->isIntLike() &&
      c.ann(1)->isIntLike()) {
    // Two signed ints: CPython's message for a zero divisor differs from floats'.
    const ll::Type* signedType = c.rt.types().signedType();
    if (c.rt.lowType(c.ann(0)) == signedType && c.rt.lowType(c.ann(1)) == signedType && !nonZeroConstant(c.arg(1))) {
      c.result(c.emit(ll::Op::int_truediv_zer, {c.arg(0), c.arg(1)}, c.rt.types().floatType()));
      return true;
    }
    ll::Value b = c.arg(1, f);
    c.result(c.emit(nonZeroConstant(b) ? ll::Op::float_truediv : ll::Op::float_truediv_zer, {c.arg(0, f), b},
                    c.rt.types().floatType()));
    return true;
  }
  if (op == OpCode::simple_call) return floatBuiltin(c);
  if (c.count() == 1 && c.ann(0)->is(AnnKind::Float)) {
    switch (op) {
    case OpCode::bool_: c.result(c.emit(ll::Op::float_is_true, {c.arg(0)}, c.rt.types().boolType())); return true;
    case OpCode::not_:
      c.result(c.emit(ll::Op::bool_not, {c.emit(ll::Op::float_is_true, {c.arg(0)}, c.rt.types().boolType())},
                      c.rt.types().boolType()));
      return true;
    case OpCode::neg: c.result(c.emit(ll::Op::float_neg, {c.arg(0)}, c.rt.types().floatType())); return true;
    case OpCode::pos: c.result(c.arg(0)); return true;
    default: return false;
    }
  }
  return false;
}

} // namespace kiln::rt

// Integers and bools: Signed (int), Unsigned (r_uint) and Bool.
//
// Arithmetic wraps (int_add ...), as run-time ints are machine words; `ovfcheck(a + b)` lowers
// to int_add_ovf, which raises OverflowError (the converter defers the add to the ovfcheck
// call, so the raising operation ends the block where the flow graph catches the error).
// Division and modulo follow Python's rounding and raise ZeroDivisionError (int_floordiv_zer)
// unless the divisor is a non-zero constant. Bools take part in int arithmetic as 0/1 (the
// annotator gives the result int, and the operands are converted to Signed).
//
// What is a runtime helper (helpers.def, "numbers") and why: `a ** b` (int_pow: a loop, and
// errors for negative exponents, whose CPython result would be a float), int(float)
// (float_to_int: CPython raises for inf, nan and values out of range, a cast does not check),
// round(i, n) for n < 0. divmod(a, b) is inline (floordiv, then mod, then the tuple), except
// where a try catches its ZeroDivisionError: a raising operation must end its block, and the
// tuple cannot be made after it, so it is one int_divmod call there. min/max of any number of
// arguments is a chain of compares and selects.
#include "rtyper/convert.h"

#include <cstdint>

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using flow::OpCode;

namespace {

struct IntOps {
  OpCode flow;
  ll::Op sig, uns, ovf; // ovf: the *_ovf form, or the signed op itself when it has none
};

// The same op in both representations, and the overflow-checking form where one exists.
constexpr IntOps kBinary[] = {
    {OpCode::add, ll::Op::int_add, ll::Op::uint_add, ll::Op::int_add_ovf},
    {OpCode::inplace_add, ll::Op::int_add, ll::Op::uint_add, ll::Op::int_add_ovf},
    {OpCode::sub, ll::Op::int_sub, ll::Op::uint_sub, ll::Op::int_sub_ovf},
    {OpCode::inplace_sub, ll::Op::int_sub, ll::Op::uint_sub, ll::Op::int_sub_ovf},
    {OpCode::mul, ll::Op::int_mul, ll::Op::uint_mul, ll::Op::int_mul_ovf},
    {OpCode::inplace_mul, ll::Op::int_mul, ll::Op::uint_mul, ll::Op::int_mul_ovf},
    {OpCode::and_, ll::Op::int_and, ll::Op::uint_and, ll::Op::int_and},
    {OpCode::inplace_and, ll::Op::int_and, ll::Op::uint_and, ll::Op::int_and},
    {OpCode::or_, ll::Op::int_or, ll::Op::uint_or, ll::Op::int_or},
    {OpCode::inplace_or, ll::Op::int_or, ll::Op::uint_or, ll::Op::int_or},
    {OpCode::xor_, ll::Op::int_xor, ll::Op::uint_xor, ll::Op::int_xor},
    {OpCode::inplace_xor, ll::Op::int_xor, ll::Op::uint_xor, ll::Op::int_xor},
    {OpCode::lshift, ll::Op::int_lshift, ll::Op::uint_lshift, ll::Op::int_lshift_ovf},
    {OpCode::inplace_lshift, ll::Op::int_lshift, ll::Op::uint_lshift, ll::Op::int_lshift_ovf},
    {OpCode::rshift, ll::Op::int_rshift, ll::Op::uint_rshift, ll::Op::int_rshift},
    {OpCode::inplace_rshift, ll::Op::int_rshift, ll::Op::uint_rshift, ll::Op::int_rshift},
    {OpCode::floordiv, ll::Op::int_floordiv_zer, ll::Op::uint_floordiv, ll::Op::int_floordiv_ovf_zer},
    {OpCode::inplace_floordiv, ll::Op::int_floordiv_zer, ll::Op::uint_floordiv, ll::Op::int_floordiv_ovf_zer},
    {OpCode::mod, ll::Op::int_mod_zer, ll::Op::uint_mod, ll::Op::int_mod_zer},
    {OpCode::inplace_mod, ll::Op::int_mod_zer, ll::Op::uint_mod, ll::Op::int_mod_zer},
};

constexpr IntOps kCompare[] = {
    {OpCode::lt, ll::Op::int_lt, ll::Op::uint_lt, ll::Op::int_lt},
    {OpCode::le, ll::Op::int_le, ll::Op::uint_le, ll::Op::int_le},
    {OpCode::eq, ll::Op::int_eq, ll::Op::uint_eq, ll::Op::int_eq},
    {OpCode::ne, ll::Op::int_ne, ll::Op::uint_ne, ll::Op::int_ne},
    {OpCode::gt, ll::Op::int_gt, ll::Op::uint_gt, ll::Op::int_gt},
    {OpCode::ge, ll::Op::int_ge, ll::Op::uint_ge, ll::Op::int_ge},
};

bool intLike(const Annotation* a) { return a->isIntLike(); }

// A divisor known to be non-zero: the plain op is enough.
ll::Op withoutZeroCheck(ll::Op op) {
  switch (op) {
  case ll::Op::int_floordiv_zer: return ll::Op::int_floordiv;
  case ll::Op::int_floordiv_ovf_zer: return ll::Op::int_floordiv_ovf;
  case ll::Op::int_mod_zer: return ll::Op::int_mod;
  default: return op;
  }
}

bool nonZeroConstant(ll::Value v) {
  ll::Constant* c = v.constant();
  return c && c->value.i != 0;
}

// A tuple of the result's type (divmod's) holding `items`: a malloc and a setfield per item.
ll::Value newTuple(OpCtx& c, const ll::Type* ptr, std::vector<ll::Value> items) {
  ll::ConstValue type;
  type.type = ptr->target;
  ll::Value t = c.emit(ll::Op::malloc, {c.gc.constant(c.rt.types().voidType(), type)}, ptr);
  for (size_t k = 0; k < items.size(); ++k)
    c.emit(ll::Op::setfield, {t, c.voidConst("item" + std::to_string(k)), items[k]},
           c.rt.types().voidType());
  return t;
}

// divmod(a, b) of ints: (a // b, a % b) with Python's rounding. The floordiv checks the divisor
// (ZeroDivisionError), so the mod after it needs no check. Where a try catches the error the
// raising operation must end the block, and the tuple cannot be built after it: one int_divmod
// call then.
bool divmod(OpCtx& c) {
  const Annotation* r = c.resultAnn();
  const ll::Type* ptr = c.rt.lowType(r);
  if (c.count() != 3 || !c.ann(1)->isIntLike() || !c.ann(2)->isIntLike() ||
      c.ann(1)->isUnsigned() || c.ann(2)->isUnsigned() || !ptr || !r->is(AnnKind::Tuple))
    return false;
  const Annotation* i = c.rt.annotator().lattice().integer();
  const ll::Type* s = c.rt.types().signedType();
  ll::Value a = c.arg(1, i), b = c.arg(2, i);
  if (!nonZeroConstant(b) && c.endsRaisingBlock()) {
    c.result(c.callHelper(HelperId::int_divmod, {a, b}, ptr));
    return true;
  }
  ll::Value q, m;
  ll::Constant *ka = a.constant(), *kb = b.constant();
  if (ka && kb && kb->value.i != 0 && !(kb->value.i == -1 && ka->value.i == INT64_MIN)) { // folds
    int64_t x = ka->value.i, y = kb->value.i, quot = x / y, rem = x % y;
    if (rem != 0 && (rem < 0) != (y < 0)) { // Python rounds toward minus infinity
      quot -= 1;
      rem += y;
    }
    q = c.constInt(quot);
    m = c.constInt(rem);
  } else {
    q = c.emit(nonZeroConstant(b) ? ll::Op::int_floordiv : ll::Op::int_floordiv_zer, {a, b}, s);
    m = c.emit(ll::Op::int_mod, {a, b}, s);
  }
  c.result(newTuple(c, ptr, {q, m}));
  return true;
}

// min(a, b, ...) / max(a, b, ...) of ints or bools: CPython keeps the first of equal values, so
// each next argument replaces the one so far only when strictly smaller (larger).
bool minMax(OpCtx& c, bool isMin) {
  const Annotation* r = c.resultAnn();
  if (c.count() < 3 || !r->isIntLike()) return false;
  for (size_t k = 1; k < c.count(); ++k)
    if (!c.ann(k)->isIntLike()) return false;
  ll::TypeContext& t = c.rt.types();
  // Bools compare as ints; the result keeps the chosen bool.
  const Annotation* cmp = r->is(AnnKind::Bool) ? c.rt.annotator().lattice().integer() : r;
  ll::Op lt = r->isUnsigned() ? ll::Op::uint_lt : ll::Op::int_lt;
  ll::Value best = c.arg(1, r), bestKey = c.arg(1, cmp);
  for (size_t k = 2; k < c.count(); ++k) {
    ll::Value x = c.arg(k, r), key = c.arg(k, cmp);
    ll::Value pick = c.emit(
        lt, isMin ? std::vector<ll::Value>{key, bestKey} : std::vector<ll::Value>{bestKey, key},
        t.boolType());
    best = c.emit(ll::Op::select, {pick, x, best}, best.type());
    if (cmp == r)
      bestKey = best;
    else if (k + 1 < c.count())
      bestKey = c.emit(ll::Op::select, {pick, key, bestKey}, bestKey.type());
  }
  c.result(best);
  return true;
}

// round(i) is i; round(i, n) is i for n >= 0 and int_round_digits otherwise.
bool roundInt(OpCtx& c) {
  if (!c.ann(1)->isIntLike() || !c.resultAnn()->is(AnnKind::Int) || c.resultAnn()->isUnsigned())
    return false;
  const Annotation* r = c.resultAnn();
  ll::Value x = c.arg(1, r);
  if (c.count() == 2 || (c.ann(2)->hasConst() && c.ann(2)->constant.intValue >= 0)) {
    c.result(x);
    return true;
  }
  c.result(c.callHelper(HelperId::int_round_digits, {x, c.arg(2, r)}, c.rt.lowType(r)));
  return true;
}

// operator.add(a, b) & co. (the operator module, which RPython interpreters keep in tables): the
// annotator annotated the call as the operation on its arguments, so the call is lowered as that
// operation by the families that lower it on numbers, strs, lists and tuples.
bool operatorCall(OpCtx& c, ann::BuiltinId id) {
  using B = ann::BuiltinId;
  static constexpr std::pair<B, OpCode> kOperators[] = {
      {B::operator_add, OpCode::add},
      {B::operator_sub, OpCode::sub},
      {B::operator_mul, OpCode::mul},
      {B::operator_truediv, OpCode::truediv},
      {B::operator_floordiv, OpCode::floordiv},
      {B::operator_mod, OpCode::mod},
      {B::operator_pow, OpCode::pow},
      {B::operator_lshift, OpCode::lshift},
      {B::operator_rshift, OpCode::rshift},
      {B::operator_and_, OpCode::and_},
      {B::operator_or_, OpCode::or_},
      {B::operator_xor, OpCode::xor_},
      {B::operator_neg, OpCode::neg},
      {B::operator_pos, OpCode::pos},
      {B::operator_invert, OpCode::invert},
      {B::operator_lt, OpCode::lt},
      {B::operator_le, OpCode::le},
      {B::operator_eq, OpCode::eq},
      {B::operator_ne, OpCode::ne},
      {B::operator_gt, OpCode::gt},
      {B::operator_ge, OpCode::ge},
  };
  for (const auto& [builtin, opcode] : kOperators) {
    if (builtin != id) continue;
    flow::Operation op = c.op;
    op.opcode = opcode;
    op.args.erase(op.args.begin()); // the callee
    OpCtx inner{c.gc, c.rt, op};
    for (OpRule rule : {rtypeInt, rtypeFloat, rtypeStr, rtypeList, rtypeTuple})
      if (rule(inner)) return true;
    return false;
  }
  return false;
}

// int(x), bool(x), abs(x), min/max, hash(int), divmod, round of ints.
bool intBuiltin(OpCtx& c) {
  std::optional<ann::BuiltinId> callee = c.builtinCallee();
  if (!callee || c.count() < 2) return false;
  const Annotation* r = c.resultAnn();
  const ll::Type* t = c.rt.lowType(r);
  switch (*callee) {
  case ann::BuiltinId::int_:
    if (c.count() != 2) return false;
    if (c.ann(1)->isIntLike()) {
      c.result(c.arg(1, r));
      return true;
    }
    if (c.ann(1)->is(AnnKind::Float)) {
      // CPython's OverflowError (inf, and values a 64-bit int cannot hold) and ValueError (nan);
      // a constant in [-2**63, 2**63) folds (NaN is in no range).
      ll::Value x = c.arg(1);
      if (ll::Constant* k = x.constant();
          k && k->value.f >= -9223372036854775808.0 && k->value.f < 9223372036854775808.0) {
        c.result(c.constInt(int64_t(k->value.f)));
        return true;
      }
      c.result(c.callHelper(HelperId::float_to_int, {x}, t));
      return true;
    }
    return false;
  case ann::BuiltinId::bool_:
    if (c.count() != 2 || !c.ann(1)->isIntLike()) return false;
    c.result(c.ann(1)->is(AnnKind::Bool)
                 ? c.arg(1)
                 : c.emit(c.ann(1)->isUnsigned() ? ll::Op::uint_is_true : ll::Op::int_is_true,
                          {c.arg(1)}, c.rt.types().boolType()));
    return true;
  case ann::BuiltinId::hash: {
    // CPython's: n reduced modulo 2**61 - 1 keeping its sign, and -1 is -2 (an r_uint hashes as
    // the int of its value). What dicts use instead is the int itself (docs/rtyper.md, "Dicts").
    if (c.count() != 2 || !c.ann(1)->isIntLike()) return false;
    ll::Value x = c.ann(1)->is(AnnKind::Bool) ? c.arg(1, r) : c.arg(1);
    if (ll::Constant* k = x.constant(); k && !c.ann(1)->isUnsigned()) {
      constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
      int64_t h =
          k->value.i == INT64_MIN ? -(INT64_MAX % kModulus + 1) % kModulus : k->value.i % kModulus;
      c.result(c.constInt(h == -1 ? -2 : h));
      return true;
    }
    c.result(c.callHelper(HelperId::int_hash, {x}, t));
    return true;
  }
  case ann::BuiltinId::om_compute_hash:
    // kiln's deterministic hash (docs/hints.md): an int is its own hash, an r_uint its bits.
    if (c.count() != 2 || !c.ann(1)->isIntLike()) return false;
    c.result(c.ann(1)->isUnsigned() ? c.emit(ll::Op::cast_uint_to_int, {c.arg(1)}, t)
                                    : c.arg(1, r));
    return true;
  case ann::BuiltinId::abs:
    if (c.count() != 2 || !r->is(AnnKind::Int) || r->isUnsigned()) return false;
    c.result(c.emit(ll::Op::int_abs, {c.arg(1, r)}, t));
    return true;
  case ann::BuiltinId::min:
  case ann::BuiltinId::max: return minMax(c, *callee == ann::BuiltinId::min);
  case ann::BuiltinId::divmod: return divmod(c);
  case ann::BuiltinId::round: return c.count() <= 3 && roundInt(c);
  default: return operatorCall(c, *callee);
  }
}

// a << b and a >> b (also of r_uints). A count known only at run time may be negative (CPython
// raises ValueError: check_shift_count, unless the annotator knows the count is >= 0) or, for <<
// and for r_uints, 64 or more (the bits all go: 0, where int_lshift needs a count below 64;
// int_rshift itself gives 0 or -1 then). The check comes last, so that inside a try it is the
// raising operation that ends the block; the shift before it uses the count masked to 0..63,
// and its result is kept only when the check passes. ovfcheck(a << b) is int_lshift_ovf
// (deferred to the ovfcheck call), which raises OverflowError for any count that loses bits.
bool shift(OpCtx& c, const Annotation* r, bool left) {
  ll::TypeContext& t = c.rt.types();
  const ll::Type* type = c.rt.lowType(r);
  const Annotation* countAnn = c.ann(1);
  bool uns = r->isUnsigned();
  ll::Op op = left  ? uns ? ll::Op::uint_lshift : ll::Op::int_lshift
              : uns ? ll::Op::uint_rshift
                    : ll::Op::int_rshift;
  ll::Value a = c.arg(0, r);
  ll::Value n = countAnn->isUnsigned()
                    ? c.emit(ll::Op::cast_uint_to_int, {c.arg(1)}, t.signedType())
                    : c.arg(1, c.rt.annotator().lattice().integer());
  ll::Value zero = c.gc.constant(type, {});
  bool ovf = left && !uns && c.gc.isOvfChecked(c.op.result);
  bool mayBeNegative = !countAnn->isUnsigned() && !countAnn->nonNeg();
  if (ll::Constant* k = n.constant(); k && k->value.i >= 0 && !countAnn->isUnsigned()) {
    if (ovf)
      c.result(c.gc.deferOvf(c.op.result, ll::Op::int_lshift_ovf, {a, n}, c.op.loc));
    else if (k->value.i >= 64 && (left || uns))
      c.result(zero);
    else
      c.result(c.emit(op, {a, n}, type));
    return true;
  }
  if (ovf) {
    if (mayBeNegative) c.callHelper(HelperId::check_shift_count, {n}, t.voidType());
    c.result(c.gc.deferOvf(c.op.result, ll::Op::int_lshift_ovf, {a, n}, c.op.loc));
    return true;
  }
  ll::Value v;
  if (left || uns) {
    ll::ConstValue limit;
    limit.i = 64;
    ll::Value inRange =
        countAnn->isUnsigned()
            ? c.emit(ll::Op::uint_lt, {c.arg(1), c.gc.constant(t.unsignedType(), limit)},
                     t.boolType())
            : c.emit(ll::Op::int_lt, {n, c.constInt(64)}, t.boolType());
    ll::Value shifted =
        c.emit(op, {a, c.emit(ll::Op::int_and, {n, c.constInt(63)}, t.signedType())}, type);
    v = c.emit(ll::Op::select, {inRange, shifted, zero}, type);
  } else {
    v = c.emit(op, {a, n}, type);
  }
  if (mayBeNegative) c.callHelper(HelperId::check_shift_count, {n}, t.voidType());
  c.result(v);
  return true;
}

// a ** b of ints: int_pow (wrapping; an error for a negative exponent), int_pow_ovf under
// ovfcheck (deferred to the ovfcheck call, as the other *_ovf operations).
bool power(OpCtx& c, const Annotation* r) {
  if (r->is(AnnKind::Bool)) return false;
  const ll::Type* t = c.rt.lowType(r);
  ll::Value a = c.arg(0, r), b = c.arg(1, r);
  if (!c.gc.isOvfChecked(c.op.result)) {
    c.result(c.callHelper(HelperId::int_pow, {a, b}, t));
    return true;
  }
  ll::ConstValue fn;
  fn.text = "kiln_" + std::string(helperInfo(HelperId::int_pow_ovf).name);
  ll::Value callee = c.gc.constant(c.rt.types().ptr(c.rt.types().func({t, t}, t)), fn);
  c.result(c.gc.deferOvf(c.op.result, ll::Op::direct_call, {callee, a, b}, c.op.loc));
  return true;
}

} // namespace

bool rtypeInt(OpCtx& c) {
  OpCode op = c.op.opcode;
  const Annotation* r = c.resultAnn();
  if (op == OpCode::simple_call) return intBuiltin(c);

  if (c.count() == 2 && intLike(c.ann(0)) && intLike(c.ann(1))) {
    for (const IntOps& row : kCompare) {
      if (row.flow != op) continue;
      // Compare in the wider representation: unsigned if either is.
      bool uns = c.ann(0)->isUnsigned() || c.ann(1)->isUnsigned();
      const Annotation* as = uns ? c.ann(0)->isUnsigned() ? c.ann(0) : c.ann(1) : c.rt.annotator().lattice().integer();
      c.result(c.emit(uns ? row.uns : row.sig, {c.arg(0, as), c.arg(1, as)}, c.rt.types().boolType()));
      return true;
    }
    if (!r->is(AnnKind::Int) && !r->is(AnnKind::Bool)) return false;
    if (op == OpCode::pow || op == OpCode::inplace_pow) return power(c, r);
    if (!r->is(AnnKind::Bool) && (op == OpCode::lshift || op == OpCode::inplace_lshift)) return shift(c, r, true);
    if (!r->is(AnnKind::Bool) && (op == OpCode::rshift || op == OpCode::inplace_rshift)) return shift(c, r, false);
    for (const IntOps& row : kBinary) {
      if (row.flow != op) continue;
      if (r->is(AnnKind::Bool)) {
        // bool & bool, bool | bool, bool ^ bool stay bools.
        ll::Op bop = op == OpCode::and_ || op == OpCode::inplace_and ? ll::Op::bool_and
                   : op == OpCode::or_ || op == OpCode::inplace_or   ? ll::Op::bool_or
                                                                     : ll::Op::bool_eq;
        ll::Value v = c.emit(bop, {c.arg(0, r), c.arg(1, r)}, c.rt.types().boolType());
        if (bop == ll::Op::bool_eq) v = c.emit(ll::Op::bool_not, {v}, c.rt.types().boolType()); // xor
        c.result(v);
        return true;
      }
      ll::Value a = c.arg(0, r), b = c.arg(1, r);
      if (r->isUnsigned()) {
        c.result(c.emit(row.uns, {a, b}, c.rt.lowType(r)));
        return true;
      }
      ll::Op lop = c.gc.isOvfChecked(c.op.result) ? row.ovf : row.sig;
      if (nonZeroConstant(b)) lop = withoutZeroCheck(lop);
      ll::Value v = c.gc.isOvfChecked(c.op.result) ? c.gc.deferOvf(c.op.result, lop, {a, b}, c.op.loc)
                                                  : c.emit(lop, {a, b}, c.rt.lowType(r));
      c.result(v);
      return true;
    }
    return false;
  }

  if (c.count() == 1 && intLike(c.ann(0))) {
    const Annotation* x = c.ann(0);
    switch (op) {
    case OpCode::bool_:
      c.result(x->is(AnnKind::Bool) ? c.arg(0)
                                    : c.emit(x->isUnsigned() ? ll::Op::uint_is_true : ll::Op::int_is_true, {c.arg(0)},
                                             c.rt.types().boolType()));
      return true;
    case OpCode::not_: {
      ll::Value truth = x->is(AnnKind::Bool) ? c.arg(0)
                                             : c.emit(x->isUnsigned() ? ll::Op::uint_is_true : ll::Op::int_is_true,
                                                      {c.arg(0)}, c.rt.types().boolType());
      c.result(c.emit(ll::Op::bool_not, {truth}, c.rt.types().boolType()));
      return true;
    }
    case OpCode::pos: c.result(c.arg(0, r)); return true;
    case OpCode::neg:
      if (r->isUnsigned()) {
        c.result(c.emit(ll::Op::uint_sub, {c.gc.constant(c.rt.types().unsignedType(), {}), c.arg(0, r)}, c.rt.lowType(r)));
        return true;
      }
      c.result(c.gc.isOvfChecked(c.op.result) ? c.gc.deferOvf(c.op.result, ll::Op::int_neg_ovf, {c.arg(0, r)}, c.op.loc)
                                              : c.emit(ll::Op::int_neg, {c.arg(0, r)}, c.rt.lowType(r)));
      return true;
    case OpCode::invert:
      c.result(c.emit(r->isUnsigned() ? ll::Op::uint_invert : ll::Op::int_invert, {c.arg(0, r)}, c.rt.lowType(r)));
      return true;
    default: return false;
    }
  }
  return false;
}

} // namespace kiln::rt

// Integers and bools: Signed (int), Unsigned (r_uint) and Bool.
//
// Arithmetic wraps (int_add ...), as run-time ints are machine words; `ovfcheck(a + b)` lowers
// to int_add_ovf, which raises OverflowError (the converter defers the add to the ovfcheck
// call, so the raising operation ends the block where the flow graph catches the error).
// Division and modulo follow Python's rounding and raise ZeroDivisionError (int_floordiv_zer)
// unless the divisor is a non-zero constant. Bools take part in int arithmetic as 0/1 (the
// annotator gives the result int, and the operands are converted to Signed).
#include "rtyper/convert.h"

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
    {OpCode::floordiv, ll::Op::int_floordiv_zer, ll::Op::uint_floordiv, ll::Op::int_floordiv_zer},
    {OpCode::inplace_floordiv, ll::Op::int_floordiv_zer, ll::Op::uint_floordiv, ll::Op::int_floordiv_zer},
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
  case ll::Op::int_mod_zer: return ll::Op::int_mod;
  default: return op;
  }
}

bool nonZeroConstant(ll::Value v) {
  ll::Constant* c = v.constant();
  return c && c->value.i != 0;
}

// int(x), bool(x), abs(x), min/max of two ints, hash(int).
bool intBuiltin(OpCtx& c) {
  std::optional<ann::BuiltinId> callee = c.builtinCallee();
  if (!callee || (c.count() != 2 && c.count() != 3)) return false;
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
      // CPython raises OverflowError for values outside the int range and ValueError for
      // NaN; the cast is only defined inside: not yet checked here (see docs/rtyper.md).
      c.result(c.emit(ll::Op::cast_float_to_int, {c.arg(1)}, t));
      return true;
    }
    return false;
  case ann::BuiltinId::bool_:
    if (c.count() != 2 || !c.ann(1)->isIntLike()) return false;
    c.result(c.ann(1)->is(AnnKind::Bool) ? c.arg(1)
                                         : c.emit(c.ann(1)->isUnsigned() ? ll::Op::uint_is_true : ll::Op::int_is_true,
                                                  {c.arg(1)}, c.rt.types().boolType()));
    return true;
  case ann::BuiltinId::hash:
    if (c.count() != 2 || !c.ann(1)->isIntLike() || c.ann(1)->isUnsigned()) return false;
    c.result(c.arg(1, r)); // hash(n) == n for machine ints (-1 aside, which CPython maps to -2)
    return true;
  case ann::BuiltinId::abs:
    if (c.count() != 2 || !r->is(AnnKind::Int) || r->isUnsigned()) return false;
    c.result(c.emit(ll::Op::int_abs, {c.arg(1, r)}, t));
    return true;
  case ann::BuiltinId::min:
  case ann::BuiltinId::max: {
    if (c.count() != 3 || !r->isIntLike() || !c.ann(1)->isIntLike() || !c.ann(2)->isIntLike()) return false;
    ll::Value a = c.arg(1, r), b = c.arg(2, r);
    bool isMin = *callee == ann::BuiltinId::min;
    ll::Op lt = r->isUnsigned() ? ll::Op::uint_lt : r->is(AnnKind::Bool) ? ll::Op::int_lt : ll::Op::int_lt;
    if (r->is(AnnKind::Bool)) return false;
    ll::Value pick = c.emit(lt, isMin ? std::vector<ll::Value>{b, a} : std::vector<ll::Value>{a, b}, c.rt.types().boolType());
    return c.select(pick, b, a);
  }
  default: return false;
  }
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
        // Shift counts stay Signed.
        if (row.uns == ll::Op::uint_lshift || row.uns == ll::Op::uint_rshift) b = c.arg(1);
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

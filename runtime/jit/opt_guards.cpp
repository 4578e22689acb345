// The guards pass: guards proven true are removed, and what a guard that stays proves is used
// after it.
//   - guard_true(c) / guard_false(c) / guard_value(x, C) on a constant: proven (removed) or
//     always failing (kept: the trace leaves there every time).
//   - After guard_true(c), c is 1; after guard_false(c), 0 (c is a Bool: optimizer.h,
//     invariant 5); after guard_value(x, C), x is C. So a second guard on the same value, or
//     a guard_value after a guard_true/false on it, is proven, hence removed.
//   - What the guarded comparison says: after guard_true(int_eq(x, C)) or
//     guard_false(int_ne(x, C)), x is C (ptr_eq/ptr_ne likewise); after guard_true(int_eq(x,
//     y)) the later of x and y reads as the earlier one; after guard_true(int_is_zero(x)) or
//     guard_false(int_is_true(x)), x is 0.
//   - References known not to be null -- allocated in the trace (new, new_array), dereferenced
//     already (a getfield, setfield, array access or arraylen on them ran: on null it would
//     not have returned), or guarded with ptr_nonzero/ptr_iszero -- make ptr_nonzero,
//     ptr_iszero and comparisons with null constants, and so the guards on them.
// The knowledge a guard brings applies after it only (optimizer.h, invariant 4): its own resume
// data was resolved before it came here. Cost: linear.
#include <unordered_set>

#include "optimizer.h"

namespace kiln::jitrt {

namespace {

class GuardsPass final : public ChainPass {
public:
  void propagate(ResOp& op) override {
    switch (op.op) {
    case ROp::guard_true: case ROp::guard_false: case ROp::guard_value: return guard(op);
    case ROp::ptr_nonzero: case ROp::ptr_iszero: case ROp::ptr_eq: case ROp::ptr_ne:
      if (nullTest(op)) return;
      break;
    default: break;
    }
    emit(op);
    learnNonNull(op);
  }

private:
  void guard(ResOp& op) {
    if (op.args.empty()) return (void)emit(op);
    V x = op.args[0];
    bool isValue = op.op == ROp::guard_value;
    if (isValue && op.args.size() != 2) return (void)emit(op);
    if (isConst(x)) {
      bool holds = isValue ? (isConst(op.args[1]) && ctx->constant(op.args[1]) == ctx->constant(x))
                           : (ctx->constant(x) != 0) == (op.op == ROp::guard_true);
      if (holds) {
        ctx->note("guards.proven");
        return;
      }
      emit(op); // always fails
      return;
    }
    emit(op);
    if (isValue) {
      if (isConst(op.args[1]) && ctx->constKind(op.args[1]) == 'r' && ctx->constant(op.args[1]) != 0) nonNull_.insert(x);
      ctx->replace(x, op.args[1]);
      return;
    }
    bool truth = op.op == ROp::guard_true;
    // Look at what x is before it becomes the constant.
    const ResOp* d = ctx->producer(x);
    ResOp cond = d ? *d : ResOp{};
    ctx->replace(x, ctx->makeConstant(truth ? 1 : 0, 'i'));
    if (d) learn(cond, truth);
  }

  void learn(const ResOp& cond, bool truth) {
    if (cond.args.empty()) return;
    V a = cond.args[0];
    switch (cond.op) {
    case ROp::int_eq: case ROp::int_ne: case ROp::ptr_eq: case ROp::ptr_ne: {
      bool equal = (cond.op == ROp::int_eq || cond.op == ROp::ptr_eq) == truth;
      if (cond.args.size() != 2) return;
      V b = cond.args[1];
      if (!equal) {
        // x != NULL: x is not null.
        if (cond.op == ROp::ptr_ne || cond.op == ROp::ptr_eq) {
          if (isNullConst(b)) nonNull_.insert(a);
          if (isNullConst(a)) nonNull_.insert(b);
        }
        return;
      }
      if (isConst(a) && isConst(b)) return;
      ctx->note("guards.equal_values");
      if (isConst(b)) return ctx->replace(a, b);
      if (isConst(a)) return ctx->replace(b, a);
      // The one defined later (of two inputs: the later one) reads as the other.
      int da = ctx->definedAt(a), db = ctx->definedAt(b);
      return da < db || (da == db && a < b) ? ctx->replace(b, a) : ctx->replace(a, b);
    }
    case ROp::int_is_zero: case ROp::int_is_true:
      if ((cond.op == ROp::int_is_zero) == truth && !isConst(a)) {
        ctx->note("guards.equal_values");
        ctx->replace(a, ctx->makeConstant(0, 'i'));
      }
      return;
    case ROp::ptr_nonzero: case ROp::ptr_iszero:
      if ((cond.op == ROp::ptr_nonzero) == truth) nonNull_.insert(ctx->resolve(a));
      else if (!isConst(a)) ctx->replace(a, ctx->makeConstant(0, 'r'));
      return;
    default: return;
    }
  }

  bool isNullConst(V v) const { return isConst(v) && ctx->constant(v) == 0; }
  bool known(V v) const { return nonNull_.count(ctx->resolve(v)) > 0 || (isConst(v) && ctx->constant(v) != 0); }

  // ptr_nonzero(p), ptr_iszero(p), ptr_eq/ptr_ne(p, NULL) on a reference known not null.
  bool nullTest(const ResOp& op) {
    if (op.args.empty()) return false;
    int result = -1;
    if (op.op == ROp::ptr_nonzero || op.op == ROp::ptr_iszero) {
      if (known(op.args[0])) result = op.op == ROp::ptr_nonzero;
    } else if (op.args.size() == 2) {
      bool nullAndNonNull = (isNullConst(op.args[1]) && known(op.args[0])) || (isNullConst(op.args[0]) && known(op.args[1]));
      if (nullAndNonNull) result = op.op == ROp::ptr_ne;
    }
    if (result < 0) return false;
    ctx->note("guards.known_nonnull");
    ctx->replace(op.result, ctx->makeConstant(Word(result), 'i'));
    return true;
  }

  void learnNonNull(const ResOp& op) {
    switch (op.op) {
    case ROp::new_: case ROp::new_array: nonNull_.insert(op.result); return;
    case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f: case ROp::setfield_gc:
    case ROp::getarrayitem_gc_i: case ROp::getarrayitem_gc_r: case ROp::getarrayitem_gc_f: case ROp::setarrayitem_gc:
    case ROp::getinteriorfield_gc_i: case ROp::getinteriorfield_gc_r: case ROp::getinteriorfield_gc_f:
    case ROp::setinteriorfield_gc: case ROp::arraylen_gc:
      if (!op.args.empty() && !isConst(op.args[0])) nonNull_.insert(op.args[0]);
      return;
    default: return;
    }
  }

  std::unordered_set<V> nonNull_;
};

} // namespace

std::unique_ptr<ChainPass> makeGuardsPass() { return std::make_unique<GuardsPass>(); }

} // namespace kiln::jitrt

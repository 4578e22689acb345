// The rewrite pass: constant folding, algebraic identities and strength reduction, declared as
// data -- kRules below is the one place the rules live. Each rule reads like the math it
// does (PyPy's `int_add(x, 0) => x`):
//
//     R("add_zero",  int_add, {x, lit(0)},            give(x))
//     R("mul_pow2",  int_mul, {x, pow2(c0)},          make(int_lshift, x, log2(c0)))
//     R("sub_add",   int_sub, {def(int_add, x, c0), c1}, make(int_add, x, fold(int_sub, c0, c1)))
//
// A pattern operand is a value bound to x or y (the same name twice: the same value), an
// integer constant bound to c0 or c1, a literal, a power of two, or -- one level deep -- the
// result of another operation with its own operands. A rule may also ask a question of what
// is known about x (`when`): that its possible bits fit a mask, that it is a Bool, that it is in
// [0, c0). The answer comes from the intbounds pass when it runs; without it, from constants
// only. A rule gives a value (the op disappears; its result reads as that value), or makes a
// new operation in place of the old one (same result, same kind), on which the rules are tried
// again. Constant operands in results are computed with evalPure (semantics.cpp), the one
// definition of the pure operations; so is constant folding, the first rule.
//
// Rule-set invariants (LuaJIT's fold rules have the same):
//   1. A rule keeps the result's kind, and its result equals the op's for every operand value
//      the pattern and the `when` allow (wrapping 64-bit arithmetic, Python's rounding of // and %).
//   2. Rules are monotone: a rule removes the op, or makes one that is cheaper or reads older
//      values (reassociation), or moves a constant to the right. So rewriting terminates
//      (capped at kMaxRewrites per op all the same).
//   3. An *_ovf op is only rewritten to a value when it provably cannot overflow (x + 0, or
//      folding without overflow); its guard_no_overflow then goes with it. After a
//      guard_overflow (tracing saw it overflow: never in practice), it is left alone.
//   4. Division and modulo by a constant zero are never folded (they would fault here; the
//      tracer guards the divisor, so such an op is only reached after a guard that fails).
// Each rule's name is counted in the `jit-optimizer` log and in the golden tests
// (tests/jitopt/rewrite/). Cost: a linear scan of the table per op.
#include <bit>

#include "optimizer.h"

namespace kiln::jitrt {

namespace {

// -- The pattern language -----------------------------------------------------------------------
struct Leaf {
  enum Kind : uint8_t { None, Var, Const, Lit, Pow2 } kind = None;
  uint8_t slot = 0; // Var: x (0) or y (1); Const, Pow2: c0 (0) or c1 (1)
  int64_t lit = 0;
};
struct Operand { // a leaf, or (inner set) the result of an op with operands sub[0..1]
  Leaf leaf;
  ROp inner = ROp::count_;
  Leaf sub[2];
  constexpr Operand() = default;
  constexpr Operand(Leaf l) : leaf(l) {}
};
constexpr Leaf x{Leaf::Var, 0, 0}, y{Leaf::Var, 1, 0}, c0{Leaf::Const, 0, 0}, c1{Leaf::Const, 1, 0};
constexpr Leaf lit(int64_t v) { return {Leaf::Lit, 0, v}; }
constexpr Leaf pow2(Leaf c) { return {Leaf::Pow2, c.slot, 0}; }
constexpr Operand def(ROp op, Leaf a, Leaf b = {}) {
  Operand o;
  o.inner = op;
  o.sub[0] = a;
  o.sub[1] = b;
  return o;
}

// What a rule asks about x (and c0).
enum class When : uint8_t {
  Always,
  AllConst, // every operand is a constant (folding)
  FitsMask, // every bit x may have is set in c0
  IsBool,   // x is 0 or 1
  Below,    // 0 <= x < c0
  Negative, // c0 < 0, and -c0 is representable
  XNotConst, // x is not a constant (moving a constant right: not when both are)
};

// An operand of a result: a bound value, or a constant expression.
struct Out {
  enum Kind : uint8_t { None, Value, Fold, Log2 } kind = None;
  Leaf a;              // Value: x, y, c0, c1 or a literal; Fold/Log2: the first constant
  Leaf b;              // Fold: the second constant
  ROp op = ROp::count_; // Fold: computed with evalPure
  constexpr Out() = default;
  constexpr Out(Leaf l) : kind(Value), a(l) {}
};
constexpr Out fold(ROp op, Leaf a, Leaf b) {
  Out o;
  o.kind = Out::Fold;
  o.op = op;
  o.a = a;
  o.b = b;
  return o;
}
constexpr Out log2(Leaf c) {
  Out o;
  o.kind = Out::Log2;
  o.a = c;
  return o;
}

struct Result {
  enum Kind : uint8_t { Give, Make, FoldAll } kind = Give;
  ROp op = ROp::count_; // Make: the new operation
  Out args[2];          // Give: args[0]; Make: its operands
};
constexpr Result give(Out v) { return {Result::Give, ROp::count_, {v, {}}}; }
constexpr Result make(ROp op, Out a, Out b = {}) { return {Result::Make, op, {a, b}}; }
constexpr Result foldAll() { return {Result::FoldAll, ROp::count_, {}}; }

constexpr ROp kAnyPure = ROp::count_;   // the rule applies to every pure operation
constexpr ROp kAnyCommutative = ROp(uint16_t(ROp::count_) + 1);

struct Rule {
  const char* name;
  ROp op;
  Operand args[2];
  Result result;
  When when = When::Always;
};
constexpr Rule R(const char* name, ROp op, std::initializer_list<Operand> args, Result r, When w = When::Always) {
  Rule rule{name, op, {}, r, w};
  size_t k = 0;
  for (const Operand& a : args) rule.args[k++] = a;
  return rule;
}

using enum ROp;

// -- The rules (first match wins) --------------------------------------------------------------------
constexpr Rule kRules[] = {
    R("fold", kAnyPure, {}, foldAll(), When::AllConst),

    // Canonical forms: a constant operand goes to the right.
    R("commute", kAnyCommutative, {c0, x}, make(kAnyCommutative, x, c0), When::XNotConst),
    R("flip_lt", int_lt, {c0, x}, make(int_gt, x, c0), When::XNotConst),
    R("flip_le", int_le, {c0, x}, make(int_ge, x, c0), When::XNotConst),
    R("flip_gt", int_gt, {c0, x}, make(int_lt, x, c0), When::XNotConst),
    R("flip_ge", int_ge, {c0, x}, make(int_le, x, c0), When::XNotConst),

    // Identities.
    R("add_zero", int_add, {x, lit(0)}, give(x)),
    R("add_ovf_zero", int_add_ovf, {x, lit(0)}, give(x)),
    R("sub_zero", int_sub, {x, lit(0)}, give(x)),
    R("sub_ovf_zero", int_sub_ovf, {x, lit(0)}, give(x)),
    R("sub_self", int_sub, {x, x}, give(lit(0))),
    R("sub_ovf_self", int_sub_ovf, {x, x}, give(lit(0))),
    R("sub_from_zero", int_sub, {lit(0), x}, make(int_neg, x)),
    // x + (-c) is written x - c, x - (-c) is x + c: one form for CSE, the interpreter's.
    R("add_negative", int_add, {x, c0}, make(int_sub, x, fold(int_sub, lit(0), c0)), When::Negative),
    R("sub_negative", int_sub, {x, c0}, make(int_add, x, fold(int_sub, lit(0), c0)), When::Negative),
    R("mul_one", int_mul, {x, lit(1)}, give(x)),
    R("mul_ovf_one", int_mul_ovf, {x, lit(1)}, give(x)),
    R("mul_zero", int_mul, {x, lit(0)}, give(lit(0))),
    R("mul_ovf_zero", int_mul_ovf, {x, lit(0)}, give(lit(0))),
    R("and_zero", int_and, {x, lit(0)}, give(lit(0))),
    R("and_all_ones", int_and, {x, lit(-1)}, give(x)),
    R("and_self", int_and, {x, x}, give(x)),
    R("and_fits_mask", int_and, {x, c0}, give(x), When::FitsMask),
    R("or_zero", int_or, {x, lit(0)}, give(x)),
    R("or_all_ones", int_or, {x, lit(-1)}, give(lit(-1))),
    R("or_self", int_or, {x, x}, give(x)),
    R("xor_zero", int_xor, {x, lit(0)}, give(x)),
    R("xor_self", int_xor, {x, x}, give(lit(0))),
    R("lshift_zero", int_lshift, {x, lit(0)}, give(x)),
    R("rshift_zero", int_rshift, {x, lit(0)}, give(x)),
    R("uint_rshift_zero", uint_rshift, {x, lit(0)}, give(x)),
    R("floordiv_one", int_floordiv, {x, lit(1)}, give(x)),
    R("floordiv_below", int_floordiv, {x, c0}, give(lit(0)), When::Below),
    R("mod_one", int_mod, {x, lit(1)}, give(lit(0))),
    R("mod_below", int_mod, {x, c0}, give(x), When::Below),
    R("uint_floordiv_one", uint_floordiv, {x, lit(1)}, give(x)),
    R("uint_mod_one", uint_mod, {x, lit(1)}, give(lit(0))),
    R("ptr_add_zero", ptr_add, {x, lit(0)}, give(x)),
    R("neg_neg", int_neg, {def(int_neg, x)}, give(x)),
    R("invert_invert", int_invert, {def(int_invert, x)}, give(x)),
    R("float_neg_neg", float_neg, {def(float_neg, x)}, give(x)),

    // Comparisons of a value with itself, and of what is a Bool already.
    R("eq_self", int_eq, {x, x}, give(lit(1))),
    R("ne_self", int_ne, {x, x}, give(lit(0))),
    R("lt_self", int_lt, {x, x}, give(lit(0))),
    R("le_self", int_le, {x, x}, give(lit(1))),
    R("gt_self", int_gt, {x, x}, give(lit(0))),
    R("ge_self", int_ge, {x, x}, give(lit(1))),
    R("uint_lt_self", uint_lt, {x, x}, give(lit(0))),
    R("uint_le_self", uint_le, {x, x}, give(lit(1))),
    R("uint_gt_self", uint_gt, {x, x}, give(lit(0))),
    R("uint_ge_self", uint_ge, {x, x}, give(lit(1))),
    R("ptr_eq_self", ptr_eq, {x, x}, give(lit(1))),
    R("ptr_ne_self", ptr_ne, {x, x}, give(lit(0))),
    R("uint_lt_zero", uint_lt, {x, lit(0)}, give(lit(0))),
    R("uint_ge_zero", uint_ge, {x, lit(0)}, give(lit(1))),
    R("is_true_bool", int_is_true, {x}, give(x), When::IsBool),
    R("ne_zero_bool", int_ne, {x, lit(0)}, give(x), When::IsBool),
    R("eq_one_bool", int_eq, {x, lit(1)}, give(x), When::IsBool),
    R("is_zero_is_zero", int_is_zero, {def(int_is_zero, x)}, make(int_is_true, x)),

    // Constants gathered (wrapping arithmetic: always exact).
    R("add_add", int_add, {def(int_add, x, c0), c1}, make(int_add, x, fold(int_add, c0, c1))),
    R("add_sub", int_add, {def(int_sub, x, c0), c1}, make(int_add, x, fold(int_sub, c1, c0))),
    R("sub_add", int_sub, {def(int_add, x, c0), c1}, make(int_add, x, fold(int_sub, c0, c1))),
    R("sub_sub", int_sub, {def(int_sub, x, c0), c1}, make(int_sub, x, fold(int_add, c0, c1))),
    R("and_and", int_and, {def(int_and, x, c0), c1}, make(int_and, x, fold(int_and, c0, c1))),
    R("or_or", int_or, {def(int_or, x, c0), c1}, make(int_or, x, fold(int_or, c0, c1))),
    R("xor_xor", int_xor, {def(int_xor, x, c0), c1}, make(int_xor, x, fold(int_xor, c0, c1))),

    // Strength reduction. For 2^k (0 <= k <= 62): x * 2^k wraps as x << k does; Python's
    // x // 2^k rounds down as the arithmetic shift does; x % 2^k is in [0, 2^k) as x & (2^k - 1).
    R("mul_minus_one", int_mul, {x, lit(-1)}, make(int_neg, x)),
    R("mul_pow2", int_mul, {x, pow2(c0)}, make(int_lshift, x, log2(c0))),
    R("floordiv_minus_one", int_floordiv, {x, lit(-1)}, make(int_neg, x)),
    R("floordiv_pow2", int_floordiv, {x, pow2(c0)}, make(int_rshift, x, log2(c0))),
    R("mod_minus_one", int_mod, {x, lit(-1)}, give(lit(0))),
    R("mod_pow2", int_mod, {x, pow2(c0)}, make(int_and, x, fold(int_sub, c0, lit(1)))),
    R("uint_floordiv_pow2", uint_floordiv, {x, pow2(c0)}, make(uint_rshift, x, log2(c0))),
    R("uint_mod_pow2", uint_mod, {x, pow2(c0)}, make(int_and, x, fold(int_sub, c0, lit(1)))),
    R("xor_all_ones", int_xor, {x, lit(-1)}, make(int_invert, x)),
};

constexpr int kMaxRewrites = 16;

// -- Matching ------------------------------------------------------------------------------------------
struct Binding {
  V var[2] = {kNoValue, kNoValue};
  bool hasVar[2] = {false, false};
  int64_t c[2] = {0, 0};
  bool hasC[2] = {false, false};
};

class RewritePass final : public ChainPass {
public:
  void propagate(ResOp& op) override {
    for (int round = 0; round < kMaxRewrites; ++round) {
      const ResOp* guard = isOvf(op.op) ? ctx->pairedGuard() : nullptr;
      if (guard && guard->op == ROp::guard_overflow) break; // invariant 3
      Step s = step(op);
      if (s == Step::Dropped) return;
      if (s == Step::Unchanged) break;
    }
    emit(op);
  }

private:
  enum class Step { Unchanged, Changed, Dropped };

  // The rules that may match an operation of each kind, in the table's order (the first that
  // applies wins): found once, so that an op is not compared with all of them.
  static const std::vector<uint16_t>& candidates(ROp op) {
    static const std::vector<std::vector<uint16_t>> byOp = [] {
      std::vector<std::vector<uint16_t>> t(size_t(ROp::count_));
      for (size_t o = 0; o < t.size(); ++o)
        for (size_t k = 0; k < std::size(kRules); ++k) {
          const Rule& r = kRules[k];
          bool may = r.op == kAnyPure ? (ropInfo(ROp(o)).flags & ropflags::Pure) != 0
                   : r.op == kAnyCommutative ? isCommutative(ROp(o))
                   : r.op == ROp(o);
          if (may) t[o].push_back(uint16_t(k));
        }
      return t;
    }();
    return byOp[size_t(op)];
  }

  Step step(ResOp& op) {
    for (uint16_t k : candidates(op.op)) {
      const Rule& r = kRules[k];
      Binding b;
      if (!matches(r, op, b)) continue;
      switch (r.result.kind) {
      case Result::FoldAll: {
        V c;
        if (!foldConstant(op, c)) continue;
        ctx->note("rewrite.fold");
        return dropAs(op, c);
      }
      case Result::Give: {
        V v;
        if (!value(r.result.args[0], b, op.kind, v)) continue;
        ctx->note(std::string("rewrite.") + r.name);
        return dropAs(op, v);
      }
      case Result::Make: {
        ResOp made = op;
        made.op = r.result.op == kAnyCommutative ? op.op : r.result.op;
        made.args.clear();
        bool ok = true;
        for (const Out& o : r.result.args) {
          V v;
          if (o.kind == Out::None) break;
          ok = ok && value(o, b, 'i', v);
          if (ok) made.args.push_back(v);
        }
        if (!ok || int(made.args.size()) != ropInfo(made.op).arity) continue;
        ctx->note(std::string("rewrite.") + r.name);
        op = std::move(made);
        return Step::Changed;
      }
      }
    }
    return Step::Unchanged;
  }

  // The op disappears; its result reads as v. An *_ovf op proven not to overflow takes its
  // guard_no_overflow with it.
  Step dropAs(ResOp& op, V v) {
    if (isOvf(op.op)) ctx->dropPairedGuard();
    if (op.kind != 'v') ctx->replace(op.result, v);
    return Step::Dropped;
  }

  bool matches(const Rule& r, const ResOp& op, Binding& b) const {
    if (r.op == kAnyPure) {
      if (!(ropInfo(op.op).flags & ropflags::Pure) || op.kind == 'v') return false;
    } else if (r.op == kAnyCommutative) {
      if (!isCommutative(op.op)) return false;
    } else if (r.op != op.op) {
      return false;
    }
    if (r.when == When::AllConst) {
      for (V a : op.args)
        if (!isConst(a)) return false;
      return !op.args.empty();
    }
    for (size_t k = 0; k < 2 && k < op.args.size(); ++k)
      if (!matchOperand(r.args[k], op.args[k], b)) return false;
    return holds(r.when, b);
  }

  bool matchOperand(const Operand& p, V v, Binding& b) const {
    if (p.inner == ROp::count_) return matchLeaf(p.leaf, v, b);
    const ResOp* d = ctx->producer(v);
    if (!d || d->op != p.inner) return false;
    for (size_t k = 0; k < 2 && k < d->args.size(); ++k)
      if (p.sub[k].kind != Leaf::None && !matchLeaf(p.sub[k], d->args[k], b)) return false;
    return true;
  }

  bool matchLeaf(const Leaf& l, V v, Binding& b) const {
    int64_t c = 0;
    switch (l.kind) {
    case Leaf::None: return true;
    case Leaf::Var:
      if (b.hasVar[l.slot]) return b.var[l.slot] == v;
      b.var[l.slot] = v;
      b.hasVar[l.slot] = true;
      return true;
    case Leaf::Lit: return ctx->intConstant(v, c) && c == l.lit;
    case Leaf::Const:
    case Leaf::Pow2:
      if (!ctx->intConstant(v, c)) return false;
      if (l.kind == Leaf::Pow2 && !(c > 0 && (c & (c - 1)) == 0)) return false;
      if (b.hasC[l.slot]) return b.c[l.slot] == c;
      b.c[l.slot] = c;
      b.hasC[l.slot] = true;
      return true;
    }
    return false;
  }

  bool holds(When w, const Binding& b) const {
    if (w == When::Always || w == When::AllConst) return true;
    if (w == When::Negative) return b.hasC[0] && b.c[0] < 0 && b.c[0] != INT64_MIN;
    if (w == When::XNotConst) return b.hasVar[0] && !isConst(b.var[0]);
    if (!b.hasVar[0]) return false;
    IntBound xb = ctx->intBound(b.var[0]);
    switch (w) {
    case When::FitsMask: return b.hasC[0] && (~xb.zeros & ~uint64_t(b.c[0])) == 0;
    case When::IsBool: return xb.lo >= 0 && xb.hi <= 1;
    case When::Below: return b.hasC[0] && xb.lo >= 0 && xb.hi < b.c[0];
    default: return true;
    }
  }

  // The value of a result operand: a bound value, or a constant computed from bound constants.
  bool value(const Out& o, const Binding& b, char kind, V& v) const {
    auto leafConst = [&](const Leaf& l, int64_t& c) {
      if (l.kind == Leaf::Lit) c = l.lit;
      else if ((l.kind == Leaf::Const || l.kind == Leaf::Pow2) && b.hasC[l.slot]) c = b.c[l.slot];
      else return false;
      return true;
    };
    int64_t c = 0, d = 0;
    switch (o.kind) {
    case Out::None: return false;
    case Out::Value:
      if (o.a.kind == Leaf::Var) {
        if (!b.hasVar[o.a.slot]) return false;
        v = b.var[o.a.slot];
        return true;
      }
      if (!leafConst(o.a, c)) return false;
      v = ctx->makeConstant(Word(c), kind);
      return true;
    case Out::Fold: {
      if (!leafConst(o.a, c) || !leafConst(o.b, d)) return false;
      Word w[3] = {Word(c), Word(d), 0};
      v = ctx->makeConstant(evalPure(o.op, w), 'i');
      return true;
    }
    case Out::Log2:
      if (!leafConst(o.a, c) || c <= 0) return false;
      v = ctx->makeConstant(Word(std::countr_zero(uint64_t(c))), 'i');
      return true;
    }
    return false;
  }

  // Every operand constant: the result, unless folding would fault (division by zero) or an
  // *_ovf op overflows (then its guard fails, and the op stays).
  bool foldConstant(const ResOp& op, V& out) const {
    if (op.args.size() > 3) return false;
    Word a[3] = {0, 0, 0};
    for (size_t k = 0; k < op.args.size(); ++k) a[k] = ctx->constant(op.args[k]);
    if ((op.op == ROp::int_floordiv || op.op == ROp::int_mod) && a[1] == 0) return false;
    if (isOvf(op.op)) {
      int64_t r;
      int64_t l = int64_t(a[0]), m = int64_t(a[1]);
      bool ovf = op.op == ROp::int_add_ovf ? __builtin_add_overflow(l, m, &r)
               : op.op == ROp::int_sub_ovf ? __builtin_sub_overflow(l, m, &r) : __builtin_mul_overflow(l, m, &r);
      const ResOp* guard = ctx->pairedGuard();
      if (ovf || (guard && guard->op != ROp::guard_no_overflow)) return false;
    }
    out = ctx->makeConstant(evalPure(op.op, a), op.kind);
    return true;
  }
};

} // namespace

std::unique_ptr<ChainPass> makeRewritePass() { return std::make_unique<RewritePass>(); }

} // namespace kiln::jitrt

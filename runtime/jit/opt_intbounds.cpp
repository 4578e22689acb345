// The intbounds pass: what is known of each integer value -- an interval and known bits
// (IntBound, optimizer.h) -- and a few relations between values (a < b, a <= b, a != b), and
// what that proves:
//   - an *_ovf op whose operands' intervals cannot overflow becomes the plain op, and its
//     guard_no_overflow goes;
//   - a comparison proven true or false becomes a constant, and the guard on it goes;
//   - an index check, a call of kiln_check_index or kiln_check_index_wrap (optimizer.cpp's
//     table of known helpers) whose index is proven in [0, n), is replaced by its index, and
//     the guard_no_exception after it goes;
//   - any pure op whose interval is one value becomes that constant.
// Where the knowledge comes from: constants; each operation's result from its operands'
// (interval arithmetic on 128 bits, so that overflow is seen; masks, shifts, division and
// modulo by constants); loads of 1- and 4-byte fields and items (zero-extended); array lengths
// (never negative); guards on comparisons (guard_true(int_lt(a, b)) narrows a and b and
// records a < b); index checks that did not raise (0 <= result < n; for kiln_check_index the
// result is the index itself); and values known as an offset of another (a = b + 1 and b < n
// give a <= n; with a != n, a < n).
//
// Invariants: knowledge a guard brings is recorded when the guard is emitted, so it applies to
// later operations only (optimizer.h, invariant 4); knowledge is only ever narrowed, and when
// narrowing would leave nothing (code after a guard that always fails) it is not done.
// Cost: linear in the trace, plus the relations a value takes part in for each comparison.
#include <algorithm>
#include <bit>
#include <set>
#include <tuple>
#include <unordered_map>

#include "optimizer.h"

namespace kiln::jitrt {

// -- IntBound -------------------------------------------------------------------------------------------

void IntBound::normalize() {
  constexpr uint64_t sign = uint64_t(1) << 63;
  for (int round = 0; round < 2; ++round) {
    // Bits -> interval: the smallest value has every unknown bit 0 (but the sign bit, unknown, 1),
    // the largest every unknown bit 1 (but the sign bit, unknown, 0).
    int64_t minV = int64_t(ones | ((zeros & sign) ? 0 : sign));
    int64_t maxV = int64_t(~zeros & ((ones & sign) ? ~uint64_t(0) : ~sign));
    lo = std::max(lo, minV);
    hi = std::min(hi, maxV);
    // Interval -> bits: when lo and hi have the same sign, the bits above the highest one
    // they differ in are the same in every value between them.
    if (lo <= hi && (lo >= 0 || hi < 0)) {
      uint64_t diff = uint64_t(lo) ^ uint64_t(hi);
      uint64_t common = diff ? ~(~uint64_t(0) >> std::countl_zero(diff)) : ~uint64_t(0);
      ones |= uint64_t(lo) & common;
      zeros |= ~uint64_t(lo) & common;
    }
  }
}

bool IntBound::intersect(const IntBound& o) {
  IntBound n{std::max(lo, o.lo), std::min(hi, o.hi), zeros | o.zeros, ones | o.ones};
  n.normalize();
  if (n.lo > n.hi || (n.zeros & n.ones)) return false;
  bool changed = n.lo != lo || n.hi != hi || n.zeros != zeros || n.ones != ones;
  *this = n;
  return changed;
}

namespace {

using I128 = __int128;
constexpr int64_t kMin = INT64_MIN, kMax = INT64_MAX;

// An interval computed on 128 bits: `fits` says whether every value fits 64 bits (the op
// cannot overflow); the bound is the interval saturated to 64 bits.
IntBound wide(I128 lo, I128 hi, bool& fits) {
  fits = lo >= kMin && hi <= kMax;
  auto clamp = [](I128 v) { return v < kMin ? kMin : v > kMax ? kMax : int64_t(v); };
  return IntBound::range(clamp(lo), clamp(hi));
}

IntBound addBound(const IntBound& a, const IntBound& b, bool& fits) { return wide(I128(a.lo) + b.lo, I128(a.hi) + b.hi, fits); }
IntBound subBound(const IntBound& a, const IntBound& b, bool& fits) { return wide(I128(a.lo) - b.hi, I128(a.hi) - b.lo, fits); }
IntBound mulBound(const IntBound& a, const IntBound& b, bool& fits) {
  I128 p[4] = {I128(a.lo) * b.lo, I128(a.lo) * b.hi, I128(a.hi) * b.lo, I128(a.hi) * b.hi};
  return wide(*std::min_element(p, p + 4), *std::max_element(p, p + 4), fits);
}

// All the values of a non-negative interval's bit length: [0, 2^bitlen(m) - 1].
int64_t bitCover(int64_t m) { return m <= 0 ? 0 : int64_t(~uint64_t(0) >> std::countl_zero(uint64_t(m))); }

IntBound bitsBound(uint64_t zeros, uint64_t ones) {
  IntBound b{kMin, kMax, zeros, ones};
  b.normalize();
  return b;
}

IntBound andBound(const IntBound& a, const IntBound& b) {
  IntBound r = bitsBound(a.zeros | b.zeros, a.ones & b.ones);
  if (a.lo >= 0 || b.lo >= 0) r.intersect(IntBound::range(0, a.lo >= 0 && b.lo >= 0 ? std::min(a.hi, b.hi) : a.lo >= 0 ? a.hi : b.hi));
  return r;
}

IntBound orBound(const IntBound& a, const IntBound& b) {
  IntBound r = bitsBound(a.zeros & b.zeros, a.ones | b.ones);
  if (a.lo >= 0 && b.lo >= 0) r.intersect(IntBound::range(std::max(a.lo, b.lo), bitCover(std::max(a.hi, b.hi))));
  return r;
}

IntBound xorBound(const IntBound& a, const IntBound& b) {
  IntBound r = bitsBound((a.zeros & b.zeros) | (a.ones & b.ones), (a.zeros & b.ones) | (a.ones & b.zeros));
  if (a.lo >= 0 && b.lo >= 0) r.intersect(IntBound::range(0, bitCover(std::max(a.hi, b.hi))));
  return r;
}

IntBound shiftBound(ROp op, const IntBound& a, int64_t c) {
  if (op == ROp::int_lshift) {
    int s = int(c & 63);
    bool fits;
    IntBound r = wide(I128(a.lo) * (I128(1) << s), I128(a.hi) * (I128(1) << s), fits);
    IntBound bits = bitsBound((a.zeros << s) | ((uint64_t(1) << s) - 1), a.ones << s);
    if (!fits) return bits;
    r.intersect(bits);
    return r;
  }
  if (c < 0) return {};
  if (op == ROp::int_rshift) {
    if (c >= 64) return IntBound::range(a.lo < 0 ? -1 : 0, a.hi < 0 ? -1 : 0);
    return IntBound::range(a.lo >> c, a.hi >> c);
  }
  // uint_rshift
  if (c >= 64) return IntBound::exact(0);
  if (c == 0) return a;
  if (a.lo >= 0) return IntBound::range(a.lo >> c, a.hi >> c);
  return IntBound::range(0, int64_t(~uint64_t(0) >> c));
}

IntBound divBound(ROp op, const IntBound& a, int64_t c) {
  switch (op) {
  case ROp::int_floordiv:
    if (c > 0) {
      auto fd = [c](int64_t v) { return v / c - ((v % c != 0) && (v < 0)); };
      return IntBound::range(fd(a.lo), fd(a.hi));
    }
    return {};
  case ROp::int_mod:
    if (c > 0) return IntBound::range(0, a.lo >= 0 ? std::min(a.hi, c - 1) : c - 1);
    if (c == -1) return IntBound::exact(0);
    if (c < 0) return IntBound::range(c + 1, 0);
    return {};
  case ROp::uint_floordiv:
    if (c <= 0) return {};
    if (a.lo >= 0) return IntBound::range(a.lo / c, a.hi / c);
    return c >= 2 ? IntBound::range(0, int64_t(~uint64_t(0) / uint64_t(c))) : IntBound{};
  case ROp::uint_mod:
    if (c <= 0) return {};
    return IntBound::range(0, a.lo >= 0 ? std::min(a.hi, c - 1) : c - 1);
  default: return {};
  }
}

// A comparison, normalized: a < b, a <= b, a == b, a != b (signed), or unsigned a < b, a <= b.
enum class Rel : uint8_t { None, Lt, Le, Eq, Ne, ULt, ULe };
struct Cond {
  Rel rel = Rel::None;
  V a = 0, b = 0;
};

// What `c` (the result of op) being true (or false) says.
Cond condition(const ResOp& op, bool truth, V zero) {
  if (op.args.empty()) return {};
  V a = op.args[0], b = op.args.size() > 1 ? op.args[1] : zero;
  switch (op.op) {
  case ROp::int_lt: return truth ? Cond{Rel::Lt, a, b} : Cond{Rel::Le, b, a};
  case ROp::int_le: return truth ? Cond{Rel::Le, a, b} : Cond{Rel::Lt, b, a};
  case ROp::int_gt: return truth ? Cond{Rel::Lt, b, a} : Cond{Rel::Le, a, b};
  case ROp::int_ge: return truth ? Cond{Rel::Le, b, a} : Cond{Rel::Lt, a, b};
  case ROp::int_eq: return {truth ? Rel::Eq : Rel::Ne, a, b};
  case ROp::int_ne: return {truth ? Rel::Ne : Rel::Eq, a, b};
  case ROp::uint_lt: return truth ? Cond{Rel::ULt, a, b} : Cond{Rel::ULe, b, a};
  case ROp::uint_le: return truth ? Cond{Rel::ULe, a, b} : Cond{Rel::ULt, b, a};
  case ROp::uint_gt: return truth ? Cond{Rel::ULt, b, a} : Cond{Rel::ULe, a, b};
  case ROp::uint_ge: return truth ? Cond{Rel::ULe, b, a} : Cond{Rel::ULt, a, b};
  case ROp::int_is_true: return {truth ? Rel::Ne : Rel::Eq, a, zero};
  case ROp::int_is_zero: return {truth ? Rel::Eq : Rel::Ne, a, zero};
  default: return {};
  }
}

} // namespace

class IntBoundsPass final : public ChainPass {
public:
  void start() override {
    ctx->bounds = this;
    bounds_.assign(ctx->trace.nvalues, IntBound{});
    zero_ = ctx->makeConstant(0, 'i');
  }
  void propagate(ResOp& op) override;
  // An index check waiting for its guard_no_exception.
  struct Check {
    HelperKind kind = HelperKind::None;
    V i = kNoValue, n = kNoValue, result = kNoValue;
  };
  void replaced(V old, V now) override {
    if (!isConst(now) && now < bounds_.size() && old < bounds_.size()) bounds_[now].intersect(bounds_[old]);
  }
  IntBound bound(V v) const {
    v = ctx->resolve(v);
    int64_t c;
    if (ctx->intConstant(v, c)) return IntBound::exact(c);
    return !isConst(v) && v < bounds_.size() ? bounds_[v] : IntBound{};
  }

private:
  void guard(ResOp& op);
  void learn(const Cond& c);
  void indexCheck(ResOp& op, HelperKind kind);
  void learnIndexCheck(const Check& c);
  void overflowCheck(ResOp& op);
  IntBound resultBound(const ResOp& op) const;
  int compare(ROp op, V a, V b) const;
  bool provenLt(V a, V b, int depth = 0) const;
  bool provenLe(V a, V b, int depth = 0) const;
  bool offsetOf(V v, V& base, int64_t& k) const;
  bool hasFact(V a, V b, bool strict) const;
  void addFact(V a, V b, bool strict);
  void refine(V v, const IntBound& b);
  void setResult(const ResOp& op, const IntBound& b) {
    if (op.kind == 'i') setResult(op.result, b);
  }
  void setResult(V v, const IntBound& b) {
    if (v < bounds_.size()) bounds_[v].intersect(b);
  }

  std::vector<IntBound> bounds_;
  // Relations: a -> (b, strict) for a < b (strict) or a <= b; pairs known different.
  std::unordered_map<V, std::vector<std::pair<V, bool>>> below_;
  std::set<std::pair<V, V>> different_;
  V zero_ = 0;
  Check checked_;
};

IntBound knownBound(const IntBoundsPass& pass, V v) { return pass.bound(v); }

// -- Operations --------------------------------------------------------------------------------------

void IntBoundsPass::propagate(ResOp& op) {
  const ROpInfo& info = ropInfo(op.op);
  if (info.flags & ropflags::Guard) return guard(op);
  checked_ = Check{};
  if (isOvf(op.op)) return overflowCheck(op);
  if (isCall(op.op) && op.args.size() >= 2) {
    HelperKind k = helperKind(op.descr);
    if (k == HelperKind::CheckIndex || k == HelperKind::CheckIndexWrap) return indexCheck(op, k);
  }
  if (op.kind != 'i') {
    emit(op);
    return;
  }
  IntBound b = resultBound(op);
  if ((info.flags & ropflags::Pure) && b.isConstant()) {
    bool comparison = condition(op, true, zero_).rel != Rel::None || op.op == ROp::int_between;
    ctx->note(comparison ? "intbounds.comparison_proven" : "intbounds.constant");
    ctx->replace(op.result, ctx->makeConstant(Word(b.lo), 'i'));
    return;
  }
  setResult(op, b);
  emit(op);
}

IntBound IntBoundsPass::resultBound(const ResOp& op) const {
  auto A = [&](size_t k) { return k < op.args.size() ? bound(op.args[k]) : IntBound{}; };
  auto C = [&](size_t k, int64_t& c) { return k < op.args.size() && ctx->intConstant(op.args[k], c); };
  auto boolean = [](int r) { return r < 0 ? IntBound::range(0, 1) : IntBound::exact(r); };
  bool fits = true;
  int64_t c = 0;
  const kiln_jit_program& p = program();
  switch (op.op) {
  case ROp::int_add: { IntBound r = addBound(A(0), A(1), fits); return fits ? r : IntBound{}; }
  case ROp::int_sub: { IntBound r = subBound(A(0), A(1), fits); return fits ? r : IntBound{}; }
  case ROp::int_mul: { IntBound r = mulBound(A(0), A(1), fits); return fits ? r : IntBound{}; }
  case ROp::int_neg: { IntBound r = subBound(IntBound::exact(0), A(0), fits); return fits ? r : IntBound{}; }
  case ROp::int_invert: { IntBound a = A(0); IntBound r = IntBound::range(~a.hi, ~a.lo); r.intersect(bitsBound(a.ones, a.zeros)); return r; }
  case ROp::int_abs: {
    IntBound a = A(0);
    if (a.lo >= 0) return a;
    if (a.lo == kMin) return {};
    return a.hi <= 0 ? IntBound::range(-a.hi, -a.lo) : IntBound::range(0, std::max(-a.lo, a.hi));
  }
  case ROp::int_and: return andBound(A(0), A(1));
  case ROp::int_or: return orBound(A(0), A(1));
  case ROp::int_xor: return xorBound(A(0), A(1));
  case ROp::int_lshift: case ROp::int_rshift: case ROp::uint_rshift:
    return C(1, c) ? shiftBound(op.op, A(0), c) : IntBound{};
  case ROp::int_floordiv: case ROp::int_mod: case ROp::uint_floordiv: case ROp::uint_mod:
    return C(1, c) ? divBound(op.op, A(0), c) : IntBound{};
  case ROp::int_lt: case ROp::int_le: case ROp::int_gt: case ROp::int_ge: case ROp::int_eq: case ROp::int_ne:
  case ROp::uint_lt: case ROp::uint_le: case ROp::uint_gt: case ROp::uint_ge:
    return boolean(compare(op.op, op.args[0], op.args[1]));
  case ROp::int_is_true: case ROp::int_is_zero: {
    int r = compare(ROp::int_ne, op.args[0], zero_);
    return boolean(r < 0 ? r : op.op == ROp::int_is_true ? r : 1 - r);
  }
  case ROp::int_between: {
    bool in = provenLe(op.args[0], op.args[1]) && provenLt(op.args[1], op.args[2]);
    bool out = provenLt(op.args[1], op.args[0]) || provenLe(op.args[2], op.args[1]);
    return boolean(in ? 1 : out ? 0 : -1);
  }
  case ROp::float_lt: case ROp::float_le: case ROp::float_eq: case ROp::float_ne: case ROp::float_gt: case ROp::float_ge:
  case ROp::float_is_true: case ROp::ptr_eq: case ROp::ptr_ne: case ROp::ptr_nonzero: case ROp::ptr_iszero:
    return IntBound::range(0, 1);
  case ROp::getfield_gc_i: {
    uint8_t size = p.fields[op.descr].size;
    return size < 8 ? IntBound::range(0, (int64_t(1) << (8 * size)) - 1) : IntBound{};
  }
  case ROp::getarrayitem_gc_i: case ROp::getinteriorfield_gc_i: {
    uint8_t size = p.arrays[op.descr].size;
    return size < 8 ? IntBound::range(0, (int64_t(1) << (8 * size)) - 1) : IntBound{};
  }
  case ROp::arraylen_gc: return IntBound::range(0, kMax);
  default: return {};
  }
}

// 1: proven true, 0: proven false, -1: unknown.
int IntBoundsPass::compare(ROp op, V a, V b) const {
  IntBound x = bound(a), y = bound(b);
  switch (op) {
  case ROp::int_lt: return provenLt(a, b) ? 1 : provenLe(b, a) ? 0 : -1;
  case ROp::int_le: return provenLe(a, b) ? 1 : provenLt(b, a) ? 0 : -1;
  case ROp::int_gt: return compare(ROp::int_lt, b, a);
  case ROp::int_ge: return compare(ROp::int_le, b, a);
  case ROp::int_eq: case ROp::int_ne: {
    bool differ = x.hi < y.lo || y.hi < x.lo || (x.zeros & y.ones) || (x.ones & y.zeros) ||
                  different_.count({std::min(a, b), std::max(a, b)}) || provenLt(a, b) || provenLt(b, a);
    int eq = differ ? 0 : (a == b || (x.isConstant() && y.isConstant() && x.lo == y.lo)) ? 1 : -1;
    return eq < 0 ? -1 : op == ROp::int_eq ? eq : 1 - eq;
  }
  case ROp::uint_lt: case ROp::uint_le: case ROp::uint_gt: case ROp::uint_ge:
    // Both non-negative: the unsigned order is the signed one.
    if (x.lo < 0 || y.lo < 0) return -1;
    return compare(op == ROp::uint_lt ? ROp::int_lt : op == ROp::uint_le ? ROp::int_le : op == ROp::uint_gt ? ROp::int_gt : ROp::int_ge, a, b);
  default: return -1;
  }
}

// An *_ovf op whose operands cannot overflow becomes the plain op; its guard goes.
void IntBoundsPass::overflowCheck(ResOp& op) {
  bool fits = false;
  IntBound a = bound(op.args[0]), b = bound(op.args[1]);
  IntBound r = op.op == ROp::int_add_ovf ? addBound(a, b, fits) : op.op == ROp::int_sub_ovf ? subBound(a, b, fits) : mulBound(a, b, fits);
  const ResOp* g = ctx->pairedGuard();
  if (fits && (!g || g->op == ROp::guard_no_overflow)) {
    ctx->note("intbounds.overflow_check_removed");
    ctx->dropPairedGuard();
    op.op = op.op == ROp::int_add_ovf ? ROp::int_add : op.op == ROp::int_sub_ovf ? ROp::int_sub : ROp::int_mul;
    if (r.isConstant()) {
      ctx->replace(op.result, ctx->makeConstant(Word(r.lo), 'i'));
      return;
    }
  }
  // Kept, the result is the exact one whenever the guard_no_overflow after it holds.
  setResult(op, r);
  emit(op);
}

// kiln_check_index(i, n, kind) and kiln_check_index_wrap(i, n, kind).
void IntBoundsPass::indexCheck(ResOp& op, HelperKind kind) {
  V i = op.args[0], n = op.args[1];
  const ResOp* g = ctx->pairedGuard();
  bool raisesNothing = g && g->op == ROp::guard_no_exception;
  bool inRange = bound(i).lo >= 0 && provenLt(i, n);
  if (inRange && raisesNothing && op.kind == 'i') {
    ctx->note("intbounds.index_check_removed");
    ctx->dropPairedGuard();
    ctx->replace(op.result, i);
    return;
  }
  emit(op);
  // What the check proves holds after its guard_no_exception: learnt there (guard()), so that
  // none of it reaches that guard's resume data.
  if (raisesNothing && op.kind == 'i') checked_ = {kind, i, n, op.result};
}

// After the guard_no_exception of an index check: 0 <= result < n, and n > 0.
void IntBoundsPass::learnIndexCheck(const Check& c) {
  IntBound nb = bound(c.n);
  if (nb.hi < 1) return; // it always raises: this is never reached
  refine(c.n, IntBound::range(1, kMax));
  setResult(c.result, IntBound::range(0, nb.hi - 1));
  addFact(c.result, c.n, true);
  if (c.kind == HelperKind::CheckIndex || bound(c.i).lo >= 0) {
    // The result is the index.
    refine(c.i, IntBound::range(0, nb.hi - 1));
    if (bound(c.i).lo < kMax) refine(c.n, IntBound::range(bound(c.i).lo + 1, kMax));
    addFact(c.i, c.n, true);
    ctx->note("intbounds.index_check_result_is_index");
    ctx->replace(c.result, c.i);
  } else {
    bool fits;
    refine(c.i, wide(-I128(nb.hi), I128(nb.hi) - 1, fits));
  }
}

// -- Guards -----------------------------------------------------------------------------------------

void IntBoundsPass::guard(ResOp& op) {
  bool isBoolGuard = (op.op == ROp::guard_true || op.op == ROp::guard_false) && !op.args.empty();
  IntBound cb = isBoolGuard ? bound(op.args[0]) : IntBound{};
  if (isBoolGuard && cb.isConstant()) {
    if ((cb.lo != 0) == (op.op == ROp::guard_true)) {
      ctx->note("intbounds.guard_proven");
      return;
    }
    emit(op); // always fails: nothing to learn
    return;
  }
  emit(op);
  if (op.op == ROp::guard_no_exception && checked_.result != kNoValue) learnIndexCheck(checked_);
  checked_ = Check{};
  if (op.op == ROp::guard_value && op.args.size() == 2 && ctx->constKind(op.args[1]) == 'i')
    learn({Rel::Eq, op.args[0], op.args[1]});
  if (!isBoolGuard) return;
  bool truth = op.op == ROp::guard_true;
  V c = op.args[0];
  // c is a Bool (optimizer.h, invariant 5): known from here on, without replacing it (the
  // guards pass does), so that a second guard on it is proven.
  if (c < bounds_.size()) bounds_[c].intersect(IntBound::exact(truth ? 1 : 0));
  if (const ResOp* d = ctx->producer(c)) learn(condition(*d, truth, zero_));
}

void IntBoundsPass::learn(const Cond& c) {
  IntBound a = bound(c.a), b = bound(c.b);
  switch (c.rel) {
  case Rel::None: return;
  case Rel::Lt:
    if (b.hi > kMin) refine(c.a, IntBound::range(kMin, b.hi - 1));
    if (a.lo < kMax) refine(c.b, IntBound::range(a.lo + 1, kMax));
    addFact(c.a, c.b, true);
    return;
  case Rel::Le:
    refine(c.a, IntBound::range(kMin, b.hi));
    refine(c.b, IntBound::range(a.lo, kMax));
    addFact(c.a, c.b, different_.count({std::min(c.a, c.b), std::max(c.a, c.b)}) > 0);
    return;
  case Rel::Eq:
    refine(c.a, b);
    refine(c.b, a);
    return;
  case Rel::Ne:
    // A constant at an end of the other's interval narrows it.
    for (auto [x, xb, yb] : {std::tuple{c.a, a, b}, std::tuple{c.b, b, a}}) {
      if (!yb.isConstant()) continue;
      if (xb.lo == yb.lo && xb.lo < kMax) refine(x, IntBound::range(xb.lo + 1, kMax));
      else if (xb.hi == yb.lo && xb.hi > kMin) refine(x, IntBound::range(kMin, xb.hi - 1));
    }
    different_.insert({std::min(c.a, c.b), std::max(c.a, c.b)});
    if (provenLe(c.a, c.b)) addFact(c.a, c.b, true);
    else if (provenLe(c.b, c.a)) addFact(c.b, c.a, true);
    return;
  case Rel::ULt:
  case Rel::ULe:
    // a <u b with b >= 0: a is in [0, b] too.
    if (b.lo < 0) return;
    refine(c.a, IntBound::range(0, kMax));
    learn({c.rel == Rel::ULt ? Rel::Lt : Rel::Le, c.a, c.b});
    return;
  }
}

void IntBoundsPass::refine(V v, const IntBound& b) {
  v = ctx->resolve(v);
  if (isConst(v) || v >= bounds_.size()) return;
  if (!bounds_[v].intersect(b) || !bounds_[v].isConstant()) return;
  ctx->note("intbounds.value_became_constant");
  ctx->replace(v, ctx->makeConstant(Word(bounds_[v].lo), 'i'));
}

// -- Relations -------------------------------------------------------------------------------------------

bool IntBoundsPass::hasFact(V a, V b, bool strict) const {
  auto it = below_.find(a);
  if (it == below_.end()) return false;
  for (auto [to, s] : it->second)
    if (to == b && (s || !strict)) return true;
  return false;
}

void IntBoundsPass::addFact(V a, V b, bool strict) {
  a = ctx->resolve(a);
  b = ctx->resolve(b);
  if (a == b || hasFact(a, b, strict)) return;
  below_[a].push_back({b, strict});
}

// v is exactly base + k (an int_add or int_sub of a constant that cannot wrap).
bool IntBoundsPass::offsetOf(V v, V& base, int64_t& k) const {
  const ResOp* d = ctx->producer(v);
  if (!d || d->args.size() != 2) return false;
  bool add = d->op == ROp::int_add || d->op == ROp::int_add_ovf, sub = d->op == ROp::int_sub || d->op == ROp::int_sub_ovf;
  int64_t c;
  if (!(add || sub) || !ctx->intConstant(d->args[1], c) || (sub && c == kMin)) return false;
  k = sub ? -c : c;
  base = ctx->resolve(d->args[0]);
  IntBound b = bound(base);
  bool exact = isOvf(d->op) || (k >= 0 ? I128(b.hi) + k <= kMax : I128(b.lo) + k >= kMin);
  return exact;
}

bool IntBoundsPass::provenLt(V a, V b, int depth) const {
  a = ctx->resolve(a);
  b = ctx->resolve(b);
  if (a == b) return false;
  if (bound(a).hi < bound(b).lo || hasFact(a, b, true)) return true;
  if (depth > 0) return false;
  V base;
  int64_t k;
  if (offsetOf(a, base, k) && ((k <= 0 && provenLt(base, b, 1)) || (k < 0 && provenLe(base, b, 1)))) return true;
  if (offsetOf(b, base, k) && ((k >= 0 && provenLt(a, base, 1)) || (k > 0 && provenLe(a, base, 1)))) return true;
  return false;
}

bool IntBoundsPass::provenLe(V a, V b, int depth) const {
  a = ctx->resolve(a);
  b = ctx->resolve(b);
  if (a == b || bound(a).hi <= bound(b).lo || hasFact(a, b, false) || provenLt(a, b, depth)) return true;
  if (depth > 0) return false;
  V base;
  int64_t k;
  if (offsetOf(a, base, k) && ((k <= 0 && provenLe(base, b, 1)) || (k <= 1 && provenLt(base, b, 1)))) return true;
  if (offsetOf(b, base, k) && ((k >= 0 && provenLe(a, base, 1)) || (k >= -1 && provenLt(a, base, 1)))) return true;
  return false;
}

std::unique_ptr<ChainPass> makeIntBoundsPass() { return std::make_unique<IntBoundsPass>(); }

} // namespace kiln::jitrt

// The ranges pass: guards that each exclude one value of the same quantity become one range
// check. An interpreter that checks a bound on every step -- bf's head moving left (`pos == 0`
// fails) ten times in a row -- leaves a run of guards
//
//   guard_false(int_eq(x, 0))  guard_false(int_eq(x - 1, 0))  ...  guard_false(int_eq(x - 8, 0))
//
// which together say x is not in [0, 8]: one unsigned comparison, uint_gt(x, 8).
//
// What a guard excludes: guard_false(int_eq(a, b)), guard_true(int_ne(a, b)),
// guard_true(int_is_true(a)) / guard_false(int_is_zero(a)) read as a != 0, where a and b are
// each a base value plus a constant (through int_add/int_sub with constants) or a constant.
// The quantity is the difference of the two bases (one base when the other side is a
// constant); the guard excludes one value of it. Arithmetic wraps, as the machine's does, so
// `a == b` is `base_a - base_b == off_b - off_a` for every value.
//
// Where: the run's first guard stays as it is, and right after it one check says that the
// quantity is outside the run's range, with a copy of the first guard's resume data (where the
// first guard's own condition, which its resume data reads, is the constant it held at). The
// other guards of the run go, and dead-ops removes the comparisons nothing reads any more. A run
// is merged only when that is cheaper: the check costs a compare and a jump, plus subtracting
// the bases and the range's start (unless an operation computed x - lo already); each guard it
// replaces cost a compare and a jump. So three guards of one base merge, four of two bases.
//
// Sound when nothing between the guards has a side effect: the merged check runs where the
// first guard was and leaves as if from there. If it fails, one of the run's guards would have
// failed later, with nothing observable done in between, so resuming there and letting the
// interpreter run again is the same program. Between the guards only pure operations, loads,
// elidable calls and other guards may stand; any other operation (a store, a residual call, an
// allocation, a label) ends the runs that are open. Cost: linear in the trace, times the
// (bounded) number of open runs.
#include <algorithm>
#include <map>

#include "optimizer.h"

namespace kiln::jitrt {

namespace {

constexpr size_t kMaxMembers = 64; // excluded values one quantity collects before its run closes

struct Affine {
  V base = kNoValue; // kNoValue: a constant
  uint64_t off = 0;
};

struct Member {
  uint64_t value; // excluded value of the quantity
  size_t op;      // the guard's index in the trace
};

struct Group {
  V a, b; // the quantity: a - b (b is kNoValue when it is a alone)
  std::vector<Member> members;
};

class Ranges {
public:
  explicit Ranges(Trace& t) : t_(t), def_(t.nvalues, -1) {}

  void run() {
    for (size_t i = 0; i < t_.ops.size(); ++i) {
      const ResOp& op = t_.ops[i];
      if (op.kind != 'v' && op.result < def_.size()) def_[op.result] = int32_t(i);
      noteOffset(op, i);
      if (ropInfo(op.op).flags & ropflags::Guard) {
        exclusion(i);
        continue;
      }
      if (!sideEffectFree(op)) closeAll();
    }
    closeAll();
    if (replacements_.empty()) return;
    rebuild();
  }

private:
  bool sideEffectFree(const ResOp& op) const {
    uint8_t f = ropInfo(op.op).flags;
    if (op.op == ROp::debug_merge_point) return true;
    if (isPureCall(op.op)) return true;
    if (f & (ropflags::Write | ropflags::Call | ropflags::Alloc)) return false;
    return (f & (ropflags::Pure | ropflags::Read)) != 0;
  }

  // x + c computed by an operation already (bf's head after a move): a range check of x that
  // starts at -c reads it instead of computing it again.
  void noteOffset(const ResOp& op, size_t i) {
    uint64_t c;
    if (op.args.size() != 2 || (op.op != ROp::int_add && op.op != ROp::int_sub)) return;
    if (intConst(op.args[1], c) && !isConst(op.args[0]))
      offsets_.emplace(std::make_pair(op.args[0], op.op == ROp::int_add ? c : uint64_t(0) - c), std::make_pair(op.result, i));
    else if (op.op == ROp::int_add && intConst(op.args[0], c) && !isConst(op.args[1]))
      offsets_.emplace(std::make_pair(op.args[1], c), std::make_pair(op.result, i));
  }

  const ResOp* producer(V v) const {
    if (isConst(v) || v >= def_.size() || def_[v] < 0) return nullptr;
    return &t_.ops[size_t(def_[v])];
  }

  bool intConst(V v, uint64_t& out) const {
    if (!isConst(v) || t_.constKinds[v & ~kConst] != 'i') return false;
    out = t_.consts[v & ~kConst];
    return true;
  }

  Affine affine(V v) const {
    Affine r;
    uint64_t c;
    if (intConst(v, c)) return {kNoValue, c};
    r.base = v;
    for (int depth = 0; depth < 16; ++depth) {
      const ResOp* d = producer(r.base);
      if (!d || d->args.size() != 2 || (d->op != ROp::int_add && d->op != ROp::int_sub)) break;
      if (intConst(d->args[1], c)) {
        r.off += d->op == ROp::int_add ? c : uint64_t(0) - c;
        r.base = d->args[0];
      } else if (d->op == ROp::int_add && intConst(d->args[0], c)) {
        r.off += c;
        r.base = d->args[1];
      } else {
        break;
      }
    }
    return r;
  }

  // The guard at i: if it excludes one value of a quantity, adds it to that quantity's run.
  void exclusion(size_t i) {
    const ResOp& g = t_.ops[i];
    if ((g.op != ROp::guard_true && g.op != ROp::guard_false) || g.args.size() != 1 || g.guard < 0) return;
    const ResOp* c = producer(g.args[0]);
    if (!c) return;
    bool truth = g.op == ROp::guard_true;
    Affine x, y; // the guard says x != y
    if (c->args.size() == 2 && ((c->op == ROp::int_eq && !truth) || (c->op == ROp::int_ne && truth))) {
      x = affine(c->args[0]);
      y = affine(c->args[1]);
    } else if (c->args.size() == 1 && ((c->op == ROp::int_is_true && truth) || (c->op == ROp::int_is_zero && !truth))) {
      x = affine(c->args[0]);
    } else {
      return;
    }
    // One orientation per pair of bases: a constant on the right, else the lower number left.
    if (x.base == kNoValue || (y.base != kNoValue && y.base < x.base)) std::swap(x, y);
    if (x.base == kNoValue) return; // two constants: the guards pass decides it
    // x.base + x.off != y.base + y.off  <=>  x.base - y.base != y.off - x.off
    uint64_t value = y.off - x.off;
    auto key = std::make_pair(x.base, y.base);
    auto it = open_.find(key);
    if (it == open_.end()) it = open_.emplace(key, Group{x.base, y.base, {}}).first;
    it->second.members.push_back({value, i});
    if (it->second.members.size() >= kMaxMembers) {
      close(it->second);
      open_.erase(it);
    }
  }

  void closeAll() {
    for (auto& [key, group] : open_) close(group);
    open_.clear();
  }

  // Splits a quantity's excluded values into runs of consecutive values; a run of two or more
  // guards becomes one check at its earliest guard.
  void close(Group& g) {
    if (g.members.size() < 2) return;
    std::vector<Member> sorted = g.members;
    std::sort(sorted.begin(), sorted.end(), [](const Member& l, const Member& r) {
      return int64_t(l.value) < int64_t(r.value) || (l.value == r.value && l.op < r.op);
    });
    for (size_t s = 0; s < sorted.size();) {
      size_t e = s + 1;
      while (e < sorted.size() && (sorted[e].value == sorted[e - 1].value || sorted[e].value == sorted[e - 1].value + 1) &&
             int64_t(sorted[e].value) >= int64_t(sorted[e - 1].value))
        ++e;
      Replacement r{g.a, g.b, sorted[s].value, sorted[e - 1].value, SIZE_MAX};
      for (size_t k = s; k < e; ++k) r.first = std::min(r.first, sorted[k].op);
      // The first guard stays; the check after it costs a compare and a jump, plus a
      // subtraction of the bases and one of the range's start (unless x - lo is there already);
      // each guard it replaces cost a compare and a jump.
      size_t cost = 2 + (g.b != kNoValue) + (r.lo != 0 && (g.b != kNoValue || !existingOffset(g.a, r.lo, r.first)));
      if (2 * (e - s - 1) > cost) {
        for (size_t k = s; k < e; ++k)
          if (sorted[k].op != r.first) dropped_.push_back(sorted[k].op);
        replacements_.push_back(r);
      }
      s = e;
    }
  }

  V newValue() { return t_.nvalues++; }

  // x - lo computed before op `before`, or kNoValue.
  V existingOffset(V x, uint64_t lo, size_t before) const {
    auto known = offsets_.find({x, uint64_t(0) - lo});
    return known != offsets_.end() && known->second.second < before ? known->second.first : kNoValue;
  }

  // The merged check's resume data: the first guard's, which it follows. The first guard held,
  // so its condition, which its resume data reads (the interpreter's register for the branch), is
  // the constant it was checked against.
  int32_t copyGuard(const ResOp& first) {
    GuardInfo g = t_.guards[size_t(first.guard)];
    V cond = first.args[0];
    V held = internConstant(t_, first.op == ROp::guard_true ? 1 : 0, 'i');
    for (FrameSnap& f : g.frames)
      std::replace(f.values.begin(), f.values.end(), cond, held);
    for (VirtualObject& vo : g.virtuals)
      for (auto& field : vo.fields)
        if (field.second == cond) field.second = held;
    rebuildFailargs(g);
    g.origin = g.origin != UINT32_MAX ? g.origin : g.number;
    g.number = newGuardNumber();
    t_.guards.push_back(std::move(g));
    return int32_t(t_.guards.size() - 1);
  }

  // Rewrites the trace: after each run's first guard comes the range check, the others go.
  void rebuild() {
    std::vector<int32_t> at(t_.ops.size(), -1);
    for (size_t k = 0; k < replacements_.size(); ++k) at[replacements_[k].first] = int32_t(k);
    std::vector<bool> drop(t_.ops.size(), false);
    for (size_t i : dropped_) drop[i] = true;
    std::vector<ResOp> out;
    out.reserve(t_.ops.size() + 4 * replacements_.size());
    for (size_t i = 0; i < t_.ops.size(); ++i) {
      if (drop[i]) continue;
      out.push_back(t_.ops[i]);
      if (at[i] < 0) continue;
      const Replacement& r = replacements_[size_t(at[i])];
      auto pure = [&](ROp op, V x, V y) {
        ResOp o;
        o.op = op;
        o.kind = 'i';
        o.result = newValue();
        o.args = {x, y};
        out.push_back(o);
        return o.result;
      };
      V q = r.b == kNoValue ? r.a : pure(ROp::int_sub, r.a, r.b);
      if (r.lo != 0) {
        V known = r.b == kNoValue ? existingOffset(q, r.lo, i) : kNoValue;
        q = known != kNoValue ? known : pure(ROp::int_sub, q, internConstant(t_, r.lo, 'i'));
      }
      V outside = pure(ROp::uint_gt, q, internConstant(t_, r.hi - r.lo, 'i'));
      ResOp guard;
      guard.op = ROp::guard_true;
      guard.args = {outside};
      guard.guard = copyGuard(t_.ops[i]);
      out.push_back(std::move(guard));
    }
    t_.ops = std::move(out);
  }

  struct Replacement {
    V a, b;
    uint64_t lo, hi;
    size_t first;
  };

  Trace& t_;
  std::vector<int32_t> def_;
  std::map<std::pair<V, V>, Group> open_;
  std::map<std::pair<V, uint64_t>, std::pair<V, size_t>> offsets_; // (x, c) -> x + c, where
  std::vector<Replacement> replacements_;
  std::vector<size_t> dropped_;
};

} // namespace

void mergeGuardRanges(Trace& t) { Ranges(t).run(); }

} // namespace kiln::jitrt

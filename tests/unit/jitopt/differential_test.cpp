// A differential test of the whole optimizer: random traces, each run before and after
// optimization on an emulator, must leave the same way -- the same guard with the same resume
// values, or the jump with the same values -- with the same memory.
//
// A trace is made the way the tracer makes one: random operations are executed on concrete
// values as they are recorded, and each guard is recorded in the direction the concrete run
// takes (an index check that would raise, an operation that would overflow, is not recorded).
// So on its recording inputs the trace runs to the jump; on other random inputs it may leave
// through any guard. Objects are a small pool, and the reference inputs are drawn from it, so
// they are sometimes the same object (aliasing), and sometimes a constant the trace also names.
// Memory starts as a hash of (object, field), zero for objects the trace allocates; narrow
// fields keep their low bytes, as loadWord/storeWord do. Residual calls write a field of their
// argument; elidable ones compute a hash.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>

#include "tests/unit/jitopt/harness.h"

namespace {

using namespace kiln::jitrt;

// Descr indexes in program.cpp.
enum Field : uint32_t { kValue = 2, kNext = 3, kFlag = 4, kCount32 = 5, kCodeLength = 7 };
enum Array : uint32_t { kSigned = 0, kSignedFrozen = 4, kEntryValue = 5 };
enum Call : uint32_t { kCheck = 0, kCheckWrap = 1, kHash = 2, kParse = 3, kWrite = 4, kGet = 5, kGetItem = 6 };
enum Size : uint32_t { kNode = 0, kSignedArray = 1 };

using jitopt_test::kObjects;
using jitopt_test::mix;
constexpr Word kArrays[] = {0x8000, 0x9000};

// The emulated machine: memory and the flags the guards read.
struct Machine {
  std::map<std::pair<Word, uint64_t>, Word> memory; // (object, field or 1000 + index) -> word
  std::map<Word, Word> lengths;
  Word nextFresh = 0x100000;
  std::map<Word, bool> fresh;
  bool overflowed = false, raised = false;

  Word load(Word obj, uint64_t slot, uint8_t size, char kind) {
    auto it = memory.find({obj, slot});
    if (it != memory.end()) return it->second;
    if (fresh.count(obj)) return 0;
    return jitopt_test::madeUpWord(obj, slot, size, kind);
  }
  void store(Word obj, uint64_t slot, uint8_t size, Word v) {
    memory[{obj, slot}] = size == 1 ? v & 0xff : size == 4 ? v & 0xffffffff : v;
  }
  // The memory as it reads: without the entries that hold what a load would read anyway.
  std::map<std::pair<Word, uint64_t>, Word> contents() const {
    std::map<std::pair<Word, uint64_t>, Word> out;
    Machine blank;
    blank.fresh = fresh;
    for (const auto& [k, v] : memory) {
      const kiln_jit_field_descr* f = nullptr;
      for (uint32_t d : {kValue, kNext, kFlag, kCount32})
        if (program().fields[d].offset == k.second) f = &program().fields[d];
      Word initial = f ? blank.load(k.first, k.second, f->size, char(f->kind)) : blank.load(k.first, k.second, 8, 'i');
      if (v != initial) out[k] = v;
    }
    return out;
  }
  Word length(Word a) {
    if (!lengths.count(a)) lengths[a] = jitopt_test::madeUpLength(a);
    return lengths[a];
  }
};

struct Exit {
  int32_t guard = -1;        // the guard's number, or -1: the jump
  std::vector<Word> values;  // its resume values, or the jump's
  std::map<std::pair<Word, uint64_t>, Word> memory;
  bool operator==(const Exit&) const = default;
};

void PrintTo(const Exit& e, std::ostream* os) {
  *os << (e.guard < 0 ? std::string("jump") : "guard " + std::to_string(e.guard)) << " values";
  for (Word v : e.values) *os << " " << int64_t(v);
  *os << " memory";
  for (const auto& [k, v] : e.memory) *os << " " << std::hex << k.first << "." << std::dec << k.second << "=" << int64_t(v);
}

// Runs one op; false when it is a guard that fails.
bool step(const Trace& t, const ResOp& op, std::vector<Word>& val, Machine& m) {
  auto A = [&](size_t k) { return isConst(op.args[k]) ? t.consts[op.args[k] & ~kConst] : val[op.args[k]]; };
  const kiln_jit_program& p = program();
  Word r = 0;
  switch (op.op) {
  case ROp::int_add_ovf: case ROp::int_sub_ovf: case ROp::int_mul_ovf: {
    int64_t x = int64_t(A(0)), y = int64_t(A(1)), z;
    m.overflowed = op.op == ROp::int_add_ovf ? __builtin_add_overflow(x, y, &z)
                 : op.op == ROp::int_sub_ovf ? __builtin_sub_overflow(x, y, &z) : __builtin_mul_overflow(x, y, &z);
    r = Word(z);
    break;
  }
  case ROp::guard_true: return A(0) != 0;
  case ROp::guard_false: return A(0) == 0;
  case ROp::guard_value: return A(0) == A(1);
  case ROp::guard_no_overflow: return !m.overflowed;
  case ROp::guard_overflow: return m.overflowed;
  case ROp::guard_no_exception: return !m.raised;
  case ROp::getfield_gc_i: case ROp::getfield_gc_r:
    r = m.load(A(0), p.fields[op.descr].offset, p.fields[op.descr].size, op.kind);
    break;
  case ROp::setfield_gc: m.store(A(0), p.fields[op.descr].offset, p.fields[op.descr].size, A(1)); break;
  case ROp::getarrayitem_gc_i: r = m.load(A(0), 1000 + A(1), 8, 'i'); break;
  case ROp::setarrayitem_gc: m.store(A(0), 1000 + A(1), 8, A(2)); break;
  case ROp::getinteriorfield_gc_i: r = m.load(A(0), 5000 + A(1), 8, 'i'); break;
  case ROp::setinteriorfield_gc: m.store(A(0), 5000 + A(1), 8, A(2)); break;
  case ROp::arraycopy:
    for (Word k = 0; k < A(4); ++k) m.store(A(1), 1000 + A(3) + k, 8, m.load(A(0), 1000 + A(2) + k, 8, 'i'));
    break;
  case ROp::arraylen_gc: r = m.length(A(0)); break;
  case ROp::new_: case ROp::new_array:
    r = m.nextFresh;
    m.nextFresh += 0x100;
    m.fresh[r] = true;
    if (op.op == ROp::new_array) m.lengths[r] = A(0);
    break;
  case ROp::call_pure_i: case ROp::call_i: case ROp::call_n: case ROp::call_r: {
    m.raised = false;
    if (op.descr == kCheck || op.descr == kCheckWrap) {
      int64_t i = int64_t(A(0)), n = int64_t(A(1));
      if (op.descr == kCheckWrap && i < 0) i += n;
      m.raised = !(0 <= i && i < n);
      r = m.raised ? 0 : Word(i);
    } else if (op.descr == kHash) {
      r = m.fresh.count(A(0)) ? 1 : mix(A(0), 99) % 7; // not of an address the trace chose
    } else if (op.descr == kWrite) {
      m.store(A(0), p.fields[kValue].offset, 8, A(1));
    } else if (op.descr == kGet) {
      r = m.load(A(0), p.fields[kValue].offset, 8, 'i');
    } else if (op.descr == kParse) {
      m.raised = int64_t(A(1)) < 0;
      r = m.raised ? 0 : mix(m.fresh.count(A(0)) ? 1 : A(0), A(1)) % 5;
    } else if (op.descr == kGetItem) {
      m.raised = int64_t(A(1)) < 0;
      r = m.raised ? 0 : m.load(A(0), p.fields[kNext].offset, 8, 'r');
    }
    break;
  }
  case ROp::debug_merge_point: case ROp::jump: break;
  default: {
    Word a[3] = {0, 0, 0};
    for (size_t k = 0; k < op.args.size() && k < 3; ++k) a[k] = A(k);
    r = evalPure(op.op, a);
  }
  }
  if (op.kind != 'v') val[op.result] = r;
  return true;
}

// Objects the trace allocated have addresses that depend on when they were allocated (the
// virtuals pass allocates later, or only when a guard fails): an exit is compared with them
// numbered in the order they are reached -- from its values, then from memory in address order.
// Unreachable ones are garbage: forgotten.
Exit canonical(Exit e, const Machine& m) {
  std::map<Word, Word> label;
  std::vector<Word> queue;
  auto reach = [&](Word w) {
    if (m.fresh.count(w) && !label.count(w)) {
      label[w] = 0xf0000000 + label.size();
      queue.push_back(w);
    }
  };
  for (Word v : e.values) reach(v);
  for (const auto& [k, v] : e.memory)
    if (!m.fresh.count(k.first)) reach(v);
  for (size_t i = 0; i < queue.size(); ++i)
    for (const auto& [k, v] : e.memory)
      if (k.first == queue[i]) reach(v);
  auto rename = [&](Word w) { return label.count(w) ? label[w] : w; };
  Exit out;
  out.guard = e.guard;
  for (Word v : e.values) out.values.push_back(rename(v));
  for (const auto& [k, v] : e.memory)
    if (!m.fresh.count(k.first) || label.count(k.first)) out.memory[{rename(k.first), k.second}] = rename(v);
  return out;
}

// `passed`, when given, receives for every guard the run passes the exit it would have taken
// there.
Exit run(const Trace& t, const std::vector<Word>& inputs, std::vector<Exit>* passed = nullptr) {
  Machine m;
  std::vector<Word> val(t.nvalues, 0);
  std::copy(inputs.begin(), inputs.end(), val.begin());
  Exit e;
  auto value = [&](V v) { return isConst(v) ? t.consts[v & ~kConst] : val[v]; };
  for (const ResOp& op : t.ops) {
    if (!step(t, op, val, m)) {
      const GuardInfo& g = t.guards[size_t(op.guard)];
      // Leaving allocates the guard's virtuals (opt_virtuals.cpp) and stores their fields.
      for (const VirtualObject& vo : g.virtuals) {
        val[vo.value] = m.nextFresh;
        m.fresh[m.nextFresh] = true;
        m.nextFresh += 0x100;
      }
      for (const VirtualObject& vo : g.virtuals)
        for (auto [d, v] : vo.fields) m.store(val[vo.value], program().fields[d].offset, program().fields[d].size, value(v));
      // A guard made with another's resume data (opt_ranges.cpp) leaves as that one would.
      e.guard = int32_t(g.origin != UINT32_MAX ? g.origin : g.number);
      for (V v : g.frames[0].values) e.values.push_back(value(v));
      e.memory = m.contents();
      return canonical(e, m);
    }
    if (passed && op.guard >= 0) {
      const GuardInfo& g = t.guards[size_t(op.guard)];
      Exit here;
      here.guard = int32_t(g.number);
      for (V v : g.frames[0].values) here.values.push_back(value(v));
      here.memory = m.contents();
      passed->push_back(canonical(here, m));
    }
    if (op.op == ROp::jump)
      for (V a : op.args) e.values.push_back(value(a));
  }
  e.memory = m.contents();
  return canonical(e, m);
}

// -- Recording random traces ---------------------------------------------------------------------------
class Tracer {
public:
  explicit Tracer(uint32_t seed) : rng_(seed) {}

  ParsedTrace make(std::vector<Word>& inputs) {
    p_ = ParsedTrace{};
    val_.clear();
    m_ = Machine{};
    for (int k = 0; k < 3; ++k) input('i', pick({Word(-2), 0, 1, 2, 3, 5, 255, 256, Word(INT64_MAX - 1)}));
    input('r', kObjects[rng_() % 3]);
    input('r', kObjects[rng_() % 3]);
    input('r', kArrays[rng_() % 2]);
    int n = 10 + int(rng_() % 40);
    for (int k = 0; k < n; ++k) one();
    ResOp j;
    j.op = ROp::jump;
    j.descr = 0;
    for (int k = 0; k < 4; ++k) j.args.push_back(anyInt());
    j.args.push_back(anyRef());
    p_.trace.ops.push_back(j);
    p_.trace.nvalues = uint32_t(p_.valueKinds.size());
    inputs.assign(val_.begin(), val_.begin() + ptrdiff_t(p_.trace.inputKinds.size()));
    return p_;
  }

private:
  Word pick(std::initializer_list<Word> ws) { return *(ws.begin() + ptrdiff_t(rng_() % ws.size())); }
  V input(char kind, Word v) {
    p_.trace.inputKinds += kind;
    p_.valueKinds.push_back(kind);
    val_.push_back(v);
    return V(val_.size() - 1);
  }
  V constant(Word w, char kind) { return internConstant(p_.trace, w, kind); }
  V ofKind(char kind) {
    std::vector<V> vs;
    for (V v = 0; v < val_.size(); ++v)
      if (p_.valueKinds[v] == kind) vs.push_back(v);
    return vs[rng_() % vs.size()];
  }
  V anyInt() { return rng_() % 5 == 0 ? constant(pick({0, 1, 2, Word(-1), 7, 255}), 'i') : ofKind('i'); }
  V anyRef() {
    if (rng_() % 6 == 0) return constant(kObjects[rng_() % 3], 'r');
    return ofKind('r');
  }
  V object() { // a reference that is an object, not an array
    for (int tries = 0; tries < 8; ++tries) {
      V v = anyRef();
      Word w = isConst(v) ? p_.trace.consts[v & ~kConst] : val_[v];
      // Not null: a load or store through null faults, so the trace never goes on after one.
      if (w != 0 && w != kArrays[0] && w != kArrays[1] && !(m_.fresh.count(w) && m_.lengths.count(w))) return v;
    }
    return constant(kObjects[0], 'r');
  }
  Word valueOf(V v) const { return isConst(v) ? p_.trace.consts[v & ~kConst] : val_[v]; }

  // Records op, runs it; false (and nothing recorded) when it would fail or raise.
  bool record(ResOp op) {
    if (op.kind != 'v') {
      op.result = V(val_.size());
      p_.valueKinds.push_back(op.kind);
      val_.push_back(0);
    }
    Machine saved = m_;
    std::vector<Word> val = val_;
    // A guard that fails, a call that raises, an operation that overflows: not this way.
    if (!step(p_.trace, op, val, m_) || (isCall(op.op) && m_.raised) || (isOvf(op.op) && m_.overflowed)) {
      m_ = saved;
      if (op.kind != 'v') {
        p_.valueKinds.pop_back();
        val_.pop_back();
      }
      return false;
    }
    val_ = std::move(val);
    p_.trace.ops.push_back(std::move(op));
    return true;
  }
  void guard(ROp g, std::vector<V> args) {
    GuardInfo info;
    info.number = uint32_t(p_.trace.guards.size());
    FrameSnap f{-1, 0, 'v', 0, {}};
    for (int k = 0; k < 3; ++k) f.values.push_back(rng_() % 2 ? anyInt() : anyRef());
    for (V v : f.values)
      if (!isConst(v) && std::find(info.failargs.begin(), info.failargs.end(), v) == info.failargs.end()) info.failargs.push_back(v);
    info.frames.push_back(std::move(f));
    p_.trace.guards.push_back(std::move(info));
    ResOp op;
    op.op = g;
    op.args = std::move(args);
    op.guard = int32_t(p_.trace.guards.size() - 1);
    p_.trace.ops.push_back(std::move(op));
  }
  ResOp make(ROp o, std::vector<V> args, char kind, uint32_t descr = 0) {
    ResOp op;
    op.op = o;
    op.args = std::move(args);
    op.kind = kind;
    op.descr = descr;
    return op;
  }

  void one() {
    static const ROp binary[] = {ROp::int_add, ROp::int_sub, ROp::int_mul, ROp::int_and, ROp::int_or, ROp::int_xor,
                                 ROp::int_eq, ROp::int_ne, ROp::int_lt, ROp::int_le, ROp::int_gt, ROp::int_ge,
                                 ROp::uint_lt, ROp::uint_ge};
    static const ROp byConstant[] = {ROp::int_lshift, ROp::int_rshift, ROp::uint_rshift, ROp::int_floordiv,
                                     ROp::int_mod, ROp::uint_floordiv, ROp::uint_mod, ROp::int_mul, ROp::int_and, ROp::int_add};
    switch (rng_() % 22) {
    case 0: case 1: case 2:
      record(make(binary[rng_() % std::size(binary)], {anyInt(), anyInt()}, 'i'));
      return;
    case 3: {
      ROp o = byConstant[rng_() % std::size(byConstant)];
      Word c = pick({1, 2, 3, 4, 8, 16, 255, Word(-1), Word(-4)});
      if ((o == ROp::int_lshift || o == ROp::int_rshift || o == ROp::uint_rshift) && int64_t(c) < 0) c = 3;
      record(make(o, {anyInt(), constant(c, 'i')}, 'i'));
      return;
    }
    case 4:
      record(make(rng_() % 2 ? ROp::int_is_true : ROp::int_neg, {anyInt()}, 'i'));
      return;
    case 5: case 6: { // a comparison and a guard on it, the way the run goes
      static const ROp cmp[] = {ROp::int_eq, ROp::int_ne, ROp::int_lt, ROp::int_le, ROp::int_gt, ROp::int_ge, ROp::uint_lt, ROp::int_is_zero};
      ROp o = cmp[rng_() % std::size(cmp)];
      std::vector<V> args = {anyInt()};
      if (o != ROp::int_is_zero) args.push_back(anyInt());
      if (!record(make(o, args, 'i'))) return;
      V c = V(val_.size() - 1);
      guard(val_[c] ? ROp::guard_true : ROp::guard_false, {c});
      return;
    }
    case 7: { // an *_ovf op and its guard
      static const ROp ovf[] = {ROp::int_add_ovf, ROp::int_sub_ovf, ROp::int_mul_ovf};
      ROp o = ovf[rng_() % 3];
      if (record(make(o, {anyInt(), anyInt()}, 'i'))) guard(ROp::guard_no_overflow, {});
      return;
    }
    case 8: { // an index check and its guard
      V i = anyInt(), n = rng_() % 2 ? V(0) : anyInt();
      if (n == 0) {
        if (!record(make(ROp::arraylen_gc, {ofKindArray()}, 'i', kSigned))) return;
        n = V(val_.size() - 1);
      }
      if (record(make(ROp::call_pure_i, {i, n, constant(rng_() % 2, 'i')}, 'i', rng_() % 2 ? kCheck : kCheckWrap))) guard(ROp::guard_no_exception, {});
      return;
    }
    case 9: {
      V x = anyInt();
      guard(ROp::guard_value, {x, constant(valueOf(x), 'i')});
      return;
    }
    case 10: {
      uint32_t f = uint32_t(pick({kValue, kFlag, kCount32, kNext}));
      record(make(f == kNext ? ROp::getfield_gc_r : ROp::getfield_gc_i, {object()}, f == kNext ? 'r' : 'i', f));
      return;
    }
    case 11: {
      uint32_t f = uint32_t(pick({kValue, kFlag, kCount32, kNext}));
      record(make(ROp::setfield_gc, {object(), f == kNext ? anyRef() : anyInt()}, 'v', f));
      return;
    }
    case 12:
      if (rng_() % 2) record(make(ROp::getarrayitem_gc_i, {ofKindArray(), smallIndex()}, 'i', kSigned));
      else record(make(ROp::setarrayitem_gc, {ofKindArray(), smallIndex(), anyInt()}, 'v', kSigned));
      return;
    case 13:
      if (rng_() % 2) record(make(ROp::new_, {}, 'r', kNode));
      else record(make(ROp::new_array, {constant(3, 'i')}, 'r', kSignedArray));
      return;
    case 14:
      if (rng_() % 2) {
        if (record(make(ROp::call_n, {object(), anyInt()}, 'v', kWrite))) guard(ROp::guard_no_exception, {});
      } else {
        record(make(ROp::call_i, {object()}, 'i', kGet));
      }
      return;
    case 15: { // a null test or an identity test, and a guard on it
      V x = anyRef();
      ResOp op = rng_() % 3 == 0 ? make(ROp::ptr_eq, {x, anyRef()}, 'i') : make(rng_() % 2 ? ROp::ptr_nonzero : ROp::ptr_iszero, {x}, 'i');
      if (!record(op)) return;
      V c = V(val_.size() - 1);
      guard(val_[c] ? ROp::guard_true : ROp::guard_false, {c});
      return;
    }
    case 16: { // x + c, x - c: what index arithmetic looks like
      V x = anyInt();
      record(make(rng_() % 2 ? ROp::int_add : ROp::int_sub, {x, constant(pick({1, 2, Word(-1)}), 'i')}, 'i'));
      return;
    }
    case 17:
      record(make(ROp::getfield_gc_i, {object()}, 'i', kCodeLength)); // immutable
      return;
    case 18:
      if (rng_() % 2) {
        if (record(make(ROp::call_pure_i, {anyRef(), anyInt()}, 'i', kParse))) guard(ROp::guard_no_exception, {});
      } else {
        if (record(make(ROp::call_r, {object(), anyInt()}, 'r', kGetItem))) guard(ROp::guard_no_exception, {});
      }
      return;
    case 19:
      if (rng_() % 2) record(make(ROp::getinteriorfield_gc_i, {ofKindArray(), smallIndex()}, 'i', kEntryValue));
      else record(make(ROp::setinteriorfield_gc, {ofKindArray(), smallIndex(), anyInt()}, 'v', kEntryValue));
      return;
    case 20:
      record(make(ROp::arraycopy, {ofKindArray(), ofKindArray(), constant(rng_() % 2, 'i'), constant(rng_() % 3, 'i'), constant(1 + rng_() % 2, 'i')}, 'v', kSigned));
      return;
    default:
      record(make(ROp::call_pure_i, {anyRef()}, 'i', kHash));
      return;
    }
  }
  V smallIndex() { return rng_() % 2 ? constant(rng_() % 3, 'i') : anyInt(); }
  V ofKindArray() {
    std::vector<V> vs;
    for (V v = 0; v < val_.size(); ++v)
      if (p_.valueKinds[v] == 'r' && (val_[v] == kArrays[0] || val_[v] == kArrays[1] || m_.lengths.count(val_[v]))) vs.push_back(v);
    return vs.empty() ? constant(kArrays[0], 'r') : vs[rng_() % vs.size()];
  }

  std::mt19937 rng_;
  ParsedTrace p_;
  std::vector<Word> val_;
  Machine m_;
};

// Runs `seeds` random traces through `passes`; the first difference fails the test.
void differential(const std::vector<const PassInfo*>& passes, uint32_t seeds) {
  std::mt19937 inputsRng(7);
  int checked = 0, failedGuards = 0, leftEarlier = 0;
  for (uint32_t seed = 1; seed <= seeds; ++seed) {
    Tracer tracer(seed);
    std::vector<Word> recorded;
    ParsedTrace before = tracer.make(recorded);
    ParsedTrace after = before;
    std::vector<std::pair<std::string, uint32_t>> events;
    // Guards a pass makes (unroll's copies) are numbered after the ones the text names.
    uint32_t nextGuard = 0;
    for (const GuardInfo& g : after.trace.guards) nextGuard = std::max(nextGuard, g.number + 1);
    setNextGuardNumber(nextGuard);
    runPasses(after.trace, passes, &events);
    std::string problems = jitopt_test::checkInvariants(before, after, events);
    ASSERT_EQ(problems, "") << "seed " << seed << "\n" << jitopt_test::print(before) << "---\n" << jitopt_test::print(after);
    for (int run = 0; run < 6; ++run) {
      std::vector<Word> inputs = recorded;
      if (run > 0)
        for (size_t k = 0; k < 3; ++k)
          if (inputsRng() % 2) inputs[k] = Word(int64_t(inputsRng() % 12) - 3);
      if (run > 0 && inputsRng() % 2) inputs[3 + inputsRng() % 2] = kObjects[inputsRng() % 3];
      std::vector<Exit> passed;
      Exit a = ::run(before.trace, inputs, &passed);
      Exit b = ::run(after.trace, inputs);
      if (run == 0) {
        EXPECT_EQ(a.guard, -1) << "seed " << seed << ": the recorded run must reach the jump";
      }
      // Leaving earlier is the same program when the state there is what the unoptimized trace
      // had at that guard and nothing observable happened after it (the ranges pass merges
      // later guards into an earlier one): the interpreter then does the rest again.
      if (a != b && b.guard >= 0 && b.memory == a.memory && std::find(passed.begin(), passed.end(), b) != passed.end())
        ++leftEarlier;
      else
        ASSERT_EQ(a, b) << "seed " << seed << " run " << run << ": left through guard " << a.guard << " before, " << b.guard
                      << " after\n" << jitopt_test::print(before) << "---\n" << jitopt_test::print(after);
      ++checked;
      failedGuards += a.guard >= 0;
    }
  }
  // The random inputs must exercise guard failures as well as complete runs.
  EXPECT_GT(failedGuards, checked / 10);
  EXPECT_LT(failedGuards, checked * 9 / 10);
  std::printf("%d runs, %d through a guard, %d of them earlier than before optimization\n", checked, failedGuards, leftEarlier);
}

// JITOPT_SEEDS=N runs more traces (60000 pass; the default keeps each test under a second).
uint32_t seeds() { return std::getenv("JITOPT_SEEDS") ? uint32_t(std::strtoul(std::getenv("JITOPT_SEEDS"), nullptr, 10)) : 3000; }

// The passes that rewrite operations in place: rewrite, intbounds, guards, heap, pure, ranges,
// dead-ops.
TEST(JitOptDifferential, ScalarPassesLeaveTheSameWay) {
  std::vector<const PassInfo*> passes;
  for (const char* name : {"rewrite", "intbounds", "guards", "heap", "pure", "ranges", "dead-ops"}) passes.push_back(findPass(name));
  differential(passes, seeds());
}

// The whole pipeline (optimizer.cpp's list; peeling does nothing here: these traces are not
// loops, see Trace::self).
TEST(JitOptDifferential, WholePipelineLeavesTheSameWay) {
  std::vector<const PassInfo*> passes;
  for (size_t k = 0; k < kPassCount; ++k) passes.push_back(&kPasses[k]);
  differential(passes, seeds());
}

// The ranges pass on what it is for: random runs of guards that each exclude one value of x or
// of x - y (x + c == k, x + c != y + d, is_true/is_zero, in random orders and directions, with
// pure operations and the odd store between them), on inputs near the excluded values. The
// optimized trace must leave the same way, or earlier with the state the unoptimized one had
// there; and it must merge something in most traces (else the test tests nothing).
TEST(JitOptDifferential, RangesLeaveTheSameWayOrEarlier) {
  std::mt19937 rng(11);
  std::vector<const PassInfo*> passes{findPass("ranges"), findPass("dead-ops")};
  int merged = 0, leftEarlier = 0, failed = 0, checked = 0;
  for (int seed = 0; seed < 400; ++seed) {
    std::string text = "[p0, i1, i2]\n";
    int v = 3, guard = 0;
    auto fresh = [&] { return "i" + std::to_string(v++); };
    for (int k = 0, n = 4 + int(rng() % 10); k < n; ++k) {
      int64_t c = int64_t(rng() % 5) - 2;
      std::string x = "i1";
      if (rng() % 2) {
        x = fresh();
        text += x + " = int_" + std::string(rng() % 2 ? "add" : "sub") + "(i1, " + std::to_string(c) + ")\n";
      }
      std::string other = rng() % 5 ? std::to_string(int64_t(rng() % 5) - 2) : "i2";
      std::string cond = fresh();
      bool truth;
      switch (rng() % 4) {
      case 0: text += cond + " = int_eq(" + x + ", " + other + ")\n"; truth = false; break;
      case 1: text += cond + " = int_ne(" + other + ", " + x + ")\n"; truth = true; break;
      case 2: text += cond + " = int_is_true(" + x + ")\n"; truth = true; break;
      default: text += cond + " = int_is_zero(" + x + ")\n"; truth = false; break;
      }
      if (rng() % 8 == 0) truth = !truth; // not an exclusion: it stays where it is
      text += std::string(truth ? "guard_true(" : "guard_false(") + cond + ") [guard " + std::to_string(guard++) + ": i1 " + cond +
              " p0]\n";
      if (rng() % 6 == 0) text += "setfield_gc(p0, i1, descr=GcStruct Node.value)\n";
    }
    text += "jump(p0, i1, i2, descr=Loop 0)\n";
    ParsedTrace before, after;
    std::string error;
    ASSERT_TRUE(jitopt_test::parse(text, before, error)) << error << "\n" << text;
    after = before;
    setNextGuardNumber(uint32_t(guard));
    std::vector<std::pair<std::string, uint32_t>> events;
    runPasses(after.trace, passes, &events);
    ASSERT_EQ(jitopt_test::checkInvariants(before, after, events), "") << text;
    merged += after.trace.guards.size() > before.trace.guards.size();
    for (int run = 0; run < 12; ++run) {
      std::vector<Word> inputs = {kObjects[0], Word(int64_t(rng() % 13) - 6), Word(int64_t(rng() % 9) - 4)};
      std::vector<Exit> passed;
      Exit a = ::run(before.trace, inputs, &passed);
      Exit b = ::run(after.trace, inputs);
      if (a != b && b.guard >= 0 && b.memory == a.memory && std::find(passed.begin(), passed.end(), b) != passed.end())
        ++leftEarlier;
      else
        ASSERT_EQ(a, b) << "seed " << seed << " run " << run << "\n" << text << "---\n" << jitopt_test::print(after);
      failed += a.guard >= 0;
      ++checked;
    }
  }
  std::printf("%d traces, %d merged something; %d runs, %d through a guard, %d of them earlier\n", 400, merged, checked, failed,
              leftEarlier);
  EXPECT_GT(merged, 200);
  EXPECT_GT(leftEarlier, 100);
  EXPECT_GT(checked - failed, 100);
}

} // namespace

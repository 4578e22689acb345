// The jitopt tests' shared helpers (harness.h).
#include "tests/unit/jitopt/harness.h"

#include <algorithm>
#include <set>

#include "tests/unit/jitopt/program.h"

namespace jitopt_test {

using namespace kiln::jitrt;

const DescrTables& descrTablesForTests() { return descrTables(); }

bool parse(std::string_view text, ParsedTrace& out, std::string& error, int firstLine) {
  TraceParseError e;
  if (parseTrace(text, descrTables(), out, e, firstLine)) return true;
  error = "line " + std::to_string(e.line) + ": " + e.message;
  return false;
}

std::string print(const ParsedTrace& p) {
  Loop l;
  l.number = p.number;
  l.isBridge = p.isBridge;
  l.key = p.key;
  for (char k : p.valueKinds) l.valueKinds.push_back(k ? k : 'i');
  fillValueKinds(p.trace, l.valueKinds); // values a pass made (a label's)
  return traceText(l, p.trace);
}

namespace {

int count(const std::vector<std::pair<std::string, uint32_t>>& events, std::string_view name) {
  int n = 0;
  for (const auto& [e, k] : events)
    if (e == name) n += int(k);
  return n;
}

bool mayRaise(const ResOp& op) { return isCall(op.op) && (program().calls[op.descr].flags & KILN_JIT_CALL_CAN_RAISE); }

} // namespace

std::string checkInvariants(const ParsedTrace& before, const ParsedTrace& after, const std::vector<std::pair<std::string, uint32_t>>& events) {
  std::string problems;
  const Trace& t = after.trace;
  std::vector<bool> defined(t.nvalues, false);
  for (size_t i = 0; i < t.inputKinds.size(); ++i) defined[i] = true;
  auto check = [&](V v, size_t at, const char* what) {
    if (isConst(v) ? (v & ~kConst) >= t.consts.size() : (v >= defined.size() || !defined[v]))
      problems += "op " + std::to_string(at) + ": " + what + " " + std::to_string(v) + " is not defined here\n";
  };
  for (size_t i = 0; i < t.ops.size(); ++i) {
    const ResOp& op = t.ops[i];
    if (op.op == ROp::label) { // a peeled loop's body (opt_unroll.cpp): the label defines its values
      for (V a : op.args)
        if (!isConst(a) && a < defined.size()) defined[a] = true;
      continue;
    }
    for (V a : op.args) check(a, i, "operand");
    const ResOp* prev = i > 0 ? &t.ops[i - 1] : nullptr;
    const ResOp* next = i + 1 < t.ops.size() ? &t.ops[i + 1] : nullptr;
    bool ovfGuard = op.op == ROp::guard_no_overflow || op.op == ROp::guard_overflow;
    bool excGuard = op.op == ROp::guard_no_exception || op.op == ROp::guard_exception;
    if (ovfGuard && !(prev && isOvf(prev->op))) problems += "op " + std::to_string(i) + ": an overflow guard not after an *_ovf op\n";
    if (excGuard && !(prev && isCall(prev->op))) problems += "op " + std::to_string(i) + ": an exception guard not after a call\n";
    if (isOvf(op.op) && !(next && (next->op == ROp::guard_no_overflow || next->op == ROp::guard_overflow)))
      problems += "op " + std::to_string(i) + ": an *_ovf op without its guard\n";
    if (mayRaise(op) && !(next && (next->op == ROp::guard_no_exception || next->op == ROp::guard_exception)))
      problems += "op " + std::to_string(i) + ": a call that may raise without its guard\n";
    if (op.guard >= 0) {
      const GuardInfo& g = t.guards[size_t(op.guard)];
      std::vector<V> distinct;
      // A virtual (opt_virtuals.cpp) is no value of the trace: the guard rebuilds it from its
      // fields, which are.
      auto isVirtual = [&](V v) {
        return std::any_of(g.virtuals.begin(), g.virtuals.end(), [&](const VirtualObject& vo) { return vo.value == v; });
      };
      auto resume = [&](V v) {
        if (isVirtual(v)) return;
        check(v, i, "resume value");
        if (!isConst(v) && std::find(distinct.begin(), distinct.end(), v) == distinct.end()) distinct.push_back(v);
      };
      for (const FrameSnap& f : g.frames)
        for (V v : f.values) resume(v);
      for (const VirtualObject& vo : g.virtuals)
        for (auto [d, v] : vo.fields) resume(v);
      std::vector<V> failargs = g.failargs;
      std::sort(failargs.begin(), failargs.end());
      std::sort(distinct.begin(), distinct.end());
      if (failargs != distinct) problems += "op " + std::to_string(i) + ": failargs are not the distinct non-constant frame values\n";
    }
    if (op.kind != 'v' && op.result < defined.size()) defined[op.result] = true;
  }
  // Side effects kept.
  // A peeled loop (opt_unroll.cpp) repeats its preamble's effects in its body: the preamble,
  // up to the label, is what is compared.
  auto preamble = [](const Trace& tr) {
    auto label = std::find_if(tr.ops.begin(), tr.ops.end(), [](const ResOp& op) { return op.op == ROp::label; });
    return std::vector<ResOp>(tr.ops.begin(), label);
  };
  auto effects = [&](const Trace& tr, bool writes) {
    int n = 0;
    for (const ResOp& op : preamble(tr)) {
      uint8_t f = ropInfo(op.op).flags;
      if (writes ? bool(f & ropflags::Write) : ((isCall(op.op) && !isPureCall(op.op)) || (f & ropflags::Alloc))) ++n;
    }
    return n;
  };
  // The virtuals pass removes allocations and the stores into them (and makes them again when
  // one escapes): with it, fewer; without it, all but the stores the heap pass announces.
  bool virtuals = std::any_of(events.begin(), events.end(), [](const auto& e) { return e.first.starts_with("virtual"); });
  auto calls = [&](const Trace& tr) {
    std::vector<ResOp> ops = preamble(tr);
    return std::count_if(ops.begin(), ops.end(), [](const ResOp& op) { return isCall(op.op) && !isPureCall(op.op); });
  };
  if (calls(t) != calls(before.trace)) problems += "a residual call was removed\n";
  int removedStores = count(events, "heap.store_overwritten") + count(events, "heap.store_redundant");
  if (virtuals ? effects(t, false) > effects(before.trace, false) : effects(t, false) != effects(before.trace, false))
    problems += "allocations were removed (or added) that no pass announced\n";
  if (virtuals ? effects(t, true) > effects(before.trace, true) - removedStores : effects(t, true) != effects(before.trace, true) - removedStores)
    problems += "writes were removed that the heap pass did not announce\n";
  return problems;
}

Word mix(Word a, Word b) {
  Word h = (a * 0x9e3779b97f4a7c15ull) ^ (b + 0x632be59bd9b4e019ull);
  h ^= h >> 29;
  return h * 0xbf58476d1ce4e5b9ull;
}

Word madeUpWord(Word obj, uint64_t slot, uint8_t size, char kind) {
  Word h = mix(obj, slot);
  if (kind == 'r') return kObjects[h % 3];
  h %= 12;
  return size == 1 ? h & 0xff : size == 4 ? h & 0xffffffff : h;
}

Word madeUpLength(Word array) { return 4 + mix(array, 7) % 5; }

bool readMadeUpImmutable(Word object, uint32_t descr, bool item, int64_t index, Word& out) {
  const kiln_jit_program& p = kiln::jitrt::program();
  if (!item) {
    out = madeUpWord(object, p.fields[descr].offset, p.fields[descr].size, char(p.fields[descr].kind));
    return true;
  }
  if (index < 0 || Word(index) >= madeUpLength(object)) return false;
  out = madeUpWord(object, 1000 + Word(index), 8, 'i');
  return true;
}

} // namespace jitopt_test

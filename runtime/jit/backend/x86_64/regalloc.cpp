// Register allocation over a linear trace for the x86-64 backend (regalloc.h says how).
#include "regalloc.h"

#include <algorithm>

namespace kiln::jitrt::x64 {

namespace {

// rax, rcx, rdx, rsi, rdi, r8-r10 are the caller's to save; rbx, r12-r15 survive calls.
// rsp, rbp (the frame) and r11 (scratch) are never allocated.
constexpr uint32_t kCallerSaved[] = {0, 1, 2, 6, 7, 8, 9, 10};
constexpr uint32_t kCalleeSaved[] = {3, 12, 13, 14, 15};

bool allocatable(uint32_t r) { return r != 4 && r != kFrame && r != kScratch; }

} // namespace

bool isCallerSaved(uint32_t reg) {
  return std::find(std::begin(kCallerSaved), std::end(kCallerSaved), reg) != std::end(kCallerSaved);
}

RegAlloc::RegAlloc(x86::Assembler& a, const Trace& t, uint32_t firstSpill)
    : a_(a), t_(t), reg_(t.nvalues, -1), slot_(t.nvalues, -1), hasKnown_(t.nvalues, 0), known_(t.nvalues, 0),
      lastUse_(t.nvalues, 0), uses_(t.nvalues), cursor_(t.nvalues, 0), nextSlot_(firstSpill), highestSlot_(firstSpill) {
  std::fill(std::begin(owner_), std::end(owner_), kNoValue);
}

void RegAlloc::computeUses(const std::vector<bool>& isCall) {
  for (uint32_t i = 0; i < t_.ops.size(); ++i) {
    const ResOp& op = t_.ops[i];
    if (op.op == ROp::label) continue; // it defines its values
    bool moves = op.op == ROp::jump || op.op == ROp::finish;
    for (V v : op.args)
      if (!isConst(v)) {
        lastUse_[v] = std::max(lastUse_[v], i);
        if (!moves) uses_[v].push_back(i);
      }
    if (op.guard >= 0)
      for (V v : t_.guards[size_t(op.guard)].failargs) lastUse_[v] = std::max(lastUse_[v], i);
    if (isCall[i]) calls_.push_back(i);
  }
  for (auto& u : uses_) u.erase(std::unique(u.begin(), u.end()), u.end());
}

void RegAlloc::place(V v, const Loc& where) {
  switch (where.kind) {
  case Loc::Reg:
    if (owner_[where.n] != kNoValue) kiln_fatal("JIT backend: register %u is taken where value %u is placed", where.n, v);
    reg_[v] = int8_t(where.n);
    owner_[where.n] = v;
    break;
  case Loc::Slot:
    slot_[v] = int32_t(where.n);
    highestSlot_ = std::max(highestSlot_, where.n + 1);
    // A bridge inherits its parent's slots: new ones start above them.
    nextSlot_ = std::max(nextSlot_, where.n + 1);
    break;
  case Loc::Const: setKnown(v, where.value); break;
  }
}

void RegAlloc::setKnown(V v, Word w) {
  hasKnown_[v] = 1;
  known_[v] = w;
}

bool RegAlloc::isConstOrKnown(V v, Word& w) const {
  if (isConst(v)) {
    w = t_.consts[v & ~kConst];
    return true;
  }
  if (hasKnown_[v] && reg_[v] < 0 && slot_[v] < 0) {
    w = known_[v];
    return true;
  }
  return false;
}

Loc RegAlloc::where(V v) const {
  Word w;
  if (isConstOrKnown(v, w)) return Loc::constant(w);
  if (reg_[v] >= 0) return Loc::reg(uint32_t(reg_[v]));
  if (slot_[v] >= 0) return Loc::slot(uint32_t(slot_[v]));
  kiln_fatal("JIT backend: value %u has no location at op %u", v, pos_);
}

uint32_t RegAlloc::nextUse(V v) const {
  const auto& u = uses_[v];
  auto it = std::lower_bound(u.begin(), u.end(), pos_);
  return it == u.end() ? UINT32_MAX : *it;
}

bool RegAlloc::liveAcrossCall(V v) const {
  auto it = std::upper_bound(calls_.begin(), calls_.end(), pos_);
  return it != calls_.end() && *it < lastUse_[v];
}

uint32_t RegAlloc::newSlot() {
  uint32_t s;
  if (!freeSlots_.empty()) {
    s = freeSlots_.back();
    freeSlots_.pop_back();
  } else {
    s = nextSlot_++;
  }
  if (s >= kFrameWords) kiln_fatal("JIT backend: a trace needs more than %u frame words", kFrameWords);
  highestSlot_ = std::max(highestSlot_, s + 1);
  return s;
}

void RegAlloc::ensureSlot(V v) {
  if (slot_[v] >= 0) return;
  slot_[v] = int32_t(newSlot());
  a_.mov(slotMem(uint32_t(slot_[v])), x86::gpq(uint32_t(reg_[v])));
}

void RegAlloc::free(uint32_t reg) {
  uint32_t v = owner_[reg];
  if (v != kNoValue && v != kTempOwner) reg_[v] = -1;
  owner_[reg] = kNoValue;
}

void RegAlloc::spill(uint32_t reg) {
  V v = owner_[reg];
  if (v != kTempOwner && v != kNoValue) ensureSlot(v);
  free(reg);
}

uint32_t RegAlloc::pickRegister(bool preferCalleeSaved) {
  auto tryFree = [&](const uint32_t* begin, const uint32_t* end) -> int {
    for (const uint32_t* r = begin; r != end; ++r)
      if (owner_[*r] == kNoValue) return int(*r);
    return -1;
  };
  int r = preferCalleeSaved ? tryFree(std::begin(kCalleeSaved), std::end(kCalleeSaved))
                            : tryFree(std::begin(kCallerSaved), std::end(kCallerSaved));
  if (r < 0)
    r = preferCalleeSaved ? tryFree(std::begin(kCallerSaved), std::end(kCallerSaved))
                          : tryFree(std::begin(kCalleeSaved), std::end(kCalleeSaved));
  if (r >= 0) return uint32_t(r);
  // Spill the unlocked value used furthest in the future.
  uint32_t best = kNoValue, bestUse = 0;
  for (uint32_t reg = 0; reg < 16; ++reg) {
    if (!allocatable(reg) || locked_[reg] || owner_[reg] == kTempOwner) continue;
    uint32_t use = nextUse(owner_[reg]);
    if (best == kNoValue || use > bestUse) best = reg, bestUse = use;
  }
  if (best == kNoValue) kiln_fatal("JIT backend: out of registers at op %u", pos_);
  spill(best);
  return best;
}

x86::Gp RegAlloc::use(V v) {
  Word w;
  if (isConstOrKnown(v, w)) {
    x86::Gp r = temp();
    if (w == 0) a_.xor_(r.r32(), r.r32());
    else a_.mov(r, w);
    return r;
  }
  if (reg_[v] < 0) {
    if (slot_[v] < 0) kiln_fatal("JIT backend: value %u has no location at op %u", v, pos_);
    uint32_t r = pickRegister(liveAcrossCall(v));
    a_.mov(x86::gpq(r), slotMem(uint32_t(slot_[v])));
    reg_[v] = int8_t(r);
    owner_[r] = v;
  }
  locked_[reg_[v]] = true;
  if (lastUse_[v] <= pos_) dyingOperands_.push_back(v);
  return x86::gpq(uint32_t(reg_[v]));
}

x86::Gp RegAlloc::temp() {
  uint32_t r = pickRegister(false);
  owner_[r] = kTempOwner;
  locked_[r] = true;
  return x86::gpq(r);
}

x86::Gp RegAlloc::def(V result, V reuse) {
  uint32_t r;
  if (reuse != kNoValue && !isConst(reuse) && reg_[reuse] >= 0 && lastUse_[reuse] <= pos_) {
    r = uint32_t(reg_[reuse]);
    reg_[reuse] = -1;
  } else {
    r = pickRegister(liveAcrossCall(result));
  }
  owner_[r] = result;
  locked_[r] = true;
  reg_[result] = int8_t(r);
  return x86::gpq(r);
}

void RegAlloc::endOp() {
  const ResOp& op = t_.ops[pos_];
  auto release = [&](V v) {
    if (isConst(v) || lastUse_[v] > pos_) return;
    if (reg_[v] >= 0) free(uint32_t(reg_[v]));
    if (slot_[v] >= 0) {
      freeSlots_.push_back(uint32_t(slot_[v]));
      slot_[v] = -1;
    }
  };
  for (V v : op.args) release(v);
  if (op.guard >= 0)
    for (V v : t_.guards[size_t(op.guard)].failargs) release(v);
  // A result nothing uses dies at once.
  if (op.kind != 'v' && lastUse_[op.result] <= pos_) release(op.result);
  for (uint32_t r = 0; r < 16; ++r) {
    if (owner_[r] == kTempOwner) owner_[r] = kNoValue;
    locked_[r] = false;
  }
  dyingOperands_.clear();
}

void RegAlloc::beforeCall() {
  for (uint32_t r : kCallerSaved) {
    V v = owner_[r];
    if (v == kNoValue) continue;
    if (v == kTempOwner || lastUse_[v] <= pos_) {
      // Operands dying here were stored into the call's arguments already.
      if (v != kTempOwner) reg_[v] = -1;
      owner_[r] = kNoValue;
      locked_[r] = false;
      continue;
    }
    int to = -1;
    for (uint32_t c : kCalleeSaved)
      if (owner_[c] == kNoValue) {
        to = int(c);
        break;
      }
    if (to >= 0) {
      a_.mov(x86::gpq(uint32_t(to)), x86::gpq(r));
      owner_[to] = v;
      reg_[v] = int8_t(to);
      owner_[r] = kNoValue;
    } else {
      ensureSlot(v);
      free(r);
    }
    locked_[r] = false;
  }
}

void RegAlloc::claim(std::initializer_list<uint32_t> regs) {
  auto claimed = [&](uint32_t r) { return std::find(regs.begin(), regs.end(), r) != regs.end(); };
  for (uint32_t r : regs) {
    V v = owner_[r];
    owner_[r] = kTempOwner;
    locked_[r] = true;
    if (v == kNoValue || v == kTempOwner) continue;
    reg_[v] = -1;
    if (lastUse_[v] <= pos_) continue; // dies here: read where it was
    int to = -1;
    for (uint32_t c = 0; c < 16 && to < 0; ++c)
      if (allocatable(c) && owner_[c] == kNoValue && !claimed(c)) to = int(c);
    if (to >= 0) {
      a_.mov(x86::gpq(uint32_t(to)), x86::gpq(r));
      owner_[to] = v;
      reg_[v] = int8_t(to);
    } else if (slot_[v] < 0) {
      slot_[v] = int32_t(newSlot());
      a_.mov(slotMem(uint32_t(slot_[v])), x86::gpq(r));
    }
  }
}

void RegAlloc::defIn(V result, uint32_t reg) {
  owner_[reg] = result;
  reg_[result] = int8_t(reg);
  locked_[reg] = true;
}

void RegAlloc::defInRax(V result) {
  owner_[0] = result;
  reg_[result] = 0;
  locked_[0] = true;
}

std::vector<Loc> RegAlloc::liveRefsAfterCall(const std::vector<char>& kinds) const {
  std::vector<Loc> refs;
  for (V v = 0; v < reg_.size(); ++v) {
    if (kinds[v] != 'r' || lastUse_[v] <= pos_) continue;
    if (reg_[v] >= 0) refs.push_back(Loc::reg(uint32_t(reg_[v])));
    else if (slot_[v] >= 0) refs.push_back(Loc::slot(uint32_t(slot_[v])));
  }
  return refs;
}

void RegAlloc::move(const Loc& dst, const Loc& src) {
  if (dst == src) return;
  x86::Gp r11 = x86::r11;
  if (dst.kind == Loc::Reg) {
    x86::Gp d = x86::gpq(dst.n);
    if (src.kind == Loc::Reg) a_.mov(d, x86::gpq(src.n));
    else if (src.kind == Loc::Slot) a_.mov(d, slotMem(src.n));
    else if (src.value == 0) a_.xor_(d.r32(), d.r32());
    else a_.mov(d, src.value);
    return;
  }
  x86::Mem m = slotMem(dst.n);
  if (src.kind == Loc::Reg) {
    a_.mov(m, x86::gpq(src.n));
  } else if (src.kind == Loc::Slot) {
    a_.mov(r11, slotMem(src.n));
    a_.mov(m, r11);
  } else if (int64_t(src.value) == int32_t(src.value)) {
    a_.mov(m, int32_t(src.value));
  } else {
    a_.mov(r11, src.value);
    a_.mov(m, r11);
  }
}

void RegAlloc::parallelMove(std::vector<std::pair<Loc, Loc>> moves) {
  std::erase_if(moves, [](const auto& m) { return m.first == m.second; });
  uint32_t temps = 0;
  auto isSource = [&](const Loc& l, size_t except) {
    for (size_t i = 0; i < moves.size(); ++i)
      if (i != except && moves[i].second.kind != Loc::Const && moves[i].second == l) return true;
    return false;
  };
  while (!moves.empty()) {
    bool progress = false;
    for (size_t i = 0; i < moves.size(); ++i) {
      if (isSource(moves[i].first, i)) continue;
      move(moves[i].first, moves[i].second);
      moves.erase(moves.begin() + ptrdiff_t(i));
      progress = true;
      break;
    }
    if (progress) continue;
    // Every destination is still to be read: a cycle. Save one destination's value aside.
    if (temps == kTempSlots) kiln_fatal("JIT backend: too many cycles in a parallel move");
    Loc saved = moves[0].first, temp = Loc::slot(kTempSlot + temps++);
    move(temp, saved);
    for (auto& m : moves)
      if (m.second == saved) m.second = temp;
  }
}

} // namespace kiln::jitrt::x64

// One trace as x86-64 machine code (x64.h has the frame and the parts). The code is laid out as
//   body     the resops in order; a loop's `jump` to itself goes back to the body's start
//   stubs    one per guard: stores exactly the guard's failargs into the frame's I/O area and
//            exits with the guard's ExitRecord; a bridge later takes over the guard's jumps
//   entry    (loops) loads the inputs from the I/O area and goes to the body
// A comparison whose only use is the guard after it becomes `cmp` + `jcc` (its value, where
// resume data still names it, is the constant the guard implies). An *_ovf op and the overflow
// guard after it are `add`/`sub`/`imul` + `jo`/`jno`. Pure ops without an instruction sequence
// here (divisions, unsigned and float comparisons, ...) call semantics.cpp's evalPure: one
// definition of what they compute.
#include <algorithm>
#include <bit>
#include <cstring>

#include "regalloc.h"

namespace kiln::jitrt::x64 {

std::vector<Loop*>* loopsForBackend();

namespace {

class FatalErrors : public asmjit::ErrorHandler {
public:
  void handleError(asmjit::Error, const char* message, asmjit::BaseEmitter*) override {
    kiln_fatal("JIT backend: asmjit: %s", message);
  }
};

// Helpers the code calls: (descr or op, the argument words in the frame's call area).
Word helperEvalPure(uint64_t op, const Word* args) { return evalPure(ROp(op), args); }
Word helperNewArray(uint64_t descr, const Word* args) { return allocate(program().sizes[descr], true, int64_t(args[0])); }
Word helperArraycopy(uint64_t descr, const Word* a) {
  arraycopy(program().arrays[descr], a[0], a[1], a[2], a[3], a[4]);
  return 0;
}

bool isCompare(ROp op) {
  switch (op) {
  case ROp::int_lt: case ROp::int_le: case ROp::int_eq: case ROp::int_ne: case ROp::int_gt: case ROp::int_ge:
  case ROp::uint_lt: case ROp::uint_le: case ROp::uint_gt: case ROp::uint_ge:
  case ROp::ptr_eq: case ROp::ptr_ne: case ROp::int_is_true: case ROp::int_is_zero:
  case ROp::ptr_nonzero: case ROp::ptr_iszero:
    return true;
  default: return false;
  }
}

// The condition under which a comparison is true.
x86::CondCode condOf(ROp op) {
  switch (op) {
  case ROp::int_lt: return x86::CondCode::kL;
  case ROp::int_le: return x86::CondCode::kLE;
  case ROp::int_gt: return x86::CondCode::kG;
  case ROp::int_ge: return x86::CondCode::kGE;
  case ROp::uint_lt: return x86::CondCode::kB;
  case ROp::uint_le: return x86::CondCode::kBE;
  case ROp::uint_gt: return x86::CondCode::kA;
  case ROp::uint_ge: return x86::CondCode::kAE;
  case ROp::int_eq: case ROp::ptr_eq: case ROp::int_is_zero: case ROp::ptr_iszero: return x86::CondCode::kE;
  default: return x86::CondCode::kNE; // int_ne, ptr_ne, int_is_true, ptr_nonzero
  }
}

bool natives(ROp op) {
  switch (op) {
  case ROp::int_add: case ROp::int_sub: case ROp::int_mul: case ROp::int_and: case ROp::int_or: case ROp::int_xor:
  case ROp::int_neg: case ROp::int_invert: case ROp::int_add_ovf: case ROp::int_sub_ovf: case ROp::int_mul_ovf:
  case ROp::float_add: case ROp::float_sub: case ROp::float_mul: case ROp::float_truediv:
  case ROp::cast_int_to_float: case ROp::cast_float_to_int: case ROp::cast_ptr_to_int: case ROp::ptr_add:
  case ROp::int_floordiv: case ROp::int_mod: case ROp::uint_floordiv: case ROp::uint_mod:
    return true;
  default: return isCompare(op);
  }
}

// int_between with constant bounds lo <= hi whose b - lo and hi - lo fit an imm32 (emit.cpp
// between()).
bool nativeBetween(const Trace& t, const ResOp& op) {
  if (op.op != ROp::int_between || op.args.size() != 3 || !isConst(op.args[0]) || !isConst(op.args[2])) return false;
  int64_t lo = int64_t(t.consts[op.args[0] & ~kConst]), hi = int64_t(t.consts[op.args[2] & ~kConst]);
  return lo <= hi && lo != INT64_MIN && -lo == int32_t(-lo) && hi - lo == int32_t(hi - lo);
}

bool isShiftByConstant(const Trace& t, const ResOp& op) {
  if (op.op != ROp::int_lshift && op.op != ROp::int_rshift && op.op != ROp::uint_rshift) return false;
  return isConst(op.args[1]) && t.consts[op.args[1] & ~kConst] < 64;
}

// The runtime's index checks (runtime/include/kiln/rt_numbers.h), which every list and str
// indexing calls: inlined when the guard_no_exception that follows them is the next op. Their
// slow path (out of line) makes the real call, which raises IndexError, and leaves through that
// guard.
enum class IndexCheck { None, Plain, Wrap };
IndexCheck indexCheckOf(const kiln_jit_call_descr& d) {
  if (std::strcmp(d.name, "kiln_check_index") == 0) return IndexCheck::Plain;
  if (std::strcmp(d.name, "kiln_check_index_wrap") == 0) return IndexCheck::Wrap;
  return IndexCheck::None;
}

// The out-of-line half of an inlined wrapping index check: a negative index plus the length.
struct WrapFix {
  asmjit::Label label, back;
  x86::Gp r, len;
  int32_t imm;
  bool lenImm;
  asmjit::Label slow; // out of range either way: the real call raises
};

struct SlowCall {
  asmjit::Label label;
  std::vector<Loc> args;
  const void* thunk;
  int32_t guard;
};

struct StubInfo {
  asmjit::Label label;
  int32_t guard;
  std::vector<Loc> locs;
};

class Emitter {
public:
  Emitter(Loop& loop, Loop* parent, int32_t guard) : loop_(loop), t_(loop.trace), parent_(parent), parentGuard_(guard) {
    // No base address yet: asmjit then records a relocation for every jump to an absolute
    // address (other loops, the exit), applied once allocateCode says where the code goes.
    code_.init(asmjit::Environment::host());
    code_.setErrorHandler(&errors_);
    code_.attach(&a_);
  }

  void run();

private:
  bool isCall(uint32_t i) const;
  void emitOp(uint32_t i);
  void emitGuard(uint32_t i, x86::CondCode failWhen, const std::vector<Loc>* locs = nullptr);
  void stressCheck(const ResOp& op);
  void guardJump(x86::CondCode cc, asmjit::Label stub, std::vector<size_t>& sites);
  void binop(const ResOp& op);
  void compare(const ResOp& op, uint32_t i);
  void condition(const ResOp& op, uint32_t i, x86::CondCode cc);
  bool between(const ResOp& op, uint32_t i);
  void load(x86::Gp dst, x86::Mem m, uint8_t size);
  void store(x86::Mem m, V value, uint8_t size);
  x86::Mem itemAddress(x86::Gp base, V index, const kiln_jit_array_descr& d);
  void call(uint32_t i, const void* fn, bool helper, uint64_t first, const std::vector<V>& args);
  void directCall(uint32_t i, const kiln_jit_call_descr& d);
  void divide(const ResOp& op);
  void fallback(uint32_t i);
  bool inlineIndexCheck(uint32_t i);
  std::vector<Loc> failLocs(const GuardInfo& g) const;
  void emitExit(const ExitRecord* exit);

  Loop& loop_;
  Trace& t_;
  Loop* parent_;
  int32_t parentGuard_;
  asmjit::CodeHolder code_;
  FatalErrors errors_;
  x86::Assembler a_;
  RegAlloc* ra_ = nullptr;
  MachineCode* mc_ = nullptr;
  asmjit::Label body_;
  // A peeled loop (opt_unroll.cpp): its label, where its jump goes, and the label's values'
  // locations (chosen at the first jump there, the preamble's).
  bool hasLabel_ = false;
  asmjit::Label label_;
  std::vector<Loc> labelLocs_;
  std::vector<StubInfo> stubs_;
  std::vector<std::vector<size_t>> patchOffsets_; // per guard: offsets of the rel32 fields
  std::vector<SlowCall> slowCalls_;
  std::vector<WrapFix> wrapFixes_;
  std::vector<size_t> callOffsets_;
  std::vector<std::vector<Loc>> callRefs_;
  bool skipNext_ = false;
};

bool Emitter::isCall(uint32_t i) const {
  const ResOp& op = t_.ops[i];
  if (op.op == ROp::call_pure_i && indexCheckOf(program().calls[op.descr]) != IndexCheck::None && i + 1 < t_.ops.size() &&
      t_.ops[i + 1].op == ROp::guard_no_exception)
    return false; // inlined
  uint8_t f = ropInfo(op.op).flags;
  if (f & (ropflags::Call | ropflags::Alloc)) return true;
  if (op.op == ROp::arraycopy) return true;
  if ((f & ropflags::Pure) && !natives(op.op) && !isShiftByConstant(t_, op) && !nativeBetween(t_, op)) return true;
  return false;
}

std::vector<Loc> Emitter::failLocs(const GuardInfo& g) const {
  std::vector<Loc> locs;
  for (V v : g.failargs) locs.push_back(ra_->where(v));
  return locs;
}

void Emitter::guardJump(x86::CondCode cc, asmjit::Label stub, std::vector<size_t>& sites) {
  a_.long_().j(cc, stub);
  sites.push_back(a_.offset() - 4);
}

// Stress mode: the guard's first run fails on purpose (GuardInfo::stressed is set by the exit).
void Emitter::stressCheck(const ResOp& op) {
  GuardInfo& g = t_.guards[size_t(op.guard)];
  a_.mov(x86::r11, uint64_t(uintptr_t(&g.stressed)));
  a_.cmp(x86::byte_ptr(x86::r11), 0);
  guardJump(x86::CondCode::kE, stubs_[size_t(op.guard)].label, patchOffsets_[size_t(op.guard)]);
}

void Emitter::emitGuard(uint32_t i, x86::CondCode failWhen, const std::vector<Loc>* locs) {
  const ResOp& op = t_.ops[i];
  StubInfo& s = stubs_[size_t(op.guard)];
  s.locs = locs ? *locs : failLocs(t_.guards[size_t(op.guard)]);
  guardJump(failWhen, s.label, patchOffsets_[size_t(op.guard)]);
}

void Emitter::load(x86::Gp dst, x86::Mem m, uint8_t size) {
  switch (size) {
  case 1: m.setSize(1); a_.movzx(dst.r32(), m); break;
  case 4: m.setSize(4); a_.mov(dst.r32(), m); break;
  default: m.setSize(8); a_.mov(dst, m);
  }
}

void Emitter::store(x86::Mem m, V value, uint8_t size) {
  Word w;
  m.setSize(size == 1 ? 1 : size == 4 ? 4 : 8);
  if (ra_->isConstOrKnown(value, w) && (size != 8 || int64_t(w) == int32_t(w))) {
    a_.mov(m, size == 1 ? int32_t(uint8_t(w)) : int32_t(w));
    return;
  }
  x86::Gp v = ra_->use(value);
  a_.mov(m, size == 1 ? x86::Gp(v.r8()) : size == 4 ? x86::Gp(v.r32()) : v);
}

x86::Mem Emitter::itemAddress(x86::Gp base, V index, const kiln_jit_array_descr& d) {
  Word w;
  int64_t disp = int64_t(d.items_offset) + d.field_offset;
  if (ra_->isConstOrKnown(index, w)) {
    int64_t at = disp + int64_t(w) * int64_t(d.item_size);
    if (at == int32_t(at)) return x86::ptr(base, int32_t(at));
    a_.mov(x86::r11, uint64_t(at));
    return x86::ptr(base, x86::r11);
  }
  x86::Gp i = ra_->use(index);
  switch (d.item_size) {
  case 1: return x86::ptr(base, i, 0, int32_t(disp));
  case 2: return x86::ptr(base, i, 1, int32_t(disp));
  case 4: return x86::ptr(base, i, 2, int32_t(disp));
  case 8: return x86::ptr(base, i, 3, int32_t(disp));
  default:
    a_.imul(x86::r11, i, int32_t(d.item_size));
    return x86::ptr(base, x86::r11, 0, int32_t(disp));
  }
}

void Emitter::binop(const ResOp& op) {
  V a = op.args[0], b = op.args[1];
  Word w;
  bool bImm = ra_->isConstOrKnown(b, w) && int64_t(w) == int32_t(w);
  x86::Gp rb;
  if (!bImm) rb = ra_->use(b);
  x86::Gp r;
  if (ra_->isConstOrKnown(a, w)) {
    r = ra_->def(op.result);
    a_.mov(r, w);
  } else {
    x86::Gp ra = ra_->use(a);
    r = ra_->def(op.result, a);
    if (r.id() != ra.id()) {
      // Into another register: lea does the copy and the addition in one instruction.
      Word c = 0;
      bool leaable = (op.op == ROp::int_add || op.op == ROp::int_sub || op.op == ROp::ptr_add) && (bImm || op.op != ROp::int_sub);
      if (leaable && bImm && ra_->isConstOrKnown(b, c) && int64_t(c) != INT32_MIN) {
        a_.lea(r, x86::ptr(ra, op.op == ROp::int_sub ? -int32_t(c) : int32_t(c)));
        return;
      }
      if (leaable && !bImm) {
        a_.lea(r, x86::ptr(ra, rb));
        return;
      }
      a_.mov(r, ra);
    }
  }
  Word bw = 0;
  if (bImm) ra_->isConstOrKnown(b, bw);
  asmjit::Imm imm{int64_t(int32_t(bw))};
  switch (op.op) {
  case ROp::int_add: case ROp::int_add_ovf: bImm ? a_.add(r, imm) : a_.add(r, rb); break;
  case ROp::int_sub: case ROp::int_sub_ovf: bImm ? a_.sub(r, imm) : a_.sub(r, rb); break;
  case ROp::int_mul: case ROp::int_mul_ovf: bImm ? a_.imul(r, r, imm) : a_.imul(r, rb); break;
  case ROp::int_and: bImm ? a_.and_(r, imm) : a_.and_(r, rb); break;
  case ROp::int_or: bImm ? a_.or_(r, imm) : a_.or_(r, rb); break;
  case ROp::int_xor: bImm ? a_.xor_(r, imm) : a_.xor_(r, rb); break;
  case ROp::ptr_add: bImm ? a_.add(r, imm) : a_.add(r, rb); break;
  default: kiln_fatal("JIT backend: binop %s", ropInfo(op.op).name);
  }
}

void Emitter::compare(const ResOp& op, uint32_t i) {
  V a = op.args[0];
  bool unary = op.args.size() == 1;
  Word w;
  x86::Gp ra;
  if (ra_->isConstOrKnown(a, w) && !unary) {
    ra = ra_->use(a); // a constant on the left: in a temp register
  } else {
    ra = ra_->use(a);
  }
  if (unary) {
    a_.test(ra, ra);
  } else {
    V b = op.args[1];
    if (ra_->isConstOrKnown(b, w) && int64_t(w) == int32_t(w)) a_.cmp(ra, int32_t(w));
    else a_.cmp(ra, ra_->use(b));
  }
  condition(op, i, condOf(op.op));
}

// The flags say whether op's condition holds (cc): a guard that follows and is its only use
// jumps on them; otherwise the result is set to 0 or 1.
void Emitter::condition(const ResOp& op, uint32_t i, x86::CondCode cc) {
  // Fused with the guard that follows?
  if (i + 1 < t_.ops.size()) {
    const ResOp& g = t_.ops[i + 1];
    // Not in stress mode: a stressed guard fails where the comparison holds, and its resume
    // data would name the wrong value.
    if ((g.op == ROp::guard_true || g.op == ROp::guard_false) && g.args[0] == op.result && ra_->onlyUsedAt(op.result, i + 1) &&
        !params.stress) {
      bool guardTrue = g.op == ROp::guard_true;
      // The comparison's value where the guard fails, for the resume data.
      ra_->setKnown(op.result, guardTrue ? 0 : 1);
      std::vector<Loc> locs = failLocs(t_.guards[size_t(g.guard)]);
      ra_->setKnown(op.result, guardTrue ? 1 : 0);
      ra_->endOp();
      ra_->beginOp(i + 1);
      emitGuard(i + 1, guardTrue ? x86::negateCond(cc) : cc, &locs);
      skipNext_ = true;
      return;
    }
  }
  x86::Gp r = ra_->def(op.result);
  a_.set(cc, r.r8());
  a_.movzx(r.r32(), r.r8());
}

// int_between(a, b, c), a <= b < c, with constant bounds a <= c (the rtyper's isinstance of a
// class range): b - a below c - a, unsigned. Other operands: false (the helper computes it).
bool Emitter::between(const ResOp& op, uint32_t i) {
  if (!nativeBetween(t_, op)) return false;
  int64_t lo = int64_t(t_.consts[op.args[0] & ~kConst]), hi = int64_t(t_.consts[op.args[2] & ~kConst]);
  int64_t shift = -lo, span = hi - lo;
  x86::Gp b = ra_->use(op.args[1]);
  a_.lea(x86::r11, x86::ptr(b, int32_t(shift)));
  a_.cmp(x86::r11, int32_t(span));
  condition(op, i, x86::CondCode::kB);
  return true;
}

void Emitter::emitExit(const ExitRecord* exit) {
  a_.mov(x86::rax, uint64_t(uintptr_t(exit)));
  a_.jmp(asmjit::Imm(uint64_t(uintptr_t(exitAddress()))));
}

void Emitter::call(uint32_t i, const void* fn, bool helper, uint64_t first, const std::vector<V>& args) {
  const ResOp& op = t_.ops[i];
  if (args.size() > kCallArgs) kiln_fatal("JIT backend: a call with %zu arguments", args.size());
  for (size_t k = 0; k < args.size(); ++k) ra_->move(Loc::slot(kIo + uint32_t(k)), ra_->where(args[k]));
  ra_->beforeCall();
  if (helper) {
    a_.mov(x86::rdi, first);
    a_.lea(x86::rsi, ra_->slotMem(kIo));
  } else {
    a_.lea(x86::rdi, ra_->slotMem(kIo));
  }
  a_.mov(x86::rax, uint64_t(uintptr_t(fn)));
  a_.call(x86::rax);
  mc_->gcmaps.push_back(GcMap{uint32_t(a_.offset()), ra_->liveRefsAfterCall(loop_.valueKinds)});
  if (op.kind != 'v') ra_->defInRax(op.result);
}

// A call of the callee itself (KILN_JIT_CALL_DIRECT): integers and references in rdi, rsi, rdx,
// rcx, r8, r9, doubles in xmm0..xmm7, the result in rax or xmm0. The operands' locations are
// taken before beforeCall(), which only copies values out of caller-saved registers (into free
// callee-saved ones or slots) and so leaves every operand where it was; the doubles go to their
// xmm registers first, since the parallel move of the integers writes general registers only.
void Emitter::directCall(uint32_t i, const kiln_jit_call_descr& d) {
  static constexpr uint32_t kIntArgs[] = {7, 6, 2, 1, 8, 9}; // rdi rsi rdx rcx r8 r9
  const ResOp& op = t_.ops[i];
  bool indirect = d.flags & KILN_JIT_CALL_INDIRECT;
  std::vector<Loc> srcs;
  for (V v : op.args) srcs.push_back(ra_->where(v));
  ra_->beforeCall();
  std::vector<std::pair<Loc, Loc>> moves;
  uint32_t ints = 0, floats = 0;
  for (size_t k = indirect ? 1 : 0; k < op.args.size(); ++k) {
    if (d.arg_kinds[k] != 'f') {
      moves.emplace_back(Loc::reg(kIntArgs[ints++]), srcs[k]);
      continue;
    }
    x86::Xmm x = x86::xmm(floats++);
    const Loc& from = srcs[k];
    if (from.kind == Loc::Reg) a_.movq(x, x86::gpq(from.n));
    else if (from.kind == Loc::Slot) a_.movq(x, ra_->slotMem(from.n));
    else {
      a_.mov(x86::r11, from.value);
      a_.movq(x, x86::r11);
    }
  }
  // The callee's address goes to rax last: no argument is there any more (rax is not one).
  if (indirect) moves.emplace_back(Loc::reg(0), srcs[0]);
  ra_->parallelMove(std::move(moves));
  if (!indirect) a_.mov(x86::rax, uint64_t(uintptr_t(d.function)));
  a_.call(x86::rax);
  mc_->gcmaps.push_back(GcMap{uint32_t(a_.offset()), ra_->liveRefsAfterCall(loop_.valueKinds)});
  if (op.kind == 'v') return;
  if (d.result_kind == 'f') a_.movq(x86::rax, x86::xmm0);
  ra_->defInRax(op.result);
}

// int_floordiv, int_mod (Python's: rounded down, the remainder takes the divisor's sign; the
// minimum // -1 wraps), uint_floordiv, uint_mod (0 for a zero divisor, as semantics.cpp says):
// idiv/div with the dividend in rax, the quotient in rax and the remainder in rdx. A signed
// zero divisor cannot reach here: the interpreter checked it, and the trace has that guard.
void Emitter::divide(const ResOp& op) {
  bool isSigned = op.op == ROp::int_floordiv || op.op == ROp::int_mod;
  bool mod = op.op == ROp::int_mod || op.op == ROp::uint_mod;
  Loc dividend = ra_->where(op.args[0]), divisorAt = ra_->where(op.args[1]);
  ra_->claim({0, 2});
  x86::Gp divisor = x86::r11;
  if (divisorAt.kind == Loc::Reg && divisorAt.n != 0 && divisorAt.n != 2) divisor = x86::gpq(divisorAt.n);
  else ra_->move(Loc::reg(kScratch), divisorAt);
  ra_->move(Loc::reg(0), dividend);
  x86::Gp rax = x86::rax, rdx = x86::rdx;
  asmjit::Label done = a_.newLabel();
  bool known = divisorAt.kind == Loc::Const;
  if (isSigned) {
    if (!known || int64_t(divisorAt.value) == -1) {
      asmjit::Label normal = a_.newLabel();
      if (!known) {
        a_.cmp(divisor, -1);
        a_.jne(normal);
      }
      if (mod) a_.xor_(rdx.r32(), rdx.r32());
      else a_.neg(rax);
      a_.jmp(done);
      a_.bind(normal);
    }
    if (!known || int64_t(divisorAt.value) != -1) {
      a_.cqo();
      a_.idiv(divisor);
      // C rounds towards zero: a nonzero remainder whose sign is not the divisor's moves the
      // quotient down by one and the remainder up by the divisor.
      a_.test(rdx, rdx);
      a_.je(done);
      if (mod) {
        a_.mov(rax, rdx);
        a_.xor_(rax, divisor);
        a_.jns(done);
        a_.add(rdx, divisor);
      } else {
        a_.xor_(rdx, divisor);
        a_.jns(done);
        a_.dec(rax);
      }
    }
  } else {
    asmjit::Label normal = a_.newLabel();
    a_.test(divisor, divisor);
    a_.jnz(normal);
    a_.xor_(rax.r32(), rax.r32());
    a_.xor_(rdx.r32(), rdx.r32());
    a_.jmp(done);
    a_.bind(normal);
    a_.xor_(rdx.r32(), rdx.r32());
    a_.div(divisor);
  }
  a_.bind(done);
  ra_->defIn(op.result, mod ? 2 : 0);
}

bool Emitter::inlineIndexCheck(uint32_t i) {
  const ResOp& op = t_.ops[i];
  const kiln_jit_call_descr& d = program().calls[op.descr];
  IndexCheck kind = indexCheckOf(d);
  if (kind == IndexCheck::None || op.args.size() != 3 || i + 1 >= t_.ops.size() || t_.ops[i + 1].op != ROp::guard_no_exception)
    return false;
  V index = op.args[0], length = op.args[1];
  Word n = 0;
  bool nImm = ra_->isConstOrKnown(length, n) && int64_t(n) == int32_t(n);
  x86::Gp x = ra_->use(index);
  x86::Gp len = nImm ? x : ra_->use(length);
  // The slow path calls with the original index: the wrapping one computes into a new register.
  SlowCall slow{a_.newLabel(), {}, reinterpret_cast<const void*>(d.thunk), t_.ops[i + 1].guard};
  for (V v : op.args) slow.args.push_back(ra_->where(v));
  x86::Gp r = ra_->def(op.result, kind == IndexCheck::Plain ? index : kNoValue);
  if (r.id() != x.id()) a_.mov(r, x);
  if (nImm) a_.cmp(r, int32_t(n));
  else a_.cmp(r, len);
  if (kind == IndexCheck::Wrap) {
    // Unsigned, a negative index is above any length: the common case, an index in [0, n),
    // falls through; the wrapping case goes out of line and comes back.
    WrapFix w{a_.newLabel(), a_.newLabel(), r, len, nImm ? int32_t(n) : 0, nImm, slow.label};
    a_.jae(w.label);
    a_.bind(w.back);
    wrapFixes_.push_back(w);
  } else {
    a_.jae(slow.label);
  }
  slowCalls_.push_back(std::move(slow));
  // The guard: where the slow path leaves; stress mode fails its first run as everywhere.
  ra_->endOp();
  ra_->beginOp(i + 1);
  const ResOp& g = t_.ops[i + 1];
  stubs_[size_t(g.guard)].locs = failLocs(t_.guards[size_t(g.guard)]);
  if (params.stress) stressCheck(g);
  skipNext_ = true;
  return true;
}

void Emitter::fallback(uint32_t i) {
  const ResOp& op = t_.ops[i];
  call(i, reinterpret_cast<const void*>(&helperEvalPure), true, uint64_t(op.op), op.args);
}

void Emitter::emitOp(uint32_t i) {
  const ResOp& op = t_.ops[i];
  auto A = [&](size_t k) { return op.args[k]; };
  switch (op.op) {
  case ROp::debug_merge_point: return;
  case ROp::label:
    if (labelLocs_.size() != op.args.size()) kiln_fatal("JIT backend: a label no jump reaches");
    a_.align(asmjit::AlignMode::kCode, 16); // the loop's header: every iteration jumps here
    a_.bind(label_);
    for (size_t k = 0; k < op.args.size(); ++k) ra_->place(op.args[k], labelLocs_[k]);
    return;
  case ROp::int_add: case ROp::int_sub: case ROp::int_mul: case ROp::int_and: case ROp::int_or: case ROp::int_xor:
  case ROp::int_add_ovf: case ROp::int_sub_ovf: case ROp::int_mul_ovf: case ROp::ptr_add:
    return binop(op);
  case ROp::int_neg: case ROp::int_invert: case ROp::cast_ptr_to_int: {
    x86::Gp a = ra_->use(A(0));
    x86::Gp r = ra_->def(op.result, A(0));
    if (r.id() != a.id()) a_.mov(r, a);
    if (op.op == ROp::int_neg) a_.neg(r);
    else if (op.op == ROp::int_invert) a_.not_(r);
    return;
  }
  case ROp::int_lshift: case ROp::int_rshift: case ROp::uint_rshift: {
    if (!isShiftByConstant(t_, op)) return fallback(i);
    uint32_t n = uint32_t(t_.consts[A(1) & ~kConst]);
    x86::Gp a = ra_->use(A(0));
    x86::Gp r = ra_->def(op.result, A(0));
    if (r.id() != a.id()) a_.mov(r, a);
    if (op.op == ROp::int_lshift) a_.shl(r, n);
    else if (op.op == ROp::int_rshift) a_.sar(r, n);
    else a_.shr(r, n);
    return;
  }
  case ROp::float_add: case ROp::float_sub: case ROp::float_mul: case ROp::float_truediv: {
    a_.movq(x86::xmm0, ra_->use(A(0)));
    a_.movq(x86::xmm1, ra_->use(A(1)));
    switch (op.op) {
    case ROp::float_add: a_.addsd(x86::xmm0, x86::xmm1); break;
    case ROp::float_sub: a_.subsd(x86::xmm0, x86::xmm1); break;
    case ROp::float_mul: a_.mulsd(x86::xmm0, x86::xmm1); break;
    default: a_.divsd(x86::xmm0, x86::xmm1);
    }
    a_.movq(ra_->def(op.result), x86::xmm0);
    return;
  }
  case ROp::cast_int_to_float:
    a_.cvtsi2sd(x86::xmm0, ra_->use(A(0)));
    a_.movq(ra_->def(op.result), x86::xmm0);
    return;
  case ROp::cast_float_to_int:
    a_.movq(x86::xmm0, ra_->use(A(0)));
    a_.cvttsd2si(ra_->def(op.result), x86::xmm0);
    return;
  case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f: {
    const kiln_jit_field_descr& d = program().fields[op.descr];
    x86::Gp base = ra_->use(A(0));
    load(ra_->def(op.result), x86::ptr(base, int32_t(d.offset)), d.size);
    return;
  }
  case ROp::setfield_gc: {
    const kiln_jit_field_descr& d = program().fields[op.descr];
    x86::Gp base = ra_->use(A(0));
    store(x86::ptr(base, int32_t(d.offset)), A(1), d.size);
    return;
  }
  case ROp::getarrayitem_gc_i: case ROp::getarrayitem_gc_r: case ROp::getarrayitem_gc_f:
  case ROp::getinteriorfield_gc_i: case ROp::getinteriorfield_gc_r: case ROp::getinteriorfield_gc_f: {
    const kiln_jit_array_descr& d = program().arrays[op.descr];
    x86::Gp base = ra_->use(A(0));
    x86::Mem m = itemAddress(base, A(1), d);
    load(ra_->def(op.result), m, d.size);
    return;
  }
  case ROp::setarrayitem_gc: case ROp::setinteriorfield_gc: {
    const kiln_jit_array_descr& d = program().arrays[op.descr];
    x86::Gp base = ra_->use(A(0));
    x86::Mem m = itemAddress(base, A(1), d);
    store(m, A(2), d.size);
    return;
  }
  case ROp::arraylen_gc: {
    const kiln_jit_array_descr& d = program().arrays[op.descr];
    if (d.length_offset < 0) {
      x86::Gp r = ra_->def(op.result);
      a_.mov(r, uint64_t(d.fixed_length));
      return;
    }
    x86::Gp base = ra_->use(A(0));
    load(ra_->def(op.result), x86::ptr(base, d.length_offset), 8);
    return;
  }
  case ROp::int_floordiv: case ROp::int_mod: case ROp::uint_floordiv: case ROp::uint_mod: return divide(op);
  case ROp::arraycopy: return call(i, reinterpret_cast<const void*>(&helperArraycopy), true, op.descr, op.args);
  case ROp::new_: {
    // Straight to the collector's allocation with the size as an immediate (what allocate()
    // does for a fixed-size object: zeroed memory, scanned when it may hold pointers).
    const kiln_jit_size_descr& d = program().sizes[op.descr];
    ra_->beforeCall();
    a_.mov(x86::rdi, uint64_t(d.size));
    a_.mov(x86::rax, uint64_t(uintptr_t(reinterpret_cast<const void*>(allocatorOf(d)))));
    a_.call(x86::rax);
    mc_->gcmaps.push_back(GcMap{uint32_t(a_.offset()), ra_->liveRefsAfterCall(loop_.valueKinds)});
    ra_->defInRax(op.result);
    return;
  }
  case ROp::new_array: return call(i, reinterpret_cast<const void*>(&helperNewArray), true, op.descr, op.args);
  case ROp::call_pure_i:
    if (inlineIndexCheck(i)) return;
    [[fallthrough]];
  case ROp::call_i: case ROp::call_r: case ROp::call_f: case ROp::call_n:
  case ROp::call_pure_r: case ROp::call_pure_f: case ROp::call_pure_n: {
    const kiln_jit_call_descr& d = program().calls[op.descr];
    if ((d.flags & KILN_JIT_CALL_DIRECT) && (d.function || (d.flags & KILN_JIT_CALL_INDIRECT))) return directCall(i, d);
    return call(i, reinterpret_cast<const void*>(d.thunk), false, 0, op.args);
  }
  case ROp::save_exception: {
    x86::Gp r = ra_->def(op.result);
    a_.mov(x86::r11, uint64_t(uintptr_t(&kiln_exc_value)));
    a_.mov(r, x86::qword_ptr(x86::r11));
    a_.mov(x86::qword_ptr(x86::r11), 0);
    a_.mov(x86::r11, uint64_t(uintptr_t(&kiln_exc_type)));
    a_.mov(x86::qword_ptr(x86::r11), 0);
    return;
  }
  // In stress mode the check that fails the first run comes after the operands are in place
  // (the stub's locations are those of the guard's own jump) and before the flags are set.
  case ROp::guard_true: case ROp::guard_false: {
    Word w;
    if (ra_->isConstOrKnown(A(0), w) && (w != 0) == (op.op == ROp::guard_true) && !params.stress) {
      // Known to hold (a bridge's input that its guard's failure decided): no code, but the
      // stub's locations are recorded as every guard's are.
      stubs_[size_t(op.guard)].locs = failLocs(t_.guards[size_t(op.guard)]);
      return;
    }
    x86::Gp x = ra_->use(A(0));
    if (params.stress) stressCheck(op);
    a_.test(x, x);
    return emitGuard(i, op.op == ROp::guard_true ? x86::CondCode::kZ : x86::CondCode::kNZ);
  }
  case ROp::guard_value: {
    x86::Gp x = ra_->use(A(0));
    Word w;
    bool imm = ra_->isConstOrKnown(A(1), w) && int64_t(w) == int32_t(w);
    x86::Gp y = imm ? x : ra_->use(A(1));
    if (params.stress) stressCheck(op);
    if (imm) a_.cmp(x, int32_t(w));
    else a_.cmp(x, y);
    return emitGuard(i, x86::CondCode::kNE);
  }
  case ROp::guard_no_exception:
    if (params.stress) stressCheck(op);
    a_.mov(x86::r11, uint64_t(uintptr_t(&kiln_exc_type)));
    a_.cmp(x86::qword_ptr(x86::r11), 0);
    return emitGuard(i, x86::CondCode::kNE);
  case ROp::guard_exception: {
    Word w;
    x86::Gp cls;
    bool imm = ra_->isConstOrKnown(A(0), w) && int64_t(w) == int32_t(w);
    if (!imm) cls = ra_->use(A(0));
    if (params.stress) stressCheck(op);
    a_.mov(x86::r11, uint64_t(uintptr_t(&kiln_exc_type)));
    a_.mov(x86::r11, x86::qword_ptr(x86::r11));
    if (imm) a_.cmp(x86::r11, int32_t(w));
    else a_.cmp(x86::r11, cls);
    emitGuard(i, x86::CondCode::kNE);
    x86::Gp r = ra_->def(op.result);
    a_.mov(x86::r11, uint64_t(uintptr_t(&kiln_exc_value)));
    a_.mov(r, x86::qword_ptr(x86::r11));
    a_.mov(x86::qword_ptr(x86::r11), 0);
    a_.mov(x86::r11, uint64_t(uintptr_t(&kiln_exc_type)));
    a_.mov(x86::qword_ptr(x86::r11), 0);
    return;
  }
  case ROp::guard_no_overflow: case ROp::guard_overflow: {
    ROp before = i > 0 ? t_.ops[i - 1].op : ROp::count_;
    if (before != ROp::int_add_ovf && before != ROp::int_sub_ovf && before != ROp::int_mul_ovf)
      kiln_fatal("JIT backend: %s does not follow an *_ovf operation", ropInfo(op.op).name);
    emitGuard(i, op.op == ROp::guard_no_overflow ? x86::CondCode::kO : x86::CondCode::kNO);
    if (params.stress) stressCheck(op);
    return;
  }
  case ROp::jump: {
    Loop* target = (*loopsForBackend())[op.descr];
    if (target == &loop_ && hasLabel_) {
      // To the peeled loop's body: the label's values go to registers first (those that
      // survive calls first), then to slots.
      static constexpr uint32_t kLabelRegs[] = {3, 12, 13, 14, 15, 6, 7, 8, 9, 10, 1, 2, 0};
      if (labelLocs_.empty())
        for (size_t k = 0; k < op.args.size(); ++k)
          labelLocs_.push_back(k < std::size(kLabelRegs) ? Loc::reg(kLabelRegs[k]) : Loc::slot(ra_->reserveSlot()));
      std::vector<std::pair<Loc, Loc>> moves;
      for (size_t k = 0; k < op.args.size(); ++k) moves.emplace_back(labelLocs_[k], ra_->where(A(k)));
      ra_->parallelMove(std::move(moves));
      bool fallsThrough = i + 1 < t_.ops.size() && t_.ops[i + 1].op == ROp::label;
      if (!fallsThrough) a_.jmp(label_);
      return;
    }
    MachineCode* tc = target == &loop_ ? mc_ : target->mc;
    if (!tc) kiln_fatal("JIT backend: a jump to loop %u, which has no machine code", op.descr);
    std::vector<std::pair<Loc, Loc>> moves;
    for (size_t k = 0; k < op.args.size(); ++k) moves.emplace_back(tc->inputs[k], ra_->where(A(k)));
    ra_->parallelMove(std::move(moves));
    if (target == &loop_) a_.jmp(body_);
    else a_.jmp(asmjit::Imm(uint64_t(uintptr_t(tc->body))));
    return;
  }
  case ROp::finish: {
    for (size_t k = 0; k < op.args.size(); ++k) ra_->move(Loc::slot(uint32_t(k)), ra_->where(A(k)));
    ExitRecord& e = mc_->finishExits[op.descr == uint32_t(FinishKind::Return) ? 0 : 1];
    e = ExitRecord{&loop_, -1, op.descr, uint32_t(op.args.size())};
    emitExit(&e);
    return;
  }
  default:
    if (isCompare(op.op)) return compare(op, i);
    if (op.op == ROp::int_between && between(op, i)) return;
    if (ropInfo(op.op).flags & ropflags::Pure) return fallback(i);
    kiln_fatal("JIT backend: no code for %s", ropInfo(op.op).name);
  }
}

void Emitter::run() {
  mc_ = new MachineCode;
  size_t nguards = t_.guards.size();
  mc_->guards.resize(nguards);
  stubs_.resize(nguards);
  patchOffsets_.resize(nguards);
  for (size_t g = 0; g < nguards; ++g) stubs_[g] = StubInfo{a_.newLabel(), int32_t(g), {}};
  std::vector<bool> calls(t_.ops.size());
  for (uint32_t i = 0; i < t_.ops.size(); ++i) calls[i] = isCall(i);
  RegAlloc ra(a_, t_, kFirstSpill);
  ra_ = &ra;
  ra.computeUses(calls);
  // Where the inputs are: a bridge's where its guard left them, a loop's in registers that
  // survive calls first, then in slots.
  size_t ninputs = t_.inputKinds.size();
  if (parent_) {
    mc_->inputs = parent_->mc->guards[size_t(parentGuard_)].locs;
  } else {
    static constexpr uint32_t kInputRegs[] = {3, 12, 13, 14, 15, 6, 7, 8, 9};
    for (size_t k = 0; k < ninputs; ++k)
      mc_->inputs.push_back(k < std::size(kInputRegs) ? Loc::reg(kInputRegs[k]) : Loc::slot(kFirstSpill + uint32_t(k - std::size(kInputRegs))));
  }
  for (size_t k = 0; k < ninputs; ++k) ra.place(V(k), mc_->inputs[k]);
  body_ = a_.newLabel();
  label_ = a_.newLabel();
  hasLabel_ = std::any_of(t_.ops.begin(), t_.ops.end(), [](const ResOp& op) { return op.op == ROp::label; });
  a_.bind(body_);
  if (kiln_log_enabled("jit-backend-counts")) {
    a_.mov(x86::r11, uint64_t(uintptr_t(&loop_.runs)));
    a_.inc(x86::qword_ptr(x86::r11));
  }
  for (uint32_t i = 0; i < t_.ops.size(); ++i) {
    ra.beginOp(i);
    emitOp(i);
    ra.endOp();
    if (skipNext_) {
      skipNext_ = false;
      ++i;
    }
  }
  // Slow paths of inlined calls: the real call, with every caller-saved register kept (eight
  // pushes keep rsp aligned), then out through the guard.
  static const x86::Gp kSaved[] = {x86::rax, x86::rcx, x86::rdx, x86::rsi, x86::rdi, x86::r8, x86::r9, x86::r10};
  for (const WrapFix& w : wrapFixes_) {
    a_.bind(w.label);
    a_.test(w.r, w.r);
    a_.jns(w.slow); // at or above the length
    if (w.lenImm) a_.add(w.r, w.imm);
    else a_.add(w.r, w.len);
    a_.js(w.slow); // below minus the length
    a_.jmp(w.back);
  }
  for (SlowCall& sc : slowCalls_) {
    a_.bind(sc.label);
    for (const x86::Gp& r : kSaved) a_.push(r);
    for (size_t k = 0; k < sc.args.size(); ++k) ra.move(Loc::slot(kIo + uint32_t(k)), sc.args[k]);
    a_.lea(x86::rdi, ra.slotMem(kIo));
    a_.mov(x86::rax, uint64_t(uintptr_t(sc.thunk)));
    a_.call(x86::rax);
    for (size_t k = std::size(kSaved); k-- > 0;) a_.pop(kSaved[k]);
    a_.long_().jmp(stubs_[size_t(sc.guard)].label);
    patchOffsets_[size_t(sc.guard)].push_back(a_.offset() - 4);
  }
  // The stubs of the guards the trace still has.
  for (size_t g = 0; g < nguards; ++g) {
    if (patchOffsets_[g].empty()) continue;
    StubInfo& s = stubs_[g];
    a_.bind(s.label);
    for (size_t k = 0; k < s.locs.size(); ++k) ra.move(Loc::slot(uint32_t(k)), s.locs[k]);
    mc_->guards[g].locs = s.locs;
    mc_->guards[g].exit = ExitRecord{&loop_, int32_t(g), 0, uint32_t(s.locs.size())};
    emitExit(&mc_->guards[g].exit);
  }
  asmjit::Label entry = a_.newLabel();
  if (!parent_) {
    a_.bind(entry);
    for (size_t k = 0; k < ninputs; ++k) ra.move(mc_->inputs[k], Loc::slot(uint32_t(k)));
    a_.jmp(body_);
  }
  mc_->frameWords = ra.highestSlot();
  code_.flatten();
  code_.resolveUnresolvedLinks();
  // Before relocation the size counts an address-table entry for each jump to an absolute
  // address; every such jump reaches with a rel32 in the one region, so the table goes and the
  // code shrinks: the block's tail is given back.
  size_t reserved = code_.codeSize();
  uint8_t* at = allocateCode(reserved);
  code_.relocateToBase(uint64_t(uintptr_t(at)));
  size_t size = code_.codeSize();
  if (size > reserved) kiln_fatal("JIT backend: the code grew when relocated (%zu -> %zu bytes)", reserved, size);
  trimCode(at, reserved, size);
  std::vector<uint8_t> bytes(size);
  code_.copyFlattenedData(bytes.data(), size, asmjit::CopySectionFlags::kPadSectionBuffer);
  writeCode(at, bytes.data(), size);
  mc_->code = at;
  mc_->size = size;
  mc_->body = at + code_.labelOffsetFromBase(body_);
  if (hasLabel_) mc_->label = at + code_.labelOffsetFromBase(label_);
  mc_->entry = parent_ ? nullptr : at + code_.labelOffsetFromBase(entry);
  for (size_t g = 0; g < nguards; ++g)
    for (size_t off : patchOffsets_[g]) mc_->guards[g].patches.push_back(at + off);
  loop_.mc = mc_;
  if (parent_)
    for (uint8_t* site : parent_->mc->guards[size_t(parentGuard_)].patches) patchRel32(site, mc_->body);
}

} // namespace

void compile(Loop* loop, Loop* parent, int32_t guard) {
  Emitter e(*loop, parent, guard);
  e.run();
  if (kiln_log_enabled("jit-backend")) logDisassembly(*loop);
  if (params.perfMap) writePerfMap(*loop);
}

} // namespace kiln::jitrt::x64

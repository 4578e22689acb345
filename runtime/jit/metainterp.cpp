// The meta-interpreter (DESIGN.md §3.2): executes jitcodes on concrete values. Without a
// recorder it is the blackhole interpreter (it finishes what a failing guard interrupted, up to
// the portal's next merge point); with one it is the tracer: every operation on a value that is
// not a constant is also recorded, and every decision taken on one becomes a guard whose resume
// data is the current stack of frames. Each jitcode op is defined once, here, for both.
//
// Registers hold Boxes: the concrete word, and the trace's name for it (a constant until an
// operation records something). When the recorder aborts (trace too long, ...), execution simply
// goes on unrecorded: the concrete state is always right.
#include <bit>

#include "kiln/ops.h"
#include "jit_internal.h"

namespace kiln::jitrt {

namespace {

// One decoded instruction (jitcode_ops.def's operand signature).
struct Ins {
  JOp op;
  uint16_t r[6];
  char rk[6];
  int nr = 0;
  uint32_t label = 0;
  uint16_t descr = 0;
  uint16_t list[256];
  int nlist = 0;
  bool hasResult = false;
  char resultKind = 'v';
  uint16_t result = 0;
  uint32_t next = 0;
};

void decode(const kiln_jit_code* code, uint32_t pc, Ins& in) {
  const uint8_t* p = code->code + pc;
  in.op = JOp(*p++);
  auto u16 = [&] {
    uint16_t v = uint16_t(p[0] | p[1] << 8);
    p += 2;
    return v;
  };
  for (const char* s = kJOpOperands[size_t(in.op)]; *s; ++s) {
    switch (*s) {
    case '>':
      in.hasResult = true;
      in.resultKind = *++s;
      in.result = u16();
      break;
    case 'L':
      in.label = uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
      p += 4;
      break;
    case 'd': in.descr = u16(); break;
    case 'l':
      in.nlist = *p++;
      for (int i = 0; i < in.nlist; ++i) in.list[i] = u16();
      break;
    default:
      in.rk[in.nr] = *s;
      in.r[in.nr++] = u16();
    }
  }
  in.next = uint32_t(p - code->code);
}

int bank(char k) { return k == 'i' ? 0 : k == 'r' ? 1 : 2; }

ROp byKind(char k, ROp i, ROp r, ROp f, ROp n) { return k == 'i' ? i : k == 'r' ? r : k == 'f' ? f : n; }

} // namespace

void MetaInterp::pushFrame(int32_t jitcode) {
  Frame f;
  f.jitcode = jitcode;
  f.code = &program().codes[jitcode];
  f.base[0] = 0;
  f.base[1] = f.code->nregs[0];
  f.base[2] = uint16_t(f.code->nregs[0] + f.code->nregs[1]);
  f.regs.resize(size_t(f.code->nregs[0]) + f.code->nregs[1] + f.code->nregs[2]);
  for (int k = 0; k < 3; ++k) {
    size_t first = f.base[k] + f.code->nregs[k] - f.code->nconsts[k];
    for (size_t j = 0; j < f.code->nconsts[k]; ++j) {
      Word w = k == 0 ? Word(f.code->consts_i[j]) : k == 1 ? Word(uintptr_t(f.code->consts_r[j])) : std::bit_cast<Word>(f.code->consts_f[j]);
      f.regs[first + j] = Box{w, kLazy};
    }
  }
  f.recordedAtEntry = rec ? uint32_t(rec->length()) : 0;
  frames.push_back(std::move(f));
}

V MetaInterp::ref(Box& b, char kind) {
  if (b.ref == kLazy) b.ref = rec->constant(b.v, kind);
  return b.ref;
}

void MetaInterp::promote(Box& b, char kind, uint32_t resumePc) {
  if (!rec || constant(b)) return;
  V c = rec->constant(b.v, kind);
  rec->guard(ROp::guard_value, {b.ref, c}, *this, resumePc);
  b.ref = c;
}

// The exception the runtime just raised (a helper, an ovf op) becomes the one in flight.
void MetaInterp::raiseFromRuntime() {
  excType = Box{Word(uintptr_t(kiln_exc_type)), kLazy};
  excValue = Box{Word(uintptr_t(kiln_exc_value)), kLazy};
  kiln_exc_clear();
  pendingException = true;
  if (rec) rec->abort("an exception the runtime raised while tracing");
}

Box MetaInterp::residualCall(uint32_t descr, std::vector<Box>& args, const Box* fn, bool& raised) {
  const kiln_jit_call_descr& d = program().calls[descr];
  std::vector<Word> words;
  bool allConst = !fn || constant(*fn);
  if (fn) words.push_back(fn->v);
  for (Box& a : args) {
    words.push_back(a.v);
    allConst &= constant(a);
  }
  Box result{d.thunk(words.data()), kLazy};
  raised = kiln_exc_type != nullptr;
  bool folded = (d.flags & KILN_JIT_CALL_ELIDABLE) && allConst && !raised;
  lastCallRecorded_ = rec && !folded;
  if (rec && !folded) {
    std::vector<V> refs;
    if (fn) refs.push_back(ref(const_cast<Box&>(*fn), 'r'));
    for (size_t i = 0; i < args.size(); ++i) refs.push_back(ref(args[i], d.arg_kinds[i]));
    bool pure = d.flags & KILN_JIT_CALL_ELIDABLE;
    ROp op = pure ? byKind(char(d.result_kind), ROp::call_pure_i, ROp::call_pure_r, ROp::call_pure_f, ROp::call_pure_n)
                  : byKind(char(d.result_kind), ROp::call_i, ROp::call_r, ROp::call_f, ROp::call_n);
    char kind = char(d.result_kind) == 'v' ? 'v' : char(d.result_kind);
    V r = rec->recordList(op, std::move(refs), kind, descr);
    if (kind != 'v') result.ref = r;
  }
  return result;
}

void MetaInterp::afterCall(uint32_t descr, bool raised, uint32_t resumePc) {
  const kiln_jit_call_descr& d = program().calls[descr];
  if (!raised) {
    // A folded call (elidable, constant arguments) raised nothing and needs no guard.
    if (rec && lastCallRecorded_ && (d.flags & KILN_JIT_CALL_CAN_RAISE) && !rec->aborted())
      rec->guard(ROp::guard_no_exception, {}, *this, resumePc);
    return;
  }
  excType = Box{Word(uintptr_t(kiln_exc_type)), kLazy};
  excValue = Box{Word(uintptr_t(kiln_exc_value)), kLazy};
  if (rec && !rec->aborted()) excValue.ref = rec->guardException(ref(excType, 'r'), *this, resumePc);
  kiln_exc_clear();
  pendingException = true;
}

// The exception in flight goes to the innermost handler (a catch_exception after the
// instruction that raised), leaving frames without one. False when it leaves the portal.
bool MetaInterp::unwind() {
  while (!frames.empty()) {
    Frame& f = frames.back();
    uint32_t pc = f.pc;
    while (pc < f.code->length && JOp(f.code->code[pc]) == JOp::live) pc += 3;
    if (pc < f.code->length && JOp(f.code->code[pc]) == JOp::catch_exception) {
      Ins in;
      decode(f.code, pc, in);
      f.pc = in.label;
      pendingException = false;
      return true;
    }
    if (rec) rec->inlined(f.jitcode, uint32_t(rec->length()) - f.recordedAtEntry);
    frames.pop_back();
  }
  return false;
}

Outcome MetaInterp::escape() {
  if (rec) rec->abort("an exception left the portal");
  kiln_raise(reinterpret_cast<kiln_vtable_head*>(excType.v), reinterpret_cast<kiln_object_head*>(excValue.v));
  Outcome o;
  o.kind = KILN_JIT_RAISE;
  return o;
}

Outcome MetaInterp::run() {
  Ins in;
  for (;;) {
    if (rec && rec->aborted()) rec = nullptr;
    if (pendingException && !unwind()) return escape();
    Frame& f = frames.back();
    in.nr = 0;
    in.nlist = 0;
    in.hasResult = false;
    decode(f.code, f.pc, in);
    uint32_t at = f.pc;
    f.pc = in.next;
    auto R = [&](int k) -> Box& { return f.regs[f.base[bank(in.rk[k])] + in.r[k]]; };
    auto setResult = [&](Box b) { f.regs[f.base[bank(in.resultKind)] + in.result] = b; };
    auto listBox = [&](int k) -> Box& {
      uint16_t t = in.list[k];
      return f.regs[f.base[t >> 14] + (t & 0x3fff)];
    };
    auto listKind = [&](int k) { return "irf"[in.list[k] >> 14]; };
    ROp rop = kJOpResop[size_t(in.op)];
    switch (in.op) {
    // -- Pure operations: computed by semantics.cpp, recorded unless every operand is constant --
    case JOp::int_add: case JOp::int_sub: case JOp::int_mul: case JOp::int_floordiv: case JOp::int_mod:
    case JOp::int_and: case JOp::int_or: case JOp::int_xor: case JOp::int_lshift: case JOp::int_rshift:
    case JOp::uint_rshift: case JOp::uint_floordiv: case JOp::uint_mod: case JOp::int_lt: case JOp::int_le:
    case JOp::int_eq: case JOp::int_ne: case JOp::int_gt: case JOp::int_ge: case JOp::uint_lt: case JOp::uint_le:
    case JOp::uint_gt: case JOp::uint_ge: case JOp::int_between: case JOp::int_neg: case JOp::int_invert:
    case JOp::int_abs: case JOp::int_is_true: case JOp::int_is_zero: case JOp::float_add: case JOp::float_sub:
    case JOp::float_mul: case JOp::float_truediv: case JOp::float_neg: case JOp::float_abs: case JOp::float_lt:
    case JOp::float_le: case JOp::float_eq: case JOp::float_ne: case JOp::float_gt: case JOp::float_ge:
    case JOp::float_is_true: case JOp::cast_float_to_int: case JOp::cast_int_to_float: case JOp::cast_uint_to_float:
    case JOp::ptr_eq: case JOp::ptr_ne: case JOp::ptr_nonzero: case JOp::ptr_iszero: case JOp::cast_ptr_to_int: {
      Word a[3];
      bool allConst = true;
      for (int k = 0; k < in.nr; ++k) {
        a[k] = R(k).v;
        allConst &= constant(R(k));
      }
      Box out{evalPure(rop, a), kLazy};
      if (rec && !allConst) {
        std::vector<V> refs;
        for (int k = 0; k < in.nr; ++k) refs.push_back(ref(R(k), in.rk[k]));
        out.ref = rec->recordList(rop, std::move(refs), in.resultKind, 0);
      }
      setResult(out);
      break;
    }
    case JOp::int_copy: case JOp::ref_copy: case JOp::float_copy: setResult(R(0)); break;

    // -- Arithmetic that raises --------------------------------------------------------------------
    case JOp::int_add_ovf: case JOp::int_sub_ovf: case JOp::int_mul_ovf: {
      int64_t a = int64_t(R(0).v), b = int64_t(R(1).v), r;
      bool ovf = in.op == JOp::int_add_ovf ? __builtin_add_overflow(a, b, &r)
               : in.op == JOp::int_sub_ovf ? __builtin_sub_overflow(a, b, &r) : __builtin_mul_overflow(a, b, &r);
      if (ovf) {
        (in.op == JOp::int_add_ovf ? kiln_int_add_ovf : in.op == JOp::int_sub_ovf ? kiln_int_sub_ovf : kiln_int_mul_ovf)(a, b);
        raiseFromRuntime();
        break;
      }
      Box out{Word(r), kLazy};
      if (rec && !(constant(R(0)) && constant(R(1)))) {
        out.ref = rec->record(rop, {ref(R(0), 'i'), ref(R(1), 'i')}, 'i');
        rec->guard(ROp::guard_no_overflow, {}, *this, f.livePc);
      }
      setResult(out);
      break;
    }
    case JOp::int_floordiv_zer: case JOp::int_mod_zer: case JOp::float_truediv_zer: {
      bool isFloat = in.op == JOp::float_truediv_zer;
      Word a = R(0).v, b = R(1).v, r;
      if (isFloat) r = std::bit_cast<Word>(kiln_float_truediv_zer(std::bit_cast<double>(a), std::bit_cast<double>(b)));
      else r = Word(in.op == JOp::int_floordiv_zer ? kiln_int_floordiv_zer(int64_t(a), int64_t(b)) : kiln_int_mod_zer(int64_t(a), int64_t(b)));
      if (kiln_exc_type) {
        raiseFromRuntime();
        break;
      }
      Box out{r, kLazy};
      if (rec && !constant(R(1))) {
        V t = rec->record(isFloat ? ROp::float_is_true : ROp::int_is_true, {R(1).ref}, 'i');
        rec->guard(ROp::guard_true, {t}, *this, f.livePc);
      }
      if (rec && !(constant(R(0)) && constant(R(1)))) {
        ROp op = isFloat ? ROp::float_truediv : in.op == JOp::int_floordiv_zer ? ROp::int_floordiv : ROp::int_mod;
        out.ref = rec->record(op, {ref(R(0), in.rk[0]), ref(R(1), in.rk[1])}, in.resultKind);
      }
      setResult(out);
      break;
    }
    case JOp::int_neg_ovf: case JOp::int_lshift_ovf: case JOp::int_floordiv_ovf: case JOp::int_floordiv_ovf_zer:
    case JOp::int_truediv_zer: {
      // Rare: the operands become constants of the trace, and so does the result.
      Word a = R(0).v, b = in.nr > 1 ? R(1).v : 0, r = 0;
      switch (in.op) {
      case JOp::int_neg_ovf: r = Word(kiln_int_neg_ovf(int64_t(a))); break;
      case JOp::int_lshift_ovf: r = Word(kiln_int_lshift_ovf(int64_t(a), int64_t(b))); break;
      case JOp::int_floordiv_ovf: r = Word(kiln_int_floordiv_ovf(int64_t(a), int64_t(b))); break;
      case JOp::int_floordiv_ovf_zer: r = Word(kiln_int_floordiv_ovf_zer(int64_t(a), int64_t(b))); break;
      default: r = std::bit_cast<Word>(kiln_int_truediv_zer(int64_t(a), int64_t(b)));
      }
      if (kiln_exc_type) {
        raiseFromRuntime();
        break;
      }
      for (int k = 0; k < in.nr; ++k) promote(R(k), in.rk[k], f.livePc);
      setResult(Box{r, kLazy});
      break;
    }

    // -- Memory ----------------------------------------------------------------------------------------
    case JOp::getfield_i: case JOp::getfield_r: case JOp::getfield_f: {
      const kiln_jit_field_descr& d = program().fields[in.descr];
      Box out{loadWord(reinterpret_cast<const char*>(R(0).v) + d.offset, d.size), kLazy};
      // An immutable field of a constant object is a constant.
      if (rec && !(d.immutable && constant(R(0)))) out.ref = rec->record(rop, {ref(R(0), 'r')}, in.resultKind, in.descr);
      setResult(out);
      break;
    }
    case JOp::setfield_i: case JOp::setfield_r: case JOp::setfield_f: {
      const kiln_jit_field_descr& d = program().fields[in.descr];
      storeWord(reinterpret_cast<char*>(R(0).v) + d.offset, d.size, R(1).v);
      if (rec) rec->record(ROp::setfield_gc, {ref(R(0), 'r'), ref(R(1), in.rk[1])}, 'v', in.descr);
      break;
    }
    case JOp::getsubstruct: {
      const kiln_jit_field_descr& d = program().fields[in.descr];
      Box out{R(0).v + d.offset, kLazy};
      if (rec && !constant(R(0))) out.ref = rec->record(ROp::ptr_add, {R(0).ref, rec->constant(d.offset, 'i')}, 'r');
      setResult(out);
      break;
    }
    case JOp::getarrayitem_i: case JOp::getarrayitem_r: case JOp::getarrayitem_f:
    case JOp::getinteriorfield_i: case JOp::getinteriorfield_r: case JOp::getinteriorfield_f: {
      const kiln_jit_array_descr& d = program().arrays[in.descr];
      const char* addr = reinterpret_cast<const char*>(R(0).v) + d.items_offset + int64_t(R(1).v) * d.item_size + d.field_offset;
      Box out{loadWord(addr, d.size), kLazy};
      if (rec && !(d.immutable && constant(R(0)) && constant(R(1))))
        out.ref = rec->record(rop, {ref(R(0), 'r'), ref(R(1), 'i')}, in.resultKind, in.descr);
      setResult(out);
      break;
    }
    case JOp::setarrayitem_i: case JOp::setarrayitem_r: case JOp::setarrayitem_f:
    case JOp::setinteriorfield_i: case JOp::setinteriorfield_r: case JOp::setinteriorfield_f: {
      const kiln_jit_array_descr& d = program().arrays[in.descr];
      char* addr = reinterpret_cast<char*>(R(0).v) + d.items_offset + int64_t(R(1).v) * d.item_size + d.field_offset;
      storeWord(addr, d.size, R(2).v);
      if (rec) rec->record(rop, {ref(R(0), 'r'), ref(R(1), 'i'), ref(R(2), in.rk[2])}, 'v', in.descr);
      break;
    }
    case JOp::getarraysize: {
      const kiln_jit_array_descr& d = program().arrays[in.descr];
      Box out{loadWord(reinterpret_cast<const char*>(R(0).v) + d.length_offset, 8), kLazy};
      // An array's length never changes (nothing shrinks arrays): a constant's is a constant.
      if (rec && !constant(R(0))) out.ref = rec->record(ROp::arraylen_gc, {ref(R(0), 'r')}, 'i', in.descr);
      setResult(out);
      break;
    }
    case JOp::arraycopy:
      arraycopy(program().arrays[in.descr], R(0).v, R(1).v, R(2).v, R(3).v, R(4).v);
      if (rec) rec->record(ROp::arraycopy, {ref(R(0), 'r'), ref(R(1), 'r'), ref(R(2), 'i'), ref(R(3), 'i'), ref(R(4), 'i')}, 'v', in.descr);
      break;
    case JOp::new_: case JOp::new_array: {
      bool array = in.op == JOp::new_array;
      Box out{allocate(program().sizes[in.descr], array, array ? int64_t(R(0).v) : 0), kLazy};
      if (rec) out.ref = in.op == JOp::new_ ? rec->record(ROp::new_, {}, 'r', in.descr) : rec->record(ROp::new_array, {ref(R(0), 'i')}, 'r', in.descr);
      setResult(out);
      break;
    }

    // -- Calls ---------------------------------------------------------------------------------------------
    case JOp::residual_call_i: case JOp::residual_call_r: case JOp::residual_call_f: case JOp::residual_call_v:
    case JOp::inline_call_i: case JOp::inline_call_r: case JOp::inline_call_f: case JOp::inline_call_v:
    case JOp::indirect_call_i: case JOp::indirect_call_r: case JOp::indirect_call_f: case JOp::indirect_call_v: {
      bool indirect = in.op >= JOp::indirect_call_i;
      int32_t target = -1;
      if (indirect) {
        promote(R(0), 'r', f.livePc);
        target = jitcodeOfFunction(reinterpret_cast<const void*>(R(0).v));
      } else if (in.op >= JOp::inline_call_i) {
        target = program().calls[in.descr].jitcode;
      }
      if (target >= 0 && (dontInline[size_t(target)] || program().codes[target].length == 0)) target = -1;
      std::vector<Box> args;
      for (int k = 0; k < in.nlist; ++k) args.push_back(listBox(k));
      if (target >= 0) {
        // Inlined: a new frame with the arguments in registers 0, 1, ... of each bank.
        f.resultKind = in.hasResult ? in.resultKind : 'v';
        f.resultReg = in.result;
        std::vector<char> kinds;
        for (int k = 0; k < in.nlist; ++k) kinds.push_back(listKind(k));
        pushFrame(target);
        Frame& callee = frames.back();
        uint16_t next[3] = {0, 0, 0};
        for (size_t k = 0; k < args.size(); ++k) {
          int b = bank(kinds[k]);
          callee.regs[callee.base[b] + next[b]++] = args[k];
        }
        break;
      }
      bool raised = false;
      Box fn = indirect ? R(0) : Box{};
      Box result = residualCall(in.descr, args, indirect ? &fn : nullptr, raised);
      // Also when it raised: guard_exception's resume data (after the call) then names the
      // call's result, which the blackhole needs when a later run of the call returns normally.
      if (in.hasResult) setResult(result);
      afterCall(in.descr, raised, f.pc);
      break;
    }
    case JOp::int_return: case JOp::ref_return: case JOp::float_return: case JOp::void_return: {
      Box value = in.op == JOp::void_return ? Box{} : R(0);
      if (rec) rec->inlined(f.jitcode, uint32_t(rec->length()) - f.recordedAtEntry);
      if (frames.size() == 1) {
        Outcome o;
        if (rec && rec->atReturn(*this, in.op == JOp::void_return ? nullptr : &value, o)) return o;
        if (rec) rec->abort("the portal returned");
        o.kind = KILN_JIT_RETURN;
        o.state.push_back(value.v);
        frames.pop_back();
        return o;
      }
      frames.pop_back();
      Frame& caller = frames.back();
      if (caller.resultKind != 'v') caller.regs[caller.base[bank(caller.resultKind)] + caller.resultReg] = value;
      caller.resultKind = 'v';
      break;
    }

    // -- Control -------------------------------------------------------------------------------------------
    case JOp::live: f.livePc = at; break;
    case JOp::goto_: f.pc = in.label; break;
    case JOp::goto_if_not: {
      Box& c = R(0);
      if (rec && !constant(c)) rec->guard(c.v ? ROp::guard_true : ROp::guard_false, {c.ref}, *this, f.livePc);
      if (!c.v) f.pc = in.label;
      break;
    }
    case JOp::switch_: {
      promote(R(0), 'i', f.livePc);
      const kiln_jit_switch_descr& d = program().switches[in.descr];
      for (uint32_t k = 0; k < d.ncases; ++k)
        if (d.values[k] == int64_t(R(0).v)) {
          f.pc = d.targets[k];
          break;
        }
      break;
    }
    case JOp::raise:
      promote(R(0), 'r', f.livePc);
      excType = R(0);
      excValue = R(1);
      pendingException = true;
      break;
    case JOp::reraise: pendingException = true; break;
    case JOp::catch_exception: break; // reached normally: nothing was raised
    case JOp::goto_if_exception_mismatch: {
      // The exception's class is a constant of the trace (raise promotes it).
      auto* e = reinterpret_cast<const kiln_vtable_head*>(excType.v);
      auto* c = reinterpret_cast<const kiln_vtable_head*>(R(0).v);
      bool match = c->subclassrange_min <= e->subclassrange_min && e->subclassrange_min < c->subclassrange_max;
      if (!match) f.pc = in.label;
      break;
    }
    case JOp::last_exception: setResult(excType); break;
    case JOp::last_exc_value: setResult(excValue); break;

    // -- Hints ---------------------------------------------------------------------------------------------
    case JOp::int_promote: case JOp::ref_promote: case JOp::float_promote: {
      Box b = R(0);
      promote(b, in.rk[0], f.livePc);
      setResult(b);
      break;
    }
    case JOp::jit_merge_point: {
      if (frames.size() != 1) break; // cannot happen: portal calls are residual
      const kiln_jit_driver& d = program().drivers[in.descr];
      driver = in.descr;
      if (!rec) {
        Outcome o;
        o.kind = KILN_JIT_CONTINUE;
        for (int k = 0; k < in.nlist; ++k) o.state.push_back(listBox(k).v);
        f.pc = at; // if the interpreter resumes here again, it stops again
        return o;
      }
      std::vector<Box> greens, reds;
      for (int k = 0; k < in.nlist; ++k) {
        Box& b = listBox(k);
        if (k < d.ngreens) {
          promote(b, listKind(k), f.livePc);
          greens.push_back(b);
        } else {
          ref(b, listKind(k));
          reds.push_back(b);
        }
      }
      Outcome o;
      if (rec->atMergePoint(*this, greens.data(), greens.size(), reds.data(), reds.size(), o)) return o;
      break;
    }
    case JOp::debug_assert:
      if (!R(0).v) kiln_fatal("JIT: an ll_assert failed in %s", f.code->name);
      break;
    case JOp::count_: kiln_fatal("JIT: bad jitcode in %s at %u", f.code->name, at);
    }
  }
}

} // namespace kiln::jitrt

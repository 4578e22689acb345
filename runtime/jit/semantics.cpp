// The semantics of the pure resops: the one definition the tracer, the blackhole interpreter,
// the optimizer's constant folding and the trace interpreter all use. The integer operations
// are kiln/ops.h's, the ones compiled code uses, so a trace computes what the interpreter does.
#include <bit>
#include <cmath>

#include "kiln/ops.h"
#include "jit_internal.h"

namespace kiln::jitrt {

const char* const kJOpNames[] = {
#define JIT_OP(name, operands, resop, doc) #name,
#include "../../jitgen/jitcode_ops.def"
};
const char* const kJOpOperands[] = {
#define JIT_OP(name, operands, resop, doc) operands,
#include "../../jitgen/jitcode_ops.def"
};

namespace flagnames {
constexpr uint8_t Pure = ropflags::Pure, Guard = ropflags::Guard, Read = ropflags::Read, Write = ropflags::Write,
                  Call = ropflags::Call, Alloc = ropflags::Alloc;
}
const ROpInfo kROps[] = {
#define RESOP(name, arity, result, flags, doc) {#name, arity, #result[0], uint8_t([] { using namespace flagnames; return flags; }())},
#include "resops.def"
};

namespace resopnames {
using enum ROp;
constexpr ROp none = ROp::count_;
} // namespace resopnames
const ROp kJOpResop[] = {
#define JIT_OP(name, operands, resop, doc) resopnames::resop,
#include "../../jitgen/jitcode_ops.def"
};

namespace {
inline double F(Word w) { return std::bit_cast<double>(w); }
inline Word W(double d) { return std::bit_cast<Word>(d); }
inline int64_t S(Word w) { return int64_t(w); }
} // namespace

Word evalPure(ROp op, const Word* a) {
  switch (op) {
  case ROp::int_add: case ROp::int_add_ovf: return a[0] + a[1];
  case ROp::int_sub: case ROp::int_sub_ovf: return a[0] - a[1];
  case ROp::int_mul: case ROp::int_mul_ovf: return a[0] * a[1];
  case ROp::int_floordiv: return Word(kiln_int_floordiv(S(a[0]), S(a[1])));
  case ROp::int_mod: return Word(kiln_int_mod(S(a[0]), S(a[1])));
  case ROp::int_and: return a[0] & a[1];
  case ROp::int_or: return a[0] | a[1];
  case ROp::int_xor: return a[0] ^ a[1];
  case ROp::int_lshift: return Word(kiln_int_lshift(S(a[0]), S(a[1])));
  case ROp::int_rshift: return Word(kiln_int_rshift(S(a[0]), S(a[1])));
  case ROp::uint_rshift: return kiln_uint_rshift(a[0], S(a[1]));
  case ROp::uint_floordiv: return a[1] ? a[0] / a[1] : 0;
  case ROp::uint_mod: return a[1] ? a[0] % a[1] : 0;
  case ROp::int_lt: return S(a[0]) < S(a[1]);
  case ROp::int_le: return S(a[0]) <= S(a[1]);
  case ROp::int_eq: return a[0] == a[1];
  case ROp::int_ne: return a[0] != a[1];
  case ROp::int_gt: return S(a[0]) > S(a[1]);
  case ROp::int_ge: return S(a[0]) >= S(a[1]);
  case ROp::uint_lt: return a[0] < a[1];
  case ROp::uint_le: return a[0] <= a[1];
  case ROp::uint_gt: return a[0] > a[1];
  case ROp::uint_ge: return a[0] >= a[1];
  case ROp::int_between: return S(a[0]) <= S(a[1]) && S(a[1]) < S(a[2]);
  case ROp::int_neg: return 0 - a[0];
  case ROp::int_invert: return ~a[0];
  case ROp::int_abs: return Word(kiln_int_abs(S(a[0])));
  case ROp::int_is_true: return a[0] != 0;
  case ROp::int_is_zero: return a[0] == 0;
  case ROp::float_add: return W(F(a[0]) + F(a[1]));
  case ROp::float_sub: return W(F(a[0]) - F(a[1]));
  case ROp::float_mul: return W(F(a[0]) * F(a[1]));
  case ROp::float_truediv: return W(F(a[0]) / F(a[1]));
  case ROp::float_neg: return W(-F(a[0]));
  case ROp::float_abs: return W(std::fabs(F(a[0])));
  case ROp::float_lt: return F(a[0]) < F(a[1]);
  case ROp::float_le: return F(a[0]) <= F(a[1]);
  case ROp::float_eq: return F(a[0]) == F(a[1]);
  case ROp::float_ne: return F(a[0]) != F(a[1]);
  case ROp::float_gt: return F(a[0]) > F(a[1]);
  case ROp::float_ge: return F(a[0]) >= F(a[1]);
  case ROp::float_is_true: return F(a[0]) != 0.0;
  case ROp::cast_float_to_int: return Word(int64_t(F(a[0])));
  case ROp::cast_int_to_float: return W(double(S(a[0])));
  case ROp::cast_uint_to_float: return W(double(a[0]));
  case ROp::ptr_eq: return a[0] == a[1];
  case ROp::ptr_ne: return a[0] != a[1];
  case ROp::ptr_nonzero: return a[0] != 0;
  case ROp::ptr_iszero: return a[0] == 0;
  case ROp::cast_ptr_to_int: return a[0];
  case ROp::ptr_add: return a[0] + a[1];
  default: kiln_fatal("JIT: %s is not a pure operation", ropInfo(op).name);
  }
}

Word allocate(const kiln_jit_size_descr& d, bool array, int64_t n) {
  size_t bytes = d.size + size_t(array ? n : 0) * d.item_size;
  void* p = allocatorOf(d)(bytes);
  if (array && d.length_offset >= 0) storeWord(static_cast<char*>(p) + d.length_offset, 8, Word(n));
  return Word(uintptr_t(p));
}

void arraycopy(const kiln_jit_array_descr& d, Word src, Word dst, Word srcStart, Word dstStart, Word n) {
  char* from = reinterpret_cast<char*>(src) + d.items_offset + int64_t(srcStart) * d.item_size;
  char* to = reinterpret_cast<char*>(dst) + d.items_offset + int64_t(dstStart) * d.item_size;
  memmove(to, from, size_t(int64_t(n)) * d.item_size);
}

} // namespace kiln::jitrt

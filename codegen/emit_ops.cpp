// The C++ of each low-level operation (rtyper/ll_ops.def): an operator, an inline function of
// kiln/ops.h, a field or item access, or a call. Every op has its case (no default), so a new
// op in ll_ops.def does not compile until codegen knows it.
#include <cstdio>

#include "codegen/function_emitter.h"
#include "rtyper/helpers.h"

namespace kiln::cg {

std::string FunctionEmitter::operation(const ll::Operation& op) {
  using ll::Op;
  auto a = [&](size_t i) { return value(op.args[i]); };
  auto set = [&](const std::string& expr) { return "  " + var(op.result) + " = " + expr + ";\n"; };
  auto bin = [&](const char* o) { return set(a(0) + " " + o + " " + a(1)); };
  auto fn1 = [&](const char* f) { return set(std::string(f) + "(" + a(0) + ")"); };
  auto fn2 = [&](const char* f) { return set(std::string(f) + "(" + a(0) + ", " + a(1) + ")"); };
  auto cast = [&]() { return set("(" + e_.cType(op.result->type) + ")" + a(0)); };
  auto ucmp = [&](const char* o) { return set("(unsigned char)" + a(0) + " " + o + " (unsigned char)" + a(1)); };
  auto pointee = [&](size_t i) { return op.args[i].type()->target; };
  bool check = e_.options.checkInts;
  switch (op.op) {
  case Op::int_add: return check ? checkedInt(op, "__builtin_add_overflow", "+") : bin("+");
  case Op::int_sub: return check ? checkedInt(op, "__builtin_sub_overflow", "-") : bin("-");
  case Op::int_mul: return check ? checkedInt(op, "__builtin_mul_overflow", "*") : bin("*");
  case Op::int_floordiv: return fn2("kiln_int_floordiv");
  case Op::int_mod: return fn2("kiln_int_mod");
  case Op::int_and: return bin("&");
  case Op::int_or: return bin("|");
  case Op::int_xor: return bin("^");
  case Op::int_lshift: return fn2("kiln_int_lshift");
  case Op::int_rshift: return fn2("kiln_int_rshift");
  case Op::int_neg: return set("(int64_t)(0ULL - (uint64_t)" + a(0) + ")");
  case Op::int_invert: return set("~" + a(0));
  case Op::int_abs: return fn1("kiln_int_abs");
  case Op::int_lt: return bin("<");
  case Op::int_le: return bin("<=");
  case Op::int_eq: return bin("==");
  case Op::int_ne: return bin("!=");
  case Op::int_gt: return bin(">");
  case Op::int_ge: return bin(">=");
  case Op::int_is_true: return set(a(0) + " != 0");
  case Op::int_between: return set("(" + a(0) + " <= " + a(1) + " && " + a(1) + " < " + a(2) + ")");
  case Op::int_add_ovf: return fn2("kiln_int_add_ovf");
  case Op::int_sub_ovf: return fn2("kiln_int_sub_ovf");
  case Op::int_mul_ovf: return fn2("kiln_int_mul_ovf");
  case Op::int_neg_ovf: return fn1("kiln_int_neg_ovf");
  case Op::int_lshift_ovf: return fn2("kiln_int_lshift_ovf");
  case Op::int_floordiv_ovf: return fn2("kiln_int_floordiv_ovf");
  case Op::int_floordiv_ovf_zer: return fn2("kiln_int_floordiv_ovf_zer");
  case Op::int_floordiv_zer: return fn2("kiln_int_floordiv_zer");
  case Op::int_mod_zer: return fn2("kiln_int_mod_zer");

  case Op::uint_add: return bin("+");
  case Op::uint_sub: return bin("-");
  case Op::uint_mul: return bin("*");
  case Op::uint_floordiv: return bin("/");
  case Op::uint_mod: return bin("%");
  case Op::uint_and: return bin("&");
  case Op::uint_or: return bin("|");
  case Op::uint_xor: return bin("^");
  case Op::uint_lshift: return fn2("kiln_uint_lshift");
  case Op::uint_rshift: return fn2("kiln_uint_rshift");
  case Op::uint_invert: return set("~" + a(0));
  case Op::uint_lt: return bin("<");
  case Op::uint_le: return bin("<=");
  case Op::uint_eq: return bin("==");
  case Op::uint_ne: return bin("!=");
  case Op::uint_gt: return bin(">");
  case Op::uint_ge: return bin(">=");
  case Op::uint_is_true: return set(a(0) + " != 0");

  case Op::float_add: return bin("+");
  case Op::float_sub: return bin("-");
  case Op::float_mul: return bin("*");
  case Op::float_truediv: return bin("/");
  case Op::float_truediv_zer: return fn2("kiln_float_truediv_zer");
  case Op::int_truediv_zer: return fn2("kiln_int_truediv_zer");
  case Op::float_neg: return set("-" + a(0));
  case Op::float_abs: return fn1("__builtin_fabs");
  case Op::float_lt: return bin("<");
  case Op::float_le: return bin("<=");
  case Op::float_eq: return bin("==");
  case Op::float_ne: return bin("!=");
  case Op::float_gt: return bin(">");
  case Op::float_ge: return bin(">=");
  case Op::float_is_true: return set(a(0) + " != 0.0");

  case Op::bool_not: return set("!" + a(0));
  case Op::bool_and: return bin("&");
  case Op::bool_or: return bin("|");
  case Op::bool_eq: return bin("==");
  case Op::char_eq: return bin("==");
  case Op::char_ne: return bin("!=");
  case Op::char_lt: return ucmp("<");
  case Op::char_le: return ucmp("<=");
  case Op::char_gt: return ucmp(">");
  case Op::char_ge: return ucmp(">=");
  case Op::unichar_eq: return bin("==");
  case Op::unichar_ne: return bin("!=");
  case Op::unichar_lt: return bin("<");
  case Op::unichar_le: return bin("<=");
  case Op::unichar_gt: return bin(">");
  case Op::unichar_ge: return bin(">=");

  case Op::cast_bool_to_int:
  case Op::cast_bool_to_float:
  case Op::cast_int_to_char:
  case Op::cast_unichar_to_int:
  case Op::cast_int_to_unichar:
  case Op::cast_int_to_float:
  case Op::cast_float_to_int:
  case Op::cast_int_to_uint:
  case Op::cast_uint_to_int:
  case Op::cast_uint_to_float:
  case Op::cast_pointer: return cast();
  case Op::cast_char_to_int: return set("(int64_t)(unsigned char)" + a(0));
  case Op::cast_ptr_to_int: return set("(int64_t)(uintptr_t)" + a(0));
  case Op::same_as: return isVoid(op.result->type) ? "" : set(a(0));
  case Op::select: return set(a(0) + " ? " + a(1) + " : " + a(2));

  case Op::ptr_eq: return set("(void*)" + a(0) + " == (void*)" + a(1));
  case Op::ptr_ne: return set("(void*)" + a(0) + " != (void*)" + a(1));
  case Op::ptr_iszero: return set(a(0) + " == nullptr");
  case Op::ptr_nonzero: return set(a(0) + " != nullptr");
  case Op::gc_identityhash: return fn1("kiln_gc_identityhash");
  case Op::gc_id: return fn1("kiln_gc_id");

  case Op::getfield:
    if (isVoid(op.result->type)) return "";
    return set(a(0) + "->" + e_.fieldPath(pointee(0), text(op.args[1])));
  case Op::setfield:
    if (isVoid(op.args[2].type())) return "";
    return "  " + a(0) + "->" + e_.fieldPath(pointee(0), text(op.args[1])) + " = " + a(2) + ";\n";
  case Op::getsubstruct: return set("&" + a(0) + "->" + e_.fieldPath(pointee(0), text(op.args[1])));
  case Op::getarrayitem:
    if (isVoid(op.result->type)) return "";
    return set(a(0) + "->items[" + a(1) + "]");
  case Op::setarrayitem:
    if (isVoid(op.args[2].type())) return "";
    return "  " + a(0) + "->items[" + a(1) + "] = " + a(2) + ";\n";
  case Op::getarraysize:
    if (pointee(0)->kind == ll::TypeKind::FixedSizeArray) return set(std::to_string(pointee(0)->length));
    return set(a(0) + "->length");
  case Op::getinteriorfield:
    if (isVoid(op.result->type)) return "";
    return set(a(0) + "->items[" + a(1) + "]." + e_.fieldPath(pointee(0)->target, text(op.args[2])));
  case Op::setinteriorfield:
    if (isVoid(op.args[3].type())) return "";
    return "  " + a(0) + "->items[" + a(1) + "]." + e_.fieldPath(pointee(0)->target, text(op.args[2])) + " = " + a(3) + ";\n";
  case Op::arraycopy: {
    if (isVoid(pointee(0)->target)) return "";
    std::string item = "sizeof(" + a(0) + "->items[0])";
    return "  memmove(&" + a(1) + "->items[" + a(3) + "], &" + a(0) + "->items[" + a(2) + "], (size_t)" + a(4) + " * " + item + ");\n";
  }
  case Op::malloc:
  case Op::malloc_varsize:
    return "  #error \"malloc not lowered (transforms/malloc_lowering.cpp)\"\n";
  case Op::shrink_array: return "  " + a(0) + "->length = " + a(1) + ";\n";
  case Op::gc_malloc: return set("(" + e_.cType(op.result->type) + ")kiln_gc_malloc((size_t)" + a(1) + ")");
  case Op::gc_malloc_atomic: return set("(" + e_.cType(op.result->type) + ")kiln_gc_malloc_atomic((size_t)" + a(1) + ")");
  case Op::setarraylength: return "  " + a(0) + "->length = " + a(1) + ";\n";
  case Op::gc_new:
  case Op::gc_new_varsize:
  case Op::gc_push_roots:
  case Op::gc_pop_roots:
  case Op::gc_safepoint:
  case Op::gc_write_barrier:
  case Op::gc_write_barrier_array: return gcOperation(op);

  case Op::direct_call: {
    const ll::ConstValue& fn = op.args[0].constant()->value;
    if (fn.graph) return call(op, e_.functionName(fn.graph), 1, op.args.size(), false);
    const rt::HelperInfo* h = rt::helperNamed(fn.text);
    return call(op, fn.text, 1, op.args.size(), h && h->generic());
  }
  case Op::indirect_call: return call(op, a(0), 1, op.args.size() - 1, false);

  case Op::stack_check:
    // gen: the shadow stack has its limit too (it grows with the recursion).
    if (e_.options.genGc) return "  kiln_stack_check();\n  if (__builtin_expect(kiln_gc_ss_top > kiln_gc_ss_limit, 0)) kiln_stack_overflow();\n";
    return "  kiln_stack_check();\n";
  case Op::exc_occurred: return set("kiln_exc_type != nullptr");
  case Op::exc_fetch_type: return set("(" + e_.cType(op.result->type) + ")kiln_exc_type");
  case Op::exc_fetch_value: return set("(" + e_.cType(op.result->type) + ")kiln_exc_value");
  case Op::exc_clear: return "  kiln_exc_clear();\n";
  case Op::exc_raise: return "  kiln_raise((kiln_vtable_head*)" + a(0) + ", (kiln_object_head*)" + a(1) + ");\n";
  case Op::exc_traceback: {
    // "file:line:function" -> a static entry.
    std::string t = text(op.args[0]);
    size_t c1 = t.find(':'), c2 = t.find(':', c1 == std::string::npos ? 0 : c1 + 1);
    std::string file = t.substr(0, c1), line = c1 == std::string::npos ? "0" : t.substr(c1 + 1, c2 - c1 - 1);
    std::string func = c2 == std::string::npos ? "?" : t.substr(c2 + 1);
    std::string name = "tb_" + e_.functionName(g_) + "_" + std::to_string(tracebacks_++);
    statics_ += std::string(e_.inHeader.count(g_) ? "inline" : "static") + " const kiln_tb_entry " + name + " = {" + cQuote(file) + ", " + line + ", " + cQuote(func) + "};\n";
    return "  kiln_tb_add(&" + name + ");\n";
  }

  case Op::jit_marker:
    // --jit: the portal enters the JIT here (emit_jit.cpp); other markers are for the tracer.
    if (e_.program.jit && text(op.args[0]) == "jit_merge_point") return e_.jitMergePoint(op, g_, [&](const ll::Value& v) { return value(v); });
    if (e_.program.jit && text(op.args[0]) == "can_enter_jit") return e_.jitCanEnter(op);
    return "";
  case Op::jit_force_virtualizable:
  case Op::jit_record_exact_class:
  case Op::keepalive: return "";
  case Op::jit_promote:
  case Op::jit_promote_string:
  case Op::jit_hint: return isVoid(op.result->type) ? "" : set(a(0));
  case Op::jit_we_are_jitted: return set("false");
  case Op::jit_conditional_call: {
    std::string c = call(op, value(op.args[1]), 2, op.args.size(), false);
    return "  if (" + a(0) + ")" + c.substr(1);
  }

  case Op::debug_assert: return "  if (!" + a(0) + ") kiln_fatal(\"assertion failed: %s\", " + cQuote(text(op.args[1])) + ");\n";
  case Op::debug_print: {
    std::string out;
    for (const ll::Value& v : op.args) {
      switch (v.type()->kind) {
      case ll::TypeKind::Signed:
      case ll::TypeKind::Bool:
      case ll::TypeKind::Char:
      case ll::TypeKind::UniChar:
      case ll::TypeKind::Unsigned: out += "  kiln_debug_print_int((int64_t)" + value(v) + ");\n"; break;
      case ll::TypeKind::Float: out += "  kiln_debug_print_float(" + value(v) + ");\n"; break;
      case ll::TypeKind::Void: out += "  kiln_debug_print_cstr(" + cQuote(text(v)) + ");\n"; break;
      default:
        if (v.type()->isPtr() && v.type()->target->name == "str") out += "  kiln_debug_print_str(" + value(v) + ");\n";
        else out += "  kiln_debug_print_int((int64_t)(uintptr_t)" + value(v) + ");\n";
      }
    }
    return out + "  kiln_debug_print_end();\n";
  }
  case Op::debug_fatalerror: return "  kiln_fatal(\"%s\", " + cQuote(text(op.args[0])) + ");\n";
  }
  return "";
}

} // namespace kiln::cg

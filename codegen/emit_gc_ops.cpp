// The C++ of the GC transform's operations (--gc=gen; transforms/gc_transform.cpp, kiln/gc.h):
// inline nursery allocation with a slow path that saves the roots on the shadow stack, root
// saving around calls, safe points, write barriers.
#include "codegen/function_emitter.h"
#include "rtyper/helpers.h"
#include "transforms/transforms.h"

namespace kiln::cg {


// Saves operands [first, end) of op on the shadow stack.
std::string FunctionEmitter::pushRoots(const ll::Operation& op, size_t first, const std::string& indent) {
  size_t n = op.args.size() - first;
  if (!n) return "";
  std::string out = indent + "{\n" + indent + "  void** ss = kiln_gc_ss_top;\n";
  for (size_t i = 0; i < n; ++i) out += indent + "  ss[" + std::to_string(i) + "] = (void*)" + value(op.args[first + i]) + ";\n";
  return out + indent + "  kiln_gc_ss_top = ss + " + std::to_string(n) + ";\n" + indent + "}\n";
}

// Reloads them: the collector may have moved the objects.
std::string FunctionEmitter::popRoots(const ll::Operation& op, size_t first, const std::string& indent) {
  size_t n = op.args.size() - first;
  if (!n) return "";
  std::string out = indent + "{\n" + indent + "  void** ss = kiln_gc_ss_top - " + std::to_string(n) + ";\n" + indent + "  kiln_gc_ss_top = ss;\n";
  for (size_t i = 0; i < n; ++i) {
    const ll::Value& v = op.args[first + i];
    out += indent + "  " + value(v) + " = (" + e_.cType(v.type()) + ")ss[" + std::to_string(i) + "];\n";
  }
  return out + indent + "}\n";
}

// gc_new / gc_new_varsize; `failed` (the exception test after it, fused) is set on the slow
// path only: the fast path cannot fail.
std::string FunctionEmitter::allocation(const ll::Operation& op, const ll::Variable* failed) {
  const ll::Type* t = op.args[0].constant()->value.type;
  std::string tid = std::to_string(e_.typeId(t)), r = var(op.result), type = e_.cType(op.result->type);
  GcLayout l = gcLayout(t);
  bool varsize = op.op == ll::Op::gc_new_varsize;
  size_t firstRoot = varsize ? 2 : 1;
  std::string out;
  if (failed) out += "  " + var(failed) + " = false;\n";
  // The runtime's own types (str: its NUL) are sized by the runtime's table, not the low-level
  // layout: the slow path allocates them.
  bool inline_ = !Emitter::runtimeDefined(t);
  if (!varsize) {
    size_t total = 8 + std::max<size_t>(8, (l.size + 7) & ~size_t(7));
    if (inline_ && total <= xf::kGcNurseryMaxObject) out += "  " + r + " = (" + type + ")kiln_gc_fast_alloc(" + tid + ", " + std::to_string(total) + ");\n";
    else out += "  " + r + " = nullptr;\n";
    out += "  if (__builtin_expect(" + r + " == nullptr, 0)) {\n";
  } else {
    // Fast when the object fits the nursery's limit; the length is set here, the rest is zero.
    std::string n = value(op.args[1]);
    // An object whose fixed part alone is too big for the nursery always takes the slow path.
    bool fits = inline_ && l.size + 16 <= xf::kGcNurseryMaxObject;
    std::string maxItems = std::to_string(!fits ? 0 : l.itemSize ? (xf::kGcNurseryMaxObject - 16 - l.size) / l.itemSize : size_t(INT64_MAX));
    std::string test = fits ? "(uint64_t)" + n + " <= " + maxItems + "ULL" : std::string("false");
    out += "  " + r + " = " + test + " ? (" + type + ")kiln_gc_fast_alloc(" + tid + ", (" + std::to_string(l.size + 15) +
           " + (size_t)" + n + " * " + std::to_string(l.itemSize) + ") & ~(size_t)7) : nullptr;\n";
    out += "  if (__builtin_expect(" + r + " != nullptr, 1)) {\n";
    out += "    *(int64_t*)((char*)" + r + " + " + std::to_string(l.lengthOffset) + ") = " + n + ";\n";
    out += "  } else {\n";
  }
  out += pushRoots(op, firstRoot, "    ");
  out += "    " + r + " = (" + type + ")kiln_gc_alloc_slow(" + tid + ", " + (varsize ? value(op.args[1]) : std::string("-1")) + ");\n";
  out += popRoots(op, firstRoot, "    ");
  if (failed) out += "    " + var(failed) + " = " + r + " == nullptr;\n";
  return out + "  }\n";
}

// A safe point after a helper that allocated: collect now if the collector asked for it.
std::string FunctionEmitter::safepoint(const ll::Operation& op, const ll::Variable* failed) {
  std::string out;
  if (failed) out += "  " + var(failed) + " = false;\n";
  out += "  if (__builtin_expect(kiln_gc_pending, 0)) {\n" + pushRoots(op, 0, "    ");
  out += failed ? "    " + var(failed) + " = !kiln_gc_collect_pending();\n" : "    kiln_gc_collect_pending();\n";
  return out + popRoots(op, 0, "    ") + "  }\n";
}

// Whether the exception test after a gc_safepoint can be fused with it: the op before the safe
// point is a helper that cannot raise by itself, so only the collection can.
bool FunctionEmitter::onlySafepointRaises(const ll::Block* b, size_t safepoint) {
  if (safepoint == 0) return false;
  const ll::Operation& call = b->operations[safepoint - 1];
  if (call.op != ll::Op::direct_call) return false;
  const ll::ConstValue& fn = call.args[0].constant()->value;
  if (fn.graph) return false;
  const rt::HelperInfo* h = rt::helperNamed(fn.text);
  return h && !(h->flags & ll::opflags::CanRaise);
}

std::string FunctionEmitter::gcOperation(const ll::Operation& op) {
  switch (op.op) {
  case ll::Op::gc_new:
  case ll::Op::gc_new_varsize: return allocation(op, nullptr);
  case ll::Op::gc_push_roots: return pushRoots(op, 0, "  ");
  case ll::Op::gc_pop_roots: return popRoots(op, 0, "  ");
  case ll::Op::gc_safepoint: return safepoint(op, nullptr);
  case ll::Op::gc_write_barrier: return "  kiln_gc_wb(" + value(op.args[0]) + ");\n";
  case ll::Op::gc_write_barrier_array: return "  kiln_gc_wb_array(" + value(op.args[0]) + ", " + value(op.args[1]) + ");\n";
  default: return "";
  }
}

} // namespace kiln::cg

// The JIT's KILNLOG sections (docs/logs.md): traces before and after optimization
// (jit-log-noopt-loop/-bridge, jit-log-opt-loop/-bridge), aborts (jit-abort), and at exit
// jit-backend-counts and jit-summary (warmstate.cpp). A trace is written one resop per line,
// PyPy-style: `i5 = int_add(i3, 1)`, values named by kind (i, p for references, f) and number,
// constants inline, guards with their resume data, each merge point with the interpreted
// program's location from get_printable_location.
#include <bit>
#include <cinttypes>
#include <cstdio>

#include "jit_internal.h"

namespace kiln::jitrt {

namespace {

std::string valueText(const Loop& l, const Trace& t, V v) {
  char buf[64];
  if (isConst(v)) {
    uint32_t i = v & ~kConst;
    Word w = t.consts[i];
    switch (t.constKinds[i]) {
    case 'r': std::snprintf(buf, sizeof buf, "ConstPtr(0x%" PRIx64 ")", w); break;
    case 'f': std::snprintf(buf, sizeof buf, "%.17g", std::bit_cast<double>(w)); break;
    default: std::snprintf(buf, sizeof buf, "%" PRId64, int64_t(w));
    }
    return buf;
  }
  char kind = v < l.valueKinds.size() ? l.valueKinds[v] : 'i';
  std::snprintf(buf, sizeof buf, "%c%u", kind == 'r' ? 'p' : kind, v);
  return buf;
}

std::string descrText(const ResOp& op) {
  const kiln_jit_program& p = program();
  switch (op.op) {
  case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f: case ROp::setfield_gc:
    return p.fields[op.descr].name;
  case ROp::getarrayitem_gc_i: case ROp::getarrayitem_gc_r: case ROp::getarrayitem_gc_f: case ROp::setarrayitem_gc:
  case ROp::getinteriorfield_gc_i: case ROp::getinteriorfield_gc_r: case ROp::getinteriorfield_gc_f:
  case ROp::setinteriorfield_gc: case ROp::arraylen_gc: case ROp::arraycopy:
    return p.arrays[op.descr].name;
  case ROp::new_: case ROp::new_array: return p.sizes[op.descr].name;
  case ROp::call_i: case ROp::call_r: case ROp::call_f: case ROp::call_n:
  case ROp::call_pure_i: case ROp::call_pure_r: case ROp::call_pure_f: case ROp::call_pure_n:
    return p.calls[op.descr].name;
  case ROp::jump: return "Loop " + std::to_string(op.descr);
  case ROp::finish: return op.descr == uint32_t(FinishKind::Return) ? "return" : "continue";
  default: return "";
  }
}

} // namespace

std::string traceText(const Loop& l, const Trace& t) {
  std::string out = "# " + std::string(l.isBridge ? "Bridge" : "Loop") + " " + std::to_string(l.number) + " (" + l.key + ") : " +
                    std::to_string(t.ops.size()) + " ops\n[";
  for (size_t i = 0; i < t.inputKinds.size(); ++i) out += (i ? ", " : "") + valueText(l, t, V(i));
  out += "]\n";
  for (const ResOp& op : t.ops) {
    const ROpInfo& info = ropInfo(op.op);
    std::string name = info.name;
    if (name.back() == '_') name.pop_back();
    if (op.op == ROp::debug_merge_point) {
      out += "debug_merge_point('" + t.locations[op.descr] + "')\n";
      continue;
    }
    std::string line = op.kind != 'v' ? valueText(l, t, op.result) + " = " : "";
    line += name + "(";
    for (size_t i = 0; i < op.args.size(); ++i) line += (i ? ", " : "") + valueText(l, t, op.args[i]);
    std::string d = descrText(op);
    if (!d.empty()) line += std::string(op.args.empty() ? "" : ", ") + "descr=" + d;
    line += ")";
    if (op.guard >= 0) {
      const GuardInfo& g = t.guards[size_t(op.guard)];
      line += " [guard " + std::to_string(g.number) + ":";
      for (V v : g.failargs) line += " " + valueText(l, t, v);
      // Virtuals the guard would allocate: `; p7 = W_Int(typeptr=ConstPtr(...), intval=i9)`.
      for (const VirtualObject& vo : g.virtuals) {
        line += "; " + valueText(l, t, vo.value) + " = " + program().sizes[vo.size].name + "(";
        for (size_t k = 0; k < vo.fields.size(); ++k)
          line += (k ? ", " : "") + std::string(program().fields[vo.fields[k].first].name) + "=" + valueText(l, t, vo.fields[k].second);
        line += ")";
      }
      line += "]";
    }
    out += line + "\n";
  }
  return out;
}

void logTrace(const char* category, const Loop& l, const Trace& t) {
  if (!kiln_log_enabled(category)) return;
  kiln_log_start(category);
  std::string text = traceText(l, t);
  kiln_log_printf("%s", text.c_str());
  kiln_log_stop(category);
}

void logAbort(const std::string& key, const char* reason) {
  if (!kiln_log_enabled("jit-abort")) return;
  kiln_log_start("jit-abort");
  kiln_log_printf("%s: %s\n", key.c_str(), reason);
  kiln_log_stop("jit-abort");
}

} // namespace kiln::jitrt

// --jit (DESIGN.md §3.1): the codewriter's jitcodes as the static data of kiln/jit.h, the code
// through which the JIT runtime calls into the program, and the portal's merge point.
//
// <name>_jit.cpp defines `kiln_jit_data` and the tables it points to, each the image of one of
// jitgen's JitProgram vectors (jitgen/jitcode.h), in the same order (instructions name
// descriptors and jitcodes by index):
//   - per jitcode its bytes and its constants (the top registers of each bank); a jitcode the
//     codewriter gave up on has length 0;
//   - the field, array, size, switch and live descriptors;
//   - per call descriptor a thunk, inline calls included (the runtime may call those residually
//     too): `uint64_t thunk(const uint64_t* a)` takes the non-Void arguments as words (for an
//     indirect call a[0] is the function pointer) and returns the result as a word (0: Void);
//     descriptors that call the same function the same way share one. Where every argument and
//     the result is a word already (no Bool, no Char), the descriptor also gives the callee's
//     address, and machine code calls it directly (KILN_JIT_CALL_DIRECT);
//   - per JitDriver its portal, greens and reds, and get_printable_location as a function
//     that writes the text into the runtime's buffer;
//   - the functions that have a jitcode, by address (for indirect calls; the runtime sorts them).
// In the portal, jit_merge_point becomes a call of kiln_jit_merge_point with the greens and the
// reds as words; what the JIT hands back is assigned to the same variables (jitMergePoint).
//
// Invariants:
//   1. Every value crosses as toWord() writes it and fromWord() reads it (kiln/jit.h: ints
//      zero-extended, floats as their bits); the constant tables follow the same rule.
//   2. Emitting this file names nothing that the other files name differently: the functions and
//      the data are emitted first, so the --jit build differs from the plain one only in the
//      merge point, main() and the header's #include "kiln/jit.h". Function pointer typedefs a
//      thunk needs are new ones, written by typeSection() after this.
//   3. Boehm only (cmd_translate refuses --gc=gen): words hold GC pointers where no collector
//      looks for them to update them.
#include <algorithm>
#include <bit>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <map>
#include <unordered_set>

#include "codegen/function_emitter.h"
#include "jitgen/jitcode.h"
#include "kiln/jit.h"
#include "support/assert.h"

namespace kiln::cg {

namespace {

std::string int64Literal(int64_t v) { return v == INT64_MIN ? "INT64_MIN" : std::to_string(v) + "LL"; }

std::string kindLiteral(char k) { return std::string("'") + k + "'"; }

// An int register constant as its word: bools, chars and unichars zero-extended.
int64_t intWord(const ll::Constant& c) {
  if (c.type->kind == ll::TypeKind::Bool) return c.value.i != 0;
  if (c.type->kind == ll::TypeKind::Char) return uint8_t(c.value.i);
  if (c.type->kind == ll::TypeKind::UniChar) return uint32_t(c.value.i);
  return c.value.i;
}

std::string join(const std::vector<std::string>& items, const char* sep = ", ") {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

// A static array of `type` with these items, or "" when there are none (C++ has no empty
// arrays; the table's pointer is nullptr then).
std::string staticArray(const std::string& type, const std::string& name, const std::vector<std::string>& items, size_t perLine = 1) {
  if (items.empty()) return "";
  std::string out = "static " + type + " " + name + "[] = {";
  for (size_t i = 0; i < items.size(); ++i) out += (i % perLine ? " " : "\n  ") + items[i] + ",";
  return out + "\n};\n";
}

class JitEmitter {
public:
  JitEmitter(Emitter& e, const jit::JitProgram& p) : e_(e), p_(p) {
    for (ll::Graph* g : e.program.graphs) emitted_.insert(g);
  }

  std::string run() {
    std::string out = "#include \"kiln/jit.h\"\n#include \"" + e_.options.name + ".h\"\n\n";
    out += "// -- Jitcodes " + std::string(88, '-') + "\n" + codes() + "\n";
    out += "// -- Descriptors " + std::string(83, '-') + "\n" + descrs() + "\n";
    out += "// -- Calls " + std::string(89, '-') + "\n" + calls() + "\n";
    out += "// -- Drivers " + std::string(87, '-') + "\n" + drivers() + "\n";
    out += "// -- Functions with a jitcode " + std::string(70, '-') + "\n" + functions() + "\n";
    out += "const kiln_jit_program kiln_jit_data = {\n";
    out += "  " + table("kiln_jit_codes", p_.codes.size()) + ", " + std::to_string(p_.codes.size()) + ",\n";
    out += "  " + table("kiln_jit_fields", p_.fields.size()) + ", " + table("kiln_jit_arrays", p_.arrays.size()) + ", " +
           table("kiln_jit_sizes", p_.sizes.size()) + ",\n";
    out += "  " + table("kiln_jit_calls", p_.calls.size()) + ", " + table("kiln_jit_switches", p_.switches.size()) + ", " +
           table("kiln_jit_lives", p_.lives.size()) + ",\n";
    out += "  " + table("kiln_jit_drivers", p_.drivers.size()) + ", " + std::to_string(p_.drivers.size()) + ",\n";
    out += "  " + table("kiln_jit_functions", nfunctions_) + ", " + std::to_string(nfunctions_) + ",\n};\n";
    return out;
  }

private:
  static std::string table(const char* name, size_t n) { return n ? name : "nullptr"; }
  bool hasCode(const jit::JitCode& c) const { return !c.code.empty() && emitted_.count(c.graph); }

  // -- Jitcodes --------------------------------------------------------------------------------------
  std::string codes() {
    std::string out;
    std::vector<std::string> entries;
    for (size_t i = 0; i < p_.codes.size(); ++i) {
      const jit::JitCode& c = *p_.codes[i];
      std::string n = std::to_string(i);
      if (c.code.empty()) {
        entries.push_back("{" + cQuote(c.name) + ", nullptr, 0, {0, 0, 0}, {0, 0, 0}, nullptr, nullptr, nullptr}");
        continue;
      }
      std::vector<std::string> bytes, ints, refs, floats;
      for (uint8_t b : c.code) bytes.push_back(std::to_string(b));
      for (const ll::Constant* k : c.consts[0]) ints.push_back(int64Literal(intWord(*k)));
      for (const ll::Constant* k : c.consts[1]) refs.push_back(k->value.isNull() ? "nullptr" : "(void*)" + e_.constant(*k));
      for (const ll::Constant* k : c.consts[2]) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "__builtin_bit_cast(double, 0x%016" PRIx64 "ULL) /* %.17g */", std::bit_cast<uint64_t>(k->value.f), k->value.f);
        floats.push_back(buf);
      }
      out += "// " + c.name + "\n" + staticArray("const uint8_t", "kiln_jit_code_" + n, bytes, 24);
      out += staticArray("const int64_t", "kiln_jit_consts_i_" + n, ints, 8);
      out += staticArray("void* const", "kiln_jit_consts_r_" + n, refs);
      out += staticArray("const double", "kiln_jit_consts_f_" + n, floats);
      auto counts = [](const uint16_t* v) { return "{" + std::to_string(v[0]) + ", " + std::to_string(v[1]) + ", " + std::to_string(v[2]) + "}"; };
      uint16_t nconsts[3] = {uint16_t(ints.size()), uint16_t(refs.size()), uint16_t(floats.size())};
      auto consts = [&](const char* bank, const std::vector<std::string>& items) {
        return items.empty() ? std::string("nullptr") : "kiln_jit_consts_" + std::string(bank) + "_" + n;
      };
      entries.push_back("{" + cQuote(c.name) + ", kiln_jit_code_" + n + ", " + std::to_string(c.code.size()) + ", " + counts(c.nregs) + ", " +
                        counts(nconsts) + ", " + consts("i", ints) + ", " + consts("r", refs) + ", " + consts("f", floats) + "}");
    }
    return out + "\n" + staticArray("const kiln_jit_code", "kiln_jit_codes", entries);
  }

  // -- Descriptors -----------------------------------------------------------------------------------
  std::string descrs() {
    std::vector<std::string> fields, arrays, sizes, switches, lives;
    for (const jit::FieldDescr& d : p_.fields)
      fields.push_back("{" + std::to_string(d.offset) + ", " + std::to_string(d.size) + ", " + kindLiteral(jit::kindChar(d.kind)) + ", " +
                       (d.immutable ? "1, " : "0, ") + cQuote(d.name) + "}");
    for (const jit::ArrayDescr& d : p_.arrays)
      arrays.push_back("{" + std::to_string(d.itemsOffset) + ", " + std::to_string(d.itemSize) + ", " + std::to_string(d.lengthOffset) + ", " +
                       std::to_string(d.fieldOffset) + ", " + std::to_string(d.size) + ", " + kindLiteral(jit::kindChar(d.kind)) + ", " +
                       (d.immutable ? "1, " : "0, ") + (d.lengthOffset < 0 ? "1, " : "0, ") + int64Literal(d.fixedLength) + ", " + cQuote(d.name) + "}");
    // tid 0: Boehm allocates by size (invariant 3).
    for (const jit::SizeDescr& d : p_.sizes)
      sizes.push_back("{" + std::to_string(d.size) + ", " + std::to_string(d.itemSize) + ", " + std::to_string(d.lengthOffset) + ", " +
                      (d.hasGcPtrs ? "1" : "0") + ", 0, " + cQuote(d.name) + "}");
    std::string out;
    for (size_t i = 0; i < p_.switches.size(); ++i) {
      const jit::SwitchDescr& d = p_.switches[i];
      std::string n = std::to_string(i);
      std::vector<std::string> values, targets;
      for (int64_t v : d.values) values.push_back(int64Literal(v));
      for (uint32_t l : d.labels) targets.push_back(std::to_string(l));
      out += staticArray("const int64_t", "kiln_jit_switch_values_" + n, values, 8);
      out += staticArray("const uint32_t", "kiln_jit_switch_targets_" + n, targets, 8);
      switches.push_back("{" + std::to_string(values.size()) + ", " + (values.empty() ? "nullptr, nullptr" : "kiln_jit_switch_values_" + n + ", kiln_jit_switch_targets_" + n) + "}");
    }
    for (size_t i = 0; i < p_.lives.size(); ++i) {
      const jit::LiveDescr& d = p_.lives[i];
      std::vector<std::string> regs;
      for (int k = 0; k < 3; ++k)
        for (uint16_t r : d.regs[k]) regs.push_back(std::to_string(r));
      std::string name = "kiln_jit_live_" + std::to_string(i);
      out += staticArray("const uint16_t", name, regs, 16);
      lives.push_back("{{" + std::to_string(d.regs[0].size()) + ", " + std::to_string(d.regs[1].size()) + ", " + std::to_string(d.regs[2].size()) + "}, " +
                      (regs.empty() ? "nullptr" : name) + "}");
    }
    out += staticArray("const kiln_jit_field_descr", "kiln_jit_fields", fields);
    out += staticArray("const kiln_jit_array_descr", "kiln_jit_arrays", arrays);
    out += staticArray("const kiln_jit_size_descr", "kiln_jit_sizes", sizes);
    out += staticArray("const kiln_jit_switch_descr", "kiln_jit_switches", switches);
    out += staticArray("const kiln_jit_live_descr", "kiln_jit_lives", lives);
    return out;
  }

  // -- Calls ---------------------------------------------------------------------------------------------
  // The callee as a C++ expression, or "" when it was not emitted (a codewriter/codegen mismatch).
  std::string callee(const jit::CallDescr& d) {
    if (d.flags & KILN_JIT_CALL_INDIRECT) return "((" + e_.cType(d.funcType) + ")(uintptr_t)a[0])";
    if (d.graph) return emitted_.count(d.graph) ? e_.functionName(d.graph) : "";
    if (d.helper.empty()) return "";
    return d.generic ? d.helper + "<" + e_.cType(d.resultType) + ">" : d.helper;
  }

  // A thunk's body. It calls as the function emitter's call() does: Void operands are not
  // passed, except to a generic helper, which gets kiln_none.
  std::string thunkBody(const jit::CallDescr& d) {
    std::string fn = callee(d);
    if (fn.empty()) return "  kiln_fatal(\"JIT: the call target %s was not translated\", " + cQuote(d.name) + ");\n";
    bool generic = d.generic && !d.graph && !(d.flags & KILN_JIT_CALL_INDIRECT);
    std::vector<std::string> args;
    size_t word = d.flags & KILN_JIT_CALL_INDIRECT ? 1 : 0;
    for (const ll::Type* t : d.argTypes) {
      if (isVoid(t)) {
        if (generic) args.push_back("kiln_none");
        continue;
      }
      args.push_back(e_.fromWord(t, "a[" + std::to_string(word++) + "]"));
    }
    std::string call = fn + "(" + join(args) + ")";
    if (isVoid(d.resultType)) return "  " + call + ";\n  return 0;\n";
    return "  " + e_.cType(d.resultType) + " r = " + call + ";\n  return " + e_.toWord(d.resultType, "r") + ";\n";
  }

  // Whether machine code may call the callee itself with SysV's registers (KILN_JIT_CALL_DIRECT),
  // and the callee's address as a C++ expression ("nullptr" for an indirect call). Only words
  // cross: 64-bit integers, pointers and doubles, in and out; a narrow type (Bool, Char) would
  // leave its upper bits to the ABI's whims, and a generic helper's Void operands are values.
  bool directCall(const jit::CallDescr& d, std::string& function) {
    auto word = [](const ll::Type* t) {
      return t->kind == ll::TypeKind::Signed || t->kind == ll::TypeKind::Unsigned || t->kind == ll::TypeKind::Ptr ||
             t->kind == ll::TypeKind::Float;
    };
    bool indirect = d.flags & KILN_JIT_CALL_INDIRECT;
    std::string fn = callee(d);
    if (fn.empty()) return false;
    if (!isVoid(d.resultType) && !word(d.resultType)) return false;
    size_t ints = 0, floats = 0;
    std::vector<std::string> params;
    for (const ll::Type* t : d.argTypes) {
      if (isVoid(t)) {
        if (d.generic && !d.graph && !indirect) return false;
        continue;
      }
      if (!word(t)) return false;
      ++(t->kind == ll::TypeKind::Float ? floats : ints);
      params.push_back(e_.cType(t));
    }
    if (ints > 6 || floats > 8) return false;
    // The cast picks the one overload of a helper that this call means.
    function = indirect ? "nullptr" : "(const void*)(" + e_.cType(d.resultType) + " (*)(" + join(params) + "))&" + fn;
    return true;
  }

  // One thunk per call descriptor, but the descriptors of call sites that call the same way share
  // theirs.
  std::string calls() {
    std::string out;
    std::vector<std::string> entries;
    std::map<std::string, std::string> thunks; // body -> name
    for (const jit::CallDescr& d : p_.calls) {
      std::string body = thunkBody(d);
      auto [it, fresh] = thunks.try_emplace(body, "kiln_jit_thunk_" + std::to_string(thunks.size()));
      const std::string& name = it->second;
      if (fresh) out += "static uint64_t " + name + "(const uint64_t* a) { // " + d.name + "\n" + body + "}\n";
      std::string function = "nullptr";
      uint8_t flags = d.flags;
      if (directCall(d, function)) flags |= KILN_JIT_CALL_DIRECT;
      entries.push_back("{" + name + ", " + cQuote(d.name) + ", " + cQuote(d.argKinds) + ", " + kindLiteral(d.resultKind) + ", " +
                        std::to_string(flags) + ", " + std::to_string(d.jitcode) + ", " + function + "}");
    }
    return out + "\n" + staticArray("const kiln_jit_call_descr", "kiln_jit_calls", entries);
  }

  // -- Drivers -------------------------------------------------------------------------------------------
  // get_printable_location(greens) into the runtime's buffer: the str's UTF-8, cut at a
  // character boundary; "?" when it raised. nullptr when there is none (or it does not fit the
  // greens, which the annotator should have refused).
  std::string printableLocation(size_t index, const jit::DriverInfo& d, std::string& out) {
    ll::Graph* g = d.printableLocation;
    if (!g || !emitted_.count(g)) return "nullptr";
    const ll::Type* fn = g->funcType();
    bool returnsStr = fn->result->isPtr() && fn->result->target->name == "str";
    std::vector<std::string> args;
    for (const ll::Type* t : fn->params)
      if (!isVoid(t)) args.push_back(e_.fromWord(t, "g[" + std::to_string(args.size()) + "]"));
    if (!returnsStr || args.size() != d.greenTypes.size()) return "nullptr";
    std::string name = "kiln_jit_location_" + std::to_string(index);
    out += "static void " + name + "(const uint64_t* g, char* buf, size_t size) { // " + g->name() + "\n";
    out += "  str* s = " + e_.functionName(g) + "(" + join(args) + ");\n";
    out += "  const char* text = \"?\";\n  size_t n = 1;\n";
    out += "  if (kiln_exc_type != nullptr) kiln_exc_clear();\n";
    out += "  else if (s == nullptr) {\n    text = \"None\";\n    n = 4;\n  } else {\n    text = s->chars.items;\n    n = (size_t)s->chars.length;\n  }\n";
    out += "  if (size == 0) return;\n";
    out += "  if (n >= size) {\n    n = size - 1;\n    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) --n;\n  }\n";
    out += "  memcpy(buf, text, n);\n  buf[n] = 0;\n}\n";
    return name;
  }

  std::string drivers() {
    std::string out;
    std::vector<std::string> entries;
    for (size_t i = 0; i < p_.drivers.size(); ++i) {
      const jit::DriverInfo& d = p_.drivers[i];
      std::string location = printableLocation(i, d, out);
      entries.push_back("{" + cQuote(d.name) + ", " + std::to_string(d.portal) + ", " + std::to_string(d.mergePoint) + ", " +
                        std::to_string(d.greenKinds.size()) + ", " + std::to_string(d.redKinds.size()) + ", " + cQuote(d.greenKinds) + ", " +
                        cQuote(d.redKinds) + ", " + kindLiteral(d.resultKind) + ", " + location + "}");
    }
    return out + "\n" + staticArray("const kiln_jit_driver", "kiln_jit_drivers", entries);
  }

  std::string functions() {
    std::vector<std::string> entries;
    for (size_t i = 0; i < p_.codes.size(); ++i)
      if (hasCode(*p_.codes[i]))
        entries.push_back("{(const void*)&" + e_.functionName(p_.codes[i]->graph) + ", " + std::to_string(i) + "}");
    nfunctions_ = entries.size();
    return staticArray("const kiln_jit_function", "kiln_jit_functions", entries);
  }

  Emitter& e_;
  const jit::JitProgram& p_;
  std::unordered_set<const ll::Graph*> emitted_;
  size_t nfunctions_ = 0;
};

} // namespace

std::string Emitter::jitSource() { return JitEmitter(*this, *program.jit).run(); }

// -- Words -----------------------------------------------------------------------------------------------

std::string Emitter::toWord(const ll::Type* t, const std::string& value) {
  switch (t->kind) {
  case ll::TypeKind::Bool: return "(uint64_t)((" + value + ") ? 1 : 0)";
  case ll::TypeKind::Char: return "(uint64_t)(unsigned char)(" + value + ")";
  case ll::TypeKind::UniChar: return "(uint64_t)(uint32_t)(" + value + ")";
  case ll::TypeKind::Float: return "__builtin_bit_cast(uint64_t, (double)(" + value + "))";
  case ll::TypeKind::Ptr: return "(uint64_t)(uintptr_t)(" + value + ")";
  case ll::TypeKind::Signed:
  case ll::TypeKind::Unsigned: return "(uint64_t)(" + value + ")";
  default: KILN_UNREACHABLE("a value of type %s as a word", ll::typeName(t).c_str());
  }
}

std::string Emitter::fromWord(const ll::Type* t, const std::string& word) {
  switch (t->kind) {
  case ll::TypeKind::Bool: return "(" + word + " != 0)";
  case ll::TypeKind::Float: return "__builtin_bit_cast(double, " + word + ")";
  case ll::TypeKind::Ptr: return "(" + cType(t) + ")(uintptr_t)" + word;
  case ll::TypeKind::Char:
  case ll::TypeKind::UniChar:
  case ll::TypeKind::Signed:
  case ll::TypeKind::Unsigned: return "(" + cType(t) + ")" + word;
  default: KILN_UNREACHABLE("a word as a value of type %s", ll::typeName(t).c_str());
  }
}

// -- The portal ------------------------------------------------------------------------------------------

// jit_merge_point(driver, greens..., reds...): the runtime counts, traces or runs compiled code
// from here. When it comes back at a merge point of the same driver (KILN_JIT_CONTINUE), the
// portal goes on from this point with the greens and reds it hands back: every other variable
// live here is dead by then (the codewriter's merge point check).
std::string Emitter::jitMergePoint(const ll::Operation& op, const ll::Graph* g, const std::function<std::string(const ll::Value&)>& value) {
  const std::string& name = op.args[1].constant()->value.text;
  size_t driver = 0;
  while (driver < program.jit->drivers.size() && program.jit->drivers[driver].name != name) ++driver;
  KILN_ASSERT(driver < program.jit->drivers.size(), "jit_merge_point of '%s' in %s, a driver the codewriter does not know", name.c_str(), g->name().c_str());
  std::vector<const ll::Value*> operands;
  for (size_t i = 2; i < op.args.size(); ++i)
    if (!isVoid(op.args[i].type())) operands.push_back(&op.args[i]);
  std::vector<std::string> words;
  for (const ll::Value* v : operands) words.push_back(toWord(v->type(), value(*v)));
  // With can_enter_jit in the portal (at the interpreted program's backward jumps), the runtime
  // is asked only at the merge point that follows one: counting happens at loop headers, and
  // every other dispatch of the interpreter costs a test of a flag, not a call.
  bool canEnter = false;
  for (ll::Block* b : g->blocksInOrder())
    for (const ll::Operation& o : b->operations)
      if (o.op == ll::Op::jit_marker && o.args[0].constant() && o.args[0].constant()->value.text == "can_enter_jit" && o.args.size() > 1 &&
          o.args[1].constant() && o.args[1].constant()->value.text == name)
        canEnter = true;
  std::string out = "  { // jit_merge_point(" + cQuote(name) + "): greens, then reds\n";
  if (canEnter) out += "    if (kiln_jit_entered[" + std::to_string(driver) + "]) {\n    kiln_jit_entered[" + std::to_string(driver) + "] = false;\n";
  out += "    uint64_t st[" + std::to_string(std::max<size_t>(operands.size(), 1)) + "] = {" + join(words) + "};\n";
  out += "    switch (kiln_jit_merge_point(" + std::to_string(driver) + ", st)) {\n    case KILN_JIT_CONTINUE:\n";
  for (size_t k = 0; k < operands.size(); ++k)
    if (operands[k]->isVariable()) out += "      " + value(*operands[k]) + " = " + fromWord(operands[k]->type(), "st[" + std::to_string(k) + "]") + ";\n";
  out += "      break;\n";
  const ll::Type* result = g->funcType()->result;
  if (isVoid(result)) {
    out += "    case KILN_JIT_RETURN: return;\n    case KILN_JIT_RAISE: return; // the exception is pending\n";
  } else {
    out += "    case KILN_JIT_RETURN: return " + fromWord(result, "st[0]") + ";\n";
    out += "    case KILN_JIT_RAISE: return (" + cType(result) + ")0; // the exception is pending\n";
  }
  out += "    default: break;\n    }\n";
  if (canEnter) out += "    }\n";
  return out + "  }\n";
}

// can_enter_jit(driver, ...): the next merge point asks the runtime (jitMergePoint).
std::string Emitter::jitCanEnter(const ll::Operation& op) {
  const std::string& name = op.args[1].constant()->value.text;
  size_t driver = 0;
  while (driver < program.jit->drivers.size() && program.jit->drivers[driver].name != name) ++driver;
  if (driver == program.jit->drivers.size()) return "";
  return "  kiln_jit_entered[" + std::to_string(driver) + "] = true;\n";
}

} // namespace kiln::cg

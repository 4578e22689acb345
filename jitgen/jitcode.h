// jitgen/: the codewriter (DESIGN.md §3.1). At translation time it turns the low-level graphs
// the JIT may trace -- the portal (the graph with a JitDriver's jit_merge_point) and what it
// calls, minus what the hints or the policy keep out -- into jitcodes: a register bytecode with
// three banks (i, r, f) whose instructions are jitgen/jitcode_ops.def's, plus the descriptors
// they name. Codegen emits them as static data (runtime/include/kiln/jit.h); the JIT runtime
// (runtime/jit/) interprets them to trace and to blackhole.
//
//   classify (codewriter.cpp)  which graphs get a jitcode, how each call is made
//   flatten  (flatten.cpp)     a graph's blocks as a linear instruction list, registers
//                              assigned, link values moved, exception handlers laid out
//   liveness (liveness.cpp)    the registers live at every -live- marker; the merge point check
//   assemble (assemble.cpp)    the bytes, labels resolved
//   print    (printer.cpp)     `kiln graph --stage jitcode`
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "rtyper/llgraph.h"
#include "support/diagnostics.h"

namespace kiln::load {
struct Function;
}

namespace kiln::jit {

enum class JOp : uint8_t {
#define JIT_OP(name, operands, resop, doc) name,
#include "jitgen/jitcode_ops.def"
};
struct JOpInfo {
  std::string_view name;
  std::string_view operands;
  std::string_view resop;
};
const JOpInfo& jopInfo(JOp op);

enum class Kind : uint8_t { Int = 0, Ref = 1, Float = 2 };
constexpr char kindChar(Kind k) { return "irf"[int(k)]; }

struct Reg {
  Kind kind = Kind::Int;
  uint16_t index = 0;
  bool operator==(const Reg&) const = default;
  bool operator<(const Reg& o) const { return kind != o.kind ? kind < o.kind : index < o.index; }
};

// -- Descriptors ---------------------------------------------------------------------------------------
struct FieldDescr {
  uint32_t offset;
  uint8_t size;
  Kind kind;
  std::string name; // "Struct.field"
  bool immutable = false;
};
struct ArrayDescr {
  uint32_t itemsOffset, itemSize;
  int32_t lengthOffset; // -1: a FixedSizeArray
  int64_t fixedLength;
  uint32_t fieldOffset; // interior field
  uint8_t size;
  Kind kind;
  std::string name;
  bool immutable = false; // items read through a `[*]` field
};
struct SizeDescr {
  const ll::Type* type;
  uint32_t size, itemSize;
  int32_t lengthOffset;
  bool hasGcPtrs;
  std::string name;
};
struct CallDescr {
  // The callee: a graph (direct call), a runtime helper by name (generic: a template), or, for
  // an indirect call, only the function type.
  ll::Graph* graph = nullptr;
  std::string helper;
  bool generic = false;
  const ll::Type* funcType = nullptr;
  std::vector<const ll::Type*> argTypes; // every operand's type (Void ones included)
  const ll::Type* resultType = nullptr;
  std::string argKinds;                  // the non-Void arguments' kinds ("irf")
  char resultKind = 'v';
  uint8_t flags = 0;                     // KILN_JIT_CALL_* (kiln/jit.h)
  int jitcode = -1;                      // inline_call: the callee's jitcode
  std::string name;
};
struct SwitchDescr {
  std::vector<int64_t> values;
  std::vector<uint32_t> labels; // label ids until assembly, byte offsets after
};
struct LiveDescr {
  std::vector<uint16_t> regs[3];
};

// -- Instructions before assembly ---------------------------------------------------------------------
struct Operand {
  enum class Type : uint8_t { Reg, Label, Descr, List };
  Type type;
  Reg reg;
  uint32_t value = 0;      // a label id or a descriptor index
  std::vector<Reg> list;
};
struct Insn {
  JOp op;
  std::vector<Operand> operands; // in jitcode_ops.def's order, the result last
  int label = -1;                // >= 0: a label definition, not an instruction
  uint32_t offset = 0;           // its byte offset, after assembly
};

struct JitCode {
  ll::Graph* graph = nullptr;
  std::string name;
  std::vector<Insn> insns;
  std::vector<uint8_t> code;
  uint16_t nregs[3] = {0, 0, 0};
  std::vector<ll::Constant*> consts[3]; // the top registers of each bank, in order
  std::vector<std::string> regNames[3]; // the variable each register holds (for dumps)
  std::vector<uint32_t> labelOffsets;
};

struct DriverInfo {
  std::string name;
  int portal = -1;
  uint32_t mergePoint = 0; // byte offset of the jit_merge_point instruction
  std::string greenKinds, redKinds;
  std::vector<const ll::Type*> greenTypes, redTypes;
  char resultKind = 'v';
  const ll::Type* resultType = nullptr;
  ll::Graph* printableLocation = nullptr;
};

struct JitProgram {
  std::vector<std::unique_ptr<JitCode>> codes;
  std::map<const ll::Graph*, int> codeOf;
  std::vector<FieldDescr> fields;
  std::vector<ArrayDescr> arrays;
  std::vector<SizeDescr> sizes;
  std::vector<CallDescr> calls;
  std::vector<SwitchDescr> switches;
  std::vector<LiveDescr> lives;
  std::vector<DriverInfo> drivers;
  // Why each graph the portal may call has no jitcode (for dumps and docs): graph -> reason.
  std::map<const ll::Graph*, std::string> residual;
  std::map<std::string, uint32_t> descrIndex; // deduplication of field/array/size descrs
};

struct CodewriterInput {
  std::vector<ll::Graph*> graphs;   // every low-level graph, rtyped, before the transforms
  ll::TypeContext* types = nullptr;
  // The kiln Python function a graph was made from (for its hints), or null.
  std::function<const load::Function*(const ll::Graph*)> functionOf;
  // get_printable_location's graph for a driver name, or null.
  std::function<ll::Graph*(const std::string&)> printableLocation;
  // How many of a driver's jit_merge_point operands are greens (the rest are reds).
  std::function<int(const std::string&)> greenCount;
  DiagnosticEngine* diags = nullptr;
};

// The jitcodes of a program. Null when it has no JitDriver. Errors (a variable live across
// jit_merge_point that is neither green nor red...) are reported to diags; `ok` says whether
// there were any.
std::unique_ptr<JitProgram> writeJitCodes(const CodewriterInput& in, bool& ok);

// `kiln graph --stage jitcode`: every jitcode and its descriptors, deterministic.
std::string printJitProgram(const JitProgram& p);

// -- Internal, between the codewriter's files -----------------------------------------------------------
class Flattener;
bool flattenGraph(JitProgram& p, JitCode& code, const CodewriterInput& in,
                  const std::function<int(const ll::Operation&, CallDescr&)>& classifyCall, std::string& unsupported);
struct MergePointProblem {
  std::vector<std::string> names; // variables live across the merge point, neither green nor red
};
void computeLiveness(JitProgram& p, JitCode& code, MergePointProblem* mergePoint);
void assemble(JitProgram& p, JitCode& code);

} // namespace kiln::jit

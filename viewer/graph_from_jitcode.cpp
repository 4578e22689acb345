// Jitcodes as view models (see graph_adapters.h).
//
// A jitcode is a linear instruction list, so its "blocks" are basic blocks: one starts at the
// first instruction, at every label and after every jump; each row is printJitProgram's line
// of one instruction, found by its byte offset (the printer writes it first on the line). The
// edges come from the instructions' label operands and switch descriptors. Registers play the
// variables: hovering %i3 says which low-level variable it holds, or which constant.
#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>

#include "jitgen/jitcode.h"
#include "rtyper/llgraph.h"
#include "viewer/graph_adapters.h"

namespace kiln::viewer {

namespace {

bool isCall(jit::JOp op) {
  using jit::JOp;
  static const std::set<JOp> kCalls = {
      JOp::residual_call_i, JOp::residual_call_r, JOp::residual_call_f, JOp::residual_call_v,
      JOp::inline_call_i,   JOp::inline_call_r,   JOp::inline_call_f,   JOp::inline_call_v,
      JOp::indirect_call_i, JOp::indirect_call_r, JOp::indirect_call_f, JOp::indirect_call_v};
  return kCalls.count(op);
}

// Control never goes on to the next instruction.
bool endsFlow(jit::JOp op) {
  using jit::JOp;
  static const std::set<JOp> kEnds = {JOp::goto_, JOp::int_return, JOp::ref_return, JOp::float_return,
                                      JOp::void_return, JOp::raise, JOp::reraise};
  return kEnds.count(op);
}

bool isReturn(jit::JOp op) {
  using jit::JOp;
  return op == JOp::int_return || op == JOp::ref_return || op == JOp::float_return || op == JOp::void_return;
}

// The printed text of each jitcode: instruction lines by byte offset, and the other lines of
// its section (registers, constants).
struct PrintedCode {
  std::string title;
  std::vector<std::string> other;
  std::map<uint32_t, std::string> lines;
};

std::map<std::string, PrintedCode> cutPrintedProgram(const std::string& text) {
  std::map<std::string, PrintedCode> out;
  PrintedCode* current = nullptr;
  for (const std::string& line : splitLines(text)) {
    if (line.starts_with("jitcode ")) {
      std::string_view rest = std::string_view(line).substr(8);
      std::string name(rest.substr(std::min(rest.find(' ') + 1, rest.size())));
      current = &out[name];
      current->title = line;
      continue;
    }
    if (!current || line.empty() || line[0] != ' ') {
      if (line.empty() || line[0] != ' ') current = nullptr; // "not looked inside:" and after
      continue;
    }
    std::string_view t = line;
    t.remove_prefix(t.find_first_not_of(' '));
    uint32_t offset = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), offset);
    // The line as printed: offsets right-aligned, so that the columns line up in a block.
    if (ec == std::errc() && end != t.data()) current->lines[offset] = line;
    else current->other.emplace_back(t);
  }
  return out;
}

class JitCodeAdapter {
public:
  JitCodeAdapter(const jit::JitProgram& p, const SourceManager& sources, const std::string& programPath,
                 const SourceRangeOf& rangeOf)
      : program_(p), rangeOf_(rangeOf), table_(sources, directoryOf(programPath), out_) {
    out_.program = baseName(programPath);
    out_.stage = "jitcode";
    out_.variablePattern = "%[irf]\\d+";
  }

  GraphProgram run() {
    std::map<std::string, PrintedCode> printed = cutPrintedProgram(jit::printJitProgram(program_));
    std::vector<const jit::JitCode*> codes;
    for (const auto& c : program_.codes)
      if (printed.count(c->name)) codes.push_back(c.get());
    std::sort(codes.begin(), codes.end(), [](auto* a, auto* b) { return a->name < b->name; });
    for (size_t i = 0; i < codes.size(); ++i) indexOf_[codes[i]] = int(i);
    out_.functions.resize(codes.size());
    for (size_t i = 0; i < codes.size(); ++i) convert(*codes[i], printed.at(codes[i]->name), out_.functions[i]);
    collectCallees(out_);
    return std::move(out_);
  }

private:
  void convert(const jit::JitCode& code, const PrintedCode& printed, GraphFunction& f);
  std::vector<uint32_t> targetsOf(const jit::JitCode& code, const jit::Insn& insn, std::vector<std::string>& labels);
  int calleeOf(const jit::Insn& insn);
  void registers(const jit::JitCode& code, const PrintedCode& printed, GraphFunction& f);

  const jit::JitProgram& program_;
  const SourceRangeOf& rangeOf_;
  GraphProgram out_;
  SourceTable table_;
  std::unordered_map<const jit::JitCode*, int> indexOf_;
};

// The offsets an instruction may jump to, with the edge labels.
std::vector<uint32_t> JitCodeAdapter::targetsOf(const jit::JitCode& code, const jit::Insn& insn,
                                                std::vector<std::string>& labels) {
  std::vector<uint32_t> out;
  for (const jit::Operand& o : insn.operands) {
    if (o.type == jit::Operand::Type::Label && o.value < code.labelOffsets.size()) {
      out.push_back(code.labelOffsets[o.value]);
      labels.push_back(insn.op == jit::JOp::goto_if_not ? "if not"
                       : insn.op == jit::JOp::catch_exception ? "except"
                       : insn.op == jit::JOp::goto_if_exception_mismatch ? "mismatch" : "");
    }
    if (insn.op == jit::JOp::switch_ && o.type == jit::Operand::Type::Descr && o.value < program_.switches.size()) {
      const jit::SwitchDescr& s = program_.switches[o.value];
      for (size_t i = 0; i < s.values.size() && i < s.labels.size(); ++i) {
        out.push_back(s.labels[i]);
        labels.push_back("case " + std::to_string(s.values[i]));
      }
    }
  }
  return out;
}

int JitCodeAdapter::calleeOf(const jit::Insn& insn) {
  if (!isCall(insn.op)) return -1;
  for (const jit::Operand& o : insn.operands) {
    if (o.type != jit::Operand::Type::Descr || o.value >= program_.calls.size()) continue;
    const jit::CallDescr& c = program_.calls[o.value];
    int code = c.jitcode;
    if (code < 0 && c.graph)
      if (auto it = program_.codeOf.find(c.graph); it != program_.codeOf.end()) code = it->second;
    if (code < 0 || size_t(code) >= program_.codes.size()) return -1;
    auto it = indexOf_.find(program_.codes[size_t(code)].get());
    return it == indexOf_.end() ? -1 : it->second;
  }
  return -1;
}

void JitCodeAdapter::convert(const jit::JitCode& code, const PrintedCode& printed, GraphFunction& f) {
  f.name = code.name;
  f.header = printed.title;
  for (const std::string& line : printed.other) f.legend.push_back(line);
  if (code.graph && rangeOf_) table_.noteRange(f, rangeOf_(code.graph));
  if (code.graph)
    for (const ll::Block* b : code.graph->blocksInOrder())
      for (const ll::Operation& op : b->operations) table_.note(f, op.loc);

  std::vector<const jit::Insn*> insns;
  for (const jit::Insn& insn : code.insns)
    if (insn.label < 0) insns.push_back(&insn);
  // Leaders: the first instruction, every jump target, every instruction after a jump.
  std::set<uint32_t> leaders;
  if (!insns.empty()) leaders.insert(insns[0]->offset);
  for (size_t i = 0; i < insns.size(); ++i) {
    std::vector<std::string> labels;
    std::vector<uint32_t> targets = targetsOf(code, *insns[i], labels);
    leaders.insert(targets.begin(), targets.end());
    if ((!targets.empty() || endsFlow(insns[i]->op)) && i + 1 < insns.size()) leaders.insert(insns[i + 1]->offset);
  }
  std::map<uint32_t, int> blockAt;
  for (const jit::Insn* insn : insns)
    if (leaders.count(insn->offset)) {
      blockAt[insn->offset] = int(f.blocks.size());
      std::string name = "@" + std::to_string(insn->offset);
      f.blocks.push_back({name, {{name + ":", 0, {}}}, ""}); // the label line, as other stages have

    }
  int current = -1;
  for (size_t i = 0; i < insns.size(); ++i) {
    const jit::Insn& insn = *insns[i];
    if (auto it = blockAt.find(insn.offset); it != blockAt.end()) current = it->second;
    auto line = printed.lines.find(insn.offset);
    GraphRow row{line == printed.lines.end() ? "?" : line->second, 0, {}};
    if (int callee = calleeOf(insn); callee >= 0) row.callees.push_back(callee);
    f.blocks[size_t(current)].rows.push_back(std::move(row));
    std::vector<std::string> labels;
    std::vector<uint32_t> targets = targetsOf(code, insn, labels);
    for (size_t t = 0; t < targets.size(); ++t)
      if (auto it = blockAt.find(targets[t]); it != blockAt.end())
        f.edges.push_back({current, it->second, labels[t], insn.op == jit::JOp::catch_exception});
    bool last = i + 1 == insns.size() || blockAt.count(insns[i + 1]->offset);
    if (isReturn(insn.op)) f.edges.push_back({current, kReturnBlock, "", false});
    if (insn.op == jit::JOp::raise || insn.op == jit::JOp::reraise) f.edges.push_back({current, kRaiseBlock, "", true});
    if (last && !endsFlow(insn.op) && i + 1 < insns.size())
      f.edges.push_back({current, blockAt.at(insns[i + 1]->offset), targets.empty() ? "" : "else", false});
  }
  for (const GraphEdge& e : f.edges) {
    f.hasReturn |= e.to == kReturnBlock;
    f.hasRaise |= e.to == kRaiseBlock;
  }
  registers(code, printed, f);
}

// A register's variable as the codewriter names it: the Python local, else "v<id>".
std::string variableName(const std::string& name) {
  bool temporary = name.size() > 1 && name[0] == 'v' && name.find_first_not_of("0123456789", 1) == std::string::npos;
  return temporary ? "a temporary" : "'" + name + "'";
}

// Each register: the variable it holds, or the constant the printer shows for it.
void JitCodeAdapter::registers(const jit::JitCode& code, const PrintedCode& printed, GraphFunction& f) {
  static const char* kBanks[] = {"int", "ref", "float"};
  std::map<std::string, std::string> constants;
  for (const std::string& line : printed.other)
    if (size_t eq = line.find(" = "); line.starts_with("%") && eq != std::string::npos)
      constants[line.substr(0, eq)] = line.substr(eq + 3);
  for (int k = 0; k < 3; ++k)
    for (uint16_t r = 0; r < code.nregs[k]; ++r) {
      std::string name = std::string("%") + jit::kindChar(jit::Kind(k)) + std::to_string(r);
      std::string info = std::string(kBanks[k]) + " register";
      if (auto it = constants.find(name); it != constants.end()) info += ", constant " + it->second;
      else if (r < code.regNames[k].size()) info += ", holds " + variableName(code.regNames[k][r]);
      f.variables.emplace_back(name, info);
    }
}

} // namespace

GraphProgram fromJitCodes(const jit::JitProgram& program, const SourceManager& sources, const std::string& programPath,
                          const SourceRangeOf& rangeOf) {
  return JitCodeAdapter(program, sources, programPath, rangeOf).run();
}

} // namespace kiln::viewer

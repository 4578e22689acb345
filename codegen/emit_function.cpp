// One C++ function per low-level graph: its variables are locals, each block a label, each
// link assignments to the target's inputs and a goto (DESIGN.md §2.7).
#include <unordered_set>

#include "codegen/function_emitter.h"
#include "rtyper/helpers.h"

namespace kiln::cg {

std::string Emitter::functionName(const ll::Graph* g) {
  if (auto it = functionNames_.find(g); it != functionNames_.end()) return it->second;
  std::string name = uniqueName(mangle(g->name()));
  functionNames_[g] = name;
  return name;
}

namespace {

std::string signature(Emitter& e, ll::Graph* g, bool withNames) {
  const ll::Type* fn = g->funcType();
  std::string params;
  for (size_t i = 0; i < fn->params.size(); ++i) {
    if (isVoid(fn->params[i])) continue;
    params += (params.empty() ? "" : ", ") + e.cType(fn->params[i]);
    if (withNames) params += " a" + std::to_string(i);
  }
  return e.cType(fn->result) + " " + e.functionName(g) + "(" + params + ")";
}

} // namespace

std::string FunctionEmitter::link(const ll::Link& l, const std::string& indent) {
  if (l.target == g_->returnBlock()) {
    const ll::Value& r = l.args[0];
    return indent + (isVoid(r.type()) ? "return;\n" : "return " + value(r) + ";\n");
  }
  std::string out;
  const std::vector<ll::Variable*>& inputs = l.target->inputs;
  // A parallel assignment: through temporaries when an input is also read by the link.
  std::unordered_set<const ll::Variable*> targets(inputs.begin(), inputs.end());
  bool overlap = false;
  for (const ll::Value& a : l.args)
    if (a.variable() && targets.count(a.variable())) overlap = true;
  if (overlap) {
    for (size_t i = 0; i < inputs.size(); ++i)
      if (!isVoid(inputs[i]->type)) out += indent + e_.cType(inputs[i]->type) + " t" + std::to_string(i) + " = " + value(l.args[i]) + ";\n";
    for (size_t i = 0; i < inputs.size(); ++i)
      if (!isVoid(inputs[i]->type)) out += indent + var(inputs[i]) + " = t" + std::to_string(i) + ";\n";
  } else {
    for (size_t i = 0; i < inputs.size(); ++i)
      if (!isVoid(inputs[i]->type) && !(l.args[i].variable() == inputs[i]))
        out += indent + var(inputs[i]) + " = " + value(l.args[i]) + ";\n";
  }
  return out + indent + "goto " + label(l.target) + ";\n";
}

std::string FunctionEmitter::run() {
  std::vector<ll::Block*> blocks = g_->blocksInOrder();
  int next = 0;
  for (ll::Block* b : blocks) blockIds_[b] = next++;
  std::string out = signature(e_, g_, true) + " {\n";
  // Locals: every non-Void variable, declared up front (gotos may not cross initializations).
  std::vector<const ll::Variable*> locals;
  for (ll::Block* b : blocks) {
    if (b == g_->returnBlock() || b == g_->exceptBlock()) continue;
    for (ll::Variable* v : b->inputs) locals.push_back(v);
    for (const ll::Operation& op : b->operations) locals.push_back(op.result);
  }
  for (const ll::Variable* v : locals)
    if (!isVoid(v->type)) out += "  " + e_.cType(v->type) + " " + var(v) + ";" + (v->name.empty() ? "" : " // " + v->name) + "\n";
  // The parameters are the start block's inputs.
  const std::vector<ll::Variable*>& params = g_->startBlock()->inputs;
  for (size_t i = 0; i < params.size(); ++i)
    if (!isVoid(params[i]->type)) out += "  " + var(params[i]) + " = a" + std::to_string(i) + ";\n";
  for (ll::Block* b : blocks) {
    if (b == g_->returnBlock() || b == g_->exceptBlock()) continue;
    out += label(b) + ":\n";
    for (size_t i = 0; i < b->operations.size(); ++i) {
      // An index check and the exception test after it are one compare (fusedIndexCheck); an
      // allocation or a safe point sets the test's result on its slow path only.
      if (i + 1 < b->operations.size() && b->operations[i + 1].op == ll::Op::exc_occurred) {
        const ll::Operation& op = b->operations[i];
        const ll::Variable* failed = b->operations[i + 1].result;
        std::string fused = fusedIndexCheck(op, b->operations[i + 1]);
        if (op.op == ll::Op::gc_new || op.op == ll::Op::gc_new_varsize) fused = allocation(op, failed);
        else if (op.op == ll::Op::gc_safepoint && onlySafepointRaises(b, i)) fused = safepoint(op, failed);
        if (!fused.empty()) {
          out += fused;
          ++i;
          continue;
        }
      }
      out += operation(b->operations[i]);
    }
    switch (b->exitKind) {
    case ll::ExitKind::None: out += "  __builtin_unreachable();\n"; break;
    case ll::ExitKind::Goto: out += link(b->exits[0], "  "); break;
    case ll::ExitKind::Branch: {
      const ll::Link& yes = b->exits[0].caseValue ? b->exits[0] : b->exits[1];
      const ll::Link& no = b->exits[0].caseValue ? b->exits[1] : b->exits[0];
      out += "  if (" + value(b->exitSwitch) + ") {\n" + link(yes, "    ") + "  } else {\n" + link(no, "    ") + "  }\n";
      break;
    }
    case ll::ExitKind::Switch: {
      out += "  switch (" + value(b->exitSwitch) + ") {\n";
      bool hasDefault = false;
      for (const ll::Link& l : b->exits) {
        if (l.hasCase) out += "  case " + std::to_string(l.caseValue) + ": {\n";
        else {
          out += "  default: {\n";
          hasDefault = true;
        }
        out += link(l, "    ") + "  }\n";
      }
      if (!hasDefault) out += "  default: __builtin_unreachable();\n";
      out += "  }\n";
      break;
    }
    case ll::ExitKind::CanRaise: out += "  #error \"exception links left by the exception transform\"\n"; break;
    }
  }
  return out + "}\n";
}

// `r = check_index(i, n, kind)` (or check_index_wrap) followed by the exception transform's
// `e = exc_occurred()`: no exception is pending when an operation starts (the transform tests
// after every one that may raise), so e is whether the check failed. Written as one compare,
// instead of a call and a reload of the exception state that every store in between could have
// changed (generated code is compiled without strict aliasing). Empty when op is not such a check.
std::string FunctionEmitter::fusedIndexCheck(const ll::Operation& op, const ll::Operation& test) {
  if (op.op != ll::Op::direct_call || op.args.size() != 4) return "";
  const std::string& fn = op.args[0].constant()->value.text;
  bool wrap = fn == "kiln_check_index_wrap";
  if (!wrap && fn != "kiln_check_index") return "";
  std::string i = value(op.args[1]), n = value(op.args[2]), r = var(op.result), e = var(test.result);
  std::string raise = "kiln_raise_index_error(" + value(op.args[3]) + ");";
  std::string out = "  " + r + " = " + i + ";\n  " + e + " = (uint64_t)" + i + " >= (uint64_t)" + n + ";\n";
  if (!wrap) return out + "  if (__builtin_expect(" + e + ", 0)) " + raise + "\n";
  // Unsigned first: an index in range takes one compare; a negative one wraps out of line.
  return out + "  if (__builtin_expect(" + e + ", 0)) {\n    if (" + i + " < 0) " + r + " = " + i + " + " + n + ";\n    " + e +
         " = (uint64_t)" + r + " >= (uint64_t)" + n + ";\n    if (" + e + ") " + raise + "\n  }\n";
}

std::string FunctionEmitter::call(const ll::Operation& op, std::string callee, size_t firstArg, size_t endArg, bool generic) {
  if (generic) callee += "<" + e_.cType(op.result->type) + ">";
  std::string args;
  for (size_t i = firstArg; i < endArg; ++i) {
    const ll::Value& a = op.args[i];
    if (isVoid(a.type()) && !generic) continue;
    args += (args.empty() ? "" : ", ") + (isVoid(a.type()) ? std::string("kiln_none") : value(a));
  }
  std::string expr = callee + "(" + args + ")";
  if (isVoid(op.result->type)) return "  " + expr + ";\n";
  return "  " + var(op.result) + " = " + expr + ";\n";
}

// --check-ints (DESIGN.md §1.4): a wrapping operation stops the program with its operands.
std::string FunctionEmitter::checkedInt(const ll::Operation& op, const char* builtin, const char* symbol) {
  std::string where = e_.options.where ? e_.options.where(op.loc) : "?";
  return "  if (" + std::string(builtin) + "(" + value(op.args[0]) + ", " + value(op.args[1]) + ", &" + var(op.result) +
         ")) kiln_fatal(\"integer overflow in %s: %lld " + symbol + " %lld wraps around (CPython would make a big integer)\", " +
         cQuote(where) + ", (long long)" + value(op.args[0]) + ", (long long)" + value(op.args[1]) + ");\n";
}

std::string Emitter::prototypes() {
  std::string out;
  for (ll::Graph* g : program.graphs)
    out += (inHeader.count(g) ? "inline " : noInline.count(g) ? "__attribute__((noinline)) " : "") + signature(*this, g, false) +
           "; // " + g->name() + "\n";
  return out;
}

std::string Emitter::function(ll::Graph* g, std::string& fileStatics) {
  return FunctionEmitter(*this, g, fileStatics).run();
}

} // namespace kiln::cg

// Flow graph printer (see printer.h; grammar in docs/ir-flow.md).
#include "flowgraph/printer.h"

#include <unordered_map>

#include "support/pyrepr.h"

namespace kiln::flow {

namespace {

std::string moduleQualified(const load::Module* module, Symbol qualname) {
  if (!module || module->name.str() == "builtins") return std::string(qualname.str());
  return std::string(module->name.str()) + "." + std::string(qualname.str());
}

// Builtins print as their bare name: `len`, `KeyError`.
bool isBareBuiltin(const load::Object* o) {
  if (auto* b = load::dynCast<load::Builtin>(o)) return b->name.str().find('.') == std::string_view::npos;
  if (auto* c = load::dynCast<load::Class>(o))
    return c->builtin && (!c->module || c->module->name.str() == "builtins") &&
           c->qualname.str().find('.') == std::string_view::npos;
  return false;
}

class Printer {
public:
  Printer(const Graph& g, const SourceManager& sources, const PrintOptions& options)
      : graph_(g), sources_(sources), options_(options) {}

  PrintedGraph print();

private:
  std::string var(const Variable* v) {
    auto [it, fresh] = numbers_.emplace(v, numbers_.size());
    return "v" + std::to_string(it->second);
  }
  std::string value(const Value& v);
  // A variable where it is defined: with its annotation in annotated dumps.
  std::string def(const Variable* v) {
    if (!options_.annotate) return var(v);
    std::string a = options_.annotate(v);
    return var(v) + ": " + (a.empty() ? "?" : a);
  }
  std::string constant(const load::Value& v);
  std::string object(const load::Object* o);
  std::string target(const Link& link);
  std::string block(const Block* b) { return "block" + std::to_string(blockNumbers_.at(b)); }
  void line(std::string text, SourceLoc loc);

  const Graph& graph_;
  const SourceManager& sources_;
  const PrintOptions& options_;
  std::unordered_map<const Variable*, size_t> numbers_;
  std::unordered_map<const Block*, size_t> blockNumbers_;
  std::vector<const load::Object*> handles_;
  std::unordered_map<const load::Object*, size_t> handleNumbers_;
  std::string body_;
};

std::string Printer::constant(const load::Value& v) {
  // A value of a subclass of a built-in type (r_uint(5), an IntEnum member) prints as a call of
  // its class on the plain value, so the type survives the text.
  if (v.cls && v.kind != load::Value::Kind::Ref) {
    load::Value plain = v;
    plain.cls = nullptr;
    return object(v.cls) + "(" + constant(plain) + ")";
  }
  std::string literal = constantLiteral(v);
  if (!literal.empty()) return literal;
  if (v.kind == load::Value::Kind::Tuple) {
    std::string out = "(";
    for (size_t i = 0; i < v.items.size(); ++i) out += (i ? ", " : "") + constant(v.items[i]);
    return out + (v.items.size() == 1 ? ",)" : ")");
  }
  return object(v.ref);
}

std::string Printer::object(const load::Object* o) {
  if (isBareBuiltin(o)) {
    if (auto* b = load::dynCast<load::Builtin>(o)) return std::string(b->name.str());
    return std::string(load::dynCast<load::Class>(o)->qualname.str());
  }
  auto [it, fresh] = handleNumbers_.emplace(o, handles_.size());
  if (fresh) handles_.push_back(o);
  return "g" + std::to_string(it->second);
}

std::string Printer::value(const Value& v) {
  if (Variable* var_ = v.variable()) return var(var_);
  if (Constant* c = v.constant()) return constant(c->value);
  return "<null>";
}

std::string Printer::target(const Link& link) {
  std::string args;
  for (size_t i = 0; i < link.args.size(); ++i) args += (i ? ", " : "") + value(link.args[i]);
  if (link.target == graph_.returnBlock()) return "return(" + args + ")";
  if (link.target == graph_.exceptBlock()) return "raise(" + args + ")";
  return block(link.target) + "(" + args + ")";
}

void Printer::line(std::string text, SourceLoc loc) {
  if (options_.locations && loc.isValid()) {
    if (text.size() < 48) text.resize(48, ' ');
    else text += "  ";
    LineCol lc = sources_.lineCol(loc);
    std::string_view path = sources_.path(sources_.fileOf(loc));
    text += "; " + std::string(path.substr(path.rfind('/') + 1)) + ":" + std::to_string(lc.line) +
            ":" + std::to_string(lc.col);
  }
  body_ += text + "\n";
}

PrintedGraph Printer::print() {
  PrintedGraph out;
  std::vector<Block*> order = graph_.blocksInOrder();
  for (size_t i = 0; i < order.size(); ++i) blockNumbers_[order[i]] = i;

  const Block* start = graph_.startBlock();
  std::string header = "graph " + graph_.name() + "(";
  for (size_t i = 0; start && i < start->inputs.size(); ++i)
    header += (i ? ", " : "") + def(start->inputs[i]);
  header += ")";
  if (options_.annotate) {
    std::string r = options_.annotate(graph_.returnBlock()->inputs[0]);
    header += " -> " + (r.empty() ? "?" : r);
  }
  header += " {";

  for (const Block* b : order) {
    if (b == graph_.returnBlock() || b == graph_.exceptBlock()) continue;
    body_.clear();
    std::string head = block(b) + "(";
    for (size_t i = 0; i < b->inputs.size(); ++i) head += (i ? ", " : "") + def(b->inputs[i]);
    line(head + "):", b->loc);
    if (options_.blockComment) {
      std::string comment = options_.blockComment(b);
      if (!comment.empty()) line("    ; " + comment, {});
    }
    for (const Operation& op : b->operations) {
      std::string text = "    " + def(op.result);
      text += " = " + std::string(opName(op.opcode)) + "(";
      for (size_t i = 0; i < op.args.size(); ++i) text += (i ? ", " : "") + value(op.args[i]);
      line(text + ")", op.loc);
    }
    switch (b->exitKind) {
    case ExitKind::None: line("    unreachable", {}); break;
    case ExitKind::Goto: line("    goto " + target(b->exits.at(0)), {}); break;
    case ExitKind::Branch: {
      // One piece at a time: variables are numbered as they are printed.
      std::string text = "    branch " + value(b->exitSwitch);
      text += " [true: " + target(b->exits.at(0));
      text += ", false: " + target(b->exits.at(1)) + "]";
      line(text, {});
      break;
    }
    case ExitKind::Switch: {
      std::string text = "    switch " + value(b->exitSwitch) + " [";
      for (size_t i = 0; i < b->exits.size(); ++i) {
        const Link& l = b->exits[i];
        text += i ? ", " : "";
        text += l.hasExitCase ? "case " + constant(l.exitCase) : std::string("default");
        text += ": " + target(l);
      }
      line(text + "]", {});
      break;
    }
    case ExitKind::CanRaise: {
      std::string text = "    exits [normal: " + target(b->exits.at(0));
      for (size_t i = 1; i < b->exits.size(); ++i) {
        const Link& l = b->exits[i];
        text += ", except " + constant(l.exitCase);
        text += " as (" + def(l.lastException);
        text += ", " + def(l.lastExcValue);
        text += "): " + target(l);
      }
      line(text + "]", {});
      break;
    }
    }
    out.blocks.push_back(b);
    out.blockNames.push_back(block(b));
    out.blockText.push_back(body_);
  }
  out.header = header;
  out.variables.resize(numbers_.size());
  for (const auto& [v, n] : numbers_) out.variables[n] = v;
  out.handles = handles_;
  for (size_t i = 0; i < handles_.size(); ++i)
    out.legend += "    ; g" + std::to_string(i) + " = " + describeObject(handles_[i]) + "\n";
  return out;
}

} // namespace

std::string constantLiteral(const load::Value& v) {
  using K = load::Value::Kind;
  switch (v.kind) {
  case K::None: return "None";
  case K::Bool: return v.boolValue ? "True" : "False";
  case K::Int: return std::to_string(v.intValue);
  case K::BigInt: return std::string(v.text);
  case K::Float: {
    std::string r = pyrepr::reprFloat(v.floatValue);
    // inf and nan would read back as names: spell them as calls.
    if (r == "inf" || r == "-inf" || r == "nan") return "float('" + r + "')";
    return r;
  }
  case K::Complex:
    return "complex('" + pyrepr::reprFloat(v.floatValue) + "', '" + pyrepr::reprFloat(v.imagValue) + "')";
  case K::Str: return pyrepr::reprStr(v.text);
  case K::Bytes: return pyrepr::reprBytes(v.text);
  case K::Ellipsis: return "Ellipsis";
  case K::EmptyCell: return "<empty cell>";
  case K::Undefined: return "undefined";
  case K::Tuple:
  case K::Ref: return "";
  }
  return "";
}

std::string describeObject(const load::Object* o) {
  using load::dynCast;
  if (auto* f = dynCast<load::Function>(o)) return "function " + moduleQualified(f->module, f->qualname);
  if (auto* c = dynCast<load::Class>(o)) return "class " + moduleQualified(c->module, c->qualname);
  if (auto* b = dynCast<load::Builtin>(o)) return "builtin " + std::string(b->name.str());
  if (auto* m = dynCast<load::Module>(o)) return "module " + std::string(m->name.str());
  if (auto* i = dynCast<load::Instance>(o))
    return "instance " + std::to_string(o->id) + " of " + moduleQualified(i->cls->module, i->cls->qualname);
  if (auto* p = dynCast<load::Opaque>(o)) return "opaque " + std::string(p->type);
  return std::string(load::objectKindName(o->kind)) + " " + std::to_string(o->id);
}

PrintedGraph printGraphPieces(const Graph& graph, const SourceManager& sources,
                              const PrintOptions& options) {
  return Printer(graph, sources, options).print();
}

std::string printGraph(const Graph& graph, const SourceManager& sources, const PrintOptions& options) {
  PrintedGraph p = printGraphPieces(graph, sources, options);
  std::string out = p.header + "\n" + p.legend;
  for (const std::string& b : p.blockText) out += b;
  return out + "}\n";
}

} // namespace kiln::flow

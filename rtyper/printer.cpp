// Low-level graph printer (see printer.h; grammar in docs/ir-lltype.md).
//
// Every value prints so that its type can be read back without context: variables carry their
// type where they are defined (`v3: Signed`), and each kind of constant has its own spelling
// (`5` Signed, `5u` Unsigned, `'a'` Char, `"name"` Void, ...). Only pointer constants can be
// ambiguous; they are followed by `: TYPE` unless the type is the one their spelling implies.
#include "rtyper/printer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "support/pyrepr.h"

namespace kiln::ll {

namespace {

// Appends code unit `c` for a quoted literal closed by `quote`: printable ASCII as itself,
// the quote and the backslash escaped, everything else as \xNN, \uNNNN or \UNNNNNNNN.
void appendEscaped(std::string& out, uint32_t c, char quote) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (c == uint8_t(quote) || c == '\\') {
    out += '\\';
    out += char(c);
    return;
  }
  if (c >= 0x20 && c < 0x7F) {
    out += char(c);
    return;
  }
  int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
  out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
  for (int i = digits - 1; i >= 0; --i)
    out += kHex[(c >> (4 * i)) & 0xF];
}

std::string quotedText(std::string_view text) {
  std::string out = "\"";
  for (char c : text)
    appendEscaped(out, uint8_t(c), '"');
  return out + "\"";
}

std::string charText(uint8_t c) {
  std::string out = "'";
  appendEscaped(out, c, '\'');
  return out + "'";
}

std::string uniCharText(uint32_t c) {
  std::string out = "U'";
  appendEscaped(out, c, '\'');
  return out + "'";
}

std::string typeText(const Type* t) {
  return t ? typeName(t) : "?";
}

// null, @object or &function, with `: TYPE` unless the spelling implies the type (for a graph,
// only when it is one of `sameText`, if that is given).
std::string pointerText(const Constant& c, const std::unordered_set<const Graph*>* sameText) {
  const ConstValue& v = c.value;
  std::string text = "null";
  bool implied = false;
  if (v.object) {
    text = "@" + v.object->name;
    implied = c.type->target == v.object->type;
  } else if (v.graph) {
    text = "&" + v.graph->name();
    implied = c.type->target == v.graph->funcType() && (!sameText || sameText->count(v.graph));
  } else if (!v.text.empty()) {
    text = "&" + v.text;
  }
  return implied ? text : text + ": " + typeName(c.type);
}

class Printer {
public:
  Printer(const Graph& graph, const PrintOptions& options) : graph_(graph), options_(options) {}

  std::string print();

private:
  std::string var(const Variable* v) {
    auto [it, fresh] = numbers_.emplace(v, numbers_.size());
    return "v" + std::to_string(it->second);
  }
  // A variable where it is defined: with its type.
  std::string def(const Variable* v) {
    if (!v) return "?";
    return var(v) + ": " + typeText(v->type);
  }
  std::string value(const Value& v) {
    if (Variable* variable = v.variable()) return var(variable);
    if (Constant* c = v.constant()) return constantText(*c, options_.sameText);
    return "?";
  }
  std::string block(const Block* b) {
    auto it = blockNumbers_.find(b);
    return it == blockNumbers_.end() ? "?" : "block" + std::to_string(it->second);
  }
  std::string target(const Link& link);
  std::string targetOf(const Block* b, size_t i) {
    return i < b->exits.size() ? target(b->exits[i]) : "?";
  }
  void line(std::string text, SourceLoc loc);
  void operation(const Operation& op);
  void exit(const Block* b);

  const Graph& graph_;
  const PrintOptions& options_;
  std::unordered_map<const Variable*, size_t> numbers_;
  std::unordered_map<const Block*, size_t> blockNumbers_;
  std::string out_;
};

std::string Printer::target(const Link& link) {
  std::string args;
  for (size_t i = 0; i < link.args.size(); ++i)
    args += (i ? ", " : "") + value(link.args[i]);
  if (link.target == graph_.returnBlock()) return "return(" + args + ")";
  if (link.target == graph_.exceptBlock()) return "raise(" + args + ")";
  return block(link.target) + "(" + args + ")";
}

void Printer::line(std::string text, SourceLoc loc) {
  if (options_.locations && options_.sources && loc.isValid()) {
    if (text.size() < 48)
      text.resize(48, ' ');
    else
      text += "  ";
    const SourceManager& sources = *options_.sources;
    LineCol lc = sources.lineCol(loc);
    std::string_view path = sources.path(sources.fileOf(loc));
    text += "; " + std::string(path.substr(path.rfind('/') + 1)) + ":" + std::to_string(lc.line) +
            ":" + std::to_string(lc.col);
  }
  out_ += text + "\n";
}

// `vN: T = op(args)`; NoResult ops whose result is Void (or missing) print without the result.
void Printer::operation(const Operation& op) {
  std::string text = "    ";
  bool noResult = opInfo(op.op).flags & opflags::NoResult;
  if (op.result && !(noResult && op.result->type && op.result->type->kind == TypeKind::Void))
    text += def(op.result) + " = ";
  text += std::string(opName(op.op)) + "(";
  for (size_t i = 0; i < op.args.size(); ++i)
    text += (i ? ", " : "") + value(op.args[i]);
  line(text + ")", op.loc);
}

// The exit line. Built one piece at a time: variables are numbered as they are printed.
void Printer::exit(const Block* b) {
  std::string text = "    ";
  switch (b->exitKind) {
  case ExitKind::None: text += "unreachable"; break;
  case ExitKind::Goto: text += "goto " + targetOf(b, 0); break;
  case ExitKind::Branch:
    text += "branch " + value(b->exitSwitch) + " [";
    for (size_t i = 0; i < b->exits.size(); ++i) {
      text += i ? ", " : "";
      text += b->exits[i].caseValue ? "true: " : "false: ";
      text += target(b->exits[i]);
    }
    text += "]";
    break;
  case ExitKind::Switch: {
    text += "switch " + value(b->exitSwitch) + " [";
    const Type* type = b->exitSwitch.isNull() ? nullptr : b->exitSwitch.type();
    for (size_t i = 0; i < b->exits.size(); ++i) {
      const Link& l = b->exits[i];
      text += i ? ", " : "";
      text += l.hasCase ? caseText(l.caseValue, type) : std::string("default");
      text += ": " + target(l);
    }
    text += "]";
    break;
  }
  case ExitKind::CanRaise:
    text += "exits [";
    for (size_t i = 0; i < b->exits.size(); ++i) {
      const Link& l = b->exits[i];
      text += i ? ", " : "";
      if (!l.isException()) {
        text += "normal: " + target(l);
        continue;
      }
      text += "except " + (l.caughtClass ? "@" + l.caughtClass->name : std::string("null"));
      text += " as (" + def(l.lastException);
      text += ", " + def(l.lastExcValue);
      text += "): " + target(l);
    }
    text += "]";
    break;
  }
  line(text, {});
}

std::string Printer::print() {
  std::vector<Block*> order = graph_.blocksInOrder();
  for (size_t i = 0; i < order.size(); ++i)
    blockNumbers_[order[i]] = i;

  const Block* start = graph_.startBlock();
  std::string header = "graph " + graph_.name() + "(";
  for (size_t i = 0; i < start->inputs.size(); ++i)
    header += (i ? ", " : "") + def(start->inputs[i]);
  header += ") -> " + typeText(graph_.funcType()->result) + " raises(";
  const Block* except = graph_.exceptBlock();
  for (size_t i = 0; i < except->inputs.size(); ++i)
    header += (i ? ", " : "") + typeText(except->inputs[i]->type);
  out_ = header + ") {\n";

  for (const Block* b : order) {
    if (b == graph_.returnBlock() || b == graph_.exceptBlock()) continue;
    std::string head = block(b) + "(";
    for (size_t i = 0; i < b->inputs.size(); ++i)
      head += (i ? ", " : "") + def(b->inputs[i]);
    line(head + "):", b->loc);
    for (const Operation& op : b->operations)
      operation(op);
    exit(b);
  }
  if (options_.numbering) {
    options_.numbering->assign(numbers_.size(), nullptr);
    for (const auto& [v, n] : numbers_) (*options_.numbering)[n] = v;
  }
  return out_ + "}\n";
}

// Calls `visit` on every prebuilt object `graph` names.
template <class Visit> void forEachPrebuilt(const Graph& graph, Visit visit) {
  auto value = [&](const Value& v) {
    if (const Constant* c = v.constant(); c && c->value.object) visit(c->value.object);
  };
  for (const Block* b : graph.blocksInOrder()) {
    for (const Operation& op : b->operations)
      for (const Value& v : op.args)
        value(v);
    value(b->exitSwitch);
    for (const Link& l : b->exits) {
      if (l.caughtClass) visit(l.caughtClass);
      for (const Value& v : l.args)
        value(v);
    }
  }
}

// How a prebuilt object's contents (or a part of them) of type `t` are written:
//   struct  {field: init, ...}       every field, in order (the parent struct first)
//   array   [init, ...]              Array(Char): "bytes", quoted
//   scalar  as a constant            pointer: null, @object, &function (no type: the field's)
std::string initText(const Type* t, const Init& init) {
  if (t->isStruct()) {
    std::string out = "{";
    for (size_t i = 0; i < t->fields.size(); ++i) {
      static const Init zero;
      out += (i ? ", " : "") + t->fields[i].name + ": " +
             initText(t->fields[i].type, i < init.items.size() ? init.items[i] : zero);
    }
    return out + "}";
  }
  if (t->isArray()) {
    if (t->target->kind == TypeKind::Char) return quotedText(init.bytes);
    std::string out = "[";
    for (size_t i = 0; i < init.items.size(); ++i)
      out += (i ? ", " : "") + initText(t->target, init.items[i]);
    return out + "]";
  }
  if (t->isPtr()) {
    const ConstValue& v = init.value;
    if (v.object) return "@" + v.object->name;
    if (v.graph) return "&" + v.graph->name();
    if (!v.text.empty()) return "&" + v.text;
    return "null";
  }
  return constantText(Constant{t, init.value});
}

// Calls `visit` on every prebuilt object `init` points to.
template <class Visit> void forEachPointee(const Init& init, Visit visit) {
  if (init.value.object) visit(init.value.object);
  for (const Init& item : init.items)
    forEachPointee(item, visit);
}

} // namespace

std::string prebuiltText(const Prebuilt& p) {
  std::string out = "prebuilt @" + p.name + ": " + typeText(p.type);
  if (!p.init.isZero()) out += " = " + initText(p.type, p.init);
  return out + "\n";
}

std::string constantText(const Constant& c, const std::unordered_set<const Graph*>* sameText) {
  const ConstValue& v = c.value;
  if (!c.type) return "?";
  switch (c.type->kind) {
  case TypeKind::Void: return v.type ? "<" + typeName(v.type) + ">" : quotedText(v.text);
  case TypeKind::Bool: return v.i ? "True" : "False";
  case TypeKind::Signed: return std::to_string(v.i);
  case TypeKind::Unsigned: return std::to_string(uint64_t(v.i)) + "u";
  case TypeKind::Float: return pyrepr::reprFloat(v.f);
  case TypeKind::Char: return charText(uint8_t(v.i));
  case TypeKind::UniChar: return uniCharText(uint32_t(v.i));
  case TypeKind::Ptr: return pointerText(c, sameText);
  case TypeKind::Struct:
  case TypeKind::GcStruct:
  case TypeKind::Array:
  case TypeKind::GcArray:
  case TypeKind::FixedSizeArray:
  case TypeKind::Func:
  case TypeKind::Opaque: break;
  }
  // Not a value (the verifier rejects it): printed so that the reader rejects it too.
  return "<constant of type " + typeName(c.type) + ">";
}

std::string caseText(int64_t value, const Type* type) {
  TypeKind kind = type ? type->kind : TypeKind::Signed;
  switch (kind) {
  case TypeKind::Bool: return value ? "True" : "False";
  case TypeKind::Unsigned: return std::to_string(uint64_t(value)) + "u";
  case TypeKind::Char: return charText(uint8_t(value));
  case TypeKind::UniChar: return uniCharText(uint32_t(value));
  default: return std::to_string(value);
  }
}

std::string printGraph(const Graph& graph, const PrintOptions& options) {
  return Printer(graph, options).print();
}

std::string printTypes(const TypeContext& types) {
  std::string out;
  for (const Type* t : types.aggregates())
    out += typeDefinition(t) + "\n";
  return out;
}

std::string printPrebuilts(std::span<const Graph* const> graphs) {
  std::vector<const Prebuilt*> objects;
  std::unordered_set<const Prebuilt*> seen;
  auto add = [&](const Prebuilt* p) {
    if (seen.insert(p).second) objects.push_back(p);
  };
  for (const Graph* g : graphs)
    forEachPrebuilt(*g, add);
  // And what those objects point to, transitively.
  for (size_t i = 0; i < objects.size(); ++i)
    forEachPointee(objects[i]->init, add);
  // By name, then (for two objects of one name, which the reader rejects) by first mention.
  std::stable_sort(objects.begin(), objects.end(),
                   [](const Prebuilt* a, const Prebuilt* b) { return a->name < b->name; });
  std::string out;
  for (const Prebuilt* p : objects)
    out += prebuiltText(*p);
  return out;
}

std::string printProgram(const TypeContext& types, std::span<const Graph* const> graphs,
                         const PrintOptions& options) {
  std::unordered_set<const Graph*> printed(graphs.begin(), graphs.end());
  PrintOptions withGraphs = options;
  withGraphs.sameText = &printed;
  std::string out;
  for (const Graph* g : graphs)
    out += printGraph(*g, withGraphs);
  return out + printTypes(types) + printPrebuilts(graphs);
}

} // namespace kiln::ll

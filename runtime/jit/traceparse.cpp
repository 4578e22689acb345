// The trace text parser (traceparse.h has the grammar). One line at a time: a line is cut into
// its result, its operation name, the operands between the parentheses (the descr last), and
// the guard's bracket; every name and number is checked against the resop table, the descr
// tables and the values defined so far, so that what it accepts is a trace the optimizer and
// the printer can work on: arities match, operands are defined before use and of the kind the
// operation reads, results of the kind it makes, descrs exist.
#include "traceparse.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace kiln::jitrt {

DescrKind descrKindOf(ROp op) {
  switch (op) {
  case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f: case ROp::setfield_gc:
    return DescrKind::Field;
  case ROp::getarrayitem_gc_i: case ROp::getarrayitem_gc_r: case ROp::getarrayitem_gc_f: case ROp::setarrayitem_gc:
  case ROp::getinteriorfield_gc_i: case ROp::getinteriorfield_gc_r: case ROp::getinteriorfield_gc_f:
  case ROp::setinteriorfield_gc: case ROp::arraylen_gc: case ROp::arraycopy:
    return DescrKind::Array;
  case ROp::new_: case ROp::new_array: return DescrKind::Size;
  case ROp::call_i: case ROp::call_r: case ROp::call_f: case ROp::call_n:
  case ROp::call_pure_i: case ROp::call_pure_r: case ROp::call_pure_f: case ROp::call_pure_n:
    return DescrKind::Call;
  case ROp::jump: return DescrKind::Loop;
  case ROp::finish: return DescrKind::Finish;
  case ROp::debug_merge_point: return DescrKind::Location;
  default: return DescrKind::None;
  }
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits at top-level commas (not inside parentheses: descr and ConstPtr texts have them).
std::vector<std::string_view> splitArgs(std::string_view s) {
  std::vector<std::string_view> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    else if (s[i] == ')') --depth;
    else if (s[i] == ',' && depth == 0) {
      parts.push_back(trim(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (!trim(s).empty()) parts.push_back(trim(s.substr(start)));
  return parts;
}

bool parseUnsigned(std::string_view s, uint64_t& v, int base = 10) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, base);
  return ec == std::errc() && end == s.data() + s.size();
}

class Parser {
public:
  Parser(const DescrTables& d, ParsedTrace& out, TraceParseError& err) : d_(d), out_(out), err_(err) {
    for (size_t i = 0; i < size_t(ROp::count_); ++i) {
      std::string name = kROps[i].name;
      if (name.back() == '_') name.pop_back();
      ops_[name] = ROp(i);
    }
  }

  bool run(std::string_view text, int firstLine) {
    size_t pos = 0;
    line_ = firstLine - 1;
    firstLine_ = firstLine;
    bool sawInputs = false, first = true;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      std::string_view line = trim(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
      pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
      ++line_;
      if (line.empty()) continue;
      if (line.front() == '#') {
        if (first && !title(line)) return false;
        first = false;
        continue;
      }
      first = false;
      if (!sawInputs) {
        if (!inputs(line)) return false;
        sawInputs = true;
        continue;
      }
      if (!operation(line)) return false;
    }
    if (!sawInputs) {
      line_ = firstLine_;
      return fail("no input line ('[i0, p1, ...]')");
    }
    out_.trace.nvalues = uint32_t(out_.valueKinds.size());
    // A loop's jump back to itself makes it a loop the unroll pass may peel.
    if (!out_.trace.ops.empty() && out_.trace.ops.back().op == ROp::jump && out_.trace.ops.back().descr == out_.number)
      out_.trace.self = out_.number;
    return true;
  }

private:
  bool fail(const std::string& message) {
    err_.line = line_;
    err_.message = message;
    return false;
  }

  // '# Loop N (key) : M ops' -- any other comment before the inputs is just a comment.
  bool title(std::string_view line) {
    std::string_view rest = trim(line.substr(1));
    bool loop = rest.starts_with("Loop "), bridge = rest.starts_with("Bridge ");
    if (!loop && !bridge) return true;
    rest.remove_prefix(loop ? 5 : 7);
    size_t open = rest.find(" ("), close = rest.rfind(") : ");
    uint64_t n;
    if (open == std::string_view::npos || close == std::string_view::npos || close < open || !parseUnsigned(rest.substr(0, open), n))
      return fail("bad title: expected '# Loop N (key) : M ops'");
    out_.isBridge = bridge;
    out_.number = uint32_t(n);
    out_.key = std::string(rest.substr(open + 2, close - open - 2));
    return true;
  }

  bool inputs(std::string_view line) {
    if (line.front() != '[' || line.back() != ']') return fail("expected the inputs, '[i0, p1, ...]', before the first operation");
    for (std::string_view v : splitArgs(line.substr(1, line.size() - 2))) {
      char kind;
      uint64_t n;
      if (!valueName(v, kind, n)) return fail("bad input '" + std::string(v) + "': expected i<N>, p<N> or f<N>");
      if (n != out_.valueKinds.size()) return fail("input '" + std::string(v) + "' out of order: inputs are numbered 0, 1, 2, ...");
      out_.valueKinds.push_back(kind);
      out_.trace.inputKinds += kind;
    }
    return true;
  }

  static bool valueName(std::string_view s, char& kind, uint64_t& n) {
    if (s.size() < 2 || (s[0] != 'i' && s[0] != 'p' && s[0] != 'f')) return false;
    kind = s[0] == 'p' ? 'r' : s[0];
    return parseUnsigned(s.substr(1), n) && n < kConst / 2;
  }

  // An operand: a defined value, or a constant (its kind from the literal, or `expected`).
  bool operand(std::string_view s, char expected, V& v) {
    char kind;
    uint64_t n;
    if (valueName(s, kind, n)) {
      if (n >= out_.valueKinds.size() || out_.valueKinds[n] == 0) return fail("'" + std::string(s) + "' is used before it is defined");
      if (out_.valueKinds[n] != kind) return fail("'" + std::string(s) + "' is not of the kind it was defined with");
      v = V(n);
      return true;
    }
    if (s.starts_with("ConstPtr(0x") && s.ends_with(")")) {
      uint64_t w;
      if (!parseUnsigned(s.substr(11, s.size() - 12), w, 16)) return fail("bad constant '" + std::string(s) + "'");
      v = internConstant(out_.trace, w, 'r');
      return true;
    }
    bool floaty = s.find_first_of(".eE") != std::string_view::npos || s.find("inf") != std::string_view::npos || s.find("nan") != std::string_view::npos;
    if (floaty || expected == 'f') {
      std::string text(s);
      char* end = nullptr;
      double d = std::strtod(text.c_str(), &end);
      if (text.empty() || end != text.c_str() + text.size()) return fail("bad operand '" + text + "'");
      v = internConstant(out_.trace, std::bit_cast<Word>(d), 'f');
      return true;
    }
    int64_t i;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
    if (ec != std::errc() || end != s.data() + s.size()) return fail("bad operand '" + std::string(s) + "'");
    v = internConstant(out_.trace, Word(i), 'i');
    return true;
  }

  bool descr(ROp op, std::string_view text, uint32_t& index) {
    auto find = [&](auto* table, uint32_t n, const char* what) {
      for (uint32_t k = 0; k < n; ++k)
        if (table[k].name && text == table[k].name) {
          index = k;
          return true;
        }
      return fail(std::string("unknown ") + what + " descr '" + std::string(text) + "'");
    };
    if (descrKindOf(op) == DescrKind::Call) {
      // Several instances of a generic helper share a name: the one whose result fits the op.
      char want = ropInfo(op).result;
      for (uint32_t k = 0; k < d_.ncalls; ++k)
        if (d_.calls[k].name && text == d_.calls[k].name && char(d_.calls[k].result_kind) == want) {
          index = k;
          return true;
        }
    }
    uint64_t n;
    switch (descrKindOf(op)) {
    case DescrKind::Field: return find(d_.fields, d_.nfields, "field");
    case DescrKind::Array: return find(d_.arrays, d_.narrays, "array");
    case DescrKind::Size: return find(d_.sizes, d_.nsizes, "size");
    case DescrKind::Call: return find(d_.calls, d_.ncalls, "call");
    case DescrKind::Loop:
      if (!text.starts_with("Loop ") || !parseUnsigned(text.substr(5), n) || n > UINT32_MAX) return fail("bad jump descr '" + std::string(text) + "': expected 'Loop N'");
      index = uint32_t(n);
      return true;
    case DescrKind::Finish:
      if (text != "return" && text != "continue") return fail("bad finish descr '" + std::string(text) + "': expected 'return' or 'continue'");
      index = uint32_t(text == "return" ? FinishKind::Return : FinishKind::Continue);
      return true;
    default: return fail(std::string(ropInfo(op).name) + " takes no descr");
    }
  }

  bool debugMergePoint(std::string_view line) {
    if (!line.starts_with("debug_merge_point('") || !line.ends_with("')")) return fail("expected debug_merge_point('text')");
    out_.trace.locations.emplace_back(line.substr(19, line.size() - 21));
    ResOp r;
    r.op = ROp::debug_merge_point;
    r.descr = uint32_t(out_.trace.locations.size() - 1);
    out_.trace.ops.push_back(std::move(r));
    return true;
  }

  bool operation(std::string_view line);
  bool label(std::string_view line);
  bool virtualValue(std::string_view name, V& v);
  bool virtualObject(std::string_view text, GuardInfo& g);
  // A value number is free to define: never used, or only named by a guard's virtual.
  bool defines(uint64_t n, char kind) {
    if (n < out_.valueKinds.size() && out_.valueKinds[n] != 0) {
      auto it = std::find(virtualOnly_.begin(), virtualOnly_.end(), V(n));
      if (it == virtualOnly_.end() || kind != 'r') return false;
      virtualOnly_.erase(it);
    }
    if (n >= out_.valueKinds.size()) out_.valueKinds.resize(n + 1, 0);
    out_.valueKinds[n] = kind;
    return true;
  }
  bool checkKinds(const ResOp& op, const std::vector<std::string_view>& texts);
  char operandKind(const ResOp& op, size_t k) const;
  char resultKind(const ResOp& op) const;
  bool guardInfo(std::string_view text, ResOp& op);

  const DescrTables& d_;
  ParsedTrace& out_;
  TraceParseError& err_;
  std::unordered_map<std::string, ROp> ops_;
  int line_ = 0, firstLine_ = 1;
  std::vector<V> virtualOnly_;
};

// The kind operand k of op reads ('?': any).
char Parser::operandKind(const ResOp& op, size_t k) const {
  const ROpInfo& info = ropInfo(op.op);
  std::string_view name = info.name;
  switch (op.op) {
  case ROp::setfield_gc: return k == 0 ? 'r' : char(d_.fields[op.descr].kind);
  case ROp::setarrayitem_gc: case ROp::setinteriorfield_gc: return k == 0 ? 'r' : k == 1 ? 'i' : char(d_.arrays[op.descr].kind);
  case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f: case ROp::arraylen_gc: return 'r';
  case ROp::getarrayitem_gc_i: case ROp::getarrayitem_gc_r: case ROp::getarrayitem_gc_f:
  case ROp::getinteriorfield_gc_i: case ROp::getinteriorfield_gc_r: case ROp::getinteriorfield_gc_f:
    return k == 0 ? 'r' : 'i';
  case ROp::arraycopy: return k < 2 ? 'r' : 'i';
  case ROp::new_array: case ROp::guard_true: case ROp::guard_false: return 'i';
  case ROp::guard_exception: return 'r';
  case ROp::ptr_eq: case ROp::ptr_ne: case ROp::ptr_nonzero: case ROp::ptr_iszero: case ROp::cast_ptr_to_int: return 'r';
  case ROp::ptr_add: return k == 0 ? 'r' : 'i';
  case ROp::guard_value: case ROp::jump: case ROp::finish: case ROp::label: return '?';
  case ROp::call_i: case ROp::call_r: case ROp::call_f: case ROp::call_n:
  case ROp::call_pure_i: case ROp::call_pure_r: case ROp::call_pure_f: case ROp::call_pure_n: {
    const kiln_jit_call_descr& c = d_.calls[op.descr];
    size_t first = (c.flags & KILN_JIT_CALL_INDIRECT) ? 1 : 0;
    if (k < first) return 'r';
    return c.arg_kinds && k - first < std::strlen(c.arg_kinds) ? c.arg_kinds[k - first] : '?';
  }
  default:
    if (info.flags & ropflags::Pure) return name.starts_with("float_") || op.op == ROp::cast_float_to_int ? 'f' : 'i';
    return '?';
  }
}

char Parser::resultKind(const ResOp& op) const {
  if (descrKindOf(op.op) == DescrKind::Call) {
    char k = char(d_.calls[op.descr].result_kind);
    return k == 'i' || k == 'r' || k == 'f' ? k : 'v';
  }
  if (op.op == ROp::guard_exception) return 'r';
  return ropInfo(op.op).result;
}

// A value a guard's virtual names ('; p7 = Size(field=v, ...)'): not an operation's result, and
// may be defined later (the object is allocated when it escapes: the new keeps its number).
bool Parser::virtualValue(std::string_view name, V& v) {
  char kind;
  uint64_t n;
  if (!valueName(name, kind, n) || kind != 'r') return fail("bad virtual '" + std::string(name) + "': expected p<N>");
  if (n >= out_.valueKinds.size()) out_.valueKinds.resize(n + 1, 0);
  if (out_.valueKinds[n] == 0) {
    out_.valueKinds[n] = 'r';
    virtualOnly_.push_back(V(n));
  }
  v = V(n);
  return true;
}

// 'pN = Size(Field=v, Field=v)': the size and field descrs by name (names have spaces and
// parentheses: the longest size name the text starts with wins).
bool Parser::virtualObject(std::string_view text, GuardInfo& g) {
  size_t eq = text.find(" = ");
  if (eq == std::string_view::npos || !text.ends_with(")")) return fail("bad virtual '" + std::string(text) + "': expected 'pN = Size(field=value, ...)'");
  VirtualObject vo;
  if (!virtualValue(trim(text.substr(0, eq)), vo.value)) return false;
  std::string_view rest = text.substr(eq + 3);
  size_t best = 0;
  for (uint32_t k = 0; k < d_.nsizes; ++k) {
    std::string name = d_.sizes[k].name ? d_.sizes[k].name : "";
    if (rest.starts_with(name + "(") && name.size() + 1 > best) best = name.size() + 1, vo.size = k;
  }
  if (!best) return fail("unknown size descr in virtual '" + std::string(text) + "'");
  for (std::string_view f : splitArgs(rest.substr(best, rest.size() - best - 1))) {
    size_t at = f.rfind('=');
    uint32_t field = UINT32_MAX;
    for (uint32_t k = 0; k < d_.nfields && at != std::string_view::npos; ++k)
      if (d_.fields[k].name && f.substr(0, at) == d_.fields[k].name) field = k;
    if (field == UINT32_MAX) return fail("unknown field in virtual: '" + std::string(f) + "'");
    V v;
    std::string_view value = trim(f.substr(at + 1));
    if (value.starts_with("p") && std::isdigit(static_cast<unsigned char>(value.size() > 1 ? value[1] : 'x')) && !virtualValue(value, v)) return false;
    if (!operand(value, char(d_.fields[field].kind), v)) return false;
    vo.fields.push_back({field, v});
  }
  g.virtuals.push_back(std::move(vo));
  return true;
}

bool Parser::guardInfo(std::string_view text, ResOp& op) {
  // '[guard N: v v v; pN = Size(field=v, ...); ...]'
  if (!text.starts_with("[guard ") || !text.ends_with("]")) return fail("bad guard data: expected '[guard N: values]'");
  std::string_view body = text.substr(7, text.size() - 8);
  GuardInfo g;
  // The virtuals after the values, split at top-level "; ".
  std::vector<std::string_view> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '(') ++depth;
    else if (body[i] == ')') --depth;
    else if (body[i] == ';' && depth == 0) {
      parts.push_back(body.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(body.substr(start));
  body = parts[0];
  for (size_t k = 1; k < parts.size(); ++k)
    if (!virtualObject(trim(parts[k]), g)) return false;
  size_t colon = body.find(':');
  uint64_t n;
  if (colon == std::string_view::npos || !parseUnsigned(trim(body.substr(0, colon)), n) || n > UINT32_MAX) return fail("bad guard number in '" + std::string(text) + "'");
  g.number = uint32_t(n);
  FrameSnap frame{-1, 0, 'v', 0, {}};
  std::string_view rest = trim(body.substr(colon + 1));
  while (!rest.empty()) {
    size_t sp = rest.find(' ');
    std::string_view name = rest.substr(0, sp);
    rest = sp == std::string_view::npos ? std::string_view{} : trim(rest.substr(sp + 1));
    char kind;
    uint64_t v;
    if (!valueName(name, kind, v)) return fail("bad guard value '" + std::string(name) + "': expected i<N>, p<N> or f<N>");
    V ref;
    if (!operand(name, '?', ref)) return false;
    frame.values.push_back(ref);
    if (std::find(g.failargs.begin(), g.failargs.end(), ref) == g.failargs.end()) g.failargs.push_back(ref);
  }
  g.frames.push_back(std::move(frame));
  out_.trace.guards.push_back(std::move(g));
  op.guard = int32_t(out_.trace.guards.size() - 1);
  return true;
}

// 'label(v, v, ...)': a peeled loop's body starts; its operands are new values (the body's
// inputs), numbered after every value before them.
bool Parser::label(std::string_view line) {
  if (!line.ends_with(")")) return fail("expected ')' at the end of the operation");
  ResOp op;
  op.op = ROp::label;
  for (std::string_view v : splitArgs(line.substr(6, line.size() - 7))) {
    char kind;
    uint64_t n;
    if (!valueName(v, kind, n)) return fail("bad label value '" + std::string(v) + "': expected i<N>, p<N> or f<N>");
    if (!defines(n, kind)) return fail("'" + std::string(v) + "' is defined twice");
    op.args.push_back(V(n));
  }
  out_.trace.ops.push_back(std::move(op));
  return true;
}

bool Parser::operation(std::string_view line) {
  if (line.starts_with("debug_merge_point(")) return debugMergePoint(line);
  if (line.starts_with("label(")) return label(line);
  ResOp op;
  // The result.
  std::string_view result;
  size_t eq = line.find(" = "), paren = line.find('(');
  if (paren == std::string_view::npos) return fail("expected an operation: 'name(args)'");
  if (eq != std::string_view::npos && eq < paren) {
    result = trim(line.substr(0, eq));
    line = trim(line.substr(eq + 3));
    paren = line.find('(');
  }
  std::string_view name = trim(line.substr(0, paren));
  auto it = ops_.find(std::string(name));
  if (it == ops_.end()) return fail("unknown operation '" + std::string(name) + "'");
  op.op = it->second;
  const ROpInfo& info = ropInfo(op.op);
  // The guard's bracket, then the operands up to the matching ')'.
  std::string_view rest = line.substr(paren + 1), guard;
  if (size_t g = rest.find(") [guard "); g != std::string_view::npos) {
    guard = trim(rest.substr(g + 2));
    rest = rest.substr(0, g + 1);
  }
  if (!rest.ends_with(")")) return fail("expected ')' at the end of the operation");
  rest.remove_suffix(1);
  std::vector<std::string_view> texts = splitArgs(rest);
  bool hasDescr = !texts.empty() && texts.back().starts_with("descr=");
  if (hasDescr) {
    if (!descr(op.op, texts.back().substr(6), op.descr)) return false;
    texts.pop_back();
  } else if (descrKindOf(op.op) != DescrKind::None) {
    return fail(std::string(info.name) + " needs a descr");
  }
  size_t arity = info.arity >= 0 ? size_t(info.arity) : texts.size();
  if (descrKindOf(op.op) == DescrKind::Call) {
    const kiln_jit_call_descr& c = d_.calls[op.descr];
    arity = (c.arg_kinds ? std::strlen(c.arg_kinds) : 0) + ((c.flags & KILN_JIT_CALL_INDIRECT) ? 1 : 0);
  }
  if (texts.size() != arity)
    return fail(std::string(name) + " takes " + std::to_string(arity) + " operands, not " + std::to_string(texts.size()));
  for (size_t k = 0; k < texts.size(); ++k) {
    V v;
    char expected = operandKind(op, k);
    if (op.op == ROp::guard_value && k == 1 && !op.args.empty() && !isConst(op.args[0])) expected = out_.valueKinds[op.args[0]];
    if (op.op == ROp::jump && op.descr == out_.number && k < out_.trace.inputKinds.size()) expected = out_.trace.inputKinds[k];
    if (!operand(texts[k], expected, v)) return false;
    char kind = isConst(v) ? out_.trace.constKinds[v & ~kConst] : out_.valueKinds[v];
    // What a descr says (a stored value's kind, a call's argument kinds) only types literals:
    // the op's own kind is what the tracer recorded.
    bool fromDescr = (op.op == ROp::setfield_gc && k == 1) || ((op.op == ROp::setarrayitem_gc || op.op == ROp::setinteriorfield_gc) && k == 2) ||
                     descrKindOf(op.op) == DescrKind::Call;
    if (expected != '?' && kind != expected && !fromDescr)
      return fail("operand " + std::to_string(k + 1) + " of " + std::string(name) + " is '" + std::string(texts[k]) + "', not of kind " + std::string(1, expected == 'r' ? 'p' : expected));
    op.args.push_back(v);
  }
  // The guard's resume data.
  bool isGuard = info.flags & ropflags::Guard;
  if (!guard.empty() && !isGuard) return fail(std::string(name) + " is not a guard: it has no '[guard ...]' data");
  if (isGuard) {
    if (guard.empty()) {
      GuardInfo g;
      g.number = uint32_t(out_.trace.guards.size());
      g.frames.push_back(FrameSnap{-1, 0, 'v', 0, {}});
      out_.trace.guards.push_back(std::move(g));
      op.guard = int32_t(out_.trace.guards.size() - 1);
    } else if (!guardInfo(guard, op)) {
      return false;
    }
  }
  // The result.
  op.kind = resultKind(op);
  if (op.kind == 'v' && !result.empty()) return fail(std::string(name) + " has no result");
  if (op.kind != 'v') {
    char kind;
    uint64_t n;
    if (result.empty()) return fail(std::string(name) + " has a result: expected '" + std::string(1, op.kind == 'r' ? 'p' : op.kind) + "N = " + std::string(name) + "(...)'");
    if (!valueName(result, kind, n)) return fail("bad result '" + std::string(result) + "': expected i<N>, p<N> or f<N>");
    if (kind != op.kind) return fail("the result of " + std::string(name) + " is of kind " + std::string(1, op.kind == 'r' ? 'p' : op.kind) + ", not '" + std::string(result) + "'");
    if (!defines(n, kind)) return fail("'" + std::string(result) + "' is defined twice");
    op.result = V(n);
  }
  out_.trace.ops.push_back(std::move(op));
  return true;
}

} // namespace

bool parseTrace(std::string_view text, const DescrTables& descrs, ParsedTrace& out, TraceParseError& error, int firstLine) {
  out = ParsedTrace{};
  Parser p(descrs, out, error);
  return p.run(text, firstLine);
}

} // namespace kiln::jitrt

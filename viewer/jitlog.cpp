// The KILNLOG reader of `kiln jitview` (see jitlog.h for what it checks).
#include "viewer/jitlog.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "viewer/graph_model.h"

namespace kiln::viewer {

namespace {

struct Line {
  uint32_t number;
  std::string_view text;
};

// An error at a line: thrown inside the reader only, caught by readJitLog.
struct LogError {
  uint32_t line;
  std::string message;
};

std::string excerpt(std::string_view text) {
  std::string out(text.substr(0, 70));
  if (text.size() > 70) out += "...";
  return "'" + out + "'";
}

template <class T> bool parseNumber(std::string_view text, T& out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

bool isCategoryChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

// `[HEX] {category` (open) or `[HEX] category}` (close); false for any other line.
bool sectionLine(std::string_view text, bool& open, std::string_view& category) {
  if (text.size() < 5 || text[0] != '[') return false;
  size_t close = text.find("] ");
  if (close == std::string_view::npos || close == 1) return false;
  for (size_t i = 1; i < close; ++i)
    if (!std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
  std::string_view rest = text.substr(close + 2);
  open = rest.starts_with("{");
  if (open) rest.remove_prefix(1);
  else if (rest.ends_with("}")) rest.remove_suffix(1);
  else return false;
  if (rest.empty() || !std::all_of(rest.begin(), rest.end(), isCategoryChar)) return false;
  category = rest;
  return true;
}

// Whether brackets balance in `text`, ignoring quoted strings.
bool balanced(std::string_view text) {
  std::string stack;
  char quote = 0;
  for (char c : text) {
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    else if (c == '(' || c == '[' || c == '{') stack += c;
    else if (c == ')' || c == ']' || c == '}') {
      char want = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (stack.empty() || stack.back() != want) return false;
      stack.pop_back();
    }
  }
  return stack.empty() && !quote;
}

bool isName(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// One operation line (jitlog.h, rule 2).
TraceOp parseOp(const Line& line) {
  TraceOp op;
  op.line = line.number;
  std::string_view text = line.text;
  auto fail = [&](const std::string& why) { return LogError{line.number, "malformed trace operation " + excerpt(line.text) + ": " + why}; };
  if (text.starts_with("debug_merge_point('")) {
    if (!text.ends_with("')")) throw fail("expected debug_merge_point('LOCATION')");
    op.isMergePoint = true;
    op.mergePoint = std::string(text.substr(19, text.size() - 21));
    op.text = std::string(text);
    return op;
  }
  if (size_t g = text.rfind(" [guard "); g != std::string_view::npos) {
    std::string_view suffix = text.substr(g + 1);
    size_t colon = suffix.find(':');
    if (!suffix.ends_with("]") || colon == std::string_view::npos || !parseNumber(suffix.substr(7, colon - 7), op.guard))
      throw fail("expected '[guard N: VALUES]' after the operation");
    op.guardText = std::string(suffix);
    text = text.substr(0, g);
  }
  op.text = std::string(text);
  std::string_view call = text;
  if (size_t eq = call.find(" = "); eq != std::string_view::npos && eq < call.find('(')) {
    std::string_view result = call.substr(0, eq);
    bool isValue = result.size() >= 2 && (result[0] == 'i' || result[0] == 'p' || result[0] == 'f' || result[0] == 'v') &&
                   std::all_of(result.begin() + 1, result.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!isValue)
      throw fail("the result " + excerpt(result) + " is not a value name like i3, p4 or f5");
    call = call.substr(eq + 3);
  }
  size_t paren = call.find('(');
  if (paren == std::string_view::npos || !call.ends_with(")") || !isName(call.substr(0, paren)))
    throw fail("expected NAME(ARGUMENTS)");
  if (!balanced(call.substr(paren))) throw fail("unbalanced brackets or quotes");
  if (size_t d = call.rfind("descr=Loop "); call.starts_with("jump(") && d != std::string_view::npos)
    parseNumber(call.substr(d + 11, call.size() - d - 12), op.jumpTarget);
  return op;
}

class LogReader {
public:
  LogReader(JitLog& log) : log_(log) {}

  void read(std::string_view text);

private:
  struct Section {
    std::string category;
    uint32_t line;
    std::vector<Line> content;
  };

  void finish(const Section& s);
  void readTrace(const Section& s, bool bridge, bool optimized);
  void readCounts(const Section& s);
  void readSummary(const Section& s);
  void readAborts(const Section& s);
  void readAssembler(const Section& s);
  JitTrace& trace(bool bridge, unsigned number);

  JitLog& log_;
  std::map<std::pair<bool, unsigned>, size_t> traceIndex_;
  std::map<std::pair<bool, unsigned>, uint32_t> firstSeen_;
};

void LogReader::read(std::string_view text) {
  std::vector<Section> open;
  uint32_t number = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view lineText = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (lineText.ends_with('\r')) lineText.remove_suffix(1);
    ++number;
    bool isOpen = false;
    std::string_view category;
    if (sectionLine(lineText, isOpen, category)) {
      if (isOpen) {
        open.push_back({std::string(category), number, {}});
        continue;
      }
      if (open.empty()) throw LogError{number, "section '" + std::string(category) + "' is closed here but was never opened"};
      if (open.back().category != category)
        throw LogError{number, "section '" + std::string(category) + "' is closed here, but the innermost open section is '" +
                                   open.back().category + "' (opened at line " + std::to_string(open.back().line) + ")"};
      finish(open.back());
      open.pop_back();
      continue;
    }
    if (open.empty()) {
      if (lineText.find_first_not_of(" \t") == std::string_view::npos) continue;
      throw LogError{number, "line outside any section: " + excerpt(lineText)};
    }
    open.back().content.push_back({number, lineText});
  }
  log_.lines = number;
  if (!open.empty())
    throw LogError{open.back().line, "section '" + open.back().category + "' opened here is never closed: the log ends at line " +
                                         std::to_string(number) + " (truncated?)"};
  std::sort(log_.traces.begin(), log_.traces.end(), [](const JitTrace& a, const JitTrace& b) {
    return a.number != b.number ? a.number < b.number : a.bridge < b.bridge;
  });
}

void LogReader::finish(const Section& s) {
  const std::string& c = s.category;
  if (c == "jit-log-noopt-loop") return readTrace(s, false, false);
  if (c == "jit-log-noopt-bridge") return readTrace(s, true, false);
  if (c == "jit-log-opt-loop") return readTrace(s, false, true);
  if (c == "jit-log-opt-bridge") return readTrace(s, true, true);
  if (c == "jit-backend-counts") return readCounts(s);
  if (c == "jit-summary") return readSummary(s);
  if (c == "jit-abort") return readAborts(s);
  if (c == "jit-backend") return readAssembler(s);
}

JitTrace& LogReader::trace(bool bridge, unsigned number) {
  auto [it, fresh] = traceIndex_.emplace(std::make_pair(bridge, number), log_.traces.size());
  if (fresh) {
    log_.traces.emplace_back();
    log_.traces.back().bridge = bridge;
    log_.traces.back().number = number;
  }
  return log_.traces[it->second];
}

// `# Loop N (KEY) : M ops` or `# Bridge N (guard G of loop L) : M ops`, `[inputs]`, operations.
void LogReader::readTrace(const Section& s, bool bridge, bool optimized) {
  if (s.content.empty()) throw LogError{s.line, "section '" + s.category + "' opened here has no trace"};
  const Line& title = s.content[0];
  std::string_view t = title.text;
  std::string_view kind = bridge ? "# Bridge " : "# Loop ";
  size_t open = t.find(" (");
  size_t close = t.rfind(") : ");
  unsigned number = 0;
  TraceText text;
  if (!t.starts_with(kind) || open == std::string_view::npos || close == std::string_view::npos || close < open ||
      !parseNumber(t.substr(kind.size(), open - kind.size()), number) || !t.ends_with(" ops") ||
      !parseNumber(t.substr(close + 4, t.size() - close - 8), text.declaredOps))
    throw LogError{title.number, "expected '" + std::string(kind) + "N (" + (bridge ? "guard G of loop L" : "KEY") +
                                     ") : M ops' to start the trace, found " + excerpt(t)};
  std::string key(t.substr(open + 2, close - open - 2));
  if (s.content.size() < 2 || !s.content[1].text.starts_with("[") || !s.content[1].text.ends_with("]"))
    throw LogError{s.content.size() < 2 ? title.number : s.content[1].number, "expected the trace's inputs '[...]' after its title"};
  text.line = s.line;
  text.inputs = std::string(s.content[1].text);
  for (size_t i = 2; i < s.content.size(); ++i) text.ops.push_back(parseOp(s.content[i]));
  if (int(text.ops.size()) != text.declaredOps)
    throw LogError{title.number, "the trace's title says " + std::to_string(text.declaredOps) + " ops, but it has " +
                                     std::to_string(text.ops.size())};
  JitTrace& tr = trace(bridge, number);
  auto [seen, fresh] = firstSeen_.emplace(std::make_pair(bridge, number), title.number);
  if (!fresh && tr.key != key)
    throw LogError{title.number, std::string(bridge ? "Bridge " : "Loop ") + std::to_string(number) + " starts at '" + key +
                                     "' here but at '" + tr.key + "' at line " + std::to_string(seen->second)};
  std::optional<TraceText>& slot = optimized ? tr.opt : tr.noopt;
  if (slot)
    throw LogError{title.number, std::string("a second ") + (optimized ? "optimized" : "unoptimized") + " trace of " +
                                     (bridge ? "Bridge " : "Loop ") + std::to_string(number) + " (the first is at line " +
                                     std::to_string(slot->line) + ")"};
  tr.key = key;
  if (bridge) {
    unsigned guard = 0, loop = 0;
    size_t of = key.find(" of loop ");
    if (!key.starts_with("guard ") || of == std::string::npos || !parseNumber(std::string_view(key).substr(6, of - 6), guard) ||
        !parseNumber(std::string_view(key).substr(of + 9), loop))
      throw LogError{title.number, "a bridge's title names its origin as '(guard G of loop L)', found '(" + key + ")'"};
    tr.parentGuard = int(guard);
    tr.parentTrace = int(loop);
  }
  slot = std::move(text);
}

void LogReader::readCounts(const Section& s) {
  for (const Line& line : s.content) {
    std::string_view t = line.text;
    size_t space = t.find(' ');
    size_t colon = t.find(": ");
    std::string_view what = t.substr(0, space);
    unsigned number = 0;
    uint64_t count = 0;
    if (space == std::string_view::npos || colon == std::string_view::npos || colon < space ||
        (what != "loop" && what != "bridge" && what != "guard") || !parseNumber(t.substr(space + 1, colon - space - 1), number) ||
        !parseNumber(t.substr(colon + 2), count))
      throw LogError{line.number, "expected 'loop N: RUNS', 'bridge N: RUNS' or 'guard N: FAILURES' in jit-backend-counts, found " +
                                      excerpt(t)};
    if (what == "guard") log_.guardFailures[number] = count;
    else trace(what == "bridge", number).runs = count;
  }
}

void LogReader::readSummary(const Section& s) {
  for (const Line& line : s.content) {
    size_t colon = line.text.rfind(": ");
    if (colon == std::string_view::npos)
      throw LogError{line.number, "expected 'KEY: VALUE' in jit-summary, found " + excerpt(line.text)};
    log_.summary.emplace_back(std::string(line.text.substr(0, colon)), std::string(line.text.substr(colon + 2)));
  }
}

void LogReader::readAborts(const Section& s) {
  for (const Line& line : s.content) {
    size_t colon = line.text.rfind(": ");
    if (colon == std::string_view::npos)
      throw LogError{line.number, "expected 'WHERE: WHY' in jit-abort, found " + excerpt(line.text)};
    log_.aborts.push_back({line.number, std::string(line.text.substr(0, colon)), std::string(line.text.substr(colon + 2))});
  }
}

// `# Loop N: ...` or `# Bridge N: ...` headers (size, addresses), each followed by
// `ADDRESS: instruction` lines.
void LogReader::readAssembler(const Section& s) {
  JitTrace* current = nullptr;
  for (const Line& line : s.content) {
    std::string_view t = line.text;
    if (t.starts_with("# Loop ") || t.starts_with("# Bridge ")) {
      bool bridge = t.starts_with("# Bridge ");
      std::string_view rest = t.substr(bridge ? 9 : 7);
      unsigned number = 0;
      if (!parseNumber(rest.substr(0, rest.find_first_of(" :")), number))
        throw LogError{line.number, "expected '# Loop N' or '# Bridge N' in jit-backend, found " + excerpt(t)};
      current = &trace(bridge, number);
      continue;
    }
    if (!current) throw LogError{line.number, "jit-backend: assembler before any '# Loop N' or '# Bridge N' line"};
    size_t colon = t.find(':');
    std::string_view address = colon == std::string_view::npos ? std::string_view() : t.substr(0, colon);
    bool isAddress = !address.empty() && address.find(' ') == std::string_view::npos;
    if (!isAddress) current->assembler.push_back({"", std::string(t)});
    else current->assembler.push_back({std::string(address), std::string(t.substr(std::min(colon + 2, t.size())))});
  }
}

} // namespace

bool readJitLog(std::string_view text, const std::string& path, JitLog& log, std::string& error) {
  try {
    LogReader(log).read(text);
  } catch (const LogError& e) {
    error = path + ":" + std::to_string(e.line) + ": error: " + e.message;
    return false;
  }
  return true;
}

} // namespace kiln::viewer

// Graphviz input for function graphs and the call graph (see graph_dot.h).
#include "viewer/graph_dot.h"

#include <algorithm>

namespace kiln::viewer {

namespace {

constexpr size_t kRowLimit = 140;    // longer rows are cut in the picture (the page has the text)
constexpr size_t kSourceLimit = 90;  // the source line above a run of rows

// The length of the UTF-8 sequence starting at s[i], or 0 if it is not valid.
size_t utf8Length(std::string_view s, size_t i) {
  unsigned char c = s[i];
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return 0;
  return n;
}

// Text in a quoted DOT string: as in an HTML-like label, and backslashes doubled (Graphviz
// reads \n, \l... in quoted strings as its own escapes).
std::string quoted(std::string_view text, size_t limit) {
  std::string out;
  for (char c : labelText(text, limit)) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return "\"" + out + "\"";
}

std::string edgeAttributes(const GraphEdge& e) {
  std::string attrs = "label=" + quoted(e.label, 40);
  if (e.exception) return attrs + ", color=\"#c62828\", fontcolor=\"#c62828\", style=dashed";
  if (e.label == "true") return attrs + ", color=\"#2e7d32\", fontcolor=\"#2e7d32\"";
  if (e.label == "false" || e.label == "if not") return attrs + ", color=\"#b26a00\", fontcolor=\"#b26a00\"";
  return attrs;
}

std::string sourceRow(const GraphProgram& program, const GraphFunction& f, uint32_t line) {
  std::string text;
  if (f.file >= 0 && line >= 1 && line <= program.files[size_t(f.file)].lines.size()) {
    std::string_view src = program.files[size_t(f.file)].lines[line - 1];
    src.remove_prefix(std::min(src.find_first_not_of(" \t"), src.size()));
    text = std::string(src);
  }
  return "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"#eaf1fb\"><FONT COLOR=\"#2f5b93\"><I>" + std::to_string(line) + ": " +
         labelText(text, kSourceLimit) + "</I></FONT></TD></TR>";
}

std::string blockLabel(const GraphProgram& program, const GraphFunction& f, const GraphBlock& b) {
  bool dead = !b.note.empty();
  std::string out = "<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"";
  out += dead ? " COLOR=\"#9e9e9e\" STYLE=\"dashed\">" : ">";
  uint32_t shownLine = 0;
  for (size_t r = 0; r < b.rows.size(); ++r) {
    const GraphRow& row = b.rows[r];
    if (r > 0 && row.line && row.line != shownLine) {
      out += sourceRow(program, f, row.line);
      shownLine = row.line;
    }
    std::string text = labelText(row.text, kRowLimit);
    if (r == 0) {
      if (dead) text += "  ; " + labelText(b.note, 40);
      out += "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"" + std::string(dead ? "#f0f0f0" : "#e8e8e8") + "\"><B>" + text +
             "</B></TD></TR>";
      shownLine = row.line;
      continue;
    }
    std::string cell = "<TD ALIGN=\"LEFT\"";
    if (!row.callees.empty()) {
      const GraphFunction& callee = program.functions[size_t(row.callees[0])];
      cell += " HREF=\"#f=" + std::to_string(row.callees[0]) + "\" TOOLTIP=\"calls " + labelText(callee.name, 200) +
              (row.callees.size() > 1 ? " (and " + std::to_string(row.callees.size() - 1) + " more)" : "") + "\"";
      text = "<FONT COLOR=\"#1a56b0\"><U>" + text + "</U></FONT>";
    }
    if (dead) text = "<FONT COLOR=\"#8a8a8a\">" + text + "</FONT>";
    out += "<TR>" + cell + ">" + text + "</TD></TR>";
  }
  return out + "</TABLE>>";
}

} // namespace

std::string labelText(std::string_view text, size_t limit) {
  std::string out;
  size_t count = 0;
  for (size_t i = 0; i < text.size();) {
    if (count == limit) return out + "…";
    size_t n = utf8Length(text, i);
    unsigned char c = text[i];
    ++count;
    if (n == 0 || (n == 1 && (c < 0x20 || c == 0x7F))) {
      out += c == '\t' ? ' ' : '?';
      i += n ? n : 1;
      continue;
    }
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string functionDot(const GraphProgram& program, size_t index) {
  const GraphFunction& f = program.functions[index];
  std::string font = kGraphFont;
  std::string out = "digraph f" + std::to_string(index) + " {\n  graph [ranksep=0.35, nodesep=0.3];\n" +
                    "  node [shape=plaintext, fontname=\"" + font + "\", fontsize=10];\n" +
                    "  edge [fontname=\"" + font + "\", fontsize=9, arrowsize=0.7];\n";
  for (size_t b = 0; b < f.blocks.size(); ++b)
    out += "  b" + std::to_string(b) + " [id=\"b" + std::to_string(b) + "\", label=" +
           blockLabel(program, f, f.blocks[b]) + "];\n";
  if (f.hasReturn) out += "  return [id=\"return\", shape=oval, label=\"return\"];\n";
  if (f.hasRaise) out += "  raise [id=\"raise\", shape=oval, label=\"raise\", color=\"#c62828\", fontcolor=\"#c62828\"];\n";
  auto node = [](int b) {
    return b == kReturnBlock ? std::string("return") : b == kRaiseBlock ? std::string("raise") : "b" + std::to_string(b);
  };
  for (const GraphEdge& e : f.edges) out += "  " + node(e.from) + " -> " + node(e.to) + " [" + edgeAttributes(e) + "];\n";
  return out + "}\n";
}

std::string callGraphDot(const GraphProgram& program) {
  std::vector<bool> shown(program.functions.size());
  for (size_t i = 0; i < program.functions.size(); ++i)
    for (int c : program.functions[i].callees) shown[i] = shown[size_t(c)] = true;
  std::string out = "digraph calls {\n  graph [rankdir=LR, ranksep=0.6, nodesep=0.15];\n"
                    "  node [shape=box, style=rounded, fontname=\"" + std::string(kGraphFont) + "\", fontsize=" + kGraphFontSize + ", height=0.25];\n"
                    "  edge [arrowsize=0.6, color=\"#607d8b\"];\n";
  for (size_t i = 0; i < program.functions.size(); ++i)
    if (shown[i])
      out += "  f" + std::to_string(i) + " [id=\"cg" + std::to_string(i) + "\", label=" +
             quoted(program.functions[i].name, 80) + ", href=\"#f=" + std::to_string(i) + "\"];\n";
  for (size_t i = 0; i < program.functions.size(); ++i)
    for (int c : program.functions[i].callees) out += "  f" + std::to_string(i) + " -> f" + std::to_string(c) + ";\n";
  return out + "}\n";
}

} // namespace kiln::viewer

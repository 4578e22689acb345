// The data `kiln view` shows: a program's graphs at one stage, as the stage's printer writes
// them, cut into blocks and rows, with what the rows refer to (callees, source lines,
// variables). The adapters (graph_from_*.cpp) fill it from a stage's graphs; graph_page.cpp
// turns it into the page's JSON, graph_dot.cpp into Graphviz input.
//
// Invariants (the adapters establish them, the writers rely on them):
//   1. functions are sorted by name; a row's callees and a function's callees are indices into
//      GraphProgram::functions;
//   2. a block's rows are the printer's lines for it, in order, without location comments: the
//      label line first; a row's `line` is the 1-based source line of the operation it prints
//      (0: none), in the file GraphFunction::file names;
//   3. edges name blocks by index, or kReturnBlock / kRaiseBlock for the graph's return and
//      except blocks (which are not in `blocks`);
//   4. text is deterministic (no addresses, no hash order): the page's JSON is a golden format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "support/source_manager.h"

namespace kiln::viewer {

constexpr int kReturnBlock = -1;
constexpr int kRaiseBlock = -2;

struct GraphRow {
  std::string text;
  uint32_t line = 0;
  std::vector<int> callees;
};

struct GraphBlock {
  std::string name;           // as the printer names it: block3, @27
  std::vector<GraphRow> rows; // the label line first
  std::string note;           // "not reached" (annotated stage), else empty
};

struct GraphEdge {
  int from = 0;
  int to = 0;
  std::string label; // "true", "case 3", "except ValueError", "" for a goto
  bool exception = false;
};

struct GraphFunction {
  std::string name;
  std::string header;              // the printer's first line: graph NAME(...) {
  std::vector<std::string> legend; // what handles stand for: "g0 = function prog.fib"
  int file = -1;                   // index into GraphProgram::files, -1 when unknown
  uint32_t firstLine = 0, lastLine = 0;
  std::vector<GraphBlock> blocks;
  std::vector<GraphEdge> edges;
  bool hasReturn = false, hasRaise = false;
  // What hovering a variable shows: name in the text -> its type and the local it holds.
  std::vector<std::pair<std::string, std::string>> variables;
  std::vector<int> callees; // sorted, no duplicates
};

struct SourceFile {
  std::string path; // as shown: relative to the program's directory when inside it
  std::vector<std::string> lines;
};

struct GraphProgram {
  std::string program; // the program's file name
  std::string stage;   // flow, annotated, lltype, jitcode
  std::string variablePattern; // a JavaScript regex matching the variables' names in rows
  std::vector<GraphFunction> functions;
  std::vector<SourceFile> files;
};

// Collects the source files that functions point into, each once, and the line ranges.
class SourceTable {
public:
  SourceTable(const SourceManager& sources, std::string programDir, GraphProgram& out)
      : sources_(sources), programDir_(std::move(programDir)), out_(out) {}
  // Records `loc` for function `f`: sets its file (the first one seen) and widens its lines.
  // Returns the 1-based line, or 0 for an invalid location or one in another file.
  uint32_t note(GraphFunction& f, SourceLoc loc);
  // Records the whole source of the function (its `def` statement) for f.
  void noteRange(GraphFunction& f, SourceRange range);

private:
  int fileIndex(FileId file);

  const SourceManager& sources_;
  std::string programDir_;
  GraphProgram& out_;
  std::unordered_map<uint32_t, int> files_;
};

// Sorts and dedupes each row's callees and fills each function's callees from its rows.
void collectCallees(GraphProgram& program);

// The absolute directory of a program path, and how paths are shown: relative to that
// directory when inside it, else as given.
std::string directoryOf(const std::string& path);
std::string displayPath(std::string_view path, const std::string& programDir);
// The file name of a path (what pages call the program).
std::string baseName(const std::string& path);
// The lines of a text, without their newlines (none after a final newline).
std::vector<std::string> splitLines(std::string_view text);

} // namespace kiln::viewer

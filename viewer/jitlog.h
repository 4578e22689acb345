// Reading a KILNLOG file for `kiln jitview` (format: docs/logs.md).
//
// The reader keeps what the page shows -- each loop's and bridge's trace before and after
// optimization, its assembler (a `jit-backend` section, when the log has one), the counts of
// `jit-backend-counts`, the aborts and the summary -- and checks the structure as it goes, so
// that a truncated or corrupt log is an error naming its line rather than a page that quietly
// shows less. Sections of other categories (gc-*, ...) are skipped, their nesting checked.
//
// Checked (each an error "FILE:LINE: error: ..."):
//   1. every line is inside a section; `[HEX] {category` opens one, `[HEX] category}` closes
//      the innermost one, which must be of that category; none is left open at the end;
//   2. a trace section starts with `# Loop N (KEY) : M ops` (a bridge: `# Bridge N (guard G of
//      loop L) : M ops`), then its inputs `[...]`, then exactly M operation lines, each
//      `[RESULT = ]NAME(ARGS)` with balanced brackets and quotes, optionally followed by
//      `[guard G: VALUES]`;
//   3. jit-backend-counts lines are `loop N: RUNS`, `bridge N: RUNS` or `guard N: FAILURES`;
//   4. a trace's optimized and unoptimized versions agree on its kind and key.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiln::viewer {

struct TraceOp {
  std::string text;   // the line as logged, without the guard suffix
  std::string guardText; // the guard suffix "[guard 7: i0 p1]", or empty
  int guard = -1;        // the guard's number, if the operation is a guard
  uint32_t line = 0;     // in the log
  std::string mergePoint; // debug_merge_point: the location (get_printable_location's text)
  bool isMergePoint = false;
  int jumpTarget = -1;   // jump(..., descr=Loop N): N
};

struct TraceText {
  uint32_t line = 0; // of the section's opening
  int declaredOps = 0;
  std::string inputs;
  std::vector<TraceOp> ops;
};

struct AsmLine {
  std::string address; // empty for a line without one
  std::string text;
};

struct JitTrace {
  bool bridge = false;
  unsigned number = 0;
  std::string key;             // where it starts ("444 -"), or "guard G of loop L"
  int parentGuard = -1, parentTrace = -1; // a bridge's origin
  std::optional<TraceText> noopt, opt;
  std::vector<AsmLine> assembler;
  std::optional<uint64_t> runs;
};

struct JitAbort {
  uint32_t line = 0;
  std::string where, why;
};

struct JitLog {
  std::vector<JitTrace> traces; // sorted by number
  std::map<unsigned, uint64_t> guardFailures;
  std::vector<JitAbort> aborts;
  // jit-summary's lines as `key: value` pairs; an indented line (an abort reason) has a key
  // starting with two spaces.
  std::vector<std::pair<std::string, std::string>> summary;
  size_t lines = 0;
};

// Reads `text`; false with `error` set ("PATH:LINE: error: ...") if the log is malformed.
bool readJitLog(std::string_view text, const std::string& path, JitLog& log, std::string& error);

} // namespace kiln::viewer

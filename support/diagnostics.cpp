// DiagnosticEngine: message formatting and the caret/underline renderer.
#include "support/diagnostics.h"

#include <algorithm>
#include <cstdio>

#include "support/assert.h"

namespace kiln {

namespace {

constexpr DiagInfo kDiagInfo[] = {
#define DIAG(id, severity, format) {#id, Severity::severity, format},
#include "support/diagnostics.def"
#undef DIAG
};

constexpr unsigned kTabStop = 8;

// Expands tabs so that the echoed line and its underline line up; returns, for every byte offset
// of `line` (plus one past the end), the display column it starts at.
std::string expandLine(std::string_view line, std::vector<uint32_t>& columnOfByte) {
  std::string out;
  uint32_t col = 0;
  columnOfByte.assign(line.size() + 1, 0);
  for (size_t i = 0; i < line.size(); ++i) {
    columnOfByte[i] = col;
    unsigned char c = line[i];
    if (c == '\t') {
      uint32_t next = (col / kTabStop + 1) * kTabStop;
      out.append(next - col, ' ');
      col = next;
    } else if (c == '\f' || c == '\v') {
      out.push_back(' ');
      ++col;
    } else {
      out.push_back(char(c));
      if ((c & 0xC0) != 0x80) ++col;
    }
  }
  columnOfByte[line.size()] = col;
  return out;
}

} // namespace

const DiagInfo& diagInfo(DiagId id) { return kDiagInfo[size_t(id)]; }

const char* severityName(Severity severity) {
  switch (severity) {
  case Severity::Error: return "error";
  case Severity::Warning: return "warning";
  case Severity::Note: return "note";
  }
  KILN_UNREACHABLE("bad severity");
}

std::string formatDiagMessage(const char* format, const std::vector<DiagArg>& args) {
  std::string out;
  for (const char* p = format; *p; ++p) {
    if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') {
      size_t index = size_t(p[1] - '0');
      KILN_ASSERT(index < args.size(), "diagnostic '%s' lacks argument %zu", format, index);
      out += args[index].text();
      p += 2;
      continue;
    }
    out.push_back(*p);
  }
  return out;
}

DiagnosticEngine::DiagnosticEngine(const SourceManager& sources) : sources_(sources) {
  consumer_ = [this](const Diagnostic& diag) {
    std::string text = render(diag);
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
  };
}

Diagnostic DiagnosticEngine::make(DiagId id, SourceRange range,
                                  const std::vector<DiagArg>& args) const {
  const DiagInfo& info = diagInfo(id);
  return Diagnostic{id, info.severity, range, range.begin, formatDiagMessage(info.format, args), {}};
}

void DiagnosticEngine::emit(const Diagnostic& diag) {
  if (diag.severity == Severity::Error) ++errorCount_;
  consumer_(diag);
}

std::string DiagnosticEngine::render(const Diagnostic& diag) const {
  std::string out;
  renderOne(diag, out);
  for (const Diagnostic& note : diag.notes) renderOne(note, out);
  return out;
}

void DiagnosticEngine::renderOne(const Diagnostic& diag, std::string& out) const {
  const char* severity = severityName(diag.severity);
  if (!diag.range.isValid()) {
    out += "kiln: ";
    out += severity;
    out += ": " + diag.message + "\n";
    return;
  }
  SourceLoc caret = diag.caret.isValid() ? diag.caret : diag.range.begin;
  FileId file = sources_.fileOf(caret);
  LineCol lc = sources_.lineCol(caret);
  out += std::string(sources_.path(file)) + ":" + std::to_string(lc.line) + ":" +
         std::to_string(lc.col) + ": " + severity + ": " + diag.message + "\n";

  std::string_view line = sources_.lineText(file, lc.line);
  std::vector<uint32_t> columnOfByte;
  std::string shown = expandLine(line, columnOfByte);
  out += shown + "\n";

  // Byte offsets, within the caret's line, of the caret and of the range clipped to that line.
  std::string_view whole = sources_.text(file);
  uint32_t lineBegin = uint32_t(line.data() - whole.data());
  uint32_t lineEnd = lineBegin + uint32_t(line.size());
  auto clip = [&](SourceLoc loc) -> uint32_t {
    if (sources_.fileOf(loc) != file) return 0;
    uint32_t off = sources_.offsetOf(loc);
    return std::clamp(off, lineBegin, lineEnd) - lineBegin;
  };
  uint32_t caretByte = clip(caret);
  uint32_t beginByte = clip(diag.range.begin);
  uint32_t endByte = diag.range.end.isValid() ? std::max(clip(diag.range.end), beginByte) : beginByte;

  uint32_t caretCol = columnOfByte[caretByte];
  uint32_t beginCol = std::min(columnOfByte[beginByte], caretCol);
  uint32_t endCol = std::max(columnOfByte[endByte], caretCol + 1);
  std::string underline(endCol, ' ');
  for (uint32_t c = beginCol; c < endCol; ++c) underline[c] = '~';
  underline[caretCol] = '^';
  out += underline + "\n";
}

} // namespace kiln

// Helpers of the view model (see graph_model.h): source files and call lists.
#include "viewer/graph_model.h"

#include <algorithm>
#include <filesystem>

namespace kiln::viewer {

int SourceTable::fileIndex(FileId file) {
  auto [it, fresh] = files_.emplace(file.index, int(out_.files.size()));
  if (!fresh) return it->second;
  SourceFile f;
  f.path = displayPath(sources_.path(file), programDir_);
  uint32_t count = sources_.lineCount(file);
  f.lines.reserve(count);
  for (uint32_t line = 1; line <= count; ++line) f.lines.emplace_back(sources_.lineText(file, line));
  // A file ending in a newline has an empty last "line": it is no line of the program.
  if (!f.lines.empty() && f.lines.back().empty()) f.lines.pop_back();
  out_.files.push_back(std::move(f));
  return it->second;
}

uint32_t SourceTable::note(GraphFunction& f, SourceLoc loc) {
  if (!loc.isValid()) return 0;
  int file = fileIndex(sources_.fileOf(loc));
  if (f.file < 0) f.file = file;
  if (file != f.file) return 0; // inlined from elsewhere: the source panel shows one file
  uint32_t line = sources_.lineCol(loc).line;
  if (f.firstLine == 0 || line < f.firstLine) f.firstLine = line;
  f.lastLine = std::max(f.lastLine, line);
  return line;
}

void SourceTable::noteRange(GraphFunction& f, SourceRange range) {
  if (!range.isValid()) return;
  note(f, range.begin);
  if (range.end.isValid() && range.end.raw > range.begin.raw) note(f, SourceLoc{range.end.raw - 1});
}

void collectCallees(GraphProgram& program) {
  for (GraphFunction& f : program.functions) {
    f.callees.clear();
    for (GraphBlock& b : f.blocks)
      for (GraphRow& r : b.rows) {
        std::sort(r.callees.begin(), r.callees.end());
        r.callees.erase(std::unique(r.callees.begin(), r.callees.end()), r.callees.end());
        f.callees.insert(f.callees.end(), r.callees.begin(), r.callees.end());
      }
    std::sort(f.callees.begin(), f.callees.end());
    f.callees.erase(std::unique(f.callees.begin(), f.callees.end()), f.callees.end());
  }
}

std::string directoryOf(const std::string& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  return error ? "" : absolute.lexically_normal().parent_path().string();
}

std::string displayPath(std::string_view path, const std::string& programDir) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(std::filesystem::path(path), error).lexically_normal();
  if (error || programDir.empty()) return std::string(path);
  std::filesystem::path relative = absolute.lexically_relative(programDir);
  if (relative.empty() || *relative.begin() == "..") return std::string(path);
  return relative.string();
}

std::string baseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::vector<std::string> splitLines(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    size_t end = text.find('\n');
    out.emplace_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

} // namespace kiln::viewer

// SourceManager: owns every source buffer; SourceLoc is a 32-bit handle into all of them.
//
// Each file added gets a contiguous range of the global offset space [base, base + size]; the
// extra position is the end-of-file location. Offset 0 is reserved for "no location". A
// SourceLoc therefore fits every AST node, flow op and low-level op cheaply (STYLE.md §8), and
// line/column are computed only when a diagnostic or dump needs them.
//
// Buffers are UTF-8 (the frontend converts other source encodings before adding a file).
// Columns are 1-based and count code points, as CPython's SyntaxError offsets do.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiln {

struct SourceLoc {
  uint32_t raw = 0;
  bool isValid() const { return raw != 0; }
  bool operator==(const SourceLoc&) const = default;
  SourceLoc operator+(uint32_t n) const { return {raw + n}; }
};

struct SourceRange {
  SourceLoc begin;
  SourceLoc end; // one past the last character
  bool isValid() const { return begin.isValid(); }
};

struct FileId {
  uint32_t index = ~0u;
  bool isValid() const { return index != ~0u; }
  bool operator==(const FileId&) const = default;
};

struct LineCol {
  uint32_t line = 0; // 1-based
  uint32_t col = 0;  // 1-based, in code points
};

class SourceManager {
public:
  // Adds a buffer; `path` is what diagnostics print.
  FileId addFile(std::string path, std::string contents);

  std::string_view path(FileId file) const { return files_[file.index].path; }
  std::string_view text(FileId file) const { return files_[file.index].text; }
  SourceLoc locAt(FileId file, uint32_t offset) const { return {files_[file.index].base + offset}; }

  FileId fileOf(SourceLoc loc) const;
  uint32_t offsetOf(SourceLoc loc) const { return loc.raw - files_[fileOf(loc).index].base; }
  LineCol lineCol(SourceLoc loc) const;
  // The text of 1-based line `line`, without its line terminator.
  std::string_view lineText(FileId file, uint32_t line) const;
  uint32_t lineCount(FileId file) const;

private:
  struct File {
    std::string path;
    std::string text;
    uint32_t base;
    mutable std::vector<uint32_t> lineStarts; // computed on first use
  };
  const std::vector<uint32_t>& lineStarts(const File& file) const;

  std::vector<File> files_;
  uint32_t nextBase_ = 1;
};

} // namespace kiln

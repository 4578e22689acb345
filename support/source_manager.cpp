// SourceManager: buffers, global offsets, and lazy line tables.
#include "support/source_manager.h"

#include <algorithm>

#include "support/assert.h"

namespace kiln {

FileId SourceManager::addFile(std::string path, std::string contents) {
  KILN_ASSERT(uint64_t(nextBase_) + contents.size() + 2 < (uint64_t(1) << 32),
              "more than 4 GiB of source in one compilation");
  File file{std::move(path), std::move(contents), nextBase_, {}};
  nextBase_ += uint32_t(file.text.size()) + 2;
  files_.push_back(std::move(file));
  return FileId{uint32_t(files_.size() - 1)};
}

FileId SourceManager::fileOf(SourceLoc loc) const {
  KILN_ASSERT(loc.isValid(), "no location");
  auto it = std::upper_bound(files_.begin(), files_.end(), loc.raw,
                             [](uint32_t raw, const File& f) { return raw < f.base; });
  KILN_ASSERT(it != files_.begin(), "location %u before every file", loc.raw);
  return FileId{uint32_t(it - files_.begin() - 1)};
}

const std::vector<uint32_t>& SourceManager::lineStarts(const File& file) const {
  if (!file.lineStarts.empty()) return file.lineStarts;
  file.lineStarts.push_back(0);
  const std::string& t = file.text;
  for (uint32_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n') {
      file.lineStarts.push_back(i + 1);
    } else if (t[i] == '\r') { // "\r\n" and a lone "\r" both end a line, as in Python
      if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
      file.lineStarts.push_back(i + 1);
    }
  }
  return file.lineStarts;
}

LineCol SourceManager::lineCol(SourceLoc loc) const {
  FileId id = fileOf(loc);
  const File& file = files_[id.index];
  uint32_t offset = std::min<uint32_t>(loc.raw - file.base, uint32_t(file.text.size()));
  const auto& starts = lineStarts(file);
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  uint32_t line = uint32_t(it - starts.begin());
  uint32_t col = 1;
  for (uint32_t i = starts[line - 1]; i < offset; ++i)
    if ((uint8_t(file.text[i]) & 0xC0) != 0x80) ++col; // count code points, not bytes
  return {line, col};
}

std::string_view SourceManager::lineText(FileId id, uint32_t line) const {
  const File& file = files_[id.index];
  const auto& starts = lineStarts(file);
  if (line == 0 || line > starts.size()) return {};
  uint32_t begin = starts[line - 1];
  uint32_t end = line < starts.size() ? starts[line] : uint32_t(file.text.size());
  std::string_view s(file.text.data() + begin, end - begin);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

uint32_t SourceManager::lineCount(FileId id) const {
  return uint32_t(lineStarts(files_[id.index]).size());
}

} // namespace kiln

// SourceManager: global offsets, line/column computation, line text.
#include <gtest/gtest.h>

#include "support/source_manager.h"

namespace kiln {
namespace {

TEST(SourceManager, LocationsAreUniqueAcrossFiles) {
  SourceManager sm;
  FileId a = sm.addFile("a.py", "x = 1\n");
  FileId b = sm.addFile("b.py", "y = 2\nz = 3\n");
  SourceLoc inA = sm.locAt(a, 4);
  SourceLoc inB = sm.locAt(b, 4);
  EXPECT_NE(inA.raw, inB.raw);
  EXPECT_EQ(sm.fileOf(inA), a);
  EXPECT_EQ(sm.fileOf(inB), b);
  EXPECT_EQ(sm.offsetOf(inB), 4u);
  // The end-of-file location belongs to its file, not to the next one.
  EXPECT_EQ(sm.fileOf(sm.locAt(a, 6)), a);
}

TEST(SourceManager, LineAndColumnCountCodePoints) {
  SourceManager sm;
  FileId f = sm.addFile("u.py", "a = 1\nλx = 'é' + b\n\nlast");
  EXPECT_EQ(sm.lineCol(sm.locAt(f, 0)).line, 1u);
  LineCol lc = sm.lineCol(sm.locAt(f, 6 + 2)); // the 'x' after the two-byte lambda
  EXPECT_EQ(lc.line, 2u);
  EXPECT_EQ(lc.col, 2u);
  size_t plus = std::string_view("a = 1\nλx = 'é' + b").find('+');
  EXPECT_EQ(sm.lineCol(sm.locAt(f, uint32_t(plus))).col, 10u);
  EXPECT_EQ(
      sm.lineCol(sm.locAt(f, uint32_t(std::string_view("a = 1\nλx = 'é' + b\n\n").size()))).line,
      4u);
  EXPECT_EQ(sm.lineText(f, 2), "λx = 'é' + b");
  EXPECT_EQ(sm.lineText(f, 3), "");
  EXPECT_EQ(sm.lineText(f, 4), "last");
  EXPECT_EQ(sm.lineCount(f), 4u);
}

TEST(SourceManager, CarriageReturnsEndLines) {
  SourceManager sm;
  FileId f = sm.addFile("crlf.py", "a\r\nb\rc\n");
  EXPECT_EQ(sm.lineCol(sm.locAt(f, 3)).line, 2u);
  EXPECT_EQ(sm.lineCol(sm.locAt(f, 5)).line, 3u);
  EXPECT_EQ(sm.lineText(f, 1), "a");
  EXPECT_EQ(sm.lineText(f, 2), "b");
}

} // namespace
} // namespace kiln

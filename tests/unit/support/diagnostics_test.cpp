// DiagnosticEngine: message formatting, caret/range rendering, notes, error counting.
#include <gtest/gtest.h>

#include "support/diagnostics.h"

namespace kiln {
namespace {

struct Fixture {
  SourceManager sm;
  DiagnosticEngine diags{sm};
  std::string out;
  Fixture() {
    diags.setConsumer([this](const Diagnostic& d) { out += diags.render(d); });
  }
};

TEST(Diagnostics, FormatsPlaceholders) {
  EXPECT_EQ(formatDiagMessage("cannot {0} '{1}' and '{2}'", {"add", "str", "int"}),
            "cannot add 'str' and 'int'");
  EXPECT_EQ(formatDiagMessage("{1}{0}", {"a", "b"}), "ba");
}

TEST(Diagnostics, RendersCaretAndRange) {
  Fixture f;
  FileId file = f.sm.addFile("demo.py", "def greet(name):\n    return name + 1\n");
  uint32_t begin = 17 + 11; // 'name' on line 2
  SourceRange range{f.sm.locAt(file, begin), f.sm.locAt(file, begin + 8)};
  f.diags.report(DiagId::parse_invalid_syntax, range).caret(f.sm.locAt(file, begin + 5));
  EXPECT_EQ(f.out, "demo.py:2:17: error: invalid syntax\n"
                   "    return name + 1\n"
                   "           ~~~~~^~~\n");
  EXPECT_EQ(f.diags.errorCount(), 1u);
}

TEST(Diagnostics, RendersNotesAndExpandsTabs) {
  Fixture f;
  FileId file = f.sm.addFile("t.py", "x = (1,\n\ty)\n");
  SourceLoc paren = f.sm.locAt(file, 4);
  SourceLoc y = f.sm.locAt(file, 9);
  f.diags.report(DiagId::lex_never_closed, {paren, paren + 1}, "(")
      .note(DiagId::note_opened_here, {y, y + 1}, "y");
  EXPECT_EQ(f.out, "t.py:1:5: error: '(' was never closed\n"
                   "x = (1,\n"
                   "    ^\n"
                   "t.py:2:2: note: 'y' was opened here\n"
                   "        y)\n"
                   "        ^\n");
  EXPECT_EQ(f.diags.errorCount(), 1u); // notes are not errors
}

TEST(Diagnostics, RangeOverSeveralLinesIsClippedToTheFirst) {
  Fixture f;
  FileId file = f.sm.addFile("m.py", "foo(a,\n    b)\n");
  f.diags.report(DiagId::parse_invalid_syntax, {f.sm.locAt(file, 0), f.sm.locAt(file, 13)});
  EXPECT_EQ(f.out, "m.py:1:1: error: invalid syntax\nfoo(a,\n^~~~~~\n");
}

TEST(Diagnostics, WithoutLocation) {
  Fixture f;
  f.diags.report(DiagId::driver_cannot_open, SourceRange{}, "x.py", "No such file or directory");
  EXPECT_EQ(f.out, "kiln: error: cannot open 'x.py': No such file or directory\n");
}

} // namespace
} // namespace kiln

// DiagnosticEngine: every user-facing message, rendered in one layout (DESIGN.md §1.6).
//
//   prog.py:12:16: error: cannot add 'str' and 'int'
//       return name + 1
//              ~~~~~^~~
//   prog.py:10:5: note: 'name' was inferred as 'str' here
//
// Every message text lives in support/diagnostics.def under a stable id; code reports an id plus
// arguments, never a free-form string. Placeholders are {0}, {1}, ... A diagnostic is emitted
// when its Builder goes out of scope, so notes can be chained:
//
//   diags.report(DiagId::parse_unclosed_bracket, range, "(").note(DiagId::..., other, ...);
//
// Stages keep going where sensible; the driver stops at stage boundaries when hasErrors().
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "support/interner.h"
#include "support/source_manager.h"

namespace kiln {

enum class Severity : uint8_t { Error, Warning, Note };

enum class DiagId : uint16_t {
#define DIAG(id, severity, format) id,
#include "support/diagnostics.def"
#undef DIAG
};

struct DiagInfo {
  const char* name;
  Severity severity;
  const char* format;
};
const DiagInfo& diagInfo(DiagId id);
const char* severityName(Severity severity);

// One argument of a diagnostic, already turned into text.
class DiagArg {
public:
  DiagArg(std::string_view s) : text_(s) {}
  DiagArg(const char* s) : text_(s) {}
  DiagArg(const std::string& s) : text_(s) {}
  DiagArg(Symbol s) : text_(s.str()) {}
  DiagArg(char c) : text_(1, c) {}
  DiagArg(int v) : text_(std::to_string(v)) {}
  DiagArg(unsigned v) : text_(std::to_string(v)) {}
  DiagArg(long v) : text_(std::to_string(v)) {}
  DiagArg(unsigned long v) : text_(std::to_string(v)) {}
  const std::string& text() const { return text_; }

private:
  std::string text_;
};

struct Diagnostic {
  DiagId id;
  Severity severity;
  SourceRange range; // may be invalid: a message about no particular place
  SourceLoc caret;   // where '^' points; defaults to range.begin
  std::string message;
  std::vector<Diagnostic> notes;
};

// Substitutes {N} placeholders of `format` with `args`.
std::string formatDiagMessage(const char* format, const std::vector<DiagArg>& args);

class DiagnosticEngine {
public:
  using Consumer = std::function<void(const Diagnostic&)>;

  explicit DiagnosticEngine(const SourceManager& sources);

  class Builder {
  public:
    Builder(DiagnosticEngine& engine, Diagnostic diag) : engine_(&engine), diag_(std::move(diag)) {}
    Builder(Builder&& other) noexcept : engine_(other.engine_), diag_(std::move(other.diag_)) {
      other.engine_ = nullptr;
    }
    Builder(const Builder&) = delete;
    ~Builder() {
      if (engine_) engine_->emit(diag_);
    }
    template <class... Args> Builder& note(DiagId id, SourceRange range, const Args&... args) {
      diag_.notes.push_back(engine_->make(id, range, {DiagArg(args)...}));
      return *this;
    }
    Builder& caret(SourceLoc loc) {
      diag_.caret = loc;
      return *this;
    }

  private:
    DiagnosticEngine* engine_;
    Diagnostic diag_;
  };

  template <class... Args> Builder report(DiagId id, SourceRange range, const Args&... args) {
    return Builder(*this, make(id, range, {DiagArg(args)...}));
  }

  Builder reportArgs(DiagId id, SourceRange range, const std::vector<DiagArg>& args) {
    return Builder(*this, make(id, range, args));
  }

  // Replaces the default consumer (render to stderr), e.g. to collect diagnostics in tests.
  void setConsumer(Consumer consumer) { consumer_ = std::move(consumer); }
  unsigned errorCount() const { return errorCount_; }
  bool hasErrors() const { return errorCount_ != 0; }

  // Renders a diagnostic and its notes in the layout above, each line ending in '\n'.
  std::string render(const Diagnostic& diag) const;

private:
  Diagnostic make(DiagId id, SourceRange range, const std::vector<DiagArg>& args) const;
  void emit(const Diagnostic& diag);
  void renderOne(const Diagnostic& diag, std::string& out) const;

  const SourceManager& sources_;
  Consumer consumer_;
  unsigned errorCount_ = 0;
};

} // namespace kiln

// The page of `kiln jitview` (docs/viewers.md): the loops and bridges of a KILNLOG file.
#pragma once

#include <string>

#include "viewer/html_page.h"
#include "viewer/jitlog.h"

namespace kiln::viewer {

// A guard that failed this often without getting a bridge stands out: the JIT's default
// trace_eagerness (docs/jit.md), after which it tries to trace one; no bridge then means that
// tracing it gave up (the aborts say why) or that the JIT ran with a higher trace_eagerness.
constexpr uint64_t kHotGuardFailures = 50;

// The page's data (its `kiln-data` JSON; tests/viewer/golden/ holds examples): every trace with
// its operations grouped by merge point, the guards with their failures and bridges, the
// aborts and the summary.
Json jitLogJson(const JitLog& log, const std::string& logName);

bool writeJitPage(const JitLog& log, const std::string& logName, const std::string& path, size_t& bytes,
                  std::string& error);

} // namespace kiln::viewer

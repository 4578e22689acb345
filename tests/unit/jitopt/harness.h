// What the jitopt tests share: parsing a trace against the test program, printing it as the
// logs do, running passes, and checking the optimizer's invariants on a result.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/jit/optimizer.h"
#include "runtime/jit/traceparse.h"

namespace jitopt_test {

// The test program's descr tables (program.cpp).
const kiln::jitrt::DescrTables& descrTablesForTests();
// Parses or fails with "line N: message".
bool parse(std::string_view text, kiln::jitrt::ParsedTrace& out, std::string& error, int firstLine = 1);
// The trace as jit-log-opt prints it.
std::string print(const kiln::jitrt::ParsedTrace& p);
// The optimizer's invariants (optimizer.h) on `after`, the optimized `before`: every operand
// and resume value defined before use; *_ovf ops and calls that may raise each followed by
// their guard, those guards only there; failargs the distinct non-constant frame values; no
// residual call, allocation or guard-free write lost except the stores the events say were
// removed. Returns the problems, one a line ("" when none).
std::string checkInvariants(const kiln::jitrt::ParsedTrace& before, const kiln::jitrt::ParsedTrace& after,
                            const std::vector<std::pair<std::string, uint32_t>>& events);

} // namespace jitopt_test

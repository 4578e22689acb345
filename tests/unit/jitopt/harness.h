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

// The made-up memory of every jitopt test: the objects the traces name are addresses with no
// memory behind them. A word never stored reads as a hash of (object, slot) -- the slot is a
// field's offset, or 1000 + an item's index -- and an array's length is a hash of the array.
// The differential test's emulator starts from it, and the heap pass's reads of immutable
// fields of constants (kiln::jitrt::readImmutable, set by test_main.cpp) read it too.
inline constexpr kiln::jitrt::Word kObjects[] = {0x1000, 0x2000, 0x3000};
kiln::jitrt::Word mix(kiln::jitrt::Word a, kiln::jitrt::Word b);
kiln::jitrt::Word madeUpWord(kiln::jitrt::Word obj, uint64_t slot, uint8_t size, char kind);
kiln::jitrt::Word madeUpLength(kiln::jitrt::Word array);
bool readMadeUpImmutable(kiln::jitrt::Word object, uint32_t descr, bool item, int64_t index, kiln::jitrt::Word& out);

} // namespace jitopt_test

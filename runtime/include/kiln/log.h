// kiln/log.h -- KILNLOG, the runtime's log of timestamped sections (docs/logs.md), as PyPy's
// PYPYLOG: the collector writes gc-minor / gc-major-* sections, the JIT will add its own.
//
//   KILNLOG=category1,category2:FILE    (FILE "-" or missing: stderr)
//
// A section's category is enabled when one of the listed names is a prefix of it ("gc" enables
// gc-minor and gc-major-step). The variable is read once, at the first call of any function
// here. A section:
//   [<monotonic clock, ns, hex>] {<category>
//   <content lines, kiln_log_printf>
//   [<monotonic clock, ns, hex>] <category>}
// Writers test kiln_log_enabled(category) once (it is a string search), keep the answer, and
// write a section only when it is true; sections may nest.
#pragma once

#include <cstdint>

extern "C++" {

// Whether sections of `category` go to the log.
bool kiln_log_enabled(const char* category);
// Opens / closes a section (the category's timestamped line).
void kiln_log_start(const char* category);
void kiln_log_stop(const char* category);
// Writes content inside the open section (the caller ends its lines with '\n').
void kiln_log_printf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
// The monotonic clock in nanoseconds: the sections' timestamps, for durations in content lines.
uint64_t kiln_log_time_ns();
// Replaces the configuration KILNLOG gave by `spec` (same syntax; null or "": log nothing), for
// tests. Closes the previous log file.
void kiln_log_configure(const char* spec);

} // extern "C++"

// Timings report.
#include "support/timings.h"

#include <cstdio>

namespace kiln {

std::string Timings::report() const {
  double total = 0;
  for (const Stage& s : stages_) total += s.seconds;
  std::string out = "stage                               time (ms)   share\n";
  char line[160];
  for (const Stage& s : stages_) {
    std::snprintf(line, sizeof line, "%-34s %11.1f  %5.1f%%\n", s.name.c_str(), s.seconds * 1e3,
                  total > 0 ? 100 * s.seconds / total : 0.0);
    out += line;
  }
  std::snprintf(line, sizeof line, "%-34s %11.1f\n", "total", total * 1e3);
  return out + line;
}

} // namespace kiln

// Internal-error reporting for KILN_ASSERT / KILN_UNREACHABLE.
#include "support/assert.h"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

namespace kiln {

void internalError(const char* file, int line, const char* fmt, ...) {
  std::fflush(stdout);
  std::fprintf(stderr, "kiln: internal error: ");
  va_list args;
  va_start(args, fmt);
  std::vfprintf(stderr, fmt, args);
  va_end(args);
  std::fprintf(stderr, "\n  at %s:%d\n  this is a bug in kiln; please report it with the input "
                       "that triggered it\n",
               file, line);
  std::abort();
}

} // namespace kiln

// Internal-error checks: KILN_ASSERT and KILN_UNREACHABLE (STYLE.md §8).
//
// These are for compiler bugs only. A condition that a user's input can trigger is never an
// assertion; it is a diagnostic (support/diagnostics.def). Both macros stay on in release
// builds: a wrong translation is worse than a stopped one.
#pragma once

namespace kiln {

[[noreturn]] void internalError(const char* file, int line, const char* fmt, ...)
    __attribute__((format(printf, 3, 4)));

} // namespace kiln

#define KILN_ASSERT(cond, ...)                                                                   \
  do {                                                                                           \
    if (__builtin_expect(!(cond), 0))                                                            \
      ::kiln::internalError(__FILE__, __LINE__, "assertion '" #cond "' failed: " __VA_ARGS__);   \
  } while (0)

#define KILN_UNREACHABLE(...) ::kiln::internalError(__FILE__, __LINE__, "unreachable: " __VA_ARGS__)

// KILNLOG: the log of timestamped sections (kiln/log.h; docs/logs.md has the format).
//
// The configuration is read from the environment at the first call, once: the list of enabled
// category prefixes and the open file. Nothing here knows which categories exist.
#include "kiln/log.h"

#include <time.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct LogState {
  bool configured = false;
  FILE* out = nullptr; // null: nothing is enabled
  bool ownsFile = false;
  std::vector<std::string> prefixes;
  int depth = 0; // open sections; the file is flushed when the outermost closes
};

LogState gLog;

void closeLog() {
  if (gLog.out && gLog.ownsFile)
    fclose(gLog.out);
  else if (gLog.out)
    fflush(gLog.out);
  gLog.out = nullptr;
  gLog.ownsFile = false;
  gLog.prefixes.clear();
  gLog.depth = 0;
}

// "cat1,cat2:FILE": the categories before the first ':', the file after it.
void configure(const char* spec) {
  closeLog();
  gLog.configured = true;
  if (!spec || !*spec) return;
  const char* colon = strchr(spec, ':');
  std::string categories = colon ? std::string(spec, colon) : std::string(spec);
  std::string file = colon ? std::string(colon + 1) : std::string();
  for (size_t start = 0; start <= categories.size();) {
    size_t comma = categories.find(',', start);
    if (comma == std::string::npos) comma = categories.size();
    if (comma > start) gLog.prefixes.push_back(categories.substr(start, comma - start));
    start = comma + 1;
  }
  if (gLog.prefixes.empty()) return;
  if (file.empty() || file == "-") {
    gLog.out = stderr;
    return;
  }
  gLog.out = fopen(file.c_str(), "w");
  gLog.ownsFile = gLog.out != nullptr;
  if (!gLog.out) {
    fprintf(stderr, "kiln: cannot open the KILNLOG file '%s': %s\n", file.c_str(), strerror(errno));
    gLog.prefixes.clear();
  }
}

void ensureConfigured() {
  if (!gLog.configured) configure(getenv("KILNLOG"));
}

} // namespace

uint64_t kiln_log_time_ns() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  return uint64_t(now.tv_sec) * 1000000000u + uint64_t(now.tv_nsec);
}

bool kiln_log_enabled(const char* category) {
  ensureConfigured();
  for (const std::string& prefix : gLog.prefixes)
    if (strncmp(category, prefix.c_str(), prefix.size()) == 0) return true;
  return false;
}

void kiln_log_start(const char* category) {
  ensureConfigured();
  if (!gLog.out) return;
  fprintf(gLog.out, "[%llx] {%s\n", static_cast<unsigned long long>(kiln_log_time_ns()), category);
  ++gLog.depth;
}

void kiln_log_stop(const char* category) {
  if (!gLog.out) return;
  fprintf(gLog.out, "[%llx] %s}\n", static_cast<unsigned long long>(kiln_log_time_ns()), category);
  if (gLog.depth > 0 && --gLog.depth == 0) fflush(gLog.out);
}

void kiln_log_printf(const char* fmt, ...) {
  if (!gLog.out) return;
  va_list args;
  va_start(args, fmt);
  vfprintf(gLog.out, fmt, args);
  va_end(args);
}

void kiln_log_configure(const char* spec) {
  configure(spec);
}

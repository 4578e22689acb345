// The `kiln` command: dispatch to a command, on a thread with a large stack.
//
// Compilers recurse over trees; a deep (but legal) program must not overflow the 8 MiB default
// main-thread stack. Every command therefore runs on a thread with kStackSize of stack; the
// parser's own nesting limit (kMaxParseDepth) keeps hostile input within it.
#include <pthread.h>

#include <cstdio>
#include <string>

#include "driver/commands.h"
#include "driver/options.h"

namespace {

constexpr size_t kStackSize = size_t(512) << 20;

struct Job {
  kiln::driver::Options options;
  int status = 0;
};

void* runJob(void* arg) {
  auto* job = static_cast<Job*>(arg);
  job->status = kiln::driver::runCommand(job->options);
  return nullptr;
}

} // namespace

int main(int argc, char** argv) {
  Job job;
  std::string error;
  if (!kiln::driver::parseCommandLine(argc, argv, job.options, error)) {
    std::fprintf(stderr, "kiln: error: %s\n\n%s", error.c_str(), kiln::driver::usage().c_str());
    return 2;
  }
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackSize);
  pthread_t thread;
  if (pthread_create(&thread, &attr, runJob, &job) != 0) return runJob(&job), job.status;
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return job.status;
}

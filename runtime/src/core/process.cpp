// Process start-up and fatal errors (kiln/runtime.h, "Process", "Stack check", "Debugging"):
// kiln_rt_init, the crash handlers, kiln_fatal and the debug prints.
//
// Start-up (kiln_rt_init): the collector (kiln_gc_init, of whichever backend is linked) and the
// runtime's GC roots (exceptions.cpp); stdout fully buffered (64 KiB) when it is not a terminal
// and stderr line-buffered, as CPython's; SIGPIPE ignored, as CPython does (a write to a closed
// pipe then fails with EPIPE: BrokenPipeError); the stack limit; the crash handlers.
//
// Stack limit: RLIMIT_STACK (8 MiB when unlimited) below the frame of kiln_rt_init, less a
// safety margin (256 KiB, a quarter of a small stack) that the frames below the limit need:
// RecursionError is raised by a call made at the limit, and its handler's frames, the
// traceback's and the report's run below it.
//
// Exit statuses of fatal errors: kiln_fatal exits with 134 (128 + SIGABRT, what abort() gives);
// a crash on signal S exits with 128 + S: SIGSEGV 139, SIGBUS 135, SIGFPE 136, SIGILL 132, the
// statuses a shell reports for a process those signals killed. _exit, never exit: nothing else
// runs (no atexit handlers, no stdio flush) in a process whose state is broken.
//
// Crash reports: after `kiln: fatal error: <what>`, the kiln Python functions on the stack,
// innermost first, as `  in prog.fact (prog.py, line 5)` (the line of the def). backtrace()'s
// return addresses (less one, to land in the call; the faulting instruction's address as it is)
// are mapped into kiln_functions (the table codegen emits), sorted by address at start-up. An
// address belongs to the kiln function that starts where its code's symbol starts:
//  1. the executable's ELF symbol table (symbols.cpp) names the function containing it, with
//     its size: exact, unless the executable is stripped;
//  2. else dladdr, when it knows the symbol (an executable linked with -rdynamic);
//  3. else the nearest function at or below the address, if the address lies in the executable's
//     text, within kMaxFunctionBytes of that function and below the next entry of the table,
//     which also holds some of the runtime's own functions as stoppers.
#include <dlfcn.h>
#include <execinfo.h>
#include <signal.h>
#include <ucontext.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdlib>
#include <iterator>

#include "exceptions.h"
#include "kiln/runtime.h"
#include "symbols.h"

extern "C" char __executable_start[];
extern "C" char etext[];

char* kiln_stack_limit = nullptr;

namespace {

constexpr size_t kStdoutBuffer = 64 * 1024;
constexpr size_t kUnlimitedStack = 8 * 1024 * 1024;
constexpr size_t kStackMargin = 256 * 1024;
constexpr size_t kMaxFunctionBytes = 256 * 1024;
constexpr int kMaxFrames = 128;
constexpr int kFatalStatus = 128 + SIGABRT;

// A function of the sorted table: a kiln function (info non-null) or a runtime stopper.
struct CodeRange {
  const char* address;
  const kiln_function_info* info;
};

CodeRange* gFunctions = nullptr;
size_t gFunctionCount = 0;
alignas(16) char gAltStack[64 * 1024];
volatile sig_atomic_t gInFatal = 0;

// -- Crash reports -----------------------------------------------------------------------------------

void sortFunctions() {
  const void* stoppers[] = {
      reinterpret_cast<const void*>(&kiln_rt_init), reinterpret_cast<const void*>(&kiln_fatal),
      reinterpret_cast<const void*>(&kiln_raise), reinterpret_cast<const void*>(&kiln_gc_alloc),
      reinterpret_cast<const void*>(&kiln_str_alloc), reinterpret_cast<const void*>(&kiln_rt_exit),
  };
  size_t count = kiln_function_count + std::size(stoppers);
  gFunctions = static_cast<CodeRange*>(malloc(count * sizeof(CodeRange)));
  if (!gFunctions) return;
  for (size_t i = 0; i < kiln_function_count; ++i)
    gFunctions[gFunctionCount++] = {static_cast<const char*>(kiln_functions[i].address), &kiln_functions[i]};
  for (const void* stopper : stoppers)
    gFunctions[gFunctionCount++] = {static_cast<const char*>(stopper), nullptr};
  std::sort(gFunctions, gFunctions + gFunctionCount,
            [](const CodeRange& a, const CodeRange& b) { return a.address < b.address; });
}

// The kiln function starting at `start`, or null.
const kiln_function_info* functionStartingAt(const char* start) {
  const CodeRange* begin = gFunctions;
  const CodeRange* end = gFunctions + gFunctionCount;
  const CodeRange* at = std::lower_bound(
      begin, end, start, [](const CodeRange& r, const char* a) { return r.address < a; });
  return at != end && at->address == start ? at->info : nullptr;
}

// The kiln function whose code holds `pc`, or null.
const kiln_function_info* functionAt(const char* pc) {
  if (pc < __executable_start || pc >= etext || !gFunctions) return nullptr;
  if (const void* start = kiln_symbols::functionContaining(pc))
    return functionStartingAt(static_cast<const char*>(start));
  Dl_info dl;
  if (dladdr(pc, &dl) && dl.dli_saddr) return functionStartingAt(static_cast<const char*>(dl.dli_saddr));
  const CodeRange* begin = gFunctions;
  const CodeRange* end = gFunctions + gFunctionCount;
  const CodeRange* next = std::upper_bound(
      begin, end, pc, [](const char* a, const CodeRange& r) { return a < r.address; });
  if (next == begin) return nullptr;
  const CodeRange& at = next[-1];
  if (!at.info || size_t(pc - at.address) > kMaxFunctionBytes) return nullptr;
  return at.info;
}

void writeText(const char* text) {
  ssize_t ignored = write(STDERR_FILENO, text, strlen(text));
  (void)ignored;
}

void printRepeats(int repeats) {
  if (repeats <= 3) return;
  char line[96];
  snprintf(line, sizeof line, "  [Previous line repeated %d more time%s]\n", repeats - 3,
           repeats - 3 > 1 ? "s" : "");
  writeText(line);
}

// Prints the kiln functions on the stack, innermost first, a run of one function as CPython's
// tracebacks show one; `faultPc`, the address of the instruction a signal interrupted (null
// for none), is no return address.
void printKilnStack(const void* faultPc) {
  void* frames[kMaxFrames];
  int n = backtrace(frames, kMaxFrames);
  char line[512];
  const kiln_function_info* last = nullptr;
  int repeats = 0;
  for (int i = 0; i < n; ++i) {
    const char* pc = static_cast<const char*>(frames[i]);
    const kiln_function_info* f = functionAt(frames[i] == faultPc ? pc : pc - 1);
    if (!f) continue;
    if (f == last && ++repeats > 3) continue;
    if (f != last) {
      printRepeats(repeats);
      last = f;
      repeats = 1;
    }
    snprintf(line, sizeof line, "  in %s (%s, line %d)\n", f->name, f->file, f->line);
    writeText(line);
  }
  printRepeats(repeats);
}

const char* signalText(int signo) {
  switch (signo) {
  case SIGSEGV: return "segmentation fault";
  case SIGBUS: return "bus error";
  case SIGFPE: return "floating-point exception";
  case SIGILL: return "illegal instruction";
  }
  return "fatal signal";
}

// The interrupted instruction's address, from the signal's context.
const void* faultAddress(void* context) {
  auto* uc = static_cast<ucontext_t*>(context);
#if defined(__x86_64__)
  return reinterpret_cast<const void*>(uc->uc_mcontext.gregs[REG_RIP]);
#elif defined(__aarch64__)
  return reinterpret_cast<const void*>(uc->uc_mcontext.pc);
#else
  (void)uc;
  return nullptr;
#endif
}

void onCrash(int signo, siginfo_t*, void* context) {
  if (gInFatal) _exit(128 + signo);
  gInFatal = 1;
  // What the program printed comes first, as CPython would have printed it before failing.
  // Unlocked: the crash may have happened inside stdio, holding its lock; the process ends
  // here anyway.
  fflush_unlocked(stdout);
  writeText("kiln: fatal error: ");
  writeText(signalText(signo));
  writeText("\n");
  printKilnStack(faultAddress(context));
  _exit(128 + signo);
}

void installCrashHandlers() {
  stack_t alt{};
  alt.ss_sp = gAltStack;
  alt.ss_size = sizeof gAltStack;
  sigaltstack(&alt, nullptr);
  struct sigaction action{};
  action.sa_sigaction = onCrash;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&action.sa_mask);
  for (int signo : {SIGSEGV, SIGBUS, SIGFPE, SIGILL}) sigaction(signo, &action, nullptr);
  void* warmUp[1];
  backtrace(warmUp, 1); // loads the unwinder now, not in a signal handler
}

// -- Start-up ----------------------------------------------------------------------------------------

void setStackLimit() {
  rlimit limit{};
  size_t size = kUnlimitedStack;
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    size = size_t(limit.rlim_cur);
  size_t margin = std::min(kStackMargin, size / 4);
  kiln_stack_limit = static_cast<char*>(__builtin_frame_address(0)) - (size - margin);
}

bool gDebugLineStarted = false;

void debugSeparator() {
  if (gDebugLineStarted) fputc(' ', stderr);
  gDebugLineStarted = true;
}

} // namespace

void kiln_rt_init(int argc, char** argv) {
  (void)argc;
  (void)argv;
  kiln_gc_init();
  kiln_exc_init();
  if (!isatty(STDOUT_FILENO)) setvbuf(stdout, nullptr, _IOFBF, kStdoutBuffer);
  setvbuf(stderr, nullptr, _IOLBF, BUFSIZ);
  signal(SIGPIPE, SIG_IGN);
  setStackLimit();
  sortFunctions();
  installCrashHandlers();
}

void kiln_fatal(const char* fmt, ...) {
  if (gInFatal) _exit(kFatalStatus);
  gInFatal = 1;
  fflush(stdout); // what the program printed comes first, as its text comes before the report
  fflush(stderr);
  char message[1024];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof message, fmt, args);
  va_end(args);
  writeText("kiln: fatal error: ");
  writeText(message);
  writeText("\n");
  printKilnStack(nullptr);
  _exit(kFatalStatus);
}

// -- Debugging ---------------------------------------------------------------------------------------
// The items of one debug_print line go to stderr separated by spaces; kiln_debug_print_end ends it.

void kiln_debug_print_str(str* s) {
  debugSeparator();
  if (!s) {
    fputs("None", stderr);
    return;
  }
  fwrite(s->chars.items, 1, size_t(s->chars.length), stderr);
}

void kiln_debug_print_int(int64_t i) {
  debugSeparator();
  fprintf(stderr, "%lld", static_cast<long long>(i));
}

void kiln_debug_print_float(double f) {
  debugSeparator();
  fprintf(stderr, "%.17g", f);
}

void kiln_debug_print_cstr(const char* s) {
  debugSeparator();
  fputs(s, stderr);
}

void kiln_debug_print_end() {
  fputc('\n', stderr);
  gDebugLineStarted = false;
}

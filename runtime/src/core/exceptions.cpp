// The exception state, raising, tracebacks, and the report of an uncaught exception at exit
// (kiln/runtime.h, "Exceptions" and kiln_rt_exit).
//
// The pending exception is two globals, kiln_exc_type and kiln_exc_value, which generated code
// tests after every call that can raise. An exception instance starts with kiln_exc_head: its
// `message` is str(e).
//
// Tracebacks. Generated code calls kiln_tb_add with a static entry for each frame the exception
// passes through, innermost first; the report prints them outermost first, as CPython does.
// Invariants:
//  1. Entries are kept as runs of identical (file, line, function) entries, so a recursion of any
//     depth takes one run, and the report collapses it as CPython does: the first 3 lines, then
//     `  [Previous line repeated N more times]`.
//  2. At most kMaxRuns runs nearest the raise point and kMaxRuns runs nearest the entry point
//     are kept (the ring); runs in between are counted and reported as one elision line.
//  3. kiln_raise of an object other than the last one raised restarts the traceback; raising the
//     last one again (a bare `raise` in a handler) extends it, as CPython's traceback grows.
//  4. kiln_exc_value and the traceback's `raised` are the runtime's GC roots (kiln_gc_add_root,
//     from kiln_exc_init): a moving collector updates them, so invariant 3's identity test
//     holds across collections. kiln_exc_type points to a vtable, which is no GC object.
#include "exceptions.h"

#include <cerrno>
#include <cstdarg>
#include <cstdlib>

#include "kiln/runtime.h"

kiln_vtable_head* kiln_exc_type = nullptr;
kiln_object_head* kiln_exc_value = nullptr;

namespace {

constexpr int kMaxRuns = 50;
constexpr int kShownRepeats = 3; // CPython's traceback._RECURSIVE_CUTOFF

struct Run {
  const kiln_tb_entry* entry;
  int64_t count;
};

struct Traceback {
  Run inner[kMaxRuns]; // the first runs recorded: nearest the raise point
  int innerCount = 0;
  Run outer[kMaxRuns]; // a ring of the last runs recorded
  int outerStart = 0, outerCount = 0;
  int64_t elided = 0; // runs dropped between the two
  kiln_object_head* raised = nullptr; // the object the entries belong to (invariants 3, 4)
};

Traceback gTraceback;

bool sameEntry(const kiln_tb_entry* a, const kiln_tb_entry* b) {
  if (a == b) return true;
  return a->line == b->line && strcmp(a->file, b->file) == 0 &&
         strcmp(a->function, b->function) == 0;
}

Run* lastRun(Traceback& tb) {
  if (tb.outerCount) return &tb.outer[(tb.outerStart + tb.outerCount - 1) % kMaxRuns];
  if (tb.innerCount && !tb.elided) return &tb.inner[tb.innerCount - 1];
  return nullptr;
}

void addRun(Traceback& tb, const kiln_tb_entry* entry) {
  if (tb.innerCount < kMaxRuns) {
    tb.inner[tb.innerCount++] = {entry, 1};
    return;
  }
  if (tb.outerCount < kMaxRuns) {
    tb.outer[(tb.outerStart + tb.outerCount++) % kMaxRuns] = {entry, 1};
    return;
  }
  tb.outer[tb.outerStart] = {entry, 1}; // the oldest run of the ring makes room
  tb.outerStart = (tb.outerStart + 1) % kMaxRuns;
  ++tb.elided;
}

void printEntry(const kiln_tb_entry* e) {
  fprintf(stderr, "  File \"%s\", line %d, in %s\n", e->file, e->line, e->function);
}

void printRun(const Run& run) {
  for (int64_t i = 0; i < run.count && i < kShownRepeats; ++i) printEntry(run.entry);
  if (run.count > kShownRepeats) {
    int64_t more = run.count - kShownRepeats;
    fprintf(stderr, "  [Previous line repeated %lld more time%s]\n", static_cast<long long>(more),
            more > 1 ? "s" : "");
  }
}

void printTraceback(const Traceback& tb) {
  fputs("Traceback (most recent call last):\n", stderr);
  for (int i = tb.outerCount - 1; i >= 0; --i) printRun(tb.outer[(tb.outerStart + i) % kMaxRuns]);
  if (tb.elided)
    fprintf(stderr, "  [... %lld more frame groups not shown ...]\n",
            static_cast<long long>(tb.elided));
  for (int i = tb.innerCount - 1; i >= 0; --i) printRun(tb.inner[i]);
}

const str* messageOf(const kiln_object_head* value) {
  return value ? reinterpret_cast<const kiln_exc_head*>(value)->message : nullptr;
}

// The status SystemExit's message stands for, printing it when it is not a number (CPython's
// handle_system_exit; kiln cannot tell sys.exit('5') from sys.exit(5): both exit with 5).
int systemExitStatus(const str* message) {
  if (!message || message->chars.length == 0) return 0;
  const char* text = message->chars.items;
  char* end = nullptr;
  errno = 0;
  long long status = strtoll(text, &end, 10);
  bool isNumber = (text[0] == '-' || (text[0] >= '0' && text[0] <= '9')) && errno == 0 &&
                  end == text + message->chars.length;
  if (isNumber) return int(status);
  fwrite(text, 1, size_t(message->chars.length), stderr);
  fputc('\n', stderr);
  return 1;
}

// The uncaught exception's report; its exit status.
int reportUncaught() {
  if (kiln_exc_matches(KILN_EXC_SystemExit)) return systemExitStatus(messageOf(kiln_exc_value));
  printTraceback(gTraceback);
  const str* name = kiln_exc_type->name;
  const str* message = messageOf(kiln_exc_value);
  if (name) fwrite(name->chars.items, 1, size_t(name->chars.length), stderr);
  if (message && message->chars.length) {
    fputs(": ", stderr);
    fwrite(message->chars.items, 1, size_t(message->chars.length), stderr);
  }
  fputc('\n', stderr);
  return 1;
}

// Flushes stdout at exit: false (after CPython's message) when it cannot be written.
bool flushStdout() {
  if (fflush(stdout) == 0 && !ferror(stdout)) return true;
  int error = errno;
  fputs("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n",
        stderr);
  fprintf(stderr, "%s: [Errno %d] %s\n", error == EPIPE ? "BrokenPipeError" : "OSError", error,
          strerror(error));
  return false;
}

} // namespace

// -- Raising -----------------------------------------------------------------------------------------

void kiln_exc_init() {
  kiln_gc_add_root(&kiln_exc_value);
  kiln_gc_add_root(&gTraceback.raised);
}

void kiln_raise(kiln_vtable_head* type, kiln_object_head* value) {
  if (value != gTraceback.raised) { // invariant 3
    gTraceback = Traceback();
    gTraceback.raised = value;
  }
  kiln_exc_type = type;
  kiln_exc_value = value;
}

void kiln_raise_builtin(kiln_exc kind, str* message) {
  auto* e = static_cast<kiln_exc_head*>(kiln_gc_alloc(KILN_TID_EXC));
  e->super.typeptr = kiln_builtin_vtables[kind];
  e->message = message;
  kiln_raise(e->super.typeptr, &e->super);
}

void kiln_raise_fmt(kiln_exc kind, const char* fmt, ...) {
  char small[256];
  va_list args;
  va_start(args, fmt);
  int n = vsnprintf(small, sizeof small, fmt, args);
  va_end(args);
  if (n < 0) n = 0;
  if (size_t(n) < sizeof small) {
    kiln_raise_builtin(kind, kiln_str_from_utf8(small, size_t(n)));
    return;
  }
  char* big = static_cast<char*>(malloc(size_t(n) + 1));
  if (!big) kiln_fatal("out of memory (%d bytes)", n + 1);
  va_start(args, fmt);
  vsnprintf(big, size_t(n) + 1, fmt, args);
  va_end(args);
  str* message = kiln_str_from_utf8(big, size_t(n));
  free(big);
  kiln_raise_builtin(kind, message);
}

bool kiln_exc_matches(kiln_exc kind) {
  if (!kiln_exc_type) return false;
  const kiln_vtable_head* cls = kiln_builtin_vtables[kind];
  int64_t id = kiln_exc_type->subclassrange_min;
  return cls->subclassrange_min <= id && id < cls->subclassrange_max;
}

void kiln_exc_clear() {
  kiln_exc_type = nullptr;
  kiln_exc_value = nullptr;
}

void kiln_tb_add(const kiln_tb_entry* entry) {
  Run* last = lastRun(gTraceback);
  if (last && sameEntry(last->entry, entry)) {
    ++last->count;
    return;
  }
  addRun(gTraceback, entry);
}

void kiln_stack_overflow() {
  kiln_raise_fmt(KILN_EXC_RecursionError, "maximum recursion depth exceeded");
}

void kiln_raise_overflow(const char* what) {
  kiln_raise_builtin(KILN_EXC_OverflowError, kiln_str_from_cstr(what));
}

void kiln_raise_zero_division(const char* what) {
  kiln_raise_builtin(KILN_EXC_ZeroDivisionError, kiln_str_from_cstr(what));
}

// -- Exit --------------------------------------------------------------------------------------------

int kiln_rt_exit(int64_t status) {
  int result = int(status);
  if (kiln_exc_type) {
    fflush(stdout); // stdout's text comes before the report, as in CPython
    result = reportUncaught();
  }
  if (!flushStdout()) result = 120; // CPython's status when stdout cannot be flushed at exit
  fflush(stderr);
  return result;
}

// The runtime's core (runtime/src/core): exception state and matching, tracebacks and the report
// of an uncaught exception, str allocation, the stack check, fatal errors and crash handlers.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <string>

#include "tests/unit/runtime/harness.h"

namespace {

// What `run` writes to stderr (file descriptor 2), and the exit status kiln_rt_exit returns.
template <class F> std::string captureStderr(F run) {
  fflush(stderr);
  FILE* capture = tmpfile();
  int saved = dup(STDERR_FILENO);
  dup2(fileno(capture), STDERR_FILENO);
  run();
  fflush(stderr);
  dup2(saved, STDERR_FILENO);
  close(saved);
  std::string text;
  rewind(capture);
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, capture)) > 0) text.append(buffer, n);
  fclose(capture);
  return text;
}

// The report and status of kiln_rt_exit for the pending exception.
std::string exitReport(int* status) {
  return captureStderr([&] { *status = kiln_rt_exit(0); });
}

const kiln_tb_entry kMain = {"prog.py", 12, "entry_point"};
const kiln_tb_entry kFact = {"prog.py", 5, "fact"};
const kiln_tb_entry kHelper = {"lib.py", 3, "helper"};

// -- Exception state ---------------------------------------------------------------------------------

TEST(RuntimeCore, RaiseBuiltinSetsTypeAndMessage) {
  kiln_raise_builtin(KILN_EXC_ValueError, S("bad value"));
  EXPECT_EQ(kiln_exc_type, kiln_test_vtable(KILN_EXC_ValueError));
  ASSERT_NE(kiln_exc_value, nullptr);
  EXPECT_EQ(kiln_exc_value->typeptr, kiln_exc_type);
  EXPECT_EQ(takeException(), "ValueError: bad value");
  EXPECT_EQ(kiln_exc_type, nullptr);
  EXPECT_EQ(kiln_exc_value, nullptr);
}

TEST(RuntimeCore, RaiseFmtFormatsShortAndLongMessages) {
  kiln_raise_fmt(KILN_EXC_KeyError, "'%s' %d", "key", 42);
  EXPECT_EQ(takeException(), "KeyError: 'key' 42");
  std::string longText(1000, 'x');
  kiln_raise_fmt(KILN_EXC_RuntimeError, "%s!", longText.c_str());
  EXPECT_EQ(takeException(), "RuntimeError: " + longText + "!");
}

TEST(RuntimeCore, ExcMatchesFollowsTheClassHierarchy) {
  kiln_raise_builtin(KILN_EXC_ZeroDivisionError, nullptr);
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_ZeroDivisionError));
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_ArithmeticError));
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_Exception));
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_BaseException));
  EXPECT_FALSE(kiln_exc_matches(KILN_EXC_OverflowError));
  EXPECT_FALSE(kiln_exc_matches(KILN_EXC_LookupError));
  EXPECT_FALSE(kiln_exc_matches(KILN_EXC_SystemExit));
  kiln_exc_clear();
  EXPECT_FALSE(kiln_exc_matches(KILN_EXC_BaseException)); // nothing pending
  kiln_raise_builtin(KILN_EXC_UnicodeDecodeError, nullptr);
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_ValueError));
  EXPECT_FALSE(kiln_exc_matches(KILN_EXC_UnicodeEncodeError));
  kiln_exc_clear();
  kiln_raise_builtin(KILN_EXC_KeyboardInterrupt, nullptr);
  EXPECT_FALSE(kiln_exc_matches(KILN_EXC_Exception));
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_BaseException));
  kiln_exc_clear();
}

TEST(RuntimeCore, InlineRaisersAndStackOverflowMessages) {
  kiln_raise_overflow("integer overflow");
  EXPECT_EQ(takeException(), "OverflowError: integer overflow");
  kiln_raise_zero_division("integer division or modulo by zero");
  EXPECT_EQ(takeException(), "ZeroDivisionError: integer division or modulo by zero");
  kiln_stack_overflow();
  EXPECT_EQ(takeException(), "RecursionError: maximum recursion depth exceeded");
}

// A recursion that checks the stack as generated code does: RecursionError ends it.
int64_t recurse(int64_t depth) {
  kiln_stack_check();
  if (kiln_exc_type) return depth;
  volatile char frame[512];
  frame[0] = char(depth);
  int64_t result = recurse(depth + 1);
  return result + frame[0] * 0;
}

TEST(RuntimeCore, StackCheckRaisesRecursionErrorBeforeTheStackEnds) {
  ASSERT_NE(kiln_stack_limit, nullptr);
  int64_t depth = recurse(0);
  EXPECT_GT(depth, 1000);
  EXPECT_EQ(takeException(), "RecursionError: maximum recursion depth exceeded");
}

// -- Strings and memory ------------------------------------------------------------------------------

TEST(RuntimeCore, StrFromUtf8CountsCodePoints) {
  str* s = S("h\xc3\xa9llo\xe2\x82\xac\xf0\x9f\x98\x80"); // 'héllo€😀'
  EXPECT_EQ(s->length, 7);
  EXPECT_EQ(s->chars.length, 13);
  EXPECT_EQ(s->hash, 0);
  EXPECT_EQ(T(s), "h\xc3\xa9llo\xe2\x82\xac\xf0\x9f\x98\x80");
  str* empty = kiln_str_from_utf8("", 0);
  EXPECT_EQ(empty->length, 0);
  EXPECT_EQ(empty->chars.length, 0);
}

TEST(RuntimeCore, BytesCountBytes) {
  str* b = kiln_bytes_from("\xff\x00\xc3\xa9", 4);
  EXPECT_EQ(b->length, 4);
  EXPECT_EQ(b->chars.length, 4);
  EXPECT_EQ(std::string(b->chars.items, 4), std::string("\xff\x00\xc3\xa9", 4));
}

TEST(RuntimeCore, StrAllocIsZeroedAndTerminated) {
  str* s = kiln_str_alloc(100, 100);
  EXPECT_EQ(s->length, 100);
  EXPECT_EQ(s->chars.length, 100);
  for (int i = 0; i <= 100; ++i) EXPECT_EQ(s->chars.items[i], 0);
}

TEST(RuntimeCore, GcMallocIsZeroFilled) {
  for (size_t size : {size_t(0), size_t(8), size_t(1000), size_t(1 << 20)}) {
    auto* p = static_cast<unsigned char*>(kiln_gc_malloc_atomic(size));
    auto* q = static_cast<unsigned char*>(kiln_gc_malloc(size));
    ASSERT_NE(p, nullptr);
    ASSERT_NE(q, nullptr);
    for (size_t i = 0; i < size; ++i) ASSERT_EQ(p[i] | q[i], 0) << "size " << size;
  }
}

TEST(RuntimeCore, GcAllocByTypeId) {
  // kiln_gc_alloc*: zeroed, a varsize object with its length set, by the runtime's own entries.
  auto* b = static_cast<strbuilder*>(kiln_gc_alloc(KILN_TID_STRBUILDER));
  EXPECT_EQ(b->length, 0);
  EXPECT_EQ(b->buf, nullptr);
  auto* e = static_cast<kiln_exc_head*>(kiln_gc_alloc(KILN_TID_EXC));
  EXPECT_EQ(e->message, nullptr);
  for (int64_t n : {0, 1, 1000, 300000}) {
    auto* a = static_cast<kiln_str_array*>(kiln_gc_alloc_varsize(KILN_TID_STR_ARRAY, n));
    ASSERT_EQ(a->length, n);
    for (int64_t i = 0; i < n; ++i) ASSERT_EQ(a->items[i], nullptr) << "length " << n;
  }
  str* big = kiln_str_alloc(1 << 20, 0);
  EXPECT_EQ(big->chars.length, 1 << 20);
  EXPECT_EQ(big->chars.items[1 << 20], 0); // the NUL after the chars
}

TEST(RuntimeCore, GcKeepsWhatGcArraysHold) {
  // A kiln_str_array's type says it holds pointers (Boehm scans it): its strs survive
  // collections and the allocations after them.
  auto* a = static_cast<kiln_str_array*>(kiln_gc_alloc_varsize(KILN_TID_STR_ARRAY, 100));
  for (int i = 0; i < 100; ++i) a->items[i] = S(std::to_string(i * 7919).c_str());
  int64_t collections = kiln_gc_major_count();
  for (int round = 0; round < 3; ++round) {
    kiln_gc_collect();
    for (int i = 0; i < 2000; ++i) kiln_str_alloc(64, 64);
  }
  EXPECT_GT(kiln_gc_major_count(), collections);
  EXPECT_EQ(kiln_gc_minor_count(), 0); // Boehm
  EXPECT_GT(kiln_gc_heap_size(), 0);
  for (int i = 0; i < 100; ++i) ASSERT_EQ(T(a->items[i]), std::to_string(i * 7919));
}

TEST(RuntimeCore, IdentityHashAndId) {
  str* s = S("x");
  EXPECT_EQ(kiln_gc_id(s), int64_t(uintptr_t(s))); // Boehm: the address
  EXPECT_EQ(kiln_gc_identityhash(s), kiln_gc_identityhash(s));
  uint64_t x = uintptr_t(s);
  EXPECT_EQ(uint64_t(kiln_gc_identityhash(s)), (x >> 4) | (x << 60)); // CPython's _Py_HashPointer
}

// -- Tracebacks and the exit report ------------------------------------------------------------------

TEST(RuntimeCore, UncaughtExceptionPrintsTracebackOutermostFirst) {
  kiln_raise_builtin(KILN_EXC_ValueError, S("invalid literal"));
  kiln_tb_add(&kHelper);
  kiln_tb_add(&kFact);
  kiln_tb_add(&kMain);
  int status = -1;
  std::string report = exitReport(&status);
  EXPECT_EQ(status, 1);
  EXPECT_EQ(report, "Traceback (most recent call last):\n"
                    "  File \"prog.py\", line 12, in entry_point\n"
                    "  File \"prog.py\", line 5, in fact\n"
                    "  File \"lib.py\", line 3, in helper\n"
                    "ValueError: invalid literal\n");
  kiln_exc_clear();
}

TEST(RuntimeCore, EmptyMessagePrintsOnlyTheName) {
  kiln_raise_builtin(KILN_EXC_StopIteration, nullptr);
  kiln_tb_add(&kMain);
  int status = -1;
  EXPECT_EQ(exitReport(&status), "Traceback (most recent call last):\n"
                                 "  File \"prog.py\", line 12, in entry_point\n"
                                 "StopIteration\n");
  EXPECT_EQ(status, 1);
  kiln_exc_clear();
}

TEST(RuntimeCore, RecursionCollapsesRepeatedLinesAsCPython) {
  kiln_stack_overflow();
  for (int i = 0; i < 999; ++i) kiln_tb_add(&kFact);
  kiln_tb_add(&kMain);
  int status = -1;
  EXPECT_EQ(exitReport(&status), "Traceback (most recent call last):\n"
                                 "  File \"prog.py\", line 12, in entry_point\n"
                                 "  File \"prog.py\", line 5, in fact\n"
                                 "  File \"prog.py\", line 5, in fact\n"
                                 "  File \"prog.py\", line 5, in fact\n"
                                 "  [Previous line repeated 996 more times]\n"
                                 "RecursionError: maximum recursion depth exceeded\n");
  EXPECT_EQ(status, 1);
  kiln_exc_clear();
}

TEST(RuntimeCore, RepeatedOnceMoreSaysTime) {
  kiln_raise_builtin(KILN_EXC_ValueError, S("x"));
  for (int i = 0; i < 4; ++i) kiln_tb_add(&kFact);
  int status = -1;
  std::string report = exitReport(&status);
  EXPECT_NE(report.find("  [Previous line repeated 1 more time]\nValueError: x\n"), std::string::npos)
      << report;
  kiln_exc_clear();
}

TEST(RuntimeCore, ManyDistinctFramesAreElided) {
  static kiln_tb_entry entries[300];
  kiln_raise_builtin(KILN_EXC_ValueError, S("deep"));
  for (int i = 0; i < 300; ++i) {
    entries[i] = {"prog.py", i + 1, "f"};
    kiln_tb_add(&entries[i]);
  }
  int status = -1;
  std::string report = exitReport(&status);
  // The 50 frames nearest the entry point (lines 300..251), an elision, the 50 nearest the raise.
  EXPECT_EQ(report.find("Traceback (most recent call last):\n  File \"prog.py\", line 300, in f\n"), 0u);
  EXPECT_NE(report.find("line 251, in f\n  [... 200 more frame groups not shown ...]\n  File \"prog.py\", line 50, in f\n"),
            std::string::npos)
      << report;
  EXPECT_EQ(report.find("line 250,"), std::string::npos);
  EXPECT_NE(report.find("line 1, in f\nValueError: deep\n"), std::string::npos);
  kiln_exc_clear();
}

TEST(RuntimeCore, ANewExceptionRestartsTheTracebackTheSameOneExtendsIt) {
  kiln_raise_builtin(KILN_EXC_ValueError, S("first"));
  kiln_tb_add(&kHelper);
  kiln_exc_clear();
  kiln_raise_builtin(KILN_EXC_ValueError, S("second")); // another object: a new traceback
  kiln_tb_add(&kFact);
  kiln_vtable_head* type = kiln_exc_type;
  kiln_object_head* value = kiln_exc_value;
  kiln_exc_clear();   // caught...
  kiln_raise(type, value); // ...and raised again: the traceback goes on
  kiln_tb_add(&kMain);
  int status = -1;
  EXPECT_EQ(exitReport(&status), "Traceback (most recent call last):\n"
                                 "  File \"prog.py\", line 12, in entry_point\n"
                                 "  File \"prog.py\", line 5, in fact\n"
                                 "ValueError: second\n");
  kiln_exc_clear();
}

TEST(RuntimeCore, SystemExitStatuses) {
  int status = -1;
  kiln_raise_builtin(KILN_EXC_SystemExit, nullptr);
  EXPECT_EQ(exitReport(&status), "");
  EXPECT_EQ(status, 0);
  kiln_raise_builtin(KILN_EXC_SystemExit, S("3"));
  EXPECT_EQ(exitReport(&status), "");
  EXPECT_EQ(status, 3);
  kiln_raise_builtin(KILN_EXC_SystemExit, S("-1"));
  EXPECT_EQ(exitReport(&status), "");
  EXPECT_EQ(status, -1);
  kiln_raise_builtin(KILN_EXC_SystemExit, S("bye now"));
  EXPECT_EQ(exitReport(&status), "bye now\n");
  EXPECT_EQ(status, 1);
  kiln_exc_clear();
}

TEST(RuntimeCore, NoExceptionExitsWithTheEntryPointsStatus) {
  int status = -1;
  EXPECT_EQ(captureStderr([&] { status = kiln_rt_exit(7); }), "");
  EXPECT_EQ(status, 7);
}

// -- Fatal errors ------------------------------------------------------------------------------------

TEST(RuntimeCoreDeathTest, FatalExitsWith134) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(kiln_fatal("out of memory (%d bytes)", 64), testing::ExitedWithCode(134),
              "^kiln: fatal error: out of memory \\(64 bytes\\)\n");
}

TEST(RuntimeCoreDeathTest, SegfaultIsReportedAndExitsWith139) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(raise(SIGSEGV), testing::ExitedWithCode(139), "^kiln: fatal error: segmentation fault\n");
  EXPECT_EXIT(raise(SIGFPE), testing::ExitedWithCode(136), "kiln: fatal error: floating-point exception\n");
}

TEST(RuntimeCoreDeathTest, UnboundedRecursionWithoutStackChecksIsASegfault) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  struct Local {
    static int64_t down(int64_t n) {
      volatile char frame[4096];
      frame[0] = char(n);
      if (n < 0) return 0; // never: n only grows
      return down(n + 1) + frame[0];
    }
  };
  EXPECT_EXIT(Local::down(0), testing::ExitedWithCode(139), "segmentation fault");
}

} // namespace

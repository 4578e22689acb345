// The I/O, os, sys, time and file helpers (runtime/src/io, kiln/generic/numbers_io.h), on files
// in a temporary directory, against CPython 3.11's results and messages.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "tests/unit/runtime/list_test_structs.h"

namespace {

class RuntimeIo : public ::testing::Test {
protected:
  void SetUp() override {
    char pattern[] = "/tmp/kiln_io_test_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    std::string command = "rm -rf '" + dir_ + "'";
    ASSERT_EQ(system(command.c_str()), 0);
    EXPECT_EQ(takeException(), ""); // every test takes the exceptions it causes
  }
  std::string path(const char* name) const { return dir_ + "/" + name; }
  str* P(const char* name) const { return S(path(name).c_str()); }
  void writeBytes(const char* name, const std::string& bytes) const {
    FILE* f = fopen(path(name).c_str(), "wb");
    fwrite(bytes.data(), 1, bytes.size(), f);
    fclose(f);
  }
  std::string readBytes(const char* name) const {
    FILE* f = fopen(path(name).c_str(), "rb");
    std::string out;
    int c;
    while (f && (c = getc(f)) != EOF) out += char(c);
    if (f) fclose(f);
    return out;
  }
  file* open(const char* name, const char* mode, const char* encoding = nullptr) const {
    return kiln_file_open(P(name), S(mode), encoding ? S(encoding) : nullptr);
  }
  // The exception a read of the whole file raises, decoded as text.
  std::string decodeError(const std::string& bytes) {
    writeBytes("bad.txt", bytes);
    file* f = open("bad.txt", "r");
    kiln_file_read(f, -1);
    return takeException();
  }

  std::string dir_;
};

// -- Files -------------------------------------------------------------------------------------------

TEST_F(RuntimeIo, WriteThenReadText) {
  file* f = open("a.txt", "w");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(kiln_file_write(f, S("h\xc3\xa9llo\n")), 6); // code points
  EXPECT_EQ(kiln_file_write(f, S("world")), 5);
  kiln_file_close(f);
  EXPECT_EQ(f->stream, nullptr);
  kiln_file_close(f); // closing a closed file does nothing
  EXPECT_EQ(readBytes("a.txt"), "h\xc3\xa9llo\nworld");
  f = open("a.txt", "r", "UTF-8");
  str* two = kiln_file_read(f, 2);
  EXPECT_EQ(T(two), "h\xc3\xa9");
  EXPECT_EQ(two->length, 2);
  str* rest = kiln_file_read(f, -1);
  EXPECT_EQ(T(rest), "llo\nworld");
  EXPECT_EQ(rest->length, 9);
  EXPECT_EQ(T(kiln_file_read(f, -1)), "");
  kiln_file_close(f);
}

TEST_F(RuntimeIo, UniversalNewlines) {
  writeBytes("nl.txt", "a\r\nb\rc\nd\r");
  file* f = open("nl.txt", "r");
  EXPECT_EQ(T(kiln_file_readline(f)), "a\n");
  EXPECT_EQ(T(kiln_file_readline(f)), "b\n");
  EXPECT_EQ(T(kiln_file_readline(f)), "c\n");
  EXPECT_EQ(T(kiln_file_readline(f)), "d\n");
  EXPECT_EQ(T(kiln_file_readline(f)), "");
  kiln_file_close(f);
  f = open("nl.txt", "r");
  EXPECT_EQ(T(kiln_file_read(f, 3)), "a\nb");
  kiln_file_close(f);
  f = open("nl.txt", "rb");
  EXPECT_EQ(T(kiln_file_read(f, -1)), "a\r\nb\rc\nd\r");
  kiln_file_close(f);
}

TEST_F(RuntimeIo, BinaryReadsBytes) {
  writeBytes("b.bin", std::string("\xff\x00\xc3\xa9\n\x01", 6));
  file* f = open("b.bin", "rb");
  str* head = kiln_file_read(f, 3);
  EXPECT_EQ(head->length, 3);
  EXPECT_EQ(std::string(head->chars.items, 3), std::string("\xff\x00\xc3", 3));
  EXPECT_EQ(T(kiln_file_readline(f)), "\xa9\n");
  EXPECT_EQ(T(kiln_file_readline(f)), "\x01");
  kiln_file_close(f);
  f = open("c.bin", "wb");
  EXPECT_EQ(kiln_file_write(f, kiln_bytes_from("\xff\r\n", 3)), 3);
  kiln_file_close(f);
  EXPECT_EQ(readBytes("c.bin"), "\xff\r\n");
}

TEST_F(RuntimeIo, NextStopsAtTheEnd) {
  writeBytes("l.txt", "one\ntwo");
  file* f = open("l.txt", "r");
  EXPECT_EQ(T(kiln_file_next(f)), "one\n");
  EXPECT_EQ(T(kiln_file_next(f)), "two");
  EXPECT_EQ(kiln_file_next(f), nullptr);
  EXPECT_EQ(takeException(), "StopIteration: ");
  kiln_file_close(f);
}

TEST_F(RuntimeIo, ReadlinesIntoFixedAndResizableLists) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "line " + std::to_string(i) + "\r\n";
  writeBytes("many.txt", text + "last");
  file* f = open("many.txt", "r");
  EXPECT_EQ(T(kiln_file_readline(f)), "line 0\n");
  lv_array_str* fixed = kiln_file_readlines<lv_array_str*>(f);
  ASSERT_NE(fixed, nullptr);
  ASSERT_EQ(fixed->length, 40);
  EXPECT_EQ(T(fixed->items[0]), "line 1\n");
  EXPECT_EQ(T(fixed->items[38]), "line 39\n");
  EXPECT_EQ(T(fixed->items[39]), "last");
  kiln_file_close(f);
  f = open("many.txt", "r");
  lv_list_str* list = kiln_file_readlines<lv_list_str*>(f);
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->length, 41);
  ASSERT_GE(list->items->length, 41);
  EXPECT_EQ(T(list->items->items[0]), "line 0\n");
  EXPECT_EQ(T(list->items->items[40]), "last");
  EXPECT_EQ(kiln_file_readlines<lv_list_str*>(f)->length, 0);
  kiln_file_close(f);
  EXPECT_EQ(kiln_file_readlines<lv_list_str*>(f), nullptr);
  EXPECT_EQ(takeException(), "ValueError: I/O operation on closed file.");
}

TEST_F(RuntimeIo, SeekTellAppendAndReadWrite) {
  file* f = open("s.txt", "w+");
  kiln_file_write(f, S("hello"));
  EXPECT_EQ(kiln_file_tell(f), 5);
  EXPECT_EQ(kiln_file_seek(f, 0, 0), 0);
  EXPECT_EQ(T(kiln_file_read(f, -1)), "hello");
  EXPECT_EQ(kiln_file_seek(f, 0, 2), 5);
  kiln_file_write(f, S("!"));
  kiln_file_flush(f);
  EXPECT_EQ(readBytes("s.txt"), "hello!");
  kiln_file_close(f);
  f = open("s.txt", "a");
  kiln_file_write(f, S("?"));
  kiln_file_close(f);
  EXPECT_EQ(readBytes("s.txt"), "hello!?");
  f = open("s.txt", "rb");
  EXPECT_EQ(kiln_file_seek(f, -2, 2), 5);
  EXPECT_EQ(T(kiln_file_read(f, 1)), "!");
  EXPECT_EQ(kiln_file_tell(f), 6);
  kiln_file_close(f);
}

TEST_F(RuntimeIo, SeekErrors) {
  writeBytes("s.txt", "abc");
  file* f = open("s.txt", "r");
  kiln_file_seek(f, 0, 3);
  EXPECT_EQ(takeException(), "ValueError: invalid whence (3, should be 0, 1 or 2)");
  kiln_file_seek(f, 1, 1);
  EXPECT_EQ(takeException(), "OSError: can't do nonzero cur-relative seeks");
  kiln_file_seek(f, 1, 2);
  EXPECT_EQ(takeException(), "OSError: can't do nonzero end-relative seeks");
  kiln_file_seek(f, -1, 0);
  EXPECT_EQ(takeException(), "ValueError: negative seek position -1");
  kiln_file_close(f);
  f = open("s.txt", "rb");
  kiln_file_seek(f, -1, 0);
  EXPECT_EQ(takeException(), "OSError: [Errno 22] Invalid argument");
  kiln_file_close(f);
}

TEST_F(RuntimeIo, OpenErrors) {
  EXPECT_EQ(open("missing.txt", "r"), nullptr);
  EXPECT_EQ(takeException(), "FileNotFoundError: [Errno 2] No such file or directory: '" + path("missing.txt") + "'");
  EXPECT_EQ(open("it's", "r"), nullptr);
  EXPECT_EQ(takeException(), "FileNotFoundError: [Errno 2] No such file or directory: \"" + path("it's") + "\"");
  EXPECT_EQ(kiln_file_open(S(dir_.c_str()), S("r"), nullptr), nullptr);
  EXPECT_EQ(takeException(), "IsADirectoryError: [Errno 21] Is a directory: '" + dir_ + "'");
  writeBytes("x.txt", "");
  EXPECT_EQ(open("x.txt", "x"), nullptr);
  EXPECT_EQ(takeException(), "FileExistsError: [Errno 17] File exists: '" + path("x.txt") + "'");
  EXPECT_EQ(open("x.txt", "rb", "utf-8"), nullptr);
  EXPECT_EQ(takeException(), "ValueError: binary mode doesn't take an encoding argument");
  EXPECT_EQ(open("x.txt", "w", "latin-9"), nullptr);
  EXPECT_EQ(takeException(), "LookupError: unknown encoding: latin-9");
  file* f = open("x.txt", "r", "utf_8");
  ASSERT_NE(f, nullptr);
  kiln_file_close(f);
  EXPECT_EQ(kiln_file_open(kiln_bytes_from("a\0b", 3), S("r"), nullptr), nullptr);
  EXPECT_EQ(takeException(), "ValueError: embedded null byte");
  f = open("new.txt", "x");
  ASSERT_NE(f, nullptr);
  kiln_file_close(f);
  EXPECT_EQ(open("new.txt/y", "w"), nullptr);
  EXPECT_EQ(takeException(), "NotADirectoryError: [Errno 20] Not a directory: '" + path("new.txt/y") + "'");
  if (geteuid() != 0) { // root may write anywhere
    chmod(path("new.txt").c_str(), 0);
    EXPECT_EQ(open("new.txt", "r"), nullptr);
    EXPECT_EQ(takeException(), "PermissionError: [Errno 13] Permission denied: '" + path("new.txt") + "'");
  }
}

TEST_F(RuntimeIo, ModeAndClosedErrors) {
  writeBytes("r.txt", "abc");
  file* f = open("r.txt", "r");
  kiln_file_write(f, S("x"));
  EXPECT_EQ(takeException(), "OSError: not writable");
  EXPECT_EQ(kiln_file_enter(f), f);
  kiln_file_close(f);
  kiln_file_read(f, -1);
  EXPECT_EQ(takeException(), "ValueError: I/O operation on closed file.");
  kiln_file_readline(f);
  EXPECT_EQ(takeException(), "ValueError: I/O operation on closed file.");
  kiln_file_next(f);
  EXPECT_EQ(takeException(), "ValueError: I/O operation on closed file.");
  kiln_file_write(f, S("x"));
  EXPECT_EQ(takeException(), "ValueError: I/O operation on closed file.");
  kiln_file_flush(f);
  EXPECT_EQ(takeException(), "ValueError: I/O operation on closed file.");
  kiln_file_seek(f, 0, 0);
  EXPECT_EQ(takeException(), "ValueError: I/O operation on closed file.");
  kiln_file_tell(f);
  EXPECT_EQ(takeException(), "ValueError: I/O operation on closed file.");
  EXPECT_EQ(kiln_file_enter(f), nullptr);
  EXPECT_EQ(takeException(), "ValueError: I/O operation on closed file.");
  f = open("w.txt", "w");
  kiln_file_read(f, -1);
  EXPECT_EQ(takeException(), "OSError: not readable");
  kiln_file_readline(f);
  EXPECT_EQ(takeException(), "OSError: not readable");
  kiln_file_close(f);
}

TEST_F(RuntimeIo, DecodeErrorsAsCPython) {
  const char* prefix = "UnicodeDecodeError: 'utf-8' codec can't decode ";
  EXPECT_EQ(decodeError("\xff"), std::string(prefix) + "byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(decodeError("ab\xe2\x82"), std::string(prefix) + "bytes in position 2-3: unexpected end of data");
  EXPECT_EQ(decodeError("\xe2\x82" "A"), std::string(prefix) + "bytes in position 0-1: invalid continuation byte");
  EXPECT_EQ(decodeError("\xe2" "A"), std::string(prefix) + "byte 0xe2 in position 0: invalid continuation byte");
  EXPECT_EQ(decodeError("x\xed\xa0\x80"), std::string(prefix) + "byte 0xed in position 1: invalid continuation byte");
  EXPECT_EQ(decodeError("\xf4\x90\x80\x80"), std::string(prefix) + "byte 0xf4 in position 0: invalid continuation byte");
  EXPECT_EQ(decodeError("\xc0\x80"), std::string(prefix) + "byte 0xc0 in position 0: invalid start byte");
  EXPECT_EQ(decodeError("\xe2"), std::string(prefix) + "byte 0xe2 in position 0: unexpected end of data");
  EXPECT_EQ(decodeError("ok\xf0\x9f\x98"), std::string(prefix) + "bytes in position 2-4: unexpected end of data");
  EXPECT_EQ(decodeError("\xf0\x9f\x98\x80\xe2\x82\xac"), "");
}

// -- os ----------------------------------------------------------------------------------------------

TEST_F(RuntimeIo, OsFileDescriptors) {
  int64_t fd = kiln_os_open(P("fd.txt"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ASSERT_GE(fd, 0);
  EXPECT_EQ(kiln_os_write(fd, kiln_bytes_from("abc\xff", 4)), 4);
  kiln_os_close(fd);
  EXPECT_EQ(takeException(), "");
  fd = kiln_os_open(P("fd.txt"), O_RDONLY, 0777);
  str* data = kiln_os_read(fd, 100);
  EXPECT_EQ(data->length, 4);
  EXPECT_EQ(T(data), "abc\xff");
  EXPECT_EQ(T(kiln_os_read(fd, 100)), "");
  kiln_os_read(fd, -1);
  EXPECT_EQ(takeException(), "OSError: [Errno 22] Invalid argument");
  kiln_os_close(fd);
  kiln_os_close(fd);
  EXPECT_EQ(takeException(), "OSError: [Errno 9] Bad file descriptor");
  kiln_os_write(99999, S("x"));
  EXPECT_EQ(takeException(), "OSError: [Errno 9] Bad file descriptor");
  EXPECT_TRUE(kiln_os_path_exists(P("fd.txt")));
  kiln_os_unlink(P("fd.txt"));
  EXPECT_FALSE(kiln_os_path_exists(P("fd.txt")));
  kiln_os_unlink(P("fd.txt"));
  EXPECT_EQ(takeException(), "FileNotFoundError: [Errno 2] No such file or directory: '" + path("fd.txt") + "'");
  kiln_os_open(P("none"), O_RDONLY, 0);
  EXPECT_EQ(takeException(), "FileNotFoundError: [Errno 2] No such file or directory: '" + path("none") + "'");
  EXPECT_FALSE(kiln_os_path_exists(kiln_bytes_from("a\0b", 3)));
  EXPECT_TRUE(kiln_os_path_exists(S(dir_.c_str())));
}

TEST_F(RuntimeIo, OsGetenv) {
  setenv("KILN_IO_TEST", "v\xc3\xa9", 1);
  str* value = kiln_os_getenv(S("KILN_IO_TEST"), nullptr);
  EXPECT_EQ(T(value), "v\xc3\xa9");
  EXPECT_EQ(value->length, 2);
  unsetenv("KILN_IO_TEST");
  EXPECT_EQ(kiln_os_getenv(S("KILN_IO_TEST"), nullptr), nullptr);
  EXPECT_EQ(T(kiln_os_getenv(S("KILN_IO_TEST"), S("dflt"))), "dflt");
}

TEST_F(RuntimeIo, OsPathFunctionsAsPosixpath) {
  struct Case {
    const char *path, *basename, *dirname;
  };
  const Case cases[] = { // from CPython 3.11's posixpath
      {"a/b/c", "c", "a/b"}, {"/a", "a", "/"},     {"a", "a", ""},        {"", "", ""},
      {"/", "", "/"},        {"//", "", "//"},     {"a/", "", "a"},       {"/a/b/", "", "/a/b"},
      {"//a//b//", "", "//a//b"}, {"h\xc3\xa9llo/w\xc3\xb6rld", "w\xc3\xb6rld", "h\xc3\xa9llo"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(T(kiln_os_path_basename(S(c.path))), c.basename) << c.path;
    EXPECT_EQ(T(kiln_os_path_dirname(S(c.path))), c.dirname) << c.path;
  }
  EXPECT_EQ(kiln_os_path_basename(S("h\xc3\xa9llo/w\xc3\xb6rld"))->length, 5);
  EXPECT_EQ(T(kiln_os_path_join<str*>(S("a"), S("b"))), "a/b");
  EXPECT_EQ(T(kiln_os_path_join<str*>(S("a/"), S("b"))), "a/b");
  EXPECT_EQ(T(kiln_os_path_join<str*>(S("a"), S("/b"), S("c"))), "/b/c");
  EXPECT_EQ(T(kiln_os_path_join<str*>(S(""), S("b"))), "b");
  EXPECT_EQ(T(kiln_os_path_join<str*>(S("a"), S(""))), "a/");
  EXPECT_EQ(T(kiln_os_path_join<str*>(S("/"), S(""))), "/");
  EXPECT_EQ(T(kiln_os_path_join<str*>(S("a"), S("b/"), S("c"))), "a/b/c");
  EXPECT_EQ(T(kiln_os_path_join<str*>(S(""), S(""))), "");
  str* joined = kiln_os_path_join<str*>(S("\xc3\xa9"), S("\xc3\xa9"));
  EXPECT_EQ(T(joined), "\xc3\xa9/\xc3\xa9");
  EXPECT_EQ(joined->length, 3);
}

// -- sys, print, time --------------------------------------------------------------------------------

TEST_F(RuntimeIo, PrintAndSysStdoutShareStdoutsBuffer) {
  fflush(stdout);
  FILE* capture = tmpfile();
  int saved = dup(STDOUT_FILENO);
  dup2(fileno(capture), STDOUT_FILENO);
  kiln_print_str(S("h\xc3\xa9llo\n"));
  EXPECT_EQ(kiln_sys_stdout_write(S("w\xc3\xb6rld")), 5);
  kiln_sys_stdout_flush();
  dup2(saved, STDOUT_FILENO);
  close(saved);
  rewind(capture);
  char buffer[64] = {};
  size_t n = fread(buffer, 1, sizeof buffer - 1, capture);
  fclose(capture);
  EXPECT_EQ(std::string(buffer, n), "h\xc3\xa9llo\nw\xc3\xb6rld");
}

TEST_F(RuntimeIo, SysExitRaisesSystemExit) {
  kiln_sys_exit<void>();
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_SystemExit));
  EXPECT_EQ(takeException(), "SystemExit: ");
  kiln_sys_exit<void>(int64_t(3));
  EXPECT_EQ(takeException(), "SystemExit: 3");
  kiln_sys_exit<void>(int64_t(-2));
  EXPECT_EQ(takeException(), "SystemExit: -2");
  kiln_sys_exit<void>(S("bye"));
  EXPECT_EQ(takeException(), "SystemExit: bye");
  kiln_sys_exit<void>(static_cast<str*>(nullptr));
  EXPECT_EQ(takeException(), "SystemExit: ");
  kiln_sys_exit<void>(kiln_none);
  EXPECT_EQ(takeException(), "SystemExit: ");
  kiln_sys_exit<void>(true);
  EXPECT_EQ(takeException(), "SystemExit: 1");
}

TEST_F(RuntimeIo, Clocks) {
  EXPECT_GT(kiln_time_time(), 1.6e9);
  double a = kiln_time_perf_counter();
  double b = kiln_time_perf_counter();
  EXPECT_GE(b, a);
}

} // namespace

// kiln/rt_io.h -- the plain I/O, os, sys, time and file helpers (rtyper/helpers.def, "I/O and
// process", "files"). Defined in runtime/src/io/.
//
// Each raises as helpers.def says (CPython 3.11's class and message: OSError's is
// '[Errno N] strerror' or '[Errno N] strerror: 'path'', the class OSError's subclass for the
// errno where builtin_classes.def has it: FileNotFoundError, FileExistsError, PermissionError,
// IsADirectoryError, NotADirectoryError) and then returns a dummy value.
#pragma once

#include <cstdint>
#include <cstdio>

struct str;
// A file object (rtyper/rtype_io.cpp): a stdio stream (null once closed) and the mode's bits.
struct file {
  FILE* stream;
  int64_t flags;
};

// file.flags: the bits of open()'s mode string, set by kiln_file_open.
enum : int64_t {
  KILN_FILE_READ = 1,    // 'r' or '+'
  KILN_FILE_WRITE = 2,   // 'w', 'a', 'x' or '+'
  KILN_FILE_APPEND = 4,  // 'a'
  KILN_FILE_BINARY = 8,  // 'b' (otherwise text: UTF-8, universal newlines on reading)
};

// -- I/O and process ---------------------------------------------------------------------------------
void kiln_print_str(str* s);
int64_t kiln_os_write(int64_t fd, str* data);
str* kiln_os_read(int64_t fd, int64_t n); // bytes
int64_t kiln_os_open(str* path, int64_t flags, int64_t mode);
void kiln_os_close(int64_t fd);
void kiln_os_unlink(str* path);
str* kiln_os_getenv(str* name, str* fallback);
bool kiln_os_path_exists(str* path);
str* kiln_os_path_basename(str* path);
str* kiln_os_path_dirname(str* path);
int64_t kiln_sys_stdout_write(str* s);
int64_t kiln_sys_stderr_write(str* s);
void kiln_sys_stdout_flush();
double kiln_time_time();
double kiln_time_perf_counter();

// -- files -------------------------------------------------------------------------------------------
file* kiln_file_open(str* path, str* mode, str* encoding);
str* kiln_file_read(file* f, int64_t n);
str* kiln_file_readline(file* f); // '' at the end
str* kiln_file_next(file* f);     // StopIteration at the end
int64_t kiln_file_write(file* f, str* s);
void kiln_file_flush(file* f);
int64_t kiln_file_seek(file* f, int64_t offset, int64_t whence);
int64_t kiln_file_tell(file* f);
file* kiln_file_enter(file* f);
void kiln_file_close(file* f);

// What the generic helpers (generic/numbers_io.h) share: os.path.join of n parts; raising
// SystemExit with a message (its status: '' for 0, an int's digits, or a text for stderr);
// whether f is open and readable (else raises, returns false).
str* kiln_os_path_join_parts(str* const* parts, int64_t count);
void kiln_raise_system_exit(str* message);
bool kiln_file_check_readable(file* f);

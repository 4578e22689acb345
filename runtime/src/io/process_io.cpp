// The process's own I/O and the os, sys and time functions (rtyper/helpers.def, "I/O and
// process"): print(), sys.stdout/sys.stderr, os.* on file descriptors and paths, sys.exit's
// exception, the clocks; and the OSError messages every I/O helper raises.
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "io_errors.h"

namespace kiln_io {

namespace {

// repr() of a path, as OSError's message shows it: CPython's quotes and escapes.
void appendRepr(char* out, size_t size, const str* s) {
  const char* p = s->chars.items;
  size_t n = size_t(s->chars.length);
  bool hasSingle = memchr(p, '\'', n), hasDouble = memchr(p, '"', n);
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  size_t at = strlen(out);
  auto put = [&](const char* text) {
    size_t len = strlen(text);
    if (at + len + 1 < size) {
      memcpy(out + at, text, len);
      at += len;
    }
  };
  char q[2] = {quote, 0};
  put(q);
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    char one[8] = {char(c), 0};
    if (c == '\\' || c == static_cast<unsigned char>(quote)) snprintf(one, sizeof one, "\\%c", c);
    else if (c == '\n') strcpy(one, "\\n");
    else if (c == '\r') strcpy(one, "\\r");
    else if (c == '\t') strcpy(one, "\\t");
    else if (c < 0x20 || c == 0x7f) snprintf(one, sizeof one, "\\x%02x", c);
    put(one);
  }
  put(q);
  out[at] = 0;
}

// The OSError subclass CPython raises for an errno (those of annotator/builtin_classes.def).
kiln_exc osErrorClass(int error) {
  switch (error) {
  case ENOENT: return KILN_EXC_FileNotFoundError;
  case EEXIST: return KILN_EXC_FileExistsError;
  case EACCES:
  case EPERM: return KILN_EXC_PermissionError;
  case EISDIR: return KILN_EXC_IsADirectoryError;
  case ENOTDIR: return KILN_EXC_NotADirectoryError;
  }
  return KILN_EXC_OSError;
}

} // namespace

void raiseOsError(int error, const str* path) {
  char message[1024];
  snprintf(message, sizeof message, "[Errno %d] %s", error, strerror(error));
  if (path) {
    strcat(message, ": ");
    appendRepr(message, sizeof message, path);
  }
  kiln_raise_builtin(osErrorClass(error), kiln_str_from_cstr(message));
}

CString::CString(const str* s, bool raise) {
  size_t n = size_t(s->chars.length);
  text_ = n < sizeof small_ ? small_ : static_cast<char*>(malloc(n + 1));
  if (!text_) kiln_fatal("out of memory (%zu bytes)", n + 1);
  memcpy(text_, s->chars.items, n);
  text_[n] = 0;
  if (memchr(text_, 0, n)) {
    ok_ = false;
    if (raise) kiln_raise_fmt(KILN_EXC_ValueError, "embedded null byte");
  }
}

CString::~CString() {
  if (text_ != small_) free(text_);
}

} // namespace kiln_io

using kiln_io::CString;
using kiln_io::raiseOsError;

namespace {

// Writes a str to a stdio stream; false after raising OSError.
bool writeStream(FILE* stream, const str* s) {
  size_t n = size_t(s->chars.length);
  if (fwrite(s->chars.items, 1, n, stream) == n && !ferror(stream)) return true;
  int error = errno ? errno : EIO;
  clearerr(stream);
  raiseOsError(error);
  return false;
}

double clockSeconds(clockid_t clock) {
  timespec now{};
  clock_gettime(clock, &now);
  return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

} // namespace

// -- print and sys -----------------------------------------------------------------------------------

void kiln_print_str(str* s) {
  writeStream(stdout, s);
}

int64_t kiln_sys_stdout_write(str* s) {
  return writeStream(stdout, s) ? s->length : 0;
}

int64_t kiln_sys_stderr_write(str* s) {
  return writeStream(stderr, s) ? s->length : 0;
}

void kiln_sys_stdout_flush() {
  if (fflush(stdout) == 0) return;
  int error = errno;
  clearerr(stdout);
  raiseOsError(error);
}

void kiln_raise_system_exit(str* message) {
  kiln_raise_builtin(KILN_EXC_SystemExit, message);
}

double kiln_time_time() {
  return clockSeconds(CLOCK_REALTIME);
}

double kiln_time_perf_counter() {
  return clockSeconds(CLOCK_MONOTONIC);
}

// -- os on file descriptors --------------------------------------------------------------------------

int64_t kiln_os_write(int64_t fd, str* data) {
  ssize_t n;
  do n = write(int(fd), data->chars.items, size_t(data->chars.length));
  while (n < 0 && errno == EINTR);
  if (n >= 0) return n;
  raiseOsError(errno);
  return 0;
}

str* kiln_os_read(int64_t fd, int64_t n) {
  if (n < 0) {
    raiseOsError(EINVAL);
    return nullptr;
  }
  str* buffer = kiln_str_alloc(n, n);
  ssize_t got;
  do got = read(int(fd), buffer->chars.items, size_t(n));
  while (got < 0 && errno == EINTR);
  if (got < 0) {
    raiseOsError(errno);
    return nullptr;
  }
  if (got == n) return buffer;
  return kiln_bytes_from(buffer->chars.items, size_t(got));
}

int64_t kiln_os_open(str* path, int64_t flags, int64_t mode) {
  CString cpath(path);
  if (!cpath.ok()) return 0;
  int fd;
  do fd = open(cpath.get(), int(flags) | O_CLOEXEC, mode_t(mode));
  while (fd < 0 && errno == EINTR);
  if (fd >= 0) return fd;
  raiseOsError(errno, path);
  return 0;
}

void kiln_os_close(int64_t fd) {
  if (close(int(fd)) != 0 && errno != EINTR) raiseOsError(errno);
}

void kiln_os_unlink(str* path) {
  CString cpath(path);
  if (!cpath.ok()) return;
  if (unlink(cpath.get()) != 0) raiseOsError(errno, path);
}

// -- os on names and paths ---------------------------------------------------------------------------

str* kiln_os_getenv(str* name, str* fallback) {
  CString cname(name, false);
  if (!cname.ok()) return fallback;
  const char* value = getenv(cname.get());
  return value ? kiln_str_from_cstr(value) : fallback;
}

bool kiln_os_path_exists(str* path) {
  CString cpath(path, false);
  struct stat info;
  return cpath.ok() && stat(cpath.get(), &info) == 0;
}

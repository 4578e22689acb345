// File objects (rtyper/helpers.def, "files"; rtyper/rtype_io.cpp): open() and the methods, over
// C stdio streams.
//
// A file is {stream, flags}: stream is null once the file is closed, flags holds the mode's bits
// (kiln/rt_io.h: KILN_FILE_*) and kLastWrite, which says the last operation on the stream was a
// write: C requires a flush or seek between a write and a read on one stream (and a seek between
// a read and a write), which the helpers do when the direction changes.
//
// Text files decode UTF-8 with universal newlines: '\r\n' and '\r' read as '\n' (a '\r' looks at
// the next byte and puts it back when it is not '\n'); bad UTF-8 raises UnicodeDecodeError with
// CPython's message, the position being the offset in the file (CPython's is in its 8 KiB decode
// chunk: the same for smaller files). Writes are not translated (CPython on POSIX).
//
// A file the GC collects while still open is closed by a finalizer (kiln_gc_register_finalizer;
// it also flushes it), as CPython closes a file when its last reference goes; at exit stdio
// flushes the open streams. A file is a GC object of type KILN_TID_FILE, with no GC pointers.
#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <initializer_list>

#include "io_errors.h"

using kiln_io::CString;
using kiln_io::raiseOsError;

namespace {

constexpr int64_t kLastWrite = int64_t(1) << 32;

// -- Checks ------------------------------------------------------------------------------------------

bool checkOpen(const file* f) {
  if (f->stream) return true;
  kiln_raise_fmt(KILN_EXC_ValueError, "I/O operation on closed file.");
  return false;
}

// For a read (write): the file is open and readable (writable), and the stream is switched to
// reading (writing).
bool startRead(file* f) {
  if (!checkOpen(f)) return false;
  if (!(f->flags & KILN_FILE_READ)) {
    kiln_raise_fmt(KILN_EXC_OSError, "not readable");
    return false;
  }
  if (f->flags & kLastWrite) {
    fflush(f->stream);
    f->flags &= ~kLastWrite;
  }
  return true;
}

bool startWrite(file* f) {
  if (!checkOpen(f)) return false;
  if (!(f->flags & KILN_FILE_WRITE)) {
    kiln_raise_fmt(KILN_EXC_OSError, "not writable");
    return false;
  }
  if (!(f->flags & kLastWrite)) {
    if (f->flags & KILN_FILE_READ) fseeko(f->stream, 0, SEEK_CUR);
    f->flags |= kLastWrite;
  }
  return true;
}

// -- Reading -----------------------------------------------------------------------------------------

// A growing byte buffer in the C heap (no GC pointers in it), made into a str at the end.
struct Bytes {
  char* data = nullptr;
  size_t size = 0, capacity = 0;
  int64_t codepoints = 0;
  ~Bytes() { free(data); }
  void push(char c) {
    if (size == capacity) {
      capacity = capacity ? 2 * capacity : 256;
      data = static_cast<char*>(realloc(data, capacity));
      if (!data) kiln_fatal("out of memory (%zu bytes)", capacity);
    }
    data[size++] = c;
  }
  str* take(bool binary) const {
    str* s = kiln_str_alloc(int64_t(size), binary ? int64_t(size) : codepoints);
    if (size) memcpy(s->chars.items, data, size);
    return s;
  }
};

// UnicodeDecodeError for a sequence starting at file offset `at` with `valid` good bytes.
void raiseDecodeError(int64_t at, int valid, unsigned char lead, const char* reason) {
  if (valid <= 1)
    kiln_raise_fmt(KILN_EXC_UnicodeDecodeError,
                   "'utf-8' codec can't decode byte 0x%02x in position %lld: %s", lead,
                   static_cast<long long>(at), reason);
  else
    kiln_raise_fmt(KILN_EXC_UnicodeDecodeError,
                   "'utf-8' codec can't decode bytes in position %lld-%lld: %s",
                   static_cast<long long>(at), static_cast<long long>(at + valid - 1), reason);
}

// The continuation bytes a UTF-8 lead byte needs (-1: not a lead byte), and the range its first
// continuation byte must be in (no overlong forms, no surrogates, nothing above U+10FFFF).
int sequenceLength(unsigned char lead, unsigned char* low, unsigned char* high) {
  *low = 0x80;
  *high = 0xBF;
  if (lead < 0x80) return 0;
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (lead == 0xE0) *low = 0xA0;
    if (lead == 0xED) *high = 0x9F;
    return 2;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (lead == 0xF0) *low = 0x90;
    if (lead == 0xF4) *high = 0x8F;
    return 3;
  }
  return -1;
}

// Reads one text char into `out` (translating newlines): false at the end or after raising.
bool readTextChar(FILE* stream, Bytes& out) {
  int c = getc_unlocked(stream);
  if (c == EOF) return false;
  if (c == '\r') {
    int next = getc_unlocked(stream);
    if (next != '\n' && next != EOF) ungetc(next, stream);
    c = '\n';
  }
  unsigned char low, high;
  int more = sequenceLength(static_cast<unsigned char>(c), &low, &high);
  if (more < 0) {
    raiseDecodeError(int64_t(ftello(stream)) - 1, 1, static_cast<unsigned char>(c),
                     "invalid start byte");
    return false;
  }
  size_t start = out.size;
  out.push(char(c));
  for (int k = 0; k < more; ++k) {
    int next = getc_unlocked(stream);
    bool good = next != EOF && next >= (k == 0 ? low : 0x80) && next <= (k == 0 ? high : 0xBF);
    if (!good) {
      if (next != EOF) ungetc(next, stream);
      int64_t at = int64_t(ftello(stream)) - (k + 1);
      raiseDecodeError(at, k + 1, static_cast<unsigned char>(c),
                       next == EOF ? "unexpected end of data" : "invalid continuation byte");
      out.size = start;
      return false;
    }
    out.push(char(next));
  }
  ++out.codepoints;
  return true;
}

// Reads up to n chars (all when n < 0), or through the next '\n' when `line`.
str* readText(file* f, int64_t n, bool line) {
  Bytes out;
  for (int64_t count = 0; n < 0 || count < n; ++count) {
    if (!readTextChar(f->stream, out)) break;
    if (line && out.data[out.size - 1] == '\n') break;
  }
  if (kiln_exc_type) return nullptr;
  return out.take(false);
}

str* readBinary(file* f, int64_t n, bool line) {
  Bytes out;
  for (int64_t count = 0; n < 0 || count < n; ++count) {
    int c = getc_unlocked(f->stream);
    if (c == EOF) break;
    out.push(char(c));
    if (line && c == '\n') break;
  }
  return out.take(true);
}

// A read's end: OSError when the stream failed rather than ended.
str* finishRead(file* f, str* result) {
  if (!result || !ferror(f->stream)) return result;
  int error = errno ? errno : EIO;
  clearerr(f->stream);
  raiseOsError(error);
  return nullptr;
}

str* readChars(file* f, int64_t n, bool line) {
  str* result = f->flags & KILN_FILE_BINARY ? readBinary(f, n, line) : readText(f, n, line);
  return finishRead(f, result);
}

// -- Opening -----------------------------------------------------------------------------------------

// The mode string's bits and the fopen mode that gives them.
int64_t parseMode(const str* mode, char fopenMode[8]) {
  int64_t flags = 0;
  char base = 'r';
  bool plus = false;
  for (int64_t i = 0; i < mode->chars.length; ++i) {
    switch (mode->chars.items[i]) {
    case 'r': case 'w': case 'a': case 'x': base = mode->chars.items[i]; break;
    case '+': plus = true; break;
    case 'b': flags |= KILN_FILE_BINARY; break;
    default: break; // 't', and what the annotator already refused
    }
  }
  flags |= base == 'r' ? KILN_FILE_READ : KILN_FILE_WRITE;
  if (base == 'a') flags |= KILN_FILE_APPEND;
  if (plus) flags |= KILN_FILE_READ | KILN_FILE_WRITE;
  snprintf(fopenMode, 8, "%c%se%s", base == 'x' ? 'w' : base, plus ? "+" : "", base == 'x' ? "x" : "");
  return flags;
}

// Whether an encoding name is one of UTF-8's (as Python's codec lookup normalizes names).
bool isUtf8(const str* encoding) {
  char name[16];
  size_t n = 0;
  for (int64_t i = 0; i < encoding->chars.length; ++i) {
    char c = encoding->chars.items[i];
    if (n + 1 >= sizeof name) return false;
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c == '_' || c == ' ') c = '-';
    name[n++] = c;
  }
  name[n] = 0;
  for (const char* known : {"utf-8", "utf8", "u8", "utf", "cp65001"})
    if (strcmp(name, known) == 0) return true;
  return false;
}

void finalizeFile(void* object) {
  auto* f = static_cast<file*>(object);
  if (f->stream) fclose(f->stream);
  f->stream = nullptr;
}

} // namespace

file* kiln_file_open(str* path, str* mode, str* encoding) {
  char fopenMode[8];
  int64_t flags = parseMode(mode, fopenMode);
  if (encoding && (flags & KILN_FILE_BINARY)) {
    kiln_raise_fmt(KILN_EXC_ValueError, "binary mode doesn't take an encoding argument");
    return nullptr;
  }
  if (encoding && !isUtf8(encoding)) {
    kiln_raise_fmt(KILN_EXC_LookupError, "unknown encoding: %.*s", int(encoding->chars.length),
                   encoding->chars.items);
    return nullptr;
  }
  CString cpath(path);
  if (!cpath.ok()) return nullptr;
  FILE* stream = fopen(cpath.get(), fopenMode);
  if (!stream) {
    raiseOsError(errno, path);
    return nullptr;
  }
  struct stat info;
  if (fstat(fileno(stream), &info) == 0 && S_ISDIR(info.st_mode)) {
    fclose(stream);
    raiseOsError(EISDIR, path);
    return nullptr;
  }
  auto* f = static_cast<file*>(kiln_gc_alloc(KILN_TID_FILE));
  f->stream = stream;
  f->flags = flags;
  kiln_gc_register_finalizer(f, finalizeFile);
  return f;
}

str* kiln_file_read(file* f, int64_t n) {
  if (!startRead(f)) return nullptr;
  return readChars(f, n, false);
}

str* kiln_file_readline(file* f) {
  if (!startRead(f)) return nullptr;
  return readChars(f, -1, true);
}

str* kiln_file_next(file* f) {
  str* line = kiln_file_readline(f);
  if (line && line->chars.length == 0) {
    kiln_raise_builtin(KILN_EXC_StopIteration, nullptr);
    return nullptr;
  }
  return line;
}

bool kiln_file_check_readable(file* f) {
  return startRead(f);
}

int64_t kiln_file_write(file* f, str* s) {
  if (!startWrite(f)) return 0;
  size_t n = size_t(s->chars.length);
  if (fwrite(s->chars.items, 1, n, f->stream) != n) {
    int error = errno ? errno : EIO;
    clearerr(f->stream);
    raiseOsError(error);
    return 0;
  }
  return s->length;
}

void kiln_file_flush(file* f) {
  if (!checkOpen(f)) return;
  if (fflush(f->stream) == 0) return;
  int error = errno;
  clearerr(f->stream);
  raiseOsError(error);
}

// CPython's checks: a text file seeks only to a position tell() gave (or 0 from the current
// position or the end).
int64_t kiln_file_seek(file* f, int64_t offset, int64_t whence) {
  if (!checkOpen(f)) return 0;
  if (whence < 0 || whence > 2) {
    kiln_raise_fmt(KILN_EXC_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                   static_cast<long long>(whence));
    return 0;
  }
  if (!(f->flags & KILN_FILE_BINARY)) {
    if (whence == SEEK_CUR && offset != 0) {
      kiln_raise_fmt(KILN_EXC_OSError, "can't do nonzero cur-relative seeks");
      return 0;
    }
    if (whence == SEEK_END && offset != 0) {
      kiln_raise_fmt(KILN_EXC_OSError, "can't do nonzero end-relative seeks");
      return 0;
    }
    if (offset < 0) {
      kiln_raise_fmt(KILN_EXC_ValueError, "negative seek position %lld", static_cast<long long>(offset));
      return 0;
    }
  }
  if (fflush(f->stream) != 0 || fseeko(f->stream, off_t(offset), int(whence)) != 0) {
    raiseOsError(errno);
    return 0;
  }
  f->flags &= ~kLastWrite;
  return int64_t(ftello(f->stream));
}

int64_t kiln_file_tell(file* f) {
  if (!checkOpen(f)) return 0;
  if (f->flags & kLastWrite) fflush(f->stream);
  off_t at = ftello(f->stream);
  if (at >= 0) return at;
  raiseOsError(errno);
  return 0;
}

file* kiln_file_enter(file* f) {
  return checkOpen(f) ? f : nullptr;
}

void kiln_file_close(file* f) {
  if (!f->stream) return;
  kiln_gc_unregister_finalizer(f);
  int error = 0;
  if (fflush(f->stream) != 0) error = errno;
  if (fclose(f->stream) != 0 && !error) error = errno;
  f->stream = nullptr;
  if (error) raiseOsError(error);
}

// What the I/O helpers share (runtime/src/io/): CPython's OSError messages and C strings of
// paths. Internal to the runtime library.
#pragma once

#include "kiln/runtime.h"

namespace kiln_io {

// OSError, or the subclass CPython raises for the errno (FileNotFoundError for ENOENT,
// FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError), with CPython's message: '[Errno N] text', and
// ": 'path'" (the path's repr) when a path is given.
void raiseOsError(int error, const str* path = nullptr);

// A str as a NUL-terminated C string (a copy: a str need not be terminated); ok() is false,
// after raising ValueError ('embedded null byte'), when the str holds a NUL.
class CString {
public:
  explicit CString(const str* s, bool raise = true);
  ~CString();
  CString(const CString&) = delete;
  CString& operator=(const CString&) = delete;
  bool ok() const { return ok_; }
  const char* get() const { return text_; }

private:
  char small_[256];
  char* text_;
  bool ok_ = true;
};

} // namespace kiln_io

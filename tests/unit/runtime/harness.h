// What the runtime tests share: the runtime's interface, and helpers to make and read strs.
#pragma once

#include <string>

#include "kiln/runtime.h"

kiln_vtable_head* kiln_test_vtable(kiln_exc kind);

inline str* S(const char* utf8) { return kiln_str_from_cstr(utf8); }
inline std::string T(const str* s) { return s ? std::string(s->chars.items, size_t(s->chars.length)) : "<null>"; }
// The pending exception's class name and message, cleared: "ValueError: bad" or "" for none.
inline std::string takeException() {
  if (!kiln_exc_type) return "";
  std::string out = T(kiln_exc_type->name);
  auto* e = reinterpret_cast<kiln_exc_head*>(kiln_exc_value);
  out += ": " + (e->message ? T(e->message) : std::string());
  kiln_exc_clear();
  return out;
}

// The executable's own symbol table, for crash reports (runtime/src/core/process.cpp). Internal
// to the runtime library.
#pragma once

namespace kiln_symbols {

// The start of the function symbol (STT_FUNC, with its size) of the running executable whose
// code holds pc, from the ELF .symtab of /proc/self/exe; null when pc is in none or the table
// cannot be read (a stripped executable). Async-signal-safe (open, mmap, no malloc), slow: a
// linear scan of the table per call.
const void* functionContaining(const void* pc);

} // namespace kiln_symbols

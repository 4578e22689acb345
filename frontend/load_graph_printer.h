// Text dumps of the load-time object graph (kiln load --dump-globals / --dump-functions).
#pragma once

#include <string>

#include "frontend/load_graph.h"

namespace kiln::load {

// One line per global of the main module, sorted by name (names starting with "__" and
// modules left out): `name = repr(value)` for plain values (None, bool, int, float, str,
// bytes, and tuples/lists/dicts of plain values), `name = <function Q>`, `<class Q>` or
// `<instance of Q>` (Q a __qualname__) for everything else. Matches
// tests/load/reference_dump_globals.py, which computes the same in CPython.
std::string dumpGlobals(const Program& program);

// One line per function with its attached source: `qualname file:line:col kind`, the file
// by its base name (so that the output does not depend on where the program lives).
std::string dumpFunctions(const Program& program, const SourceManager& sources);

// The __qualname__ of the value's type ("int", "list", "Point", "socket").
std::string typeName(const Value& value);

// Python's repr() of a plain value; false if the value is not plain.
bool reprPlain(const Value& value, std::string& out);

} // namespace kiln::load

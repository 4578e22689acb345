// A parser for the trace text jitlog.cpp prints (docs/logs.md): the optimizer's golden tests
// read their input traces with it, and a log viewer can read jit-log-* sections with it.
//
//   trace  := [title] inputs line*
//   title  := '# Loop' N '(' key ')' ':' N 'ops'  |  '# Bridge' N '(' key ')' ':' N 'ops'
//   inputs := '[' [value (',' value)*] ']'                       values 0, 1, 2, ... in order
//   line   := [value '='] name '(' [arg (',' arg)*] [', '] ['descr=' descr] ')' [guard]
//           | 'debug_merge_point(' "'" text "'" ')'
//           | 'label(' [value (',' value)*] ')'                 (defines its values: a peeled
//                                                                 loop's body starts)
//           | '#' comment | blank
//   arg    := value | integer | float | 'ConstPtr(0x' hex ')'
//   value  := ('i' | 'p' | 'f') N                               (p: a reference)
//   guard  := '[guard' N ':' value* (';' virtual)* ']'           (guards only; optional)
//   virtual:= value '=' size '(' [field '=' arg (',' field '=' arg)*] ')'
//   descr  := a field, array, size or call descr's name; 'Loop' N (jump); 'return' or
//             'continue' (finish)
// Values: inputs are numbered 0, 1, 2, ...; every other value is defined once, by an op's result
// or a label, under any number not used yet (in recorded traces, numbers grow in definition
// order; the optimizer's output need not keep that order). A guard may name virtuals --
// objects it allocates when it fails (opt_virtuals.cpp): `[guard N: values; p7 = Size(Field=v,
// ...); ...]`; their numbers are defined nowhere else, or by a later `new` (the object escaped). An integer literal is an int constant, except
// where a float is expected (a float op's operand, a float field's or item's stored value, a
// call argument the descr says is a float, a guard_value on a float): there it is a float, as
// jitlog prints 1.0 as `1`. A literal with a '.', an exponent, `inf` or `nan` is a float.
// A guard's resume data is one frame whose values are the listed ones (the text has no more).
// A trace titled `# Loop N` whose last op jumps to Loop N is a loop (Trace::self).
//
// On bad input the parser returns false with the line number and a message; it never aborts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jit_internal.h"

namespace kiln::jitrt {

// The descr tables a trace's names are looked up in: kiln_jit_program's, whose sizes the
// program does not record.
struct DescrTables {
  const kiln_jit_field_descr* fields = nullptr;
  uint32_t nfields = 0;
  const kiln_jit_array_descr* arrays = nullptr;
  uint32_t narrays = 0;
  const kiln_jit_size_descr* sizes = nullptr;
  uint32_t nsizes = 0;
  const kiln_jit_call_descr* calls = nullptr;
  uint32_t ncalls = 0;
};

// Which table an operation's descr indexes.
enum class DescrKind : uint8_t { None, Field, Array, Size, Call, Loop, Finish, Location };
DescrKind descrKindOf(ROp op);

struct ParsedTrace {
  Trace trace;
  std::vector<char> valueKinds; // per value number: i, r, f
  bool isBridge = false;
  uint32_t number = 0;          // from the title (0 without one)
  std::string key;
};

struct TraceParseError {
  int line = 0; // 1-based, counted from the text's first line plus `firstLine - 1`
  std::string message;
};

// Parses `text`; its first line is line `firstLine` of the file it comes from.
[[nodiscard]] bool parseTrace(std::string_view text, const DescrTables& descrs, ParsedTrace& out,
                              TraceParseError& error, int firstLine = 1);

} // namespace kiln::jitrt

// The reader of the low-level text format (docs/ir-lltype.md): text -> types, prebuilt objects
// and Graphs.
//
// The inverse of rtyper/printer.h: for a program printed without locations, printProgram of
// what parseText returns is the text again (tests/unit/rtyper/ll_parser_test.cpp). A text
// holds, in any order:
//   * type definitions, which create the structs (and arrays) they define in the given
//     TypeContext, in text order. A struct the context already has is not created again: its
//     definition in the text must then match it. Layout numbers (size=, align=, @offset,
//     items@, stride=) may be left out; when given they must be the computed layout.
//   * `prebuilt @name: TYPE` lines, which create Prebuilt objects owned by the result.
//   * graphs. A function constant `&name` names the graph of that name in the same text, or,
//     when there is none, a runtime function (ConstValue::text), whose type must be written.
// The definitions are read first, wherever they are, so graphs may come before them (as
// printProgram writes them).
// Location comments (`; file:line:col`) and all other `;` comments are ignored.
//
// Errors are reported as one ll_text_error at the offending token, and the parse stops at the
// first one. Besides the grammar, the reader checks what the text alone decides: names are
// defined once, every struct and prebuilt object named exists, constants fit their type, a
// variable is used only in its block after its definition, links pass as many values as their
// targets have inputs, operations have ll_ops.def's arity. It does not type-check operations:
// that is the verifier's job (rtyper/verifier.h). It never crashes, asserts or hangs on
// malformed text: types nest at most kMaxTypeDepth deep and every loop consumes input.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rtyper/llgraph.h"
#include "support/diagnostics.h"

namespace kiln::ll {

// How deep type expressions (Ptr(Ptr(...))) may nest in the text.
constexpr unsigned kMaxTypeDepth = 100;

// What a text defines besides its types (which live in the TypeContext).
struct ParsedText {
  std::vector<std::unique_ptr<Prebuilt>> prebuilts; // in text order
  std::vector<std::unique_ptr<Graph>> graphs;       // in text order
};

// Parses `file`, a text already added to `sources`. After an error (one ll_text_error reported
// to `diags`) the result is empty; the types made before the error stay in `types`.
[[nodiscard]] ParsedText parseText(TypeContext& types, const SourceManager& sources,
                                   DiagnosticEngine& diags, FileId file);

// Adds `text` to `sources` under the name `path` (what diagnostics print) and parses it.
[[nodiscard]] ParsedText parseTextString(TypeContext& types, SourceManager& sources,
                                         DiagnosticEngine& diags, std::string path,
                                         std::string text);

} // namespace kiln::ll

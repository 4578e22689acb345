// The reader of the flow graph text format (docs/ir-flow.md): text -> Graphs.
//
// The inverse of flowgraph/printer.h: for a graph printed without locations, print(parse(text))
// is the text again (tests/unit/flowgraph/parser_test.cpp). Handles (`; g0 = function
// demo.fib`) become load-time objects allocated in `ctx.arena` that print the same description
// (a load::Function with no module and the qualname `demo.fib`, a load::Instance with its id
// and a load::Class, ...); a bare name in value position (`len`, `KeyError`) is a load::Builtin
// of that name, one object per name and parse. Locations in trailing comments are not read.
//
// Errors are reported as flow_text_error, with the position of the offending token, and the
// parse stops at the first one. Besides the grammar, the reader checks what the text alone
// decides (every block and variable used is defined once, a variable is used only in its
// block after its definition, links pass as many values as their targets have inputs,
// operations have their arity) and then runs the verifier (flowgraph/verifier.h) on each graph,
// so every graph it returns satisfies the invariants of flowgraph/graph.h. It never crashes or
// hangs on malformed text: constants nest at most kMaxConstantDepth deep and every loop
// consumes input.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "flowgraph/graph.h"
#include "frontend/parser.h"

namespace kiln::flow {

// How deep tuple constants may nest in the text.
constexpr unsigned kMaxConstantDepth = 100;

// Parses the graphs of `file`, a text already added to `ctx.sources`, in text order. After an
// error (one flow_text_error reported to `ctx.diags`) the result is empty.
[[nodiscard]] std::vector<std::unique_ptr<Graph>> parseGraphs(ParseContext& ctx, FileId file);

// Adds `text` to `ctx.sources` under the name `path` (what diagnostics print) and parses it.
[[nodiscard]] std::vector<std::unique_ptr<Graph>>
parseGraphText(ParseContext& ctx, std::string path, std::string text);

} // namespace kiln::flow

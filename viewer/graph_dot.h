// Graphviz input for the pages of `kiln view`, and running Graphviz on it.
//
// A function's graph: one node per block, an HTML-like table with the block's rows and, above
// each run of rows from one source line, that line of source; rows that call a function link
// to it (`#f=INDEX`, the page's address of the callee). Node ids are `b<INDEX>` (the block's
// index in GraphFunction::blocks), `return` and `raise`: the page's script finds blocks by them.
#pragma once

#include <string>
#include <vector>

#include "viewer/graph_model.h"

namespace kiln::viewer {

// The font of every picture's text, and the size of all text but edge labels.
constexpr const char* kGraphFont = "Courier,monospace";
constexpr const char* kGraphFontSize = "10.00";

std::string functionDot(const GraphProgram& program, size_t function);

// The call graph of the whole program: one node per function that calls or is called, linked
// to `#f=INDEX`.
std::string callGraphDot(const GraphProgram& program);

// Runs `dot -Tsvg` on each input, `jobs` processes at a time (each gets a share of the inputs
// in one file). Returns one SVG per input, cleaned for inlining (no XML prolog, comments or
// titles; the font and size every <text> repeats, and the default text-anchor, said once on the
// <svg> element, which a quarter of the bytes); an empty string where Graphviz failed. False, with `error` set, when Graphviz cannot
// be run at all.
bool renderSvgs(const std::vector<std::string>& dots, unsigned jobs, std::vector<std::string>& svgs,
                std::string& error);

// Text as it can appear in a Graphviz HTML-like label or a quoted string: XML-escaped, invalid
// UTF-8 and control characters replaced, at most `limit` code points (then "…").
std::string labelText(std::string_view text, size_t limit);

} // namespace kiln::viewer

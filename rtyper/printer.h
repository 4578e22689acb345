// The text form of low-level graphs (grammar: docs/ir-lltype.md), read back by rtyper/parser.h.
//
// Deterministic: blocks in reverse postorder, variables numbered v0, v1, ... in the order they
// are first printed, types by their names (rtyper/lltype.h typeName), prebuilt objects by their
// unique names (`@vtable_prog.Node`), functions by the name of their graph (`&prog.f`).
// Nothing depends on addresses or hash order.
//
// A whole program prints as three sections (rtyper/parser.h reads them in any order):
//   1. the graphs, in the order given;
//   2. the type section: every aggregate of the TypeContext, in creation order, as
//      typeDefinition writes it (`GcStruct prog.Node size=24 align=8 { super: ... @0, ... }`);
//   3. the prebuilt objects the graphs refer to, sorted by name (`prebuilt @name: TYPE`).
#pragma once

#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "rtyper/llgraph.h"
#include "support/source_manager.h"

namespace kiln::ll {

struct PrintOptions {
  bool locations = true;                  // trailing "; file:line:col" comments
  const SourceManager* sources = nullptr; // what locations point into; none are printed without
  // When set, the graphs of the same text: a function constant naming another graph is written
  // with its type (`&prog.g: Ptr(Func(Signed) -> Signed)`), like a runtime function, so that the
  // text reads back on its own. printProgram sets it to the graphs it prints.
  const std::unordered_set<const Graph*>* sameText = nullptr;
  // When set, printGraph stores what the variable names stand for: (*numbering)[N] is vN (for
  // renderings that annotate the text, viewer/).
  std::vector<const Variable*>* numbering = nullptr;
};

// One graph: `graph NAME(v0: T, ...) -> R raises(VT, OT) {`, its blocks, and `}`.
std::string printGraph(const Graph& graph, const PrintOptions& options = {});

// The type section: one line per aggregate of `types`, in creation order.
std::string printTypes(const TypeContext& types);

// The prebuilt section: prebuiltText of every prebuilt object that an operand, a link value or
// an exception link of `graphs` names, and of every object those point to, sorted by name.
std::string printPrebuilts(std::span<const Graph* const> graphs);

// `prebuilt @name: TYPE = CONTENTS` and a newline; without ` = CONTENTS` when they are all
// zeros. Contents: `{field: value, ...}` for a struct (every field, the parent first),
// `[value, ...]` for an array, `"..."` for an array of Char, constants otherwise (a pointer
// without its type: the field's).
std::string prebuiltText(const Prebuilt& p);

// The three sections, graphs first: what rtyper/parser.h reads as a standalone text.
std::string printProgram(const TypeContext& types, std::span<const Graph* const> graphs,
                         const PrintOptions& options = {});

// How a constant is written in operand position: `5`, `7u`, `1.5`, `True`, `'a'`, `U'\xe9'`,
// `"name"`, `<GcStruct prog.Node>`, `null: Ptr(...)`, `@object`, `&graph` (see
// PrintOptions::sameText). Also usable in messages (the verifier's).
std::string constantText(const Constant& constant,
                         const std::unordered_set<const Graph*>* sameText = nullptr);

// How an integer case value of a switch on a value of type `type` is written (`3`, `3u`, `'a'`).
std::string caseText(int64_t value, const Type* type);

} // namespace kiln::ll

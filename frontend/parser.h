// Parser: Python 3.11 source -> AST (frontend/ast.h), for the whole grammar.
//
// parseModule accepts exactly what CPython 3.11's ast.parse() accepts and builds the same tree
// (tested on the standard library, see tests/corpus/). A syntax error is reported through the
// DiagnosticEngine with CPython's message where users know it, at the offending token; the
// parser stops at the first error, as CPython does. It never crashes or hangs: nesting is
// bounded (kMaxParseDepth) and every loop consumes a token.
#pragma once

#include "frontend/ast.h"
#include "support/arena.h"
#include "support/diagnostics.h"
#include "support/interner.h"
#include "support/source_manager.h"

namespace kiln {

struct ParseContext {
  SourceManager& sources;
  Arena& arena;
  Interner& interner;
  DiagnosticEngine& diags;
};

// How deep expressions and patterns may nest (parentheses are separately limited to 200 by the
// lexer, indentation to 100 levels) -- deep enough for any real program, shallow enough that
// every recursive pass over the AST stays within the stack.
constexpr unsigned kMaxParseDepth = 1000;

// Parses a module whose UTF-8 text was added to `ctx.sources` as `file`. Returns null after
// reporting a diagnostic.
ast::Module* parseModule(ParseContext& ctx, FileId file);

// Reads, decodes (PEP 263) and parses a file. `displayPath` is what diagnostics print. On a
// read or decode error, reports it and returns null.
ast::Module* parseFile(ParseContext& ctx, const std::string& path, FileId* fileOut = nullptr);

// Parses bytes that are not on disk (tests, fuzzing): decoded like a file.
ast::Module* parseBytes(ParseContext& ctx, std::string name, std::string_view bytes,
                        FileId* fileOut = nullptr);

} // namespace kiln

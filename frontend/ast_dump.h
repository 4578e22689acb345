// ast.dump(): the AST as CPython 3.11's `ast.dump(tree)` prints it, byte for byte.
//
// Defaults of ast.dump: annotate_fields=True, include_attributes=False, indent=None. Optional
// fields that are absent are left out; everything else prints as `name=value`.
#pragma once

#include <string>

#include "frontend/ast.h"

namespace kiln::ast {

void dumpAst(const Node* node, std::string& out);
std::string dumpAst(const Node* node);

} // namespace kiln::ast

// Closures: the representation of cells and of functions made at run time (rtype_closure.cpp),
// and what the rest of the rtyper asks about them (docs/rtyper.md, "Closures").
//
// Terms:
//   template    a nested def or lambda (ann::FunctionDesc::isTemplate): make_function makes a
//               new function object of it each time the enclosing code runs;
//   state       what such a function object holds beyond its code: its cells (one per free
//               variable, shared with the code that owns the variable) and the default values
//               computed at run time;
//   closure     the GC struct holding the state, `closure_<template>`: the value of the function
//               (a Ptr to it) and the hidden last parameter of every graph of the template;
//   function object family
//               a call family (RTyper::familyOf) with a template that has state: its values are
//               Ptr(GcStruct function_<family> {fn}), the root every member's closure starts with
//               (a member without state has a prebuilt one), and every member graph takes the
//               family's function object as its hidden last parameter.
#pragma once

#include <memory>

#include "rtyper/convert.h"

namespace kiln::rt {

// -- Types (RTyper::lowType, funcTypeOf and normalizeCallFamilies call these) -------------------

// A Cell annotation's low-level type: Ptr(GcStruct cell_<t> {value}), with a `set` flag when a read
// may find it unassigned; Void when it holds a Void value and never needs the flag.
const ll::Type* cellLowType(RTyper& rt, const ann::Annotation* a);
// The type of a function PBC whose value carries state (a closure pointer, or a function object
// of a family with state); null when the usual representation applies.
const ll::Type* functionObjectType(RTyper& rt, const ann::Annotation* a);
// The hidden last parameter of a graph that is not in a call family: Ptr(closure) of a template
// with state; null for every other graph.
const ll::Type* closureParamType(RTyper& rt, const ann::GraphInfo* g);
// A call family's Func type `fn` (members' common parameters and result), with the hidden
// function object parameter appended when a member has state; `fn` itself otherwise.
const ll::Type* familyFuncType(RTyper& rt, const std::vector<ann::GraphInfo*>& members, const ll::Type* fn);

// -- Graphs ----------------------------------------------------------------------------------------

// After a graph is converted: the hidden parameter (if the graph has one) is passed along the
// links to every block that reads it (the rules read it as the start block's last input).
void passClosureParam(RTyper& rt, const ann::GraphInfo* g, ll::Graph* out);
// `v` (annotated `from`) as a function object of type `want`, when `from` is a function PBC and
// `want` a function object (GraphConverter::convertTo); a null Value when this does not apply.
ll::Value functionObjectConvert(GraphConverter& gc, RTyper& rt, ll::Value v, const ann::Annotation* from,
                                const ll::Type* want, SourceLoc loc);

// -- Calls (rtype_call.cpp) -------------------------------------------------------------------------

// How a call reaches a function value's code.
struct FunctionCallee {
  const ll::Type* hidden = nullptr; // the hidden parameter's type, null when there is none
  ll::Value closure;                // what to pass for it (the callee value, or null)
  ll::Value fn;                     // for a family value: the code pointer read from it
};
// For a call of `callee` (annotated `a`, a PBC of functions) reaching graph `target`: the
// hidden argument and, for a function object of a family, the code pointer (emitted into c).
FunctionCallee functionCallee(OpCtx& c, ll::Value callee, const ann::Annotation* a, ann::GraphInfo* target);
// The default value of `target`'s parameter `param` when make_function computed it at run time:
// read from the callee's closure, converted to `want`. A null Value when the default is not one
// (it is a load-time constant), or when the callee is a family's function object (which member's
// default it is depends on the member: not supported).
ll::Value runtimeDefault(OpCtx& c, const FunctionCallee& callee, ann::GraphInfo* target, size_t param,
                         const ll::Type* want);

} // namespace kiln::rt

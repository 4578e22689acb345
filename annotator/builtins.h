// Built-in functions and methods: the handler of each row of builtins.def.
//
// A handler gets a BuiltinCall (the operation, the bound object for methods, the arguments)
// and returns the call's result annotation like any operation handler: Impossible when not
// known yet (or when the call never returns, as sys.exit()), null after reporting an error.
// Handlers live in builtins_functions.cpp, builtins_modules.cpp and builtins_methods.cpp; the
// dispatch and the name lookups in builtins.cpp.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "annotator/ops.h"

namespace kiln::ann {

struct BuiltinCall {
  OpSite& s;
  BuiltinId id;
  const Annotation* self; // the bound object of a method, or null
  CallArgs& args;

  size_t count() const { return args.positional.size(); }
  const Annotation* arg(size_t i) const { return args.positional[i].ann; }
  flow::Variable* var(size_t i) const { return args.positional[i].value.variable(); }
  SourceLoc origin(size_t i) const { return args.positional[i].origin; }
  // How messages name the builtin: "len", "str.join".
  std::string name() const;
  // Checks the number of positional arguments (and that no keyword other than `keywords` is
  // given); reports and returns false otherwise.
  bool arity(size_t min, size_t max, std::initializer_list<std::string_view> keywords = {});
  // The keyword argument `name`, if given.
  const Annotation* keyword(std::string_view name) const;
  // Reports that argument i should be `expected` and returns null.
  const Annotation* bad(size_t i, std::string_view expected);
  // Checks that argument i is int-like (bool or int).
  bool wantInt(size_t i);
  bool wantStr(size_t i);
  bool wantNumber(size_t i);
  // sort()'s and sorted()'s `reverse=`, if given, is a bool or an int (CPython raises TypeError
  // for the rest).
  bool wantReverse();
  // An encoding (str.encode, bytes.decode, str(b, e), bytes(s, e)): a str known at translation
  // time that names UTF-8, the encoding of kiln's strs.
  bool wantUtf8(size_t i);
};

// Whether the runtime writes repr() of values annotated `a` by itself (list_repr's and
// dict_repr's items): None, numbers, strs, bytes, and tuples, lists and dicts of those. The
// annotator accepts str() of containers of such values, and the rtyper lowers them, by this.
bool reprInRuntime(const Annotation* a);
// str(x) and repr(x) of a value annotated `a` (print, str.format, ...): annotates the
// __str__/__repr__ calls of instances, those of instances in tuples too (whose repr() calls
// theirs), and reports what translated code cannot show: instances inside lists and dicts (the
// runtime writes those without calling methods), functions, classes, iterators, files. False
// after reporting.
bool annotateStrOf(OpSite& s, const Annotation* a, bool repr);
// format(x, spec) of a value annotated `a` (an f-string field, a str.format() field without a
// conversion): object.__format__ (str(x), or TypeError for a non-empty spec) unless x is a
// number or a str; annotates the str(x) when the spec may be empty. A class with a __format__ of
// its own is reported (translated code does not call it). False after reporting.
bool annotateFormatOf(OpSite& s, const Annotation* a, bool specMayBeEmpty);

#define BUILTIN(id, name, doc) const Annotation* call_##id(BuiltinCall& c);
#define METHOD(id, receiver, name, doc) const Annotation* call_##id(BuiltinCall& c);
#include "annotator/builtins.def"

// isinstance(x, cls) with the variable x (narrowed on branches), in op_misc.cpp.
const Annotation* isinstanceOf(OpSite& s, const Annotation* x, const Annotation* cls, flow::Variable* xVar,
                               size_t clsArg);
// Reading and writing an attribute with a name known at translation time (op_attr.cpp).
const Annotation* readAttribute(OpSite& s, const Annotation* obj, Symbol name, size_t argForErrors);
const Annotation* writeAttribute(OpSite& s, const Annotation* obj, Symbol name, const Annotation* value,
                                 SourceLoc origin, size_t argForErrors);
// Whether `obj` has attribute `name` (hasattr()), decided at translation time.
bool hasAttribute(OpSite& s, const Annotation* obj, Symbol name);

} // namespace kiln::ann

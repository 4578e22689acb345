// The builtins table: name lookups, dispatch to the handlers, and BuiltinCall's helpers.
#include "annotator/builtins.h"
#include "support/str_format.h"

namespace kiln::ann {

std::optional<BuiltinId> findBuiltin(std::string_view name) {
#define BUILTIN(id, text, doc)                                                                     \
  if (name == text) return BuiltinId::id;
#include "annotator/builtins.def"
  return std::nullopt;
}

std::optional<BuiltinId> findMethod(AnnKind receiver, std::string_view name) {
#define METHOD(id, kind, text, doc)                                                                \
  if (receiver == AnnKind::kind && name == text) return BuiltinId::id;
#include "annotator/builtins.def"
  return std::nullopt;
}

std::optional<BuiltinId> unboundMethod(std::string_view dotted) {
  size_t dot = dotted.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string_view type = dotted.substr(0, dot), name = dotted.substr(dot + 1);
  AnnKind kind = type == "str" ? AnnKind::Str : type == "bytes" ? AnnKind::Bytes
               : type == "list" ? AnnKind::List : type == "dict" ? AnnKind::Dict : AnnKind::Impossible;
  if (kind == AnnKind::Impossible) return std::nullopt;
  return findMethod(kind, name);
}

std::optional<AnnKind> receiverOf(BuiltinId id) {
  switch (id) {
#define BUILTIN(id, name, doc)                                                                     \
  case BuiltinId::id:                                                                              \
    return std::nullopt;
#define METHOD(id, kind, name, doc)                                                                \
  case BuiltinId::id:                                                                              \
    return AnnKind::kind;
#include "annotator/builtins.def"
  }
  return std::nullopt;
}

const Annotation* callBuiltin(OpSite& s, BuiltinId id, const Annotation* self, CallArgs& args) {
  // An unbound method (`str.upper(s)`, `upper = str.upper`): the object is the first argument.
  CallArgs shifted;
  bool unbound = !self && receiverOf(id);
  if (unbound) {
    AnnKind kind = *receiverOf(id);
    const Annotation* first = args.positional.empty() ? nullptr : args.positional[0].ann;
    if (!first || (first->is(AnnKind::Char) ? AnnKind::Str : first->kind) != kind || first->canBeNone())
      return s.fail(DiagId::ann_unbound_method_self, {builtinName(id), first ? typeName(first) : "nothing"});
    self = first;
    shifted = args;
    shifted.positional.erase(shifted.positional.begin());
  }
  CallArgs& actual = unbound ? shifted : args;
  BuiltinCall c{s, id, self, actual};
  for (const CallArg& a : actual.positional) {
    if (a.ann->isPoison()) return a.ann;
    if (a.ann->isImpossible()) return s.l.impossible();
  }
  switch (id) {
#define BUILTIN(id, name, doc)                                                                     \
  case BuiltinId::id:                                                                              \
    return call_##id(c);
#define METHOD(id, receiver, name, doc)                                                            \
  case BuiltinId::id:                                                                              \
    return call_##id(c);
#include "annotator/builtins.def"
  }
  return nullptr;
}

std::string BuiltinCall::name() const { return builtinName(id); }

bool BuiltinCall::arity(size_t min, size_t max, std::initializer_list<std::string_view> keywords) {
  for (const auto& [kw, value] : args.keywords) {
    bool allowed = false;
    for (std::string_view k : keywords) allowed |= kw.str() == k;
    if (!allowed) {
      s.fail(DiagId::ann_unexpected_keyword, {name(), std::string(kw.str())});
      return false;
    }
  }
  size_t n = count();
  if (n >= min && n <= max) return true;
  std::string expected = min == max                ? std::to_string(min)
                         : max == size_t(-1)       ? "at least " + std::to_string(min)
                         : max == min + 1          ? std::to_string(min) + " or " + std::to_string(max)
                                                   : "from " + std::to_string(min) + " to " + std::to_string(max);
  s.fail(DiagId::ann_builtin_arity, {name(), expected, int(n)});
  return false;
}

const Annotation* BuiltinCall::keyword(std::string_view kw) const {
  for (const auto& [k, value] : args.keywords)
    if (k.str() == kw) return value.ann;
  return nullptr;
}

const Annotation* BuiltinCall::bad(size_t i, std::string_view expected) {
  if (auto r = s.report(DiagId::ann_builtin_bad_argument, {int(i + 1), name(), std::string(expected), typeName(arg(i))}))
    r->origin(origin(i), "the argument", arg(i));
  return nullptr;
}

bool BuiltinCall::wantUtf8(size_t i) {
  if (!wantStr(i)) return false;
  const Annotation* a = arg(i);
  if (a->hasConst() && a->constant.kind == load::Value::Kind::Str) {
    if (pyfmt::isUtf8Encoding(a->constant.text)) return true;
    s.fail(DiagId::ann_not_utf8, {name(), "'" + std::string(a->constant.text) + "'"});
    return false;
  }
  s.fail(DiagId::ann_not_utf8, {name(), "a str known only at run time"});
  return false;
}

bool BuiltinCall::wantInt(size_t i) { return arg(i)->isIntLike() || (bad(i, "an int"), false); }
bool BuiltinCall::wantStr(size_t i) {
  return (arg(i)->isStrLike() && !arg(i)->canBeNone()) || (bad(i, "a str"), false);
}
bool BuiltinCall::wantNumber(size_t i) {
  return arg(i)->isIntLike() || arg(i)->is(AnnKind::Float) || (bad(i, "an int or a float"), false);
}
bool BuiltinCall::wantReverse() {
  const Annotation* r = keyword("reverse");
  if (!r || r->isIntLike()) return true;
  s.fail(DiagId::ann_builtin_keyword_type, {name(), "reverse", "a bool or an int", typeName(r)});
  return false;
}

} // namespace kiln::ann

// Files: open() and the methods of the file objects it returns (DESIGN.md §1.3). A file is
// text or binary by its mode, which must be a constant: text files read and write str, binary
// files bytes.
#include "annotator/builtins.h"

namespace kiln::ann {

namespace {

// Whether `mode` is one Python accepts: one of r/w/a/x, then any of '+', 'b', 't' once each
// (not both 'b' and 't').
bool validMode(std::string_view mode, bool* binary) {
  int primary = 0, plus = 0, b = 0, t = 0;
  for (char ch : mode) {
    switch (ch) {
    case 'r': case 'w': case 'a': case 'x': ++primary; break;
    case '+': ++plus; break;
    case 'b': ++b; break;
    case 't': ++t; break;
    default: return false;
    }
  }
  *binary = b == 1;
  return primary == 1 && plus <= 1 && b + t <= 1;
}

bool binary(const BuiltinCall& c) { return (c.self->flags & annflag::Binary) != 0; }

// What a file of this kind reads and writes.
const Annotation* data(BuiltinCall& c) { return binary(c) ? c.s.l.bytes() : c.s.l.str(); }

bool wantData(BuiltinCall& c, size_t i) {
  if (binary(c) ? c.arg(i)->is(AnnKind::Bytes) && !c.arg(i)->canBeNone() : c.arg(i)->isStrLike() && !c.arg(i)->canBeNone())
    return true;
  c.bad(i, binary(c) ? "bytes (the file is binary)" : "a str (the file is text)");
  return false;
}

} // namespace

const Annotation* call_open(BuiltinCall& c) {
  if (!c.arity(1, 2, {"mode", "encoding"}) || !c.wantStr(0)) return nullptr;
  const Annotation* mode = c.count() == 2 ? c.arg(1) : c.keyword("mode");
  bool isBinary = false;
  if (mode && (!mode->isStrLike() || !mode->hasConst() || !validMode(mode->constant.text, &isBinary))) {
    std::string shown = mode->isStrLike() && mode->hasConst() ? "'" + std::string(mode->constant.text) + "'"
                                                               : "a value of type '" + typeName(mode) + "'";
    return c.count() == 2 ? c.s.failWithOrigin(DiagId::ann_open_mode, {shown}, {2})
                          : c.s.fail(DiagId::ann_open_mode, {shown});
  }
  if (const Annotation* enc = c.keyword("encoding"); enc && !enc->isStrLike() && !enc->is(AnnKind::None))
    return c.s.fail(DiagId::ann_builtin_keyword_type, {c.name(), "encoding", "a str", typeName(enc)});
  return c.s.l.file(isBinary);
}

const Annotation* call_file_read(BuiltinCall& c) {
  if (!c.arity(0, 1) || (c.count() == 1 && !c.wantInt(0))) return nullptr;
  return data(c);
}

const Annotation* call_file_readline(BuiltinCall& c) {
  if (!c.arity(0, 0)) return nullptr;
  return data(c);
}

const Annotation* call_file_readlines(BuiltinCall& c) {
  if (!c.arity(0, 0)) return nullptr;
  ListDef* d = listDefHere(c.s);
  if (!addListItem(c.s, d, data(c), c.s.op.loc)) return nullptr;
  return c.s.l.list(d);
}

const Annotation* call_file_write(BuiltinCall& c) {
  if (!c.arity(1, 1) || !wantData(c, 0)) return nullptr;
  return c.s.l.integer(true);
}

const Annotation* call_file_flush(BuiltinCall& c) { return c.arity(0, 0) ? c.s.none() : nullptr; }
const Annotation* call_file_close(BuiltinCall& c) { return c.arity(0, 0) ? c.s.none() : nullptr; }

const Annotation* call_file_seek(BuiltinCall& c) {
  if (!c.arity(1, 2) || !c.wantInt(0) || (c.count() == 2 && !c.wantInt(1))) return nullptr;
  return c.s.l.integer(true);
}

const Annotation* call_file_tell(BuiltinCall& c) { return c.arity(0, 0) ? c.s.l.integer(true) : nullptr; }
const Annotation* call_file_enter(BuiltinCall& c) { return c.arity(0, 0) ? c.self : nullptr; }

// __exit__(type, value, traceback): closes the file and lets the exception go on (None is false).
const Annotation* call_file_exit(BuiltinCall& c) { return c.arity(3, 3) ? c.s.none() : nullptr; }

} // namespace kiln::ann

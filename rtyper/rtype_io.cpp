// Files (open() and their methods) and the os, sys and time functions (docs/rtyper.md, "Files
// and the operating system").
//
// Representation. A file, text or binary, is
//   Ptr(GcStruct file { stream: Ptr(Opaque FILE), flags: Signed })
// `stream` is the C stdio stream the runtime opened (null once the file is closed) and `flags`
// the bits of its mode (readable, writable, binary...), which the runtime sets from the mode
// string: one struct for every file, because text and binary files differ only in what the
// helpers do with the bytes (decoding UTF-8 with universal newlines, or nothing), not in their
// layout. stdio does the buffering, and flushes every open stream when the program exits, as
// CPython flushes its files then. A file the GC collects while it is still open must be closed
// by the runtime (CPython closes it when its refcount drops): a finalizer, the runtime's
// business.
//
// Everything on a file is one runtime helper call (helpers.def, "files"): each is a system call
// or a loop over a buffer, and each can raise (OSError, ValueError on a closed file), which a
// rule cannot express inline. A method value (`f.write`) is the file itself (RTyper::lowType of
// a Builtin bound to it), and so is the iterator of a file, as in CPython (`iter(f) is f`):
// next() of it is file_next, which raises StopIteration at the end of the file (list(f) is
// file_readlines; enumerate(f) wraps the file itself in rtype_iter.cpp's enumerate struct).
// `with open(p) as f:` is f.__enter__(), which is file_enter (ValueError on a closed file) and
// gives f back, and f.__exit__(type, value, traceback), which is file_close whatever the
// exception (the operands are dropped; the result is None, so the exception goes on).
//
// os, sys and time: a helper call each (os.write, os.read, os.unlink, os.getenv and
// os.environ.get, os.path.*, sys.stdout.write, sys.exit, time.time, ...). The objects
// `sys.stdout`, `sys.stderr` and `os.environ` are known at translation time (frozen PBCs whose
// value type is Void): `sys.stdout.write` is a Void constant naming the built-in function, and
// the call is the helper. sys.stdout.write writes into the buffer print() writes to, so the two
// keep their order.
#include "rtyper/rtype_str.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using ann::IterKind;
using flow::OpCode;

namespace {

const ll::Type* voidType(OpCtx& c) {
  return c.rt.types().voidType();
}
ll::Value none(OpCtx& c) {
  return c.gc.constant(voidType(c), {});
}
ll::Value nullStr(OpCtx& c) {
  return c.gc.constant(c.rt.strPtr(), {});
}

// Binds the operation's result to `v`, the result of a call (null when it could not be made).
bool finish(OpCtx& c, ll::Value v) {
  if (v.isNull()) return false;
  c.result(v);
  return true;
}

// A call whose result is None.
bool callVoid(OpCtx& c, HelperId id, std::vector<ll::Value> args) {
  c.callHelper(id, std::move(args), voidType(c));
  c.result(none(c));
  return true;
}

// Operand i as a str value, or a null str for None (os.getenv's default, open's encoding).
ll::Value strOrNull(OpCtx& c, size_t i) {
  return c.ann(i)->is(AnnKind::None) ? nullStr(c) : str::strArg(c, i);
}

// -- Files
// --------------------------------------------------------------------------------------------

// open(path, mode='r', encoding=None): mode is a constant (the annotator checked it), passed as
// the prebuilt str; encoding as a str or null.
bool open(OpCtx& c) {
  std::vector<std::optional<size_t>> at;
  if (!str::callOperands(c).bind({"file", "mode", "encoding"}, at) || !at[0]) return false;
  ll::Value mode = str::strConstant(c, "r");
  if (at[1]) {
    std::optional<std::string_view> text = str::knownText(c.ann(*at[1]));
    if (!text) return false;
    mode = str::strConstant(c, *text);
  }
  ll::Value encoding = at[2] ? strOrNull(c, *at[2]) : nullStr(c);
  return finish(c, c.callHelper(HelperId::file_open, {str::strArg(c, *at[0]), mode, encoding},
                                c.rt.lowType(c.resultAnn())));
}

bool fileMethod(OpCtx& c, BuiltinId id) {
  ll::Value f = c.arg(0); // the bound method's value is the file
  ll::TypeContext& t = c.rt.types();
  const ll::Type* r = c.rt.lowType(c.resultAnn());
  switch (id) {
  case BuiltinId::file_read:
    return finish(c, c.callHelper(HelperId::file_read,
                                  {f, c.count() == 2 ? str::intArg(c, 1) : c.constInt(-1)}, r));
  case BuiltinId::file_readline: return finish(c, c.callHelper(HelperId::file_readline, {f}, r));
  case BuiltinId::file_readlines:
    return r && finish(c, c.callHelper(HelperId::file_readlines, {f}, r));
  case BuiltinId::file_write:
    return finish(c, c.callHelper(HelperId::file_write, {f, str::strArg(c, 1)}, t.signedType()));
  case BuiltinId::file_flush: return callVoid(c, HelperId::file_flush, {f});
  case BuiltinId::file_close: return callVoid(c, HelperId::file_close, {f});
  case BuiltinId::file_exit:
    return callVoid(c, HelperId::file_close, {f}); // (type, value, tb) change nothing
  case BuiltinId::file_enter: return finish(c, c.callHelper(HelperId::file_enter, {f}, f.type()));
  case BuiltinId::file_seek:
    return finish(
        c, c.callHelper(HelperId::file_seek,
                        {f, str::intArg(c, 1), c.count() == 3 ? str::intArg(c, 2) : c.constInt(0)},
                        t.signedType()));
  case BuiltinId::file_tell:
    return finish(c, c.callHelper(HelperId::file_tell, {f}, t.signedType()));
  default: return false;
  }
}

bool isFileIterator(const Annotation* a) {
  return a->is(AnnKind::Iterator) && a->iterKind == IterKind::Items && !a->items.empty() &&
         a->items[0]->is(AnnKind::File);
}

// iter(f) is f; next(it) is the next line.
bool iterOf(OpCtx& c, size_t i) {
  if (!c.ann(i)->is(AnnKind::File) && !isFileIterator(c.ann(i))) return false;
  c.result(c.arg(i));
  return true;
}

bool nextOf(OpCtx& c, size_t i) {
  if (!isFileIterator(c.ann(i))) return false;
  return finish(c, c.callHelper(HelperId::file_next, {c.arg(i)}, c.rt.lowType(c.resultAnn())));
}

// list(f) is f.readlines(), as in CPython.
bool listOf(OpCtx& c) {
  const ll::Type* list = c.rt.lowType(c.resultAnn());
  return list && finish(c, c.callHelper(HelperId::file_readlines, {c.arg(1)}, list));
}

// enumerate(f[, start]): the enumerate struct of rtype_iter.cpp around the file itself (its own
// iterator); enumerate_next calls file_next on it.
bool enumerateOf(OpCtx& c) {
  const ll::Type* ptr = c.rt.lowType(c.resultAnn());
  if (!ptr || !ptr->target->field("iter") || c.count() > 3) return false;
  ll::ConstValue type;
  type.type = ptr->target;
  ll::Value it = c.emit(ll::Op::malloc, {c.gc.constant(voidType(c), type)}, ptr);
  c.emit(ll::Op::setfield, {it, c.voidConst("iter"), c.arg(1)}, voidType(c));
  if (c.count() == 3)
    c.emit(ll::Op::setfield, {it, c.voidConst("index"), str::intArg(c, 2)}, voidType(c));
  c.result(it);
  return true;
}

// -- os, sys, time
// --------------------------------------------------------------------------------------

// sys.exit(status): SystemExit with an int or str status; None (or nothing) is no operand.
bool sysExit(OpCtx& c) {
  std::vector<ll::Value> args;
  if (c.count() == 2 && !c.ann(1)->is(AnnKind::None))
    args.push_back(c.ann(1)->isIntLike() ? str::intArg(c, 1) : str::strArg(c, 1));
  return callVoid(c, HelperId::sys_exit, std::move(args));
}

bool osFunction(OpCtx& c, BuiltinId id) {
  ll::TypeContext& t = c.rt.types();
  const ll::Type* s = t.signedType();
  size_t n = c.count() - 1; // arguments after the callee
  switch (id) {
  case BuiltinId::os_write:
    return finish(c, c.callHelper(HelperId::os_write, {str::intArg(c, 1), str::strArg(c, 2)}, s));
  case BuiltinId::os_read:
    return finish(
        c, c.callHelper(HelperId::os_read, {str::intArg(c, 1), str::intArg(c, 2)}, c.rt.strPtr()));
  case BuiltinId::os_open:
    return finish(c, c.callHelper(HelperId::os_open,
                                  {str::strArg(c, 1), str::intArg(c, 2),
                                   n == 3 ? str::intArg(c, 3) : c.constInt(0777)},
                                  s));
  case BuiltinId::os_close: return callVoid(c, HelperId::os_close, {str::intArg(c, 1)});
  case BuiltinId::os_unlink: return callVoid(c, HelperId::os_unlink, {str::strArg(c, 1)});
  case BuiltinId::os_getenv:
  case BuiltinId::os_environ_get:
    return finish(c, c.callHelper(HelperId::os_getenv,
                                  {str::strArg(c, 1), n == 2 ? strOrNull(c, 2) : nullStr(c)},
                                  c.rt.strPtr()));
  case BuiltinId::os_path_exists:
    return finish(c, c.callHelper(HelperId::os_path_exists, {str::strArg(c, 1)}, t.boolType()));
  case BuiltinId::os_path_basename:
    return finish(c, c.callHelper(HelperId::os_path_basename, {str::strArg(c, 1)}, c.rt.strPtr()));
  case BuiltinId::os_path_dirname:
    return finish(c, c.callHelper(HelperId::os_path_dirname, {str::strArg(c, 1)}, c.rt.strPtr()));
  case BuiltinId::os_path_join: {
    std::vector<ll::Value> parts;
    for (size_t i = 1; i < c.count(); ++i)
      parts.push_back(str::strArg(c, i));
    return finish(c, c.callHelper(HelperId::os_path_join, std::move(parts), c.rt.strPtr()));
  }
  case BuiltinId::sys_stdout_write:
    return finish(c, c.callHelper(HelperId::sys_stdout_write, {str::strArg(c, 1)}, s));
  case BuiltinId::sys_stderr_write:
    return finish(c, c.callHelper(HelperId::sys_stderr_write, {str::strArg(c, 1)}, s));
  case BuiltinId::sys_stdout_flush: return callVoid(c, HelperId::sys_stdout_flush, {});
  case BuiltinId::sys_exit: return sysExit(c);
  case BuiltinId::time_time: return finish(c, c.callHelper(HelperId::time_time, {}, t.floatType()));
  case BuiltinId::rgc_collect: return callVoid(c, HelperId::gc_collect, {});
  case BuiltinId::rgc_get_heap_size: return finish(c, c.callHelper(HelperId::gc_heap_size, {}, t.signedType()));
  case BuiltinId::time_perf_counter:
    return finish(c, c.callHelper(HelperId::time_perf_counter, {}, t.floatType()));
  case BuiltinId::open: return open(c);
  case BuiltinId::iter: return n == 1 && iterOf(c, 1);
  case BuiltinId::list_: return n == 1 && c.ann(1)->is(AnnKind::File) && listOf(c);
  case BuiltinId::enumerate: return n >= 1 && c.ann(1)->is(AnnKind::File) && enumerateOf(c);
  case BuiltinId::next: return n == 1 && nextOf(c, 1);
  default: return false;
  }
}

// The built-in function a call calls (simple_call or, for open(..., mode=...), call_args).
std::optional<BuiltinId> calledBuiltin(OpCtx& c) {
  if (c.op.opcode == OpCode::simple_call) return c.builtinCallee();
  const Annotation* callee = c.ann(0);
  if (callee->is(AnnKind::Builtin) && !callee->self() && callee->builtin == BuiltinId::open)
    return callee->builtin;
  return std::nullopt;
}

} // namespace

// -- Entry points
// ----------------------------------------------------------------------------------------

const ll::Type* fileLowType(RTyper& rt, const Annotation*) {
  ll::TypeContext& t = rt.types();
  if (const ll::Type* s = t.structNamed("file")) return t.ptr(s);
  ll::Type* s = t.newStruct("file", true);
  t.addField(s, "stream", t.ptr(t.opaque("FILE")));
  t.addField(s, "flags", t.signedType());
  t.freeze(s);
  return t.ptr(s);
}

bool rtypeIO(OpCtx& c) {
  if (c.count() == 0) return false;
  const Annotation* x = c.ann(0);
  switch (c.op.opcode) {
  case OpCode::getattr:
    // f.write & co.: the method's value is the file itself. sys.stdout.write & co. (an attribute
    // of a built-in object): a Void constant, the annotation says which function it is.
    if (x->is(AnnKind::File)) {
      c.result(c.gc.convert(c.arg(0), x, c.resultAnn()));
      return true;
    }
    if (x->is(AnnKind::PBC) && c.resultAnn()->is(AnnKind::Builtin) && !c.resultAnn()->self()) {
      c.result(none(c));
      return true;
    }
    return false;
  case OpCode::iter: return iterOf(c, 0);
  case OpCode::next: return nextOf(c, 0);
  case OpCode::simple_call:
  case OpCode::call_args:
    if (x->is(AnnKind::Builtin) && x->self())
      return x->self()->is(AnnKind::File) && c.op.opcode == OpCode::simple_call &&
             fileMethod(c, x->builtin);
    if (std::optional<BuiltinId> id = calledBuiltin(c)) return osFunction(c, *id);
    return false;
  default: return false;
  }
}

} // namespace kiln::rt

// Exceptions: raising instances of exception classes and catching them by class.
//
// A raise is a link to the except block (or to a handler) passing the class's vtable and the
// instance; converting the class constant and the instance to the root vtable and object
// pointers happens on the link (convert.cpp). Catching tests the raised class with issubtype,
// which is a class-id range check.
//
// An exception instance keeps its message: the `message` field of BaseException's struct holds
// str(e) as BaseException.__str__ makes it from the constructor's arguments (or those of an
// Exception.__init__ call): '' for none, str(arg) for one (repr(arg) for a KeyError), the repr()
// of the arguments' tuple for several. It is made when the instance is, so that str(e), print(e)
// and the runtime's report of an uncaught exception read one field; e.args is not kept.
#include "annotator/bookkeeper.h"
#include "rtyper/convert.h"
#include "rtyper/rtype_str.h"

namespace kiln::rt {

using ann::AnnKind;
using flow::OpCode;

ll::Value exceptionMessage(OpCtx& c, ann::ClassDef* cd, const std::vector<std::pair<ll::Value, const ann::Annotation*>>& args) {
  bool repr = args.size() > 1 || cd->derivesFromBuiltin("KeyError");
  str::Pieces out;
  if (args.size() > 1) out.text("(");
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out.text(", ");
    if (!str::appendStr(c, out, args[i].first, args[i].second, repr)) return {};
  }
  if (args.size() > 1) out.text(")");
  return out.pieces().empty() ? str::strConstant(c, "") : out.build(c);
}

bool setExceptionMessage(OpCtx& c, ann::ClassDef* cd, ll::Value obj, const std::vector<std::pair<ll::Value, const ann::Annotation*>>& args) {
  ann::ClassDef* base = cd->rootException();
  if (!base) return true;
  ll::Value message = exceptionMessage(c, cd, args);
  if (message.isNull()) return false;
  ll::Value e = c.emit(ll::Op::cast_pointer, {obj}, c.rt.types().ptr(c.rt.classRepr(base)->instance));
  c.emit(ll::Op::setfield, {e, c.voidConst("message"), message}, c.rt.types().voidType());
  return true;
}

bool rtypeException(OpCtx& c) {
  // Exception.__init__(self, args...): the new message.
  if (c.op.opcode == OpCode::simple_call && c.builtinCallee() == ann::BuiltinId::exception_init) {
    std::vector<std::pair<ll::Value, const ann::Annotation*>> args;
    for (size_t i = 2; i < c.count(); ++i) args.push_back({c.arg(i), c.ann(i)});
    if (c.count() < 2 || !c.ann(1)->is(AnnKind::Instance) || !setExceptionMessage(c, c.ann(1)->classDef, c.arg(1), args))
      return false;
    c.result(c.gc.constant(c.rt.types().voidType(), {}));
    return true;
  }
  if (c.op.opcode != OpCode::issubtype) return false;
  ann::ClassDef* cd = classConstant(c, c.ann(1));
  if (!c.ann(0)->is(AnnKind::TypeOf) || !cd) return false;
  c.result(classIsSubclass(c, c.arg(0), cd));
  return true;
}

} // namespace kiln::rt

// kiln.rstring.StringBuilder (and UnicodeBuilder, the same): a str built piece by piece.
//
// Representation: Ptr(GcStruct strbuilder {length: Signed, buf: Ptr(GcStruct str)}): `buf` is a
// str used as a growable byte buffer (its chars' length is the capacity), `length` the bytes
// built so far. append() grows `buf` by doubling, so appending is amortized O(1), and build()
// copies buf[0:length] into a new str of exactly that length (the builder can go on appending
// afterwards, as RPython's can). The structure is one per program, shared by every builder.
//
// getlength() is the `length` field; everything else is one runtime helper call, generic over the
// appended operand where it may be a char (Char) or a str, so that appending a char allocates
// nothing. docs/rtyper.md ("## Strings") lists them.
#include "rtyper/rtype_str.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using ann::BuiltinId;
using flow::OpCode;

const ll::Type* strBuilderLowType(RTyper& rt, const Annotation*) {
  ll::TypeContext& types = rt.types();
  if (const ll::Type* t = types.structNamed("strbuilder")) return types.ptr(t);
  ll::Type* s = types.newStruct("strbuilder", true);
  types.addField(s, "length", types.signedType());
  types.addField(s, "buf", rt.strPtr());
  types.freeze(s);
  return types.ptr(s);
}

namespace str {

namespace {

// A char as it is, anything else as a str value (the helpers are generic over the two).
ll::Value charOrStr(OpCtx& c, size_t i) { return c.ann(i)->is(AnnKind::Char) ? c.arg(i) : strArg(c, i); }

bool builderMethod(OpCtx& c, BuiltinId id) {
  CallOperands operands = callOperands(c);
  if (!operands.ok || !operands.keywords.empty()) return false;
  const std::vector<size_t>& args = operands.positional;
  ll::Value b = c.arg(0);
  const ll::Type* voidType = c.rt.types().voidType();
  ll::Value none = c.gc.constant(voidType, {});
  switch (id) {
  case BuiltinId::sb_append:
    if (args.size() != 1) return false;
    c.callHelper(HelperId::strbuilder_append, {b, charOrStr(c, args[0])}, voidType);
    c.result(none);
    return true;
  case BuiltinId::sb_append_slice:
    if (args.size() != 3) return false;
    c.callHelper(HelperId::strbuilder_append_slice, {b, strArg(c, args[0]), intArg(c, args[1]), intArg(c, args[2])},
                 voidType);
    c.result(none);
    return true;
  case BuiltinId::sb_append_multiple_char:
    if (args.size() != 2) return false;
    c.callHelper(HelperId::strbuilder_append_multiple_char, {b, charOrStr(c, args[0]), intArg(c, args[1])}, voidType);
    c.result(none);
    return true;
  case BuiltinId::sb_getlength:
    c.result(c.emit(ll::Op::getfield, {b, c.voidConst("length")}, c.rt.types().signedType()));
    return true;
  case BuiltinId::sb_build: c.result(c.callHelper(HelperId::strbuilder_build, {b}, c.rt.strPtr())); return true;
  default: return false;
  }
}

} // namespace

bool rtypeStrBuilder(OpCtx& c) {
  const Annotation* callee = c.ann(0);
  switch (c.op.opcode) {
  case OpCode::getattr: // b.append: the builder itself is the method value (convert.h)
    if (!callee->is(AnnKind::StrBuilder) || !c.resultAnn()->is(AnnKind::Builtin)) return false;
    c.result(c.arg(0));
    return true;
  case OpCode::simple_call:
  case OpCode::call_args: {
    if (callee->is(AnnKind::Builtin) && callee->self())
      return callee->self()->is(AnnKind::StrBuilder) && builderMethod(c, callee->builtin);
    std::optional<BuiltinId> id = callee->is(AnnKind::Builtin) ? std::optional(callee->builtin) : c.builtinCallee();
    if (id != BuiltinId::rs_StringBuilder && id != BuiltinId::rs_UnicodeBuilder) return false;
    std::vector<std::optional<size_t>> at;
    if (!callOperands(c).bind({"init_size"}, at)) return false;
    ll::Value size = at[0] ? intArg(c, *at[0]) : c.constInt(100); // kiln.rstring.INIT_SIZE
    c.result(c.callHelper(HelperId::strbuilder_new, {size}, strBuilderLowType(c.rt, c.resultAnn())));
    return true;
  }
  default: return false;
  }
}

} // namespace str

} // namespace kiln::rt

// The run-time modules (os, sys, math, time) and the kiln hints (builtins.def).
#include "annotator/builtins.h"

namespace kiln::ann {

namespace {

bool wantBytes(BuiltinCall& c, size_t i) {
  return (c.arg(i)->is(AnnKind::Bytes) && !c.arg(i)->canBeNone()) || (c.bad(i, "bytes"), false);
}

const Annotation* floatFunction(BuiltinCall& c, size_t args, const Annotation* result) {
  if (!c.arity(args, args)) return nullptr;
  for (size_t i = 0; i < args; ++i)
    if (!c.wantNumber(i)) return nullptr;
  return result;
}

} // namespace

// -- os, sys ------------------------------------------------------------------------------------------------

const Annotation* call_os_write(BuiltinCall& c) {
  if (!c.arity(2, 2) || !c.wantInt(0) || !wantBytes(c, 1)) return nullptr;
  return c.s.l.integer(true);
}

const Annotation* call_os_read(BuiltinCall& c) {
  if (!c.arity(2, 2) || !c.wantInt(0) || !c.wantInt(1)) return nullptr;
  return c.s.l.bytes();
}

const Annotation* call_os_open(BuiltinCall& c) {
  if (!c.arity(2, 3) || !c.wantStr(0) || !c.wantInt(1) || (c.count() == 3 && !c.wantInt(2))) return nullptr;
  return c.s.l.integer(true);
}

const Annotation* call_os_close(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantInt(0)) return nullptr;
  return c.s.none();
}

const Annotation* call_os_unlink(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantStr(0)) return nullptr;
  return c.s.none();
}

const Annotation* call_os_getenv(BuiltinCall& c) {
  if (!c.arity(1, 2) || !c.wantStr(0)) return nullptr;
  if (c.count() == 2 && c.arg(1)->isStrLike() && !c.arg(1)->canBeNone()) return c.s.l.str(false, true);
  if (c.count() == 2 && !c.arg(1)->is(AnnKind::None) && !c.arg(1)->isStrLike()) return c.bad(1, "a str or None");
  return c.s.l.str(true, true);
}

const Annotation* call_os_environ_get(BuiltinCall& c) { return call_os_getenv(c); }

const Annotation* call_os_path_exists(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantStr(0)) return nullptr;
  return c.s.l.boolean();
}

const Annotation* call_sys_exit(BuiltinCall& c) {
  if (!c.arity(0, 1)) return nullptr;
  if (c.count() == 1 && !c.arg(0)->isIntLike() && !c.arg(0)->is(AnnKind::None) && !c.arg(0)->isStrLike())
    return c.bad(0, "an int, a str or None");
  return c.s.l.impossible(); // never returns: SystemExit propagates
}

static const Annotation* writeText(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantStr(0)) return nullptr;
  return c.s.l.integer(true);
}
const Annotation* call_sys_stdout_write(BuiltinCall& c) { return writeText(c); }
const Annotation* call_sys_stderr_write(BuiltinCall& c) { return writeText(c); }

const Annotation* call_sys_stdout_flush(BuiltinCall& c) {
  if (!c.arity(0, 0)) return nullptr;
  return c.s.none();
}

// -- math, time -------------------------------------------------------------------------------------------

const Annotation* call_math_sqrt(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.floating()); }
const Annotation* call_math_floor(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.integer()); }
const Annotation* call_math_ceil(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.integer()); }
const Annotation* call_math_fabs(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.floating()); }
const Annotation* call_math_exp(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.floating()); }
const Annotation* call_math_log(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.floating()); }
const Annotation* call_math_sin(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.floating()); }
const Annotation* call_math_cos(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.floating()); }
const Annotation* call_math_atan2(BuiltinCall& c) { return floatFunction(c, 2, c.s.l.floating()); }
const Annotation* call_math_isnan(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.boolean()); }
const Annotation* call_math_isinf(BuiltinCall& c) { return floatFunction(c, 1, c.s.l.boolean()); }
const Annotation* call_math_gcd(BuiltinCall& c) {
  if (!c.arity(2, 2) || !c.wantInt(0) || !c.wantInt(1)) return nullptr;
  return c.s.l.integer(true);
}

const Annotation* call_os_path_basename(BuiltinCall& c) { return c.arity(1, 1) && c.wantStr(0) ? c.s.l.str() : nullptr; }
const Annotation* call_os_path_dirname(BuiltinCall& c) { return c.arity(1, 1) && c.wantStr(0) ? c.s.l.str() : nullptr; }

const Annotation* call_os_path_join(BuiltinCall& c) {
  if (!c.arity(1, size_t(-1))) return nullptr;
  for (size_t i = 0; i < c.count(); ++i)
    if (!c.wantStr(i)) return nullptr;
  return c.s.l.str();
}

// -- operator ---------------------------------------------------------------------------------------------
// The operator functions annotate as the operations they perform, on the arguments of the call
// (arguments 1 and 2 of simple_call(f, a, b)).
static bool operatorArgs(BuiltinCall& c, size_t n) {
  if (!c.arity(n, n)) return false;
  if (c.s.op.opcode != flow::OpCode::simple_call || c.s.argCount() != n + 1) {
    c.s.fail(DiagId::ann_unsupported_here, {"calling '" + c.name() + "' other than with positional arguments"});
    return false;
  }
  return true;
}
#define KILN_OPERATOR_BINARY(fn, opcode)                                                           \
  const Annotation* call_operator_##fn(BuiltinCall& c) {                                           \
    return operatorArgs(c, 2) ? binaryOf(c.s, flow::OpCode::opcode, false, 1, 2) : nullptr;        \
  }
#define KILN_OPERATOR_COMPARE(fn)                                                                  \
  const Annotation* call_operator_##fn(BuiltinCall& c) {                                           \
    return operatorArgs(c, 2) ? compareOf(c.s, flow::OpCode::fn, 1, 2) : nullptr;                  \
  }
#define KILN_OPERATOR_UNARY(fn)                                                                    \
  const Annotation* call_operator_##fn(BuiltinCall& c) {                                           \
    return operatorArgs(c, 1) ? unaryOf(c.s, flow::OpCode::fn, 1) : nullptr;                       \
  }
KILN_OPERATOR_BINARY(add, add)
KILN_OPERATOR_BINARY(sub, sub)
KILN_OPERATOR_BINARY(mul, mul)
KILN_OPERATOR_BINARY(truediv, truediv)
KILN_OPERATOR_BINARY(floordiv, floordiv)
KILN_OPERATOR_BINARY(mod, mod)
KILN_OPERATOR_BINARY(pow, pow)
KILN_OPERATOR_BINARY(lshift, lshift)
KILN_OPERATOR_BINARY(rshift, rshift)
KILN_OPERATOR_BINARY(and_, and_)
KILN_OPERATOR_BINARY(or_, or_)
KILN_OPERATOR_BINARY(xor, xor_)
KILN_OPERATOR_COMPARE(lt)
KILN_OPERATOR_COMPARE(le)
KILN_OPERATOR_COMPARE(eq)
KILN_OPERATOR_COMPARE(ne)
KILN_OPERATOR_COMPARE(gt)
KILN_OPERATOR_COMPARE(ge)
KILN_OPERATOR_UNARY(neg)
KILN_OPERATOR_UNARY(pos)
KILN_OPERATOR_UNARY(invert)
#undef KILN_OPERATOR_BINARY
#undef KILN_OPERATOR_COMPARE
#undef KILN_OPERATOR_UNARY

const Annotation* call_time_time(BuiltinCall& c) { return c.arity(0, 0) ? c.s.l.floating() : nullptr; }
const Annotation* call_time_perf_counter(BuiltinCall& c) { return c.arity(0, 0) ? c.s.l.floating() : nullptr; }

// -- kiln.jit ---------------------------------------------------------------------------------------------

const Annotation* call_jit_promote(BuiltinCall& c) { return c.arity(1, 1) ? c.arg(0) : nullptr; }

const Annotation* call_jit_promote_string(BuiltinCall& c) {
  return c.arity(1, 1) && c.wantStr(0) ? c.arg(0) : nullptr;
}

const Annotation* call_jit_we_are_jitted(BuiltinCall& c) { return c.arity(0, 0) ? c.s.l.boolean() : nullptr; }
const Annotation* call_jit_isconstant(BuiltinCall& c) { return c.arity(1, 1) ? c.s.l.boolean() : nullptr; }
const Annotation* call_jit_isvirtual(BuiltinCall& c) { return c.arity(1, 1) ? c.s.l.boolean() : nullptr; }
const Annotation* call_jit_assert_green(BuiltinCall& c) { return c.arity(1, 1) ? c.s.none() : nullptr; }
const Annotation* call_jit_current_trace_length(BuiltinCall& c) { return c.arity(0, 0) ? c.s.l.integer() : nullptr; }
const Annotation* call_jit_record_exact_class(BuiltinCall& c) { return c.arity(2, 2) ? c.s.none() : nullptr; }

const Annotation* call_jit_conditional_call(BuiltinCall& c) {
  if (!c.arity(2, size_t(-1))) return nullptr;
  CallArgs rest;
  rest.positional.assign(c.args.positional.begin() + 2, c.args.positional.end());
  const Annotation* r = callAnnotation(c.s, c.arg(1), rest);
  if (!r || r->isImpossible()) return r;
  return c.s.none();
}

const Annotation* call_jit_set_param(BuiltinCall& c) {
  if (!c.arity(3, 3) || !c.wantStr(1)) return nullptr;
  return c.s.none();
}

const Annotation* call_jit_set_user_param(BuiltinCall& c) {
  if (!c.arity(2, 2) || !c.wantStr(1)) return nullptr;
  return c.s.none();
}

// -- kiln.objectmodel ------------------------------------------------------------------------------------------

const Annotation* call_om_we_are_translated(BuiltinCall& c) { return c.arity(0, 0) ? c.s.l.constBool(true) : nullptr; }

const Annotation* call_om_compute_hash(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  if (!isHashable(c.arg(0))) return c.s.fail(DiagId::ann_unhashable, {typeName(c.arg(0))});
  return c.s.l.integer();
}

const Annotation* call_om_compute_identity_hash(BuiltinCall& c) { return c.arity(1, 1) ? c.s.l.integer() : nullptr; }

const Annotation* call_om_instantiate(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  const Annotation* cls = c.arg(0);
  if (!cls->is(AnnKind::PBC) || cls->canBeNone()) return c.bad(0, "a class");
  const Annotation* result = c.s.l.impossible();
  for (Desc* d : cls->descs) {
    auto* cd = descAs<ClassDesc>(d);
    if (!cd) return c.bad(0, "a class");
    std::string why;
    ClassDef* def = c.s.bk.classDef(cd->cls, &why);
    if (!def) return c.s.fail(DiagId::ann_bad_class, {why});
    markInstantiated(c.s, def);
    result = c.s.l.unite(result, c.s.l.instance(def));
    if (!result) return c.bad(0, "classes with a common base class");
  }
  return result;
}

const Annotation* call_om_r_dict(BuiltinCall& c) {
  if (!c.arity(2, 4, {"force_non_null", "simple_hash_eq"})) return nullptr;
  for (size_t i = 0; i < 2; ++i)
    if (!c.arg(i)->is(AnnKind::PBC) && !c.arg(i)->is(AnnKind::Builtin)) return c.bad(i, "a function");
  DictDef* d = dictDefHere(c.s);
  d->keyEq = c.arg(0);
  d->keyHash = c.arg(1);
  return c.s.l.dict(d);
}

const Annotation* call_om_keepalive_until_here(BuiltinCall& c) { return c.s.none(); }

// -- kiln.rstring ------------------------------------------------------------------------------------------

static const Annotation* newBuilder(BuiltinCall& c) {
  if (!c.arity(0, 1, {"init_size"})) return nullptr;
  if (c.count() == 1 && !c.wantInt(0)) return nullptr;
  if (const Annotation* size = c.keyword("init_size"); size && !size->isIntLike())
    return c.s.fail(DiagId::ann_builtin_keyword_type, {c.name(), "init_size", "an int", typeName(size)});
  return c.s.l.strBuilder();
}

const Annotation* call_rs_StringBuilder(BuiltinCall& c) { return newBuilder(c); }
const Annotation* call_rs_UnicodeBuilder(BuiltinCall& c) { return newBuilder(c); }

const Annotation* call_sb_append(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantStr(0)) return nullptr;
  return c.s.none();
}

const Annotation* call_sb_append_slice(BuiltinCall& c) {
  if (!c.arity(3, 3) || !c.wantStr(0) || !c.wantInt(1) || !c.wantInt(2)) return nullptr;
  return c.s.none();
}

const Annotation* call_sb_append_multiple_char(BuiltinCall& c) {
  if (!c.arity(2, 2) || !c.wantStr(0) || !c.wantInt(1)) return nullptr;
  return c.s.none();
}

const Annotation* call_sb_getlength(BuiltinCall& c) {
  if (!c.arity(0, 0)) return nullptr;
  return c.s.l.integer(true);
}

const Annotation* call_sb_build(BuiltinCall& c) {
  if (!c.arity(0, 0)) return nullptr;
  return c.s.l.str();
}

// -- kiln.rarithmetic ---------------------------------------------------------------------------------------

const Annotation* call_ra_ovfcheck(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantInt(0)) return nullptr;
  return c.s.l.withoutConst(c.arg(0)->is(AnnKind::Bool) ? c.s.l.integer(true) : c.arg(0));
}

const Annotation* call_ra_intmask(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantNumber(0)) return nullptr;
  return c.s.l.integer();
}

const Annotation* call_ra_r_uint(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantNumber(0)) return nullptr;
  return c.s.l.integer(true, true);
}

const Annotation* call_ra_widen(BuiltinCall& c) {
  if (!c.arity(1, 1) || !c.wantInt(0)) return nullptr;
  return c.s.l.integer(c.arg(0)->nonNeg());
}

// -- kiln.debug ------------------------------------------------------------------------------------------------

const Annotation* call_debug_ll_assert(BuiltinCall& c) {
  if (!c.arity(2, 2) || !c.wantStr(1)) return nullptr;
  return c.s.none();
}

const Annotation* call_debug_debug_print(BuiltinCall& c) { return c.s.none(); }

const Annotation* call_debug_make_sure_not_resized(BuiltinCall& c) {
  if (!c.arity(1, 1)) return nullptr;
  if (!c.arg(0)->is(AnnKind::List)) return c.bad(0, "a list");
  // Checked once the annotation is complete (Annotator::checkNotResized): the list may be
  // resized by code annotated later, or merge with one that is.
  ListDef* def = c.arg(0)->list->find();
  if (!def->notResizedGraph) {
    def->notResizedRange = c.s.op.range();
    def->notResizedCaret = c.s.op.caretLoc();
    def->notResizedGraph = c.s.graph;
  }
  return c.arg(0);
}

// -- kiln.rgc --------------------------------------------------------------------------------------------------

const Annotation* call_rgc_collect(BuiltinCall& c) { return c.arity(0, 0) ? c.s.none() : nullptr; }
const Annotation* call_rgc_get_heap_size(BuiltinCall& c) { return c.arity(0, 0) ? c.s.l.integer(true) : nullptr; }

} // namespace kiln::ann

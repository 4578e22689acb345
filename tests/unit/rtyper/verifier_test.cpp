// The low-level graph verifier (rtyper/verifier.h): a valid use of every op of ll_ops.def, a
// valid graph per op family, then graphs built by hand that each break one rule of
// rtyper/llgraph.h, with the message checkGraph gives for it.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rtyper/verifier.h"

namespace kiln::ll {
namespace {

using K = TypeKind;

// The types the tests share (the exception model is the rtyper's: a vtable struct per class, the
// instance struct starting with the parent's):
//   Struct object_vtable { id: Signed }      GcStruct object { typeptr: Ptr(Struct object_vtable) }
//   Struct t.Error_vtable { super }          GcStruct t.Error { super, code: Signed }
//   GcStruct t.Point { x: Signed, y: Float } Struct t.Pair { a: Char, b: Signed }
//   GcStruct t.Line { from: Struct t.Pair, to: Signed }
//   GcStruct t.Str { hash: Signed, chars: Array(Char) }     (ends in an array)
//   GcArray(Signed), GcArray(Struct t.Pair), Func(Signed, Signed) -> Signed
struct Types {
  TypeContext tc;
  const Type *Void = tc.voidType(), *Bool = tc.boolType(), *Signed = tc.signedType();
  const Type *Unsigned = tc.unsignedType(), *Float = tc.floatType(), *Char = tc.charType();
  const Type* UniChar = tc.uniCharType();
  Type *vtable, *object, *errorVtable, *error, *point, *pair, *line, *str;
  const Type *ints, *pairs, *fn2;
  Prebuilt errorVtableObject, pointObject;

  Types() {
    vtable = makeStruct("object_vtable", false, {{"id", Signed}});
    object = makeStruct("object", true, {{"typeptr", tc.ptr(vtable)}});
    errorVtable = makeStruct("t.Error_vtable", false, {{"super", vtable}});
    error = makeStruct("t.Error", true, {{"super", object}, {"code", Signed}});
    point = makeStruct("t.Point", true, {{"x", Signed}, {"y", Float}});
    pair = makeStruct("t.Pair", false, {{"a", Char}, {"b", Signed}});
    line = makeStruct("t.Line", true, {{"from", pair}, {"to", Signed}});
    str = makeStruct("t.Str", true, {{"hash", Signed}, {"chars", tc.array(Char, false)}});
    ints = tc.array(Signed, true);
    pairs = tc.array(pair, true);
    fn2 = tc.func({Signed, Signed}, Signed);
    errorVtableObject = {"t.Error_vtable_instance", errorVtable, {}};
    pointObject = {"t.origin", point, {}};
  }
  Type* makeStruct(std::string_view name, bool gc,
                   std::vector<std::pair<std::string, const Type*>> fields) {
    Type* s = tc.newStruct(name, gc);
    for (auto& [fieldName, type] : fields)
      tc.addField(s, fieldName, type);
    tc.freeze(s);
    return s;
  }
};

ConstValue intValue(int64_t i) {
  ConstValue v;
  v.i = i;
  return v;
}
ConstValue floatValue(double f) {
  ConstValue v;
  v.f = f;
  return v;
}
ConstValue textValue(std::string text) {
  ConstValue v;
  v.text = std::move(text);
  return v;
}
ConstValue graphValue(Graph* graph) {
  ConstValue v;
  v.graph = graph;
  return v;
}

Operation op(Op code, std::vector<Value> args, Variable* result) {
  return Operation{code, std::move(args), result, {}};
}

Link caseLink(int64_t value, std::vector<Value> args, Block* target) {
  Link l{std::move(args), target};
  l.hasCase = true;
  l.caseValue = value;
  return l;
}

// A valid graph to break (blocks in dump order):
//   graph t.f(x: Signed, y: Signed) -> Signed {
//   block0(x, y):
//       t = int_lt(x, y)
//       branch t [true: block1(x, y), false: block2(y)]
//   block1(p, q):
//       r = int_add_ovf(p, q)
//       exits [normal: block2(r), except t.Error_vtable_instance as (e, ev): except(e, ev)]
//   block2(z):
//       goto return(z)
//   }
struct Sample : Types {
  Graph g{"t.f", fn2, tc.ptr(vtable), tc.ptr(object)};
  Block* b0 = g.startBlock();
  Block* b1 = g.newBlock();
  Block* b2 = g.newBlock();
  Variable *x = b0->inputs[0], *y = b0->inputs[1], *t = g.newVariable(Bool);
  Variable *p = g.newVariable(Signed), *q = g.newVariable(Signed), *r = g.newVariable(Signed);
  Variable *e = g.newVariable(tc.ptr(vtable)), *ev = g.newVariable(tc.ptr(object));
  Variable* z = g.newVariable(Signed);

  Sample() {
    b0->operations.push_back(op(Op::int_lt, {x, y}, t));
    b0->exitKind = ExitKind::Branch;
    b0->exitSwitch = t;
    b0->exits = {caseLink(1, {x, y}, b1), caseLink(0, {y}, b2)};
    b1->inputs = {p, q};
    b1->operations.push_back(op(Op::int_add_ovf, {p, q}, r));
    b1->exitKind = ExitKind::CanRaise;
    Link handler{{e, ev}, g.exceptBlock()};
    handler.caughtClass = &errorVtableObject;
    handler.lastException = e;
    handler.lastExcValue = ev;
    b1->exits = {Link{{r}, b2}, handler};
    b2->inputs = {z};
    b2->exitKind = ExitKind::Goto;
    b2->exits = {Link{{z}, g.returnBlock()}};
  }
  Value constant(const Type* type, ConstValue value = {}) {
    return g.newConstant(type, std::move(value));
  }
  std::string check() const { return checkGraph(g); }
};

// A one-block graph whose operations the tests add; it returns its first parameter:
//   graph t.ops(i: Signed, u: Unsigned, f: Float, c: Char, uc: UniChar, bo: Bool,
//               p: Ptr(GcStruct t.Point), arr: Ptr(GcArray(Signed)), obj: Ptr(GcStruct object),
//               err: Ptr(GcStruct t.Error), ln: Ptr(GcStruct t.Line),
//               prs: Ptr(GcArray(Struct t.Pair)), fp: Ptr(Func(Signed, Signed) -> Signed)) ->
//               Signed
struct OpSample : Types {
  Graph g{"t.ops",
          tc.func({Signed, Unsigned, Float, Char, UniChar, Bool, tc.ptr(point), tc.ptr(ints),
                   tc.ptr(object), tc.ptr(error), tc.ptr(line), tc.ptr(pairs), tc.ptr(fn2)},
                  Signed),
          tc.ptr(vtable), tc.ptr(object)};
  Graph callee{"t.callee", fn2, tc.ptr(vtable), tc.ptr(object)};
  Block* block = g.startBlock();
  Variable *i, *u, *f, *c, *uc, *bo, *p, *arr, *obj, *err, *ln, *prs, *fp;

  OpSample() {
    Variable** params[] = {&i, &u, &f, &c, &uc, &bo, &p, &arr, &obj, &err, &ln, &prs, &fp};
    for (size_t n = 0; n < std::size(params); ++n)
      *params[n] = block->inputs[n];
    block->exitKind = ExitKind::Goto;
    block->exits = {Link{{i}, g.returnBlock()}};
  }

  Variable* emit(Op code, std::vector<Value> args, const Type* result) {
    Variable* v = g.newVariable(result);
    block->operations.push_back(op(code, std::move(args), v));
    return v;
  }
  Variable* ofKind(TypeKind k) {
    switch (k) {
    case K::Signed: return i;
    case K::Unsigned: return u;
    case K::Float: return f;
    case K::Char: return c;
    case K::UniChar: return uc;
    case K::Bool: return bo;
    default: return nullptr;
    }
  }
  Value k(int64_t i) { return g.newConstant(Signed, intValue(i)); }
  Value kf(double f) { return g.newConstant(Float, floatValue(f)); }
  Value name(std::string text) { return g.newConstant(Void, textValue(std::move(text))); }
  Value typeConstant(const Type* t) {
    ConstValue v;
    v.type = t;
    return g.newConstant(Void, v);
  }
  Value nullPtr(const Type* ptrType) { return g.newConstant(ptrType, {}); }
  Value prebuilt(const Type* ptrType, const Prebuilt* object) {
    ConstValue v;
    v.object = object;
    return g.newConstant(ptrType, v);
  }
  Value function(Graph* graph) {
    return g.newConstant(tc.ptr(graph->funcType()), graphValue(graph));
  }
  Value runtimeFunction(std::string fnName, const Type* fn) {
    return g.newConstant(tc.ptr(fn), textValue(std::move(fnName)));
  }
  std::string check() const { return checkGraph(g); }
};

// The message must contain `what`.
#define EXPECT_PROBLEM(sample, what)                                                               \
  do {                                                                                             \
    std::string problem = (sample).check();                                                        \
    EXPECT_NE(problem.find(what), std::string::npos) << "got: '" << problem << "'";                \
  } while (0)

// -- A valid use of every op ----------------------------------------------------------------------

// The operand and result kinds of the generic sigs, as ll_ops.def's header lists them.
bool genericSig(Sig sig, TypeKind& operand, TypeKind& result) {
  auto set = [&](TypeKind o, TypeKind r) {
    operand = o;
    result = r;
    return true;
  };
  switch (sig) {
  case Sig::IntBin:
  case Sig::IntUn: return set(K::Signed, K::Signed);
  case Sig::IntCmp: return set(K::Signed, K::Bool);
  case Sig::UintBin:
  case Sig::UintUn: return set(K::Unsigned, K::Unsigned);
  case Sig::UintCmp: return set(K::Unsigned, K::Bool);
  case Sig::FloatBin:
  case Sig::FloatUn: return set(K::Float, K::Float);
  case Sig::FloatCmp: return set(K::Float, K::Bool);
  case Sig::BoolBin:
  case Sig::BoolUn: return set(K::Bool, K::Bool);
  case Sig::CharCmp: return set(K::Char, K::Bool);
  case Sig::UniCharCmp: return set(K::UniChar, K::Bool);
  case Sig::Cast:
  case Sig::Custom: return false;
  }
  return false;
}

using Use = std::function<void(OpSample&)>;

// The Cast and Custom ops, each used as its doc line in ll_ops.def says.
const std::map<Op, Use>& customUses() {
  static const std::map<Op, Use> uses = {
      {Op::int_is_true, [](OpSample& s) { s.emit(Op::int_is_true, {s.i}, s.Bool); }},
      {Op::int_between,
       [](OpSample& s) {
         s.emit(Op::int_between, {s.k(0), s.i, s.k(10)}, s.Bool);
       }},
      {Op::uint_lshift,
       [](OpSample& s) {
         s.emit(Op::uint_lshift, {s.u, s.i}, s.Unsigned);
       }},
      {Op::uint_rshift,
       [](OpSample& s) {
         s.emit(Op::uint_rshift, {s.u, s.k(3)}, s.Unsigned);
       }},
      {Op::uint_is_true, [](OpSample& s) { s.emit(Op::uint_is_true, {s.u}, s.Bool); }},
      {Op::float_is_true, [](OpSample& s) { s.emit(Op::float_is_true, {s.f}, s.Bool); }},
      {Op::cast_bool_to_int, [](OpSample& s) { s.emit(Op::cast_bool_to_int, {s.bo}, s.Signed); }},
      {Op::cast_bool_to_float,
       [](OpSample& s) { s.emit(Op::cast_bool_to_float, {s.bo}, s.Float); }},
      {Op::cast_char_to_int, [](OpSample& s) { s.emit(Op::cast_char_to_int, {s.c}, s.Signed); }},
      {Op::cast_int_to_char, [](OpSample& s) { s.emit(Op::cast_int_to_char, {s.i}, s.Char); }},
      {Op::cast_unichar_to_int,
       [](OpSample& s) { s.emit(Op::cast_unichar_to_int, {s.uc}, s.Signed); }},
      {Op::cast_int_to_unichar,
       [](OpSample& s) { s.emit(Op::cast_int_to_unichar, {s.i}, s.UniChar); }},
      {Op::cast_int_to_float, [](OpSample& s) { s.emit(Op::cast_int_to_float, {s.i}, s.Float); }},
      {Op::cast_float_to_int, [](OpSample& s) { s.emit(Op::cast_float_to_int, {s.f}, s.Signed); }},
      {Op::cast_int_to_uint, [](OpSample& s) { s.emit(Op::cast_int_to_uint, {s.i}, s.Unsigned); }},
      {Op::cast_uint_to_int, [](OpSample& s) { s.emit(Op::cast_uint_to_int, {s.u}, s.Signed); }},
      {Op::cast_uint_to_float, [](OpSample& s) { s.emit(Op::cast_uint_to_float, {s.u}, s.Float); }},
      {Op::cast_pointer,
       [](OpSample& s) { // a downcast and an upcast, and a cast to the same type
         Variable* down = s.emit(Op::cast_pointer, {s.obj}, s.tc.ptr(s.error));
         s.emit(Op::cast_pointer, {down}, s.tc.ptr(s.object));
         s.emit(Op::cast_pointer, {s.p}, s.tc.ptr(s.point));
       }},
      {Op::cast_ptr_to_int, [](OpSample& s) { s.emit(Op::cast_ptr_to_int, {s.p}, s.Signed); }},
      {Op::same_as, [](OpSample& s) { s.emit(Op::same_as, {s.p}, s.tc.ptr(s.point)); }},
      {Op::select,
       [](OpSample& s) {
         s.emit(Op::select, {s.bo, s.f, s.kf(0.0)}, s.Float);
       }},
      {Op::ptr_eq,
       [](OpSample& s) {
         s.emit(Op::ptr_eq, {s.p, s.nullPtr(s.tc.ptr(s.point))}, s.Bool);
       }},
      {Op::ptr_ne,
       [](OpSample& s) {
         s.emit(Op::ptr_ne, {s.obj, s.obj}, s.Bool);
       }},
      {Op::ptr_iszero, [](OpSample& s) { s.emit(Op::ptr_iszero, {s.arr}, s.Bool); }},
      {Op::ptr_nonzero, [](OpSample& s) { s.emit(Op::ptr_nonzero, {s.fp}, s.Bool); }},
      {Op::gc_identityhash, [](OpSample& s) { s.emit(Op::gc_identityhash, {s.obj}, s.Signed); }},
      {Op::gc_id, [](OpSample& s) { s.emit(Op::gc_id, {s.p}, s.Signed); }},
      {Op::getfield,
       [](OpSample& s) { // own fields, and fields of the parents
         s.emit(Op::getfield, {s.p, s.name("y")}, s.Float);
         s.emit(Op::getfield, {s.err, s.name("code")}, s.Signed);
         s.emit(Op::getfield, {s.err, s.name("typeptr")}, s.tc.ptr(s.vtable));
       }},
      {Op::setfield,
       [](OpSample& s) {
         s.emit(Op::setfield, {s.p, s.name("x"), s.i}, s.Void);
         s.emit(Op::setfield,
                {s.err, s.name("typeptr"), s.prebuilt(s.tc.ptr(s.vtable), &s.errorVtableObject)},
                s.Void);
       }},
      {Op::getsubstruct,
       [](OpSample& s) { // and a field of the inlined struct through the pointer to it
         Variable* from = s.emit(Op::getsubstruct, {s.ln, s.name("from")}, s.tc.ptr(s.pair));
         s.emit(Op::getfield, {from, s.name("a")}, s.Char);
       }},
      {Op::getarrayitem,
       [](OpSample& s) {
         s.emit(Op::getarrayitem, {s.arr, s.i}, s.Signed);
       }},
      {Op::setarrayitem,
       [](OpSample& s) {
         s.emit(Op::setarrayitem, {s.arr, s.k(0), s.i}, s.Void);
       }},
      {Op::getarraysize, [](OpSample& s) { s.emit(Op::getarraysize, {s.prs}, s.Signed); }},
      {Op::getinteriorfield,
       [](OpSample& s) {
         s.emit(Op::getinteriorfield, {s.prs, s.i, s.name("b")}, s.Signed);
       }},
      {Op::setinteriorfield,
       [](OpSample& s) {
         s.emit(Op::setinteriorfield, {s.prs, s.i, s.name("a"), s.c}, s.Void);
       }},
      {Op::arraycopy,
       [](OpSample& s) {
         s.emit(Op::arraycopy, {s.arr, s.arr, s.k(0), s.k(1), s.i}, s.Void);
       }},
      {Op::malloc,
       [](OpSample& s) { s.emit(Op::malloc, {s.typeConstant(s.point)}, s.tc.ptr(s.point)); }},
      {Op::malloc_varsize,
       [](OpSample& s) {
         s.emit(Op::malloc_varsize, {s.typeConstant(s.ints), s.i}, s.tc.ptr(s.ints));
         s.emit(Op::malloc_varsize, {s.typeConstant(s.str), s.k(5)}, s.tc.ptr(s.str));
       }},
      {Op::shrink_array,
       [](OpSample& s) {
         s.emit(Op::shrink_array, {s.arr, s.i}, s.Void);
       }},
      {Op::direct_call,
       [](OpSample& s) { // a graph, and a runtime function named by its constant
         s.emit(Op::direct_call, {s.function(&s.callee), s.i, s.k(1)}, s.Signed);
         s.emit(Op::direct_call,
                {s.runtimeFunction("ll_hash", s.tc.func({s.tc.ptr(s.str)}, s.Signed)),
                 s.nullPtr(s.tc.ptr(s.str))},
                s.Signed);
       }},
      {Op::indirect_call,
       [](OpSample& s) {
         s.emit(Op::indirect_call, {s.fp, s.i, s.i, s.name("t.callee t.other")}, s.Signed);
       }},
      {Op::stack_check, [](OpSample& s) { s.emit(Op::stack_check, {}, s.Void); }},
      {Op::int_truediv_zer, [](OpSample& s) { s.emit(Op::int_truediv_zer, {s.i, s.k(3)}, s.Float); }},
      {Op::exc_occurred, [](OpSample& s) { s.emit(Op::exc_occurred, {}, s.Bool); }},
      {Op::exc_fetch_type, [](OpSample& s) { s.emit(Op::exc_fetch_type, {}, s.tc.ptr(s.vtable)); }},
      {Op::exc_fetch_value, [](OpSample& s) { s.emit(Op::exc_fetch_value, {}, s.tc.ptr(s.object)); }},
      {Op::exc_clear, [](OpSample& s) { s.emit(Op::exc_clear, {}, s.Void); }},
      {Op::exc_raise,
       [](OpSample& s) {
         Variable* t = s.emit(Op::exc_fetch_type, {}, s.tc.ptr(s.vtable));
         s.emit(Op::exc_raise, {t, s.obj}, s.Void);
       }},
      {Op::exc_traceback, [](OpSample& s) { s.emit(Op::exc_traceback, {s.name("t.py:3:f")}, s.Void); }},
      {Op::gc_malloc,
       [](OpSample& s) {
         s.emit(Op::gc_malloc, {s.typeConstant(s.point), s.k(24)}, s.tc.ptr(s.point));
         s.emit(Op::gc_malloc, {s.typeConstant(s.ints), s.i}, s.tc.ptr(s.ints));
       }},
      {Op::gc_malloc_atomic,
       [](OpSample& s) { s.emit(Op::gc_malloc_atomic, {s.typeConstant(s.ints), s.i}, s.tc.ptr(s.ints)); }},
      {Op::setarraylength, [](OpSample& s) { s.emit(Op::setarraylength, {s.arr, s.i}, s.Void); }},
      {Op::gc_new, [](OpSample& s) { s.emit(Op::gc_new, {s.typeConstant(s.point), s.p, s.obj}, s.tc.ptr(s.point)); }},
      {Op::gc_new_varsize,
       [](OpSample& s) { s.emit(Op::gc_new_varsize, {s.typeConstant(s.ints), s.i, s.p}, s.tc.ptr(s.ints)); }},
      {Op::gc_push_roots, [](OpSample& s) { s.emit(Op::gc_push_roots, {s.p, s.obj}, s.Void); }},
      {Op::gc_pop_roots, [](OpSample& s) { s.emit(Op::gc_pop_roots, {s.p, s.obj}, s.Void); }},
      {Op::gc_safepoint, [](OpSample& s) { s.emit(Op::gc_safepoint, {s.arr}, s.Void); }},
      {Op::gc_write_barrier, [](OpSample& s) { s.emit(Op::gc_write_barrier, {s.p}, s.Void); }},
      {Op::gc_write_barrier_array, [](OpSample& s) { s.emit(Op::gc_write_barrier_array, {s.arr, s.i}, s.Void); }},
      {Op::jit_marker,
       [](OpSample& s) {
         s.emit(Op::jit_marker, {s.name("jit_merge_point"), s.name("driver"), s.i, s.p}, s.Void);
         s.emit(Op::jit_marker, {s.name("can_enter_jit"), s.name("driver")}, s.Void);
       }},
      {Op::jit_force_virtualizable,
       [](OpSample& s) { s.emit(Op::jit_force_virtualizable, {s.p}, s.Void); }},
      {Op::jit_promote, [](OpSample& s) { s.emit(Op::jit_promote, {s.i}, s.Signed); }},
      {Op::jit_promote_string,
       [](OpSample& s) {
         s.emit(Op::jit_promote_string, {s.nullPtr(s.tc.ptr(s.str))}, s.tc.ptr(s.str));
       }},
      {Op::jit_we_are_jitted, [](OpSample& s) { s.emit(Op::jit_we_are_jitted, {}, s.Bool); }},
      {Op::jit_record_exact_class,
       [](OpSample& s) {
         s.emit(Op::jit_record_exact_class,
                {s.err, s.prebuilt(s.tc.ptr(s.errorVtable), &s.errorVtableObject)}, s.Void);
       }},
      {Op::jit_hint,
       [](OpSample& s) {
         s.emit(Op::jit_hint, {s.f, s.name("promote"), s.name("access_directly")}, s.Float);
       }},
      {Op::jit_conditional_call,
       [](OpSample& s) {
         s.emit(Op::jit_conditional_call, {s.bo, s.function(&s.callee), s.i, s.i}, s.Void);
       }},
      {Op::keepalive, [](OpSample& s) { s.emit(Op::keepalive, {s.arr}, s.Void); }},
      {Op::debug_assert,
       [](OpSample& s) {
         s.emit(Op::debug_assert, {s.bo, s.name("i must be positive")}, s.Void);
       }},
      {Op::debug_print,
       [](OpSample& s) {
         s.emit(Op::debug_print, {s.name("i ="), s.i, s.f}, s.Void);
       }},
      {Op::debug_fatalerror,
       [](OpSample& s) { s.emit(Op::debug_fatalerror, {s.name("unreachable")}, s.Void); }},
  };
  return uses;
}

// Adds a valid use of `code` to `s`; false if the test knows none.
bool addValidUse(OpSample& s, Op code) {
  TypeKind operand, result;
  const OpInfo& info = opInfo(code);
  if (genericSig(info.sig, operand, result)) {
    std::vector<Value> args(size_t(info.arity), s.ofKind(operand));
    s.emit(code, std::move(args), s.tc.primitive(result));
    return true;
  }
  auto it = customUses().find(code);
  if (it == customUses().end()) return false;
  it->second(s);
  return true;
}

const Op kAllOps[] = {
#define LL_OP(name, arity, flags, sig, doc) Op::name,
#include "rtyper/ll_ops.def"
};

TEST(LLVerifier, EveryOpHasAValidUse) {
  for (Op code : kAllOps) {
    OpSample s;
    if (!addValidUse(s, code)) {
      ADD_FAILURE() << "no valid use of '" << opName(code) << "' in customUses()";
      continue;
    }
    EXPECT_EQ(s.check(), "") << opName(code);
  }
}

// One graph per family of ll_ops.def, each using every op of the family.
void expectValidFamily(std::initializer_list<Op> family) {
  OpSample s;
  for (Op code : family)
    ASSERT_TRUE(addValidUse(s, code)) << opName(code);
  EXPECT_EQ(s.check(), "");
}

TEST(LLVerifier, ValidIntegerOps) {
  expectValidFamily({Op::int_add, Op::int_floordiv, Op::int_rshift, Op::int_neg, Op::int_abs,
                     Op::int_lt, Op::int_ge, Op::int_is_true, Op::int_between, Op::int_add_ovf,
                     Op::int_neg_ovf, Op::int_mod_zer, Op::uint_add, Op::uint_lshift,
                     Op::uint_rshift, Op::uint_invert, Op::uint_lt, Op::uint_is_true});
}

TEST(LLVerifier, ValidFloatBoolAndCharOps) {
  expectValidFamily({Op::float_add, Op::float_truediv, Op::float_neg, Op::float_lt,
                     Op::float_is_true, Op::bool_not, Op::bool_and, Op::bool_eq, Op::char_eq,
                     Op::char_lt, Op::unichar_eq, Op::unichar_ne});
}

TEST(LLVerifier, ValidConversions) {
  expectValidFamily({Op::cast_bool_to_int, Op::cast_bool_to_float, Op::cast_char_to_int,
                     Op::cast_int_to_char, Op::cast_unichar_to_int, Op::cast_int_to_unichar,
                     Op::cast_int_to_float, Op::cast_float_to_int, Op::cast_int_to_uint,
                     Op::cast_uint_to_int, Op::cast_uint_to_float, Op::cast_pointer,
                     Op::cast_ptr_to_int, Op::same_as, Op::select});
}

TEST(LLVerifier, ValidPointerAndMemoryOps) {
  expectValidFamily({Op::ptr_eq, Op::ptr_ne, Op::ptr_iszero, Op::ptr_nonzero, Op::gc_identityhash,
                     Op::gc_id, Op::getfield, Op::setfield, Op::getsubstruct, Op::getarrayitem,
                     Op::setarrayitem, Op::getarraysize, Op::getinteriorfield,
                     Op::setinteriorfield, Op::arraycopy, Op::malloc, Op::malloc_varsize,
                     Op::shrink_array});
}

TEST(LLVerifier, ValidCallsAndExceptionOps) {
  expectValidFamily({Op::direct_call, Op::indirect_call, Op::stack_check, Op::exc_occurred,
                     Op::exc_fetch_type, Op::exc_fetch_value, Op::exc_clear, Op::exc_raise,
                     Op::exc_traceback, Op::int_truediv_zer, Op::gc_malloc, Op::gc_malloc_atomic,
                     Op::setarraylength, Op::gc_new, Op::gc_new_varsize, Op::gc_push_roots,
                     Op::gc_pop_roots, Op::gc_safepoint, Op::gc_write_barrier,
                     Op::gc_write_barrier_array});
}

TEST(LLVerifier, ValidJitHintsAndDebugOps) {
  expectValidFamily({Op::jit_marker, Op::jit_force_virtualizable, Op::jit_promote,
                     Op::jit_promote_string, Op::jit_we_are_jitted, Op::jit_record_exact_class,
                     Op::jit_hint, Op::jit_conditional_call, Op::keepalive, Op::debug_assert,
                     Op::debug_print, Op::debug_fatalerror});
}

TEST(LLVerifier, ValidControlFlow) {
  Sample s;
  EXPECT_EQ(s.check(), "");
  // A switch on a Signed with a default link last.
  s.b0->exitKind = ExitKind::Switch;
  s.b0->exitSwitch = s.x;
  s.b0->exits[1].hasCase = false;
  EXPECT_EQ(s.check(), "");
}

// An exception link may narrow the raised object to the caught class's struct (the rtyper
// types it from the annotation); the handler casts it back to reach the except block.
TEST(LLVerifier, ValidNarrowedExceptionValue) {
  Sample s;
  s.ev->type = s.tc.ptr(s.error);
  Block* handler = s.g.newBlock();
  Variable* vt = s.g.newVariable(s.tc.ptr(s.vtable));
  Variable* narrow = s.g.newVariable(s.tc.ptr(s.error));
  Variable* wide = s.g.newVariable(s.tc.ptr(s.object));
  handler->inputs = {vt, narrow};
  handler->operations.push_back(op(Op::cast_pointer, {narrow}, wide));
  handler->exitKind = ExitKind::Goto;
  handler->exits = {Link{{vt, wide}, s.g.exceptBlock()}};
  s.b1->exits[1].target = handler;
  EXPECT_EQ(s.check(), "");
}

// -- Invariants 1-5: the shape of the graph -------------------------------------------------------

TEST(LLVerifier, LinkWithoutTarget) {
  Sample s;
  s.b2->exits[0].target = nullptr;
  EXPECT_EQ(s.check(), "a link has no target block");
}

TEST(LLVerifier, ReturnBlockWithOperations) {
  Sample s;
  s.g.returnBlock()->operations.push_back(
      op(Op::same_as, {s.constant(s.Signed)}, s.g.newVariable(s.Signed)));
  EXPECT_EQ(s.check(), "the return block must have one input, no operations and no exits");
}

TEST(LLVerifier, ExceptBlockWithOneInput) {
  Sample s;
  s.g.exceptBlock()->inputs.pop_back();
  EXPECT_EQ(s.check(), "the except block must have two inputs, no operations and no exits");
}

// Graph has no list of its blocks to check against: a link into another graph shows up when the
// walk reaches that graph's return block, which then has to be this graph's.
TEST(LLVerifier, LinkToAnotherGraphsReturnBlock) {
  Sample s;
  Graph other("t.other", s.fn2, s.tc.ptr(s.vtable), s.tc.ptr(s.object));
  s.b2->exits[0].target = other.returnBlock();
  EXPECT_EQ(s.check(),
            "block 3 (in dump order): only the return and except blocks, and unreachable blocks (no inputs, "
            "no operations), may have no exits");
}

TEST(LLVerifier, LinkWithTheWrongNumberOfValues) {
  Sample s;
  s.b0->exits[1].args.push_back(s.x);
  EXPECT_EQ(s.check(), "block 0 (in dump order): link 1 passes 2 values to a block with 1 inputs");
}

TEST(LLVerifier, VariableUsedInAnotherBlock) {
  Sample s;
  s.b1->operations[0].args[1] = s.y; // y is block0's
  EXPECT_EQ(
      s.check(),
      "block 1 (in dump order): operation 0 (int_add_ovf): uses a variable not defined before it "
      "in its block");
}

TEST(LLVerifier, ResultDefinedTwice) {
  Sample s;
  s.b0->operations[0].result = s.x;
  EXPECT_PROBLEM(s, "block 0 (in dump order): operation 0 (int_lt): its result is defined twice");
}

TEST(LLVerifier, OperationWithoutResult) {
  Sample s;
  s.b0->operations[0].result = nullptr;
  EXPECT_PROBLEM(s, "operation 0 (int_lt): has no result variable");
}

TEST(LLVerifier, BranchWithSwappedCases) {
  Sample s;
  std::swap(s.b0->exits[0].caseValue, s.b0->exits[1].caseValue);
  EXPECT_EQ(s.check(),
            "block 0 (in dump order): a branch needs two links, for true and then false");
}

TEST(LLVerifier, GotoWithTwoLinks) {
  Sample s;
  s.b2->exits.push_back(s.b2->exits[0]);
  EXPECT_EQ(s.check(), "block 2 (in dump order): a goto needs exactly one plain link");
}

TEST(LLVerifier, SwitchWithTheDefaultFirst) {
  Sample s;
  s.b0->exitKind = ExitKind::Switch;
  s.b0->exitSwitch = s.x;
  s.b0->exits[0].hasCase = false;
  EXPECT_EQ(s.check(),
            "block 0 (in dump order): only the last link of a switch may be its default");
}

TEST(LLVerifier, SwitchWithACaseTwice) {
  Sample s;
  s.b0->exitKind = ExitKind::Switch;
  s.b0->exitSwitch = s.x;
  s.b0->exits[1].caseValue = 1;
  EXPECT_EQ(s.check(), "block 0 (in dump order): the switch has case 1 twice");
}

TEST(LLVerifier, BlockWithoutExits) {
  Sample s;
  s.b2->exitKind = ExitKind::None;
  s.b2->exits.clear();
  EXPECT_EQ(s.check(),
            "block 2 (in dump order): only the return and except blocks, and unreachable blocks (no inputs, "
            "no operations), may have no exits");
}

TEST(LLVerifier, CanRaiseBlockWhoseLastOperationCannotRaise) {
  Sample s;
  s.b1->operations[0].op = Op::int_add;
  EXPECT_EQ(s.check(),
            "block 1 (in dump order): a can-raise block must end with an operation that can raise");
}

TEST(LLVerifier, CanRaiseBlockWithTheExceptionLinkFirst) {
  Sample s;
  std::swap(s.b1->exits[0], s.b1->exits[1]);
  EXPECT_PROBLEM(s, "a can-raise block needs a normal link first, then exception links");
}

TEST(LLVerifier, ExceptionLinkWithoutItsCaughtClass) {
  Sample s;
  s.b1->exits[1].caughtClass = nullptr;
  EXPECT_EQ(s.check(), "block 1 (in dump order): exception link 1 needs the caught class's vtable "
                       "and its variables");
}

TEST(LLVerifier, ExceptionLinkWithOneVariable) {
  Sample s;
  s.b1->exits[1].lastExcValue = nullptr;
  s.b1->exits[1].args[1] = s.constant(s.tc.ptr(s.object));
  EXPECT_EQ(s.check(), "block 1 (in dump order): link 1 needs both exception variables");
}

TEST(LLVerifier, ExceptionLinkPassesTheRaisingResult) {
  Sample s;
  s.b1->exits[1].args[1] = s.r;
  EXPECT_EQ(s.check(),
            "block 1 (in dump order): link 1 passes a variable its block does not define");
}

TEST(LLVerifier, NormalLinkPassesAnExceptionVariable) {
  Sample s;
  s.b1->exits[0].args[0] = s.ev;
  EXPECT_EQ(s.check(),
            "block 1 (in dump order): link 0 passes a variable its block does not define");
}

TEST(LLVerifier, ExceptionVariablesSharedByTwoLinks) {
  Sample s;
  s.b1->exits.push_back(s.b1->exits[1]);
  EXPECT_EQ(s.check(),
            "block 1 (in dump order): link 2: its exception variables are defined twice");
}

TEST(LLVerifier, ExceptionLinkOutsideACanRaiseBlock) {
  Sample s;
  s.b2->exits[0].lastException = s.g.newVariable(s.tc.ptr(s.vtable));
  s.b2->exits[0].lastExcValue = s.g.newVariable(s.tc.ptr(s.object));
  EXPECT_EQ(s.check(),
            "block 2 (in dump order): link 0 is an exception link outside a can-raise block");
}

// -- Invariant 6: operations ----------------------------------------------------------------------

TEST(LLVerifier, OperationWithTheWrongArity) {
  OpSample s;
  s.emit(Op::int_add, {s.i, s.i, s.i}, s.Signed);
  EXPECT_EQ(s.check(), "block 0 (in dump order): operation 0 (int_add): takes 2 operands, not 3");
}

TEST(LLVerifier, VariadicOperationWithTooFewOperands) {
  OpSample s;
  s.emit(Op::direct_call, {}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (direct_call): has too few operands (0) for the function");
}

TEST(LLVerifier, OperandOfTheWrongType) {
  OpSample s;
  s.emit(Op::int_add, {s.i, s.i}, s.Signed);
  s.emit(Op::int_add, {s.i, s.f}, s.Signed);
  EXPECT_EQ(s.check(),
            "block 0 (in dump order): operation 1 (int_add): operand 1 is 'Float', not 'Signed'");
}

TEST(LLVerifier, ComparisonResultIsNotABool) {
  OpSample s;
  s.emit(Op::float_lt, {s.f, s.kf(0.5)}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (float_lt): the result is 'Signed', not 'Bool'");
}

TEST(LLVerifier, NoResultOperationWithAResult) {
  OpSample s;
  s.emit(Op::setfield, {s.p, s.name("x"), s.i}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (setfield): its result is 'Signed', but the op has none (Void)");
}

TEST(LLVerifier, ResultWithoutAType) {
  OpSample s;
  s.emit(Op::int_neg, {s.i}, nullptr);
  EXPECT_PROBLEM(s, "operation 0 (int_neg): its result has no type");
}

TEST(LLVerifier, VariableHoldingAStruct) {
  OpSample s;
  s.emit(Op::same_as, {s.p}, s.point);
  EXPECT_PROBLEM(s, "operation 0 (same_as): its result holds a 'GcStruct t.Point' by value: values "
                    "are primitives or "
                    "pointers");
}

TEST(LLVerifier, ConstantPointingToAnObjectOfAnotherType) {
  OpSample s;
  s.emit(Op::ptr_iszero, {s.prebuilt(s.tc.ptr(s.point), &s.errorVtableObject)}, s.Bool);
  EXPECT_PROBLEM(
      s, "operation 0 (ptr_iszero): operand 0 is a 'Ptr(GcStruct t.Point)' constant pointing to "
         "'t.Error_vtable_instance', a 'Struct t.Error_vtable'");
}

TEST(LLVerifier, ShiftOfAnUnsignedByAnUnsigned) {
  OpSample s;
  s.emit(Op::uint_lshift, {s.u, s.u}, s.Unsigned);
  EXPECT_PROBLEM(s, "operation 0 (uint_lshift): operand 1 is 'Unsigned', not 'Signed'");
}

TEST(LLVerifier, BetweenWithAFloatBound) {
  OpSample s;
  s.emit(Op::int_between, {s.i, s.f, s.i}, s.Bool);
  EXPECT_PROBLEM(s, "operation 0 (int_between): operand 1 is 'Float', not 'Signed'");
}

TEST(LLVerifier, CastFromTheWrongType) {
  OpSample s;
  s.emit(Op::cast_int_to_float, {s.f}, s.Float);
  EXPECT_PROBLEM(s, "operation 0 (cast_int_to_float): operand 0 is 'Float', not 'Signed'");
}

TEST(LLVerifier, CastToTheWrongType) {
  OpSample s;
  s.emit(Op::cast_char_to_int, {s.c}, s.Char);
  EXPECT_PROBLEM(s, "operation 0 (cast_char_to_int): the result is 'Char', not 'Signed'");
}

TEST(LLVerifier, CastPointerBetweenUnrelatedStructs) {
  OpSample s;
  s.emit(Op::cast_pointer, {s.p}, s.tc.ptr(s.object));
  EXPECT_PROBLEM(
      s,
      "operation 0 (cast_pointer): cannot cast 'Ptr(GcStruct t.Point)' to 'Ptr(GcStruct object)': "
      "neither struct starts with the other");
}

TEST(LLVerifier, CastPointerOfAnInteger) {
  OpSample s;
  s.emit(Op::cast_pointer, {s.i}, s.tc.ptr(s.object));
  EXPECT_PROBLEM(s, "operation 0 (cast_pointer): operand 0 is 'Signed', not a pointer to a struct");
}

TEST(LLVerifier, CastPointerToAnArray) {
  OpSample s;
  s.emit(Op::cast_pointer, {s.obj}, s.tc.ptr(s.ints));
  EXPECT_PROBLEM(s, "operation 0 (cast_pointer): the result is 'Ptr(GcArray(Signed))', not a "
                    "pointer to a struct");
}

TEST(LLVerifier, SameAsChangesTheType) {
  OpSample s;
  s.emit(Op::same_as, {s.i}, s.Unsigned);
  EXPECT_PROBLEM(s, "operation 0 (same_as): the result is 'Unsigned', not 'Signed'");
}

TEST(LLVerifier, SelectBetweenValuesOfDifferentTypes) {
  OpSample s;
  s.emit(Op::select, {s.bo, s.i, s.f}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (select): operand 2 is 'Float', not 'Signed'");
}

TEST(LLVerifier, PtrEqOfPointersOfDifferentTypes) {
  OpSample s;
  s.emit(Op::ptr_eq, {s.p, s.obj}, s.Bool);
  EXPECT_PROBLEM(
      s, "operation 0 (ptr_eq): operand 1 is 'Ptr(GcStruct object)', not 'Ptr(GcStruct t.Point)'");
}

// -- Invariant 6: memory ops ----------------------------------------------------------------------

TEST(LLVerifier, GetfieldOfAMissingField) {
  OpSample s;
  s.emit(Op::getfield, {s.p, s.name("z")}, s.Signed);
  EXPECT_EQ(s.check(),
            "block 0 (in dump order): operation 0 (getfield): 'GcStruct t.Point' has no field 'z'");
}

TEST(LLVerifier, GetfieldLooksInParentsOnly) {
  OpSample s;
  s.emit(Op::getfield, {s.obj, s.name("code")}, s.Signed); // a field of the subclass t.Error
  EXPECT_PROBLEM(s, "operation 0 (getfield): 'GcStruct object' has no field 'code'");
}

TEST(LLVerifier, GetfieldWithAVariableFieldName) {
  OpSample s;
  s.emit(Op::getfield, {s.p, s.i}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (getfield): operand 1 is not a Void constant naming a field");
}

TEST(LLVerifier, GetfieldWithASignedConstantFieldName) {
  OpSample s;
  s.emit(Op::getfield, {s.p, s.k(0)}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (getfield): operand 1 is not a Void constant naming a field");
}

TEST(LLVerifier, GetfieldResultIsNotTheFieldType) {
  OpSample s;
  s.emit(Op::getfield, {s.p, s.name("y")}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (getfield): the result is 'Signed', not 'Float'");
}

TEST(LLVerifier, GetfieldOfAnInteger) {
  OpSample s;
  s.emit(Op::getfield, {s.i, s.name("x")}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (getfield): operand 0 is 'Signed', not a pointer to a struct");
}

TEST(LLVerifier, GetfieldOfAnInlinedStruct) {
  OpSample s;
  s.emit(Op::getfield, {s.ln, s.name("from")}, s.tc.ptr(s.pair));
  EXPECT_PROBLEM(
      s, "operation 0 (getfield): field 'from' of 'GcStruct t.Line' is an inlined 'Struct t.Pair': "
         "getsubstruct gives a pointer to it");
}

TEST(LLVerifier, SetfieldWithAValueOfAnotherType) {
  OpSample s;
  s.emit(Op::setfield, {s.p, s.name("x"), s.f}, s.Void);
  EXPECT_PROBLEM(s, "operation 0 (setfield): operand 2 is 'Float', not 'Signed'");
}

TEST(LLVerifier, GetsubstructOfAScalarField) {
  OpSample s;
  s.emit(Op::getsubstruct, {s.p, s.name("x")}, s.tc.ptr(s.Signed));
  EXPECT_PROBLEM(
      s,
      "operation 0 (getsubstruct): field 'x' of 'GcStruct t.Point' is a 'Signed', not an inlined "
      "struct or array: read it with getfield");
}

TEST(LLVerifier, GetsubstructResultPointsElsewhere) {
  OpSample s;
  s.emit(Op::getsubstruct, {s.ln, s.name("from")}, s.tc.ptr(s.point));
  EXPECT_PROBLEM(s, "operation 0 (getsubstruct): the result is 'Ptr(GcStruct t.Point)', not "
                    "'Ptr(Struct t.Pair)'");
}

TEST(LLVerifier, GetarrayitemWithAnUnsignedIndex) {
  OpSample s;
  s.emit(Op::getarrayitem, {s.arr, s.u}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (getarrayitem): operand 1 is 'Unsigned', not 'Signed'");
}

TEST(LLVerifier, GetarrayitemOfAStruct) {
  OpSample s;
  s.emit(Op::getarrayitem, {s.p, s.i}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (getarrayitem): operand 0 is 'Ptr(GcStruct t.Point)', not a "
                    "pointer to an array");
}

TEST(LLVerifier, GetarrayitemOfInlinedStructs) {
  OpSample s;
  s.emit(Op::getarrayitem, {s.prs, s.i}, s.tc.ptr(s.pair));
  EXPECT_PROBLEM(s, "operation 0 (getarrayitem): the items of 'GcArray(Struct t.Pair)' are inlined "
                    "'Struct t.Pair': "
                    "use getinteriorfield/setinteriorfield");
}

TEST(LLVerifier, SetarrayitemWithAnItemOfAnotherType) {
  OpSample s;
  s.emit(Op::setarrayitem, {s.arr, s.i, s.f}, s.Void);
  EXPECT_PROBLEM(s, "operation 0 (setarrayitem): operand 2 is 'Float', not 'Signed'");
}

TEST(LLVerifier, GetarraysizeIsSigned) {
  OpSample s;
  s.emit(Op::getarraysize, {s.arr}, s.Unsigned);
  EXPECT_PROBLEM(s, "operation 0 (getarraysize): the result is 'Unsigned', not 'Signed'");
}

TEST(LLVerifier, GetinteriorfieldOfScalarItems) {
  OpSample s;
  s.emit(Op::getinteriorfield, {s.arr, s.i, s.name("a")}, s.Char);
  EXPECT_PROBLEM(s,
                 "operation 0 (getinteriorfield): the items of 'GcArray(Signed)' are not structs");
}

TEST(LLVerifier, SetinteriorfieldWithAValueOfAnotherType) {
  OpSample s;
  s.emit(Op::setinteriorfield, {s.prs, s.i, s.name("a"), s.i}, s.Void);
  EXPECT_PROBLEM(s, "operation 0 (setinteriorfield): operand 3 is 'Signed', not 'Char'");
}

TEST(LLVerifier, ArraycopyBetweenArraysOfDifferentTypes) {
  OpSample s;
  s.emit(Op::arraycopy, {s.arr, s.prs, s.i, s.i, s.i}, s.Void);
  EXPECT_PROBLEM(s, "operation 0 (arraycopy): operand 1 is 'Ptr(GcArray(Struct t.Pair))', not "
                    "'Ptr(GcArray(Signed))'");
}

TEST(LLVerifier, ShrinkArrayOfAFixedSizeArray) {
  OpSample s;
  s.emit(Op::shrink_array, {s.nullPtr(s.tc.ptr(s.tc.fixedArray(s.Signed, 4))), s.i}, s.Void);
  EXPECT_PROBLEM(s, "operation 0 (shrink_array): operand 0 is 'Ptr(FixedSizeArray(Signed, 4))', "
                    "not a pointer to an "
                    "array with a length");
}

TEST(LLVerifier, MallocOfANonGcStruct) {
  OpSample s;
  s.emit(Op::malloc, {s.typeConstant(s.pair)}, s.tc.ptr(s.pair));
  EXPECT_PROBLEM(s, "operation 0 (malloc): malloc allocates a GcStruct, not 'Struct t.Pair'");
}

TEST(LLVerifier, MallocOfAnArray) {
  OpSample s;
  s.emit(Op::malloc, {s.typeConstant(s.ints)}, s.tc.ptr(s.ints));
  EXPECT_PROBLEM(s, "operation 0 (malloc): malloc allocates a GcStruct, not 'GcArray(Signed)'");
}

TEST(LLVerifier, MallocOfAStructEndingInAnArray) {
  OpSample s;
  s.emit(Op::malloc, {s.typeConstant(s.str)}, s.tc.ptr(s.str));
  EXPECT_PROBLEM(
      s,
      "operation 0 (malloc): 'GcStruct t.Str' ends in an array: allocate it with malloc_varsize");
}

TEST(LLVerifier, MallocOfAStructNotFrozen) {
  OpSample s;
  Type* later = s.tc.newStruct("t.Later", true);
  s.emit(Op::malloc, {s.typeConstant(later)}, s.tc.ptr(later));
  EXPECT_PROBLEM(s, "operation 0 (malloc): 'GcStruct t.Later' is not frozen (laid out) yet");
}

TEST(LLVerifier, MallocResultOfAnotherType) {
  OpSample s;
  s.emit(Op::malloc, {s.typeConstant(s.point)}, s.tc.ptr(s.object));
  EXPECT_PROBLEM(
      s, "operation 0 (malloc): the result is 'Ptr(GcStruct object)', not 'Ptr(GcStruct t.Point)'");
}

TEST(LLVerifier, MallocWithoutAType) {
  OpSample s;
  s.emit(Op::malloc, {s.name("t.Point")}, s.tc.ptr(s.point));
  EXPECT_PROBLEM(s, "operation 0 (malloc): operand 0 is a Void constant naming no type");
}

TEST(LLVerifier, MallocVarsizeOfAFixedSizeStruct) {
  OpSample s;
  s.emit(Op::malloc_varsize, {s.typeConstant(s.point), s.i}, s.tc.ptr(s.point));
  EXPECT_PROBLEM(
      s,
      "operation 0 (malloc_varsize): malloc_varsize allocates a GcArray or a GcStruct ending in an "
      "array, not 'GcStruct t.Point'");
}

TEST(LLVerifier, MallocVarsizeWithAnUnsignedLength) {
  OpSample s;
  s.emit(Op::malloc_varsize, {s.typeConstant(s.ints), s.u}, s.tc.ptr(s.ints));
  EXPECT_PROBLEM(s, "operation 0 (malloc_varsize): operand 1 is 'Unsigned', not 'Signed'");
}

// -- Invariant 6: calls ---------------------------------------------------------------------------

TEST(LLVerifier, DirectCallWithAnArgumentOfAnotherType) {
  OpSample s;
  s.emit(Op::direct_call, {s.function(&s.callee), s.i, s.f}, s.Signed);
  EXPECT_PROBLEM(
      s,
      "operation 0 (direct_call): argument 1 (operand 2) is 'Float', but 'Func(Signed, Signed) -> "
      "Signed' takes 'Signed'");
}

TEST(LLVerifier, DirectCallWithTooFewArguments) {
  OpSample s;
  s.emit(Op::direct_call, {s.function(&s.callee), s.i}, s.Signed);
  EXPECT_PROBLEM(
      s, "operation 0 (direct_call): calls a 'Func(Signed, Signed) -> Signed' with 1 arguments");
}

TEST(LLVerifier, DirectCallResultOfAnotherType) {
  OpSample s;
  s.emit(Op::direct_call, {s.function(&s.callee), s.i, s.i}, s.Float);
  EXPECT_PROBLEM(s, "operation 0 (direct_call): the result is 'Float', but 'Func(Signed, Signed) "
                    "-> Signed' returns "
                    "'Signed'");
}

TEST(LLVerifier, DirectCallThroughAVariable) {
  OpSample s;
  s.emit(Op::direct_call, {s.fp, s.i, s.i}, s.Signed);
  EXPECT_PROBLEM(
      s, "operation 0 (direct_call): operand 0 must be a constant: calls through a variable are "
         "indirect_call");
}

TEST(LLVerifier, DirectCallOfANullFunction) {
  OpSample s;
  s.emit(Op::direct_call, {s.nullPtr(s.tc.ptr(s.fn2)), s.i, s.i}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (direct_call): operand 0 is a null function pointer");
}

TEST(LLVerifier, DirectCallOfANonFunction) {
  OpSample s;
  s.emit(Op::direct_call, {s.prebuilt(s.tc.ptr(s.point), &s.pointObject)}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (direct_call): operand 0 is 'Ptr(GcStruct t.Point)', not a "
                    "pointer to a function");
}

TEST(LLVerifier, FunctionConstantOfAnotherTypeThanItsGraph) {
  OpSample s;
  Graph other("t.other", s.tc.func({s.Float}, s.Float), s.tc.ptr(s.vtable), s.tc.ptr(s.object));
  Value fn = s.g.newConstant(s.tc.ptr(s.fn2), graphValue(&other));
  s.emit(Op::direct_call, {fn, s.i, s.i}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (direct_call): operand 0 is a 'Ptr(Func(Signed, Signed) -> "
                    "Signed)' constant naming "
                    "graph 't.other' of type 'Func(Float) -> Float'");
}

TEST(LLVerifier, IndirectCallOfAConstant) {
  OpSample s;
  s.emit(Op::indirect_call, {s.function(&s.callee), s.i, s.i, s.name("t.callee")}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (indirect_call): operand 0 must be a variable: calls of a "
                    "constant are direct_call");
}

TEST(LLVerifier, IndirectCallWithoutItsTargets) {
  OpSample s;
  s.emit(Op::indirect_call, {s.fp, s.i, s.i}, s.Signed);
  EXPECT_PROBLEM(
      s,
      "operation 0 (indirect_call): operand 2 is not a Void constant listing the possible targets");
}

TEST(LLVerifier, ConditionalCallOnASigned) {
  OpSample s;
  s.emit(Op::jit_conditional_call, {s.i, s.function(&s.callee), s.i, s.i}, s.Void);
  EXPECT_PROBLEM(s, "operation 0 (jit_conditional_call): operand 0 is 'Signed', not 'Bool'");
}

// -- Invariant 6: hints and debugging -------------------------------------------------------------

TEST(LLVerifier, JitMarkerWithAnUnknownMarker) {
  OpSample s;
  s.emit(Op::jit_marker, {s.name("merge_point"), s.name("driver"), s.i}, s.Void);
  EXPECT_PROBLEM(
      s, "operation 0 (jit_marker): operand 0 names 'merge_point', not 'jit_merge_point' or "
         "'can_enter_jit'");
}

TEST(LLVerifier, JitMarkerWithoutItsDriver) {
  OpSample s;
  s.emit(Op::jit_marker, {s.name("jit_merge_point")}, s.Void);
  EXPECT_PROBLEM(
      s, "operation 0 (jit_marker): has too few operands (1) for the marker and the driver");
}

TEST(LLVerifier, JitHintWithAValueForAHintName) {
  OpSample s;
  s.emit(Op::jit_hint, {s.i, s.k(1)}, s.Signed);
  EXPECT_PROBLEM(s, "operation 0 (jit_hint): operand 1 is not a Void constant naming a hint");
}

TEST(LLVerifier, JitPromoteChangesTheType) {
  OpSample s;
  s.emit(Op::jit_promote, {s.i}, s.Float);
  EXPECT_PROBLEM(s, "operation 0 (jit_promote): the result is 'Float', not 'Signed'");
}

TEST(LLVerifier, KeepaliveOfANonGcPointer) {
  OpSample s;
  s.emit(Op::keepalive, {s.nullPtr(s.tc.ptr(s.pair))}, s.Void);
  EXPECT_PROBLEM(
      s,
      "operation 0 (keepalive): operand 0 is 'Ptr(Struct t.Pair)', not a pointer to a GC object");
}

TEST(LLVerifier, DebugAssertOnASigned) {
  OpSample s;
  s.emit(Op::debug_assert, {s.i, s.name("message")}, s.Void);
  EXPECT_PROBLEM(s, "operation 0 (debug_assert): operand 0 is 'Signed', not 'Bool'");
}

TEST(LLVerifier, FatalErrorWithoutAMessage) {
  OpSample s;
  s.emit(Op::debug_fatalerror, {s.i}, s.Void);
  EXPECT_PROBLEM(
      s, "operation 0 (debug_fatalerror): operand 0 is not a Void constant giving the message");
}

// -- Invariant 7: links and exits -----------------------------------------------------------------

TEST(LLVerifier, LinkPassesAValueOfAnotherType) {
  Sample s;
  s.b0->exits[1].args[0] = s.constant(s.Float, floatValue(1.5));
  EXPECT_EQ(s.check(),
            "block 0 (in dump order): link 1 passes a 'Float' to input 0 of its target, which is a "
            "'Signed'");
}

TEST(LLVerifier, BranchOnASigned) {
  Sample s;
  s.b0->exitSwitch = s.x;
  EXPECT_EQ(s.check(), "block 0 (in dump order): the branch tests a 'Signed', not a 'Bool'");
}

TEST(LLVerifier, SwitchOnABool) {
  Sample s;
  s.b0->exitKind = ExitKind::Switch;
  EXPECT_EQ(
      s.check(),
      "block 0 (in dump order): the switch tests a 'Bool', not a 'Signed', 'Unsigned', 'Char' or 'UniChar'");
}

TEST(LLVerifier, CaughtClassIsNotAVtable) {
  Sample s;
  s.b1->exits[1].caughtClass = &s.pointObject;
  EXPECT_EQ(s.check(),
            "block 1 (in dump order): link 1 catches 't.origin', which is not a vtable (a 'Struct "
            "object_vtable' or a struct starting with it)");
}

TEST(LLVerifier, ExceptionClassVariableOfAnotherType) {
  Sample s;
  s.e->type = s.tc.ptr(s.errorVtable);
  EXPECT_EQ(s.check(),
            "block 1 (in dump order): link 1: its exception class variable is 'Ptr(Struct "
            "t.Error_vtable)', not 'Ptr(Struct object_vtable)'");
}

TEST(LLVerifier, ExceptionValueVariableNotAnException) {
  Sample s;
  s.ev->type = s.tc.ptr(s.point);
  EXPECT_EQ(
      s.check(),
      "block 1 (in dump order): link 1: its exception value variable is 'Ptr(GcStruct t.Point)', "
      "not a pointer to 'GcStruct object' or a struct starting with it");
}

TEST(LLVerifier, ExceptBlockInputsThatAreNotPointers) {
  Sample s;
  s.g.exceptBlock()->inputs[0]->type = s.Signed;
  EXPECT_EQ(
      s.check(),
      "the except block's inputs must be a pointer to a vtable struct and a pointer to a GcStruct, "
      "not 'Signed' and 'Ptr(GcStruct object)'");
}

// -- Invariant 8: the graph's signature -----------------------------------------------------------

TEST(LLVerifier, ReturnBlockOfAnotherType) {
  Sample s;
  s.g.returnBlock()->inputs[0]->type = s.Float;
  s.b2->exits[0].args[0] = s.constant(s.Float, floatValue(0.0));
  EXPECT_EQ(s.check(),
            "block 3 (in dump order): the return block's input is 'Float', but the graph returns "
            "'Signed'");
}

TEST(LLVerifier, StartBlockInputOfAnotherType) {
  Sample s;
  s.y->type = s.Float;
  EXPECT_EQ(
      s.check(),
      "block 0 (in dump order): the start block's input 1 is 'Float', but parameter 1 is 'Signed'");
}

TEST(LLVerifier, StartBlockWithAnExtraInput) {
  Sample s;
  s.b0->inputs.push_back(s.g.newVariable(s.Signed));
  EXPECT_EQ(
      s.check(),
      "block 0 (in dump order): the start block has 3 inputs, but the graph takes 2 parameters");
}

TEST(LLVerifier, GraphWhoseTypeIsNotAFunction) {
  Types t;
  Graph g("t.bad", t.Signed, t.tc.ptr(t.vtable), t.tc.ptr(t.object));
  EXPECT_EQ(checkGraph(g), "the graph's type is not a function type");
}

// -- Reporting ------------------------------------------------------------------------------------

TEST(LLVerifier, VerifyGraphReportsAnInternalError) {
  Sample s;
  s.b0->exits.pop_back();
  SourceManager sources;
  DiagnosticEngine diags(sources);
  std::string rendered;
  diags.setConsumer([&](const Diagnostic& d) { rendered += diags.render(d); });
  EXPECT_FALSE(verifyGraph(s.g, diags, "rtyper"));
  EXPECT_EQ(
      rendered,
      "kiln: error: internal error: low-level graph verifier failed after 'rtyper' in graph 't.f': "
      "block 0 (in dump order): a branch needs two links, for true and then false\n");
  Sample valid;
  EXPECT_TRUE(verifyGraph(valid.g, diags, "rtyper"));
  EXPECT_EQ(diags.errorCount(), 1u);
}

// -- Prebuilt objects (checkPrebuilt) -------------------------------------------------------------

Init scalarInit(int64_t i) {
  Init init;
  init.value.i = i;
  return init;
}
Init pointerInit(const Prebuilt* p) {
  Init init;
  init.value.object = p;
  return init;
}

TEST(LLVerifier, PrebuiltContentsThatFitTheirType) {
  Types t;
  Prebuilt err{"t.err", t.error, {}};
  err.init.items = {Init{}, scalarInit(3)}; // super (all zeros), code
  err.init.items[0].items = {pointerInit(&t.errorVtableObject)};
  Prebuilt line{"t.line", t.line, {}};
  line.init.items = {Init{}, scalarInit(1)};
  line.init.items[0].items = {scalarInit('a'), scalarInit(2)};
  Prebuilt str{"t.s", t.str, {}};
  str.init.items = {scalarInit(0), Init{}};
  str.init.items[1].bytes = "hi";
  Prebuilt zero{"t.zero", t.point, {}};
  Prebuilt ints{"t.ints", t.ints, {}};
  ints.init.items = {scalarInit(1), scalarInit(-1)};
  // A pointer to a subclass's struct where the base's is wanted.
  Type* holder = t.makeStruct("t.Holder", true, {{"obj", t.tc.ptr(t.object)}, {"f", t.tc.ptr(t.fn2)}});
  Prebuilt held{"t.held", holder, {}};
  held.init.items = {pointerInit(&err), Init{}};
  held.init.items[1].value.text = "kiln_runtime_fn";
  for (const Prebuilt* p : {&err, &line, &str, &zero, &ints, &held}) EXPECT_EQ(checkPrebuilt(*p), "") << p->name;
}

TEST(LLVerifier, PrebuiltContentsOfTheWrongShape) {
  Types t;
  Prebuilt p{"t.p", t.point, {}};
  p.init.items = {scalarInit(1), scalarInit(2), scalarInit(3)};
  EXPECT_EQ(checkPrebuilt(p), "@t.p has contents that are not the fields of 'GcStruct t.Point'");
  p.init.items = {pointerInit(&t.pointObject)};
  EXPECT_EQ(checkPrebuilt(p), "@t.p.x is a 'Signed' holding a pointer");
  Prebuilt a{"t.a", t.ints, {}};
  a.init.bytes = "xy";
  EXPECT_EQ(checkPrebuilt(a), "@t.a has contents that are not the items of 'GcArray(Signed)'");
  Prebuilt l{"t.l", t.line, {}};
  l.init.items = {Init{}};
  l.init.items[0].items = {scalarInit(300)};
  EXPECT_EQ(checkPrebuilt(l), "@t.l.from.a is a Char holding 300");
  Type* boolHolder = t.makeStruct("t.B", false, {{"b", t.Bool}});
  Prebuilt b{"t.b", boolHolder, {}};
  b.init.items = {scalarInit(2)};
  EXPECT_EQ(checkPrebuilt(b), "@t.b.b is a Bool holding 2");
  Prebuilt notAggregate{"t.n", t.Signed, {}};
  EXPECT_EQ(checkPrebuilt(notAggregate), "@t.n is not a struct or an array");
}

TEST(LLVerifier, PrebuiltPointersToTheWrongObject) {
  Types t;
  Type* holder = t.makeStruct("t.Holder", true, {{"obj", t.tc.ptr(t.error)}, {"f", t.tc.ptr(t.fn2)}});
  Prebuilt h{"t.h", holder, {}};
  h.init.items = {pointerInit(&t.pointObject)};
  EXPECT_EQ(checkPrebuilt(h), "@t.h.obj is a 'Ptr(GcStruct t.Error)' pointing to '@t.origin', a 'GcStruct t.Point'");
  // A base's struct where a subclass's is wanted is not an instance of the subclass.
  Prebuilt base{"t.base", t.object, {}};
  h.init.items = {pointerInit(&base)};
  EXPECT_EQ(checkPrebuilt(h), "@t.h.obj is a 'Ptr(GcStruct t.Error)' pointing to '@t.base', a 'GcStruct object'");
  Graph g("t.g", t.tc.func({t.Signed}, t.Signed), t.tc.ptr(t.vtable), t.tc.ptr(t.object));
  h.init.items = {Init{}, Init{}};
  h.init.items[1].value.graph = &g;
  EXPECT_EQ(checkPrebuilt(h), "@t.h.f is a 'Ptr(Func(Signed, Signed) -> Signed)' pointing to graph 't.g' of type "
                              "'Func(Signed) -> Signed'");
  h.init.items[1] = Init{};
  h.init.items[0].value.text = "kiln_fn";
  EXPECT_EQ(checkPrebuilt(h), "@t.h.obj is a 'Ptr(GcStruct t.Error)' naming the function 'kiln_fn'");
  SourceManager sources;
  DiagnosticEngine diags(sources);
  std::string rendered;
  diags.setConsumer([&](const Diagnostic& d) { rendered += diags.render(d); });
  EXPECT_FALSE(verifyPrebuilt(h, diags, "rtype"));
  EXPECT_EQ(rendered, "kiln: error: internal error: prebuilt object verifier failed after 'rtype' in '@t.h': "
                      "@t.h.obj is a 'Ptr(GcStruct t.Error)' naming the function 'kiln_fn'\n");
}

} // namespace
} // namespace kiln::ll

// The low-level graph verifier: invariants 1-8 of rtyper/llgraph.h.
//
// The structural invariants 1-5 are the flow graphs' and are checked the same way as in
// flowgraph/verifier.cpp: one walk over the blocks in dump order, defining each variable once.
// On top of them come the types:
//   - every value has a type, and that type is a primitive or a Ptr (aggregates live in memory
//     and are only reached through pointers; a function through a Ptr(Func)); a Ptr constant
//     points to a prebuilt object of its target type (or of a struct that starts with it) and a
//     function constant names a graph of its Func type;
//   - invariant 6: an operation has ll_ops.def's arity, a NoResult operation a Void result, and
//     operand and result types that fit the op's Sig column. The generic sigs (IntBin, FloatCmp,
//     ...) are checked from the column alone; a Cast or Custom op is checked by its own rule,
//     `rule<Op::name>` below, which implements the op's doc line. The rule table is generated
//     from ll_ops.def and refers to rule<Op::name> for exactly the Cast and Custom rows, and the
//     primary template is deleted: a new Custom op without a rule does not compile;
//   - invariant 7: link values have the target's input types; a Branch tests a Bool (true link
//     first, then false), a Switch a Signed, Unsigned, Char or UniChar with distinct cases; an exception
//     link catches a vtable (a prebuilt struct starting with the except block's vtable struct),
//     its raised-vtable variable has the except block's vtable pointer type and its raised-object
//     variable points to the except block's object struct or a struct starting with it;
//   - invariant 8: the start block's inputs have the parameter types, the return block's input
//     the result type; the except block's inputs are a vtable pointer and an object pointer.
//
// The first broken rule is reported, as text naming the block by its place in dump order, then
// the operation or link by its index, then the rule ("block 2 (in dump order): operation 0
// (getfield): 'GcStruct t.Point' has no field 'z'"). The check is linear in the graph's size.
#include "rtyper/verifier.h"

#include <initializer_list>
#include <set>
#include <unordered_set>

namespace kiln::ll {

namespace {

bool isAggregate(const Type* t) {
  return t->isStruct() || t->isArray();
}

// A struct or array that ends in items of a length given at allocation.
bool isVarsize(const Type* t) {
  if (t->kind == TypeKind::Array || t->kind == TypeKind::GcArray) return true;
  return t->isStruct() && !t->fields.empty() && isVarsize(t->fields.back().type);
}

std::string quoted(const Type* t) {
  return t ? "'" + typeName(t) + "'" : "untyped";
}
std::string quoted(TypeKind k) {
  return "'" + std::string(kindName(k)) + "'";
}

// Why `v` cannot be a value, completing "operand 1 ..." / "input 0 ...", or "".
std::string valueProblem(Value v) {
  const Type* t = v.type();
  if (!t) return "has no type";
  if (!t->isPrimitive() && !t->isPtr())
    return "holds a " + quoted(t) + " by value: values are primitives or pointers";
  const Constant* k = v.constant();
  if (!k || !t->isPtr()) return "";
  const Type* target = t->target;
  if (const Prebuilt* object = k->value.object) {
    bool fits =
        object->type == target || (object->type->isStruct() && object->type->startsWith(target));
    if (!fits)
      return "is a " + quoted(t) + " constant pointing to '" + object->name + "', a " +
             quoted(object->type);
  }
  if (const Graph* graph = k->value.graph; graph && graph->funcType() != target)
    return "is a " + quoted(t) + " constant naming graph '" + graph->name() + "' of type " +
           quoted(graph->funcType());
  return "";
}

// -- Operand and result checks for the op rules ---------------------------------------------------
// Each check records the first problem and returns false (or null); once a problem is recorded
// every later check fails at once, so a rule reads as a list of checks.

using TypePredicate = bool (*)(const Type*);
bool anyType(const Type*) {
  return true;
}
bool structType(const Type* t) {
  return t->isStruct();
}
bool gcStructType(const Type* t) {
  return t->kind == TypeKind::GcStruct;
}
bool gcType(const Type* t) {
  return t->isGc();
}
bool arrayType(const Type* t) {
  return t->isArray();
}
bool arrayWithLength(const Type* t) {
  return t->kind == TypeKind::Array || t->kind == TypeKind::GcArray;
}

class OpCheck {
public:
  explicit OpCheck(const Operation& op) : op_(op) {}

  const std::string& problem() const { return problem_; }
  bool ok() const { return problem_.empty(); }
  size_t count() const { return op_.args.size(); }
  const Type* type(size_t i) const { return op_.args[i].type(); }
  const Type* resultType() const { return op_.result->type; }

  bool fail(std::string text) {
    if (ok()) problem_ = std::move(text);
    return false;
  }

  bool atLeast(size_t n, std::string_view what) {
    if (!ok() || count() >= n) return ok();
    return fail("has too few operands (" + std::to_string(count()) + ") for " + std::string(what));
  }
  bool operand(size_t i, TypeKind kind) {
    if (!ok() || type(i)->kind == kind) return ok();
    return fail(operandName(i) + " is " + quoted(type(i)) + ", not " + quoted(kind));
  }
  bool operand(size_t i, const Type* t) {
    if (!ok() || type(i) == t) return ok();
    return fail(operandName(i) + " is " + quoted(type(i)) + ", not " + quoted(t));
  }
  bool operands(std::initializer_list<TypeKind> kinds, size_t first = 0) {
    for (TypeKind k : kinds)
      operand(first++, k);
    return ok();
  }
  bool result(TypeKind kind) {
    if (!ok() || resultType()->kind == kind) return ok();
    return fail("the result is " + quoted(resultType()) + ", not " + quoted(kind));
  }
  bool result(const Type* t) {
    if (!ok() || resultType() == t) return ok();
    return fail("the result is " + quoted(resultType()) + ", not " + quoted(t));
  }
  bool resultPointsTo(const Type* t) {
    if (!ok() || (resultType()->isPtr() && resultType()->target == t)) return ok();
    return fail("the result is " + quoted(resultType()) + ", not 'Ptr(" + typeName(t) + ")'");
  }
  bool unary(TypeKind from, TypeKind to) { return operand(0, from) && result(to); }

  // Operand i is a Ptr whose target satisfies `pred` (described by `what`); returns the target.
  const Type* pointee(size_t i, TypePredicate pred, std::string_view what) {
    if (!ok()) return nullptr;
    if (type(i)->isPtr() && pred(type(i)->target)) return type(i)->target;
    fail(operandName(i) + " is " + quoted(type(i)) + ", not " + std::string(what));
    return nullptr;
  }
  const Type* resultPointee(TypePredicate pred, std::string_view what) {
    if (!ok()) return nullptr;
    if (resultType()->isPtr() && pred(resultType()->target)) return resultType()->target;
    fail("the result is " + quoted(resultType()) + ", not " + std::string(what));
    return nullptr;
  }

  // Operand i is a Void constant (a field name, a marker, a type); returns its value.
  const ConstValue* voidConstant(size_t i, std::string_view what) {
    if (!ok()) return nullptr;
    const Constant* k = op_.args[i].constant();
    if (k && k->type->kind == TypeKind::Void) return &k->value;
    fail(operandName(i) + " is not a Void constant " + std::string(what));
    return nullptr;
  }
  const Type* typeConstant(size_t i) {
    const ConstValue* v = voidConstant(i, "naming a type");
    if (v && !v->type) fail(operandName(i) + " is a Void constant naming no type");
    return ok() ? v->type : nullptr;
  }

  // The field of struct `s` named by the Void constant operand `nameOperand`. `inlined`: the
  // field must be an inlined aggregate (getsubstruct), else it must not be one.
  const Field* field(const Type* s, size_t nameOperand, bool inlined = false) {
    const ConstValue* name = voidConstant(nameOperand, "naming a field");
    if (!name) return nullptr;
    const Field* f = s->field(name->text);
    if (!f) {
      fail(quoted(s) + " has no field '" + name->text + "'");
      return nullptr;
    }
    std::string where = "field '" + f->name + "' of " + quoted(s);
    if (!inlined && isAggregate(f->type))
      fail(where + " is an inlined " + quoted(f->type) + ": getsubstruct gives a pointer to it");
    if (inlined && !isAggregate(f->type))
      fail(where + " is a " + quoted(f->type) +
           ", not an inlined struct or array: read it with getfield");
    return ok() ? f : nullptr;
  }

  // Operand i is a Ptr(Func), a constant for direct calls, a variable for indirect ones.
  const Type* funcPointer(size_t i, bool constant) {
    if (!ok()) return nullptr;
    if (constant && !op_.args[i].isConstant()) {
      fail(operandName(i) + " must be a constant: calls through a variable are indirect_call");
      return nullptr;
    }
    if (!constant && op_.args[i].isConstant()) {
      fail(operandName(i) + " must be a variable: calls of a constant are direct_call");
      return nullptr;
    }
    const Type* fn = pointee(
        i, [](const Type* t) { return t->kind == TypeKind::Func; }, "a pointer to a function");
    if (fn && constant && op_.args[i].constant()->value.isNull())
      fail(operandName(i) + " is a null function pointer");
    return ok() ? fn : nullptr;
  }
  // Operands [first, end) are the arguments of a call of `fn`.
  bool callArgs(const Type* fn, size_t first, size_t end) {
    if (!ok()) return false;
    if (end - first != fn->params.size())
      return fail("calls a " + quoted(fn) + " with " + std::to_string(end - first) + " arguments");
    for (size_t i = first; i < end; ++i) {
      const Type* param = fn->params[i - first];
      if (type(i) != param)
        return fail("argument " + std::to_string(i - first) + " (" + operandName(i) + ") is " +
                    quoted(type(i)) + ", but " + quoted(fn) + " takes " + quoted(param));
    }
    return true;
  }
  bool callResult(const Type* fn) {
    if (!ok() || resultType() == fn->result) return ok();
    return fail("the result is " + quoted(resultType()) + ", but " + quoted(fn) + " returns " +
                quoted(fn->result));
  }

private:
  static std::string operandName(size_t i) { return "operand " + std::to_string(i); }

  const Operation& op_;
  std::string problem_;
};

// -- The rules of the Cast and Custom ops, in ll_ops.def's order ----------------------------------
// Arity and the Void result of NoResult ops are checked before a rule runs.

using Rule = void (*)(OpCheck&);
template <Op> void rule(OpCheck&) = delete;

using K = TypeKind;

// Integers with operands of two kinds.
template <> void rule<Op::int_between>(OpCheck& c) {
  c.operands({K::Signed, K::Signed, K::Signed}) && c.result(K::Bool);
}
template <> void rule<Op::int_truediv_zer>(OpCheck& c) {
  c.operands({K::Signed, K::Signed}) && c.result(K::Float);
}
template <> void rule<Op::uint_lshift>(OpCheck& c) {
  c.operands({K::Unsigned, K::Signed}) && c.result(K::Unsigned);
}
template <> void rule<Op::uint_rshift>(OpCheck& c) {
  c.operands({K::Unsigned, K::Signed}) && c.result(K::Unsigned);
}

// Unary ops and conversions between primitives: one operand kind, one result kind.
// clang-format off
template <> void rule<Op::int_is_true>(OpCheck& c) { c.unary(K::Signed, K::Bool); }
template <> void rule<Op::uint_is_true>(OpCheck& c) { c.unary(K::Unsigned, K::Bool); }
template <> void rule<Op::float_is_true>(OpCheck& c) { c.unary(K::Float, K::Bool); }
template <> void rule<Op::cast_bool_to_int>(OpCheck& c) { c.unary(K::Bool, K::Signed); }
template <> void rule<Op::cast_bool_to_float>(OpCheck& c) { c.unary(K::Bool, K::Float); }
template <> void rule<Op::cast_char_to_int>(OpCheck& c) { c.unary(K::Char, K::Signed); }
template <> void rule<Op::cast_int_to_char>(OpCheck& c) { c.unary(K::Signed, K::Char); }
template <> void rule<Op::cast_unichar_to_int>(OpCheck& c) { c.unary(K::UniChar, K::Signed); }
template <> void rule<Op::cast_int_to_unichar>(OpCheck& c) { c.unary(K::Signed, K::UniChar); }
template <> void rule<Op::cast_int_to_float>(OpCheck& c) { c.unary(K::Signed, K::Float); }
template <> void rule<Op::cast_float_to_int>(OpCheck& c) { c.unary(K::Float, K::Signed); }
template <> void rule<Op::cast_int_to_uint>(OpCheck& c) { c.unary(K::Signed, K::Unsigned); }
template <> void rule<Op::cast_uint_to_int>(OpCheck& c) { c.unary(K::Unsigned, K::Signed); }
template <> void rule<Op::cast_uint_to_float>(OpCheck& c) { c.unary(K::Unsigned, K::Float); }
// clang-format on

// Pointer casts, copies and comparisons.
template <> void rule<Op::cast_pointer>(OpCheck& c) {
  const Type* from = c.pointee(0, structType, "a pointer to a struct");
  const Type* to = c.resultPointee(structType, "a pointer to a struct");
  if (from && to && !from->startsWith(to) && !to->startsWith(from))
    c.fail("cannot cast " + quoted(c.type(0)) + " to " + quoted(c.resultType()) +
           ": neither struct starts with the other");
}
template <> void rule<Op::cast_ptr_to_int>(OpCheck& c) {
  c.pointee(0, anyType, "a pointer") && c.result(K::Signed);
}
template <> void rule<Op::same_as>(OpCheck& c) {
  c.result(c.type(0));
}
template <> void rule<Op::select>(OpCheck& c) {
  c.operand(0, K::Bool) && c.operand(2, c.type(1)) && c.result(c.type(1));
}
template <> void rule<Op::ptr_eq>(OpCheck& c) {
  c.pointee(0, anyType, "a pointer") && c.operand(1, c.type(0)) && c.result(K::Bool);
}
template <> void rule<Op::ptr_ne>(OpCheck& c) {
  rule<Op::ptr_eq>(c);
}
template <> void rule<Op::ptr_iszero>(OpCheck& c) {
  c.pointee(0, anyType, "a pointer") && c.result(K::Bool);
}
template <> void rule<Op::ptr_nonzero>(OpCheck& c) {
  rule<Op::ptr_iszero>(c);
}
template <> void rule<Op::gc_identityhash>(OpCheck& c) {
  c.pointee(0, gcType, "a pointer to a GC object") && c.result(K::Signed);
}
template <> void rule<Op::gc_id>(OpCheck& c) {
  rule<Op::gc_identityhash>(c);
}

// Memory: structs.
template <> void rule<Op::getfield>(OpCheck& c) {
  const Type* s = c.pointee(0, structType, "a pointer to a struct");
  if (const Field* f = s ? c.field(s, 1) : nullptr) c.result(f->type);
}
template <> void rule<Op::setfield>(OpCheck& c) {
  const Type* s = c.pointee(0, structType, "a pointer to a struct");
  if (const Field* f = s ? c.field(s, 1) : nullptr) c.operand(2, f->type);
}
template <> void rule<Op::getsubstruct>(OpCheck& c) {
  const Type* s = c.pointee(0, structType, "a pointer to a struct");
  if (const Field* f = s ? c.field(s, 1, /*inlined=*/true) : nullptr) c.resultPointsTo(f->type);
}

// Memory: arrays. Items that are structs are read and written with the interior-field ops.
const Type* arrayItem(OpCheck& c, bool ofStructs) {
  const Type* a = c.pointee(0, arrayType, "a pointer to an array");
  if (!a || !c.operand(1, K::Signed)) return nullptr;
  if (!ofStructs && isAggregate(a->target))
    c.fail("the items of " + quoted(a) + " are inlined " + quoted(a->target) +
           ": use getinteriorfield/setinteriorfield");
  if (ofStructs && !a->target->isStruct()) c.fail("the items of " + quoted(a) + " are not structs");
  return c.ok() ? a->target : nullptr;
}
template <> void rule<Op::getarrayitem>(OpCheck& c) {
  if (const Type* item = arrayItem(c, false)) c.result(item);
}
template <> void rule<Op::setarrayitem>(OpCheck& c) {
  if (const Type* item = arrayItem(c, false)) c.operand(2, item);
}
template <> void rule<Op::getarraysize>(OpCheck& c) {
  c.pointee(0, arrayType, "a pointer to an array") && c.result(K::Signed);
}
template <> void rule<Op::getinteriorfield>(OpCheck& c) {
  const Type* item = arrayItem(c, true);
  if (const Field* f = item ? c.field(item, 2) : nullptr) c.result(f->type);
}
template <> void rule<Op::setinteriorfield>(OpCheck& c) {
  const Type* item = arrayItem(c, true);
  if (const Field* f = item ? c.field(item, 2) : nullptr) c.operand(3, f->type);
}
template <> void rule<Op::arraycopy>(OpCheck& c) {
  c.pointee(0, arrayType, "a pointer to an array") && c.operand(1, c.type(0)) &&
      c.operands({K::Signed, K::Signed, K::Signed}, 2);
}

// Memory: allocation. The type operand is a Void constant; the result points to that type.
template <> void rule<Op::malloc>(OpCheck& c) {
  const Type* t = c.typeConstant(0);
  if (!t) return;
  if (t->kind != TypeKind::GcStruct)
    c.fail("malloc allocates a GcStruct, not " + quoted(t));
  else if (isVarsize(t))
    c.fail(quoted(t) + " ends in an array: allocate it with malloc_varsize");
  else if (!t->frozen)
    c.fail(quoted(t) + " is not frozen (laid out) yet");
  c.resultPointsTo(t);
}
template <> void rule<Op::malloc_varsize>(OpCheck& c) {
  const Type* t = c.typeConstant(0);
  if (!t) return;
  if (!t->isGc() || !isVarsize(t))
    c.fail("malloc_varsize allocates a GcArray or a GcStruct ending in an array, not " + quoted(t));
  else if (!t->frozen)
    c.fail(quoted(t) + " is not frozen (laid out) yet");
  c.operand(1, K::Signed) && c.resultPointsTo(t);
}
template <> void rule<Op::gc_malloc>(OpCheck& c) {
  const Type* t = c.typeConstant(0);
  if (!t) return;
  if (!t->isGc()) c.fail("gc_malloc allocates a GC object, not " + quoted(t));
  c.operand(1, K::Signed) && c.resultPointsTo(t);
}
template <> void rule<Op::gc_malloc_atomic>(OpCheck& c) {
  rule<Op::gc_malloc>(c);
}
// The GC transform's ops: roots are variables pointing into the GC heap.
bool gcRoots(OpCheck& c, size_t first) {
  for (size_t i = first; i < c.count(); ++i)
    if (!c.type(i)->isGcPtr()) return c.fail("operand " + std::to_string(i) + " is " + quoted(c.type(i)) + ", not a pointer to a GC object");
  return c.ok();
}
template <> void rule<Op::gc_new>(OpCheck& c) {
  const Type* t = c.atLeast(1, "the type") ? c.typeConstant(0) : nullptr;
  if (!t) return;
  if (!t->isGc() || isVarsize(t)) c.fail("gc_new allocates a fixed-size GC object, not " + quoted(t));
  gcRoots(c, 1) && c.resultPointsTo(t);
}
template <> void rule<Op::gc_new_varsize>(OpCheck& c) {
  const Type* t = c.atLeast(2, "the type and the length") ? c.typeConstant(0) : nullptr;
  if (!t) return;
  if (!t->isGc() || !isVarsize(t)) c.fail("gc_new_varsize allocates a GcArray or a GcStruct ending in an array, not " + quoted(t));
  c.operand(1, K::Signed) && gcRoots(c, 2) && c.resultPointsTo(t);
}
template <> void rule<Op::gc_push_roots>(OpCheck& c) { gcRoots(c, 0); }
template <> void rule<Op::gc_pop_roots>(OpCheck& c) { gcRoots(c, 0); }
template <> void rule<Op::gc_safepoint>(OpCheck& c) { gcRoots(c, 0); }
template <> void rule<Op::gc_write_barrier>(OpCheck& c) {
  c.pointee(0, [](const Type* t) { return t->isGc(); }, "a pointer to a GC object");
}
template <> void rule<Op::gc_write_barrier_array>(OpCheck& c) {
  c.pointee(0, [](const Type* t) { return t->kind == TypeKind::GcArray; }, "a pointer to a GcArray") && c.operand(1, K::Signed);
}
template <> void rule<Op::setarraylength>(OpCheck& c) {
  c.pointee(0, arrayWithLength, "a pointer to an array with a length") && c.operand(1, K::Signed);
}
template <> void rule<Op::shrink_array>(OpCheck& c) {
  c.pointee(0, arrayWithLength, "a pointer to an array with a length") && c.operand(1, K::Signed);
}

// Calls.
template <> void rule<Op::direct_call>(OpCheck& c) {
  if (!c.atLeast(1, "the function")) return;
  if (const Type* fn = c.funcPointer(0, true)) c.callArgs(fn, 1, c.count()) && c.callResult(fn);
}
template <> void rule<Op::indirect_call>(OpCheck& c) {
  if (!c.atLeast(2, "the function pointer and the possible targets")) return;
  const Type* fn = c.funcPointer(0, false);
  if (fn && c.voidConstant(c.count() - 1, "listing the possible targets"))
    c.callArgs(fn, 1, c.count() - 1) && c.callResult(fn);
}

// Exceptions: the stack check, and the exception transform's ops.
template <> void rule<Op::stack_check>(OpCheck&) {}
template <> void rule<Op::exc_occurred>(OpCheck& c) { c.result(K::Bool); }
template <> void rule<Op::exc_fetch_type>(OpCheck& c) {
  c.resultPointee(structType, "a pointer to the root vtable");
}
template <> void rule<Op::exc_fetch_value>(OpCheck& c) {
  c.resultPointee(gcStructType, "a pointer to the root instance struct");
}
template <> void rule<Op::exc_clear>(OpCheck&) {}
template <> void rule<Op::exc_raise>(OpCheck& c) {
  c.pointee(0, structType, "a pointer to a vtable") && c.pointee(1, gcStructType, "a pointer to an instance");
}
template <> void rule<Op::exc_traceback>(OpCheck& c) {
  c.voidConstant(0, "giving the frame");
}

// JIT hints.
template <> void rule<Op::jit_marker>(OpCheck& c) {
  if (!c.atLeast(2, "the marker and the driver")) return;
  const ConstValue* marker = c.voidConstant(0, "naming the marker");
  if (marker && marker->text != "jit_merge_point" && marker->text != "can_enter_jit")
    c.fail("operand 0 names '" + marker->text + "', not 'jit_merge_point' or 'can_enter_jit'");
  c.voidConstant(1, "naming the driver");
}
template <> void rule<Op::jit_force_virtualizable>(OpCheck& c) {
  c.pointee(0, gcStructType, "a pointer to a GcStruct");
}
template <> void rule<Op::jit_promote>(OpCheck& c) {
  c.result(c.type(0));
}
template <> void rule<Op::jit_promote_string>(OpCheck& c) {
  c.pointee(0, gcType, "a pointer to a GC object") && c.result(c.type(0));
}
template <> void rule<Op::jit_we_are_jitted>(OpCheck& c) {
  c.result(K::Bool);
}
template <> void rule<Op::jit_record_exact_class>(OpCheck& c) {
  c.pointee(0, gcStructType, "a pointer to a GcStruct") &&
      c.pointee(1, structType, "a pointer to a vtable struct");
}
template <> void rule<Op::jit_hint>(OpCheck& c) {
  if (!c.atLeast(1, "the value")) return;
  for (size_t i = 1; i < c.count(); ++i)
    c.voidConstant(i, "naming a hint");
  c.result(c.type(0));
}
template <> void rule<Op::jit_conditional_call>(OpCheck& c) {
  if (!c.atLeast(2, "the condition and the function")) return;
  c.operand(0, K::Bool);
  if (const Type* fn = c.funcPointer(1, true)) c.callArgs(fn, 2, c.count());
}
template <> void rule<Op::keepalive>(OpCheck& c) {
  c.pointee(0, gcType, "a pointer to a GC object");
}

// Debugging.
template <> void rule<Op::debug_assert>(OpCheck& c) {
  c.operand(0, K::Bool) && c.voidConstant(1, "giving the message");
}
template <> void rule<Op::debug_print>(OpCheck&) {}
template <> void rule<Op::debug_fatalerror>(OpCheck& c) {
  c.voidConstant(0, "giving the message");
}

// The rule of each op, null for the ops with a generic sig.
template <Sig S, Op O> constexpr Rule ruleFor() {
  if constexpr (S == Sig::Cast || S == Sig::Custom)
    return &rule<O>;
  else
    return nullptr;
}

constexpr Rule kRules[] = {
#define LL_OP(name, arity, flags, sig, doc) ruleFor<Sig::sig, Op::name>(),
#include "rtyper/ll_ops.def"
};

// The operand and result kinds of a generic sig; false for Cast and Custom.
bool genericSig(Sig sig, TypeKind& operand, TypeKind& result) {
  auto set = [&](TypeKind o, TypeKind r) {
    operand = o;
    result = r;
    return true;
  };
  switch (sig) {
  case Sig::IntBin: return set(K::Signed, K::Signed);
  case Sig::IntCmp: return set(K::Signed, K::Bool);
  case Sig::UintBin: return set(K::Unsigned, K::Unsigned);
  case Sig::UintCmp: return set(K::Unsigned, K::Bool);
  case Sig::FloatBin: return set(K::Float, K::Float);
  case Sig::FloatCmp: return set(K::Float, K::Bool);
  case Sig::IntUn: return set(K::Signed, K::Signed);
  case Sig::UintUn: return set(K::Unsigned, K::Unsigned);
  case Sig::FloatUn: return set(K::Float, K::Float);
  case Sig::BoolBin: return set(K::Bool, K::Bool);
  case Sig::BoolUn: return set(K::Bool, K::Bool);
  case Sig::CharCmp: return set(K::Char, K::Bool);
  case Sig::UniCharCmp: return set(K::UniChar, K::Bool);
  case Sig::Cast:
  case Sig::Custom: return false;
  }
  return false;
}

// Invariant 6 for an operation whose operands and result all have valid types.
std::string checkOperationTypes(const Operation& op) {
  const OpInfo& info = opInfo(op.op);
  if ((info.flags & opflags::NoResult) && op.result->type->kind != TypeKind::Void)
    return "its result is " + quoted(op.result->type) + ", but the op has none (Void)";
  OpCheck c(op);
  TypeKind operand, result;
  if (genericSig(info.sig, operand, result)) {
    for (size_t i = 0; i < c.count(); ++i)
      c.operand(i, operand);
    c.result(result);
  } else {
    kRules[size_t(op.op)](c);
  }
  return c.problem();
}

// -- The graph walk -------------------------------------------------------------------------------

std::string blockError(size_t index, const std::string& what) {
  return "block " + std::to_string(index) + " (in dump order): " + what;
}

// Whether some block reachable from the start has a link without a target (Graph::blocksInOrder
// cannot walk past one).
bool hasLinkWithoutTarget(const Graph& g) {
  std::unordered_set<const Block*> seen{g.startBlock()};
  std::vector<const Block*> stack{g.startBlock()};
  while (!stack.empty()) {
    const Block* b = stack.back();
    stack.pop_back();
    for (const Link& l : b->exits) {
      if (!l.target) return true;
      if (seen.insert(l.target).second) stack.push_back(l.target);
    }
  }
  return false;
}

class Checker {
public:
  explicit Checker(const Graph& g) : g_(g) {}
  std::string run();

private:
  std::string checkInputs(const Block* b);
  std::string checkOperation(const Operation& op);
  std::string checkExitKind(const Block* b) const;
  std::string checkLink(const Block* b, const Link& l);
  std::string checkExceptionLink(const Link& l) const;

  // Defines a block input or an operation result, usable by what follows in its block.
  bool define(Variable* v) {
    if (!v || !defined_.insert(v).second) return false;
    local_.insert(v);
    return true;
  }
  bool usable(Value v) const {
    return !v.isNull() && (v.isConstant() || local_.count(v.variable()));
  }

  const Graph& g_;
  std::unordered_set<const Variable*> defined_;
  std::unordered_set<const Variable*> local_; // defined in the block being checked
};

std::string Checker::run() {
  if (!g_.funcType() || g_.funcType()->kind != TypeKind::Func)
    return "the graph's type is not a function type";
  if (hasLinkWithoutTarget(g_)) return "a link has no target block";
  std::vector<Block*> blocks = g_.blocksInOrder();
  const Block *ret = g_.returnBlock(), *exc = g_.exceptBlock();
  if (ret->inputs.size() != 1 || !ret->operations.empty() || !ret->exits.empty())
    return "the return block must have one input, no operations and no exits";
  if (exc->inputs.size() != 2 || !exc->inputs[0] || !exc->inputs[1] || !exc->operations.empty() ||
      !exc->exits.empty())
    return "the except block must have two inputs, no operations and no exits";
  const Type *vtable = exc->inputs[0]->type, *object = exc->inputs[1]->type;
  if (!vtable || !vtable->isPtr() || !vtable->target->isStruct() || !object || !object->isPtr() ||
      object->target->kind != TypeKind::GcStruct)
    return "the except block's inputs must be a pointer to a vtable struct and a pointer to a "
           "GcStruct, not " +
           quoted(vtable) + " and " + quoted(object);
  for (size_t bi = 0; bi < blocks.size(); ++bi) {
    const Block* b = blocks[bi];
    local_.clear();
    if (std::string p = checkInputs(b); !p.empty()) return blockError(bi, p);
    for (size_t oi = 0; oi < b->operations.size(); ++oi) {
      const Operation& op = b->operations[oi];
      if (std::string p = checkOperation(op); !p.empty())
        return blockError(bi, "operation " + std::to_string(oi) + " (" +
                                  std::string(opName(op.op)) + "): " + p);
    }
    if (std::string p = checkExitKind(b); !p.empty()) return blockError(bi, p);
    for (size_t li = 0; li < b->exits.size(); ++li)
      if (std::string p = checkLink(b, b->exits[li]); !p.empty())
        return blockError(bi, "link " + std::to_string(li) + p);
  }
  return "";
}

// Invariants 3 and 8 for the inputs of a block.
std::string Checker::checkInputs(const Block* b) {
  for (size_t i = 0; i < b->inputs.size(); ++i) {
    Variable* v = b->inputs[i];
    if (!define(v)) return "an input variable is defined twice";
    if (std::string p = valueProblem(v); !p.empty()) return "input " + std::to_string(i) + " " + p;
  }
  const Type* fn = g_.funcType();
  if (b == g_.startBlock()) {
    if (b->inputs.size() != fn->params.size())
      return "the start block has " + std::to_string(b->inputs.size()) +
             " inputs, but the graph takes " + std::to_string(fn->params.size()) + " parameters";
    for (size_t i = 0; i < fn->params.size(); ++i)
      if (b->inputs[i]->type != fn->params[i])
        return "the start block's input " + std::to_string(i) + " is " +
               quoted(b->inputs[i]->type) + ", but parameter " + std::to_string(i) + " is " +
               quoted(fn->params[i]);
  }
  if (b == g_.returnBlock() && b->inputs[0]->type != fn->result)
    return "the return block's input is " + quoted(b->inputs[0]->type) +
           ", but the graph returns " + quoted(fn->result);
  return "";
}

// Invariants 3 and 6 for one operation.
std::string Checker::checkOperation(const Operation& op) {
  int arity = opInfo(op.op).arity;
  if (arity != VAR && op.args.size() != size_t(arity))
    return "takes " + std::to_string(arity) + " operands, not " + std::to_string(op.args.size());
  for (size_t i = 0; i < op.args.size(); ++i) {
    if (!usable(op.args[i])) return "uses a variable not defined before it in its block";
    if (std::string p = valueProblem(op.args[i]); !p.empty())
      return "operand " + std::to_string(i) + " " + p;
  }
  if (!op.result) return "has no result variable";
  if (!define(op.result)) return "its result is defined twice";
  if (std::string p = valueProblem(op.result); !p.empty()) return "its result " + p;
  return checkOperationTypes(op);
}

// Invariants 4 and 7 for the exit kind and the value tested.
std::string Checker::checkExitKind(const Block* b) const {
  bool special = b == g_.returnBlock() || b == g_.exceptBlock();
  const std::vector<Link>& exits = b->exits;
  size_t n = exits.size();
  switch (b->exitKind) {
  case ExitKind::None:
    if (n || (!special && (!b->inputs.empty() || !b->operations.empty())))
      return "only the return and except blocks, and unreachable blocks (no inputs, no operations), may have no exits";
    return "";
  case ExitKind::Goto:
    if (n != 1 || exits[0].hasCase) return "a goto needs exactly one plain link";
    return "";
  case ExitKind::Branch:
    if (n != 2 || !exits[0].hasCase || exits[0].caseValue != 1 || !exits[1].hasCase ||
        exits[1].caseValue != 0)
      return "a branch needs two links, for true and then false";
    if (!usable(b->exitSwitch)) return "the branch tests an undefined variable";
    if (std::string p = valueProblem(b->exitSwitch); !p.empty()) return "the branch's value " + p;
    if (b->exitSwitch.type()->kind != TypeKind::Bool)
      return "the branch tests a " + quoted(b->exitSwitch.type()) + ", not a 'Bool'";
    return "";
  case ExitKind::Switch: {
    if (n < 2) return "a switch needs at least two links";
    std::set<int64_t> cases;
    for (size_t i = 0; i < n; ++i) {
      if (!exits[i].hasCase && i + 1 < n)
        return "only the last link of a switch may be its default";
      if (exits[i].hasCase && !cases.insert(exits[i].caseValue).second)
        return "the switch has case " + std::to_string(exits[i].caseValue) + " twice";
    }
    if (!usable(b->exitSwitch)) return "the switch tests an undefined variable";
    if (std::string p = valueProblem(b->exitSwitch); !p.empty()) return "the switch's value " + p;
    TypeKind k = b->exitSwitch.type()->kind;
    if (k != TypeKind::Signed && k != TypeKind::Unsigned && k != TypeKind::Char && k != TypeKind::UniChar)
      return "the switch tests a " + quoted(b->exitSwitch.type()) +
             ", not a 'Signed', 'Unsigned', 'Char' or 'UniChar'";
    return "";
  }
  case ExitKind::CanRaise:
    if (n < 2 || exits[0].hasCase || exits[0].isException())
      return "a can-raise block needs a normal link first, then exception links";
    if (b->operations.empty() || !(opInfo(b->operations.back().op).flags & opflags::CanRaise))
      return "a can-raise block must end with an operation that can raise";
    for (size_t i = 1; i < n; ++i)
      if (!exits[i].isException() || !exits[i].caughtClass)
        return "exception link " + std::to_string(i) +
               " needs the caught class's vtable and its variables";
    return "";
  }
  return "";
}

// Invariants 2, 5 and 7 for one link; the text continues "link N".
std::string Checker::checkLink(const Block* b, const Link& l) {
  if (l.args.size() != l.target->inputs.size())
    return " passes " + std::to_string(l.args.size()) + " values to a block with " +
           std::to_string(l.target->inputs.size()) + " inputs";
  if (l.isException()) {
    if (b->exitKind != ExitKind::CanRaise) return " is an exception link outside a can-raise block";
    if (!l.lastExcValue) return " needs both exception variables";
    // Usable in this link's values only, so not added to local_.
    if (!defined_.insert(l.lastException).second || !defined_.insert(l.lastExcValue).second)
      return ": its exception variables are defined twice";
    if (std::string p = checkExceptionLink(l); !p.empty()) return p;
  }
  for (size_t i = 0; i < l.args.size(); ++i) {
    Value a = l.args[i];
    bool exceptionVariable =
        a.variable() && (a.variable() == l.lastException || a.variable() == l.lastExcValue);
    bool ok = usable(a) || (l.isException() && exceptionVariable);
    if (b->exitKind == ExitKind::CanRaise && l.isException() &&
        a.variable() == b->operations.back().result)
      ok = false; // the raising operation has no result on its exception paths
    if (!ok) return " passes a variable its block does not define";
    if (std::string p = valueProblem(a); !p.empty())
      return ": value " + std::to_string(i) + " " + p;
    if (a.type() != l.target->inputs[i]->type)
      return " passes a " + quoted(a.type()) + " to input " + std::to_string(i) +
             " of its target, which is a " + quoted(l.target->inputs[i]->type);
  }
  return "";
}

// Invariant 7 for the caught class and the exception variables of an exception link.
std::string Checker::checkExceptionLink(const Link& l) const {
  const Type* vtablePtr = g_.exceptBlock()->inputs[0]->type;
  const Type* object = g_.exceptBlock()->inputs[1]->type->target;
  const Type* caught = l.caughtClass->type;
  if (!caught || !caught->isStruct() || !caught->startsWith(vtablePtr->target))
    return " catches '" + l.caughtClass->name + "', which is not a vtable (a " +
           quoted(vtablePtr->target) + " or a struct starting with it)";
  if (l.lastException->type != vtablePtr)
    return ": its exception class variable is " + quoted(l.lastException->type) + ", not " +
           quoted(vtablePtr);
  const Type* value = l.lastExcValue->type;
  if (!value || !value->isPtr() || !value->target->isStruct() || !value->target->startsWith(object))
    return ": its exception value variable is " + quoted(value) + ", not a pointer to " +
           quoted(object) + " or a struct starting with it";
  return "";
}

// What is wrong with contents `init` of type `t` ("" if nothing), for checkPrebuilt.
std::string checkInit(const Type* t, const Init& init, const std::string& where) {
  if (t->isStruct()) {
    if (!init.bytes.empty() || !init.value.isNull() || init.items.size() > t->fields.size())
      return where + " has contents that are not the fields of " + quoted(t);
    for (size_t i = 0; i < init.items.size(); ++i)
      if (std::string p = checkInit(t->fields[i].type, init.items[i], where + "." + t->fields[i].name); !p.empty())
        return p;
    return "";
  }
  if (t->isArray()) {
    bool chars = t->target->kind == TypeKind::Char;
    size_t n = chars ? init.bytes.size() : init.items.size();
    if ((chars && !init.items.empty()) || (!chars && !init.bytes.empty()) || !init.value.isNull())
      return where + " has contents that are not the items of " + quoted(t);
    if (t->kind == TypeKind::FixedSizeArray && n != t->length)
      return where + " has " + std::to_string(n) + " items, and " + quoted(t) + " " + std::to_string(t->length);
    for (size_t i = 0; i < init.items.size(); ++i)
      if (std::string p = checkInit(t->target, init.items[i], where + "[" + std::to_string(i) + "]"); !p.empty())
        return p;
    return "";
  }
  if (!init.items.empty() || !init.bytes.empty()) return where + " is a " + quoted(t) + ", not an aggregate";
  const ConstValue& v = init.value;
  if (!t->isPtr()) {
    if (!v.isNull()) return where + " is a " + quoted(t) + " holding a pointer";
    if (t->kind == TypeKind::Bool && (v.i < 0 || v.i > 1)) return where + " is a Bool holding " + std::to_string(v.i);
    if (t->kind == TypeKind::Char && (v.i < 0 || v.i > 255)) return where + " is a Char holding " + std::to_string(v.i);
    return "";
  }
  if (v.object) {
    const Type* pointee = v.object->type;
    if (pointee != t->target && !(pointee->isStruct() && t->target->isStruct() && pointee->startsWith(t->target)))
      return where + " is a " + quoted(t) + " pointing to '@" + v.object->name + "', a " + quoted(pointee);
  } else if (v.graph) {
    if (v.graph->funcType() != t->target)
      return where + " is a " + quoted(t) + " pointing to graph '" + v.graph->name() + "' of type " +
             quoted(v.graph->funcType());
  } else if (!v.text.empty() && t->target->kind != TypeKind::Func) {
    return where + " is a " + quoted(t) + " naming the function '" + v.text + "'";
  }
  return "";
}

} // namespace

std::string checkPrebuilt(const Prebuilt& p) {
  if (!p.type || (!p.type->isStruct() && !p.type->isArray())) return "@" + p.name + " is not a struct or an array";
  return checkInit(p.type, p.init, "@" + p.name);
}

bool verifyPrebuilt(const Prebuilt& p, DiagnosticEngine& diags, std::string_view stage) {
  std::string problem = checkPrebuilt(p);
  if (problem.empty()) return true;
  diags.report(DiagId::internal_verifier_failed, SourceRange{}, "prebuilt object", stage, "'@" + p.name + "'", problem);
  return false;
}

std::string checkGraph(const Graph& graph) {
  return Checker(graph).run();
}

bool verifyGraph(const Graph& graph, DiagnosticEngine& diags, std::string_view stage) {
  std::string problem = checkGraph(graph);
  if (problem.empty()) return true;
  diags.report(DiagId::internal_verifier_failed, SourceRange{}, "low-level graph", stage,
               "graph '" + graph.name() + "'", problem);
  return false;
}

} // namespace kiln::ll

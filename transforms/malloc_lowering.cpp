// Malloc lowering for Boehm (DESIGN.md §2.6 step 4, --gc=boehm): an allocation becomes a call
// of the collector with the object's size in bytes, computed from the low-level layout (which
// is the C++ layout: codegen checks it with static_asserts). Objects that cannot hold a GC
// pointer (strs, arrays of numbers) are allocated "atomic": Boehm does not scan them, which
// matters for big arrays of integers that would otherwise look like pointers. A new array's
// length field is set here; everything else is zero.
#include "transforms/transforms.h"

namespace kiln::xf {

bool holdsGcPointers(const ll::Type* t) {
  switch (t->kind) {
  case ll::TypeKind::Ptr: return t->target->isGc();
  case ll::TypeKind::Struct:
  case ll::TypeKind::GcStruct:
    for (const ll::Field& f : t->fields)
      if (holdsGcPointers(f.type)) return true;
    return false;
  case ll::TypeKind::Array:
  case ll::TypeKind::GcArray:
  case ll::TypeKind::FixedSizeArray: return holdsGcPointers(t->target);
  case ll::TypeKind::Void:
  case ll::TypeKind::Bool:
  case ll::TypeKind::Signed:
  case ll::TypeKind::Unsigned:
  case ll::TypeKind::Float:
  case ll::TypeKind::Char:
  case ll::TypeKind::UniChar:
  case ll::TypeKind::Func:
  case ll::TypeKind::Opaque: return false;
  }
  return true;
}

// The array a varsize type ends in, and the offset of that array in it.
const ll::Type* varsizeArray(const ll::Type* t, size_t& offset) {
  offset = 0;
  while (t->isStruct()) {
    const ll::Field& last = t->fields.back();
    offset += last.offset;
    t = last.type;
  }
  return t;
}

void lowerMallocs(ll::Graph& g, ll::TypeContext& types) {
  for (ll::Block* b : g.blocksInOrder()) {
    std::vector<ll::Operation> out;
    out.reserve(b->operations.size());
    for (ll::Operation& op : b->operations) {
      if (op.op != ll::Op::malloc && op.op != ll::Op::malloc_varsize) {
        out.push_back(std::move(op));
        continue;
      }
      const ll::Type* t = op.args[0].constant()->value.type;
      ll::Op alloc = holdsGcPointers(t) ? ll::Op::gc_malloc : ll::Op::gc_malloc_atomic;
      auto constant = [&](int64_t v) {
        ll::ConstValue k;
        k.i = v;
        return ll::Value(g.newConstant(types.signedType(), k));
      };
      auto push = [&](ll::Op o, std::vector<ll::Value> args, const ll::Type* result) {
        ll::Operation n;
        n.op = o;
        n.args = std::move(args);
        n.result = g.newVariable(result, {});
        n.loc = op.loc;
        out.push_back(std::move(n));
        return n.result;
      };
      if (op.op == ll::Op::malloc) {
        ll::Operation n = std::move(op);
        n.op = alloc;
        n.args.push_back(constant(int64_t(t->size)));
        out.push_back(std::move(n));
        continue;
      }
      // size = offset of the items + n * item size (n is never negative here: the rtyper
      // allocates lengths it computed or checked).
      size_t arrayOffset;
      const ll::Type* array = varsizeArray(t, arrayOffset);
      ll::Value n = op.args[1];
      ll::Value bytes = push(ll::Op::int_mul, {n, constant(int64_t(array->itemSize()))}, types.signedType());
      bytes = push(ll::Op::int_add, {bytes, constant(int64_t(arrayOffset + array->itemsOffset()))}, types.signedType());
      ll::Variable* result = op.result;
      ll::Operation a = std::move(op);
      a.op = alloc;
      a.args = {a.args[0], bytes};
      out.push_back(std::move(a));
      if (array->kind == ll::TypeKind::FixedSizeArray) continue;
      // The length: of the array itself, or of the one the struct ends in.
      ll::Value arr = result;
      const ll::Type* s = t;
      while (s->isStruct()) {
        const ll::Field& last = s->fields.back();
        ll::ConstValue name;
        name.text = last.name;
        arr = push(ll::Op::getsubstruct, {arr, g.newConstant(types.voidType(), name)}, types.ptr(last.type));
        s = last.type;
      }
      push(ll::Op::setarraylength, {arr, n}, types.voidType());
    }
    b->operations = std::move(out);
  }
}

} // namespace kiln::xf

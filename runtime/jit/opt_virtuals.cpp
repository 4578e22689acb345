// Virtuals (docs/jit.md "The optimizer"): an object the trace allocates (`new_`) is not
// allocated while nothing but the trace itself can see it. Its fields live in the values that
// were stored into it; reads of them become those values, comparisons of it with anything else
// are known (a fresh object is no other object). The object is allocated for real -- forced: a
// `new_` and a `setfield_gc` per known field, right before the operation that needs it -- when
// it escapes: stored into an object that is not virtual, passed to a call, to a jump or a
// finish, or used by any operation this pass does not understand.
//
// A guard whose resume data names a virtual keeps it as a VirtualObject (GuardInfo::virtuals):
// leaving through the guard allocates it and stores its fields (recorder.cpp, rebuildFrames),
// so the failargs hold the values of its fields instead of the object.
//
// Arrays (new_array) are not virtualized.
#include <algorithm>
#include <unordered_map>

#include "optimizer.h"

namespace kiln::jitrt {

namespace {

struct Virtual {
  uint32_t size;
  std::vector<std::pair<uint32_t, V>> fields; // field descr, value, in the order first stored
};

class VirtualsPass final : public ChainPass {
public:
  void propagate(ResOp& op) override;

private:
  bool isVirtual(V v) const { return !isConst(v) && virtuals_.count(v); }
  bool fitsField(uint32_t descr, V value) const;
  V fieldOf(V object, uint32_t descr, char kind);
  void force(V v);
  void forceArgs(ResOp& op);
  void describe(GuardInfo& g);
  void known(ResOp& op, Word value);

  std::unordered_map<V, Virtual> virtuals_;
};

// Whether a field of `descr` holds `value` unchanged (reads zero-extend the field's bytes).
bool VirtualsPass::fitsField(uint32_t descr, V value) const {
  const kiln_jit_field_descr& d = program().fields[descr];
  if (d.size >= 8 || d.kind != 'i') return true;
  return ctx->intBound(value).fitsUnsigned(d.size * 8);
}

// One field under two descrs: a `[*]` or `_immutable_fields_` read of a field the object was
// built through the mutable descr of (the codewriter's list reads). In one object, the offset
// says which field it is.
namespace {
bool sameField(uint32_t a, uint32_t b) {
  return a == b || (program().fields[a].offset == program().fields[b].offset && program().fields[a].size == program().fields[b].size);
}
} // namespace

V VirtualsPass::fieldOf(V object, uint32_t descr, char kind) {
  for (auto& [d, v] : virtuals_[object].fields)
    if (sameField(d, descr)) return v;
  return ctx->makeConstant(0, kind); // a new object's fields are zero
}

// Allocates the virtual for real where the trace now is. The object keeps its value number: the
// `new_` emitted here defines it (every earlier use was absorbed by this pass).
void VirtualsPass::force(V v) {
  auto it = virtuals_.find(v);
  if (it == virtuals_.end()) return;
  Virtual obj = std::move(it->second);
  virtuals_.erase(it); // first: a field may name the object itself
  ctx->note("virtual forced");
  ResOp alloc;
  alloc.op = ROp::new_;
  alloc.kind = 'r';
  alloc.result = v;
  alloc.descr = obj.size;
  emit(alloc);
  for (auto& [descr, value] : obj.fields) {
    force(value);
    ResOp store;
    store.op = ROp::setfield_gc;
    store.descr = descr;
    store.args = {v, value};
    emit(store);
  }
}

void VirtualsPass::forceArgs(ResOp& op) {
  for (V a : op.args)
    if (isVirtual(a)) force(a);
}

// The guard's resume data: the virtuals its frames reach (through fields too) become
// VirtualObjects; their field values join the failargs in their place.
void VirtualsPass::describe(GuardInfo& g) {
  if (virtuals_.empty()) return;
  std::vector<V> pending;
  for (const FrameSnap& f : g.frames)
    for (V v : f.values)
      if (isVirtual(v)) pending.push_back(v);
  for (const VirtualObject& vo : g.virtuals) pending.push_back(vo.value);
  g.virtuals.clear();
  while (!pending.empty()) {
    V v = pending.back();
    pending.pop_back();
    if (std::any_of(g.virtuals.begin(), g.virtuals.end(), [&](const VirtualObject& vo) { return vo.value == v; })) continue;
    const Virtual& obj = virtuals_.at(v);
    g.virtuals.push_back(VirtualObject{v, obj.size, obj.fields});
    for (auto& [descr, value] : obj.fields)
      if (isVirtual(value)) pending.push_back(value);
  }
  rebuildFailargs(g);
}

void VirtualsPass::known(ResOp& op, Word value) {
  ctx->note("virtual comparison folded");
  ctx->replace(op.result, ctx->makeConstant(value, 'i'));
}

void VirtualsPass::propagate(ResOp& op) {
  switch (op.op) {
  case ROp::new_:
    virtuals_[op.result] = Virtual{op.descr, {}};
    ctx->note("virtual allocation removed");
    return;
  case ROp::setfield_gc:
    if (isVirtual(op.args[0]) && !fitsField(op.descr, op.args[1])) {
      // A narrow field keeps only the value's low bits: stored for real, it reads back
      // truncated. Unless the value is known to fit, the object is allocated.
      ctx->note("virtual forced by a narrow store");
      force(op.args[0]);
      break;
    }
    if (isVirtual(op.args[0])) {
      Virtual& obj = virtuals_[op.args[0]];
      auto f = std::find_if(obj.fields.begin(), obj.fields.end(), [&](const auto& p) { return sameField(p.first, op.descr); });
      if (f != obj.fields.end()) f->second = op.args[1];
      else obj.fields.emplace_back(op.descr, op.args[1]);
      return;
    }
    break;
  case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f:
    if (isVirtual(op.args[0])) {
      ctx->note("virtual field read");
      ctx->replace(op.result, fieldOf(op.args[0], op.descr, op.kind));
      return;
    }
    break;
  case ROp::ptr_nonzero: case ROp::ptr_iszero:
    if (isVirtual(op.args[0])) return known(op, op.op == ROp::ptr_nonzero);
    break;
  case ROp::ptr_eq: case ROp::ptr_ne:
    if (isVirtual(op.args[0]) || isVirtual(op.args[1])) {
      bool same = op.args[0] == op.args[1];
      return known(op, op.op == ROp::ptr_eq ? same : !same);
    }
    break;
  default: break;
  }
  forceArgs(op);
  if (op.guard >= 0) describe(ctx->trace.guards[size_t(op.guard)]);
  emit(op);
}

} // namespace

std::unique_ptr<ChainPass> makeVirtualsPass() { return std::make_unique<VirtualsPass>(); }

} // namespace kiln::jitrt

// The GC transform for --gc=gen (DESIGN.md §2.6 step 4; the collector's contract is
// runtime/include/kiln/gc.h). The collector moves young objects, so every GC pointer generated
// code holds across a point where it may run must be where the collector can find and update it:
//
// - malloc / malloc_varsize become gc_new / gc_new_varsize, whose operands after the type (and
//   length) are the roots: the GC pointers live after the allocation. Codegen inlines the
//   nursery's bump-pointer fast path and saves the roots on the shadow stack only on the slow
//   path, which may collect;
// - a call during which the collector may run (a graph that may collect, a helper given such a
//   function: CallGraph::opCollectsDuring) gets gc_push_roots before and gc_pop_roots after, of
//   the GC pointers live after it;
// - a helper that allocates (CanCollect) never collects itself but may leave a collection due:
//   gc_safepoint after it, with the GC pointers live after it (its result included), collects
//   then (roots saved only when it does);
// - a GC pointer stored into an object that may be old (setfield, setarrayitem,
//   setinteriorfield, arraycopy of pointers) gets a write barrier first: gc_write_barrier (the
//   whole object) or gc_write_barrier_array (the item's card). No barrier is needed for an object
//   known to be young (allocated small, nothing that may collect since) or remembered (it had the
//   whole-object barrier, nothing that may collect since): a forward dataflow over the blocks
//   (the exception transform splits a block after every allocation) finds these "exempt"
//   variables; a block input is exempt when every link into it passes an exempt variable.
//
// Liveness is local to a block: a variable is used only in the block that defines it and its
// exits (flowgraph/graph.h, invariant 3), so what is live after an operation is what later
// operations, the exit switch and the exits use.
//
// Interior pointers (getsubstruct of a GC object) must not be live across a point that may
// collect: the pass reports such a variable as a problem (the rtyper never makes one).
#include "transforms/transforms.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace kiln::xf {

namespace {

class GcTransform {
public:
  GcTransform(ll::Graph& g, const CallGraph& calls, ll::TypeContext& types, GcTransformStats& stats,
              std::vector<std::string>& problems)
      : g_(g), calls_(calls), types_(types), stats_(stats), problems_(problems) {}

  void run() {
    std::vector<ll::Block*> blocks = g_.blocksInOrder();
    for (ll::Block* b : blocks)
      for (const ll::Operation& op : b->operations)
        effects_[b].push_back(effectOf(op));
    findExemptInputs(blocks);
    for (ll::Block* b : blocks) transformBlock(b);
  }

private:
  ll::Graph& g_;
  const CallGraph& calls_;
  ll::TypeContext& types_;
  GcTransformStats& stats_;
  std::vector<std::string>& problems_;
  using VarSet = std::unordered_set<ll::Variable*>;
  // For each block, which of its inputs are exempt from write barriers on entry.
  std::unordered_map<const ll::Block*, std::vector<bool>> exemptInputs_;

  // Where the collector may run around an operation (asked of the call graph once per op).
  struct Effect {
    bool allocation = false; // malloc or malloc_varsize
    bool during = false;     // while it runs (CallGraph::opCollectsDuring)
    bool after = false;      // at a safe point after it: a helper that allocates
    bool any() const { return allocation || during || after; }
  };
  std::unordered_map<const ll::Block*, std::vector<Effect>> effects_;

  Effect effectOf(const ll::Operation& op) const {
    Effect e;
    e.allocation = op.op == ll::Op::malloc || op.op == ll::Op::malloc_varsize;
    if (!e.allocation) {
      e.during = calls_.opCollectsDuring(op);
      e.after = calls_.opAllocates(op);
    }
    return e;
  }

  // An allocation of a constant size up to kGcNurseryMaxObject is young (the sizes as codegen's
  // fast path computes them: header, at least 8 bytes, rounded up to 8).
  static bool allocatesYoung(const ll::Operation& op) {
    const ll::Type* t = op.args[0].constant()->value.type;
    if (op.op == ll::Op::malloc) return 8 + std::max<size_t>(8, (t->size + 7) & ~size_t(7)) <= kGcNurseryMaxObject;
    const ll::Constant* n = op.args[1].constant();
    if (!n || n->value.i < 0) return false;
    size_t arrayOffset;
    const ll::Type* a = varsizeArray(t, arrayOffset);
    return arrayOffset + a->itemsOffset() + size_t(n->value.i) * a->itemSize() + 16 <= kGcNurseryMaxObject;
  }

  // What `op`, with effect `e`, does to the set of exempt variables (before the transform
  // rewrote it).
  static void step(const ll::Operation& op, Effect e, VarSet& exempt) {
    if (e.any()) {
      exempt.clear();
      if (e.allocation && allocatesYoung(op)) exempt.insert(op.result);
    } else if (storesGcPointer(op) && !isArrayStore(op)) {
      if (ll::Variable* v = storeTarget(op).variable()) exempt.insert(v); // barriered (or exempt already)
    }
  }

  void findExemptInputs(const std::vector<ll::Block*>& blocks) {
    // Optimistic start (all exempt), narrowed to the greatest fixpoint; the start block's
    // inputs come from the caller: not exempt.
    for (ll::Block* b : blocks) exemptInputs_[b].assign(b->inputs.size(), b != g_.startBlock());
    for (bool changed = true; changed;) {
      changed = false;
      for (ll::Block* b : blocks) {
        VarSet exempt = exemptOnEntry(b);
        const std::vector<Effect>& effects = effects_[b];
        for (size_t i = 0; i < b->operations.size(); ++i) step(b->operations[i], effects[i], exempt);
        for (const ll::Link& l : b->exits) {
          std::vector<bool>& in = exemptInputs_[l.target];
          for (size_t j = 0; j < l.args.size() && j < in.size(); ++j) {
            ll::Variable* v = l.args[j].variable();
            if (in[j] && !(v && exempt.count(v))) in[j] = false, changed = true;
          }
        }
      }
    }
  }

  VarSet exemptOnEntry(const ll::Block* b) {
    VarSet out;
    const std::vector<bool>& in = exemptInputs_[b];
    for (size_t j = 0; j < b->inputs.size(); ++j)
      if (in[j]) out.insert(b->inputs[j]);
    return out;
  }

  // For each operation of the block, the variables live right after it (in a stable order).
  std::vector<std::vector<ll::Variable*>> liveAfter(const ll::Block* b) {
    std::vector<ll::Variable*> live;
    std::unordered_set<ll::Variable*> in;
    auto use = [&](const ll::Value& v) {
      if (ll::Variable* x = v.variable(); x && in.insert(x).second) live.push_back(x);
    };
    for (const ll::Link& l : b->exits)
      for (const ll::Value& v : l.args) use(v);
    if (!b->exitSwitch.isNull()) use(b->exitSwitch);
    std::vector<std::vector<ll::Variable*>> out(b->operations.size());
    for (size_t i = b->operations.size(); i-- > 0;) {
      const ll::Operation& op = b->operations[i];
      if (in.erase(op.result)) live.erase(std::find(live.begin(), live.end(), op.result));
      out[i] = live;
      for (const ll::Value& v : op.args) use(v);
    }
    return out;
  }

  // The GC pointers among `live`; reports interior pointers among them.
  std::vector<ll::Value> roots(const std::vector<ll::Variable*>& live, const std::unordered_set<ll::Variable*>& interior,
                               const ll::Operation& at) {
    std::vector<ll::Value> out;
    for (ll::Variable* v : live) {
      if (v->type->isGcPtr()) out.push_back(v);
      else if (interior.count(v))
        problems_.push_back(g_.name() + ": the interior pointer v" + std::to_string(v->id) + " is live across " +
                            std::string(ll::opName(at.op)) + ", which may move its object");
    }
    std::sort(out.begin(), out.end(), [](const ll::Value& a, const ll::Value& b) { return a.variable()->id < b.variable()->id; });
    return out;
  }

  ll::Operation make(ll::Op op, std::vector<ll::Value> args, SourceLoc loc) {
    ll::Operation n;
    n.op = op;
    n.args = std::move(args);
    n.result = g_.newVariable(types_.voidType(), {});
    n.loc = loc;
    return n;
  }

  static bool storesGcPointer(const ll::Operation& op) {
    switch (op.op) {
    case ll::Op::setfield: return op.args[2].type()->isGcPtr() && !isNullOrPrebuilt(op.args[2]);
    case ll::Op::setarrayitem: return op.args[2].type()->isGcPtr() && !isNullOrPrebuilt(op.args[2]);
    case ll::Op::setinteriorfield: return op.args[3].type()->isGcPtr() && !isNullOrPrebuilt(op.args[3]);
    case ll::Op::arraycopy: return holdsGcPointers(op.args[1].type()->target->target);
    default: return false;
    }
  }
  // A constant pointer is null or a prebuilt object: neither young nor collectable, so storing
  // it needs no barrier.
  static bool isNullOrPrebuilt(const ll::Value& v) { return v.isConstant(); }

  void transformBlock(ll::Block* b) {
    std::vector<std::vector<ll::Variable*>> live = liveAfter(b);
    const std::vector<Effect>& effects = effects_[b];
    VarSet exempt = exemptOnEntry(b);
    VarSet interior; // pointers into GC objects
    std::vector<ll::Operation> out;
    out.reserve(b->operations.size() + 4);
    for (size_t i = 0; i < b->operations.size(); ++i) {
      ll::Operation& op = b->operations[i];
      if (op.op == ll::Op::getsubstruct && op.args[0].type()->isGcPtr()) interior.insert(op.result);
      Effect e = effects[i];
      if (storesGcPointer(op)) barrier(op, exempt, out);
      step(op, e, exempt);
      if (e.allocation) {
        std::vector<ll::Value> r = roots(live[i], interior, op);
        op.op = op.op == ll::Op::malloc ? ll::Op::gc_new : ll::Op::gc_new_varsize;
        op.args.insert(op.args.end(), r.begin(), r.end());
        ++stats_.allocations;
        out.push_back(std::move(op));
        continue;
      }
      if (!e.any()) {
        out.push_back(std::move(op));
        continue;
      }
      std::vector<ll::Value> r = roots(live[i], interior, op);
      SourceLoc loc = op.loc;
      ll::Variable* result = op.result;
      if (e.during && !r.empty()) {
        out.push_back(make(ll::Op::gc_push_roots, r, loc));
        out.push_back(std::move(op));
        out.push_back(make(ll::Op::gc_pop_roots, r, loc));
        ++stats_.rootedCalls;
      } else {
        out.push_back(std::move(op));
      }
      if (e.after) {
        if (result->type->isGcPtr()) r.push_back(result);
        out.push_back(make(ll::Op::gc_safepoint, std::move(r), loc));
        ++stats_.safepoints;
      }
    }
    b->operations = std::move(out);
  }

  static const ll::Value& storeTarget(const ll::Operation& op) { return op.op == ll::Op::arraycopy ? op.args[1] : op.args[0]; }
  static bool isArrayStore(const ll::Operation& op) {
    return (op.op == ll::Op::setarrayitem || op.op == ll::Op::setinteriorfield) && storeTarget(op).type()->isGcPtr() &&
           storeTarget(op).type()->target->kind == ll::TypeKind::GcArray;
  }

  void barrier(const ll::Operation& op, const VarSet& exempt, std::vector<ll::Operation>& out) {
    const ll::Value& target = storeTarget(op);
    if (ll::Variable* v = target.variable(); v && exempt.count(v)) {
      ++stats_.barriersElided;
      return;
    }
    if (!target.type()->isGcPtr()) {
      problems_.push_back(g_.name() + ": a GC pointer is stored into " + ll::typeName(target.type()) +
                          ", not a GC object: no write barrier can cover it");
      return;
    }
    if (isArrayStore(op)) out.push_back(make(ll::Op::gc_write_barrier_array, {target, op.args[1]}, op.loc));
    else out.push_back(make(ll::Op::gc_write_barrier, {target}, op.loc));
    ++stats_.barriers;
  }
};

} // namespace

void transformGc(ll::Graph& g, const CallGraph& calls, ll::TypeContext& types, GcTransformStats& stats,
                 std::vector<std::string>& problems) {
  GcTransform(g, calls, types, stats, problems).run();
}

} // namespace kiln::xf

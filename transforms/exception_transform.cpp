// The exception transform (DESIGN.md §2.6 step 3): generated code has no C++ exceptions. An
// exception in flight is the runtime's exception state (kiln_exc_type, kiln_exc_value); this
// pass makes every place where control depends on it explicit in the graph:
//
// - after an operation that may raise (CallGraph::opMayRaise: a helper flagged CanRaise, a call
//   of a graph that may raise, an op like int_add_ovf or stack_check), `exc_occurred` is tested.
//   In the middle of a block the block is split there; the exceptional way is a block that
//   records this frame's line in the traceback (exc_traceback) and returns a dummy value,
//   leaving the exception pending for the caller;
// - a block ending in an operation with exception links branches, on the exceptional way, to a
//   chain that fetches the pending class and instance and tests the links' caught classes in
//   order (class-id ranges); the link that matches clears the state and goes on to its handler
//   with the class and instance as its exception variables; when none matches the exception
//   propagates as above;
// - a link to the except block (`raise`, or a handler that re-raises) becomes exc_raise of its
//   class and instance, exc_traceback and the return of a dummy value.
// Afterwards no block has exception links and the except block is unreachable.
#include "transforms/transforms.h"

#include <unordered_map>
#include <unordered_set>

namespace kiln::xf {

namespace {

class ExceptionTransform {
public:
  ExceptionTransform(ll::Graph& g, const ExceptionTransformContext& ctx) : g_(g), ctx_(ctx) {}

  void run() {
    std::vector<ll::Block*> work = g_.blocksInOrder();
    for (size_t w = 0; w < work.size(); ++w) {
      ll::Block* b = work[w];
      if (b == g_.exceptBlock() || b == g_.returnBlock()) continue;
      for (size_t i = 0; i < b->operations.size(); ++i) {
        if (!ctx_.calls.opMayRaise(b->operations[i])) continue;
        bool last = i + 1 == b->operations.size();
        if (last && b->exitKind == ll::ExitKind::CanRaise) {
          dispatch(b);
          break;
        }
        std::vector<ll::Value> live;
        ll::Block* rest = splitAfter(b, i, live);
        branchOnException(b, linkTo(propagate(b->operations[i].loc)), linkTo(rest, std::move(live)));
        work.push_back(rest);
        break;
      }
      // A block whose raising operation cannot raise after all keeps its normal link only.
      if (b->exitKind == ll::ExitKind::CanRaise) {
        b->exits.resize(1);
        b->exitKind = ll::ExitKind::Goto;
      }
    }
    for (ll::Block* b : g_.blocksInOrder())
      for (ll::Link& l : b->exits)
        if (l.target == g_.exceptBlock()) raiseLink(b, l);
  }

private:
  ll::Variable* emit(ll::Block* b, ll::Op op, std::vector<ll::Value> args, const ll::Type* result, SourceLoc loc) {
    ll::Operation o;
    o.op = op;
    o.args = std::move(args);
    o.result = g_.newVariable(result ? result : ctx_.types.voidType());
    o.loc = loc;
    b->operations.push_back(std::move(o));
    return b->operations.back().result;
  }
  ll::Value voidConst(std::string text) {
    ll::ConstValue v;
    v.text = std::move(text);
    return g_.newConstant(ctx_.types.voidType(), v);
  }
  ll::Value intConst(int64_t i) {
    ll::ConstValue v;
    v.i = i;
    return g_.newConstant(ctx_.types.signedType(), v);
  }
  const ll::Type* typeType() const { return g_.exceptBlock()->inputs[0]->type; }
  const ll::Type* valueType() const { return g_.exceptBlock()->inputs[1]->type; }

  // Ends block `p` with the exception still pending: this frame's line goes into the traceback
  // and a dummy value is returned.
  void endPropagating(ll::Block* p, SourceLoc loc) {
    emit(p, ll::Op::exc_traceback, {voidConst(ctx_.where(g_, loc))}, nullptr, loc);
    p->exitKind = ll::ExitKind::Goto;
    ll::Link ret;
    ret.target = g_.returnBlock();
    ret.args.push_back(g_.newConstant(g_.returnBlock()->inputs[0]->type, {}));
    p->exits.push_back(std::move(ret));
  }
  ll::Block* propagate(SourceLoc loc) {
    ll::Block* p = g_.newBlock();
    p->loc = loc;
    endPropagating(p, loc);
    return p;
  }

  // b's operations after `i` and its exits move to a new block, which gets the variables they
  // use from b as inputs (fresh variables, renamed in what moved).
  ll::Block* splitAfter(ll::Block* b, size_t i, std::vector<ll::Value>& liveOut) {
    ll::Block* rest = g_.newBlock();
    rest->loc = b->operations[i].loc;
    std::unordered_set<ll::Variable*> definedAfter;
    for (size_t k = i + 1; k < b->operations.size(); ++k) definedAfter.insert(b->operations[k].result);
    for (const ll::Link& l : b->exits) {
      if (l.lastException) definedAfter.insert(l.lastException);
      if (l.lastExcValue) definedAfter.insert(l.lastExcValue);
    }
    std::vector<ll::Variable*> live;
    std::unordered_map<ll::Variable*, ll::Variable*> rename;
    auto use = [&](ll::Value& v) {
      ll::Variable* x = v.variable();
      if (!x || definedAfter.count(x)) return;
      auto it = rename.find(x);
      if (it == rename.end()) {
        it = rename.emplace(x, g_.newVariable(x->type, x->name)).first;
        live.push_back(x);
        rest->inputs.push_back(it->second);
      }
      v = it->second;
    };
    for (size_t k = i + 1; k < b->operations.size(); ++k) {
      for (ll::Value& a : b->operations[k].args) use(a);
      rest->operations.push_back(std::move(b->operations[k]));
    }
    b->operations.resize(i + 1);
    if (!b->exitSwitch.isNull()) use(b->exitSwitch);
    for (ll::Link& l : b->exits)
      for (ll::Value& a : l.args) use(a);
    rest->exitKind = b->exitKind;
    rest->exitSwitch = b->exitSwitch;
    rest->exits = std::move(b->exits);
    b->exits.clear();
    b->exitSwitch = {};
    liveOut.assign(live.begin(), live.end());
    return rest;
  }

  // b ends with a test of the exception state: `onException` when one is pending, else
  // `normal`.
  void branchOnException(ll::Block* b, ll::Link onException, ll::Link normal) {
    SourceLoc loc = b->operations.empty() ? b->loc : b->operations.back().loc;
    ll::Variable* pending = emit(b, ll::Op::exc_occurred, {}, ctx_.types.boolType(), loc);
    b->exitKind = ll::ExitKind::Branch;
    b->exitSwitch = pending;
    onException.hasCase = true;
    onException.caseValue = 1;
    normal.hasCase = true;
    normal.caseValue = 0;
    b->exits.clear();
    b->exits.push_back(std::move(onException));
    b->exits.push_back(std::move(normal));
  }
  static ll::Link linkTo(ll::Block* target, std::vector<ll::Value> args = {}) {
    ll::Link l;
    l.target = target;
    l.args = std::move(args);
    return l;
  }

  // The class-id range [min, max) of a caught class's prebuilt vtable (its root part's first
  // two fields).
  static std::pair<int64_t, int64_t> idRange(const ll::Prebuilt* vtable) {
    const ll::Init* init = &vtable->init;
    const ll::Type* t = vtable->type;
    while (t->parent()) {
      init = init->items.empty() ? nullptr : &init->items[0];
      t = t->fields[0].type;
      if (!init) return {0, 0};
    }
    if (init->items.size() < 2) return {0, 0};
    return {init->items[0].value.i, init->items[1].value.i};
  }

  // A block whose last operation has exception links: see the file comment.
  void dispatch(ll::Block* b) {
    SourceLoc loc = b->operations.back().loc;
    std::vector<ll::Link> handlers(std::make_move_iterator(b->exits.begin() + 1), std::make_move_iterator(b->exits.end()));
    b->exits.resize(1);
    ll::Link normal = std::move(b->exits[0]);
    b->exits.clear();
    // The values the handlers' links use, other than their exception variables and the
    // raising operation's result (which they cannot use), come in as the chain's inputs.
    std::vector<ll::Variable*> live;
    std::unordered_set<ll::Variable*> seen;
    for (const ll::Link& l : handlers)
      for (const ll::Value& a : l.args)
        if (ll::Variable* x = a.variable(); x && x != l.lastException && x != l.lastExcValue && seen.insert(x).second)
          live.push_back(x);
    ll::Block* propagating = propagate(loc);
    // The chain: each test block has inputs (live..., type, value).
    auto chainBlock = [&](std::vector<ll::Variable*>& inputs) {
      ll::Block* c = g_.newBlock();
      c->loc = loc;
      for (ll::Variable* x : live) inputs.push_back(g_.newVariable(x->type, x->name));
      c->inputs = inputs;
      return c;
    };
    std::vector<ll::Variable*> firstInputs;
    ll::Block* first = chainBlock(firstInputs);
    ll::Variable* type = emit(first, ll::Op::exc_fetch_type, {}, typeType(), loc);
    ll::Variable* value = emit(first, ll::Op::exc_fetch_value, {}, valueType(), loc);
    std::vector<ll::Value> carried(firstInputs.begin(), firstInputs.end());
    carried.push_back(type);
    carried.push_back(value);
    ll::Block* cur = first;
    for (size_t k = 0; k < handlers.size(); ++k) {
      ll::Link& h = handlers[k];
      auto [lo, hi] = idRange(h.caughtClass);
      ll::Variable* id = emit(cur, ll::Op::getfield, {type, voidConst("subclassrange_min")}, ctx_.types.signedType(), loc);
      ll::Variable* match = emit(cur, ll::Op::int_between, {intConst(lo), id, intConst(hi)}, ctx_.types.boolType(), loc);
      // The handler: inputs (live..., type, value).
      std::vector<ll::Variable*> hin;
      ll::Block* hb = chainBlock(hin);
      ll::Variable* htype = g_.newVariable(typeType());
      ll::Variable* hvalue = g_.newVariable(valueType());
      hb->inputs.push_back(htype);
      hb->inputs.push_back(hvalue);
      emit(hb, ll::Op::exc_clear, {}, nullptr, loc);
      std::unordered_map<ll::Variable*, ll::Value> map;
      for (size_t i = 0; i < live.size(); ++i) map[live[i]] = hin[i];
      map[h.lastException] = h.lastException->type == typeType() ? ll::Value(htype)
                           : ll::Value(emit(hb, ll::Op::cast_pointer, {htype}, h.lastException->type, loc));
      map[h.lastExcValue] = h.lastExcValue->type == valueType() ? ll::Value(hvalue)
                          : ll::Value(emit(hb, ll::Op::cast_pointer, {hvalue}, h.lastExcValue->type, loc));
      ll::Link go;
      go.target = h.target;
      for (const ll::Value& a : h.args) go.args.push_back(a.variable() ? map.at(a.variable()) : a);
      hb->exitKind = ll::ExitKind::Goto;
      hb->exits.push_back(std::move(go));
      // The next test, or propagation after the last.
      ll::Block* next = propagating;
      std::vector<ll::Variable*> nin;
      if (k + 1 < handlers.size()) {
        next = chainBlock(nin);
        ll::Variable* ntype = g_.newVariable(typeType());
        ll::Variable* nvalue = g_.newVariable(valueType());
        next->inputs.push_back(ntype);
        next->inputs.push_back(nvalue);
        type = ntype;
        value = nvalue;
      }
      cur->exitKind = ll::ExitKind::Branch;
      cur->exitSwitch = match;
      ll::Link yes, no;
      yes.target = hb;
      yes.hasCase = true;
      yes.caseValue = 1;
      yes.args = carried;
      no.target = next;
      no.hasCase = true;
      no.caseValue = 0;
      if (next != propagating) no.args = carried;
      cur->exits.push_back(std::move(yes));
      cur->exits.push_back(std::move(no));
      if (next != propagating) {
        carried.assign(nin.begin(), nin.end());
        carried.push_back(type);
        carried.push_back(value);
        cur = next;
      }
    }
    // b itself: the test, then the normal link or the chain with the live values.
    branchOnException(b, linkTo(first, std::vector<ll::Value>(live.begin(), live.end())), std::move(normal));
  }

  // A link to the except block: the exception becomes pending here.
  void raiseLink(ll::Block* from, ll::Link& l) {
    SourceLoc loc = from->loc;
    for (auto op = from->operations.rbegin(); op != from->operations.rend(); ++op)
      if (op->loc.isValid()) {
        loc = op->loc;
        break;
      }
    ll::Block* r = g_.newBlock();
    r->loc = loc;
    ll::Variable* type = g_.newVariable(typeType());
    ll::Variable* value = g_.newVariable(valueType());
    r->inputs = {type, value};
    emit(r, ll::Op::exc_raise, {type, value}, nullptr, loc);
    endPropagating(r, loc);
    l.target = r;
  }

  ll::Graph& g_;
  const ExceptionTransformContext& ctx_;
};

} // namespace

void transformExceptions(ll::Graph& g, const ExceptionTransformContext& ctx) {
  ExceptionTransform(g, ctx).run();
  g.removeUnreachableBlocks();
}

} // namespace kiln::xf

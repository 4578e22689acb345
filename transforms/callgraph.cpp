// The call graph of the low-level graphs, and what follows from it: which graphs are recursive
// (stack_check.cpp), which calls may raise (exception_transform.cpp) and which may run the
// collector (gc_transform.cpp).
#include "transforms/transforms.h"

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include "rtyper/helpers.h"

namespace kiln::xf {

namespace {

// The graphs an indirect_call's last operand lists ("a b c", graph names).
std::vector<std::string> listedTargets(const ll::Operation& op) {
  std::vector<std::string> out;
  const ll::Constant* k = op.args.back().constant();
  if (!k) return out;
  std::istringstream in(k->value.text);
  for (std::string name; in >> name;) out.push_back(name);
  return out;
}

// Whether an operation that calls no graph may raise: a helper flagged CanRaise (an unknown
// runtime function may), an op flagged CanRaise. With `memoryErrors` (--gc=gen) anything that
// allocates may raise MemoryError too.
bool raisesItself(const ll::Operation& op, bool memoryErrors) {
  if (op.op == ll::Op::direct_call) {
    const ll::ConstValue& fn = op.args[0].constant()->value;
    const rt::HelperInfo* h = rt::helperNamed(fn.text);
    return !h || (h->flags & ll::opflags::CanRaise) || (memoryErrors && (h->flags & ll::opflags::CanCollect));
  }
  if (memoryErrors && (op.op == ll::Op::malloc || op.op == ll::Op::malloc_varsize)) return true;
  return ll::opInfo(op.op).flags & ll::opflags::CanRaise;
}

// Whether an operation that calls no graph allocates: malloc, a helper flagged CanCollect (or an
// unknown runtime function).
bool allocatesItself(const ll::Operation& op) {
  if (op.op == ll::Op::direct_call) {
    const rt::HelperInfo* h = rt::helperNamed(op.args[0].constant()->value.text);
    return !h || (h->flags & ll::opflags::CanCollect);
  }
  return op.op == ll::Op::malloc || op.op == ll::Op::malloc_varsize;
}

bool callsGraph(const ll::Operation& op) {
  return op.op == ll::Op::indirect_call || (op.op == ll::Op::direct_call && op.args[0].constant()->value.graph);
}

} // namespace

int CallGraph::indexOf(const ll::Graph* g) const {
  auto it = std::lower_bound(graphs_.begin(), graphs_.end(), g);
  return it != graphs_.end() && *it == g ? int(it - graphs_.begin()) : -1;
}

CallGraph::CallGraph(const std::vector<ll::Graph*>& graphs, bool memoryErrors)
    : graphs_(graphs), memoryErrors_(memoryErrors) {
  std::sort(graphs_.begin(), graphs_.end());
  for (ll::Graph* g : graphs_) byName_[g->name()] = g;
  size_t n = graphs_.size();
  callees_.resize(n);
  raises_.assign(n, false);
  collects_.assign(n, false);
  unknownCalls_.assign(n, false);
  for (size_t i = 0; i < n; ++i) {
    std::vector<ll::Graph*>& out = callees_[i];
    for (ll::Block* b : graphs_[i]->blocksInOrder()) {
      for (const ll::Operation& op : b->operations) {
        // Any function constant an operation uses may be called by it (direct_call's callee,
        // the __next__ a helper calls...).
        for (const ll::Value& a : op.args)
          if (const ll::Constant* k = a.constant(); k && k->value.graph) out.push_back(k->value.graph);
        if (op.op == ll::Op::indirect_call) {
          std::vector<std::string> names = listedTargets(op);
          if (names.empty()) unknownCalls_[i] = true;
          for (const std::string& name : names) {
            auto it = byName_.find(name);
            if (it != byName_.end()) out.push_back(it->second);
            else unknownCalls_[i] = true;
          }
        }
        // A helper given a function pointer in a variable (a vtable slot) calls something
        // unknown.
        if (op.op == ll::Op::direct_call && op.args[0].constant() && !op.args[0].constant()->value.graph)
          for (size_t a = 1; a < op.args.size(); ++a)
            if (op.args[a].isVariable() && op.args[a].type()->isPtr() && op.args[a].type()->target->kind == ll::TypeKind::Func)
              unknownCalls_[i] = true;
      }
      for (const ll::Link& l : b->exits)
        if (l.target == graphs_[i]->exceptBlock()) raises_[i] = true;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  // Which graphs may raise (collect): those that raise (allocate) or call an operation that
  // may, then their callers, to a fixpoint.
  for (size_t i = 0; i < n; ++i) {
    if (unknownCalls_[i]) raises_[i] = collects_[i] = true;
    for (ll::Block* b : graphs_[i]->blocksInOrder())
      for (const ll::Operation& op : b->operations) {
        if (!callsGraph(op) && raisesItself(op, memoryErrors_)) raises_[i] = true;
        if (!callsGraph(op) && allocatesItself(op)) collects_[i] = true;
      }
  }
  propagateToCallers(raises_);
  propagateToCallers(collects_);
}

void CallGraph::propagateToCallers(std::vector<bool>& flag) const {
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < graphs_.size(); ++i) {
      if (flag[i]) continue;
      for (ll::Graph* c : callees_[i])
        if (int j = indexOf(c); j < 0 || flag[j]) {
          flag[i] = changed = true;
          break;
        }
    }
  }
}

const std::vector<ll::Graph*>& CallGraph::callees(const ll::Graph* g) const {
  static const std::vector<ll::Graph*> none;
  int i = indexOf(g);
  return i < 0 ? none : callees_[i];
}

bool CallGraph::mayRaise(const ll::Graph* g) const {
  int i = indexOf(g);
  return i < 0 || raises_[i];
}

bool CallGraph::opMayRaise(const ll::Operation& op) const {
  if (!callsGraph(op)) return raisesItself(op, memoryErrors_);
  return anyTarget(op, raises_);
}

bool CallGraph::mayCollect(const ll::Graph* g) const {
  int i = indexOf(g);
  return i < 0 || collects_[i];
}

bool CallGraph::opCollectsDuring(const ll::Operation& op) const {
  if (callsGraph(op)) return anyTarget(op, collects_);
  if (op.op != ll::Op::direct_call && op.op != ll::Op::jit_conditional_call) return false;
  // A helper (or a conditional call) runs the functions it is given, and those an object it is
  // given holds (the `fn` of an iterator over a generator, maybe inside an enumerate).
  for (size_t a = 1; a < op.args.size(); ++a) {
    const ll::Value& v = op.args[a];
    if (!v.type()->isPtr()) continue;
    if (v.type()->target->kind != ll::TypeKind::Func) {
      if (v.isVariable() && holdsFunctionPointer(v.type()->target)) return true;
      continue;
    }
    if (v.isVariable()) return true;
    if (const ll::Graph* g = v.constant()->value.graph; g && mayCollect(g)) return true;
  }
  return false;
}

// Whether a GC object of type `t`, or one it points to (through GC pointers), has a function
// pointer field. Vtables (not GC objects) are not followed: helpers call methods only through
// function pointers they are given.
bool CallGraph::holdsFunctionPointer(const ll::Type* t) const {
  if (auto it = holdsFn_.find(t); it != holdsFn_.end()) return it->second;
  holdsFn_[t] = false; // cycles through pointers: no more than what the other fields find
  bool found = false;
  auto field = [&](const ll::Type* f) {
    if (f->isPtr() && f->target->kind == ll::TypeKind::Func) found = true;
    else if (f->isGcPtr() || f->kind == ll::TypeKind::Struct || f->kind == ll::TypeKind::FixedSizeArray)
      found = found || holdsFunctionPointer(f->isPtr() ? f->target : f);
  };
  if (t->isStruct())
    for (const ll::Field& f : t->fields) field(f.type);
  else if (t->isArray())
    field(t->target);
  holdsFn_[t] = found;
  return found;
}

bool CallGraph::opAllocates(const ll::Operation& op) const {
  return !callsGraph(op) && allocatesItself(op);
}

// Whether the flag holds for a target of a call of graphs (an unknown target: yes).
bool CallGraph::anyTarget(const ll::Operation& op, const std::vector<bool>& flag) const {
  if (op.op == ll::Op::direct_call) {
    int i = indexOf(op.args[0].constant()->value.graph);
    return i < 0 || flag[i];
  }
  std::vector<std::string> names = listedTargets(op);
  if (names.empty()) return true;
  for (const std::string& name : names) {
    auto it = byName_.find(name);
    if (it == byName_.end()) return true;
    if (int i = indexOf(it->second); i < 0 || flag[i]) return true;
  }
  return false;
}

// Tarjan's strongly connected components: a graph is recursive when its component has more
// than one graph, or it calls itself.
std::vector<ll::Graph*> CallGraph::recursiveGraphs() const {
  size_t n = graphs_.size();
  std::vector<int> index(n, -1), low(n, 0);
  std::vector<bool> onStack(n, false);
  std::vector<int> stack;
  std::vector<ll::Graph*> out;
  int next = 0;
  // Iterative, so that a deep call graph cannot overflow the translator's own stack.
  struct Frame {
    int v;
    size_t edge;
  };
  for (size_t root = 0; root < n; ++root) {
    if (index[root] >= 0) continue;
    std::vector<Frame> frames{{int(root), 0}};
    index[root] = low[root] = next++;
    stack.push_back(int(root));
    onStack[root] = true;
    while (!frames.empty()) {
      Frame& f = frames.back();
      const std::vector<ll::Graph*>& out_ = callees_[f.v];
      if (f.edge < out_.size()) {
        int w = indexOf(out_[f.edge++]);
        if (w < 0) continue;
        if (index[w] < 0) {
          index[w] = low[w] = next++;
          stack.push_back(w);
          onStack[w] = true;
          frames.push_back({w, 0});
        } else if (onStack[w]) {
          low[f.v] = std::min(low[f.v], index[w]);
        }
        continue;
      }
      int v = f.v;
      frames.pop_back();
      if (!frames.empty()) low[frames.back().v] = std::min(low[frames.back().v], low[v]);
      if (low[v] != index[v]) continue;
      std::vector<int> component;
      int w;
      do {
        w = stack.back();
        stack.pop_back();
        onStack[w] = false;
        component.push_back(w);
      } while (w != v);
      bool selfCall = std::binary_search(callees_[v].begin(), callees_[v].end(), graphs_[v]);
      if (component.size() > 1 || selfCall)
        for (int c : component) out.push_back(graphs_[c]);
    }
  }
  std::sort(out.begin(), out.end(), [](ll::Graph* a, ll::Graph* b) { return a->name() < b->name(); });
  return out;
}

} // namespace kiln::xf

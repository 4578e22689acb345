// Closures: cells, functions made at run time (make_function) and their state, and reading a
// running function's cells (docs/rtyper.md, "Closures"; the terms are in rtype_closure.h).
//
// Representation:
//   - a cell is Ptr(GcStruct cell_<t> {value: T}); cell_<t>_or_unset {value: T, set: Bool} when
//     some read may find it unassigned (that read is then kiln_cell_get_local / _free, which
//     raises UnboundLocalError / NameError as CPython does); a cell of a Void value that never
//     needs the flag is no cell at all (Void);
//   - a template with state has a closure struct `closure_<template>` with one field per cell
//     that is not Void (`cell_<variable>`) and one per default computed at run time that is not
//     a constant (`default_<parameter>`); make_function allocates it and fills it in. Its value
//     is the Ptr to the closure, and every graph of the template takes that Ptr as a hidden
//     last parameter, from which closure_cell(k) reads `cell_<k-th free variable>`;
//   - a template without state is a plain function: a Void value, no hidden parameter;
//   - when a call family has a member with state, the closures of its members start with the
//     family's function object struct `function_<family> {fn}`, the code pointer; the value of
//     the family's PBCs is a Ptr to it (a member without state is a prebuilt function object),
//     a call through one is `indirect_call(getfield(f, "fn"), args..., f)`, and every member
//     graph takes the function object as its hidden last parameter.
//
// Which reads may find a cell unassigned: a must-analysis (CellFlow) over each graph, of which
// cells are assigned at each point. A cell made by the graph (newcell) starts unassigned and is
// assigned by cell_set (and known assigned after a cell_get that did not raise); the cells of a
// running closure (closure_cell) start assigned when they were assigned at every make_function
// that made a function object of the template, or will be before that function object can run
// (stored but not called: the recursive `def visit(): ... visit(...)` pattern, where the cell of
// `visit` is assigned right after the function is made). The creation facts of one graph are
// the entry facts of the template's graphs, so the graphs are analyzed until no creation fact
// changes (facts only go from true to false: it terminates). Each pass is linear in the graph.
#include "rtyper/rtype_closure.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "annotator/bookkeeper.h"
#include "flowgraph/builder.h"
#include "flowgraph/scopes.h"
#include "rtyper/rtype_sequences.h"

namespace kiln::rt {

using ann::AnnKind;
using ann::Annotation;
using flow::OpCode;

// -- The closure side of the RTyper ---------------------------------------------------------------

struct ClosureReprs {
  struct Template {
    ann::FunctionDesc* desc = nullptr;
    std::vector<std::string> freeVars; // the closure's layout: cell k holds freeVars[k]
    bool hasState = false;
    ll::Type* closure = nullptr; // made on first use; laid out by layoutClosure()
    bool laidOut = false;
  };
  bool analyzed = false;
  std::vector<Template> templates; // in the order the annotator made their graphs
  std::unordered_map<const ann::FunctionDesc*, size_t> templateIndex;
  // Cells (representatives) some read of which may find them unassigned.
  std::unordered_set<const ann::CellDef*> maybeUnset;
  // The cell_get operations that check; true for a closure's cell (NameError), false for the
  // function's own (UnboundLocalError).
  std::unordered_map<const flow::Operation*, bool> checkedReads;
  // Call families (by their root desc) whose members share a function object struct.
  std::unordered_map<const ann::FunctionDesc*, ll::Type*> familyObjects;
  std::unordered_map<const ann::FunctionDesc*, ll::Prebuilt*> prebuiltFunctions;
};

ClosureReprs& RTyper::closures() {
  if (!closures_) closures_ = std::make_shared<ClosureReprs>();
  return *closures_;
}

namespace {

// -- Templates ---------------------------------------------------------------------------------------

ClosureReprs::Template* templateOf(RTyper& rt, const ann::FunctionDesc* d) {
  ClosureReprs& cr = rt.closures();
  auto it = d ? cr.templateIndex.find(d) : cr.templateIndex.end();
  return it == cr.templateIndex.end() ? nullptr : &cr.templates[it->second];
}

void addTemplate(RTyper& rt, ann::FunctionDesc* d) {
  ClosureReprs& cr = rt.closures();
  if (!d || !d->isTemplate || cr.templateIndex.count(d)) return;
  ClosureReprs::Template t;
  t.desc = d;
  if (const flow::Scope* scope = rt.annotator().flow().scopeOfTemplate(d->function))
    for (Symbol s : scope->freeVars) t.freeVars.push_back(std::string(s.str()));
  cr.templateIndex[d] = cr.templates.size();
  cr.templates.push_back(std::move(t));
}

ann::CellDef* cellOf(RTyper& rt, const ClosureReprs::Template& t, size_t k) {
  return rt.annotator().bookkeeper().cellDefAt(t.desc->function, int(k), t.desc->name + ".<cell " + std::to_string(k) + ">");
}

const Annotation* cellValue(RTyper& rt, ann::CellDef* d) {
  d = d->find();
  return d->value.ann ? d->value.ann : rt.annotator().lattice().impossible();
}

// -- Which cells may be read unassigned ---------------------------------------------------------------

// Where a cell value comes from, in one graph: a newcell operation (its address, even) or the
// running closure's cell k (2k + 1, odd). kMixed: values of several origins meet.
using Origin = uintptr_t;
constexpr Origin kNoOrigin = 0, kMixed = ~Origin(1);
constexpr Origin closureOrigin(size_t k) { return (Origin(k) << 1) | 1; }
constexpr bool isKnown(Origin o) { return o != kNoOrigin && o != kMixed; }
using Facts = std::set<Origin>; // the cells known assigned

// Per template: cell k was assigned at every make_function of it seen so far.
using Creations = std::unordered_map<const ann::FunctionDesc*, std::vector<bool>>;

class CellFlow {
public:
  CellFlow(RTyper& rt, ann::GraphInfo* g, Creations& creations) : rt_(rt), an_(rt.annotator()), g_(g), creations_(creations) {}

  // Finds the facts, then records what the graph's operations tell: creation facts (returns
  // whether one changed) and the reads that must check.
  bool run() {
    findOrigins();
    solve();
    bool changed = false;
    for (flow::Block* b : blocks_) transfer(b, in_[b], true, &changed);
    return changed;
  }

private:
  Origin originOf(flow::Value v) const {
    const flow::Variable* var = v.variable();
    auto it = var ? origin_.find(var) : origin_.end();
    return it == origin_.end() ? kNoOrigin : it->second;
  }

  void findOrigins() {
    for (flow::Block* b : g_->graph->blocksInOrder())
      if (an_.isReached(b)) blocks_.push_back(b);
    for (flow::Block* b : blocks_)
      for (const flow::Operation& op : b->operations) {
        if (op.opcode == OpCode::newcell && op.result) origin_[op.result] = reinterpret_cast<Origin>(&op);
        const flow::Constant* k = op.args.empty() ? nullptr : op.args[0].constant();
        if (op.opcode == OpCode::closure_cell && op.result && k) origin_[op.result] = closureOrigin(size_t(k->value.intValue));
      }
    // Cells travel along links: an input has the origin of every value passed to it.
    for (bool changed = true; changed;) {
      changed = false;
      for (flow::Block* b : blocks_)
        for (const flow::Link& l : b->exits)
          for (size_t i = 0; i < l.args.size() && i < l.target->inputs.size(); ++i) {
            Origin o = originOf(l.args[i]);
            if (o == kNoOrigin) continue;
            auto [it, fresh] = origin_.try_emplace(l.target->inputs[i], o);
            if (!fresh && it->second != o && it->second != kMixed) {
              it->second = kMixed;
              changed = true;
            }
            changed |= fresh;
          }
    }
  }

  Facts entryFacts() const {
    Facts f;
    auto it = g_->desc ? creations_.find(g_->desc) : creations_.end();
    if (it != creations_.end())
      for (size_t k = 0; k < it->second.size(); ++k)
        if (it->second[k]) f.insert(closureOrigin(k));
    return f;
  }

  // The must-analysis: facts at each block's entry, the intersection over its predecessors.
  void solve() {
    if (blocks_.empty()) return;
    in_[blocks_[0]] = entryFacts();
    std::vector<flow::Block*> work{blocks_[0]};
    while (!work.empty()) {
      flow::Block* b = work.back();
      work.pop_back();
      Facts before; // the facts before the last operation: what an exception link sees
      Facts after = transfer(b, in_[b], false, nullptr, &before);
      for (const flow::Link& l : b->exits) {
        if (!an_.isReached(l.target) || l.target == g_->graph->returnBlock() || l.target == g_->graph->exceptBlock()) continue;
        const Facts& out = l.isException() ? before : after;
        auto [it, fresh] = in_.try_emplace(l.target, out);
        if (!fresh) {
          Facts meet;
          std::set_intersection(it->second.begin(), it->second.end(), out.begin(), out.end(), std::inserter(meet, meet.end()));
          if (meet == it->second) continue;
          it->second = std::move(meet);
        }
        work.push_back(l.target);
      }
    }
  }

  // The facts after block b's operations, starting from `facts`. With `record`, notes what the
  // operations tell (creations, reads).
  Facts transfer(flow::Block* b, Facts facts, bool record, bool* changed, Facts* beforeLast = nullptr) {
    for (size_t i = 0; i < b->operations.size(); ++i) {
      const flow::Operation& op = b->operations[i];
      if (beforeLast && i + 1 == b->operations.size()) *beforeLast = facts;
      switch (op.opcode) {
      case OpCode::newcell: {
        const flow::Constant* k = op.args[0].constant();
        Origin o = reinterpret_cast<Origin>(&op);
        if (k && k->value.kind == load::Value::Kind::EmptyCell) facts.erase(o); // a new cell each time round a loop
        else facts.insert(o);
        break;
      }
      case OpCode::cell_set:
        if (Origin o = originOf(op.args[0]); isKnown(o)) facts.insert(o);
        break;
      case OpCode::cell_get: {
        Origin o = originOf(op.args[0]);
        bool assigned = isKnown(o) && facts.count(o);
        if (record && !assigned) rt_.closures().checkedReads[&op] = !isKnown(o) || (o & 1);
        if (isKnown(o)) facts.insert(o); // it did not raise: assigned from here on
        break;
      }
      case OpCode::make_function:
        if (record) recordCreation(b, i, facts, changed);
        break;
      default: break;
      }
    }
    if (beforeLast && b->operations.empty()) *beforeLast = facts;
    return facts;
  }

  // make_function(template, defaults..., cells...) at operation i of b: which cells are assigned
  // before the new function can run.
  void recordCreation(flow::Block* b, size_t i, const Facts& facts, bool* changed) {
    const flow::Operation& op = b->operations[i];
    const load::Value* t = op.args[0].constant() ? &op.args[0].constant()->value : nullptr;
    auto* f = t && t->isRef() ? load::dynCast<load::Function>(t->ref) : nullptr;
    if (!f) return;
    ann::FunctionDesc* d = an_.bookkeeper().functionDesc(f);
    ClosureReprs::Template* templ = templateOf(rt_, d);
    if (!templ) return;
    size_t ncells = templ->freeVars.size();
    if (op.args.size() < 1 + ncells) return;
    std::vector<bool>& known = creations_[d];
    known.resize(ncells, true);
    std::set<Origin> pending;
    for (size_t k = 0; k < ncells; ++k) {
      Origin o = originOf(op.args[op.args.size() - ncells + k]);
      if (!isKnown(o) || !facts.count(o)) pending.insert(o);
    }
    bool assignedBeforeRun = pending.empty() || assignedBeforeUse(b, i, pending);
    for (size_t k = 0; k < ncells; ++k) {
      Origin o = originOf(op.args[op.args.size() - ncells + k]);
      bool ok = !pending.count(o) || assignedBeforeRun;
      if (known[k] && !ok) {
        known[k] = false;
        *changed = true;
      }
    }
  }

  // After make_function at operation i of b, whether every `pending` cell is assigned before
  // any operation that may run code or raise: only cell_set, newcell, closure_cell and other
  // make_functions may come first (none of them can call the new function, nor raise and let
  // it be called with its cell unassigned).
  bool assignedBeforeUse(flow::Block* b, size_t i, std::set<Origin> pending) const {
    if (std::any_of(pending.begin(), pending.end(), [](Origin o) { return !isKnown(o); })) return false;
    for (size_t j = i + 1; j < b->operations.size(); ++j) {
      const flow::Operation& op = b->operations[j];
      switch (op.opcode) {
      case OpCode::cell_set:
        pending.erase(originOf(op.args[0]));
        if (pending.empty()) return true;
        break;
      case OpCode::newcell:
      case OpCode::closure_cell:
      case OpCode::make_function: break;
      default: return false;
      }
    }
    return false;
  }

  RTyper& rt_;
  ann::Annotator& an_;
  ann::GraphInfo* g_;
  Creations& creations_;
  std::vector<flow::Block*> blocks_;
  std::unordered_map<const flow::Variable*, Origin> origin_;
  std::unordered_map<const flow::Block*, Facts> in_;
};

// -- Analysis ------------------------------------------------------------------------------------------

// Whether values annotated `a` are Void (RTyper::lowType), without making any type: the state
// of templates is decided before their types exist.
bool isVoidValue(RTyper& rt, const Annotation* a) {
  if (!a) return true;
  switch (a->kind) {
  case AnnKind::Impossible:
  case AnnKind::Poison:
  case AnnKind::None: return true;
  case AnnKind::Builtin: return !a->self() || isVoidValue(rt, a->self());
  case AnnKind::PBC: {
    if (a->descs.empty()) return true;
    bool functions = true, methods = true;
    for (ann::Desc* d : a->descs) {
      functions &= ann::descAs<ann::FunctionDesc>(d) != nullptr;
      auto* m = ann::descAs<ann::MethodDesc>(d);
      methods &= m && !m->classMethod;
    }
    if (methods) return false;
    if (functions && (a->descs.size() > 1 || a->canBeNone())) return false;
    if (functions) {
      const ClosureReprs::Template* t = templateOf(rt, ann::descAs<ann::FunctionDesc>(a->descs[0]));
      return !(t && t->hasState);
    }
    return a->isConstant();
  }
  default: return false;
  }
}

// A default computed at run time needs a field in the closure: it is not a constant and not Void.
bool defaultHasField(RTyper& rt, const ann::Slot& slot) {
  return slot.ann && !slot.ann->hasConst() && !isVoidValue(rt, slot.ann);
}

bool computeState(RTyper& rt, const ClosureReprs::Template& t) {
  const ClosureReprs& cr = rt.closures();
  for (size_t k = 0; k < t.freeVars.size(); ++k) {
    ann::CellDef* d = cellOf(rt, t, k);
    if (cr.maybeUnset.count(d->find()) || !isVoidValue(rt, cellValue(rt, d))) return true;
  }
  for (const ann::Slot& slot : t.desc->runtimeDefaults)
    if (defaultHasField(rt, slot)) return true;
  return false;
}

void analyze(RTyper& rt) {
  ClosureReprs& cr = rt.closures();
  if (cr.analyzed) return;
  cr.analyzed = true;
  ann::Annotator& an = rt.annotator();
  std::vector<ann::GraphInfo*> graphs = an.graphs();
  for (ann::GraphInfo* g : graphs) {
    addTemplate(rt, g->desc);
    for (flow::Block* b : g->graph->blocksInOrder()) {
      if (!an.isReached(b)) continue;
      for (const flow::Operation& op : b->operations) {
        if (op.opcode != OpCode::make_function || !op.args[0].constant()) continue;
        const load::Value& v = op.args[0].constant()->value;
        if (auto* f = v.isRef() ? load::dynCast<load::Function>(v.ref) : nullptr) addTemplate(rt, an.bookkeeper().functionDesc(f));
      }
    }
  }
  // Which reads check: until the creation facts stop changing (the last round's reads count).
  Creations creations;
  for (const ClosureReprs::Template& t : cr.templates) creations[t.desc].assign(t.freeVars.size(), true);
  for (bool changed = true; changed;) {
    changed = false;
    cr.checkedReads.clear();
    for (ann::GraphInfo* g : graphs) changed |= CellFlow(rt, g, creations).run();
  }
  for (const auto& [op, free] : cr.checkedReads) {
    const Annotation* c = an.annotationOf(op->args[0]);
    if (c && c->is(AnnKind::Cell)) cr.maybeUnset.insert(c->cell->find());
  }
  // Which templates have state: a cell holding a template's function may hold state only if
  // that template has, so this grows to a fixpoint from "none".
  for (bool changed = true; changed;) {
    changed = false;
    for (ClosureReprs::Template& t : cr.templates) {
      if (t.hasState || !computeState(rt, t)) continue;
      t.hasState = true;
      changed = true;
    }
  }
}


// -- Types --------------------------------------------------------------------------------------------

const ll::Type* cellType(RTyper& rt, ann::CellDef* d) {
  analyze(rt);
  d = d->find();
  const ll::Type* value = rt.lowType(cellValue(rt, d));
  if (!value) return nullptr;
  bool flag = rt.closures().maybeUnset.count(d) != 0;
  bool isVoid = value->kind == ll::TypeKind::Void;
  if (isVoid && !flag) return rt.types().voidType();
  std::vector<ll::Field> fields;
  if (!isVoid) fields.push_back({"value", value});
  if (flag) fields.push_back({"set", rt.types().boolType()});
  std::string name = "cell_" + seq::shortName(rt, value) + (flag ? "_or_unset" : "");
  return rt.types().ptr(seq::memoStruct(rt, name, true, fields));
}

ll::Type* familyObject(RTyper& rt, const ann::FunctionDesc* d) {
  if (!d) return nullptr;
  auto& families = rt.closures().familyObjects;
  auto it = families.find(const_cast<ann::FunctionDesc*>(d)->family());
  return it == families.end() ? nullptr : it->second;
}

// The closure struct of a template with state, made without fields on first use: pointers to it
// are needed (in Func types, in cells) before its fields can be laid out.
ll::Type* closureStruct(RTyper& rt, ClosureReprs::Template& t) {
  if (!t.hasState) return nullptr;
  if (!t.closure) t.closure = rt.types().newStruct("closure_" + t.desc->name, true);
  return t.closure;
}

std::string cellField(const ClosureReprs::Template& t, size_t k) { return "cell_" + t.freeVars[k]; }

ast::Arguments* argumentsOf(const ann::FunctionDesc* d) {
  if (auto* f = ast::dynCast<ast::FunctionDef>(d->function->def)) return f->args;
  if (auto* l = ast::dynCast<ast::Lambda>(d->function->def)) return l->args;
  return nullptr;
}

// The parameters make_function's defaults belong to, in its order: the last positional ones,
// then every keyword-only one.
std::vector<std::string> defaultParameters(const ann::FunctionDesc* d) {
  std::vector<std::string> names;
  ast::Arguments* args = argumentsOf(d);
  if (!args) return names;
  std::vector<ast::Arg*> positional(args->posonlyargs.begin(), args->posonlyargs.end());
  positional.insert(positional.end(), args->args.begin(), args->args.end());
  for (size_t i = positional.size() - std::min(positional.size(), args->defaults.size()); i < positional.size(); ++i)
    names.push_back(std::string(positional[i]->arg.str()));
  for (ast::Arg* a : args->kwonlyargs) names.push_back(std::string(a->arg.str()));
  return names;
}

// Which of make_function's defaults parameter `param` of a template's graph takes, if any (the
// graph's parameters: the positional ones, *args, the keyword-only ones).
std::optional<size_t> defaultIndex(const ann::FunctionDesc* d, size_t param) {
  ast::Arguments* args = argumentsOf(d);
  if (!args) return std::nullopt;
  size_t npos = args->posonlyargs.size() + args->args.size(), ndefaults = args->defaults.size();
  if (param < npos) return param + ndefaults >= npos ? std::optional(param + ndefaults - npos) : std::nullopt;
  size_t vararg = args->vararg ? 1 : 0;
  if (param < npos + vararg || param - npos - vararg >= args->kwonlyargs.size()) return std::nullopt;
  return ndefaults + (param - npos - vararg);
}

// Lays out a closure struct: the family's function object first, then the cells and the
// defaults that hold a value.
ll::Type* layoutClosure(RTyper& rt, ClosureReprs::Template& t) {
  ll::Type* s = closureStruct(rt, t);
  if (!s || t.laidOut) return s;
  t.laidOut = true;
  ll::TypeContext& types = rt.types();
  if (ll::Type* f = familyObject(rt, t.desc)) types.addField(s, "super", f);
  for (size_t k = 0; k < t.freeVars.size(); ++k) {
    const ll::Type* c = cellType(rt, cellOf(rt, t, k));
    if (c && c->kind != ll::TypeKind::Void) types.addField(s, cellField(t, k), c);
  }
  std::vector<std::string> params = defaultParameters(t.desc);
  for (size_t i = 0; i < params.size() && i < t.desc->runtimeDefaults.size(); ++i) {
    const ann::Slot& slot = t.desc->runtimeDefaults[i];
    if (defaultHasField(rt, slot)) types.addField(s, "default_" + params[i], rt.lowType(slot.ann));
  }
  types.freeze(s);
  return s;
}

// -- Rules --------------------------------------------------------------------------------------------

ll::Value boolConst(OpCtx& c, bool b) {
  ll::ConstValue v;
  v.i = b;
  return c.gc.constant(c.rt.types().boolType(), v);
}

// Stores `v` (a flow value) into a cell of CellDef d: its value, and that it is assigned.
void storeCell(OpCtx& c, ll::Value cell, ann::CellDef* d, flow::Value v) {
  const ll::Type* s = cell.type()->target;
  if (s->field("value")) seq::setField(c, cell, "value", seq::valueAs(c, v, cellValue(c.rt, d)));
  if (s->field("set")) seq::setField(c, cell, "set", boolConst(c, true));
}

bool newCell(OpCtx& c) {
  const Annotation* r = c.resultAnn();
  const ll::Type* t = r && r->is(AnnKind::Cell) ? cellType(c.rt, r->cell) : nullptr;
  if (!t) return false;
  if (t->kind == ll::TypeKind::Void) return seq::finish(c, seq::voidValue(c));
  ll::Value cell = seq::newStruct(c, t);
  const flow::Constant* k = c.op.args[0].constant();
  if (!k || k->value.kind != load::Value::Kind::EmptyCell) storeCell(c, cell, r->cell, c.op.args[0]);
  return seq::finish(c, cell);
}

bool setCell(OpCtx& c) {
  const Annotation* a = c.ann(0);
  const ll::Type* t = a->is(AnnKind::Cell) ? cellType(c.rt, a->cell) : nullptr;
  if (!t) return false;
  if (t->kind != ll::TypeKind::Void) storeCell(c, c.arg(0), a->cell, c.op.args[1]);
  return seq::finish(c, seq::voidValue(c));
}

bool getCell(OpCtx& c) {
  const Annotation* a = c.ann(0);
  const ll::Type* t = a->is(AnnKind::Cell) ? cellType(c.rt, a->cell) : nullptr;
  const ll::Type* value = c.rt.lowType(c.resultAnn());
  if (!t || !value) return false;
  if (t->kind == ll::TypeKind::Void) return seq::finish(c, c.gc.constant(value, {}));
  auto checked = c.rt.closures().checkedReads.find(&c.op);
  if (checked != c.rt.closures().checkedReads.end()) {
    // The helper reads `set` and raises as CPython does, naming the variable.
    ll::ConstValue name;
    name.object = c.rt.prebuiltStr(a->cell->find()->name);
    HelperId id = checked->second ? HelperId::cell_get_free : HelperId::cell_get_local;
    return seq::finish(c, c.callHelper(id, {c.arg(0), c.gc.constant(c.rt.strPtr(), name)}, value));
  }
  if (value->kind == ll::TypeKind::Void) return seq::finish(c, c.gc.constant(value, {}));
  return seq::finish(c, seq::getField(c, c.arg(0), "value"));
}

// The running function's closure, from its hidden parameter, as a Ptr to the closure struct.
ll::Value runningClosure(OpCtx& c, ll::Type* s) {
  ll::Block* start = c.gc.out()->startBlock();
  if (start->inputs.size() != c.gc.info()->graph->startBlock()->inputs.size() + 1) return {};
  ll::Value p = start->inputs.back();
  const ll::Type* want = c.rt.types().ptr(s);
  return p.type() == want ? p : c.emit(ll::Op::cast_pointer, {p}, want);
}

bool closureCell(OpCtx& c) {
  const Annotation* r = c.resultAnn();
  const flow::Constant* k = c.op.args[0].constant();
  ClosureReprs::Template* t = templateOf(c.rt, c.gc.info()->desc);
  const ll::Type* cell = r && r->is(AnnKind::Cell) ? cellType(c.rt, r->cell) : nullptr;
  if (!cell || !k || !t || size_t(k->value.intValue) >= t->freeVars.size()) return false;
  if (cell->kind == ll::TypeKind::Void) return seq::finish(c, seq::voidValue(c));
  ll::Type* s = layoutClosure(c.rt, *t);
  ll::Value closure = s ? runningClosure(c, s) : ll::Value{};
  std::string field = cellField(*t, size_t(k->value.intValue));
  if (closure.isNull() || !s->field(field) || s->field(field)->type != cell) return false;
  return seq::finish(c, seq::getField(c, closure, field));
}

// make_function(template, defaults..., cells...): a new closure holding the cells and the defaults.
bool makeFunction(OpCtx& c) {
  const load::Value* v = c.op.args[0].constant() ? &c.op.args[0].constant()->value : nullptr;
  auto* f = v && v->isRef() ? load::dynCast<load::Function>(v->ref) : nullptr;
  ClosureReprs::Template* t = f ? templateOf(c.rt, c.rt.annotator().bookkeeper().functionDesc(f)) : nullptr;
  const ll::Type* result = c.rt.lowType(c.resultAnn());
  if (!t || !result) return false;
  if (result->kind == ll::TypeKind::Void) return seq::finish(c, seq::voidValue(c)); // no state
  ll::Type* s = layoutClosure(c.rt, *t);
  size_t ncells = t->freeVars.size();
  if (!s || result != c.rt.types().ptr(s) || c.count() < 1 + ncells) return false;
  size_t ndefaults = c.count() - 1 - ncells;
  ll::Value closure = seq::newStruct(c, result);
  if (familyObject(c.rt, t->desc)) {
    ann::GraphInfo* gi = c.rt.graphOfFunction(t->desc);
    ll::Graph* g = gi ? c.rt.graphOf(gi) : nullptr;
    if (!g) return false;
    ll::ConstValue fn;
    fn.graph = g;
    seq::setField(c, closure, "fn", c.gc.constant(c.rt.types().ptr(g->funcType()), fn));
  }
  for (size_t k = 0; k < ncells; ++k)
    if (s->field(cellField(*t, k))) seq::setField(c, closure, cellField(*t, k), c.arg(1 + ndefaults + k));
  std::vector<std::string> params = defaultParameters(t->desc);
  for (size_t i = 0; i < ndefaults && i < params.size() && i < t->desc->runtimeDefaults.size(); ++i)
    if (s->field("default_" + params[i]))
      seq::setField(c, closure, "default_" + params[i], seq::valueAs(c, c.op.args[1 + i], t->desc->runtimeDefaults[i].ann));
  return seq::finish(c, closure);
}

// Gives each block that reads `p` (a start block input) its own input for it, passed along every
// link into the block (and into the blocks those links come from, back to the start block).
void passToReaders(ll::Graph* g, ll::Variable* p) {
  std::vector<ll::Block*> blocks = g->blocksInOrder();
  std::unordered_map<ll::Block*, std::vector<std::pair<ll::Block*, ll::Link*>>> preds;
  for (ll::Block* b : blocks)
    for (ll::Link& l : b->exits) preds[l.target].push_back({b, &l});
  auto reads = [&](ll::Block* b) {
    for (const ll::Operation& op : b->operations)
      if (std::find(op.args.begin(), op.args.end(), ll::Value(p)) != op.args.end()) return true;
    for (const ll::Link& l : b->exits)
      if (std::find(l.args.begin(), l.args.end(), ll::Value(p)) != l.args.end()) return true;
    return b->exitSwitch == ll::Value(p);
  };
  std::unordered_map<ll::Block*, ll::Variable*> version{{g->startBlock(), p}};
  std::vector<ll::Block*> work, added;
  for (ll::Block* b : blocks)
    if (b != g->startBlock() && reads(b)) work.push_back(b);
  while (!work.empty()) {
    ll::Block* b = work.back();
    work.pop_back();
    if (version.count(b)) continue;
    ll::Variable* mine = g->newVariable(p->type, p->name);
    b->inputs.push_back(mine);
    version[b] = mine;
    added.push_back(b);
    auto replace = [&](std::vector<ll::Value>& values) { std::replace(values.begin(), values.end(), ll::Value(p), ll::Value(mine)); };
    for (ll::Operation& op : b->operations) replace(op.args);
    for (ll::Link& l : b->exits) replace(l.args);
    if (b->exitSwitch == ll::Value(p)) b->exitSwitch = mine;
    for (auto& [from, link] : preds[b])
      if (!version.count(from)) work.push_back(from);
  }
  for (ll::Block* b : added)
    for (auto& [from, link] : preds[b]) link->args.push_back(version[from]);
}

} // namespace

// -- Entry points -------------------------------------------------------------------------------------

const ll::Type* cellLowType(RTyper& rt, const Annotation* a) { return a->cell ? cellType(rt, a->cell) : nullptr; }

const ll::Type* functionObjectType(RTyper& rt, const Annotation* a) {
  if (!a->is(AnnKind::PBC) || a->descs.empty()) return nullptr;
  for (ann::Desc* d : a->descs)
    if (!ann::descAs<ann::FunctionDesc>(d)) return nullptr;
  analyze(rt);
  auto* first = ann::descAs<ann::FunctionDesc>(a->descs[0]);
  if (a->descs.size() == 1)
    if (ClosureReprs::Template* t = templateOf(rt, first); t && t->hasState) return rt.types().ptr(closureStruct(rt, *t));
  if (ll::Type* f = familyObject(rt, first); f && (a->descs.size() > 1 || a->canBeNone())) return rt.types().ptr(f);
  return nullptr;
}

const ll::Type* closureParamType(RTyper& rt, const ann::GraphInfo* g) {
  analyze(rt);
  ClosureReprs::Template* t = templateOf(rt, g->desc);
  return t && t->hasState ? rt.types().ptr(closureStruct(rt, *t)) : nullptr;
}

const ll::Type* familyFuncType(RTyper& rt, const std::vector<ann::GraphInfo*>& members, const ll::Type* fn) {
  analyze(rt);
  bool state = false;
  for (ann::GraphInfo* g : members)
    if (ClosureReprs::Template* t = templateOf(rt, g->desc)) state |= t->hasState;
  if (!state || members.empty() || !members[0]->desc) return fn;
  ann::FunctionDesc* root = members[0]->desc->family();
  ll::TypeContext& types = rt.types();
  ll::Type* object = types.newStruct("function_" + root->name, true);
  std::vector<const ll::Type*> params = fn->params;
  params.push_back(types.ptr(object));
  const ll::Type* withObject = types.func(std::move(params), fn->result);
  types.addField(object, "fn", types.ptr(withObject));
  types.freeze(object);
  rt.closures().familyObjects[root] = object;
  return withObject;
}

void passClosureParam(RTyper& rt, const ann::GraphInfo* g, ll::Graph* out) {
  // Every closure struct is laid out once the call families have their function objects.
  for (ClosureReprs::Template& t : rt.closures().templates) layoutClosure(rt, t);
  ll::Block* start = out->startBlock();
  if (start->inputs.size() != g->graph->startBlock()->inputs.size() + 1) return;
  ll::Variable* p = start->inputs.back();
  if (p->name.empty()) p->name = "closure";
  passToReaders(out, p);
}

ll::Value functionObjectConvert(GraphConverter& gc, RTyper& rt, ll::Value v, const Annotation* from, const ll::Type* want,
                                SourceLoc loc) {
  if (!from || !from->is(AnnKind::PBC) || from->descs.empty() || !want->isPtr() || !want->target->isStruct()) return {};
  auto* first = ann::descAs<ann::FunctionDesc>(from->descs[0]);
  ll::Type* object = first ? familyObject(rt, first) : nullptr;
  if (!object || want->target != object) return {};
  if (v.type()->isPtr()) return gc.emit(ll::Op::cast_pointer, {v}, want, loc);
  // A function without state: its prebuilt function object.
  if (from->descs.size() != 1) return {};
  ll::Prebuilt*& p = rt.closures().prebuiltFunctions[first];
  if (!p) {
    ann::GraphInfo* gi = rt.graphOfFunction(first);
    ll::Graph* g = gi ? rt.graphOf(gi) : nullptr;
    if (!g) return {};
    p = rt.newPrebuilt("function_" + first->name, object);
    ll::Init fn;
    fn.value.graph = g;
    p->init.items.push_back(std::move(fn));
  }
  ll::ConstValue c;
  c.object = p;
  return gc.constant(want, c);
}

FunctionCallee functionCallee(OpCtx& c, ll::Value callee, const Annotation* a, ann::GraphInfo* target) {
  FunctionCallee out;
  const ll::Type* fn = c.rt.funcTypeOf(target);
  if (fn->params.size() != target->graph->startBlock()->inputs.size() + 1) return out;
  out.hidden = fn->params.back();
  const ll::Type* t = c.rt.lowType(a);
  auto* first = a->descs.empty() ? nullptr : ann::descAs<ann::FunctionDesc>(a->descs[0]);
  ll::Type* object = first ? familyObject(c.rt, first) : nullptr;
  if (t && t->isPtr() && object && t->target == object) { // a function object: its code pointer
    out.fn = seq::getField(c, callee, "fn");
    out.closure = callee;
    return out;
  }
  if (t && t->isPtr() && t->target->isStruct()) { // a closure
    out.closure = t == out.hidden ? callee : c.emit(ll::Op::cast_pointer, {callee}, out.hidden);
    return out;
  }
  out.closure = c.gc.constant(out.hidden, {}); // a function without state ignores it
  return out;
}

ll::Value runtimeDefault(OpCtx& c, const FunctionCallee& callee, ann::GraphInfo* target, size_t param, const ll::Type* want) {
  ClosureReprs::Template* t = templateOf(c.rt, target->desc);
  std::optional<size_t> index = t ? defaultIndex(t->desc, param) : std::nullopt;
  if (!index || *index >= t->desc->runtimeDefaults.size() || !defaultHasField(c.rt, t->desc->runtimeDefaults[*index])) return {};
  ll::Type* s = layoutClosure(c.rt, *t);
  std::string field = "default_" + defaultParameters(t->desc)[*index];
  if (!s || !s->field(field) || callee.closure.isNull() || !callee.fn.isNull()) return {};
  const ll::Type* ptr = c.rt.types().ptr(s);
  ll::Value closure = callee.closure.type() == ptr ? callee.closure : c.emit(ll::Op::cast_pointer, {callee.closure}, ptr);
  return c.gc.convertTo(seq::getField(c, closure, field), t->desc->runtimeDefaults[*index].ann, want);
}

bool rtypeClosure(OpCtx& c) {
  switch (c.op.opcode) {
  case OpCode::newcell: return newCell(c);
  case OpCode::cell_set: return setCell(c);
  case OpCode::cell_get: return getCell(c);
  case OpCode::closure_cell: return closureCell(c);
  case OpCode::make_function: return makeFunction(c);
  default: return false;
  }
}

} // namespace kiln::rt

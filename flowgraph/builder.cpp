// The flow graph builder: context, frame state, merge points, names (see builder_impl.h).
#include "flowgraph/builder_impl.h"

#include <chrono>

#include "flowgraph/fold.h"
#include "flowgraph/verifier.h"
#include "frontend/ast_walk.h"
#include "flowgraph/generators.h"
#include "flowgraph/simplify.h"
#include "support/assert.h"

namespace kiln::flow {

// -- FlowContext ------------------------------------------------------------------------------------

namespace {
// `module.qualname`, as messages name a function.
std::string qualifiedName(const load::Function* f) {
  std::string module = f->module ? std::string(f->module->name.str()) : "?";
  return module + "." + std::string(f->qualname.str());
}
} // namespace

FlowContext::FlowContext(ParseContext& c, load::Program& p) : ctx(c), program(p) {
  // Load-time functions claim their names first, in load order, so that a name does not
  // depend on the order in which graphs are built.
  for (load::Function* f : program.functions)
    if (f->def && !f->shallow) graphName(f);
}
FlowContext::~FlowContext() = default;

std::unique_ptr<Graph> FlowContext::buildGraph(load::Function* f) {
  auto start = std::chrono::steady_clock::now();
  struct AddTime {
    double& total;
    std::chrono::steady_clock::time_point start;
    ~AddTime() { total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); }
  } addTime{buildSeconds, start};
  Scope* scope = nullptr;
  load::Function* root = f;
  if (auto it = templateScopes_.find(f); it != templateScopes_.end()) {
    scope = it->second;
    root = templateRoots_.at(f);
  } else {
    scopeTrees_.push_back(analyzeScopes(f->def));
    scope = scopeTrees_.back().get();
  }
  try {
    return GraphBuilder(*this, f, scope, root).build();
  } catch (const BuildFailure&) {
    failed_[f] = true;
    return nullptr;
  }
}

Graph* FlowContext::graphFor(load::Function* f) {
  if (auto it = graphOf_.find(f); it != graphOf_.end()) return it->second;
  if (failed_.count(f) || !f->def) return nullptr;
  std::unique_ptr<Graph> graph = buildGraph(f);
  if (!graph) return nullptr;
  Graph* raw = graph.get();
  graphs_.push_back(std::move(graph));
  graphOf_[f] = raw;
  return raw;
}

Graph* FlowContext::buildVariant(load::Function* f, std::string name) {
  if (failed_.count(f) || !f->def) return nullptr;
  std::unique_ptr<Graph> graph = buildGraph(f);
  if (!graph) return nullptr;
  // `qualname[key]`: a function whose graph name has a number keeps it before the key.
  if (size_t key = name.find('['); key != std::string::npos && graphName(f) != qualifiedName(f))
    name = graphName(f) + name.substr(key);
  graph->setName(std::move(name));
  graphs_.push_back(std::move(graph));
  return graphs_.back().get();
}

bool FlowContext::buildAll() {
  bool ok = true;
  // Templates discovered while building are appended to templateOrder_; build until none is
  // new.
  std::vector<load::Function*> work;
  for (load::Function* f : program.functions)
    if (!f->shallow && f->def) work.push_back(f);
  for (size_t i = 0; i < work.size(); ++i) {
    size_t templatesBefore = templateOrder_.size();
    ok &= graphFor(work[i]) != nullptr;
    for (size_t k = templatesBefore; k < templateOrder_.size(); ++k) {
      load::Function* t = templateOrder_[k];
      if (!graphOf_.count(t) && !failed_.count(t) && std::find(work.begin(), work.end(), t) == work.end())
        work.push_back(t);
    }
  }
  return ok;
}

bool FlowContext::verifyAfter(const Graph& graph, std::string_view step) {
  return !verifyEach || verifyGraph(graph, ctx.diags, step);
}

void FlowContext::adoptGraph(load::Function* f, std::unique_ptr<Graph> graph) {
  graphOf_[f] = graph.get();
  graphs_.push_back(std::move(graph));
}

load::Function* FlowContext::templateFor(ast::Node* def, load::Function* outer, Scope* scope) {
  load::Function* root = outer;
  if (auto it = templateRoots_.find(outer); it != templateRoots_.end()) root = it->second;
  if (auto it = templates_.find({def, root}); it != templates_.end()) return it->second;
  auto* t = ctx.arena.make<load::Function>();
  t->id = 0;
  t->module = outer->module;
  t->file = outer->file;
  t->sourceFile = outer->sourceFile;
  t->def = def;
  t->isLambda = ast::isa<ast::Lambda>(def) || ast::isa<ast::GeneratorExp>(def);
  t->isGenerator = scope->isGenerator;
  std::string name = ast::isa<ast::FunctionDef>(def) ? std::string(ast::cast<ast::FunctionDef>(def)->name.str())
                     : ast::isa<ast::GeneratorExp>(def) ? "<genexpr>"
                                                        : "<lambda>";
  t->name = intern(name);
  t->codeName = t->name;
  t->qualname = intern(std::string(outer->qualname.str()) + ".<locals>." + name);
  t->line = ctx.sources.lineCol(def->range.begin).line;
  templates_[{def, root}] = t;
  templateOrder_.push_back(t);
  templateScopes_[t] = scope;
  templateRoots_[t] = root;
  graphNames_[t] = claimGraphName(graphName(outer) + ".<locals>." + name);
  return t;
}

const std::string& FlowContext::graphName(const load::Function* f) {
  auto it = graphNames_.find(f);
  if (it == graphNames_.end()) it = graphNames_.emplace(f, claimGraphName(qualifiedName(f))).first;
  return it->second;
}

std::string FlowContext::claimGraphName(const std::string& base) {
  std::string name = base;
  for (int n = 2; !usedGraphNames_.insert(name).second; ++n)
    name = base + "." + std::to_string(n);
  return name;
}

Scope* FlowContext::scopeOfTemplate(const load::Function* f) const {
  auto it = templateScopes_.find(f);
  return it == templateScopes_.end() ? nullptr : it->second;
}

load::Object* FlowContext::builtin(std::string_view name) {
  if (auto it = builtins_.find(std::string(name)); it != builtins_.end()) return it->second;
  load::Object* found = nullptr;
  for (load::Object* o : program.objects) {
    if (auto* c = load::dynCast<load::Class>(o); c && c->builtin && c->qualname.str() == name &&
                                                 (!c->module || c->module->name.str() == "builtins"))
      found = o;
    if (auto* b = load::dynCast<load::Builtin>(o); b && b->name.str() == name) found = o;
    if (found) break;
  }
  if (!found) {
    // Not exported: a builtin exception class the program never names (StopIteration,
    // NameError, ...). The annotator knows builtins by name.
    auto* b = ctx.arena.make<load::Builtin>();
    b->name = intern(name);
    b->qualname = b->name;
    found = b;
  }
  builtins_[std::string(name)] = found;
  return found;
}

// -- GraphBuilder: setup ----------------------------------------------------------------------------

GraphBuilder::GraphBuilder(FlowContext& fc, load::Function* f, Scope* scope, load::Function* root)
    : fc_(fc), function_(f), rootScope_(scope), root_(root) {}

std::string GraphBuilder::qualified() const { return qualifiedName(function_); }

void GraphBuilder::fail(DiagId id, const ast::Node* at, std::vector<std::string> args) {
  std::vector<DiagArg> diagArgs(args.begin(), args.end());
  fc_.ctx.diags.reportArgs(id, at ? at->range : SourceRange{}, diagArgs)
      .note(DiagId::note_in_function, SourceRange{}, qualified());
  throw BuildFailure{};
}

std::unique_ptr<Graph> GraphBuilder::build() {
  ast::Node* def = function_->def;
  graph_ = std::make_unique<Graph>(fc_.graphName(function_), def);
  graph_->function = function_;
  graph_->isGenerator = rootScope_->isGenerator;
  if (ast::isa<ast::AsyncFunctionDef>(def)) fail(DiagId::flow_async, def, {"async functions"});

  Block* start = graph_->newBlock();
  start->loc = def->range.begin;
  graph_->setStartBlock(start);
  current_ = start;
  scope_ = rootScope_;

  // Parameters, in the order of the graph's inputs.
  ast::Arguments* args = nullptr;
  if (auto* f = ast::dynCast<ast::FunctionDef>(def)) args = f->args;
  if (auto* l = ast::dynCast<ast::Lambda>(def)) args = l->args;
  std::vector<Symbol> params;
  if (args) {
    for (ast::Arg* a : args->posonlyargs) params.push_back(a->arg);
    for (ast::Arg* a : args->args) params.push_back(a->arg);
    if (args->vararg) params.push_back(args->vararg->arg);
    for (ast::Arg* a : args->kwonlyargs) params.push_back(a->arg);
    if (args->kwarg) params.push_back(args->kwarg->arg);
  } else if (ast::isa<ast::GeneratorExp>(def)) {
    params.push_back(fc_.intern(".0")); // the iterator of the first `for`, as in CPython
  }
  enterScope(rootScope_, def->range.begin);
  for (Symbol p : params) {
    Variable* v = graph_->newVariable(p);
    start->inputs.push_back(v);
    if (p.str() == ".0") {
      state_.slots[size_t(slotFor(rootScope_, p))] = v;
      continue;
    }
    writeName(p, v, rootScope_, def);
  }

  if (auto* f = ast::dynCast<ast::FunctionDef>(def)) {
    buildBody(f->body);
    // Falling off the end returns None "from" the last statement (diagnostics point there when
    // that None conflicts with the other return values).
    if (reachable()) linkToReturn(graph_->newConstant(noneValue(), f->body.back()->range.begin));
  } else if (auto* l = ast::dynCast<ast::Lambda>(def)) {
    Value v = eval(l->body);
    if (reachable()) linkToReturn(v);
  } else if (auto* g = ast::dynCast<ast::GeneratorExp>(def)) {
    comprehensionLoop(g, g->generators, 0, -1, slotFor(rootScope_, fc_.intern(".0")), rootScope_);
    if (reachable()) linkToReturn(noneConstant());
  }
  graph_->removeUnreachableBlocks();
  if (!fc_.verifyAfter(*graph_, "build")) throw BuildFailure{};
  simplifyGraph(*graph_, &fc_);
  if (!fc_.verifyAfter(*graph_, "simplify")) throw BuildFailure{};
  if (graph_->isGenerator) return transformGenerator(std::move(graph_), fc_);
  return std::move(graph_);
}

// Gives every local of `scope` a slot; cells start as empty cells.
void GraphBuilder::enterScope(const Scope* scope, SourceLoc at) {
  for (const auto& [name, binding] : scope->names) {
    if (binding != Binding::Local && binding != Binding::Cell) continue;
    int slot = slotFor(scope, name);
    if (binding == Binding::Cell) {
      load::Value empty;
      empty.kind = load::Value::Kind::EmptyCell;
      state_.slots[size_t(slot)] = emitNoRaise(OpCode::newcell, {constant(empty)}, at);
    }
  }
}

int GraphBuilder::slotFor(const Scope* scope, Symbol name) {
  for (size_t i = 0; i < slots_.size(); ++i)
    if (slots_[i].scope == scope && slots_[i].name == name) return int(i);
  slots_.push_back({name, scope, scope->lookup(name) == Binding::Cell});
  state_.slots.emplace_back();
  state_.maybeUnbound.push_back(0);
  return int(slots_.size() - 1);
}

int GraphBuilder::newHiddenSlot(std::string_view what) {
  slots_.push_back({fc_.intern(std::string("<") + std::string(what) + ">"), nullptr, false});
  state_.slots.emplace_back();
  state_.maybeUnbound.push_back(0);
  return int(slots_.size() - 1);
}

Value GraphBuilder::undefinedConstant() {
  load::Value v;
  v.kind = load::Value::Kind::Undefined;
  return constant(v);
}

void GraphBuilder::bindUnassignedLocals() {
  for (size_t s = 0; s < slots_.size(); ++s) {
    if (!slots_[s].scope || slots_[s].cell || !state_.slots[s].isNull()) continue;
    state_.slots[s] = undefinedConstant();
    state_.maybeUnbound[s] = 1;
  }
}

Value GraphBuilder::strConstant(std::string_view s) {
  load::Value v;
  v.kind = load::Value::Kind::Str;
  v.text = fc_.ctx.arena.copyString(s);
  return constant(v);
}

std::vector<Value> GraphBuilder::popN(size_t n) {
  KILN_ASSERT(state_.stack.size() >= n, "operand stack underflow");
  std::vector<Value> out(state_.stack.end() - ptrdiff_t(n), state_.stack.end());
  state_.stack.resize(state_.stack.size() - n);
  return out;
}

// -- Emitting operations ----------------------------------------------------------------------------

Value GraphBuilder::emitNoRaise(OpCode op, std::vector<Value> args, Where at) {
  if (!reachable()) return noneConstant();
  // Pure operations on constants fold; so do lookups of load-time facts (a module's or a
  // class's attribute, an item of a constant tuple).
  if ((opInfo(op).flags & opflags::Pure) || op == OpCode::getattr || op == OpCode::getitem) {
    if (std::optional<load::Value> folded = foldOperation(op, args, fc_))
      return graph_->newConstant(*folded, at.loc);
  }
  Variable* result = graph_->newVariable();
  current_->operations.push_back(Operation{op, std::move(args), result, at.loc, at.end, at.caret});
  return result;
}

Value GraphBuilder::emit(OpCode op, std::vector<Value> args, Where at) {
  return emitWithTargets(op, std::move(args), at, {});
}

// Emits `op`; if it can raise and an exception would go somewhere (a handler, or `targets`),
// ends the block: exception links for `targets` in order, then the innermost handler's
// landing for any other exception, and the normal link to a new block.
Value GraphBuilder::emitWithTargets(OpCode op, std::vector<Value> args, Where at,
                                    const std::vector<std::pair<load::Value, JoinPoint*>>& targets) {
  Value result = emitNoRaise(op, std::move(args), at);
  if (!reachable() || !result.isVariable() || !(opInfo(op).flags & opflags::CanRaise)) return result;
  JoinPoint* landing = innermostLanding();
  if (!landing && targets.empty()) return result;

  Block* block = current_;
  State before = state_; // the exception paths do not have the result
  block->exitKind = ExitKind::CanRaise;
  Block* next = graph_->newBlock();
  next->loc = at;
  addExit(block, next);
  auto exceptionLink = [&](const load::Value& cls, JoinPoint& join) {
    Link& l = addExit(block, nullptr);
    l.hasExitCase = true;
    l.exitCase = cls;
    l.lastException = graph_->newVariable();
    l.lastExcValue = graph_->newVariable();
    JoinPoint::Jump jump{block, block->exits.size() - 1, before, {}};
    if (join.stackLimit >= 0) jump.state.stack.resize(size_t(join.stackLimit));
    if (join.extras == 2) jump.extras = {l.lastException, l.lastExcValue};
    join.jumps.push_back(jump);
    if (join.block) fillLink(join, join.jumps.back());
  };
  for (const auto& [cls, join] : targets) exceptionLink(cls, *join);
  if (landing) exceptionLink(caughtByLanding(), *landing);

  // The normal link carries every defined slot, the stack and the result.
  Link& link = block->exits.front();
  for (Value& slot : state_.slots) {
    if (slot.isNull()) continue;
    Variable* v = graph_->newVariable(slot.variable() ? slot.variable()->name : Symbol());
    link.args.push_back(slot);
    next->inputs.push_back(v);
    slot = v;
  }
  for (Value& item : state_.stack) {
    Variable* v = graph_->newVariable();
    link.args.push_back(item);
    next->inputs.push_back(v);
    item = v;
  }
  Variable* newResult = graph_->newVariable();
  link.args.push_back(result);
  next->inputs.push_back(newResult);
  current_ = next;
  return newResult;
}

Link& GraphBuilder::addExit(Block* from, Block* target) {
  from->exits.emplace_back();
  from->exits.back().target = target;
  return from->exits.back();
}

void GraphBuilder::linkToReturn(Value v) {
  if (!reachable()) return;
  current_->exitKind = ExitKind::Goto;
  addExit(current_, graph_->returnBlock()).args = {v};
  current_ = nullptr;
}

void GraphBuilder::linkToExceptBlock(Value type, Value value) {
  if (!reachable()) return;
  current_->exitKind = ExitKind::Goto;
  addExit(current_, graph_->exceptBlock()).args = {type, value};
  current_ = nullptr;
}

// -- Merge points -----------------------------------------------------------------------------------

void GraphBuilder::goTo(JoinPoint& join, std::vector<Value> extras) {
  if (!reachable()) return;
  current_->exitKind = ExitKind::Goto;
  addExit(current_, nullptr);
  join.jumps.push_back({current_, current_->exits.size() - 1, state_, std::move(extras)});
  if (join.stackLimit >= 0) join.jumps.back().state.stack.resize(size_t(join.stackLimit));
  if (join.block) fillLink(join, join.jumps.back());
  current_ = nullptr;
}

void GraphBuilder::branch(Value condition, JoinPoint& ifTrue, JoinPoint& ifFalse) {
  if (!reachable()) return;
  if (Constant* c = condition.constant()) { // decided at build time
    bool taken = c->value.kind == load::Value::Kind::Bool ? c->value.boolValue : true;
    goTo(taken ? ifTrue : ifFalse);
    return;
  }
  Block* block = current_;
  block->exitKind = ExitKind::Branch;
  block->exitSwitch = condition;
  for (JoinPoint* join : {&ifTrue, &ifFalse}) {
    Link& l = addExit(block, nullptr);
    l.hasExitCase = true;
    l.exitCase = boolValue(join == &ifTrue);
    join->jumps.push_back({block, block->exits.size() - 1, state_, {}});
    if (join->block) fillLink(*join, join->jumps.back());
  }
  current_ = nullptr;
}

void GraphBuilder::fillLink(JoinPoint& join, const JoinPoint::Jump& jump) {
  Link& l = jump.from->exits[jump.link];
  l.target = join.block;
  l.args = jump.extras;
  for (int slot : join.layout) {
    // A jump recorded before the slot existed does not have it.
    Value v = size_t(slot) < jump.state.slots.size() ? jump.state.slots[size_t(slot)] : Value();
    // A local this path did not assign: CPython would find it unbound; so will the reads.
    l.args.push_back(v.isNull() ? undefinedConstant() : v);
  }
  KILN_ASSERT(jump.state.stack.size() == join.stackDepth, "stack depth differs at a merge");
  for (Value v : jump.state.stack) l.args.push_back(v);
}

void GraphBuilder::createEarly(JoinPoint& join) {
  join.block = graph_->newBlock();
  for (int i = 0; i < join.extras; ++i) join.block->inputs.push_back(graph_->newVariable());
  for (size_t s = 0; s < state_.slots.size(); ++s)
    if (!state_.slots[s].isNull()) join.layout.push_back(int(s));
  join.stackDepth = state_.stack.size();
  for (int s : join.layout) join.block->inputs.push_back(graph_->newVariable(slots_[size_t(s)].name));
  for (size_t i = 0; i < join.stackDepth; ++i) join.block->inputs.push_back(graph_->newVariable());
  join.maybeUnbound = state_.maybeUnbound;
}

void GraphBuilder::markUnboundByLoop(JoinPoint& header, std::span<ast::Stmt*> body) {
  std::vector<Symbol> names;
  for (ast::Stmt* s : body)
    ast::walkPreOrder(s, [&](ast::Node* n) {
      if (auto* d = ast::dynCast<ast::Delete>(n))
        for (ast::Expr* t : d->targets)
          if (auto* name = ast::dynCast<ast::Name>(t)) names.push_back(name->id);
      if (auto* h = ast::dynCast<ast::ExceptHandler>(n); h && h->name) names.push_back(h->name);
      // Nested functions and classes have their own locals.
      return !ast::isa<ast::FunctionDef>(n) && !ast::isa<ast::Lambda>(n) && !ast::isa<ast::ClassDef>(n);
    });
  for (Symbol name : names) {
    NameRef ref = resolve(name, scope_);
    if (ref.kind != NameRef::Kind::Slot) continue;
    header.maybeUnbound[size_t(ref.slot)] = 1;
    state_.maybeUnbound[size_t(ref.slot)] = 1;
  }
}

void GraphBuilder::enter(JoinPoint& join) {
  if (join.jumps.empty()) {
    current_ = nullptr;
    return;
  }
  if (!join.block) {
    join.stackDepth = join.jumps.front().state.stack.size();
    size_t nslots = slots_.size();
    join.maybeUnbound.assign(nslots, 0);
    for (size_t s = 0; s < nslots; ++s) {
      size_t defined = 0;
      uint8_t maybe = 0;
      for (const JoinPoint::Jump& j : join.jumps) {
        bool here = s < j.state.slots.size() && !j.state.slots[s].isNull();
        defined += here;
        if (here) maybe |= j.state.maybeUnbound[s];
      }
      // Hidden slots must be defined everywhere; a local defined on some paths stays, maybe
      // unbound.
      bool local = slots_[s].scope != nullptr && !slots_[s].cell;
      if (defined == join.jumps.size()) {
        // Every path has the same constant: keep it a constant (it folds further).
        Value first = join.jumps.front().state.slots[s];
        bool same = first.isConstant();
        for (const JoinPoint::Jump& j : join.jumps) same &= sameValue(j.state.slots[s], first);
        // (every jump has the slot here: `defined` counted only jumps that have it)
        if (same) {
          join.constants.emplace_back(int(s), first);
          continue;
        }
      }
      if (defined == join.jumps.size() || (local && defined > 0)) {
        join.layout.push_back(int(s));
        join.maybeUnbound[s] = maybe | (defined != join.jumps.size());
      }
    }
    join.block = graph_->newBlock();
    for (int i = 0; i < join.extras; ++i) join.block->inputs.push_back(graph_->newVariable());
    for (int s : join.layout) join.block->inputs.push_back(graph_->newVariable(slots_[size_t(s)].name));
    for (size_t i = 0; i < join.stackDepth; ++i) join.block->inputs.push_back(graph_->newVariable());
    for (const JoinPoint::Jump& j : join.jumps) fillLink(join, j);
  }
  join.block->loc = join.jumps.front().from->loc;
  current_ = join.block;
  state_.slots.assign(slots_.size(), Value());
  state_.maybeUnbound.assign(slots_.size(), 0);
  for (auto [slot, value] : join.constants) state_.slots[size_t(slot)] = value;
  size_t input = size_t(join.extras);
  for (int s : join.layout) {
    state_.slots[size_t(s)] = join.block->inputs[input++];
    state_.maybeUnbound[size_t(s)] = join.maybeUnbound[size_t(s)];
  }
  state_.stack.clear();
  for (size_t i = 0; i < join.stackDepth; ++i) state_.stack.push_back(join.block->inputs[input++]);
}

// -- Names -------------------------------------------------------------------------------------------

namespace {
NameRef slotRef(NameRef::Kind kind, int slot) {
  NameRef ref{kind};
  ref.slot = slot;
  return ref;
}
} // namespace

NameRef GraphBuilder::resolve(Symbol name, const Scope* scope) {
  for (const Scope* s = scope; s; s = s->parent) {
    Binding b = s->lookup(name);
    if (b == Binding::Local) return slotRef(NameRef::Kind::Slot, slotFor(s, name));
    if (b == Binding::Cell) return slotRef(NameRef::Kind::Cell, slotFor(s, name));
    if (b == Binding::Free) {
      // Free in the graph's own function: its closure. (Scopes inside it are inlined.)
      const Scope* fn = s;
      auto& frees = fn->freeVars;
      int index = int(std::find(frees.begin(), frees.end(), name) - frees.begin());
      NameRef ref{NameRef::Kind::ClosureCell};
      ref.index = index;
      return ref;
    }
    // Global: explicit, or unbound here. Comprehensions see their function's names.
    if (s->kind != ScopeKind::Comprehension || s->index.count(name)) break;
  }
  // A load-time closure's cells, then the module's globals, then builtins.
  for (auto* list : {&root_->closure, &root_->globals, &root_->builtins})
    for (const load::NamedValue& c : *list)
      if (c.name == name) {
        NameRef ref{NameRef::Kind::Constant};
        ref.constant = c.value;
        return ref;
      }
  return NameRef{NameRef::Kind::Missing};
}

Value GraphBuilder::readName(Symbol name, const Scope* scope, ast::Node* at) {
  NameRef ref = resolve(name, scope);
  switch (ref.kind) {
  case NameRef::Kind::Slot: {
    Value v = state_.slots[size_t(ref.slot)];
    if (v.isNull()) {
      // Read before any assignment on this path: CPython raises UnboundLocalError.
      if (reachable())
        fc_.ctx.diags.report(DiagId::flow_unbound_local, at->range, name).note(
            DiagId::note_in_function, SourceRange{}, qualified());
      // CPython 3.11's wording (3.10 said "local variable 'x' referenced before assignment").
      raiseBuiltin("UnboundLocalError",
                   "cannot access local variable '" + std::string(name.str()) +
                       "' where it is not associated with a value",
                   loc(at));
      return noneConstant();
    }
    if (!state_.maybeUnbound[size_t(ref.slot)]) return v;
    Value checked = emit(OpCode::check_bound, {v, strConstant(name.str())}, loc(at));
    setSlot(ref.slot, checked); // checked once; later reads on this path need no check
    return checked;
  }
  case NameRef::Kind::Cell:
    return emit(OpCode::cell_get, {state_.slots[size_t(ref.slot)]}, loc(at));
  case NameRef::Kind::ClosureCell: {
    Value cell = emitNoRaise(OpCode::closure_cell, {constant(intValue(ref.index))}, loc(at));
    return emit(OpCode::cell_get, {cell}, loc(at));
  }
  case NameRef::Kind::Constant:
    if (ref.constant.kind == load::Value::Kind::EmptyCell)
      fail(DiagId::flow_empty_closure_cell, at, {std::string(name.str())});
    return constant(ref.constant);
  case NameRef::Kind::Missing:
    raiseBuiltin("NameError", "name '" + std::string(name.str()) + "' is not defined", loc(at));
    return noneConstant();
  }
  return noneConstant();
}

void GraphBuilder::writeName(Symbol name, Value v, const Scope* scope, ast::Node* at) {
  NameRef ref = resolve(name, scope);
  switch (ref.kind) {
  case NameRef::Kind::Slot: setSlot(ref.slot, v); return;
  case NameRef::Kind::Cell: emitNoRaise(OpCode::cell_set, {state_.slots[size_t(ref.slot)], v}, loc(at)); return;
  case NameRef::Kind::ClosureCell: {
    Value cell = emitNoRaise(OpCode::closure_cell, {constant(intValue(ref.index))}, loc(at));
    emitNoRaise(OpCode::cell_set, {cell, v}, loc(at));
    return;
  }
  case NameRef::Kind::Constant:
  case NameRef::Kind::Missing: {
    bool closure = false;
    for (const load::NamedValue& c : root_->closure) closure |= c.name == name;
    if (closure) fail(DiagId::flow_closure_write, at, {std::string(name.str())});
    fail(DiagId::flow_global_write, at, {std::string(name.str())});
  }
  }
}

void GraphBuilder::deleteName(Symbol name, const Scope* scope, ast::Node* at) {
  NameRef ref = resolve(name, scope);
  if (ref.kind != NameRef::Kind::Slot) fail(DiagId::flow_delete_nonlocal, at, {std::string(name.str())});
  readName(name, scope, at); // `del x` of an unbound x raises, as reading it would
  if (reachable()) clearSlot(ref.slot);
}

} // namespace kiln::flow

namespace kiln::flow {

// -- Source positions of operations ------------------------------------------------------------------

// The first token after `end`: skips blanks, line continuations, comments and the closing
// parentheses of a parenthesized operand. Invalid if the file ends first.
SourceLoc GraphBuilder::tokenAfter(SourceLoc end) const {
  const SourceManager& sources = fc_.ctx.sources;
  FileId file = sources.fileOf(end);
  std::string_view text = sources.text(file);
  size_t i = sources.offsetOf(end);
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' || c == '\\' || c == ')') {
      ++i;
    } else if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else {
      return sources.locAt(file, uint32_t(i));
    }
  }
  return {};
}

Where GraphBuilder::loc(const ast::Node* n) const {
  Where w(n->range.begin);
  w.end = n->range.end;
  const ast::Node* left = nullptr;
  if (auto* b = dynCast<ast::BinOp>(n)) left = b->left;
  else if (auto* c = dynCast<ast::Compare>(n)) left = c->left;
  else if (auto* a = dynCast<ast::AugAssign>(n)) left = a->target;
  else if (auto* at = dynCast<ast::Attribute>(n)) left = at->value;
  else if (auto* s = dynCast<ast::Subscript>(n)) left = s->value;
  if (left && left->range.end.isValid()) {
    w.caret = tokenAfter(left->range.end);
    // x.name points at the name, not the dot.
    if (w.caret.isValid() && n->kind == ast::NodeKind::Attribute) w.caret = tokenAfter(w.caret + 1);
  }
  return w;
}

} // namespace kiln::flow

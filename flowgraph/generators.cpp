// The generator transform (see generators.h), in the spirit of RPython's flowspace/generator.py:
// generators become ordinary classes and methods, so no later stage knows about them.
//
// For a generator function f with a built graph G (containing yield_ operations):
//   * a class C = "f.<generator>" is made, with methods __iter__ (returns self) and __next__;
//   * f's graph becomes: gen = C(); gen.resume = 0; gen.arg<i> = <parameter i>; return gen;
//   * G becomes C.__next__(self): every block gets `self` as its first input; the start block
//     switches on self.resume to a loader block per resume point (0 = the function's start,
//     k = just after the k-th yield), which reads the saved variables back from fields;
//   * each yield_ splits its block: before it, the variables live after it are stored in
//     fields "y<k>_<j>", self.resume = k, and the yielded value is returned; after it, the rest
//     of the block resumes with those variables (the yield's own result is None: kiln's
//     generators are iterated, not sent values);
//   * falling off the end (a return) sets resume = -1 and raises StopIteration; an exception
//     also sets resume = -1 before propagating, so the generator stays finished.
// Complexity: linear in the graph, plus the live-variable scan of each split block.
#include "flowgraph/generators.h"

#include <unordered_map>
#include <unordered_set>

#include "flowgraph/simplify.h"

namespace kiln::flow {

namespace {

class GeneratorTransform {
public:
  GeneratorTransform(std::unique_ptr<Graph> g, FlowContext& fc) : g_(std::move(g)), fc_(fc) {}
  std::unique_ptr<Graph> run();

private:
  Value str(std::string_view s) {
    load::Value v;
    v.kind = load::Value::Kind::Str;
    v.text = fc_.ctx.arena.copyString(s);
    return g_->newConstant(v);
  }
  Value integer(int64_t i) { return g_->newConstant(intValue(i)); }
  void setattr(Block* b, Variable* self, std::string_view field, Value v, SourceLoc at) {
    b->operations.push_back({OpCode::setattr, {self, str(field), v}, g_->newVariable(), at});
  }
  Variable* getattr(Graph& graph, Block* b, Variable* self, std::string_view field, SourceLoc at) {
    Variable* v = graph.newVariable();
    load::Value name;
    name.kind = load::Value::Kind::Str;
    name.text = fc_.ctx.arena.copyString(field);
    b->operations.push_back({OpCode::getattr, {self, graph.newConstant(name)}, v, at});
    return v;
  }
  void threadSelf();
  void splitAtYields();
  Block* makeDispatch();
  load::Function* syntheticFunction(std::string_view name, load::Class* owner);

  std::unique_ptr<Graph> g_;
  FlowContext& fc_;
  std::unordered_map<const Block*, Variable*> self_;
  std::vector<Variable*> params_;
  Block* originalStart_ = nullptr;
  struct ResumePoint {
    Block* target;                 // where execution continues
    std::vector<std::string> fields; // fields holding the target's inputs after `self`
  };
  std::vector<ResumePoint> points_;
};

// Every block gets `self` first; returns and raises go through blocks that finish the generator.
void GeneratorTransform::threadSelf() {
  std::vector<Block*> blocks = g_->blocksInOrder();
  for (Block* b : blocks) {
    if (b == g_->returnBlock() || b == g_->exceptBlock()) continue;
    Variable* self = g_->newVariable(fc_.intern("self"));
    b->inputs.insert(b->inputs.begin(), self);
    self_[b] = self;
  }
  Block* finish = g_->newBlock();
  Variable* finishSelf = g_->newVariable(fc_.intern("self"));
  finish->inputs = {finishSelf, g_->newVariable()};
  setattr(finish, finishSelf, "resume", integer(-1), {});
  Value stop = g_->newConstant(refValue(fc_.builtin("StopIteration")));
  Variable* error = g_->newVariable();
  finish->operations.push_back({OpCode::simple_call, {stop}, error, {}});
  finish->exitKind = ExitKind::Goto;
  finish->exits.push_back(Link{{stop, error}, g_->exceptBlock()});

  Block* fail = g_->newBlock();
  Variable* failSelf = g_->newVariable(fc_.intern("self"));
  Variable* type = g_->newVariable();
  Variable* value = g_->newVariable();
  fail->inputs = {failSelf, type, value};
  setattr(fail, failSelf, "resume", integer(-1), {});
  fail->exitKind = ExitKind::Goto;
  fail->exits.push_back(Link{{type, value}, g_->exceptBlock()});

  for (Block* b : blocks) {
    if (b == g_->returnBlock() || b == g_->exceptBlock()) continue;
    for (Link& l : b->exits) {
      if (l.target == g_->returnBlock()) l.target = finish;
      else if (l.target == g_->exceptBlock()) l.target = fail;
      l.args.insert(l.args.begin(), self_[b]);
    }
  }
}

// Splits every block at its yields (one at a time; the rest of a block may yield again).
void GeneratorTransform::splitAtYields() {
  std::vector<Block*> work = g_->blocksInOrder();
  while (!work.empty()) {
    Block* b = work.back();
    work.pop_back();
    if (b == g_->returnBlock() || b == g_->exceptBlock()) continue;
    size_t at = 0;
    while (at < b->operations.size() && b->operations[at].opcode != OpCode::yield_) ++at;
    if (at == b->operations.size()) continue;
    Operation yield = b->operations[at];
    Variable* self = b->inputs.front();

    // The rest of the block, with the yield's result replaced by None.
    Block* rest = g_->newBlock();
    rest->loc = yield.loc;
    rest->operations.assign(b->operations.begin() + ptrdiff_t(at) + 1, b->operations.end());
    rest->exitKind = b->exitKind;
    rest->exitSwitch = b->exitSwitch;
    rest->exits = std::move(b->exits);
    b->operations.resize(at);
    b->exits.clear();

    // Variables the rest uses but does not define: saved in fields, reloaded on resume.
    std::unordered_set<const Variable*> definedInRest;
    for (const Operation& op : rest->operations) definedInRest.insert(op.result);
    std::vector<Variable*> live;
    std::unordered_set<const Variable*> seen;
    auto need = [&](Value v) {
      Variable* var = v.variable();
      if (!var || var == self || var == yield.result || definedInRest.count(var)) return;
      for (const Link& l : rest->exits)
        if (var == l.lastException || var == l.lastExcValue) return;
      if (seen.insert(var).second) live.push_back(var);
    };
    for (const Operation& op : rest->operations)
      for (Value a : op.args) need(a);
    need(rest->exitSwitch);
    for (const Link& l : rest->exits)
      for (Value a : l.args) need(a);

    std::unordered_map<const Variable*, Value> rename;
    rename[yield.result] = g_->newConstant(noneValue());
    Variable* restSelf = g_->newVariable(fc_.intern("self"));
    rename[self] = restSelf;
    rest->inputs.push_back(restSelf);
    ResumePoint point{rest, {}};
    size_t k = points_.size() + 1;
    for (size_t j = 0; j < live.size(); ++j) {
      Variable* fresh = g_->newVariable(live[j]->name);
      rest->inputs.push_back(fresh);
      rename[live[j]] = fresh;
      std::string field = "y" + std::to_string(k) + "_" + std::to_string(j);
      setattr(b, self, field, live[j], yield.loc);
      point.fields.push_back(field);
    }
    auto renamed = [&](Value v) {
      if (Variable* var = v.variable())
        if (auto it = rename.find(var); it != rename.end()) return it->second;
      return v;
    };
    for (Operation& op : rest->operations)
      for (Value& a : op.args) a = renamed(a);
    rest->exitSwitch = renamed(rest->exitSwitch);
    for (Link& l : rest->exits)
      for (Value& a : l.args) a = renamed(a);

    setattr(b, self, "resume", integer(int64_t(k)), yield.loc);
    b->exitKind = ExitKind::Goto;
    b->exitSwitch = Value();
    b->exits.push_back(Link{{yield.args.front()}, g_->returnBlock()});
    points_.push_back(point);
    work.push_back(rest);
  }
}

// The resume graph's start: switch on self.resume to a loader block per resume point.
Block* GeneratorTransform::makeDispatch() {
  Block* start = g_->newBlock();
  Variable* self = g_->newVariable(fc_.intern("self"));
  start->inputs = {self};
  start->loc = originalStart_->loc;
  Variable* resume = getattr(*g_, start, self, "resume", start->loc);
  start->exitKind = ExitKind::Switch;
  start->exitSwitch = resume;

  auto loader = [&](Block* target, const std::vector<std::string>& fields) {
    Block* l = g_->newBlock();
    Variable* s = g_->newVariable(fc_.intern("self"));
    l->inputs = {s};
    Link jump{{s}, target};
    for (const std::string& field : fields) jump.args.push_back(getattr(*g_, l, s, field, target->loc));
    l->exitKind = ExitKind::Goto;
    l->exits.push_back(jump);
    return l;
  };
  std::vector<std::string> argFields;
  for (size_t i = 0; i < params_.size(); ++i) argFields.push_back("arg" + std::to_string(i));
  auto addCase = [&](int64_t k, Block* target) {
    Link l{{self}, target};
    l.hasExitCase = true;
    l.exitCase = intValue(k);
    start->exits.push_back(l);
  };
  addCase(0, loader(originalStart_, argFields));
  for (size_t k = 0; k < points_.size(); ++k) addCase(int64_t(k + 1), loader(points_[k].target, points_[k].fields));
  // Finished (-1): StopIteration again, as CPython does.
  Block* done = g_->newBlock();
  Variable* doneSelf = g_->newVariable();
  done->inputs = {doneSelf};
  Value stop = g_->newConstant(refValue(fc_.builtin("StopIteration")));
  Variable* error = g_->newVariable();
  done->operations.push_back({OpCode::simple_call, {stop}, error, {}});
  done->exitKind = ExitKind::Goto;
  done->exits.push_back(Link{{stop, error}, g_->exceptBlock()});
  start->exits.push_back(Link{{self}, done}); // the default
  return start;
}

load::Function* GeneratorTransform::syntheticFunction(std::string_view name, load::Class* owner) {
  load::Function* original = g_->function;
  auto* f = fc_.ctx.arena.make<load::Function>();
  f->module = original->module;
  f->file = original->file;
  f->sourceFile = original->sourceFile;
  f->line = original->line;
  f->name = fc_.intern(name);
  f->codeName = f->name;
  f->qualname = fc_.intern(std::string(owner->qualname.str()) + "." + std::string(name));
  return f;
}

std::unique_ptr<Graph> GeneratorTransform::run() {
  load::Function* function = g_->function;
  originalStart_ = g_->startBlock();
  params_ = originalStart_->inputs;
  SourceLoc startLoc = originalStart_->loc; // the block may be merged away by the cleanup

  // The class of this generator's state objects, named after the graph (whose name is unique,
  // unlike the function's qualname: two generator expressions of one function share theirs).
  std::string graphQualname = g_->name();
  if (function->module && graphQualname.starts_with(std::string(function->module->name.str()) + "."))
    graphQualname.erase(0, function->module->name.str().size() + 1);
  auto* cls = fc_.ctx.arena.make<load::Class>();
  cls->name = fc_.intern("<generator>");
  cls->qualname = fc_.intern(graphQualname + ".<generator>");
  cls->module = function->module;
  cls->file = function->file;
  cls->line = function->line;
  cls->mro = fc_.ctx.arena.copy<load::Class*>(std::vector<load::Class*>{cls});
  load::Function* next = syntheticFunction("__next__", cls);
  load::Function* iter = syntheticFunction("__iter__", cls);
  cls->attrs = fc_.ctx.arena.copy<load::NamedValue>(std::vector<load::NamedValue>{
      {fc_.intern("__iter__"), refValue(iter)}, {fc_.intern("__next__"), refValue(next)}});

  threadSelf();
  splitAtYields();
  g_->setStartBlock(makeDispatch());
  std::string name = g_->name();
  g_->setName(name + ".<generator>.__next__");
  g_->function = next;
  g_->isGenerator = false;
  g_->removeUnreachableBlocks();
  simplifyGraph(*g_, &fc_);

  // __iter__(self): return self
  auto iterGraph = std::make_unique<Graph>(name + ".<generator>.__iter__", nullptr);
  iterGraph->function = iter;
  Block* iterStart = iterGraph->newBlock();
  Variable* iterSelf = iterGraph->newVariable(fc_.intern("self"));
  iterStart->inputs = {iterSelf};
  iterStart->exitKind = ExitKind::Goto;
  iterStart->exits.push_back(Link{{iterSelf}, iterGraph->returnBlock()});
  iterGraph->setStartBlock(iterStart);

  // The function itself: make the state object and return it.
  auto entry = std::make_unique<Graph>(name, g_->def());
  entry->function = function;
  Block* start = entry->newBlock();
  start->loc = startLoc;
  entry->setStartBlock(start);
  Variable* gen = entry->newVariable();
  start->operations.push_back({OpCode::simple_call, {entry->newConstant(refValue(cls))}, gen, start->loc});
  auto entryStr = [&](std::string_view s) {
    load::Value v;
    v.kind = load::Value::Kind::Str;
    v.text = fc_.ctx.arena.copyString(s);
    return entry->newConstant(v);
  };
  start->operations.push_back({OpCode::setattr, {gen, entryStr("resume"), entry->newConstant(intValue(0))},
                               entry->newVariable(), start->loc});
  for (size_t i = 0; i < params_.size(); ++i) {
    Variable* p = entry->newVariable(params_[i]->name);
    start->inputs.push_back(p);
    start->operations.push_back({OpCode::setattr, {gen, entryStr("arg" + std::to_string(i)), p},
                                 entry->newVariable(), start->loc});
  }
  start->exitKind = ExitKind::Goto;
  start->exits.push_back(Link{{gen}, entry->returnBlock()});

  fc_.adoptGraph(next, std::move(g_));
  fc_.adoptGraph(iter, std::move(iterGraph));
  return entry;
}

} // namespace

std::unique_ptr<Graph> transformGenerator(std::unique_ptr<Graph> graph, FlowContext& fc) {
  return GeneratorTransform(std::move(graph), fc).run();
}

} // namespace kiln::flow

// The annotator's fixpoint (see annotator.h): the block queue, bindings, links and narrowing.
#include "annotator/annotator.h"

#include <algorithm>

#include "annotator/bookkeeper.h"
#include "annotator/ops.h"
#include "support/assert.h"

namespace kiln::ann {

using flow::Block;
using flow::Link;
using flow::Variable;

Annotator::Annotator(ParseContext& ctx, load::Program& program, flow::FlowContext& flow, AnnotatorOptions options)
    : ctx_(ctx), program_(program), flow_(flow), options_(options), bookkeeper_(std::make_unique<Bookkeeper>(*this)) {}

Annotator::~Annotator() = default;

// -- Results ----------------------------------------------------------------------------------------------

const Annotation* Annotator::binding(const Variable* v) const {
  auto it = bindings_.find(v);
  return it == bindings_.end() ? nullptr : it->second.ann;
}

SourceLoc Annotator::originOf(const Variable* v) const {
  auto it = bindings_.find(v);
  return it == bindings_.end() ? SourceLoc{} : it->second.origin;
}

const Annotation* Annotator::annotationOf(flow::Value v) {
  if (Variable* var = v.variable()) return binding(var);
  return bookkeeper_->constant(v.constant()->value, nullptr);
}

std::vector<GraphInfo*> Annotator::graphs() const {
  std::vector<GraphInfo*> out;
  for (const auto& g : graphs_) out.push_back(g.get());
  std::sort(out.begin(), out.end(), [](GraphInfo* a, GraphInfo* b) { return a->name() < b->name(); });
  return out;
}

GraphInfo* Annotator::graphInfoOf(const flow::Graph* g) const {
  auto it = infoOf_.find(g);
  return it == infoOf_.end() ? nullptr : it->second;
}

const KnownFacts* Annotator::factsOf(const Variable* v) const {
  auto it = facts_.find(v);
  return it == facts_.end() ? nullptr : &it->second;
}

void Annotator::setFacts(Variable* result, KnownFacts facts) { facts_[result] = std::move(facts); }

void Annotator::followFacts(GraphInfo* g, const Link& link) {
  if (g->incoming.empty())
    for (Block* b : g->graph->blocksInOrder())
      for (const Link& l : b->exits) ++g->incoming[l.target];
  if (g->incoming[link.target] != 1) return;
  auto rename = [&](const std::vector<std::pair<Variable*, const Annotation*>>& from,
                    std::vector<std::pair<Variable*, const Annotation*>>& to) {
    for (const auto& [fv, narrowed] : from)
      for (size_t j = 0; j < link.args.size(); ++j)
        if (link.args[j].variable() == fv) to.push_back({link.target->inputs[j], narrowed});
  };
  for (size_t i = 0; i < link.args.size(); ++i) {
    const Variable* v = link.args[i].variable();
    const KnownFacts* facts = v ? factsOf(v) : nullptr;
    if (!facts) continue;
    KnownFacts renamed;
    rename(facts->ifTrue, renamed.ifTrue);
    rename(facts->ifFalse, renamed.ifFalse);
    setFacts(link.target->inputs[i], std::move(renamed));
  }
}

void Annotator::recordCallTarget(const flow::Operation* op, GraphInfo* callee) {
  std::vector<GraphInfo*>& targets = callTargets_[op];
  if (std::find(targets.begin(), targets.end(), callee) == targets.end()) targets.push_back(callee);
}

const std::vector<GraphInfo*>* Annotator::callTargetsOf(const flow::Operation* op) const {
  auto it = callTargets_.find(op);
  return it == callTargets_.end() ? nullptr : &it->second;
}

const std::string* Annotator::specialMethodOf(const flow::Operation* op) const {
  auto it = specialMethods_.find(op);
  return it == specialMethods_.end() ? nullptr : &it->second;
}

// -- JIT hooks -------------------------------------------------------------------------------------------

bool Annotator::recordPrintableLocation(const Desc* driver, GraphInfo* g) {
  auto [it, fresh] = printableLocations_.try_emplace(driver->id, driver, g);
  return fresh || it->second.second == g;
}

std::vector<std::pair<const Desc*, GraphInfo*>> Annotator::printableLocations() const {
  std::vector<std::pair<const Desc*, GraphInfo*>> out;
  for (const auto& [id, entry] : printableLocations_) out.push_back(entry);
  return out;
}

void Annotator::checkReturnsStrLater(GraphInfo* caller, const flow::Operation* op, GraphInfo* g, std::string what) {
  if (strResultOps_.insert(op).second) pendingStrResults_.push_back({caller, op, g, std::move(what)});
}

void Annotator::checkStrResults() {
  for (const PendingStrResult& p : pendingStrResults_) {
    Variable* result = p.graph->graph->returnBlock()->inputs[0];
    const Annotation* r = binding(result);
    // Never returns (or returns what an error made): nothing to check.
    if (!r || r->isImpossible() || r->isPoison() || (r->is(AnnKind::Str) && !r->canBeNone())) continue;
    if (!firstErrorAt(p.op)) continue;
    report(p.caller, p.op->range(), p.op->caretLoc(), DiagId::ann_str_method_result, {p.what, typeName(r)})
        .origin(originOf(result), "the result", r);
  }
}

bool Annotator::generalizeReturn(GraphInfo* g, const Annotation* ann, SourceLoc origin) {
  return mergeInput(g, g->graph->returnBlock(), 0, ann, origin, origin);
}

// -- Diagnostics --------------------------------------------------------------------------------------------

Report::~Report() {
  if (!an_) return;
  an_->addCallChain(builder_, where_);
}

Report& Report::origin(SourceLoc origin, const std::string& what, const Annotation* ann) {
  if (origin.isValid()) builder_.note(DiagId::note_origin, SourceRange{origin, origin}, what, typeName(ann));
  else builder_.note(DiagId::note_origin_load_time, SourceRange{}, what, typeName(ann));
  return *this;
}

Report Annotator::report(GraphInfo* where, SourceRange range, SourceLoc caret, DiagId id,
                         const std::vector<DiagArg>& args) {
  ++errors_;
  DiagnosticEngine::Builder b = ctx_.diags.reportArgs(id, range, args);
  if (caret.isValid()) b.caret(caret);
  return Report(*this, where, std::move(b));
}

void Annotator::addCallChain(DiagnosticEngine::Builder& d, GraphInfo* where) {
  int hops = 0;
  for (GraphInfo* g = where; g && g->caller; g = g->caller) {
    if (++hops > 8) {
      d.note(DiagId::note_call_chain_cut, SourceRange{});
      break;
    }
    d.note(DiagId::note_called_from, SourceRange{g->callLoc, g->callLoc}, g->name(), g->caller->name());
  }
}

// -- Graphs ---------------------------------------------------------------------------------------------

GraphInfo* Annotator::graphFor(FunctionDesc* desc, const std::string& key, GraphInfo* caller, SourceLoc callLoc) {
  if (auto it = desc->graphs.find(key); it != desc->graphs.end()) return it->second;
  flow::Graph* graph = key.empty() ? flow_.graphFor(desc->function)
                                   : flow_.buildVariant(desc->function, desc->name + "[" + key + "]");
  if (!graph) {
    desc->graphs[key] = nullptr;
    return nullptr;
  }
  auto info = std::make_unique<GraphInfo>();
  info->graph = graph;
  info->desc = desc;
  info->key = key;
  info->caller = caller;
  info->callLoc = callLoc;
  GraphInfo* raw = info.get();
  graphs_.push_back(std::move(info));
  infoOf_[graph] = raw;
  desc->graphs[key] = raw;
  for (Block* b : graph->blocksInOrder()) blocks_[b].graph = raw;
  return raw;
}

bool Annotator::passArguments(GraphInfo* callee, const std::vector<const Annotation*>& args,
                              const std::vector<SourceLoc>& origins, SourceLoc callLoc, GraphInfo* caller,
                              const flow::Operation* op) {
  Block* start = callee->graph->startBlock();
  KILN_ASSERT(args.size() == start->inputs.size(), "argument count mismatch for %s", callee->name().c_str());
  bool grew = !blocks_[start].reached && !blocks_[start].queued;
  for (size_t i = 0; i < args.size(); ++i) {
    Binding& b = bindings_[start->inputs[i]];
    SourceLoc origin = i < origins.size() && origins[i].isValid() ? origins[i] : callLoc;
    if (!b.ann) {
      b = {args[i], origin};
      grew = true;
      continue;
    }
    Conflict why;
    const Annotation* u = lattice_.unite(b.ann, args[i], &why);
    if (!u) {
      if (op && !firstErrorAt(op)) return false;
      std::string param(start->inputs[i]->name.str());
      std::string reason = why.reason.empty() ? "" : ": " + why.reason;
      report(caller, SourceRange{callLoc, callLoc}, {}, DiagId::ann_union_argument,
             {param, callee->name(), typeName(b.ann), typeName(args[i]), reason})
          .origin(b.origin, "'" + param + "'", b.ann)
          .origin(origin, "'" + param + "'", args[i]);
      return false;
    }
    if (u != lattice_.canonical(b.ann)) {
      if (u == lattice_.canonical(args[i])) b.origin = origin;
      b.ann = u;
      grew = true;
    }
  }
  drainMerged();
  if (grew) schedule(start);
  return true;
}

const Annotation* Annotator::returnOf(GraphInfo* callee, Block* reader) {
  if (reader) callee->returnReaders.insert(reader);
  const Annotation* r = binding(callee->graph->returnBlock()->inputs[0]);
  return r ? r : lattice_.impossible();
}

// -- The fixpoint ---------------------------------------------------------------------------------------

void Annotator::schedule(Block* b) {
  BlockState& st = blocks_[b];
  if (st.queued || !st.graph) return;
  st.queued = true;
  queue_.push_back(b);
}

bool Annotator::generalize(Slot& slot, const Annotation* ann, SourceLoc origin, Conflict* why) {
  const Annotation* old = slot.ann ? slot.ann : lattice_.impossible();
  const Annotation* u = lattice_.unite(old, ann, why);
  if (!u) return false;
  drainMerged();
  if (u == lattice_.canonical(old)) return true;
  if (u == lattice_.canonical(ann) || !slot.origin.isValid()) slot.origin = origin;
  slot.ann = u;
  for (Block* b : slot.readers) schedule(b);
  return true;
}

void Annotator::drainMerged() {
  for (Slot* s : lattice_.takeMerged())
    for (Block* b : s->readers) schedule(b);
}

bool Annotator::run() {
  unsigned errorsBefore = ctx_.diags.errorCount();
  if (!annotateEntryPoint()) return false;
  // Reads of attributes nothing assigns are errors only once the fixpoint is reached; they
  // then become Poison, so that the code after them is annotated too (and the loop goes on).
  do {
    while (!queue_.empty() && !tooManyErrors()) {
      Block* b = queue_.front();
      queue_.pop_front();
      blocks_[b].queued = false;
      flowBlock(b);
      drainMerged();
    }
    if (tooManyErrors()) {
      ctx_.diags.report(DiagId::ann_too_many_errors, SourceRange{}, int(options_.maxErrors));
      return false;
    }
  } while (checkPendingReads());
  checkUnboundReads();
  checkStrResults();
  checkNotResized();
  checkEntryResult();
  return ctx_.diags.errorCount() == errorsBefore;
}

void Annotator::checkNotResized() {
  for (const auto& d : bookkeeper_->listDefs()) {
    ListDef* def = d->find();
    if (def != d.get() || !def->notResizedGraph || !def->resized) continue;
    Report r = report(def->notResizedGraph, def->notResizedRange, def->notResizedCaret, DiagId::ann_list_resized, {});
    if (def->firstResize.isValid()) r.note(DiagId::note_resized_here, SourceRange{def->firstResize, def->firstResize});
  }
}

bool Annotator::checkPendingReads() {
  bool reported = false;
  for (size_t i = 0; i < pendingReads_.size(); ++i) {
    PendingRead p = pendingReads_[i];
    AttrDef* attr = bookkeeper_->findAttribute(p.cd, p.name);
    if (attr && !attr->value.ann->isImpossible()) continue;
    if (!reportedOps_.insert(p.op).second) continue;
    report(p.graph, p.op->range(), p.op->caretLoc(), DiagId::ann_attribute_never_set,
           {p.cd->name, std::string(p.name.str())});
    reported = true;
    if (attr) generalize(attr->value, lattice_.poison(), {}, nullptr); // re-flows its readers
  }
  return reported;
}

// A read of a local that the flow builder guarded with check_bound (it is not assigned on every
// path) is an error when `undefined` reaches it along links the annotator followed: kiln Python
// needs a local assigned before every read, and has no "unassigned" value to test at run time.
// Paths the annotator proved dead (a `with` whose __exit__ never suppresses) do not count.
void Annotator::checkUnboundReads() {
  std::unordered_set<const Variable*> maybeUndefined;
  for (bool changed = true; changed;) {
    changed = false;
    for (const flow::Link* l : followedLinks_)
      for (size_t i = 0; i < l->args.size() && i < l->target->inputs.size(); ++i) {
        flow::Value a = l->args[i];
        bool undefined = a.isConstant() ? a.constant()->value.kind == load::Value::Kind::Undefined
                                        : maybeUndefined.count(a.variable()) != 0;
        if (undefined && maybeUndefined.insert(l->target->inputs[i]).second) changed = true;
      }
  }
  if (maybeUndefined.empty()) return;
  for (GraphInfo* g : graphs())
    for (Block* b : g->graph->blocksInOrder()) {
      if (!isReached(b)) continue;
      for (const flow::Operation& op : b->operations)
        if (op.opcode == flow::OpCode::check_bound && op.args[0].isVariable() && maybeUndefined.count(op.args[0].variable()) &&
            firstErrorAt(&op))
          report(g, op.range(), op.caretLoc(), DiagId::ann_maybe_unbound,
                 {op.args[1].isConstant() ? std::string(op.args[1].constant()->value.text) : "?"});
    }
}

bool Annotator::annotateEntryPoint() {
  load::Function* entry = program_.entry;
  FunctionDesc* desc = bookkeeper_->functionDesc(entry);
  GraphInfo* g = graphFor(desc, "", nullptr, {});
  if (!g) return false;
  entry_ = g;
  size_t params = g->graph->startBlock()->inputs.size();
  if (params != 1) {
    SourceRange at = entry->def ? entry->def->range : SourceRange{};
    ctx_.diags.report(DiagId::ann_entry_arity, at, desc->name, int(params));
    ++errors_;
    return false;
  }
  ListDef* argv = bookkeeper_->listDefAt(&program_, {});
  argv->isArgv = true;
  generalize(argv->item, lattice_.str(false, true), {}, nullptr);
  return passArguments(g, {lattice_.list(argv)}, {}, {}, nullptr);
}

bool Annotator::checkEntryResult() {
  Variable* result = entry_->graph->returnBlock()->inputs[0];
  const Annotation* r = binding(result);
  if (!r || r->isImpossible() || r->isPoison() || r->isIntLike()) return true;
  SourceLoc origin = originOf(result);
  report(entry_, SourceRange{origin, origin}, {}, DiagId::ann_entry_result, {entry_->name(), typeName(r)});
  return false;
}

void Annotator::flowBlock(Block* b) {
  BlockState& st = blocks_[b];
  GraphInfo* g = st.graph;
  st.reached = true;
  // After a failed unpacking check, the getitems that follow on the same value would only
  // repeat its error: their results are Poison without annotating them.
  const Variable* unpackFailed = nullptr;
  for (size_t i = 0; i < b->operations.size(); ++i) {
    bool usesUnpackFailed = false;
    for (flow::Value a : b->operations[i].args) usesUnpackFailed |= unpackFailed && a.variable() == unpackFailed;
    const Annotation* r = usesUnpackFailed ? lattice_.poison() : annotateOperation(g, b, i);
    if (!r && b->operations[i].opcode == flow::OpCode::unpack_check) unpackFailed = b->operations[i].args[0].variable();
    // After an error (reported), the result is Poison: the rest of the program is still
    // annotated, to find its other errors, without errors about this one's consequences.
    if (!r) r = lattice_.poison();
    if (r->isImpossible()) {
      // Not known yet, or the operation always raises: the exception links still apply.
      if (b->exitKind == flow::ExitKind::CanRaise && i + 1 == b->operations.size()) break;
      return;
    }
    flow::Operation& op = b->operations[i];
    if (op.result) setBinding(op.result, r, op.loc, g);
  }
  bool lastRaisesOnly = b->exitKind == flow::ExitKind::CanRaise &&
                        (!binding(b->operations.back().result) ||
                         binding(b->operations.back().result)->isImpossible());
  switch (b->exitKind) {
  case flow::ExitKind::None: return;
  case flow::ExitKind::Goto:
    followLink(g, b, b->exits[0], nullptr, false, nullptr, nullptr);
    return;
  case flow::ExitKind::Branch: {
    const Annotation* cond = annotationOf(b->exitSwitch);
    Variable* var = b->exitSwitch.variable();
    const KnownFacts* facts = var ? factsOf(var) : nullptr;
    for (const Link& l : b->exits) {
      bool side = l.exitCase.boolValue;
      if (cond && cond->hasConst() && cond->kind == AnnKind::Bool && cond->constant.boolValue != side) continue;
      followLink(g, b, l, facts, side, nullptr, nullptr);
    }
    return;
  }
  case flow::ExitKind::Switch:
    for (const Link& l : b->exits) followLink(g, b, l, nullptr, false, nullptr, nullptr);
    return;
  case flow::ExitKind::CanRaise:
    for (size_t i = 0; i < b->exits.size(); ++i) {
      const Link& l = b->exits[i];
      if (i == 0) {
        if (!lastRaisesOnly) followLink(g, b, l, nullptr, false, nullptr, nullptr);
        continue;
      }
      load::Class* cls = l.exitCase.isRef() ? bookkeeper_->asClass(l.exitCase.ref) : nullptr;
      std::string why;
      ClassDef* cd = cls ? bookkeeper_->classDef(cls, &why) : nullptr;
      if (!cd) cd = bookkeeper_->builtinExceptionClassDef("BaseException");
      followLink(g, b, l, nullptr, false, lattice_.typeOf(cd), lattice_.instance(cd));
    }
    return;
  }
}

bool Annotator::setBinding(Variable* v, const Annotation* ann, SourceLoc origin, GraphInfo*) {
  Binding& b = bindings_[v];
  if (!b.ann) {
    b = {ann, origin};
    return true;
  }
  const Annotation* u = lattice_.unite(b.ann, ann);
  drainMerged();
  // Operations are monotone, so a result only grows; if a handler is not, its latest answer wins.
  if (!u) u = ann;
  if (u == lattice_.canonical(b.ann)) return false;
  b.ann = u;
  b.origin = origin;
  return true;
}

void Annotator::followLink(GraphInfo* g, Block* from, const Link& link, const KnownFacts* facts, bool factsIfTrue,
                           const Annotation* excType, const Annotation* excValue) {
  SourceLoc linkLoc = from->operations.empty() ? from->loc : from->operations.back().loc;
  if (followedSet_.insert(&link).second) followedLinks_.push_back(&link);
  if (link.isException()) {
    setBinding(link.lastException, excType, linkLoc, g);
    setBinding(link.lastExcValue, excValue, linkLoc, g);
    pairTypeWithValue(link.lastException, link.lastExcValue);
  }
  // Type/value pairs stay paired in the target block.
  for (size_t i = 0; i < link.args.size(); ++i) {
    Variable* t = link.args[i].variable();
    Variable* v = t ? valueOfType(t) : nullptr;
    if (!v) continue;
    for (size_t j = 0; j < link.args.size(); ++j)
      if (link.args[j].variable() == v) pairTypeWithValue(link.target->inputs[i], link.target->inputs[j]);
  }
  if (link.target == g->graph->exceptBlock() && !checkRaisedValue(g, from, link, linkLoc)) return;
  if (!link.isException()) followFacts(g, link);
  for (size_t i = 0; i < link.args.size(); ++i) {
    flow::Value arg = link.args[i];
    const Annotation* ann = nullptr;
    SourceLoc origin;
    if (Variable* v = arg.variable()) {
      ann = binding(v);
      origin = originOf(v);
      if (facts) {
        for (const auto& [fv, narrowed] : factsIfTrue ? facts->ifTrue : facts->ifFalse)
          if (fv == v) ann = narrowed;
      }
    } else {
      std::string why;
      ann = bookkeeper_->constant(arg.constant()->value, &why);
      origin = arg.constant()->loc;
      if (!ann) {
        SourceLoc at = origin.isValid() ? origin : linkLoc;
        report(g, SourceRange{at, at}, {}, DiagId::ann_unsupported_constant, {why});
        return;
      }
    }
    if (!ann) return; // the variable is not annotated yet (cannot happen in a well-formed graph)
    if (!mergeInput(g, link.target, i, ann, origin, linkLoc)) return;
  }
  if (link.args.empty() && link.target != g->graph->returnBlock() && link.target != g->graph->exceptBlock())
    if (!blocks_[link.target].reached) schedule(link.target);
}

bool Annotator::mergeInput(GraphInfo* g, Block* target, size_t index, const Annotation* ann, SourceLoc origin,
                           SourceLoc linkLoc) {
  Variable* v = target->inputs[index];
  Binding& b = bindings_[v];
  bool changed = false;
  if (!b.ann) {
    b = {ann, origin};
    changed = true;
  } else {
    Conflict why;
    const Annotation* u = lattice_.unite(b.ann, ann, &why);
    if (!u) {
      if (reportedJoins_.insert(target).second) reportInputConflict(g, target, index, ann, origin, why, linkLoc);
      return false;
    }
    drainMerged();
    if (u != lattice_.canonical(b.ann)) {
      if (u == lattice_.canonical(ann)) b.origin = origin;
      b.ann = u;
      changed = true;
    }
  }
  if (!changed) return true;
  if (target == g->graph->returnBlock()) {
    for (Block* reader : g->returnReaders) schedule(reader);
  } else if (target != g->graph->exceptBlock()) {
    schedule(target);
  }
  return true;
}

// A link to the except block raises its value: `raise x` needs an exception instance (CPython
// raises TypeError otherwise). False after reporting.
bool Annotator::checkRaisedValue(GraphInfo* g, Block* from, const Link& link, SourceLoc linkLoc) {
  if (link.isException() || link.args.size() != 2) return true; // an exception propagating as is
  Variable* v = link.args[1].variable();
  const Annotation* ann = v ? binding(v) : annotationOf(link.args[1]);
  if (!ann || ann->isImpossible() || ann->isPoison()) return true;
  if (ann->is(AnnKind::Instance) && ann->classDef->isException) return true;
  if (reportedRaises_.insert(from).second) {
    // The error is at the raise; a note says where the raised value came from.
    Report r = report(g, SourceRange{linkLoc, linkLoc}, {}, DiagId::ann_raise_not_exception, {typeName(ann)});
    if (v && originOf(v).isValid()) r.origin(originOf(v), "the raised value", ann);
  }
  return false;
}

void Annotator::reportInputConflict(GraphInfo* g, Block* target, size_t index, const Annotation* ann,
                                    SourceLoc origin, const Conflict& why, SourceLoc linkLoc) {
  Variable* v = target->inputs[index];
  const Binding& old = bindings_[v];
  std::string reason = why.reason.empty() ? "" : ": " + why.reason;
  if (why.left && why.right && why.left != old.ann && why.right != ann && why.reason.empty())
    reason = " (their items would be '" + typeName(why.left) + "' and '" + typeName(why.right) + "')";
  SourceLoc at = origin.isValid() ? origin : linkLoc;
  // A generator's __next__ (made by the generator transform: its function has no AST of its
  // own, its graph keeps the generator's) returns what the generator yields.
  if (target == g->graph->returnBlock() && g->graph->def() && g->desc && !g->desc->function->def) {
    std::string name = g->name().substr(0, g->name().rfind(".<generator>"));
    report(g, SourceRange{at, at}, {}, DiagId::ann_union_yield, {name, typeName(old.ann), typeName(ann), reason})
        .origin(old.origin, "the yielded value", old.ann)
        .origin(origin, "the yielded value", ann);
    return;
  }
  if (target == g->graph->returnBlock()) {
    report(g, SourceRange{at, at}, {}, DiagId::ann_union_return, {g->name(), typeName(old.ann), typeName(ann), reason})
        .origin(old.origin, "the result", old.ann)
        .origin(origin, "the result", ann);
    return;
  }
  // Hidden slots of the builder ("<ifexp>", ".0") are not names the user wrote.
  if (v->name && v->name.str()[0] != '<' && v->name.str()[0] != '.') {
    std::string name(v->name.str());
    report(g, SourceRange{at, at}, {}, DiagId::ann_union_variable, {name, typeName(old.ann), typeName(ann), reason})
        .origin(old.origin, "'" + name + "'", old.ann)
        .origin(origin, "'" + name + "'", ann);
    return;
  }
  report(g, SourceRange{at, at}, {}, DiagId::ann_union_value, {typeName(old.ann), typeName(ann), reason})
      .origin(old.origin, "the value", old.ann)
      .origin(origin, "the value", ann);
}

const Annotation* Annotator::annotateOperation(GraphInfo* g, Block* b, size_t index) {
  OpSite site(*this, g, b, index);
  return annotateOp(site);
}

} // namespace kiln::ann

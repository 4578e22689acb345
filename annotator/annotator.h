// The annotator: whole-program type inference to a fixpoint (DESIGN.md §2.4).
//
// Starting from the entry point (argv: list(str)), the annotator flows annotations through flow
// graphs, building the graph of each function the first time a call reaches it (so code never
// called is never checked). Each variable gets one annotation for the whole program.
//
// The fixpoint: a queue of blocks to (re)annotate. Annotating a block computes each
// operation's result from its arguments (annotator/op_*.cpp), then passes the annotations
// along the exits: a target block's inputs become the union of everything that reaches them,
// and the target is queued when they grow. Operations that read something that grows -- a
// list's items, an attribute, a callee's return value -- register their block as a reader of
// that slot; when the slot widens, its readers are queued again. An operation whose result is
// not known yet (a call to a function whose return value is still Impossible) stops its block;
// the block is re-flowed when the value becomes known. Everything only grows, the lattice has
// finite height for a finite program, so the queue empties.
//
// Branches narrow: isinstance(x, C), x is None, `if x` on a nullable value and
// `assert isinstance(x, C)` record facts on their bool result (KnownFacts), and the branch's
// links pass the narrowed annotation of x to each side.
//
// Provenance: every binding records the source location that gave it its annotation (the
// operation that made it, the constant, the call that passed it), and so does every slot
// (defs.h). Diagnostics use these to say where each side of a conflict came from, and the
// call chain (the first caller of each graph) to say how the code was reached.
//
// Errors: an operation that cannot be annotated reports one diagnostic and blocks its block;
// annotation continues elsewhere so that independent errors are all reported (up to a limit).
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotator/annotation.h"
#include "annotator/defs.h"
#include "flowgraph/builder.h"
#include "frontend/parser.h"
#include "support/diagnostics.h"

namespace kiln::ann {

class Bookkeeper;

// A graph the annotator reached: a function's graph, or one specialization of it.
struct GraphInfo {
  flow::Graph* graph = nullptr;
  FunctionDesc* desc = nullptr;
  std::string key; // the specialization key ("" when not specialized)
  // The first call that reached it (for "called from" notes); null for the entry point.
  GraphInfo* caller = nullptr;
  SourceLoc callLoc;
  // Blocks that read its return value.
  std::unordered_set<flow::Block*> returnReaders;
  // How many links enter each block (computed when first needed: followFacts).
  std::unordered_map<const flow::Block*, int> incoming;
  // The self classdef of a method (its first argument's class), if it is one.
  std::string name() const { return graph->name(); }
};

// What a call passes for one parameter of the graph it reaches: an operand of the call, or
// (value null) something the annotator supplied: a default (`ann` is its constant), the new
// instance of a class call (`self` of __init__), or the tuple of a *args parameter (`starItems`
// are the operands it collects).
struct CallInput {
  flow::Value value;
  const Annotation* ann = nullptr;
  std::vector<flow::Value> starItems;
  bool isStar = false;
};

// What a bool result tells about other variables on each branch.
struct KnownFacts {
  std::vector<std::pair<flow::Variable*, const Annotation*>> ifTrue, ifFalse;
};

// One variable's annotation and where it came from.
struct Binding {
  const Annotation* ann = nullptr;
  SourceLoc origin;
};

class Annotator;

// A diagnostic being built: notes can be added; when it goes out of scope, the call chain of
// the graph it is about is appended and it is emitted.
class Report {
public:
  Report(Annotator& an, GraphInfo* where, DiagnosticEngine::Builder builder)
      : an_(&an), where_(where), builder_(std::move(builder)) {}
  Report(Report&& other) noexcept : an_(other.an_), where_(other.where_), builder_(std::move(other.builder_)) {
    other.an_ = nullptr;
  }
  ~Report();
  template <class... Args> Report& note(DiagId id, SourceRange range, const Args&... args) {
    builder_.note(id, range, args...);
    return *this;
  }
  // A note saying that `what` (e.g. "'x'") is `ann` because of the source at `origin`.
  Report& origin(SourceLoc origin, const std::string& what, const Annotation* ann);

private:
  Annotator* an_;
  GraphInfo* where_;
  DiagnosticEngine::Builder builder_;
};

struct AnnotatorOptions {
  unsigned maxErrors = 20;
};

class Annotator {
public:
  Annotator(ParseContext& ctx, load::Program& program, flow::FlowContext& flow, AnnotatorOptions options = {});
  ~Annotator();

  // Annotates everything reachable from the entry point. False after errors (reported).
  bool run();

  // -- Results ----------------------------------------------------------------------------------
  // The entry point's graph (entry_point(argv)), once run() has found it.
  GraphInfo* entry() const { return entry_; }
  const Annotation* binding(const flow::Variable* v) const;
  SourceLoc originOf(const flow::Variable* v) const;
  // The annotation of a value: a variable's binding, or a constant's (null if unsupported).
  const Annotation* annotationOf(flow::Value v);
  // Every graph annotated, sorted by name.
  std::vector<GraphInfo*> graphs() const;
  GraphInfo* graphInfoOf(const flow::Graph* g) const;
  // Blocks that were reached (others are dead code: never executed).
  bool isReached(const flow::Block* b) const { return blocks_.count(b) && blocks_.at(b).reached; }
  // Extra facts the rtyper needs about an operation: the method a special method call
  // resolved to, the graphs a call reaches. Filled as annotation goes.
  const KnownFacts* factsOf(const flow::Variable* v) const;

  Lattice& lattice() { return lattice_; }
  Bookkeeper& bookkeeper() { return *bookkeeper_; }
  ParseContext& ctx() { return ctx_; }
  flow::FlowContext& flow() { return flow_; }
  load::Program& program() { return program_; }

  // -- For operation handlers (annotator/op_*.cpp) -----------------------------------------------
  // Queue a block for (re)annotation.
  void schedule(flow::Block* b);
  // Widen a slot with `ann` (coming from `origin`); queue its readers if it grew. False after
  // a conflict, which the caller reports (with the slot's origin and `why`).
  bool generalize(Slot& slot, const Annotation* ann, SourceLoc origin, Conflict* why);
  void addReader(Slot& slot, flow::Block* reader) { slot.readers.insert(reader); }
  // The graph for a function desc and a specialization key; made (and its start block queued)
  // on first use. `caller`/`callLoc` name who reached it first. Null if the graph failed to
  // build (the builder reported why).
  GraphInfo* graphFor(FunctionDesc* desc, const std::string& key, GraphInfo* caller, SourceLoc callLoc);
  // Passes argument annotations into a graph's start block (queueing it if they grew). False
  // after a conflict (reported here, at `callLoc`, once per calling operation `op`: blocks are
  // re-flowed many times).
  bool passArguments(GraphInfo* callee, const std::vector<const Annotation*>& args,
                     const std::vector<SourceLoc>& origins, SourceLoc callLoc, GraphInfo* caller,
                     const flow::Operation* op = nullptr);
  // The return annotation of a graph; registers `reader` to be re-flowed when it grows.
  const Annotation* returnOf(GraphInfo* callee, flow::Block* reader);
  void setFacts(flow::Variable* result, KnownFacts facts);
  // Facts on a bool that a link passes on (a try block ends its block after the isinstance
  // that made it) are renamed to the target's inputs, if the target has no other entry.
  void followFacts(GraphInfo* g, const flow::Link& link);
  // Type/value pairs: a caught exception's class and value (and what links pass them to), and
  // type(x) with x. `except C` tests the class; the pair lets it narrow the value too.
  void pairTypeWithValue(const flow::Variable* type, flow::Variable* value) { typePairs_[type] = value; }
  flow::Variable* valueOfType(const flow::Variable* type) const {
    auto it = typePairs_.find(type);
    return it == typePairs_.end() ? nullptr : it->second;
  }
  // What the rtyper needs to know about calls: the graphs an operation calls, and the special
  // method an operator resolved to on instances.
  void recordCallTarget(const flow::Operation* op, GraphInfo* callee);
  void recordSpecialMethod(const flow::Operation* op, std::string name) { specialMethods_[op] = std::move(name); }
  const std::vector<GraphInfo*>* callTargetsOf(const flow::Operation* op) const;
  // The parameters a call passes to one of its targets (recorded with the target).
  void recordCallInputs(const flow::Operation* op, GraphInfo* callee, std::vector<CallInput> inputs) {
    callInputs_[{op, callee}] = std::move(inputs);
  }
  const std::vector<CallInput>* callInputsOf(const flow::Operation* op, const GraphInfo* callee) const {
    auto it = callInputs_.find({op, callee});
    return it == callInputs_.end() ? nullptr : &it->second;
  }
  const std::string* specialMethodOf(const flow::Operation* op) const;

  // -- JIT hooks -----------------------------------------------------------------------------------
  // A JitDriver's get_printable_location, which the JIT calls at run time with the values of the
  // driver's greens: annotated as a call that each jit_merge_point of the driver makes
  // (op_misc.cpp). One graph per driver: false when `g` differs from the one recorded.
  bool recordPrintableLocation(const Desc* driver, GraphInfo* g);
  // Every driver with a get_printable_location and its graph, sorted by the driver's desc id.
  std::vector<std::pair<const Desc*, GraphInfo*>> printableLocations() const;
  // Once the fixpoint is reached, `g` (called by `op`, a jit_merge_point in `caller`) must
  // return a str: its final result is checked then, so that the error names it (`what` names
  // the function in the message).
  void checkReturnsStrLater(GraphInfo* caller, const flow::Operation* op, GraphInfo* g, std::string what);
  // Widens what `g` returns to include `ann` (a char result to str, as the JIT wants a str
  // from get_printable_location), re-flowing the readers of its result. False after a conflict
  // (reported).
  bool generalizeReturn(GraphInfo* g, const Annotation* ann, SourceLoc origin);

  // An error about code in `where` (its call chain is appended when the report is emitted).
  Report report(GraphInfo* where, SourceRange range, SourceLoc caret, DiagId id, const std::vector<DiagArg>& args);
  void addCallChain(DiagnosticEngine::Builder& d, GraphInfo* where);
  bool tooManyErrors() const { return errors_ >= options_.maxErrors; }
  // Remembers a read of an attribute nothing has stored yet; if nothing ever does, it is an
  // error once the fixpoint is reached.
  void notePendingRead(GraphInfo* g, const flow::Operation* op, ClassDef* cd, Symbol name) {
    pendingReads_.push_back({g, op, cd, name});
  }
  // Reports each operation's first error only (operations are re-flowed many times).
  bool firstErrorAt(const flow::Operation* op) { return reportedOps_.insert(op).second; }

private:
  struct BlockState {
    GraphInfo* graph = nullptr;
    bool queued = false;
    bool reached = false;
  };
  void flowBlock(flow::Block* b);
  // Annotates one operation; null after an error (reported), Impossible if not known yet.
  const Annotation* annotateOperation(GraphInfo* g, flow::Block* b, size_t index);
  bool setBinding(flow::Variable* v, const Annotation* ann, SourceLoc origin, GraphInfo* g);
  void followLink(GraphInfo* g, flow::Block* from, const flow::Link& link, const KnownFacts* facts,
                  bool factsIfTrue, const Annotation* excType, const Annotation* excValue);
  bool mergeInput(GraphInfo* g, flow::Block* target, size_t index, const Annotation* ann, SourceLoc origin,
                  SourceLoc linkLoc);
  bool checkRaisedValue(GraphInfo* g, flow::Block* from, const flow::Link& link, SourceLoc linkLoc);
  void reportInputConflict(GraphInfo* g, flow::Block* target, size_t index, const Annotation* ann,
                           SourceLoc origin, const Conflict& why, SourceLoc linkLoc);
  void drainMerged();
  bool annotateEntryPoint();
  bool checkEntryResult();

  ParseContext& ctx_;
  load::Program& program_;
  flow::FlowContext& flow_;
  AnnotatorOptions options_;
  Lattice lattice_;
  std::unique_ptr<Bookkeeper> bookkeeper_;
  std::deque<flow::Block*> queue_;
  std::unordered_map<const flow::Block*, BlockState> blocks_;
  std::unordered_map<const flow::Variable*, Binding> bindings_;
  std::unordered_map<const flow::Variable*, KnownFacts> facts_;
  std::unordered_map<const flow::Variable*, flow::Variable*> typePairs_;
  std::vector<std::unique_ptr<GraphInfo>> graphs_;
  std::unordered_map<const flow::Graph*, GraphInfo*> infoOf_;
  std::unordered_set<const flow::Operation*> reportedOps_;
  std::vector<const flow::Link*> followedLinks_; // every link flowed along, once
  std::unordered_set<const flow::Link*> followedSet_;
  std::unordered_set<const flow::Block*> reportedJoins_;
  std::unordered_set<const flow::Block*> reportedRaises_; // blocks whose `raise` was reported
  struct PendingRead {
    GraphInfo* graph;
    const flow::Operation* op;
    ClassDef* cd;
    Symbol name;
  };
  std::vector<PendingRead> pendingReads_;
  std::unordered_map<const flow::Operation*, std::vector<GraphInfo*>> callTargets_;
  std::unordered_map<const flow::Operation*, std::string> specialMethods_;
  std::map<std::pair<const flow::Operation*, const GraphInfo*>, std::vector<CallInput>> callInputs_;
  std::map<uint32_t, std::pair<const Desc*, GraphInfo*>> printableLocations_; // by driver desc id
  struct PendingStrResult {
    GraphInfo* caller;
    const flow::Operation* op;
    GraphInfo* graph;
    std::string what;
  };
  std::vector<PendingStrResult> pendingStrResults_; // one per operation, in the order first met
  std::unordered_set<const flow::Operation*> strResultOps_;
  void checkStrResults();
  // make_sure_not_resized on a list that is resized all the same.
  void checkNotResized();
  // Reports the pending reads of attributes still never assigned; true if it reported any.
  bool checkPendingReads();
  void checkUnboundReads();
  GraphInfo* entry_ = nullptr;
  unsigned errors_ = 0;
  friend class OpSite;
  friend class Report;
};

} // namespace kiln::ann

// The flow graph builder: a function's AST -> its flow graph (DESIGN.md §2.3).
//
// Built by abstract interpretation of the AST against the load-time objects: module globals,
// builtins and the closure cells of load-time closures are constants; pure operations on
// constants fold; `for` over range() becomes an integer loop; `try` becomes exception links
// on the operations that can raise; nested functions and lambdas become make_function with
// their captured cells; comprehensions are inlined; generator functions get a resume
// dispatch (flowgraph/generators.cpp). Constructs that cannot run in a translated program
// (eval/exec, writes to module globals, async, class statements, imports) are diagnostics.
#pragma once

#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "flowgraph/graph.h"
#include "frontend/load_graph.h"
#include "frontend/parser.h"

namespace kiln::flow {

struct Scope;

// Everything the graphs of one program share.
class FlowContext {
public:
  FlowContext(ParseContext& ctx, load::Program& program);
  ~FlowContext();

  ParseContext& ctx;
  load::Program& program;
  // Wall time spent building graphs so far (for --timings: the annotator builds on demand).
  double buildSeconds = 0;
  // Verify every graph after building it and after each cleanup step (STYLE.md §5); tests
  // and --verify-each turn it on. A failure is an internal error naming the step.
  bool verifyEach = false;
  // Checks `graph` if verifyEach is on; false (after an internal-error diagnostic) if broken.
  bool verifyAfter(const Graph& graph, std::string_view step);

  // The graph of a function (built on first request); null after a diagnostic.
  Graph* graphFor(load::Function* function);
  // A new graph of `f`, not the one graphFor() caches, named `name`: a specialization of f.
  // Null after a diagnostic.
  Graph* buildVariant(load::Function* f, std::string name);
  // Builds the graph of every function the program exported (not the shallow ones) and of
  // every nested function inside them. Returns false if any had errors.
  bool buildAll();

  const std::vector<std::unique_ptr<Graph>>& graphs() const { return graphs_; }
  // The name of f's graph: `module.qualname`, with `.2`, `.3`... after it for the second and
  // later functions of one name (two lambdas of one function share their qualname, and so do
  // the functions a load-time factory makes), as graph names must be unique. Load-time
  // functions are numbered in load order, nested ones in the order they are met; a nested
  // function's name starts with its outer function's graph name. The qualname itself, which
  // messages show, stays CPython's.
  const std::string& graphName(const load::Function* f);
  // Registers a graph made by a transform (a generator's __next__) for a synthetic function.
  void adoptGraph(load::Function* function, std::unique_ptr<Graph> graph);

  // -- For the builder ------------------------------------------------------------------------
  // The function object for a def or lambda nested in run-time code: one per node and per
  // outermost function object (the load-time functions of one def, made by a factory, each
  // have their own closure and so their own nested functions).
  load::Function* templateFor(ast::Node* def, load::Function* outer, Scope* scope);
  Scope* scopeOfTemplate(const load::Function* f) const;
  // A builtin object by name ("NameError", "StopIteration"): the program's, or a new one.
  load::Object* builtin(std::string_view name);
  Symbol intern(std::string_view s) { return ctx.interner.intern(s); }

private:
  std::unique_ptr<Graph> buildGraph(load::Function* f);
  std::string claimGraphName(const std::string& base);

  std::vector<std::unique_ptr<Graph>> graphs_;
  std::unordered_map<const load::Function*, Graph*> graphOf_;
  std::unordered_map<const load::Function*, bool> failed_;
  std::map<std::pair<const ast::Node*, const load::Function*>, load::Function*> templates_;
  std::vector<load::Function*> templateOrder_; // as made: buildAll's order
  std::unordered_map<const load::Function*, std::string> graphNames_;
  std::unordered_set<std::string> usedGraphNames_;
  std::unordered_map<const load::Function*, Scope*> templateScopes_;
  std::unordered_map<const load::Function*, load::Function*> templateRoots_;
  std::vector<std::unique_ptr<Scope>> scopeTrees_;
  std::unordered_map<std::string, load::Object*> builtins_;
  friend class GraphBuilder;
};

} // namespace kiln::flow

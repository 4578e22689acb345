// Stack-overflow checks (DESIGN.md §2.6 step 2): deep recursion must become a RecursionError
// the program can catch, never a segfault. Only a cycle of the call graph can recurse without
// bound, so only the graphs in one get a check, at their entry: a compare of the stack pointer
// with a limit (runtime: kiln_stack_check), which the exception transform then treats as any
// operation that can raise.
#include "transforms/transforms.h"

namespace kiln::xf {

size_t insertStackChecks(const CallGraph& calls, ll::TypeContext& types) {
  std::vector<ll::Graph*> recursive = calls.recursiveGraphs();
  for (ll::Graph* g : recursive) {
    ll::Block* start = g->startBlock();
    ll::Operation check;
    check.op = ll::Op::stack_check;
    check.result = g->newVariable(types.voidType());
    check.loc = start->loc;
    start->operations.insert(start->operations.begin(), std::move(check));
  }
  return recursive.size();
}

} // namespace kiln::xf

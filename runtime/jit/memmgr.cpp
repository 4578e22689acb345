// Freeing old loops (`loop_longevity`, docs/jit.md "Memory"). A program that moves from phase to
// phase leaves loops behind that will not run again; their machine code and resume data would
// stay forever. Time is counted in generations: one per compiled trace. A loop is *used* when C++
// enters it or leaves it through a guard of its tree (its own or a bridge's); every few
// generations, the loops not used for `loop_longevity` generations are freed, unless something
// that stays can still reach them:
//   - roots: the loops used recently, and the loop each running trace was entered at (a trace
//     running now is somewhere in what that loop reaches);
//   - from a trace: its bridges, its parent (a bridge's loop), and the loop its jump goes to.
// Everything else goes: its machine code (the backend's part), its trace and resume data, and
// the warm state's pointer to it (its green key counts again and may be traced anew). The Loop
// itself stays, marked freed, so that numbers in logs stay meaningful.
//
// Nothing else holds a Loop across a compile: the recorder's parent (a bridge's) was used a
// moment ago, the outcome a recorder hands back names the new trace or the loop it jumps to, and
// a guard being left through has been copied into the blackhole's frames before anything runs.
#include <algorithm>

#include "jit_internal.h"

namespace kiln::jitrt {

std::vector<Loop*>& allLoops();

namespace {

uint64_t generation = 0;
std::vector<Loop*> running;

Loop* rootOf(Loop* l) {
  while (l->parent) l = l->parent;
  return l;
}

void release(Loop* l) {
  if (l->freed) return;
  if (l->mc) freeMachineCode(l);
  if (!l->isBridge && !l->greenKey.empty() && compiledLoopFor(l->greenKey.data(), l->greenKey.size()) == l)
    setCompiledLoop(l->greenKey, nullptr);
  stats.tracedOps -= std::min<uint64_t>(stats.tracedOps, l->noptOps);
  l->trace = Trace{};
  std::vector<Loop::Op>().swap(l->code);
  std::vector<uint32_t>().swap(l->operands);
  std::vector<std::vector<uint32_t>>().swap(l->failRegs);
  std::vector<char>().swap(l->valueKinds);
  l->freed = true;
  ++(l->isBridge ? stats.freedBridges : stats.freedLoops);
}

void collect() {
  std::vector<Loop*>& loops = allLoops();
  std::vector<bool> live(loops.size(), false);
  std::vector<Loop*> work;
  auto mark = [&](Loop* l) {
    if (l && !l->freed && !live[l->number]) {
      live[l->number] = true;
      work.push_back(l);
    }
  };
  for (Loop* l : loops)
    if (!l->isBridge && generation - l->generation <= params.loopLongevity) mark(l);
  for (Loop* l : running) mark(l);
  while (!work.empty()) {
    Loop* l = work.back();
    work.pop_back();
    mark(l->parent);
    for (const GuardInfo& g : l->trace.guards) mark(g.bridge);
    if (l->jumpTarget != UINT32_MAX && l->jumpTarget < loops.size()) mark(loops[l->jumpTarget]);
  }
  for (Loop* l : loops)
    if (!l->freed && !live[l->number]) release(l);
}

} // namespace

void keepAlive(Loop* loop) { rootOf(loop)->generation = generation; }

void traceEntered(Loop* loop) {
  keepAlive(loop);
  running.push_back(loop);
}

void traceLeft() { running.pop_back(); }

void afterCompile(Loop* loop) {
  ++generation;
  keepAlive(loop);
  if (params.loopLongevity == 0) return;
  uint64_t every = std::max<uint64_t>(1, params.loopLongevity / 4);
  if (generation % every == 0) collect();
}

} // namespace kiln::jitrt

// The order in which dumps list the blocks of a graph, shared by the flow graphs and the
// low-level graphs (any block type with `exits`, each having a `target`).
#pragma once

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace kiln {

// Blocks reachable from `start` in reverse postorder of a depth-first search, then the return
// and except blocks (always last, return first, so dumps end the same way).
template <class Block> std::vector<Block*> blocksInReversePostorder(Block* start, Block* ret, Block* exc) {
  std::vector<Block*> postorder;
  std::unordered_set<const Block*> seen{ret, exc};
  struct Frame {
    Block* block;
    size_t next;
  };
  std::vector<Frame> stack;
  if (start && seen.insert(start).second) stack.push_back({start, 0});
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.next < f.block->exits.size()) {
      Block* target = f.block->exits[f.next++].target;
      if (seen.insert(target).second) stack.push_back({target, 0});
      continue;
    }
    postorder.push_back(f.block);
    stack.pop_back();
  }
  std::reverse(postorder.begin(), postorder.end());
  postorder.push_back(ret);
  postorder.push_back(exc);
  return postorder;
}

} // namespace kiln

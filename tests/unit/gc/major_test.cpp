// The gen collector's major collection (runtime/gc/gen/major.cpp, collect.cpp): incremental
// marking stays correct while the program moves references between steps, prebuilt objects keep
// what they point to alive, majors start by themselves, memory goes back to the OS, and the heap
// limit raises MemoryError and recovers.
#include <vector>

#include "tests/unit/gc/gc_test.h"

namespace {

using kiln::gc::gHeap;

using MajorCollection = GcTest;

// A chain of `n` nodes linked by `left`, values 0..n-1 from its head, on the shadow stack at the
// returned slot; promoted (old) when `promote`.
void** pushChain(int64_t n, bool promote = true) {
  void** slot = ssPush(nullptr);
  for (int64_t i = n - 1; i >= 0; --i) {
    Node* node = newNode(i);
    node->left = static_cast<Node*>(*slot); // node is young: no barrier
    *slot = node;
  }
  if (promote) {
    EXPECT_TRUE(minorCollect());
  }
  return slot;
}

std::vector<Node*> nodesOf(Node* head) {
  std::vector<Node*> nodes;
  for (; head; head = head->left)
    nodes.push_back(head);
  return nodes;
}

TEST_F(MajorCollection, FullCollectionFreesGarbageOnly) {
  void** live = pushChain(1000);
  void** dead = pushChain(1000);
  std::vector<Node*> liveNodes = nodesOf(static_cast<Node*>(*live));
  std::vector<Node*> deadNodes = nodesOf(static_cast<Node*>(*dead));
  ssPop(); // the dead chain
  int64_t majors = kiln_gc_major_count();
  ASSERT_TRUE(fullCollect());
  EXPECT_EQ(kiln_gc_major_count(), majors + 1);
  for (size_t i = 0; i < liveNodes.size(); ++i) {
    ASSERT_TRUE(isOldObject(liveNodes[i]));
    EXPECT_EQ(liveNodes[i]->value, int64_t(i));
    EXPECT_EQ(headerFlags(liveNodes[i]) & kiln::gc::kMarked, 0u) << "the sweep clears the marks";
  }
  for (Node* n : deadNodes)
    EXPECT_FALSE(isOldObject(n));
  ssPop();
}

TEST_F(MajorCollection, IncrementalMarkingWithMutationsBetweenSteps) {
  const int64_t n = 2000;
  void** root = pushChain(n);
  void** garbage = pushChain(500);
  std::vector<Node*> chain = nodesOf(static_cast<Node*>(*root));
  std::vector<Node*> dead = nodesOf(static_cast<Node*>(*garbage));
  ssPop(); // garbage
  ASSERT_EQ(chain.size(), size_t(n));
  Node* head = chain[0];
  const size_t kStep = 10 * (8 + sizeof(Node)); // about ten nodes per step

  kiln::gc::startMarking();
  kiln::gc::markStep(kStep);
  ASSERT_TRUE(gHeap.marking);
  EXPECT_NE(headerFlags(head) & kiln::gc::kMarked, 0u);
  EXPECT_EQ(headerFlags(chain[1500]) & kiln::gc::kMarked, 0u);

  // 1. The tail moves under the (black) head: only the barrier tells the collector.
  setLeft(chain[1000], nullptr);
  setRight(head, chain[1001]);
  // 2. A young node hangs from a black node and holds the last part of the chain.
  Node* young = newNode(-1);
  young->left = chain[1500];
  setLeft(chain[1499], nullptr);
  setRight(chain[5], young);
  // 3. A part of the chain only the shadow stack holds.
  void** rootOnly = ssPush(chain[801]);
  setLeft(chain[800], nullptr);
  // 4. Garbage made during marking: promoted (black) now, freed by the next major.
  void** floating = ssPush(newNode(-2));

  kiln::gc::minorCollection();
  ssPop(); // floating
  std::vector<std::string> problems =
      kiln::gc::verifyHeap(); // includes "no black-to-white pointers"
  ASSERT_TRUE(problems.empty()) << joinProblems(problems);
  int64_t majors = kiln_gc_major_count();
  int steps = 1;
  while (gHeap.marking) {
    kiln::gc::markStep(kStep);
    ++steps;
    if (!gHeap.marking) break; // swept: allocating now could reuse the dead nodes' memory
    Node* again = newNode(-3); // more young objects hanging from black ones between steps
    setRight(chain[10 + steps % 700],
             again); // not head's nor chain[5]'s right: those hold parts of the chain
    kiln::gc::minorCollection();
    problems = kiln::gc::verifyHeap();
    ASSERT_TRUE(problems.empty()) << "after step " << steps << ":\n" << joinProblems(problems);
  }
  EXPECT_GT(steps, 50) << "the marking was incremental";
  EXPECT_EQ(kiln_gc_major_count(), majors + 1);
  for (int64_t i = 0; i < n; ++i) {
    ASSERT_TRUE(isOldObject(chain[i])) << "live node " << i << " was freed";
    EXPECT_EQ(chain[i]->value, i);
  }
  EXPECT_EQ(static_cast<Node*>(head->right->left), chain[1002]);
  EXPECT_EQ(chain[5]->right->left, chain[1500]);
  for (Node* d : dead)
    EXPECT_FALSE(isOldObject(d));
  EXPECT_EQ(*rootOnly, chain[801]);
  ssPop(2);
  (void)floating;
}

TEST_F(MajorCollection, MajorsStartByThemselvesAndAreIncremental) {
  // Old garbage keeps coming (trees that outlive one nursery), a ring of 8 of them stays live.
  void** big = pushChain(40000); // live data for several marking steps
  PtrArray* ring = newPtrArray(8);
  void** slot = ssPush(ring);
  int64_t majors = kiln_gc_major_count();
  int minorsWhileMarking = 0;
  for (int i = 0; i < 100000 && kiln_gc_major_count() == majors; ++i) {
    void** tree = pushChain(300, false);
    ring = static_cast<PtrArray*>(*slot);
    setItem(ring, i % 8, *tree);
    ssPop();
    if (gHeap.marking) ++minorsWhileMarking;
  }
  EXPECT_EQ(kiln_gc_major_count(), majors + 1);
  EXPECT_GT(minorsWhileMarking, 1);
  ring = static_cast<PtrArray*>(*slot);
  for (int i = 0; i < 8; ++i)
    EXPECT_EQ(nodesOf(static_cast<Node*>(ring->items[i])).size(), 300u);
  EXPECT_EQ(nodesOf(static_cast<Node*>(*big)).size(), 40000u);
  ssPop(2);
}

kiln_gc_prebuilt<Node> gPrebuilt = {uint64_t(kTidNode) | KILN_GCFLAG_PREBUILT |
                                        KILN_GCFLAG_TRACK_YOUNG_PTRS,
                                    {0, nullptr, nullptr}};

TEST_F(MajorCollection, PrebuiltObjectsKeepHeapObjectsAlive) {
  Node* p = &gPrebuilt.object;
  size_t listed = gHeap.prebuiltRoots.size();
  setLeft(p, newNode(7));
  EXPECT_EQ(gHeap.prebuiltRoots.size(), listed + 1);
  ASSERT_TRUE(fullCollect());
  EXPECT_TRUE(isOldObject(p->left));
  EXPECT_EQ(p->left->value, 7);
  EXPECT_NE(headerFlags(p) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u) << "tracked again after the minor";
  ASSERT_TRUE(fullCollect());
  EXPECT_TRUE(isOldObject(p->left));

  void** slot = pushChain(3);
  Node* old = static_cast<Node*>(*slot);
  setRight(p, old);
  ssPop();
  EXPECT_EQ(gHeap.prebuiltRoots.size(), listed + 1) << "listed once";
  ASSERT_TRUE(fullCollect());
  ASSERT_TRUE(fullCollect());
  ASSERT_TRUE(isOldObject(old));
  EXPECT_EQ(nodesOf(p->right).size(), 3u);
  EXPECT_EQ(headerFlags(p) & kiln::gc::kMarked, 0u) << "prebuilt objects are never marked";
  Node* left = p->left;
  p->left = p->right = nullptr; // stores of null need no barrier
  ASSERT_TRUE(fullCollect());
  EXPECT_FALSE(isOldObject(left));
}

TEST_F(MajorCollection, MemoryGoesBackToTheOsWhenTheHeapShrinks) {
  void** big = pushChain(200000); // about 6 MB old
  size_t inUse = gHeap.old->bytesInUse();
  size_t released = gHeap.old->bytesReleased();
  ssPop();
  ASSERT_TRUE(fullCollect());
  EXPECT_LT(gHeap.old->bytesInUse(), inUse / 4);
  EXPECT_GT(gHeap.old->bytesReleased(), released + (2u << 20));
  EXPECT_LT(kiln_gc_heap_size(), int64_t(inUse));
  (void)big;
}

class LimitedHeap : public GcTest {
  kiln::gc::Config config() override {
    kiln::gc::Config c = GcTest::config();
    c.maxHeap = int64_t(c.nurseryBytes) + (1 << 20);
    return c;
  }
};

TEST_F(LimitedHeap, MemoryErrorThenRecovery) {
  void** slot = ssPush(nullptr);
  Node* node = nullptr;
  int64_t count = 0;
  for (; count < 10000000; ++count) {
    node = newNode(count);
    if (!node) break;
    node->left = static_cast<Node*>(*slot);
    *slot = node;
  }
  ASSERT_EQ(node, nullptr) << "never ran out";
  EXPECT_GT(count, 1000);
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_MemoryError));
  kiln_exc_clear();
  std::vector<std::string> problems = kiln::gc::verifyHeap();
  EXPECT_TRUE(problems.empty()) << joinProblems(problems);
  EXPECT_EQ(nodesOf(static_cast<Node*>(*slot)).size(), size_t(count));

  *slot = nullptr; // frees the list
  for (int64_t i = 0; i < count; ++i) {
    node = newNode(i);
    ASSERT_TRUE(node) << "allocation " << i << " failed after freeing";
    node->left = i % 100 ? static_cast<Node*>(*slot) : nullptr;
    *slot = node;
  }
  EXPECT_EQ(newPtrArray(int64_t(1) << 20), nullptr) << "a large object over the limit";
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_MemoryError));
  kiln_exc_clear();
  ssPop();
}

TEST_F(MajorCollection, CollectWaitsForTheSafePoint) {
  int64_t majors = kiln_gc_major_count();
  kiln_gc_collect();
  EXPECT_TRUE(kiln_gc_pending);
  EXPECT_EQ(kiln_gc_major_count(), majors);
  ASSERT_TRUE(kiln_gc_collect_pending());
  EXPECT_EQ(kiln_gc_major_count(), majors + 1);
  EXPECT_TRUE(kiln_gc_collect_pending()) << "nothing pending: nothing done";
  EXPECT_EQ(kiln_gc_major_count(), majors + 1);
}

} // namespace

// The gen collector's minor collection (runtime/gc/gen/minor.cpp) and write barrier
// (barrier.cpp): copying moves young objects and updates every root kind, the remembered set
// keeps what old objects point to, card marking scans only dirty cards, and the verifier
// catches a missing barrier.
#include <set>

#include "tests/unit/gc/gc_test.h"

namespace {

using kiln::gc::gHeap;
using kiln::gc::isYoung;

using MinorCollection = GcTest;

TEST_F(MinorCollection, MovesObjectsAndUpdatesShadowStackValuesAndLocalRoots) {
  Node* a = newNode(1);
  Node* b = newNode(2);
  Node* c = newNode(3);
  a->left = b;
  b->right = c;
  c->left = a; // a cycle
  Node* local = c;
  Node* none = nullptr;
  void** slot = ssPush(a);
  {
    auto roots = kiln_roots(local, none);
    ASSERT_TRUE(minorCollect());
  }
  auto* a2 = static_cast<Node*>(*slot);
  EXPECT_NE(a2, a);
  EXPECT_TRUE(isOldObject(a2));
  EXPECT_EQ(a2->value, 1);
  EXPECT_EQ(a2->left->value, 2);
  EXPECT_EQ(a2->left->right, local) << "the local root was updated to the same copy";
  EXPECT_EQ(local->value, 3);
  EXPECT_EQ(local->left, a2);
  EXPECT_EQ(none, nullptr);
  EXPECT_EQ(kiln_gc_nursery_free, gHeap.nurseryStart);
  EXPECT_NE(KILN_GC_HEADER(a2) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u);
  ssPop();
}

TEST_F(MinorCollection, ReusesTheNurseryZeroedAndFreesNothingOld) {
  Node* garbage = newNode(9);
  garbage->left = garbage;
  size_t heapBefore = gHeap.old->bytesInUse();
  ASSERT_TRUE(minorCollect());
  EXPECT_EQ(gHeap.old->bytesInUse(), heapBefore) << "nothing reachable: nothing promoted";
  // The next object takes the dead one's place, and comes back zeroed all the same.
  Node* again = static_cast<Node*>(allocate(kTidNode));
  EXPECT_EQ(again, garbage);
  EXPECT_EQ(again->value, 0);
  EXPECT_EQ(again->left, nullptr);
}

TEST_F(MinorCollection, RegisteredRootsAreUpdated) {
  static Node* global = nullptr;
  static bool registered = false;
  if (!registered) kiln_gc_add_root(&global);
  registered = true;
  global = newNode(11);
  ASSERT_TRUE(minorCollect());
  EXPECT_TRUE(isOldObject(global));
  EXPECT_EQ(global->value, 11);
  global = nullptr;
}

TEST_F(MinorCollection, VariableSizedItemsAndFixedFieldsAreTraced) {
  auto* t = static_cast<Table*>(allocate(kTidTable, 4));
  t->length = 4;
  t->extra = newNode(100);
  for (int i = 0; i < 4; ++i) {
    t->items[i].key = i;
    t->items[i].value = newNode(i);
  }
  void** slot = ssPush(t);
  ASSERT_TRUE(minorCollect());
  t = static_cast<Table*>(*slot);
  EXPECT_EQ(static_cast<Node*>(t->extra)->value, 100);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(t->items[i].key, i);
    EXPECT_TRUE(isOldObject(t->items[i].value));
    EXPECT_EQ(static_cast<Node*>(t->items[i].value)->value, i);
  }
  ssPop();
}

// An old node (promoted by a minor collection), held on the shadow stack at *slot.
Node* oldNode(int64_t value, void**& slot) {
  slot = ssPush(newNode(value));
  EXPECT_TRUE(minorCollect());
  return static_cast<Node*>(*slot);
}

TEST_F(MinorCollection, TheRememberedSetKeepsWhatOldObjectsPointTo) {
  void** slot;
  Node* old = oldNode(1, slot);
  Node* young = newNode(2);
  setLeft(old, young);
  EXPECT_EQ(KILN_GC_HEADER(old) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u);
  ASSERT_EQ(gHeap.remembered.size(), 1u);
  setRight(old, young); // no second entry: the flag is clear
  EXPECT_EQ(gHeap.remembered.size(), 1u);
  ASSERT_TRUE(minorCollect());
  EXPECT_TRUE(gHeap.remembered.empty());
  EXPECT_NE(KILN_GC_HEADER(old) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u);
  EXPECT_TRUE(isOldObject(old->left));
  EXPECT_EQ(old->left, old->right);
  EXPECT_EQ(old->left->value, 2);
  ssPop();
}

TEST_F(MinorCollection, TheVerifierCatchesAMissingBarrier) {
  void** slot;
  Node* old = oldNode(1, slot);
  Node* young = newNode(2);
  old->left = young; // no barrier
  std::vector<std::string> problems = kiln::gc::verifyHeap();
  ASSERT_EQ(problems.size(), 1u) << joinProblems(problems);
  EXPECT_NE(problems[0].find("missing write barrier"), std::string::npos) << problems[0];
  EXPECT_NE(problems[0].find("test.Node"), std::string::npos) << problems[0];
  EXPECT_NE(problems[0].find("field +8"), std::string::npos) << problems[0];
  old->left = nullptr;
  EXPECT_TRUE(kiln::gc::verifyHeap().empty());
  ssPop();
}

TEST_F(MinorCollection, TheVerifierCatchesDanglingAndBadPointers) {
  void** slot;
  Node* old = oldNode(1, slot);
  static uint64_t notAnObject[4] = {0, 0, 0, 0};
  kiln_gc_write_barrier(old);
  old->left = reinterpret_cast<Node*>(&notAnObject[1]);
  std::vector<std::string> problems = kiln::gc::verifyHeap();
  ASSERT_EQ(problems.size(), 1u) << joinProblems(problems);
  EXPECT_NE(problems[0].find("points to no object"), std::string::npos) << problems[0];
  old->left = nullptr;
  ssPop();
}

TEST_F(MinorCollection, CardMarkingScansOnlyDirtyCards) {
  const int64_t n = 100 * kiln::gc::kCardItems;
  PtrArray* a = newPtrArray(n);
  ASSERT_TRUE(isOldObject(a));
  void** slot = ssPush(a);
  Node* kept = newNode(5);
  a = static_cast<PtrArray*>(*slot);
  setItem(a, 300, kept); // card 2
  EXPECT_NE(KILN_GC_HEADER(a) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u) << "card arrays stay tracked";
  EXPECT_EQ(gHeap.cardArrays.size(), 1u);
  Node* unseen = newNode(6);
  a->items[9000] = unseen; // no barrier: its card stays clean, so the minor must not look at it
  EXPECT_FALSE(kiln::gc::verifyHeap().empty());
  uint64_t scannedBefore = gHeap.cardItemsScanned;
  gHeap.config.verify = false; // the stale pointer is there on purpose
  ASSERT_TRUE(minorCollect());
  gHeap.config.verify = true;
  EXPECT_EQ(gHeap.cardItemsScanned - scannedBefore, uint64_t(kiln::gc::kCardItems));
  EXPECT_TRUE(isOldObject(a->items[300]));
  EXPECT_EQ(static_cast<Node*>(a->items[300])->value, 5);
  EXPECT_EQ(a->items[9000], unseen) << "a clean card is not scanned";
  EXPECT_TRUE(isYoung(a->items[9000]));
  a->items[9000] = nullptr;
  EXPECT_TRUE(gHeap.cardArrays.empty());
  uint8_t* cards = gHeap.old->cards(&KILN_GC_HEADER(a));
  for (int64_t c = 0; c < 100; ++c)
    EXPECT_EQ(cards[c], 0) << c;
  ssPop();
}

TEST_F(MinorCollection, TheWholeObjectBarrierOnACardArrayRemembersAllOfIt) {
  PtrArray* a = newPtrArray(10000);
  void** slot = ssPush(a);
  Node* young = newNode(8);
  a = static_cast<PtrArray*>(*slot);
  kiln_gc_write_barrier(a); // what runtime helpers call before moving items around
  a->items[9999] = young;
  a->items[0] = young;
  ASSERT_TRUE(minorCollect());
  EXPECT_TRUE(isOldObject(a->items[0]));
  EXPECT_EQ(a->items[0], a->items[9999]);
  EXPECT_NE(KILN_GC_HEADER(a) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u);
  ssPop();
}

// A complete binary tree built as generated code would (the node on the shadow stack across the
// allocations of its subtrees, which may collect; stores through the barrier).
Node* buildTree(int depth) {
  Node* n = newNode(depth);
  if (depth == 0) return n;
  void** slot = ssPush(n);
  Node* left = buildTree(depth - 1);
  setLeft(static_cast<Node*>(*slot), left);
  Node* right = buildTree(depth - 1);
  setRight(static_cast<Node*>(*slot), right);
  n = static_cast<Node*>(*slot);
  ssPop();
  return n;
}

int64_t checkTree(const Node* n, int depth) {
  if (!n) return 0;
  EXPECT_EQ(n->value, depth);
  if (depth == 0) return 1;
  return 1 + checkTree(n->left, depth - 1) + checkTree(n->right, depth - 1);
}

TEST_F(MinorCollection, TreesBuiltAcrossCollectionsKeepTheirShape) {
  int64_t minors = kiln_gc_minor_count();
  Node* tree = buildTree(14); // 32767 nodes, several nurseries
  EXPECT_GT(kiln_gc_minor_count(), minors + 2);
  EXPECT_EQ(checkTree(tree, 14), (1 << 15) - 1);
  void** slot = ssPush(tree);
  ASSERT_TRUE(minorCollect());
  EXPECT_EQ(checkTree(static_cast<Node*>(*slot), 14), (1 << 15) - 1);
  ssPop();
}

} // namespace

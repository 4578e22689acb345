// The gen collector's allocation (runtime/gc/gen/alloc.cpp): the fast path in the nursery, the
// runtime helpers (old and remembered when the nursery is full, never collecting), large
// objects, the slow path's collection, the configuration, stress mode.
#include <cstring>

#include "tests/unit/gc/gc_test.h"

namespace {

using kiln::gc::gHeap;
using kiln::gc::isYoung;

using Allocation = GcTest;

TEST_F(Allocation, FastPathBumpsInTheZeroedNursery) {
  char* before = kiln_gc_nursery_free;
  Node* a = newNode(1);
  Node* b = newNode(2);
  ASSERT_TRUE(a && b);
  EXPECT_TRUE(isYoung(a));
  EXPECT_EQ(reinterpret_cast<char*>(a), before + 8);
  EXPECT_EQ(reinterpret_cast<char*>(b), before + 8 + 8 + sizeof(Node));
  EXPECT_EQ(KILN_GC_HEADER(a), uint64_t(kTidNode));
  EXPECT_EQ(a->left, nullptr);
  EXPECT_EQ(a->right, nullptr);
  EXPECT_EQ(kiln_gc_nursery_free, before + 2 * (8 + sizeof(Node)));
}

TEST_F(Allocation, HelpersSetTheLengthAndZeroFill) {
  auto* bytes = static_cast<Bytes*>(kiln_gc_alloc_varsize(kTidBytes, 13));
  EXPECT_EQ(bytes->length, 13);
  for (int i = 0; i < 13; ++i)
    EXPECT_EQ(bytes->items[i], 0);
  auto* table = static_cast<Table*>(kiln_gc_alloc_varsize(kTidTable, 3));
  EXPECT_EQ(table->length, 3);
  EXPECT_TRUE(isYoung(table));
  auto* node = static_cast<Node*>(kiln_gc_alloc(kTidNode));
  EXPECT_TRUE(isYoung(node));
  EXPECT_FALSE(kiln_gc_pending);
}

TEST_F(Allocation, HelpersAllocateOldAndRememberedWhenTheNurseryIsFull) {
  int64_t minors = kiln_gc_minor_count();
  void* holder = nullptr;
  while (isYoung(holder = kiln_gc_alloc(kTidNode))) {
  }
  EXPECT_EQ(kiln_gc_minor_count(), minors) << "a helper never collects";
  EXPECT_TRUE(kiln_gc_pending);
  EXPECT_TRUE(isOldObject(holder));
  EXPECT_EQ(KILN_GC_HEADER(holder) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u)
      << "remembered: stores need no barrier";
  void** slot = ssPush(holder);
  ASSERT_TRUE(kiln_gc_collect_pending()); // generated code's safe point after the helper
  EXPECT_EQ(kiln_gc_minor_count(), minors + 1);
  EXPECT_FALSE(kiln_gc_pending);
  EXPECT_EQ(*slot, holder) << "old objects do not move";
  EXPECT_NE(KILN_GC_HEADER(holder) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u) << "scanned: tracked again";
  ssPop();
}

TEST_F(Allocation, OldHelperObjectsKeepYoungObjectsStoredWithoutBarrier) {
  // A young object the helper made first, then the holder it had to allocate old (the nursery
  // was full), the young one stored into it without a barrier, as helpers do.
  while (size_t(kiln_gc_nursery_top - kiln_gc_nursery_free) >= 2 * (8 + sizeof(Node)))
    kiln_gc_alloc(kTidNode);
  auto* young = static_cast<Node*>(kiln_gc_alloc(kTidNode));
  ASSERT_TRUE(isYoung(young));
  young->value = 77;
  Node* holder = nullptr;
  while (isYoung(holder = static_cast<Node*>(kiln_gc_alloc(kTidNode)))) {
  }
  holder->left = young;
  void** slot = ssPush(holder);
  EXPECT_TRUE(kiln::gc::verifyHeap().empty());
  ASSERT_TRUE(kiln_gc_collect_pending());
  holder = static_cast<Node*>(*slot);
  EXPECT_EQ(holder->left->value, 77);
  EXPECT_TRUE(isOldObject(holder->left));
  ssPop();
}

TEST_F(Allocation, SlowPathCollectsWhenTheNurseryIsFull) {
  int64_t minors = kiln_gc_minor_count();
  Node* keep = newNode(42);
  void** slot = ssPush(keep);
  while (kiln_gc_minor_count() == minors)
    ASSERT_TRUE(newNode(0));
  Node* moved = static_cast<Node*>(*slot);
  EXPECT_NE(moved, keep);
  EXPECT_EQ(moved->value, 42);
  EXPECT_TRUE(isOldObject(moved));
  ssPop();
}

TEST_F(Allocation, LargeObjectsAreOldWithTheBarrierFlagAndCards) {
  int64_t n = 10000;
  PtrArray* a = newPtrArray(n);
  ASSERT_TRUE(a);
  EXPECT_TRUE(isOldObject(a));
  EXPECT_EQ(a->length, n);
  EXPECT_NE(KILN_GC_HEADER(a) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u);
  EXPECT_NE(KILN_GC_HEADER(a) & kiln::gc::kHasCards, 0u);
  EXPECT_NE(gHeap.old->cards(&KILN_GC_HEADER(a)), nullptr);
  auto* b = static_cast<Bytes*>(allocate(kTidBytes, 100000));
  EXPECT_TRUE(isOldObject(b));
  EXPECT_EQ(KILN_GC_HEADER(b) & kiln::gc::kHasCards, 0u) << "no pointers, no cards";
  PtrArray* small = newPtrArray(100);
  EXPECT_TRUE(isYoung(small));
}

TEST_F(Allocation, HelperLargeArraysGetCardsAndAreRemembered) {
  auto* a = static_cast<PtrArray*>(kiln_gc_alloc_varsize(kTidPtrArray, 10000));
  EXPECT_TRUE(isOldObject(a));
  EXPECT_NE(KILN_GC_HEADER(a) & kiln::gc::kHasCards, 0u);
  EXPECT_EQ(KILN_GC_HEADER(a) & KILN_GCFLAG_TRACK_YOUNG_PTRS, 0u);
  void** slot = ssPush(a);
  Node* young = newNode(5);
  a = static_cast<PtrArray*>(*slot);
  a->items[9999] = young; // no barrier: the helper just allocated it
  ASSERT_TRUE(minorCollect());
  a = static_cast<PtrArray*>(*slot);
  EXPECT_EQ(static_cast<Node*>(a->items[9999])->value, 5);
  EXPECT_TRUE(isOldObject(a->items[9999]));
  ssPop();
}

TEST_F(Allocation, HugeLengthsRaiseMemoryError) {
  EXPECT_EQ(kiln_gc_alloc_slow(kTidPtrArray, int64_t(1) << 60), nullptr);
  EXPECT_TRUE(kiln_exc_matches(KILN_EXC_MemoryError));
  kiln_exc_clear();
}

class StressAllocation : public GcTest {
  kiln::gc::Config config() override {
    kiln::gc::Config c = GcTest::config();
    c.stress = true;
    return c;
  }
};

TEST_F(StressAllocation, EveryAllocationCollects) {
  EXPECT_EQ(kiln_gc_nursery_top, kiln_gc_nursery_free);
  EXPECT_EQ(kiln_gc_fast_alloc(kTidNode, 8 + sizeof(Node)), nullptr);
  int64_t minors = kiln_gc_minor_count();
  int64_t majors = kiln_gc_major_count();
  Node* list = nullptr;
  void** slot = ssPush(nullptr);
  for (int i = 0; i < 40; ++i) {
    Node* n = newNode(i);
    list = static_cast<Node*>(*slot);
    n->left = list; // n is young: no barrier
    *slot = n;
  }
  EXPECT_EQ(kiln_gc_minor_count(), minors + 40);
  EXPECT_GE(kiln_gc_major_count(), majors + 2) << "every 16th minor finishes a major";
  int64_t expected = 39;
  for (Node* n = static_cast<Node*>(*slot); n; n = n->left)
    EXPECT_EQ(n->value, expected--);
  EXPECT_EQ(expected, -1);
  ssPop();
  kiln_gc_alloc(kTidNode);
  EXPECT_TRUE(kiln_gc_pending) << "stress: every helper allocation asks for a collection";
  ASSERT_TRUE(kiln_gc_collect_pending());
}

} // namespace

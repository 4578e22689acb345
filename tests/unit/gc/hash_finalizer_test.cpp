// Identity hashes and ids (runtime/gc/gen/hash.cpp) stay stable when objects move and distinct
// among live objects; finalizers (finalizers.cpp) run for dead objects only, young or old.
#include <set>

#include "tests/unit/gc/gc_test.h"

namespace {

using kiln::gc::gHeap;
using kiln::gc::isYoung;

using IdentityHash = GcTest;

TEST_F(IdentityHash, StableAcrossPromotion) {
  Node* young = newNode(1);
  int64_t id = kiln_gc_id(young);
  int64_t hash = kiln_gc_identityhash(young);
  EXPECT_EQ(kiln_gc_id(young), id);
  EXPECT_EQ(kiln_gc_identityhash(young), hash);
  void** slot = ssPush(young);
  ASSERT_TRUE(minorCollect());
  Node* old = static_cast<Node*>(*slot);
  EXPECT_EQ(kiln_gc_id(old), id);
  EXPECT_EQ(kiln_gc_identityhash(old), hash);
  EXPECT_EQ(int64_t(uintptr_t(old)), id) << "the copy went where the id said";
  ASSERT_TRUE(fullCollect());
  EXPECT_EQ(kiln_gc_id(*slot), id);
  ssPop();
}

TEST_F(IdentityHash, DistinctAmongLiveObjectsAlthoughTheNurseryIsReused) {
  Node* first = newNode(1);
  int64_t firstId = kiln_gc_id(first);
  void** slot = ssPush(first);
  ASSERT_TRUE(minorCollect());
  Node* second = newNode(2); // at the address `first` had
  EXPECT_EQ(second, first);
  EXPECT_NE(kiln_gc_id(second), firstId);
  EXPECT_NE(kiln_gc_identityhash(second), kiln_gc_identityhash(*slot));
  ssPop();
}

TEST_F(IdentityHash, ManyObjectsManyIds) {
  void** slot = ssPush(nullptr);
  std::set<int64_t> ids, hashes;
  std::vector<int64_t> idList;
  for (int i = 0; i < 20000; ++i) {
    Node* n = newNode(i);
    n->left = static_cast<Node*>(*slot);
    *slot = n;
    if (i % 3 == 0) {
      idList.push_back(kiln_gc_id(n));
      ids.insert(idList.back());
      hashes.insert(kiln_gc_identityhash(n));
    }
  }
  EXPECT_EQ(ids.size(), idList.size());
  EXPECT_EQ(hashes.size(), idList.size());
  ASSERT_TRUE(minorCollect());
  size_t k = idList.size();
  for (Node* n = static_cast<Node*>(*slot); n; n = n->left) {
    if (n->value % 3 != 0) continue;
    EXPECT_EQ(kiln_gc_id(n), idList[--k]);
  }
  EXPECT_EQ(k, 0u);
  ssPop();
}

TEST_F(IdentityHash, OldAndPrebuiltObjectsUseTheirAddress) {
  static kiln_gc_prebuilt<Node> prebuilt = {uint64_t(kTidNode) | KILN_GCFLAG_PREBUILT,
                                            {0, nullptr, nullptr}};
  EXPECT_EQ(kiln_gc_id(&prebuilt.object), int64_t(uintptr_t(&prebuilt.object)));
  uint64_t x = uint64_t(uintptr_t(&prebuilt.object));
  EXPECT_EQ(kiln_gc_identityhash(&prebuilt.object), int64_t((x >> 4) | (x << 60)));
  PtrArray* large = newPtrArray(10000);
  EXPECT_EQ(kiln_gc_id(large), int64_t(uintptr_t(large)));
}

using Finalizers = GcTest;

std::vector<int64_t> gFinalized;
void recordFinalized(void* object) {
  gFinalized.push_back(static_cast<Node*>(object)->value);
}

TEST_F(Finalizers, RunForDeadYoungObjectsOnly) {
  gFinalized.clear();
  Node* kept = newNode(1);
  Node* dropped = newNode(2);
  kiln_gc_register_finalizer(kept, recordFinalized);
  kiln_gc_register_finalizer(dropped, recordFinalized);
  ssPush(kept);
  ASSERT_TRUE(minorCollect());
  EXPECT_EQ(gFinalized, std::vector<int64_t>{2});
  ASSERT_TRUE(fullCollect());
  EXPECT_EQ(gFinalized, std::vector<int64_t>{2}) << "the promoted one lives";
  ssPop();
  ASSERT_TRUE(fullCollect());
  EXPECT_EQ(gFinalized, (std::vector<int64_t>{2, 1}))
      << "its finalizer followed it to the old generation";
  ASSERT_TRUE(fullCollect());
  EXPECT_EQ(gFinalized.size(), 2u) << "once";
}

TEST_F(Finalizers, RunForDeadOldObjectsOnlyAndUnregisterWorks) {
  gFinalized.clear();
  void** a = ssPush(newNode(10));
  void** b = ssPush(newNode(20));
  void** c = ssPush(newNode(30));
  ASSERT_TRUE(minorCollect());
  kiln_gc_register_finalizer(*a, recordFinalized);
  kiln_gc_register_finalizer(*b, recordFinalized);
  kiln_gc_register_finalizer(*c, recordFinalized);
  kiln_gc_unregister_finalizer(*c);
  *b = nullptr;
  *c = nullptr;
  ASSERT_TRUE(fullCollect());
  EXPECT_EQ(gFinalized, std::vector<int64_t>{20});
  Node* young = newNode(40);
  kiln_gc_register_finalizer(young, recordFinalized);
  kiln_gc_unregister_finalizer(young);
  ASSERT_TRUE(minorCollect());
  EXPECT_EQ(gFinalized, std::vector<int64_t>{20});
  EXPECT_TRUE(gHeap.youngFinalizers.empty());
  ssPop(3);
  ASSERT_TRUE(fullCollect());
  EXPECT_EQ(gFinalized, (std::vector<int64_t>{20, 10}));
  (void)a;
}

} // namespace

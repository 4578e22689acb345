// The gen collector's old-generation memory (runtime/gc/gen/old_space.h): allocation in every
// size class (zeroed, distinct, aligned), large objects and their card bytes, isObject, sweep
// (frees exactly the dead, finalizes exactly the dead finalizable), reuse of freed memory,
// accounting, giving memory back to the OS, and a randomized run against a model.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <vector>

#include "gen/old_space.h"

namespace {

using kiln::gc::OldSpace;

constexpr size_t kMB = 1024 * 1024;

bool isZero(const void* p, size_t bytes) {
  const auto* c = static_cast<const unsigned char*>(p);
  return std::all_of(c, c + bytes, [](unsigned char b) { return b == 0; });
}

// The objects forEachObject visits, with their sizes.
std::map<void*, size_t> objectsOf(const OldSpace& space) {
  std::map<void*, size_t> objects;
  space.forEachObject([&](void* object, size_t bytes) { objects.emplace(object, bytes); });
  return objects;
}

// Sweeps `space`, keeping alive exactly `live`.
size_t sweepKeeping(OldSpace& space, const std::set<void*>& live, size_t keepFreeBytes = SIZE_MAX) {
  return space.sweep([&](void* o) { return live.count(o) != 0; }, [](void*) { return false; },
                     [](void*) {}, keepFreeBytes);
}

// Whether the intervals [object, object + bytes) are pairwise disjoint.
bool disjoint(const std::map<void*, size_t>& objects) {
  char* end = nullptr;
  for (auto& [object, bytes] : objects) {
    if (static_cast<char*>(object) < end) return false;
    end = static_cast<char*>(object) + bytes;
  }
  return true;
}

TEST(OldSpace, SizeClassesRoundUpWithBoundedWaste) {
  for (size_t bytes = 16; bytes <= OldSpace::kMaxSmall; bytes += 8) {
    size_t rounded = OldSpace::roundedSize(bytes);
    EXPECT_GE(rounded, bytes);
    EXPECT_EQ(rounded % 8, 0u);
    if (bytes <= 128) {
      EXPECT_EQ(rounded, bytes);
    }
    EXPECT_LE(rounded - bytes, rounded / 8) << bytes;
  }
  EXPECT_EQ(OldSpace::roundedSize(OldSpace::kMaxSmall + 8), OldSpace::kMaxSmall + 8);
}

TEST(OldSpace, AllocationsAreZeroedDistinctAlignedInEveryClass) {
  OldSpace space;
  std::map<void*, size_t> objects;
  for (size_t bytes = 16; bytes <= OldSpace::kMaxSmall; bytes += 8) {
    // Enough objects of the smallest classes to fill more than one page.
    size_t count = bytes <= 64 ? OldSpace::kPageSize / bytes + 10 : 20;
    for (size_t i = 0; i < count; ++i) {
      auto* p = static_cast<char*>(space.allocate(bytes));
      ASSERT_NE(p, nullptr);
      ASSERT_EQ(reinterpret_cast<uintptr_t>(p) % 8, 0u);
      ASSERT_TRUE(isZero(p, bytes)) << bytes;
      memset(p, 0xA5, bytes);
      ASSERT_TRUE(objects.emplace(p, OldSpace::roundedSize(bytes)).second);
    }
  }
  EXPECT_TRUE(disjoint(objects));
  EXPECT_EQ(objectsOf(space), objects);
  for (auto& [object, bytes] : objects) EXPECT_TRUE(space.isObject(object));
}

TEST(OldSpace, IsObjectOnlyForStartsOfObjectsNotFreed) {
  OldSpace space;
  void* small = space.allocate(48);
  void* kept = space.allocate(48);
  void* large = space.allocateLarge(20000, 0);
  EXPECT_TRUE(space.isObject(small));
  EXPECT_TRUE(space.isObject(large));
  EXPECT_FALSE(space.isObject(static_cast<char*>(small) + 8));
  EXPECT_FALSE(space.isObject(static_cast<char*>(small) + 48 * 5)); // a free slot
  EXPECT_FALSE(space.isObject(static_cast<char*>(large) + 8));
  EXPECT_FALSE(space.isObject(static_cast<char*>(large) - 8));
  EXPECT_FALSE(space.isObject(nullptr));
  int local = 0;
  EXPECT_FALSE(space.isObject(&local));
  sweepKeeping(space, {kept});
  EXPECT_FALSE(space.isObject(small));
  EXPECT_FALSE(space.isObject(large));
  EXPECT_TRUE(space.isObject(kept));
}

TEST(OldSpace, SweepFreesExactlyTheDeadAndFinalizesTheDeadFinalizable) {
  OldSpace space;
  std::vector<void*> all;
  std::set<void*> live, finalizable, expectFinalized;
  for (int i = 0; i < 3000; ++i) {
    void* p = i % 100 == 0 ? space.allocateLarge(8000, 0) : space.allocate(16 + 8 * (i % 40));
    all.push_back(p);
    if (i % 3 == 0) live.insert(p);
    if (i % 5 == 0) finalizable.insert(p);
    if (i % 3 != 0 && i % 5 == 0) expectFinalized.insert(p);
  }
  std::map<void*, size_t> before = objectsOf(space);
  size_t expectFreed = 0;
  for (auto& [object, bytes] : before) expectFreed += live.count(object) ? 0 : bytes;
  std::multiset<void*> finalized;
  size_t freed = space.sweep([&](void* o) { return live.count(o) != 0; },
                             [&](void* o) { return finalizable.count(o) != 0; },
                             [&](void* o) {
                               EXPECT_FALSE(live.count(o));
                               finalized.insert(o);
                             },
                             SIZE_MAX);
  EXPECT_EQ(freed, expectFreed);
  EXPECT_EQ(std::set<void*>(finalized.begin(), finalized.end()), expectFinalized);
  EXPECT_EQ(finalized.size(), expectFinalized.size());
  std::map<void*, size_t> after = objectsOf(space);
  EXPECT_EQ(after.size(), live.size());
  for (void* p : all) EXPECT_EQ(space.isObject(p), live.count(p) != 0);
  for (auto& [object, bytes] : after) EXPECT_EQ(bytes, before[object]);
}

TEST(OldSpace, FreedSlotsAreReusedZeroed) {
  OldSpace space;
  std::vector<void*> objects;
  std::set<void*> live, dead;
  for (size_t i = 0; i < 3 * (OldSpace::kPageSize / 40); ++i) { // three full pages
    objects.push_back(space.allocate(40));
    memset(objects.back(), 0xFF, 40);
    (i % 2 ? live : dead).insert(objects.back());
  }
  size_t mapped = space.bytesMapped();
  sweepKeeping(space, live);
  for (size_t i = 0; i < dead.size(); ++i) {
    void* p = space.allocate(40);
    ASSERT_TRUE(dead.count(p)) << "a freed slot is reused before a new page";
    ASSERT_TRUE(isZero(p, 40));
  }
  EXPECT_EQ(space.bytesMapped(), mapped);
  for (void* p : live) EXPECT_EQ(*static_cast<unsigned char*>(p), 0xFF);
}

TEST(OldSpace, WhollyFreePagesServeOtherSizeClassesZeroed) {
  OldSpace space;
  std::set<void*> old;
  for (int i = 0; i < 20000; ++i) {
    void* p = space.allocate(32);
    memset(p, 0xFF, 32);
    old.insert(p);
  }
  size_t mapped = space.bytesMapped();
  sweepKeeping(space, {});
  EXPECT_EQ(space.bytesInUse(), 0u);
  EXPECT_EQ(space.bytesMapped(), mapped) << "kept for reuse: keepFreeBytes is not exceeded";
  size_t reused = 0;
  for (size_t allocated = 0; allocated + 1000 <= 20000 * 32; allocated += 1000) {
    auto* p = static_cast<char*>(space.allocate(1000));
    ASSERT_TRUE(isZero(p, 1000));
    reused += p >= *old.begin() && p <= *old.rbegin();
  }
  EXPECT_GT(reused, 0u);
  EXPECT_LE(space.bytesMapped(), mapped) << "no new pages while free ones are kept";
}

TEST(OldSpace, LargeObjectsHaveTheirOwnZeroedCards) {
  OldSpace space;
  auto* a = static_cast<char*>(space.allocateLarge(100000, 100));
  auto* b = static_cast<char*>(space.allocateLarge(50000, 13));
  auto* c = static_cast<char*>(space.allocateLarge(70000, 0));
  void* small = space.allocate(64);
  ASSERT_TRUE(a && b && c);
  uint8_t* cardsA = space.cards(a);
  uint8_t* cardsB = space.cards(b);
  ASSERT_TRUE(cardsA && cardsB);
  EXPECT_EQ(space.cards(c), nullptr);
  EXPECT_EQ(space.cards(small), nullptr);
  EXPECT_TRUE(isZero(cardsA, 100) && isZero(cardsB, 13));
  EXPECT_TRUE(isZero(a, 100000) && isZero(b, 50000) && isZero(c, 70000));
  EXPECT_LE(reinterpret_cast<char*>(cardsA) + 100, a);
  EXPECT_LE(reinterpret_cast<char*>(cardsB) + 13, b);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(a) % 8, 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(b) % 8, 0u);
  memset(cardsA, 1, 100);
  memset(cardsB, 2, 13);
  memset(a, 3, 100000);
  memset(b, 4, 50000);
  memset(c, 5, 70000);
  EXPECT_EQ(cardsA[99], 1);
  EXPECT_EQ(cardsB[12], 2);
  EXPECT_EQ(a[0], 3);
  EXPECT_EQ(b[0], 4);
  std::map<void*, size_t> objects = objectsOf(space);
  EXPECT_EQ(objects[a], 100000u);
  EXPECT_EQ(objects[b], 50000u);
  EXPECT_TRUE(disjoint(objects));
  size_t mapped = space.bytesMapped();
  size_t released = space.bytesReleased();
  sweepKeeping(space, {b, small});
  EXPECT_FALSE(space.isObject(a));
  EXPECT_EQ(space.cards(a), nullptr);
  EXPECT_EQ(space.cards(b), cardsB);
  EXPECT_LE(space.bytesMapped(), mapped - 170000);
  EXPECT_GE(space.bytesReleased(), released + 170000);
}

TEST(OldSpace, BigAllocateGoesLarge) {
  OldSpace space;
  void* p = space.allocate(OldSpace::kMaxSmall + 8);
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(space.isObject(p));
  EXPECT_EQ(space.bytesInUse(), OldSpace::kMaxSmall + 8);
}

TEST(OldSpace, NullWhenTheOsRefuses) {
  OldSpace space;
  EXPECT_EQ(space.allocateLarge(size_t(1) << 60, 0), nullptr);
  EXPECT_EQ(space.allocateLarge(SIZE_MAX - 8, 16), nullptr);
  EXPECT_EQ(space.allocateLarge(4096 * 2, SIZE_MAX), nullptr);
  EXPECT_EQ(space.bytesInUse(), 0u);
  EXPECT_EQ(space.bytesMapped(), 0u);
}

TEST(OldSpace, BytesInUseFollowsAllocationAndSweep) {
  OldSpace space;
  EXPECT_EQ(space.bytesInUse(), 0u);
  std::set<void*> live;
  size_t total = 0, kept = 0;
  for (size_t i = 0; i < 2000; ++i) {
    size_t bytes = 16 + 8 * (i % 300);
    void* p = bytes > OldSpace::kMaxSmall ? space.allocateLarge(bytes, 32) : space.allocate(bytes);
    total += OldSpace::roundedSize(bytes);
    if (i % 4 == 0) {
      live.insert(p);
      kept += OldSpace::roundedSize(bytes);
    }
  }
  EXPECT_EQ(space.bytesInUse(), total);
  EXPECT_GE(space.bytesMapped(), total);
  EXPECT_EQ(sweepKeeping(space, live), total - kept);
  EXPECT_EQ(space.bytesInUse(), kept);
  EXPECT_EQ(sweepKeeping(space, {}), kept);
  EXPECT_EQ(space.bytesInUse(), 0u);
}

TEST(OldSpace, FreePagesBeyondKeepFreeBytesGoBackToTheOs) {
  OldSpace space;
  size_t count = 64 * kMB / 64;
  for (size_t i = 0; i < count; ++i) {
    void* p = space.allocate(64);
    ASSERT_NE(p, nullptr);
    memset(p, 0x5A, 64);
  }
  EXPECT_GE(space.bytesMapped(), 64 * kMB);
  size_t released = space.bytesReleased();
  sweepKeeping(space, {}, 1 * kMB);
  EXPECT_GE(space.bytesReleased() - released, 60 * kMB);
  EXPECT_LE(space.bytesMapped(), 1 * kMB);
  for (size_t i = 0; i < count; ++i) {
    auto* p = static_cast<char*>(space.allocate(i % 2 ? 64 : 256));
    ASSERT_NE(p, nullptr);
    ASSERT_TRUE(isZero(p, i % 2 ? 64 : 256)) << i;
  }
}

// Random allocations (small, large, with cards) and sweeps against a model of the live objects;
// every object holds its number in its first word and a byte pattern after it.
TEST(OldSpace, RandomizedAgainstAModel) {
  OldSpace space;
  std::mt19937_64 random(12345);
  struct Entry {
    uint64_t id;
    size_t bytes;
    size_t cardBytes;
  };
  std::map<void*, Entry> model;
  uint64_t nextId = 1;
  auto allocateOne = [&] {
    size_t cardBytes = 0, bytes;
    if (random() % 50 == 0) {
      bytes = 4104 + 8 * (random() % 4000);
      cardBytes = random() % 3 ? random() % 200 : 0;
    } else {
      bytes = 16 + 8 * (random() % (random() % 4 ? 16 : 511));
    }
    bool large = cardBytes || bytes > OldSpace::kMaxSmall;
    auto* p = static_cast<char*>(large ? space.allocateLarge(bytes, cardBytes)
                                       : space.allocate(bytes));
    ASSERT_NE(p, nullptr);
    ASSERT_TRUE(isZero(p, bytes));
    ASSERT_FALSE(model.count(p));
    uint64_t id = nextId++;
    memcpy(p, &id, 8);
    memset(p + 8, int(id & 0xFF), bytes - 8);
    if (cardBytes) memset(space.cards(p), 0xCC, cardBytes);
    model[p] = Entry{id, bytes, cardBytes};
  };
  auto check = [&] {
    std::map<void*, size_t> objects = objectsOf(space);
    ASSERT_EQ(objects.size(), model.size());
    size_t inUse = 0;
    for (auto& [p, entry] : model) {
      ASSERT_TRUE(space.isObject(p));
      ASSERT_EQ(objects[p], OldSpace::roundedSize(entry.bytes));
      uint64_t id;
      memcpy(&id, p, 8);
      ASSERT_EQ(id, entry.id);
      ASSERT_EQ(static_cast<unsigned char*>(p)[entry.bytes - 1], entry.id & 0xFF);
      if (entry.cardBytes) {
        ASSERT_EQ(space.cards(p)[entry.cardBytes - 1], 0xCC);
      }
      inUse += OldSpace::roundedSize(entry.bytes);
    }
    ASSERT_EQ(space.bytesInUse(), inUse);
    ASSERT_TRUE(disjoint(objects));
  };
  for (int round = 0; round < 40; ++round) {
    size_t n = random() % 20000;
    for (size_t i = 0; i < n; ++i) ASSERT_NO_FATAL_FAILURE(allocateOne());
    ASSERT_NO_FATAL_FAILURE(check());
    unsigned deathPercent = unsigned(random() % 101);
    std::set<void*> dying;
    for (auto& [p, entry] : model)
      if (random() % 100 < deathPercent) dying.insert(p);
    std::set<void*> finalized;
    size_t keepFreeBytes = random() % 2 ? 0 : size_t(random() % (8 * kMB));
    space.sweep([&](void* o) { return !dying.count(o); },
                [&](void* o) { return model[o].id % 2 == 0; },
                [&](void* o) { finalized.insert(o); }, keepFreeBytes);
    for (void* p : dying) {
      EXPECT_EQ(finalized.count(p), model[p].id % 2 == 0 ? 1u : 0u);
      model.erase(p);
      ASSERT_FALSE(space.isObject(p));
    }
    ASSERT_NO_FATAL_FAILURE(check());
  }
}

} // namespace

// Arena and Interner.
#include <gtest/gtest.h>

#include <set>

#include "support/arena.h"
#include "support/interner.h"

namespace kiln {
namespace {

TEST(Arena, AlignsAndKeepsObjectsDistinct) {
  Arena arena;
  std::set<void*> seen;
  for (int i = 0; i < 10000; ++i) {
    auto* d = arena.make<double>(i);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(d) % alignof(double), 0u);
    EXPECT_TRUE(seen.insert(d).second);
    char* c = static_cast<char*>(arena.allocate(1 + i % 7, 1));
    *c = 'x';
  }
  // Objects larger than a slab get their own.
  void* big = arena.allocate(5 << 20, 16);
  EXPECT_NE(big, nullptr);
  EXPECT_GE(arena.bytesAllocated(), size_t(5) << 20);
}

TEST(Arena, CopiesSpansAndStrings) {
  Arena arena;
  int values[] = {1, 2, 3};
  std::span<int> copy = arena.copy<int>(std::span<const int>(values));
  values[0] = 99;
  EXPECT_EQ(copy[0], 1);
  EXPECT_EQ(copy.size(), 3u);
  std::string s = "hello";
  std::string_view v = arena.copyString(s);
  s[0] = 'j';
  EXPECT_EQ(v, "hello");
  EXPECT_TRUE(arena.copy<int>(std::span<const int>()).empty());
}

TEST(Interner, SameTextSameSymbol) {
  Interner in;
  Symbol a = in.intern("abc");
  Symbol b = in.intern(std::string("ab") + "c");
  Symbol c = in.intern("abd");
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_EQ(a.str(), "abc");
  EXPECT_FALSE(Symbol());
  EXPECT_TRUE(a);
  EXPECT_EQ(in.intern("").str(), "");
}

TEST(Interner, SurvivesGrowth) {
  Interner in;
  std::vector<Symbol> symbols;
  for (int i = 0; i < 20000; ++i)
    symbols.push_back(in.intern("name" + std::to_string(i)));
  for (int i = 0; i < 20000; ++i) {
    EXPECT_EQ(in.intern("name" + std::to_string(i)), symbols[size_t(i)]);
    EXPECT_EQ(symbols[size_t(i)].str(), "name" + std::to_string(i));
  }
  EXPECT_EQ(in.size(), 20000u);
}

} // namespace
} // namespace kiln

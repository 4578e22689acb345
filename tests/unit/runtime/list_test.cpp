// Tests of kiln/generic/list.h: the list_* helpers, range_list and tuple_hash on lists of every
// representation (resizable, fixed, of Nones). Expected values are CPython 3.11's.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "tests/unit/runtime/list_test_structs.h"

namespace {

template <class L> std::vector<int64_t> V(L* l) {
  std::vector<int64_t> out;
  for (int64_t i = 0; i < kiln_seq_len(l); ++i) out.push_back(int64_t(kiln_seq_get(l, i)));
  return out;
}
template <class L> std::string Repr(L* l) { return T(kiln_list_repr<str*>(l)); }
lv_list_Signed* range10() { return kiln_range_list<lv_list_Signed*>(0, 10, 1); }

// -- Items ----------------------------------------------------------------------------------------

TEST(ListItems, GetSetNegativeAndErrors) {
  auto* l = ints({10, 20, 30});
  EXPECT_EQ(kiln_list_getitem<int64_t>(l, -1), 30);
  EXPECT_EQ(kiln_list_getitem<double>(l, 0), 10.0); // converted to the result's type
  kiln_list_getitem<int64_t>(l, 3);
  EXPECT_EQ(takeException(), "IndexError: list index out of range");
  kiln_list_getitem<int64_t>(l, -4);
  EXPECT_EQ(takeException(), "IndexError: list index out of range");
  kiln_list_setitem<void>(l, -3, int64_t(5));
  EXPECT_EQ(V(l), (std::vector<int64_t>{5, 20, 30}));
  kiln_list_setitem<void>(fixedInts({1}), 1, int64_t(0));
  EXPECT_EQ(takeException(), "IndexError: list assignment index out of range");
  kiln_list_delitem<void>(l, -2);
  EXPECT_EQ(V(l), (std::vector<int64_t>{5, 30}));
  kiln_list_delitem<void>(l, 2);
  EXPECT_EQ(takeException(), "IndexError: list assignment index out of range");
}

TEST(ListItems, AppendGrowsAsCPython) {
  auto* l = kiln_list_make<lv_list_Signed*>(0);
  std::vector<int64_t> capacities; // sys.getsizeof over 60 appends: 4, 8, 16, 24, 32, 40, 52, 64
  for (int64_t i = 0; i < 60; ++i) {
    kiln_list_append<void>(l, i);
    if (capacities.empty() || capacities.back() != l->items->length) capacities.push_back(l->items->length);
  }
  EXPECT_EQ(capacities, (std::vector<int64_t>{4, 8, 16, 24, 32, 40, 52, 64}));
  EXPECT_EQ(l->length, 60);
  EXPECT_EQ(kiln_list_getitem<int64_t>(l, 59), 59);
  for (int i = 0; i < 55; ++i) kiln_list_pop<int64_t>(l, -1);
  EXPECT_EQ(V(l), (std::vector<int64_t>{0, 1, 2, 3, 4}));
  EXPECT_LT(l->items->length, 16); // shrunk
  for (int64_t i = l->length; i < l->items->length; ++i) EXPECT_EQ(l->items->items[i], 0); // no stale slots
}

TEST(ListItems, InsertPopRemove) {
  auto* l = ints({1, 2});
  kiln_list_insert<void>(l, -10, int64_t(9));
  kiln_list_insert<void>(l, 10, int64_t(8));
  kiln_list_insert<void>(l, -1, int64_t(7));
  EXPECT_EQ(V(l), (std::vector<int64_t>{9, 1, 2, 7, 8})); // CPython: [9, 1, 2, 7, 8]
  EXPECT_EQ(kiln_list_pop<int64_t>(l, 0), 9);
  EXPECT_EQ(kiln_list_pop<int64_t>(l, -1), 8);
  kiln_list_pop<int64_t>(l, 3);
  EXPECT_EQ(takeException(), "IndexError: pop index out of range");
  kiln_list_pop<int64_t>(ints({}), -1);
  EXPECT_EQ(takeException(), "IndexError: pop from empty list");
  kiln_list_remove<void>(l, 2.0); // the first item == 2.0
  EXPECT_EQ(V(l), (std::vector<int64_t>{1, 7}));
  kiln_list_remove<void>(l, int64_t(5));
  EXPECT_EQ(takeException(), "ValueError: list.remove(x): x not in list");
  auto* s = strs({"a", "b", "a"});
  kiln_list_remove<void>(s, S("a"));
  EXPECT_EQ(Repr(s), "['b', 'a']");
}

TEST(ListItems, VoidLists) {
  auto* v = kiln_list_make<lv_list_Void*>(0);
  kiln_list_append<void>(v, kiln_none);
  kiln_list_append<void>(v, kiln_none);
  kiln_list_insert<void>(v, 0, kiln_none);
  EXPECT_EQ(Repr(v), "[None, None, None]");
  kiln_list_pop<void>(v, -1);
  EXPECT_EQ(v->length, 2);
  EXPECT_TRUE(kiln_list_contains<bool>(v, kiln_none));
  EXPECT_EQ(kiln_list_index<int64_t>(v, kiln_none), 0);
  kiln_list_extend<void>(v, v);
  EXPECT_EQ(Repr(v), "[None, None, None, None]");
  kiln_list_clear<void>(v);
  EXPECT_EQ(Repr(v), "[]");
}

// -- Searching ------------------------------------------------------------------------------------

TEST(ListSearch, IndexCountContains) {
  auto* l = ints({3, 1, 3});
  EXPECT_EQ(kiln_list_index<int64_t>(l, int64_t(3)), 0);
  EXPECT_EQ(kiln_list_count<int64_t>(l, 3.0), 2);
  EXPECT_TRUE(kiln_list_contains<bool>(l, int64_t(1)));
  EXPECT_FALSE(kiln_list_contains<bool>(l, 1.5));
  kiln_list_index<int64_t>(l, int64_t(5));
  EXPECT_EQ(takeException(), "ValueError: 5 is not in list");
  kiln_list_index<int64_t>(strs({"a"}), S("it's"));
  EXPECT_EQ(takeException(), "ValueError: \"it's\" is not in list");
  kiln_list_index<int64_t>(floats({}), 2.5);
  EXPECT_EQ(takeException(), "ValueError: 2.5 is not in list");
  // [1] in [[1], [2]] where the searched list is of another type: compared as list_eq
  auto* rows = kiln_list_make<lv_list_list_Signed*>(0);
  kiln_list_append<void>(rows, ints({2}));
  kiln_list_append<void>(rows, ints({1}));
  EXPECT_EQ(kiln_list_index<int64_t>(rows, floats({1.0})), 1);
  // a char searched in a list of strs
  EXPECT_TRUE(kiln_list_contains<bool>(strs({"ab", "c"}), uint32_t('c')));
}

// A Node's __eq__ as generated code would have it: equal values; 99 raises ValueError.
bool nodeEq(lv_Node* a, lv_Node* b) {
  if (b->inst_value == 99) kiln_raise_fmt(KILN_EXC_ValueError, "bad node");
  return a->inst_value == b->inst_value;
}

lv_Node* node(int64_t v) {
  auto* n = kiln_new<lv_Node>();
  n->inst_value = v;
  return n;
}

// CPython: class Node with __eq__; [Node(1), Node(2), Node(1)]: count(Node(1)) == 2,
// index(Node(2)) == 1, Node(3) in l is False, remove(Node(1)) removes the first; an exception
// from __eq__ stops the search.
TEST(ListSearch, ItemsWithEq) {
  auto* a = kiln_new_array<lv_array_Node>(3);
  a->items[0] = node(1);
  a->items[1] = node(2);
  a->items[2] = node(1);
  EXPECT_EQ(kiln_list_count<int64_t>(a, node(1), &nodeEq), 2);
  EXPECT_EQ(kiln_list_count<int64_t>(a, node(1)), 0); // without __eq__: identity
  EXPECT_EQ(kiln_list_index<int64_t>(a, node(2), &nodeEq), 1);
  EXPECT_FALSE(kiln_list_contains<bool>(a, node(3), &nodeEq));
  EXPECT_TRUE(kiln_list_contains<bool>(a, a->items[2], &nodeEq));
  EXPECT_EQ(takeException(), "");
  kiln_list_contains<bool>(a, node(99), &nodeEq);
  EXPECT_EQ(takeException(), "ValueError: bad node");
  kiln_list_count<int64_t>(a, node(99), &nodeEq);
  EXPECT_EQ(takeException(), "ValueError: bad node");
}

TEST(ListSearch, EqAndTruth) {
  EXPECT_TRUE(kiln_list_eq<bool>(ints({1, 2}), floats({1.0, 2.0})));
  EXPECT_FALSE(kiln_list_eq<bool>(ints({1, 2}), floats({1.0, 2.5})));
  EXPECT_TRUE(kiln_list_eq<bool>(static_cast<lv_list_Signed*>(nullptr), static_cast<lv_array_Signed*>(nullptr)));
  EXPECT_FALSE(kiln_list_eq<bool>(ints({}), static_cast<lv_array_Signed*>(nullptr)));
  EXPECT_TRUE(kiln_list_eq<bool>(strs({"a", nullptr}), strs({"a", nullptr})));
  EXPECT_FALSE(kiln_list_is_true<bool>(static_cast<lv_list_Signed*>(nullptr)));
  EXPECT_FALSE(kiln_list_is_true<bool>(ints({})));
  EXPECT_TRUE(kiln_list_is_true<bool>(ints({0})));
}

// -- Reductions -----------------------------------------------------------------------------------

TEST(ListReduce, MinMaxSumAnyAll) {
  EXPECT_EQ(kiln_list_min<int64_t>(ints({3, -1, 2})), -1);
  EXPECT_EQ(kiln_list_max<double>(ints({3, -1, 2})), 3.0);
  // the first smallest / largest: max([0.0, -0.0]) is 0.0, max([-0.0, 0.0]) is -0.0
  EXPECT_FALSE(std::signbit(kiln_list_max<double>(floats({0.0, -0.0}))));
  EXPECT_TRUE(std::signbit(kiln_list_max<double>(floats({-0.0, 0.0}))));
  EXPECT_TRUE(std::signbit(kiln_list_min<double>(floats({-0.0, 0.0}))));
  EXPECT_EQ(T(kiln_list_max<str*>(strs({"b", "ab", "c"}))), "c");
  kiln_list_min<int64_t>(ints({}));
  EXPECT_EQ(takeException(), "ValueError: min() arg is an empty sequence");
  kiln_list_max<int64_t>(fixedInts({}));
  EXPECT_EQ(takeException(), "ValueError: max() arg is an empty sequence");
  auto* b = kiln_new_array<lv_array_Bool>(3);
  b->items[0] = b->items[1] = true;
  EXPECT_EQ(kiln_list_sum<int64_t>(b, int64_t(0)), 2); // sum([True, True, False], 0)
  EXPECT_EQ(kiln_list_sum<double>(floats({1.5, 2.0}), int64_t(1)), 4.5);
  auto* tenths = kiln_list_alloc_and_set<lv_list_Float*>(10, 0.1);
  EXPECT_EQ(kiln_list_sum<double>(tenths, 0.0), 0.9999999999999999); // sum([0.1]*10, 0)
  EXPECT_FALSE(std::signbit(kiln_list_sum<double>(floats({-0.0}), 0.0))); // sum([-0.0]) == 0.0
  EXPECT_EQ(kiln_list_sum<int64_t>(ints({INT64_MAX, 1}), int64_t(0)), INT64_MIN); // ints wrap
  EXPECT_TRUE(kiln_list_any<bool>(strs({"", "x"})));
  EXPECT_FALSE(kiln_list_any<bool>(floats({0.0, -0.0})));
  EXPECT_FALSE(kiln_list_all<bool>(ints({1, 0})));
  EXPECT_TRUE(kiln_list_all<bool>(ints({})));
}

// -- Sorting --------------------------------------------------------------------------------------

TEST(ListSort, StableAsCPython) {
  auto* l = floats({1.0, -0.0, 0.0, -1.0, 0.0, -0.0});
  kiln_list_sort<void>(l);
  EXPECT_EQ(Repr(l), "[-1.0, -0.0, 0.0, 0.0, -0.0, 1.0]");
  l = floats({1.0, -0.0, 0.0, -1.0, 0.0, -0.0});
  kiln_list_sort_reverse<void>(l, true);
  EXPECT_EQ(Repr(l), "[1.0, -0.0, 0.0, 0.0, -0.0, -1.0]");
  kiln_list_sort_reverse<void>(l, false);
  EXPECT_EQ(Repr(l), "[-1.0, -0.0, 0.0, 0.0, -0.0, 1.0]");
}

TEST(ListSort, LargeMergeStable) {
  for (bool reverse : {false, true}) {
    auto* l = kiln_list_make<lv_list_Float*>(0);
    for (int i = 0; i < 200; ++i) {
      int v = (i * 7919) % 13 - 6;
      kiln_list_append<void>(l, v ? double(v) : (i % 3 == 0 ? -0.0 : 0.0));
    }
    kiln_list_sort_reverse<void>(l, reverse);
    std::string zeros;
    std::vector<int> counts(13);
    for (int64_t i = 0; i < l->length; ++i) {
      double x = l->items->items[i];
      if (i) {
        EXPECT_TRUE(reverse ? x <= l->items->items[i - 1] : x >= l->items->items[i - 1]);
      }
      if (x == 0) zeros += std::signbit(x) ? '-' : '+';
      counts[int(x) + 6]++;
    }
    EXPECT_EQ(zeros, "-++-++-++-++-++-"); // the zeros keep their order either way
    EXPECT_EQ(counts, (std::vector<int>{16, 15, 16, 15, 16, 15, 16, 15, 16, 15, 15, 15, 15}));
  }
}

TEST(ListSort, TuplesStrsFixed) {
  auto* t = kiln_new_array<lv_array_tuple2_Signed_str>(4);
  int64_t keys[] = {2, 1, 2, 1};
  const char* values[] = {"b", "z", "a", "a"};
  for (int i = 0; i < 4; ++i) {
    t->items[i] = kiln_new<lv_tuple2_Signed_str>();
    t->items[i]->item0 = keys[i];
    t->items[i]->item1 = S(values[i]);
  }
  kiln_list_sort<void>(t);
  EXPECT_EQ(Repr(t), "[(1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]");
  auto* s = strs({"b", "B", "a", "\xc3\xa9", "ab", ""});
  kiln_list_sort<void>(s);
  EXPECT_EQ(Repr(s), "['', 'B', 'a', 'ab', 'b', '\xc3\xa9']");
  auto* f = fixedInts({3, 1, 2});
  kiln_list_sort_reverse<void>(f, true);
  EXPECT_EQ(V(f), (std::vector<int64_t>{3, 2, 1}));
  kiln_list_reverse<void>(f);
  EXPECT_EQ(V(f), (std::vector<int64_t>{1, 2, 3}));
}

// -- Slices ---------------------------------------------------------------------------------------

constexpr int64_t NB = kiln_no_bound;
struct SliceCase {
  int64_t start, stop, step;
  std::vector<int64_t> slice, deleted, assigned; // l[a:b:k]; del l[a:b:k]; l[a:b:k] = [100, 101, ...]
};
// Generated with python3: for l = list(range(10)).
const SliceCase kSliceCases[] = {
    {NB, NB, -3, {9, 6, 3, 0}, {1, 2, 4, 5, 7, 8}, {103, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {NB, NB, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {}, {109, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {NB, NB, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 109}},
    {NB, NB, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {NB, -12, -3, {9, 6, 3, 0}, {1, 2, 4, 5, 7, 8}, {103, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {NB, -12, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {}, {109, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {NB, -12, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, -12, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, -4, -3, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {NB, -4, -1, {9, 8, 7}, {0, 1, 2, 3, 4, 5, 6}, {0, 1, 2, 3, 4, 5, 6, 102, 101, 100}},
    {NB, -4, 1, {0, 1, 2, 3, 4, 5}, {6, 7, 8, 9}, {100, 101, 102, 103, 104, 105, 6, 7, 8, 9}},
    {NB, -4, 2, {0, 2, 4}, {1, 3, 5, 6, 7, 8, 9}, {100, 1, 101, 3, 102, 5, 6, 7, 8, 9}},
    {NB, -1, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, -1, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, -1, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {9}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 9}},
    {NB, -1, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {NB, 0, -3, {9, 6, 3}, {0, 1, 2, 4, 5, 7, 8}, {0, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {NB, 0, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1}, {0}, {0, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {NB, 0, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, 0, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, 3, -3, {9, 6}, {0, 1, 2, 3, 4, 5, 7, 8}, {0, 1, 2, 3, 4, 5, 101, 7, 8, 100}},
    {NB, 3, -1, {9, 8, 7, 6, 5, 4}, {0, 1, 2, 3}, {0, 1, 2, 3, 105, 104, 103, 102, 101, 100}},
    {NB, 3, 1, {0, 1, 2}, {3, 4, 5, 6, 7, 8, 9}, {100, 101, 102, 3, 4, 5, 6, 7, 8, 9}},
    {NB, 3, 2, {0, 2}, {1, 3, 4, 5, 6, 7, 8, 9}, {100, 1, 101, 3, 4, 5, 6, 7, 8, 9}},
    {NB, 9, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, 9, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, 9, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {9}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 9}},
    {NB, 9, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {NB, 12, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, 12, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {NB, 12, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 109}},
    {NB, 12, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {-12, NB, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, NB, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, NB, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 109}},
    {-12, NB, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {-12, -12, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, -12, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, -12, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, -12, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, -4, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, -4, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, -4, 1, {0, 1, 2, 3, 4, 5}, {6, 7, 8, 9}, {100, 101, 102, 103, 104, 105, 6, 7, 8, 9}},
    {-12, -4, 2, {0, 2, 4}, {1, 3, 5, 6, 7, 8, 9}, {100, 1, 101, 3, 102, 5, 6, 7, 8, 9}},
    {-12, -1, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, -1, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, -1, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {9}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 9}},
    {-12, -1, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {-12, 0, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 0, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 0, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 0, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 3, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 3, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 3, 1, {0, 1, 2}, {3, 4, 5, 6, 7, 8, 9}, {100, 101, 102, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 3, 2, {0, 2}, {1, 3, 4, 5, 6, 7, 8, 9}, {100, 1, 101, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 9, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 9, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 9, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {9}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 9}},
    {-12, 9, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {-12, 12, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 12, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-12, 12, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 109}},
    {-12, 12, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {-4, NB, -3, {6, 3, 0}, {1, 2, 4, 5, 7, 8, 9}, {102, 1, 2, 101, 4, 5, 100, 7, 8, 9}},
    {-4, NB, -1, {6, 5, 4, 3, 2, 1, 0}, {7, 8, 9}, {106, 105, 104, 103, 102, 101, 100, 7, 8, 9}},
    {-4, NB, 1, {6, 7, 8, 9}, {0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5, 100, 101, 102, 103}},
    {-4, NB, 2, {6, 8}, {0, 1, 2, 3, 4, 5, 7, 9}, {0, 1, 2, 3, 4, 5, 100, 7, 101, 9}},
    {-4, -12, -3, {6, 3, 0}, {1, 2, 4, 5, 7, 8, 9}, {102, 1, 2, 101, 4, 5, 100, 7, 8, 9}},
    {-4, -12, -1, {6, 5, 4, 3, 2, 1, 0}, {7, 8, 9}, {106, 105, 104, 103, 102, 101, 100, 7, 8, 9}},
    {-4, -12, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, -12, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, -4, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, -4, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, -4, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, -4, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, -1, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, -1, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, -1, 1, {6, 7, 8}, {0, 1, 2, 3, 4, 5, 9}, {0, 1, 2, 3, 4, 5, 100, 101, 102, 9}},
    {-4, -1, 2, {6, 8}, {0, 1, 2, 3, 4, 5, 7, 9}, {0, 1, 2, 3, 4, 5, 100, 7, 101, 9}},
    {-4, 0, -3, {6, 3}, {0, 1, 2, 4, 5, 7, 8, 9}, {0, 1, 2, 101, 4, 5, 100, 7, 8, 9}},
    {-4, 0, -1, {6, 5, 4, 3, 2, 1}, {0, 7, 8, 9}, {0, 105, 104, 103, 102, 101, 100, 7, 8, 9}},
    {-4, 0, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, 0, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, 3, -3, {6}, {0, 1, 2, 3, 4, 5, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 100, 7, 8, 9}},
    {-4, 3, -1, {6, 5, 4}, {0, 1, 2, 3, 7, 8, 9}, {0, 1, 2, 3, 102, 101, 100, 7, 8, 9}},
    {-4, 3, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, 3, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, 9, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, 9, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, 9, 1, {6, 7, 8}, {0, 1, 2, 3, 4, 5, 9}, {0, 1, 2, 3, 4, 5, 100, 101, 102, 9}},
    {-4, 9, 2, {6, 8}, {0, 1, 2, 3, 4, 5, 7, 9}, {0, 1, 2, 3, 4, 5, 100, 7, 101, 9}},
    {-4, 12, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, 12, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-4, 12, 1, {6, 7, 8, 9}, {0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5, 100, 101, 102, 103}},
    {-4, 12, 2, {6, 8}, {0, 1, 2, 3, 4, 5, 7, 9}, {0, 1, 2, 3, 4, 5, 100, 7, 101, 9}},
    {-1, NB, -3, {9, 6, 3, 0}, {1, 2, 4, 5, 7, 8}, {103, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {-1, NB, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {}, {109, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {-1, NB, 1, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {-1, NB, 2, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {-1, -12, -3, {9, 6, 3, 0}, {1, 2, 4, 5, 7, 8}, {103, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {-1, -12, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {}, {109, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {-1, -12, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, -12, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, -4, -3, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {-1, -4, -1, {9, 8, 7}, {0, 1, 2, 3, 4, 5, 6}, {0, 1, 2, 3, 4, 5, 6, 102, 101, 100}},
    {-1, -4, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, -4, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, -1, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, -1, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, -1, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, -1, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 0, -3, {9, 6, 3}, {0, 1, 2, 4, 5, 7, 8}, {0, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {-1, 0, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1}, {0}, {0, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {-1, 0, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 0, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 3, -3, {9, 6}, {0, 1, 2, 3, 4, 5, 7, 8}, {0, 1, 2, 3, 4, 5, 101, 7, 8, 100}},
    {-1, 3, -1, {9, 8, 7, 6, 5, 4}, {0, 1, 2, 3}, {0, 1, 2, 3, 105, 104, 103, 102, 101, 100}},
    {-1, 3, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 3, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 9, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 9, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 9, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 9, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 12, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 12, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {-1, 12, 1, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {-1, 12, 2, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {0, NB, -3, {0}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {100, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, NB, -1, {0}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {100, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, NB, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 109}},
    {0, NB, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {0, -12, -3, {0}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {100, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, -12, -1, {0}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {100, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, -12, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, -12, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, -4, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, -4, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, -4, 1, {0, 1, 2, 3, 4, 5}, {6, 7, 8, 9}, {100, 101, 102, 103, 104, 105, 6, 7, 8, 9}},
    {0, -4, 2, {0, 2, 4}, {1, 3, 5, 6, 7, 8, 9}, {100, 1, 101, 3, 102, 5, 6, 7, 8, 9}},
    {0, -1, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, -1, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, -1, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {9}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 9}},
    {0, -1, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {0, 0, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 0, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 0, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 0, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 3, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 3, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 3, 1, {0, 1, 2}, {3, 4, 5, 6, 7, 8, 9}, {100, 101, 102, 3, 4, 5, 6, 7, 8, 9}},
    {0, 3, 2, {0, 2}, {1, 3, 4, 5, 6, 7, 8, 9}, {100, 1, 101, 3, 4, 5, 6, 7, 8, 9}},
    {0, 9, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 9, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 9, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {9}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 9}},
    {0, 9, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {0, 12, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 12, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {0, 12, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {}, {100, 101, 102, 103, 104, 105, 106, 107, 108, 109}},
    {0, 12, 2, {0, 2, 4, 6, 8}, {1, 3, 5, 7, 9}, {100, 1, 101, 3, 102, 5, 103, 7, 104, 9}},
    {3, NB, -3, {3, 0}, {1, 2, 4, 5, 6, 7, 8, 9}, {101, 1, 2, 100, 4, 5, 6, 7, 8, 9}},
    {3, NB, -1, {3, 2, 1, 0}, {4, 5, 6, 7, 8, 9}, {103, 102, 101, 100, 4, 5, 6, 7, 8, 9}},
    {3, NB, 1, {3, 4, 5, 6, 7, 8, 9}, {0, 1, 2}, {0, 1, 2, 100, 101, 102, 103, 104, 105, 106}},
    {3, NB, 2, {3, 5, 7, 9}, {0, 1, 2, 4, 6, 8}, {0, 1, 2, 100, 4, 101, 6, 102, 8, 103}},
    {3, -12, -3, {3, 0}, {1, 2, 4, 5, 6, 7, 8, 9}, {101, 1, 2, 100, 4, 5, 6, 7, 8, 9}},
    {3, -12, -1, {3, 2, 1, 0}, {4, 5, 6, 7, 8, 9}, {103, 102, 101, 100, 4, 5, 6, 7, 8, 9}},
    {3, -12, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, -12, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, -4, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, -4, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, -4, 1, {3, 4, 5}, {0, 1, 2, 6, 7, 8, 9}, {0, 1, 2, 100, 101, 102, 6, 7, 8, 9}},
    {3, -4, 2, {3, 5}, {0, 1, 2, 4, 6, 7, 8, 9}, {0, 1, 2, 100, 4, 101, 6, 7, 8, 9}},
    {3, -1, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, -1, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, -1, 1, {3, 4, 5, 6, 7, 8}, {0, 1, 2, 9}, {0, 1, 2, 100, 101, 102, 103, 104, 105, 9}},
    {3, -1, 2, {3, 5, 7}, {0, 1, 2, 4, 6, 8, 9}, {0, 1, 2, 100, 4, 101, 6, 102, 8, 9}},
    {3, 0, -3, {3}, {0, 1, 2, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 100, 4, 5, 6, 7, 8, 9}},
    {3, 0, -1, {3, 2, 1}, {0, 4, 5, 6, 7, 8, 9}, {0, 102, 101, 100, 4, 5, 6, 7, 8, 9}},
    {3, 0, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 0, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 3, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 3, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 3, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 3, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 9, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 9, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 9, 1, {3, 4, 5, 6, 7, 8}, {0, 1, 2, 9}, {0, 1, 2, 100, 101, 102, 103, 104, 105, 9}},
    {3, 9, 2, {3, 5, 7}, {0, 1, 2, 4, 6, 8, 9}, {0, 1, 2, 100, 4, 101, 6, 102, 8, 9}},
    {3, 12, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 12, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {3, 12, 1, {3, 4, 5, 6, 7, 8, 9}, {0, 1, 2}, {0, 1, 2, 100, 101, 102, 103, 104, 105, 106}},
    {3, 12, 2, {3, 5, 7, 9}, {0, 1, 2, 4, 6, 8}, {0, 1, 2, 100, 4, 101, 6, 102, 8, 103}},
    {9, NB, -3, {9, 6, 3, 0}, {1, 2, 4, 5, 7, 8}, {103, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {9, NB, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {}, {109, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {9, NB, 1, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {9, NB, 2, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {9, -12, -3, {9, 6, 3, 0}, {1, 2, 4, 5, 7, 8}, {103, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {9, -12, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {}, {109, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {9, -12, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, -12, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, -4, -3, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {9, -4, -1, {9, 8, 7}, {0, 1, 2, 3, 4, 5, 6}, {0, 1, 2, 3, 4, 5, 6, 102, 101, 100}},
    {9, -4, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, -4, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, -1, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, -1, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, -1, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, -1, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 0, -3, {9, 6, 3}, {0, 1, 2, 4, 5, 7, 8}, {0, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {9, 0, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1}, {0}, {0, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {9, 0, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 0, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 3, -3, {9, 6}, {0, 1, 2, 3, 4, 5, 7, 8}, {0, 1, 2, 3, 4, 5, 101, 7, 8, 100}},
    {9, 3, -1, {9, 8, 7, 6, 5, 4}, {0, 1, 2, 3}, {0, 1, 2, 3, 105, 104, 103, 102, 101, 100}},
    {9, 3, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 3, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 9, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 9, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 9, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 9, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 12, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 12, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {9, 12, 1, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {9, 12, 2, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {12, NB, -3, {9, 6, 3, 0}, {1, 2, 4, 5, 7, 8}, {103, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {12, NB, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {}, {109, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {12, NB, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, NB, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, -12, -3, {9, 6, 3, 0}, {1, 2, 4, 5, 7, 8}, {103, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {12, -12, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {}, {109, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {12, -12, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, -12, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, -4, -3, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 100}},
    {12, -4, -1, {9, 8, 7}, {0, 1, 2, 3, 4, 5, 6}, {0, 1, 2, 3, 4, 5, 6, 102, 101, 100}},
    {12, -4, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, -4, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, -1, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, -1, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, -1, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, -1, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 0, -3, {9, 6, 3}, {0, 1, 2, 4, 5, 7, 8}, {0, 1, 2, 102, 4, 5, 101, 7, 8, 100}},
    {12, 0, -1, {9, 8, 7, 6, 5, 4, 3, 2, 1}, {0}, {0, 108, 107, 106, 105, 104, 103, 102, 101, 100}},
    {12, 0, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 0, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 3, -3, {9, 6}, {0, 1, 2, 3, 4, 5, 7, 8}, {0, 1, 2, 3, 4, 5, 101, 7, 8, 100}},
    {12, 3, -1, {9, 8, 7, 6, 5, 4}, {0, 1, 2, 3}, {0, 1, 2, 3, 105, 104, 103, 102, 101, 100}},
    {12, 3, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 3, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 9, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 9, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 9, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 9, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 12, -3, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 12, -1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 12, 1, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
    {12, 12, 2, {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
};

TEST(ListSlice, StepTableAsCPython) {
  for (const SliceCase& c : kSliceCases) {
    SCOPED_TRACE(testing::Message() << "[" << c.start << ":" << c.stop << ":" << c.step << "]");
    EXPECT_EQ(V(kiln_list_slice_step<lv_list_Signed*>(range10(), c.start, c.stop, c.step)), c.slice);
    EXPECT_EQ(V(kiln_list_slice_step<lv_array_Signed*>(range10(), c.start, c.stop, c.step)), c.slice);
    auto* d = range10();
    kiln_list_delslice_step<void>(d, c.start, c.stop, c.step);
    EXPECT_EQ(V(d), c.deleted);
    auto* a = range10();
    auto* source = kiln_list_make<lv_list_Signed*>(0);
    for (size_t i = 0; i < c.slice.size(); ++i) kiln_list_append<void>(source, int64_t(100 + i));
    kiln_list_setslice_step<void>(a, c.start, c.stop, c.step, source);
    EXPECT_EQ(V(a), c.assigned);
    EXPECT_EQ(takeException(), "");
  }
}

TEST(ListSlice, Errors) {
  kiln_list_slice_step<lv_list_Signed*>(range10(), NB, NB, 0);
  EXPECT_EQ(takeException(), "ValueError: slice step cannot be zero");
  kiln_list_delslice_step<void>(range10(), NB, NB, 0);
  EXPECT_EQ(takeException(), "ValueError: slice step cannot be zero");
  kiln_list_setslice_step<void>(range10(), NB, NB, 0, ints({}));
  EXPECT_EQ(takeException(), "ValueError: slice step cannot be zero");
  auto* l = range10();
  kiln_list_setslice_step<void>(l, NB, NB, 2, ints({1, 2}));
  EXPECT_EQ(takeException(), "ValueError: attempt to assign sequence of size 2 to extended slice of size 5");
  EXPECT_EQ(V(l), V(range10())); // unchanged
  kiln_list_setslice_step<void>(l, NB, NB, 1, ints({1, 2})); // step 1: any size
  EXPECT_EQ(V(l), (std::vector<int64_t>{1, 2}));
}

TEST(ListSlice, PlainSlices) {
  auto* l = ints({0, 1, 2, 3, 4});
  EXPECT_EQ(V(kiln_list_slice<lv_list_Signed*>(l, 1, -1)), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(V(kiln_list_slice<lv_list_Signed*>(l, -100, 100)), (std::vector<int64_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(V(kiln_list_slice<lv_list_Signed*>(l, 4, 2)), (std::vector<int64_t>{}));
  kiln_list_setslice<void>(l, 1, 3, l); // l[1:3] = l
  EXPECT_EQ(V(l), (std::vector<int64_t>{0, 0, 1, 2, 3, 4, 3, 4}));
  kiln_list_delslice<void>(l, -3, 100);
  EXPECT_EQ(V(l), (std::vector<int64_t>{0, 0, 1, 2, 3}));
  kiln_list_setslice<void>(l, 5, 0, fixedInts({7, 8})); // stop < start: an insertion at 5
  EXPECT_EQ(V(l), (std::vector<int64_t>{0, 0, 1, 2, 3, 7, 8}));
  kiln_list_setslice<void>(l, 0, 6, ints({}));
  EXPECT_EQ(V(l), (std::vector<int64_t>{8}));
  auto* c = kiln_list_make<lv_list_UniChar*>(0);
  kiln_list_setslice<void>(c, 0, 0, S("h\xc3\xa9!")); // l[0:0] = 'hé!'
  EXPECT_EQ(Repr(c), "['h', '\xc3\xa9', '!']");
}

// -- New lists ------------------------------------------------------------------------------------

TEST(ListNew, ExtendConcatMul) {
  auto* l = ints({0, 1, 2});
  kiln_list_extend<void>(l, l);
  EXPECT_EQ(V(l), (std::vector<int64_t>{0, 1, 2, 0, 1, 2}));
  auto* f = floats({0.5});
  kiln_list_extend<void>(f, fixedInts({1})); // ints widened to floats
  EXPECT_EQ(Repr(f), "[0.5, 1.0]");
  auto* s = strs({});
  kiln_list_extend<void>(s, S("a\xc3\xa9")); // l.extend('aé') into a list of strs
  EXPECT_EQ(Repr(s), "['a', '\xc3\xa9']");
  auto* b = ints({});
  kiln_list_extend<void>(b, S("\xff\x01")); // bytes into a list of ints
  EXPECT_EQ(V(b), (std::vector<int64_t>{255, 1}));
  EXPECT_EQ(V(kiln_list_concat<lv_list_Signed*>(ints({1}), fixedInts({2, 3}))), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(V(kiln_list_mul<lv_array_Signed*>(fixedInts({1, 2}), 3)), (std::vector<int64_t>{1, 2, 1, 2, 1, 2}));
  EXPECT_EQ(V(kiln_list_mul<lv_list_Signed*>(ints({1, 2}), -1)), (std::vector<int64_t>{}));
  auto* m = ints({1, 2, 3});
  kiln_list_inplace_mul<void>(m, 3);
  EXPECT_EQ(V(m), (std::vector<int64_t>{1, 2, 3, 1, 2, 3, 1, 2, 3}));
  kiln_list_inplace_mul<void>(m, 0);
  EXPECT_EQ(V(m), (std::vector<int64_t>{}));
  kiln_list_mul<lv_list_Signed*>(ints({1, 2}), INT64_MAX / 2);
  EXPECT_EQ(takeException(), "MemoryError: ");
  EXPECT_EQ(Repr(kiln_list_alloc_and_set<lv_list_str*>(2, S("x"))), "['x', 'x']");
  EXPECT_EQ(Repr(kiln_list_alloc_and_set<lv_array_Signed*>(-2, int64_t(1))), "[]");
}

TEST(ListNew, FromSources) {
  EXPECT_EQ(Repr(kiln_list_from<lv_array_UniChar*>(S("a\xc3\xa9"))), "['a', '\xc3\xa9']");
  EXPECT_EQ(Repr(kiln_list_from<lv_list_str*>(S("ab"))), "['a', 'b']");
  EXPECT_EQ(Repr(kiln_list_from<lv_array_Signed*>(S("abc"))), "[97, 98, 99]"); // list(b'abc')
  auto* bools = kiln_new_array<lv_array_Bool>(2);
  bools->items[0] = true;
  EXPECT_EQ(Repr(kiln_list_from<lv_list_Signed*>(bools)), "[1, 0]");
  auto* nodes = kiln_new_array<lv_array_Node>(1);
  nodes->items[0] = kiln_new<lv_Node>();
  auto* base = kiln_list_from<lv_array_Node*>(nodes);
  EXPECT_EQ(base->items[0], nodes->items[0]);
  EXPECT_NE(static_cast<void*>(base), static_cast<void*>(nodes));
}

TEST(ListNew, RangeList) {
  EXPECT_EQ(V(kiln_range_list<lv_array_Signed*>(0, 10, 3)), (std::vector<int64_t>{0, 3, 6, 9}));
  EXPECT_EQ(V(kiln_range_list<lv_list_Signed*>(10, 0, -3)), (std::vector<int64_t>{10, 7, 4, 1}));
  EXPECT_EQ(V(kiln_range_list<lv_array_Signed*>(5, 5, 1)), (std::vector<int64_t>{}));
  EXPECT_EQ(V(kiln_range_list<lv_array_Signed*>(INT64_MAX - 2, INT64_MAX, 1)), (std::vector<int64_t>{INT64_MAX - 2, INT64_MAX - 1}));
  EXPECT_EQ(V(kiln_range_list<lv_array_Signed*>(INT64_MIN, INT64_MIN + 5, 2)), (std::vector<int64_t>{INT64_MIN, INT64_MIN + 2, INT64_MIN + 4}));
  EXPECT_EQ(V(kiln_range_list<lv_array_Signed*>(INT64_MIN, INT64_MAX, 1LL << 62)).size(), 4u);
  kiln_range_list<lv_array_Signed*>(0, 1, 0);
  EXPECT_EQ(takeException(), "ValueError: range() arg 3 must not be zero");
}

} // namespace

// The dict helpers (runtime/include/kiln/generic/dict.h) on dict structs shaped as codegen emits
// them for rtyper/rtype_dict.cpp's layouts. Expected values are CPython 3.11's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/unit/runtime/dict_test_structs.h"


namespace {

dt_dict_int_int* newIntDict() { return kiln_dict_new<dt_dict_int_int*>(); }

template <class D> std::vector<std::string> keysOf(D* d) {
  using It = std::conditional_t<std::is_same_v<D, dt_dict_str_int>, dt_dictkeyiter_str_int, dt_dictkeyiter_int_int>;
  std::vector<std::string> out;
  It it{d, 0};
  for (;;) {
    auto k = kiln_dict_next_key<decltype(d->entries->items[0].key)>(&it);
    if (kiln_exc_type) break;
    if constexpr (std::is_same_v<decltype(k), str*>) out.push_back(T(k));
    else out.push_back(std::to_string(k));
  }
  EXPECT_EQ(takeException(), "StopIteration: ");
  return out;
}

std::vector<std::string> V(std::initializer_list<const char*> items) { return {items.begin(), items.end()}; }

} // namespace

// -- Basic operations -------------------------------------------------------------------------------------

TEST(DictTest, NewDictHasEightIndexesAndFiveEntries) {
  dt_dict_int_int* d = newIntDict();
  EXPECT_EQ(d->num_items, 0);
  EXPECT_EQ(d->num_used, 0);
  ASSERT_EQ(d->indexes->length, 8);
  EXPECT_EQ(d->entries->length, 5);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(d->indexes->items[i], -1);
  EXPECT_FALSE(kiln_dict_is_true<bool>(d));
  EXPECT_FALSE(kiln_dict_is_true<bool>(static_cast<dt_dict_int_int*>(nullptr)));
}

TEST(DictTest, SetGetContainsInInsertionOrder) {
  dt_dict_int_int* d = newIntDict();
  for (int64_t k : {5, -3, 1000000007, 0, 8, 16}) kiln_dict_setitem<void>(d, k, k * 2);
  kiln_dict_setitem<void>(d, int64_t(-3), int64_t(99)); // an update keeps the key's place
  EXPECT_EQ(d->num_items, 6);
  EXPECT_TRUE(kiln_dict_is_true<bool>(d));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, int64_t(-3)), 99);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, int64_t(1000000007)), 2000000014);
  EXPECT_TRUE(kiln_dict_contains<bool>(d, int64_t(16)));
  EXPECT_FALSE(kiln_dict_contains<bool>(d, int64_t(24)));
  EXPECT_EQ(kiln_dict_lookup<int64_t>(d, int64_t(0)), 3);
  EXPECT_EQ(kiln_dict_lookup<int64_t>(d, int64_t(7)), -1);
  EXPECT_EQ(keysOf(d), V({"5", "-3", "1000000007", "0", "8", "16"}));
  EXPECT_EQ(takeException(), "");
}

TEST(DictTest, DeletionAndReinsertionOrder) {
  // d = {1: 1, 2: 2, 3: 3}; del d[2]; d[2] = 5; list(d) == [1, 3, 2]
  dt_dict_int_int* d = newIntDict();
  for (int64_t k = 1; k <= 3; ++k) kiln_dict_setitem<void>(d, k, k);
  kiln_dict_delitem<void>(d, int64_t(2));
  EXPECT_EQ(d->num_items, 2);
  EXPECT_FALSE(kiln_dict_contains<bool>(d, int64_t(2)));
  kiln_dict_setitem<void>(d, int64_t(2), int64_t(5));
  EXPECT_EQ(keysOf(d), V({"1", "3", "2"}));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, int64_t(2)), 5);
  kiln_dict_delitem<void>(d, int64_t(2));
  EXPECT_EQ(takeException(), "");
  kiln_dict_delitem<void>(d, int64_t(2));
  EXPECT_EQ(takeException(), "KeyError: 2");
}

TEST(DictTest, GrowthPastThousandsOfKeys) {
  // CPython: the same operations give len 5500, these first and last keys, this fingerprint.
  dt_dict_int_int* d = newIntDict();
  for (int64_t i = 0; i < 10000; ++i) kiln_dict_setitem<void>(d, i * 7919 % 10007, i);
  for (int64_t i = 0; i < 10000; i += 2) kiln_dict_delitem<void>(d, i * 7919 % 10007);
  for (int64_t i = 0; i < 3000; i += 3) kiln_dict_setitem<void>(d, i * 7919 % 10007, -i);
  ASSERT_EQ(takeException(), "");
  EXPECT_EQ(d->num_items, 5500);
  std::vector<std::string> keys = keysOf(d);
  ASSERT_EQ(keys.size(), 5500u);
  EXPECT_EQ(std::vector<std::string>(keys.begin(), keys.begin() + 5), V({"7919", "3743", "9574", "5398", "1222"}));
  EXPECT_EQ(std::vector<std::string>(keys.end() - 5, keys.end()), V({"2980", "459", "7945", "5424", "2903"}));
  int64_t fingerprint = 0;
  for (size_t i = 0; i < keys.size(); ++i) fingerprint += std::stoll(keys[i]) * int64_t(i);
  EXPECT_EQ(fingerprint % 1000003, 634589);
  int64_t sum = 0;
  dt_dictvalueiter_int_int it{d, 0};
  for (int64_t v = kiln_dict_next_value<int64_t>(&it); !kiln_exc_type; v = kiln_dict_next_value<int64_t>(&it)) sum += v;
  EXPECT_EQ(takeException(), "StopIteration: ");
  EXPECT_EQ(sum, 22751500);
  // The table stays within its invariant: a power of two, entries 2/3 of it.
  int64_t size = d->indexes->length;
  EXPECT_EQ(size & (size - 1), 0);
  EXPECT_LE(d->entries->length, size * 2 / 3);
}

// CPython: d = {1: 1}; for k in d: d[k + 1] = 0  ->  RuntimeError on the second next(), and
// again on a third (the state is sticky); deleting and re-adding a key keeps the length.
TEST(DictTest, ChangedSizeDuringIteration) {
  dt_dict_int_int* d = newIntDict();
  kiln_dict_setitem<void>(d, int64_t(1), int64_t(1));
  dt_dictkeyiter_int_int it{d, 0, 0};
  EXPECT_EQ(kiln_dict_next_key<int64_t>(&it), 1);
  kiln_dict_setitem<void>(d, int64_t(2), int64_t(0));
  kiln_dict_next_key<int64_t>(&it);
  EXPECT_EQ(takeException(), "RuntimeError: dictionary changed size during iteration");
  kiln_dict_next_key<int64_t>(&it);
  EXPECT_EQ(takeException(), "RuntimeError: dictionary changed size during iteration");
  dt_dictkeyiter_int_int again{d, 0, 0};
  EXPECT_EQ(kiln_dict_next_key<int64_t>(&again), 1);
  kiln_dict_delitem<void>(d, int64_t(2));
  kiln_dict_setitem<void>(d, int64_t(3), int64_t(0));
  EXPECT_EQ(kiln_dict_next_key<int64_t>(&again), 3);
  EXPECT_EQ(takeException(), "");
}

TEST(DictTest, ClearAndCopy) {
  dt_dict_int_int* d = newIntDict();
  for (int64_t k = 0; k < 20; ++k) kiln_dict_setitem<void>(d, k, k * k);
  for (int64_t k = 0; k < 20; k += 3) kiln_dict_delitem<void>(d, k);
  dt_dict_int_int* c = kiln_dict_copy<dt_dict_int_int*>(d);
  EXPECT_EQ(c->num_items, 13);
  EXPECT_EQ(c->num_used, 13); // compacted
  EXPECT_EQ(keysOf(c), keysOf(d));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(c, int64_t(19)), 361);
  kiln_dict_setitem<void>(c, int64_t(100), int64_t(1));
  EXPECT_FALSE(kiln_dict_contains<bool>(d, int64_t(100)));
  kiln_dict_clear<void>(d);
  EXPECT_EQ(d->num_items, 0);
  EXPECT_EQ(keysOf(d), V({}));
  kiln_dict_setitem<void>(d, int64_t(7), int64_t(8));
  EXPECT_EQ(keysOf(d), V({"7"}));
  EXPECT_EQ(c->num_items, 14);
}

// -- Methods ------------------------------------------------------------------------------------------

TEST(DictTest, GetPopSetdefault) {
  dt_dict_int_int* d = newIntDict();
  kiln_dict_setitem<void>(d, int64_t(1), int64_t(10));
  EXPECT_EQ(kiln_dict_get<int64_t>(d, int64_t(1), int64_t(-1)), 10);
  EXPECT_EQ(kiln_dict_get<int64_t>(d, int64_t(2), int64_t(-1)), -1);
  EXPECT_EQ(kiln_dict_setdefault<int64_t>(d, int64_t(1), int64_t(5)), 10);
  EXPECT_EQ(kiln_dict_setdefault<int64_t>(d, int64_t(2), int64_t(5)), 5);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, int64_t(2)), 5);
  EXPECT_EQ(kiln_dict_pop<int64_t>(d, int64_t(1)), 10);
  EXPECT_EQ(kiln_dict_pop_default<int64_t>(d, int64_t(1), int64_t(42)), 42);
  EXPECT_EQ(takeException(), "");
  kiln_dict_pop<int64_t>(d, int64_t(1));
  EXPECT_EQ(takeException(), "KeyError: 1");
  EXPECT_EQ(keysOf(d), V({"2"}));
}

TEST(DictTest, WiderResultTypes) {
  // d.get(k, 0.5) of a dict of ints: a float result.
  dt_dict_int_int* d = newIntDict();
  kiln_dict_setitem<void>(d, int64_t(1), int64_t(3));
  EXPECT_EQ(kiln_dict_get<double>(d, int64_t(1), 0.5), 3.0);
  EXPECT_EQ(kiln_dict_get<double>(d, int64_t(2), 0.5), 0.5);
  EXPECT_EQ(kiln_dict_pop_default<double>(d, int64_t(1), 0.5), 3.0);
  EXPECT_EQ(d->num_items, 0);
  // A dict of Nodes read as Base (or None).
  auto* nodes = kiln_dict_new<dt_dict_prog_Node_prog_Node*>();
  dt_prog_Node* n = kiln_new<dt_prog_Node>();
  kiln_dict_setitem<void>(nodes, n, n);
  EXPECT_EQ(kiln_dict_get<dt_prog_Base*>(nodes, n, static_cast<dt_prog_Base*>(nullptr)), &n->super);
  EXPECT_EQ(kiln_dict_get<dt_prog_Base*>(nodes, kiln_new<dt_prog_Node>(), kiln_none), nullptr);
  // A dict of Nones read as a Node or None.
  auto* nones = kiln_dict_new<dt_dict_int_none*>();
  kiln_dict_setitem<void>(nones, int64_t(4), kiln_none);
  EXPECT_EQ(kiln_dict_get<dt_prog_Node*>(nones, int64_t(4), n), nullptr);
  EXPECT_EQ(kiln_dict_get<dt_prog_Node*>(nones, int64_t(5), n), n);
  EXPECT_EQ(takeException(), "");
}

TEST(DictTest, VoidValues) {
  auto* d = kiln_dict_new<dt_dict_int_none*>();
  kiln_dict_setitem<void>(d, int64_t(3), kiln_none);
  kiln_dict_setitem<void>(d, int64_t(1), kiln_none);
  kiln_dict_getitem<void>(d, int64_t(3));
  EXPECT_EQ(takeException(), "");
  kiln_dict_getitem<void>(d, int64_t(2));
  EXPECT_EQ(takeException(), "KeyError: 2");
  dt_dictitemiter_int_none it{d, 0};
  dt_tuple2_Signed_Void* t = kiln_dict_next_item<dt_tuple2_Signed_Void*>(&it);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->item0, 3);
  EXPECT_EQ(kiln_dict_next_item<dt_tuple2_Signed_Void*>(&it)->item0, 1);
  EXPECT_EQ(kiln_dict_next_item<dt_tuple2_Signed_Void*>(&it), nullptr);
  EXPECT_EQ(takeException(), "StopIteration: ");
}

TEST(DictTest, UpdateWidensAndKeepsOrder) {
  // f = {2: 0.5}; f.update({1: 10, 2: 20}) -> {2: 20.0, 1: 10.0}
  auto* f = kiln_dict_new<dt_dict_int_float*>();
  kiln_dict_setitem<void>(f, int64_t(2), 0.5);
  dt_dict_int_int* d = newIntDict();
  kiln_dict_setitem<void>(d, int64_t(1), int64_t(10));
  kiln_dict_setitem<void>(d, int64_t(2), int64_t(20));
  kiln_dict_update<void>(f, d);
  EXPECT_EQ(f->num_items, 2);
  EXPECT_EQ(f->entries->items[0].key, 2);
  EXPECT_EQ(f->entries->items[0].value, 20.0);
  EXPECT_EQ(f->entries->items[1].key, 1);
  EXPECT_EQ(f->entries->items[1].value, 10.0);
  kiln_dict_update<void>(d, d); // itself: unchanged
  EXPECT_EQ(keysOf(d), V({"1", "2"}));
}

// -- Iterators -----------------------------------------------------------------------------------------

TEST(DictTest, ItemIteratorSkipsDeletedEntries) {
  dt_dict_int_int* d = newIntDict();
  for (int64_t k = 1; k <= 4; ++k) kiln_dict_setitem<void>(d, k, k * 10);
  kiln_dict_delitem<void>(d, int64_t(1));
  kiln_dict_delitem<void>(d, int64_t(3));
  dt_dictitemiter_int_int it{d, 0};
  dt_tuple2_Signed_Signed* a = kiln_dict_next_item<dt_tuple2_Signed_Signed*>(&it);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->item0, 2);
  EXPECT_EQ(a->item1, 20);
  EXPECT_EQ(it.index, 2);
  // The tuple type may be wider than the entry: (int, float).
  dt_tuple2_Signed_Float* b = kiln_dict_next_item<dt_tuple2_Signed_Float*>(&it);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->item0, 4);
  EXPECT_EQ(b->item1, 40.0);
  EXPECT_EQ(kiln_dict_next_item<dt_tuple2_Signed_Signed*>(&it), nullptr);
  EXPECT_EQ(takeException(), "StopIteration: ");
  EXPECT_EQ(kiln_dict_next_item<dt_tuple2_Signed_Signed*>(&it), nullptr); // stays exhausted
  EXPECT_EQ(takeException(), "StopIteration: ");
}

// -- Key types -------------------------------------------------------------------------------------------

TEST(DictTest, StrKeysCompareByContents) {
  auto* d = kiln_dict_new<dt_dict_str_int*>();
  kiln_dict_setitem<void>(d, S("apple"), int64_t(1));
  kiln_dict_setitem<void>(d, S("pear"), int64_t(2));
  kiln_dict_setitem<void>(d, S("h\xc3\xa9"), int64_t(3));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, S("pear")), 2);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, S("h\xc3\xa9")), 3);
  kiln_dict_delitem<void>(d, S("apple"));
  EXPECT_EQ(d->entries->items[0].key, nullptr); // no `valid`: a deleted entry's key is null
  EXPECT_EQ(keysOf(d), V({"pear", "h\xc3\xa9"}));
  kiln_dict_getitem<int64_t>(d, S("apple"));
  EXPECT_EQ(takeException(), "KeyError: 'apple'");
  kiln_dict_getitem<int64_t>(d, S("it's"));
  EXPECT_EQ(takeException(), "KeyError: \"it's\"");
}

TEST(DictTest, NullableStrKeysHoldNone) {
  // t = {None: 1, 'b': 2}
  auto* d = kiln_dict_new<dt_dict_str_or_none_int*>();
  kiln_dict_setitem<void>(d, static_cast<str*>(nullptr), int64_t(1));
  kiln_dict_setitem<void>(d, S("b"), int64_t(2));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, static_cast<str*>(nullptr)), 1);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, S("b")), 2);
  kiln_dict_delitem<void>(d, static_cast<str*>(nullptr));
  kiln_dict_getitem<int64_t>(d, static_cast<str*>(nullptr));
  EXPECT_EQ(takeException(), "KeyError: None");
}

TEST(DictTest, CharKeysFoundByOneCharStrs) {
  // {'a': 1, 'é': 2}: the keys are chars; `s in d` may ask with any str.
  auto* d = kiln_dict_new<dt_dict_unichar_int*>();
  kiln_dict_setitem<void>(d, uint32_t('a'), int64_t(1));
  kiln_dict_setitem<void>(d, uint32_t(0xE9), int64_t(2));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, uint32_t('a')), 1);
  EXPECT_TRUE(kiln_dict_contains<bool>(d, S("a")));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, S("\xc3\xa9")), 2);
  EXPECT_FALSE(kiln_dict_contains<bool>(d, S("ab")));
  EXPECT_FALSE(kiln_dict_contains<bool>(d, S("")));
  kiln_dict_getitem<int64_t>(d, uint32_t('z'));
  EXPECT_EQ(takeException(), "KeyError: 'z'");
  kiln_dict_getitem<int64_t>(d, S("zz"));
  EXPECT_EQ(takeException(), "KeyError: 'zz'");
}

TEST(DictTest, BoolUintAndNoneKeys) {
  auto* b = kiln_dict_new<dt_dict_bool_int*>();
  kiln_dict_setitem<void>(b, true, int64_t(1));
  kiln_dict_setitem<void>(b, false, int64_t(0));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(b, true), 1);
  kiln_dict_delitem<void>(b, true);
  kiln_dict_getitem<int64_t>(b, true);
  EXPECT_EQ(takeException(), "KeyError: True");
  // {True: 1} == {1.0: 1}
  auto* f = kiln_dict_new<dt_dict_float_int*>();
  kiln_dict_setitem<void>(f, 0.0, int64_t(0));
  EXPECT_TRUE(kiln_dict_eq<bool>(b, f));

  auto* u = kiln_dict_new<dt_dict_uint_int*>();
  uint64_t big = ~uint64_t(0);
  kiln_dict_setitem<void>(u, big, int64_t(1));
  kiln_dict_setitem<void>(u, uint64_t(5), int64_t(2));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(u, big), 1);
  kiln_dict_getitem<int64_t>(u, uint64_t(6));
  EXPECT_EQ(takeException(), "KeyError: r_uint(6)"); // kiln.rarithmetic's repr of an r_uint
  auto* i = kiln_dict_new<dt_dict_int_int*>();
  kiln_dict_setitem<void>(i, int64_t(-1), int64_t(1)); // -1 is no r_uint 2**64 - 1
  kiln_dict_setitem<void>(i, int64_t(5), int64_t(2));
  EXPECT_FALSE(kiln_dict_eq<bool>(i, u));
  EXPECT_FALSE(kiln_dict_eq<bool>(u, i));

  auto* n = kiln_dict_new<dt_dict_none_int*>();
  kiln_dict_setitem<void>(n, kiln_none, int64_t(1));
  kiln_dict_setitem<void>(n, kiln_none, int64_t(2));
  EXPECT_EQ(n->num_items, 1);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(n, kiln_none), 2);
  kiln_dict_delitem<void>(n, kiln_none);
  kiln_dict_getitem<int64_t>(n, kiln_none);
  EXPECT_EQ(takeException(), "KeyError: None");
}

TEST(DictTest, FloatKeys) {
  // f = {i / 4: i for i in range(100)}; del every third; CPython: 66 items, f[24.5] == 98.
  auto* f = kiln_dict_new<dt_dict_float_int*>();
  for (int64_t i = 0; i < 100; ++i) kiln_dict_setitem<void>(f, double(i) / 4, i);
  for (int64_t i = 0; i < 100; i += 3) kiln_dict_delitem<void>(f, double(i) / 4);
  EXPECT_EQ(f->num_items, 66);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(f, 24.5), 98);
  EXPECT_FALSE(kiln_dict_contains<bool>(f, 24.75));
  int64_t sum = 0;
  for (int64_t i = 0; i < f->num_used; ++i)
    if (f->entries->items[i].valid) sum += f->entries->items[i].value;
  EXPECT_EQ(sum, 3267);
  dt_dictkeyiter_float_int it{f, 0};
  EXPECT_EQ(kiln_dict_next_key<double>(&it), 0.25);
  EXPECT_EQ(kiln_dict_next_key<double>(&it), 0.5);
  EXPECT_EQ(kiln_dict_next_key<double>(&it), 1.0);
  // 0.0 and -0.0 are one key; NaN is never found (a new NaN is not in CPython either).
  auto* z = kiln_dict_new<dt_dict_float_int*>();
  kiln_dict_setitem<void>(z, 0.0, int64_t(1));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(z, -0.0), 1);
  kiln_dict_setitem<void>(z, __builtin_nan(""), int64_t(2));
  EXPECT_FALSE(kiln_dict_contains<bool>(z, __builtin_nan("")));
  kiln_dict_getitem<int64_t>(z, 1.5);
  EXPECT_EQ(takeException(), "KeyError: 1.5");
  kiln_dict_getitem<int64_t>(z, 1e100);
  EXPECT_EQ(takeException(), "KeyError: 1e+100");
}

TEST(DictTest, TupleKeys) {
  auto tuple = [](int64_t a, const char* b) {
    auto* t = kiln_new<dt_tuple2_Signed_str>();
    t->item0 = a;
    t->item1 = S(b);
    return t;
  };
  auto* d = kiln_dict_new<dt_dict_tuple2_Signed_str_int*>();
  for (int64_t i = 0; i < 50; ++i) kiln_dict_setitem<void>(d, tuple(i, i % 2 ? "odd" : "even"), i);
  EXPECT_EQ(d->num_items, 50);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, tuple(7, "odd")), 7);
  EXPECT_FALSE(kiln_dict_contains<bool>(d, tuple(7, "even")));
  EXPECT_EQ(d->entries->items[7].hash, kiln_hash(d->entries->items[7].key));
  kiln_dict_getitem<int64_t>(d, tuple(1, "x"));
  EXPECT_EQ(takeException(), "KeyError: (1, 'x')");
}

TEST(DictTest, InstanceKeysByIdentity) {
  auto* d = kiln_dict_new<dt_dict_prog_Node_prog_Node*>();
  dt_object_vtable vt{1, 2, S("Node")};
  std::vector<dt_prog_Node*> nodes;
  for (int i = 0; i < 30; ++i) {
    dt_prog_Node* n = kiln_new<dt_prog_Node>();
    n->super.super.typeptr = &vt;
    n->inst_x = i;
    nodes.push_back(n);
    kiln_dict_setitem<void>(d, n, n);
  }
  EXPECT_EQ(kiln_dict_getitem<dt_prog_Node*>(d, nodes[17])->inst_x, 17);
  dt_prog_Node* other = kiln_new<dt_prog_Node>();
  other->super.super.typeptr = &vt;
  other->inst_x = 17;
  EXPECT_FALSE(kiln_dict_contains<bool>(d, other));
  kiln_dict_delitem<void>(d, nodes[3]);
  EXPECT_EQ(d->entries->items[3].key, nullptr);
  kiln_dict_getitem<dt_prog_Node*>(d, other);
  std::string message = takeException();
  char expected[64];
  std::snprintf(expected, sizeof expected, "KeyError: <__main__.Node object at %p>", static_cast<void*>(other));
  EXPECT_EQ(message, expected);
}

TEST(DictTest, SetOfInstances) {
  auto* d = kiln_dict_new<dt_dict_prog_Node_none*>();
  dt_prog_Node* a = kiln_new<dt_prog_Node>();
  dt_prog_Node* b = kiln_new<dt_prog_Node>();
  kiln_dict_setitem<void>(d, a, kiln_none);
  kiln_dict_setitem<void>(d, b, kiln_none);
  kiln_dict_setitem<void>(d, a, kiln_none);
  EXPECT_EQ(d->num_items, 2);
  EXPECT_TRUE(kiln_dict_contains<bool>(d, b));
  kiln_dict_delitem<void>(d, a);
  EXPECT_FALSE(kiln_dict_contains<bool>(d, a));
  kiln_dict_setitem<void>(d, a, kiln_none);
  dt_dictkeyiter_prog_Node_none it{d, 0};
  EXPECT_EQ(kiln_dict_next_key<dt_prog_Base*>(&it), &b->super); // widened to the base
  EXPECT_EQ(kiln_dict_next_key<dt_prog_Node*>(&it), a);
  EXPECT_EQ(kiln_dict_next_key<dt_prog_Node*>(&it), nullptr);
  EXPECT_EQ(takeException(), "StopIteration: ");
}

// -- Prebuilt dicts ------------------------------------------------------------------------------------------
// Static data as codegen writes it: null indexes, zero hashes, entries exactly as long as needed.

GcArray_dt_dictentry_float_int gPrebuiltFloatEntries = {3, {{1.5, 10, 0, true}, {-2.0, 20, 0, true}, {1e300, 30, 0, true}}};
dt_dict_float_int gPrebuiltFloat = {3, 3, nullptr, &gPrebuiltFloatEntries};

GcArray_dt_dictentry_int_int gPrebuiltIntEntries = {2, {{7, 70, true}, {8, 80, true}}};
dt_dict_int_int gPrebuiltInt = {2, 2, nullptr, &gPrebuiltIntEntries};

TEST(DictTest, PrebuiltDictIndexedAtFirstLookup) {
  EXPECT_EQ(kiln_dict_getitem<int64_t>(&gPrebuiltFloat, -2.0), 20);
  ASSERT_NE(gPrebuiltFloat.indexes, nullptr);
  EXPECT_EQ(gPrebuiltFloatEntries.items[0].hash, kiln_hash(1.5));
  EXPECT_EQ(kiln_dict_getitem<int64_t>(&gPrebuiltFloat, 1e300), 30);
  // Entries are full: the next insertion moves them to a new array.
  kiln_dict_setitem<void>(&gPrebuiltFloat, 4.0, int64_t(40));
  EXPECT_NE(gPrebuiltFloat.entries, &gPrebuiltFloatEntries);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(&gPrebuiltFloat, 1.5), 10);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(&gPrebuiltFloat, 4.0), 40);
  dt_dictkeyiter_float_int it{&gPrebuiltFloat, 0};
  std::vector<double> keys;
  for (double k = kiln_dict_next_key<double>(&it); !kiln_exc_type; k = kiln_dict_next_key<double>(&it)) keys.push_back(k);
  EXPECT_EQ(takeException(), "StopIteration: ");
  EXPECT_EQ(keys, (std::vector<double>{1.5, -2.0, 1e300, 4.0}));
}

TEST(DictTest, PrebuiltDictCopiedAndIteratedBeforeAnyLookup) {
  EXPECT_EQ(keysOf(&gPrebuiltInt), V({"7", "8"}));
  dt_dict_int_int* c = kiln_dict_copy<dt_dict_int_int*>(&gPrebuiltInt);
  EXPECT_EQ(c->indexes, nullptr); // unindexed, as its source
  EXPECT_EQ(kiln_dict_getitem<int64_t>(c, int64_t(8)), 80);
  EXPECT_EQ(gPrebuiltInt.indexes, nullptr);
  kiln_dict_delitem<void>(&gPrebuiltInt, int64_t(7));
  EXPECT_EQ(keysOf(&gPrebuiltInt), V({"8"}));
  EXPECT_EQ(keysOf(c), V({"7", "8"}));
}

// -- r_dict ------------------------------------------------------------------------------------------------
// r_dict(eq, hash) with keys equal modulo 10; a hash that raises for negative keys.

namespace {
int gEqCalls = 0;
bool modEq(int64_t a, int64_t b) {
  ++gEqCalls;
  return a % 10 == b % 10;
}
int64_t modHash(int64_t a) {
  if (a < 0) {
    kiln_raise_fmt(KILN_EXC_ValueError, "negative key %lld", (long long)a);
    return -1;
  }
  return a % 10;
}
// key_eq that, once, grows the dict it compares in (keys 100..119): the probe restarts.
int64_t constHash(int64_t) { return 7; } // every key collides
bool plainEq(int64_t a, int64_t b) { return a == b; }
dt_rdict_int_int* gGrown = nullptr;
bool growingEq(int64_t a, int64_t b) {
  if (dt_rdict_int_int* d = gGrown) {
    gGrown = nullptr;
    for (int64_t k = 100; k < 120; ++k) kiln_dict_setitem<void>(d, k, k, &plainEq, &constHash);
  }
  return a == b;
}
bool raisingEq(int64_t, int64_t) {
  kiln_raise_fmt(KILN_EXC_RuntimeError, "eq called");
  return false;
}
} // namespace

TEST(DictTest, RDictUsesItsFunctions) {
  auto* d = kiln_dict_new<dt_rdict_int_int*>();
  kiln_dict_setitem<void>(d, int64_t(3), int64_t(1), &modEq, &modHash);
  kiln_dict_setitem<void>(d, int64_t(13), int64_t(2), &modEq, &modHash); // the same key as 3
  kiln_dict_setitem<void>(d, int64_t(4), int64_t(3), &modEq, &modHash);
  EXPECT_EQ(d->num_items, 2);
  EXPECT_EQ(d->entries->items[0].key, 3);
  EXPECT_EQ(d->entries->items[0].value, 2);
  EXPECT_EQ(d->entries->items[0].hash, 3);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, int64_t(23), &modEq, &modHash), 2);
  EXPECT_TRUE(kiln_dict_contains<bool>(d, int64_t(14), &modEq, &modHash));
  EXPECT_EQ(kiln_dict_get<int64_t>(d, int64_t(5), int64_t(-1), &modEq, &modHash), -1);
  EXPECT_EQ(kiln_dict_pop<int64_t>(d, int64_t(104), &modEq, &modHash), 3);
  EXPECT_EQ(kiln_dict_setdefault<int64_t>(d, int64_t(33), int64_t(9), &modEq, &modHash), 2);
  kiln_dict_delitem<void>(d, int64_t(5), &modEq, &modHash);
  EXPECT_EQ(takeException(), "KeyError: 5");
  for (int64_t k = 0; k < 200; ++k) kiln_dict_setitem<void>(d, k, k, &modEq, &modHash);
  EXPECT_EQ(d->num_items, 10);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, int64_t(7), &modEq, &modHash), 197);
  EXPECT_EQ(takeException(), "");
}

TEST(DictTest, RDictFunctionsThatRaise) {
  auto* d = kiln_dict_new<dt_rdict_int_int*>();
  kiln_dict_setitem<void>(d, int64_t(1), int64_t(1), &modEq, &modHash);
  kiln_dict_setitem<void>(d, int64_t(-5), int64_t(2), &modEq, &modHash);
  EXPECT_EQ(takeException(), "ValueError: negative key -5");
  EXPECT_EQ(d->num_items, 1);
  kiln_dict_getitem<int64_t>(d, int64_t(-1), &modEq, &modHash);
  EXPECT_EQ(takeException(), "ValueError: negative key -1"); // not a KeyError
  EXPECT_FALSE(kiln_dict_contains<bool>(d, int64_t(11), &raisingEq, &modHash));
  EXPECT_EQ(takeException(), "RuntimeError: eq called");
  EXPECT_EQ(kiln_dict_pop_default<int64_t>(d, int64_t(-2), int64_t(0), &modEq, &modHash), 0);
  EXPECT_EQ(takeException(), "ValueError: negative key -2");
  EXPECT_EQ(d->num_items, 1);
}

TEST(DictTest, RDictProbeRestartsWhenKeyEqGrowsTheDict) {
  auto* d = kiln_dict_new<dt_rdict_int_int*>();
  for (int64_t k = 1; k <= 4; ++k) kiln_dict_setitem<void>(d, k, k * 10, &growingEq, &constHash);
  auto* before = d->entries;
  gGrown = d;
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, int64_t(3), &growingEq, &constHash), 30);
  EXPECT_NE(d->entries, before);
  EXPECT_EQ(d->num_items, 24);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(d, int64_t(119), &growingEq, &constHash), 119);
  EXPECT_EQ(takeException(), "");
}

GcArray_dt_rdictentry_int_int gPrebuiltREntries = {2, {{21, 1, 0, true}, {-4, 2, 0, true}}};
dt_rdict_int_int gPrebuiltR = {2, 2, nullptr, &gPrebuiltREntries};

TEST(DictTest, PrebuiltRDictHashesWithItsFunction) {
  // Its key_hash raises for the key -4: the lookup fails, the dict stays unindexed.
  kiln_dict_getitem<int64_t>(&gPrebuiltR, int64_t(1), &modEq, &modHash);
  EXPECT_EQ(takeException(), "ValueError: negative key -4");
  EXPECT_EQ(gPrebuiltR.indexes, nullptr);
  gPrebuiltREntries.items[1].key = 4;
  EXPECT_EQ(kiln_dict_getitem<int64_t>(&gPrebuiltR, int64_t(1), &modEq, &modHash), 1);
  EXPECT_EQ(kiln_dict_getitem<int64_t>(&gPrebuiltR, int64_t(14), &modEq, &modHash), 2);
  EXPECT_EQ(gPrebuiltREntries.items[0].hash, 1);
}

// -- Equality -------------------------------------------------------------------------------------------------

TEST(DictTest, EqualityAcrossTypes) {
  dt_dict_int_int* a = newIntDict();
  kiln_dict_setitem<void>(a, int64_t(1), int64_t(2));
  kiln_dict_setitem<void>(a, int64_t(3), int64_t(4));
  auto* b = kiln_dict_new<dt_dict_float_float*>();
  kiln_dict_setitem<void>(b, 3.0, 4.0);
  kiln_dict_setitem<void>(b, 1.0, 2.0);
  EXPECT_TRUE(kiln_dict_eq<bool>(a, b)); // {1: 2, 3: 4} == {3.0: 4.0, 1.0: 2.0}
  EXPECT_TRUE(kiln_dict_eq<bool>(b, a));
  kiln_dict_setitem<void>(b, 1.0, 2.5);
  EXPECT_FALSE(kiln_dict_eq<bool>(a, b)); // {1: 2} != {1.0: 2.5}
  kiln_dict_setitem<void>(b, 1.0, 2.0);
  kiln_dict_delitem<void>(b, 3.0);
  kiln_dict_setitem<void>(b, 3.5, 4.0);
  EXPECT_FALSE(kiln_dict_eq<bool>(a, b)); // 3.5 is no int key
  EXPECT_FALSE(kiln_dict_eq<bool>(b, a));
  kiln_dict_delitem<void>(b, 3.5);
  EXPECT_FALSE(kiln_dict_eq<bool>(a, b)); // lengths differ
  EXPECT_TRUE(kiln_dict_eq<bool>(static_cast<dt_dict_int_int*>(nullptr), static_cast<dt_dict_float_float*>(nullptr)));
  EXPECT_FALSE(kiln_dict_eq<bool>(a, static_cast<dt_dict_int_int*>(nullptr)));
  EXPECT_TRUE(kiln_dict_eq<bool>(a, a));
  // Insertion order does not matter; str keys by contents.
  auto* s = kiln_dict_new<dt_dict_str_int*>();
  auto* t = kiln_dict_new<dt_dict_str_int*>();
  kiln_dict_setitem<void>(s, S("x"), int64_t(1));
  kiln_dict_setitem<void>(s, S("y"), int64_t(2));
  kiln_dict_setitem<void>(t, S("y"), int64_t(2));
  kiln_dict_setitem<void>(t, S("x"), int64_t(1));
  EXPECT_TRUE(kiln_dict_eq<bool>(s, t));
  // Chars among strs: {'x': 1, 'y': 2} == {'x': 1, 'y': 2} with char keys on one side.
  auto* c = kiln_dict_new<dt_dict_unichar_int*>();
  kiln_dict_setitem<void>(c, uint32_t('x'), int64_t(1));
  kiln_dict_setitem<void>(c, uint32_t('y'), int64_t(2));
  EXPECT_TRUE(kiln_dict_eq<bool>(c, s));
  EXPECT_TRUE(kiln_dict_eq<bool>(s, c));
}

TEST(DictTest, EqualityOfListValues) {
  // {1: [1, 2]} == {1: [1, 2]}, != {1: [1, 3]}
  auto list = [](std::initializer_list<int64_t> xs) {
    auto* l = kiln_new<dt_list_Signed>();
    l->items = kiln_new_array<dt_GcArray_Signed_items>(int64_t(xs.size()));
    for (int64_t x : xs) l->items->items[l->length++] = x;
    return l;
  };
  auto* a = kiln_dict_new<dt_dict_int_list_Signed*>();
  auto* b = kiln_dict_new<dt_dict_int_list_Signed*>();
  kiln_dict_setitem<void>(a, int64_t(1), list({1, 2}));
  kiln_dict_setitem<void>(b, int64_t(1), list({1, 2}));
  EXPECT_TRUE(kiln_dict_eq<bool>(a, b));
  kiln_dict_setitem<void>(b, int64_t(1), list({1, 3}));
  EXPECT_FALSE(kiln_dict_eq<bool>(a, b));
}

TEST(DictTest, RDictEqualityUsesTheRightHandFunctions) {
  auto* a = kiln_dict_new<dt_rdict_int_int*>();
  auto* b = kiln_dict_new<dt_rdict_int_int*>();
  kiln_dict_setitem<void>(a, int64_t(1), int64_t(5), &modEq, &modHash);
  kiln_dict_setitem<void>(b, int64_t(11), int64_t(5), &modEq, &modHash);
  gEqCalls = 0;
  EXPECT_TRUE(kiln_dict_eq<bool>(a, b, &modEq, &modHash));
  EXPECT_EQ(gEqCalls, 1);
}

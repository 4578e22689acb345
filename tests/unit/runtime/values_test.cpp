// Tests of kiln/generic/values.h: equality, ordering, truth, hashing and repr of every value kind
// a container holds. Expected values are CPython 3.11's (python3 -c "print(repr(...))").
#include <gtest/gtest.h>

#include <cmath>

#include "tests/unit/runtime/list_test_structs.h"

namespace {

lv_tuple2_Signed_Float* pairIF(int64_t a, double b) {
  auto* t = kiln_new<lv_tuple2_Signed_Float>();
  t->item0 = a;
  t->item1 = b;
  return t;
}
lv_tuple2_Float_Signed* pairFI(double a, int64_t b) {
  auto* t = kiln_new<lv_tuple2_Float_Signed>();
  t->item0 = a;
  t->item1 = b;
  return t;
}
lv_tuple2_Signed_str* pairIS(int64_t a, const char* b) {
  auto* t = kiln_new<lv_tuple2_Signed_str>();
  t->item0 = a;
  t->item1 = b ? S(b) : nullptr;
  return t;
}

// -- Kinds ----------------------------------------------------------------------------------------

TEST(ValuesKinds, ByTypeAndName) {
  EXPECT_EQ(kiln_kind_of<int64_t>(), kiln_kind::integer);
  EXPECT_EQ(kiln_kind_of<uint64_t>(), kiln_kind::uinteger);
  EXPECT_EQ(kiln_kind_of<uint32_t>(), kiln_kind::character);
  EXPECT_EQ(kiln_kind_of<bool>(), kiln_kind::boolean);
  EXPECT_EQ(kiln_kind_of<double>(), kiln_kind::floating);
  EXPECT_EQ(kiln_kind_of<kiln_none_t>(), kiln_kind::none);
  EXPECT_EQ(kiln_kind_of<str*>(), kiln_kind::string);
  EXPECT_EQ(kiln_kind_of<lv_list_Signed*>(), kiln_kind::list);
  EXPECT_EQ(kiln_kind_of<lv_array_Signed*>(), kiln_kind::array);
  EXPECT_EQ(kiln_kind_of<lv_list_Void*>(), kiln_kind::void_list);
  EXPECT_EQ(kiln_kind_of<lv_dict_int_str*>(), kiln_kind::dict);
  EXPECT_EQ(kiln_kind_of<lv_tuple2_Signed_str*>(), kiln_kind::tuple);
  EXPECT_EQ(kiln_kind_of<lv_Node*>(), kiln_kind::instance);
  static_assert(std::is_same_v<kiln_seq_item_t<lv_list_str>, str*>);
  static_assert(std::is_same_v<kiln_seq_item_t<lv_array_Float>, double>);
  static_assert(std::is_same_v<kiln_seq_item_t<lv_list_Void>, kiln_none_t>);
}

TEST(ValuesAlloc, TypeIdsAndGcPointers) {
  static_assert(kiln_tid_of<str>() == KILN_TID_STR && kiln_tid_of<file>() == KILN_TID_FILE &&
                kiln_tid_of<strbuilder>() == KILN_TID_STRBUILDER &&
                kiln_tid_of<kiln_str_array>() == KILN_TID_STR_ARRAY);
  static_assert(kiln_tid_of<lv_list_Signed>() == kiln_test_tid_lv_list_Signed);
  // Roots are GC pointers only: no numbers, vtables or function pointers.
  static_assert(kiln_is_gc_ptr_v<str*> && kiln_is_gc_ptr_v<const str*> &&
                kiln_is_gc_ptr_v<lv_Node*> && kiln_is_gc_ptr_v<kiln_object_head*>);
  static_assert(!kiln_is_gc_ptr_v<int64_t> && !kiln_is_gc_ptr_v<kiln_vtable_head*> &&
                !kiln_is_gc_ptr_v<int64_t (*)(lv_Counter*)> && !kiln_is_gc_ptr_v<kiln_none_t>);
  // The write barrier guards stores of GC pointers and of inlined structs that may hold some.
  static_assert(kiln_holds_gc_ptrs_v<str*> && kiln_holds_gc_ptrs_v<lv_dictentry_int_str> &&
                !kiln_holds_gc_ptrs_v<double> && !kiln_holds_gc_ptrs_v<kiln_none_t>);
  EXPECT_EQ(kiln_gc_types[kiln_test_tid_lv_array_str].item_size, sizeof(str*));
}

TEST(ValuesAlloc, NewAndArrays) {
  auto* t = kiln_new<lv_tuple2_Signed_str>();
  EXPECT_EQ(t->item0, 0);
  EXPECT_EQ(t->item1, nullptr);
  auto* a = kiln_new_array<lv_array_Float>(5);
  EXPECT_EQ(a->length, 5);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(a->items[i], 0.0);
  EXPECT_EQ(kiln_new_array<lv_array_str>(-3)->length, 0);
}

// -- Equality -------------------------------------------------------------------------------------

TEST(ValuesEq, NumbersAcrossTypes) {
  EXPECT_TRUE(kiln_eq(int64_t(1), 1.0));    // 1 == 1.0
  EXPECT_TRUE(kiln_eq(true, int64_t(1)));   // True == 1
  EXPECT_TRUE(kiln_eq(false, 0.0));         // False == 0.0
  EXPECT_FALSE(kiln_eq(int64_t(1), 1.5));
  EXPECT_FALSE(
      kiln_eq(int64_t((1LL << 53) + 1), double(1LL << 53))); // 2**53+1 == float(2**53): False
  EXPECT_TRUE(kiln_eq(int64_t(1LL << 53), double(1LL << 53)));
  EXPECT_FALSE(kiln_eq(INT64_MAX, 0x1p63)); // 2**63-1 == 2.0**63: False
  EXPECT_FALSE(kiln_eq(NAN, NAN));
  EXPECT_TRUE(kiln_eq(uint64_t(5), int64_t(5)));
  EXPECT_FALSE(kiln_eq(~uint64_t(0), int64_t(-1))); // r_uint(-1) == -1: False
  EXPECT_TRUE(kiln_eq(0.0, -0.0));
}

TEST(ValuesEq, CharsAndStrs) {
  EXPECT_TRUE(kiln_eq(uint32_t('a'), S("a")));
  EXPECT_TRUE(kiln_eq(S("\xc3\xa9"), uint32_t(0xE9))); // 'é'
  EXPECT_FALSE(kiln_eq(uint32_t('a'), S("ab")));
  EXPECT_FALSE(kiln_eq(uint32_t('a'), int64_t('a'))); // 'a' == 97: False
  EXPECT_TRUE(kiln_eq(S("abc"), S("abc")));
  EXPECT_FALSE(kiln_eq(S("abc"), static_cast<str*>(nullptr)));
  EXPECT_TRUE(kiln_eq(static_cast<str*>(nullptr), kiln_none));
  EXPECT_TRUE(kiln_eq(kiln_none, kiln_none));
}

TEST(ValuesEq, Containers) {
  EXPECT_TRUE(kiln_eq(pairIF(1, 2.0), pairFI(1.0, 2))); // (1, 2.0) == (1.0, 2)
  EXPECT_FALSE(kiln_eq(pairIF(1, 2.5), pairFI(1.0, 2)));
  EXPECT_TRUE(kiln_eq(ints({1, 2}), floats({1.0, 2.0}))); // [1, 2] == [1.0, 2.0]
  EXPECT_TRUE(kiln_eq(ints({1, 2}), fixedInts({1, 2})));
  EXPECT_FALSE(kiln_eq(ints({1, 2}), ints({1, 2, 3})));
  EXPECT_TRUE(kiln_eq(static_cast<lv_list_Signed*>(nullptr), static_cast<lv_list_Float*>(nullptr)));
  EXPECT_FALSE(kiln_eq(ints({}), static_cast<lv_list_Signed*>(nullptr)));
  auto* n1 = kiln_new<lv_Node>();
  auto* n2 = kiln_new<lv_Node>();
  EXPECT_TRUE(kiln_eq(n1, n1));
  EXPECT_FALSE(kiln_eq(n1, n2)); // identity
  EXPECT_TRUE(kiln_eq(reinterpret_cast<lv_object*>(n1), n1));
}

// -- Ordering -------------------------------------------------------------------------------------

TEST(ValuesLt, NumbersStrsTuplesLists) {
  EXPECT_TRUE(kiln_lt(int64_t(1), 1.5));
  EXPECT_FALSE(kiln_lt(1.5, int64_t(1)));
  EXPECT_TRUE(kiln_lt(INT64_MAX, 0x1p63)); // 2**63-1 < 2.0**63
  EXPECT_TRUE(kiln_lt(-0x1p63 - 4096.0, INT64_MIN));
  EXPECT_FALSE(kiln_lt(int64_t((1LL << 53) + 1), double(1LL << 53)));
  EXPECT_TRUE(kiln_lt(double(1LL << 53), int64_t((1LL << 53) + 1)));
  EXPECT_FALSE(kiln_lt(NAN, 1.0));
  EXPECT_FALSE(kiln_lt(1.0, NAN));
  EXPECT_TRUE(kiln_lt(int64_t(-1), uint64_t(0)));
  EXPECT_TRUE(kiln_lt(false, true));
  EXPECT_TRUE(kiln_lt(uint32_t('a'), uint32_t('b')));
  EXPECT_TRUE(kiln_lt(uint32_t('a'), S("ab")));       // 'a' < 'ab'
  EXPECT_FALSE(kiln_lt(S("b"), uint32_t('a')));
  EXPECT_TRUE(kiln_lt(uint32_t(0x7F), S("\xc3\xa9"))); // '\x7f' < 'é'
  EXPECT_TRUE(kiln_lt(S("abc"), S("abd")));
  EXPECT_TRUE(kiln_lt(pairIS(1, "b"), pairIS(1, "c")));
  EXPECT_FALSE(kiln_lt(pairIS(2, "a"), pairIS(1, "c")));
  EXPECT_FALSE(kiln_lt(pairIS(1, "c"), pairIS(1, "c")));
  EXPECT_TRUE(
      kiln_lt(pairIF(1, NAN), pairFI(2.0, 0))); // (1, nan) < (2.0, 0): the first items differ
  EXPECT_TRUE(kiln_lt(ints({1, 2}), ints({1, 3})));
  EXPECT_TRUE(kiln_lt(ints({1, 2}), ints({1, 2, 0}))); // a prefix is smaller
  EXPECT_FALSE(kiln_lt(ints({1, 2}), ints({1, 2})));
  auto* one = kiln_new<lv_tuple1_Signed>();
  EXPECT_TRUE(kiln_lt(one, pairIF(0, 0.0))); // (0,) < (0, 0.0)
}

// -- Truth and hashing ----------------------------------------------------------------------------

TEST(ValuesTruth, EveryKind) {
  EXPECT_FALSE(kiln_truth(int64_t(0)));
  EXPECT_TRUE(kiln_truth(int64_t(-3)));
  EXPECT_FALSE(kiln_truth(0.0));
  EXPECT_FALSE(kiln_truth(-0.0));
  EXPECT_TRUE(kiln_truth(NAN));
  EXPECT_TRUE(kiln_truth(uint32_t(0))); // '\0' is a non-empty str
  EXPECT_FALSE(kiln_truth(S("")));
  EXPECT_TRUE(kiln_truth(S("x")));
  EXPECT_FALSE(kiln_truth(static_cast<str*>(nullptr)));
  EXPECT_FALSE(kiln_truth(kiln_none));
  EXPECT_FALSE(kiln_truth(ints({})));
  EXPECT_TRUE(kiln_truth(ints({0})));
  EXPECT_FALSE(kiln_truth(kiln_new<lv_tuple0>()));
  EXPECT_TRUE(kiln_truth(kiln_new<lv_tuple1_Signed>()));
  EXPECT_TRUE(kiln_truth(kiln_new<lv_Node>()));
}

TEST(ValuesHash, TuplesAsRPython) {
  auto* t = kiln_new<lv_tuple2_Signed_Signed>();
  t->item0 = 1;
  t->item1 = 2;
  // x = 0x345678; x = intmask((1000003 * x) ^ item) for 1, 2
  EXPECT_EQ(kiln_tuple_hash<int64_t>(t), 3430028580079870073LL);
  t->item0 = -1;
  auto* u = kiln_new<lv_tuple2_Signed_Signed>();
  u->item0 = -1;
  EXPECT_EQ(kiln_tuple_hash<int64_t>(t) == kiln_tuple_hash<int64_t>(u), false);
  u->item1 = 2;
  EXPECT_EQ(kiln_tuple_hash<int64_t>(t), kiln_tuple_hash<int64_t>(u));
  // A char hashes as its one-character str; an integral float as the int.
  EXPECT_EQ(kiln_hash(uint32_t('a')), kiln_hash(S("a")));
  EXPECT_EQ(kiln_hash(uint32_t(0xE9)), kiln_hash(S("\xc3\xa9")));
  EXPECT_EQ(kiln_hash(3.0), 3);
  EXPECT_EQ(kiln_hash(true), 1);
  auto* n = kiln_new<lv_Node>();
  EXPECT_EQ(kiln_hash(n), kiln_hash(n));
}

// -- Repr -----------------------------------------------------------------------------------------

TEST(ValuesRepr, Scalars) {
  EXPECT_EQ(R(int64_t(-42)), "-42");
  EXPECT_EQ(R(INT64_MIN), "-9223372036854775808");
  EXPECT_EQ(R(uint64_t(5)), "r_uint(5)");
  EXPECT_EQ(R(~uint64_t(0)), "r_uint(18446744073709551615)");
  EXPECT_EQ(R(true), "True");
  EXPECT_EQ(R(1.5), "1.5");
  EXPECT_EQ(R(uint32_t('a')), "'a'");
  EXPECT_EQ(R(uint32_t('\'')), "\"'\"");
  EXPECT_EQ(R(uint32_t('\\')), "'\\\\'");
  EXPECT_EQ(R(uint32_t('\n')), "'\\n'");
  EXPECT_EQ(R(uint32_t(0xE9)), "'\xc3\xa9'");
  EXPECT_EQ(R(S("it's")), "\"it's\"");
  EXPECT_EQ(R(static_cast<str*>(nullptr)), "None");
  EXPECT_EQ(R(kiln_none), "None");
}

TEST(ValuesRepr, CharConstantsAndInstances) {
  // codegen may write a UniChar constant as U'a' (char32_t): a char all the same
  EXPECT_EQ(R(U'a'), "'a'");
  EXPECT_TRUE(kiln_eq(U'\u00e9', S("\xc3\xa9")));
  EXPECT_EQ(T(kiln_convert<str*>(U'\u00e9')), "\xc3\xa9");
  auto* c = kiln_list_make<lv_list_UniChar*>(0);
  kiln_list_append<void>(c, U'x');
  EXPECT_EQ(T(kiln_list_repr<str*>(c)), "['x']");
  // [Node()]: object.__repr__ of each instance (instance.h)
  kiln_vtable_head vtable{1, 2, S("Node")};
  auto* n = kiln_new<lv_Node>();
  n->super.typeptr = &vtable;
  auto* l = kiln_new_array<lv_array_Node>(2);
  l->items[0] = n;
  std::string r = T(kiln_list_repr<str*>(l));
  EXPECT_EQ(r.substr(0, 28), "[<__main__.Node object at 0x");
  EXPECT_EQ(r.substr(r.size() - 8), ">, None]");
}

TEST(ValuesRepr, Lists) {
  EXPECT_EQ(T(kiln_list_repr<str*>(ints({1, -2, 3}))), "[1, -2, 3]");
  EXPECT_EQ(T(kiln_list_repr<str*>(ints({}))), "[]");
  EXPECT_EQ(T(kiln_list_repr<str*>(floats({1.5, 2.0, 0.1}))), "[1.5, 2.0, 0.1]");
  EXPECT_EQ(T(kiln_list_repr<str*>(strs({"x", nullptr, "it's"}))), "['x', None, \"it's\"]");
  EXPECT_EQ(T(kiln_list_repr<str*>(static_cast<lv_list_Signed*>(nullptr))), "None");
  auto* v = kiln_list_make<lv_list_Void*>(2);
  EXPECT_EQ(T(kiln_list_repr<str*>(v)), "[None, None]");
  auto* b = kiln_new_array<lv_array_Bool>(2);
  b->items[0] = true;
  EXPECT_EQ(T(kiln_list_repr<str*>(b)), "[True, False]");
  auto* u = kiln_new_array<lv_array_Unsigned>(1);
  u->items[0] = 5;
  EXPECT_EQ(T(kiln_list_repr<str*>(u)), "[r_uint(5)]");
  auto* c = kiln_new_array<lv_array_UniChar>(5);
  c->items[0] = '\'', c->items[1] = '\\', c->items[2] = 'a', c->items[3] = 0xE9, c->items[4] = '\n';
  EXPECT_EQ(T(kiln_list_repr<str*>(c)), "[\"'\", '\\\\', 'a', '\xc3\xa9', '\\n']");
  auto* nested = kiln_list_make<lv_list_list_Signed*>(0);
  kiln_list_append<void>(nested, ints({1, 2}));
  kiln_list_append<void>(nested, ints({}));
  EXPECT_EQ(T(kiln_list_repr<str*>(nested)), "[[1, 2], []]");
}

TEST(ValuesRepr, Tuples) {
  EXPECT_EQ(R(kiln_new<lv_tuple0>()), "()");
  auto* one = kiln_new<lv_tuple1_Signed>();
  one->item0 = 1;
  EXPECT_EQ(R(one), "(1,)");
  auto* v = kiln_new<lv_tuple2_Signed_Void>();
  v->item0 = 7;
  EXPECT_EQ(R(v), "(7, None)");
  auto* t = kiln_new<lv_tuple4>();
  t->item0 = 1;
  t->item1 = 'a';
  t->item2 = pairIF(2, 3.5);
  EXPECT_EQ(R(t), "(1, 'a', (2, 3.5), None)");
  auto* l = kiln_new_array<lv_array_tuple4>(1);
  l->items[0] = t;
  EXPECT_EQ(T(kiln_list_repr<str*>(l)), "[(1, 'a', (2, 3.5), None)]");
  EXPECT_EQ(R(static_cast<lv_tuple4*>(nullptr)), "None");
}

TEST(ValuesRepr, Dicts) {
  // {1: 'a', 2: 'b', 3: 'c'} after del d[2]: the entry of 2 is dead (valid false)
  auto* d = kiln_new<lv_dict_int_str>();
  d->entries = kiln_new_array<lv_array_dictentry_int_str>(5);
  const char* values[] = {"a", "b", "c"};
  for (int i = 0; i < 3; ++i) d->entries->items[i] = {i + 1, S(values[i]), i != 1};
  d->num_used = 3;
  d->num_items = 2;
  EXPECT_EQ(T(kiln_dict_repr<str*>(d)), "{1: 'a', 3: 'c'}");
  EXPECT_EQ(T(kiln_dict_repr<str*>(static_cast<lv_dict_int_str*>(nullptr))), "None");
  // {'x': None, 'y': None} without 'x': a null key marks the dead entry
  auto* e = kiln_new<lv_dict_str_Void>();
  e->entries = kiln_new_array<lv_array_dictentry_str_Void>(5);
  e->entries->items[0].key = nullptr;
  e->entries->items[1].key = S("y");
  e->num_used = 2;
  e->num_items = 1;
  EXPECT_EQ(T(kiln_dict_repr<str*>(e)), "{'y': None}");
  auto* empty = kiln_new<lv_dict_str_Void>(); // a prebuilt empty dict may have no entries yet
  EXPECT_EQ(T(kiln_dict_repr<str*>(empty)), "{}");
}

TEST(ValuesRepr, DictsMadeByDictHelpers) {
  // d = {1: 'a', 2: '', 3: 'c'}; del d[1]
  auto* d = kiln_dict_new<lv_dict_int_str*>();
  kiln_dict_setitem<void>(d, int64_t(1), S("a"));
  kiln_dict_setitem<void>(d, int64_t(2), S(""));
  kiln_dict_setitem<void>(d, int64_t(3), S("c"));
  kiln_dict_delitem<void>(d, int64_t(1));
  EXPECT_EQ(R(d), "{2: '', 3: 'c'}");
  auto* l = kiln_new_array<lv_array_dict_int_str>(2);
  l->items[0] = d;
  EXPECT_EQ(T(kiln_list_repr<str*>(l)), "[{2: '', 3: 'c'}, None]");
}

TEST(ValuesEq, DictsThroughDictEq) {
  auto* a = kiln_dict_new<lv_dict_int_str*>();
  kiln_dict_setitem<void>(a, int64_t(1), S("a"));
  auto* b = kiln_dict_new<lv_dict_float_str*>();
  kiln_dict_setitem<void>(b, 1.0, S("a"));
  EXPECT_TRUE(kiln_eq(a, b)); // {1: 'a'} == {1.0: 'a'}
  kiln_dict_setitem<void>(b, 1.0, S("b"));
  EXPECT_FALSE(kiln_eq(a, b));
  auto* l1 = kiln_new_array<lv_array_dict_int_str>(1);
  auto* l2 = kiln_new_array<lv_array_dict_int_str>(1);
  l1->items[0] = a;
  l2->items[0] = kiln_dict_new<lv_dict_int_str*>();
  kiln_dict_setitem<void>(l2->items[0], int64_t(1), S("a"));
  EXPECT_TRUE(kiln_list_eq<bool>(l1, l2)); // [{1: 'a'}] == [{1: 'a'}]
  EXPECT_TRUE(kiln_list_contains<bool>(l1, b) == false);
}

TEST(ValuesStr, StrOf) {
  str* s = S("abc");
  EXPECT_EQ(kiln_str_of(s), s);
  EXPECT_EQ(T(kiln_str_of(uint32_t('a'))), "a");
  EXPECT_EQ(T(kiln_str_of(uint64_t(5))), "5");
  EXPECT_EQ(T(kiln_str_of(int64_t(-5))), "-5");
  EXPECT_EQ(T(kiln_str_of(2.5)), "2.5");
  EXPECT_EQ(T(kiln_str_of(false)), "False");
  EXPECT_EQ(T(kiln_str_of(kiln_none)), "None");
  EXPECT_EQ(T(kiln_str_of(static_cast<str*>(nullptr))), "None");
  EXPECT_EQ(T(kiln_str_of(strs({"a"}))), "['a']");
  EXPECT_EQ(T(kiln_repr_of(S("a"))), "'a'");
}

TEST(ValuesConvert, Widening) {
  EXPECT_EQ(kiln_convert<int64_t>(true), 1);
  EXPECT_EQ(kiln_convert<double>(int64_t(3)), 3.0);
  EXPECT_EQ(T(kiln_convert<str*>(uint32_t(0xE9))), "\xc3\xa9");
  EXPECT_EQ(kiln_convert<lv_Node*>(kiln_none), nullptr);
  auto* n = kiln_new<lv_Node>();
  EXPECT_EQ(static_cast<void*>(kiln_convert<lv_object*>(n)), static_cast<void*>(n));
  auto* t = kiln_new<lv_tuple2_Signed_Signed>();
  t->item0 = 1;
  t->item1 = 2;
  auto* widened =
      kiln_convert<lv_tuple2_Float_Signed*>(t); // (1, 2) where (float, int) is annotated
  EXPECT_EQ(widened->item0, 1.0);
  EXPECT_EQ(widened->item1, 2);
}

} // namespace

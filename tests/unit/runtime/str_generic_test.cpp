// The generic str helpers (runtime/include/kiln/generic/str_generic.h) on structs shaped as
// codegen emits them, and the str helpers whose checks need more than one call: UTF-8 indexing
// and slicing, hashing, the StringBuilder. Expected values are CPython 3.11's (python3 -c ...).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "tests/unit/runtime/str_generic_test_structs.h"

namespace {

template <class A, class Item> A* makeArray(std::initializer_list<Item> items) {
  A* a = kiln_new_array<A>(int64_t(items.size()));
  int64_t k = 0;
  for (Item x : items)
    a->items[k++] = x;
  return a;
}
template <class L, class A, class Item> L* makeList(std::initializer_list<Item> items) {
  L* l = kiln_new<L>();
  l->items = makeArray<A>(items);
  l->length = int64_t(items.size());
  return l;
}
sg_list_str* strList(std::initializer_list<str*> items) {
  return makeList<sg_list_str, sg_array_str>(items);
}

// A dict of the given entries, walked as the helpers walk it (no index needed).
template <class D, class E> D* makeDict(std::initializer_list<E> entries, int64_t live) {
  D* d = kiln_new<D>();
  using Entries = std::remove_pointer_t<decltype(d->entries)>;
  d->entries = kiln_new_array<Entries>(int64_t(entries.size()));
  int64_t k = 0;
  for (const E& e : entries)
    d->entries->items[k++] = e;
  d->num_used = k;
  d->num_items = live;
  return d;
}

std::string F(str* result) {
  std::string raised = takeException();
  return raised.empty() ? T(result) : raised;
}

template <class L> std::vector<std::string> strsOf(L* l) {
  std::vector<std::string> out;
  for (int64_t k = 0; k < l->length; ++k)
    out.push_back(T(l->items->items[k]));
  return out;
}
using V = std::vector<std::string>;

} // namespace

// -- join, split, build ---------------------------------------------------------------------------

TEST(StrGeneric, JoinListsArraysStrsAndDicts) {
  EXPECT_EQ(F(kiln_str_join<str*>(S("-"), strList({S("a"), S("b"), S("c")}))), "a-b-c");
  EXPECT_EQ(F(kiln_str_join<str*>(S("-"), strList({}))), "");
  str* joined = kiln_str_join<str*>(S("\xc3\xa9"),
                                    strList({S("x"), S("\xe2\x82\xac")})); // 'é'.join(['x', '€'])
  EXPECT_EQ(T(joined), "x\xc3\xa9\xe2\x82\xac");
  EXPECT_EQ(joined->length, 3);
  EXPECT_EQ(F(kiln_str_join<str*>(S("+"), makeList<sg_list_UniChar, sg_array_UniChar>(
                                              {uint32_t('a'), uint32_t(0xE9)}))),
            "a+\xc3\xa9");
  EXPECT_EQ(F(kiln_str_join<str*>(S(", "), makeArray<sg_array_str>({S("p"), S("q")}))), "p, q");
  EXPECT_EQ(F(kiln_str_join<str*>(S("."), S("abc"))), "a.b.c");
  EXPECT_EQ(F(kiln_str_join<str*>(S("\xc3\xa9"), S("abc"))), "a\xc3\xa9"
                                                             "b\xc3\xa9"
                                                             "c");
  EXPECT_EQ(kiln_str_join<str*>(S("."), S("h\xc3\xa9"))->length, 3);
  // {'a': 1, <deleted>, 'b': 2}: the live keys in order
  auto* d =
      makeDict<sg_dict_str_int, sg_dictentry_str_int>({{S("a"), 1}, {nullptr, 0}, {S("b"), 2}}, 2);
  EXPECT_EQ(F(kiln_str_join<str*>(S(","), d)), "a,b");
  EXPECT_EQ(F(kiln_str_join<str*>(S(","), strList({S("a"), nullptr}))),
            "TypeError: sequence item 1: expected str instance, NoneType found");
}

TEST(StrGeneric, SplitMakesAList) {
  EXPECT_EQ(strsOf(kiln_str_split<sg_list_str*>(S("a,b,,c"), S(","), -1)), V({"a", "b", "", "c"}));
  EXPECT_EQ(strsOf(kiln_str_split<sg_list_str*>(S("a b  c "), nullptr, -1)), V({"a", "b", "c"}));
  EXPECT_EQ(strsOf(kiln_str_split<sg_list_str*>(S(" a b c"), nullptr, 1)), V({"a", "b c"}));
  EXPECT_EQ(strsOf(kiln_str_split<sg_list_str*>(S("  a  "), nullptr, 0)), V({"a  "}));
  EXPECT_EQ(strsOf(kiln_str_split<sg_list_str*>(S("a,b,c"), S(","), 1)), V({"a", "b,c"}));
  EXPECT_EQ(strsOf(kiln_str_split<sg_list_str*>(S(""), nullptr, -1)), V({}));
  EXPECT_EQ(strsOf(kiln_str_split<sg_list_str*>(S(""), S(","), -1)), V({""}));
  EXPECT_EQ(strsOf(kiln_str_split<sg_list_str*>(S("abc"), S("abc"), -1)), V({"", ""}));
  // 'a\u3000b\x1cc'.split(): Unicode whitespace
  EXPECT_EQ(strsOf(kiln_str_split<sg_list_str*>(S("a\xe3\x80\x80"
                                                  "b\x1c"
                                                  "c"),
                                                nullptr, -1)),
            V({"a", "b", "c"}));
  sg_list_str* parts = kiln_str_split<sg_list_str*>(S("\xc3\xa9,\xc3\xbc\xc3\xbc"), S(","), -1);
  ASSERT_EQ(parts->length, 2);
  EXPECT_EQ(parts->items->items[0]->length, 1);
  EXPECT_EQ(parts->items->items[1]->length, 2);
  EXPECT_EQ(kiln_str_split<sg_list_str*>(S("abc"), S(""), -1), nullptr);
  EXPECT_EQ(takeException(), "ValueError: empty separator");
}

TEST(StrGeneric, BuildConcatenatesInOneAllocation) {
  str* s = kiln_str_build<str*>(S("a"), S("\xc3\xa9"), S(""), S("c"));
  EXPECT_EQ(T(s), "a\xc3\xa9"
                  "c");
  EXPECT_EQ(s->length, 3);
  EXPECT_EQ(T(kiln_str_build<str*>(S("x"))), "x");
}

// -- '%' with containers and mappings, format() of chars ------------------------------------------

TEST(StrGeneric, PercentFormatsContainersThroughTheirRepr) {
  auto* ints = makeList<sg_list_Signed, sg_array_Signed>({int64_t(1), int64_t(2)});
  auto* tuple = kiln_new<sg_tuple2_Signed_str>();
  *tuple = {1, S("a")};
  EXPECT_EQ(F(kiln_str_format<str*>(S("%s and %r"), ints, tuple)), "[1, 2] and (1, 'a')");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%s"), ints)), "[1, 2]");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%5s|"), static_cast<sg_list_Signed*>(nullptr))), " None|");
  EXPECT_EQ(F(kiln_str_format<str*>(S("abc"), ints)),
            "abc"); // a list is a mapping: no leftover error
  EXPECT_EQ(F(kiln_str_format<str*>(S("%d"), ints)),
            "TypeError: %d format: a real number is required, not list");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(a)s"), ints)),
            "TypeError: list indices must be integers or slices, not str");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%x"), tuple, int64_t(1))),
            "TypeError: %x format: an integer is required, not tuple");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%c"), uint32_t(0x20AC))), "\xe2\x82\xac");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%s|%r"), kiln_none, (str*)nullptr)), "None|None");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%s %s"), int64_t(1))),
            "TypeError: not enough arguments for format string");
}

TEST(StrGeneric, PercentLooksKeysUpInADict) {
  auto* d = makeDict<sg_dict_str_str, sg_dictentry_str_str>(
      {{S("a"), S("x")}, {nullptr, nullptr}, {S("b"), nullptr}}, 2);
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(a)s-%(b)s-%(a)r"), d)), "x-None-'x'");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(c)s"), d)), "KeyError: 'c'");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%s"), d)), "{'a': 'x', 'b': None}");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%s %(a)s"), d)), "{'a': 'x', 'b': None} x");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(a)s %s"), d)),
            "TypeError: not enough arguments for format string");
  EXPECT_EQ(F(kiln_str_format<str*>(S("no conversions"), d)), "no conversions");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(a"), d)), "ValueError: incomplete format key");
  auto* ints = makeDict<sg_dict_str_int, sg_dictentry_str_int>({{S("n"), 42}}, 1);
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(n)05d|%(n)x"), ints)), "00042|2a");
  auto* chars =
      makeDict<sg_dict_UniChar_int, sg_dictentry_UniChar_int>({{'a', 1, false}, {'a', 5, true}}, 1);
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(a)s"), chars)), "5");
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(ab)s"), chars)), "KeyError: 'ab'");
  auto* nones = makeDict<sg_dict_str_Void, sg_dictentry_str_Void>({{S("a")}}, 1);
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(a)s"), nones)), "None");
  auto* intKeys = makeDict<sg_dict_int_int, sg_dictentry_int_int>({{1, 2, true}}, 1);
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(1)s"), intKeys)), "KeyError: '1'");
  EXPECT_EQ(F(kiln_bytes_format<str*>(S("%(a)s"), d)), "x"); // a bytes format's keys are bytes
  EXPECT_EQ(F(kiln_str_format<str*>(S("%(a)s"), int64_t(1), d)),
            "TypeError: format requires a mapping");
}

TEST(StrGeneric, FormatSpecOfCharsAndBools) {
  EXPECT_EQ(F(kiln_str_format_spec<str*>(uint32_t('x'), S("^3"))), " x ");
  EXPECT_EQ(F(kiln_str_format_spec<str*>(true, S(""))), "True");
  EXPECT_EQ(F(kiln_str_format_spec<str*>(true, S(">5"))), "    1");
  EXPECT_EQ(F(kiln_str_format_spec<str*>(kiln_none, S(""))), "None");
  EXPECT_EQ(F(kiln_str_format_spec<str*>(kiln_none, S("x"))),
            "TypeError: unsupported format string passed to NoneType.__format__");
}

// -- min(), max(), bytes(ints), bytes(n) ----------------------------------------------------------

TEST(StrGeneric, MinAndMaxOfStrsAndBytes) {
  EXPECT_EQ(kiln_str_min<uint32_t>(S("hello")), uint32_t('e'));
  EXPECT_EQ(kiln_str_max<uint32_t>(S("h\xc3\xa9llo")), 0xE9u);
  EXPECT_EQ(kiln_str_min<uint32_t>(S("\xe2\x82\xac\xc3\xa9")), 0xE9u);
  EXPECT_EQ(kiln_str_min<int64_t>(kiln_bytes_from("\x05\xff", 2)), 5);
  EXPECT_EQ(kiln_str_max<int64_t>(kiln_bytes_from("\x05\xff", 2)), 255);
  kiln_str_min<uint32_t>(S(""));
  EXPECT_EQ(takeException(), "ValueError: min() arg is an empty sequence");
  kiln_str_max<int64_t>(kiln_bytes_from("", 0));
  EXPECT_EQ(takeException(), "ValueError: max() arg is an empty sequence");
}

TEST(StrGeneric, BytesFromInts) {
  EXPECT_EQ(F(kiln_bytes_from_list<str*>(
                makeList<sg_list_Signed, sg_array_Signed>({int64_t(104), int64_t(105)}))),
            "hi");
  str* b = kiln_bytes_from_list<str*>(makeArray<sg_array_Signed>({int64_t(0), int64_t(255)}));
  EXPECT_EQ(T(b), std::string("\x00\xff", 2));
  EXPECT_EQ(b->length, 2);
  auto* d = makeDict<sg_dict_int_int, sg_dictentry_int_int>(
      {{65, 0, true}, {66, 0, false}, {67, 0, true}}, 2);
  EXPECT_EQ(F(kiln_bytes_from_list<str*>(d)), "AC");
  EXPECT_EQ(
      F(kiln_bytes_from_list<str*>(makeList<sg_list_Signed, sg_array_Signed>({int64_t(256)}))),
      "ValueError: bytes must be in range(0, 256)");
  EXPECT_EQ(F(kiln_bytes_from_list<str*>(makeList<sg_list_Signed, sg_array_Signed>({int64_t(-1)}))),
            "ValueError: bytes must be in range(0, 256)");
  EXPECT_EQ(T(kiln_bytes_zeros(3)), std::string(3, '\0'));
  EXPECT_EQ(F(kiln_bytes_zeros(-1)), "ValueError: negative count");
}

// -- StringBuilder --------------------------------------------------------------------------------

TEST(StrGeneric, StringBuilderAppendsAndBuilds) {
  strbuilder* b = kiln_strbuilder_new(2);
  kiln_strbuilder_append<void>(b, S("ab"));
  kiln_strbuilder_append<void>(b, uint32_t(0xE9));
  kiln_strbuilder_append_slice(b,
                               S("h\xe2\x82\xac"
                                 "llo"),
                               1, 3); // '€l'
  kiln_strbuilder_append_multiple_char<void>(b, uint32_t('-'), 3);
  kiln_strbuilder_append_multiple_char<void>(b, S("\xc3\xbc"), 2);
  kiln_strbuilder_append_multiple_char<void>(b, uint32_t('x'), 0);
  EXPECT_EQ(takeException(), "");
  str* built = kiln_strbuilder_build(b);
  EXPECT_EQ(T(built), "ab\xc3\xa9\xe2\x82\xacl---\xc3\xbc\xc3\xbc");
  EXPECT_EQ(built->length, 10);
  EXPECT_EQ(b->length, 10); // getlength(): code points
  kiln_strbuilder_append<void>(b, S("!")); // building again goes on from there
  EXPECT_EQ(T(kiln_strbuilder_build(b)), T(built) + "!");
  EXPECT_EQ(T(built),
            "ab\xc3\xa9\xe2\x82\xacl---\xc3\xbc\xc3\xbc"); // the first result is unchanged
  std::string expected;
  strbuilder* big = kiln_strbuilder_new(100);
  for (int k = 0; k < 1000; ++k) {
    kiln_strbuilder_append<void>(big, S("0123456789"));
    expected += "0123456789";
  }
  EXPECT_EQ(T(kiln_strbuilder_build(big)), expected);
  EXPECT_EQ(kiln_strbuilder_build(big)->length, 10000);
  kiln_strbuilder_append_slice(b, S("abc"), 2, 4);
  EXPECT_EQ(takeException(), "ValueError: append_slice: bounds [2:4] outside a str of length 3");
  kiln_strbuilder_append_multiple_char<void>(b, S("ab"), 2);
  EXPECT_EQ(takeException(),
            "ValueError: append_multiple_char: expected a character, but string of length 2 found");
}

// -- Indexing, slicing, comparing, hashing --------------------------------------------------------

TEST(StrGeneric, Utf8IndexingAndSlicing) {
  str* s = S("h\xc3\xa9llo\xe2\x82\xac"); // 'héllo€'
  ASSERT_EQ(s->length, 6);
  EXPECT_EQ(kiln_str_char_at(s, 1), 0xE9u);
  EXPECT_EQ(kiln_str_char_at(s, 5), 0x20ACu);
  EXPECT_EQ(kiln_str_getitem(s, -1), 0x20ACu);
  EXPECT_EQ(kiln_str_getitem(s, -6), uint32_t('h'));
  kiln_str_getitem(s, 6);
  EXPECT_EQ(takeException(), "IndexError: string index out of range");
  kiln_str_getitem(s, -7);
  EXPECT_EQ(takeException(), "IndexError: string index out of range");
  EXPECT_EQ(T(kiln_str_slice(s, 1, 3)), "\xc3\xa9l");
  EXPECT_EQ(kiln_str_slice(s, 1, 3)->length, 2);
  EXPECT_EQ(T(kiln_str_slice(s, -100, 2)), "h\xc3\xa9");
  EXPECT_EQ(T(kiln_str_slice(s, -1, 100)), "\xe2\x82\xac");
  EXPECT_EQ(T(kiln_str_slice(s, 4, 2)), "");
  EXPECT_EQ(kiln_str_slice(s, 0, 6), s);
  const int64_t none = INT64_MIN;
  EXPECT_EQ(T(kiln_str_slice_step(s, none, none, 2)), "hlo");
  EXPECT_EQ(T(kiln_str_slice_step(s, none, none, -1)), "\xe2\x82\xacoll\xc3\xa9h");
  EXPECT_EQ(T(kiln_str_slice_step(s, -2, none, -2)), "olh");
  EXPECT_EQ(T(kiln_str_slice_step(s, 1, 100, 3)), "\xc3\xa9o");
  EXPECT_EQ(T(kiln_str_slice_step(s, 4, 1, -1)), "oll");
  EXPECT_EQ(kiln_str_slice_step(s, 4, 1, -1)->length, 3);
  EXPECT_EQ(T(kiln_str_slice_step(S("abcdef"), none, none, -2)), "fdb");
  EXPECT_EQ(T(kiln_str_slice_step(S("abcdef"), 5, 0, INT64_MIN)), "f");
  EXPECT_EQ(F(kiln_str_slice_step(s, 0, 1, 0)), "ValueError: slice step cannot be zero");
}

TEST(StrGeneric, ConcatMulCompareAndCharacters) {
  str* s = kiln_str_concat(S("h\xc3\xa9"), S("\xe2\x82\xac!"));
  EXPECT_EQ(T(s), "h\xc3\xa9\xe2\x82\xac!");
  EXPECT_EQ(s->length, 4);
  str* m = kiln_str_mul(S("\xc3\xa9-"), 3);
  EXPECT_EQ(T(m), "\xc3\xa9-\xc3\xa9-\xc3\xa9-");
  EXPECT_EQ(m->length, 6);
  EXPECT_EQ(T(kiln_str_mul(S("ab"), 0)), "");
  EXPECT_EQ(T(kiln_str_mul(S("ab"), -3)), "");
  EXPECT_TRUE(kiln_str_eq(S("abc"), S("abc")));
  EXPECT_FALSE(kiln_str_eq(S("abc"), S("abd")));
  EXPECT_FALSE(kiln_str_eq(S("abc"), nullptr));
  EXPECT_TRUE(kiln_str_eq(nullptr, nullptr));
  EXPECT_EQ(kiln_str_cmp(S("abc"), S("abd")), -1);
  EXPECT_EQ(kiln_str_cmp(S("ab"), S("a")), 1);
  EXPECT_EQ(kiln_str_cmp(S("a"), S("a")), 0);
  EXPECT_EQ(kiln_str_cmp(S("\xc3\xa9"), S("\xe2\x82\xac")), -1); // 'é' < '€' by code point
  EXPECT_EQ(kiln_str_cmp(S("z"), S("\xc3\xa9")), -1);
  EXPECT_EQ(kiln_str_cmp(S(""), S("a")), -1);
  EXPECT_TRUE(kiln_str_contains(S("h\xc3\xa9llo"), S("\xc3\xa9l")));
  EXPECT_TRUE(kiln_str_contains(S("abc"), S("")));
  EXPECT_FALSE(kiln_str_contains(S("abc"), S("abcd")));
  EXPECT_FALSE(kiln_str_is_true(nullptr));
  EXPECT_FALSE(kiln_str_is_true(S("")));
  EXPECT_TRUE(kiln_str_is_true(S("x")));
  EXPECT_EQ(kiln_str_ord(S("\xc3\xa9")), 233);
  EXPECT_EQ(kiln_str_ord(kiln_bytes_from("\xff", 1)), 255);
  kiln_str_ord(S("ab"));
  EXPECT_EQ(takeException(), "TypeError: ord() expected a character, but string of length 2 found");
  kiln_str_ord(S(""));
  EXPECT_EQ(takeException(), "TypeError: ord() expected a character, but string of length 0 found");
  EXPECT_EQ(kiln_str_chr(0x10FFFF), 0x10FFFFu);
  kiln_str_chr(0x110000);
  EXPECT_EQ(takeException(), "ValueError: chr() arg not in range(0x110000)");
  kiln_str_chr(-1);
  EXPECT_EQ(takeException(), "ValueError: chr() arg not in range(0x110000)");
  str* c = kiln_str_from_char(0x1F600);
  EXPECT_EQ(T(c), "\xf0\x9f\x98\x80");
  EXPECT_EQ(c->length, 1);
  EXPECT_EQ(T(kiln_str_from_int(INT64_MIN)), "-9223372036854775808");
  EXPECT_EQ(T(kiln_str_from_uint(UINT64_MAX)), "18446744073709551615");
}

TEST(StrGeneric, HashIsCachedNeverZeroOrMinusOneAndFollowsContents) {
  str* a = S("hello world, a longer text");
  str* b = S("hello world, a longer text");
  EXPECT_EQ(a->hash, 0);
  int64_t h = kiln_str_hash(a);
  EXPECT_EQ(a->hash, h);
  EXPECT_EQ(kiln_str_hash(b), h);
  EXPECT_NE(kiln_str_hash(S("hello world, a longer texT")), h);
  EXPECT_NE(kiln_str_hash(S("")), kiln_str_hash(kiln_str_from_utf8("\0", 1)));
  std::vector<int64_t> seen;
  for (int k = 0; k < 2000; ++k) {
    int64_t x = kiln_str_hash(kiln_str_from_int(k));
    EXPECT_NE(x, 0);
    EXPECT_NE(x, -1);
    seen.push_back(x);
  }
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
}

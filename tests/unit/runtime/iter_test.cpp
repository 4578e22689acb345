// Tests of kiln/generic/iter.h: the next helpers of the built-in iterators, the dispatcher
// kiln_iter_next, and the helpers that consume iterators. Expected values are CPython 3.11's.
#include <gtest/gtest.h>

#include <cstdio>
#include <vector>

#include "tests/unit/runtime/list_test_structs.h"

namespace {

template <class It, class C> It* iterOf(C* container) {
  It* it = kiln_new<It>();
  if constexpr (requires { it->string; }) it->string = container;
  else it->list = container;
  return it;
}
lv_listiter_Signed* iterInts(std::initializer_list<int64_t> xs) {
  return iterOf<lv_listiter_Signed>(ints(xs));
}
lv_rangeiter* lazyRange(int64_t start, int64_t stop, int64_t step) {
  auto* r = kiln_new<lv_rangeiter>();
  r->next = start, r->stop = stop, r->step = step;
  return r;
}
// Every item left, through kiln_iter_next<X>, until StopIteration.
template <class X, class It> std::vector<X> drain(It* it) {
  std::vector<X> out;
  for (;;) {
    X x = kiln_iter_next<X>(it);
    if (kiln_exc_type) break;
    out.push_back(x);
  }
  EXPECT_EQ(takeException(), "StopIteration: ");
  return out;
}
// The __next__ of a Counter: n, n + 1, ... up to stop (exclusive), then StopIteration; a stop of
// -1 raises ValueError('boom') at 2.
int64_t counterNext(lv_Counter* c) {
  if (c->inst_stop == -1 && c->inst_n == 2) {
    kiln_raise_msg(KILN_EXC_ValueError, "boom");
    return 0;
  }
  if (c->inst_n >= c->inst_stop && c->inst_stop != -1) {
    kiln_raise_builtin(KILN_EXC_StopIteration, nullptr);
    return 0;
  }
  return c->inst_n++;
}
lv_nextiter_Counter* counter(int64_t stop) {
  auto* c = kiln_new<lv_Counter>();
  c->inst_stop = stop;
  auto* it = kiln_new<lv_nextiter_Counter>();
  it->obj = c;
  it->fn = counterNext;
  return it;
}

// -- Next helpers ---------------------------------------------------------------------------------

TEST(IterNext, ListsAndArrays) {
  EXPECT_EQ(drain<int64_t>(iterInts({1, 2, 3})), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(drain<double>(iterOf<lv_arrayiter_Signed>(fixedInts({4}))), (std::vector<double>{4.0}));
  // l = [1, 2, 3]; it = iter(l); next(it); l.pop(); l.pop(); next(it) stops, and stays stopped
  auto* l = ints({1, 2, 3});
  auto* it = iterOf<lv_listiter_Signed>(l);
  EXPECT_EQ(kiln_listiter_next<int64_t>(it), 1);
  kiln_list_pop<int64_t>(l, -1);
  kiln_list_pop<int64_t>(l, -1);
  kiln_listiter_next<int64_t>(it);
  EXPECT_EQ(takeException(), "StopIteration: ");
  kiln_list_append<void>(l, int64_t(5));
  kiln_listiter_next<int64_t>(it);
  EXPECT_EQ(takeException(), "StopIteration: ");
  auto* v = iterOf<lv_listiter_Void>(kiln_list_make<lv_list_Void*>(2));
  kiln_iter_next<void>(v);
  kiln_iter_next<void>(v);
  EXPECT_EQ(takeException(), "");
  kiln_iter_next<void>(v);
  EXPECT_EQ(takeException(), "StopIteration: ");
}

TEST(IterNext, Reversed) {
  // l = [1, 2, 3]; r = reversed(l); next(r) == 3; l.append(4); next(r) == 2
  auto* l = ints({1, 2, 3});
  auto* r = iterOf<lv_reversed_list_Signed>(l);
  r->index = 3;
  EXPECT_EQ(kiln_iter_next<int64_t>(r), 3);
  kiln_list_append<void>(l, int64_t(4));
  EXPECT_EQ(drain<int64_t>(r), (std::vector<int64_t>{2, 1}));
  auto* shrunk = iterOf<lv_reversed_list_Signed>(ints({1, 2, 3}));
  shrunk->index = 3;
  kiln_list_clear<void>(shrunk->list);
  kiln_iter_next<int64_t>(shrunk);
  EXPECT_EQ(takeException(), "StopIteration: ");
  str* s = S("h\xc3\xa9llo");
  auto* rs = iterOf<lv_reversed_str>(s);
  rs->index = s->length;
  EXPECT_EQ(drain<uint32_t>(rs), (std::vector<uint32_t>{'o', 'l', 'l', 0xE9, 'h'}));
  auto* rb = iterOf<lv_reversed_str>(S("\xff\x01"));
  rb->index = 2;
  EXPECT_EQ(drain<int64_t>(rb), (std::vector<int64_t>{1, 255})); // reversed(b'\xff\x01')
}

TEST(IterNext, Strs) {
  EXPECT_EQ(drain<uint32_t>(iterOf<lv_striter>(S("h\xc3\xa9\xe2\x82\xac!"))),
            (std::vector<uint32_t>{'h', 0xE9, 0x20AC, '!'}));
  EXPECT_EQ(drain<int64_t>(iterOf<lv_striter>(kiln_bytes_from("\xff\x00", 2))),
            (std::vector<int64_t>{255, 0})); // bytes
  auto* it = iterOf<lv_striter>(S("a\xc3\xa9"));
  EXPECT_EQ(T(kiln_iter_next<str*>(it)), "a");
  EXPECT_EQ(T(kiln_iter_next<str*>(it)), "\xc3\xa9");
  EXPECT_EQ(drain<uint32_t>(iterOf<lv_striter>(S(""))), (std::vector<uint32_t>{}));
}

TEST(IterNext, Ranges) {
  EXPECT_EQ(drain<int64_t>(lazyRange(0, 10, 3)), (std::vector<int64_t>{0, 3, 6, 9}));
  EXPECT_EQ(drain<int64_t>(lazyRange(10, 0, -3)), (std::vector<int64_t>{10, 7, 4, 1}));
  EXPECT_EQ(drain<int64_t>(lazyRange(5, 5, 1)), (std::vector<int64_t>{}));
  EXPECT_EQ(drain<int64_t>(lazyRange(INT64_MAX - 10, INT64_MAX, 7)),
            (std::vector<int64_t>{INT64_MAX - 10, INT64_MAX - 3}));
  EXPECT_EQ(drain<int64_t>(lazyRange(INT64_MIN + 10, INT64_MIN, -7)),
            (std::vector<int64_t>{INT64_MIN + 10, INT64_MIN + 3}));
  EXPECT_EQ(drain<int64_t>(lazyRange(INT64_MIN, INT64_MAX, INT64_MAX)).size(),
            3u);                   // len(range(-2**63, 2**63-1, 2**63-1))
  auto* made = lazyRange(0, 3, 1); // a made range(0, 9, 3): its array
  made->list = fixedInts({0, 3, 6});
  EXPECT_EQ(drain<double>(made), (std::vector<double>{0.0, 3.0, 6.0}));
}

TEST(IterNext, EnumerateAndZip) {
  auto* e = kiln_new<lv_enumerate_listiter_str>(); // enumerate(['a', 'b'], 5)
  e->iter = iterOf<lv_listiter_str>(strs({"a", "b"}));
  e->index = 5;
  std::string out;
  for (;;) {
    auto* t = kiln_iter_next<lv_tuple2_Signed_str*>(e);
    if (!t) break;
    out += R(t);
  }
  EXPECT_EQ(takeException(), "StopIteration: ");
  EXPECT_EQ(out, "(5, 'a')(6, 'b')");
  EXPECT_EQ(e->index, 7);
  auto* ev = kiln_new<lv_enumerate_listiter_Void>(); // enumerate([None])
  ev->iter = iterOf<lv_listiter_Void>(kiln_list_make<lv_list_Void*>(1));
  EXPECT_EQ(R(kiln_enumerate_next<lv_tuple2_Signed_Void*>(ev)), "(0, None)");
  // zip(it, 'ab') with it = iter([1, 2, 3]): the third item of it is taken before 'ab' stops
  auto* z = kiln_new<lv_zip_listiter_Signed_striter>();
  z->iter0 = iterInts({1, 2, 3});
  z->iter1 = iterOf<lv_striter>(S("ab"));
  out.clear();
  for (;;) {
    auto* t = kiln_iter_next<lv_tuple2_Signed_UniChar*>(z);
    if (!t) break;
    out += R(t);
  }
  EXPECT_EQ(takeException(), "StopIteration: ");
  EXPECT_EQ(out, "(1, 'a')(2, 'b')");
  EXPECT_EQ(z->iter0->index, 3); // next(it, 'gone') == 'gone'
}

TEST(IterNext, InstanceIterators) {
  EXPECT_EQ(drain<int64_t>(counter(3)), (std::vector<int64_t>{0, 1, 2}));
  auto* boom = counter(-1);
  EXPECT_EQ(kiln_nextiter_next<int64_t>(boom), 0);
  EXPECT_EQ(kiln_nextiter_next<int64_t>(boom), 1);
  kiln_nextiter_next<int64_t>(boom);
  EXPECT_EQ(takeException(), "ValueError: boom");
}

TEST(IterNext, Files) {
  FILE* f = tmpfile();
  ASSERT_NE(f, nullptr);
  fputs("a\nb\n", f);
  rewind(f);
  file* fp = kiln_new<file>();
  fp->stream = f;
  fp->flags = KILN_FILE_READ;
  EXPECT_EQ(R(kiln_list_from_iter<lv_list_str*>(fp)), "['a\\n', 'b\\n']");
  EXPECT_EQ(takeException(), "");
  fclose(f);
}

TEST(IterNext, Dicts) {
  // d = {1: 'a', 2: '', 3: 'c'}; del d[1]
  auto* d = kiln_dict_new<lv_dict_int_str*>();
  kiln_dict_setitem<void>(d, int64_t(1), S("a"));
  kiln_dict_setitem<void>(d, int64_t(2), S(""));
  kiln_dict_setitem<void>(d, int64_t(3), S("c"));
  kiln_dict_delitem<void>(d, int64_t(1));
  auto dictIter = [&]<class It>() {
    It* it = kiln_new<It>();
    it->dict = d;
    return it;
  };
  EXPECT_EQ(R(kiln_list_from_iter<lv_array_Signed*>(dictIter.operator()<lv_dictkeyiter_int_str>())),
            "[2, 3]");
  EXPECT_EQ(R(kiln_list_from_iter<lv_array_tuple2_Signed_str*>(
                dictIter.operator()<lv_dictitemiter_int_str>())),
            "[(2, ''), (3, 'c')]");
  EXPECT_TRUE(
      kiln_iter_any<bool>(dictIter.operator()<lv_dictvalueiter_int_str>())); // any(d.values())
  EXPECT_FALSE(
      kiln_iter_all<bool>(dictIter.operator()<lv_dictvalueiter_int_str>())); // all(d.values())
  EXPECT_TRUE(
      kiln_iter_all<bool>(dictIter.operator()<lv_dictitemiter_int_str>())); // tuples are true
  EXPECT_EQ(kiln_iter_max<int64_t>(dictIter.operator()<lv_dictkeyiter_int_str>()), 3);
  auto* e = kiln_new<lv_enumerate_dictitemiter_int_str>(); // enumerate(d.items())
  e->iter = dictIter.operator()<lv_dictitemiter_int_str>();
  std::string out;
  for (;;) {
    auto* t = kiln_iter_next<lv_tuple2_Signed_tuple2_Signed_str*>(e);
    if (!t) break;
    out += R(t);
  }
  EXPECT_EQ(takeException(), "StopIteration: ");
  EXPECT_EQ(out, "(0, (2, ''))(1, (3, 'c'))");
}

// -- Consumers ------------------------------------------------------------------------------------

TEST(IterConsume, NextDefaultMinMaxSum) {
  auto* it = iterInts({7});
  EXPECT_EQ(kiln_iter_next_default<int64_t>(it, int64_t(0)), 7);
  EXPECT_EQ(kiln_iter_next_default<double>(it, 1.5), 1.5);
  EXPECT_EQ(takeException(), "");
  auto* boom = counter(-1);
  kiln_iter_next_default<int64_t>(boom, int64_t(0));
  kiln_iter_next_default<int64_t>(boom, int64_t(0));
  kiln_iter_next_default<int64_t>(boom, int64_t(0));
  EXPECT_EQ(takeException(), "ValueError: boom"); // only StopIteration gives the default
  EXPECT_EQ(T(kiln_iter_min<str*>(iterOf<lv_listiter_str>(strs({"b", "a", "c"})))), "a");
  EXPECT_EQ(kiln_iter_max<int64_t>(lazyRange(0, 10, 3)), 9);
  EXPECT_EQ(kiln_iter_max<uint32_t>(iterOf<lv_striter>(S("h\xc3\xa9y"))), 0xE9u);
  kiln_iter_min<int64_t>(iterInts({}));
  EXPECT_EQ(takeException(), "ValueError: min() arg is an empty sequence");
  kiln_iter_max<int64_t>(lazyRange(1, 1, 1));
  EXPECT_EQ(takeException(), "ValueError: max() arg is an empty sequence");
  kiln_iter_max<int64_t>(counter(-1));
  EXPECT_EQ(takeException(), "ValueError: boom");
  EXPECT_EQ(kiln_iter_sum<int64_t>(lazyRange(0, 5, 1), int64_t(10)), 20); // sum(range(5), 10)
  EXPECT_EQ(kiln_iter_sum<double>(iterInts({1, 2}), 0.5), 3.5);
}

TEST(IterConsume, AnyAllStopWhereCPythonDoes) {
  auto* it = iterInts({0, 3, 0, 5});
  EXPECT_TRUE(kiln_iter_any<bool>(it));
  EXPECT_EQ(kiln_iter_next<int64_t>(it), 0); // any(it) stopped after the 3
  auto* it2 = iterInts({1, 0, 2});
  EXPECT_FALSE(kiln_iter_all<bool>(it2));
  EXPECT_EQ(kiln_iter_next<int64_t>(it2), 2);
  EXPECT_FALSE(kiln_iter_any<bool>(iterOf<lv_listiter_str>(strs({"", nullptr}))));
  EXPECT_TRUE(kiln_iter_all<bool>(iterInts({})));
  EXPECT_FALSE(kiln_iter_any<bool>(iterOf<lv_striter>(kiln_bytes_from("\0\0", 2)))); // any(b'\0\0')
  EXPECT_FALSE(kiln_iter_any<bool>(iterOf<lv_listiter_Void>(kiln_list_make<lv_list_Void*>(3))));
  auto* e = kiln_new<lv_enumerate_listiter_str>(); // every tuple is true
  e->iter = iterOf<lv_listiter_str>(strs({""}));
  EXPECT_TRUE(kiln_iter_all<bool>(e));
  auto* boom = counter(-1); // 1, then ValueError
  boom->obj->inst_n = 1;
  EXPECT_FALSE(kiln_iter_all<bool>(boom));
  EXPECT_EQ(takeException(), "ValueError: boom");
  EXPECT_TRUE(kiln_iter_any<bool>(counter(5)));
}

TEST(IterConsume, ListFromAndExtend) {
  EXPECT_EQ(R(kiln_list_from_iter<lv_array_Signed*>(lazyRange(0, 40, 2))).size(), 75u);
  EXPECT_EQ(R(kiln_list_from_iter<lv_array_Signed*>(lazyRange(0, 6, 2))), "[0, 2, 4]");
  EXPECT_EQ(R(kiln_list_from_iter<lv_list_Float*>(iterInts({1, 2}))), "[1.0, 2.0]");
  EXPECT_EQ(R(kiln_list_from_iter<lv_list_str*>(iterOf<lv_striter>(S("a\xc3\xa9")))),
            "['a', '\xc3\xa9']");
  EXPECT_EQ(R(kiln_list_from_iter<lv_list_Void*>(
                iterOf<lv_listiter_Void>(kiln_list_make<lv_list_Void*>(2)))),
            "[None, None]");
  EXPECT_EQ(R(kiln_list_from_iter<lv_array_Signed*>(counter(3))), "[0, 1, 2]");
  EXPECT_EQ(kiln_list_from_iter<lv_array_Signed*>(counter(-1)), nullptr);
  EXPECT_EQ(takeException(), "ValueError: boom");
  auto* l = ints({9});
  kiln_list_extend_iter<void>(l, lazyRange(0, 3, 1));
  EXPECT_EQ(R(l), "[9, 0, 1, 2]");
  kiln_list_extend_iter<void>(l, counter(-1)); // the items before the error stay
  EXPECT_EQ(takeException(), "ValueError: boom");
  EXPECT_EQ(R(l), "[9, 0, 1, 2, 0, 1]");
}

TEST(IterConsume, JoinAndBytes) {
  EXPECT_EQ(T(kiln_str_join_iter<str*>(S("-"), iterOf<lv_listiter_str>(strs({"a", "bc"})))),
            "a-bc");
  str* hello = S("h\xc3\xa9llo");
  auto* r = iterOf<lv_reversed_str>(hello);
  r->index = hello->length;
  str* joined = kiln_str_join_iter<str*>(S(""), r); // ''.join(reversed('héllo'))
  EXPECT_EQ(T(joined), "oll\xc3\xa9h");
  EXPECT_EQ(joined->length, 5);
  EXPECT_EQ(T(kiln_str_join_iter<str*>(S(", "), iterOf<lv_listiter_str>(strs({})))), "");
  str* b = kiln_bytes_from_iter<str*>(iterInts({104, 105}));
  EXPECT_EQ(T(b), "hi");
  EXPECT_EQ(b->length, 2);
  kiln_bytes_from_iter<str*>(iterInts({1, 256}));
  EXPECT_EQ(takeException(), "ValueError: bytes must be in range(0, 256)");
}

} // namespace

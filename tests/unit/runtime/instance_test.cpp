// The instance, special-method and closure-cell helpers (runtime/include/kiln/generic/
// instance.h), with hand-written functions standing for generated special methods. Expected
// values and messages are CPython 3.11's.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "tests/unit/runtime/instance_test_structs.h"

namespace {

it_object_vtable gShape{1, 3, nullptr};
it_object_vtable gSquare{2, 3, nullptr};
it_object_vtable gCounter{3, 4, nullptr};

void initNames() {
  if (gShape.name) return;
  gShape.name = S("Shape");
  gSquare.name = S("Square");
  gCounter.name = S("Counter");
}

it_prog_Shape* newShape(int64_t size) {
  initNames();
  auto* s = kiln_new<it_prog_Shape>();
  s->super.typeptr = &gShape;
  s->inst_size = size;
  return s;
}

it_prog_Counter* newCounter(int64_t start, int64_t stop) {
  initNames();
  auto* c = kiln_new<it_prog_Counter>();
  c->super.typeptr = &gCounter;
  c->inst_next = start;
  c->inst_stop = stop;
  return c;
}

void stopIteration() { kiln_raise_builtin(KILN_EXC_StopIteration, nullptr); }

// Counter.__next__ in its forms: an int, a bool (odd?), a char ('a' + i), a float.
int64_t nextInt(it_prog_Counter* c) {
  if (c->inst_next >= c->inst_stop) {
    stopIteration();
    return 0;
  }
  return c->inst_next++;
}
bool nextOdd(it_prog_Counter* c) { return nextInt(c) % 2 != 0; }
uint32_t nextChar(it_prog_Counter* c) { return uint32_t('a' + nextInt(c)); }
double nextHalf(it_prog_Counter* c) { return double(nextInt(c)) / 2; }
void nextNone(it_prog_Counter* c) { nextInt(c); }
// Raises ValueError at 3.
int64_t nextFailing(it_prog_Counter* c) {
  if (c->inst_next == 3) {
    kiln_raise_fmt(KILN_EXC_ValueError, "bad item");
    return 0;
  }
  return nextInt(c);
}
// Strings 'b', 'a', 'b', 'a'...: equal items, distinct objects.
str* nextWord(it_prog_Counter* c) {
  int64_t i = nextInt(c);
  if (kiln_exc_type) return nullptr;
  return S(i % 2 ? "a" : "b");
}
it_tuple2_Signed_str* nextPair(it_prog_Counter* c) { // (i % 3, str(i))
  int64_t i = nextInt(c);
  if (kiln_exc_type) return nullptr;
  auto* t = kiln_new<it_tuple2_Signed_str>();
  t->item0 = i % 3;
  t->item1 = kiln_str_from_int(i);
  return t;
}

int64_t lenOf(it_prog_Shape* s) { return s->inst_size; }
bool boolOf(it_prog_Shape* s) { return s->inst_size > 10; }
int64_t containsOf(it_prog_Shape* s, int64_t x) { return x < s->inst_size ? 1 : 0; }
bool eqOf(it_prog_Shape* a, it_prog_Shape* b) { return a->inst_size == b->inst_size; }
int64_t hashOf(it_prog_Shape* s) { return s->inst_size; }
bool boolHash(it_prog_Shape* s) { return s->inst_size != 0; }
int64_t raisingLen(it_prog_Shape*) {
  kiln_raise_fmt(KILN_EXC_ValueError, "no length");
  return 0;
}
str* strOf(it_prog_Shape* s) { return kiln_str_concat(S("Shape of "), kiln_str_from_int(s->inst_size)); }
uint32_t charOf(it_prog_Shape*) { return 0xE9; }
str* raisingStr(it_prog_Shape*) {
  kiln_raise_fmt(KILN_EXC_RuntimeError, "no str");
  return nullptr;
}

std::string addressOf(const void* p) {
  char text[32];
  std::snprintf(text, sizeof text, "%p", p);
  return text;
}

} // namespace

// -- Instances ------------------------------------------------------------------------------------------

TEST(InstanceTest, IsInstanceByClassIdRange) {
  it_prog_Shape* shape = newShape(1);
  auto* square = kiln_new<it_prog_Square>();
  square->super.super.typeptr = &gSquare;
  auto asObject = [](auto* p) { return reinterpret_cast<it_object*>(p); };
  EXPECT_TRUE(kiln_instance_isinstance<bool>(asObject(shape), 1, 3));  // isinstance(shape, Shape)
  EXPECT_FALSE(kiln_instance_isinstance<bool>(asObject(shape), 2, 3)); // isinstance(shape, Square)
  EXPECT_TRUE(kiln_instance_isinstance<bool>(asObject(square), 1, 3));
  EXPECT_TRUE(kiln_instance_isinstance<bool>(asObject(square), 2, 3));
  EXPECT_FALSE(kiln_instance_isinstance<bool>(static_cast<it_object*>(nullptr), 0, 100)); // None
}

TEST(InstanceTest, VtableOrDefault) {
  it_prog_Shape* shape = newShape(1);
  auto* square = kiln_new<it_prog_Square>();
  square->super.super.typeptr = &gSquare;
  EXPECT_EQ(kiln_vtable_or_default<it_object_vtable*>(reinterpret_cast<it_object*>(square), &gShape), &gSquare);
  EXPECT_EQ(kiln_vtable_or_default<it_object_vtable*>(reinterpret_cast<it_object*>(shape), &gSquare), &gShape);
  EXPECT_EQ(kiln_vtable_or_default<it_object_vtable*>(static_cast<it_object*>(nullptr), &gShape), &gShape);
}

TEST(InstanceTest, ObjectRepr) {
  it_prog_Shape* shape = newShape(1);
  // CPython: '<__main__.Shape object at 0x7f...>' for a class of the main script.
  EXPECT_EQ(T(kiln_instance_repr<str*>(reinterpret_cast<it_object*>(shape))), "<__main__.Shape object at " + addressOf(shape) + ">");
  EXPECT_EQ(T(kiln_instance_repr<str*>(static_cast<it_object*>(nullptr))), "None");
  EXPECT_EQ(addressOf(shape).substr(0, 2), "0x");
  // repr() of values holding instances goes through it too.
  EXPECT_EQ(T(kiln_repr_of(shape)), "<__main__.Shape object at " + addressOf(shape) + ">");
}

TEST(InstanceTest, InstanceStr) {
  it_prog_Shape* shape = newShape(4);
  EXPECT_EQ(T(kiln_instance_str<str*>(&strOf, shape)), "Shape of 4");
  EXPECT_EQ(T(kiln_instance_str<str*>(&strOf, static_cast<it_prog_Shape*>(nullptr))), "None");
  EXPECT_EQ(T(kiln_instance_str<str*>(static_cast<str* (*)(it_prog_Shape*)>(nullptr), shape)),
            "<__main__.Shape object at " + addressOf(shape) + ">");
  EXPECT_EQ(T(kiln_instance_str<str*>(&charOf, shape)), "\xc3\xa9"); // a UniChar result: 'é'
  EXPECT_EQ(kiln_instance_str<str*>(&raisingStr, shape), nullptr);
  EXPECT_EQ(takeException(), "RuntimeError: no str");
}

TEST(InstanceTest, ObjectFormatCheck) {
  it_prog_Shape* shape = newShape(1);
  kiln_object_format_check<void>(shape, S(""), S("Shape"));
  EXPECT_EQ(takeException(), "");
  kiln_object_format_check<void>(shape, S(">10"), S("Shape"));
  EXPECT_EQ(takeException(), "TypeError: unsupported format string passed to Shape.__format__");
  kiln_object_format_check<void>(static_cast<str*>(nullptr), S("x"), S("str"));
  EXPECT_EQ(takeException(), "TypeError: unsupported format string passed to NoneType.__format__");
  kiln_object_format_check<void>(static_cast<it_prog_Shape*>(nullptr), S(""), S("Shape"));
  EXPECT_EQ(takeException(), "");
}

// -- Special methods ----------------------------------------------------------------------------------------

TEST(InstanceTest, CallTruthAndNot) {
  it_prog_Shape* empty = newShape(0);
  it_prog_Shape* big = newShape(12);
  EXPECT_FALSE(kiln_call_truth<bool>(&lenOf, empty)); // `if x` through __len__
  EXPECT_TRUE(kiln_call_truth<bool>(&lenOf, big));
  EXPECT_TRUE(kiln_call_truth<bool>(&containsOf, big, int64_t(3))); // `3 in x`
  EXPECT_FALSE(kiln_call_truth<bool>(&containsOf, big, int64_t(30)));
  EXPECT_TRUE(kiln_call_not<bool>(&boolOf, empty)); // not x through __bool__
  EXPECT_FALSE(kiln_call_not<bool>(&boolOf, big));
  EXPECT_TRUE(kiln_call_not<bool>(&eqOf, empty, big)); // a != b through __eq__
  EXPECT_FALSE(kiln_call_not<bool>(&eqOf, big, newShape(12)));
  EXPECT_EQ(takeException(), "");
  kiln_call_truth<bool>(&raisingLen, big);
  EXPECT_EQ(takeException(), "ValueError: no length");
  kiln_call_not<bool>(&raisingLen, big);
  EXPECT_EQ(takeException(), "ValueError: no length");
}

TEST(InstanceTest, CallHash) {
  // class C: def __hash__(self): return -1  ->  hash(C()) == -2
  EXPECT_EQ(kiln_call_hash<int64_t>(&hashOf, newShape(-1)), -2);
  EXPECT_EQ(kiln_call_hash<int64_t>(&hashOf, newShape(-5)), -5);
  EXPECT_EQ(kiln_call_hash<int64_t>(&hashOf, newShape(77)), 77);
  EXPECT_EQ(kiln_call_hash<int64_t>(&boolHash, newShape(3)), 1); // a bool __hash__: True is 1
  EXPECT_EQ(kiln_call_hash<int64_t>(&boolHash, newShape(0)), 0);
  kiln_call_hash<int64_t>(&raisingLen, newShape(1));
  EXPECT_EQ(takeException(), "ValueError: no length");
}

TEST(InstanceTest, InstanceTruthOfMaybeNone) {
  EXPECT_FALSE(kiln_instance_truth<bool>(&lenOf, static_cast<it_prog_Shape*>(nullptr)));
  EXPECT_FALSE(kiln_instance_truth<bool>(&lenOf, newShape(0)));
  EXPECT_TRUE(kiln_instance_truth<bool>(&lenOf, newShape(2)));
  EXPECT_TRUE(kiln_instance_truth<bool>(&boolOf, newShape(11)));
  EXPECT_FALSE(kiln_instance_truth<bool>(&boolOf, newShape(10)));
  EXPECT_FALSE(kiln_instance_truth<bool>(&raisingLen, newShape(1)));
  EXPECT_EQ(takeException(), "ValueError: no length");
  EXPECT_FALSE(kiln_instance_truth<bool>(&raisingLen, static_cast<it_prog_Shape*>(nullptr))); // not called
  EXPECT_EQ(takeException(), "");
}

// -- Iterating through __next__ ---------------------------------------------------------------------------

TEST(InstanceTest, NextDefault) {
  it_prog_Counter* c = newCounter(5, 7);
  EXPECT_EQ(kiln_next_default<int64_t>(&nextInt, c, int64_t(-1)), 5);
  EXPECT_EQ(kiln_next_default<int64_t>(&nextInt, c, int64_t(-1)), 6);
  EXPECT_EQ(kiln_next_default<int64_t>(&nextInt, c, int64_t(-1)), -1);
  EXPECT_EQ(takeException(), ""); // StopIteration was caught
  // next(it, 0.5) of an int iterator: a float result.
  it_prog_Counter* d = newCounter(3, 4);
  EXPECT_EQ(kiln_next_default<double>(&nextInt, d, 0.5), 3.0);
  EXPECT_EQ(kiln_next_default<double>(&nextInt, d, 0.5), 0.5);
  // next(it, None) of a str iterator.
  it_prog_Counter* w = newCounter(0, 1);
  EXPECT_EQ(T(kiln_next_default<str*>(&nextWord, w, kiln_none)), "b");
  EXPECT_EQ(kiln_next_default<str*>(&nextWord, w, kiln_none), nullptr);
  // Other exceptions propagate.
  it_prog_Counter* f = newCounter(3, 10);
  kiln_next_default<int64_t>(&nextFailing, f, int64_t(0));
  EXPECT_EQ(takeException(), "ValueError: bad item");
}

TEST(InstanceTest, ListFromNext) {
  // list(Counter(2, 6)) == [2, 3, 4, 5]
  it_list_Signed* l = kiln_list_from_next<it_list_Signed*>(&nextInt, newCounter(2, 6));
  ASSERT_NE(l, nullptr);
  ASSERT_EQ(l->length, 4);
  for (int64_t i = 0; i < 4; ++i) EXPECT_EQ(l->items->items[i], i + 2);
  EXPECT_GE(l->items->length, l->length);
  // Many items: the array grows.
  it_list_Signed* big = kiln_list_from_next<it_list_Signed*>(&nextInt, newCounter(0, 1000));
  ASSERT_EQ(big->length, 1000);
  EXPECT_EQ(big->items->items[999], 999);
  // An empty one.
  it_list_Signed* none = kiln_list_from_next<it_list_Signed*>(&nextInt, newCounter(0, 0));
  ASSERT_NE(none, nullptr);
  EXPECT_EQ(none->length, 0);
  // Into a fixed list whose items the annotator made ints: bools converted (list_from's bool to
  // int), [False, True, False] as [0, 1, 0].
  it_GcArray_Signed* odd = kiln_list_from_next<it_GcArray_Signed*>(&nextOdd, newCounter(0, 3));
  ASSERT_EQ(odd->length, 3);
  EXPECT_EQ(odd->items[0], 0);
  EXPECT_EQ(odd->items[1], 1);
  EXPECT_EQ(odd->items[2], 0);
  // Chars into a list of strs; floats; Nones.
  it_GcArray_str* chars = kiln_list_from_next<it_GcArray_str*>(&nextChar, newCounter(0, 3));
  ASSERT_EQ(chars->length, 3);
  EXPECT_EQ(T(chars->items[2]), "c");
  it_GcArray_Float* halves = kiln_list_from_next<it_GcArray_Float*>(&nextHalf, newCounter(0, 3));
  EXPECT_EQ(halves->items[1], 0.5);
  it_list_Void* nones = kiln_list_from_next<it_list_Void*>(&nextNone, newCounter(0, 5));
  EXPECT_EQ(nones->length, 5);
  // An exception other than StopIteration propagates.
  EXPECT_EQ(kiln_list_from_next<it_list_Signed*>(&nextFailing, newCounter(0, 10)), nullptr);
  EXPECT_EQ(takeException(), "ValueError: bad item");
}

TEST(InstanceTest, AnyAndAllStopEarly) {
  // any() of 0, 1, 2...: stops after 1, leaving the iterator at 2 (CPython does the same).
  it_prog_Counter* c = newCounter(0, 10);
  EXPECT_TRUE(kiln_any_from_next<bool>(&nextInt, c));
  EXPECT_EQ(c->inst_next, 2);
  it_prog_Counter* zeros = newCounter(0, 1);
  EXPECT_FALSE(kiln_any_from_next<bool>(&nextInt, zeros));
  EXPECT_FALSE(kiln_any_from_next<bool>(&nextInt, newCounter(0, 0)));
  // all() stops at the first false item.
  it_prog_Counter* d = newCounter(0, 10);
  EXPECT_FALSE(kiln_all_from_next<bool>(&nextOdd, d));
  EXPECT_EQ(d->inst_next, 1);
  EXPECT_TRUE(kiln_all_from_next<bool>(&nextInt, newCounter(1, 5)));
  EXPECT_TRUE(kiln_all_from_next<bool>(&nextInt, newCounter(0, 0)));
  EXPECT_TRUE(kiln_all_from_next<bool>(&nextChar, newCounter(0, 3))); // chars are true
  EXPECT_EQ(takeException(), "");
  EXPECT_FALSE(kiln_all_from_next<bool>(&nextFailing, newCounter(1, 10)));
  EXPECT_EQ(takeException(), "ValueError: bad item");
  EXPECT_FALSE(kiln_any_from_next<bool>(&nextFailing, newCounter(3, 10)));
  EXPECT_EQ(takeException(), "ValueError: bad item");
}

TEST(InstanceTest, SumFromNext) {
  EXPECT_EQ(kiln_sum_from_next<int64_t>(&nextInt, newCounter(1, 101), int64_t(0)), 5050);
  EXPECT_EQ(kiln_sum_from_next<int64_t>(&nextInt, newCounter(0, 0), int64_t(7)), 7);
  // sum(halves, 0.25): 0.25 + 0.0 + 0.5 + 1.0 == 1.75; ints into a float start: 0.5 + 0 + 1 + 2.
  EXPECT_EQ(kiln_sum_from_next<double>(&nextHalf, newCounter(0, 3), 0.25), 1.75);
  EXPECT_EQ(kiln_sum_from_next<double>(&nextInt, newCounter(0, 3), 0.5), 3.5);
  EXPECT_EQ(kiln_sum_from_next<int64_t>(&nextOdd, newCounter(0, 5), int64_t(0)), 2); // True counts 1
  // Ints wrap (list_sum's arithmetic).
  EXPECT_EQ(kiln_sum_from_next<int64_t>(&nextInt, newCounter(1, 2), INT64_MAX), INT64_MIN);
  kiln_sum_from_next<int64_t>(&nextFailing, newCounter(0, 10), int64_t(0));
  EXPECT_EQ(takeException(), "ValueError: bad item");
}

TEST(InstanceTest, MinAndMaxFromNext) {
  EXPECT_EQ(kiln_min_from_next<int64_t>(&nextInt, newCounter(3, 9)), 3);
  EXPECT_EQ(kiln_max_from_next<int64_t>(&nextInt, newCounter(3, 9)), 8);
  EXPECT_EQ(kiln_max_from_next<double>(&nextHalf, newCounter(0, 5)), 2.0);
  // The first of equal items: min over 'b', 'a', 'b', 'a' is the first 'a' (index 1).
  it_prog_Counter* w = newCounter(0, 4);
  str* lo = kiln_min_from_next<str*>(&nextWord, w);
  EXPECT_EQ(T(lo), "a");
  str* hi = kiln_max_from_next<str*>(&nextWord, newCounter(0, 4));
  EXPECT_EQ(T(hi), "b");
  // Tuples order lexicographically: (i % 3, str(i)) for i in 0..5: min (0, '0'), max (2, '5').
  it_tuple2_Signed_str* tmin = kiln_min_from_next<it_tuple2_Signed_str*>(&nextPair, newCounter(0, 6));
  EXPECT_EQ(tmin->item0, 0);
  EXPECT_EQ(T(tmin->item1), "0");
  it_tuple2_Signed_str* tmax = kiln_max_from_next<it_tuple2_Signed_str*>(&nextPair, newCounter(0, 6));
  EXPECT_EQ(tmax->item0, 2);
  EXPECT_EQ(T(tmax->item1), "5");
  EXPECT_EQ(takeException(), "");
  kiln_min_from_next<int64_t>(&nextInt, newCounter(0, 0));
  EXPECT_EQ(takeException(), "ValueError: min() arg is an empty sequence");
  kiln_max_from_next<int64_t>(&nextInt, newCounter(0, 0));
  EXPECT_EQ(takeException(), "ValueError: max() arg is an empty sequence");
  kiln_max_from_next<int64_t>(&nextFailing, newCounter(0, 10));
  EXPECT_EQ(takeException(), "ValueError: bad item");
}

TEST(InstanceTest, MinKeepsTheFirstOfEqualItems) {
  // min(['b', 'a', 'b', 'a']) is the 'a' at index 1: identity shows which one.
  struct Words {
    static str* next(it_prog_Counter* c) {
      static str* words[4];
      if (!words[0]) {
        words[0] = S("b"), words[1] = S("a"), words[2] = S("b"), words[3] = S("a");
      }
      int64_t i = nextInt(c);
      return kiln_exc_type ? nullptr : words[i];
    }
  };
  it_prog_Counter* c = newCounter(0, 4);
  str* first = Words::next(newCounter(1, 2)); // words[1]
  str* second = Words::next(newCounter(3, 4)); // words[3]
  ASSERT_NE(first, second);
  EXPECT_EQ(kiln_min_from_next<str*>(&Words::next, c), first);
  str* firstB = Words::next(newCounter(0, 1));
  EXPECT_EQ(kiln_max_from_next<str*>(&Words::next, newCounter(0, 4)), firstB);
}

// -- Closure cells -------------------------------------------------------------------------------------

TEST(InstanceTest, CellReads) {
  it_cell_Signed_or_unset cell{0, false};
  kiln_cell_get_local<int64_t>(&cell, S("x"));
  EXPECT_EQ(takeException(), "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
  kiln_cell_get_free<int64_t>(&cell, S("total"));
  EXPECT_EQ(takeException(),
            "NameError: cannot access free variable 'total' where it is not associated with a value in enclosing scope");
  cell = {42, true};
  EXPECT_EQ(kiln_cell_get_local<int64_t>(&cell, S("x")), 42);
  EXPECT_EQ(kiln_cell_get_free<int64_t>(&cell, S("x")), 42);
  EXPECT_EQ(kiln_cell_get_free<double>(&cell, S("x")), 42.0);
  it_cell_Void_or_unset none{false};
  kiln_cell_get_local<void>(&none, S("v"));
  EXPECT_EQ(takeException(), "UnboundLocalError: cannot access local variable 'v' where it is not associated with a value");
  none.set = true;
  kiln_cell_get_free<void>(&none, S("v"));
  EXPECT_EQ(takeException(), "");
}

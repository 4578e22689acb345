// The structs the list, values and iterator tests (and io_test, numbers_test) drive the generic
// helpers with, shaped exactly as codegen emits them (runtime/include/kiln/runtime.h "Shapes"),
// each GC struct and array with its kiln_struct and type id (test_types.h). The C++ names carry
// an `lv_` prefix so that they cannot collide with other test files' structs (the runtime reads
// only kiln_struct<T>::name, the type id and the field names).
#pragma once

#include <string>
#include <string_view>
#include <tuple>

#include "tests/unit/runtime/test_types.h"

#define LV_STRUCT KILN_TEST_STRUCT
#define LV_TUPLE KILN_TEST_TUPLE

// -- Fixed and resizable lists -----------------------------------------------------------------
struct lv_array_Signed { int64_t length; int64_t items[]; };
struct lv_array_Float { int64_t length; double items[]; };
struct lv_array_Bool { int64_t length; bool items[]; };
struct lv_array_Unsigned { int64_t length; uint64_t items[]; };
struct lv_array_UniChar { int64_t length; uint32_t items[]; };
struct lv_array_str { int64_t length; str* items[]; };
LV_STRUCT(lv_array_Signed, "GcArray_Signed");
LV_STRUCT(lv_array_Float, "GcArray_Float");
LV_STRUCT(lv_array_Bool, "GcArray_Bool");
LV_STRUCT(lv_array_Unsigned, "GcArray_Unsigned");
LV_STRUCT(lv_array_UniChar, "GcArray_UniChar");
LV_STRUCT(lv_array_str, "GcArray_str");

struct lv_list_Signed { int64_t length; lv_array_Signed* items; };
struct lv_list_Float { int64_t length; lv_array_Float* items; };
struct lv_list_UniChar { int64_t length; lv_array_UniChar* items; };
struct lv_list_str { int64_t length; lv_array_str* items; };
struct lv_list_Void { int64_t length; };
LV_STRUCT(lv_list_Signed, "list_Signed");
LV_STRUCT(lv_list_Float, "list_Float");
LV_STRUCT(lv_list_UniChar, "list_UniChar");
LV_STRUCT(lv_list_str, "list_str");
LV_STRUCT(lv_list_Void, "list_Void");

struct lv_array_list_Signed { int64_t length; lv_list_Signed* items[]; };
struct lv_list_list_Signed { int64_t length; lv_array_list_Signed* items; };
LV_STRUCT(lv_array_list_Signed, "GcArray_list_Signed");
LV_STRUCT(lv_list_list_Signed, "list_list_Signed");

// -- Tuples ---------------------------------------------------------------------------------------
struct lv_tuple0 {};
LV_TUPLE(lv_tuple0, "tuple0");
struct lv_tuple1_Signed { int64_t item0; };
LV_TUPLE(lv_tuple1_Signed, "tuple1_Signed", &lv_tuple1_Signed::item0);
struct lv_tuple2_Signed_Signed { int64_t item0; int64_t item1; };
LV_TUPLE(lv_tuple2_Signed_Signed, "tuple2_Signed_Signed", &lv_tuple2_Signed_Signed::item0, &lv_tuple2_Signed_Signed::item1);
struct lv_tuple2_Signed_Float { int64_t item0; double item1; };
LV_TUPLE(lv_tuple2_Signed_Float, "tuple2_Signed_Float", &lv_tuple2_Signed_Float::item0, &lv_tuple2_Signed_Float::item1);
struct lv_tuple2_Float_Signed { double item0; int64_t item1; };
LV_TUPLE(lv_tuple2_Float_Signed, "tuple2_Float_Signed", &lv_tuple2_Float_Signed::item0, &lv_tuple2_Float_Signed::item1);
struct lv_tuple2_Signed_str { int64_t item0; str* item1; };
LV_TUPLE(lv_tuple2_Signed_str, "tuple2_Signed_str", &lv_tuple2_Signed_str::item0, &lv_tuple2_Signed_str::item1);
struct lv_tuple2_Signed_UniChar { int64_t item0; uint32_t item1; };
LV_TUPLE(lv_tuple2_Signed_UniChar, "tuple2_Signed_UniChar", &lv_tuple2_Signed_UniChar::item0, &lv_tuple2_Signed_UniChar::item1);
struct lv_tuple2_Signed_Void { int64_t item0; };
LV_TUPLE(lv_tuple2_Signed_Void, "tuple2_Signed_Void", &lv_tuple2_Signed_Void::item0, kiln_none);
struct lv_tuple2_Float_str { double item0; str* item1; };
LV_TUPLE(lv_tuple2_Float_str, "tuple2_Float_str", &lv_tuple2_Float_str::item0, &lv_tuple2_Float_str::item1);
struct lv_tuple2_Float_Float { double item0; double item1; };
LV_TUPLE(lv_tuple2_Float_Float, "tuple2_Float_Float", &lv_tuple2_Float_Float::item0, &lv_tuple2_Float_Float::item1);
// (1, 'a', (2, 3.5), None)
struct lv_tuple4 { int64_t item0; uint32_t item1; lv_tuple2_Signed_Float* item2; };
LV_TUPLE(lv_tuple4, "tuple4_Signed_UniChar_tuple2_Signed_Float_Void", &lv_tuple4::item0, &lv_tuple4::item1, &lv_tuple4::item2, kiln_none);

struct lv_array_tuple2_Signed_str { int64_t length; lv_tuple2_Signed_str* items[]; };
struct lv_array_tuple2_Float_str { int64_t length; lv_tuple2_Float_str* items[]; };
struct lv_array_tuple4 { int64_t length; lv_tuple4* items[]; };
LV_STRUCT(lv_array_tuple2_Signed_str, "GcArray_tuple2_Signed_str");
LV_STRUCT(lv_array_tuple2_Float_str, "GcArray_tuple2_Float_str");
LV_STRUCT(lv_array_tuple4, "GcArray_tuple4");

// -- Dicts ----------------------------------------------------------------------------------------
struct lv_array_Signed_idx { int64_t length; int64_t items[]; };
LV_STRUCT(lv_array_Signed_idx, "GcArray_Signed");
struct lv_dictentry_int_str { int64_t key; str* value; bool valid; };
struct lv_array_dictentry_int_str { int64_t length; lv_dictentry_int_str items[]; };
struct lv_dict_int_str { int64_t num_items, num_used; lv_array_Signed_idx* indexes; lv_array_dictentry_int_str* entries; };
LV_STRUCT(lv_array_dictentry_int_str, "GcArray_dictentry_int_str");
LV_STRUCT(lv_dict_int_str, "dict_int_str");
struct lv_dictentry_str_Void { str* key; };
struct lv_array_dictentry_str_Void { int64_t length; lv_dictentry_str_Void items[]; };
struct lv_dict_str_Void { int64_t num_items, num_used; lv_array_Signed_idx* indexes; lv_array_dictentry_str_Void* entries; };
LV_STRUCT(lv_array_dictentry_str_Void, "GcArray_dictentry_str_Void");
LV_STRUCT(lv_dict_str_Void, "dict_str_Void");

// dicts with a float key, for dict_eq across key types
struct lv_dictentry_float_str { double key; str* value; int64_t hash; bool valid; };
struct lv_array_dictentry_float_str { int64_t length; lv_dictentry_float_str items[]; };
struct lv_dict_float_str { int64_t num_items, num_used; lv_array_Signed_idx* indexes; lv_array_dictentry_float_str* entries; };
LV_STRUCT(lv_dict_float_str, "dict_float_str");
LV_STRUCT(lv_array_dictentry_float_str, "GcArray_dictentry_float_str");
struct lv_array_dict_int_str { int64_t length; lv_dict_int_str* items[]; };
LV_STRUCT(lv_array_dict_int_str, "GcArray_dict_int_str");

// -- Instances ------------------------------------------------------------------------------------
struct lv_object { kiln_vtable_head* typeptr; };
struct lv_Node { lv_object super; int64_t inst_value; };
LV_STRUCT(lv_object, "object");
LV_STRUCT(lv_Node, "prog.Node");
struct lv_array_Node { int64_t length; lv_Node* items[]; };
LV_STRUCT(lv_array_Node, "GcArray_prog.Node");

// -- Iterators, as rtyper/rtype_iter.cpp makes them --------------------------------------------
struct lv_listiter_Signed { lv_list_Signed* list; int64_t index; };
struct lv_listiter_str { lv_list_str* list; int64_t index; };
struct lv_listiter_Void { lv_list_Void* list; int64_t index; };
struct lv_arrayiter_Signed { lv_array_Signed* list; int64_t index; };
struct lv_reversed_list_Signed { lv_list_Signed* list; int64_t index; };
struct lv_reversed_str { str* string; int64_t index; };
struct lv_striter { str* string; int64_t index; };
struct lv_rangeiter { int64_t next, stop, step; lv_array_Signed* list; };
struct lv_enumerate_listiter_str { lv_listiter_str* iter; int64_t index; };
struct lv_enumerate_listiter_Void { lv_listiter_Void* iter; int64_t index; };
struct lv_zip_listiter_Signed_striter { lv_listiter_Signed* iter0; lv_striter* iter1; };
struct lv_Counter { lv_object super; int64_t inst_n, inst_stop; };
struct lv_nextiter_Counter { lv_Counter* obj; int64_t (*fn)(lv_Counter*); };
struct lv_dictkeyiter_int_str { lv_dict_int_str* dict; int64_t index; };
struct lv_dictvalueiter_int_str { lv_dict_int_str* dict; int64_t index; };
struct lv_dictitemiter_int_str { lv_dict_int_str* dict; int64_t index; };
struct lv_enumerate_dictitemiter_int_str { lv_dictitemiter_int_str* iter; int64_t index; };
struct lv_tuple2_Signed_tuple2_Signed_str { int64_t item0; lv_tuple2_Signed_str* item1; };
LV_STRUCT(lv_dictkeyiter_int_str, "dictkeyiter_int_str");
LV_STRUCT(lv_dictvalueiter_int_str, "dictvalueiter_int_str");
LV_STRUCT(lv_dictitemiter_int_str, "dictitemiter_int_str");
LV_STRUCT(lv_enumerate_dictitemiter_int_str, "enumerate_dictitemiter_int_str");
LV_TUPLE(lv_tuple2_Signed_tuple2_Signed_str, "tuple2_Signed_tuple2_Signed_str", &lv_tuple2_Signed_tuple2_Signed_str::item0,
         &lv_tuple2_Signed_tuple2_Signed_str::item1);
LV_STRUCT(lv_listiter_Signed, "listiter_Signed");
LV_STRUCT(lv_listiter_str, "listiter_str");
LV_STRUCT(lv_listiter_Void, "listiter_Void");
LV_STRUCT(lv_arrayiter_Signed, "arrayiter_Signed");
LV_STRUCT(lv_reversed_list_Signed, "reversed_list_Signed");
LV_STRUCT(lv_reversed_str, "reversed_str");
LV_STRUCT(lv_striter, "striter");
LV_STRUCT(lv_rangeiter, "rangeiter");
LV_STRUCT(lv_enumerate_listiter_str, "enumerate_listiter_str");
LV_STRUCT(lv_enumerate_listiter_Void, "enumerate_listiter_Void");
LV_STRUCT(lv_zip_listiter_Signed_striter, "zip_listiter_Signed_striter");
LV_STRUCT(lv_Counter, "prog.Counter");
LV_STRUCT(lv_nextiter_Counter, "nextiter_prog.Counter");

// -- Builders -------------------------------------------------------------------------------------
template <class L, class X> L* lvList(std::initializer_list<X> xs) {
  L* l = kiln_list_make<L*>(int64_t(xs.size()));
  int64_t i = 0;
  for (const X& x : xs) kiln_seq_set(l, i++, x);
  return l;
}
inline lv_list_Signed* ints(std::initializer_list<int64_t> xs) {
  return lvList<lv_list_Signed>(xs);
}
inline lv_list_Float* floats(std::initializer_list<double> xs) { return lvList<lv_list_Float>(xs); }
inline lv_array_Signed* fixedInts(std::initializer_list<int64_t> xs) {
  return lvList<lv_array_Signed>(xs);
}
inline lv_list_str* strs(std::initializer_list<const char*> xs) {
  lv_list_str* l = kiln_list_make<lv_list_str*>(0);
  for (const char* x : xs) kiln_list_append<void>(l, x ? S(x) : static_cast<str*>(nullptr));
  return l;
}
// repr(x) as a std::string.
template <class V> std::string R(V x) { return T(kiln_repr_of(x)); }

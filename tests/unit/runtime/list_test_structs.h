// The structs the list, values and iterator tests drive the generic helpers with, shaped exactly
// as codegen emits them (runtime/include/kiln/runtime.h "Shapes"), each with its kiln_struct.
// The C++ names carry an `lv_` prefix so that they cannot collide with other test files' structs
// (the runtime reads only kiln_struct<T>::name and the field names).
#pragma once

#include <string>
#include <string_view>
#include <tuple>

#include "tests/unit/runtime/harness.h"

#define LV_STRUCT(T, NAME)                                                                        \
  template <> struct kiln_struct<T> {                                                             \
    static constexpr std::string_view name = NAME;                                                \
  }
#define LV_TUPLE(T, NAME, ...)                                                                    \
  template <> struct kiln_struct<T> {                                                             \
    static constexpr std::string_view name = NAME;                                                \
    static constexpr auto items = std::make_tuple(__VA_ARGS__);                                   \
  }

// -- Fixed and resizable lists -----------------------------------------------------------------
struct lv_array_Signed { int64_t length; int64_t items[]; };
struct lv_array_Float { int64_t length; double items[]; };
struct lv_array_Bool { int64_t length; bool items[]; };
struct lv_array_Unsigned { int64_t length; uint64_t items[]; };
struct lv_array_UniChar { int64_t length; uint32_t items[]; };
struct lv_array_str { int64_t length; str* items[]; };

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
// (1, 'a', (2, 3.5), None)
struct lv_tuple4 { int64_t item0; uint32_t item1; lv_tuple2_Signed_Float* item2; };
LV_TUPLE(lv_tuple4, "tuple4_Signed_UniChar_tuple2_Signed_Float_Void", &lv_tuple4::item0, &lv_tuple4::item1, &lv_tuple4::item2, kiln_none);

struct lv_array_tuple2_Signed_str { int64_t length; lv_tuple2_Signed_str* items[]; };
struct lv_array_tuple2_Float_str { int64_t length; lv_tuple2_Float_str* items[]; };
struct lv_array_tuple4 { int64_t length; lv_tuple4* items[]; };

// -- Dicts ----------------------------------------------------------------------------------------
struct lv_array_Signed_idx { int64_t length; int64_t items[]; };
struct lv_dictentry_int_str { int64_t key; str* value; bool valid; };
struct lv_array_dictentry_int_str { int64_t length; lv_dictentry_int_str items[]; };
struct lv_dict_int_str { int64_t num_items, num_used; lv_array_Signed_idx* indexes; lv_array_dictentry_int_str* entries; };
LV_STRUCT(lv_dict_int_str, "dict_int_str");
struct lv_dictentry_str_Void { str* key; };
struct lv_array_dictentry_str_Void { int64_t length; lv_dictentry_str_Void items[]; };
struct lv_dict_str_Void { int64_t num_items, num_used; lv_array_Signed_idx* indexes; lv_array_dictentry_str_Void* entries; };
LV_STRUCT(lv_dict_str_Void, "dict_str_Void");

// dicts with a float key, for dict_eq across key types
struct lv_dictentry_float_str { double key; str* value; int64_t hash; bool valid; };
struct lv_array_dictentry_float_str { int64_t length; lv_dictentry_float_str items[]; };
struct lv_dict_float_str { int64_t num_items, num_used; lv_array_Signed_idx* indexes; lv_array_dictentry_float_str* entries; };
LV_STRUCT(lv_dict_float_str, "dict_float_str");
struct lv_array_dict_int_str { int64_t length; lv_dict_int_str* items[]; };

// -- Instances ------------------------------------------------------------------------------------
struct lv_object { kiln_vtable_head* typeptr; };
struct lv_Node { lv_object super; int64_t inst_value; };
LV_STRUCT(lv_object, "object");
LV_STRUCT(lv_Node, "prog.Node");
struct lv_array_Node { int64_t length; lv_Node* items[]; };

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

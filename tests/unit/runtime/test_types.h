// The GC types of the runtime tests' hand-written structs (list_test_structs.h,
// dict_test_structs.h, instance_test_structs.h, str_generic_test_structs.h): their type ids,
// numbered as codegen numbers a program's types, after the runtime's own (kiln/gc.h). Each
// struct's kiln_struct<T> gives its id (KILN_TEST_STRUCT); test_main.cpp makes kiln_gc_types
// from this list, one entry per id, from the structs' layouts.
//
// Adding a struct the helpers allocate (or a test allocates with kiln_new*): its name here, in
// its header's section, and KILN_TEST_STRUCT (or KILN_TEST_TUPLE) next to its definition.
#pragma once

#include <string_view>
#include <tuple>

#include "tests/unit/runtime/harness.h"

#define KILN_TEST_GC_TYPES(X)                                                                      \
  /* list_test_structs.h: lists, tuples, dicts, instances */                                       \
  X(lv_array_Signed) X(lv_array_Float) X(lv_array_Bool) X(lv_array_Unsigned) X(lv_array_UniChar)   \
  X(lv_array_str) X(lv_list_Signed) X(lv_list_Float) X(lv_list_UniChar) X(lv_list_str)             \
  X(lv_list_Void) X(lv_array_list_Signed) X(lv_list_list_Signed) X(lv_tuple0) X(lv_tuple1_Signed)  \
  X(lv_tuple2_Signed_Signed) X(lv_tuple2_Signed_Float) X(lv_tuple2_Float_Signed)                   \
  X(lv_tuple2_Signed_str) X(lv_tuple2_Signed_UniChar) X(lv_tuple2_Signed_Void)                     \
  X(lv_tuple2_Float_str) X(lv_tuple2_Float_Float) X(lv_tuple4) X(lv_array_tuple2_Signed_str)      \
  X(lv_array_tuple2_Float_str) X(lv_array_tuple4) X(lv_array_Signed_idx)                           \
  X(lv_array_dictentry_int_str) X(lv_dict_int_str) X(lv_array_dictentry_str_Void)                  \
  X(lv_dict_str_Void) X(lv_array_dictentry_float_str) X(lv_dict_float_str)                         \
  X(lv_array_dict_int_str) X(lv_object) X(lv_Node) X(lv_array_Node)                                \
  /* list_test_structs.h: iterators */                                                             \
  X(lv_listiter_Signed) X(lv_listiter_str) X(lv_listiter_Void) X(lv_arrayiter_Signed)              \
  X(lv_reversed_list_Signed) X(lv_reversed_str) X(lv_striter) X(lv_rangeiter)                      \
  X(lv_enumerate_listiter_str) X(lv_enumerate_listiter_Void) X(lv_zip_listiter_Signed_striter)     \
  X(lv_Counter) X(lv_nextiter_Counter) X(lv_dictkeyiter_int_str) X(lv_dictvalueiter_int_str)       \
  X(lv_dictitemiter_int_str) X(lv_enumerate_dictitemiter_int_str)                                  \
  X(lv_tuple2_Signed_tuple2_Signed_str)                                                            \
  /* dict_test_structs.h */                                                                        \
  X(dt_GcArray_Signed) X(GcArray_dt_dictentry_int_int) X(dt_dict_int_int)                          \
  X(dt_dictkeyiter_int_int) X(dt_dictvalueiter_int_int) X(dt_dictitemiter_int_int)                 \
  X(GcArray_dt_dictentry_int_float) X(dt_dict_int_float) X(GcArray_dt_dictentry_float_int)         \
  X(dt_dict_float_int) X(dt_dictkeyiter_float_int) X(GcArray_dt_dictentry_float_float)             \
  X(dt_dict_float_float) X(GcArray_dt_dictentry_str_int) X(dt_dict_str_int)                        \
  X(dt_dictkeyiter_str_int) X(GcArray_dt_dictentry_str_or_none_int) X(dt_dict_str_or_none_int)     \
  X(GcArray_dt_dictentry_unichar_int) X(dt_dict_unichar_int) X(GcArray_dt_dictentry_int_none)      \
  X(dt_dict_int_none) X(dt_dictitemiter_int_none) X(GcArray_dt_dictentry_bool_int)                 \
  X(dt_dict_bool_int) X(GcArray_dt_dictentry_uint_int) X(dt_dict_uint_int)                         \
  X(GcArray_dt_dictentry_none_int) X(dt_dict_none_int) X(dt_tuple2_Signed_str)                     \
  X(GcArray_dt_dictentry_tuple_int) X(dt_dict_tuple2_Signed_str_int) X(dt_tuple2_Signed_Signed)    \
  X(dt_tuple2_Signed_Float) X(dt_tuple2_Signed_Void) X(dt_object) X(dt_prog_Base) X(dt_prog_Node)  \
  X(GcArray_dt_dictentry_Node_Node) X(dt_dict_prog_Node_prog_Node)                                 \
  X(GcArray_dt_dictentry_Node_none) X(dt_dict_prog_Node_none) X(dt_dictkeyiter_prog_Node_none)     \
  X(GcArray_dt_rdictentry_int_int) X(dt_rdict_int_int) X(dt_GcArray_Signed_items)                  \
  X(dt_list_Signed) X(GcArray_dt_dictentry_int_list) X(dt_dict_int_list_Signed)                    \
  /* instance_test_structs.h */                                                                    \
  X(it_object) X(it_prog_Shape) X(it_prog_Square) X(it_prog_Counter) X(it_GcArray_Signed)          \
  X(it_list_Signed) X(it_GcArray_str) X(it_list_Void) X(it_GcArray_Float) X(it_tuple2_Signed_str)  \
  /* str_generic_test_structs.h */                                                                 \
  X(sg_array_str) X(sg_array_UniChar) X(sg_array_Signed) X(sg_list_str) X(sg_list_UniChar)         \
  X(sg_list_Signed) X(sg_tuple2_Signed_str) X(sg_dict_str_int_entries) X(sg_dict_str_int)          \
  X(sg_dict_str_str_entries) X(sg_dict_str_str) X(sg_dict_str_Void_entries) X(sg_dict_str_Void)    \
  X(sg_dict_UniChar_int_entries) X(sg_dict_UniChar_int) X(sg_dict_int_int_entries)                 \
  X(sg_dict_int_int)

enum kiln_test_tid : uint32_t {
  kiln_test_tid_before_first = KILN_TID_FIRST_PROGRAM - 1,
#define KILN_TEST_TID(T) kiln_test_tid_##T,
  KILN_TEST_GC_TYPES(KILN_TEST_TID)
#undef KILN_TEST_TID
  kiln_test_tid_end // the number of ids, the runtime's included
};

// kiln_struct<T> of a test struct, as codegen emits it: the low-level name and the type id; for
// a tuple, also its items (member pointers, kiln_none for a Void one).
#define KILN_TEST_STRUCT(T, NAME)                                                                  \
  template <> struct kiln_struct<T> {                                                              \
    static constexpr std::string_view name = NAME;                                                 \
    static constexpr uint32_t tid = kiln_test_tid_##T;                                             \
  }
#define KILN_TEST_TUPLE(T, NAME, ...)                                                              \
  template <> struct kiln_struct<T> {                                                              \
    static constexpr std::string_view name = NAME;                                                 \
    static constexpr uint32_t tid = kiln_test_tid_##T;                                             \
    static constexpr auto items = std::make_tuple(__VA_ARGS__);                                    \
  }

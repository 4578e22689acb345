// The structs str_generic_test.cpp drives the generic str helpers (kiln/generic/str_generic.h)
// with, as codegen emits them, each GC struct and array with its kiln_struct and type id
// (test_types.h).
#pragma once

#include <string_view>
#include <tuple>

#include "tests/unit/runtime/test_types.h"

// Named sg_<low-level name>; kiln_struct<T>::name is the low-level name.
#define SG_STRUCT KILN_TEST_STRUCT

struct sg_array_str {
  int64_t length;
  str* items[];
};
struct sg_array_UniChar {
  int64_t length;
  uint32_t items[];
};
struct sg_array_Signed {
  int64_t length;
  int64_t items[];
};
SG_STRUCT(sg_array_str, "GcArray_str");
SG_STRUCT(sg_array_UniChar, "GcArray_UniChar");
SG_STRUCT(sg_array_Signed, "GcArray_Signed");
struct sg_list_str {
  int64_t length;
  sg_array_str* items;
};
struct sg_list_UniChar {
  int64_t length;
  sg_array_UniChar* items;
};
struct sg_list_Signed {
  int64_t length;
  sg_array_Signed* items;
};
SG_STRUCT(sg_list_str, "list_str");
SG_STRUCT(sg_list_UniChar, "list_UniChar");
SG_STRUCT(sg_list_Signed, "list_Signed");

struct sg_tuple2_Signed_str {
  int64_t item0;
  str* item1;
};
template <> struct kiln_struct<sg_tuple2_Signed_str> {
  static constexpr uint32_t tid = kiln_test_tid_sg_tuple2_Signed_str;
  static constexpr std::string_view name = "tuple2_Signed_str";
  static constexpr auto items =
      std::make_tuple(&sg_tuple2_Signed_str::item0, &sg_tuple2_Signed_str::item1);
};

#define SG_DICT(NAME, ENTRY, LLNAME)                                                               \
  struct NAME##_entries {                                                                          \
    int64_t length;                                                                                \
    ENTRY items[];                                                                                 \
  };                                                                                               \
  struct NAME {                                                                                    \
    int64_t num_items, num_used;                                                                   \
    sg_array_Signed* indexes;                                                                      \
    NAME##_entries* entries;                                                                       \
  };                                                                                               \
  SG_STRUCT(NAME##_entries, "GcArray_" LLNAME);                                                    \
  SG_STRUCT(NAME, LLNAME)

struct sg_dictentry_str_int {
  str* key;
  int64_t value;
}; // deleted: a null key
struct sg_dictentry_str_str {
  str* key;
  str* value;
};
struct sg_dictentry_str_Void {
  str* key;
}; // d = {'a': None}
struct sg_dictentry_UniChar_int {
  uint32_t key;
  int64_t value;
  bool valid;
};
struct sg_dictentry_int_int {
  int64_t key;
  int64_t value;
  bool valid;
};
SG_DICT(sg_dict_str_int, sg_dictentry_str_int, "dict_str_int");
SG_DICT(sg_dict_str_str, sg_dictentry_str_str, "dict_str_str");
SG_DICT(sg_dict_str_Void, sg_dictentry_str_Void, "dict_str_Void");
SG_DICT(sg_dict_UniChar_int, sg_dictentry_UniChar_int, "dict_UniChar_int");
SG_DICT(sg_dict_int_int, sg_dictentry_int_int, "dict_int_int");

// The structs dict_test.cpp drives the dict helpers (kiln/generic/dict.h) with, as codegen emits
// them for rtyper/rtype_dict.cpp's layouts, each GC struct and array with its kiln_struct and
// type id (test_types.h).
#pragma once

#include <string_view>
#include <tuple>

#include "tests/unit/runtime/test_types.h"

// Named dt_<low-level name> (other test files define structs of the same low-level names, and
// one test binary holds them all); kiln_struct<T>::name is the low-level name.

struct dt_GcArray_Signed {
  int64_t length;
  int64_t items[];
};
KILN_TEST_STRUCT(dt_GcArray_Signed, "GcArray_Signed");

// The GcArray of entries E and the dict struct over it, each with its kiln_struct (the dict's
// name is its low-level name).
#define DICT_TYPE(NAME, ENTRY)                                                                     \
  struct GcArray_##ENTRY {                                                                         \
    int64_t length;                                                                                \
    ENTRY items[];                                                                                 \
  };                                                                                               \
  KILN_TEST_STRUCT(GcArray_##ENTRY, "GcArray_" #ENTRY);                                            \
  struct NAME {                                                                                    \
    int64_t num_items, num_used;                                                                   \
    dt_GcArray_Signed* indexes;                                                                    \
    GcArray_##ENTRY* entries;                                                                      \
  };                                                                                               \
  KILN_TEST_STRUCT(NAME, std::string_view(#NAME).substr(3));

// Iterators {dict, index, used} of each kind over a dict type.
#define DICT_ITER(NAME, DICT)                                                                      \
  struct NAME {                                                                                    \
    DICT* dict;                                                                                    \
    int64_t index;                                                                                 \
    int64_t used;                                                                                  \
  };                                                                                               \
  KILN_TEST_STRUCT(NAME, std::string_view(#NAME).substr(3));

// Int keys hash for free: {key, value, valid}.
struct dt_dictentry_int_int {
  int64_t key;
  int64_t value;
  bool valid;
};
DICT_TYPE(dt_dict_int_int, dt_dictentry_int_int)
DICT_ITER(dt_dictkeyiter_int_int, dt_dict_int_int)
DICT_ITER(dt_dictvalueiter_int_int, dt_dict_int_int)
DICT_ITER(dt_dictitemiter_int_int, dt_dict_int_int)

struct dt_dictentry_int_float {
  int64_t key;
  double value;
  bool valid;
};
DICT_TYPE(dt_dict_int_float, dt_dictentry_int_float)

// Float keys store their hash.
struct dt_dictentry_float_int {
  double key;
  int64_t value;
  int64_t hash;
  bool valid;
};
DICT_TYPE(dt_dict_float_int, dt_dictentry_float_int)
DICT_ITER(dt_dictkeyiter_float_int, dt_dict_float_int)

struct dt_dictentry_float_float {
  double key;
  double value;
  int64_t hash;
  bool valid;
};
DICT_TYPE(dt_dict_float_float, dt_dictentry_float_float)

// A str key that cannot be None: no `valid`, a deleted entry has a null key.
struct dt_dictentry_str_int {
  str* key;
  int64_t value;
};
DICT_TYPE(dt_dict_str_int, dt_dictentry_str_int)
DICT_ITER(dt_dictkeyiter_str_int, dt_dict_str_int)

// A str key that may be None: `valid`.
struct dt_dictentry_str_or_none_int {
  str* key;
  int64_t value;
  bool valid;
};
DICT_TYPE(dt_dict_str_or_none_int, dt_dictentry_str_or_none_int)

struct dt_dictentry_unichar_int {
  uint32_t key;
  int64_t value;
  bool valid;
};
DICT_TYPE(dt_dict_unichar_int, dt_dictentry_unichar_int)

// A Void value: no `value` field.
struct dt_dictentry_int_none {
  int64_t key;
  bool valid;
};
DICT_TYPE(dt_dict_int_none, dt_dictentry_int_none)
DICT_ITER(dt_dictitemiter_int_none, dt_dict_int_none)

// Bool and r_uint keys hash for free; a Void key (None) takes no field.
struct dt_dictentry_bool_int {
  bool key;
  int64_t value;
  bool valid;
};
DICT_TYPE(dt_dict_bool_int, dt_dictentry_bool_int)
struct dt_dictentry_uint_int {
  uint64_t key;
  int64_t value;
  bool valid;
};
DICT_TYPE(dt_dict_uint_int, dt_dictentry_uint_int)
struct dt_dictentry_none_int {
  int64_t value;
  bool valid;
};
DICT_TYPE(dt_dict_none_int, dt_dictentry_none_int)

// Tuple keys store their hash.
struct dt_tuple2_Signed_str {
  int64_t item0;
  str* item1;
};
template <> struct kiln_struct<dt_tuple2_Signed_str> {
  static constexpr uint32_t tid = kiln_test_tid_dt_tuple2_Signed_str;
  static constexpr std::string_view name = "tuple2_Signed_str";
  static constexpr auto items = std::make_tuple(&dt_tuple2_Signed_str::item0, &dt_tuple2_Signed_str::item1);
};
struct dt_dictentry_tuple_int {
  dt_tuple2_Signed_str* key;
  int64_t value;
  int64_t hash;
};
DICT_TYPE(dt_dict_tuple2_Signed_str_int, dt_dictentry_tuple_int)

struct dt_tuple2_Signed_Signed {
  int64_t item0;
  int64_t item1;
};
template <> struct kiln_struct<dt_tuple2_Signed_Signed> {
  static constexpr uint32_t tid = kiln_test_tid_dt_tuple2_Signed_Signed;
  static constexpr std::string_view name = "tuple2_Signed_Signed";
  static constexpr auto items = std::make_tuple(&dt_tuple2_Signed_Signed::item0, &dt_tuple2_Signed_Signed::item1);
};
struct dt_tuple2_Signed_Float {
  int64_t item0;
  double item1;
};
template <> struct kiln_struct<dt_tuple2_Signed_Float> {
  static constexpr uint32_t tid = kiln_test_tid_dt_tuple2_Signed_Float;
  static constexpr std::string_view name = "tuple2_Signed_Float";
  static constexpr auto items = std::make_tuple(&dt_tuple2_Signed_Float::item0, &dt_tuple2_Signed_Float::item1);
};
struct dt_tuple2_Signed_Void { // (int, None): the Void item has no field
  int64_t item0;
};
template <> struct kiln_struct<dt_tuple2_Signed_Void> {
  static constexpr uint32_t tid = kiln_test_tid_dt_tuple2_Signed_Void;
  static constexpr std::string_view name = "tuple2_Signed_Void";
  static constexpr auto items = std::make_tuple(&dt_tuple2_Signed_Void::item0, kiln_none);
};

// Instances: object {typeptr}, prog.Base {super}, prog.Node {super, inst_x}.
struct dt_object_vtable {
  int64_t subclassrange_min, subclassrange_max;
  str* name;
};
struct dt_object {
  dt_object_vtable* typeptr;
};
KILN_TEST_STRUCT(dt_object, "object");
struct dt_prog_Base {
  dt_object super;
};
struct dt_prog_Node {
  dt_prog_Base super;
  int64_t inst_x;
};
template <> struct kiln_struct<dt_prog_Base> {
  static constexpr uint32_t tid = kiln_test_tid_dt_prog_Base;
  static constexpr std::string_view name = "prog.Base";
};
template <> struct kiln_struct<dt_prog_Node> {
  static constexpr uint32_t tid = kiln_test_tid_dt_prog_Node;
  static constexpr std::string_view name = "prog.Node";
};
struct dt_dictentry_Node_Node {
  dt_prog_Node* key;
  dt_prog_Node* value;
  int64_t hash;
};
DICT_TYPE(dt_dict_prog_Node_prog_Node, dt_dictentry_Node_Node)

// A set of instances, {n: None}: {key, hash}, neither value nor valid.
struct dt_dictentry_Node_none {
  dt_prog_Node* key;
  int64_t hash;
};
DICT_TYPE(dt_dict_prog_Node_none, dt_dictentry_Node_none)
DICT_ITER(dt_dictkeyiter_prog_Node_none, dt_dict_prog_Node_none)

// An r_dict of ints: the hash is always stored.
struct dt_rdictentry_int_int {
  int64_t key;
  int64_t value;
  int64_t hash;
  bool valid;
};
DICT_TYPE(dt_rdict_int_int, dt_rdictentry_int_int)

// A dict of lists.
struct dt_GcArray_Signed_items {
  int64_t length;
  int64_t items[];
};
KILN_TEST_STRUCT(dt_GcArray_Signed_items, "GcArray_Signed");
struct dt_list_Signed {
  int64_t length;
  dt_GcArray_Signed_items* items;
};
template <> struct kiln_struct<dt_list_Signed> {
  static constexpr uint32_t tid = kiln_test_tid_dt_list_Signed;
  static constexpr std::string_view name = "list_Signed";
};
struct dt_dictentry_int_list {
  int64_t key;
  dt_list_Signed* value;
  bool valid;
};
DICT_TYPE(dt_dict_int_list_Signed, dt_dictentry_int_list)

// The structs instance_test.cpp drives the instance helpers (kiln/generic/instance.h) with, as
// codegen emits them, each GC struct and array with its kiln_struct and type id (test_types.h).
#pragma once

#include <string_view>
#include <tuple>

#include "tests/unit/runtime/test_types.h"

// Named it_<low-level name> (other test files define structs of the same low-level names, and
// one test binary holds them all); kiln_struct<T>::name is the low-level name.
struct it_object_vtable {
  int64_t subclassrange_min, subclassrange_max;
  str* name;
};
struct it_object {
  it_object_vtable* typeptr;
};
KILN_TEST_STRUCT(it_object, "object");
struct it_prog_Shape { // class Shape: ids [1, 3)
  it_object super;
  int64_t inst_size;
};
struct it_prog_Square { // class Square(Shape): id 2
  it_prog_Shape super;
};
// An iterator class: __next__ gives inst_next, inst_next + 1, ... below inst_stop.
struct it_prog_Counter {
  it_object super;
  int64_t inst_next, inst_stop;
};
template <> struct kiln_struct<it_prog_Shape> {
  static constexpr uint32_t tid = kiln_test_tid_it_prog_Shape;
  static constexpr std::string_view name = "prog.Shape";
};
template <> struct kiln_struct<it_prog_Square> {
  static constexpr uint32_t tid = kiln_test_tid_it_prog_Square;
  static constexpr std::string_view name = "prog.Square";
};
template <> struct kiln_struct<it_prog_Counter> {
  static constexpr uint32_t tid = kiln_test_tid_it_prog_Counter;
  static constexpr std::string_view name = "prog.Counter";
};

struct it_GcArray_Signed {
  int64_t length;
  int64_t items[];
};
KILN_TEST_STRUCT(it_GcArray_Signed, "GcArray_Signed");
struct it_list_Signed {
  int64_t length;
  it_GcArray_Signed* items;
};
template <> struct kiln_struct<it_list_Signed> {
  static constexpr uint32_t tid = kiln_test_tid_it_list_Signed;
  static constexpr std::string_view name = "list_Signed";
};
struct it_GcArray_str {
  int64_t length;
  str* items[];
};
KILN_TEST_STRUCT(it_GcArray_str, "GcArray_str");
struct it_list_Void {
  int64_t length;
};
template <> struct kiln_struct<it_list_Void> {
  static constexpr uint32_t tid = kiln_test_tid_it_list_Void;
  static constexpr std::string_view name = "list_Void";
};
struct it_GcArray_Float {
  int64_t length;
  double items[];
};
KILN_TEST_STRUCT(it_GcArray_Float, "GcArray_Float");

struct it_tuple2_Signed_str {
  int64_t item0;
  str* item1;
};
template <> struct kiln_struct<it_tuple2_Signed_str> {
  static constexpr uint32_t tid = kiln_test_tid_it_tuple2_Signed_str;
  static constexpr std::string_view name = "tuple2_Signed_str";
  static constexpr auto items = std::make_tuple(&it_tuple2_Signed_str::item0, &it_tuple2_Signed_str::item1);
};

// Closure cells (the tests keep them on the stack: no type ids).
struct it_cell_Signed_or_unset {
  int64_t value;
  bool set;
};
struct it_cell_Void_or_unset {
  bool set;
};

// kiln/generic/numbers_io.h -- the generic helpers of the number and I/O areas
// (rtyper/helpers.def, "numbers", "I/O and process", "files"): int ** int, hash(int), divmod()
// tuples, sys.exit(), os.path.join() and file.readlines(), generic over their operand and result
// types. Each raises as helpers.def says and returns R{} then.
#pragma once

#include <cstdint>
#include <type_traits>

#include "kiln/runtime.h"

// -- Shared pieces -----------------------------------------------------------------------------------

namespace kiln_numbers_detail {

// a ** b by squaring, wrapping as repeated multiplication does (T signed or unsigned). With
// `checked`, sets *overflow when the exact result does not fit T.
template <class T> T power(T a, T b, bool checked, bool* overflow) {
  T result = 1;
  T base = a;
  auto exponent = std::make_unsigned_t<T>(b);
  while (exponent) {
    if (exponent & 1) {
      if (!checked) result = T(std::make_unsigned_t<T>(result) * std::make_unsigned_t<T>(base));
      else if (__builtin_mul_overflow(result, base, &result)) *overflow = true;
    }
    exponent >>= 1;
    if (!exponent) break;
    // When bits remain, the result takes base**2 as a factor, so its overflow is the result's
    // (|a| >= 2; 0, 1 and -1 never overflow).
    if (!checked) base = T(std::make_unsigned_t<T>(base) * std::make_unsigned_t<T>(base));
    else if (__builtin_mul_overflow(base, base, &base)) *overflow = true;
    if (*overflow) return 0;
  }
  return result;
}

// False, after raising, for a negative exponent (CPython's result is a float).
template <class T> bool checkExponent(T a, T b) {
  if constexpr (std::is_signed_v<T>) {
    if (b < 0) {
      if (a == 0)
        kiln_raise_fmt(KILN_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
      else
        kiln_raise_fmt(KILN_EXC_ValueError, "integer ** negative integer is a float, not an int");
      return false;
    }
  }
  return true;
}

// A new tuple struct (generated) with items 0 and 1.
template <class R, class X, class Y> R newPair(X x, Y y) {
  using T = std::remove_pointer_t<R>;
  T* t = kiln_new<T>();
  t->item0 = x;
  t->item1 = y;
  return t;
}

// The type int ** int computes in: r_uint when either operand is one, else Signed.
template <class A, class B>
using PowType = std::conditional_t<std::is_unsigned_v<A> || std::is_unsigned_v<B>, uint64_t, int64_t>;

// The decimal digits of an int, as a str.
template <class I> str* digitsOf(I i) {
  char text[24];
  if constexpr (std::is_signed_v<I>) snprintf(text, sizeof text, "%lld", static_cast<long long>(i));
  else snprintf(text, sizeof text, "%llu", static_cast<unsigned long long>(i));
  return kiln_str_from_cstr(text);
}

template <class A> constexpr bool kIsFixedList = std::is_array_v<decltype(A::items)>;

} // namespace kiln_numbers_detail

// -- numbers -----------------------------------------------------------------------------------------

template <class R, class A, class B> R kiln_int_pow(A a, B b) {
  using T = kiln_numbers_detail::PowType<A, B>;
  if (!kiln_numbers_detail::checkExponent<T>(T(a), T(b))) return R{};
  bool overflow = false;
  return R(kiln_numbers_detail::power<T>(T(a), T(b), false, &overflow));
}

template <class R, class A, class B> R kiln_int_pow_ovf(A a, B b) {
  using T = kiln_numbers_detail::PowType<A, B>;
  if (!kiln_numbers_detail::checkExponent<T>(T(a), T(b))) return R{};
  bool overflow = false;
  T result = kiln_numbers_detail::power<T>(T(a), T(b), true, &overflow);
  if (overflow) {
    kiln_raise_overflow("integer overflow");
    return R{};
  }
  return R(result);
}

template <class R, class I> R kiln_int_hash(I i) {
  if constexpr (std::is_signed_v<I>) return R(kiln_hash_signed(int64_t(i)));
  else return R(kiln_hash_unsigned(uint64_t(i)));
}

template <class R> R kiln_float_divmod(double a, double b) {
  if (b == 0.0) {
    kiln_raise_fmt(KILN_EXC_ZeroDivisionError, "float divmod()");
    return R{};
  }
  double div, mod;
  kiln_float_divmod_parts(a, b, &div, &mod);
  return kiln_numbers_detail::newPair<R>(div, mod);
}

// Floor division and modulo; the minimum // -1 wraps, as int_floordiv does.
template <class R, class A, class B> R kiln_int_divmod(A a, B b) {
  using T = kiln_numbers_detail::PowType<A, B>;
  T x = T(a), y = T(b);
  if (y == 0) {
    kiln_raise_fmt(KILN_EXC_ZeroDivisionError, "integer division or modulo by zero");
    return R{};
  }
  if constexpr (std::is_signed_v<T>) {
    if (y == -1) return kiln_numbers_detail::newPair<R>(T(0 - std::make_unsigned_t<T>(x)), T(0));
    T q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      r += y;
      q -= 1;
    }
    return kiln_numbers_detail::newPair<R>(q, r);
  } else {
    return kiln_numbers_detail::newPair<R>(T(x / y), T(x % y));
  }
}

// -- I/O and process ---------------------------------------------------------------------------------

// sys.exit(): SystemExit whose message is what str(e) shows: '' for None, the int's digits, or
// the text (kiln_rt_exit turns it into the exit status).
template <class R> R kiln_sys_exit() {
  kiln_raise_system_exit(nullptr);
  if constexpr (!std::is_void_v<R>) return R{};
}

template <class R, class S> R kiln_sys_exit(S status) {
  if constexpr (std::is_same_v<S, str*>) kiln_raise_system_exit(status);
  else if constexpr (std::is_same_v<S, kiln_none_t>) kiln_raise_system_exit(nullptr);
  else if constexpr (std::is_same_v<S, bool>) kiln_raise_system_exit(kiln_str_from_cstr(status ? "1" : "0"));
  else kiln_raise_system_exit(kiln_numbers_detail::digitsOf(status));
  if constexpr (!std::is_void_v<R>) return R{};
}

template <class R, class... S> R kiln_os_path_join(S... parts) {
  str* items[] = {parts...};
  return kiln_os_path_join_parts(items, int64_t(sizeof...(S)));
}

// -- files -------------------------------------------------------------------------------------------

// f.readlines() into a new list of type R: a resizable list {length, items} or a fixed one
// {length, items[]}. The lines gather in a GC array of strs (kiln_str_array: their only
// reference, so it must be where the collector looks), doubled as needed, then move to an array
// of the list's own type and exact length (a GC array's length never changes).
template <class R> R kiln_file_readlines(file* f) {
  if (!kiln_file_check_readable(f)) return R{};
  int64_t count = 0;
  auto* lines = static_cast<kiln_str_array*>(kiln_gc_alloc_varsize(KILN_TID_STR_ARRAY, 16));
  for (;;) {
    str* line = kiln_file_readline(f);
    if (kiln_exc_type) return R{};
    if (line->chars.length == 0) break;
    if (count == lines->length) {
      auto* grown =
          static_cast<kiln_str_array*>(kiln_gc_alloc_varsize(KILN_TID_STR_ARRAY, 2 * count));
      memcpy(grown->items, lines->items, size_t(count) * sizeof(str*));
      lines = grown;
    }
    lines->items[count++] = line;
  }
  using L = std::remove_pointer_t<R>;
  using A = kiln_seq_array_t<L>;
  A* array = kiln_new_array<A>(count);
  memcpy(array->items, lines->items, size_t(count) * sizeof(str*));
  if constexpr (kiln_numbers_detail::kIsFixedList<L>) {
    return array;
  } else {
    L* list = kiln_new<L>();
    list->length = count;
    list->items = array;
    return list;
  }
}

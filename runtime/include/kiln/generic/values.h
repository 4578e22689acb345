// kiln/generic/values.h -- what generic helpers know about the values they hold: equality,
// hashing, ordering, truth and repr for every low-level type; allocation of generated structs and
// the roots that keep a helper's GC pointers valid across its calls into generated code.
//
// Included by kiln/runtime.h (after str, the exception state and rt_str.h), never on its own.
//
// A value's kind (kiln_kind) follows from its C++ type, which generated code gives every value:
//   kiln_none_t  None (a Void operand)     int64_t   int       uint64_t  r_uint
//   bool         bool                      double    float
//   uint32_t     a char (UniChar, a code point; char32_t constants such as U'a' too)
//   str*         a str or bytes (the same representation: repr writes a str), null is None
//   L*           a resizable list {length, items: A*}, A a GcArray {length, items[]} (a fixed
//                list), list_Void {length} (a list of Nones), a dict {num_items, num_used,
//                indexes, entries}, a tuple (kiln_struct<T>::name starts "tuple"), an instance
//                (a struct starting with `super` or `typeptr`), anything else (iterators, cells)
// Structs are told apart by their fields, lists of Nones and tuples by kiln_struct<T>::name
// ("list_...", "tuple..." with `items`). Across kinds: numbers compare by value (1 == 1.0 == True,
// exactly, also for ints beyond 2**53), a char equals a one-character str, containers compare
// item by item (lists of two item types too), dicts through dict.h's kiln_dict_eq (found by
// argument-dependent lookup when instantiated), instances and other pointers by identity.
// Ordering (<) exists for numbers, chars, strs, and lexicographically for tuples and lists.
//
// Tuple items: kiln_struct<T>::items lists member pointers in position order. A Void item has no
// field; codegen puts `kiln_none` at its position in `items` (so (1, None) is
// make_tuple(&T::item0, kiln_none)), which is how repr and hash see its None.
//
// Reprs are written into a kiln_buf (a malloc'd scratch buffer, grown by doubling; it never holds
// GC pointers) and become one str at the end. kiln_repr_of(x) and kiln_str_of(x) are repr() and
// str() of any value; kiln_list_repr<str*>(l), kiln_dict_repr<str*>(d) are the list_repr and
// dict_repr helpers (rtyper/helpers.def). Nothing here calls generated code (an instance's repr
// is object.__repr__), so nothing here needs roots.
//
// Memory (kiln/gc.h, docs/runtime.md): kiln_new / kiln_new_array allocate by type id
// (kiln_tid_of: kiln_struct<T>::tid, which codegen emits for every GC struct and array);
// kiln_roots keeps GC pointer locals on the shadow stack across callbacks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

// What codegen tells the runtime about each struct it generates: its low-level name (the
// rtyper's: "list_Signed", "dictkeyiter_int_int", "tuple2_Signed_str", "prog.Node"), for a GC
// struct or array its type id (kiln/gc.h), and, for a tuple struct, its items as member
// pointers (kiln_none at the position of a Void item):
//   template <> struct kiln_struct<tuple2_Signed_str> {
//     static constexpr std::string_view name = "tuple2_Signed_str";
//     static constexpr uint32_t tid = 12;
//     static constexpr auto items = std::make_tuple(&tuple2_Signed_str::item0,
//     &tuple2_Signed_str::item1);
//   };
template <class T> struct kiln_struct;

// Function templates of later headers that earlier ones call (two-phase lookup must find them
// declared): the next() of any built-in iterator (iter.h).
template <class R, class It> R kiln_iter_next(It* it);

// -- Kinds ----------------------------------------------------------------------------------------

enum class kiln_kind {
  none,
  boolean,
  integer,
  uinteger,
  character,
  floating,
  string,
  list,
  void_list,
  array,
  dict,
  tuple,
  instance,
  other
};

template <class T> inline constexpr bool kiln_false_v = false; // for static_assert in templates

template <class T> constexpr std::string_view kiln_struct_name() {
  if constexpr (requires { kiln_struct<T>::name; }) return kiln_struct<T>::name;
  else return std::string_view();
}

template <class T> constexpr kiln_kind kiln_struct_kind() {
  constexpr std::string_view name = kiln_struct_name<T>();
  if constexpr (std::is_same_v<T, str>) return kiln_kind::string;
  else if constexpr (requires(T& t) { t.num_items; t.num_used; t.entries; }) return kiln_kind::dict;
  else if constexpr (requires(T& t) { t.length; t.items; }) {
    if constexpr (std::is_array_v<decltype(T::items)>) return kiln_kind::array;
    else return kiln_kind::list;
  } else if constexpr (requires(T& t) { t.typeptr; } || requires(T& t) { t.super; }) {
    return kiln_kind::instance;
  } else if constexpr (name.starts_with("list_") && requires(T& t) { t.length; }) {
    return kiln_kind::void_list;
  } else if constexpr (name.starts_with("tuple") && requires { kiln_struct<T>::items; }) {
    return kiln_kind::tuple;
  } else {
    return kiln_kind::other;
  }
}

template <class V> constexpr kiln_kind kiln_kind_of() {
  using T = std::remove_cvref_t<V>;
  if constexpr (std::is_same_v<T, kiln_none_t>) return kiln_kind::none;
  else if constexpr (std::is_same_v<T, bool>) return kiln_kind::boolean;
  else if constexpr (std::is_same_v<T, uint32_t> || std::is_same_v<T, char32_t>)
    return kiln_kind::character; // U'a' too
  else if constexpr (std::is_floating_point_v<T>) return kiln_kind::floating;
  else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) return kiln_kind::integer;
  else if constexpr (std::is_integral_v<T>) return kiln_kind::uinteger;
  else if constexpr (std::is_pointer_v<T>)
    return kiln_struct_kind<std::remove_cv_t<std::remove_pointer_t<T>>>();
  else return kiln_kind::other;
}

constexpr bool kiln_is_number(kiln_kind k) {
  return k == kiln_kind::boolean || k == kiln_kind::integer || k == kiln_kind::uinteger ||
         k == kiln_kind::floating;
}
constexpr bool kiln_is_seq(kiln_kind k) {
  return k == kiln_kind::list || k == kiln_kind::void_list || k == kiln_kind::array;
}
template <class V> inline constexpr bool kiln_is_seq_v = kiln_is_seq(kiln_kind_of<V>());

// -- Sequences (lists, fixed lists, lists of Nones) -----------------------------------------------

template <class L, kiln_kind K = kiln_struct_kind<L>()> struct kiln_seq_item {
  using type = kiln_none_t;
};
template <class L> struct kiln_seq_item<L, kiln_kind::array> {
  using type = std::remove_extent_t<decltype(L::items)>;
};
template <class L> struct kiln_seq_item<L, kiln_kind::list> {
  using type = std::remove_extent_t<decltype(std::remove_pointer_t<decltype(L::items)>::items)>;
};
// The item type of list type L (kiln_none_t for list_Void).
template <class L> using kiln_seq_item_t = typename kiln_seq_item<L>::type;

template <class L> inline int64_t kiln_seq_len(const L* l) { return l->length; }
// The items of a list or fixed list (null for an empty list without an items array).
template <class L> inline kiln_seq_item_t<L>* kiln_seq_data(L* l) {
  if constexpr (kiln_struct_kind<L>() == kiln_kind::list)
    return l->items ? l->items->items : nullptr;
  else return l->items;
}
template <class L> inline kiln_seq_item_t<L> kiln_seq_get(L* l, int64_t i) {
  if constexpr (kiln_struct_kind<L>() == kiln_kind::void_list) return kiln_none;
  else return kiln_seq_data(l)[i];
}

// The array a list type's items live in: A of a resizable list {length, items: A*}, else the
// list type itself (a GcArray; list_Void has none).
template <class L, kiln_kind K = kiln_struct_kind<L>()> struct kiln_seq_array { using type = L; };
template <class L> struct kiln_seq_array<L, kiln_kind::list> {
  using type = std::remove_pointer_t<decltype(L::items)>;
};
template <class L> using kiln_seq_array_t = typename kiln_seq_array<L>::type;

// -- Tuples ---------------------------------------------------------------------------------------

template <class T> constexpr size_t kiln_tuple_size() {
  return std::tuple_size_v<std::remove_cvref_t<decltype(kiln_struct<T>::items)>>;
}
// Item I of tuple t (kiln_none for a Void item), by value.
template <size_t I, class T> inline auto kiln_tuple_get(T* t) {
  constexpr auto member = std::get<I>(kiln_struct<T>::items);
  if constexpr (std::is_same_v<std::remove_cv_t<decltype(member)>, kiln_none_t>) return kiln_none;
  else return t->*member;
}
template <class T, size_t I>
using kiln_tuple_item_t = decltype(kiln_tuple_get<I>(static_cast<T*>(nullptr)));
template <size_t I, class T, class X> inline void kiln_tuple_set(T* t, X x) {
  constexpr auto member = std::get<I>(kiln_struct<T>::items);
  if constexpr (!std::is_same_v<std::remove_cv_t<decltype(member)>, kiln_none_t>) t->*member = x;
}
template <class T, class F> inline void kiln_tuple_each(T* t, F&& f) {
  [&]<size_t... I>(std::index_sequence<I...>) {
    (f(kiln_tuple_get<I>(t)), ...);
  }
  (std::make_index_sequence<kiln_tuple_size<T>()>());
}

// -- The collector --------------------------------------------------------------------------------
// (kiln/gc.h; docs/runtime.md, "Memory".) Every GC object has a type id: the runtime's own types
// gc.h's KILN_TID_*, a generated struct or array kiln_struct<T>::tid (codegen emits it for every
// GC type, and only for those: a vtable is no GC object).

template <class T> constexpr uint32_t kiln_runtime_tid() {
  using U = std::remove_cv_t<T>;
  if constexpr (std::is_same_v<U, str>) return KILN_TID_STR;
  else if constexpr (std::is_same_v<U, strbuilder>) return KILN_TID_STRBUILDER;
  else if constexpr (std::is_same_v<U, file>) return KILN_TID_FILE;
  else if constexpr (std::is_same_v<U, kiln_exc_head>) return KILN_TID_EXC;
  else if constexpr (std::is_same_v<U, kiln_str_array>) return KILN_TID_STR_ARRAY;
  else return KILN_TID_NONE;
}

// Whether a T is a GC object (kiln_object_head: the head of every instance).
template <class T> constexpr bool kiln_is_gc_struct() {
  using U = std::remove_cv_t<T>;
  return kiln_runtime_tid<U>() != KILN_TID_NONE || std::is_same_v<U, kiln_object_head> ||
         requires { kiln_struct<U>::tid; };
}
// Whether a value of type V is a GC pointer (null included): what a root must be.
template <class V>
inline constexpr bool kiln_is_gc_ptr_v =
    std::is_pointer_v<V> && kiln_is_gc_struct<std::remove_pointer_t<V>>();
// Whether a value of type V may hold GC pointers (a GC pointer, or a struct inlined in an array,
// such as a dict entry): what needs the write barrier when stored into an object.
template <class V>
inline constexpr bool kiln_holds_gc_ptrs_v =
    kiln_is_gc_ptr_v<V> || (std::is_class_v<V> && !std::is_same_v<V, kiln_none_t>);

// The type id of GC struct or array T.
template <class T> constexpr uint32_t kiln_tid_of() {
  if constexpr (kiln_runtime_tid<T>() != KILN_TID_NONE) return kiln_runtime_tid<T>();
  else {
    static_assert(requires { kiln_struct<T>::tid; }, "kiln: a GC type without kiln_struct<T>::tid");
    return kiln_struct<T>::tid;
  }
}

// A new zeroed generated struct.
template <class T> inline T* kiln_new() { return static_cast<T*>(kiln_gc_alloc_inline(kiln_tid_of<T>())); }

// A new GcArray {length, items[n]} of zeroed items (n < 0 counts as 0).
template <class A> inline A* kiln_new_array(int64_t n) {
  using X = std::remove_extent_t<decltype(A::items)>;
  if (n < 0) n = 0;
  if (uint64_t(n) > (uint64_t(INT64_MAX) - sizeof(A)) / (sizeof(X) ? sizeof(X) : 1))
    kiln_fatal("out of memory (an array of %lld items)", (long long)n);
  return static_cast<A*>(kiln_gc_alloc_varsize_inline(kiln_tid_of<A>(), n));
}

// Keeps the GC pointers among a helper's C++ locals valid across its calls back into generated
// code, which may collect and move objects (gc.h, invariant 3): while the guard lives, each of
// the locals that holds a GC pointer (kiln_is_gc_ptr_v) is a root the collector updates in
// place; locals of other types (numbers, chars, None, function pointers, vtables) are skipped,
// so that a template can list its operands whatever their types. Each is a shadow-stack entry
// holding the local's address + 1 (gc.h).
//   auto roots = kiln_roots(list, item);           // always
//   auto roots = kiln_roots<F::mayRaise>(d, key);  // only when there are callbacks
// Whatever was derived from a rooted pointer (an items array's address, a reference to a dict
// entry) is stale after a callback: read it again through the rooted local.
template <bool On, class... V> class kiln_roots_guard {
public:
#if KILN_GC_GEN
  explicit kiln_roots_guard(V&... locals) {
    if constexpr (kCount > 0) {
      void** entry = kiln_gc_ss_top;
      (push(entry, locals), ...);
      kiln_gc_ss_top = entry;
    }
  }
  ~kiln_roots_guard() { kiln_gc_ss_top -= kCount; }
#else
  explicit kiln_roots_guard(V&...) {}
  ~kiln_roots_guard() {} // user-provided: an unused guard is no warning
#endif
  kiln_roots_guard(const kiln_roots_guard&) = delete;
  kiln_roots_guard& operator=(const kiln_roots_guard&) = delete;

private:
  static constexpr int kCount = On ? (0 + ... + int(kiln_is_gc_ptr_v<V>)) : 0;
  template <class X> static void push([[maybe_unused]] void**& entry, [[maybe_unused]] X& local) {
    static_assert(!(kiln_is_gc_ptr_v<X> && std::is_const_v<X>), "kiln: a root must be assignable");
    if constexpr (On && kiln_is_gc_ptr_v<X>)
      *entry++ = reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(&local) + 1);
  }
};
template <bool On = true, class... V> kiln_roots_guard<On, V...> kiln_roots(V&... locals) {
  return kiln_roots_guard<On, V...>(locals...);
}

// R{} where a helper has raised (nothing for void).
template <class R> inline R kiln_dummy() {
  if constexpr (!std::is_void_v<R>) return R{};
}

inline void kiln_raise_msg(kiln_exc kind, const char* message) {
  kiln_raise_builtin(kind, kiln_str_from_cstr(message));
}

// -- Characters -----------------------------------------------------------------------------------

// Writes code point c as UTF-8 (surrogates as WTF-8) into out[0..4); returns the byte count.
inline int kiln_utf8_encode(uint32_t c, char* out) {
  if (c < 0x80) { out[0] = char(c); return 1; }
  if (c < 0x800) { out[0] = char(0xC0 | (c >> 6)); out[1] = char(0x80 | (c & 0x3F)); return 2; }
  if (c < 0x10000) {
    out[0] = char(0xE0 | (c >> 12));
    out[1] = char(0x80 | ((c >> 6) & 0x3F));
    out[2] = char(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (c >> 18)); out[1] = char(0x80 | ((c >> 12) & 0x3F));
  out[2] = char(0x80 | ((c >> 6) & 0x3F)); out[3] = char(0x80 | (c & 0x3F));
  return 4;
}
// The code point at p (valid UTF-8/WTF-8); *n its byte count.
inline uint32_t kiln_utf8_decode(const char* p, int* n) {
  auto b = [&](int i) { return uint32_t(uint8_t(p[i])); };
  uint32_t c = b(0);
  if (c < 0x80) { *n = 1; return c; }
  if (c < 0xE0) { *n = 2; return ((c & 0x1F) << 6) | (b(1) & 0x3F); }
  if (c < 0xF0) { *n = 3; return ((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); }
  *n = 4;
  return ((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

// A one-character str on the stack, for the str helpers that take a char as a str (repr, hash).
struct kiln_char_str {
  alignas(str) char memory[sizeof(str) + 8];
  explicit kiln_char_str(uint32_t c) {
    std::memset(memory, 0, sizeof memory);
    str* s = get();
    s->length = 1;
    s->chars.length = kiln_utf8_encode(c, s->chars.items);
  }
  str* get() { return reinterpret_cast<str*>(memory); }
};

inline bool kiln_char_eq_str(uint32_t c, const str* s) {
  if (!s || s->length != 1) return false;
  char u[4];
  int n = kiln_utf8_encode(c, u);
  return s->chars.length == n && std::memcmp(u, s->chars.items, size_t(n)) == 0;
}
// The order of a char and a str (-1, 0, 1): UTF-8 byte order is code point order.
inline int kiln_char_cmp_str(uint32_t c, const str* s) {
  char u[4];
  int64_t n = kiln_utf8_encode(c, u), m = s->chars.length;
  int r = std::memcmp(u, s->chars.items, size_t(n < m ? n : m));
  if (r) return r < 0 ? -1 : 1;
  return n < m ? -1 : n > m ? 1 : 0;
}
// The first code point of a str known to hold one char.
inline uint32_t kiln_str_first_char(const str* s) {
  if (!s || s->chars.length == 0) return 0;
  int n;
  return kiln_utf8_decode(s->chars.items, &n);
}

// -- Numbers --------------------------------------------------------------------------------------

// The order of two numbers of any arithmetic types, exactly as Python compares int and float
// values: -1, 0, 1, or 2 when unordered (a NaN).
inline int kiln_cmp_int_float(int64_t i, double d) {
  if (d != d) return 2;
  if (d >= 0x1p63) return -1;
  if (d < -0x1p63) return 1;
  int64_t t = int64_t(d);
  if (i != t) return i < t ? -1 : 1;
  double ft = double(t);
  return d > ft ? -1 : d < ft ? 1 : 0;
}
inline int kiln_cmp_uint_float(uint64_t u, double d) {
  if (d != d) return 2;
  if (d >= 0x1p64) return -1;
  if (d < 0) return 1;
  uint64_t t = uint64_t(d);
  if (u != t) return u < t ? -1 : 1;
  double ft = double(t);
  return d > ft ? -1 : d < ft ? 1 : 0;
}
template <class A, class B> inline int kiln_num_cmp(A a, B b) {
  constexpr bool fa = std::is_floating_point_v<A>, fb = std::is_floating_point_v<B>;
  constexpr bool ua = std::is_unsigned_v<A> && !std::is_same_v<A, bool>,
                 ub = std::is_unsigned_v<B> && !std::is_same_v<B, bool>;
  if constexpr (fa && fb) return a < b ? -1 : a > b ? 1 : a == b ? 0 : 2;
  else if constexpr (fb)
    return ua ? kiln_cmp_uint_float(uint64_t(a), double(b))
              : kiln_cmp_int_float(int64_t(a), double(b));
  else if constexpr (fa) {
    int r = kiln_num_cmp(b, a);
    return r == 2 ? 2 : -r;
  } else if constexpr (ua && ub)
    return uint64_t(a) < uint64_t(b) ? -1 : uint64_t(a) > uint64_t(b) ? 1 : 0;
  else if constexpr (ua) return int64_t(b) < 0 ? 1 : kiln_num_cmp(uint64_t(a), uint64_t(b));
  else if constexpr (ub) return int64_t(a) < 0 ? -1 : kiln_num_cmp(uint64_t(a), uint64_t(b));
  else return int64_t(a) < int64_t(b) ? -1 : int64_t(a) > int64_t(b) ? 1 : 0;
}

// -- Conversion -----------------------------------------------------------------------------------

template <class A, class B> bool kiln_eq(const A& a, const B& b);
template <class A, class B> bool kiln_lt(const A& a, const B& b);

template <class To, class From> To kiln_convert(From x);

// A tuple rebuilt in another tuple type of as many items (items converted).
template <class To, class From> To* kiln_tuple_convert(From* t) {
  static_assert(kiln_tuple_size<To>() == kiln_tuple_size<From>(),
                "kiln: converting tuples of different sizes");
  if (!t) return nullptr;
  To* r = kiln_new<To>();
  [&]<size_t... I>(std::index_sequence<I...>) {
    (kiln_tuple_set<I>(r, kiln_convert<kiln_tuple_item_t<To, I>>(kiln_tuple_get<I>(t))), ...);
  }(std::make_index_sequence<kiln_tuple_size<To>()>());
  return r;
}

// x as a value of type To, where the annotator widened it: bool and int to int or float, a char
// to a one-char str, None to a null pointer, a subclass instance to its base, a tuple to a wider
// tuple type. To = void discards x.
template <class To, class From> To kiln_convert(From x) {
  if constexpr (std::is_void_v<To>) return;
  else if constexpr (std::is_same_v<To, From>) return x;
  else if constexpr (std::is_same_v<From, kiln_none_t>) return To{};
  else if constexpr (std::is_same_v<To, kiln_none_t>) return kiln_none;
  else if constexpr (std::is_same_v<To, str*> && kiln_kind_of<From>() == kiln_kind::character)
    return kiln_str_from_char(uint32_t(x));
  else if constexpr (kiln_kind_of<To>() == kiln_kind::character && std::is_same_v<From, str*>)
    return To(kiln_str_first_char(x));
  else if constexpr (kiln_kind_of<To>() == kiln_kind::tuple &&
                     kiln_kind_of<From>() == kiln_kind::tuple)
    return kiln_tuple_convert<std::remove_pointer_t<To>>(x);
  else if constexpr (std::is_pointer_v<To> && std::is_pointer_v<From>)
    return reinterpret_cast<To>(x);
  else if constexpr (std::is_arithmetic_v<To> && std::is_arithmetic_v<From>)
    return static_cast<To>(x);
  else static_assert(kiln_false_v<To>, "kiln: no conversion between these value types");
}

// -- Equality and ordering ------------------------------------------------------------------------

template <class A, class B> bool kiln_seq_eq(A* a, B* b) {
  if (!a || !b) return !a && !b;
  if ((const void*)a == (const void*)b) return true;
  int64_t n = kiln_seq_len(a);
  if (n != kiln_seq_len(b)) return false;
  for (int64_t i = 0; i < n; ++i)
    if (!kiln_eq(kiln_seq_get(a, i), kiln_seq_get(b, i))) return false;
  return true;
}

template <class A, class B> bool kiln_tuple_eq(A* a, B* b) {
  if (!a || !b) return !a && !b;
  if constexpr (kiln_tuple_size<A>() != kiln_tuple_size<B>()) return false;
  else
    return [&]<size_t... I>(std::index_sequence<I...>) {
      return (kiln_eq(kiln_tuple_get<I>(a), kiln_tuple_get<I>(b)) && ...);
    }(std::make_index_sequence<kiln_tuple_size<A>()>());
}

// a == b of any two values (see the file header).
template <class A, class B> bool kiln_eq(const A& a, const B& b) {
  constexpr kiln_kind ka = kiln_kind_of<A>(), kb = kiln_kind_of<B>();
  using K = kiln_kind;
  if constexpr (kiln_is_number(ka) && kiln_is_number(kb)) return kiln_num_cmp(a, b) == 0;
  else if constexpr (ka == K::character && kb == K::character) return a == b;
  else if constexpr (ka == K::character && kb == K::string) return kiln_char_eq_str(a, b);
  else if constexpr (ka == K::string && kb == K::character) return kiln_char_eq_str(b, a);
  else if constexpr (ka == K::string && kb == K::string) return a == b || kiln_str_eq(a, b); // identity inline: interned keys
  else if constexpr (ka == K::none && kb == K::none) return true;
  else if constexpr (ka == K::none) {
    if constexpr (std::is_pointer_v<B>) return b == nullptr;
    else return false;
  } else if constexpr (kb == K::none) {
    if constexpr (std::is_pointer_v<A>) return a == nullptr;
    else return false;
  } else if constexpr (kiln_is_seq(ka) && kiln_is_seq(kb)) return kiln_seq_eq(a, b);
  else if constexpr (ka == K::tuple && kb == K::tuple) return kiln_tuple_eq(a, b);
  else if constexpr (ka == K::dict && kb == K::dict)
    return kiln_dict_eq<bool>(a, b); // dict.h, by ADL
  else if constexpr (std::is_pointer_v<A> && std::is_pointer_v<B>)
    return (const void*)a == (const void*)b;
  else return false; // values of different kinds: a char is never an int
}

template <class A, class B> bool kiln_seq_lt(A* a, B* b) {
  int64_t i = 0;
  for (; i < kiln_seq_len(a) && i < kiln_seq_len(b); ++i) {
    auto x = kiln_seq_get(a, i);
    auto y = kiln_seq_get(b, i);
    if (!kiln_eq(x, y)) return kiln_lt(x, y);
  }
  return kiln_seq_len(a) < kiln_seq_len(b);
}

template <size_t I, class A, class B> bool kiln_tuple_lt_from(A* a, B* b) {
  constexpr size_t na = kiln_tuple_size<A>(), nb = kiln_tuple_size<B>();
  if constexpr (I >= na || I >= nb) return na < nb;
  else {
    auto x = kiln_tuple_get<I>(a);
    auto y = kiln_tuple_get<I>(b);
    if (!kiln_eq(x, y)) return kiln_lt(x, y);
    return kiln_tuple_lt_from<I + 1>(a, b);
  }
}

// a < b: numbers, chars and strs, lexicographically tuples and lists (Python's order).
template <class A, class B> bool kiln_lt(const A& a, const B& b) {
  constexpr kiln_kind ka = kiln_kind_of<A>(), kb = kiln_kind_of<B>();
  using K = kiln_kind;
  if constexpr (kiln_is_number(ka) && kiln_is_number(kb)) return kiln_num_cmp(a, b) == -1;
  else if constexpr (ka == K::character && kb == K::character) return a < b;
  else if constexpr (ka == K::character && kb == K::string) return kiln_char_cmp_str(a, b) < 0;
  else if constexpr (ka == K::string && kb == K::character) return kiln_char_cmp_str(b, a) > 0;
  else if constexpr (ka == K::string && kb == K::string) return kiln_str_cmp(a, b) < 0;
  else if constexpr (kiln_is_seq(ka) && kiln_is_seq(kb)) return kiln_seq_lt(a, b);
  else if constexpr (ka == K::tuple && kb == K::tuple) return kiln_tuple_lt_from<0>(a, b);
  else static_assert(kiln_false_v<A>, "kiln: these values have no order (<)");
}

// -- Truth and hashing ----------------------------------------------------------------------------

template <class V> bool kiln_truth(const V& x) {
  constexpr kiln_kind k = kiln_kind_of<V>();
  using K = kiln_kind;
  if constexpr (k == K::floating) return x != 0.0;
  else if constexpr (kiln_is_number(k)) return x != 0;
  else if constexpr (k == K::character) return true; // a one-character str
  else if constexpr (k == K::none) return false;
  else if constexpr (k == K::string) return x && x->chars.length != 0;
  else if constexpr (kiln_is_seq(k)) return x && kiln_seq_len(x) != 0;
  else if constexpr (k == K::dict) return x && x->num_items != 0;
  else if constexpr (k == K::tuple) return x && kiln_tuple_size<std::remove_pointer_t<V>>() != 0;
  else return x != nullptr;
}

template <class V> int64_t kiln_hash(const V& x);

// hash(t) of a tuple: RPython's ll_hash of tuples.
template <class T> int64_t kiln_tuple_hash_of(T* t) {
  uint64_t h = 0x345678;
  kiln_tuple_each(t, [&](auto item) { h = (1000003 * h) ^ uint64_t(kiln_hash(item)); });
  return int64_t(h);
}

// An object's identity hash (the collector's, stable while it lives even when it moves), never -1.
inline int64_t kiln_identity_hash(const void* p) {
  int64_t h = kiln_gc_identityhash(p);
  return h == -1 ? -2 : h;
}

// The hash dicts and tuple_hash use (RPython's ll_hash): ints themselves, floats as
// compute_hash, strs and chars as str_hash, tuples combined, instances by identity.
template <class V> int64_t kiln_hash(const V& x) {
  constexpr kiln_kind k = kiln_kind_of<V>();
  using K = kiln_kind;
  if constexpr (k == K::floating) return kiln_float_compute_hash(double(x));
  else if constexpr (kiln_is_number(k)) return int64_t(x);
  else if constexpr (k == K::character) {
    kiln_char_str s(x);
    return kiln_str_hash(s.get());
  } else if constexpr (k == K::none) return 0;
  else if constexpr (k == K::string) return x ? kiln_str_hash(x) : 0;
  else if constexpr (k == K::tuple) return x ? kiln_tuple_hash_of(x) : 0;
  else if constexpr (kiln_is_seq(k) || k == K::dict)
    static_assert(kiln_false_v<V>, "kiln: lists and dicts are unhashable");
  else return kiln_identity_hash(x);
}

// -- Repr -----------------------------------------------------------------------------------------

// A growable scratch buffer of UTF-8 (malloc'd past 256 bytes; never holds GC pointers).
struct kiln_buf {
  char* data;
  int64_t size = 0, cap = sizeof(small);
  char small[256];
  kiln_buf() : data(small) {}
  kiln_buf(const kiln_buf&) = delete;
  kiln_buf& operator=(const kiln_buf&) = delete;
  ~kiln_buf() {
    if (data != small) std::free(data);
  }
  void reserve(int64_t extra) {
    if (size + extra <= cap) return;
    int64_t want = cap * 2 > size + extra ? cap * 2 : size + extra;
    char* p = static_cast<char*>(data == small ? std::malloc(size_t(want))
                                               : std::realloc(data, size_t(want)));
    if (!p) kiln_fatal("out of memory (a %lld-byte buffer)", (long long)want);
    if (data == small) std::memcpy(p, small, size_t(size));
    data = p;
    cap = want;
  }
  void put(char c) {
    reserve(1);
    data[size++] = c;
  }
  void put(const char* p, int64_t n) {
    reserve(n);
    std::memcpy(data + size, p, size_t(n));
    size += n;
  }
  void put(std::string_view s) { put(s.data(), int64_t(s.size())); }
  void put(const str* s) { put(s->chars.items, s->chars.length); }
  void putInt(int64_t i) {
    char digits[24];
    int n = 0;
    uint64_t u = i < 0 ? 0 - uint64_t(i) : uint64_t(i);
    do digits[n++] = char('0' + u % 10), u /= 10;
    while (u);
    if (i < 0) digits[n++] = '-';
    reserve(n);
    while (n) data[size++] = digits[--n];
  }
  void putUint(uint64_t u) {
    char digits[24];
    int n = 0;
    do digits[n++] = char('0' + u % 10), u /= 10;
    while (u);
    reserve(n);
    while (n) data[size++] = digits[--n];
  }
  str* finish() const { return kiln_str_from_utf8(data, size_t(size)); }
};

template <class V> void kiln_write_repr(kiln_buf& b, const V& x);

template <class L> void kiln_write_seq_repr(kiln_buf& b, L* l) {
  b.put('[');
  for (int64_t i = 0; i < kiln_seq_len(l); ++i) {
    if (i) b.put(", ");
    kiln_write_repr(b, kiln_seq_get(l, i));
  }
  b.put(']');
}

template <class T> void kiln_write_tuple_repr(kiln_buf& b, T* t) {
  b.put('(');
  size_t i = 0;
  kiln_tuple_each(t, [&](auto item) {
    if (i++) b.put(", ");
    kiln_write_repr(b, item);
  });
  if (kiln_tuple_size<T>() == 1) b.put(',');
  b.put(')');
}

// Whether entry e of a dict is live: `valid` when the entry has it, else a non-null key.
template <class E> inline bool kiln_dict_entry_live(const E& e) {
  if constexpr (requires { e.valid; }) return e.valid;
  else if constexpr (requires { e.key; }) {
    if constexpr (std::is_pointer_v<decltype(e.key)>) return e.key != nullptr;
    else return true;
  } else return true;
}
template <class E> inline auto kiln_dict_entry_key(const E& e) {
  if constexpr (requires { e.key; }) return e.key;
  else return kiln_none;
}
template <class E> inline auto kiln_dict_entry_value(const E& e) {
  if constexpr (requires { e.value; }) return e.value;
  else return kiln_none;
}

template <class D> void kiln_write_dict_repr(kiln_buf& b, D* d) {
  b.put('{');
  bool first = true;
  for (int64_t i = 0; d->entries && i < d->num_used; ++i) {
    const auto& e = d->entries->items[i];
    if (!kiln_dict_entry_live(e)) continue;
    if (!first) b.put(", ");
    first = false;
    kiln_write_repr(b, kiln_dict_entry_key(e));
    b.put(": ");
    kiln_write_repr(b, kiln_dict_entry_value(e));
  }
  b.put('}');
}

// Appends repr(x).
template <class V> void kiln_write_repr(kiln_buf& b, const V& x) {
  constexpr kiln_kind k = kiln_kind_of<V>();
  using K = kiln_kind;
  if constexpr (k == K::none) b.put("None");
  else if constexpr (k == K::boolean) b.put(x ? "True" : "False");
  else if constexpr (k == K::integer) b.putInt(int64_t(x));
  else if constexpr (k == K::uinteger) {
    b.put("r_uint(");
    b.putUint(uint64_t(x));
    b.put(')');
  } else if constexpr (k == K::floating) b.put(kiln_str_from_float(double(x)));
  else if constexpr (k == K::character) {
    if (x >= 0x20 && x < 0x7F && x != '\'' && x != '\\') {
      char q[3] = {'\'', char(x), '\''};
      b.put(q, 3);
    } else {
      kiln_char_str s(x);
      b.put(kiln_str_repr(s.get()));
    }
  } else if constexpr (std::is_pointer_v<V>) {
    if (!x) b.put("None");
    else if constexpr (k == K::string) b.put(kiln_str_repr(x));
    else if constexpr (kiln_is_seq(k)) kiln_write_seq_repr(b, x);
    else if constexpr (k == K::tuple) kiln_write_tuple_repr(b, x);
    else if constexpr (k == K::dict) kiln_write_dict_repr(b, x);
    else if constexpr (k == K::instance) b.put(kiln_instance_repr<str*>(x)); // instance.h, by ADL
    else static_assert(kiln_false_v<V>, "kiln: no repr for this value type");
  } else static_assert(kiln_false_v<V>, "kiln: no repr for this value type");
}

// repr(x) of any value.
template <class V> str* kiln_repr_of(V x) {
  constexpr kiln_kind k = kiln_kind_of<V>();
  if constexpr (k == kiln_kind::string) return kiln_str_repr(x);
  else if constexpr (k == kiln_kind::floating) return kiln_str_from_float(double(x));
  else {
    kiln_buf b;
    kiln_write_repr(b, x);
    return b.finish();
  }
}

// str(x) of any value: a str is itself (None 'None'), a char its one-char str, a number its
// digits (an r_uint without 'r_uint(...)'), a container its repr.
template <class V> str* kiln_str_of(V x) {
  constexpr kiln_kind k = kiln_kind_of<V>();
  using K = kiln_kind;
  if constexpr (k == K::string) return x ? x : kiln_str_from_cstr("None");
  else if constexpr (k == K::character) return kiln_str_from_char(x);
  else if constexpr (k == K::integer) return kiln_str_from_int(int64_t(x));
  else if constexpr (k == K::uinteger) return kiln_str_from_uint(uint64_t(x));
  else if constexpr (k == K::floating) return kiln_str_from_float(double(x));
  else return kiln_repr_of(x);
}

// list_repr: repr(l) and str(l) of a list of any kind; 'None' for None.
template <class R, class L> R kiln_list_repr(L* l) {
  static_assert(kiln_is_seq_v<L*>, "kiln: list_repr of a value that is not a list");
  return kiln_repr_of(l);
}
// dict_repr: repr(d) and str(d), '{k: v, ...}' in insertion order; 'None' for None.
template <class R, class D> R kiln_dict_repr(D* d) {
  static_assert(kiln_kind_of<D*>() == kiln_kind::dict,
                "kiln: dict_repr of a value that is not a dict");
  return kiln_repr_of(d);
}

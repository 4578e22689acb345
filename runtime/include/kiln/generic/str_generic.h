// kiln/generic/str_generic.h -- the generic str, bytes and StringBuilder helpers (helpers.def rows
// flagged Generic): str_join, str_split, str_format, str_build, str_format_spec, str_min, str_max,
// bytes_format, bytes_from_list, strbuilder_append, strbuilder_append_multiple_char.
//
// Each template only adapts its operands and calls a compiled engine (kiln/rt_str.h): the '%'
// formatter gets every item as a kiln_fmt_arg (numbers, a str, None, or a list/dict/tuple with a
// function writing its str()/repr() through kiln_repr_of/kiln_str_of of generic/values.h, and,
// for a dict, a function looking a %(key)s up); join and bytes() get a plain array of the items.
// Containers are told apart by shape (the fields codegen emits, rtyper's names):
//   list     {length, items: Ptr(GcArray)}       GcArray {length, items[]}
//   dict     {num_items, num_used, indexes, entries: Ptr(GcArray(entry))}
//   entry    {key, value, [hash], [valid]}
// A dict entry is live when its `valid` flag is set, or, without the flag, when its key (a
// pointer that cannot be None) is not null. kiln_struct<T>::name tells lists, dicts and tuples
// apart for messages ("list", "dict", "tuple").
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <type_traits>

namespace kiln_str_detail {

// A list's `items` is a pointer to a GcArray; a GcArray's is the array itself.
template <class C> constexpr bool kIsListShape = requires(C* c) {
  c->length;
  c->items->items[0];
  requires std::is_pointer_v<decltype(c->items)>;
};
template <class C> constexpr bool kIsArrayShape = requires(C* c) {
  c->length;
  c->items[0];
  requires std::is_array_v<decltype(c->items)>;
};
template <class C> constexpr bool kIsDictShape = requires(C* c) {
  c->num_used;
  c->entries->items[0];
};

// Whether a dict entry is live (see the header).
template <class E> bool entryLive(const E& e) {
  if constexpr (requires { e.valid; })
    return e.valid;
  else if constexpr (requires { e.key; } && std::is_pointer_v<decltype(E::key)>)
    return e.key != nullptr;
  else
    return true;
}

// Calls f(item) for each item of a list, fixed list or dict (its live keys).
template <class C, class F> void forEachItem(C* c, F&& f) {
  if constexpr (kIsListShape<C>) {
    for (int64_t k = 0; k < c->length; ++k)
      f(c->items->items[k]);
  } else if constexpr (kIsArrayShape<C>) {
    for (int64_t k = 0; k < c->length; ++k)
      f(c->items[k]);
  } else {
    static_assert(kIsDictShape<C>, "kiln: a str helper got a container of unknown shape");
    if (!c->entries) return;
    for (int64_t k = 0; k < c->num_used; ++k)
      if (entryLive(c->entries->items[k])) f(c->entries->items[k].key);
  }
}

// A list that holds only None (list_Void {length}: no items field).
template <class C> constexpr bool kIsNoneList = requires(C* c) { c->length; } && !requires(C* c) { c->items; } && !requires(C* c) { c->entries; };

template <class C> int64_t itemCount(C* c) {
  if constexpr (kIsDictShape<C>)
    return c->num_items;
  else
    return c->length;
}

// The item type of a list, fixed list or dict (its keys).
template <class C> auto itemOf(C* c) {
  if constexpr (kIsListShape<C>)
    return c->items->items[0];
  else if constexpr (kIsArrayShape<C>)
    return c->items[0];
  else
    return c->entries->items[0].key;
}
template <class C> using ItemType = std::remove_cvref_t<decltype(itemOf(static_cast<C*>(nullptr)))>;

template <class C> constexpr const char* containerName() {
  constexpr std::string_view name = kiln_struct<C>::name;
  if constexpr (name.starts_with("dict") || name.starts_with("rdict"))
    return "dict";
  else if constexpr (name.starts_with("tuple"))
    return "tuple";
  else
    return "list";
}

template <class T> kiln_fmt_arg fmtOf(T x);

template <class P> str* toStr(const void* obj, bool repr) {
  auto* x = static_cast<P*>(const_cast<void*>(obj));
  return repr ? kiln_repr_of(x) : kiln_str_of(x);
}

// d[key] for %(key)s: a walk of the entries (str keys, or char keys matching a one-char key).
template <class D> bool dictLookup(const void* obj, str* key, kiln_fmt_arg* value) {
  auto* d = static_cast<D*>(const_cast<void*>(obj));
  if (!d->entries) return false;
  for (int64_t k = 0; k < d->num_used; ++k) {
    auto& e = d->entries->items[k];
    if (!entryLive(e)) continue;
    bool match = false;
    if constexpr (requires { e.key; }) {
      using K = std::remove_cvref_t<decltype(e.key)>;
      if constexpr (std::is_same_v<K, str*>)
        match = kiln_str_eq(e.key, key);
      else if constexpr (std::is_same_v<K, uint32_t>)
        match = key->length == 1 && kiln_str_char_at(key, 0) == e.key;
    }
    if (!match) continue;
    if constexpr (requires { e.value; })
      *value = fmtOf(e.value);
    else
      *value = fmtOf(kiln_none);
    return true;
  }
  return false;
}

// A formatting operand as the engines take it (rt_str.h, kiln_fmt_arg).
template <class T> kiln_fmt_arg fmtOf(T x) {
  kiln_fmt_arg a{};
  if constexpr (std::is_same_v<T, bool>) {
    a.kind = kiln_fmt_kind::Bool;
    a.b = x;
  } else if constexpr (std::is_floating_point_v<T>) {
    a.kind = kiln_fmt_kind::Float;
    a.f = double(x);
  } else if constexpr (std::is_same_v<T, kiln_none_t>) {
    a.kind = kiln_fmt_kind::None;
  } else if constexpr (std::is_same_v<T, str*>) {
    a.kind = x ? kiln_fmt_kind::Str : kiln_fmt_kind::None;
    a.s = x;
  } else if constexpr (std::is_same_v<T, uint32_t> || std::is_same_v<T, char32_t>) { // a UniChar
    a.kind = kiln_fmt_kind::Str;
    a.s = kiln_str_from_char(uint32_t(x));
  } else if constexpr (std::is_same_v<T, char>) { // a Char
    a.kind = kiln_fmt_kind::Str;
    a.s = kiln_str_from_char(uint8_t(x));
  } else if constexpr (std::is_integral_v<T> && std::is_unsigned_v<T>) {
    a.kind = kiln_fmt_kind::Uint;
    a.u = uint64_t(x);
  } else if constexpr (std::is_integral_v<T>) {
    a.kind = kiln_fmt_kind::Int;
    a.i = int64_t(x);
  } else {
    static_assert(std::is_pointer_v<T>, "kiln: a value '%' formatting cannot take");
    using P = std::remove_pointer_t<T>;
    if (!x) {
      a.kind = kiln_fmt_kind::None;
      return a;
    }
    a.kind = kiln_fmt_kind::Object;
    a.obj = x;
    a.type_name = containerName<P>();
    a.to_str = &toStr<P>;
    a.mapping = kIsDictShape<P> || kIsListShape<P>;
    if constexpr (kIsDictShape<P>) a.lookup = &dictLookup<P>;
  }
  return a;
}

} // namespace kiln_str_detail

// -- '%' formatting and format(x, spec) -----------------------------------------------------------

template <class R, class... Items> R kiln_str_format(str* fmt, Items... items) {
  kiln_fmt_arg args[sizeof...(Items) + 1] = {kiln_str_detail::fmtOf(items)...};
  return kiln_percent_format(fmt, args, int64_t(sizeof...(Items)), false);
}

template <class R, class... Items> R kiln_bytes_format(str* fmt, Items... items) {
  kiln_fmt_arg args[sizeof...(Items) + 1] = {kiln_str_detail::fmtOf(items)...};
  return kiln_percent_format(fmt, args, int64_t(sizeof...(Items)), true);
}

template <class R, class T> R kiln_str_format_spec(T x, str* spec) {
  kiln_fmt_arg a = kiln_str_detail::fmtOf(x);
  return kiln_format_with_spec(&a, spec);
}

// -- Building, joining, splitting -----------------------------------------------------------------

template <class R, class... Pieces> R kiln_str_build(Pieces... pieces) {
  str* items[sizeof...(Pieces) + 1] = {pieces...};
  return kiln_str_build_n(items, int64_t(sizeof...(Pieces)));
}

// sep.join(x): x a str (its characters), or a list, fixed list or dict (its keys) of strs or chars.
template <class R, class X> R kiln_str_join(str* sep, X x) {
  if constexpr (std::is_same_v<X, str*>) {
    return kiln_str_join_str_chars(sep, x);
  } else if constexpr (kiln_str_detail::kIsNoneList<std::remove_pointer_t<X>>) {
    // A list of None (list_Void: an empty list literal is one): '' when empty, else CPython's
    // TypeError for its first item.
    if (x->length == 0) return kiln_str_from_cstr("");
    kiln_raise_fmt(KILN_EXC_TypeError, "sequence item 0: expected str instance, NoneType found");
    return nullptr;
  } else {
    using C = std::remove_pointer_t<X>;
    using Item = kiln_str_detail::ItemType<C>;
    static_assert(std::is_same_v<Item, str*> || std::is_same_v<Item, uint32_t>,
                  "kiln: join of strs or chars");
    int64_t n = kiln_str_detail::itemCount(x);
    if constexpr (!std::is_same_v<Item, str*>) {
      // The chars copied into a malloc'd array (no GC pointers in it).
      auto* chars = static_cast<uint32_t*>(std::malloc(sizeof(uint32_t) * size_t(n) + 1));
      if (!chars) kiln_fatal("out of memory (%lld chars)", (long long)n);
      int64_t k = 0;
      kiln_str_detail::forEachItem(x, [&](Item item) { chars[k++] = uint32_t(item); });
      str* joined = kiln_str_join_chars(sep, chars, k);
      std::free(chars);
      return joined;
    } else if constexpr (kiln_str_detail::kIsDictShape<C>) {
      // The keys copied into a GC array of strs (the engine takes an array of them).
      auto* keys = static_cast<kiln_str_array*>(kiln_gc_alloc_varsize(KILN_TID_STR_ARRAY, n));
      int64_t k = 0;
      kiln_str_detail::forEachItem(x, [&](str* item) { keys->items[k++] = item; });
      return kiln_str_join_strs(sep, keys->items, k);
    } else if constexpr (kiln_str_detail::kIsListShape<C>) {
      return kiln_str_join_strs(sep, n ? x->items->items : nullptr, n);
    } else {
      return kiln_str_join_strs(sep, x->items, n);
    }
  }
}

// s.split(sep, maxsplit): a new list of strs; R is the list's pointer type, a resizable list or a
// fixed list (GcArray(Ptr(str)), the layout the engine makes). The array is the engine's
// kiln_str_array (type KILN_TID_STR_ARRAY, the same layout as the program's GcArray(Ptr(str)):
// the collector reads an object's layout from its own type id).
template <class R> R kiln_str_split(str* s, str* sep, int64_t maxsplit) {
  kiln_str_array* pieces = kiln_str_split_array(s, sep, maxsplit);
  if (!pieces) return R{};
  using L = std::remove_pointer_t<R>;
  if constexpr (kiln_str_detail::kIsListShape<L>) {
    L* list = kiln_new<L>();
    list->length = pieces->length;
    list->items = reinterpret_cast<decltype(list->items)>(pieces);
    return list;
  } else {
    static_assert(kiln_str_detail::kIsArrayShape<L>,
                  "kiln: str_split makes a list or a fixed list");
    return reinterpret_cast<R>(pieces);
  }
}

// -- min(s), max(s), bytes(ints) ------------------------------------------------------------------

// R is UniChar (uint32_t) for a str, Signed for bytes (a byte as an int).
template <class R> R kiln_str_min(str* s) {
  return R(kiln_str_min_max_of(s, false, std::is_same_v<R, int64_t>));
}
template <class R> R kiln_str_max(str* s) {
  return R(kiln_str_min_max_of(s, true, std::is_same_v<R, int64_t>));
}

namespace kiln_str_detail {
template <class X> str* bytesFromItems(X x);
} // namespace kiln_str_detail

template <class R, class X> R kiln_bytes_from_list(X x) {
  using C = std::remove_pointer_t<X>;
  if constexpr (kiln_str_detail::kIsNoneList<C>) {
    if (x->length == 0) return kiln_bytes_from("", 0);
    kiln_raise_fmt(KILN_EXC_TypeError, "'NoneType' object cannot be interpreted as an integer");
    return nullptr;
  } else {
    return kiln_str_detail::bytesFromItems(x);
  }
}

namespace kiln_str_detail {
template <class X> str* bytesFromItems(X x) {
  using C = std::remove_pointer_t<X>;
  using Item = kiln_str_detail::ItemType<C>;
  int64_t n = kiln_str_detail::itemCount(x);
  // A malloc'd copy (no GC pointers in it).
  auto* items = static_cast<int64_t*>(std::malloc(sizeof(int64_t) * size_t(n) + 1));
  if (!items) kiln_fatal("out of memory (%lld ints)", (long long)n);
  int64_t k = 0;
  kiln_str_detail::forEachItem(x, [&](Item item) {
    items[k++] = std::is_unsigned_v<Item> && !std::is_same_v<Item, bool> &&
                         uint64_t(item) > uint64_t(INT64_MAX)
                     ? -1
                     : int64_t(item);
  });
  str* bytes = kiln_bytes_from_ints(items, k);
  std::free(items);
  return bytes;
}
} // namespace kiln_str_detail

// -- StringBuilder --------------------------------------------------------------------------------

// b.append(x) of a str or a char (UniChar).
template <class R, class T> R kiln_strbuilder_append(strbuilder* b, T x) {
  if constexpr (std::is_pointer_v<T>)
    kiln_strbuilder_append_str(b, x);
  else
    kiln_strbuilder_append_char(b, uint32_t(x));
  return R();
}

// b.append_multiple_char(c, times) of a char or a one-character str.
template <class R, class T>
R kiln_strbuilder_append_multiple_char(strbuilder* b, T c, int64_t times) {
  if constexpr (std::is_pointer_v<T>)
    kiln_strbuilder_append_str_times(b, c, times);
  else
    kiln_strbuilder_append_char_times(b, uint32_t(c), times);
  return R();
}

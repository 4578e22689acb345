// kiln/generic/iter.h -- next() of the built-in iterators (rtyper/rtype_iter.cpp) and the helpers
// that consume any iterator (rtyper/helpers.def, "iterators": iter_*, list_from_iter,
// list_extend_iter, str_join_iter, bytes_from_iter).
//
// Each next helper `kiln_<kind>_next<R>(it)` returns the next item converted to R (values.h's
// kiln_convert; R = void only advances), or raises StopIteration
// (kiln_raise_builtin(KILN_EXC_StopIteration, nullptr)) and returns a dummy. The iterator structs:
//   listiter_<x>, arrayiter_<x> {list, index}         list[index++] while index < len(list)
//                                                      (then index = INT64_MAX: it stays exhausted)
//   reversed_<container> {list | string, index}        seq[--index]; index counts down to 0
//   striter {string, index}                            index is a BYTE offset into string's
//                                                      UTF-8 (the code point index for ASCII strs
//                                                      and bytes); R = int64_t reads bytes
//   rangeiter {next, stop, step, list}                 next += step up to stop; list[next] when
//                                                      list (a made range()) is not null
//   enumerate_<inner> {iter, index}                    (index++, next(iter))
//   zip_<inner0>_<inner1>... {iter0, iter1, ...}       (next(iter0), next(iter1), ...)
//   nextiter_<C> {obj, fn}                             fn(obj), exceptions propagate
//   [r]dict{key,value,item}iter_<k>_<v> {dict, index}   dict.h's kiln_dict_next_key/value/item
//   file                                               kiln_file_next (rt_io.h): its lines
// kiln_iter_next<R>(it) dispatches on kiln_struct<It>::name. A consumer stops at StopIteration
// (kiln_exc_matches, then kiln_exc_clear) and returns at once on any other exception.
//
// Memory (kiln/gc.h): a nextiter's fn is generated code, which may collect and move objects, and
// enumerate and zip may wrap one. So every helper here that uses a GC pointer after a next()
// (the iterator in a loop, the list being filled, the tuple of a zip, the best item so far)
// keeps it in a local rooted with values.h's kiln_roots, and stores into an object allocated
// before a next() behind the write barrier (kiln_seq_set, kiln_gc_wb).
#pragma once

// -- Next helpers ---------------------------------------------------------------------------------

inline void kiln_raise_stop() { kiln_raise_builtin(KILN_EXC_StopIteration, nullptr); }

template <class R, class It> R kiln_listiter_next(It* it) {
  int64_t i = it->index;
  if (i >= kiln_seq_len(it->list)) {
    it->index = INT64_MAX; // exhausted for good, as CPython's (a list that grows again is not seen)
    kiln_raise_stop();
    return kiln_dummy<R>();
  }
  it->index = i + 1;
  return kiln_convert<R>(kiln_seq_get(it->list, i));
}

// The code point at index i of s (a walk of its UTF-8 unless s is ASCII).
inline uint32_t kiln_str_code_point(const str* s, int64_t i) {
  if (s->length == s->chars.length) return uint8_t(s->chars.items[i]);
  int64_t at = 0;
  for (int n; i > 0; --i) kiln_utf8_decode(s->chars.items + at, &n), at += n;
  int n;
  return kiln_utf8_decode(s->chars.items + at, &n);
}

template <class R, class It> R kiln_reversediter_next(It* it) {
  int64_t i = it->index - 1;
  if constexpr (requires { it->string; }) {
    const str* s = it->string;
    bool bytes = std::is_same_v<R, int64_t>;
    if (i < 0 || i >= (bytes ? s->chars.length : s->length)) {
      it->index = 0;
      kiln_raise_stop();
      return kiln_dummy<R>();
    }
    it->index = i;
    if constexpr (std::is_same_v<R, int64_t>) return uint8_t(s->chars.items[i]);
    else return kiln_convert<R>(kiln_str_code_point(s, i));
  } else {
    if (i < 0 ||
        i >= kiln_seq_len(it->list)) { // CPython's reversed() also ends past a shrunk list's end
      it->index = 0;
      kiln_raise_stop();
      return kiln_dummy<R>();
    }
    it->index = i;
    return kiln_convert<R>(kiln_seq_get(it->list, i));
  }
}

template <class R, class It> R kiln_striter_next(It* it) {
  const str* s = it->string;
  int64_t at = it->index;
  if (at >= s->chars.length) {
    kiln_raise_stop();
    return kiln_dummy<R>();
  }
  if constexpr (std::is_same_v<R, int64_t>) { // bytes
    it->index = at + 1;
    return uint8_t(s->chars.items[at]);
  } else {
    int n;
    uint32_t c = kiln_utf8_decode(s->chars.items + at, &n);
    it->index = at + n;
    return kiln_convert<R>(c);
  }
}

template <class R, class It> R kiln_rangeiter_next(It* it) {
  int64_t next = it->next, stop = it->stop, step = it->step;
  if (it->list) { // a made range(): its array, by 1
    if (next >= stop || next >= kiln_seq_len(it->list)) {
      kiln_raise_stop();
      return kiln_dummy<R>();
    }
    it->next = next + 1;
    return kiln_convert<R>(kiln_seq_get(it->list, next));
  }
  if (step > 0 ? next >= stop : next <= stop) {
    kiln_raise_stop();
    return kiln_dummy<R>();
  }
  // next + step without overflow: the distance left decides whether the range ends here
  uint64_t left = step > 0 ? uint64_t(stop) - uint64_t(next) : uint64_t(next) - uint64_t(stop);
  uint64_t stride = step > 0 ? uint64_t(step) : 0 - uint64_t(step);
  it->next = left <= stride ? stop : int64_t(uint64_t(next) + uint64_t(step));
  return kiln_convert<R>(next);
}

template <class R, class It> R kiln_enumerate_next(It* it) {
  auto roots = kiln_roots(it);
  if constexpr (std::is_void_v<R>) {
    kiln_iter_next<void>(it->iter);
    if (!kiln_exc_type) ++it->index;
  } else {
    using T = std::remove_pointer_t<R>;
    constexpr size_t n = kiln_tuple_size<T>();
    static_assert(n == 2, "kiln: enumerate's tuple has two items (kiln_none for a Void one)");
    auto x = kiln_iter_next<kiln_tuple_item_t<T, 1>>(it->iter);
    if (kiln_exc_type) return nullptr;
    T* t = kiln_new<T>();
    kiln_tuple_set<0>(t, it->index++);
    kiln_tuple_set<1>(t, x);
    return t;
  }
}

// Field iterK of a zip.
template <size_t K, class It> auto* kiln_zip_inner(It* it) {
  if constexpr (K == 0) return it->iter0;
  else if constexpr (K == 1) return it->iter1;
  else if constexpr (K == 2) return it->iter2;
  else if constexpr (K == 3) return it->iter3;
  else if constexpr (K == 4) return it->iter4;
  else if constexpr (K == 5) return it->iter5;
  else if constexpr (K == 6) return it->iter6;
  else if constexpr (K == 7) return it->iter7;
  else static_assert(kiln_false_v<It>, "kiln: zip of more than 8 iterables");
}
template <class It> constexpr size_t kiln_zip_size() {
  if constexpr (requires(It* it) { it->iter7; }) return 8;
  else if constexpr (requires(It* it) { it->iter6; }) return 7;
  else if constexpr (requires(It* it) { it->iter5; }) return 6;
  else if constexpr (requires(It* it) { it->iter4; }) return 5;
  else if constexpr (requires(It* it) { it->iter3; }) return 4;
  else if constexpr (requires(It* it) { it->iter2; }) return 3;
  else if constexpr (requires(It* it) { it->iter1; }) return 2;
  else return 1;
}

// Item K of a zip's tuple (or, for R = void, only the advance): false when the iterator raised.
// t and it are the caller's rooted locals: the inner next() may move them.
template <size_t K, class T, class It> bool kiln_zip_step(T*& t, It*& it) {
  if constexpr (std::is_void_v<T>) {
    kiln_iter_next<void>(kiln_zip_inner<K>(it));
  } else {
    auto x = kiln_iter_next<kiln_tuple_item_t<T, K>>(kiln_zip_inner<K>(it));
    if (kiln_exc_type) return false;
    if constexpr (kiln_holds_gc_ptrs_v<decltype(x)>) kiln_gc_wb(t); // t was made before next()
    kiln_tuple_set<K>(t, x);
  }
  return !kiln_exc_type;
}

template <class R, class It> R kiln_zip_next(It* it) {
  constexpr size_t n = kiln_zip_size<It>();
  auto roots = kiln_roots(it);
  if constexpr (std::is_void_v<R>) {
    void* none = nullptr;
    [&]<size_t... K>(std::index_sequence<K...>) {
      (kiln_zip_step<K>(none, it) && ...);
    }
    (std::make_index_sequence<n>());
  } else {
    using T = std::remove_pointer_t<R>;
    static_assert(kiln_tuple_size<T>() == n,
                  "kiln: zip's tuple has an item per iterable (kiln_none for a Void one)");
    T* t = kiln_new<T>();
    auto tupleRoot = kiln_roots(t);
    bool ok = [&]<size_t... K>(std::index_sequence<K...>) {
      return (kiln_zip_step<K>(t, it) && ...);
    }
    (std::make_index_sequence<n>());
    return ok ? t : nullptr;
  }
}

template <class R, class It> R kiln_nextiter_next(It* it) {
  if constexpr (std::is_void_v<decltype(it->fn(it->obj))>) {
    it->fn(it->obj);
    if constexpr (!std::is_void_v<R>) return kiln_convert<R>(kiln_none);
  } else {
    auto x = it->fn(it->obj);
    if (kiln_exc_type) return kiln_dummy<R>();
    return kiln_convert<R>(x);
  }
}

// next() of any built-in iterator, by its kind.
template <class R, class It> R kiln_iter_next(It* it) {
  if constexpr (std::is_same_v<It, file>) {
    str* line = kiln_file_next(it);
    if (kiln_exc_type) return kiln_dummy<R>();
    return kiln_convert<R>(line);
  } else {
    constexpr std::string_view name = kiln_struct<It>::name;
    if constexpr (name.starts_with("listiter_") || name.starts_with("arrayiter_"))
      return kiln_listiter_next<R>(it);
    else if constexpr (name.starts_with("reversed_")) return kiln_reversediter_next<R>(it);
    else if constexpr (name.starts_with("striter")) return kiln_striter_next<R>(it);
    else if constexpr (name.starts_with("rangeiter")) return kiln_rangeiter_next<R>(it);
    else if constexpr (name.starts_with("enumerate_")) return kiln_enumerate_next<R>(it);
    else if constexpr (name.starts_with("zip_")) return kiln_zip_next<R>(it);
    else if constexpr (name.starts_with("nextiter_")) return kiln_nextiter_next<R>(it);
    else if constexpr (name.starts_with("dictkeyiter_") || name.starts_with("rdictkeyiter_"))
      return kiln_dict_next_key<R>(it);
    else if constexpr (name.starts_with("dictvalueiter_") || name.starts_with("rdictvalueiter_"))
      return kiln_dict_next_value<R>(it);
    else if constexpr (name.starts_with("dictitemiter_") || name.starts_with("rdictitemiter_")) {
      if constexpr (std::is_void_v<R>)
        return kiln_dict_next_key<void>(it); // advances alike, makes no tuple
      else return kiln_dict_next_item<R>(it);
    }
    else static_assert(kiln_false_v<It>, "kiln: not a built-in iterator type");
  }
}

// -- What an iterator yields, for truth -----------------------------------------------------------

// A tuple of enumerate(), zip() or d.items(): always true, so any() and all() only advance.
struct kiln_some_tuple {};

template <class It> auto kiln_iter_item_probe() {
  if constexpr (std::is_same_v<It, file>) return std::type_identity<str*>{};
  else {
    constexpr std::string_view name = kiln_struct<It>::name;
    if constexpr (requires(It* it) { it->list; } && !name.starts_with("rangeiter"))
      return std::type_identity<kiln_seq_item_t<std::remove_pointer_t<decltype(It::list)>>>{};
    else if constexpr (requires(It* it) { it->string; } || name.starts_with("rangeiter"))
      return std::type_identity<int64_t>{}; // a char (always true) or byte: its value's truth
    else if constexpr (name.starts_with("nextiter_")) {
      using X = decltype(std::declval<It*>()->fn(std::declval<It*>()->obj));
      if constexpr (std::is_void_v<X>) return std::type_identity<kiln_none_t>{};
      else return std::type_identity<X>{};
    } else if constexpr (name.starts_with("dictkeyiter_") || name.starts_with("rdictkeyiter_") ||
                         name.starts_with("dictvalueiter_") ||
                         name.starts_with("rdictvalueiter_")) {
      using D = std::remove_pointer_t<decltype(It::dict)>;
      using E = std::remove_extent_t<decltype(std::remove_pointer_t<decltype(D::entries)>::items)>;
      if constexpr (name.find("keyiter_") != std::string_view::npos)
        return std::type_identity<decltype(kiln_dict_entry_key(std::declval<const E&>()))>{};
      else return std::type_identity<decltype(kiln_dict_entry_value(std::declval<const E&>()))>{};
    } else
      return std::type_identity<kiln_some_tuple>{};
  }
}
// The type of the items iterator It yields, as its container holds them; kiln_some_tuple for a
// tuple; int64_t for str iterators (bytes and strs share them: a str's char is true even when
// it is '\0', which is the one case this gets wrong).
template <class It> using kiln_iter_item_t = typename decltype(kiln_iter_item_probe<It>())::type;

// The truth of the next item: 1, 0, or -1 once the iterator stops (-2: another exception).
template <class It> int kiln_iter_next_truth(It* it) {
  using X = kiln_iter_item_t<It>;
  bool truth = true;
  if constexpr (std::is_same_v<X, kiln_some_tuple> || std::is_same_v<X, kiln_none_t>) {
    kiln_iter_next<void>(it);
    truth = std::is_same_v<X, kiln_some_tuple>;
  } else {
    X x = kiln_iter_next<X>(it);
    if (!kiln_exc_type) truth = kiln_truth(x);
  }
  if (!kiln_exc_type) return truth;
  if (!kiln_exc_matches(KILN_EXC_StopIteration)) return -2;
  kiln_exc_clear();
  return -1;
}

// Whether the pending exception is StopIteration, which it then clears: the loop of a consumer.
inline bool kiln_iter_stopped() {
  if (!kiln_exc_matches(KILN_EXC_StopIteration)) return false;
  kiln_exc_clear();
  return true;
}

// -- Consumers ------------------------------------------------------------------------------------

template <class R, class It, class D> R kiln_iter_next_default(It* it, D dflt) {
  auto roots = kiln_roots(dflt);
  if constexpr (std::is_void_v<R>) {
    kiln_iter_next<void>(it);
    if (kiln_exc_type) kiln_iter_stopped();
  } else {
    R x = kiln_iter_next<R>(it);
    if (!kiln_exc_type) return x;
    if (kiln_iter_stopped()) return kiln_convert<R>(dflt);
    return kiln_dummy<R>();
  }
}

template <class R, class It> R kiln_iter_extreme(It* it, bool largest) {
  auto roots = kiln_roots(it);
  R best = kiln_iter_next<R>(it);
  auto bestRoot = kiln_roots(best);
  if (kiln_exc_type) {
    if (kiln_iter_stopped())
      kiln_raise_msg(KILN_EXC_ValueError,
                     largest ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
    return kiln_dummy<R>();
  }
  for (;;) {
    R x = kiln_iter_next<R>(it);
    if (kiln_exc_type) return kiln_iter_stopped() ? best : kiln_dummy<R>();
    if (largest ? kiln_lt(best, x) : kiln_lt(x, best)) best = x;
  }
}
template <class R, class It> R kiln_iter_min(It* it) { return kiln_iter_extreme<R>(it, false); }
template <class R, class It> R kiln_iter_max(It* it) { return kiln_iter_extreme<R>(it, true); }

template <class R, class It, class S> R kiln_iter_sum(It* it, S start) {
  R acc = kiln_convert<R>(start);
  auto roots = kiln_roots(it, acc);
  for (;;) {
    R x = kiln_iter_next<R>(it);
    if (kiln_exc_type) return kiln_iter_stopped() ? acc : kiln_dummy<R>();
    acc = kiln_sum_add(acc, x);
  }
}

template <class R, class It> R kiln_iter_any(It* it) {
  auto roots = kiln_roots(it);
  for (;;) {
    int t = kiln_iter_next_truth(it);
    if (t == 1) return true;
    if (t < 0) return false;
  }
}

template <class R, class It> R kiln_iter_all(It* it) {
  auto roots = kiln_roots(it);
  for (;;) {
    int t = kiln_iter_next_truth(it);
    if (t == 0 || t == -2) return false;
    if (t == -1) return true;
  }
}

// Appends the items `it` has left to l (a resizable list or a list of Nones); false when the
// iterator raised something other than StopIteration.
template <class L, class It> bool kiln_list_fill_from(L* l, It* it) {
  using X = kiln_seq_item_t<L>;
  auto roots = kiln_roots(l, it);
  for (;;) {
    if constexpr (std::is_same_v<X, kiln_none_t>) {
      kiln_iter_next<void>(it);
      if (kiln_exc_type) return kiln_iter_stopped();
      ++l->length;
    } else {
      X x = kiln_iter_next<X>(it);
      if (kiln_exc_type) return kiln_iter_stopped();
      int64_t n = l->length;
      kiln_list_resize(l, n + 1);
      kiln_seq_set(l, n, x);
    }
  }
}

// list(it): a new list of type R (any kind) of the items it has left.
template <class R, class It> R kiln_list_from_iter(It* it) {
  using L = std::remove_pointer_t<R>;
  if constexpr (kiln_struct_kind<L>() != kiln_kind::array) {
    R l = kiln_list_make<R>(0);
    auto roots = kiln_roots(l);
    return kiln_list_fill_from(l, it) ? l : nullptr;
  } else { // gathered in a resizable list of the same items, then copied to a fixed one
    using X = kiln_seq_item_t<L>;
    struct scratch {
      int64_t length;
      L* items;
    } gathered{0, kiln_new_array<L>(0)};
    auto roots = kiln_roots(it, gathered.items);
    for (;;) {
      X x = kiln_iter_next<X>(it);
      if (kiln_exc_type) {
        if (!kiln_iter_stopped()) return nullptr;
        break;
      }
      if (gathered.length == gathered.items->length) {
        L* bigger = kiln_new_array<L>(gathered.length * 2 + 8);
        std::memcpy(static_cast<void*>(bigger->items), gathered.items->items,
                    size_t(gathered.length) * sizeof(X));
        gathered.items = bigger;
      }
      if constexpr (kiln_holds_gc_ptrs_v<X>) kiln_gc_wb_array(gathered.items, gathered.length);
      gathered.items->items[gathered.length++] = x;
    }
    L* r = kiln_new_array<L>(gathered.length);
    if (gathered.length)
      std::memcpy(static_cast<void*>(r->items), gathered.items->items,
                  size_t(gathered.length) * sizeof(X));
    return r;
  }
}

template <class R, class L, class It> R kiln_list_extend_iter(L* l, It* it) {
  kiln_list_fill_from(l, it);
  return kiln_dummy<R>();
}

// sep.join(it) of strs or chars (bytes too: lengths add up in the items' own units).
template <class R, class It> R kiln_str_join_iter(str* sep, It* it) {
  constexpr bool chars =
      std::is_same_v<kiln_iter_item_t<It>, uint32_t> || requires(It* i) { i->string; };
  kiln_buf b;
  int64_t length = 0, count = 0;
  auto roots = kiln_roots(sep, it);
  for (;;) {
    using X = std::conditional_t<chars, uint32_t, str*>;
    X x = kiln_iter_next<X>(it);
    if (kiln_exc_type) {
      if (!kiln_iter_stopped()) return nullptr;
      break;
    }
    if (count++) {
      b.put(sep);
      length += sep->length;
    }
    if constexpr (chars) {
      char u[4];
      b.put(u, kiln_utf8_encode(x, u));
      length += 1;
    } else {
      b.put(x);
      length += x->length;
    }
  }
  str* r = kiln_str_alloc(b.size, length);
  if (b.size) std::memcpy(r->chars.items, b.data, size_t(b.size));
  return r;
}

// bytes(it) of ints; ValueError for an int outside range(256).
template <class R, class It> R kiln_bytes_from_iter(It* it) {
  kiln_buf b;
  auto roots = kiln_roots(it);
  for (;;) {
    int64_t x = kiln_iter_next<int64_t>(it);
    if (kiln_exc_type) {
      if (!kiln_iter_stopped()) return nullptr;
      break;
    }
    if (x < 0 || x > 255) {
      kiln_raise_msg(KILN_EXC_ValueError, "bytes must be in range(0, 256)");
      return nullptr;
    }
    b.put(char(x));
  }
  return kiln_bytes_from(b.data, size_t(b.size));
}

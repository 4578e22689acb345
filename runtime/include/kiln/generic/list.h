// kiln/generic/list.h -- the list_* helpers of rtyper/helpers.def, range_list and tuple_hash:
// function templates `kiln_<id><R>(args...)`, generic over the list types (values.h's kinds).
//
// The three list representations (rtyper/rtype_list.cpp):
//   resizable  L {length, items: A*}  A = GcArray {length (the capacity), items[]}; the slots
//              [length, capacity) are always zero (so that the GC sees no stale pointers)
//   fixed      A {length, items[]}    a list never resized: a bare GcArray
//   of Nones   list_Void {length}     items of type Void (kiln_none_t here)
// Helpers that change a list's length need a resizable list (or a list of Nones); the others take
// any kind. R, the call's result type, says which kind a new list is (kiln_list_make<R>).
// Resizing over-allocates as CPython's list_resize does (so that appends are amortized O(1)) and
// reallocates when a list shrinks below half its capacity.
//
// "A source of items" (extend, setslice, list_from...) is a list of any kind or a str: its chars,
// as code points (uint32_t items), one-char strs (str* items) or, for bytes, ints (int64_t items).
// Items are converted to the destination's item type as values.h's kiln_convert does.
//
// Slices follow PySlice_AdjustIndices; a bound of INT64_MIN stands for None (its meaning depends
// on the sign of the step). Errors are CPython 3.11's exceptions and messages.
//
// Memory (kiln/gc.h): a list that comes in as an operand may be old, so every store of an item
// that may hold a GC pointer goes through kiln_seq_set (the array's write barrier for that
// index), and every bulk change of an existing items array (moves, copies, reversal, sorting)
// starts with kiln_seq_wb; kiln_list_resize takes l's barrier before it stores a new items
// array. Temporary buffers of items are GC arrays of the list's own array type. The only calls
// into generated code are the items' __eq__ of remove, contains, index and count: those keep
// the list and the searched value as roots (values.h's kiln_roots) and read the items through
// the list at each step.
#pragma once

// -- Representation -------------------------------------------------------------------------------

template <class L> using kiln_list_array_t = std::remove_pointer_t<decltype(L::items)>;

// The GC object l's items live in: its items array (null for a list without one), or l itself
// for a fixed list.
template <class L> inline kiln_seq_array_t<L>* kiln_seq_array_of(L* l) {
  if constexpr (kiln_struct_kind<L>() == kiln_kind::list) return l->items;
  else return l;
}

// The write barrier before storing GC pointers into l's items or moving them around (gc.h):
// on the array holding them; nothing when the items cannot hold a GC pointer.
template <class L> inline void kiln_seq_wb(L* l) {
  if constexpr (kiln_holds_gc_ptrs_v<kiln_seq_item_t<L>>)
    if (auto* array = kiln_seq_array_of(l)) kiln_gc_wb(array);
}

// A new list of type R (a pointer to a list of any kind) of n zeroed items.
template <class R> R kiln_list_make(int64_t n) {
  using L = std::remove_pointer_t<R>;
  constexpr kiln_kind k = kiln_struct_kind<L>();
  if (n < 0) n = 0;
  if constexpr (k == kiln_kind::array) return kiln_new_array<L>(n);
  else {
    static_assert(k == kiln_kind::list || k == kiln_kind::void_list, "kiln: not a list type");
    L* l = kiln_new<L>();
    if constexpr (k == kiln_kind::list) l->items = kiln_new_array<kiln_list_array_t<L>>(n);
    l->length = n;
    return l;
  }
}

// Sets the length of a resizable list (new items are zero), reallocating its items as CPython's
// list_resize does.
template <class L> void kiln_list_resize(L* l, int64_t newsize) {
  constexpr kiln_kind k = kiln_struct_kind<L>();
  if constexpr (k == kiln_kind::void_list) {
    l->length = newsize;
  } else {
    static_assert(k == kiln_kind::list, "kiln: a fixed list cannot change its length");
    using X = kiln_seq_item_t<L>;
    int64_t allocated = l->items ? l->items->length : 0, old = l->length;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
      if (newsize < old)
        std::memset(static_cast<void*>(l->items->items + newsize), 0,
                    size_t(old - newsize) * sizeof(X));
      l->length = newsize;
      return;
    }
    int64_t capacity = int64_t((uint64_t(newsize) + (uint64_t(newsize) >> 3) + 6) & ~uint64_t(3));
    if (newsize - old > capacity - newsize)
      capacity = int64_t((uint64_t(newsize) + 3) & ~uint64_t(3));
    if (newsize == 0) capacity = 0;
    auto* items = kiln_new_array<kiln_list_array_t<L>>(capacity);
    int64_t keep = old < newsize ? old : newsize;
    if (keep > 0)
      std::memcpy(static_cast<void*>(items->items), l->items->items, size_t(keep) * sizeof(X));
    kiln_gc_wb(l);
    l->items = items;
    l->length = newsize;
  }
}

// l[i] = x, converted to the item type, behind the write barrier.
template <class L, class X> inline void kiln_seq_set(L* l, int64_t i, const X& x) {
  using Item = kiln_seq_item_t<L>;
  if constexpr (kiln_struct_kind<L>() != kiln_kind::void_list) {
    Item item = kiln_convert<Item>(x);
    if constexpr (kiln_holds_gc_ptrs_v<Item>) kiln_gc_wb_array(kiln_seq_array_of(l), i);
    kiln_seq_data(l)[i] = item;
  }
}

// Moves items [from, n) of l to start at `to` (n the list's length; no resize).
template <class L> inline void kiln_seq_move(L* l, int64_t to, int64_t from, int64_t n) {
  if constexpr (kiln_struct_kind<L>() != kiln_kind::void_list)
    if (n > from) {
      kiln_seq_wb(l);
      std::memmove(static_cast<void*>(kiln_seq_data(l) + to), kiln_seq_data(l) + from,
                   size_t(n - from) * sizeof(kiln_seq_item_t<L>));
    }
}

// -- Sources of items -----------------------------------------------------------------------------

// How many items source s gives a list of item type X.
template <class X, class S> int64_t kiln_source_len(S* s) {
  if constexpr (kiln_kind_of<S*>() == kiln_kind::string)
    return std::is_same_v<X, int64_t> ? s->chars.length : s->length;
  else return kiln_seq_len(s);
}

// Stores source s's items, converted to X, at dst[0, kiln_source_len<X>(s)).
template <class X, class S> void kiln_source_copy(X* dst, S* s) {
  if constexpr (std::is_same_v<X, kiln_none_t>) {
    return;
  } else if constexpr (kiln_kind_of<S*>() == kiln_kind::string) {
    const char* p = s->chars.items;
    if constexpr (std::is_same_v<X, int64_t>) {
      for (int64_t i = 0; i < s->chars.length; ++i) dst[i] = uint8_t(p[i]);
    } else {
      for (int64_t i = 0, at = 0; i < s->length; ++i) {
        int n;
        uint32_t c = kiln_utf8_decode(p + at, &n);
        at += n;
        dst[i] = kiln_convert<X>(c);
      }
    }
  } else {
    int64_t n = kiln_seq_len(s);
    for (int64_t i = 0; i < n; ++i) dst[i] = kiln_convert<X>(kiln_seq_get(s, i));
  }
}

// A source that is `l` itself, copied (CPython copies a list assigned to a slice of itself).
template <class L, class S> S* kiln_source_snapshot(L* l, S* s) {
  constexpr kiln_kind k = kiln_kind_of<S*>();
  if constexpr (k == kiln_kind::list || k == kiln_kind::array) {
    if ((const void*)s != (const void*)l) return s;
    int64_t n = kiln_seq_len(s);
    if constexpr (k == kiln_kind::array) {
      S* a = kiln_new_array<S>(n);
      kiln_source_copy(a->items, s);
      return a;
    } else {
      S* copy = kiln_new<S>();
      copy->items = kiln_new_array<kiln_list_array_t<S>>(n);
      copy->length = n;
      kiln_source_copy(copy->items->items, s);
      return copy;
    }
  }
  return s; // a str, or a list of Nones (nothing to overwrite)
}

// -- Indexes and slices ---------------------------------------------------------------------------

inline constexpr int64_t kiln_no_bound = INT64_MIN; // None as a slice bound

// Python's l[start:stop] bounds, clamped into [0, n] (stop >= start).
inline void kiln_clamp_slice(int64_t n, int64_t& start, int64_t& stop) {
  if (start < 0) start = start + n < 0 ? 0 : start + n;
  if (start > n) start = n;
  if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
  if (stop > n) stop = n;
  if (stop < start) stop = start;
}

// PySlice_Unpack + PySlice_AdjustIndices: the slice's length (kiln_no_bound bounds are None).
inline int64_t kiln_adjust_slice(int64_t n, int64_t& start, int64_t& stop, int64_t& step) {
  if (step < -INT64_MAX) step = -INT64_MAX;
  if (start == kiln_no_bound) start = step < 0 ? INT64_MAX : 0;
  if (stop == kiln_no_bound) stop = step < 0 ? INT64_MIN : INT64_MAX;
  auto adjust = [&](int64_t& x) {
    if (x < 0) {
      x += n;
      if (x < 0) x = step < 0 ? -1 : 0;
    } else if (x >= n) {
      x = step < 0 ? n - 1 : n;
    }
  };
  adjust(start);
  adjust(stop);
  if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  return start < stop ? (stop - start - 1) / step + 1 : 0;
}

// -- Items ----------------------------------------------------------------------------------------

// A third operand, the items of a tuple, says so: its IndexError says 'tuple'.
template <class R, class L, class... TupleItems> R kiln_list_getitem(L* l, int64_t i, TupleItems...) {
  int64_t n = kiln_seq_len(l);
  if (i < 0) i += n;
  if (uint64_t(i) >= uint64_t(n)) {
    kiln_raise_msg(KILN_EXC_IndexError, sizeof...(TupleItems) ? "tuple index out of range" : "list index out of range");
    return kiln_dummy<R>();
  }
  return kiln_convert<R>(kiln_seq_get(l, i));
}

template <class R, class L, class X> R kiln_list_setitem(L* l, int64_t i, X x) {
  int64_t n = kiln_seq_len(l);
  if (i < 0) i += n;
  if (uint64_t(i) >= uint64_t(n)) {
    kiln_raise_msg(KILN_EXC_IndexError, "list assignment index out of range");
    return kiln_dummy<R>();
  }
  kiln_seq_set(l, i, x);
  return kiln_dummy<R>();
}

// [x] * n
template <class R, class X> R kiln_list_alloc_and_set(int64_t n, X x) {
  R l = kiln_list_make<R>(n);
  for (int64_t i = 0; i < n; ++i) kiln_seq_set(l, i, x);
  return l;
}

template <class R, class L, class X> R kiln_list_append(L* l, X x) {
  int64_t n = l->length;
  kiln_list_resize(l, n + 1);
  kiln_seq_set(l, n, x);
  return kiln_dummy<R>();
}

template <class R, class L, class X> R kiln_list_insert(L* l, int64_t i, X x) {
  int64_t n = l->length;
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  kiln_list_resize(l, n + 1);
  kiln_seq_move(l, i + 1, i, n);
  kiln_seq_set(l, i, x);
  return kiln_dummy<R>();
}

// l.extend(source), l += source; source may be l.
template <class R, class L, class S> R kiln_list_extend(L* l, S* s) {
  using X = kiln_seq_item_t<L>;
  int64_t n = l->length, m = kiln_source_len<X>(s);
  if (m == 0) return kiln_dummy<R>();
  kiln_list_resize(l, n + m);
  kiln_seq_wb(l);
  if constexpr (!std::is_same_v<X, kiln_none_t>) {
    if ((const void*)s == (const void*)l)
      std::memmove(static_cast<void*>(kiln_seq_data(l) + n), kiln_seq_data(l),
                   size_t(n) * sizeof(X));
    else kiln_source_copy(kiln_seq_data(l) + n, s);
  }
  return kiln_dummy<R>();
}

template <class R, class L> R kiln_list_pop(L* l, int64_t i) {
  int64_t n = l->length;
  if (n == 0) {
    kiln_raise_msg(KILN_EXC_IndexError, "pop from empty list");
    return kiln_dummy<R>();
  }
  if (i < 0) i += n;
  if (uint64_t(i) >= uint64_t(n)) {
    kiln_raise_msg(KILN_EXC_IndexError, "pop index out of range");
    return kiln_dummy<R>();
  }
  auto x = kiln_seq_get(l, i);
  kiln_seq_move(l, i, i + 1, n);
  kiln_list_resize(l, n - 1);
  return kiln_convert<R>(x);
}

template <class R, class L> R kiln_list_delitem(L* l, int64_t i) {
  int64_t n = l->length;
  if (i < 0) i += n;
  if (uint64_t(i) >= uint64_t(n)) {
    kiln_raise_msg(KILN_EXC_IndexError, "list assignment index out of range");
    return kiln_dummy<R>();
  }
  kiln_seq_move(l, i, i + 1, n);
  kiln_list_resize(l, n - 1);
  return kiln_dummy<R>();
}

// Whether a searched list's item equals x: by the item type's == (values.h), or, given the items'
// __eq__ (the rtyper passes it when their class defines one), as CPython compares: the same
// object, or a true item.__eq__(x). An exception from __eq__ stays pending: callers stop at it.
template <class T, class X> bool kiln_item_eq(T item, X x) { return kiln_eq(item, x); }
// Whether the search must stop at an exception from the items' __eq__ (only when there is one:
// no load of the exception state per item for lists of values).
template <class... Eq> bool kiln_item_eq_raised() { return sizeof...(Eq) != 0 && kiln_exc_type != nullptr; }
template <class T, class X, class R, class A, class B> bool kiln_item_eq(T item, X x, R (*eq)(A, B)) {
  if ((const void*)item == (const void*)x) return true;
  return kiln_truth(eq((A)item, (B)x));
}

template <class R, class L, class X, class... Eq> R kiln_list_remove(L* l, X x, Eq... eq) {
  auto roots = kiln_roots<sizeof...(Eq) != 0>(l, x);
  for (int64_t i = 0; i < l->length; ++i) {
    bool equal = kiln_item_eq(kiln_seq_get(l, i), x, eq...);
    if (kiln_item_eq_raised<Eq...>()) return kiln_dummy<R>();
    if (equal) {
      int64_t n = l->length;
      kiln_seq_move(l, i, i + 1, n);
      kiln_list_resize(l, n - 1);
      return kiln_dummy<R>();
    }
  }
  kiln_raise_msg(KILN_EXC_ValueError, "list.remove(x): x not in list");
  return kiln_dummy<R>();
}

template <class R, class L> R kiln_list_clear(L* l) {
  static_assert(kiln_struct_kind<L>() != kiln_kind::array,
                "kiln: a fixed list cannot change its length");
  if constexpr (kiln_struct_kind<L>() == kiln_kind::list) {
    auto* items = kiln_new_array<kiln_list_array_t<L>>(0);
    kiln_gc_wb(l);
    l->items = items;
  }
  l->length = 0;
  return kiln_dummy<R>();
}

template <class R, class L> R kiln_list_reverse(L* l) {
  if constexpr (kiln_struct_kind<L>() != kiln_kind::void_list) {
    kiln_seq_wb(l);
    auto* a = kiln_seq_data(l);
    for (int64_t i = 0, j = kiln_seq_len(l) - 1; i < j; ++i, --j) {
      auto t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
  return kiln_dummy<R>();
}

// -- Sorting --------------------------------------------------------------------------------------

// Stable: insertion sort below 16 items, else a merge of sorted halves through `tmp` (room for
// the left half). Items compare with values.h's kiln_lt only (as CPython's sort uses only <).
template <class X> void kiln_merge_sort(X* a, int64_t n, X* tmp) {
  if (n < 16) {
    for (int64_t i = 1; i < n; ++i) {
      X x = a[i];
      int64_t j = i;
      for (; j > 0 && kiln_lt(x, a[j - 1]); --j) a[j] = a[j - 1];
      a[j] = x;
    }
    return;
  }
  int64_t mid = n / 2;
  kiln_merge_sort(a, mid, tmp);
  kiln_merge_sort(a + mid, n - mid, tmp);
  if (!kiln_lt(a[mid], a[mid - 1])) return; // already in order
  for (int64_t i = 0; i < mid; ++i) tmp[i] = a[i];
  int64_t i = 0, j = mid, k = 0;
  while (i < mid && j < n) a[k++] = kiln_lt(a[j], tmp[i]) ? a[j++] : tmp[i++];
  while (i < mid) a[k++] = tmp[i++];
}

template <class R, class L> R kiln_list_sort(L* l) {
  using X = kiln_seq_item_t<L>;
  int64_t n = kiln_seq_len(l);
  if constexpr (!std::is_same_v<X, kiln_none_t>) {
    if (n < 2) return kiln_dummy<R>();
    // A GC array: while merging, an item may be only in tmp.
    auto* tmp = n >= 16 ? kiln_new_array<kiln_seq_array_t<L>>(n / 2 + 1) : nullptr;
    kiln_seq_wb(l);
    kiln_merge_sort(kiln_seq_data(l), n, tmp ? tmp->items : nullptr);
  }
  return kiln_dummy<R>();
}

// sort(reverse=True): reversed, sorted stably, reversed again (equal items keep their order).
template <class R, class L> R kiln_list_sort_reverse(L* l, bool reverse) {
  if (!reverse) return kiln_list_sort<R>(l);
  kiln_list_reverse<void>(l);
  kiln_list_sort<void>(l);
  kiln_list_reverse<void>(l);
  return kiln_dummy<R>();
}

// -- Slices ---------------------------------------------------------------------------------------

// l[start:stop] (step 1) as a new list of type R.
template <class R, class L> R kiln_list_slice(L* l, int64_t start, int64_t stop) {
  kiln_clamp_slice(kiln_seq_len(l), start, stop);
  R r = kiln_list_make<R>(stop - start);
  for (int64_t i = start; i < stop; ++i) kiln_seq_set(r, i - start, kiln_seq_get(l, i));
  return r;
}

// Replaces items [start, stop) (clamped bounds) of a resizable list by source's items.
template <class L, class S> void kiln_list_replace(L* l, int64_t start, int64_t stop, S* s) {
  using X = kiln_seq_item_t<L>;
  s = kiln_source_snapshot(l, s);
  int64_t n = l->length, m = kiln_source_len<X>(s), d = m - (stop - start);
  if (d > 0) {
    kiln_list_resize(l, n + d);
    kiln_seq_move(l, stop + d, stop, n);
  } else if (d < 0) {
    kiln_seq_move(l, stop + d, stop, n);
    kiln_list_resize(l, n + d);
  }
  if constexpr (!std::is_same_v<X, kiln_none_t>) {
    kiln_seq_wb(l);
    kiln_source_copy(kiln_seq_data(l) + start, s);
  }
}

template <class R, class L, class S> R kiln_list_setslice(L* l, int64_t start, int64_t stop, S* s) {
  kiln_clamp_slice(l->length, start, stop);
  kiln_list_replace(l, start, stop, s);
  return kiln_dummy<R>();
}

template <class R, class L> R kiln_list_delslice(L* l, int64_t start, int64_t stop) {
  kiln_clamp_slice(l->length, start, stop);
  int64_t n = l->length;
  kiln_seq_move(l, start, stop, n);
  kiln_list_resize(l, n - (stop - start));
  return kiln_dummy<R>();
}

template <class R, class L>
R kiln_list_slice_step(L* l, int64_t start, int64_t stop, int64_t step) {
  if (step == 0) {
    kiln_raise_msg(KILN_EXC_ValueError, "slice step cannot be zero");
    return kiln_dummy<R>();
  }
  int64_t m = kiln_adjust_slice(kiln_seq_len(l), start, stop, step);
  R r = kiln_list_make<R>(m);
  for (int64_t k = 0; k < m; ++k) kiln_seq_set(r, k, kiln_seq_get(l, start + k * step));
  return r;
}

template <class R, class L, class S>
R kiln_list_setslice_step(L* l, int64_t start, int64_t stop, int64_t step, S* s) {
  using X = kiln_seq_item_t<L>;
  if (step == 0) {
    kiln_raise_msg(KILN_EXC_ValueError, "slice step cannot be zero");
    return kiln_dummy<R>();
  }
  int64_t m = kiln_adjust_slice(kiln_seq_len(l), start, stop, step);
  if constexpr (kiln_struct_kind<L>() != kiln_kind::array) {
    if (step == 1) { // CPython's list_ass_slice: the list may grow or shrink
      kiln_list_replace(l, start, stop < start ? start : stop, s);
      return kiln_dummy<R>();
    }
  }
  int64_t given = kiln_source_len<X>(s);
  if (given != m) {
    kiln_raise_fmt(KILN_EXC_ValueError,
                   "attempt to assign sequence of size %lld to extended slice of size %lld",
                   (long long)given, (long long)m);
    return kiln_dummy<R>();
  }
  if constexpr (!std::is_same_v<X, kiln_none_t>) {
    s = kiln_source_snapshot(l, s);
    if constexpr (kiln_kind_of<S*>() == kiln_kind::string) {
      if (m == 0) return kiln_dummy<R>();
      auto* chars = kiln_new_array<kiln_seq_array_t<L>>(m); // a GC array: new strs may be only here
      kiln_source_copy(chars->items, s);
      kiln_seq_wb(l);
      X* items = kiln_seq_data(l);
      for (int64_t k = 0; k < m; ++k) items[start + k * step] = chars->items[k];
    } else {
      kiln_seq_wb(l);
      X* items = kiln_seq_data(l);
      for (int64_t k = 0; k < m; ++k) items[start + k * step] = kiln_convert<X>(kiln_seq_get(s, k));
    }
  }
  return kiln_dummy<R>();
}

template <class R, class L>
R kiln_list_delslice_step(L* l, int64_t start, int64_t stop, int64_t step) {
  if (step == 0) {
    kiln_raise_msg(KILN_EXC_ValueError, "slice step cannot be zero");
    return kiln_dummy<R>();
  }
  int64_t n = l->length, m = kiln_adjust_slice(n, start, stop, step);
  if (m <= 0) return kiln_dummy<R>();
  if (step < 0) { // the same items, walked upwards
    start = start + step * (m - 1);
    step = -step;
  }
  if constexpr (kiln_struct_kind<L>() != kiln_kind::void_list) {
    kiln_seq_wb(l);
    auto* a = kiln_seq_data(l);
    int64_t to = start;
    for (int64_t i = start; i < n; ++i) {
      bool deleted = i <= start + step * (m - 1) && (i - start) % step == 0;
      if (!deleted) a[to++] = a[i];
    }
  }
  kiln_list_resize(l, n - m);
  return kiln_dummy<R>();
}

// -- New lists ------------------------------------------------------------------------------------

template <class R, class A, class B> R kiln_list_concat(A* a, B* b) {
  int64_t n = kiln_seq_len(a), m = kiln_seq_len(b);
  R r = kiln_list_make<R>(n + m);
  for (int64_t i = 0; i < n; ++i) kiln_seq_set(r, i, kiln_seq_get(a, i));
  for (int64_t i = 0; i < m; ++i) kiln_seq_set(r, n + i, kiln_seq_get(b, i));
  return r;
}

// Whether len * n items fit (else MemoryError, as CPython raises it).
inline bool kiln_repeat_fits(int64_t len, int64_t n) {
  if (len == 0 || n <= 0 || n <= INT64_MAX / 16 / len) return true;
  kiln_raise_builtin(KILN_EXC_MemoryError, nullptr);
  return false;
}

template <class R, class L> R kiln_list_mul(L* l, int64_t n) {
  int64_t len = kiln_seq_len(l);
  if (!kiln_repeat_fits(len, n)) return kiln_dummy<R>();
  if (n < 0) n = 0;
  R r = kiln_list_make<R>(len * n);
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < len; ++i) kiln_seq_set(r, k * len + i, kiln_seq_get(l, i));
  return r;
}

template <class R, class L> R kiln_list_inplace_mul(L* l, int64_t n) {
  int64_t len = l->length;
  if (n <= 0) return kiln_list_clear<R>(l);
  if (!kiln_repeat_fits(len, n) || n == 1 || len == 0) return kiln_dummy<R>();
  kiln_list_resize(l, len * n);
  for (int64_t k = 1; k < n; ++k) kiln_seq_move(l, k * len, 0, len);
  return kiln_dummy<R>();
}

// list(source): a new list of type R.
template <class R, class S> R kiln_list_from(S* s) {
  using X = kiln_seq_item_t<std::remove_pointer_t<R>>;
  R r = kiln_list_make<R>(kiln_source_len<X>(s));
  if constexpr (!std::is_same_v<X, kiln_none_t>) kiln_source_copy(kiln_seq_data(r), s);
  return r;
}

// list(range(start, stop, step)) as a list of type R.
template <class R> R kiln_range_list(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) {
    kiln_raise_msg(KILN_EXC_ValueError, "range() arg 3 must not be zero");
    return kiln_dummy<R>();
  }
  uint64_t n = 0; // CPython's get_len_of_range, in unsigned arithmetic
  if (step > 0 && start < stop) n = (uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1;
  if (step < 0 && start > stop)
    n = (uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step)) + 1;
  if (n > uint64_t(INT64_MAX) / 16) {
    kiln_raise_builtin(KILN_EXC_MemoryError, nullptr);
    return kiln_dummy<R>();
  }
  R r = kiln_list_make<R>(int64_t(n));
  for (uint64_t i = 0; i < n; ++i)
    kiln_seq_set(r, int64_t(i), int64_t(uint64_t(start) + i * uint64_t(step)));
  return r;
}

// -- Searching and comparing ----------------------------------------------------------------------

template <class R, class L, class X, class... Eq> R kiln_list_contains(L* l, X x, Eq... eq) {
  auto roots = kiln_roots<sizeof...(Eq) != 0>(l, x);
  for (int64_t i = 0; i < kiln_seq_len(l); ++i) {
    bool equal = kiln_item_eq(kiln_seq_get(l, i), x, eq...);
    if (equal || kiln_item_eq_raised<Eq...>()) return equal;
  }
  return false;
}

template <class R, class L, class X, class... Eq> R kiln_list_index(L* l, X x, Eq... eq) {
  auto roots = kiln_roots<sizeof...(Eq) != 0>(l, x);
  for (int64_t i = 0; i < kiln_seq_len(l); ++i) {
    bool equal = kiln_item_eq(kiln_seq_get(l, i), x, eq...);
    if (kiln_item_eq_raised<Eq...>()) return kiln_dummy<R>();
    if (equal) return i;
  }
  kiln_buf b;
  kiln_write_repr(b, x);
  b.put(" is not in list");
  kiln_raise_builtin(KILN_EXC_ValueError, b.finish());
  return kiln_dummy<R>();
}

template <class R, class L, class X, class... Eq> R kiln_list_count(L* l, X x, Eq... eq) {
  auto roots = kiln_roots<sizeof...(Eq) != 0>(l, x);
  int64_t count = 0;
  for (int64_t i = 0; i < kiln_seq_len(l); ++i) {
    count += kiln_item_eq(kiln_seq_get(l, i), x, eq...);
    if (kiln_item_eq_raised<Eq...>()) return kiln_dummy<R>();
  }
  return count;
}

template <class R, class A, class B> R kiln_list_eq(A* a, B* b) { return kiln_seq_eq(a, b); }

template <class R, class L> R kiln_list_is_true(L* l) { return l && kiln_seq_len(l) != 0; }

// min(l) (max: `largest`): the first smallest item (CPython's min_max keeps the first).
template <class R, class L> R kiln_list_extreme(L* l, bool largest) {
  int64_t n = kiln_seq_len(l);
  if (n == 0) {
    kiln_raise_msg(KILN_EXC_ValueError,
                   largest ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
    return kiln_dummy<R>();
  }
  auto best = kiln_seq_get(l, 0);
  if constexpr (std::is_same_v<decltype(best), kiln_none_t>) {
    // Items that are all None: one is the result, two do not compare (CPython's TypeError).
    if (n > 1)
      kiln_raise_msg(KILN_EXC_TypeError, largest ? "'>' not supported between instances of 'NoneType' and 'NoneType'"
                                                 : "'<' not supported between instances of 'NoneType' and 'NoneType'");
    return kiln_dummy<R>();
  } else {
    for (int64_t i = 1; i < n; ++i) {
      auto x = kiln_seq_get(l, i);
      if (largest ? kiln_lt(best, x) : kiln_lt(x, best)) best = x;
    }
    return kiln_convert<R>(best);
  }
}
template <class R, class L> R kiln_list_min(L* l) { return kiln_list_extreme<R>(l, false); }
template <class R, class L> R kiln_list_max(L* l) { return kiln_list_extreme<R>(l, true); }

// acc + x in the type of sum()'s result: ints wrap, floats add.
template <class R, class X> inline R kiln_sum_add(R acc, X x) {
  if constexpr (std::is_integral_v<R>) return R(uint64_t(acc) + uint64_t(kiln_convert<R>(x)));
  else return acc + kiln_convert<R>(x);
}

template <class R, class L, class S> R kiln_list_sum(L* l, S start) {
  R acc = kiln_convert<R>(start);
  for (int64_t i = 0; i < kiln_seq_len(l); ++i) acc = kiln_sum_add(acc, kiln_seq_get(l, i));
  return acc;
}

template <class R, class L> R kiln_list_any(L* l) {
  for (int64_t i = 0; i < kiln_seq_len(l); ++i)
    if (kiln_truth(kiln_seq_get(l, i))) return true;
  return false;
}

template <class R, class L> R kiln_list_all(L* l) {
  for (int64_t i = 0; i < kiln_seq_len(l); ++i)
    if (!kiln_truth(kiln_seq_get(l, i))) return false;
  return true;
}

// -- Tuples ---------------------------------------------------------------------------------------

// hash(t): RPython's ll_hash of tuples (values.h).
template <class R, class T> R kiln_tuple_hash(T* t) { return kiln_tuple_hash_of(t); }

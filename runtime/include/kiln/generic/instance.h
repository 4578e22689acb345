// kiln/generic/instance.h -- the helpers on instances, special methods and closure cells
// (rtyper/helpers.def, "Instances and generators", "Closures", and object.__repr__/__format__ of
// "str"): function templates instantiated by generated code.
//
// The helpers that take a `fn` operand call a generated function through that C++ function
// pointer (a special method: __next__, __len__, __bool__, __eq__, __hash__, __str__...), with the
// operands the rtyper converted to its parameters (rtyper/rtype_special.cpp, rtype_str_repr.cpp).
// After each call they test kiln_exc_type: the loops that call __next__ end at StopIteration
// (kiln_exc_matches, then kiln_exc_clear), every other exception propagates (the helper returns
// a dummy value at once). Items are converted to the result's types with values.h's kiln_convert
// (bool to int, int to float, char to str, subclass to base), tested with kiln_truth and
// ordered with kiln_lt.
//
// A call through `fn` may collect and move objects (kiln/gc.h, invariant 3): a helper that uses
// a GC pointer after such a call (the iterator of a loop of __next__ calls, the items gathered
// so far, the best item of min()) keeps it in a local rooted with values.h's kiln_roots, and
// takes the write barrier before storing into an object it allocated before the call.
//
// instance_repr writes '<__main__.Name object at 0x7f...>': the vtable holds only the class's
// __name__, and a translated program's classes are mostly those of its main script, which CPython
// runs as __main__; a class defined in another module or nested in a class shows the same way
// (not CPython's module and __qualname__). The number is the object's id() (kiln_gc_id: its
// address under Boehm; stable while it lives under either collector, as CPython's).
//
// Included by kiln/runtime.h after values.h, never on its own.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <type_traits>

// -- Value kinds -----------------------------------------------------------------------------------

// fn(args...), a Void result as kiln_none.
template <class Fn, class... A> auto kiln_detail_instance_call(Fn fn, A... args) {
  if constexpr (std::is_void_v<decltype(fn(args...))>) {
    fn(args...);
    return kiln_none;
  } else return fn(args...);
}

// Whether fn's call just raised: StopIteration is cleared and `*stopped` set; any other
// exception stays pending.
inline bool kiln_detail_instance_raised(bool* stopped) {
  if (!kiln_exc_type) return false;
  if (kiln_exc_matches(KILN_EXC_StopIteration)) {
    kiln_exc_clear();
    *stopped = true;
  }
  return true;
}

// -- Instances ------------------------------------------------------------------------------------

// (obj, min, max) -> obj is not None and min <= its class id < max.
template <class R, class O> R kiln_instance_isinstance(O* obj, int64_t min, int64_t max) {
  if (!obj) return false;
  int64_t id = reinterpret_cast<kiln_object_head*>(obj)->typeptr->subclassrange_min;
  return min <= id && id < max;
}

// (obj, vtable) -> obj.typeptr, or vtable for a null obj.
template <class R, class O, class V> R kiln_vtable_or_default(O* obj, V* vtable) {
  if (!obj) return reinterpret_cast<R>(vtable);
  return reinterpret_cast<R>(reinterpret_cast<kiln_object_head*>(obj)->typeptr);
}

// object.__repr__(obj): '<__main__.Name object at 0x...>' (header), 'None' for null.
template <class R, class O> R kiln_instance_repr(O* obj) {
  if (!obj) return kiln_str_from_cstr("None");
  str* name = reinterpret_cast<kiln_object_head*>(obj)->typeptr->name;
  char address[40];
  int n = std::snprintf(address, sizeof address, " object at 0x%llx>",
                        static_cast<unsigned long long>(kiln_gc_id(obj)));
  kiln_buf out;
  out.put("<__main__.");
  if (name) out.put(name);
  out.put(address, n);
  return out.finish();
}

// (fn, obj) -> str(obj) through a __str__/__repr__ slot that may be null.
template <class R, class Fn, class O> R kiln_instance_str(Fn fn, O* obj) {
  if (!obj) return kiln_str_from_cstr("None");
  if (!fn) return kiln_instance_repr<str*>(obj);
  auto s = fn(obj);
  if (kiln_exc_type) return nullptr;
  if constexpr (std::is_same_v<decltype(s), uint32_t>) return kiln_str_from_char(s);
  else return s;
}

// (x, spec, type_name): object.__format__'s TypeError for a non-empty spec.
template <class R, class X> R kiln_object_format_check(X x, str* spec, str* typeName) {
  if (!spec || spec->chars.length == 0) return;
  const str* name = typeName;
  if constexpr (std::is_pointer_v<X>)
    if (!x) name = nullptr;
  if constexpr (std::is_same_v<X, kiln_none_t>) name = nullptr;
  if (!name) {
    kiln_raise_fmt(KILN_EXC_TypeError, "unsupported format string passed to NoneType.__format__");
    return;
  }
  kiln_raise_fmt(KILN_EXC_TypeError, "unsupported format string passed to %.*s.__format__", int(name->chars.length),
                 name->chars.items);
}

// -- Special methods --------------------------------------------------------------------------------

// (fn, args...) -> the truth of fn(args...) (a Bool, or an int true when not 0).
template <class R, class Fn, class... A> R kiln_call_truth(Fn fn, A... args) {
  auto v = kiln_detail_instance_call(fn, args...);
  if (kiln_exc_type) return false;
  return kiln_truth(v);
}

// (fn, args...) -> not fn(args...).
template <class R, class Fn, class... A> R kiln_call_not(Fn fn, A... args) {
  auto v = kiln_detail_instance_call(fn, args...);
  if (kiln_exc_type) return false;
  return !kiln_truth(v);
}

// (fn, x) -> hash(x) through __hash__: -1 becomes -2.
template <class R, class Fn, class X> R kiln_call_hash(Fn fn, X x) {
  auto v = fn(x);
  if (kiln_exc_type) return 0;
  int64_t h = int64_t(v);
  return h == -1 ? -2 : h;
}

// (fn, obj) -> bool(obj) through __bool__ or __len__; False for None.
template <class R, class Fn, class O> R kiln_instance_truth(Fn fn, O* obj) {
  if (!obj) return false;
  auto v = kiln_detail_instance_call(fn, obj);
  if (kiln_exc_type) return false;
  return kiln_truth(v);
}

// -- Iterating an instance through its __next__ ------------------------------------------------------

// (fn, it, default) -> fn(it), or default at StopIteration.
template <class R, class Fn, class It, class Dflt> R kiln_next_default(Fn fn, It it, Dflt dflt) {
  auto roots = kiln_roots(dflt);
  auto v = kiln_detail_instance_call(fn, it);
  bool stopped = false;
  if (kiln_detail_instance_raised(&stopped))
    return stopped ? kiln_convert<R>(dflt) : kiln_dummy<R>();
  return kiln_convert<R>(v);
}

// (fn, it) -> a new list of the result's type (a resizable list, a GcArray, or list_Void) of
// what fn(it) returns until StopIteration.
template <class R, class Fn, class It> R kiln_list_from_next(Fn fn, It it) {
  using L = std::remove_pointer_t<R>;
  constexpr kiln_kind kind = kiln_struct_kind<L>();
  static_assert(kiln_is_seq(kind), "list_from_next makes a list");
  using Item = kiln_seq_item_t<L>;
  // The items go into an array of the list's items type, doubled when full.
  using A = kiln_seq_array_t<L>;
  A* items = nullptr;
  auto roots = kiln_roots(it, items);
  int64_t n = 0;
  for (bool stopped = false;;) {
    auto v = kiln_detail_instance_call(fn, it);
    if (kiln_detail_instance_raised(&stopped)) {
      if (!stopped) return nullptr;
      break;
    }
    if constexpr (kind != kiln_kind::void_list) {
      if (!items || n == items->length) {
        A* grown = kiln_new_array<A>(items ? items->length * 2 : 8);
        if (items) std::memcpy(grown->items, items->items, sizeof(Item) * size_t(n));
        items = grown;
      }
      Item item = kiln_convert<Item>(v);
      if constexpr (kiln_holds_gc_ptrs_v<Item>) kiln_gc_wb_array(items, n); // made before fn ran
      items->items[n] = item;
    }
    ++n;
  }
  if constexpr (kind == kiln_kind::list) {
    L* l = kiln_new<L>();
    l->length = n;
    l->items = items ? items : kiln_new_array<A>(0);
    return l;
  } else if constexpr (kind == kiln_kind::array) {
    if (items && n == items->length) return items;
    A* exact = kiln_new_array<A>(n); // a GC array's length is fixed: the items move to one of n
    if (n) std::memcpy(exact->items, items->items, sizeof(Item) * size_t(n));
    return exact;
  } else {
    L* l = kiln_new<L>();
    l->length = n;
    return l;
  }
}

// any(x) (want true) and all(x) (want false): whether an item of that truth comes before
// StopIteration.
template <class Fn, class It> bool kiln_detail_instance_find_truth(Fn fn, It it, bool want) {
  auto roots = kiln_roots(it);
  for (bool stopped = false;;) {
    auto v = kiln_detail_instance_call(fn, it);
    if (kiln_detail_instance_raised(&stopped)) return false;
    if (kiln_truth(v) == want) return true;
  }
}

template <class R, class Fn, class It> R kiln_any_from_next(Fn fn, It it) { return kiln_detail_instance_find_truth(fn, it, true); }

template <class R, class Fn, class It> R kiln_all_from_next(Fn fn, It it) {
  bool found = kiln_detail_instance_find_truth(fn, it, false);
  if (kiln_exc_type) return false;
  return !found;
}

// (fn, it, start) -> sum(x, start) in R (ints wrap, as list_sum adds).
template <class R, class Fn, class It, class S> R kiln_sum_from_next(Fn fn, It it, S start) {
  R total = kiln_convert<R>(start);
  auto roots = kiln_roots(it, total);
  for (bool stopped = false;;) {
    auto v = kiln_detail_instance_call(fn, it);
    if (kiln_detail_instance_raised(&stopped)) return stopped ? total : R{};
    R x = kiln_convert<R>(v);
    if constexpr (std::is_same_v<R, int64_t>) total = int64_t(uint64_t(total) + uint64_t(x));
    else total = total + x;
  }
}

// min(x) (keep an item when it is smaller) or max(x) (when larger): the first extreme item.
template <class R, class Fn, class It> R kiln_detail_instance_extreme(Fn fn, It it, bool isMax) {
  R best{};
  bool any = false;
  auto roots = kiln_roots(it, best);
  for (bool stopped = false;;) {
    auto v = kiln_detail_instance_call(fn, it);
    if (kiln_detail_instance_raised(&stopped)) {
      if (!stopped) return R{};
      break;
    }
    R x = kiln_convert<R>(v);
    if (!any || (isMax ? kiln_lt(best, x) : kiln_lt(x, best))) best = x;
    any = true;
  }
  if (!any) kiln_raise_fmt(KILN_EXC_ValueError, "%s() arg is an empty sequence", isMax ? "max" : "min");
  return best;
}

template <class R, class Fn, class It> R kiln_min_from_next(Fn fn, It it) { return kiln_detail_instance_extreme<R>(fn, it, false); }
template <class R, class Fn, class It> R kiln_max_from_next(Fn fn, It it) { return kiln_detail_instance_extreme<R>(fn, it, true); }

// -- Closure cells ----------------------------------------------------------------------------------
// cell_<t>_or_unset {value, set} (a Void value: {set} only, and R void).

template <class R, class C> R kiln_detail_instance_cell_value(C* cell) {
  if constexpr (std::is_void_v<R>) return;
  else if constexpr (requires { cell->value; }) return kiln_convert<R>(cell->value);
  else return R{};
}

// (cell, name) -> cell.value; UnboundLocalError when unset (the owner reads it).
template <class R, class C> R kiln_cell_get_local(C* cell, str* name) {
  if (!cell->set) {
    kiln_raise_fmt(KILN_EXC_UnboundLocalError, "cannot access local variable '%.*s' where it is not associated with a value",
                   int(name->chars.length), name->chars.items);
    return kiln_dummy<R>();
  }
  return kiln_detail_instance_cell_value<R>(cell);
}

// (cell, name) -> cell.value; NameError when unset (a closure reads it).
template <class R, class C> R kiln_cell_get_free(C* cell, str* name) {
  if (!cell->set) {
    kiln_raise_fmt(KILN_EXC_NameError,
                   "cannot access free variable '%.*s' where it is not associated with a value in enclosing scope",
                   int(name->chars.length), name->chars.items);
    return kiln_dummy<R>();
  }
  return kiln_detail_instance_cell_value<R>(cell);
}

// kiln/generic/dict.h -- the dict helpers (rtyper/helpers.def, "dict"): function templates over
// the dict layouts rtyper/rtype_dict.cpp makes, instantiated by generated code.
//
// The table (rtype_dict.cpp's header has it in full): a dict is
//   struct D { int64_t num_items, num_used; GcArray_Signed* indexes; GcArray_entry* entries; };
//   struct E { K key; V value; [int64_t hash;] [bool valid;] };   (a Void key/value: no field)
// `indexes` (a power of two >= 8 long) maps hash slots to entry indexes, FREE (-1) or DELETED
// (-2); `entries` is in insertion order and holds usable(len(indexes)) = 2/3 of it. Invariants
// the helpers keep and rely on:
//   1. entries->length <= usable(indexes->length), and a slot is non-FREE only for an entry
//      index < num_used: at least a third of the slots are FREE, so every probe ends.
//   2. An entry i < num_used is live iff `valid` (when the entry has the field), else iff its key
//      is not null (a GC pointer key that cannot be None). A dead entry's key and value are
//      cleared (no stale GC references) and its slot is DELETED. Live entries are num_items.
//   3. `hash`, when present, is the key's hash (its own function for an r_dict) for every live
//      entry -- except while `indexes` is null: a prebuilt dict (codegen's static data) comes
//      with null indexes and zero hashes, and the first helper that probes it computes both
//      (kiln_detail_dict_ready). Helpers that do not probe (copy, clear, iteration, repr) work
//      on such a dict as is; dict_copy of one is again one.
//   4. When entries is full, an insertion compacts the live entries into a new array and
//      rebuilds the indexes, sized as CPython 3.7+ grows (GROWTH_RATE: live items * 3); the
//      table never shrinks except through dict_clear.
//
// Keys hash with values.h's kiln_hash (ints and bools as themselves, floats as compute_hash, a
// char as its one-character str, strs by contents -- kiln_str_hash caches it in the str --,
// tuples combined from their items, instances by identity: kiln_gc_identityhash) and compare with kiln_eq (Python's ==
// of the two types). Those agree across types (hash(1) == hash(1.0) == hash(True), a char and
// its str), so a key operand of another type than the keys -- a str looked up among UniChar keys
// (rtype_dict.cpp's argAs), the keys of another dict in dict_eq ({1: 2} == {1.0: 2.0}) -- is
// hashed and compared as it is; only a number is first cast exactly to the keys' number type
// (1.5 is no int key; beyond 2**63 the hashes of an r_uint and a float disagree).
//
// An r_dict's helpers get its key_eq and key_hash as two extra trailing operands (Ptr(Func)
// constants of generated functions, which may raise): after each call the helpers test
// kiln_exc_type and stop (a raising hash leaves the dict unchanged); a probe restarts when
// key_eq resized or cleared the dict, as CPython's does.
//
// Memory (kiln/gc.h): a dict that comes in as an operand may be old: storing a new indexes or
// entries array takes d's write barrier, filling or updating an entry the entries array's (for
// that index). key_eq and key_hash are generated code, which may collect and move objects: the
// r_dict paths keep the dict, the key and value operands and the arrays a probe walks in rooted
// locals (values.h's kiln_roots, only when F::mayRaise: a plain dict's helpers call no generated
// code) and re-read entries through the dict after every call.
//
// Not modelled: CPython's identity shortcut in lookups (a NaN key is never found, as a new NaN
// is not in CPython either); "dictionary changed size during iteration" (an iterator over a
// mutated dict goes on over the current entries, never past num_used); bytes keys share str's
// representation, so KeyError shows a bytes key as repr() of a str.
//
// Included by kiln/runtime.h after values.h (kiln_hash, kiln_eq, kiln_convert, kiln_repr_of,
// kiln_new_array, kiln_dict_entry_live...), never on its own. dict_repr is values.h's.
#pragma once

#include <cstdint>
#include <type_traits>
#include <utility>

// -- Layout --------------------------------------------------------------------------------------------

inline constexpr int64_t kiln_dict_free = -1;
inline constexpr int64_t kiln_dict_deleted = -2;
inline constexpr int64_t kiln_dict_min_size = 8;

// What a dict type D's entries hold (the fields present, per invariant 2 and rtype_dict.cpp).
template <class D> struct kiln_detail_dict_layout {
  using Entries = std::remove_pointer_t<decltype(D::entries)>;
  using Indexes = std::remove_pointer_t<decltype(D::indexes)>;
  using Entry = std::remove_extent_t<decltype(Entries::items)>;
  using Key = decltype(kiln_dict_entry_key(std::declval<const Entry&>()));
  using Value = decltype(kiln_dict_entry_value(std::declval<const Entry&>()));
  static constexpr bool hasHash = requires(Entry& e) { e.hash; };
  static_assert(requires(Entry& e) { e.valid; } || std::is_pointer_v<Key>, "an entry without `valid` needs a pointer key");

  static Key key(const Entry& e) { return kiln_dict_entry_key(e); }
  static Value value(const Entry& e) { return kiln_dict_entry_value(e); }
  static bool live(const Entry& e) { return kiln_dict_entry_live(e); }
  static void fill(Entry& e, const Key& k, const Value& v, int64_t hash) {
    if constexpr (requires { e.key; }) e.key = k;
    if constexpr (requires { e.value; }) e.value = v;
    if constexpr (hasHash) e.hash = hash;
    if constexpr (requires { e.valid; }) e.valid = true;
  }
  static void kill(Entry& e) { e = Entry{}; } // valid false, or a null key; no stale references
  static int64_t capacity(const D* d) { return d->entries ? d->entries->length : 0; }
};

inline int64_t kiln_detail_dict_usable(int64_t size) { return size * 2 / 3; }

// The smallest table (a power of two >= 8) whose usable part holds n entries.
inline int64_t kiln_detail_dict_size_for(int64_t n) {
  int64_t size = kiln_dict_min_size;
  while (kiln_detail_dict_usable(size) < n) size *= 2;
  return size;
}

// -- Key functions -----------------------------------------------------------------------------------
// How a dict hashes and compares keys: by their type (a dict), or with an r_dict's functions.

struct kiln_detail_dict_plain {
  static constexpr bool mayRaise = false;
  template <class K> int64_t hash(const K& k) const { return kiln_hash(k); }
  template <class A, class B> bool eq(const A& a, const B& b) const { return kiln_eq(a, b); }
};

template <class Eq, class Hash> struct kiln_detail_dict_custom {
  static constexpr bool mayRaise = true;
  Eq eqFn;
  Hash hashFn;
  template <class K> int64_t hash(const K& k) const { return int64_t(hashFn(k)); }
  template <class A, class B> bool eq(const A& a, const B& b) const { return bool(eqFn(a, b)); }
};

template <class D> constexpr bool kiln_detail_dict_is_rdict() { return kiln_struct_name<D>().starts_with("rdict_"); }

// -- Table -----------------------------------------------------------------------------------------

// The hash of a live entry, when the indexes are there (invariant 3).
template <class D> int64_t kiln_detail_dict_entry_hash(const typename kiln_detail_dict_layout<D>::Entry& e) {
  using L = kiln_detail_dict_layout<D>;
  if constexpr (L::hasHash) return e.hash;
  else return kiln_hash(L::key(e)); // cheap: a number, a char, or a str's cached hash
}

// The first slot on h's probe sequence (CPython's perturbed probe) that holds no entry.
inline int64_t kiln_detail_dict_empty_slot(const int64_t* slots, int64_t size, int64_t h) {
  uint64_t mask = uint64_t(size - 1), perturb = uint64_t(h), i = uint64_t(h) & mask;
  while (slots[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return int64_t(i);
}

// New indexes of `size` slots (a power of two) for the live entries of d.
template <class D> void kiln_detail_dict_reindex(D* d, int64_t size) {
  using L = kiln_detail_dict_layout<D>;
  auto* indexes = kiln_new_array<typename L::Indexes>(size);
  for (int64_t i = 0; i < size; ++i) indexes->items[i] = kiln_dict_free;
  for (int64_t i = 0; i < d->num_used; ++i) {
    const auto& e = d->entries->items[i];
    if (L::live(e)) indexes->items[kiln_detail_dict_empty_slot(indexes->items, size, kiln_detail_dict_entry_hash<D>(e))] = i;
  }
  kiln_gc_wb(d);
  d->indexes = indexes;
}

// Makes the indexes of a prebuilt dict (invariant 3), the hashes first: false when an r_dict's
// key_hash raised (the dict stays unindexed). A key_hash that changed the dict has indexed it
// (every change does first): nothing is left to do then.
template <class D, class F> bool kiln_detail_dict_ready(D* d, const F& fns) {
  using L = kiln_detail_dict_layout<D>;
  if (d->indexes) return true;
  auto roots = kiln_roots<F::mayRaise>(d);
  if constexpr (L::hasHash) {
    for (int64_t i = 0; i < d->num_used; ++i) {
      if (!L::live(d->entries->items[i])) continue;
      int64_t h = fns.hash(L::key(d->entries->items[i]));
      if constexpr (F::mayRaise) {
        if (kiln_exc_type) return false;
        if (d->indexes) return true;
      }
      d->entries->items[i].hash = h;
    }
  }
  kiln_detail_dict_reindex(d, kiln_detail_dict_size_for(L::capacity(d)));
  return true;
}

// The entry index of the key equal to x, whose hash is h, or -1 (also when key_eq raised: the
// caller tests kiln_exc_type). A key_eq that grew or cleared the dict restarts the probe, as in
// CPython; the arrays are roots, so that a collection moving them is no change.
template <class D, class F, class X> int64_t kiln_detail_dict_find(D* d, const F& fns, const X& x, int64_t h) {
  using L = kiln_detail_dict_layout<D>;
  X key = x;
  auto* indexes = d->indexes;
  auto* entries = d->entries;
  auto roots = kiln_roots<F::mayRaise>(d, key, indexes, entries);
  uint64_t mask = uint64_t(indexes->length - 1), perturb = uint64_t(h), i = uint64_t(h) & mask;
  for (;;) {
    int64_t ix = indexes->items[i];
    if (ix == kiln_dict_free) return -1;
    if (ix >= 0) {
      const auto& e = entries->items[ix]; // stale after fns.eq: read only before
      bool sameHash = true;
      if constexpr (L::hasHash) sameHash = e.hash == h;
      if (sameHash) {
        bool equal = fns.eq(L::key(e), key);
        if constexpr (F::mayRaise) {
          if (kiln_exc_type) return -1;
          if (d->indexes != indexes || d->entries != entries) return kiln_detail_dict_find(d, fns, key, h);
        }
        if (equal) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The slot that holds entry index ix, whose hash is h.
template <class D> int64_t kiln_detail_dict_slot_of(D* d, int64_t ix, int64_t h) {
  const int64_t* slots = d->indexes->items;
  uint64_t mask = uint64_t(d->indexes->length - 1), perturb = uint64_t(h), i = uint64_t(h) & mask;
  while (slots[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return int64_t(i);
}

// A new entries array of the live entries of d, compacted, with room for `capacity`.
template <class D> auto* kiln_detail_dict_compact(const D* d, int64_t capacity) {
  using L = kiln_detail_dict_layout<D>;
  auto* entries = kiln_new_array<typename L::Entries>(capacity);
  int64_t n = 0;
  for (int64_t i = 0; i < d->num_used; ++i)
    if (L::live(d->entries->items[i])) entries->items[n++] = d->entries->items[i];
  return entries;
}

// Compacts the entries of a full dict into an array sized as CPython grows (invariant 4) and
// rebuilds the indexes.
template <class D> void kiln_detail_dict_resize(D* d) {
  int64_t size = kiln_dict_min_size;
  while (size < d->num_items * 3) size *= 2;
  auto* entries = kiln_detail_dict_compact(d, kiln_detail_dict_usable(size));
  kiln_gc_wb(d);
  d->entries = entries;
  d->num_used = d->num_items;
  kiln_detail_dict_reindex(d, size);
}

// Adds a key known to be absent (indexes ready).
template <class D>
void kiln_detail_dict_insert(D* d, const typename kiln_detail_dict_layout<D>::Key& k,
                             const typename kiln_detail_dict_layout<D>::Value& v, int64_t h) {
  using L = kiln_detail_dict_layout<D>;
  if (d->num_used >= L::capacity(d)) kiln_detail_dict_resize(d);
  int64_t slot = kiln_detail_dict_empty_slot(d->indexes->items, d->indexes->length, h);
  if constexpr (kiln_holds_gc_ptrs_v<typename L::Entry>) kiln_gc_wb_array(d->entries, d->num_used);
  L::fill(d->entries->items[d->num_used], k, v, h);
  d->indexes->items[slot] = d->num_used;
  d->num_used++;
  d->num_items++;
}

// Deletes the live entry ix (indexes ready). Clearing stores no GC pointer: no write barrier.
template <class D> void kiln_detail_dict_remove(D* d, int64_t ix) {
  using L = kiln_detail_dict_layout<D>;
  auto& e = d->entries->items[ix];
  d->indexes->items[kiln_detail_dict_slot_of(d, ix, kiln_detail_dict_entry_hash<D>(e))] = kiln_dict_deleted;
  L::kill(e);
  d->num_items--;
}

// -- Lookups -----------------------------------------------------------------------------------------
// The shared bodies of the helpers; `fns` is kiln_detail_dict_plain or an r_dict's functions.
// With an r_dict's functions every one of them may collect: each copies the operands it uses
// after a call of fns into rooted locals before the first one (a `const X&` operand may be an
// unrooted temporary of its caller) and reads entries through the rooted dict.

// Whether x is exactly a number of type K (1.0 is the int 1; 1.5, nan and 2.0**70 are no int),
// and that number.
template <class K, class X> bool kiln_detail_dict_exact_number(const X& x, K* out) {
  if constexpr (std::is_floating_point_v<X> && !std::is_floating_point_v<K>) {
    if (!(x >= -0x1p63 && x < 0x1p64)) return false; // also nan
    *out = x < 0 ? K(int64_t(x)) : K(uint64_t(x));
  } else *out = K(x);
  return kiln_num_cmp(*out, x) == 0;
}

// The entry index of operand x in d, or -1 (also after an exception: test kiln_exc_type).
template <class D, class F, class X> int64_t kiln_detail_dict_lookup(D* d, const F& fns, const X& x) {
  using Key = typename kiln_detail_dict_layout<D>::Key;
  if constexpr (!std::is_same_v<X, Key> && (F::mayRaise || (kiln_is_number(kiln_kind_of<X>()) && kiln_is_number(kiln_kind_of<Key>())))) {
    Key k;
    if constexpr (F::mayRaise) k = kiln_convert<Key>(x); // key_eq takes the keys' type
    else if (!kiln_detail_dict_exact_number(x, &k)) return -1;
    return kiln_detail_dict_lookup(d, fns, k);
  } else {
    X key = x;
    auto roots = kiln_roots<F::mayRaise>(d, key);
    if (!kiln_detail_dict_ready(d, fns)) return -1;
    int64_t h = fns.hash(key);
    if constexpr (F::mayRaise)
      if (kiln_exc_type) return -1;
    return kiln_detail_dict_find(d, fns, key, h);
  }
}

template <class X> void kiln_detail_dict_key_error(const X& k) { kiln_raise_builtin(KILN_EXC_KeyError, kiln_repr_of(k)); }

template <class R, class D, class F, class X> R kiln_detail_dict_getitem(D* d, const F& fns, const X& k) {
  using L = kiln_detail_dict_layout<D>;
  X key = k;
  auto roots = kiln_roots<F::mayRaise>(d, key);
  int64_t ix = kiln_detail_dict_lookup(d, fns, key);
  if (ix < 0) {
    if (!kiln_exc_type) kiln_detail_dict_key_error(key);
    return kiln_dummy<R>();
  }
  return kiln_convert<R>(L::value(d->entries->items[ix]));
}

template <class R, class D, class F, class X, class Dflt> R kiln_detail_dict_get(D* d, const F& fns, const X& k, const Dflt& dflt) {
  using L = kiln_detail_dict_layout<D>;
  Dflt fallback = dflt;
  auto roots = kiln_roots<F::mayRaise>(d, fallback);
  int64_t ix = kiln_detail_dict_lookup(d, fns, k);
  if (kiln_exc_type) return kiln_dummy<R>();
  if (ix < 0) return kiln_convert<R>(fallback);
  return kiln_convert<R>(L::value(d->entries->items[ix]));
}

// d[key] = value, or, when `keep`, d.setdefault(key, value); the entry index of key after it
// (-1 after an exception).
template <class D, class F, class K, class V> int64_t kiln_detail_dict_store(D* d, const F& fns, const K& key, const V& value, bool keep) {
  using L = kiln_detail_dict_layout<D>;
  typename L::Key k = kiln_convert<typename L::Key>(key);
  typename L::Value v = kiln_convert<typename L::Value>(value);
  auto roots = kiln_roots<F::mayRaise>(d, k, v);
  if (!kiln_detail_dict_ready(d, fns)) return -1;
  int64_t h = fns.hash(k);
  if constexpr (F::mayRaise)
    if (kiln_exc_type) return -1;
  int64_t ix = kiln_detail_dict_find(d, fns, k, h);
  if constexpr (F::mayRaise)
    if (kiln_exc_type) return -1;
  if (ix >= 0) {
    if constexpr (requires { d->entries->items[ix].value; }) {
      if (!keep) {
        if constexpr (kiln_holds_gc_ptrs_v<typename L::Value>) kiln_gc_wb_array(d->entries, ix);
        d->entries->items[ix].value = v;
      }
    }
    return ix;
  }
  kiln_detail_dict_insert(d, k, v, h);
  return d->num_used - 1;
}

// Removes the entry of k and gives its value as R, or *dflt when k is absent (KeyError when
// dflt is null).
template <class R, class D, class F, class X, class Dflt> R kiln_detail_dict_pop(D* d, const F& fns, const X& k, const Dflt* dflt) {
  using L = kiln_detail_dict_layout<D>;
  X key = k;
  Dflt fallback = dflt ? *dflt : Dflt{};
  auto roots = kiln_roots<F::mayRaise>(d, key, fallback);
  int64_t ix = kiln_detail_dict_lookup(d, fns, key);
  if (kiln_exc_type) return kiln_dummy<R>();
  if (ix < 0) {
    if (dflt) return kiln_convert<R>(fallback);
    kiln_detail_dict_key_error(key);
    return kiln_dummy<R>();
  }
  typename L::Value v = L::value(d->entries->items[ix]);
  kiln_detail_dict_remove(d, ix);
  return kiln_convert<R>(v);
}

template <class D, class F, class O> void kiln_detail_dict_update(D* d, const F& fns, O* other) {
  using LO = kiln_detail_dict_layout<O>;
  if (!other) return;
  auto roots = kiln_roots<F::mayRaise>(d, other);
  // Index by index, each time through `other`: when other is d, inserting may move its entries.
  for (int64_t i = 0; i < other->num_used; ++i) {
    auto e = other->entries->items[i];
    if (!LO::live(e)) continue;
    kiln_detail_dict_store(d, fns, LO::key(e), LO::value(e), false); // copies them first
    if constexpr (F::mayRaise)
      if (kiln_exc_type) return;
  }
}

// a == b, the lookups in b with b's functions.
template <class A, class B, class F> bool kiln_detail_dict_equal(A* a, B* b, const F& fns) {
  using LA = kiln_detail_dict_layout<A>;
  using LB = kiln_detail_dict_layout<B>;
  if (!a || !b) return !a && !b;
  if (static_cast<void*>(a) == static_cast<void*>(b)) return true;
  if (a->num_items != b->num_items) return false;
  auto roots = kiln_roots<F::mayRaise>(a, b);
  for (int64_t i = 0; i < a->num_used; ++i) {
    if (!LA::live(a->entries->items[i])) continue;
    auto key = LA::key(a->entries->items[i]);
    auto value = LA::value(a->entries->items[i]);
    auto entryRoots = kiln_roots<F::mayRaise>(key, value);
    int64_t ix = kiln_detail_dict_lookup(b, fns, key);
    if (ix < 0) return false;
    if (!kiln_eq(value, LB::value(b->entries->items[ix]))) return false;
  }
  return true;
}

// -- Helpers: making and copying ----------------------------------------------------------------------

template <class D> void kiln_detail_dict_init(D* d) {
  using L = kiln_detail_dict_layout<D>;
  auto* entries = kiln_new_array<typename L::Entries>(kiln_detail_dict_usable(kiln_dict_min_size));
  kiln_gc_wb(d); // d.clear(): d may be old
  d->num_items = 0;
  d->num_used = 0;
  d->entries = entries;
  kiln_detail_dict_reindex(d, kiln_dict_min_size);
}

// () -> an empty dict (8 indexes, 5 entries).
template <class R> R kiln_dict_new() {
  auto* d = kiln_new<std::remove_pointer_t<R>>();
  kiln_detail_dict_init(d);
  return d;
}

// (d): d.clear().
template <class R, class D> R kiln_dict_clear(D* d) { kiln_detail_dict_init(d); }

// (d) -> a new dict of d's live entries, compacted (unindexed when d is: invariant 3).
template <class R, class D> R kiln_dict_copy(D* d) {
  D* c = kiln_new<D>();
  int64_t size = kiln_detail_dict_size_for(d->num_items);
  c->entries = kiln_detail_dict_compact(d, kiln_detail_dict_usable(size));
  c->num_items = c->num_used = d->num_items;
  if (d->indexes) kiln_detail_dict_reindex(c, size);
  return c;
}

// (d) -> d is not None and len(d) != 0.
template <class R, class D> R kiln_dict_is_true(D* d) { return d && d->num_items != 0; }

// -- Helpers: keys (a dict: (d, k...); an r_dict: (d, k..., key_eq, key_hash)) ------------------------

#define KILN_DETAIL_DICT_PLAIN(D)                                                                                      \
  static_assert(!kiln_detail_dict_is_rdict<D>(), "an r_dict's helpers take key_eq and key_hash");                    \
  kiln_detail_dict_plain fns
#define KILN_DETAIL_DICT_CUSTOM kiln_detail_dict_custom<Eq, Hash> fns{eq, hash}

template <class R, class D, class K> R kiln_dict_lookup(D* d, K k) {
  KILN_DETAIL_DICT_PLAIN(D);
  return kiln_detail_dict_lookup(d, fns, k);
}
template <class R, class D, class K, class Eq, class Hash> R kiln_dict_lookup(D* d, K k, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  return kiln_detail_dict_lookup(d, fns, k);
}

template <class R, class D, class K> R kiln_dict_getitem(D* d, K k) {
  KILN_DETAIL_DICT_PLAIN(D);
  return kiln_detail_dict_getitem<R>(d, fns, k);
}
template <class R, class D, class K, class Eq, class Hash> R kiln_dict_getitem(D* d, K k, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  return kiln_detail_dict_getitem<R>(d, fns, k);
}

template <class R, class D, class K, class V> R kiln_dict_setitem(D* d, K k, V v) {
  KILN_DETAIL_DICT_PLAIN(D);
  kiln_detail_dict_store(d, fns, k, v, false);
}
template <class R, class D, class K, class V, class Eq, class Hash> R kiln_dict_setitem(D* d, K k, V v, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  kiln_detail_dict_store(d, fns, k, v, false);
}

template <class R, class D, class K> R kiln_dict_delitem(D* d, K k) {
  KILN_DETAIL_DICT_PLAIN(D);
  kiln_detail_dict_pop<void>(d, fns, k, static_cast<const kiln_none_t*>(nullptr));
}
template <class R, class D, class K, class Eq, class Hash> R kiln_dict_delitem(D* d, K k, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  kiln_detail_dict_pop<void>(d, fns, k, static_cast<const kiln_none_t*>(nullptr));
}

template <class R, class D, class K, class Dflt> R kiln_dict_get(D* d, K k, Dflt dflt) {
  KILN_DETAIL_DICT_PLAIN(D);
  return kiln_detail_dict_get<R>(d, fns, k, dflt);
}
template <class R, class D, class K, class Dflt, class Eq, class Hash> R kiln_dict_get(D* d, K k, Dflt dflt, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  return kiln_detail_dict_get<R>(d, fns, k, dflt);
}

template <class R, class D, class K> R kiln_dict_contains(D* d, K k) {
  KILN_DETAIL_DICT_PLAIN(D);
  return kiln_detail_dict_lookup(d, fns, k) >= 0;
}
template <class R, class D, class K, class Eq, class Hash> R kiln_dict_contains(D* d, K k, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  return kiln_detail_dict_lookup(d, fns, k) >= 0;
}

template <class R, class D, class K> R kiln_dict_pop(D* d, K k) {
  KILN_DETAIL_DICT_PLAIN(D);
  return kiln_detail_dict_pop<R>(d, fns, k, static_cast<const kiln_none_t*>(nullptr));
}
template <class R, class D, class K, class Eq, class Hash> R kiln_dict_pop(D* d, K k, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  return kiln_detail_dict_pop<R>(d, fns, k, static_cast<const kiln_none_t*>(nullptr));
}

template <class R, class D, class K, class Dflt> R kiln_dict_pop_default(D* d, K k, Dflt dflt) {
  KILN_DETAIL_DICT_PLAIN(D);
  return kiln_detail_dict_pop<R>(d, fns, k, &dflt);
}
template <class R, class D, class K, class Dflt, class Eq, class Hash>
R kiln_dict_pop_default(D* d, K k, Dflt dflt, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  return kiln_detail_dict_pop<R>(d, fns, k, &dflt);
}

template <class R, class D, class K, class V> R kiln_dict_setdefault(D* d, K k, V v) {
  KILN_DETAIL_DICT_PLAIN(D);
  int64_t ix = kiln_detail_dict_store(d, fns, k, v, true);
  if (ix < 0) return kiln_dummy<R>();
  return kiln_convert<R>(kiln_dict_entry_value(d->entries->items[ix]));
}
template <class R, class D, class K, class V, class Eq, class Hash> R kiln_dict_setdefault(D* d, K k, V v, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  auto roots = kiln_roots(d);
  int64_t ix = kiln_detail_dict_store(d, fns, k, v, true);
  if (ix < 0) return kiln_dummy<R>();
  return kiln_convert<R>(kiln_dict_entry_value(d->entries->items[ix]));
}

template <class R, class D, class O> R kiln_dict_update(D* d, O* other) {
  KILN_DETAIL_DICT_PLAIN(D);
  kiln_detail_dict_update(d, fns, other);
}
template <class R, class D, class O, class Eq, class Hash> R kiln_dict_update(D* d, O* other, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  kiln_detail_dict_update(d, fns, other);
}

template <class R, class A, class B> R kiln_dict_eq(A* a, B* b) {
  KILN_DETAIL_DICT_PLAIN(B);
  return kiln_detail_dict_equal(a, b, fns);
}
template <class R, class A, class B, class Eq, class Hash> R kiln_dict_eq(A* a, B* b, Eq eq, Hash hash) {
  KILN_DETAIL_DICT_CUSTOM;
  return kiln_detail_dict_equal(a, b, fns);
}

#undef KILN_DETAIL_DICT_PLAIN
#undef KILN_DETAIL_DICT_CUSTOM

// -- Helpers: iterators ({dict, index, used}) -----------------------------------------------------------------

// The next live entry of the iterator's dict, advancing it; null and StopIteration at the end.
template <class It> auto* kiln_detail_dict_next(It* it) {
  using D = std::remove_pointer_t<decltype(It::dict)>;
  using L = kiln_detail_dict_layout<D>;
  D* d = it->dict;
  // The dict's length when iteration started, + 1 (0 before the first next()).
  if constexpr (requires { it->used; }) {
    if (it->used == 0) {
      it->used = d->num_items + 1;
    } else if (it->used != d->num_items + 1) {
      it->used = -1; // sticky, as CPython's
      kiln_raise_fmt(KILN_EXC_RuntimeError, "dictionary changed size during iteration");
      return static_cast<typename L::Entry*>(nullptr);
    }
  }
  int64_t i = it->index;
  for (; i < d->num_used; ++i) {
    auto* e = &d->entries->items[i];
    if (L::live(*e)) {
      it->index = i + 1;
      return e;
    }
  }
  it->index = i;
  kiln_raise_builtin(KILN_EXC_StopIteration, nullptr);
  return static_cast<typename L::Entry*>(nullptr);
}

template <class R, class It> R kiln_dict_next_key(It* it) {
  auto* e = kiln_detail_dict_next(it);
  if (!e) return kiln_dummy<R>();
  return kiln_convert<R>(kiln_dict_entry_key(*e));
}

template <class R, class It> R kiln_dict_next_value(It* it) {
  auto* e = kiln_detail_dict_next(it);
  if (!e) return kiln_dummy<R>();
  return kiln_convert<R>(kiln_dict_entry_value(*e));
}

// A new R tuple (key, value).
template <class R, class It> R kiln_dict_next_item(It* it) {
  using T = std::remove_pointer_t<R>;
  auto* e = kiln_detail_dict_next(it);
  if (!e) return nullptr;
  T* t = kiln_new<T>();
  kiln_tuple_set<0>(t, kiln_convert<kiln_tuple_item_t<T, 0>>(kiln_dict_entry_key(*e)));
  kiln_tuple_set<1>(t, kiln_convert<kiln_tuple_item_t<T, 1>>(kiln_dict_entry_value(*e)));
  return t;
}

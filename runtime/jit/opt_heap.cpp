// The heap pass: a cache of what the trace knows is in memory, so that loads it already knows
// are removed, and stores nothing can see are removed.
//
// What is cached: for a field descr, (object, value) pairs; for an array descr (items and
// interior fields), (array, index, value) triples, indexes compared as values (the same value
// or the same constant); array lengths by array. An entry comes from a load (the value read) or
// a store (the value written, when it reads back the same: a 1- or 4-byte field keeps only the
// low bytes, so a value is cached there only when it is a constant, truncated, or provably
// fits -- intbounds).
//   - A load that hits becomes the cached value. A field or item of an object allocated in the
//     trace (new, new_array) that nothing may have written since reads as zero.
//   - A store of descr d replaces the entry of its object, and invalidates the entries of d of
//     every object that may be the same (arrays: unless the index is provably different).
//     Objects are provably different when both were allocated in the trace, when one was
//     allocated after the other was known, or when both are different constants. Descrs of
//     different names never alias (type-based: the rtyper's types are distinct memory).
//   - Immutable descrs (`_immutable_fields_`, `[*]`) are never invalidated; array lengths never
//     change.
//   - A residual call (call_*) invalidates every mutable entry -- unless it is a known helper
//     that only reads (optimizer.cpp's table); an elidable call (call_pure_*) invalidates nothing.
//     arraycopy invalidates its descr's items of arrays that may be the destination.
//   - A store of the value memory holds already is removed.
//   - An immutable field or item of a constant object is read now (readImmutable) and becomes
//     a constant, as the tracer does for the reads it records.
// Dead stores: a store to an object's field or item that another store to the same place
// overwrites before anything could see it -- no guard (its resume data, the blackhole and the
// interpreter after it read memory), no call, no load of that descr that reached the output
// (and no load through an immutable descr: `[*]` reads see the same memory under another
// name) -- is removed from the output. Stores are never moved: the pairs of optimizer.h's
// invariant 2 never get anything between them.
// Cost: linear, times the number of cached entries of one descr (capped at kMaxEntries).
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "optimizer.h"

namespace kiln::jitrt {

namespace {

constexpr size_t kMaxEntries = 64;

struct Entry {
  V obj, index, value;
};

class HeapPass final : public ChainPass {
public:
  void propagate(ResOp& op) override {
    const ROpInfo& info = ropInfo(op.op);
    switch (op.op) {
    case ROp::getfield_gc_i: case ROp::getfield_gc_r: case ROp::getfield_gc_f: return load(op, false);
    case ROp::getarrayitem_gc_i: case ROp::getarrayitem_gc_r: case ROp::getarrayitem_gc_f:
    case ROp::getinteriorfield_gc_i: case ROp::getinteriorfield_gc_r: case ROp::getinteriorfield_gc_f:
      return load(op, true);
    case ROp::setfield_gc: return store(op, false);
    case ROp::setarrayitem_gc: case ROp::setinteriorfield_gc: return store(op, true);
    case ROp::arraylen_gc: return length(op);
    case ROp::new_: case ROp::new_array: {
      emit(op);
      fresh_[op.result] = ++epoch_;
      if (op.op == ROp::new_array) freshArrays_[op.result] = true;
      if (op.op == ROp::new_array && !op.args.empty()) lengths_[op.result] = op.args[0];
      return;
    }
    case ROp::arraycopy: {
      if (op.args.size() == 5) {
        V dst = ctx->resolve(op.args[1]);
        invalidate(items_[op.descr], dst, kNoValue, true);
        wroteTo(dst, op.descr, true);
        ++itemReads_[op.descr];
      }
      emit(op);
      return;
    }
    default: break;
    }
    if ((info.flags & ropflags::Call) && !isPureCall(op.op) && helperKind(op.descr) != HelperKind::ReadsOnly) forgetMutable();
    // A call, a guard or the end sees memory -- if it stays: an elidable call a later pass
    // (pure) finds redundant is never made.
    bool sees = (info.flags & (ropflags::Call | ropflags::Guard)) || op.op == ROp::jump || op.op == ROp::finish;
    if (emit(op) >= 0 && sees) ++observed_;
  }

private:
  bool immutable(uint32_t descr, bool item) const {
    return item ? program().arrays[descr].immutable : program().fields[descr].immutable;
  }
  std::vector<Entry>& entries(uint32_t descr, bool item) { return item ? items_[descr] : fields_[descr]; }

  // The cached value of obj.descr (or obj[index]), or kNoValue when none.
  V lookup(uint32_t descr, bool item, V obj, V index) {
    for (const Entry& e : entries(descr, item))
      if (ctx->resolve(e.obj) == obj && (!item || ctx->resolve(e.index) == index)) return ctx->resolve(e.value);
    return kNoValue;
  }

  void set(uint32_t descr, bool item, V obj, V index, V value) {
    std::vector<Entry>& es = entries(descr, item);
    for (size_t k = 0; k < es.size();)
      if (ctx->resolve(es[k].obj) == obj && (!item || ctx->resolve(es[k].index) == index)) es.erase(es.begin() + ptrdiff_t(k));
      else ++k;
    if (value == kNoValue) return;
    if (es.size() >= kMaxEntries) es.erase(es.begin());
    es.push_back({obj, index, value});
  }

  // a and b are provably not the same object: both allocated here, or one allocated after the
  // other was known (defined earlier in the output, or an input), or different constants.
  bool distinct(V a, V b) const {
    a = ctx->resolve(a);
    b = ctx->resolve(b);
    if (a == b) return false;
    if (isConst(a) && isConst(b)) return ctx->constant(a) != ctx->constant(b);
    bool freshA = fresh_.count(a) > 0, freshB = fresh_.count(b) > 0;
    if (freshA && (freshB || isConst(b) || ctx->definedAt(b) < ctx->definedAt(a))) return true;
    if (freshB && (isConst(a) || ctx->definedAt(a) < ctx->definedAt(b))) return true;
    return false;
  }

  bool differentIndex(V i, V j) const {
    if (i == kNoValue || j == kNoValue) return false;
    IntBound a = ctx->intBound(i), b = ctx->intBound(j);
    return a.hi < b.lo || b.hi < a.lo;
  }

  // A store to obj (at index, for items; kNoValue: any index) clobbers the entries that may be it.
  void invalidate(std::vector<Entry>& es, V obj, V index, bool item) {
    for (size_t k = 0; k < es.size();) {
      bool survives = distinct(es[k].obj, obj) || (item && differentIndex(ctx->resolve(es[k].index), index));
      if (survives) ++k;
      else es.erase(es.begin() + ptrdiff_t(k));
    }
  }

  void wroteTo(V obj, uint32_t descr, bool item) {
    if (fresh_.count(obj)) {
      if (item) writtenFresh_[obj] = true;
      else writtenFreshFields_.insert({obj, descr});
      return;
    }
    (item ? blindItemWrite_ : blindFieldWrite_)[descr] = ++epoch_;
  }

  // A field of an object (new) or an item of an array (new_array) allocated in the trace, that
  // nothing may have written since. (Not a field of an array: its length is there.)
  bool knownZero(V obj, uint32_t descr, bool item) {
    auto it = fresh_.find(obj);
    if (it == fresh_.end() || lastCall_ > it->second || item != (freshArrays_.count(obj) > 0)) return false;
    if (item ? writtenFresh_.count(obj) > 0 : writtenFreshFields_.count({obj, descr}) > 0) return false;
    auto& blind = item ? blindItemWrite_ : blindFieldWrite_;
    auto w = blind.find(descr);
    return w == blind.end() || w->second < it->second;
  }

  // An immutable field or item of a constant object holds forever what it holds now. The tracer
  // folds such reads as it records them; this one's object became a constant later (a typeptr
  // the cache knew, a guard_value).
  bool foldImmutable(ResOp& op, bool item, V obj, V index) {
    if (!immutable(op.descr, item) || !isConst(obj) || ctx->constant(obj) == 0) return false;
    bool interior = op.op == ROp::getinteriorfield_gc_i || op.op == ROp::getinteriorfield_gc_r || op.op == ROp::getinteriorfield_gc_f;
    int64_t i = 0;
    Word w;
    if (interior || (item && !ctx->intConstant(index, i)) || !readImmutable(ctx->constant(obj), op.descr, item, i, w)) return false;
    ctx->note("heap.immutable_constant");
    ctx->replace(op.result, ctx->makeConstant(w, op.kind));
    return true;
  }

  void load(ResOp& op, bool item) {
    if (op.args.size() != (item ? 2u : 1u)) return (void)emit(op);
    V obj = ctx->resolve(op.args[0]), index = item ? ctx->resolve(op.args[1]) : kNoValue;
    if (foldImmutable(op, item, obj, index)) return;
    V known = lookup(op.descr, item, obj, index);
    if (known != kNoValue) {
      ctx->note("heap.load_reused");
      ctx->replace(op.result, known);
      return;
    }
    if (knownZero(obj, op.descr, item)) {
      ctx->note("heap.new_object_zero");
      ctx->replace(op.result, ctx->makeConstant(0, op.kind));
      return;
    }
    emit(op);
    if (immutable(op.descr, item)) ++observed_;
    else ++(item ? itemReads_ : fieldReads_)[op.descr];
    set(op.descr, item, obj, index, op.result);
  }

  // The value a load after storing v reads, when it is v (or its truncation, for a constant).
  V readBack(V v, uint32_t descr, bool item) {
    uint8_t size = item ? program().arrays[descr].size : program().fields[descr].size;
    if (size >= 8) return v;
    uint64_t mask = (uint64_t(1) << (8 * size)) - 1;
    if (isConst(v)) return ctx->makeConstant(ctx->constant(v) & mask, ctx->constKind(v));
    return ctx->intBound(v).fitsUnsigned(8u * size) ? v : kNoValue;
  }

  void store(ResOp& op, bool item) {
    if (op.args.size() != (item ? 3u : 2u)) return (void)emit(op);
    V obj = ctx->resolve(op.args[0]), index = item ? ctx->resolve(op.args[1]) : kNoValue, value = ctx->resolve(op.args.back());
    uint32_t d = op.descr;
    V stored = readBack(value, d, item);
    if (immutable(d, item)) {
      emit(op);
      wroteTo(obj, d, item);
      set(d, item, obj, index, stored);
      return;
    }
    V known = lookup(d, item, obj, index);
    // What memory holds (a load's value, or a store's that reads back) stored again.
    if (known != kNoValue && (known == value || known == stored)) {
      ctx->note("heap.store_redundant");
      return;
    }
    auto key = std::tuple{item, d, obj, index};
    uint64_t reads = (item ? itemReads_ : fieldReads_)[d];
    if (auto it = pending_.find(key); it != pending_.end() && it->second.observed == observed_ && it->second.reads == reads) {
      ctx->note("heap.store_overwritten");
      ctx->removeEmitted(it->second.out);
    }
    invalidate(entries(d, item), obj, index, item);
    wroteTo(obj, d, item);
    int at = emit(op);
    set(d, item, obj, index, stored);
    if (at >= 0) pending_[key] = {at, observed_, reads};
  }

  void length(ResOp& op) {
    if (op.args.size() != 1) return (void)emit(op);
    V obj = ctx->resolve(op.args[0]);
    if (auto it = lengths_.find(obj); it != lengths_.end()) {
      ctx->note("heap.length_reused");
      ctx->replace(op.result, it->second);
      return;
    }
    emit(op);
    lengths_[obj] = op.result;
  }

  // A residual call may write any mutable field or item.
  void forgetMutable() {
    for (auto& [d, es] : fields_)
      if (!program().fields[d].immutable) es.clear();
    for (auto& [d, es] : items_)
      if (!program().arrays[d].immutable) es.clear();
    lastCall_ = ++epoch_;
  }

  std::unordered_map<uint32_t, std::vector<Entry>> fields_, items_;
  std::unordered_map<V, V> lengths_;
  // Allocations: the epoch they happened at; arrays written since.
  std::unordered_map<V, uint64_t> fresh_;
  std::unordered_map<V, bool> freshArrays_, writtenFresh_;
  std::set<std::pair<V, uint32_t>> writtenFreshFields_;
  std::unordered_map<uint32_t, uint64_t> blindFieldWrite_, blindItemWrite_;
  uint64_t epoch_ = 0, lastCall_ = 0;
  // Dead stores: the last store to each place, with what had observed memory then.
  struct Pending {
    int out;
    uint64_t observed, reads;
  };
  std::map<std::tuple<bool, uint32_t, V, V>, Pending> pending_;
  uint64_t observed_ = 0; // guards, calls, immutable loads, the end
  std::unordered_map<uint32_t, uint64_t> fieldReads_, itemReads_;
};

} // namespace

bool readImmutableMemory(Word object, uint32_t descr, bool item, int64_t index, Word& out) {
  const char* base = reinterpret_cast<const char*>(uintptr_t(object));
  if (!item) {
    const kiln_jit_field_descr& d = program().fields[descr];
    out = loadWord(base + d.offset, d.size);
    return true;
  }
  // An item only inside the array's length.
  const kiln_jit_array_descr& d = program().arrays[descr];
  int64_t n = d.length_offset >= 0 ? int64_t(loadWord(base + d.length_offset, 8)) : d.fixed_length_known ? d.fixed_length : -1;
  if (index < 0 || index >= n) return false;
  out = loadWord(base + d.items_offset + index * int64_t(d.item_size), d.size);
  return true;
}

ImmutableReader readImmutable = readImmutableMemory;

std::unique_ptr<ChainPass> makeHeapPass() { return std::make_unique<HeapPass>(); }

} // namespace kiln::jitrt

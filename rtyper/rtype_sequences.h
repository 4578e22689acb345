// What the sequence families share (rtype_list.cpp, rtype_tuple.cpp, rtype_iter.cpp): the list
// representation, the naming and memoizing of their structs, operand and index conversions, and
// the look at the flow block that `[x] * n` and `for x in range(a, b, step)` need.
//
// Terms: the *representation* of a list annotation is decided by its ListDef (annotator/defs.h),
// which every list of one creation site (and of the sites it merged with) shares, so all of
// them have one low-level type:
//   resizable (ListDef::resized, or the entry point's argv):
//       Ptr(GcStruct list_<item> { length: Signed, items: Ptr(GcArray(<item>)) })
//       len(items) is the capacity; items[length:] are zero.
//   fixed (never resized: no append, pop, insert, extend, del, slice assignment):
//       Ptr(GcArray(<item>))  -- a bare array, its own length
//   Void items (a list of None, of one constant, or never filled):
//       Ptr(GcStruct list_Void { length: Signed })  -- resizable or not
// <item> is the item's low-level type as shortName() writes it (Signed, str, demo.Node,
// tuple2_Signed_str, array_Signed for a fixed list of fixed lists of ints).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "annotator/defs.h"
#include "rtyper/convert.h"

namespace kiln::rt::seq {

// -- Lists (rtype_list.cpp) -----------------------------------------------------------------------

struct ListRepr {
  ann::ListDef* def = nullptr;       // the representative
  const ann::Annotation* item = nullptr; // the ListDef's item annotation
  const ll::Type* itemType = nullptr;    // its low-level type (Void for Void items)
  const ll::Type* ptr = nullptr;         // the list's low-level type
  const ll::Type* array = nullptr;       // Ptr(GcArray(item)); null for Void items
  bool resizable = false;                // a list_<item> struct (or list_Void)
  bool voidItems = false;
};

// The representation of a List annotation; false if it is not one, or its items have none.
bool listRepr(RTyper& rt, const ann::Annotation* a, ListRepr& out);
// Ptr(GcStruct list_Void {length}): a list of Void items, also what iterating a tuple of Void
// items (an empty tuple, a tuple of Nones) walks.
const ll::Type* voidListType(RTyper& rt);
// len(l): the length field, or the array's size.
ll::Value listLength(OpCtx& c, const ListRepr& l, ll::Value list);
// The array holding the items (the list itself when fixed). Not for Void items.
ll::Value listArray(OpCtx& c, const ListRepr& l, ll::Value list);
// A new list of representation `l` holding `items` (already of the item type).
ll::Value buildList(OpCtx& c, const ListRepr& l, const std::vector<ll::Value>& items);

// -- Types and allocation --------------------------------------------------------------------------

// A short readable name of a low-level type, for the names of the structs made here.
std::string shortName(RTyper& rt, const ll::Type* t);
// The struct `name` (or name_2... after a clash) with exactly `fields`, made on first use: the
// TypeContext is the memo, so equal layouts share one struct.
const ll::Type* memoStruct(RTyper& rt, const std::string& name, bool gc, const std::vector<ll::Field>& fields);
// malloc of the struct `ptr` points to; malloc_varsize of the array it points to.
ll::Value newStruct(GraphConverter& gc, RTyper& rt, const ll::Type* ptr, SourceLoc loc);
ll::Value newArray(GraphConverter& gc, RTyper& rt, const ll::Type* ptr, ll::Value n, SourceLoc loc);
ll::Value newStruct(OpCtx& c, const ll::Type* ptr);
ll::Value newArray(OpCtx& c, const ll::Type* ptr, ll::Value n);
void setField(OpCtx& c, ll::Value obj, const std::string& field, ll::Value v);
ll::Value getField(OpCtx& c, ll::Value obj, const std::string& field);
// The None result of a NoResult operation.
ll::Value voidValue(OpCtx& c);
// Binds the result, or reports the operation unsupported when `v` is null.
bool finish(OpCtx& c, ll::Value v);

// -- Operands --------------------------------------------------------------------------------------

// A flow value in the representation of `want` (constants convert at translation time).
ll::Value valueAs(OpCtx& c, flow::Value v, const ann::Annotation* want);

// An index operand as a Signed, and what is known about its sign.
struct Index {
  ll::Value value;
  bool nonNeg = false;                // known >= 0 (or an r_uint: a huge one fails the check)
  std::optional<int64_t> constant;    // known at translation time
};
Index indexOperand(OpCtx& c, flow::Value v);
// What is indexed, for the IndexError's message (check_index's third operand).
enum class IndexKind : int64_t { List = 0, ListAssignment = 1, Tuple = 2, Str = 3, Bytes = 4 };
// The value of an int operand known at translation time (a constant, or annotated as one).
std::optional<int64_t> knownInt(OpCtx& c, flow::Value v);
// The index to read or write, checked against `length`: check_index (0 <= i < length, one
// unsigned compare) for a non-negative index, int_add(length, i) then check_index for a
// negative constant, check_index_wrap (Python's negative indices) otherwise. IndexError.
ll::Value checkedIndex(OpCtx& c, const Index& i, ll::Value length, IndexKind kind);

// -- The flow block ----------------------------------------------------------------------------------

// The operation of the flow block being converted that defines `v`, or null.
const flow::Operation* definingOp(OpCtx& c, flow::Value v);
// The one operation of the block being converted that uses `v`, when it is used exactly once
// and not passed on a link; null otherwise.
const flow::Operation* soleUser(OpCtx& c, const flow::Variable* v);
// `for x in range(a, b, step)` that the flow builder did not fold: a range() call whose only use
// is one iteration of it in the same block (iter, enumerate, zip, list). Such a range is never
// made: its consumer reads the call's operands. `call` is the simple_call of range.
bool isLazyRange(OpCtx& c, const flow::Operation& call);
// The range() call that iterable `v` comes from, when that range is lazy; null otherwise.
const flow::Operation* lazyRangeOf(OpCtx& c, flow::Value v);
// `for x in (a, b, c)`, `x in (a, b)`: a newtuple whose only use is one iteration of it or an
// `in` test in the same block is never made either: its consumer reads the newtuple's operands
// (tupleItem does). `op` is the newtuple.
bool isLazyTuple(OpCtx& c, const flow::Operation& op);
// start, stop, step of a range() call, as Signed values.
std::vector<ll::Value> rangeBounds(OpCtx& c, const flow::Operation& call);

// -- Tuples (rtype_tuple.cpp) -------------------------------------------------------------------------

// Item i of tuple operand `v` (annotated `t`), in the representation of `want`: a getfield, or
// the item itself when `v` is a constant.
ll::Value tupleItem(OpCtx& c, flow::Value v, const ann::Annotation* t, size_t i, const ann::Annotation* want);
// The union of a tuple's item annotations (what iterating it gives).
const ann::Annotation* tupleItemUnion(RTyper& rt, const ann::Annotation* t);
// A new GcArray of the tuple's items in the representation of `item` (iterating a tuple).
ll::Value tupleToArray(OpCtx& c, flow::Value v, const ann::Annotation* t, const ann::Annotation* item);
// The items of tuple `v` (annotated `t`) as a fixed list the list helpers and iterators take: a
// new array of the items in the representation of `item` (tupleToArray), or a list_Void of the
// tuple's length when that representation is Void. Null when `item` has none.
ll::Value tupleAsList(OpCtx& c, flow::Value v, const ann::Annotation* t, const ann::Annotation* item);
// a == b for values annotated `aa` and `ba` (a Bool), or a null Value when kiln has no rule.
ll::Value valuesEqual(OpCtx& c, ll::Value a, const ann::Annotation* aa, ll::Value b, const ann::Annotation* ba);

} // namespace kiln::rt::seq

// str(), repr() and ascii() of every kind of value, as pieces of a str being built (rtype_str.h):
// what str(x), repr(x), print(), f-strings, '%' and str.format() share.
//
//   - constants are known text, written by support/pyrepr.h exactly as CPython would;
//   - numbers, strs and bytes are one helper call each (str_from_int, str_repr, ...);
//   - a tuple is "(", its items' reprs, ")" in the same pieces (its items are fields);
//   - lists and dicts of those are list_repr/dict_repr: a loop over the items, in the runtime;
//   - an instance runs the __str__/__repr__ that its class finds, as the annotator recorded the
//     calls for the operation (below), or object.__repr__ (`<M.C object at 0x...>`:
//     instance_repr) when its class finds neither.
//
// Instances. str(x) calls __str__, or __repr__ when the class has no __str__ of its own or
// inherited from a kiln class; repr(x) calls __repr__. For x annotated as class C the classes
// under C may find different methods:
//   1. all find one graph: a direct_call of it;
//   2. all find a method, two or more graphs: an indirect_call through the vtable slot
//      `method___str__` (or `method___repr__`) of C, made before classes are laid out
//      (findStrMethodSlots) and filled in each class's vtable with the method it finds;
//   3. some find none (object's): the slot as in 2, null in those classes' vtables, and one
//      instance_str call, which calls the slot's function or, for null, object.__repr__;
//   4. x may be None: instance_str of the function (the graph, or the slot read from the vtable
//      vtable_or_default gives), which gives 'None' for None.
// A class under C that finds no __str__ but its own __repr__, while others find a __str__, has
// no graph to call: the annotator only calls the __str__s, and rejects that mix
// (annotateStrOf); where it does not yet, this is a rtyper gap.
#include <algorithm>

#include "annotator/bookkeeper.h"
#include "rtyper/rtype_str.h"
#include "support/pyrepr.h"
#include "support/unicode.h"

namespace kiln::rt {
namespace str {

using ann::AnnKind;
using ann::Annotation;

namespace {

// -- Instances ---------------------------------------------------------------------------------------

constexpr const char* kStr = "__str__";
constexpr const char* kRepr = "__repr__";

// The function a kiln class `k` finds for `name`; null for object's (or a built-in base's).
const load::Object* methodFound(ann::Bookkeeper& bk, ann::ClassDef* k, const char* name) {
  if (!k->cls) return nullptr;
  std::optional<ann::ClassAttr> found = bk.lookupClassAttr(k->cls, bk.intern(name));
  if (!found || !found->owner || found->owner->builtin || !found->value.isRef()) return nullptr;
  return load::dynCast<load::Function>(found->value.ref);
}

void subtree(ann::ClassDef* cd, std::vector<ann::ClassDef*>& out) {
  out.push_back(cd);
  for (ann::ClassDef* sub : cd->subclasses) subtree(sub, out);
}

// How str(x) or repr(x) of instances of class cd (or of its subclasses) runs, for one operation.
struct StrDispatch {
  const char* name = nullptr;           // the method called, "__str__" or "__repr__"; null: none
  std::vector<ann::GraphInfo*> targets; // its graphs the operation reaches for these classes
  bool everyClass = true;               // every class under cd finds a kiln method
  bool ok = true;                       // false: some class needs a graph the annotator did not make
  bool needsSlot() const { return name && (targets.size() > 1 || !everyClass); }
};

StrDispatch strDispatch(ann::Annotator& an, const flow::Operation& op, ann::ClassDef* cd, bool repr) {
  ann::Bookkeeper& bk = an.bookkeeper();
  std::vector<ann::ClassDef*> classes;
  subtree(cd, classes);
  StrDispatch d;
  auto anyFinds = [&](const char* name) {
    return std::any_of(classes.begin(), classes.end(), [&](ann::ClassDef* k) { return methodFound(bk, k, name); });
  };
  d.name = !repr && anyFinds(kStr) ? kStr : anyFinds(kRepr) ? kRepr : nullptr;
  if (!d.name) return d;
  const std::vector<ann::GraphInfo*>* recorded = an.callTargetsOf(&op);
  for (ann::ClassDef* k : classes) {
    const load::Object* f = methodFound(bk, k, d.name);
    if (!f) { // object's __str__ calls repr(): a __repr__ of its own would need its graph
      d.everyClass = false;
      if (d.name == kStr && methodFound(bk, k, kRepr)) d.ok = false;
      continue;
    }
    ann::GraphInfo* g = nullptr;
    for (ann::GraphInfo* t : recorded ? *recorded : std::vector<ann::GraphInfo*>{})
      if (t->desc && t->desc->function == f) g = t;
    if (!g) d.ok = false;
    else if (std::find(d.targets.begin(), d.targets.end(), g) == d.targets.end()) d.targets.push_back(g);
  }
  return d;
}

// The class whose vtable holds the slot `method_<name>` that instances of cd dispatch on.
ClassRepr* slotOwner(RTyper& rt, ann::ClassDef* cd, const std::string& name) {
  for (ClassRepr* r = rt.classRepr(cd); r; r = r->base)
    if (r->methodSlots.count(name)) return r;
  return nullptr;
}

// The slot's function pointer in the vtable of the instance `self`. For one that may be None,
// the vtable is vtable_or_default's (the slot owner's own for None: its function is not called).
std::optional<ll::Value> slotFunction(OpCtx& c, ll::Value self, bool mayBeNone, ann::ClassDef* cd, const std::string& name) {
  ClassRepr* owner = slotOwner(c.rt, cd, name);
  if (!owner) return std::nullopt;
  return vtableSlot(c, self, owner, name, mayBeNone);
}

// A str value from what a __str__/__repr__ returned (a char when it returns a one-character
// constant).
ll::Value returnedStr(OpCtx& c, ll::Value s, ann::GraphInfo* method) {
  ann::Annotator& an = c.rt.annotator();
  const Annotation* returned = an.binding(method->graph->returnBlock()->inputs[0]);
  return returned ? c.gc.convert(s, returned, an.lattice().str()) : s;
}

// The call of the method `d` finds (a direct_call, or an indirect_call through the slot), or,
// when some classes find none, instance_str of the function (slot) and the instance. An
// instance that may be None is passed to instance_str too (str(None) is 'None'). The function's
// parameter may be a subclass of the receiver's class (the common base of the classes that
// define the method): the instance is cast to it, and instance_str calls the function only for
// instances of those classes.
std::optional<Piece> callStrMethod(OpCtx& c, const StrDispatch& d, ll::Value v, const Annotation* a) {
  const ll::Type* fn = c.rt.funcTypeOf(d.targets[0]);
  ll::Value self = c.gc.convertTo(v, a, fn->params[0]);
  if (d.targets.size() == 1 && d.everyClass) {
    ll::ConstValue k;
    k.graph = c.rt.graphOf(d.targets[0]);
    ll::Value method = c.gc.constant(c.rt.types().ptr(fn), k);
    if (a->canBeNone()) return valuePiece(c.callHelper(HelperId::instance_str, {method, self}, c.rt.strPtr()));
    ll::Value s = c.emit(ll::Op::direct_call, {method, self}, fn->result);
    return valuePiece(returnedStr(c, s, d.targets[0]));
  }
  std::optional<ll::Value> slot = slotFunction(c, self, a->canBeNone(), a->classDef, d.name);
  if (!slot) return std::nullopt;
  if (!d.everyClass || a->canBeNone()) return valuePiece(c.callHelper(HelperId::instance_str, {*slot, self}, c.rt.strPtr()));
  std::string names;
  for (ann::GraphInfo* g : d.targets) names += (names.empty() ? "" : " ") + g->name();
  ll::Value s = c.emit(ll::Op::indirect_call, {*slot, self, c.voidConst(names)}, fn->result);
  return valuePiece(returnedStr(c, s, d.targets[0]));
}

std::optional<Piece> instanceToStr(OpCtx& c, ll::Value v, const Annotation* a, bool repr) {
  StrDispatch d = strDispatch(c.rt.annotator(), c.op, a->classDef, repr);
  // An exception whose classes define no __str__: BaseException's, its message (rtype_exception.cpp).
  if (!repr && a->classDef->isException && !d.name) {
    ann::ClassDef* base = a->classDef->rootException();
    const ll::Type* e = c.rt.types().ptr(c.rt.classRepr(base)->instance);
    ll::Value m = c.emit(ll::Op::getfield, {c.emit(ll::Op::cast_pointer, {v}, e), c.voidConst("message")}, c.rt.strPtr());
    ll::Value made = c.emit(ll::Op::ptr_nonzero, {m}, c.rt.types().boolType()); // a prebuilt instance has none
    return valuePiece(c.emit(ll::Op::select, {made, m, strConstant(c, "")}, c.rt.strPtr()));
  }
  // Otherwise an exception without a __str__ of its own everywhere is rejected by the annotator.
  if (!d.ok || (a->classDef->isException && !(d.name && d.everyClass))) return std::nullopt;
  if (!d.name) { // object.__repr__
    ll::Value root = c.emit(ll::Op::cast_pointer, {v}, c.rt.objectPtr());
    return valuePiece(c.callHelper(HelperId::instance_repr, {root}, c.rt.strPtr()));
  }
  return callStrMethod(c, d, v, a);
}

// -- Numbers, strs, containers -----------------------------------------------------------------------

Piece floatToStr(OpCtx& c, ll::Value v, const Annotation* a) {
  if (a->hasConst() && a->constant.kind == load::Value::Kind::Float) return knownPiece(pyrepr::reprFloat(a->constant.floatValue));
  return valuePiece(c.callHelper(HelperId::str_from_float, {v}, c.rt.strPtr()));
}

Piece strToStr(OpCtx& c, ll::Value v, const Annotation* a, bool repr) {
  const ll::Type* strPtr = c.rt.strPtr();
  if (std::optional<std::string_view> t = knownText(a)) return knownPiece(repr ? pyrepr::reprStr(*t) : std::string(*t));
  if (repr) return valuePiece(c.callHelper(HelperId::str_repr, {asStr(c, v, a)}, strPtr)); // 'None' for None
  if (!a->canBeNone()) return valuePiece(asStr(c, v, a));
  ll::Value isStr = c.emit(ll::Op::ptr_nonzero, {v}, c.rt.types().boolType()); // str(None) is 'None'
  return valuePiece(c.emit(ll::Op::select, {isStr, v, strConstant(c, "None")}, strPtr));
}

// (a, b) and (a,): the items' reprs, in the same pieces.
bool tupleToStr(OpCtx& c, Pieces& out, ll::Value v, const Annotation* a) {
  std::optional<std::vector<Item>> items = tupleItems(c, v, a);
  if (!items) return false;
  out.text("(");
  for (size_t k = 0; k < items->size(); ++k) {
    if (k) out.text(", ");
    if (!appendStr(c, out, (*items)[k].first, (*items)[k].second, true)) return false;
  }
  out.text(items->size() == 1 ? ",)" : ")");
  return true;
}

// ascii() of text known at translation time: backslashreplace of its non-ASCII code points.
std::string asciiEscaped(std::string_view utf8) {
  std::string out;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    char32_t ch = unicode::decodeUtf8(p, end, /*allowSurrogates=*/true);
    if (ch < 0x80) {
      out += char(ch);
      continue;
    }
    char buf[16];
    const char* form = ch < 0x100 ? "\\x%02x" : ch < 0x10000 ? "\\u%04x" : "\\U%08x";
    std::snprintf(buf, sizeof buf, form, unsigned(ch));
    out += buf;
  }
  return out;
}

// A list or dict that nothing is ever stored into (`{}` never filled): its items are Impossible.
bool neverFilled(const Annotation* a) {
  if (a->is(AnnKind::List)) return a->list->find()->item.ann->isImpossible();
  return a->is(AnnKind::Dict) && a->dict->find()->key.ann->isImpossible();
}

} // namespace


Piece intToStr(OpCtx& c, ll::Value v, const Annotation* a) {
  if (a->hasConst()) {
    const load::Value& k = a->constant;
    int64_t i = k.kind == load::Value::Kind::Bool ? int64_t(k.boolValue) : k.intValue;
    return knownPiece(a->isUnsigned() ? std::to_string(uint64_t(i)) : std::to_string(i));
  }
  if (a->isUnsigned()) return valuePiece(c.callHelper(HelperId::str_from_uint, {v}, c.rt.strPtr()));
  v = c.gc.convert(v, a, c.rt.annotator().lattice().integer());
  return valuePiece(c.callHelper(HelperId::str_from_int, {v}, c.rt.strPtr()));
}

bool appendStr(OpCtx& c, Pieces& out, ll::Value v, const Annotation* a, bool repr) {
  const ll::Type* strPtr = c.rt.strPtr();
  switch (a->kind) {
  case AnnKind::None: out.text("None"); return true;
  case AnnKind::Bool:
    if (a->hasConst()) out.text(a->constant.boolValue ? "True" : "False");
    else out.value(c.emit(ll::Op::select, {v, strConstant(c, "True"), strConstant(c, "False")}, strPtr));
    return true;
  case AnnKind::Int: // repr() of an r_uint is kiln.rarithmetic's: 'r_uint(5)'
    if (repr && a->isUnsigned()) out.text("r_uint(");
    out.add(intToStr(c, v, a));
    if (repr && a->isUnsigned()) out.text(")");
    return true;
  case AnnKind::Float: out.add(floatToStr(c, v, a)); return true;
  case AnnKind::Char:
  case AnnKind::Str: out.add(strToStr(c, v, a, repr)); return true;
  case AnnKind::Bytes: // str(b) is repr(b)
    if (std::optional<std::string_view> t = knownText(a)) out.text(pyrepr::reprBytes(*t));
    else out.value(c.callHelper(HelperId::bytes_repr, {v}, strPtr));
    return true;
  case AnnKind::Tuple: return tupleToStr(c, out, v, a);
  case AnnKind::List:
  case AnnKind::Dict:
    if (neverFilled(a) && !a->canBeNone()) { // nothing was ever stored: it is empty
      out.text(a->is(AnnKind::List) ? "[]" : "{}");
      return true;
    }
    if (!c.rt.lowType(a) || !reprInRuntime(a)) return false;
    out.value(c.callHelper(a->is(AnnKind::List) ? HelperId::list_repr : HelperId::dict_repr, {v}, strPtr));
    return true;
  case AnnKind::Instance: {
    std::optional<Piece> piece = instanceToStr(c, v, a, repr);
    if (piece) out.add(*piece);
    return piece.has_value();
  }
  default: return false;
  }
}

bool appendAscii(OpCtx& c, Pieces& out, ll::Value v, const Annotation* a) {
  Pieces repr;
  if (!appendStr(c, repr, v, a, true)) return false;
  for (const Piece& p : repr.pieces()) {
    if (p.known) out.text(asciiEscaped(p.text));
    else out.value(c.callHelper(HelperId::str_ascii, {p.value}, c.rt.strPtr()));
  }
  return true;
}

std::string typeNameForMessages(const Annotation* a) {
  switch (a->kind) {
  case AnnKind::None: return "NoneType";
  case AnnKind::List: return "list";
  case AnnKind::Dict: return "dict";
  case AnnKind::Tuple: return "tuple";
  case AnnKind::Instance:
    return a->classDef->cls ? std::string(a->classDef->cls->name.str()) : a->classDef->name;
  default: return ann::typeName(a);
  }
}

} // namespace str

// -- Slots ---------------------------------------------------------------------------------------------

void findStrMethodSlots(RTyper& rt) {
  using namespace str;
  ann::Annotator& an = rt.annotator();
  ann::Bookkeeper& bk = an.bookkeeper();
  // Requests, the shallowest receivers first so that a subclass reuses its base's slot.
  std::vector<std::pair<ann::ClassDef*, StrDispatch>> requests;
  auto visit = [&](auto& self, const flow::Operation& op, const ann::Annotation* a) -> void {
    if (!a) return;
    if (a->is(ann::AnnKind::Tuple))
      for (const ann::Annotation* item : a->items) self(self, op, item);
    if (!a->is(ann::AnnKind::Instance)) return;
    for (bool repr : {false, true})
      if (StrDispatch d = strDispatch(an, op, a->classDef, repr); d.ok && d.needsSlot()) requests.push_back({a->classDef, d});
  };
  for (ann::GraphInfo* g : an.graphs())
    for (flow::Block* b : g->graph->blocksInOrder()) {
      if (!an.isReached(b)) continue;
      for (const flow::Operation& op : b->operations) {
        const std::string* name = an.specialMethodOf(&op);
        if (!name || (*name != kStr && *name != kRepr)) continue;
        for (const flow::Value& arg : op.args) visit(visit, op, an.annotationOf(arg));
      }
    }
  std::stable_sort(requests.begin(), requests.end(), [](const auto& x, const auto& y) { return x.first->depth() < y.first->depth(); });
  for (const auto& [cd, d] : requests) {
    if (slotOwner(rt, cd, d.name)) continue;
    rt.classRepr(cd)->methodSlots[d.name] = rt.funcTypeOf(d.targets[0]);
    std::vector<ann::ClassDef*> classes;
    subtree(cd, classes);
    for (ann::ClassDef* k : classes) {
      const load::Object* f = methodFound(bk, k, d.name);
      for (ann::GraphInfo* t : d.targets)
        if (f && t->desc && t->desc->function == f) rt.classRepr(k)->methodImpls[d.name] = rt.graphOf(t);
    }
  }
}

} // namespace kiln::rt

// The annotation lattice (annotator/annotation.h, annotation.cpp, union.cpp): its laws on a
// generated set of annotations, its rules one by one with exact results, and its names.
//
// The generated set. A World is a fixed universe: a class hierarchy (object <- A <- B <- D,
// A <- C, object <- E), prebuilt instances, descs of every DescKind, ListDefs, DictDefs and
// CellDefs with known slots, and a deterministic list of about 120 annotations over them
// (World::all) covering every AnnKind of annotations.def, every flag, constants of every
// constant kind, tuples of lengths 0 to 3 (nested), lists of lists and a list that holds itself.
// Nothing is random: every run checks the same pairs (all ordered pairs) and triples (all).
//
// Merging. unite() merges the ListDefs, DictDefs and CellDefs of the two sides, so the result
// of one check would change the meaning of the annotations the next check sees. Each check that
// unites therefore runs in a fresh World (same ids, same annotations in the same order; a World
// whose defs no union changed is as good as new and is reused). Checks that compare two orders
// of union (commutativity, associativity) run each order in its own World and compare the
// results structurally (describe(): kinds, flags, constants, the representative def and its
// slots, recursively), which also catches a merge that depends on the order. contains() is a
// dry run that never merges, so the contains matrix is computed in one World.
//
// Failure is the lattice's top ("cannot be mixed"). Poison, the result of an operation already
// reported as an error, absorbs everything, failures included (int ∪ float fails, poison ∪ int
// is poison), so the laws about failure (associativity and monotonicity of failure) are checked
// on annotations without Poison anywhere in them; the laws about results hold for all.
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <initializer_list>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "annotator/annotation.h"
#include "annotator/defs.h"
#include "flowgraph/graph.h"

namespace kiln::ann {
namespace {

// -- The generated universe ------------------------------------------------------------------

class World {
public:
  World();
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  const Annotation* tuple(std::initializer_list<const Annotation*> items) {
    std::vector<const Annotation*> v(items);
    return l.tuple(v);
  }
  const Annotation* iter(IterKind kind, std::initializer_list<const Annotation*> items) {
    std::vector<const Annotation*> v(items);
    return l.iterator(kind, v);
  }
  const Annotation* pbc(std::vector<Desc*> descs, bool canBeNone = false) {
    const Annotation* a = l.pbc(std::move(descs), canBeNone);
    EXPECT_NE(a, nullptr);
    return a;
  }
  std::vector<ListDef*> listDefs() {
    return {&intList1,      &intList2,      &nonNegList, &strList,   &emptyList,
            &innerIntList,  &innerStrList,  &nestedIntList, &nestedStrList, &selfList1,
            &selfList2,     &cycleList1,    &cycleList2,    &cycleList3};
  }
  std::vector<DictDef*> dictDefs() { return {&strIntDict1, &strIntDict2, &intStrDict, &emptyDict}; }
  std::vector<CellDef*> cellDefs() { return {&intCell1, &intCell2, &strCell, &emptyCell}; }
  // Whether the defs are as made: no union merged any (union writes to defs only to merge).
  bool pristine();
  // Each def's slots as made, with the slot of its representative now.
  std::vector<std::pair<const Annotation*, const Slot*>> madeAndNow() {
    std::vector<std::pair<const Annotation*, const Slot*>> r;
    size_t k = 0;
    for (ListDef* d : listDefs()) r.push_back({madeSlots_[k++].second, &d->find()->item});
    for (DictDef* d : dictDefs()) {
      r.push_back({madeSlots_[k++].second, &d->find()->key});
      r.push_back({madeSlots_[k++].second, &d->find()->value});
    }
    for (CellDef* d : cellDefs()) r.push_back({madeSlots_[k++].second, &d->find()->value});
    return r;
  }
  // The representative of every def, to check that contains() merges nothing.
  std::vector<void*> representatives() {
    std::vector<void*> r;
    for (ListDef* d : listDefs())
      r.push_back(d->find());
    for (DictDef* d : dictDefs())
      r.push_back(d->find());
    for (CellDef* d : cellDefs())
      r.push_back(d->find());
    return r;
  }

  Lattice l;
  // Classes: object <- A <- B <- D, A <- C; E derives from object only.
  ClassDef objectClass, classA, classB, classC, classD, classE;
  load::Instance prebuiltA1, prebuiltA2, prebuiltD, prebuiltObject1, prebuiltObject2;
  load::Function functionF, functionG, functionH, functionM;
  load::Class loadClassA, loadClassB;
  load::Module moduleX, moduleY;
  FunctionDesc descF{1, "demo.f", &functionF};
  FunctionDesc descG{2, "demo.g", &functionG};
  FunctionDesc descH{3, "demo.h", &functionH};
  ClassDesc descClassA{4, "demo.A", &loadClassA};
  ClassDesc descClassB{5, "demo.B", &loadClassB};
  FrozenDesc descX{6, "demo.x", &moduleX};
  FrozenDesc descY{7, "demo.y", &moduleY};
  MethodDesc descMethodM{8, "demo.A.m"};
  MethodDesc descMethodN{9, "demo.B.m"};
  MethodOfFrozenDesc descFrozenMethod{10, "demo.x.m"};
  // Lists (ids in this order; the representative of a merge is the lower id).
  ListDef intList1, intList2, nonNegList, strList, emptyList;
  // nestedIntList is a list(list(int)) over innerIntList; nestedStrList the same with str.
  ListDef innerIntList, innerStrList, nestedIntList, nestedStrList;
  ListDef selfList1, selfList2; // each holds itself
  // Merging cycleList1 and cycleList2 merges cycleList3 into cycleList1 on the way:
  // cycleList1.item = (list(cycleList3), int>=0), cycleList2.item = (list(cycleList1), int>=0),
  // cycleList3.item = (list(cycleList3), int).
  ListDef cycleList1, cycleList2, cycleList3;
  DictDef strIntDict1, strIntDict2, intStrDict, emptyDict;
  CellDef intCell1, intCell2, strCell, emptyCell;

  std::vector<const Annotation*> all; // the generated set

private:
  std::vector<std::pair<Slot*, const Annotation*>> madeSlots_; // every def's slots, as made

  void makeClasses();
  void makeDefs();
  void add(const Annotation* a) {
    ASSERT_NE(a, nullptr);
    all.push_back(a);
  }
  void addScalars();
  void addContainers();
  void addObjects();
};

World::World() {
  makeClasses();
  makeDefs();
  addScalars();
  addContainers();
  addObjects();
}

void World::makeClasses() {
  struct Row {
    ClassDef* def;
    const char* name;
    ClassDef* base;
  };
  uint32_t id = 0;
  for (Row r : {Row{&objectClass, "object", nullptr}, Row{&classA, "demo.A", &objectClass},
                Row{&classB, "demo.B", &classA}, Row{&classC, "demo.C", &classA},
                Row{&classD, "demo.D", &classB}, Row{&classE, "demo.E", &objectClass}}) {
    r.def->id = id++;
    r.def->name = r.name;
    r.def->base = r.base;
    if (r.base) r.base->subclasses.push_back(r.def);
  }
  uint32_t objectId = 100;
  for (load::Object* o : std::initializer_list<load::Object*>{
           &prebuiltA1, &prebuiltA2, &prebuiltD, &prebuiltObject1, &prebuiltObject2, &functionF,
           &functionG, &functionH, &functionM, &loadClassA, &loadClassB, &moduleX, &moduleY})
    o->id = objectId++;
  descMethodM.function = &descH;
  descMethodM.origin = descMethodM.selfClass = &classA;
  descMethodN.function = &descH;
  descMethodN.origin = descMethodN.selfClass = &classB;
  descFrozenMethod.function = &descF;
  descFrozenMethod.self = &descX;
  descClassA.classDef = &classA;
  descClassB.classDef = &classB;
}

void World::makeDefs() {
  uint32_t id = 1;
  auto list = [&](ListDef& d, const Annotation* item) {
    d.id = id++;
    d.item.ann = item;
  };
  list(intList1, l.integer());
  list(intList2, l.integer());
  list(nonNegList, l.integer(true));
  list(strList, l.str());
  list(emptyList, l.impossible());
  list(innerIntList, l.integer());
  list(innerStrList, l.str());
  list(nestedIntList, l.list(&innerIntList));
  list(nestedStrList, l.list(&innerStrList));
  list(selfList1, l.impossible());
  selfList1.item.ann = l.list(&selfList1);
  list(selfList2, l.impossible());
  selfList2.item.ann = l.list(&selfList2);
  list(cycleList1, l.impossible());
  list(cycleList2, l.impossible());
  list(cycleList3, l.impossible());
  cycleList1.item.ann = tuple({l.list(&cycleList3), l.integer(true)});
  cycleList2.item.ann = tuple({l.list(&cycleList1), l.integer(true)});
  cycleList3.item.ann = tuple({l.list(&cycleList3), l.integer()});
  auto dict = [&](DictDef& d, const Annotation* key, const Annotation* value) {
    d.id = id++;
    d.key.ann = key;
    d.value.ann = value;
  };
  dict(strIntDict1, l.str(), l.integer());
  dict(strIntDict2, l.str(), l.integer(true));
  dict(intStrDict, l.integer(), l.str());
  dict(emptyDict, l.impossible(), l.impossible());
  auto cell = [&](CellDef& d, const char* name, const Annotation* value) {
    d.id = id++;
    d.name = name;
    d.value.ann = value;
  };
  cell(intCell1, "demo.f.<locals>.a", l.integer());
  cell(intCell2, "demo.f.<locals>.b", l.integer(true));
  cell(strCell, "demo.f.<locals>.c", l.str());
  cell(emptyCell, "demo.f.<locals>.d", l.impossible());
  for (ListDef* d : listDefs())
    madeSlots_.push_back({&d->item, d->item.ann});
  for (DictDef* d : dictDefs()) {
    madeSlots_.push_back({&d->key, d->key.ann});
    madeSlots_.push_back({&d->value, d->value.ann});
  }
  for (CellDef* d : cellDefs())
    madeSlots_.push_back({&d->value, d->value.ann});
}

bool World::pristine() {
  bool merged = !l.takeMerged().empty();
  for (auto [slot, ann] : madeSlots_)
    if (slot->ann != ann) merged = true;
  for (ListDef* d : listDefs())
    merged |= d->find() != d;
  for (DictDef* d : dictDefs())
    merged |= d->find() != d;
  for (CellDef* d : cellDefs())
    merged |= d->find() != d;
  return !merged;
}

void World::addScalars() {
  add(l.impossible());
  add(l.poison());
  add(l.none());
  add(l.boolean());
  add(l.constBool(true));
  add(l.constBool(false));
  add(l.integer());
  add(l.integer(true));
  add(l.integer(false, true));
  add(l.constInt(3));
  add(l.constInt(4));
  add(l.constInt(-1));
  add(l.constInt(0));
  add(l.constInt(3, true));
  add(l.floating());
  add(l.constFloat(1.5));
  add(l.constFloat(0.0));
  add(l.constFloat(-0.0));
  add(l.constFloat(std::bit_cast<double>(uint64_t(0x7ff8000000000000))));
  add(l.strBuilder());
  add(l.file(false));
  add(l.file(true));
  add(l.character());
  add(l.character(true));
  add(l.constStr("x"));
  add(l.constStr("y"));
  add(l.constStr("\xc3\xa9")); // é: one code point, two bytes
  add(l.str());
  add(l.str(true));
  add(l.str(false, true));
  add(l.str(true, true));
  add(l.constStr("ab"));
  add(l.constStr("cd"));
  add(l.constStr(std::string_view("a\0b", 3)));
  add(l.bytes());
  add(l.bytes(true));
  add(l.bytes(false, true));
  add(l.bytes(true, true));
  add(l.constBytes("ab"));
  add(l.constBytes("x"));
}

void World::addContainers() {
  add(tuple({}));
  add(tuple({l.integer()}));
  add(tuple({l.boolean()}));
  add(tuple({l.integer(), l.str()}));
  add(tuple({l.constInt(3), l.constStr("x")}));
  add(tuple({l.boolean(), l.str(true)}));
  add(tuple({l.integer(), l.integer(), l.integer()}));
  add(tuple({tuple({l.integer(), l.str()}), l.none()}));
  add(tuple({tuple({l.boolean(), l.character()}), l.none()}));
  add(tuple({l.list(&intList1), l.floating()}));
  add(tuple({l.list(&intList2), l.floating()}));
  add(tuple({l.poison(), l.integer()}));
  add(l.list(&intList1));
  add(l.list(&intList1, true));
  add(l.list(&intList2));
  add(l.list(&nonNegList));
  add(l.list(&strList));
  add(l.list(&emptyList));
  add(l.list(&nestedIntList));
  add(l.list(&nestedStrList));
  add(l.list(&selfList1));
  add(l.list(&selfList2));
  add(l.list(&cycleList1));
  add(l.list(&cycleList2));
  add(l.list(&cycleList3));
  add(l.dict(&strIntDict1));
  add(l.dict(&strIntDict1, true));
  add(l.dict(&strIntDict2));
  add(l.dict(&intStrDict));
  add(l.dict(&emptyDict));
  add(iter(IterKind::Items, {l.list(&intList1)}));
  add(iter(IterKind::Items, {l.list(&intList2)}));
  add(iter(IterKind::Items, {l.list(&strList)}));
  add(iter(IterKind::Items, {l.str()}));
  add(iter(IterKind::Items, {l.character()}));
  add(iter(IterKind::DictKeys, {l.dict(&strIntDict1)}));
  add(iter(IterKind::DictKeys, {l.dict(&strIntDict2)}));
  add(iter(IterKind::DictValues, {l.dict(&strIntDict1)}));
  add(iter(IterKind::DictItems, {l.dict(&intStrDict)}));
  add(iter(IterKind::Enumerate, {iter(IterKind::Items, {l.list(&intList1)})}));
  add(iter(IterKind::Zip,
           {iter(IterKind::Items, {l.list(&intList1)}), iter(IterKind::Items, {l.str()})}));
  add(iter(IterKind::Reversed, {l.list(&strList)}));
  add(iter(IterKind::Range, {l.integer()}));
  add(iter(IterKind::Range, {l.integer(true)}));
  add(l.cell(&intCell1));
  add(l.cell(&intCell2));
  add(l.cell(&strCell));
  add(l.cell(&emptyCell));
}

void World::addObjects() {
  add(l.instance(&objectClass));
  add(l.instance(&objectClass, true));
  add(l.instance(&classA));
  add(l.instance(&classA, true));
  add(l.instance(&classB));
  add(l.instance(&classC));
  add(l.instance(&classD));
  add(l.instance(&classD, true));
  add(l.instance(&classE));
  add(l.instance(&classE, true));
  add(l.prebuiltInstance(&classA, &prebuiltA1));
  add(l.prebuiltInstance(&classA, &prebuiltA2));
  add(l.prebuiltInstance(&classD, &prebuiltD));
  add(l.prebuiltInstance(&objectClass, &prebuiltObject1));
  add(l.prebuiltInstance(&objectClass, &prebuiltObject2));
  add(l.typeOf(&objectClass));
  add(l.typeOf(&classA));
  add(l.typeOf(&classB));
  add(l.typeOf(&classD));
  add(l.typeOf(&classE));
  add(pbc({&descF}));
  add(pbc({&descG}));
  add(pbc({&descF, &descG}));
  add(pbc({&descF}, true));
  add(pbc({&descH}));
  add(pbc({&descClassA}));
  add(pbc({&descClassA, &descClassB}, true));
  add(pbc({&descX}));
  add(pbc({&descX, &descY}));
  add(pbc({&descMethodM}));
  add(pbc({&descMethodM, &descMethodN}));
  add(pbc({&descFrozenMethod}));
  add(l.builtin(BuiltinId::len));
  add(l.builtin(BuiltinId::print));
  add(l.builtin(BuiltinId::str_join, l.str()));
  add(l.builtin(BuiltinId::str_join, l.character()));
  add(l.builtin(BuiltinId::list_append, l.list(&intList1)));
  add(l.builtin(BuiltinId::list_append, l.list(&intList2)));
}

// -- Structural descriptions -------------------------------------------------------------------

std::string constKey(const load::Value& v) {
  switch (v.kind) {
  case load::Value::Kind::Bool: return v.boolValue ? "True" : "False";
  case load::Value::Kind::Int: return std::to_string(v.intValue);
  case load::Value::Kind::Float: return "f" + std::to_string(std::bit_cast<uint64_t>(v.floatValue));
  case load::Value::Kind::Str: return "s'" + std::string(v.text) + "'";
  case load::Value::Kind::Bytes: return "b'" + std::string(v.text) + "'";
  case load::Value::Kind::Ref: return "ref" + std::to_string(v.ref->id);
  default: return "?";
  }
}

// Everything that makes an annotation what it is, in a form comparable across Worlds: the
// representative def and its slots stand for a list, dict or cell.
std::string describe(const Annotation* a, int depth = 0) {
  if (!a) return "null";
  if (depth > 6) return "...";
  auto slot = [&](const Slot& s) { return s.ann ? describe(s.ann, depth + 1) : "unset"; };
  std::string s = std::string(annKindName(a->kind)) + "/" + std::to_string(a->flags);
  if (a->hasConst()) s += "=" + constKey(a->constant);
  switch (a->kind) {
  case AnnKind::List:
    s += "[L" + std::to_string(a->list->find()->id) + " " + slot(a->list->find()->item) + "]";
    break;
  case AnnKind::Dict: {
    DictDef* d = a->dict->find();
    s += "[D" + std::to_string(d->id) + " " + slot(d->key) + ": " + slot(d->value) + "]";
    break;
  }
  case AnnKind::Cell:
    s += "[C" + std::to_string(a->cell->find()->id) + " " + slot(a->cell->find()->value) + "]";
    break;
  case AnnKind::Instance:
  case AnnKind::TypeOf: s += "[" + a->classDef->name + "]"; break;
  case AnnKind::Iterator: s += "[" + std::to_string(int(a->iterKind)) + "]"; break;
  case AnnKind::Builtin: s += "[" + builtinName(a->builtin) + "]"; break;
  default: break;
  }
  if (!a->items.empty()) {
    s += "(";
    for (const Annotation* i : a->items)
      s += describe(i, depth + 1) + ",";
    s += ")";
  }
  for (const Desc* d : a->descs)
    s += " #" + std::to_string(d->id);
  return s;
}

bool hasPoison(const Annotation* a, int depth = 0) {
  if (!a || depth > 6) return false;
  if (a->isPoison()) return true;
  for (const Annotation* i : a->items)
    if (hasPoison(i, depth + 1)) return true;
  switch (a->kind) {
  case AnnKind::List: return hasPoison(a->list->find()->item.ann, depth + 1);
  case AnnKind::Dict:
    return hasPoison(a->dict->find()->key.ann, depth + 1) ||
           hasPoison(a->dict->find()->value.ann, depth + 1);
  case AnnKind::Cell: return hasPoison(a->cell->find()->value.ann, depth + 1);
  default: return false;
  }
}

std::string label(World& w, size_t i) {
  return "#" + std::to_string(i) + " " + annotationName(w.all[i]) + " {" + describe(w.all[i]) + "}";
}

// Collects the violations of a law; reports the first few in full and counts the rest.
class Violations {
public:
  void add(const std::string& what) {
    if (count_++ < 20) ADD_FAILURE() << what;
  }
  size_t count() const { return count_; }

private:
  size_t count_ = 0;
};

// Worlds for the checks that unite: one whose defs are as made is as good as new and is reused
// (which keeps the laws fast); one where a union merged defs is replaced.
class WorldSource {
public:
  World& fresh() {
    if (!world_ || !world_->pristine()) world_ = std::make_unique<World>();
    return *world_;
  }

private:
  std::unique_ptr<World> world_;
};

size_t generatedCount() {
  World w;
  return w.all.size();
}

// The matrix contains(all[i], all[j]), from one World (contains never merges).
std::vector<std::vector<bool>> containsMatrix() {
  World w;
  size_t n = w.all.size();
  std::vector<std::vector<bool>> m(n, std::vector<bool>(n));
  for (size_t i = 0; i < n; ++i)
    for (size_t j = 0; j < n; ++j)
      m[i][j] = w.l.contains(w.all[i], w.all[j]);
  return m;
}

// -- Laws --------------------------------------------------------------------------------------

TEST(LatticeLaws, GeneratedSetCoversEveryKind) {
  World w;
  std::set<AnnKind> kinds;
  std::set<DescKind> descKinds;
  std::set<IterKind> iterKinds;
  std::set<load::Value::Kind> constKinds;
  std::set<uint8_t> intFlags, strFlags, bytesFlags;
  std::set<size_t> tupleLengths;
  for (const Annotation* a : w.all) {
    kinds.insert(a->kind);
    if (a->is(AnnKind::PBC)) descKinds.insert(a->descs.front()->kind);
    if (a->is(AnnKind::Iterator)) iterKinds.insert(a->iterKind);
    if (a->hasConst()) constKinds.insert(a->constant.kind);
    if (a->is(AnnKind::Int) && !a->hasConst()) intFlags.insert(a->flags);
    if (a->is(AnnKind::Str) && !a->hasConst()) strFlags.insert(a->flags);
    if (a->is(AnnKind::Bytes) && !a->hasConst()) bytesFlags.insert(a->flags);
    if (a->is(AnnKind::Tuple)) tupleLengths.insert(a->items.size());
  }
#define ANN_KIND(name, doc)                                                                        \
  EXPECT_TRUE(kinds.count(AnnKind::name)) << "no " #name " annotation generated";
#include "annotator/annotations.def"
  EXPECT_EQ(descKinds.size(), 5u);
  EXPECT_EQ(iterKinds.size(), 8u);
  using K = load::Value::Kind;
  EXPECT_EQ(constKinds, (std::set<K>{K::Bool, K::Int, K::Float, K::Str, K::Bytes, K::Ref}));
  EXPECT_EQ(intFlags.size(), 3u); // int, int>=0, uint
  EXPECT_EQ(strFlags.size(), 4u); // str, str?, both with and without NoNul
  EXPECT_EQ(bytesFlags.size(), 4u);
  EXPECT_EQ(tupleLengths, (std::set<size_t>{0, 1, 2, 3}));
  // No duplicates: interning gives each distinct annotation one pointer.
  EXPECT_EQ(std::set<const Annotation*>(w.all.begin(), w.all.end()).size(), w.all.size());
  EXPECT_GE(w.all.size(), 120u);
}

TEST(LatticeLaws, Idempotent) {
  Violations bad;
  size_t n = generatedCount();
  WorldSource source;
  for (size_t i = 0; i < n; ++i) {
    World& w = source.fresh();
    const Annotation* a = w.all[i];
    if (w.l.canonical(a) != a) bad.add(label(w, i) + ": a fresh annotation is not canonical");
    if (!w.l.contains(a, a)) bad.add(label(w, i) + ": does not contain itself");
    if (w.l.unite(a, a) != a) bad.add(label(w, i) + ": a ∪ a != a");
    if (!w.l.takeMerged().empty()) bad.add(label(w, i) + ": a ∪ a merged defs");
    // The bottom and the absorbing top.
    if (w.l.unite(a, w.l.impossible()) != a || w.l.unite(w.l.impossible(), a) != a)
      bad.add(label(w, i) + ": a ∪ impossible != a");
    if (w.l.unite(a, w.l.poison()) != w.l.poison() || w.l.unite(w.l.poison(), a) != w.l.poison())
      bad.add(label(w, i) + ": a ∪ poison != poison");
    if (!w.l.contains(a, w.l.impossible()) || !w.l.contains(w.l.poison(), a))
      bad.add(label(w, i) + ": not between impossible and poison");
  }
  EXPECT_EQ(bad.count(), 0u);
}

// unite(a, b) and unite(b, a), each in its own World, give the same result, or both fail on the
// same pair of annotations. The result is canonical.
TEST(LatticeLaws, CommutativeAndFailuresSymmetric) {
  Violations bad;
  WorldSource source1, source2;
  size_t n = generatedCount(), united = 0, failed = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      World &w1 = source1.fresh(), &w2 = source2.fresh();
      Conflict why1, why2;
      const Annotation* u1 = w1.l.unite(w1.all[i], w1.all[j], &why1);
      const Annotation* u2 = w2.l.unite(w2.all[j], w2.all[i], &why2);
      std::string pair = label(w1, i) + " and " + label(w1, j);
      if (describe(u1) != describe(u2)) {
        bad.add(pair + ": a ∪ b = " + describe(u1) + " but b ∪ a = " + describe(u2));
        continue;
      }
      if (u1) {
        ++united;
        if (w1.l.canonical(u1) != u1) bad.add(pair + ": the union is not canonical");
        continue;
      }
      ++failed;
      if (!why1.left || !why1.right) {
        bad.add(pair + ": failed without a conflict");
        continue;
      }
      std::set<std::string> c1{describe(why1.left), describe(why1.right)};
      std::set<std::string> c2{describe(why2.left), describe(why2.right)};
      if (c1 != c2 || why1.reason.empty() != why2.reason.empty())
        bad.add(pair + ": the conflicts differ by order: '" + why1.reason + "' vs '" + why2.reason +
                "'");
    }
  }
  EXPECT_EQ(bad.count(), 0u);
  EXPECT_GE(united, 500u);
  EXPECT_GE(failed, 6000u);
}

// u = a ∪ b contains a and b (after the merges the union made), absorbs them again without
// merging anything more, and is itself idempotent. Whether or not the union succeeds, every def
// still holds what it was made with: the slot of its representative contains it (defs grow,
// never shrink, so a merged def's slot is an upper bound of the slots it merged).
TEST(LatticeLaws, UnionIsAnUpperBound) {
  Violations bad;
  WorldSource source;
  size_t n = generatedCount(), checked = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      World& w = source.fresh();
      const Annotation *a = w.all[i], *b = w.all[j];
      const Annotation* u = w.l.unite(a, b);
      for (auto [made, now] : w.madeAndNow())
        if (!w.l.contains(now->ann, made))
          bad.add(label(w, i) + " ∪ " + label(w, j) + ": a def made with " + describe(made) +
                  " holds " + describe(now->ann) + " now");
      if (!u) continue;
      ++checked;
      (void)w.l.takeMerged();
      std::string pair = label(w, i) + " and " + label(w, j) + " (union " + describe(u) + ")";
      if (!w.l.contains(u, a) || !w.l.contains(u, b))
        bad.add(pair + ": the union does not contain both");
      if (w.l.unite(u, a) != u || w.l.unite(b, u) != u)
        bad.add(pair + ": the union does not absorb them");
      if (w.l.unite(u, u) != u) bad.add(pair + ": the union is not idempotent");
      if (!w.l.takeMerged().empty()) bad.add(pair + ": uniting again merged defs");
    }
  }
  EXPECT_EQ(bad.count(), 0u);
  EXPECT_GE(checked, 1200u);
}

// contains(a, b) is the union that does not grow a: before any merge, contains(a, b) implies
// a ∪ b == a with no merge, and a ∪ b == a without contains(a, b) only through merged defs;
// once the union has merged what it merges, contains(a, b) holds exactly when a ∪ b == a.
// contains itself has no side effects.
TEST(LatticeLaws, ContainsIsUnionWithoutGrowth) {
  Violations bad;
  WorldSource source;
  size_t n = generatedCount(), contained = 0, grownThroughDefs = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      World& w = source.fresh();
      const Annotation *a = w.all[i], *b = w.all[j];
      std::string pair = label(w, i) + " and " + label(w, j);
      std::vector<void*> before = w.representatives();
      bool containsBefore = w.l.contains(a, b);
      if (w.representatives() != before || !w.l.takeMerged().empty())
        bad.add(pair + ": contains merged defs");
      const Annotation* u = w.l.unite(a, b);
      bool merged = !w.l.takeMerged().empty();
      if (containsBefore) {
        ++contained;
        if (u != a || merged) bad.add(pair + ": contains(a, b) but a ∪ b = " + describe(u));
      } else if (u && u == w.l.canonical(a)) {
        ++grownThroughDefs;
        if (!merged) bad.add(pair + ": a ∪ b == a without merges, but not contains(a, b)");
      }
      bool containsAfter = w.l.contains(a, b);
      const Annotation* again = w.l.unite(a, b);
      if (containsAfter != (again && again == w.l.canonical(a)))
        bad.add(pair + ": after the merges, contains(a, b) = " + std::to_string(containsAfter) +
                " but a ∪ b = " + describe(again));
    }
  }
  EXPECT_EQ(bad.count(), 0u);
  EXPECT_GE(contained, 490u);
  EXPECT_GE(grownThroughDefs, 50u);
}

// contains is a partial order on canonical annotations: reflexive (Idempotent), antisymmetric
// and transitive.
TEST(LatticeLaws, ContainsIsAPartialOrder) {
  std::vector<std::vector<bool>> m = containsMatrix();
  World w;
  size_t n = w.all.size(), chains = 0;
  Violations bad;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      if (i != j && m[i][j] && m[j][i])
        bad.add(label(w, i) + " and " + label(w, j) + " contain each other");
      if (!m[i][j]) continue;
      for (size_t k = 0; k < n; ++k) {
        if (!m[j][k]) continue;
        ++chains;
        if (!m[i][k])
          bad.add(label(w, i) + " ⊇ " + label(w, j) + " ⊇ " + label(w, k) +
                  " but not transitively");
      }
    }
  }
  EXPECT_EQ(bad.count(), 0u);
  EXPECT_GE(chains, 1300u);
}

// (a ∪ b) ∪ c == a ∪ (b ∪ c) over every triple. Without Poison, one side
// fails exactly when the other does (failure is the top: an error must not depend on the order
// in which the annotator meets the values).
TEST(LatticeLaws, Associative) {
  Violations bad;
  WorldSource source1, source2;
  World reference;
  size_t n = reference.all.size(), agreed = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      for (size_t k = 0; k < n; ++k) {
        World &w1 = source1.fresh(), &w2 = source2.fresh();
        const Annotation* ab = w1.l.unite(w1.all[i], w1.all[j]);
        const Annotation* left = ab ? w1.l.unite(ab, w1.all[k]) : nullptr;
        const Annotation* bc = w2.l.unite(w2.all[j], w2.all[k]);
        const Annotation* right = bc ? w2.l.unite(w2.all[i], bc) : nullptr;
        bool poison = hasPoison(reference.all[i]) || hasPoison(reference.all[j]) ||
                      hasPoison(reference.all[k]);
        if (poison && (!left || !right)) continue;
        if (describe(left) != describe(right)) {
          bad.add(label(reference, i) + ", " + label(reference, j) + ", " + label(reference, k) +
                  ": (a ∪ b) ∪ c = " + describe(left) + " but a ∪ (b ∪ c) = " + describe(right));
          continue;
        }
        if (left) ++agreed;
      }
    }
  }
  EXPECT_EQ(bad.count(), 0u);
  EXPECT_GE(agreed, 25000u);
}

// If a1 contains a2, then a1 ∪ b contains a2 ∪ b when both exist; without Poison, a2 ∪ b exists
// whenever a1 ∪ b does.
TEST(LatticeLaws, Monotone) {
  std::vector<std::vector<bool>> m = containsMatrix();
  Violations bad;
  WorldSource source;
  size_t n = m.size(), compared = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t i2 = 0; i2 < n; ++i2) {
      if (i == i2 || !m[i][i2]) continue;
      for (size_t j = 0; j < n; ++j) {
        World& w = source.fresh();
        const Annotation *a1 = w.all[i], *a2 = w.all[i2], *b = w.all[j];
        const Annotation* u1 = w.l.unite(a1, b);
        const Annotation* u2 = w.l.unite(a2, b);
        std::string what = label(w, i) + " ⊇ " + label(w, i2) + ", b = " + label(w, j);
        if (u1 && u2) {
          ++compared;
          if (!w.l.contains(u1, u2))
            bad.add(what + ": a1 ∪ b = " + describe(u1) +
                    " does not contain a2 ∪ b = " + describe(u2));
        } else if (u1 && !hasPoison(a1) && !hasPoison(a2) && !hasPoison(b)) {
          bad.add(what + ": a1 ∪ b = " + describe(u1) + " but a2 ∪ b fails");
        }
      }
    }
  }
  EXPECT_EQ(bad.count(), 0u);
  EXPECT_GE(compared, 3600u);
}

// -- Rules, one by one ---------------------------------------------------------------------------

// unite(a, b) in both orders; both must give `expected` (null: both fail).
#define EXPECT_UNITE(w, a, b, expected)                                                            \
  do {                                                                                             \
    EXPECT_EQ(describe((w).l.unite((a), (b))), describe(expected)) << "a ∪ b";                     \
    EXPECT_EQ(describe((w).l.unite((b), (a))), describe(expected)) << "b ∪ a";                     \
  } while (0)

TEST(LatticeRules, BoolJoinsIntToInt) {
  World w;
  Lattice& l = w.l;
  EXPECT_UNITE(w, l.boolean(), l.integer(), l.integer());
  EXPECT_UNITE(w, l.boolean(), l.integer(true), l.integer(true));
  EXPECT_UNITE(w, l.constBool(true), l.constInt(3), l.integer(true));
  EXPECT_UNITE(w, l.constBool(true), l.constInt(-1), l.integer());
  EXPECT_UNITE(w, l.constBool(true), l.constBool(false), l.boolean());
  EXPECT_UNITE(w, l.constBool(true), l.boolean(), l.boolean());
  EXPECT_EQ(annotationName(l.unite(l.boolean(), l.integer())), "int");
}

TEST(LatticeRules, NonNegativeJoinsIntToInt) {
  World w;
  Lattice& l = w.l;
  EXPECT_UNITE(w, l.integer(true), l.integer(), l.integer());
  EXPECT_EQ(annotationName(l.unite(l.integer(true), l.integer())), "int");
  EXPECT_UNITE(w, l.integer(true), l.constInt(3), l.integer(true));
  EXPECT_UNITE(w, l.integer(true), l.constInt(-1), l.integer());
  EXPECT_UNITE(w, l.constInt(0), l.constInt(3), l.integer(true));
}

TEST(LatticeRules, IntJoinsUnsignedToUnsigned) {
  World w;
  Lattice& l = w.l;
  const Annotation* uint = l.integer(false, true);
  EXPECT_TRUE(uint->nonNeg()); // an r_uint is never negative
  EXPECT_UNITE(w, l.integer(), uint, uint);
  EXPECT_UNITE(w, l.constInt(-1), uint, uint);
  EXPECT_UNITE(w, l.boolean(), uint, uint);
  EXPECT_UNITE(w, l.constInt(3), l.constInt(3, true), uint);
  EXPECT_UNITE(w, l.constInt(3, true), l.constInt(3, true), l.constInt(3, true));
  EXPECT_EQ(annotationName(l.unite(l.integer(), uint)), "uint");
}

TEST(LatticeRules, IntAndFloatDoNotJoin) {
  World w;
  Lattice& l = w.l;
  for (const Annotation* i : {l.integer(), l.boolean(), l.constInt(3), l.integer(false, true)}) {
    for (const Annotation* f : {l.floating(), l.constFloat(1.5)}) {
      Conflict why;
      EXPECT_EQ(l.unite(i, f, &why), nullptr);
      EXPECT_EQ(why.left, i);
      EXPECT_EQ(why.right, f);
      EXPECT_EQ(why.reason,
                "ints and floats do not mix in kiln Python; convert with float() where they meet");
      Conflict reversed;
      EXPECT_EQ(l.unite(f, i, &reversed), nullptr);
      EXPECT_EQ(reversed.left, f);
      EXPECT_EQ(reversed.right, i);
      EXPECT_NE(reversed.reason.find("floats"), std::string::npos);
      EXPECT_FALSE(l.contains(f, i));
      EXPECT_FALSE(l.contains(i, f));
    }
  }
}

TEST(LatticeRules, CharJoinsStrToStr) {
  World w;
  Lattice& l = w.l;
  EXPECT_UNITE(w, l.character(), l.str(), l.str());
  EXPECT_UNITE(w, l.character(true), l.str(false, true), l.str(false, true));
  EXPECT_UNITE(w, l.character(true), l.str(), l.str());
  EXPECT_UNITE(w, l.character(), l.character(true), l.character());
  EXPECT_UNITE(w, l.constStr("x"), l.constStr("y"), l.character(true));
  EXPECT_UNITE(w, l.constStr("x"), l.constStr("ab"), l.str(false, true));
  EXPECT_UNITE(w, l.constStr("x"), l.str(true), l.str(true));
  EXPECT_TRUE(l.contains(l.str(), l.character()));
  EXPECT_FALSE(l.contains(l.character(), l.str()));
  EXPECT_EQ(l.constStr("x")->kind, AnnKind::Char);
  EXPECT_EQ(l.constStr("\xc3\xa9")->kind, AnnKind::Char); // one code point
  EXPECT_EQ(l.constStr("ab")->kind, AnnKind::Str);
  EXPECT_EQ(l.constStr("")->kind, AnnKind::Str);
  EXPECT_FALSE(l.constStr(std::string_view("a\0b", 3))->noNul());
}

TEST(LatticeRules, NoneMakesReferencesNullable) {
  World w;
  Lattice& l = w.l;
  const Annotation* none = l.none();
  EXPECT_UNITE(w, none, l.str(), l.str(true));
  EXPECT_EQ(annotationName(l.unite(none, l.str())), "str?");
  EXPECT_UNITE(w, none, l.constStr("ab"), l.str(true, true));  // the constant goes, no-NUL stays
  EXPECT_UNITE(w, none, l.character(true), l.str(true, true)); // a char is a str
  EXPECT_UNITE(w, none, l.bytes(), l.bytes(true));
  EXPECT_UNITE(w, none, l.list(&w.intList1), l.list(&w.intList1, true));
  EXPECT_UNITE(w, none, l.dict(&w.strIntDict1), l.dict(&w.strIntDict1, true));
  EXPECT_UNITE(w, none, l.instance(&w.classA), l.instance(&w.classA, true));
  EXPECT_UNITE(w, none, l.prebuiltInstance(&w.classA, &w.prebuiltA1), l.instance(&w.classA, true));
  EXPECT_UNITE(w, none, w.pbc({&w.descF}), w.pbc({&w.descF}, true));
  EXPECT_UNITE(w, none, none, none);
  EXPECT_UNITE(w, none, l.impossible(), none);
  EXPECT_TRUE(l.contains(l.str(true), none));
  EXPECT_FALSE(l.contains(l.str(), none));
  EXPECT_TRUE(l.contains(l.instance(&w.classA, true), l.instance(&w.classD)));
}

TEST(LatticeRules, NoneDoesNotJoinValues) {
  World w;
  Lattice& l = w.l;
  struct Case {
    const Annotation* a;
    const char* reason;
  };
  for (Case c : {Case{l.integer(), "an int or bool cannot be None in kiln Python"},
                 Case{l.constBool(true), "an int or bool cannot be None in kiln Python"},
                 Case{l.floating(), "a float cannot be None in kiln Python"},
                 Case{w.tuple({l.integer()}), "a tuple cannot be None in kiln Python"},
                 Case{w.iter(IterKind::Items, {l.str()}),
                      "this kind of value cannot be None in kiln Python"},
                 Case{l.cell(&w.intCell1), "this kind of value cannot be None in kiln Python"}}) {
    for (bool noneFirst : {true, false}) {
      Conflict why;
      EXPECT_EQ(noneFirst ? l.unite(l.none(), c.a, &why) : l.unite(c.a, l.none(), &why), nullptr);
      EXPECT_EQ(why.left, c.a);
      EXPECT_EQ(why.right, l.none());
      EXPECT_EQ(why.reason, c.reason);
    }
  }
}

TEST(LatticeRules, TuplesJoinItemByItem) {
  World w;
  Lattice& l = w.l;
  EXPECT_UNITE(w, w.tuple({l.integer(), l.str()}), w.tuple({l.boolean(), l.character()}),
               w.tuple({l.integer(), l.str()}));
  EXPECT_UNITE(w, w.tuple({}), w.tuple({}), w.tuple({}));
  EXPECT_UNITE(w, w.tuple({w.tuple({l.constInt(1)}), l.none()}),
               w.tuple({w.tuple({l.constInt(2)}), l.str()}),
               w.tuple({w.tuple({l.integer(true)}), l.str(true)}));
  Conflict why;
  const Annotation* one = w.tuple({l.integer()});
  const Annotation* two = w.tuple({l.integer(), l.str()});
  EXPECT_EQ(l.unite(one, two, &why), nullptr);
  EXPECT_EQ(why.left, one);
  EXPECT_EQ(why.right, two);
  EXPECT_EQ(why.reason, "tuples of different lengths (1 and 2) cannot be mixed");
  // The conflict is the innermost pair: the items, not the tuples.
  Conflict inner;
  EXPECT_EQ(l.unite(w.tuple({l.str(), w.tuple({l.integer()})}),
                    w.tuple({l.str(), w.tuple({l.floating()})}), &inner),
            nullptr);
  EXPECT_EQ(inner.left, l.integer());
  EXPECT_EQ(inner.right, l.floating());
  EXPECT_EQ(l.unite(w.tuple({l.integer()}), l.integer()), nullptr);
}

TEST(LatticeRules, InstancesJoinAtTheNearestCommonBase) {
  World w;
  Lattice& l = w.l;
  auto inst = [&](ClassDef& c, bool canBeNone = false) { return l.instance(&c, canBeNone); };
  EXPECT_UNITE(w, inst(w.classD), inst(w.classC), inst(w.classA));
  EXPECT_UNITE(w, inst(w.classD), inst(w.classB), inst(w.classB));
  EXPECT_UNITE(w, inst(w.classD, true), inst(w.classC), inst(w.classA, true));
  EXPECT_UNITE(w, inst(w.classB), inst(w.classA), inst(w.classA));
  EXPECT_UNITE(w, inst(w.classE), inst(w.classE, true), inst(w.classE, true));
  const Annotation* a1 = l.prebuiltInstance(&w.classA, &w.prebuiltA1);
  const Annotation* a2 = l.prebuiltInstance(&w.classA, &w.prebuiltA2);
  const Annotation* d = l.prebuiltInstance(&w.classD, &w.prebuiltD);
  EXPECT_TRUE(a1->isConstant());
  EXPECT_UNITE(w, a1, a1, a1);
  EXPECT_UNITE(w, a1, a2, inst(w.classA));
  EXPECT_UNITE(w, d, inst(w.classC), inst(w.classA));
  EXPECT_UNITE(w, d, inst(w.classD), inst(w.classD));
  // Two `object()` sentinels are both objects.
  const Annotation* o1 = l.prebuiltInstance(&w.objectClass, &w.prebuiltObject1);
  const Annotation* o2 = l.prebuiltInstance(&w.objectClass, &w.prebuiltObject2);
  EXPECT_UNITE(w, o1, o2, inst(w.objectClass));
  EXPECT_UNITE(w, o1, inst(w.objectClass, true), inst(w.objectClass, true));
  EXPECT_UNITE(w, l.typeOf(&w.classD), l.typeOf(&w.classC), l.typeOf(&w.classA));
  EXPECT_UNITE(w, l.typeOf(&w.classD), l.typeOf(&w.classA), l.typeOf(&w.classA));
  EXPECT_TRUE(l.contains(inst(w.classA), d));
  EXPECT_FALSE(l.contains(d, inst(w.classA)));
  EXPECT_FALSE(l.contains(inst(w.classB), inst(w.classC)));
}

TEST(LatticeRules, UnrelatedInstancesDoNotJoin) {
  World w;
  Lattice& l = w.l;
  Conflict why;
  const Annotation* d = l.instance(&w.classD);
  const Annotation* e = l.instance(&w.classE, true);
  EXPECT_EQ(l.unite(d, e, &why), nullptr);
  EXPECT_EQ(why.left, d);
  EXPECT_EQ(why.right, e);
  EXPECT_EQ(why.reason, "'demo.D' and 'demo.E' have no common base class other than object");
  // object is no common base: an instance of A and one of object do not join either.
  Conflict withObject;
  EXPECT_EQ(l.unite(l.instance(&w.classA), l.instance(&w.objectClass), &withObject), nullptr);
  EXPECT_EQ(withObject.reason, "'demo.A' and 'object' have no common base class other than object");
  Conflict types;
  EXPECT_EQ(l.unite(l.typeOf(&w.classB), l.typeOf(&w.classE), &types), nullptr);
  EXPECT_EQ(types.reason, "the classes have no common base class");
  EXPECT_EQ(l.unite(l.instance(&w.classA), l.typeOf(&w.classA)), nullptr);
}

TEST(LatticeRules, PBCsJoinTheirDescs) {
  World w;
  Lattice& l = w.l;
  const Annotation* f = w.pbc({&w.descF});
  const Annotation* g = w.pbc({&w.descG});
  const Annotation* fg = w.pbc({&w.descG, &w.descF, &w.descG}); // any order, duplicates
  ASSERT_EQ(fg->descs.size(), 2u);
  EXPECT_EQ(fg->descs[0], &w.descF); // sorted by id
  EXPECT_UNITE(w, f, g, fg);
  EXPECT_UNITE(w, fg, f, fg);
  EXPECT_UNITE(w, w.pbc({&w.descF}, true), g, w.pbc({&w.descF, &w.descG}, true));
  EXPECT_EQ(annotationName(l.unite(f, g)), "func(demo.f | demo.g)");
  EXPECT_TRUE(f->isConstant());
  EXPECT_FALSE(fg->isConstant());
  EXPECT_FALSE(w.pbc({&w.descF}, true)->isConstant());
  EXPECT_TRUE(l.contains(fg, f));
  EXPECT_FALSE(l.contains(f, fg));
  // Kinds do not mix, in a constructor or in a union.
  EXPECT_EQ(l.pbc({&w.descF, &w.descClassA}), nullptr);
  EXPECT_EQ(l.pbc({}), l.impossible());
  EXPECT_EQ(l.pbc({}, true), l.none());
  const std::pair<Desc*, Desc*> mixed[] = {{&w.descF, &w.descClassA},
                                           {&w.descClassB, &w.descX},
                                           {&w.descMethodM, &w.descFrozenMethod},
                                           {&w.descY, &w.descH}};
  for (auto [x, y] : mixed) {
    Conflict why;
    const Annotation *a = w.pbc({x}), *b = w.pbc({y});
    EXPECT_EQ(l.unite(a, b, &why), nullptr) << x->name << " " << y->name;
    EXPECT_EQ(why.left, a);
    EXPECT_EQ(why.right, b);
    EXPECT_EQ(why.reason, "functions, classes, methods and prebuilt objects cannot be mixed");
  }
}

TEST(LatticeRules, ListsMergeTheirDefs) {
  World w;
  Lattice& l = w.l;
  flow::Graph graph("t.f", nullptr);
  flow::Block* reader1 = graph.newBlock();
  flow::Block* reader2 = graph.newBlock();
  w.intList1.item.readers.insert(reader1);
  w.intList2.item.readers.insert(reader2);
  w.intList2.resized = true;
  const Annotation* old2 = l.list(&w.intList2);
  EXPECT_FALSE(l.contains(l.list(&w.intList1), old2)); // a dry run does not merge
  EXPECT_EQ(w.intList2.find(), &w.intList2);
  const Annotation* u = l.unite(l.list(&w.intList1), old2);
  EXPECT_EQ(u, l.list(&w.intList1)); // the def made first represents both
  EXPECT_EQ(w.intList2.find(), &w.intList1);
  EXPECT_EQ(l.canonical(old2), u);
  EXPECT_TRUE(l.contains(u, old2));
  EXPECT_EQ(w.intList1.item.ann, l.integer());
  EXPECT_EQ(w.intList1.item.readers, (std::unordered_set<flow::Block*>{reader1, reader2}));
  EXPECT_TRUE(w.intList1.resized);
  EXPECT_EQ(l.takeMerged(), std::vector<Slot*>{&w.intList1.item});
  EXPECT_TRUE(l.takeMerged().empty());
  // The items widen: list(int>=0) and list(int) share list(int); the representative is the
  // lower id whichever side it is on.
  EXPECT_EQ(l.unite(l.list(&w.nonNegList), l.list(&w.intList1)), l.list(&w.intList1));
  EXPECT_EQ(w.nonNegList.find(), &w.intList1);
  EXPECT_EQ(l.unite(l.list(&w.emptyList), l.list(&w.strList)), l.list(&w.strList));
  EXPECT_EQ(w.strList.item.ann, l.str());
  EXPECT_EQ(annotationName(l.list(&w.emptyList)), "list(str)");
  // Lists that hold themselves merge without recursing forever.
  EXPECT_EQ(l.unite(l.list(&w.selfList1), l.list(&w.selfList2)), l.list(&w.selfList1));
  EXPECT_EQ(w.selfList2.find(), &w.selfList1);
  EXPECT_EQ(l.canonical(w.selfList1.item.ann), l.list(&w.selfList1));
  EXPECT_EQ(annotationName(l.list(&w.selfList2)), "list(list(list(list(list(...)))))");
}

TEST(LatticeRules, NestedMergeKeepsWhatItBrought) {
  // Uniting the items of cycleList1 and cycleList2 merges cycleList3 into cycleList1, which
  // widens cycleList1's item to (list, int); the merge of the outer two must keep that.
  World w;
  Lattice& l = w.l;
  EXPECT_EQ(l.unite(l.list(&w.cycleList1), l.list(&w.cycleList2)), l.list(&w.cycleList1));
  EXPECT_EQ(w.cycleList2.find(), &w.cycleList1);
  EXPECT_EQ(w.cycleList3.find(), &w.cycleList1);
  EXPECT_EQ(l.canonical(w.cycleList1.item.ann), w.tuple({l.list(&w.cycleList1), l.integer()}));
}

TEST(LatticeRules, ListConflictReportsTheItems) {
  World w;
  Lattice& l = w.l;
  for (bool intFirst : {true, false}) {
    Conflict why;
    const Annotation *ints = l.list(&w.intList1), *strs = l.list(&w.strList);
    EXPECT_EQ(intFirst ? l.unite(ints, strs, &why) : l.unite(strs, ints, &why), nullptr);
    EXPECT_EQ(why.left, l.integer()); // the def made first is the left side
    EXPECT_EQ(why.right, l.str());
    EXPECT_EQ(w.intList1.find(), &w.intList1); // a failed union leaves the defs apart
    EXPECT_EQ(w.strList.find(), &w.strList);
    EXPECT_EQ(w.intList1.item.ann, l.integer());
    EXPECT_TRUE(l.takeMerged().empty());
  }
  // Lists of lists: the conflict is the innermost pair, and no def merges, inner or outer.
  Conflict nested;
  EXPECT_EQ(l.unite(l.list(&w.nestedIntList), l.list(&w.nestedStrList), &nested), nullptr);
  EXPECT_EQ(nested.left, l.integer());
  EXPECT_EQ(nested.right, l.str());
  for (ListDef* d : w.listDefs())
    EXPECT_EQ(d->find(), d) << d->id;
}

TEST(LatticeRules, DictsAndCellsMergeTheirDefs) {
  World w;
  Lattice& l = w.l;
  EXPECT_EQ(l.unite(l.dict(&w.strIntDict2), l.dict(&w.strIntDict1, true)),
            l.dict(&w.strIntDict1, true));
  EXPECT_EQ(w.strIntDict2.find(), &w.strIntDict1);
  EXPECT_EQ(w.strIntDict1.value.ann, l.integer());
  EXPECT_EQ(annotationName(l.dict(&w.strIntDict2)), "dict(str, int)");
  EXPECT_EQ(l.takeMerged(), (std::vector<Slot*>{&w.strIntDict1.key, &w.strIntDict1.value}));
  Conflict why;
  EXPECT_EQ(l.unite(l.dict(&w.strIntDict1), l.dict(&w.intStrDict), &why), nullptr);
  EXPECT_EQ(why.left, l.str()); // the keys conflict first
  EXPECT_EQ(why.right, l.integer());
  EXPECT_EQ(w.intStrDict.find(), &w.intStrDict);

  EXPECT_EQ(l.unite(l.cell(&w.intCell2), l.cell(&w.intCell1)), l.cell(&w.intCell1));
  EXPECT_EQ(w.intCell1.value.ann, l.integer());
  EXPECT_EQ(l.takeMerged(), std::vector<Slot*>{&w.intCell1.value});
  EXPECT_EQ(annotationName(l.cell(&w.intCell2)), "cell(int)");
  EXPECT_EQ(l.unite(l.cell(&w.intCell1), l.cell(&w.strCell)), nullptr);
  EXPECT_EQ(l.unite(l.cell(&w.intCell1), l.integer()), nullptr);
}

TEST(LatticeRules, IteratorsAndBuiltinsJoinTheirItems) {
  World w;
  Lattice& l = w.l;
  EXPECT_UNITE(w, w.iter(IterKind::Items, {l.str()}), w.iter(IterKind::Items, {l.character()}),
               w.iter(IterKind::Items, {l.str()}));
  EXPECT_UNITE(w, w.iter(IterKind::Range, {l.integer(true)}),
               w.iter(IterKind::Range, {l.integer()}), w.iter(IterKind::Range, {l.integer()}));
  EXPECT_EQ(l.unite(w.iter(IterKind::Items, {l.list(&w.intList1)}),
                    w.iter(IterKind::Items, {l.list(&w.intList2)})),
            w.iter(IterKind::Items, {l.list(&w.intList1)}));
  EXPECT_EQ(w.intList2.find(), &w.intList1);
  EXPECT_EQ(l.unite(w.iter(IterKind::Items, {l.str()}), w.iter(IterKind::Reversed, {l.str()})),
            nullptr);
  EXPECT_EQ(l.unite(w.iter(IterKind::DictKeys, {l.dict(&w.strIntDict1)}),
                    w.iter(IterKind::DictValues, {l.dict(&w.strIntDict1)})),
            nullptr);
  EXPECT_UNITE(w, l.builtin(BuiltinId::str_join, l.str()),
               l.builtin(BuiltinId::str_join, l.constStr("x")),
               l.builtin(BuiltinId::str_join, l.str()));
  EXPECT_UNITE(w, l.builtin(BuiltinId::len), l.builtin(BuiltinId::len), l.builtin(BuiltinId::len));
  EXPECT_EQ(l.unite(l.builtin(BuiltinId::len), l.builtin(BuiltinId::print)), nullptr);
  EXPECT_EQ(
      l.unite(l.builtin(BuiltinId::str_join, l.str()), l.builtin(BuiltinId::str_strip, l.str())),
      nullptr);
  EXPECT_EQ(
      l.unite(l.builtin(BuiltinId::str_join, l.str()), l.builtin(BuiltinId::str_join, l.bytes())),
      nullptr);
}

TEST(LatticeRules, ConstantsAreKeptOnlyWhenEqual) {
  World w;
  Lattice& l = w.l;
  EXPECT_EQ(l.constInt(3), l.constInt(3)); // interned
  EXPECT_UNITE(w, l.constInt(3), l.constInt(3), l.constInt(3));
  EXPECT_UNITE(w, l.constInt(3), l.constInt(4), l.integer(true));
  EXPECT_UNITE(w, l.constInt(3), l.integer(true), l.integer(true));
  EXPECT_UNITE(w, l.constBool(true), l.constBool(true), l.constBool(true));
  EXPECT_UNITE(w, l.constStr("ab"), l.constStr("ab"), l.constStr("ab"));
  EXPECT_UNITE(w, l.constStr("ab"), l.constStr("cd"), l.str(false, true));
  EXPECT_UNITE(w, l.constStr("ab"), l.constStr(std::string_view("a\0b", 3)), l.str());
  EXPECT_UNITE(w, l.constStr("x"), l.constStr("x"), l.constStr("x"));
  EXPECT_UNITE(w, l.constBytes("ab"), l.constBytes("ab"), l.constBytes("ab"));
  EXPECT_UNITE(w, l.constBytes("ab"), l.constBytes("x"), l.bytes(false, true));
  EXPECT_UNITE(w, l.constFloat(1.5), l.constFloat(1.5), l.constFloat(1.5));
  EXPECT_UNITE(w, l.constFloat(1.5), l.constFloat(2.5), l.floating());
  EXPECT_UNITE(w, l.constFloat(0.0), l.constFloat(-0.0), l.floating()); // bit equality
  double nan = std::bit_cast<double>(uint64_t(0x7ff8000000000000));
  EXPECT_UNITE(w, l.constFloat(nan), l.constFloat(nan), l.constFloat(nan));
  EXPECT_UNITE(w, w.tuple({l.constInt(3), l.constStr("x")}),
               w.tuple({l.constInt(3), l.constStr("x")}),
               w.tuple({l.constInt(3), l.constStr("x")}));
  EXPECT_UNITE(w, w.tuple({l.constInt(3), l.constStr("x")}),
               w.tuple({l.constInt(4), l.constStr("x")}),
               w.tuple({l.integer(true), l.constStr("x")}));
  EXPECT_TRUE(w.tuple({l.constInt(3), l.constStr("x")})->isConstant());
  EXPECT_FALSE(w.tuple({l.integer(), l.constStr("x")})->isConstant());
  EXPECT_TRUE(l.none()->isConstant());
  EXPECT_TRUE(l.contains(l.integer(true), l.constInt(3)));
  EXPECT_FALSE(l.contains(l.constInt(3), l.integer(true)));
  EXPECT_FALSE(l.contains(l.constInt(3), l.constInt(4)));
  // Derived annotations.
  EXPECT_EQ(l.withoutConst(l.constInt(3)), l.integer(true)); // the facts stay
  EXPECT_EQ(l.withoutConst(l.constStr("ab")), l.str(false, true));
  EXPECT_EQ(l.nullable(l.constStr("ab")), l.str(true, true));
  EXPECT_EQ(l.nullable(l.integer()), nullptr);
  EXPECT_EQ(l.nullable(l.impossible()), l.none());
  EXPECT_EQ(l.nonNull(l.str(true)), l.str());
  EXPECT_EQ(l.nonNull(l.none()), l.impossible());
}

TEST(LatticeRules, PoisonAbsorbsEverything) {
  World w;
  Lattice& l = w.l;
  for (const Annotation* a : w.all) {
    Conflict why;
    EXPECT_EQ(l.unite(l.poison(), a, &why), l.poison()) << annotationName(a);
    EXPECT_EQ(l.unite(a, l.poison(), &why), l.poison()) << annotationName(a);
    EXPECT_EQ(why.left, nullptr); // no conflict to report
    EXPECT_TRUE(l.contains(l.poison(), a));
    EXPECT_EQ(l.contains(a, l.poison()), a == l.poison());
  }
  // Also inside: a tuple whose item had an error joins what it would not join otherwise.
  EXPECT_UNITE(w, w.tuple({l.poison(), l.integer()}), w.tuple({l.floating(), l.integer()}),
               w.tuple({l.poison(), l.integer()}));
  EXPECT_TRUE(l.takeMerged().empty());
}

// -- Names
// -----------------------------------------------------------------------------------------

TEST(LatticeNames, AnnotationNames) {
  World w;
  Lattice& l = w.l;
  ClassDef node;
  node.name = "demo.Node";
  const std::pair<const Annotation*, const char*> cases[] = {
      {l.impossible(), "impossible"},
      {l.poison(), "error"},
      {l.none(), "None"},
      {l.boolean(), "bool"},
      {l.constBool(true), "bool=True"},
      {l.integer(), "int"},
      {l.integer(true), "int>=0"},
      {l.integer(false, true), "uint"},
      {l.constInt(3), "int=3"},
      {l.constInt(-1), "int=-1"},
      {l.constInt(3, true), "uint=3"},
      {l.floating(), "float"},
      {l.constFloat(1.5), "float=1.5"},
      {l.constFloat(-0.0), "float=-0.0"},
      {l.character(), "char"},
      {l.constStr("x"), "char='x'"},
      {l.str(), "str"},
      {l.str(true, true), "str?"},
      {l.constStr("x'y"), "str=\"x'y\""},
      {l.constStr("ab"), "str='ab'"},
      {l.bytes(true), "bytes?"},
      {l.constBytes("ab"), "bytes=b'ab'"},
      {w.tuple({}), "()"},
      {w.tuple({l.integer()}), "(int,)"},
      {w.tuple({l.integer(), l.str()}), "(int, str)"},
      {w.tuple({l.constInt(3), l.constStr("x")}), "(int=3, char='x')"},
      {w.tuple({w.tuple({l.boolean(), l.character()}), l.none()}), "((bool, char), None)"},
      {l.list(&w.intList1), "list(int)"},
      {l.list(&w.intList1, true), "list(int)?"},
      {l.list(&w.emptyList), "list(impossible)"},
      {l.list(&w.nestedIntList), "list(list(int))"},
      {l.dict(&w.strIntDict1), "dict(str, int)"},
      {l.dict(&w.emptyDict, true), "dict(impossible, impossible)?"},
      {l.instance(&node), "demo.Node"},
      {l.instance(&node, true), "demo.Node?"},
      {l.prebuiltInstance(&node, &w.prebuiltA1), "demo.Node"},
      {l.typeOf(&node), "type(demo.Node)"},
      {w.pbc({&w.descF}), "func(demo.f)"},
      {w.pbc({&w.descG, &w.descF}, true), "func(demo.f | demo.g)?"},
      {w.pbc({&w.descClassB, &w.descClassA}), "class(demo.A | demo.B)"},
      {w.pbc({&w.descX}), "frozen(demo.x)"},
      {w.pbc({&w.descMethodM}), "method(demo.A.m)"},
      {w.pbc({&w.descFrozenMethod}), "method(demo.x.m)"},
      {w.iter(IterKind::Items, {l.list(&w.intList1)}), "iter(list(int))"},
      {w.iter(IterKind::Zip,
              {w.iter(IterKind::Items, {l.str()}), w.iter(IterKind::Range, {l.integer()})}),
       "iter(iter(str), iter(int))"},
      {l.builtin(BuiltinId::len), "builtin(len)"},
      {l.builtin(BuiltinId::os_write), "builtin(os.write)"},
      {l.builtin(BuiltinId::str_join, l.str()), "method(str.join)"},
      {l.builtin(BuiltinId::list_append, l.list(&w.intList1)), "method(list.append)"},
      {l.cell(&w.strCell), "cell(str)"},
      {l.cell(&w.emptyCell), "cell(impossible)"},
  };
  for (auto [a, expected] : cases)
    EXPECT_EQ(annotationName(a), expected);
}

TEST(LatticeNames, TypeNamesDropConstantsAndShowCharsAsStr) {
  World w;
  Lattice& l = w.l;
  const std::pair<const Annotation*, const char*> cases[] = {
      {l.constInt(3), "int"},
      {l.integer(true), "int"},
      {l.constInt(3, true), "uint"},
      {l.constBool(false), "bool"},
      {l.constFloat(1.5), "float"},
      {l.character(), "str"},
      {l.constStr("x"), "str"},
      {l.constStr("ab"), "str"},
      {l.str(true), "str?"},
      {l.constBytes("ab"), "bytes"},
      {w.tuple({l.constInt(3), l.constStr("x")}), "(int, str)"},
      {l.list(&w.nonNegList), "list(int)"},
      {l.instance(&w.classD, true), "demo.D?"},
      {l.none(), "None"},
  };
  for (auto [a, expected] : cases)
    EXPECT_EQ(typeName(a), expected);
  // The items of a list print without constants in both spellings.
  ListDef constants;
  constants.item.ann = l.constInt(3);
  EXPECT_EQ(annotationName(l.list(&constants)), "list(int)");
}

TEST(LatticeNames, KindAndBuiltinNames) {
#define ANN_KIND(name, doc) EXPECT_EQ(annKindName(AnnKind::name), #name);
#include "annotator/annotations.def"
#define BUILTIN(id, name, doc) EXPECT_EQ(builtinName(BuiltinId::id), name);
#include "annotator/builtins.def"
  EXPECT_EQ(builtinName(BuiltinId::str_join), "str.join");
  EXPECT_EQ(builtinName(BuiltinId::list_append), "list.append");
}

#undef EXPECT_UNITE

} // namespace
} // namespace kiln::ann

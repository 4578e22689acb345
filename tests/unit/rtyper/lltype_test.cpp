// Low-level types (rtyper/lltype.h): the SysV layout, checked against the layout the C++
// compiler gives equivalent structs (codegen emits such structs, so the two must agree); field
// lookup through inlined parents; arrays; interning; nominal structs; the dump texts.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>

#include "rtyper/lltype.h"

namespace kiln::ll {
namespace {

// -- Primitives -----------------------------------------------------------------------------------

TEST(LLType, PrimitiveSizesAndAlignmentAreTheCOnes) {
  TypeContext tc;
  struct Expected {
    const Type* type;
    size_t size, align;
  };
  const Expected expected[] = {
      {tc.boolType(), sizeof(bool), alignof(bool)},
      {tc.signedType(), sizeof(int64_t), alignof(int64_t)},
      {tc.unsignedType(), sizeof(uint64_t), alignof(uint64_t)},
      {tc.floatType(), sizeof(double), alignof(double)},
      {tc.charType(), sizeof(char), alignof(char)},
      {tc.uniCharType(), sizeof(char32_t), alignof(char32_t)},
      {tc.ptr(tc.signedType()), sizeof(void*), alignof(void*)},
  };
  for (const Expected& e : expected) {
    EXPECT_EQ(e.type->size, e.size) << typeName(e.type);
    EXPECT_EQ(e.type->align, e.align) << typeName(e.type);
    EXPECT_TRUE(e.type->frozen) << typeName(e.type);
  }
  EXPECT_EQ(tc.voidType()->size, 0u);
}

TEST(LLType, PrimitivesByKind) {
  TypeContext tc;
  EXPECT_EQ(tc.primitive(TypeKind::Void), tc.voidType());
  EXPECT_EQ(tc.primitive(TypeKind::Signed), tc.signedType());
  EXPECT_EQ(tc.primitive(TypeKind::UniChar), tc.uniCharType());
  EXPECT_EQ(tc.primitive(TypeKind::Ptr), nullptr);
  EXPECT_EQ(tc.primitive(TypeKind::GcStruct), nullptr);
  EXPECT_TRUE(tc.floatType()->isPrimitive());
  EXPECT_TRUE(tc.signedType()->isNumber());
  EXPECT_FALSE(tc.floatType()->isNumber());
  const Type* p = tc.ptr(tc.signedType());
  EXPECT_TRUE(p->isPtr());
  EXPECT_FALSE(p->isPrimitive());
  EXPECT_FALSE(p->isGcPtr());
}

// -- Structs --------------------------------------------------------------------------------------

// What codegen would emit for the structs below.
struct CMixed {
  bool a;
  int64_t b;
  char c;
  char32_t d;
  double e;
  bool f;
  void* g;
};

TEST(LLType, StructFieldsArePaddedLikeC) {
  TypeContext tc;
  Type* s = tc.newStruct("t.Mixed", false);
  tc.addField(s, "a", tc.boolType());
  tc.addField(s, "b", tc.signedType());
  tc.addField(s, "c", tc.charType());
  tc.addField(s, "d", tc.uniCharType());
  tc.addField(s, "e", tc.floatType());
  tc.addField(s, "f", tc.boolType());
  tc.addField(s, "g", tc.ptr(s));
  tc.freeze(s);
  EXPECT_EQ(s->field("a")->offset, offsetof(CMixed, a));
  EXPECT_EQ(s->field("b")->offset, offsetof(CMixed, b));
  EXPECT_EQ(s->field("c")->offset, offsetof(CMixed, c));
  EXPECT_EQ(s->field("d")->offset, offsetof(CMixed, d));
  EXPECT_EQ(s->field("e")->offset, offsetof(CMixed, e));
  EXPECT_EQ(s->field("f")->offset, offsetof(CMixed, f));
  EXPECT_EQ(s->field("g")->offset, offsetof(CMixed, g));
  EXPECT_EQ(s->size, sizeof(CMixed));
  EXPECT_EQ(s->align, alignof(CMixed));
  EXPECT_TRUE(s->frozen);
}

struct CSmall {
  char32_t code;
  char tag;
};
struct CBytes {
  bool a;
  char b;
  bool c;
};

TEST(LLType, SizeIsRoundedUpToTheAlignment) {
  TypeContext tc;
  Type* small = tc.newStruct("t.Small", false);
  tc.addField(small, "code", tc.uniCharType());
  tc.addField(small, "tag", tc.charType());
  tc.freeze(small);
  EXPECT_EQ(small->field("tag")->offset, offsetof(CSmall, tag));
  EXPECT_EQ(small->size, sizeof(CSmall)); // 5 bytes of fields, 8 with the tail padding
  EXPECT_EQ(small->align, alignof(CSmall));

  Type* bytes = tc.newStruct("t.Bytes", true);
  tc.addField(bytes, "a", tc.boolType());
  tc.addField(bytes, "b", tc.charType());
  tc.addField(bytes, "c", tc.boolType());
  tc.freeze(bytes);
  EXPECT_EQ(bytes->field("c")->offset, offsetof(CBytes, c));
  EXPECT_EQ(bytes->size, sizeof(CBytes));
  EXPECT_EQ(bytes->align, alignof(CBytes));
}

struct CBase {
  int64_t id;
  bool flag;
};
struct CDerived {
  CBase super; // inlined as a member, not a C++ base: no tail-padding reuse
  char extra;
};
struct CDerived2 {
  CDerived super;
  double more;
};

TEST(LLType, InlinedParentComesFirst) {
  TypeContext tc;
  Type* base = tc.newStruct("t.Base", true);
  tc.addField(base, "id", tc.signedType());
  tc.addField(base, "flag", tc.boolType());
  tc.freeze(base);
  Type* derived = tc.newStruct("t.Derived", true);
  tc.addField(derived, "super", base);
  tc.addField(derived, "extra", tc.charType());
  tc.freeze(derived);
  Type* derived2 = tc.newStruct("t.Derived2", true);
  tc.addField(derived2, "super", derived);
  tc.addField(derived2, "more", tc.floatType());
  tc.freeze(derived2);

  EXPECT_EQ(derived->fields[0].name, "super");
  EXPECT_EQ(derived->fields[0].offset, 0u);
  EXPECT_EQ(derived->field("extra")->offset, offsetof(CDerived, extra));
  EXPECT_EQ(derived->size, sizeof(CDerived));
  EXPECT_EQ(derived2->field("more")->offset, offsetof(CDerived2, more));
  EXPECT_EQ(derived2->size, sizeof(CDerived2));
  EXPECT_EQ(derived2->align, alignof(CDerived2));

  EXPECT_EQ(derived2->parent(), derived);
  EXPECT_EQ(derived->parent(), base);
  EXPECT_EQ(base->parent(), nullptr);
  EXPECT_TRUE(derived2->startsWith(base));
  EXPECT_TRUE(derived2->startsWith(derived2));
  EXPECT_FALSE(base->startsWith(derived));
}

TEST(LLType, FieldLookupWalksIntoParentsWithOffsets) {
  TypeContext tc;
  Type* base = tc.newStruct("t.Base", true);
  tc.addField(base, "id", tc.signedType());
  tc.addField(base, "flag", tc.boolType());
  tc.freeze(base);
  Type* derived = tc.newStruct("t.Derived", true);
  tc.addField(derived, "super", base);
  tc.addField(derived, "extra", tc.charType());
  tc.freeze(derived);
  Type* derived2 = tc.newStruct("t.Derived2", true);
  tc.addField(derived2, "super", derived);
  tc.addField(derived2, "more", tc.floatType());
  tc.freeze(derived2);

  size_t offset = 99;
  const Field* f = derived2->field("flag", &offset);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f, base->field("flag")); // the parent's own Field
  EXPECT_EQ(f->type, tc.boolType());
  EXPECT_EQ(offset, offsetof(CDerived2, super.super.flag));
  EXPECT_EQ(derived2->field("extra", &offset)->type, tc.charType());
  EXPECT_EQ(offset, offsetof(CDerived2, super.extra));
  EXPECT_EQ(derived2->field("more", &offset)->type, tc.floatType());
  EXPECT_EQ(offset, offsetof(CDerived2, more));
  EXPECT_EQ(derived2->field("super", &offset)->type, derived);
  EXPECT_EQ(offset, 0u);

  offset = 99;
  EXPECT_EQ(derived2->field("missing", &offset), nullptr);
  EXPECT_EQ(offset, 99u);
  EXPECT_EQ(base->field("extra"), nullptr); // lookups go up to parents, never down
}

struct CPair {
  char a;
  int64_t b;
};
struct CHolder {
  bool tag;
  CPair pair;
  char32_t code;
};

TEST(LLType, NonGcStructInlinedAsAField) {
  TypeContext tc;
  Type* pair = tc.newStruct("t.Pair", false);
  tc.addField(pair, "a", tc.charType());
  tc.addField(pair, "b", tc.signedType());
  tc.freeze(pair);
  Type* holder = tc.newStruct("t.Holder", true);
  tc.addField(holder, "tag", tc.boolType());
  tc.addField(holder, "pair", pair);
  tc.addField(holder, "code", tc.uniCharType());
  tc.freeze(holder);
  EXPECT_EQ(holder->field("pair")->offset, offsetof(CHolder, pair));
  EXPECT_EQ(holder->field("code")->offset, offsetof(CHolder, code));
  EXPECT_EQ(holder->size, sizeof(CHolder));
  EXPECT_EQ(holder->align, alignof(CHolder));
  EXPECT_EQ(holder->parent(), nullptr); // an inlined field that is not "super" is no parent
  EXPECT_EQ(holder->field("a"), nullptr);
}

TEST(LLType, RecursiveStructThroughAPointerBeforeFreezing) {
  TypeContext tc;
  Type* node = tc.newStruct("t.Node", true);
  const Type* nodePtr = tc.ptr(node); // the struct is still empty and not frozen
  EXPECT_FALSE(node->frozen);
  tc.addField(node, "value", tc.signedType());
  tc.addField(node, "next", nodePtr);
  tc.freeze(node);
  EXPECT_EQ(tc.ptr(node), nodePtr);
  EXPECT_EQ(node->field("next")->type->target, node);
  EXPECT_TRUE(node->field("next")->type->isGcPtr());
  EXPECT_EQ(node->field("next")->offset, 8u);
  EXPECT_EQ(node->size, 16u);
  EXPECT_EQ(typeName(node->field("next")->type), "Ptr(GcStruct t.Node)");
}

// -- Arrays ---------------------------------------------------------------------------------------

template <class T> struct CArray {
  int64_t length;
  T items[1];
};

TEST(LLType, ArraysHaveALengthThenTheItems) {
  TypeContext tc;
  const Type* ints = tc.array(tc.signedType(), true);
  EXPECT_EQ(ints->kind, TypeKind::GcArray);
  EXPECT_TRUE(ints->isArray());
  EXPECT_TRUE(ints->isGc());
  EXPECT_EQ(ints->target, tc.signedType());
  EXPECT_EQ(ints->itemsOffset(), offsetof(CArray<int64_t>, items));
  EXPECT_EQ(ints->itemSize(), sizeof(int64_t));
  EXPECT_EQ(ints->size, 8u); // the fixed part: the length
  EXPECT_EQ(ints->align, alignof(CArray<int64_t>));

  const Type* chars = tc.array(tc.charType(), false);
  EXPECT_EQ(chars->kind, TypeKind::Array);
  EXPECT_FALSE(chars->isGc());
  EXPECT_EQ(chars->itemsOffset(), offsetof(CArray<char>, items));
  EXPECT_EQ(chars->itemSize(), 1u);
  EXPECT_EQ(chars->align, alignof(CArray<char>));

  Type* pair = tc.newStruct("t.Pair", false);
  tc.addField(pair, "a", tc.charType());
  tc.addField(pair, "b", tc.signedType());
  tc.freeze(pair);
  const Type* pairs = tc.array(pair, true);
  EXPECT_EQ(pairs->itemsOffset(), offsetof(CArray<CPair>, items));
  EXPECT_EQ(pairs->itemSize(), sizeof(CPair));
  const Type* codes = tc.array(tc.uniCharType(), true);
  EXPECT_EQ(codes->itemsOffset(), offsetof(CArray<char32_t>, items));
  EXPECT_EQ(codes->itemSize(), sizeof(char32_t));
}

struct CWithFixed {
  char a;
  char32_t codes[3];
  bool b;
};

TEST(LLType, FixedSizeArrayHasNoLength) {
  TypeContext tc;
  const Type* codes = tc.fixedArray(tc.uniCharType(), 3);
  EXPECT_EQ(codes->kind, TypeKind::FixedSizeArray);
  EXPECT_TRUE(codes->isArray());
  EXPECT_FALSE(codes->isGc());
  EXPECT_EQ(codes->length, 3u);
  EXPECT_EQ(codes->itemsOffset(), 0u);
  EXPECT_EQ(codes->itemSize(), sizeof(char32_t));
  EXPECT_EQ(codes->size, sizeof(char32_t[3]));
  EXPECT_EQ(codes->align, alignof(char32_t[3]));

  Type* s = tc.newStruct("t.WithFixed", false);
  tc.addField(s, "a", tc.charType());
  tc.addField(s, "codes", codes);
  tc.addField(s, "b", tc.boolType());
  tc.freeze(s);
  EXPECT_EQ(s->field("codes")->offset, offsetof(CWithFixed, codes));
  EXPECT_EQ(s->field("b")->offset, offsetof(CWithFixed, b));
  EXPECT_EQ(s->size, sizeof(CWithFixed));
  EXPECT_EQ(s->align, alignof(CWithFixed));
}

// -- Interning and naming -------------------------------------------------------------------------

TEST(LLType, EqualStructuralTypesAreTheSameObject) {
  TypeContext tc;
  const Type* s = tc.signedType();
  EXPECT_EQ(tc.ptr(s), tc.ptr(s));
  EXPECT_EQ(tc.ptr(tc.ptr(s)), tc.ptr(tc.ptr(s)));
  EXPECT_EQ(tc.func({s, tc.floatType()}, tc.boolType()),
            tc.func({s, tc.floatType()}, tc.boolType()));
  EXPECT_NE(tc.func({s, tc.floatType()}, tc.boolType()), tc.func({s, tc.floatType()}, s));
  EXPECT_NE(tc.func({s}, s), tc.func({s, s}, s));
  EXPECT_EQ(tc.func({}, tc.voidType()), tc.func({}, tc.voidType()));
  EXPECT_EQ(tc.ptr(tc.func({s}, s)), tc.ptr(tc.func({s}, s)));
  EXPECT_EQ(tc.array(s, true), tc.array(s, true));
  EXPECT_NE(tc.array(s, true), tc.array(s, false));
  EXPECT_NE(tc.array(s, true), tc.array(tc.unsignedType(), true));
  EXPECT_EQ(tc.fixedArray(s, 4), tc.fixedArray(s, 4));
  EXPECT_NE(tc.fixedArray(s, 4), tc.fixedArray(s, 5));
  EXPECT_EQ(tc.opaque("FILE"), tc.opaque("FILE"));
  EXPECT_NE(tc.opaque("FILE"), tc.opaque("JitToken"));
  EXPECT_EQ(tc.ptr(tc.array(s, true)), tc.ptr(tc.array(s, true)));
  EXPECT_NE(tc.ptr(tc.array(s, true)), tc.ptr(tc.array(s, false)));
  // Each array type is listed once among the aggregates, however often it was asked for.
  size_t arrays = 0;
  for (const Type* t : tc.aggregates())
    arrays += t->isArray();
  EXPECT_EQ(arrays, 5u); // GcArray(Signed), Array(Signed), GcArray(Unsigned), two fixed
}

TEST(LLType, StructsAreNominalAndNamesUnique) {
  TypeContext tc;
  Type* a = tc.newStruct("t.Node", true);
  Type* b = tc.newStruct("t.Node", true);
  Type* c = tc.newStruct("t.Node", false);
  for (Type* s : {a, b, c}) {
    tc.addField(s, "value", tc.signedType());
    tc.freeze(s);
  }
  EXPECT_NE(a, b);
  EXPECT_NE(tc.ptr(a), tc.ptr(b));
  EXPECT_EQ(a->name, "t.Node");
  EXPECT_EQ(b->name, "t.Node_2");
  EXPECT_EQ(c->name, "t.Node_3");
  EXPECT_EQ(tc.structNamed("t.Node"), a);
  EXPECT_EQ(tc.structNamed("t.Node_2"), b);
  EXPECT_EQ(tc.structNamed("t.Node_3"), c);
  EXPECT_EQ(tc.structNamed("t.Other"), nullptr);
  // A name that is already a suffixed one is skipped over.
  Type* d = tc.newStruct("t.Leaf_2", false);
  Type* e = tc.newStruct("t.Leaf", false);
  Type* f = tc.newStruct("t.Leaf", false);
  EXPECT_EQ(d->name, "t.Leaf_2");
  EXPECT_EQ(e->name, "t.Leaf");
  EXPECT_EQ(f->name, "t.Leaf_3");
  // Aggregates come in creation order.
  ASSERT_GE(tc.aggregates().size(), 3u);
  EXPECT_EQ(tc.aggregates()[0], a);
  EXPECT_EQ(tc.aggregates()[1], b);
  EXPECT_EQ(tc.aggregates()[2], c);
}

// Misuse of the context is a kiln bug: KILN_ASSERT stops, in release builds too.
TEST(LLTypeDeathTest, ContextRejectsMisuse) {
  TypeContext tc;
  Type* node = tc.newStruct("t.Node", true);
  Type* open = tc.newStruct("t.Open", false);
  tc.addField(node, "value", tc.signedType());
  tc.freeze(node);
  EXPECT_DEATH(tc.addField(node, "more", tc.signedType()), "a field added to a frozen struct");
  EXPECT_DEATH(tc.freeze(node), "freezing a frozen struct");
  EXPECT_DEATH(tc.addField(open, "node", node), "a GC object or function inlined as a field");
  EXPECT_DEATH(tc.addField(open, "super", node), "bad parent struct");
  Type* holder = tc.newStruct("t.Holder", false);
  EXPECT_DEATH(tc.addField(holder, "open", open), "a field of a type not laid out yet");
  EXPECT_DEATH(tc.array(node, true), "bad array item type");
  EXPECT_DEATH(tc.fixedArray(node, 2), "bad fixed-size array item type");
}

// -- Dump texts -----------------------------------------------------------------------------------

TEST(LLType, TypeNames) {
  TypeContext tc;
  Type* node = tc.newStruct("t.Node", true);
  tc.freeze(node);
  Type* pair = tc.newStruct("t.Pair", false);
  tc.freeze(pair);
  const Type* s = tc.signedType();
  EXPECT_EQ(typeName(s), "Signed");
  EXPECT_EQ(typeName(tc.voidType()), "Void");
  EXPECT_EQ(typeName(tc.uniCharType()), "UniChar");
  EXPECT_EQ(typeName(node), "GcStruct t.Node");
  EXPECT_EQ(typeName(pair), "Struct t.Pair");
  EXPECT_EQ(typeName(tc.ptr(node)), "Ptr(GcStruct t.Node)");
  EXPECT_EQ(typeName(tc.ptr(tc.array(s, true))), "Ptr(GcArray(Signed))");
  EXPECT_EQ(typeName(tc.array(tc.ptr(node), false)), "Array(Ptr(GcStruct t.Node))");
  EXPECT_EQ(typeName(tc.fixedArray(tc.charType(), 4)), "FixedSizeArray(Char, 4)");
  EXPECT_EQ(typeName(tc.func({s, tc.floatType()}, tc.boolType())), "Func(Signed, Float) -> Bool");
  EXPECT_EQ(typeName(tc.func({}, tc.voidType())), "Func() -> Void");
  EXPECT_EQ(typeName(tc.ptr(tc.func({s}, s))), "Ptr(Func(Signed) -> Signed)");
  EXPECT_EQ(typeName(tc.opaque("FILE")), "Opaque FILE");
  EXPECT_EQ(kindName(TypeKind::FixedSizeArray), "FixedSizeArray");
}

TEST(LLType, TypeDefinitions) {
  TypeContext tc;
  Type* base = tc.newStruct("t.Base", true);
  tc.addField(base, "id", tc.signedType());
  tc.freeze(base);
  Type* node = tc.newStruct("t.Node", true);
  tc.addField(node, "super", base);
  tc.addField(node, "flag", tc.boolType());
  tc.addField(node, "next", tc.ptr(node));
  tc.freeze(node);
  EXPECT_EQ(typeDefinition(node), "GcStruct t.Node size=24 align=8 { super: GcStruct t.Base @0, "
                                  "flag: Bool @8, next: Ptr(GcStruct t.Node) @16 }");
  EXPECT_EQ(typeDefinition(base), "GcStruct t.Base size=8 align=8 { id: Signed @0 }");
  EXPECT_EQ(typeDefinition(tc.array(tc.signedType(), true)),
            "GcArray(Signed) size=8 align=8 items@8 stride=8");
  EXPECT_EQ(typeDefinition(tc.array(tc.charType(), false)),
            "Array(Char) size=8 align=8 items@8 stride=1");
  EXPECT_EQ(typeDefinition(tc.fixedArray(tc.uniCharType(), 3)),
            "FixedSizeArray(UniChar, 3) size=12 align=4 items@0 stride=4");
  EXPECT_EQ(typeDefinition(tc.signedType()), "Signed size=8 align=8");
}

} // namespace
} // namespace kiln::ll

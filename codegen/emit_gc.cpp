// What the collector needs from codegen (runtime/include/kiln/gc.h): a type id for every GC
// type, the type table (sizes and where the GC pointers are), and the sizes the inline
// allocation fast paths use. Emitted for both collectors (the runtime allocates by type id with
// either); headers on prebuilt objects only for gen.
//
// Type ids: the runtime's own types first (KILN_TID_STR...), then the program's GC types in the
// order the type context made them, so that ids are stable from one translation to the next.
#include "codegen/emitter.h"

#include "transforms/transforms.h"

namespace kiln::cg {

namespace {

// The runtime's own types (gc.h's KILN_TID_*, whose entries runtime.h's KILN_GC_RUNTIME_TYPES
// gives) come first.
constexpr uint32_t kFirstProgramTid = 6; // KILN_TID_FIRST_PROGRAM (the generated code checks it)

// The offsets of the GC pointers in a value of type `t` stored at `base`.
void gcPointerOffsets(const ll::Type* t, size_t base, std::vector<size_t>& out) {
  if (t->isGcPtr()) {
    out.push_back(base);
  } else if (t->isStruct()) {
    for (const ll::Field& f : t->fields) gcPointerOffsets(f.type, base + f.offset, out);
  } else if (t->kind == ll::TypeKind::FixedSizeArray) {
    for (size_t i = 0; i < t->length; ++i) gcPointerOffsets(t->target, base + t->itemsOffset() + i * t->itemSize(), out);
  }
}

std::string offsetList(const std::vector<size_t>& offsets) {
  std::string out;
  for (size_t o : offsets) out += (out.empty() ? "" : ", ") + std::to_string(o);
  return out;
}

} // namespace

GcLayout gcLayout(const ll::Type* t) {
  GcLayout l;
  const ll::Type* array = t;
  size_t arrayOffset = 0;
  while (array->isStruct() && !array->fields.empty() && array->fields.back().type->isArray() &&
         array->fields.back().type->kind != ll::TypeKind::FixedSizeArray) {
    arrayOffset += array->fields.back().offset;
    array = array->fields.back().type;
  }
  if (array->isArray() && array->kind != ll::TypeKind::FixedSizeArray) {
    l.varsize = true;
    l.lengthOffset = arrayOffset;
    l.itemsOffset = arrayOffset + array->itemsOffset();
    l.itemSize = array->itemSize();
    l.size = l.itemsOffset;
    if (t->isStruct()) {
      // The fields before the array (the array itself is the last one).
      for (size_t i = 0; i + 1 < t->fields.size(); ++i) gcPointerOffsets(t->fields[i].type, t->fields[i].offset, l.ptrs);
    }
    gcPointerOffsets(array->target, 0, l.itemPtrs);
  } else {
    l.size = t->size;
    gcPointerOffsets(t, 0, l.ptrs);
  }
  return l;
}

void Emitter::assignTypeIds() {
  uint32_t next = kFirstProgramTid;
  for (const ll::Type* a : program.types->aggregates()) {
    if (!a->isGc()) continue;
    if (runtimeDefined(a)) typeIds_[a] = a->name == "str" ? 1 : a->name == "strbuilder" ? 2 : 3;
    else typeIds_[a] = next++;
  }
  gcTypes_.resize(next);
  for (auto [type, id] : typeIds_)
    if (id >= kFirstProgramTid) gcTypes_[id] = type;
}

std::string Emitter::prebuiltHeader(const ll::Type* t) const {
  return "(uint64_t)" + std::to_string(typeId(t)) + " | KILN_GCFLAG_PREBUILT" +
         (xf::holdsGcPointers(t) ? " | KILN_GCFLAG_TRACK_YOUNG_PTRS" : "");
}

std::string Emitter::gcTypeTable() {
  std::string arrays;
  std::string table = "const kiln_gc_type_info kiln_gc_types[] = {\n  KILN_GC_RUNTIME_TYPES,\n";
  for (size_t id = kFirstProgramTid; id < gcTypes_.size(); ++id) {
    const ll::Type* t = gcTypes_[id];
    GcLayout l = gcLayout(t);
    std::string ptrs = "nullptr", itemPtrs = "nullptr";
    if (!l.ptrs.empty()) {
      ptrs = "kiln_gc_ptrs_" + std::to_string(id);
      arrays += "static const uint32_t " + ptrs + "[] = {" + offsetList(l.ptrs) + "};\n";
    }
    if (!l.itemPtrs.empty()) {
      itemPtrs = "kiln_gc_item_ptrs_" + std::to_string(id);
      arrays += "static const uint32_t " + itemPtrs + "[] = {" + offsetList(l.itemPtrs) + "};\n";
    }
    std::string flags = std::string(l.varsize ? "KILN_GC_TYPE_VARSIZE" : "0") +
                        (l.ptrs.empty() && l.itemPtrs.empty() ? "" : " | KILN_GC_TYPE_HAS_PTRS");
    std::string name = t->isStruct() ? t->name : ll::typeName(t);
    table += "  {" + std::to_string(l.size) + ", " + std::to_string(l.itemSize) + ", " + std::to_string(l.lengthOffset) + ", " +
             std::to_string(l.itemsOffset) + ", " + flags + ", " + std::to_string(l.ptrs.size()) + ", " +
             std::to_string(l.itemPtrs.size()) + ", " + ptrs + ", " + itemPtrs + ", " + cQuote(name) + "}, // " +
             std::to_string(id) + "\n";
  }
  table += "};\nconst uint32_t kiln_gc_type_count = " + std::to_string(gcTypes_.size()) + ";\n";
  table += "const int64_t kiln_gc_max_heap_option = " + std::to_string(options.maxHeap) + ";\n";
  std::string check = "static_assert(KILN_GC_NURSERY_MAX_OBJECT == " + std::to_string(xf::kGcNurseryMaxObject) + ", \"transforms.h's nursery limit differs from kiln/gc.h's\");\n"
                      "static_assert(KILN_TID_STR == 1 && KILN_TID_STRBUILDER == 2 && KILN_TID_FILE == 3 && KILN_TID_FIRST_PROGRAM == " +
                      std::to_string(kFirstProgramTid) + ", \"codegen/emit_gc.cpp's type ids differ from kiln/gc.h's\");\n";
  return "// The collector's type table (kiln/gc.h).\n" + check + arrays + table;
}

} // namespace kiln::cg

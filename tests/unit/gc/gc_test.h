// What the gen collector's tests share: the test types (their entries are in test_main.cpp's
// kiln_gc_types), allocation and stores written as generated code does them (fast path, slow
// path, write barriers, the shadow stack), and a fixture that gives each test a fresh, verified
// configuration.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gen/heap.h"
#include "kiln/gc.h"
#include "kiln/runtime.h"

// -- Test types
// -------------------------------------------------------------------------------------
enum : uint32_t {
  kTidNode = KILN_TID_FIRST_PROGRAM, // Node: {int64, ptr, ptr}
  kTidPtrArray,                      // PtrArray: an array of GC pointers
  kTidBytes,                         // Bytes: an array of bytes (no pointers)
  kTidTable,                         // Table: a pointer, then items {int64 key, ptr value}
  kTidCount,
};
struct Node {
  int64_t value;
  Node* left;
  Node* right;
};
// What codegen gives a generated struct, so that kiln_roots sees a Node* as a GC pointer.
template <> struct kiln_struct<Node> {
  static constexpr std::string_view name = "test.Node";
  static constexpr uint32_t tid = kTidNode;
};
struct PtrArray {
  int64_t length;
  void* items[];
};
struct Bytes {
  int64_t length;
  uint8_t items[];
};
struct TableItem {
  int64_t key;
  void* value;
};
struct Table {
  void* extra;
  int64_t length;
  TableItem items[];
};

// -- Generated code's ways
// --------------------------------------------------------------------------- Allocation: the
// inline fast path, else the slow path (which may collect; null = MemoryError).
inline void* allocate(uint32_t tid, int64_t length = -1) {
  size_t total = 8 + kiln_gc_object_size(kiln_gc_types[tid], length < 0 ? 0 : length);
  if (total <= KILN_GC_NURSERY_MAX_OBJECT)
    if (void* p = kiln_gc_fast_alloc(tid, total)) {
      if (length >= 0)
        *reinterpret_cast<int64_t*>(static_cast<char*>(p) + kiln_gc_types[tid].length_offset) =
            length;
      return p;
    }
  return kiln_gc_alloc_slow(tid, length);
}
inline Node* newNode(int64_t value) {
  auto* n = static_cast<Node*>(allocate(kTidNode));
  if (n) n->value = value;
  return n;
}
inline PtrArray* newPtrArray(int64_t length) {
  return static_cast<PtrArray*>(allocate(kTidPtrArray, length));
}
// Stores of GC pointers, with the write barrier.
inline void setLeft(Node* n, Node* value) {
  kiln_gc_wb(n);
  n->left = value;
}
inline void setRight(Node* n, Node* value) {
  kiln_gc_wb(n);
  n->right = value;
}
inline void setItem(PtrArray* a, int64_t i, void* value) {
  kiln_gc_wb_array(a, i);
  a->items[i] = value;
}

// The shadow stack as generated code uses it: push values before a call that may collect,
// read them back after.
inline void** ssPush(void* p) {
  *kiln_gc_ss_top = p;
  return kiln_gc_ss_top++;
}
inline void ssPop(size_t n = 1) {
  kiln_gc_ss_top -= n;
}

// A minor collection at a safe point (and whatever major work is due), as generated code asks.
inline bool minorCollect() {
  kiln_gc_pending = true;
  return kiln_gc_collect_pending();
}
// A full collection (gc.collect()).
inline bool fullCollect() {
  kiln_gc_collect();
  return kiln_gc_collect_pending();
}

inline bool isOldObject(const void* p) {
  return kiln::gc::gHeap.old->isObject(static_cast<const char*>(p) - 8);
}
inline uint64_t headerFlags(const void* p) {
  return KILN_GC_HEADER(p) & ~uint64_t(0xffffffff);
}

inline std::string joinProblems(const std::vector<std::string>& problems) {
  std::string text;
  for (const std::string& p : problems)
    text += p + "\n";
  return text;
}

// Each test starts from an empty shadow stack, a collected heap and its config() (verifier on,
// a 256 KiB nursery, no limit), and must leave a heap the verifier accepts.
class GcTest : public ::testing::Test {
protected:
  virtual kiln::gc::Config config() {
    kiln::gc::Config c;
    c.nurseryBytes = 256 * 1024;
    c.verify = true;
    return c;
  }
  void SetUp() override {
    kiln_gc_ss_top = kiln::gc::gHeap.shadowStackBase;
    kiln::gc::reconfigure(config());
  }
  void TearDown() override {
    EXPECT_EQ(kiln_gc_ss_top, kiln::gc::gHeap.shadowStackBase)
        << "the test left shadow-stack entries";
    std::vector<std::string> problems = kiln::gc::verifyHeap();
    EXPECT_TRUE(problems.empty()) << joinProblems(problems);
    kiln_gc_ss_top = kiln::gc::gHeap.shadowStackBase;
  }
};

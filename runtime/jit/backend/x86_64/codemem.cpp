// Code memory for the x86-64 backend: one region reserved at the first compile (1 GiB of address
// space, no memory until used), filled from the bottom. Keeping all code in one region means a
// rel32 reaches from any trace to any other, so jumps between loops and the jumps patched to
// bridges are plain `jmp`/`jcc rel32`. Pages are never writable and executable at once (W^X):
// a write makes the pages it touches read-write, copies, and makes them read-execute again.
// Nothing runs during a write: the JIT is single-threaded, and compiling happens in C++.
//
// Freed code (a loop that has not run for loop_longevity compiles, memmgr.cpp) is filled with
// int3, so that a jump into it that should not be there traps at once, and goes to a free list
// of blocks sorted by address, merged with its neighbours; an allocation takes the smallest block
// that fits (indexed by size too), else the top of the used part.
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>

#include "x64.h"

namespace kiln::jitrt::x64 {

namespace {

constexpr size_t kRegion = size_t(1) << 30;
uint8_t* region = nullptr;
size_t used = 0;
std::map<size_t, size_t> freeBlocks;      // offset -> size, 16-byte multiples
std::multimap<size_t, size_t> freeBySize; // size -> offset: the same blocks, for the best fit
size_t freeBytes = 0;

void addFree(size_t offset, size_t size) {
  freeBlocks.emplace(offset, size);
  freeBySize.emplace(size, offset);
}

void removeFree(std::map<size_t, size_t>::iterator it) {
  auto [from, to] = freeBySize.equal_range(it->second);
  for (auto s = from; s != to; ++s)
    if (s->second == it->first) {
      freeBySize.erase(s);
      break;
    }
  freeBlocks.erase(it);
}

size_t rounded(size_t size) { return (size + 15) & ~size_t(15); }

size_t pageSize() {
  static const size_t size = size_t(sysconf(_SC_PAGESIZE));
  return size;
}

void reserve() {
  if (region) return;
  void* p = mmap(nullptr, kRegion, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) kiln_fatal("JIT: cannot reserve code memory: %s", std::strerror(errno));
  region = static_cast<uint8_t*>(p);
}

void protect(uint8_t* from, size_t size, int prot) {
  uintptr_t page = pageSize();
  uintptr_t start = uintptr_t(from) & ~(page - 1);
  uintptr_t end = (uintptr_t(from) + size + page - 1) & ~(page - 1);
  if (mprotect(reinterpret_cast<void*>(start), end - start, prot) != 0)
    kiln_fatal("JIT: mprotect of code memory failed: %s", std::strerror(errno));
}

} // namespace

uint8_t* allocateCode(size_t size) {
  reserve();
  size = rounded(size);
  auto best = freeBySize.lower_bound(size);
  if (best != freeBySize.end()) {
    size_t at = best->second, left = best->first - size;
    removeFree(freeBlocks.find(at));
    if (left) addFree(at + size, left);
    freeBytes -= size;
    return region + at;
  }
  if (used + size > kRegion) kiln_fatal("JIT: out of code memory (%zu bytes of machine code)", used - freeBytes);
  uint8_t* at = region + used;
  used += size;
  return at;
}

void writeCode(uint8_t* at, const uint8_t* bytes, size_t size) {
  protect(at, size, PROT_READ | PROT_WRITE);
  std::memcpy(at, bytes, size);
  protect(at, size, PROT_READ | PROT_EXEC);
}

void freeCode(uint8_t* at, size_t size) {
  size = rounded(size);
  protect(at, size, PROT_READ | PROT_WRITE);
  std::memset(at, 0xcc, size); // int3
  protect(at, size, PROT_READ | PROT_EXEC);
  size_t offset = size_t(at - region);
  freeBytes += size;
  auto next = freeBlocks.lower_bound(offset);
  if (next != freeBlocks.end() && offset + size == next->first) {
    size += next->second;
    auto after = std::next(next);
    removeFree(next);
    next = after;
  }
  if (next != freeBlocks.begin()) {
    auto prev = std::prev(next);
    if (prev->first + prev->second == offset) {
      offset = prev->first;
      size += prev->second;
      removeFree(prev);
    }
  }
  addFree(offset, size);
}

void trimCode(uint8_t* at, size_t reserved, size_t size) {
  size_t keep = rounded(size), had = rounded(reserved);
  if (keep < had) freeCode(at + keep, had - keep);
}

CodeMemoryStats codeMemoryStats() { return {used, freeBytes, freeBlocks.size()}; }

void patchRel32(uint8_t* field, const uint8_t* target) {
  int64_t rel = target - (field + 4);
  if (rel != int32_t(rel)) kiln_fatal("JIT: a patched jump does not reach its target");
  int32_t v = int32_t(rel);
  protect(field, 4, PROT_READ | PROT_WRITE);
  std::memcpy(field, &v, 4);
  protect(field, 4, PROT_READ | PROT_EXEC);
}

} // namespace kiln::jitrt::x64

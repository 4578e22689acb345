// The old generation's memory (old_space.h): pages of one size class each, carved from large
// reservations, and large objects in mappings of their own. Depends only on the C library.
//
// Layout:
//  - Chunks: kChunkSize reservations (mmap, MAP_NORESERVE) of kPagesPerChunk pages. A page's
//    descriptor (Page) lives outside the chunk, in the chunk's malloc'd Chunk record, so the whole
//    page holds slots. chunks is sorted by address, so isObject finds an address's page with one
//    binary search. Chunks stay mapped until ~OldSpace.
//  - A page in use serves one size class: `slots` slots of `slotSize` bytes from its start (the
//    tail that fits no slot is unused). Bit i of `bits` is set when slot i holds an object; the
//    bits of the last word past `slots` are set too, so allocation never takes them, and every
//    walker stops at `slots`. A page not in use has slots == 0.
//  - A page not in use is in one of two pools: dirtyPages (memory held, old contents) or
//    cleanPages (never touched, or given back with MADV_DONTNEED: reads as zeros, holds no
//    memory).
//  - A large object: one mapping, [card bytes rounded up to 8][header + object][up to the OS
//    page], found by its header address in `large`.
//
// Zero-filling: sweep() zeroes the slots it frees in a page that keeps live objects; it does not
// zero a page it leaves wholly free, but puts it in dirtyPages, which takePage() zeroes (one
// memset) when it gives the page a size class again, unless it was given back to the OS first.
// A page's slots never allocated are zero since the page was zeroed when it got its size class.
// So allocation never writes to the memory it returns.
//
// Allocation in a page scans `bits` from the word `cursor` (sweep resets it): in the common case
// a load, a count-trailing-zeros and a store. Each size class allocates from its `current` page,
// then from the pages the last sweep left with free slots (`partial`), then from a free page.
//
// Accounting: bytesInUse counts roundedSize() of every object; bytesMapped counts the pages in
// use or in dirtyPages and whole large mappings (card bytes included); bytesReleased counts pages
// given back with madvise and large mappings unmapped.
#include "old_space.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace kiln::gc {
namespace {

constexpr size_t kChunkSize = 4 * 1024 * 1024;
constexpr size_t kPagesPerChunk = kChunkSize / OldSpace::kPageSize;
constexpr size_t kMinSlot = 16;
constexpr size_t kBitWords = OldSpace::kPageSize / kMinSlot / 64;

// Size classes: multiples of 8 up to 128, then 8 classes per doubling (the step is an eighth of
// the power of two at or below the size), so rounding wastes less than 12.5% of a slot.
constexpr size_t nextClass(size_t size) {
  if (size < 128) return size + 8;
  size_t power = 128;
  while (power * 2 <= size) power *= 2;
  return size + power / 8;
}
constexpr size_t countClasses() {
  size_t n = 0;
  for (size_t size = kMinSlot; size <= OldSpace::kMaxSmall; size = nextClass(size)) ++n;
  return n;
}
constexpr size_t kNumClasses = countClasses();

struct SizeClasses {
  uint32_t size[kNumClasses];
  uint8_t classOf[OldSpace::kMaxSmall / 8 + 1]; // by (bytes + 7) / 8
};
constexpr SizeClasses makeSizeClasses() {
  SizeClasses classes{};
  size_t cls = 0, size = kMinSlot;
  for (; size <= OldSpace::kMaxSmall; size = nextClass(size)) classes.size[cls++] = uint32_t(size);
  cls = 0;
  for (size_t units = 0; units <= OldSpace::kMaxSmall / 8; ++units) {
    while (classes.size[cls] < units * 8) ++cls;
    classes.classOf[units] = uint8_t(cls);
  }
  return classes;
}
constexpr SizeClasses kClasses = makeSizeClasses();
static_assert(kNumClasses < 256 && kClasses.size[kNumClasses - 1] == OldSpace::kMaxSmall);

struct Page {
  char* start;
  uint32_t slotSize;
  uint16_t slots;  // 0: not in use
  uint16_t words;  // of `bits` in use
  uint16_t used;   // objects in the page
  uint16_t cursor; // allocation scans `bits` from this word
  uint8_t sizeClass;
  uint64_t bits[kBitWords];
};

struct Chunk {
  char* base;
  Page pages[kPagesPerChunk];
};

struct LargeObject {
  char* base; // of the mapping: the card bytes
  size_t mapBytes;
  size_t bytes;
  size_t cardBytes;
};

// sweepWith's callbacks.
struct Sweeper {
  bool (*alive)(void* ctx, void* object);
  bool (*hasFinalizer)(void* ctx, void* object);
  void (*finalize)(void* ctx, void* object);
  void* ctx;

  // Whether `object` dies (after finalizing it).
  bool dies(void* object) const {
    if (alive(ctx, object)) return false;
    if (hasFinalizer(ctx, object)) finalize(ctx, object);
    return true;
  }
};

char* slotAddress(const Page& page, size_t word, unsigned bit) {
  return page.start + (word * 64 + bit) * page.slotSize;
}

// The bits of word `word` that stand for slots.
uint64_t slotMask(const Page& page, size_t word) {
  size_t rest = page.slots - word * 64;
  return rest >= 64 ? ~uint64_t(0) : (uint64_t(1) << rest) - 1;
}

// A free slot of `page` (null when it is full).
inline char* takeSlot(Page& page) {
  for (size_t word = page.cursor; word < page.words; ++word) {
    uint64_t free = ~page.bits[word];
    if (free == 0) continue;
    unsigned bit = __builtin_ctzll(free);
    page.bits[word] |= uint64_t(1) << bit;
    page.cursor = uint16_t(word);
    page.used++;
    return slotAddress(page, word, bit);
  }
  page.cursor = page.words;
  return nullptr;
}

// A zeroed page becomes a page of size class `cls`, all slots free.
void initPage(Page& page, unsigned cls) {
  page.sizeClass = uint8_t(cls);
  page.slotSize = kClasses.size[cls];
  page.slots = uint16_t(OldSpace::kPageSize / page.slotSize);
  page.words = uint16_t((page.slots + 63) / 64);
  page.used = 0;
  page.cursor = 0;
  memset(page.bits, 0, page.words * sizeof(uint64_t));
  if (page.slots % 64 != 0) page.bits[page.words - 1] = ~slotMask(page, page.words - 1);
}

// Zeroes the slots of `page` whose bits are set in `dead` (one memset per run of them).
void zeroSlots(const Page& page, const uint64_t* dead) {
  for (size_t word = 0; word < page.words; ++word) {
    for (uint64_t run = dead[word]; run != 0;) {
      unsigned first = __builtin_ctzll(run);
      uint64_t rest = ~(run >> first);
      unsigned length = rest == 0 ? 64 - first : __builtin_ctzll(rest);
      memset(slotAddress(page, word, first), 0, size_t(length) * page.slotSize);
      run = first + length >= 64 ? 0 : run & (~uint64_t(0) << (first + length));
    }
  }
}

// Frees the dead objects of `page`; returns how many. A page left empty is not zeroed and
// leaves use (slots = 0).
size_t sweepPage(Page& page, const Sweeper& sweeper) {
  uint64_t dead[kBitWords];
  size_t freed = 0;
  for (size_t word = 0; word < page.words; ++word) {
    uint64_t deadBits = 0;
    for (uint64_t objects = page.bits[word] & slotMask(page, word); objects != 0;
         objects &= objects - 1) {
      unsigned bit = __builtin_ctzll(objects);
      if (sweeper.dies(slotAddress(page, word, bit))) deadBits |= uint64_t(1) << bit;
    }
    dead[word] = deadBits;
    freed += __builtin_popcountll(deadBits);
  }
  page.used = uint16_t(page.used - freed);
  page.cursor = 0;
  if (page.used == 0) {
    page.slots = 0;
    return freed;
  }
  if (freed != 0) {
    zeroSlots(page, dead);
    for (size_t word = 0; word < page.words; ++word) page.bits[word] &= ~dead[word];
  }
  return freed;
}

// Calls visit(ctx, object, slotSize) for every object of `page`.
void walkPage(const Page& page, void (*visit)(void* ctx, void* object, size_t bytes), void* ctx) {
  for (size_t word = 0; word < page.words; ++word) {
    for (uint64_t objects = page.bits[word] & slotMask(page, word); objects != 0;
         objects &= objects - 1)
      visit(ctx, slotAddress(page, word, __builtin_ctzll(objects)), page.slotSize);
  }
}

size_t osPageSize() {
  static const size_t size = size_t(sysconf(_SC_PAGESIZE));
  return size;
}

} // namespace

struct OldSpace::Impl {
  std::vector<Chunk*> chunks; // sorted by base
  Page* current[kNumClasses] = {};
  std::vector<Page*> partial[kNumClasses]; // pages with free slots, besides current
  std::vector<Page*> dirtyPages;
  std::vector<Page*> cleanPages;
  std::unordered_map<uintptr_t, LargeObject> large; // by header address
  size_t inUse = 0;
  size_t mapped = 0;
  size_t released = 0;

  bool addChunk();
  Page* takePage();
  char* refill(unsigned cls);
  const Page* pageOf(const void* p) const;
  size_t sweepLarge(const Sweeper& sweeper);
  void releasePages(size_t keepFreeBytes);
};

// A new chunk's pages go to cleanPages, lowest address on top.
bool OldSpace::Impl::addChunk() {
  void* base = mmap(nullptr, kChunkSize, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED) return false;
  auto* chunk = static_cast<Chunk*>(calloc(1, sizeof(Chunk)));
  if (!chunk) {
    munmap(base, kChunkSize);
    return false;
  }
  chunk->base = static_cast<char*>(base);
  for (size_t i = 0; i < kPagesPerChunk; ++i) chunk->pages[i].start = chunk->base + i * kPageSize;
  auto at = std::upper_bound(chunks.begin(), chunks.end(), chunk,
                             [](const Chunk* a, const Chunk* b) { return a->base < b->base; });
  chunks.insert(at, chunk);
  for (size_t i = kPagesPerChunk; i-- > 0;) cleanPages.push_back(&chunk->pages[i]);
  return true;
}

// A zeroed page not in use (null when the OS refuses memory).
Page* OldSpace::Impl::takePage() {
  if (!dirtyPages.empty()) {
    Page* page = dirtyPages.back();
    dirtyPages.pop_back();
    memset(page->start, 0, kPageSize);
    return page;
  }
  if (cleanPages.empty() && !addChunk()) return nullptr;
  Page* page = cleanPages.back();
  cleanPages.pop_back();
  mapped += kPageSize;
  return page;
}

// allocate()'s slow path: current[cls] is full.
char* OldSpace::Impl::refill(unsigned cls) {
  while (!partial[cls].empty()) {
    current[cls] = partial[cls].back();
    partial[cls].pop_back();
    if (char* slot = takeSlot(*current[cls])) return slot;
  }
  Page* page = takePage();
  if (!page) return nullptr;
  initPage(*page, cls);
  current[cls] = page;
  return takeSlot(*page);
}

// The page holding `p` (in use or not), or null when `p` is in no chunk.
const Page* OldSpace::Impl::pageOf(const void* p) const {
  auto before = [](const void* q, const Chunk* c) { return q < static_cast<void*>(c->base); };
  auto at = std::upper_bound(chunks.begin(), chunks.end(), p, before);
  if (at == chunks.begin()) return nullptr;
  const Chunk* chunk = *(at - 1);
  size_t offset = static_cast<const char*>(p) - chunk->base;
  return offset < kChunkSize ? &chunk->pages[offset / kPageSize] : nullptr;
}

// Frees (unmaps) the dead large objects; returns their bytes.
size_t OldSpace::Impl::sweepLarge(const Sweeper& sweeper) {
  size_t freed = 0;
  for (auto it = large.begin(); it != large.end();) {
    if (!sweeper.dies(reinterpret_cast<void*>(it->first))) {
      ++it;
      continue;
    }
    const LargeObject& object = it->second;
    freed += object.bytes;
    mapped -= object.mapBytes;
    released += object.mapBytes;
    munmap(object.base, object.mapBytes);
    it = large.erase(it);
  }
  return freed;
}

// Gives the memory of the dirty pages beyond `keepFreeBytes` back to the OS, one madvise per run
// of adjacent pages.
void OldSpace::Impl::releasePages(size_t keepFreeBytes) {
  size_t keep = keepFreeBytes / kPageSize;
  if (dirtyPages.size() <= keep) return;
  std::vector<Page*> excess(dirtyPages.begin() + keep, dirtyPages.end());
  dirtyPages.resize(keep);
  std::sort(excess.begin(), excess.end(),
            [](const Page* a, const Page* b) { return a->start < b->start; });
  for (size_t first = 0, end; first < excess.size(); first = end) {
    end = first + 1;
    while (end < excess.size() && excess[end]->start == excess[end - 1]->start + kPageSize) ++end;
    size_t bytes = (end - first) * kPageSize;
    if (madvise(excess[first]->start, bytes, MADV_DONTNEED) != 0) {
      dirtyPages.insert(dirtyPages.end(), excess.begin() + first, excess.begin() + end);
      continue;
    }
    cleanPages.insert(cleanPages.end(), excess.begin() + first, excess.begin() + end);
    mapped -= bytes;
    released += bytes;
  }
}

OldSpace::OldSpace() : impl_(new Impl) {}

OldSpace::~OldSpace() {
  for (Chunk* chunk : impl_->chunks) {
    munmap(chunk->base, kChunkSize);
    free(chunk);
  }
  for (auto& [header, object] : impl_->large) munmap(object.base, object.mapBytes);
  delete impl_;
}

size_t OldSpace::roundedSize(size_t bytes) {
  return bytes > kMaxSmall ? bytes : kClasses.size[kClasses.classOf[(bytes + 7) / 8]];
}

void* OldSpace::allocate(size_t bytes) {
  if (bytes > kMaxSmall) return allocateLarge(bytes, 0);
  unsigned cls = kClasses.classOf[(bytes + 7) / 8];
  Page* page = impl_->current[cls];
  char* slot = page ? takeSlot(*page) : nullptr;
  if (__builtin_expect(!slot, 0)) {
    slot = impl_->refill(cls);
    if (!slot) return nullptr;
  }
  impl_->inUse += kClasses.size[cls];
  return slot;
}

void* OldSpace::allocateLarge(size_t bytes, size_t cardBytes) {
  size_t cardSpace = (cardBytes + 7) & ~size_t(7);
  size_t pageMask = osPageSize() - 1;
  if (bytes > SIZE_MAX / 4 || cardBytes > SIZE_MAX / 4) return nullptr;
  size_t mapBytes = (cardSpace + bytes + pageMask) & ~pageMask;
  void* base = mmap(nullptr, mapBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED) return nullptr;
  char* header = static_cast<char*>(base) + cardSpace;
  impl_->large.emplace(reinterpret_cast<uintptr_t>(header),
                       LargeObject{static_cast<char*>(base), mapBytes, bytes, cardBytes});
  impl_->inUse += bytes;
  impl_->mapped += mapBytes;
  return header;
}

uint8_t* OldSpace::cards(void* object) const {
  auto it = impl_->large.find(reinterpret_cast<uintptr_t>(object));
  if (it == impl_->large.end() || it->second.cardBytes == 0) return nullptr;
  return reinterpret_cast<uint8_t*>(it->second.base);
}

bool OldSpace::isObject(const void* p) const {
  const Page* page = impl_->pageOf(p);
  if (!page) return impl_->large.count(reinterpret_cast<uintptr_t>(p)) != 0;
  if (page->slots == 0) return false;
  size_t offset = static_cast<const char*>(p) - page->start;
  size_t slot = offset / page->slotSize;
  return offset % page->slotSize == 0 && slot < page->slots &&
         (page->bits[slot / 64] >> (slot % 64) & 1);
}

void OldSpace::walk(void (*visit)(void* ctx, void* object, size_t bytes), void* ctx) const {
  for (Chunk* chunk : impl_->chunks) {
    for (const Page& page : chunk->pages)
      if (page.slots != 0) walkPage(page, visit, ctx);
  }
  for (auto& [header, object] : impl_->large)
    visit(ctx, reinterpret_cast<void*>(header), object.bytes);
}

size_t OldSpace::sweepWith(bool (*alive)(void* ctx, void* object),
                           bool (*hasFinalizer)(void* ctx, void* object),
                           void (*finalize)(void* ctx, void* object), void* ctx,
                           size_t keepFreeBytes) {
  Impl& space = *impl_;
  Sweeper sweeper{alive, hasFinalizer, finalize, ctx};
  for (size_t cls = 0; cls < kNumClasses; ++cls) {
    space.current[cls] = nullptr;
    space.partial[cls].clear();
  }
  size_t freed = 0;
  for (Chunk* chunk : space.chunks) {
    for (Page& page : chunk->pages) {
      if (page.slots == 0) continue;
      freed += sweepPage(page, sweeper) * page.slotSize;
      if (page.slots == 0) space.dirtyPages.push_back(&page);
      else if (page.used < page.slots) space.partial[page.sizeClass].push_back(&page);
    }
  }
  freed += space.sweepLarge(sweeper);
  space.inUse -= freed;
  space.releasePages(keepFreeBytes);
  return freed;
}

size_t OldSpace::bytesInUse() const { return impl_->inUse; }
size_t OldSpace::bytesMapped() const { return impl_->mapped; }
size_t OldSpace::bytesReleased() const { return impl_->released; }

} // namespace kiln::gc

// The gen collector's settings from the environment (docs/gc.md, "Environment"):
//   KILN_GC_NURSERY=<bytes>[K|M]     nursery size (default: half the L2 cache, in [4M, 8M])
//   KILN_GC_GROWTH=<factor>          a major collection starts when the old generation is
//                                    this many times what the last one left (default 1.5)
//   KILN_GC_MAX_HEAP=<bytes>[K|M|G]  heap limit, overriding --max-heap (0: none)
//   KILN_GC_STRESS=1                 collect at every slow allocation (implies KILN_GC_VERIFY)
//   KILN_GC_VERIFY=1                 verify the heap after every collection
// A malformed value is a fatal error: a typo must not silently run another configuration.
#include <cstdio>
#include <cstdlib>

#include "heap.h"
#include "kiln/runtime.h"

namespace kiln::gc {

namespace {

constexpr size_t kKB = 1024;
constexpr size_t kMB = 1024 * kKB;
constexpr size_t kDefaultL2 = 1 * kMB;
// Half the L2 cache is the classic choice, but with a 1 MiB nursery binary-trees promotes over a
// third of what it allocates (its trees outgrow it); 4 MiB and up, mostly still in the large
// L3 caches of today, halves that (docs/gc.md, "Tuning").
constexpr size_t kMinDefaultNursery = 4 * kMB;
constexpr size_t kMaxDefaultNursery = 8 * kMB;
// An explicit nursery must hold a few of the largest nursery objects.
constexpr size_t kMinNursery = 4 * KILN_GC_NURSERY_MAX_OBJECT;

// `text` as a byte count with an optional K/M/G suffix (among `suffixes`); false if malformed.
bool parseBytes(const char* text, const char* suffixes, int64_t& out) {
  char* end = nullptr;
  long long n = strtoll(text, &end, 10);
  if (end == text || n < 0) return false;
  int64_t scale = 1;
  if (*end) {
    char c = char(*end | 0x20);
    bool allowed = false;
    for (const char* s = suffixes; *s; ++s)
      allowed |= (*s | 0x20) == c;
    if (!allowed || end[1]) return false;
    scale = c == 'k' ? int64_t(kKB) : c == 'm' ? int64_t(kMB) : int64_t(kMB) * int64_t(kKB);
  }
  if (n > INT64_MAX / scale) return false;
  out = int64_t(n) * scale;
  return true;
}

int64_t bytesVariable(const char* name, const char* suffixes, int64_t fallback) {
  const char* text = getenv(name);
  if (!text || !*text) return fallback;
  int64_t value = 0;
  if (!parseBytes(text, suffixes, value))
    kiln_fatal("invalid %s value '%s' (bytes, suffix %s)", name, text, suffixes);
  return value;
}

bool flagVariable(const char* name) {
  const char* text = getenv(name);
  return text && *text && !(text[0] == '0' && !text[1]);
}

// The L2 cache's size as the kernel reports it ("2048K"), or kDefaultL2.
size_t l2CacheBytes() {
  FILE* f = fopen("/sys/devices/system/cpu/cpu0/cache/index2/size", "r");
  if (!f) return kDefaultL2;
  char text[32] = {};
  bool ok = fgets(text, sizeof text, f) != nullptr;
  fclose(f);
  int64_t bytes = 0;
  if (!ok) return kDefaultL2;
  for (char* c = text; *c; ++c)
    if (*c == '\n') *c = 0;
  return parseBytes(text, "KMG", bytes) && bytes > 0 ? size_t(bytes) : kDefaultL2;
}

} // namespace

Config readConfig() {
  Config config;
  size_t nursery = l2CacheBytes() / 2;
  nursery = nursery < kMinDefaultNursery   ? kMinDefaultNursery
            : nursery > kMaxDefaultNursery ? kMaxDefaultNursery
                                           : nursery;
  int64_t explicitNursery = bytesVariable("KILN_GC_NURSERY", "KM", 0);
  if (explicitNursery)
    nursery = size_t(explicitNursery) < kMinNursery ? kMinNursery : size_t(explicitNursery);
  config.nurseryBytes = (nursery + 4095) & ~size_t(4095);
  config.maxHeap = bytesVariable("KILN_GC_MAX_HEAP", "KMG", kiln_gc_max_heap_option);
  if (const char* g = getenv("KILN_GC_GROWTH")) {
    char* end = nullptr;
    double v = strtod(g, &end);
    if (end == g || *end || !(v >= 1.1 && v <= 10)) kiln_fatal("KILN_GC_GROWTH=%s: not a number from 1.1 to 10", g);
    config.growth = v;
  }
  config.stress = flagVariable("KILN_GC_STRESS");
  config.verify = config.stress || flagVariable("KILN_GC_VERIFY");
  return config;
}

} // namespace kiln::gc

// Arena: a bump allocator for IR objects that live as long as a compilation stage.
//
// Objects allocated here are never destroyed one by one; the whole arena is released at once.
// Therefore only trivially destructible types may be allocated (checked at compile time).
// Allocation is a pointer bump in the common case; slabs grow geometrically up to 1 MiB.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace kiln {

class Arena {
public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  [[nodiscard]] void* allocate(size_t size, size_t align) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + align - 1) & ~(uintptr_t(align) - 1);
    if (p + size > reinterpret_cast<uintptr_t>(end_)) return allocateSlow(size, align);
    cur_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }

  template <class T, class... Args> [[nodiscard]] T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  // Copies a sequence into the arena; the result lives as long as the arena.
  template <class T> [[nodiscard]] std::span<T> copy(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (items.empty()) return {};
    T* p = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
    std::memcpy(static_cast<void*>(p), items.data(), sizeof(T) * items.size());
    return {p, items.size()};
  }

  [[nodiscard]] std::string_view copyString(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  size_t bytesAllocated() const { return totalSlabBytes_; }

private:
  void* allocateSlow(size_t size, size_t align);

  char* cur_ = nullptr;
  char* end_ = nullptr;
  size_t nextSlabSize_ = 4096;
  size_t totalSlabBytes_ = 0;
  std::vector<std::unique_ptr<char[]>> slabs_;
};

} // namespace kiln

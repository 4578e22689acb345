// Arena slow path: start a new slab.
#include "support/arena.h"

#include <algorithm>

namespace kiln {

void* Arena::allocateSlow(size_t size, size_t align) {
  size_t need = size + align;
  size_t slabSize = std::max(nextSlabSize_, need);
  nextSlabSize_ = std::min<size_t>(nextSlabSize_ * 2, size_t(1) << 20);
  slabs_.push_back(std::make_unique<char[]>(slabSize));
  totalSlabBytes_ += slabSize;
  cur_ = slabs_.back().get();
  end_ = cur_ + slabSize;
  return allocate(size, align);
}

} // namespace kiln

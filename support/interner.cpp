// Interner: open-addressing hash set of strings, storage in an arena.
#include "support/interner.h"

#include <cstring>

namespace kiln {

Interner::Interner() : slots_(1024, nullptr) {}

uint32_t Interner::hashOf(std::string_view text) {
  uint32_t h = 2166136261u; // FNV-1a: short identifiers dominate, so simple is fast enough
  for (unsigned char c : text) h = (h ^ c) * 16777619u;
  return h;
}

Symbol Interner::intern(std::string_view text) {
  uint32_t h = hashOf(text);
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Symbol::Data* d = slots_[i];
    if (!d) break;
    if (d->hash == h && d->size == text.size() && std::memcmp(d->chars, text.data(), text.size()) == 0)
      return Symbol(d);
  }
  auto* d = static_cast<Symbol::Data*>(
      arena_.allocate(offsetof(Symbol::Data, chars) + text.size() + 1, alignof(Symbol::Data)));
  d->size = uint32_t(text.size());
  d->hash = h;
  std::memcpy(d->chars, text.data(), text.size());
  d->chars[text.size()] = '\0';
  if ((count_ + 1) * 2 > slots_.size()) grow();
  mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i]) i = (i + 1) & mask;
  slots_[i] = d;
  ++count_;
  return Symbol(d);
}

void Interner::grow() {
  std::vector<const Symbol::Data*> old(slots_.size() * 2, nullptr);
  old.swap(slots_);
  size_t mask = slots_.size() - 1;
  for (const Symbol::Data* d : old) {
    if (!d) continue;
    size_t i = d->hash & mask;
    while (slots_[i]) i = (i + 1) & mask;
    slots_[i] = d;
  }
}

} // namespace kiln

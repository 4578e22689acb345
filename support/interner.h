// Interned strings: Symbol is a pointer-sized handle compared by identity.
//
// Identifiers in the AST and names in every later IR are Symbols, so comparing two names is a
// pointer comparison and a name costs one word. The Interner owns the characters; Symbols stay
// valid as long as it lives. The empty Symbol (default-constructed) means "no name".
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "support/arena.h"

namespace kiln {

class Symbol {
public:
  Symbol() = default;
  std::string_view str() const { return data_ ? std::string_view(data_->chars, data_->size) : ""; }
  explicit operator bool() const { return data_ != nullptr; }
  bool operator==(const Symbol& other) const = default;
  uint32_t hash() const { return data_ ? data_->hash : 0; }

private:
  friend class Interner;
  struct Data {
    uint32_t size;
    uint32_t hash;
    char chars[1];
  };
  explicit Symbol(const Data* data) : data_(data) {}
  const Data* data_ = nullptr;
};

struct SymbolHash {
  size_t operator()(Symbol s) const { return s.hash(); }
};

class Interner {
public:
  Interner();
  Symbol intern(std::string_view text);
  size_t size() const { return count_; }

private:
  void grow();
  static uint32_t hashOf(std::string_view text);

  Arena arena_;
  std::vector<const Symbol::Data*> slots_; // open addressing, power-of-two size
  size_t count_ = 0;
};

} // namespace kiln

// The runtime helpers of rtyper/helpers.def: what low-level graphs call for operations too big
// to inline, with their effects.
#pragma once

#include <cstdint>
#include <string_view>

namespace kiln::rt {

enum class HelperId : uint16_t {
#define HELPER(id, oopspec, flags, doc) id,
#include "rtyper/helpers.def"
};

namespace helperflags {
// A helper that is a template instantiated per call (helpers.def); beside ll::opflags' bits.
constexpr uint32_t Generic = 1u << 8;
} // namespace helperflags

struct HelperInfo {
  std::string_view name; // the id: the runtime function is kiln_<name>
  std::string_view oopspec;
  uint32_t flags; // ll::opflags, and helperflags::Generic
  bool generic() const { return flags & helperflags::Generic; }
  std::string_view doc;
};

const HelperInfo& helperInfo(HelperId id);
// The helper a direct_call's function constant names ("kiln_str_concat"), or null.
const HelperInfo* helperNamed(std::string_view runtimeName);

} // namespace kiln::rt

#include "rtyper/helpers.h"

#include <iterator>

#include "rtyper/llgraph.h"

namespace kiln::rt {

namespace {

const HelperInfo kHelpers[] = {
#define HELPER(id, oopspec, flags, doc)                                                            \
  {#id, oopspec, [] {                                                                              \
     using namespace ll::opflags;                                                                  \
     using helperflags::Generic;                                                                   \
     return uint32_t(flags);                                                                       \
   }(),                                                                                             \
   doc},
#include "rtyper/helpers.def"
};

} // namespace

const HelperInfo& helperInfo(HelperId id) { return kHelpers[size_t(id)]; }

const HelperInfo* helperNamed(std::string_view runtimeName) {
  if (!runtimeName.starts_with("kiln_")) return nullptr;
  runtimeName.remove_prefix(5);
  for (const HelperInfo& h : kHelpers)
    if (h.name == runtimeName) return &h;
  return nullptr;
}

} // namespace kiln::rt

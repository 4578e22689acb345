// libFuzzer target for the frontend: decode + lex + parse + dump arbitrary bytes.
//
// Every input must end in an AST or in exactly one error diagnostic; a crash, a sanitizer
// report, an assertion, an uncaught exception or a hang is a bug. Built with -DKILN_FUZZ=ON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "frontend/ast_dump.h"
#include "frontend/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kiln::SourceManager sources;
  kiln::Arena arena;
  kiln::Interner interner;
  kiln::DiagnosticEngine diags(sources);
  unsigned reported = 0;
  diags.setConsumer([&](const kiln::Diagnostic& d) {
    ++reported;
    (void)diags.render(d); // rendering must cope with any location, too
  });
  kiln::ParseContext ctx{sources, arena, interner, diags};
  kiln::ast::Module* module =
      kiln::parseBytes(ctx, "fuzz.py", std::string_view(reinterpret_cast<const char*>(data), size));
  if (module) (void)kiln::ast::dumpAst(module);
  if ((module != nullptr) == (reported != 0)) std::abort(); // exactly one outcome
  return 0;
}

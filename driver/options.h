// Command-line options of the `kiln` command, generated from driver/options.def.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kiln::driver {

enum class Command {
#define COMMAND(id, name, help) id,
#define FLAG(id, flag, commands, help)
#define VALUE(id, flag, metavar, commands, help)
#define LIST(id, flag, metavar, commands, help)
#include "driver/options.def"
#undef COMMAND
#undef FLAG
#undef VALUE
#undef LIST
};

struct Options {
  Command command{};
  std::vector<std::string> inputs;
#define COMMAND(id, name, help)
#define FLAG(id, flag, commands, help) bool id = false;
#define VALUE(id, flag, metavar, commands, help) std::optional<std::string> id;
#define LIST(id, flag, metavar, commands, help) std::vector<std::string> id;
#include "driver/options.def"
#undef COMMAND
#undef FLAG
#undef VALUE
#undef LIST
};

// Parses argv; on a usage error returns false with a message in `error`.
bool parseCommandLine(int argc, char** argv, Options& options, std::string& error);
std::string usage();
std::string commandUsage(Command command);

} // namespace kiln::driver

// Command-line parsing for the `kiln` command; every command and flag comes from options.def.
#include "driver/options.h"

#include <fstream>
#include <sstream>
#include <string_view>

namespace kiln::driver {

namespace {

struct CommandInfo {
  Command command;
  std::string_view name;
  std::string_view help;
};
constexpr CommandInfo kCommands[] = {
#define COMMAND(id, name, help) {Command::id, name, help},
#define FLAG(id, flag, commands, help)
#define VALUE(id, flag, metavar, commands, help)
#define LIST(id, flag, metavar, commands, help)
#include "driver/options.def"
#undef COMMAND
#undef FLAG
#undef VALUE
#undef LIST
};

struct FlagInfo {
  std::string_view flag;
  std::string_view metavar; // empty for a boolean flag
  std::string_view commands;
  std::string_view help;
  bool Options::*boolField;
  std::optional<std::string> Options::*valueField;
  std::vector<std::string> Options::*listField;
};
const FlagInfo kFlags[] = {
#define COMMAND(id, name, help)
#define FLAG(id, flag, commands, help) {flag, "", commands, help, &Options::id, nullptr, nullptr},
#define VALUE(id, flag, metavar, commands, help)                                                   \
  {flag, metavar, commands, help, nullptr, &Options::id, nullptr},
#define LIST(id, flag, metavar, commands, help)                                                    \
  {flag, metavar, commands, help, nullptr, nullptr, &Options::id},
#include "driver/options.def"
#undef COMMAND
#undef FLAG
#undef VALUE
#undef LIST
};

bool acceptsFlag(const FlagInfo& flag, std::string_view command) {
  std::istringstream words{std::string(flag.commands)};
  std::string word;
  while (words >> word)
    if (word == command) return true;
  return false;
}

std::string_view commandName(Command command) {
  for (const CommandInfo& c : kCommands)
    if (c.command == command) return c.name;
  return "?";
}

} // namespace

std::string usage() {
  std::string out = "usage: kiln <command> [options] FILE... (@LIST reads inputs from LIST)\n\n"
                    "commands:\n";
  for (const CommandInfo& c : kCommands)
    out += "  " + std::string(c.name) + std::string(12 - std::min<size_t>(11, c.name.size()), ' ') +
           std::string(c.help) + "\n";
  out += "\n'kiln <command> --help' describes a command's options.\n";
  return out;
}

std::string commandUsage(Command command) {
  std::string_view name = commandName(command);
  std::string out = "usage: kiln " + std::string(name) + " [options] FILE...\n\noptions:\n";
  for (const FlagInfo& f : kFlags) {
    if (!acceptsFlag(f, name)) continue;
    std::string spelled(f.flag);
    if (!f.metavar.empty()) spelled += "=" + std::string(f.metavar);
    out += "  " + spelled + std::string(spelled.size() < 22 ? 22 - spelled.size() : 1, ' ') +
           std::string(f.help) + "\n";
  }
  return out;
}

bool parseCommandLine(int argc, char** argv, Options& options, std::string& error) {
  if (argc < 2) {
    error = "no command given";
    return false;
  }
  std::string_view name = argv[1];
  const CommandInfo* command = nullptr;
  for (const CommandInfo& c : kCommands)
    if (c.name == name) command = &c;
  if (!command) {
    error = "unknown command '" + std::string(name) + "'";
    return false;
  }
  options.command = command->command;
  for (int i = 2; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg.starts_with("@")) { // a response file: one input per line
      std::ifstream list{std::string(arg.substr(1))};
      if (!list) {
        error = "cannot read the list of inputs '" + std::string(arg.substr(1)) + "'";
        return false;
      }
      for (std::string line; std::getline(list, line);)
        if (!line.empty()) options.inputs.push_back(line);
      continue;
    }
    if (!arg.starts_with("-") || arg == "-") {
      options.inputs.emplace_back(arg);
      continue;
    }
    std::string_view key = arg.substr(0, arg.find('='));
    const FlagInfo* flag = nullptr;
    for (const FlagInfo& f : kFlags)
      if (f.flag == key && acceptsFlag(f, name)) flag = &f;
    if (!flag) {
      error = "unknown option '" + std::string(key) + "' for 'kiln " + std::string(name) + "'";
      return false;
    }
    if (flag->boolField) {
      if (key.size() != arg.size()) {
        error = "option '" + std::string(key) + "' takes no value";
        return false;
      }
      options.*(flag->boolField) = true;
      continue;
    }
    std::string value;
    if (key.size() != arg.size()) {
      value = std::string(arg.substr(key.size() + 1));
    } else if (i + 1 < argc) {
      value = argv[++i];
    } else {
      error = "option '" + std::string(key) + "' needs a value (" + std::string(flag->metavar) + ")";
      return false;
    }
    if (flag->valueField) options.*(flag->valueField) = value;
    else (options.*(flag->listField)).push_back(value);
  }
  return true;
}

} // namespace kiln::driver

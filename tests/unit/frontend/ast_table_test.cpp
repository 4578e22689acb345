// ast_nodes.def agrees with the running CPython: every node class, its fields in order, and
// which fields are optional (ast.dump leaves those out when absent).
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <memory>

#include "frontend/ast.h"

namespace kiln::ast {
namespace {

std::map<std::string, std::string> kilnTable() {
  std::map<std::string, std::string> table;
  std::string* current = nullptr;
#define AST_NODE(K, C, P) current = &table[P];
#define AST_CHILD(K, T, name) *current += " " #name;
#define AST_OPT(K, T, name) *current += " " #name "?";
#define AST_LIST(K, T, name) *current += " " #name;
#define AST_IDENT(K, name) *current += " " #name;
#define AST_OPT_IDENT(K, name) *current += " " #name "?";
#define AST_IDENT_LIST(K, name) *current += " " #name;
#define AST_CONST(K, name) *current += " " #name;
#define AST_OPT_STRING(K, name) *current += " " #name "?";
#define AST_INT(K, name) *current += " " #name;
#define AST_OPT_INT(K, name) *current += " " #name "?";
#define AST_ENUM(K, T, name) *current += " " #name;
#define AST_ENUM_LIST(K, T, name) *current += " " #name;
#define AST_END(K)
#include "frontend/ast_nodes.def"
  return table;
}

// Concrete node classes of the running python3's ast module, in the same format.
std::map<std::string, std::string> cpythonTable() {
  const char* script =
      "import ast\n"
      "old = {'Num','Str','Bytes','NameConstant','Ellipsis','Index','ExtSlice','Suite',\n"
      "       'AugLoad','AugStore','Param','slice'}\n"
      "def walk(c):\n"
      "    for s in c.__subclasses__():\n"
      "        if s.__module__ == 'ast' and s.__name__ not in old:\n"
      "            if s._fields or not s.__subclasses__():\n"
      "                if not s.__subclasses__() or s._fields:\n"
      "                    print(s.__name__ + ''.join(' ' + f + ('?' if getattr(s, f, ...) is None else '')\n"
      "                                              for f in s._fields))\n"
      "            walk(s)\n"
      "walk(ast.AST)\n";
  std::string command = "python3 -c \"" + std::string(script) + "\"";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::map<std::string, std::string> table;
  if (!pipe) return table;
  char line[4096];
  while (fgets(line, sizeof line, pipe.get())) {
    std::string s(line);
    if (!s.empty() && s.back() == '\n') s.pop_back();
    size_t space = s.find(' ');
    table[s.substr(0, space)] = space == std::string::npos ? "" : s.substr(space);
  }
  return table;
}

TEST(AstTable, MatchesCPython) {
  std::map<std::string, std::string> ours = kilnTable();
  std::map<std::string, std::string> theirs = cpythonTable();
  ASSERT_FALSE(theirs.empty()) << "could not run python3";
  for (const auto& [name, fields] : ours) {
    if (!theirs.count(name)) {
      ADD_FAILURE() << name << " is not an ast class in CPython";
      continue;
    }
    EXPECT_EQ(fields, theirs[name]) << "fields of " << name;
  }
  // Field-less classes (operators, contexts) are the enumerations of ast_ops.def.
  for (const auto& [name, fields] : theirs) {
    if (!fields.empty()) EXPECT_TRUE(ours.count(name)) << name << " is missing from ast_nodes.def";
  }
}

} // namespace
} // namespace kiln::ast

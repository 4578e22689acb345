// The loader: run the exporter in CPython, then read and check its document (see loader.h).
#include "frontend/loader.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace kiln {

namespace {

namespace fs = std::filesystem;

struct TempFile {
  std::string path;
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/kiln-load-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = mkstemp(buf.data());
    if (fd >= 0) {
      close(fd);
      path = buf.data();
    }
  }
  ~TempFile() {
    if (!path.empty()) unlink(path.c_str());
  }
};

// Runs `python -m kiln._export` with lib/ on PYTHONPATH. Returns the exit status (128 + signal
// if it was killed), or -1 with `error` set if it could not be started.
int runExporter(const LoadOptions& options, const std::string& program, const std::string& out,
                std::string& error) {
  std::vector<std::string> args = {options.python, "-m", "kiln._export", program, "-o", out};
  for (const std::string& dir : options.searchPaths) {
    args.push_back("--path");
    args.push_back(dir);
  }
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  std::vector<std::string> env;
  std::string pythonPath = "PYTHONPATH=" + options.libDir;
  for (char** e = environ; *e; ++e) {
    if (std::strncmp(*e, "PYTHONPATH=", 11) == 0) {
      if ((*e)[11]) pythonPath += std::string(":") + (*e + 11);
      continue;
    }
    env.emplace_back(*e);
  }
  env.push_back(pythonPath);
  std::vector<char*> envp;
  for (std::string& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);

  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid;
  int rc = posix_spawnp(&pid, options.python.c_str(), nullptr, nullptr, argv.data(), envp.data());
  if (rc != 0) {
    error = "cannot run '" + options.python + "': " + std::strerror(rc);
    return -1;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      error = std::string("waiting for the exporter failed: ") + std::strerror(errno);
      return -1;
    }
  }
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}

bool readWholeFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

} // namespace

std::string defaultLibDir() {
  if (const char* lib = std::getenv("KILN_LIB"); lib && *lib) return lib;
  return KILN_DEFAULT_LIB_DIR;
}

std::unique_ptr<load::Program> loadProgram(ParseContext& ctx, const std::string& path,
                                           const LoadOptions& options, Timings* timings) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    ctx.diags.report(DiagId::driver_cannot_open, SourceRange{}, path,
                     fs::exists(path, ec) ? "not a regular file" : "No such file or directory");
    return nullptr;
  }
  TempFile out;
  if (out.path.empty()) {
    ctx.diags.report(DiagId::load_exporter_failed, SourceRange{}, "cannot create a temporary file");
    return nullptr;
  }
  std::string json;
  {
    Timings::Scope scope(timings, "import (CPython exporter)");
    std::string error;
    int status = runExporter(options, path, out.path, error);
    if (status == 1) {
      ctx.diags.report(DiagId::load_import_failed, SourceRange{}, path);
      return nullptr;
    }
    if (status != 0) {
      if (error.empty()) error = "the exporter exited with status " + std::to_string(status);
      ctx.diags.report(DiagId::load_exporter_failed, SourceRange{}, error);
      return nullptr;
    }
    if (!readWholeFile(out.path, json)) {
      ctx.diags.report(DiagId::load_exporter_failed, SourceRange{}, "the exporter wrote no output");
      return nullptr;
    }
  }
  if (!options.keepJson.empty()) std::ofstream(options.keepJson, std::ios::binary) << json;

  std::unique_ptr<load::Program> program;
  {
    Timings::Scope scope(timings, "read load graph");
    program = readLoadGraph(ctx, json, path);
  }
  if (!program) return nullptr;
  {
    Timings::Scope scope(timings, "parse function sources");
    if (!attachFunctionSources(ctx, *program)) return nullptr;
  }
  if (!checkRunTimeValues(ctx, *program)) return nullptr;
  return program;
}

} // namespace kiln

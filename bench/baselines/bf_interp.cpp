// bf_interp.cpp -- the hand-written C++ baseline for the Brainfuck benchmark (bench/bf_bench.py).
//
// A switch-dispatch interpreter of the same design as a tutorial-style meta-tracing BF
// interpreter: keep the 8 commands, precompute the bracket table once, then dispatch on one
// command byte at a time. Deliberately no further optimizations (no run folding, no special
// loops): it is the "same interpreter, written by hand in C++" column, not the fastest BF.
//
// Semantics (shared with targets/bf and bench/baselines/bf2cpp.py):
//   * cells are unsigned 8-bit and wrap around;
//   * the tape starts with kInitialCells cells at cell 0 and doubles when the head passes its
//     right end; moving left of cell 0 is an error;
//   * `,` reads one byte from stdin and leaves the cell unchanged at end of input;
//   * `.` writes one byte to a buffered stdout (flushed at exit).
// Errors (missing file, unbalanced brackets, head left of cell 0): one line on stderr, exit 1.
//
// Build: c++ -O2 -Wall -o bf_interp bf_interp.cpp
//        c++ -O2 -Wall -DCOUNT -o bf_interp_count bf_interp.cpp   (prints the number of
//        executed commands on stderr; a separate build so the normal path pays nothing)
// Usage: bf_interp PROGRAM.b < input > output
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

constexpr size_t kInitialCells = 30000;

[[noreturn]] void fail(const std::string &message) {
  std::fflush(stdout);
  std::fprintf(stderr, "bf_interp: error: %s\n", message.c_str());
  std::exit(1);
}

// The program's commands, comments (every other byte) dropped.
std::string readCommands(const char *path) {
  FILE *f = std::fopen(path, "rb");
  if (!f) fail(std::string("cannot open ") + path);
  std::string code;
  for (int c; (c = std::getc(f)) != EOF;) {
    switch (c) {
    case '+': case '-': case '<': case '>': case '[': case ']': case '.': case ',':
      code.push_back(static_cast<char>(c));
    }
  }
  std::fclose(f);
  return code;
}

// jump[i] for a bracket at i is the index of its partner; other entries are unused.
std::vector<uint32_t> bracketTable(const std::string &code) {
  std::vector<uint32_t> jump(code.size(), 0), open;
  for (uint32_t i = 0; i < code.size(); ++i) {
    if (code[i] == '[') {
      open.push_back(i);
    } else if (code[i] == ']') {
      if (open.empty()) fail("unmatched ']' at command " + std::to_string(i));
      jump[i] = open.back();
      jump[open.back()] = i;
      open.pop_back();
    }
  }
  if (!open.empty()) fail("unmatched '[' at command " + std::to_string(open.back()));
  return jump;
}

void run(const std::string &code, const std::vector<uint32_t> &jump) {
  std::vector<uint8_t> tape(kInitialCells, 0);
  size_t head = 0;
#ifdef COUNT
  uint64_t executed = 0;
#endif
  for (size_t pc = 0; pc < code.size(); ++pc) {
#ifdef COUNT
    ++executed;
#endif
    switch (code[pc]) {
    case '+': ++tape[head]; break;
    case '-': --tape[head]; break;
    case '>':
      if (++head == tape.size()) tape.resize(2 * tape.size(), 0);
      break;
    case '<':
      if (head == 0) fail("the head moved left of cell 0 at command " + std::to_string(pc));
      --head;
      break;
    case '[': if (tape[head] == 0) pc = jump[pc]; break;
    case ']': if (tape[head] != 0) pc = jump[pc]; break;
    case '.': std::putchar(tape[head]); break;
    case ',': {
      int c = std::getchar();
      if (c != EOF) tape[head] = static_cast<uint8_t>(c);
      break;
    }
    }
  }
#ifdef COUNT
  std::fflush(stdout);
  std::fprintf(stderr, "executed commands: %llu\n", static_cast<unsigned long long>(executed));
#endif
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s PROGRAM.b < input > output\n", argv[0]);
    return 1;
  }
  static char outBuffer[1 << 16];
  std::setvbuf(stdout, outBuffer, _IOFBF, sizeof outBuffer);
  std::string code = readCommands(argv[1]);
  std::vector<uint32_t> jump = bracketTable(code);
  run(code, jump);
  std::fflush(stdout);
  return 0;
}

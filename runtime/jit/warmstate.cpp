// The warm state (DESIGN.md §3.2-3.3): parameters, the cells that count how often each green
// key's merge point is reached and hold its compiled loop, and kiln_jit_merge_point, the entry
// from the portal. Outcomes are driven here: a loop runs until it leaves; the interpreter (the
// blackhole) stops at the next merge point, where a compiled loop may take over again, or a new
// one be traced.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "jit_internal.h"

namespace kiln::jitrt {

Params params;
Stats stats;
uint64_t startNs = 0;
std::vector<bool> dontInline;

const kiln_jit_program& program() { return kiln_jit_data; }

std::vector<Loop*>& allLoops() {
  static std::vector<Loop*> loops;
  return loops;
}

namespace {

// -- Cells: one per green key seen, in an open-addressing table kept in root memory (the greens
//    may be references the table keeps alive).
constexpr size_t kMaxGreens = 8;
struct Cell {
  Word key[kMaxGreens];
  uint32_t n = 0; // 0: empty
  uint32_t counter = 0;
  uint32_t aborts = 0;
  bool dontTrace = false;
  Loop* loop = nullptr;
};
RootVec<Cell>* cells = nullptr;
size_t used = 0;

uint64_t hashKey(const Word* key, size_t n) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
  for (size_t i = 0; i < n; ++i) h = (h ^ key[i]) * 0xff51afd7ed558ccdull, h ^= h >> 29;
  return h;
}

Cell& cellFor(const Word* key, size_t n) {
  if (!cells) cells = new RootVec<Cell>(1024);
  if ((used + 1) * 2 > cells->size()) {
    RootVec<Cell>* old = cells;
    cells = new RootVec<Cell>(old->size() * 2);
    used = 0;
    for (Cell& c : *old)
      if (c.n) {
        Cell& d = cellFor(c.key, c.n);
        d = c;
      }
    delete old;
  }
  size_t mask = cells->size() - 1;
  for (size_t i = hashKey(key, n) & mask;; i = (i + 1) & mask) {
    Cell& c = (*cells)[i];
    if (!c.n) {
      c.n = uint32_t(n);
      std::memcpy(c.key, key, n * sizeof(Word));
      ++used;
      return c;
    }
    if (c.n == n && std::memcmp(c.key, key, n * sizeof(Word)) == 0) return c;
  }
}

// -- Parameters: `threshold=N,trace_eagerness=N,...,off`.
bool parseParams(const char* spec, std::string& error) {
  std::string s(spec);
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    std::string item = s.substr(start, end - start);
    start = end + 1;
    if (item.empty()) continue;
    if (item == "off") {
      params.off = true;
      continue;
    }
    if (item == "backend=interp" || item == "backend=x86_64") {
      params.interp = item == "backend=interp";
      continue;
    }
    if (item.starts_with("disable_opts=")) {
      params.disabledPasses = ":" + item.substr(13) + ":";
      continue;
    }
    size_t eq = item.find('=');
    std::string name = item.substr(0, eq);
    char* stop = nullptr;
    long value = eq == std::string::npos ? -1 : std::strtol(item.c_str() + eq + 1, &stop, 10);
    if (eq == std::string::npos || *stop || value < 0 || value > 0x7fffffff) {
      error = "bad JIT parameter '" + item + "' (NAME=N with N >= 0, or off)";
      return false;
    }
    uint32_t v = uint32_t(value);
    if (name == "threshold") params.threshold = std::max<uint32_t>(v, 1);
    else if (name == "function_threshold") params.functionThreshold = v;
    else if (name == "trace_eagerness") params.traceEagerness = std::max<uint32_t>(v, 1);
    else if (name == "trace_limit") params.traceLimit = std::max<uint32_t>(v, 10);
    else if (name == "loop_longevity") params.loopLongevity = v;
    else if (name == "stress") params.stress = v != 0;
    else if (name == "perf_map") params.perfMap = v != 0;
    else if (name == "code_limit") params.codeLimit = uint64_t(std::max<uint32_t>(v, 1)) << 20;
    else {
      error = "unknown JIT parameter '" + name +
              "' (threshold, function_threshold, trace_eagerness, trace_limit, loop_longevity, stress, code_limit, perf_map, backend=interp|x86_64, disable_opts=PASS:PASS, off)";
      return false;
    }
  }
  return true;
}

std::vector<kiln_jit_function> functions;

// Starts tracing a loop at the merge point whose greens and reds `state` holds.
Outcome traceFrom(int driver, const Word* state) {
  const kiln_jit_driver& d = program().drivers[driver];
  std::vector<Word> key(state, state + d.ngreens);
  Recorder rec(Recorder::Mode::Loop, key, nullptr, -1);
  MetaInterp m;
  m.rec = &rec;
  m.driver = driver;
  m.pushFrame(d.portal);
  Frame& f = m.frames.back();
  // The registers the merge point names: greens are constants, reds the trace's inputs.
  const uint8_t* p = f.code->code + d.merge_point;
  uint8_t n = p[3];
  for (uint8_t k = 0; k < n; ++k) {
    uint16_t t = uint16_t(p[4 + 2 * k] | p[5 + 2 * k] << 8);
    char kind = "irf"[t >> 14];
    Box& b = f.regs[f.base[t >> 14] + (t & 0x3fff)];
    b.v = state[k];
    b.ref = k < d.ngreens ? MetaInterp::kLazy : rec.input(kind);
  }
  f.pc = d.merge_point + 4 + 2 * n;
  rec.debugMergePoint(key.data());
  return m.run();
}

// Runs what an outcome asks for until it is something the portal must do itself.
Outcome drive(Outcome o, int driver) {
  const kiln_jit_driver& d = program().drivers[driver];
  for (;;) {
    if (o.kind == kEnterLoop) {
      o = runLoop(o.loop, std::move(o.state));
      continue;
    }
    if (o.kind != KILN_JIT_CONTINUE) return o;
    Cell& c = cellFor(o.state.data(), d.ngreens);
    if (c.loop) {
      RootVec<Word> reds(o.state.begin() + d.ngreens, o.state.end());
      o.kind = kEnterLoop;
      o.loop = c.loop;
      o.state = std::move(reds);
      continue;
    }
    if (activeRecorder || c.dontTrace || ++c.counter < params.threshold || !mayCompileMore()) return o;
    c.counter = 0;
    o = traceFrom(driver, o.state.data());
  }
}

} // namespace

// The JIT's memory grows with what it compiles: machine code, and about ten times as much of
// resume data. A program whose every path gets a trace (threshold=1,trace_eagerness=1 on a
// big program) would grow without end: past code_limit the JIT runs what it has and compiles
// nothing more.
bool mayCompileMore() {
  // The trace interpreter's equivalent of code: about 32 bytes per recorded op.
  uint64_t size = machineCodeEnabled() ? stats.codeBytes : stats.tracedOps * 32;
  if (size < params.codeLimit) return true;
  ++stats.limitRefusals;
  return false;
}

void setCompiledLoop(const std::vector<Word>& key, Loop* loop) { cellFor(key.data(), key.size()).loop = loop; }

Loop* compiledLoopFor(const Word* greens, size_t n) { return cellFor(greens, n).loop; }

void noteAbort(const std::vector<Word>& key) {
  Cell& c = cellFor(key.data(), key.size());
  if (++c.aborts >= 3) c.dontTrace = true;
}

int32_t jitcodeOfFunction(const void* fn) {
  auto it = std::lower_bound(functions.begin(), functions.end(), fn,
                             [](const kiln_jit_function& f, const void* a) { return f.address < a; });
  return it != functions.end() && it->address == fn ? it->jitcode : -1;
}

std::string locationText(int driver, const Word* greens) {
  const kiln_jit_driver& d = program().drivers[driver];
  if (!d.printable_location) return d.name;
  char buf[256];
  // Compiled interpreter code, called at any moment (an abort in the middle of a residual call
  // that raised): the exception in flight is not its business, and must survive it.
  kiln_vtable_head* type = kiln_exc_type;
  kiln_object_head* value = kiln_exc_value;
  kiln_exc_clear();
  d.printable_location(greens, buf, sizeof buf);
  kiln_exc_type = type;
  kiln_exc_value = value;
  return buf;
}

} // namespace kiln::jitrt

using namespace kiln::jitrt;

bool kiln_jit_entered[64];

int kiln_jit_merge_point(int driver, uint64_t* state) {
  if (params.off) return KILN_JIT_RUN_NORMALLY;
  const kiln_jit_driver& d = program().drivers[driver];
  Cell& c = cellFor(state, d.ngreens);
  Outcome o;
  if (c.loop) {
    o.kind = kEnterLoop;
    o.loop = c.loop;
    o.state.assign(state + d.ngreens, state + d.ngreens + d.nreds);
  } else {
    if (activeRecorder || c.dontTrace || ++c.counter < params.threshold || !mayCompileMore()) return KILN_JIT_RUN_NORMALLY;
    c.counter = 0;
    o = traceFrom(driver, state);
  }
  o = drive(std::move(o), driver);
  switch (o.kind) {
  case KILN_JIT_CONTINUE: std::copy(o.state.begin(), o.state.end(), state); return KILN_JIT_CONTINUE;
  case KILN_JIT_RETURN: state[0] = o.state.empty() ? 0 : o.state[0]; return KILN_JIT_RETURN;
  default: return KILN_JIT_RAISE;
  }
}

int kiln_jit_init(int argc, char** argv) {
  startNs = kiln_log_time_ns();
  const kiln_jit_program& p = program();
  for (uint32_t i = 0; i < p.ndrivers; ++i)
    if (p.drivers[i].ngreens > kMaxGreens) kiln_fatal("JIT: driver %s has more than %zu greens", p.drivers[i].name, kMaxGreens);
  if (p.ndrivers > std::size(kiln_jit_entered)) kiln_fatal("JIT: more than %zu JitDrivers", std::size(kiln_jit_entered));
  dontInline.assign(p.ncodes, false);
  functions.assign(p.functions, p.functions + p.nfunctions);
  std::sort(functions.begin(), functions.end(), [](const kiln_jit_function& a, const kiln_jit_function& b) { return a.address < b.address; });
  std::string error;
  if (const char* env = std::getenv("KILNJIT"); env && !parseParams(env, error)) {
    std::fprintf(stderr, "kiln: KILNJIT: %s\n", error.c_str());
    std::exit(2);
  }
  // A leading `--jit SPEC` is the JIT's, not the program's.
  if (argc >= 3 && std::strcmp(argv[1], "--jit") == 0) {
    if (!parseParams(argv[2], error)) {
      std::fprintf(stderr, "%s: --jit: %s\n", argv[0], error.c_str());
      std::exit(2);
    }
    for (int i = 3; i <= argc; ++i) argv[i - 2] = argv[i];
    argc -= 2;
  }
  return argc;
}

void kiln_jit_shutdown() {
  if (kiln_log_enabled("jit-backend-counts")) {
    kiln_log_start("jit-backend-counts");
    for (Loop* l : allLoops()) kiln_log_printf("%s %u: %llu\n", l->isBridge ? "bridge" : "loop", l->number, (unsigned long long)l->runs);
    // Guards that failed (into the blackhole or to trace their bridge; a bridge's runs say how
    // often its guard failed after it was attached).
    for (Loop* l : allLoops())
      for (const GuardInfo& g : l->trace.guards)
        if (g.failures) kiln_log_printf("guard %u: %llu\n", g.number, (unsigned long long)g.failures);
    kiln_log_stop("jit-backend-counts");
  }
  if (!kiln_log_enabled("jit-summary")) return;
  kiln_log_start("jit-summary");
  kiln_log_printf("loops: %llu\n", (unsigned long long)stats.loops);
  kiln_log_printf("entry traces: %llu\n", (unsigned long long)stats.entries);
  kiln_log_printf("bridges: %llu\n", (unsigned long long)stats.bridges);
  kiln_log_printf("aborts: %llu\n", (unsigned long long)stats.aborts);
  for (auto& [reason, n] : stats.abortReasons) kiln_log_printf("  %s: %llu\n", reason.c_str(), (unsigned long long)n);
  kiln_log_printf("guard failures: %llu\n", (unsigned long long)stats.guardFailures);
  kiln_log_printf("blackholes: %llu\n", (unsigned long long)stats.blackholes);
  kiln_log_printf("tracing-ns: %llu\n", (unsigned long long)stats.tracingNs);
  kiln_log_printf("optimizing-ns: %llu\n", (unsigned long long)stats.optimizingNs);
  kiln_log_printf("assembling-ns: %llu\n", (unsigned long long)stats.assemblingNs);
  kiln_log_printf("code-bytes: %llu\n", (unsigned long long)stats.codeBytes);
  if (stats.limitRefusals) kiln_log_printf("code-limit refusals: %llu\n", (unsigned long long)stats.limitRefusals);
  if (stats.freedLoops || stats.freedBridges)
    kiln_log_printf("freed: %llu loops and entry traces, %llu bridges, %llu code bytes\n", (unsigned long long)stats.freedLoops,
                    (unsigned long long)stats.freedBridges, (unsigned long long)stats.freedCodeBytes);
  kiln_log_printf("first-loop-ns: %llu\n", (unsigned long long)stats.firstLoopNs);
  kiln_log_printf("total-ns: %llu\n", (unsigned long long)(kiln_log_time_ns() - startNs));
  kiln_log_stop("jit-summary");
}

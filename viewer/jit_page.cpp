// The page of `kiln jitview` (see jit_page.h).
//
// A trace's operations are grouped under the interpreted program's positions: each
// debug_merge_point starts a group named by its location (the get_printable_location text);
// what comes before the first one (a bridge's start, continuing the iteration its guard left)
// is a group without a location. Guards carry their failure count (jit-backend-counts) and
// the bridge attached to them, found from the bridges' titles.
#include "viewer/jit_page.h"

#include <algorithm>
#include <set>

namespace kiln::viewer {

namespace {

std::string traceId(bool bridge, unsigned number) {
  return std::string(bridge ? "bridge-" : "loop-") + std::to_string(number);
}

struct GuardFacts {
  std::string trace; // the trace id that contains it
  std::optional<uint64_t> failures;
  std::string bridge; // the bridge attached to it, if any
};

Json traceTextJson(const TraceText& text) {
  Json groups = Json::array();
  Json group;
  auto flush = [&] {
    if (!group.is_null()) groups.push_back(std::move(group));
    group = Json();
  };
  for (const TraceOp& op : text.ops) {
    if (op.isMergePoint) {
      flush();
      group = {{"location", op.mergePoint}, {"line", op.line}, {"ops", Json::array()}};
      continue;
    }
    if (group.is_null()) group = {{"location", nullptr}, {"line", op.line}, {"ops", Json::array()}};
    Json o = {{"text", op.text}};
    if (op.guard >= 0) {
      o["guard"] = op.guard;
      o["resume"] = op.guardText;
    }
    group["ops"].push_back(std::move(o));
  }
  flush();
  return {{"line", text.line}, {"inputs", text.inputs}, {"ops", text.ops.size()}, {"groups", std::move(groups)}};
}

std::map<unsigned, GuardFacts> guardFacts(const JitLog& log) {
  std::map<unsigned, GuardFacts> guards;
  for (const JitTrace& t : log.traces)
    for (const auto* text : {&t.noopt, &t.opt})
      if (*text)
        for (const TraceOp& op : (*text)->ops)
          if (op.guard >= 0) guards[unsigned(op.guard)].trace = traceId(t.bridge, t.number);
  for (const JitTrace& t : log.traces)
    if (t.bridge && t.parentGuard >= 0) guards[unsigned(t.parentGuard)].bridge = traceId(true, t.number);
  for (const auto& [guard, failures] : log.guardFailures) guards[guard].failures = failures;
  return guards;
}

Json traceJson(const JitTrace& t, const std::map<unsigned, GuardFacts>& guards) {
  Json out = {{"id", traceId(t.bridge, t.number)}, {"kind", t.bridge ? "bridge" : "loop"}, {"number", t.number}, {"key", t.key}};
  out["runs"] = t.runs ? Json(*t.runs) : Json(nullptr);
  if (t.bridge && t.parentGuard >= 0) {
    auto g = guards.find(unsigned(t.parentGuard));
    out["parent"] = {{"guard", t.parentGuard}, {"trace", g != guards.end() && !g->second.trace.empty() ? Json(g->second.trace) : Json(nullptr)}};
  }
  // The bridges from its guards, and the other loops it jumps to.
  std::set<std::string> bridges;
  std::set<int> jumps;
  for (const auto* text : {&t.noopt, &t.opt})
    if (*text)
      for (const TraceOp& op : (*text)->ops) {
        if (op.guard >= 0)
          if (auto g = guards.find(unsigned(op.guard)); g != guards.end() && !g->second.bridge.empty()) bridges.insert(g->second.bridge);
        if (op.jumpTarget >= 0) jumps.insert(op.jumpTarget);
      }
  out["bridges"] = Json(std::vector<std::string>(bridges.begin(), bridges.end()));
  out["jumpsTo"] = Json(std::vector<int>(jumps.begin(), jumps.end()));
  out["noopt"] = t.noopt ? traceTextJson(*t.noopt) : Json(nullptr);
  out["opt"] = t.opt ? traceTextJson(*t.opt) : Json(nullptr);
  if (!t.assembler.empty()) {
    Json lines = Json::array();
    for (const AsmLine& a : t.assembler) lines.push_back({a.address, a.text});
    out["assembler"] = std::move(lines);
  }
  return out;
}

} // namespace

Json jitLogJson(const JitLog& log, const std::string& logName) {
  std::map<unsigned, GuardFacts> guards = guardFacts(log);
  Json out = Json::object();
  out["kind"] = "kiln-jitview";
  out["log"] = logName;
  out["lines"] = log.lines;
  Json summary = Json::array();
  for (const auto& [key, value] : log.summary) summary.push_back({key, value});
  out["summary"] = std::move(summary);
  Json aborts = Json::array();
  for (const JitAbort& a : log.aborts) aborts.push_back({{"line", a.line}, {"where", a.where}, {"why", a.why}});
  out["aborts"] = std::move(aborts);
  Json traces = Json::array();
  for (const JitTrace& t : log.traces) traces.push_back(traceJson(t, guards));
  out["traces"] = std::move(traces);
  // Guards that matter: those that failed, and those with a bridge.
  Json guardJson = Json::object();
  std::vector<std::pair<uint64_t, unsigned>> hot;
  for (const auto& [number, g] : guards) {
    if (!g.failures && g.bridge.empty()) continue;
    Json entry = {{"trace", g.trace.empty() ? Json(nullptr) : Json(g.trace)}, {"failures", g.failures ? Json(*g.failures) : Json(0)}};
    if (!g.bridge.empty()) entry["bridge"] = g.bridge;
    bool isHot = g.bridge.empty() && g.failures && *g.failures >= kHotGuardFailures;
    if (isHot) {
      entry["hot"] = true;
      hot.emplace_back(*g.failures, number);
    }
    guardJson[std::to_string(number)] = std::move(entry);
  }
  out["guards"] = std::move(guardJson);
  // The hot guards, the most failures first.
  std::sort(hot.begin(), hot.end(), [](auto& a, auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  Json hotList = Json::array();
  for (const auto& [failures, number] : hot) hotList.push_back(number);
  out["hotGuards"] = std::move(hotList);
  out["hotGuardFailures"] = kHotGuardFailures;
  return out;
}

bool writeJitPage(const JitLog& log, const std::string& logName, const std::string& path, size_t& bytes, std::string& error) {
  Page page;
  page.title = "kiln jitview: " + logName;
  page.data = jitLogJson(log, logName);
  page.scripts = {"common.js", "jit_view.js"};
  std::string html = renderPage(page);
  bytes = html.size();
  return writeFile(path, html, error);
}

} // namespace kiln::viewer

// Running Graphviz's `dot` on many graphs (see graph_dot.h: renderSvgs).
//
// Why the `dot` program and not libgvc in-process: the `dot` binary is what `kiln graph
// --format=svg` already runs (graphviz is a setup.sh package; libgvc would add a -dev package
// and a link dependency for one command); a graph that crashes or wedges Graphviz cannot take
// kiln down with it; and libgvc is not thread-safe, while separate processes lay out graphs in
// parallel. The cost of a process is paid once per batch, not per graph: `dot` reads any number
// of graphs from one file and writes one SVG document after another.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <thread>

#include "viewer/graph_dot.h"

namespace kiln::viewer {

namespace {

struct Batch {
  size_t begin = 0, end = 0;
  std::string output;
  int status = 0;
  bool started = false;
};

// Runs `dot -Tsvg` on `input`; its standard output and exit status.
void runDot(const std::string& input, std::string& output, int& status, bool& started) {
  char path[] = "/tmp/kiln-view-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return;
  bool written = ::write(fd, input.data(), input.size()) == ssize_t(input.size());
  ::close(fd);
  if (written) {
    std::string command = "dot -Tsvg " + std::string(path) + " 2>/dev/null";
    if (std::FILE* p = popen(command.c_str(), "r")) {
      started = true;
      char buf[1 << 16];
      size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) output.append(buf, n);
      status = pclose(p);
    }
  }
  std::remove(path);
}

// Drops what an inlined SVG does not need: the XML prolog and DOCTYPE, comments, and <title>
// elements (browsers would show a node's title, its Graphviz name, as a tooltip).
std::string cleanSvg(std::string_view svg) {
  std::string out;
  out.reserve(svg.size());
  for (size_t i = 0; i < svg.size();) {
    if (svg.compare(i, 4, "<!--") == 0) {
      size_t end = svg.find("-->", i);
      i = end == std::string_view::npos ? svg.size() : end + 3;
      if (i < svg.size() && svg[i] == '\n') ++i;
      continue;
    }
    if (svg.compare(i, 7, "<title>") == 0) {
      size_t end = svg.find("</title>", i);
      i = end == std::string_view::npos ? svg.size() : end + 8;
      if (i < svg.size() && svg[i] == '\n') ++i;
      continue;
    }
    out += svg[i++];
  }
  return out;
}

// Says the text attributes every <text> repeats once, on the <svg> element, which they inherit.
std::string hoistTextAttributes(std::string svg) {
  const std::string repeated[] = {std::string(" font-family=\"") + kGraphFont + "\"",
                                  std::string(" font-size=\"") + kGraphFontSize + "\"", " text-anchor=\"start\""};
  std::string out;
  out.reserve(svg.size());
  for (size_t i = 0; i < svg.size();) {
    bool skipped = false;
    for (const std::string& r : repeated)
      if (svg.compare(i, r.size(), r) == 0) {
        i += r.size();
        skipped = true;
        break;
      }
    if (!skipped) out += svg[i++];
  }
  if (out.starts_with("<svg "))
    out.insert(4, std::string(" font-family=\"") + kGraphFont + "\" font-size=\"" + kGraphFontSize + "\"");
  return out;
}

// Cuts `dot`'s output into its SVG documents.
std::vector<std::string> splitSvgs(const std::string& output) {
  std::vector<std::string> out;
  for (size_t pos = 0;;) {
    size_t begin = output.find("<svg", pos);
    if (begin == std::string::npos) break;
    size_t end = output.find("</svg>", begin);
    if (end == std::string::npos) break;
    out.push_back(hoistTextAttributes(cleanSvg(std::string_view(output).substr(begin, end + 6 - begin))));
    pos = end + 6;
  }
  return out;
}

// Batches of consecutive graphs with about the same amount of text each.
std::vector<Batch> makeBatches(const std::vector<std::string>& dots, unsigned jobs) {
  size_t total = 0;
  for (const std::string& d : dots) total += d.size();
  std::vector<Batch> batches;
  size_t share = total / std::max(1u, jobs) + 1, size = 0;
  Batch current;
  for (size_t i = 0; i < dots.size(); ++i) {
    size += dots[i].size();
    current.end = i + 1;
    if (size >= share && batches.size() + 1 < jobs) {
      batches.push_back(current);
      current.begin = i + 1;
      size = 0;
    }
  }
  if (current.end > current.begin) batches.push_back(current);
  return batches;
}

} // namespace

bool renderSvgs(const std::vector<std::string>& dots, unsigned jobs, std::vector<std::string>& svgs,
                std::string& error) {
  svgs.assign(dots.size(), "");
  if (dots.empty()) return true;
  std::vector<Batch> batches = makeBatches(dots, jobs);
  std::vector<std::thread> threads;
  for (Batch& b : batches)
    threads.emplace_back([&dots, &b] {
      std::string input;
      for (size_t i = b.begin; i < b.end; ++i) input += dots[i];
      runDot(input, b.output, b.status, b.started);
    });
  for (std::thread& t : threads) t.join();
  for (Batch& b : batches) {
    // 127: the shell found no `dot`.
    if (!b.started || (WIFEXITED(b.status) && WEXITSTATUS(b.status) == 127)) {
      error = "Graphviz's 'dot' could not be run (is graphviz installed?)";
      return false;
    }
    std::vector<std::string> pieces = splitSvgs(b.output);
    if (pieces.size() == b.end - b.begin) {
      for (size_t i = b.begin; i < b.end; ++i) svgs[i] = std::move(pieces[i - b.begin]);
      continue;
    }
    // A graph failed: lay out this batch's graphs one at a time to find which.
    for (size_t i = b.begin; i < b.end; ++i) {
      std::string output;
      int status = 0;
      bool started = false;
      runDot(dots[i], output, status, started);
      std::vector<std::string> one = splitSvgs(output);
      if (status == 0 && one.size() == 1) svgs[i] = std::move(one[0]);
    }
  }
  return true;
}

} // namespace kiln::viewer

// Timings: wall time per stage, printed by --timings.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace kiln {

class Timings {
public:
  // Measures the enclosing scope as one stage.
  class Scope {
  public:
    Scope(Timings* timings, std::string name)
        : timings_(timings), name_(std::move(name)), start_(std::chrono::steady_clock::now()) {}
    ~Scope() {
      if (timings_)
        timings_->add(name_, std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
                                 .count());
    }

  private:
    Timings* timings_;
    std::string name_;
    std::chrono::steady_clock::time_point start_;
  };

  void add(std::string name, double seconds) { stages_.push_back({std::move(name), seconds}); }
  // "stage  seconds  share" lines and a total.
  std::string report() const;

private:
  struct Stage {
    std::string name;
    double seconds;
  };
  std::vector<Stage> stages_;
};

} // namespace kiln

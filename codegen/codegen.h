// codegen/: C++ from the final low-level graphs (DESIGN.md §2.7), and the build of the
// executable from it against the runtime library.
//
// The generated sources are C-like C++ (no exceptions, no RTTI, no classes beyond structs):
//   <name>.h         the runtime's interface, one struct per low-level type (with static_asserts
//                    that the C++ layout is the low-level one), the kiln_struct<T> traits the
//                    runtime's generic helpers read, a prototype per function, the prebuilt
//                    objects' declarations, the small functions' definitions;
//   <name>_data.cpp  the prebuilt objects (static data), the built-in exception vtables and the
//                    function table for crash reports, and main();
//   <name>_<k>.cpp   the functions, one per graph, split into several files by size, so that
//                    ninja compiles them in parallel; the smallest ones are inline in <name>.h
//                    instead (EmitOptions::headerOps);
//   <name>_jit.cpp   with --jit only: the jitcodes and descriptors the JIT runtime reads
//                    (kiln_jit_data, kiln/jit.h), the call thunks and get_printable_location.
//                    The portal's jit_merge_point becomes a call of kiln_jit_merge_point, and
//                    main() starts and stops the JIT.
// Names are the low-level names made identifiers ('.' becomes "__": prog.Node is prog__Node),
// stable from one translation to the next; a prebuilt object is pb_<its name>.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "rtyper/llgraph.h"

namespace kiln::jit {
struct JitProgram;
}

namespace kiln::cg {

struct Program {
  std::vector<ll::Graph*> graphs; // every graph that is emitted, sorted by name
  const std::vector<std::unique_ptr<ll::Prebuilt>>* prebuilts = nullptr;
  ll::TypeContext* types = nullptr;
  ll::Graph* entry = nullptr; // entry_point(argv)
  // The prebuilt vtable of each built-in exception class, in annotator/builtin_classes.def's
  // order (null for a class the program has no repr of).
  std::vector<const ll::Prebuilt*> builtinVtables;
  std::vector<std::string> builtinNames;
  // Where a graph comes from, for the function table: (file, line).
  std::function<std::pair<std::string, int>(const ll::Graph&)> origin;
  // A graph's inlining hint: 1 objectmodel.always_inline / try_inline (defined inline in the
  // header, whatever its size), -1 dont_inline (never inlined, not even when small), 0 none.
  std::function<int(const ll::Graph&)> inlineHint;
  // --jit: the codewriter's jitcodes (jitgen/), made from these graphs before the transforms.
  const jit::JitProgram* jit = nullptr;
};

struct EmitOptions {
  std::string name = "prog"; // the base of the file names
  bool checkInts = false;    // --check-ints: stop at the first wrapping int operation
  std::function<std::string(SourceLoc)> where; // "file:line" of a location, for --check-ints
  size_t opsPerFile = 4000;  // how many operations a function file gets, about
  size_t headerOps = 12;     // functions of at most this many operations (and no traceback
                             // entries) are defined inline in the header, so that every file
                             // can inline them (a constructor, an accessor, a small method)
  bool genGc = false;        // --gc=gen: object headers, the GC transform's ops (kiln/gc.h)
  int64_t maxHeap = 0;       // --max-heap in bytes (0: none)
};

struct SourceFile {
  std::string name;
  std::string text;
};

// Emits the C++ sources of the program.
std::vector<SourceFile> emitProgram(const Program& program, const EmitOptions& options);

struct BuildOptions {
  std::string buildDir; // where sources, objects and build.ninja go (kept for inspection)
  std::string output;   // the executable; written only when everything succeeded
  std::string cxx = "c++";
  std::string optLevel = "-O2";
  std::string runtimeInclude; // runtime/include
  std::string runtimeLib;     // libkiln_runtime.a
  std::string gcLib;          // the collector's library: libkiln_gc_boehm.a or libkiln_gc_gen.a
  std::string jitLib;         // --jit: libkiln_jit.a (empty: no JIT)
  bool genGc = false;         // compile with KILN_GC_GEN=1 (and link no libgc)
  int jobs = 0;               // 0: ninja's default
  bool emitOnly = false;      // write the sources and build.ninja, do not run ninja
};

// Writes the sources (files whose contents did not change are left alone, so ninja rebuilds
// only what changed), a build.ninja, runs ninja, and moves the linked executable to `output`.
// False with `error` set on failure; no partial output is left at `output`.
bool buildExecutable(const std::vector<SourceFile>& sources, const BuildOptions& options, std::string& error);

} // namespace kiln::cg

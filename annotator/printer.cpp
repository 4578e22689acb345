// The annotated dump (see printer.h).
#include "annotator/printer.h"

#include <algorithm>

#include "annotator/bookkeeper.h"

namespace kiln::ann {

std::string printAnnotatedGraph(Annotator& an, const GraphInfo& g, const flow::PrintOptions& options) {
  flow::PrintOptions o = options;
  o.annotate = [&an](const flow::Variable* v) -> std::string {
    const Annotation* a = an.binding(v);
    return a ? annotationName(a) : "";
  };
  o.blockComment = [&an](const flow::Block* b) -> std::string { return an.isReached(b) ? "" : "not reached"; };
  return flow::printGraph(*g.graph, an.ctx().sources, o);
}

std::string printClasses(Annotator& an, bool withLocations) {
  const SourceManager& sources = an.ctx().sources;
  std::vector<ClassDef*> classes = an.bookkeeper().classDefs();
  std::sort(classes.begin(), classes.end(), [](ClassDef* a, ClassDef* b) { return a->name < b->name; });
  std::string out;
  for (ClassDef* cd : classes) {
    if (cd->attrs.empty() && !cd->instantiated) continue;
    out += "class " + cd->name;
    if (cd->base) out += "(" + cd->base->name + ")";
    out += " {\n";
    std::vector<AttrDef*> attrs = cd->attrs;
    std::sort(attrs.begin(), attrs.end(), [](AttrDef* a, AttrDef* b) { return a->name.str() < b->name.str(); });
    for (AttrDef* a : attrs) {
      out += "    " + std::string(a->name.str()) + ": " + annotationName(a->value.ann);
      if (!a->movedFrom.empty()) {
        out += "  ; moved up from";
        for (size_t i = 0; i < a->movedFrom.size(); ++i) out += (i ? ", " : " ") + a->movedFrom[i]->name;
        if (withLocations && a->movedUpAt.isValid()) {
          LineCol lc = sources.lineCol(a->movedUpAt);
          out += " by the access at " + std::string(sources.path(sources.fileOf(a->movedUpAt))) + ":" +
                 std::to_string(lc.line);
        }
      }
      out += "\n";
    }
    out += "}\n";
  }
  // Call families: functions called through one value at some call site.
  for (const std::vector<FunctionDesc*>& family : an.bookkeeper().callFamilies()) {
    out += "family";
    for (size_t i = 0; i < family.size(); ++i) out += (i ? " | " : " ") + family[i]->name;
    out += "\n";
  }
  return out;
}

} // namespace kiln::ann

// Strings, types, closures, JIT markers and locals: the operations that are neither
// arithmetic, items, attributes, calls nor iteration.
//
// isinstance() is decided at translation time where the classes allow (an int is never a str;
// an instance of B is always an A when B derives from A) and otherwise narrows its argument on
// each branch. Closures made at run time: every cell of one captured variable of one nested
// function shares a CellDef, so a nonlocal write anywhere widens what every reader sees.
#include "annotator/builtins.h"
#include "annotator/ops.h"
#include "flowgraph/scopes.h"

namespace kiln::ann {

// -- Strings --------------------------------------------------------------------------------------------------

// Whether no class an exception annotated `instance` may have defines __str__: str(e) is then
// BaseException's, the message made from the constructor's arguments, which translated code
// keeps (the rtyper's `message` field of BaseException).
bool strIsMessage(OpSite& s, const Annotation* instance) {
  ClassDef* cd = instance->classDef;
  if (!cd->isException) return false;
  cd->lookupReaders.insert(s.block); // a new subclass may define __str__
  for (ClassDef* k : selfAndSubclasses(cd)) {
    std::optional<ClassAttr> m = k->cls ? s.bk.lookupClassAttr(k->cls, s.bk.intern("__str__")) : std::nullopt;
    if (m && !m->owner->builtin) return false;
  }
  return true;
}

bool isKeyErrorClass(OpSite& s, ClassDef* cd) {
  (void)s;
  return cd->derivesFromBuiltin("KeyError");
}

bool annotateExceptionArgs(OpSite& s, ClassDef* cd, const std::vector<const Annotation*>& args) {
  bool repr = args.size() > 1 || isKeyErrorClass(s, cd);
  for (const Annotation* a : args)
    if (a && !annotateStrOf(s, a, repr)) return false;
  return true;
}

bool checkExceptionStr(OpSite& s, const Annotation* instance, bool reprOnly) {
  ClassDef* cd = instance->classDef;
  if (!cd->isException) return true;
  cd->lookupReaders.insert(s.block); // a new subclass may lack the method
  const char* method = reprOnly ? "__repr__" : "__str__";
  for (ClassDef* k : selfAndSubclasses(cd)) {
    std::optional<ClassAttr> m = k->cls ? s.bk.lookupClassAttr(k->cls, s.bk.intern(method)) : std::nullopt;
    if (m && !m->owner->builtin) continue;
    s.fail(DiagId::ann_exception_str, {reprOnly ? "repr()" : "str()", cd->name, k->name, method});
    return false;
  }
  return true;
}

const Annotation* strOfInstance(OpSite& s, const Annotation* instance, bool reprOnly, bool* found) {
  // An exception's str() is BaseException's (its arguments) unless its class defines __str__:
  // its __repr__ is never used there.
  if (!reprOnly && strIsMessage(s, instance)) return *found = true, s.l.str();
  if (!checkExceptionStr(s, instance, reprOnly)) return *found = true, nullptr;
  std::string method = reprOnly ? "__repr__" : "__str__";
  const Annotation* r = callSpecialMethod(s, instance, method, {}, found);
  if (!*found && !reprOnly) {
    method = "__repr__";
    r = callSpecialMethod(s, instance, method, {}, found);
  }
  if (!*found || !r || r->isImpossible() || r->isPoison()) return r;
  if (!r->isStrLike() || r->canBeNone()) return s.fail(DiagId::ann_str_method_result, {"'" + method + "'", typeName(r)});
  return s.l.str();
}

const Annotation* annotateToStr(OpSite& s) {
  const Annotation* x = s.arg(0);
  if (!x) return nullptr;
  if (x->is(AnnKind::Instance) && s.op.opcode != flow::OpCode::ascii) {
    bool found = false;
    const Annotation* r = strOfInstance(s, x, s.op.opcode == flow::OpCode::repr, &found);
    if (found) return r;
  }
  // What str(), repr() and ascii() cannot show (instances in lists, functions, ...), and the
  // __repr__ calls of instances inside tuples or under ascii().
  if (!annotateStrOf(s, x, s.op.opcode != flow::OpCode::str)) return nullptr;
  if (x->is(AnnKind::Str) && s.op.opcode == flow::OpCode::str) return s.l.nonNull(x);
  return s.l.str(false, x->isIntLike() || x->is(AnnKind::Float) || x->noNul());
}

const Annotation* annotateBuildstr(OpSite& s) {
  bool noNul = true;
  for (size_t i = 0; i < s.argCount(); ++i) {
    const Annotation* a = s.arg(i);
    if (!a) return nullptr;
    // The builder makes every piece a str (a literal or a `format` result); a hand-written
    // flow graph may not.
    if (!a->isStrLike() || a->canBeNone())
      return s.failWithOrigin(DiagId::ann_unsupported_here, {"an f-string piece of type '" + typeName(a) + "'"}, {i});
    noNul &= a->noNul();
  }
  return s.l.str(false, noNul);
}

const Annotation* annotateFormat(OpSite& s) {
  const Annotation* x = s.arg(0);
  const Annotation* spec = s.arg(1);
  if (!x || !spec) return nullptr;
  if (!spec->isStrLike())
    return s.failWithOrigin(DiagId::ann_unsupported_here, {"a format spec of type '" + typeName(spec) + "'"}, {1});
  if (x->is(AnnKind::Instance)) {
    bool found = false;
    const Annotation* r = strOfInstance(s, x, false, &found);
    if (found && (!r || r->isImpossible())) return r;
  }
  bool specMayBeEmpty = !(spec->hasConst() && spec->constant.kind == load::Value::Kind::Str && !spec->constant.text.empty());
  if (!annotateFormatOf(s, x, specMayBeEmpty)) return nullptr;
  return s.l.str();
}

// -- Types -------------------------------------------------------------------------------------------------------

const Annotation* annotateType(OpSite& s) {
  const Annotation* x = s.arg(0);
  if (!x) return nullptr;
  if (x->is(AnnKind::Instance)) {
    if (s.var(0) && s.op.result) s.an.pairTypeWithValue(s.op.result, s.var(0));
    return s.l.typeOf(x->classDef);
  }
  // `raise x` passes type(x) and x to the except block, which reports a value that is not an
  // exception (ann_raise_not_exception); an unsupported type() would only repeat it.
  for (const flow::Link& l : s.block->exits)
    if (l.target == s.graph->graph->exceptBlock() && !l.isException() && l.args.size() == 2 && s.op.result &&
        l.args[0].variable() == s.op.result)
      return s.l.poison();
  return s.failWithOrigin(DiagId::ann_unsupported_here, {"type() of a value of type '" + typeName(x) + "'"}, {0});
}

namespace {

// What isinstance(x, cls) is for one class: known true, known false, or unknown with the
// annotation x has when it is true.
struct InstanceTest {
  std::optional<bool> known;
  const Annotation* ifTrue = nullptr;
};

InstanceTest testBuiltinType(OpSite& s, const Annotation* x, std::string_view type) {
  auto is = [&](bool matches) {
    if (!matches) return InstanceTest{false, nullptr};
    if (x->canBeNone()) return InstanceTest{std::nullopt, s.l.nonNull(x)};
    return InstanceTest{true, x};
  };
  if (type == "int") return is(x->isIntLike());
  if (type == "bool") return is(x->is(AnnKind::Bool));
  if (type == "float") return is(x->is(AnnKind::Float));
  if (type == "str") return is(x->isStrLike());
  if (type == "bytes") return is(x->is(AnnKind::Bytes));
  if (type == "list") return is(x->is(AnnKind::List));
  if (type == "dict") return is(x->is(AnnKind::Dict));
  if (type == "tuple") return is(x->is(AnnKind::Tuple));
  if (type == "object") return is(true);
  return InstanceTest{false, nullptr};
}

std::optional<InstanceTest> testClass(OpSite& s, const Annotation* x, load::Class* cls) {
  if (cls->builtin && !s.bk.builtinExceptionClassDef(cls->qualname.str()) && cls->qualname.str() != "object")
    return testBuiltinType(s, x, cls->qualname.str());
  if (x->is(AnnKind::None)) return InstanceTest{false, nullptr};
  if (!x->is(AnnKind::Instance)) return InstanceTest{false, nullptr};
  std::string why;
  ClassDef* cd = s.bk.classDef(cls, &why);
  if (!cd) return std::nullopt;
  ClassDef* xc = x->classDef;
  if (xc->isSubclassOf(cd)) {
    if (x->canBeNone()) return InstanceTest{std::nullopt, s.l.nonNull(x)};
    return InstanceTest{true, x};
  }
  if (cd->isSubclassOf(xc)) return InstanceTest{std::nullopt, s.l.instance(cd)};
  return InstanceTest{false, nullptr};
}

// The classes a class argument of isinstance names: a class, a PBC of classes, a tuple of them.
bool classesOf(OpSite& s, const Annotation* c, std::vector<load::Class*>& out) {
  if (c->is(AnnKind::PBC) && !c->canBeNone()) {
    for (Desc* d : c->descs) {
      auto* cd = descAs<ClassDesc>(d);
      if (!cd) return false;
      out.push_back(cd->cls);
    }
    return true;
  }
  if (c->is(AnnKind::Tuple)) {
    for (const Annotation* item : c->items)
      if (!classesOf(s, item, out)) return false;
    return true;
  }
  return false;
}

} // namespace

const Annotation* isinstanceOf(OpSite& s, const Annotation* x, const Annotation* cls, flow::Variable* xVar, size_t clsArg) {
  std::vector<load::Class*> classes;
  if (!classesOf(s, cls, classes)) return s.failWithOrigin(DiagId::ann_isinstance_class, {typeName(cls)}, {clsArg});
  std::optional<bool> known = false;
  const Annotation* narrowed = s.l.impossible();
  for (load::Class* c : classes) {
    std::optional<InstanceTest> t = testClass(s, x, c);
    if (!t) return s.fail(DiagId::ann_isinstance_class, {s.bk.qualifiedName(c->module, c->qualname)});
    if (t->known == true) {
      known = true;
      narrowed = x;
      break;
    }
    if (!t->known) {
      known = std::nullopt;
      if (narrowed) {
        Conflict why;
        narrowed = s.l.unite(narrowed, t->ifTrue, &why);
      }
    }
  }
  if (known) return s.l.constBool(*known);
  if (xVar && narrowed && s.op.result) {
    KnownFacts facts;
    facts.ifTrue.push_back({xVar, narrowed});
    s.an.setFacts(s.op.result, facts);
  }
  return s.l.boolean();
}

const Annotation* annotateIsinstance(OpSite& s) {
  const Annotation* x = s.arg(0);
  const Annotation* cls = s.arg(1);
  if (!x || !cls) return nullptr;
  return isinstanceOf(s, x, cls, s.var(0), 1);
}

// issubtype(type, cls): the exception matching of `except`.
const Annotation* annotateIssubtype(OpSite& s) {
  const Annotation* t = s.arg(0);
  const Annotation* cls = s.arg(1);
  if (!t || !cls) return nullptr;
  std::vector<load::Class*> classes;
  if (!classesOf(s, cls, classes)) return s.failWithOrigin(DiagId::ann_isinstance_class, {typeName(cls)}, {1});
  if (!t->is(AnnKind::TypeOf) && !(t->is(AnnKind::PBC) && descAs<ClassDesc>(t->descs[0]))) return s.l.boolean();
  ClassDef* tc = t->is(AnnKind::TypeOf) ? t->classDef : s.bk.classDef(descAs<ClassDesc>(t->descs[0])->cls);
  if (!tc) return s.l.boolean();
  bool maybe = false;
  // On the true side the class (and the value it is the class of) narrow to the tested class.
  flow::Variable* typeVar = s.var(0);
  flow::Variable* valueVar = typeVar ? s.an.valueOfType(typeVar) : nullptr;
  const Annotation* value = valueVar ? s.an.binding(valueVar) : nullptr;
  KnownFacts facts;
  const Annotation* narrowedType = s.l.impossible();
  const Annotation* narrowedValue = s.l.impossible();
  for (load::Class* c : classes) {
    ClassDef* cd = s.bk.classDef(c);
    if (!cd) continue;
    if (tc->isSubclassOf(cd)) return s.l.constBool(true);
    if (!cd->isSubclassOf(tc)) continue;
    maybe = true;
    narrowedType = s.l.unite(narrowedType, s.l.typeOf(cd));
    narrowedValue = s.l.unite(narrowedValue, s.l.instance(cd));
  }
  if (!maybe) return s.l.constBool(false);
  if (typeVar && narrowedType && s.op.result) {
    facts.ifTrue.push_back({typeVar, narrowedType});
    if (valueVar && value && value->is(AnnKind::Instance) && narrowedValue) facts.ifTrue.push_back({valueVar, narrowedValue});
    s.an.setFacts(s.op.result, facts);
  }
  return s.l.boolean();
}

// -- Closures -------------------------------------------------------------------------------------------------

namespace {

// The name of the k-th variable a run-time closure captures (for messages), or "".
std::string capturedName(OpSite& s, const load::Function* templ, size_t k) {
  const flow::Scope* scope = templ ? s.an.flow().scopeOfTemplate(templ) : nullptr;
  if (!scope || k >= scope->freeVars.size()) return "";
  return std::string(scope->freeVars[k].str());
}

} // namespace

const Annotation* annotateMakeFunction(OpSite& s) {
  const load::Value* t = s.constArg(0);
  auto* templ = t && t->isRef() ? load::dynCast<load::Function>(t->ref) : nullptr;
  if (!templ) return s.fail(DiagId::ann_unsupported_here, {"this function"});
  FunctionDesc* fd = s.bk.functionDesc(templ);
  size_t ndefaults = 0;
  if (auto* d = ast::dynCast<ast::FunctionDef>(templ->def)) ndefaults = d->args->defaults.size() + d->args->kw_defaults.size();
  else if (auto* l = ast::dynCast<ast::Lambda>(templ->def)) ndefaults = l->args->defaults.size() + l->args->kw_defaults.size();
  if (fd->runtimeDefaults.size() < ndefaults) {
    fd->runtimeDefaults.resize(ndefaults);
    for (Slot& slot : fd->runtimeDefaults)
      if (!slot.ann) slot.ann = s.l.impossible();
  }
  for (size_t i = 0; i < ndefaults && 1 + i < s.argCount(); ++i) {
    const Annotation* a = s.arg(1 + i);
    if (!a) return nullptr;
    Conflict why;
    const Annotation* before = fd->runtimeDefaults[i].ann;
    SourceLoc beforeOrigin = fd->runtimeDefaults[i].origin;
    if (!s.an.generalize(fd->runtimeDefaults[i], a, s.originOf(1 + i), &why)) {
      if (auto r = s.report(DiagId::ann_union_default, {fd->name, typeName(before), typeName(a)})) {
        r->origin(beforeOrigin, "the default", before);
        r->origin(s.originOf(1 + i), "the default", a);
      }
      return nullptr;
    }
  }
  for (size_t k = 0; 1 + ndefaults + k < s.argCount(); ++k) {
    const Annotation* cell = s.arg(1 + ndefaults + k);
    if (!cell) return nullptr;
    if (!cell->is(AnnKind::Cell)) return s.fail(DiagId::ann_unsupported_here, {"this closure"});
    CellDef* shared = s.bk.cellDefAt(templ, int(k), fd->name + ".<cell " + std::to_string(k) + ">");
    Conflict why;
    std::string name = capturedName(s, templ, k);
    if (!s.l.unite(s.l.cell(shared), cell, &why))
      return s.fail(DiagId::ann_union_cell, {name.empty() ? fd->name : name, typeName(why.left), typeName(why.right)});
    // Messages about the merged cell name the variable as the user wrote it.
    if (!name.empty()) shared->find()->name = name;
  }
  return s.l.pbc({fd});
}

const Annotation* annotateNewcell(OpSite& s) {
  CellDef* d = s.bk.cellDefAt(&s.op, 0, s.graph->name() + ".<cell>");
  const load::Value* c = s.constArg(0);
  if (!(c && c->kind == load::Value::Kind::EmptyCell)) {
    const Annotation* v = s.arg(0);
    if (!v) return nullptr;
    Conflict why;
    if (!s.an.generalize(d->find()->value, v, s.originOf(0), &why))
      return s.fail(DiagId::ann_union_cell, {d->find()->name, typeName(why.left), typeName(why.right)});
  }
  return s.l.cell(d);
}

const Annotation* annotateCellGet(OpSite& s) {
  const Annotation* c = s.arg(0);
  if (!c) return nullptr;
  if (!c->is(AnnKind::Cell)) return s.fail(DiagId::ann_unsupported_here, {"this closure variable"});
  CellDef* d = c->cell->find();
  s.an.addReader(d->value, s.block);
  return d->value.ann;
}

const Annotation* annotateCellSet(OpSite& s) {
  const Annotation* c = s.arg(0);
  const Annotation* v = s.arg(1);
  if (!c || !v) return nullptr;
  if (!c->is(AnnKind::Cell)) return s.fail(DiagId::ann_unsupported_here, {"this closure variable"});
  CellDef* d = c->cell->find();
  const Annotation* before = d->value.ann;
  SourceLoc beforeOrigin = d->value.origin;
  Conflict why;
  if (!s.an.generalize(d->value, v, s.originOf(1).isValid() ? s.originOf(1) : s.op.loc, &why)) {
    if (auto r = s.report(DiagId::ann_union_cell, {d->name, typeName(before), typeName(v)})) {
      r->origin(beforeOrigin, "the variable", before);
      r->origin(s.originOf(1), "the variable", v);
    }
    return nullptr;
  }
  return s.none();
}

const Annotation* annotateClosureCell(OpSite& s) {
  const load::Value* k = s.constArg(0);
  FunctionDesc* fd = s.graph->desc;
  if (!k || !fd) return s.fail(DiagId::ann_unsupported_here, {"this closure variable"});
  std::string name = capturedName(s, fd->function, size_t(k->intValue));
  if (name.empty()) name = fd->name + ".<cell " + std::to_string(k->intValue) + ">";
  CellDef* d = s.bk.cellDefAt(fd->function, int(k->intValue), name);
  return s.l.cell(d);
}

// -- JIT markers and locals -------------------------------------------------------------------------------------

namespace {

const load::Value* instanceAttr(const load::Instance* inst, std::string_view name) {
  for (const load::NamedValue& a : inst->attrs)
    if (a.name.str() == name) return &a.value;
  return nullptr;
}

// Why the JIT cannot call `f` with the greens as its only arguments ("3": it has 3 parameters),
// or "" when it can: the JIT passes exactly the greens, and no defaults.
std::string printableLocationArity(const load::Function* f, size_t greens) {
  ast::Arguments* args = nullptr;
  if (auto* d = ast::dynCast<ast::FunctionDef>(f->def)) args = d->args;
  else if (auto* l = ast::dynCast<ast::Lambda>(f->def)) args = l->args;
  if (!args) return "";
  if (args->vararg) return "a *args parameter";
  if (args->kwarg) return "a **kwargs parameter";
  if (!args->kwonlyargs.empty()) return "keyword-only parameters";
  size_t n = args->posonlyargs.size() + args->args.size();
  return n == greens ? "" : std::to_string(n);
}

// get_printable_location(*greens) of the driver of a jit_merge_point: the JIT calls it at run
// time to name a position in the user's program, with the values of the greens of the driver's
// jit_marker (rtype_hints.cpp). Annotated as a call this operation makes with the greens, so
// that its graph exists and its parameters take the greens as they are; it must return a str
// (checked after the fixpoint; a char result is widened to str). False after reporting.
bool annotatePrintableLocation(OpSite& s) {
  const load::Value* d = s.constArg(0);
  auto* driver = d && d->isRef() ? load::dynCast<load::Instance>(d->ref) : nullptr;
  const Annotation* driverAnn = s.arg(0);
  const load::Value* hook = driver ? instanceAttr(driver, "get_printable_location") : nullptr;
  auto* f = hook && hook->isRef() ? load::dynCast<load::Function>(hook->ref) : nullptr;
  if (!f || !driverAnn->is(AnnKind::PBC) || driverAnn->descs.size() != 1) return true;
  const load::Value* nameValue = instanceAttr(driver, "name");
  std::string driverName = nameValue && nameValue->kind == load::Value::Kind::Str ? std::string(nameValue->text)
                                                                                 : driverAnn->descs[0]->name;
  std::vector<std::string> greens;
  const load::Value* greensValue = instanceAttr(driver, "greens");
  if (auto* list = greensValue && greensValue->isRef() ? load::dynCast<load::List>(greensValue->ref) : nullptr)
    for (const load::Value& g : list->items) greens.push_back(std::string(g.text));
  FunctionDesc* fd = s.bk.functionDesc(f);
  std::string what = "get_printable_location '" + fd->name + "' of JitDriver '" + driverName + "'";
  if (std::string found = printableLocationArity(f, greens.size()); !found.empty()) {
    std::string names;
    for (const std::string& g : greens) names += (names.empty() ? "" : ", ") + g;
    std::string count = std::to_string(greens.size()) + (greens.size() == 1 ? " parameter" : " parameters");
    s.fail(DiagId::ann_jit_printable_location_arity, {what, count, names, found});
    return false;
  }
  if (s.argCount() < 1 + greens.size()) return true; // the flow builder reported the missing greens
  CallArgs args;
  for (size_t i = 1; i <= greens.size(); ++i) {
    CallArg green;
    green.ann = s.arg(i);
    green.value = s.op.args[i];
    green.origin = s.originOf(i);
    args.positional.push_back(std::move(green));
  }
  const Annotation* r = callAnnotation(s, s.l.pbc({fd}), args);
  if (!r) return false;
  const std::vector<GraphInfo*>* targets = s.an.callTargetsOf(&s.op);
  if (!targets || targets->size() != 1 || !s.an.recordPrintableLocation(driverAnn->descs[0], targets->front())) {
    s.fail(DiagId::ann_unsupported_here, {what + ", specialized into several graphs"});
    return false;
  }
  GraphInfo* g = targets->front();
  // The result may still grow (this block reads it again when it does): it is checked once the
  // fixpoint is reached.
  s.an.checkReturnsStrLater(s.graph, &s.op, g, what);
  if (r->is(AnnKind::Char)) return s.an.generalizeReturn(g, s.l.str(false, r->noNul()), s.op.loc);
  return true;
}

} // namespace

const Annotation* annotateJitMarker(OpSite& s) {
  for (size_t i = 0; i < s.argCount(); ++i)
    if (!s.arg(i)) return nullptr;
  if (s.op.opcode == flow::OpCode::jit_merge_point && !annotatePrintableLocation(s)) return nullptr;
  return s.none();
}

const Annotation* annotateHint(OpSite& s) { return s.arg(0); }

const Annotation* annotateCheckBound(OpSite& s) {
  const Annotation* x = s.arg(0);
  if (!x) return nullptr;
  return x; // Impossible when never bound: the operation always raises UnboundLocalError
}

} // namespace kiln::ann

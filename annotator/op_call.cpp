// Calls: simple_call and call_args, argument matching, specialization, instantiation and
// special methods.
//
// A call's callee annotation decides what runs: each desc of a PBC (a function, a method bound
// to an instance, a class to instantiate), a built-in (builtins.def), or an instance's
// __call__. Arguments are matched to the callee's parameters as Python does (positional,
// keywords, defaults, *args as a tuple); the callee's graph for the specialization key the
// arguments select (Specialization in defs.h) gets them as its start block's inputs, and the
// call's result is the graph's return annotation, which the calling block reads (and is
// re-flowed when it grows).
#include "annotator/ops.h"

#include <sstream>

namespace kiln::ann {

namespace {

// -- Signatures ----------------------------------------------------------------------------------------------

struct Signature {
  std::vector<Symbol> positional; // positional-only, then ordinary
  size_t positionalOnly = 0;
  Symbol vararg;
  std::vector<Symbol> kwonly;
  std::vector<bool> kwonlyHasDefault;
  Symbol kwarg;
  size_t defaults = 0; // how many trailing positional parameters have defaults
};

Signature signatureOf(OpSite& s, load::Function* f) {
  Signature sig;
  ast::Arguments* args = nullptr;
  if (auto* d = ast::dynCast<ast::FunctionDef>(f->def)) args = d->args;
  else if (auto* l = ast::dynCast<ast::Lambda>(f->def)) args = l->args;
  else if (ast::isa<ast::GeneratorExp>(f->def)) {
    sig.positional.push_back(s.bk.intern(".0"));
    return sig;
  }
  if (!f->def) {
    // A function a transform made (a generator's __iter__ and __next__) has no AST: its
    // parameters are the inputs of its graph's start block.
    if (flow::Graph* g = s.an.flow().graphFor(f))
      for (flow::Variable* v : g->startBlock()->inputs) sig.positional.push_back(v->name);
    return sig;
  }
  if (!args) return sig;
  for (ast::Arg* a : args->posonlyargs) sig.positional.push_back(a->arg);
  sig.positionalOnly = args->posonlyargs.size();
  for (ast::Arg* a : args->args) sig.positional.push_back(a->arg);
  if (args->vararg) sig.vararg = args->vararg->arg;
  for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
    sig.kwonly.push_back(args->kwonlyargs[i]->arg);
    sig.kwonlyHasDefault.push_back(i < args->kw_defaults.size() && args->kw_defaults[i] != nullptr);
  }
  if (args->kwarg) sig.kwarg = args->kwarg->arg;
  sig.defaults = args->defaults.size();
  return sig;
}

// The default value of a parameter: a load-time constant, or for a function made at run time
// the annotation make_function gave it (read through its slot).
const Annotation* defaultOf(OpSite& s, FunctionDesc* desc, size_t index, bool kwonly, Symbol name) {
  load::Function* f = desc->function;
  if (desc->isTemplate) {
    if (index >= desc->runtimeDefaults.size()) return nullptr;
    Slot& slot = desc->runtimeDefaults[index];
    s.an.addReader(slot, s.block);
    return slot.ann ? slot.ann : s.l.impossible();
  }
  std::string why;
  if (kwonly) {
    for (const load::NamedValue& kw : f->kwdefaults)
      if (kw.name == name) return s.bk.constant(kw.value, &why);
    return nullptr;
  }
  if (index >= f->defaults.size()) return nullptr;
  return s.bk.constant(f->defaults[index], &why);
}

std::string shownName(FunctionDesc* d) { return d->name; }

// Matches the call's arguments to the parameters of `desc`; the graph's inputs, or none after
// reporting.
std::optional<std::vector<CallArg>> matchArguments(OpSite& s, FunctionDesc* desc, CallArgs& args) {
  Signature sig = signatureOf(s, desc->function);
  std::string fname = shownName(desc);
  if (sig.kwarg) {
    s.fail(DiagId::ann_kwargs_parameter, {fname});
    return std::nullopt;
  }
  size_t npos = sig.positional.size();
  std::vector<std::optional<CallArg>> slots(npos);
  std::vector<CallArg> extra;
  for (size_t i = 0; i < args.positional.size(); ++i) {
    if (i < npos) slots[i] = args.positional[i];
    else extra.push_back(args.positional[i]);
  }
  if (!extra.empty() && !sig.vararg) {
    s.fail(DiagId::ann_too_many_arguments, {fname, int(npos), int(args.positional.size())});
    return std::nullopt;
  }
  std::vector<std::optional<CallArg>> kwslots(sig.kwonly.size());
  for (auto& [name, value] : args.keywords) {
    bool placed = false;
    for (size_t i = sig.positionalOnly; i < npos && !placed; ++i) {
      if (sig.positional[i] != name) continue;
      if (slots[i]) {
        s.fail(DiagId::ann_multiple_values, {fname, std::string(name.str())});
        return std::nullopt;
      }
      slots[i] = value;
      placed = true;
    }
    for (size_t i = 0; i < sig.kwonly.size() && !placed; ++i) {
      if (sig.kwonly[i] != name) continue;
      kwslots[i] = value;
      placed = true;
    }
    if (!placed) {
      s.fail(DiagId::ann_unexpected_keyword, {fname, std::string(name.str())});
      return std::nullopt;
    }
  }
  std::vector<CallArg> inputs;
  for (size_t i = 0; i < npos; ++i) {
    if (slots[i]) {
      inputs.push_back(*slots[i]);
      continue;
    }
    size_t firstDefault = npos - sig.defaults;
    const Annotation* d = i >= firstDefault ? defaultOf(s, desc, i - firstDefault, false, sig.positional[i]) : nullptr;
    if (!d) {
      s.fail(DiagId::ann_missing_argument, {fname, std::string(sig.positional[i].str())});
      return std::nullopt;
    }
    inputs.push_back({d, {}, {}});
  }
  if (sig.vararg) {
    std::vector<const Annotation*> items;
    for (const CallArg& e : extra) items.push_back(e.ann);
    CallArg star{s.l.tuple(items), {}, s.op.loc};
    star.isStar = true;
    for (const CallArg& e : extra) star.starItems.push_back(e.value);
    inputs.push_back(std::move(star));
  }
  for (size_t i = 0; i < sig.kwonly.size(); ++i) {
    if (kwslots[i]) {
      inputs.push_back(*kwslots[i]);
      continue;
    }
    const Annotation* d = sig.kwonlyHasDefault[i] ? defaultOf(s, desc, sig.defaults + i, true, sig.kwonly[i]) : nullptr;
    if (!d) {
      s.fail(DiagId::ann_missing_argument, {fname, std::string(sig.kwonly[i].str())});
      return std::nullopt;
    }
    inputs.push_back({d, {}, {}});
  }
  return inputs;
}

// -- Specialization ------------------------------------------------------------------------------------------

// The part of a key for a type (specialize:argtype): the kind of value, not its details, so
// that a list's growing items do not make new keys.
std::string typeKey(const Annotation* a) {
  switch (a->kind) {
  case AnnKind::Int: return a->isUnsigned() ? "uint" : "int";
  case AnnKind::Char:
  case AnnKind::Str: return "str";
  case AnnKind::Instance: return a->classDef->name;
  case AnnKind::Tuple: {
    std::string k = "(";
    for (size_t i = 0; i < a->items.size(); ++i) k += (i ? ", " : "") + typeKey(a->items[i]);
    return k + ")";
  }
  case AnnKind::PBC: return a->isConstant() ? a->descs[0]->name : "pbc";
  default: {
    std::string n = typeName(a);
    n = n.substr(0, n.find('('));
    if (!n.empty() && n.back() == '?') n.pop_back();
    return n;
  }
  }
}

std::string constKey(const Annotation* a) {
  if (a->is(AnnKind::PBC)) return a->descs[0]->name;
  if (a->is(AnnKind::None)) return "None";
  return annotationName(a);
}

std::optional<std::string> specializationKey(OpSite& s, FunctionDesc* desc, const std::vector<CallArg>& inputs) {
  const Specialization& spec = desc->specialization;
  auto positions = [&]() {
    std::vector<size_t> p;
    if (spec.positions.empty())
      for (size_t i = 0; i < inputs.size(); ++i) p.push_back(i);
    for (int i : spec.positions)
      if (size_t(i) < inputs.size()) p.push_back(size_t(i));
    return p;
  };
  std::string key;
  auto add = [&](const std::string& part) { key += (key.empty() ? "" : ", ") + part; };
  switch (spec.kind) {
  case Specialization::Kind::None: return std::string();
  case Specialization::Kind::ArgType:
    for (size_t p : positions()) add(typeKey(inputs[p].ann));
    return key;
  case Specialization::Kind::Arg:
  case Specialization::Kind::Memo:
  case Specialization::Kind::ArgOrVar:
    for (size_t p : positions()) {
      const Annotation* a = inputs[p].ann;
      if (a->isConstant()) {
        add(constKey(a));
      } else if (spec.kind == Specialization::Kind::ArgOrVar) {
        add("var");
      } else {
        const char* tag = spec.kind == Specialization::Kind::Memo ? "specialize:memo" : "specialize:arg";
        s.fail(DiagId::ann_specialize_not_constant, {int(p), desc->name, tag, typeName(a)});
        return std::nullopt;
      }
    }
    return key;
  case Specialization::Kind::CallLocation: {
    LineCol lc = s.an.ctx().sources.lineCol(s.op.loc);
    std::string file(s.an.ctx().sources.path(s.an.ctx().sources.fileOf(s.op.loc)));
    file = file.substr(file.find_last_of('/') + 1);
    return file + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col);
  }
  }
  return std::string();
}

// -- Calling ----------------------------------------------------------------------------------------------

// For specialize:memo and :arg, the first specialized position holding one of several prebuilt
// constants (a PBC of several classes or functions), if any.
std::optional<size_t> constantSetPosition(FunctionDesc* desc, const std::vector<CallArg>& inputs) {
  const Specialization& spec = desc->specialization;
  if (spec.kind != Specialization::Kind::Memo && spec.kind != Specialization::Kind::Arg) return std::nullopt;
  for (size_t p = 0; p < inputs.size(); ++p) {
    bool specialized = spec.positions.empty() ||
                       std::find(spec.positions.begin(), spec.positions.end(), int(p)) != spec.positions.end();
    const Annotation* a = inputs[p].ann;
    if (specialized && a->is(AnnKind::PBC) && !a->canBeNone() && a->descs.size() > 1) return p;
  }
  return std::nullopt;
}

const Annotation* callMatched(OpSite& s, FunctionDesc* desc, std::vector<CallArg>* inputs);

const Annotation* callFunction(OpSite& s, FunctionDesc* desc, CallArgs& args) {
  std::optional<std::vector<CallArg>> inputs = matchArguments(s, desc, args);
  if (!inputs) return nullptr;
  return callMatched(s, desc, &*inputs);
}

// Calls `desc` with its parameters' values.
const Annotation* callMatched(OpSite& s, FunctionDesc* desc, std::vector<CallArg>* inputs) {
  // One of several constants where the function specializes on constants: one graph per
  // constant, the results united (RPython computes memo functions for every combination of
  // the prebuilt constants they may get in the same way).
  if (std::optional<size_t> p = constantSetPosition(desc, *inputs)) {
    const Annotation* result = s.l.impossible();
    std::vector<Desc*> choices((*inputs)[*p].ann->descs.begin(), (*inputs)[*p].ann->descs.end());
    for (Desc* d : choices) {
      std::vector<CallArg> one = *inputs;
      one[*p].ann = s.l.pbc({d});
      const Annotation* r = callMatched(s, desc, &one);
      if (!r) return nullptr;
      Conflict why;
      const Annotation* u = s.l.unite(result, r, &why);
      if (!u) return s.fail(DiagId::ann_union_call_results, {typeName(result), typeName(r), why.reason.empty() ? "" : ": " + why.reason});
      result = u;
    }
    return result;
  }
  std::optional<std::string> key = specializationKey(s, desc, *inputs);
  if (!key) return nullptr;
  // A function with *args gets one graph per number of arguments it collects (RPython's
  // default specialization), so that its *args tuple has one length in each.
  if (Signature sig = signatureOf(s, desc->function); sig.vararg && sig.positional.size() < inputs->size())
    *key += (key->empty() ? "*" : ", *") + std::to_string((*inputs)[sig.positional.size()].ann->items.size());
  GraphInfo* callee = s.an.graphFor(desc, *key, s.graph, s.op.loc);
  if (!callee) return nullptr; // the flow graph builder reported why
  s.an.recordCallTarget(&s.op, callee);
  std::vector<CallInput> passed;
  for (const CallArg& a : *inputs) passed.push_back({a.value, a.ann, a.starItems, a.isStar});
  s.an.recordCallInputs(&s.op, callee, std::move(passed));
  std::vector<const Annotation*> anns;
  std::vector<SourceLoc> origins;
  for (const CallArg& a : *inputs) {
    anns.push_back(a.ann);
    origins.push_back(a.origin);
  }
  if (anns.size() != callee->graph->startBlock()->inputs.size())
    return s.fail(DiagId::ann_unsupported_here, {"calling '" + desc->name + "' this way"});
  if (!s.an.passArguments(callee, anns, origins, s.op.loc, s.graph, &s.op)) return nullptr;
  return s.an.returnOf(callee, s.block);
}

const Annotation* instantiate(OpSite& s, ClassDesc* desc, CallArgs& args) {
  load::Class* cls = desc->cls;
  if (cls->builtin) {
    std::string name = s.bk.qualifiedName(cls->module, cls->qualname);
    if (std::optional<BuiltinId> id = findBuiltin(name)) return callBuiltin(s, *id, nullptr, args);
    ClassDef* exc = s.bk.builtinExceptionClassDef(cls->qualname.str());
    if (!exc || cls->module) return s.fail(DiagId::ann_builtin_class_call, {name});
    markInstantiated(s, exc);
    std::vector<const Annotation*> positional;
    for (const CallArg& a : args.positional) positional.push_back(a.ann);
    if (!annotateExceptionArgs(s, exc, positional)) return nullptr;
    return s.l.instance(exc);
  }
  std::string why;
  ClassDef* cd = s.bk.classDef(cls, &why);
  if (!cd) return s.fail(DiagId::ann_bad_class, {why});
  markInstantiated(s, cd);
  const Annotation* self = s.l.instance(cd);
  if (cd->isException) { // BaseException keeps the constructor's arguments as the message
    std::vector<const Annotation*> positional;
    for (const CallArg& a : args.positional) positional.push_back(a.ann);
    if (!annotateExceptionArgs(s, cd, positional)) return nullptr;
  }
  if (std::optional<ClassAttr> nw = s.bk.lookupClassAttr(cls, s.bk.intern("__new__")); nw && !nw->owner->builtin)
    return s.fail(DiagId::ann_unsupported_here, {"'__new__' (in class '" + cd->name + "')"});
  std::optional<ClassAttr> init = s.bk.lookupClassAttr(cls, s.bk.intern("__init__"));
  load::Function* f = init && init->value.isRef() ? load::dynCast<load::Function>(init->value.ref) : nullptr;
  if (!f) {
    if (!cd->isException && (!args.positional.empty() || !args.keywords.empty()))
      return s.fail(DiagId::ann_init_no_args, {cd->name});
    return self;
  }
  CallArgs withSelf = args;
  withSelf.positional.insert(withSelf.positional.begin(), CallArg{self, {}, s.op.loc});
  const Annotation* r = callFunction(s, s.bk.functionDesc(f), withSelf);
  if (!r) return nullptr;
  return self;
}

// The classes an instance of cd may have, as a PBC (a classmethod's `cls` on an instance).
const Annotation* classesUnder(OpSite& s, ClassDef* cd) {
  cd->lookupReaders.insert(s.block); // a new subclass adds a class
  std::vector<Desc*> classes;
  std::vector<ClassDef*> work{cd};
  while (!work.empty()) {
    ClassDef* c = work.back();
    work.pop_back();
    classes.push_back(c->desc);
    work.insert(work.end(), c->subclasses.begin(), c->subclasses.end());
  }
  return s.l.pbc(classes);
}

} // namespace

const Annotation* callAnnotation(OpSite& s, const Annotation* callee, CallArgs& args) {
  switch (callee->kind) {
  case AnnKind::Builtin: return callBuiltin(s, callee->builtin, callee->self(), args);
  case AnnKind::Instance: {
    bool found = false;
    const Annotation* r = callSpecialMethod(s, callee, "__call__", args, &found);
    if (found) return r;
    break;
  }
  case AnnKind::PBC: {
    if (callee->canBeNone()) return s.failWithOrigin(DiagId::ann_call_none, {typeName(callee)}, {0});
    const Annotation* result = s.l.impossible();
    bool anyError = false;
    if (callee->descs.size() > 1) {
      std::vector<FunctionDesc*> family;
      for (Desc* d : callee->descs) {
        if (auto* f = descAs<FunctionDesc>(d)) family.push_back(f);
        else if (auto* m = descAs<MethodDesc>(d)) family.push_back(m->function);
      }
      s.bk.joinCallFamily(family);
    }
    for (Desc* d : callee->descs) {
      const Annotation* r = nullptr;
      if (auto* f = descAs<FunctionDesc>(d)) {
        r = callFunction(s, f, args);
      } else if (auto* m = descAs<MethodDesc>(d)) {
        CallArgs withSelf = args;
        const Annotation* self = m->classMethod ? classesUnder(s, m->selfClass) : s.l.instance(m->selfClass);
        withSelf.positional.insert(withSelf.positional.begin(), CallArg{self, {}, s.op.loc});
        r = callFunction(s, m->function, withSelf);
      } else if (auto* mf = descAs<MethodOfFrozenDesc>(d)) {
        CallArgs withSelf = args;
        const Annotation* self = mf->self ? s.l.pbc({mf->self}) : s.bk.constant(flow::refValue(mf->selfObject), nullptr);
        if (!self) return s.fail(DiagId::ann_unsupported_here, {"calling '" + mf->name + "'"});
        withSelf.positional.insert(withSelf.positional.begin(), CallArg{self, {}, s.op.loc});
        r = callFunction(s, mf->function, withSelf);
      } else if (auto* c = descAs<ClassDesc>(d)) {
        r = instantiate(s, c, args);
      } else {
        return s.failWithOrigin(DiagId::ann_not_callable, {typeName(callee)}, {0});
      }
      if (!r) {
        anyError = true;
        continue;
      }
      Conflict why;
      const Annotation* u = s.l.unite(result, r, &why);
      if (!u) return s.fail(DiagId::ann_union_call_results, {typeName(result), typeName(r), why.reason.empty() ? "" : ": " + why.reason});
      result = u;
    }
    return anyError ? nullptr : result;
  }
  default: break;
  }
  return s.failWithOrigin(DiagId::ann_not_callable, {typeName(callee)}, {0});
}

void markInstantiated(OpSite& s, ClassDef* cd) {
  if (cd->instantiated) return;
  cd->instantiated = true;
  for (ClassDef* c = cd; c; c = c->base)
    for (flow::Block* b : c->lookupReaders) s.an.schedule(b);
}

// The first class with instances under cd whose lookup finds no function `name` of a kiln class
// (object's, or a built-in base's); null if there is none.
static ClassDef* classWithout(OpSite& s, ClassDef* cd, std::string_view name) {
  for (ClassDef* k : classesWithInstances(cd)) {
    std::optional<ClassAttr> m = k->cls ? s.bk.lookupClassAttr(k->cls, s.bk.intern(name)) : std::nullopt;
    if (!m || m->owner->builtin || !m->value.isRef()) return k;
  }
  return nullptr;
}

const Annotation* callSpecialMethod(OpSite& s, const Annotation* instance, std::string_view name,
                                    std::vector<CallArg> args, bool* found) {
  CallArgs call;
  call.positional = std::move(args);
  return callSpecialMethod(s, instance, name, call, found);
}

const Annotation* callSpecialMethod(OpSite& s, const Annotation* instance, std::string_view name, CallArgs& call,
                                    bool* found) {
  *found = false;
  bool isMethod = false;
  const Annotation* methods = methodsOf(s, instance->classDef, s.bk.intern(name), &isMethod);
  if (!isMethod) return nullptr;
  *found = true;
  // The rtyper calls the method of the instance's class, through a vtable slot when classes
  // differ; a class with instances here that has none would have nothing in its slot (CPython
  // raises TypeError, or for ==, != and hash() uses identity: those report it before calling).
  // str() and repr() fall back to object's repr at run time (rtype_str_repr.cpp).
  if (name != "__str__" && name != "__repr__")
    if (ClassDef* k = classWithout(s, instance->classDef, name))
      return s.fail(DiagId::ann_special_method_partial, {std::string(name), instance->classDef->name, k->name});
  s.an.recordSpecialMethod(&s.op, std::string(name));
  return callAnnotation(s, methods, call);
}

const Annotation* annotateSimpleCall(OpSite& s) {
  const Annotation* callee = s.arg(0);
  if (!callee) return nullptr;
  CallArgs args;
  for (size_t i = 1; i < s.argCount(); ++i) {
    const Annotation* a = s.arg(i);
    if (!a) return nullptr;
    args.positional.push_back({a, s.op.args[i], s.originOf(i)});
  }
  return callAnnotation(s, callee, args);
}

// call_args(f, shape, args...): shape is "N name... [*] [**]" (docs/ir-flow.md).
const Annotation* annotateCallArgs(OpSite& s) {
  const Annotation* callee = s.arg(0);
  std::optional<std::string_view> shape = s.strArg(1);
  if (!callee) return nullptr;
  if (!shape) return s.fail(DiagId::ann_unsupported_here, {"this call"});
  std::istringstream in{std::string(*shape)};
  size_t npos = 0;
  in >> npos;
  std::vector<std::string> names;
  bool star = false, starstar = false;
  for (std::string word; in >> word;) {
    if (word == "*") star = true;
    else if (word == "**") starstar = true;
    else names.push_back(word);
  }
  if (starstar) return s.fail(DiagId::ann_unsupported_here, {"'**' arguments"});
  CallArgs args;
  size_t i = 2;
  auto next = [&](CallArg& out) {
    const Annotation* a = s.arg(i);
    if (!a) return false;
    out = {a, s.op.args[i], s.originOf(i)};
    ++i;
    return true;
  };
  for (size_t k = 0; k < npos; ++k) {
    CallArg a;
    if (!next(a)) return nullptr;
    args.positional.push_back(a);
  }
  if (star) {
    CallArg a;
    if (!next(a)) return nullptr;
    if (!a.ann->is(AnnKind::Tuple))
      return s.failWithOrigin(DiagId::ann_star_args_not_tuple, {typeName(a.ann)}, {i - 1});
    for (const Annotation* item : a.ann->items) args.positional.push_back({item, {}, a.origin});
  }
  for (const std::string& name : names) {
    CallArg a;
    if (!next(a)) return nullptr;
    args.keywords.push_back({s.bk.intern(name), a});
  }
  return callAnnotation(s, callee, args);
}

} // namespace kiln::ann

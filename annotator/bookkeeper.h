// The bookkeeper: the annotator's registry of what load-time objects mean.
//
// It makes, once per object, the desc of a function, class or frozen object, the ClassDef of a
// class (with its bases), the ListDef/DictDef of a prebuilt list or dict and of each creation
// site, and the CellDef of each captured variable; and it turns a load-time constant into its
// annotation. Built-in exception classes get ClassDefs from builtin_classes.def whether the
// load-time graph has their class object or only their name.
//
// Class attributes: an instance attribute lives in the highest ClassDef where it is used
// (attribute()); when a superclass starts using a name that subclasses already own, their
// AttrDefs move up and merge. Each AttrDef's annotation also covers the class-level values of
// that name (a default in a class body) in its owner and every subclass.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "annotator/annotation.h"
#include "annotator/defs.h"

namespace kiln::ann {

class Annotator;
struct GraphInfo;

// A class-level name found by walking a class's MRO.
struct ClassAttr {
  load::Value value;
  load::Class* owner = nullptr; // whose dict holds it
};

class Bookkeeper {
public:
  explicit Bookkeeper(Annotator& an);
  ~Bookkeeper();

  // -- Descs -------------------------------------------------------------------------------------
  FunctionDesc* functionDesc(load::Function* f);
  ClassDesc* classDesc(load::Class* c);
  FrozenDesc* frozenDesc(load::Object* o);
  MethodDesc* methodDesc(FunctionDesc* f, ClassDef* origin, ClassDef* selfClass, Symbol name, bool classMethod = false);
  // `f` bound to a prebuilt object: a frozen one, or a prebuilt instance (`COUNTER.add` stored
  // at load time).
  MethodOfFrozenDesc* methodOfFrozenDesc(FunctionDesc* f, load::Object* self);
  // Whether a prebuilt object is frozen: a module, or an instance whose class defines _freeze_
  // (JitDriver, unrolling_iterable, ...).
  bool isFrozen(load::Object* o);

  // Puts functions one call site may call (through one PBC) into one call family.
  void joinCallFamily(const std::vector<FunctionDesc*>& functions);
  // Every call family with more than one member, each sorted by desc id, sorted by first id.
  std::vector<std::vector<FunctionDesc*>> callFamilies() const;

  // -- Classes ------------------------------------------------------------------------------------
  // The ClassDef of a class (and of its bases); null, with *why, if the class cannot have
  // instances at run time (a built-in type other than an exception, a class with several
  // non-mixin bases).
  ClassDef* classDef(load::Class* c, std::string* why = nullptr);
  // The ClassDef of a built-in exception class by name ("KeyError"), or null.
  ClassDef* builtinExceptionClassDef(std::string_view name);
  ClassDef* objectClassDef();
  // The class a load-time object names (a class, or a built-in exception named by a Builtin).
  load::Class* asClass(load::Object* o);
  // `name` looked up on a class the way Python does (the MRO's dicts, first hit).
  std::optional<ClassAttr> lookupClassAttr(load::Class* c, Symbol name);
  // The own-dict value of a name in a class, if any.
  const load::Value* ownClassAttr(load::Class* c, Symbol name);
  // The AttrDef for an instance attribute `name` of instances of `cd` (made, or moved up from
  // subclasses, as needed). Null with *why filled when moving up merges conflicting values.
  AttrDef* attribute(ClassDef* cd, Symbol name, Conflict* why, SourceLoc at);
  // The AttrDef already visible from cd (in cd or a base), or null.
  AttrDef* findAttribute(ClassDef* cd, Symbol name);
  std::vector<ClassDef*> classDefs() const;

  // -- Containers ---------------------------------------------------------------------------------
  ListDef* listDefAt(const void* site, SourceLoc made);
  const std::vector<std::unique_ptr<ListDef>>& listDefs() const { return listDefs_; }
  DictDef* dictDefAt(const void* site, SourceLoc made);
  CellDef* cellDefAt(const void* site, int index, std::string name);

  // -- Constants ----------------------------------------------------------------------------------
  // The annotation of a load-time value; null (with *why) when run-time code cannot use it.
  const Annotation* constant(const load::Value& v, std::string* why);
  // The annotation of a value passed into run-time code from load time (a default argument),
  // without its known constant when `generalize`.
  Symbol intern(std::string_view s);
  std::string qualifiedName(load::Module* module, Symbol qualname) const;

private:
  void seedPrebuiltInstance(ClassDef* cd, load::Instance* inst);
  const Annotation* prebuiltRDict(load::Instance* inst, std::string* why);
  void addClassLevelValues(AttrDef* attr, ClassDef* cd);
  void subclassAdded(ClassDef* cd);
  ClassDef* makeBuiltinException(std::string_view name);
  Specialization parseSpecialization(load::Function* f);

  Annotator& an_;
  uint32_t nextDescId_ = 1;
  uint32_t nextDefId_ = 1;
  std::vector<std::unique_ptr<Desc>> descs_;
  std::unordered_map<const load::Object*, Desc*> descOf_;
  std::map<std::tuple<const FunctionDesc*, const ClassDef*, const ClassDef*>, MethodDesc*> methods_;
  std::map<std::pair<const FunctionDesc*, const load::Object*>, MethodOfFrozenDesc*> frozenMethods_;
  std::vector<std::unique_ptr<ClassDef>> classDefs_;
  std::unordered_map<const load::Class*, ClassDef*> classDefOf_;
  std::unordered_map<std::string, ClassDef*> builtinClassDefs_;
  std::unordered_map<std::string, load::Class*> builtinClasses_;
  std::vector<std::unique_ptr<AttrDef>> attrDefs_;
  std::vector<std::unique_ptr<ListDef>> listDefs_;
  std::vector<std::unique_ptr<DictDef>> dictDefs_;
  std::vector<std::unique_ptr<CellDef>> cellDefs_;
  std::unordered_map<const void*, ListDef*> listAt_;
  std::unordered_map<const void*, DictDef*> dictAt_;
  std::map<std::pair<const void*, int>, CellDef*> cellAt_;
};

} // namespace kiln::ann

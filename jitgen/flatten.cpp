// Flattening: one low-level graph (rtyped, before the exception and GC transforms) becomes a
// linear list of jitcode instructions (DESIGN.md §3.1, docs/jitcode.md).
//
// - Registers: every non-Void variable gets a register of its bank, the start block's inputs
//   first (so a caller puts the arguments in registers 0, 1, ... of each bank). Constants get
//   registers too, numbered after the variables at the end (the top of each bank), so that
//   every operand is a register.
// - Blocks are laid out in reverse postorder; a link becomes copies into the target's input
//   registers (through temporaries when the copies overlap) and a goto.
// - An operation that may raise, last in its block, is followed by `catch_exception L`; at L the
//   exception links are tried in order (`goto_if_exception_mismatch`) and none matching
//   re-raises. A `-live-` marker goes before every instruction that may become a guard (which
//   the blackhole re-executes when the guard fails) and after every call (where the caller
//   resumes); liveness.cpp fills them in.
// - Two runtime helper calls are written out as the instructions they stand for, because a
//   residual call hides from the optimizer what it could fold (docs/jitcode.md "Helpers written
//   out"): kiln_list_getitem (a list read whose IndexError a handler catches) and
//   kiln_instance_isinstance (isinstance of an instance that may be None).
#include <bit>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "jitgen/jitcode.h"
#include "kiln/jit.h"
#include "rtyper/helpers.h"
#include "rtyper/rtype_sequences.h"
#include "transforms/transforms.h"

namespace kiln::jit {

namespace {

bool kindOf(const ll::Type* t, Kind& k) {
  switch (t->kind) {
  case ll::TypeKind::Bool:
  case ll::TypeKind::Signed:
  case ll::TypeKind::Unsigned:
  case ll::TypeKind::Char:
  case ll::TypeKind::UniChar: k = Kind::Int; return true;
  case ll::TypeKind::Float: k = Kind::Float; return true;
  case ll::TypeKind::Ptr: k = Kind::Ref; return true;
  default: return false;
  }
}

constexpr uint16_t kConstFlag = 0x8000;

} // namespace

class Flattener {
public:
  Flattener(JitProgram& p, JitCode& code, const CodewriterInput& in,
            const std::function<int(const ll::Operation&, CallDescr&)>& classify)
      : p_(p), code_(code), in_(in), classify_(classify), g_(*code.graph) {}

  bool run(std::string& unsupported) {
    std::vector<ll::Block*> blocks = g_.blocksInOrder();
    findImmutableItems(blocks);
    // Parameters first, then every other variable, in block order.
    for (ll::Variable* v : g_.startBlock()->inputs) reg(v);
    for (ll::Block* b : blocks) {
      for (ll::Variable* v : b->inputs) reg(v);
      for (const ll::Operation& op : b->operations) reg(op.result);
    }
    for (ll::Block* b : blocks) {
      if (b == g_.returnBlock() || b == g_.exceptBlock()) continue;
      defineLabel(labelOf(b));
      if (!block(b)) {
        unsupported = unsupported_;
        return false;
      }
    }
    dropJumpsToNext();
    // Constants: the top of each bank.
    for (int k = 0; k < 3; ++k) {
      for (Insn& insn : code_.insns)
        for (Operand& o : insn.operands) {
          if (o.type == Operand::Type::Reg) fixConst(o.reg);
          for (Reg& r : o.list) fixConst(r);
        }
      code_.nregs[k] = uint16_t(nvars_[k] + code_.consts[k].size());
    }
    return true;
  }

private:
  // -- Registers and constants -----------------------------------------------------------------------
  bool reg(const ll::Variable* v, Reg* out = nullptr) {
    Kind k;
    if (!v || !kindOf(v->type, k)) return false;
    auto [it, fresh] = regs_.try_emplace(v, Reg{k, 0});
    if (fresh) {
      it->second.index = uint16_t(nvars_[int(k)]++);
      code_.regNames[int(k)].push_back(v->name.empty() ? "v" + std::to_string(v->id) : v->name);
    }
    if (out) *out = it->second;
    return true;
  }
  Reg temp(Kind k) {
    code_.regNames[int(k)].push_back("tmp");
    return Reg{k, uint16_t(nvars_[int(k)]++)};
  }
  Reg constant(Kind k, const ll::Constant* c) {
    std::string key;
    const ll::ConstValue& v = c->value;
    if (k == Kind::Int) key = std::to_string(v.i);
    else if (k == Kind::Float) key = std::to_string(std::bit_cast<uint64_t>(v.f));
    else key = std::to_string(uintptr_t(v.object)) + "/" + std::to_string(uintptr_t(v.graph)) + "/" + v.text;
    auto& table = constIndex_[int(k)];
    auto [it, fresh] = table.try_emplace(key, uint16_t(code_.consts[int(k)].size()));
    if (fresh) code_.consts[int(k)].push_back(const_cast<ll::Constant*>(c));
    return Reg{k, uint16_t(it->second | kConstFlag)};
  }
  Reg intConst(int64_t value) {
    ll::ConstValue v;
    v.i = value;
    return constant(Kind::Int, g_.newConstant(in_.types->signedType(), v));
  }
  void fixConst(Reg& r) {
    if (r.index & kConstFlag) r.index = uint16_t(nvars_[int(r.kind)] + (r.index & ~kConstFlag));
  }
  // The register of a value (a variable's, or a constant's); false for Void.
  bool value(const ll::Value& v, Reg& out) {
    Kind k;
    if (!kindOf(v.type(), k)) return false;
    if (v.isVariable()) return reg(v.variable(), &out);
    out = constant(k, v.constant());
    return true;
  }
  Reg val(const ll::Value& v) {
    Reg r;
    value(v, r);
    return r;
  }

  // -- Emitting ------------------------------------------------------------------------------------------
  static Operand R(Reg r) { return Operand{Operand::Type::Reg, r, 0, {}}; }
  static Operand D(uint32_t d) { return Operand{Operand::Type::Descr, {}, d, {}}; }
  static Operand Lb(int l) { return Operand{Operand::Type::Label, {}, uint32_t(l), {}}; }
  static Operand List(std::vector<Reg> regs) { return Operand{Operand::Type::List, {}, 0, std::move(regs)}; }
  void emit(JOp op, std::vector<Operand> operands) { code_.insns.push_back(Insn{op, std::move(operands), -1, 0}); }
  int newLabel() { return nlabels_++; }
  void defineLabel(int l) { code_.insns.push_back(Insn{JOp::live, {}, l, 0}); }
  int labelOf(const ll::Block* b) {
    auto [it, fresh] = blockLabels_.try_emplace(b, 0);
    if (fresh) it->second = newLabel();
    return it->second;
  }
  void live() {
    p_.lives.emplace_back();
    emit(JOp::live, {D(uint32_t(p_.lives.size() - 1))});
  }
  static JOp byKind(Kind k, JOp i, JOp r, JOp f) { return k == Kind::Int ? i : k == Kind::Ref ? r : f; }
  void copy(Reg from, Reg to) {
    if (from == to) return;
    emit(byKind(to.kind, JOp::int_copy, JOp::ref_copy, JOp::float_copy), {R(from), R(to)});
  }

  bool fail(const ll::Operation& op, const std::string& why) {
    unsupported_ = std::string(ll::opName(op.op)) + (why.empty() ? "" : " (" + why + ")");
    return false;
  }

  // The variables holding an array or list whose contents never change: read from a `name[*]`
  // field (`_immutable_fields_`), or the items of such a list, through copies and links (a
  // block input is one when every link into it passes one).
  void findImmutableItems(const std::vector<ll::Block*>& blocks) {
    std::unordered_map<const ll::Variable*, std::vector<ll::Value>> incoming;
    for (ll::Block* b : blocks)
      for (const ll::Link& l : b->exits)
        for (size_t i = 0; i < l.args.size() && i < l.target->inputs.size(); ++i) incoming[l.target->inputs[i]].push_back(l.args[i]);
    bool changed = true;
    while (changed) {
      changed = false;
      auto add = [&](const ll::Variable* v) { changed |= immutable_.insert(v).second; };
      for (ll::Block* b : blocks) {
        for (ll::Variable* v : b->inputs) {
          auto it = incoming.find(v);
          if (immutable_.count(v) || it == incoming.end() || it->second.empty()) continue;
          bool all = true;
          for (const ll::Value& a : it->second) all &= a.variable() && immutable_.count(a.variable());
          if (all) add(v);
        }
        for (const ll::Operation& op : b->operations) {
          if (op.op == ll::Op::getfield && op.args[0].type()->isPtr()) {
            const ll::Field* f = op.args[0].type()->target->field(op.args[1].constant()->value.text);
            if ((f && f->itemsImmutable) || immutableItems(op.args[0])) add(op.result);
          }
          if ((op.op == ll::Op::same_as || op.op == ll::Op::cast_pointer) && immutableItems(op.args[0])) add(op.result);
        }
      }
    }
  }
  bool immutableItems(const ll::Value& v) { return v.variable() && immutable_.count(v.variable()); }

  // A goto to a label that follows it (only other labels between) does nothing.
  void dropJumpsToNext() {
    std::vector<Insn>& insns = code_.insns;
    std::vector<Insn> out;
    for (size_t i = 0; i < insns.size(); ++i) {
      if (insns[i].label < 0 && insns[i].op == JOp::goto_) {
        bool next = false;
        for (size_t j = i + 1; j < insns.size() && insns[j].label >= 0; ++j) next |= uint32_t(insns[j].label) == insns[i].operands[0].value;
        if (next) continue;
      }
      out.push_back(std::move(insns[i]));
    }
    insns = std::move(out);
  }

  // -- Descriptors ---------------------------------------------------------------------------------------
  uint32_t descr(const std::string& key, const std::function<void()>& make) {
    auto [it, fresh] = p_.descrIndex.try_emplace(key, 0);
    if (fresh) {
      make();
      it->second = lastDescr_;
    }
    return it->second;
  }
  static uint8_t sizeOf(const ll::Type* t) { return uint8_t(t->size); }

  // `inside`: the struct is a list reached through a `[*]` field: none of its fields change.
  uint32_t fieldDescr(const ll::Type* s, const std::string& name, Kind k, bool inside = false) {
    return descr("field " + ll::typeName(s) + " " + name + (inside ? " [*]" : ""), [&] {
      size_t offset = 0;
      const ll::Field* f = s->field(name, &offset);
      p_.fields.push_back(FieldDescr{uint32_t(offset), sizeOf(f->type), k, ll::typeName(s) + "." + name + (inside ? " [*]" : ""),
                                     f->immutable || inside});
      lastDescr_ = uint32_t(p_.fields.size() - 1);
    });
  }
  uint32_t arrayDescr(const ll::Type* a, const std::string& field, Kind k, bool immutable = false) {
    return descr("array " + ll::typeName(a) + " " + field + (immutable ? " immutable" : ""), [&] {
      ArrayDescr d{};
      d.itemsOffset = uint32_t(a->itemsOffset());
      d.itemSize = uint32_t(a->itemSize());
      d.lengthOffset = a->kind == ll::TypeKind::FixedSizeArray ? -1 : 0;
      d.fixedLength = int64_t(a->length);
      d.kind = k;
      d.immutable = immutable;
      d.name = ll::typeName(a) + (field.empty() ? "" : "." + field) + (immutable ? " [*]" : "");
      if (field.empty()) d.size = sizeOf(a->target);
      else {
        size_t offset = 0;
        const ll::Field* f = a->target->field(field, &offset);
        d.fieldOffset = uint32_t(offset);
        d.size = sizeOf(f->type);
      }
      p_.arrays.push_back(std::move(d));
      lastDescr_ = uint32_t(p_.arrays.size() - 1);
    });
  }
  uint32_t sizeDescr(const ll::Type* t) {
    return descr("size " + ll::typeName(t), [&] {
      SizeDescr d{t, uint32_t(t->size), 0, -1, xf::holdsGcPointers(t), ll::typeName(t)};
      if (t->kind == ll::TypeKind::GcArray) {
        d.size = uint32_t(t->itemsOffset());
        d.itemSize = uint32_t(t->itemSize());
        d.lengthOffset = 0;
      } else if (t->kind == ll::TypeKind::GcStruct && !t->fields.empty() && t->fields.back().type->isArray()) {
        size_t offset;
        const ll::Type* array = xf::varsizeArray(t, offset);
        d.size = uint32_t(offset + array->itemsOffset());
        d.itemSize = uint32_t(array->itemSize());
        d.lengthOffset = int32_t(offset);
      }
      p_.sizes.push_back(std::move(d));
      lastDescr_ = uint32_t(p_.sizes.size() - 1);
    });
  }

  // -- Operations ----------------------------------------------------------------------------------------
  bool pure(const ll::Operation& op, JOp j) {
    std::vector<Operand> ops;
    for (const ll::Value& a : op.args) ops.push_back(R(val(a)));
    Reg r;
    if (!reg(op.result, &r)) return true; // a Void result: nothing to compute
    ops.push_back(R(r));
    emit(j, std::move(ops));
    return true;
  }
  // An operation that may become a guard: the blackhole re-executes it from the marker.
  bool guarded(const ll::Operation& op, JOp j) {
    live();
    return pure(op, j);
  }

  bool call(const ll::Operation& op, size_t firstArg, std::optional<Reg> fnReg) {
    CallDescr d;
    int how = classify_(op, d); // 0 residual, 1 inline
    std::vector<Reg> args;
    for (size_t i = firstArg; i < op.args.size(); ++i) {
      if (fnReg && i + 1 == op.args.size()) break; // indirect_call's Void list of graphs
      Reg r;
      if (value(op.args[i], r)) {
        args.push_back(r);
        d.argKinds += kindChar(r.kind);
      }
    }
    Reg result;
    bool hasResult = reg(op.result, &result);
    d.resultKind = hasResult ? kindChar(result.kind) : 'v';
    p_.calls.push_back(std::move(d));
    uint32_t index = uint32_t(p_.calls.size() - 1);
    JOp j;
    Kind rk = hasResult ? result.kind : Kind::Int;
    if (fnReg) j = !hasResult ? JOp::indirect_call_v : byKind(rk, JOp::indirect_call_i, JOp::indirect_call_r, JOp::indirect_call_f);
    else if (how == 1) j = !hasResult ? JOp::inline_call_v : byKind(rk, JOp::inline_call_i, JOp::inline_call_r, JOp::inline_call_f);
    else j = !hasResult ? JOp::residual_call_v : byKind(rk, JOp::residual_call_i, JOp::residual_call_r, JOp::residual_call_f);
    std::vector<Operand> ops;
    if (fnReg) {
      // The tracer promotes the function pointer (a guard): the blackhole resumes before the call.
      live();
      ops.push_back(R(*fnReg));
    }
    ops.push_back(D(index));
    ops.push_back(List(std::move(args)));
    if (hasResult) ops.push_back(R(result));
    emit(j, std::move(ops));
    live(); // where the caller resumes
    return true;
  }

  // -- Helper calls written out ------------------------------------------------------------------------
  // Whether op is a direct_call of the runtime helper `id` (rtyper/helpers.def).
  static bool callsHelper(const ll::Operation& op, rt::HelperId id) {
    if (op.op != ll::Op::direct_call) return false;
    const ll::Constant* fn = op.args[0].constant();
    return fn && !fn->value.graph && rt::helperNamed(fn->value.text) == &rt::helperInfo(id);
  }

  // A residual call of an index check, kiln_check_index(_wrap)(i, n, kind) -> the index to use,
  // or IndexError. The optimizer and the backends know these helpers by their names: the call
  // descr is the one a graph's own call of them gets.
  void indexCheck(rt::HelperId id, Reg index, Reg length, rt::seq::IndexKind kind, Reg out) {
    const rt::HelperInfo& h = rt::helperInfo(id);
    const ll::Type* s = in_.types->signedType();
    CallDescr d;
    d.helper = "kiln_" + std::string(h.name);
    d.name = d.helper;
    d.argTypes = {s, s, s};
    d.resultType = s;
    d.argKinds = "iii";
    d.resultKind = 'i';
    if (h.flags & ll::opflags::CanRaise) d.flags |= KILN_JIT_CALL_CAN_RAISE;
    if (h.flags & ll::opflags::Pure) d.flags |= KILN_JIT_CALL_ELIDABLE;
    p_.calls.push_back(std::move(d));
    emit(JOp::residual_call_i, {D(uint32_t(p_.calls.size() - 1)), List({index, length, intConst(int64_t(kind))}), R(out)});
    live(); // where the blackhole resumes, also when the check raised
  }

  // kiln_list_getitem(l, i), and (items, i, 1) for a tuple's items copied into an array: the
  // rtyper calls it where a list read ends a block whose exception links catch its IndexError
  // (rtype_list.cpp getItem, rtype_tuple.cpp). It becomes the inline form: the length, then
  // kiln_check_index_wrap, which raises the IndexError -- the operation's catch_exception
  // follows it -- and after that (finishListRead) the items array of a resizable list and the
  // item. Read through a `[*]` field, the descrs are immutable: the tracer folds a constant
  // list's item at a constant index. A list of Void items, or a result of another type than the
  // items (a conversion), stays a residual call: false.
  bool startListRead(const ll::Operation& op) {
    if (op.args.size() < 3) return false;
    const ll::Type* list = op.args[1].type()->target;
    const ll::Type* array = list;
    bool resizable = list->kind == ll::TypeKind::GcStruct;
    if (resizable) {
      const ll::Field* items = list->field("items");
      if (!items || !items->type->isPtr() || !list->field("length")) return false;
      array = items->type->target;
    }
    Kind itemKind;
    Reg result;
    if (array->kind != ll::TypeKind::GcArray || !kindOf(array->target, itemKind) || !reg(op.result, &result)) return false;
    if (array->target != op.result->type && !(itemKind == Kind::Ref && result.kind == Kind::Ref)) return false;
    bool immutable = immutableItems(op.args[1]);
    PendingRead read{val(op.args[1]), temp(Kind::Int), result, std::nullopt, arrayDescr(array, "", itemKind, immutable)};
    Reg length = temp(Kind::Int);
    if (resizable) {
      emit(JOp::getfield_i, {R(read.list), D(fieldDescr(list, "length", Kind::Int, immutable)), R(length)});
      read.itemsField = fieldDescr(list, "items", Kind::Ref, immutable);
    } else {
      emit(JOp::getarraysize, {R(read.list), D(arrayDescr(array, "", Kind::Int)), R(length)});
    }
    bool tuple = op.args.size() > 3;
    indexCheck(rt::HelperId::check_index_wrap, val(op.args[2]), length, tuple ? rt::seq::IndexKind::Tuple : rt::seq::IndexKind::List,
               read.index);
    pendingRead_ = read;
    return true;
  }
  void finishListRead() {
    if (!pendingRead_) return;
    PendingRead read = *pendingRead_;
    pendingRead_.reset();
    Reg array = read.list;
    if (read.itemsField) {
      array = temp(Kind::Ref);
      emit(JOp::getfield_r, {R(read.list), D(*read.itemsField), R(array)});
    }
    emit(byKind(read.result.kind, JOp::getarrayitem_i, JOp::getarrayitem_r, JOp::getarrayitem_f),
         {R(array), R(read.index), D(read.arrayItem), R(read.result)});
  }

  // kiln_instance_isinstance(obj, min, max) (rtype_instance.cpp isinstanceOf, for an instance
  // that may be None): obj is not null and min <= obj.typeptr.subclassrange_min < max. Written
  // out as that null test and, when obj is not null, the two loads and the range test: an object
  // the trace allocated is not null and its typeptr is known (virtuals), and the heap cache
  // reuses the loads. False when the types are not the rtyper's object and vtable.
  bool isinstanceOf(const ll::Operation& op) {
    Reg result;
    if (op.args.size() != 4 || !reg(op.result, &result) || result.kind != Kind::Int) return false;
    const ll::Type* object = op.args[1].type()->target;
    const ll::Field* typeptr = object->isStruct() ? object->field("typeptr") : nullptr;
    if (!typeptr || !typeptr->type->isPtr() || !typeptr->type->target->field("subclassrange_min")) return false;
    const ll::Type* vtable = typeptr->type->target;
    Reg obj = val(op.args[1]), vt = temp(Kind::Ref), id = temp(Kind::Int);
    int done = newLabel();
    emit(JOp::ptr_nonzero, {R(obj), R(result)});
    live();
    emit(JOp::goto_if_not, {R(result), Lb(done)});
    emit(JOp::getfield_r, {R(obj), D(fieldDescr(object, "typeptr", Kind::Ref)), R(vt)});
    emit(JOp::getfield_i, {R(vt), D(fieldDescr(vtable, "subclassrange_min", Kind::Int)), R(id)});
    classIdIn(id, op.args[2], op.args[3], result);
    defineLabel(done);
    return true;
  }
  // min <= id < max. With constant bounds (the rtyper's), a class without subclasses is one id,
  // an equality the optimizer learns from; a wider range is one unsigned compare.
  void classIdIn(Reg id, const ll::Value& min, const ll::Value& max, Reg out) {
    const ll::Constant* lo = min.constant();
    const ll::Constant* hi = max.constant();
    if (!lo || !hi || hi->value.i <= lo->value.i) return emit(JOp::int_between, {R(val(min)), R(id), R(val(max)), R(out)});
    if (hi->value.i - lo->value.i == 1) return emit(JOp::int_eq, {R(id), R(val(min)), R(out)});
    Reg offset = temp(Kind::Int);
    emit(JOp::int_sub, {R(id), R(val(min)), R(offset)});
    emit(JOp::uint_lt, {R(offset), R(intConst(hi->value.i - lo->value.i)), R(out)});
  }

  bool operation(const ll::Operation& op) {
    using ll::Op;
    auto arg = [&](size_t i) { return val(op.args[i]); };
    auto text = [&](size_t i) { return op.args[i].constant() ? op.args[i].constant()->value.text : std::string(); };
    auto pointee = [&](size_t i) { return op.args[i].type()->target; };
    Reg res;
    switch (op.op) {
#define PURE(llop, jop) case Op::llop: return pure(op, JOp::jop);
      PURE(int_add, int_add) PURE(int_sub, int_sub) PURE(int_mul, int_mul) PURE(int_floordiv, int_floordiv)
      PURE(int_mod, int_mod) PURE(int_and, int_and) PURE(int_or, int_or) PURE(int_xor, int_xor)
      PURE(int_lshift, int_lshift) PURE(int_rshift, int_rshift) PURE(int_neg, int_neg) PURE(int_invert, int_invert)
      PURE(int_abs, int_abs) PURE(int_lt, int_lt) PURE(int_le, int_le) PURE(int_eq, int_eq) PURE(int_ne, int_ne)
      PURE(int_gt, int_gt) PURE(int_ge, int_ge) PURE(int_is_true, int_is_true) PURE(int_between, int_between)
      PURE(uint_add, int_add) PURE(uint_sub, int_sub) PURE(uint_mul, int_mul) PURE(uint_floordiv, uint_floordiv)
      PURE(uint_mod, uint_mod) PURE(uint_and, int_and) PURE(uint_or, int_or) PURE(uint_xor, int_xor)
      PURE(uint_rshift, uint_rshift) PURE(uint_invert, int_invert) PURE(uint_lt, uint_lt) PURE(uint_le, uint_le)
      PURE(uint_eq, int_eq) PURE(uint_ne, int_ne) PURE(uint_gt, uint_gt) PURE(uint_ge, uint_ge)
      PURE(uint_is_true, int_is_true)
      PURE(float_add, float_add) PURE(float_sub, float_sub) PURE(float_mul, float_mul)
      PURE(float_truediv, float_truediv) PURE(float_neg, float_neg) PURE(float_abs, float_abs)
      PURE(float_lt, float_lt) PURE(float_le, float_le) PURE(float_eq, float_eq) PURE(float_ne, float_ne)
      PURE(float_gt, float_gt) PURE(float_ge, float_ge) PURE(float_is_true, float_is_true)
      PURE(bool_not, int_is_zero) PURE(bool_and, int_and) PURE(bool_or, int_or) PURE(bool_eq, int_eq)
      PURE(char_eq, int_eq) PURE(char_ne, int_ne) PURE(char_lt, int_lt) PURE(char_le, int_le)
      PURE(char_gt, int_gt) PURE(char_ge, int_ge)
      PURE(unichar_eq, int_eq) PURE(unichar_ne, int_ne) PURE(unichar_lt, int_lt) PURE(unichar_le, int_le)
      PURE(unichar_gt, int_gt) PURE(unichar_ge, int_ge)
      PURE(cast_bool_to_int, int_copy) PURE(cast_char_to_int, int_copy) PURE(cast_unichar_to_int, int_copy)
      PURE(cast_int_to_uint, int_copy) PURE(cast_uint_to_int, int_copy)
      PURE(cast_int_to_float, cast_int_to_float) PURE(cast_bool_to_float, cast_int_to_float)
      PURE(cast_uint_to_float, cast_uint_to_float) PURE(cast_float_to_int, cast_float_to_int)
      PURE(cast_pointer, ref_copy) PURE(cast_ptr_to_int, cast_ptr_to_int)
      PURE(ptr_eq, ptr_eq) PURE(ptr_ne, ptr_ne) PURE(ptr_iszero, ptr_iszero) PURE(ptr_nonzero, ptr_nonzero)
#undef PURE
#define GUARDED(llop) case Op::llop: return guarded(op, JOp::llop);
      GUARDED(int_add_ovf) GUARDED(int_sub_ovf) GUARDED(int_mul_ovf) GUARDED(int_neg_ovf) GUARDED(int_lshift_ovf)
      GUARDED(int_floordiv_ovf) GUARDED(int_floordiv_ovf_zer) GUARDED(int_floordiv_zer) GUARDED(int_mod_zer)
      GUARDED(float_truediv_zer) GUARDED(int_truediv_zer)
#undef GUARDED
    case Op::uint_lshift: return pure(op, JOp::int_lshift); // b < 64 checked before (rint)
    case Op::cast_int_to_char:
      if (!reg(op.result, &res)) return true;
      emit(JOp::int_and, {R(arg(0)), R(intConst(255)), R(res)});
      return true;
    case Op::cast_int_to_unichar:
      if (!reg(op.result, &res)) return true;
      emit(JOp::int_and, {R(arg(0)), R(intConst(0xffffffff)), R(res)});
      return true;
    case Op::same_as: {
      Reg from;
      if (!reg(op.result, &res) || !value(op.args[0], from)) return true;
      copy(from, res);
      return true;
    }
    case Op::select: {
      if (!reg(op.result, &res)) return true;
      int no = newLabel(), done = newLabel();
      live();
      emit(JOp::goto_if_not, {R(arg(0)), Lb(no)});
      copy(arg(1), res);
      emit(JOp::goto_, {Lb(done)});
      defineLabel(no);
      copy(arg(2), res);
      defineLabel(done);
      return true;
    }

    case Op::getfield:
      if (!reg(op.result, &res)) return true;
      emit(byKind(res.kind, JOp::getfield_i, JOp::getfield_r, JOp::getfield_f),
           {R(arg(0)), D(fieldDescr(pointee(0), text(1), res.kind, immutableItems(op.args[0]))), R(res)});
      return true;
    case Op::setfield: {
      Reg v;
      if (!value(op.args[2], v)) return true;
      emit(byKind(v.kind, JOp::setfield_i, JOp::setfield_r, JOp::setfield_f), {R(arg(0)), R(v), D(fieldDescr(pointee(0), text(1), v.kind))});
      return true;
    }
    case Op::getsubstruct:
      if (!reg(op.result, &res)) return true;
      emit(JOp::getsubstruct, {R(arg(0)), D(fieldDescr(pointee(0), text(1), Kind::Ref)), R(res)});
      return true;
    case Op::getarrayitem:
      if (!reg(op.result, &res)) return true;
      emit(byKind(res.kind, JOp::getarrayitem_i, JOp::getarrayitem_r, JOp::getarrayitem_f),
           {R(arg(0)), R(arg(1)), D(arrayDescr(pointee(0), "", res.kind, immutableItems(op.args[0]))), R(res)});
      return true;
    case Op::setarrayitem: {
      Reg v;
      if (!value(op.args[2], v)) return true;
      emit(byKind(v.kind, JOp::setarrayitem_i, JOp::setarrayitem_r, JOp::setarrayitem_f),
           {R(arg(0)), R(arg(1)), R(v), D(arrayDescr(pointee(0), "", v.kind))});
      return true;
    }
    case Op::getarraysize:
      if (!reg(op.result, &res)) return true;
      if (pointee(0)->kind == ll::TypeKind::FixedSizeArray) copy(intConst(int64_t(pointee(0)->length)), res);
      else emit(JOp::getarraysize, {R(arg(0)), D(arrayDescr(pointee(0), "", Kind::Int)), R(res)});
      return true;
    case Op::getinteriorfield:
      if (!reg(op.result, &res)) return true;
      emit(byKind(res.kind, JOp::getinteriorfield_i, JOp::getinteriorfield_r, JOp::getinteriorfield_f),
           {R(arg(0)), R(arg(1)), D(arrayDescr(pointee(0), text(2), res.kind, immutableItems(op.args[0]))), R(res)});
      return true;
    case Op::setinteriorfield: {
      Reg v;
      if (!value(op.args[3], v)) return true;
      emit(byKind(v.kind, JOp::setinteriorfield_i, JOp::setinteriorfield_r, JOp::setinteriorfield_f),
           {R(arg(0)), R(arg(1)), R(v), D(arrayDescr(pointee(0), text(2), v.kind))});
      return true;
    }
    case Op::arraycopy: {
      Kind k = Kind::Int;
      if (!kindOf(pointee(0)->target, k) && pointee(0)->target->kind == ll::TypeKind::Void) return true;
      if (pointee(0)->target->isStruct()) k = Kind::Int; // items copied as bytes
      emit(JOp::arraycopy, {R(arg(0)), R(arg(1)), R(arg(2)), R(arg(3)), R(arg(4)), D(arrayDescr(pointee(0), "", k))});
      return true;
    }
    case Op::malloc:
      reg(op.result, &res);
      emit(JOp::new_, {D(sizeDescr(op.args[0].constant()->value.type)), R(res)});
      return true;
    case Op::malloc_varsize:
      reg(op.result, &res);
      emit(JOp::new_array, {R(arg(1)), D(sizeDescr(op.args[0].constant()->value.type)), R(res)});
      return true;
    case Op::shrink_array: {
      uint32_t d = descr("field length", [&] {
        p_.fields.push_back(FieldDescr{0, 8, Kind::Int, "length"});
        lastDescr_ = uint32_t(p_.fields.size() - 1);
      });
      emit(JOp::setfield_i, {R(arg(0)), R(arg(1)), D(d)});
      return true;
    }

    case Op::direct_call:
      if (callsHelper(op, rt::HelperId::list_getitem) && startListRead(op)) return true;
      if (callsHelper(op, rt::HelperId::instance_isinstance) && isinstanceOf(op)) return true;
      return call(op, 1, std::nullopt);
    case Op::indirect_call: return call(op, 1, arg(0));
    case Op::gc_identityhash:
    case Op::gc_id: return call(op, 0, std::nullopt);
    case Op::jit_conditional_call: {
      int skip = newLabel();
      live();
      emit(JOp::goto_if_not, {R(arg(0)), Lb(skip)});
      if (!call(op, 2, std::nullopt)) return false;
      pendingSkip_ = skip; // after the catch_exception, if any
      return true;
    }

    case Op::jit_marker: {
      if (text(0) != "jit_merge_point") return true; // can_enter_jit: counting is at the merge point
      int driver = -1;
      for (size_t i = 0; i < p_.drivers.size(); ++i)
        if (p_.drivers[i].name == text(1)) driver = int(i);
      if (driver < 0) return fail(op, "unknown driver");
      std::vector<Reg> regs;
      for (size_t i = 2; i < op.args.size(); ++i) {
        Reg r;
        if (value(op.args[i], r)) regs.push_back(r);
      }
      live(); // greens that are not constants in a trace are promoted here
      emit(JOp::jit_merge_point, {D(uint32_t(driver)), List(std::move(regs))});
      return true;
    }
    case Op::jit_promote:
    case Op::jit_promote_string: {
      if (!reg(op.result, &res)) return true;
      live();
      emit(byKind(res.kind, JOp::int_promote, JOp::ref_promote, JOp::float_promote), {R(arg(0)), R(res)});
      return true;
    }
    case Op::jit_hint: {
      if (!reg(op.result, &res)) return true;
      if (text(1).find("promote=True") != std::string::npos) {
        live();
        emit(byKind(res.kind, JOp::int_promote, JOp::ref_promote, JOp::float_promote), {R(arg(0)), R(res)});
      } else copy(arg(0), res);
      return true;
    }
    case Op::jit_we_are_jitted:
      if (reg(op.result, &res)) copy(intConst(1), res);
      return true;
    case Op::jit_record_exact_class:
    case Op::jit_force_virtualizable:
    case Op::keepalive: return true;
    case Op::debug_assert: emit(JOp::debug_assert, {R(arg(0))}); return true;

    case Op::debug_print: return fail(op, "debug output");
    case Op::debug_fatalerror: return fail(op, "");
    case Op::stack_check:
    case Op::exc_occurred:
    case Op::exc_fetch_type:
    case Op::exc_fetch_value:
    case Op::exc_clear:
    case Op::exc_raise:
    case Op::exc_traceback:
    case Op::gc_malloc:
    case Op::gc_malloc_atomic:
    case Op::setarraylength:
    case Op::gc_new:
    case Op::gc_new_varsize:
    case Op::gc_push_roots:
    case Op::gc_pop_roots:
    case Op::gc_safepoint:
    case Op::gc_write_barrier:
    case Op::gc_write_barrier_array: return fail(op, "made by a later transform");
    }
    return fail(op, "");
  }

  // -- Links and exits ---------------------------------------------------------------------------------------
  // Copies the link's values into the target's inputs, as a parallel assignment.
  void moves(const ll::Link& l, const std::unordered_map<const ll::Variable*, Reg>& special = {}) {
    std::vector<std::pair<Reg, Reg>> pairs; // from, to
    for (size_t i = 0; i < l.args.size(); ++i) {
      Reg to;
      if (!reg(l.target->inputs[i], &to)) continue;
      Reg from;
      const ll::Variable* v = l.args[i].variable();
      if (v && special.count(v)) from = special.at(v);
      else if (!value(l.args[i], from)) continue;
      if (!(from == to)) pairs.emplace_back(from, to);
    }
    bool overlap = false;
    for (auto& [from, to] : pairs)
      for (auto& [f2, t2] : pairs) overlap |= f2 == to && !(t2 == to);
    if (!overlap) {
      for (auto& [from, to] : pairs) copy(from, to);
      return;
    }
    std::vector<Reg> temps;
    for (auto& [from, to] : pairs) {
      temps.push_back(temp(from.kind));
      copy(from, temps.back());
    }
    for (size_t i = 0; i < pairs.size(); ++i) copy(temps[i], pairs[i].second);
  }

  void exitVia(const ll::Link& l) {
    if (l.target == g_.returnBlock()) {
      Reg r;
      if (!value(l.args[0], r)) emit(JOp::void_return, {});
      else emit(byKind(r.kind, JOp::int_return, JOp::ref_return, JOp::float_return), {R(r)});
      return;
    }
    if (l.target == g_.exceptBlock()) {
      live(); // the tracer promotes the class: handlers then test a constant
      emit(JOp::raise, {R(val(l.args[0])), R(val(l.args[1]))});
      return;
    }
    moves(l);
    emit(JOp::goto_, {Lb(labelOf(l.target))});
  }

  // The handlers of a raising operation: each exception link in order, then re-raise.
  void handlers(const ll::Block* b) {
    for (size_t k = 1; k < b->exits.size(); ++k) {
      const ll::Link& l = b->exits[k];
      int next = newLabel();
      ll::Constant* vt = g_.newConstant(l.lastException->type, ll::ConstValue{});
      vt->value.object = l.caughtClass;
      emit(JOp::goto_if_exception_mismatch, {R(constant(Kind::Ref, vt)), Lb(next)});
      if (l.target == g_.exceptBlock()) emit(JOp::reraise, {});
      else {
        std::unordered_map<const ll::Variable*, Reg> special;
        for (size_t i = 0; i < l.args.size(); ++i) {
          const ll::Variable* v = l.args[i].variable();
          if (!v || (v != l.lastException && v != l.lastExcValue) || special.count(v)) continue;
          Reg t = temp(Kind::Ref);
          emit(v == l.lastException ? JOp::last_exception : JOp::last_exc_value, {R(t)});
          special[v] = t;
        }
        const ll::Variable* result = l.target == g_.returnBlock() ? l.args[0].variable() : nullptr;
        if (result && special.count(result)) emit(JOp::ref_return, {R(special.at(result))}); // returns what it caught
        else if (l.target == g_.returnBlock()) exitVia(l); // the return block has no label
        else {
          moves(l, special);
          emit(JOp::goto_, {Lb(labelOf(l.target))});
        }
      }
      defineLabel(next);
    }
    emit(JOp::reraise, {});
  }

  bool block(ll::Block* b) {
    size_t n = b->operations.size();
    for (size_t i = 0; i < n; ++i) {
      if (!operation(b->operations[i])) return false;
      bool raising = b->exitKind == ll::ExitKind::CanRaise && i + 1 == n;
      int handler = -1;
      if (raising) {
        handler = newLabel();
        emit(JOp::catch_exception, {Lb(handler)});
      }
      if (pendingSkip_ >= 0) {
        defineLabel(pendingSkip_);
        pendingSkip_ = -1;
      }
      finishListRead(); // after the index check's catch_exception
      if (raising) {
        exitVia(b->exits[0]);
        defineLabel(handler);
        handlers(b);
        return true;
      }
    }
    switch (b->exitKind) {
    case ll::ExitKind::None: emit(JOp::reraise, {}); return true; // unreachable
    case ll::ExitKind::Goto: exitVia(b->exits[0]); return true;
    case ll::ExitKind::CanRaise: exitVia(b->exits[0]); return true; // no operation: cannot raise
    case ll::ExitKind::Branch: {
      const ll::Link& yes = b->exits[0].caseValue ? b->exits[0] : b->exits[1];
      const ll::Link& no = b->exits[0].caseValue ? b->exits[1] : b->exits[0];
      int other = newLabel();
      live();
      emit(JOp::goto_if_not, {R(val(b->exitSwitch)), Lb(other)});
      exitVia(yes);
      defineLabel(other);
      exitVia(no);
      return true;
    }
    case ll::ExitKind::Switch: {
      // The cases jump to stubs doing their link's copies; the default (or, with none, the
      // last case) falls through.
      const ll::Link* fallthrough = nullptr;
      std::vector<const ll::Link*> cases;
      for (const ll::Link& l : b->exits) (l.hasCase ? cases.push_back(&l) : void(fallthrough = &l));
      if (!fallthrough) {
        fallthrough = cases.back();
        cases.pop_back();
      }
      SwitchDescr d;
      std::vector<int> stubs;
      for (const ll::Link* l : cases) {
        d.values.push_back(l->caseValue);
        stubs.push_back(newLabel());
        d.labels.push_back(uint32_t(stubs.back()));
      }
      p_.switches.push_back(std::move(d));
      live();
      emit(JOp::switch_, {R(val(b->exitSwitch)), D(uint32_t(p_.switches.size() - 1))});
      exitVia(*fallthrough);
      for (size_t i = 0; i < cases.size(); ++i) {
        defineLabel(stubs[i]);
        exitVia(*cases[i]);
      }
      return true;
    }
    }
    return true;
  }

  JitProgram& p_;
  JitCode& code_;
  const CodewriterInput& in_;
  const std::function<int(const ll::Operation&, CallDescr&)>& classify_;
  ll::Graph& g_;
  std::unordered_map<const ll::Variable*, Reg> regs_;
  std::unordered_map<const ll::Block*, int> blockLabels_;
  std::unordered_set<const ll::Variable*> immutable_;
  std::map<std::string, uint16_t> constIndex_[3];
  size_t nvars_[3] = {0, 0, 0};
  int nlabels_ = 0;
  int pendingSkip_ = -1;
  // A list read written out (startListRead): what comes after its index check.
  struct PendingRead {
    Reg list, index, result;
    std::optional<uint32_t> itemsField; // a resizable list's items field
    uint32_t arrayItem;                 // the items' array descr
  };
  std::optional<PendingRead> pendingRead_;
  uint32_t lastDescr_ = 0;
  std::string unsupported_;
};

bool flattenGraph(JitProgram& p, JitCode& code, const CodewriterInput& in,
                  const std::function<int(const ll::Operation&, CallDescr&)>& classifyCall, std::string& unsupported) {
  return Flattener(p, code, in, classifyCall).run(unsupported);
}

} // namespace kiln::jit

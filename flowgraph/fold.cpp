// Constant folding (see fold.h). Integer results that would leave the 64-bit range are not
// folded: at run time they wrap or raise, which the later stages decide.
#include "flowgraph/fold.h"

#include <cmath>

namespace kiln::flow {

namespace {

using K = load::Value::Kind;

std::optional<bool> truth(const load::Value& v) {
  switch (v.kind) {
  case K::None: return false;
  case K::Bool: return v.boolValue;
  case K::Int: return v.intValue != 0;
  case K::BigInt: return true;
  case K::Float: return v.floatValue != 0;
  case K::Str:
  case K::Bytes: return !v.text.empty();
  case K::Tuple: return !v.items.empty();
  case K::Ellipsis: return true;
  case K::Ref:
    if (load::dynCast<load::Function>(v.ref) || load::dynCast<load::Class>(v.ref) ||
        load::dynCast<load::Module>(v.ref) || load::dynCast<load::Builtin>(v.ref))
      return true;
    return std::nullopt; // instances and containers may change, or define __bool__/__len__
  default: return std::nullopt;
  }
}

bool isNumber(const load::Value& v) { return v.kind == K::Int || v.kind == K::Bool || v.kind == K::Float; }
int64_t asInt(const load::Value& v) { return v.kind == K::Bool ? v.boolValue : v.intValue; }
double asFloat(const load::Value& v) { return v.kind == K::Float ? v.floatValue : double(asInt(v)); }
bool isInt(const load::Value& v) { return (v.kind == K::Int || v.kind == K::Bool) && !v.cls; }

load::Value makeInt(int64_t i) { return intValue(i); }
load::Value makeFloat(double d) {
  load::Value v;
  v.kind = K::Float;
  v.floatValue = d;
  return v;
}
load::Value makeStr(std::string_view s, Arena& arena) {
  load::Value v;
  v.kind = K::Str;
  v.text = arena.copyString(s);
  return v;
}

std::optional<load::Value> arithmetic(OpCode op, const load::Value& a, const load::Value& b, Arena& arena) {
  if (a.kind == K::Str && b.kind == K::Str && op == OpCode::add && !a.cls && !b.cls)
    return makeStr(std::string(a.text) + std::string(b.text), arena);
  if (!isNumber(a) || !isNumber(b) || a.cls || b.cls) return std::nullopt;
  if (isInt(a) && isInt(b)) {
    int64_t x = asInt(a), y = asInt(b), r;
    switch (op) {
    case OpCode::add: if (__builtin_add_overflow(x, y, &r)) return std::nullopt; return makeInt(r);
    case OpCode::sub: if (__builtin_sub_overflow(x, y, &r)) return std::nullopt; return makeInt(r);
    case OpCode::mul: if (__builtin_mul_overflow(x, y, &r)) return std::nullopt; return makeInt(r);
    case OpCode::floordiv:
    case OpCode::mod: {
      if (y == 0 || (x == INT64_MIN && y == -1)) return std::nullopt;
      int64_t q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) q -= 1, m += y; // Python floors
      return makeInt(op == OpCode::floordiv ? q : m);
    }
    case OpCode::truediv: if (y == 0) return std::nullopt; return makeFloat(double(x) / double(y));
    case OpCode::and_: return makeInt(x & y);
    case OpCode::or_: return makeInt(x | y);
    case OpCode::xor_: return makeInt(x ^ y);
    case OpCode::lshift:
      if (y < 0 || y >= 63 || (x != 0 && (x > (INT64_MAX >> y) || x < (INT64_MIN >> y)))) return std::nullopt;
      return makeInt(x << y);
    case OpCode::rshift: if (y < 0) return std::nullopt; return makeInt(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    default: return std::nullopt;
    }
  }
  double x = asFloat(a), y = asFloat(b);
  switch (op) {
  case OpCode::add: return makeFloat(x + y);
  case OpCode::sub: return makeFloat(x - y);
  case OpCode::mul: return makeFloat(x * y);
  case OpCode::truediv: if (y == 0) return std::nullopt; return makeFloat(x / y);
  default: return std::nullopt;
  }
}

std::optional<bool> compare(OpCode op, const load::Value& a, const load::Value& b) {
  int c;
  if (isNumber(a) && isNumber(b) && !a.cls && !b.cls) {
    if (isInt(a) && isInt(b)) c = asInt(a) < asInt(b) ? -1 : asInt(a) > asInt(b);
    else {
      double x = asFloat(a), y = asFloat(b);
      if (std::isnan(x) || std::isnan(y)) return op == OpCode::ne;
      c = x < y ? -1 : x > y;
    }
  } else if (a.kind == K::Str && b.kind == K::Str && !a.cls && !b.cls) {
    c = a.text.compare(b.text); // UTF-8 byte order is code point order
    c = c < 0 ? -1 : c > 0;
  } else if (a.kind == K::None && b.kind == K::None && (op == OpCode::eq || op == OpCode::ne)) {
    c = 0;
  } else {
    return std::nullopt;
  }
  switch (op) {
  case OpCode::lt: return c < 0;
  case OpCode::le: return c <= 0;
  case OpCode::eq: return c == 0;
  case OpCode::ne: return c != 0;
  case OpCode::gt: return c > 0;
  case OpCode::ge: return c >= 0;
  default: return std::nullopt;
  }
}

// issubclass for exception matching, when both classes are known objects.
std::optional<bool> subclass(const load::Value& a, const load::Value& b) {
  if (!a.isRef() || !b.isRef()) return std::nullopt;
  if (a.ref == b.ref) return true;
  auto* ca = load::dynCast<load::Class>(a.ref);
  if (!ca || ca->mro.empty()) return std::nullopt;
  for (const load::Class* m : ca->mro)
    if (m == b.ref) return true;
  // b may be a builtin the exporter did not export (then it is a Builtin, not a Class).
  if (auto* bb = load::dynCast<load::Builtin>(b.ref)) {
    for (const load::Class* m : ca->mro)
      if (m->builtin && m->qualname == bb->name) return true;
  }
  return load::dynCast<load::Class>(b.ref) ? std::optional<bool>(false) : std::nullopt;
}

std::optional<load::Value> lookupAttribute(const load::Value& obj, std::string_view name) {
  if (!obj.isRef()) return std::nullopt;
  if (auto* m = load::dynCast<load::Module>(obj.ref)) {
    for (const load::NamedValue& g : m->globals)
      if (g.name.str() == name) return g.value;
    return std::nullopt;
  }
  if (auto* c = load::dynCast<load::Class>(obj.ref)) {
    for (const load::Class* k : c->mro)
      for (const load::NamedValue& a : k->attrs) {
        if (a.name.str() != name) continue;
        // C.f is the function; C.staticmethod is its function; a classmethod binds: not folded.
        if (a.value.isRef()) {
          if (auto* s = load::dynCast<load::StaticMethod>(a.value.ref)) return s->function;
          if (load::dynCast<load::ClassMethod>(a.value.ref) || load::dynCast<load::Property>(a.value.ref))
            return std::nullopt;
        }
        return a.value;
      }
  }
  return std::nullopt;
}

} // namespace

std::optional<load::Value> foldOperation(OpCode op, const std::vector<Value>& args, FlowContext& fc) {
  std::vector<const load::Value*> c;
  for (const Value& a : args) {
    if (!a.isConstant()) return std::nullopt;
    c.push_back(&a.constant()->value);
  }
  Arena& arena = fc.ctx.arena;
  switch (op) {
  case OpCode::bool_: if (auto t = truth(*c[0])) return boolValue(*t); return std::nullopt;
  case OpCode::not_: if (auto t = truth(*c[0])) return boolValue(!*t); return std::nullopt;
  case OpCode::same_as: return *c[0];
  case OpCode::is_: {
    const load::Value &a = *c[0], &b = *c[1];
    if (a.isRef() && b.isRef()) return boolValue(a.ref == b.ref);
    if (a.kind == K::None || b.kind == K::None) return boolValue(a.kind == b.kind);
    if (a.kind == K::Bool && b.kind == K::Bool) return boolValue(a.boolValue == b.boolValue);
    return std::nullopt;
  }
  case OpCode::neg:
    if (isInt(*c[0]) && asInt(*c[0]) != INT64_MIN) return makeInt(-asInt(*c[0]));
    if (c[0]->kind == K::Float && !c[0]->cls) return makeFloat(-c[0]->floatValue);
    return std::nullopt;
  case OpCode::pos:
    if (isInt(*c[0])) return makeInt(asInt(*c[0]));
    if (c[0]->kind == K::Float && !c[0]->cls) return *c[0];
    return std::nullopt;
  case OpCode::invert: if (isInt(*c[0])) return makeInt(~asInt(*c[0])); return std::nullopt;
  case OpCode::add: case OpCode::sub: case OpCode::mul: case OpCode::truediv:
  case OpCode::floordiv: case OpCode::mod: case OpCode::and_: case OpCode::or_:
  case OpCode::xor_: case OpCode::lshift: case OpCode::rshift:
    return arithmetic(op, *c[0], *c[1], arena);
  case OpCode::lt: case OpCode::le: case OpCode::eq: case OpCode::ne: case OpCode::gt: case OpCode::ge:
    if (auto r = compare(op, *c[0], *c[1])) return boolValue(*r);
    return std::nullopt;
  case OpCode::issubtype: if (auto r = subclass(*c[0], *c[1])) return boolValue(*r); return std::nullopt;
  case OpCode::isinstance: {
    auto* inst = c[0]->isRef() ? load::dynCast<load::Instance>(c[0]->ref) : nullptr;
    if (!inst || !c[1]->isRef() || !load::dynCast<load::Class>(c[1]->ref)) return std::nullopt;
    for (const load::Class* m : inst->cls->mro)
      if (m == c[1]->ref) return boolValue(true);
    return boolValue(false);
  }
  case OpCode::type: {
    auto* inst = c[0]->isRef() ? load::dynCast<load::Instance>(c[0]->ref) : nullptr;
    if (inst) return refValue(inst->cls);
    return std::nullopt;
  }
  case OpCode::newtuple: {
    std::vector<load::Value> items;
    for (const load::Value* v : c) items.push_back(*v);
    load::Value t;
    t.kind = K::Tuple;
    t.items = arena.copy<load::Value>(items);
    return t;
  }
  case OpCode::getattr:
    if (c[1]->kind == K::Str) return lookupAttribute(*c[0], c[1]->text);
    return std::nullopt;
  case OpCode::getitem:
    if (c[0]->kind == K::Tuple && !c[0]->cls && isInt(*c[1])) {
      int64_t i = asInt(*c[1]), n = int64_t(c[0]->items.size());
      if (i < 0) i += n;
      if (i >= 0 && i < n) return c[0]->items[size_t(i)];
    }
    return std::nullopt;
  case OpCode::buildstr: {
    std::string s;
    for (const load::Value* v : c) {
      if (v->kind != K::Str || v->cls) return std::nullopt;
      s += v->text;
    }
    return makeStr(s, arena);
  }
  default: return std::nullopt;
  }
}

} // namespace kiln::flow

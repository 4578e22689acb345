// The codewriter (jitgen/) on low-level graphs written as text (docs/ir-lltype.md): the policy
// (what is looked inside, what stays residual and why), the layout of a portal's jitcode (a
// -live- marker before each instruction that may become a guard and after each call, the merge
// point), and its errors.
#include <gtest/gtest.h>

#include <algorithm>

#include "jitgen/jitcode.h"
#include "tests/unit/rtyper/ll_text_env.h"

namespace kiln::jit {
namespace {

const char* kTypes = R"(
Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
Array(Char) size=8 align=8 items@8 stride=1
GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
)";

struct Written {
  ll::testing::TextEnv env;
  ll::TypeContext types;
  ll::ParsedText parsed;
  std::unique_ptr<JitProgram> program;
  bool ok = false;
  std::string errors;

  Written(const std::string& graphs, int greens) {
    parsed = env.parse(types, graphs + kTypes);
    EXPECT_FALSE(env.diags.hasErrors()) << env.rendered;
    CodewriterInput in;
    for (auto& g : parsed.graphs) in.graphs.push_back(g.get());
    in.types = &types;
    in.diags = &env.diags;
    in.greenCount = [greens](const std::string&) { return greens; };
    program = writeJitCodes(in, ok);
    errors = env.rendered;
  }
  std::string text() const { return program ? printJitProgram(*program) : ""; }
};

// A portal: greens (pc), reds (acc); a call of `step`, which the codewriter looks inside, and of
// `show`, which prints (no jitcode: residual).
const char* kPortal = R"(
graph t.run(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Signed):
    goto block1(0, v0)
block1(v1: Signed, v2: Signed):
    v3: Bool = int_lt(v1, 10)
    branch v3 [true: block2(v1, v2), false: return(v2)]
block2(v4: Signed, v5: Signed):
    jit_marker("jit_merge_point", "d", v4, v5)
    v6: Signed = direct_call(&t.step, v5)
    v7: Void = direct_call(&t.show, v6)
    v8: Signed = int_add(v4, 1)
    goto block1(v8, v6)
}
graph t.step(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Signed):
    v1: Signed = int_add(v0, 3)
    goto return(v1)
}
graph t.show(v0: Signed) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Signed):
    debug_print(v0)
    goto return("")
}
)";

TEST(Codewriter, LooksInsideWhatItCanAndSaysWhyNotElsewhere) {
  Written w(kPortal, 1);
  ASSERT_TRUE(w.ok) << w.errors;
  std::string text = w.text();
  EXPECT_NE(text.find("inline_call_i              <call t.step (i)->i jitcode 1>"), std::string::npos) << text;
  EXPECT_NE(text.find("residual_call_v            <call t.show (i)->v residual"), std::string::npos) << text;
  EXPECT_NE(text.find("t.show: uses debug_print"), std::string::npos) << text;
  ASSERT_EQ(w.program->drivers.size(), 1u);
  EXPECT_EQ(w.program->drivers[0].greenKinds, "i");
  EXPECT_EQ(w.program->drivers[0].redKinds, "i");
}

TEST(Codewriter, LiveMarkersGoBeforeGuardsAndAfterCalls) {
  Written w(kPortal, 1);
  ASSERT_TRUE(w.ok) << w.errors;
  const JitCode& portal = *w.program->codes[0];
  std::vector<JOp> ops;
  for (const Insn& i : portal.insns)
    if (i.label < 0) ops.push_back(i.op);
  for (size_t i = 0; i < ops.size(); ++i) {
    if (ops[i] == JOp::goto_if_not || ops[i] == JOp::jit_merge_point) {
      ASSERT_GT(i, 0u);
      EXPECT_EQ(ops[i - 1], JOp::live) << jopInfo(ops[i]).name << " has no -live- before it";
    }
    if (ops[i] == JOp::inline_call_i || ops[i] == JOp::residual_call_v) {
      ASSERT_LT(i + 1, ops.size());
      EXPECT_EQ(ops[i + 1], JOp::live) << jopInfo(ops[i]).name << " has no -live- after it";
    }
  }
  // After the call of step, only acc's new value and pc are live (the marker after it).
  EXPECT_NE(w.text().find("live                       [%i"), std::string::npos);
}

// A portal reading a list inside `try: ... except IndexError:` (the rtyper's kiln_list_getitem
// call) and testing an instance that may be None (kiln_instance_isinstance) against a class
// without subclasses ([3, 4)) and a class with two ([3, 6)). RESULT is the list read's type.
std::string helpersPortal(const std::string& result) {
  return R"(
graph t.run(v0: Ptr(GcArray(Signed)), v1: Ptr(GcStruct object)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Ptr(GcArray(Signed)), v1: Ptr(GcStruct object)):
    goto block1(0, v0, v1)
block1(v2: Signed, v3: Ptr(GcArray(Signed)), v4: Ptr(GcStruct object)):
    jit_marker("jit_merge_point", "d", v2, v3, v4)
    v5: )" + result + R"( = direct_call(&kiln_list_getitem: Ptr(Func(Ptr(GcArray(Signed)), Signed) -> )" + result + R"(), v3, v2)
    exits [normal: block2(v2, v3, v4), except @vtable_IndexError as (v6: Ptr(Struct object_vtable), v7: Ptr(GcStruct object)): return(-1)]
block2(v9: Signed, v10: Ptr(GcArray(Signed)), v11: Ptr(GcStruct object)):
    v12: Bool = direct_call(&kiln_instance_isinstance: Ptr(Func(Ptr(GcStruct object), Signed, Signed) -> Bool), v11, 3, 4)
    v13: Bool = direct_call(&kiln_instance_isinstance: Ptr(Func(Ptr(GcStruct object), Signed, Signed) -> Bool), v11, 3, 6)
    v14: Bool = bool_and(v12, v13)
    v15: Signed = int_add(v9, 1)
    branch v14 [true: block1(v15, v10, v11), false: return(v15)]
}
Struct IndexError_vtable size=24 align=8 { super: Struct object_vtable @0 }
prebuilt @vtable_IndexError: Struct IndexError_vtable
)";
}

// The instructions of jitcode 0, without labels.
std::vector<JOp> opsOf(const Written& w) {
  std::vector<JOp> ops;
  for (const Insn& i : w.program->codes[0]->insns)
    if (i.label < 0) ops.push_back(i.op);
  return ops;
}

bool hasSequence(const std::vector<JOp>& ops, const std::vector<JOp>& seq) {
  return std::search(ops.begin(), ops.end(), seq.begin(), seq.end()) != ops.end();
}

TEST(Codewriter, AListReadWhoseIndexErrorIsCaughtIsWrittenOut) {
  Written w(helpersPortal("Signed"), 1);
  ASSERT_TRUE(w.ok) << w.errors;
  std::string text = w.text();
  EXPECT_EQ(text.find("kiln_list_getitem"), std::string::npos) << text;
  EXPECT_NE(text.find("residual_call_i            <call kiln_check_index_wrap (iii)->i residual can_raise elidable>"), std::string::npos)
      << text;
  // The check's catch_exception follows its -live- (where the unwinder looks), the item after.
  EXPECT_TRUE(hasSequence(opsOf(w), {JOp::getarraysize, JOp::residual_call_i, JOp::live, JOp::catch_exception, JOp::getarrayitem_i}))
      << text;
}

TEST(Codewriter, AListReadThatConvertsTheItemStaysACall) {
  Written w(helpersPortal("Float"), 1);
  ASSERT_TRUE(w.ok) << w.errors;
  std::string text = w.text();
  EXPECT_NE(text.find("residual_call_f            <call kiln_list_getitem (ri)->f residual can_raise>"), std::string::npos) << text;
}

TEST(Codewriter, IsinstanceOfAnInstanceThatMayBeNoneIsWrittenOut) {
  Written w(helpersPortal("Signed"), 1);
  ASSERT_TRUE(w.ok) << w.errors;
  std::string text = w.text();
  EXPECT_EQ(text.find("kiln_instance_isinstance"), std::string::npos) << text;
  EXPECT_NE(text.find("<field GcStruct object.typeptr @0 r8>"), std::string::npos) << text;
  std::vector<JOp> ops = opsOf(w);
  // The null test is a guard; [3, 4) is one class id, [3, 6) a range.
  std::vector<JOp> loads = {JOp::ptr_nonzero, JOp::live, JOp::goto_if_not, JOp::getfield_r, JOp::getfield_i};
  std::vector<JOp> one = loads, range = loads;
  one.push_back(JOp::int_eq);
  range.insert(range.end(), {JOp::int_sub, JOp::uint_lt});
  EXPECT_TRUE(hasSequence(ops, one)) << text;
  EXPECT_TRUE(hasSequence(ops, range)) << text;
}

TEST(Codewriter, AVariableLiveAcrossTheMergePointIsAnError) {
  // v9 (a limit computed before the loop) is used after the merge point but not passed.
  Written w(R"(
graph t.run(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Signed):
    v9: Signed = int_add(v0, 10)
    goto block1(0, v0, v9)
block1(v1: Signed, v2: Signed, v10: Signed):
    jit_marker("jit_merge_point", "d", v1, v2)
    v3: Bool = int_lt(v1, v10)
    v4: Signed = int_add(v1, 1)
    branch v3 [true: block1(v4, v2, v10), false: return(v2)]
}
)", 1);
  EXPECT_FALSE(w.ok);
  EXPECT_NE(w.errors.find("must be a green or red of the JitDriver: it is live across jit_merge_point"), std::string::npos) << w.errors;
}

TEST(Codewriter, APortalWithoutJitcodeIsAnError) {
  Written w(R"(
graph t.run(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Signed):
    goto block1(0, v0)
block1(v1: Signed, v2: Signed):
    jit_marker("jit_merge_point", "d", v1, v2)
    debug_print(v2)
    v3: Bool = int_lt(v1, 10)
    v4: Signed = int_add(v1, 1)
    branch v3 [true: block1(v4, v2), false: return(v2)]
}
)", 1);
  EXPECT_FALSE(w.ok);
  EXPECT_NE(w.errors.find("the JIT cannot trace 't.run', the function with the jit_merge_point: it uses debug_print"), std::string::npos)
      << w.errors;
}

TEST(Codewriter, NoDriverNoJitcodes) {
  Written w(R"(
graph t.f(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
block0(v0: Signed):
    goto return(v0)
}
)", 0);
  EXPECT_TRUE(w.ok);
  EXPECT_EQ(w.program, nullptr);
}

} // namespace
} // namespace kiln::jit

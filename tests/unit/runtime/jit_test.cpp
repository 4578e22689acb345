// The JIT runtime (runtime/jit/) on a hand-assembled jitcode: the tracer records a loop, the
// trace interpreter runs it, guards fail into the blackhole interpreter, bridges are traced and
// taken, stress mode makes every guard fail once, and the outcomes match the interpreter's.
//
// The jitcode is the portal of a sum loop, with the green `pc` as the key and reds i, acc, n:
//   L0:   live [i0 i1 i2 i3]
//         jit_merge_point driver 0, [i0, i1, i2, i3]
//         int_lt i1, i3 -> i4
//         live [i0 i1 i2 i3 i4]
//         goto_if_not i4, Lend
//         int_add i2, i1 -> i2
//         int_add i1, %i5 (the constant 1) -> i1
//         goto L0
//   Lend: int_return i2
// portal() below plays the compiled interpreter: it calls kiln_jit_merge_point at its merge point
// and does what the answer says, as codegen's rewrite of a portal does.
#include <gtest/gtest.h>

#include <vector>

#include "runtime/jit/backend/x86_64/x64.h"
#include "runtime/jit/jit_internal.h"

namespace {

using kiln::jitrt::JOp;

struct Asm {
  std::vector<uint8_t> code;
  void op(JOp o) { code.push_back(uint8_t(o)); }
  void u16(uint16_t v) {
    code.push_back(uint8_t(v));
    code.push_back(uint8_t(v >> 8));
  }
  size_t u32Slot() {
    code.insert(code.end(), 4, 0);
    return code.size() - 4;
  }
  void patch(size_t slot, uint32_t v) {
    for (int b = 0; b < 4; ++b) code[slot + size_t(b)] = uint8_t(v >> (8 * b));
  }
};

const uint16_t kLive0[] = {0, 1, 2, 3};
const uint16_t kLive1[] = {0, 1, 2, 3, 4};
const kiln_jit_live_descr kLives[] = {{{4, 0, 0}, kLive0}, {{5, 0, 0}, kLive1}};
const int64_t kConstsI[] = {1};
std::vector<uint8_t> gCode;
kiln_jit_code gCodes[1];
const kiln_jit_driver kDrivers[] = {{"sum", 0, 3, 1, 3, "i", "iii", 'i', nullptr}};

uint32_t assemble() {
  Asm a;
  uint32_t l0 = uint32_t(a.code.size());
  a.op(JOp::live);
  a.u16(0);
  uint32_t mergePoint = uint32_t(a.code.size());
  a.op(JOp::jit_merge_point);
  a.u16(0);
  a.code.push_back(4);
  for (uint16_t r = 0; r < 4; ++r) a.u16(r);
  a.op(JOp::int_lt);
  a.u16(1), a.u16(3), a.u16(4);
  a.op(JOp::live);
  a.u16(1);
  a.op(JOp::goto_if_not);
  a.u16(4);
  size_t toEnd = a.u32Slot();
  a.op(JOp::int_add);
  a.u16(2), a.u16(1), a.u16(2);
  a.op(JOp::int_add);
  a.u16(1), a.u16(5), a.u16(1);
  a.op(JOp::goto_);
  a.patch(a.u32Slot(), l0);
  a.patch(toEnd, uint32_t(a.code.size()));
  a.op(JOp::int_return);
  a.u16(2);
  gCode = a.code;
  gCodes[0] = {"sum.portal", gCode.data(), uint32_t(gCode.size()), {6, 0, 0}, {1, 0, 0}, kConstsI, nullptr, nullptr};
  return mergePoint;
}

int64_t portal(int64_t key, int64_t n) {
  int64_t pc = key, i = 0, acc = 0;
  for (;;) {
    uint64_t state[4] = {uint64_t(pc), uint64_t(i), uint64_t(acc), uint64_t(n)};
    switch (kiln_jit_merge_point(0, state)) {
    case KILN_JIT_CONTINUE: pc = int64_t(state[0]), i = int64_t(state[1]), acc = int64_t(state[2]), n = int64_t(state[3]); break;
    case KILN_JIT_RETURN: return int64_t(state[0]);
    case KILN_JIT_RAISE: ADD_FAILURE() << "the portal raised"; return -1;
    default: break;
    }
    if (!(i < n)) return acc;
    acc += i;
    i += 1;
  }
}

class Jit : public testing::Test {
protected:
  void SetUp() override {
    static bool ready = false;
    if (!ready) {
      char arg0[] = "jit_test";
      char* argv[] = {arg0, nullptr};
      kiln_jit_init(1, argv);
      ready = true;
    }
    kiln::jitrt::params = kiln::jitrt::Params{};
    kiln::jitrt::stats = kiln::jitrt::Stats{};
  }
};

int64_t sum(int64_t n) { return n * (n - 1) / 2; }

} // namespace

const kiln_jit_program kiln_jit_data = {gCodes, 1, nullptr, nullptr, nullptr, nullptr, nullptr, kLives, kDrivers, 1, nullptr, 0};

namespace {

// The merge point's offset in the driver is 3: checked against the assembled code.
TEST_F(Jit, MergePointOffsetMatchesTheDriver) { EXPECT_EQ(assemble(), kDrivers[0].merge_point); }

TEST_F(Jit, OffRunsTheInterpreterOnly) {
  assemble();
  kiln::jitrt::params.off = true;
  EXPECT_EQ(portal(100, 1000), sum(1000));
  EXPECT_EQ(kiln::jitrt::stats.loops, 0u);
}

// With the trace interpreter, which keeps the trace's operations and counts every run.
TEST_F(Jit, TracesALoopAndLeavesThroughTheBlackhole) {
  assemble();
  kiln::jitrt::params.threshold = 3;
  kiln::jitrt::params.interp = true;
  EXPECT_EQ(portal(101, 1000), sum(1000));
  EXPECT_EQ(kiln::jitrt::stats.loops, 1u);
  // The loop's exit is its one guard: it failed once, into the blackhole, which returned.
  EXPECT_EQ(kiln::jitrt::stats.guardFailures, 1u);
  EXPECT_EQ(kiln::jitrt::stats.blackholes, 1u);
  kiln::jitrt::Loop* loop = kiln::jitrt::compiledLoopFor(std::vector<uint64_t>{101}.data(), 1);
  ASSERT_NE(loop, nullptr);
  std::string text = kiln::jitrt::traceText(*loop, loop->trace);
  EXPECT_NE(text.find("int_lt("), std::string::npos) << text;
  EXPECT_NE(text.find("guard_true("), std::string::npos) << text;
  EXPECT_NE(text.find("jump("), std::string::npos) << text;
  // The loop ran once per iteration after tracing.
  EXPECT_GT(loop->runs, 900u);
}

// The same as machine code: the loop runs there (it has code), leaves through its guard into
// the blackhole, and the result is the interpreter's. (Green keys are not shared between tests:
// compiled loops outlive a test.)
TEST_F(Jit, MachineCodeRunsTheLoopAndLeavesThroughTheBlackhole) {
  if (!kiln::jitrt::machineCodeEnabled()) GTEST_SKIP() << "no machine-code backend on this architecture";
  assemble();
  kiln::jitrt::params.threshold = 3;
  EXPECT_EQ(portal(110, 1000), sum(1000));
  EXPECT_EQ(kiln::jitrt::stats.loops, 1u);
  EXPECT_EQ(kiln::jitrt::stats.guardFailures, 1u);
  EXPECT_EQ(kiln::jitrt::stats.blackholes, 1u);
  kiln::jitrt::Loop* loop = kiln::jitrt::compiledLoopFor(std::vector<uint64_t>{110}.data(), 1);
  ASSERT_NE(loop, nullptr);
  ASSERT_NE(loop->mc, nullptr);
  EXPECT_GT(kiln::jitrt::stats.codeBytes, 0u);
  // Run again from the start: the compiled loop is entered at once and gives the same sum.
  EXPECT_EQ(portal(110, 500), sum(500));
  EXPECT_EQ(kiln::jitrt::stats.loops, 1u);
}

TEST_F(Jit, ATraceIsReusedFromTheStart) {
  assemble();
  kiln::jitrt::params.threshold = 2;
  EXPECT_EQ(portal(102, 50), sum(50));
  EXPECT_EQ(portal(102, 70), sum(70));
  EXPECT_EQ(portal(102, 3), sum(3));
  EXPECT_EQ(kiln::jitrt::stats.loops, 1u);
}

TEST_F(Jit, AGuardThatFailsOftenGetsABridgeToTheReturn) {
  assemble();
  kiln::jitrt::params.threshold = 2;
  kiln::jitrt::params.traceEagerness = 2;
  for (int k = 0; k < 5; ++k) EXPECT_EQ(portal(103, 20 + k), sum(20 + k));
  EXPECT_EQ(kiln::jitrt::stats.bridges, 1u);
  // Two failures went to the blackhole, the second traced the bridge; the rest took it.
  EXPECT_EQ(kiln::jitrt::stats.blackholes, 1u);
}

TEST_F(Jit, StressFailsEveryGuardOnceAndTheResultIsTheSame) {
  assemble();
  kiln::jitrt::params.threshold = 1;
  kiln::jitrt::params.traceEagerness = 1;
  kiln::jitrt::params.stress = true;
  EXPECT_EQ(portal(104, 500), sum(500));
  EXPECT_EQ(portal(104, 7), sum(7));
  EXPECT_GE(kiln::jitrt::stats.guardFailures, 2u);
}

TEST_F(Jit, ParametersParse) {
  char arg0[] = "prog", flag[] = "--jit", spec[] = "threshold=7,trace_eagerness=3,trace_limit=100,stress=1", rest[] = "x";
  char* argv[] = {arg0, flag, spec, rest, nullptr};
  EXPECT_EQ(kiln_jit_init(4, argv), 2);
  EXPECT_STREQ(argv[1], "x");
  EXPECT_EQ(kiln::jitrt::params.threshold, 7u);
  EXPECT_EQ(kiln::jitrt::params.traceEagerness, 3u);
  EXPECT_EQ(kiln::jitrt::params.traceLimit, 100u);
  EXPECT_TRUE(kiln::jitrt::params.stress);
}

} // namespace

#if defined(__x86_64__)
// Code memory (runtime/jit/backend/x86_64/codemem.cpp): freed blocks are filled with int3, merged
// with free neighbours and reused (the smallest that fits); a trimmed block gives its tail back. Each test is
// its own process (gtest_discover_tests), so the region starts empty.
namespace x64 = kiln::jitrt::x64;

TEST(JitCodeMemory, FreedBlocksAreMergedAndReused) {
  uint8_t* a = x64::allocateCode(100); // 112 bytes with the 16-byte rounding
  uint8_t* b = x64::allocateCode(200); // 208
  uint8_t* c = x64::allocateCode(50);
  EXPECT_EQ(b, a + 112);
  EXPECT_EQ(c, b + 208);
  std::vector<uint8_t> bytes(200, 0x90);
  x64::writeCode(b, bytes.data(), bytes.size());
  EXPECT_EQ(b[199], 0x90);
  x64::freeCode(b, 200);
  EXPECT_EQ(b[0], 0xcc);
  EXPECT_EQ(b[199], 0xcc);
  EXPECT_EQ(x64::codeMemoryStats().freeBlocks, 1u);
  x64::freeCode(a, 100); // merged with b's block
  EXPECT_EQ(x64::codeMemoryStats().freeBlocks, 1u);
  EXPECT_EQ(x64::codeMemoryStats().freeBytes, 320u);
  EXPECT_EQ(x64::allocateCode(300), a); // fits in the merged block, not in b's alone
  EXPECT_EQ(x64::codeMemoryStats().freeBytes, 16u);
  uint8_t* d = x64::allocateCode(64); // nothing free is that big: the top
  EXPECT_EQ(d, c + 64);
  x64::trimCode(d, 64, 20); // keeps 32 bytes
  EXPECT_EQ(x64::codeMemoryStats().freeBytes, 48u);
  EXPECT_EQ(x64::allocateCode(32), d + 32);
}

TEST(JitCodeMemory, ABlockMergesWithBothNeighbours) {
  uint8_t* x = x64::allocateCode(32);
  uint8_t* y = x64::allocateCode(32);
  uint8_t* z = x64::allocateCode(32);
  x64::allocateCode(32); // z is not at the top
  x64::freeCode(x, 32);
  x64::freeCode(z, 32);
  EXPECT_EQ(x64::codeMemoryStats().freeBlocks, 2u);
  x64::freeCode(y, 32);
  EXPECT_EQ(x64::codeMemoryStats().freeBlocks, 1u);
  EXPECT_EQ(x64::codeMemoryStats().freeBytes, 96u);
  EXPECT_EQ(x64::allocateCode(96), x);
  EXPECT_EQ(x64::codeMemoryStats().freeBlocks, 0u);
}
#endif

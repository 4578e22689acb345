// The jitopt tests' kiln_jit_data (program.h). The thunks are never called: the optimizer does
// not run code. Names follow what jitgen makes ("GcStruct T.field", "GcArray(Signed)", a `[*]`
// suffix for what `_immutable_fields_` makes immutable), so that real logs parse against it
// (targets/bf's and examples/vm's descrs are here under their real names).
#include "tests/unit/jitopt/program.h"

#include <iterator>

namespace {

uint64_t noThunk(const uint64_t*) { return 0; }

using F = kiln_jit_field_descr;
const F kFields[] = {
    {0, 8, 'i', 0, "GcStruct list_Signed.length"},
    {8, 8, 'r', 0, "GcStruct list_Signed.items"},
    {8, 8, 'i', 0, "GcStruct Node.value"},
    {16, 8, 'r', 0, "GcStruct Node.next"},
    {24, 1, 'i', 0, "GcStruct Node.flag"},     // one byte: reads back zero-extended
    {28, 4, 'i', 0, "GcStruct Node.count32"},  // four bytes
    {32, 8, 'f', 0, "GcStruct Node.weight"},
    {40, 8, 'i', 1, "GcStruct Code.length"},   // immutable
    {48, 8, 'r', 1, "GcStruct Code.ops"},      // immutable
    {0, 8, 'r', 0, "GcStruct object.typeptr"},
    // examples/vm's, with the flags jitgen gives them.
    {24, 8, 'i', 0, "GcStruct vm.Frame.inst_sp"},
    {16, 8, 'r', 1, "GcStruct vm.Frame.inst_stack_w"},
    {8, 8, 'r', 1, "GcStruct vm.Frame.inst_locals_w"},
    {8, 8, 'i', 1, "GcStruct objects.W_Int.inst_intval"},
    {0, 8, 'i', 1, "GcStruct list_Signed.length [*]"}, // the same list, reached through a `[*]` field
    {24, 8, 'r', 1, "Struct objects.W_Object_vtable.method_is_true"},
    // targets/lua's.
    {56, 8, 'i', 0, "GcStruct lframe.Frame.inst_pc"},
    {32, 8, 'r', 0, "GcStruct lframe.Frame.inst_regs"},
    {0, 8, 'i', 0, "GcStruct list_lobject.W_Value.length"},
    {8, 8, 'r', 0, "GcStruct list_lobject.W_Value.items"},
    {96, 8, 'r', 0, "GcStruct ltable.W_Table.inst_metatable"},
    {32, 8, 'i', 1, "GcStruct lobject.W_Int.inst_ival"},
    // targets/bf's.
    {8, 8, 'r', 0, "GcStruct bf.Tape.inst_cells"},
    {16, 8, 'i', 0, "GcStruct bf.Tape.inst_position"},
    {24, 8, 'r', 0, "GcStruct bf.Tape.inst_output"},
};

using A = kiln_jit_array_descr;
const A kArrays[] = {
    {8, 8, 0, 0, 8, 'i', 0, 0, 0, "GcArray(Signed)"},
    {8, 1, 0, 0, 1, 'i', 0, 0, 0, "GcArray(Char)"},
    {8, 8, 0, 0, 8, 'r', 0, 0, 0, "GcArray(Ptr(GcStruct objects.W_Object))"},
    {8, 8, 0, 0, 8, 'f', 0, 0, 0, "GcArray(Float)"},
    {8, 8, 0, 0, 8, 'i', 1, 0, 0, "GcArray(Signed) [*]"},
    {8, 16, 0, 8, 8, 'i', 0, 0, 0, "GcArray(Struct dictentry).value"}, // an interior field
    {8, 8, 0, 0, 8, 'r', 0, 0, 0, "GcArray(Ptr(GcStruct lobject.W_Value))"},
};

using S = kiln_jit_size_descr;
const S kSizes[] = {
    {40, 0, -1, 1, 0, "GcStruct Node"},
    {8, 8, 0, 0, 0, "GcArray(Signed)"},
    {16, 0, -1, 1, 0, "GcStruct objects.W_Int"},
    {40, 0, -1, 1, 0, "GcStruct lobject.W_Int"},
    {16, 0, -1, 1, 0, "GcStruct list_Signed"},
};

constexpr uint8_t kRaise = KILN_JIT_CALL_CAN_RAISE, kElidable = KILN_JIT_CALL_ELIDABLE;
using C = kiln_jit_call_descr;
const C kCalls[] = {
    {noThunk, "kiln_check_index", "iii", 'i', uint8_t(kElidable | kRaise), -1, nullptr},
    {noThunk, "kiln_check_index_wrap", "iii", 'i', uint8_t(kElidable | kRaise), -1, nullptr},
    {noThunk, "pure_hash", "r", 'i', kElidable, -1, nullptr},             // elidable, cannot raise
    {noThunk, "pure_parse", "ri", 'i', uint8_t(kElidable | kRaise), -1, nullptr}, // elidable, may raise
    {noThunk, "residual_write", "ri", 'v', kRaise, -1, nullptr},          // may write anything
    {noThunk, "residual_get", "r", 'i', 0, -1, nullptr},                  // may write anything, cannot raise
    {noThunk, "kiln_list_getitem", "ri", 'r', kRaise, -1, nullptr},       // a known read-only helper
    {noThunk, "kiln_list_getitem", "ri", 'i', kRaise, -1, nullptr},       // its instance on a list of ints
    {noThunk, "kiln_list_setitem", "rir", 'v', kRaise, -1, nullptr},
    {noThunk, "kiln_instance_isinstance", "rii", 'i', kElidable, -1, nullptr},
    {noThunk, "pure_sqrt", "f", 'f', kElidable, -1, nullptr},
    {noThunk, "lops.MetaState.rawset", "rrrr", 'v', kRaise, -1, nullptr},
    {noThunk, "kiln_list_append", "ri", 'v', 0, -1, nullptr},
    {noThunk, "bf.Tape.grow", "r", 'v', 0, -1, nullptr},
    {noThunk, "bf.Tape.write", "r", 'v', kRaise, -1, nullptr},
    {noThunk, "bf.Tape.flush", "r", 'v', kRaise, -1, nullptr},
};

const kiln::jitrt::DescrTables kTables = {kFields, uint32_t(std::size(kFields)), kArrays, uint32_t(std::size(kArrays)),
                                          kSizes, uint32_t(std::size(kSizes)), kCalls, uint32_t(std::size(kCalls))};

} // namespace

const kiln_jit_program kiln_jit_data = {nullptr, 0, kFields, kArrays, kSizes, kCalls, nullptr, nullptr, nullptr, 0, nullptr, 0};

namespace jitopt_test {
const kiln::jitrt::DescrTables& descrTables() { return kTables; }
} // namespace jitopt_test

# examples/vm/bytecode.py -- the instruction set of the vm example, and its code objects.
#
# An instruction is one int (the opcode) followed, if the opcode takes an argument, by a second
# int (a constant index, a local slot, a function index, a jump target or a count). A pc is an
# index into Code.bytecode, so jump targets are absolute positions in the function's bytecode.
#
# Invariants the interpreter relies on (established by compiler.py):
#   1. The value stack is empty at the start of every statement, so a try block starts with an
#      empty stack and unwinding to its handler resets the stack pointer to 0.
#   2. Code.stack_size is the deepest the stack gets, plus one for the exception value a
#      handler receives; Code.max_handlers is the deepest nesting of try blocks.
#   3. A Code object is never changed after it is built (all its fields are immutable, the
#      lists included), which lets a tracing JIT treat everything read from a green Code as a
#      constant.

# name, takes an argument, stack effect (for CALL and PRINT the compiler computes it)
INSTRUCTIONS = [
    ("LOAD_CONST", True, 1),           # push consts[arg]
    ("LOAD_LOCAL", True, 1),           # push locals[arg]; an error if it was never assigned
    ("STORE_LOCAL", True, -1),         # pop into locals[arg]
    ("POP", False, -1),
    ("ADD", False, -1),                # ints add; with a string on either side, concatenate
    ("SUB", False, -1),
    ("MUL", False, -1),
    ("DIV", False, -1),                # floor division, as Python's //
    ("MOD", False, -1),                # the remainder of DIV, as Python's %
    ("LT", False, -1),
    ("LE", False, -1),
    ("GT", False, -1),
    ("GE", False, -1),
    ("EQ", False, -1),
    ("NE", False, -1),
    ("NEG", False, 0),
    ("NOT", False, 0),
    ("JUMP", True, 0),                 # pc = arg (a backward jump closes a user-level loop)
    ("JUMP_IF_FALSE", True, -1),       # pop; jump if it is false
    ("JUMP_IF_FALSE_OR_POP", True, -1),  # 'and': keep the value and jump if false, else pop
    ("JUMP_IF_TRUE_OR_POP", True, -1),   # 'or'
    ("CALL", True, 0),                 # call program.functions[arg] with its arguments popped
    ("RETURN", False, -1),             # return the top of the stack to the caller
    ("PRINT", True, 0),                # pop arg values, print them separated by spaces
    ("RAISE", False, -1),              # raise the top of the stack as a user exception
    ("SETUP_TRY", True, 0),            # push a handler at pc arg for the try block that follows
    ("POP_TRY", False, 0),             # the try block ended normally: drop its handler
]

OPNAMES = [name for name, _, _ in INSTRUCTIONS]
HAS_ARG = [has_arg for _, has_arg, _ in INSTRUCTIONS]
STACK_EFFECT = [effect for _, _, effect in INSTRUCTIONS]

# The opcodes as module constants (LOAD_CONST = 0, ...): folded into the interpreter at
# translation time, as any module global is.
for _opcode, _name in enumerate(OPNAMES):
    globals()[_name] = _opcode
del _opcode, _name


class Code(object):
    """One compiled function (or the program's top level, named '<main>')."""

    _immutable_fields_ = ["name", "program", "nparams", "nlocals", "stack_size", "max_handlers",
                          "bytecode[*]", "consts[*]", "lines[*]", "local_names[*]"]

    def __init__(self, name, program, nparams, local_names, bytecode, consts, lines, stack_size,
                 max_handlers):
        self.name = name
        self.program = program
        self.nparams = nparams
        self.nlocals = len(local_names)
        self.local_names = fixed_strs(local_names)
        self.bytecode = fixed_ints(bytecode)
        self.consts = fixed_objects(consts)
        self.lines = fixed_ints(lines)
        self.stack_size = stack_size
        self.max_handlers = max_handlers


class Program(object):
    """The compiled program: its functions (a CALL's argument indexes them) and top level.
    The list is filled while compiling and never changed once the program runs."""

    _immutable_fields_ = ["functions"]

    def __init__(self):
        self.functions = []
        self.main = None


def make_fixed_copy():
    def fixed_copy(items):
        # A list that is never resized translates to a plain array: one load less per access.
        result = [items[0]] * len(items) if items else []
        for i in range(len(items)):
            result[i] = items[i]
        return result
    return fixed_copy


# One copy per item type (made at load time: each is a function of its own to the annotator).
fixed_ints = make_fixed_copy()
fixed_strs = make_fixed_copy()
fixed_objects = make_fixed_copy()

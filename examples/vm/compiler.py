# examples/vm/compiler.py -- the front end of the vm example: source text to bytecode.
#
# The language is line based: one statement a line, blocks closed by 'end', '#' starts a
# comment. A single pass parses each statement and emits its bytecode directly (no AST):
#
#   program   := { funcdef | stmt }             top-level statements form the function '<main>'
#   funcdef   := 'func' NAME '(' [NAME {',' NAME}] ')' NL { stmt } 'end' NL
#   stmt      := NAME '=' expr NL
#              | 'print' [expr {',' expr}] NL
#              | 'if' expr NL { stmt } { 'elif' expr NL { stmt } } [ 'else' NL { stmt } ] 'end' NL
#              | 'while' expr NL { stmt } 'end' NL
#              | 'break' NL | 'continue' NL
#              | 'return' [expr] NL                       (a missing value returns 0)
#              | 'raise' expr NL
#              | 'try' NL { stmt } 'catch' NAME NL { stmt } 'end' NL
#              | expr NL
#   expr      := and_expr { 'or' and_expr }
#   and_expr  := not_expr { 'and' not_expr }
#   not_expr  := 'not' not_expr | compare
#   compare   := sum [ ('<' | '<=' | '>' | '>=' | '==' | '!=') sum ]
#   sum       := term { ('+' | '-') term }
#   term      := unary { ('*' | '/' | '%') unary }
#   unary     := '-' unary | atom
#   atom      := INT | STRING | NAME | NAME '(' [expr {',' expr}] ')' | '(' expr ')'
#
# Names are resolved at compile time: a name assigned anywhere in a function (or a parameter)
# is a local of that function; there are no globals. Functions may be called before they are
# defined; the arity of every call is checked once the whole program is read.
from bytecode import (CALL, Code, HAS_ARG, JUMP, JUMP_IF_FALSE, JUMP_IF_FALSE_OR_POP,
                      JUMP_IF_TRUE_OR_POP, LOAD_CONST, LOAD_LOCAL, NEG, NOT, POP, POP_TRY, PRINT,
                      Program, RAISE, RETURN, SETUP_TRY, STACK_EFFECT, STORE_LOCAL, ADD, SUB, MUL,
                      DIV, MOD, LT, LE, GT, GE, EQ, NE)
from kiln.rarithmetic import ovfcheck
from objects import W_Int, W_Str

KEYWORDS = ["func", "end", "if", "elif", "else", "while", "break", "continue", "return", "raise",
            "try", "catch", "print", "and", "or", "not"]
TWO_CHAR_OPS = ["<=", ">=", "==", "!="]
ONE_CHAR_OPS = "+-*/%<>=(),"
BINARY_OPCODES = {"+": ADD, "-": SUB, "*": MUL, "/": DIV, "%": MOD, "<": LT, "<=": LE, ">": GT,
                  ">=": GE, "==": EQ, "!=": NE}
ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"'}


class CompileError(Exception):
    def __init__(self, line, message):
        self.line = line
        self.message = message


class Token(object):
    def __init__(self, kind, text, line):
        self.kind = kind  # "int", "str", "name", "keyword", "op" or "newline"
        self.text = text
        self.line = line


# -- Tokenizer -------------------------------------------------------------------------------

def tokenize(source):
    tokens = []
    lineno = 0
    for line in source.split("\n"):
        lineno += 1
        before = len(tokens)
        tokenize_line(line, lineno, tokens)
        if len(tokens) > before:
            tokens.append(Token("newline", "", lineno))
    tokens.append(Token("eof", "", lineno))
    return tokens


def tokenize_line(line, lineno, tokens):
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if c == "#":
            return
        if c == " " or c == "\t" or c == "\r":
            i += 1
        elif c.isdigit():
            start = i
            while i < n and line[i].isdigit():
                i += 1
            tokens.append(Token("int", line[start:i], lineno))
        elif c.isalpha() or c == "_":
            start = i
            while i < n and (line[i].isalnum() or line[i] == "_"):
                i += 1
            word = line[start:i]
            tokens.append(Token("keyword" if word in KEYWORDS else "name", word, lineno))
        elif c == '"':
            i = tokenize_string(line, i + 1, lineno, tokens)
        elif line[i:i + 2] in TWO_CHAR_OPS:
            tokens.append(Token("op", line[i:i + 2], lineno))
            i += 2
        elif c in ONE_CHAR_OPS:
            tokens.append(Token("op", c, lineno))
            i += 1
        else:
            raise CompileError(lineno, "unexpected character '%s'" % c)


def tokenize_string(line, i, lineno, tokens):
    """Reads a string literal whose opening quote is before i; returns the index after it."""
    chars = []
    while i < len(line):
        c = line[i]
        if c == '"':
            tokens.append(Token("str", "".join(chars), lineno))
            return i + 1
        if c == "\\":
            if i + 1 >= len(line) or line[i + 1] not in ESCAPES:
                raise CompileError(lineno, "bad escape in string literal")
            chars.append(ESCAPES[line[i + 1]])
            i += 2
        else:
            chars.append(c)
            i += 1
    raise CompileError(lineno, "unterminated string literal")


# -- Code generation for one function ----------------------------------------------------------

class Loop(object):
    def __init__(self, start, try_depth):
        self.start = start
        self.try_depth = try_depth
        self.break_jumps = []  # positions of the arguments of jumps to patch to the loop's end


class FunctionBuilder(object):
    def __init__(self, name, params, line):
        self.name = name
        self.nparams = len(params)
        self.line = line
        self.bytecode = []
        self.lines = []
        self.consts = []
        self.int_consts = {}
        self.str_consts = {}
        self.local_names = []
        self.local_index = {}
        self.assigned = {}
        self.first_use = {}
        self.depth = 0
        self.max_depth = 0
        self.try_depth = 0
        self.max_try_depth = 0
        self.loops = []
        for param in params:
            if param in self.local_index:
                raise CompileError(line, "duplicate parameter '%s'" % param)
            self.local(param, line)
            self.assigned[param] = True

    def emit(self, op, arg, line):
        self.bytecode.append(op)
        self.lines.append(line)
        if HAS_ARG[op]:
            self.bytecode.append(arg)
            self.lines.append(line)
        self.adjust(STACK_EFFECT[op])
        return len(self.bytecode) - 1  # the argument's position, for patching jumps

    def adjust(self, effect):
        self.depth += effect
        if self.depth > self.max_depth:
            self.max_depth = self.depth

    def here(self):
        return len(self.bytecode)

    def patch(self, position, target):
        self.bytecode[position] = target

    def local(self, name, line):
        if name not in self.local_index:
            self.local_index[name] = len(self.local_names)
            self.local_names.append(name)
            self.first_use[name] = line
        return self.local_index[name]

    def const_int(self, value):
        if value not in self.int_consts:
            self.int_consts[value] = len(self.consts)
            self.consts.append(W_Int(value))
        return self.int_consts[value]

    def const_str(self, value):
        if value not in self.str_consts:
            self.str_consts[value] = len(self.consts)
            self.consts.append(W_Str(value))
        return self.str_consts[value]

    def finish(self, program):
        for name in self.local_names:
            if name not in self.assigned:
                raise CompileError(self.first_use[name], "'%s' is never assigned in %s"
                                   % (name, self.name))
        # +1: a handler receives the exception value on an empty stack (bytecode.py, inv. 2)
        return Code(self.name, program, self.nparams, self.local_names, self.bytecode,
                    self.consts, self.lines, self.max_depth + 1, self.max_try_depth)


# -- Parser ------------------------------------------------------------------------------------

class Call(object):
    def __init__(self, name, nargs, line):
        self.name = name
        self.nargs = nargs
        self.line = line


class Compiler(object):
    def __init__(self, source):
        self.tokens = tokenize(source)
        self.pos = 0
        self.program = Program()
        self.function_index = {}  # name -> index in program.functions, from a call or a 'func'
        self.arity = {}           # name -> number of parameters, once defined
        self.calls = []
        self.builder = FunctionBuilder("<main>", [], 1)

    # Token helpers

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def at(self, kind, text):
        token = self.tokens[self.pos]
        return token.kind == kind and token.text == text

    def accept(self, kind, text):
        if self.at(kind, text):
            self.pos += 1
            return True
        return False

    def expect(self, kind, text):
        token = self.advance()
        if token.kind != kind or token.text != text:
            raise CompileError(token.line, "expected '%s', found %s" % (text, describe(token)))
        return token

    def expect_name(self):
        token = self.advance()
        if token.kind != "name":
            raise CompileError(token.line, "expected a name, found %s" % describe(token))
        return token.text

    def expect_newline(self):
        token = self.advance()
        if token.kind != "newline":
            raise CompileError(token.line, "expected the end of the line, found %s"
                               % describe(token))

    # Program and functions

    def compile(self):
        """program := { funcdef | stmt }"""
        while self.peek().kind != "eof":
            if self.at("keyword", "func"):
                self.funcdef()
            else:
                self.statement()
        main = self.builder
        main.emit(LOAD_CONST, main.const_int(0), self.peek().line)
        main.emit(RETURN, 0, self.peek().line)
        self.program.main = main.finish(self.program)
        for call in self.calls:
            if call.name not in self.arity:
                raise CompileError(call.line, "unknown function '%s'" % call.name)
            expected = self.arity[call.name]
            if expected != call.nargs:
                raise CompileError(call.line, "'%s' takes %d argument%s, not %d"
                                   % (call.name, expected, "" if expected == 1 else "s",
                                      call.nargs))
        return self.program

    def index_of(self, name):
        if name not in self.function_index:
            self.function_index[name] = len(self.program.functions)
            self.program.functions.append(None)
        return self.function_index[name]

    def funcdef(self):
        """funcdef := 'func' NAME '(' [NAME {',' NAME}] ')' NL { stmt } 'end' NL"""
        line = self.expect("keyword", "func").line
        name = self.expect_name()
        if name in self.arity:
            raise CompileError(line, "function '%s' is defined twice" % name)
        self.expect("op", "(")
        params = []
        if not self.at("op", ")"):
            params.append(self.expect_name())
            while self.accept("op", ","):
                params.append(self.expect_name())
        self.expect("op", ")")
        self.expect_newline()
        self.arity[name] = len(params)
        outer = self.builder
        self.builder = FunctionBuilder(name, params, line)
        self.block()
        end = self.expect("keyword", "end").line
        self.expect_newline()
        self.builder.emit(LOAD_CONST, self.builder.const_int(0), end)
        self.builder.emit(RETURN, 0, end)
        self.program.functions[self.index_of(name)] = self.builder.finish(self.program)
        self.builder = outer

    def block(self):
        """{ stmt }, up to a keyword that ends the block."""
        while True:
            token = self.peek()
            if token.kind == "eof":
                raise CompileError(token.line, "missing 'end'")
            if token.kind == "keyword" and token.text in ["end", "elif", "else", "catch"]:
                return
            if token.kind == "keyword" and token.text == "func":
                raise CompileError(token.line, "functions are defined at the top level only")
            self.statement()

    # Statements

    def statement(self):
        token = self.peek()
        b = self.builder
        if token.kind == "name" and self.tokens[self.pos + 1].kind == "op" and \
                self.tokens[self.pos + 1].text == "=":
            self.pos += 2
            self.expr()
            b.emit(STORE_LOCAL, b.local(token.text, token.line), token.line)
            b.assigned[token.text] = True
            self.expect_newline()
        elif token.kind == "keyword":
            self.pos += 1
            self.keyword_statement(token)
        else:
            self.expr()
            b.emit(POP, 0, token.line)
            self.expect_newline()

    def keyword_statement(self, token):
        b = self.builder
        line = token.line
        word = token.text
        if word == "print":
            count = 0
            if self.peek().kind != "newline":
                self.expr()
                count = 1
                while self.accept("op", ","):
                    self.expr()
                    count += 1
            b.emit(PRINT, count, line)
            b.adjust(-count)
            self.expect_newline()
        elif word == "if":
            self.if_statement()
        elif word == "while":
            self.while_statement(line)
        elif word == "break" or word == "continue":
            self.expect_newline()
            if not b.loops:
                raise CompileError(line, "'%s' outside a loop" % word)
            loop = b.loops[-1]
            for _ in range(b.try_depth - loop.try_depth):
                b.emit(POP_TRY, 0, line)  # leaving try blocks opened inside the loop
            if word == "break":
                loop.break_jumps.append(b.emit(JUMP, 0, line))
            else:
                b.emit(JUMP, loop.start, line)
        elif word == "return":
            if self.peek().kind == "newline":
                b.emit(LOAD_CONST, b.const_int(0), line)
            else:
                self.expr()
            b.emit(RETURN, 0, line)
            self.expect_newline()
        elif word == "raise":
            self.expr()
            b.emit(RAISE, 0, line)
            self.expect_newline()
        elif word == "try":
            self.try_statement(line)
        else:
            raise CompileError(line, "unexpected '%s'" % word)

    def if_statement(self):
        """'if' expr NL { stmt } { 'elif' expr NL { stmt } } [ 'else' NL { stmt } ] 'end' NL"""
        b = self.builder
        end_jumps = []
        while True:
            self.expr()
            skip = b.emit(JUMP_IF_FALSE, 0, self.peek().line)
            self.expect_newline()
            self.block()
            if self.at("keyword", "end"):
                b.patch(skip, b.here())
                break
            end_jumps.append(b.emit(JUMP, 0, self.peek().line))
            b.patch(skip, b.here())
            if self.accept("keyword", "else"):
                self.expect_newline()
                self.block()
                break
            self.expect("keyword", "elif")
        self.expect("keyword", "end")
        self.expect_newline()
        for position in end_jumps:
            b.patch(position, b.here())

    def while_statement(self, line):
        """'while' expr NL { stmt } 'end' NL"""
        b = self.builder
        loop = Loop(b.here(), b.try_depth)
        self.expr()
        exit_jump = b.emit(JUMP_IF_FALSE, 0, line)
        self.expect_newline()
        b.loops.append(loop)
        self.block()
        b.loops.pop()
        end = self.expect("keyword", "end").line
        self.expect_newline()
        b.emit(JUMP, loop.start, end)
        b.patch(exit_jump, b.here())
        for position in loop.break_jumps:
            b.patch(position, b.here())

    def try_statement(self, line):
        """'try' NL { stmt } 'catch' NAME NL { stmt } 'end' NL"""
        b = self.builder
        self.expect_newline()
        setup = b.emit(SETUP_TRY, 0, line)
        b.try_depth += 1
        if b.try_depth > b.max_try_depth:
            b.max_try_depth = b.try_depth
        self.block()
        b.try_depth -= 1
        catch_line = self.expect("keyword", "catch").line
        b.emit(POP_TRY, 0, catch_line)
        skip = b.emit(JUMP, 0, catch_line)
        b.patch(setup, b.here())
        name = self.expect_name()
        self.expect_newline()
        b.adjust(1)  # the handler starts with the exception value on the stack
        b.emit(STORE_LOCAL, b.local(name, catch_line), catch_line)
        b.assigned[name] = True
        self.block()
        self.expect("keyword", "end")
        self.expect_newline()
        b.patch(skip, b.here())

    # Expressions

    def expr(self):
        """expr := and_expr { 'or' and_expr }"""
        self.and_expr()
        while self.at("keyword", "or"):
            line = self.advance().line
            jump = self.builder.emit(JUMP_IF_TRUE_OR_POP, 0, line)
            self.and_expr()
            self.builder.patch(jump, self.builder.here())

    def and_expr(self):
        """and_expr := not_expr { 'and' not_expr }"""
        self.not_expr()
        while self.at("keyword", "and"):
            line = self.advance().line
            jump = self.builder.emit(JUMP_IF_FALSE_OR_POP, 0, line)
            self.not_expr()
            self.builder.patch(jump, self.builder.here())

    def not_expr(self):
        """not_expr := 'not' not_expr | compare"""
        if self.at("keyword", "not"):
            line = self.advance().line
            self.not_expr()
            self.builder.emit(NOT, 0, line)
        else:
            self.compare()

    def compare(self):
        """compare := sum [ ('<' | '<=' | '>' | '>=' | '==' | '!=') sum ]"""
        self.sum()
        token = self.peek()
        if token.kind == "op" and token.text in ["<", "<=", ">", ">=", "==", "!="]:
            self.pos += 1
            self.sum()
            self.builder.emit(BINARY_OPCODES[token.text], 0, token.line)

    def sum(self):
        """sum := term { ('+' | '-') term }"""
        self.term()
        while self.at("op", "+") or self.at("op", "-"):
            token = self.advance()
            self.term()
            self.builder.emit(BINARY_OPCODES[token.text], 0, token.line)

    def term(self):
        """term := unary { ('*' | '/' | '%') unary }"""
        self.unary()
        while self.at("op", "*") or self.at("op", "/") or self.at("op", "%"):
            token = self.advance()
            self.unary()
            self.builder.emit(BINARY_OPCODES[token.text], 0, token.line)

    def unary(self):
        """unary := '-' unary | atom"""
        if self.at("op", "-"):
            line = self.advance().line
            self.unary()
            self.builder.emit(NEG, 0, line)
        else:
            self.atom()

    def atom(self):
        """atom := INT | STRING | NAME | NAME '(' [expr {',' expr}] ')' | '(' expr ')'"""
        b = self.builder
        token = self.advance()
        if token.kind == "int":
            b.emit(LOAD_CONST, b.const_int(parse_int(token)), token.line)
        elif token.kind == "str":
            b.emit(LOAD_CONST, b.const_str(token.text), token.line)
        elif token.kind == "name" and self.at("op", "("):
            self.pos += 1
            nargs = 0
            if not self.at("op", ")"):
                self.expr()
                nargs = 1
                while self.accept("op", ","):
                    self.expr()
                    nargs += 1
            self.expect("op", ")")
            self.calls.append(Call(token.text, nargs, token.line))
            b.emit(CALL, self.index_of(token.text), token.line)
            b.adjust(1 - nargs)
        elif token.kind == "name":
            b.emit(LOAD_LOCAL, b.local(token.text, token.line), token.line)
        elif token.kind == "op" and token.text == "(":
            self.expr()
            self.expect("op", ")")
        else:
            raise CompileError(token.line, "expected an expression, found %s" % describe(token))


def parse_int(token):
    value = 0
    try:
        for digit in token.text:
            value = ovfcheck(value * 10)
            value = ovfcheck(value + (ord(digit) - ord("0")))
    except OverflowError:
        raise CompileError(token.line, "integer literal too large: %s" % token.text)
    return value


def describe(token):
    if token.kind == "newline":
        return "the end of the line"
    if token.kind == "eof":
        return "the end of the file"
    if token.kind == "str":
        return "a string"
    return "'%s'" % token.text


def compile_program(source):
    """The Program for source; raises CompileError."""
    return Compiler(source).compile()

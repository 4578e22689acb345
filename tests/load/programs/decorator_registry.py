"""A postfix command shell whose commands are registered by decorators at load time:
`@command` without arguments, `@command_named("dup", arity=1)` with arguments (both return the
function itself), `@traced` returning a wrapper without functools.wraps (qualname
'traced.<locals>.wrapper'), `@checked` returning a functools.wraps wrapper (qualname copied
from the wrapped function), stacked decorators and a class decorator."""

import functools

COMMANDS = {}
ARITY = {}
TRACE = []


class ShellError(Exception):
    def __init__(self, message):
        self.message = message


def command(fn):
    name = fn.__name__[len("cmd_"):]
    COMMANDS[name] = fn
    ARITY[name] = -1          # not declared
    return fn


def command_named(name, arity=2):
    def register(fn):
        COMMANDS[name] = fn
        ARITY[name] = arity
        fn.command_name = name
        return fn
    return register


def traced(fn):
    label = fn.__name__

    def wrapper(stack):
        TRACE.append(label)
        fn(stack)
    wrapper.__name__ = label   # the __qualname__ stays 'traced.<locals>.wrapper'
    return wrapper


def checked(minimum):
    def decorate(fn):
        @functools.wraps(fn)
        def guarded(stack):
            if len(stack) < minimum:
                raise ShellError("stack underflow")
            fn(stack)
        return guarded
    return decorate


STRATEGIES = []


def strategy(cls):
    STRATEGIES.append(cls)
    cls.index = len(STRATEGIES) - 1
    return cls


@command_named("+")
@checked(2)
def add(stack):
    b = stack.pop()
    stack.append(stack.pop() + b)


@command_named("*")
@checked(2)
def mul(stack):
    b = stack.pop()
    stack.append(stack.pop() * b)


@command_named("-")
@checked(2)
def sub(stack):
    b = stack.pop()
    stack.append(stack.pop() - b)


@command_named("dup", arity=1)
@traced
def dup(stack):
    stack.append(stack[-1])


@command
@checked(1)
def cmd_neg(stack):
    stack.append(-stack.pop())


@command
def cmd_drop(stack):
    stack.pop()


@command
@traced
def cmd_swap(stack):
    b = stack.pop()
    a = stack.pop()
    stack.append(b)
    stack.append(a)


class Policy:
    def accept(self, word):
        return False


@strategy
class Strict(Policy):
    def accept(self, word):
        return word in COMMANDS


@strategy
class Lenient(Policy):
    def accept(self, word):
        return True


ORDERED_NAMES = sorted(COMMANDS)
DEFAULT_SCRIPT = "3 4 + dup * 2 swap - neg 10 drop 7 frob"


def run(script, policy):
    stack = []
    for word in script.split():
        if word.isdigit():
            stack.append(int(word))
        elif word in COMMANDS:
            COMMANDS[word](stack)
        elif not policy.accept(word):
            raise ShellError("unknown command '%s'" % word)
    return stack


def entry_point(argv):
    script = " ".join(argv[1:]) if len(argv) > 1 else DEFAULT_SCRIPT
    print("commands: " + " ".join(ORDERED_NAMES))
    for policy in [Lenient(), Strict()]:
        try:
            stack = run(script, policy)
            print("stack: " + " ".join([str(v) for v in stack]))
        except ShellError as e:
            print("error: " + e.message)
    print("traced: " + ",".join(TRACE))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

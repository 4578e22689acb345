# test: annotate-errors
# Values and constructs that translated code cannot use.
TAGS = {"a", "b"}


def uses_set_constant(x):
    return x in TAGS  # error: this value cannot be used in translated code: sets are not supported


def makes_set(x):
    return {x}  # error: sets: not supported in translated code


def entry_point(argv):
    print(uses_set_constant(argv[0]), makes_set(argv[0]))
    return 0

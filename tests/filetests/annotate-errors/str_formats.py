# test: annotate-errors
# str.format() needs a format known at translation time whose fields name given arguments
# (without attributes or indices); encodings are UTF-8; str() of what translated code cannot
# show (the items of a list of instances, functions, iterators).
class Item:
    def __repr__(self):
        return "item"


class Special(Item):
    def __str__(self):
        return "special"


class Money:
    def __format__(self, spec):
        return "$"


def runtime_format(fmt, n):
    return fmt.format(n)  # error: str.format() of a format known only at run time (use '%' formatting): not supported in translated code


def missing_index(n):
    return "{} {}".format(n)  # error: this str.format() always raises IndexError: Replacement index 1 out of range for positional args tuple


def missing_keyword(n):
    return "{x} {y}".format(x=n)  # error: this str.format() always raises KeyError: 'y'


def bad_format(n):
    return "{0} {}".format(n, n)  # error: this str.format() always raises ValueError: cannot switch from manual field specification to automatic field numbering


def single_brace(n):
    return "{} }".format(n)  # error: this str.format() always raises ValueError: Single '}' encountered in format string


def attribute_field(n):
    return "{0.real}".format(n)  # error: the str.format() field '{0.real}', with an attribute or index: not supported in translated code


def ascii_encoding(s):
    return s.encode("ascii")  # error: 'str.encode' supports only UTF-8, the encoding of kiln's strs: the encoding must be a name of UTF-8 known at translation time, not 'ascii'


def runtime_encoding(b, e):
    return b.decode(e)  # error: 'bytes.decode' supports only UTF-8, the encoding of kiln's strs: the encoding must be a name of UTF-8 known at translation time, not a str known only at run time


def list_of_instances(items):
    return str(items)  # error: str() of a 'list(str_formats.Item)' (the repr() of its items): not supported in translated code


def function_str():
    return repr(missing_index)  # error: repr() of a 'func(str_formats.missing_index)': not supported in translated code


def mixed_str(item):
    return str(item)  # error: str() of 'str_formats.Item' instances, where class 'str_formats.Special' finds a __str__ and class 'str_formats.Item' only a __repr__ (define __str__ in 'str_formats.Item'): not supported in translated code


def money_format(m):
    return "{:>5}".format(m)  # error: format() of a 'str_formats.Money', whose class 'str_formats.Money' defines __format__: not supported in translated code


def fstring_of_list(items):
    return f"<{items}>"  # error: str() of a 'list(str_formats.Item)' (the repr() of its items): not supported in translated code


def percent_of_function():
    return "%s" % (missing_index,)  # error: str() of a 'func(str_formats.missing_index)': not supported in translated code


def runtime_percent(fmt, item):
    return fmt % (item,)  # error: formatting a 'str_formats.Item' with a '%' format known only at run time: not supported in translated code


def entry_point(argv):
    n = len(argv)
    print(runtime_format(argv[0], n), missing_index(n), missing_keyword(n), bad_format(n), single_brace(n))
    print(attribute_field(n), ascii_encoding(argv[0]), runtime_encoding(b"x", argv[0]))
    print(list_of_instances([Item()]), function_str(), mixed_str(Item() if n else Special()), money_format(Money()))
    print(fstring_of_list([Item()]), percent_of_function(), runtime_percent(argv[0], Item()))
    return 0

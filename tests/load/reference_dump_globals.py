#!/usr/bin/env python3
"""CPython reference for `kiln load --dump-globals PROG.py` (run with PYTHONPATH=lib).

Imports PROG.py as a module named after its file stem (not __main__), with PROG.py's directory
first on sys.path, then prints one line per global of that module, sorted by name:
  name = repr(v)              v is plain: its exact type is int, float, str, bytes, bool or
                              NoneType, or tuple/list/dict whose items/keys/values are plain
                              (a container that contains itself is not plain)
  name = <function QUAL>      Python function, builtin function/method, bound method
  name = <class QUAL>         class (builtin ones too)
  name = <instance of QUAL>   anything else, QUAL = type(v).__qualname__
Names starting with '__', non-str keys of the module dict and module values are left out.
The program's own output while importing goes to stderr, so stdout is only the dump.
"""
import contextlib
import importlib.util
import os
import sys
import types

FUNCTION_TYPES = (types.FunctionType, types.BuiltinFunctionType, types.MethodType)


def is_plain(v, open_containers=()):
    if type(v) in (int, float, str, bytes, bool, type(None)):
        return True
    if type(v) not in (tuple, list, dict) or any(v is c for c in open_containers):
        return False
    inner = open_containers + (v,)
    items = [x for kv in v.items() for x in kv] if type(v) is dict else v
    return all(is_plain(x, inner) for x in items)


def describe(v):
    if is_plain(v):
        return repr(v)
    if issubclass(type(v), FUNCTION_TYPES):      # not isinstance(): it believes __class__
        return '<function %s>' % v.__qualname__
    if issubclass(type(v), type):
        return '<class %s>' % v.__qualname__
    return '<instance of %s>' % type(v).__qualname__


def main():
    path = os.path.abspath(sys.argv[1])
    name = os.path.splitext(os.path.basename(path))[0]
    sys.path[0] = os.path.dirname(path)      # replaces this script's directory
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    with contextlib.redirect_stdout(sys.stderr):
        spec.loader.exec_module(module)
    sys.set_int_max_str_digits(0)            # repr() of ints over 4300 digits
    names = sorted(k for k in vars(module) if type(k) is str and not k.startswith('__'))
    lines = ['%s = %s\n' % (k, describe(vars(module)[k])) for k in names
             if not issubclass(type(vars(module)[k]), types.ModuleType)]
    sys.stdout.buffer.write(''.join(lines).encode('utf-8', 'surrogatepass'))


if __name__ == '__main__':
    main()

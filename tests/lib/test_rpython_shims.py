"""rpython.rlib.* re-exports exactly the kiln objects, and every kiln
module's __all__ is complete."""

import importlib
import types
import unittest

MODULES = ['jit', 'objectmodel', 'rarithmetic', 'rstring', 'unroll', 'debug',
           'signature', 'types']

# Private names that existing RPython programs import (see the shims).
PRIVATE = {'objectmodel': ['_hash_string', '_hash_float', '_hash_tuple']}


def public_definitions(module):
    """What __all__ must list: the public names bound in ``module`` except
    modules and functions or classes imported from elsewhere (helpers such
    as kiln._marks.builtin)."""
    result = set()
    for name, value in vars(module).items():
        if name.startswith('_') or isinstance(value, types.ModuleType):
            continue
        if (isinstance(value, (type, types.FunctionType))
                and value.__module__ != module.__name__):
            continue
        result.add(name)
    return result


class ShimTest(unittest.TestCase):
    def test_every_name_is_the_same_object(self):
        for name in MODULES:
            kiln_module = importlib.import_module('kiln.' + name)
            shim = importlib.import_module('rpython.rlib.' + name)
            for symbol in kiln_module.__all__ + PRIVATE.get(name, []):
                with self.subTest(module=name, symbol=symbol):
                    self.assertTrue(hasattr(shim, symbol))
                    self.assertIs(getattr(shim, symbol),
                                  getattr(kiln_module, symbol))

    def test_star_import_gives_all(self):
        for name in MODULES:
            with self.subTest(module=name):
                namespace = {}
                exec('from rpython.rlib.%s import *' % name, namespace)
                namespace.pop('__builtins__')
                kiln_module = importlib.import_module('kiln.' + name)
                self.assertEqual(set(namespace), set(kiln_module.__all__))

    def test_all_is_complete_and_exact(self):
        for name in MODULES:
            module = importlib.import_module('kiln.' + name)
            with self.subTest(module=name):
                self.assertEqual(len(module.__all__), len(set(module.__all__)))
                missing = public_definitions(module) - set(module.__all__)
                self.assertEqual(missing, set())
                for symbol in module.__all__:
                    self.assertTrue(hasattr(module, symbol), symbol)

    def test_typical_rpython_imports(self):
        # The imports are part of the test: each must resolve.
        from rpython.rlib import jit
        from rpython.rlib.jit import (  # noqa: F401
            JitDriver, dont_look_inside, elidable, hint, promote, unroll_safe)
        from rpython.rlib.objectmodel import (  # noqa: F401
            compute_hash, import_from_mixin, r_dict, specialize,
            we_are_translated)
        from rpython.rlib.rarithmetic import (  # noqa: F401
            LONG_BIT, intmask, ovfcheck, r_uint)
        from rpython.rlib.rstring import StringBuilder  # noqa: F401
        from rpython.rlib.unroll import unrolling_iterable  # noqa: F401
        from rpython.rlib.debug import (  # noqa: F401
            debug_print, make_sure_not_resized)
        import kiln.jit
        self.assertIs(jit.JitDriver, kiln.jit.JitDriver)
        self.assertIs(JitDriver, kiln.jit.JitDriver)
        self.assertEqual(LONG_BIT, 64)
        self.assertEqual(intmask(r_uint(-1)), -1)
        self.assertEqual(promote.__module__, 'kiln.jit')


if __name__ == '__main__':
    unittest.main()

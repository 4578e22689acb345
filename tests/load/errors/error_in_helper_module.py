# expect: 1 KeyError: 'colour'
# expect-also: _helper_raises.py", line 7, in lookup
# expect-also: _helper_raises.py", line 10, in <module>
# expect-also: error_in_helper_module.py", line 8, in <module>
"""A program importing a helper whose module-level code fails: the traceback crosses two
files (program -> helper module -> helper function)."""

import _helper_raises


def entry_point(argv):
    print("%06x" % _helper_raises.DEFAULT_COLOUR)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

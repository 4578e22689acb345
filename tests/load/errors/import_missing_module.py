# expect: 1 ModuleNotFoundError: No module named 'kiln_no_such_helper'
# expect-also: import_missing_module.py", line 7
"""A program that imports a helper module that does not exist (neither next to it nor on
the path)."""

import os
import kiln_no_such_helper


def entry_point(argv):
    return kiln_no_such_helper.run(os.getcwd())


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

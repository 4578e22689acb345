"""RPython compatibility package: ``rpython.rlib.*`` re-exports kiln's hint
library, so existing RPython interpreters that are valid Python 3 run on
CPython and translate with kiln unchanged.  Only ``rpython.rlib`` exists."""

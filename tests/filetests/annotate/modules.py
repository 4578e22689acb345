# test: annotate
# functions: geometry output environment timing
# The run-time modules: os.write/read/getenv/path.exists, sys.stdout.write, math, time.
import math
import os
import sys
import time


def geometry(x, y):
    d = math.sqrt(x * x + y * y)
    return d, math.floor(d), math.ceil(d), math.atan2(y, x), math.isnan(d)


def output(text):
    n = os.write(1, text.encode())
    sys.stdout.write(text)
    sys.stdout.flush()
    sys.stderr.write("")
    return n


def environment():
    home = os.getenv("KILN_NO_SUCH_VARIABLE")
    if home is None:
        home = "none"
    return home, os.path.exists("/")


def timing():
    start = time.time()
    t = time.perf_counter()
    return time.time() - start >= 0.0, t


def entry_point(argv):
    print(geometry(3.0, 4.0)[0])
    output("hi\n")
    print(environment(), timing()[0])
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph modules.environment() -> (str, bool) {
#     ; g0 = builtin os.getenv
#     ; g1 = builtin os.path.exists
# block0():
#     v0: str? = simple_call(g0, 'KILN_NO_SUCH_VARIABLE')
#     v1: bool = is_(v0, None)
#     v2: bool = bool_(v1)
#     branch v2 [true: block1('none'), false: block1(v0)]
# block1(v3: str):
#     v4: bool = simple_call(g1, '/')
#     v5: (str, bool) = newtuple(v3, v4)
#     goto return(v5)
# }
# graph modules.geometry(v0: float=3.0, v1: float=4.0) -> (float, int, int, float, bool) {
#     ; g0 = builtin math.sqrt
#     ; g1 = builtin math.floor
#     ; g2 = builtin math.ceil
#     ; g3 = builtin math.atan2
#     ; g4 = builtin math.isnan
# block0(v0: float=3.0, v1: float=4.0):
#     v2: float = mul(v0, v0)
#     v3: float = mul(v1, v1)
#     v4: float = add(v2, v3)
#     v5: float = simple_call(g0, v4)
#     v6: int = simple_call(g1, v5)
#     v7: int = simple_call(g2, v5)
#     v8: float = simple_call(g3, v1, v0)
#     v9: bool = simple_call(g4, v5)
#     v10: (float, int, int, float, bool) = newtuple(v5, v6, v7, v8, v9)
#     goto return(v10)
# }
# graph modules.output(v0: str='hi\n') -> int>=0 {
#     ; g0 = builtin os.write
#     ; g1 = builtin sys.stdout
#     ; g2 = builtin sys.stderr
# block0(v0: str='hi\n'):
#     v1: method(str.encode) = getattr(v0, 'encode')
#     v2: bytes = simple_call(v1)
#     v3: int>=0 = simple_call(g0, 1, v2)
#     v4: builtin(sys.stdout.write) = getattr(g1, 'write')
#     v5: int>=0 = simple_call(v4, v0)
#     v6: builtin(sys.stdout.flush) = getattr(g1, 'flush')
#     v7: None = simple_call(v6)
#     v8: builtin(sys.stderr.write) = getattr(g2, 'write')
#     v9: int>=0 = simple_call(v8, '')
#     goto return(v3)
# }
# graph modules.timing() -> (bool, float) {
#     ; g0 = builtin time.time
#     ; g1 = builtin time.perf_counter
# block0():
#     v0: float = simple_call(g0)
#     v1: float = simple_call(g1)
#     v2: float = simple_call(g0)
#     v3: float = sub(v2, v0)
#     v4: bool = ge(v3, 0.0)
#     v5: (bool, float) = newtuple(v4, v1)
#     goto return(v5)
# }

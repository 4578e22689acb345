# test: annotate
# functions: geometry output environment timing files
# The run-time modules: os.write/read/getenv/environ.get/path.exists, sys.stdout.write, math,
# time, open() files (text and binary, with `with` and iteration).
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
    return home, os.path.exists("/"), os.environ.get("KILN_NO_SUCH_VARIABLE", "unset")


def timing():
    start = time.time()
    t = time.perf_counter()
    return time.time() - start >= 0.0, t


def files(path):
    with open(path, "w") as f:
        f.write("a b\nc\n")
    n = 0
    for line in open(path):
        n += len(line.split())
    b = open(path, "rb")
    data = b.read(2)
    b.close()
    return n, data


def entry_point(argv):
    print(geometry(3.0, 4.0)[0])
    print(files("/tmp/kiln_annotate_modules.txt"))
    output("hi\n")
    print(environment(), timing()[0])
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph modules.environment() -> (str, bool, str) {
#     ; g0 = builtin os.getenv
#     ; g1 = builtin os.path.exists
#     ; g2 = builtin os.environ
# block0():
#     v0: str? = simple_call(g0, 'KILN_NO_SUCH_VARIABLE')
#     v1: bool = is_(v0, None)
#     v2: bool = bool_(v1)
#     branch v2 [true: block1('none'), false: block1(v0)]
# block1(v3: str):
#     v4: bool = simple_call(g1, '/')
#     v5: builtin(os.environ.get) = getattr(g2, 'get')
#     v6: str = simple_call(v5, 'KILN_NO_SUCH_VARIABLE', 'unset')
#     v7: (str, bool, str) = newtuple(v3, v4, v6)
#     goto return(v7)
# }
# graph modules.files(v0: str='/tmp/kiln_annotate_modules.txt') -> (int>=0, bytes) {
# block0(v0: str='/tmp/kiln_annotate_modules.txt'):
#     v1: file(str) = simple_call(open, v0, 'w')
#     v2: method(file.__exit__) = getattr(v1, '__exit__')
#     v3: method(file.__enter__) = getattr(v1, '__enter__')
#     v4: file(str) = simple_call(v3)
#     v5: method(file.write) = getattr(v4, 'write')
#     exits [normal: block1(v0, v2, v5), except BaseException as (v6: type(BaseException), v7: BaseException): block2(v6, v7, v0, v2)]
# block1(v8: str='/tmp/kiln_annotate_modules.txt', v9: method(file.__exit__), v10: method(file.write)):
#     v11: int>=0 = simple_call(v10, 'a b\nc\n')
#     exits [normal: block3(v8, v9), except BaseException as (v12: type(BaseException), v13: BaseException): block2(v12, v13, v8, v9)]
# block2(v14: type(BaseException), v15: BaseException, v16: str='/tmp/kiln_annotate_modules.txt', v17: method(file.__exit__)):
#     v18: None = simple_call(v17, v14, v15, None)
#     v19: bool=False = bool_(v18)
#     branch v19 [true: block4(v16), false: raise(v14, v15)]
# block3(v20: str='/tmp/kiln_annotate_modules.txt', v21: method(file.__exit__)):
#     v22: None = simple_call(v21, None, None, None)
#     goto block4(v20)
# block4(v23: str='/tmp/kiln_annotate_modules.txt'):
#     v24: file(str) = simple_call(open, v23)
#     v25: iter(file(str)) = iter(v24)
#     goto block5(v23, 0, v25)
# block5(v26: str='/tmp/kiln_annotate_modules.txt', v27: int>=0, v28: iter(file(str))):
#     v29: str = next(v28)
#     exits [normal: block7(v26, v27, v28, v29), except StopIteration as (v30: type(StopIteration), v31: StopIteration): block6(v26, v27)]
# block6(v32: str='/tmp/kiln_annotate_modules.txt', v33: int>=0):
#     v34: file(bytes) = simple_call(open, v32, 'rb')
#     v35: method(file.read) = getattr(v34, 'read')
#     v36: bytes = simple_call(v35, 2)
#     v37: method(file.close) = getattr(v34, 'close')
#     v38: None = simple_call(v37)
#     v39: (int>=0, bytes) = newtuple(v33, v36)
#     goto return(v39)
# block7(v40: str='/tmp/kiln_annotate_modules.txt', v41: int>=0, v42: iter(file(str)), v43: str):
#     v44: method(str.split) = getattr(v43, 'split')
#     v45: list(str) = simple_call(v44)
#     v46: int>=0 = simple_call(len, v45)
#     v47: int>=0 = inplace_add(v41, v46)
#     goto block5(v40, v47, v42)
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

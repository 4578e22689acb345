# targets/lua: the table library. Like ltablib.c the functions read and write through
# metamethods (lua_geti/lua_seti) unless the table has no metatable, where they work on the
# array part directly. sort is ltablib.c's quicksort, so that ties come out in PUC's order.
from lobject import W_Nil, W_Int, W_String, W_Number, W_Function, w_nil, w_true, w_false
from ltable import W_Table
from lops import LuaError, arg_error, caller_error, tostr_basic
from lvm import K_NORMAL
from lauxlib import (arg, check_any, check_int, opt_int, opt_str, type_error, register, setfield)
from kiln.rstring import StringBuilder
from kiln.rarithmetic import intmask

RANLIMIT = 100


def check_tab(vm, args, i):
    """A table, or a value whose metatable gives it __index, __newindex and __len."""
    v = arg(args, i)
    if isinstance(v, W_Table):
        return v
    mt = vm.get_metatable(v)
    if mt is not None and not isinstance(mt.get_str("__index"), W_Nil) \
            and not isinstance(mt.get_str("__newindex"), W_Nil) \
            and not isinstance(mt.get_str("__len"), W_Nil):
        return v
    raise type_error(vm, args, i, "table")


def aux_len(vm, t):
    if isinstance(t, W_Table) and t.metatable is None:
        return t.length()
    n = vm.length_host(t)
    if isinstance(n, W_Int):
        return n.ival
    raise caller_error("object length is not an integer")


def geti(vm, t, i):
    if isinstance(t, W_Table) and t.metatable is None:
        return t.get_int(i)
    return vm.index_host(t, W_Int(i))


def seti(vm, t, i, v):
    if isinstance(t, W_Table) and t.metatable is None:
        t.set_int(i, v)
    else:
        vm.setindex_host(t, W_Int(i), v)


def t_insert(vm, args):
    t = check_tab(vm, args, 0)
    e = intmask(aux_len(vm, t) + 1)
    n = len(args)
    if n == 2:
        seti(vm, t, e, args[1])
        return []
    if n != 3:
        raise caller_error("wrong number of arguments to 'insert'")
    pos = check_int(vm, args, 1)
    if pos < 1 or pos > e:
        raise arg_error(2, "position out of bounds")
    if isinstance(t, W_Table) and t.metatable is None and e - 1 == len(t.arr):
        t.arr.insert(pos - 1, args[2])
        return []
    i = e
    while i > pos:
        seti(vm, t, i, geti(vm, t, i - 1))
        i -= 1
    seti(vm, t, pos, args[2])
    return []


def t_remove(vm, args):
    t = check_tab(vm, args, 0)
    size = aux_len(vm, t)
    pos = opt_int(vm, args, 1, size)
    if pos != size and (pos < 1 or pos > size + 1):
        raise arg_error(2, "position out of bounds")
    if isinstance(t, W_Table) and t.metatable is None and size == len(t.arr) and 1 <= pos <= size:
        return [t.arr.pop(pos - 1)]
    v = geti(vm, t, pos)
    while pos < size:
        seti(vm, t, pos, geti(vm, t, pos + 1))
        pos += 1
    seti(vm, t, pos, w_nil)
    return [v]


def t_concat(vm, args):
    t = check_tab(vm, args, 0)
    sep = opt_str(vm, args, 1, "")
    i = opt_int(vm, args, 2, 1)
    if len(args) > 3 and not isinstance(args[3], W_Nil):
        last = check_int(vm, args, 3)
    else:
        last = aux_len(vm, t)
    b = StringBuilder(16)
    k = i
    while k <= last:        # (stops at maxinteger without wrapping around)
        v = geti(vm, t, k)
        if isinstance(v, W_String) or isinstance(v, W_Number):
            b.append(tostr_basic(v))
        else:
            raise caller_error("invalid value (%s) at index %d in table for 'concat'" % (
                vm.objtypename(v), k))
        if k == last:
            break
        b.append(sep)
        k += 1
    return [W_String(b.build())]


def t_pack(vm, args):
    t = W_Table()
    for v in args:
        t.arr.append(v)
    setfield(t, "n", W_Int(len(args)))
    return [t]


def t_unpack(vm, args):
    t = arg(args, 0)
    i = opt_int(vm, args, 1, 1)
    if len(args) > 2 and not isinstance(args[2], W_Nil):
        e = check_int(vm, args, 2)
    else:
        e = aux_len(vm, t)
    if i > e:
        return []
    # PUC Lua's stack holds at most 1,000,000 values (LUAI_MAXSTACK)
    if e - i >= 999000 or e - i < 0:
        raise caller_error("too many results to unpack")
    out = []
    for j in range(e - i + 1):      # (counting: e may be maxinteger)
        out.append(geti(vm, t, i + j))
    return out


def t_move(vm, args):
    a1 = check_tab(vm, args, 0)
    f = check_int(vm, args, 1)
    e = check_int(vm, args, 2)
    t = check_int(vm, args, 3)
    a2 = a1
    if len(args) > 4 and not isinstance(args[4], W_Nil):
        a2 = check_tab(vm, args, 4)
    if e >= f:
        if not (f > 0 or e < 9223372036854775807 + f):
            raise arg_error(3, "too many elements to move")
        if t > 9223372036854775807 - (e - f):
            raise arg_error(4, "destination wrap around")
        if t > e or t <= f or a1 is not a2:
            for k in range(e - f + 1):
                seti(vm, a2, t + k, geti(vm, a1, f + k))
        else:
            k = e - f
            while k >= 0:
                seti(vm, a2, t + k, geti(vm, a1, f + k))
                k -= 1
    return [a2]


class Sorter(object):
    def __init__(self, vm, items, comp):
        self.vm = vm
        self.a = items
        self.comp = comp

    def lt(self, x, y):
        comp = self.comp
        if comp is None:
            return self.vm.less_than_host(x, y)
        results = self.vm.call_function(comp, [x, y])
        return len(results) > 0 and results[0].is_true()

    def auxsort(self, lo, up, rnd):
        a = self.a
        while lo < up:
            if self.lt(a[up], a[lo]):
                self.swap(lo, up)
            if up - lo == 1:
                break
            if up - lo < RANLIMIT or rnd == 0:
                p = (lo + up) // 2
            else:
                r4 = (up - lo) // 4
                p = rnd % (r4 * 2) + (lo + r4)
            if self.lt(a[p], a[lo]):
                self.swap(p, lo)
            elif self.lt(a[up], a[p]):
                self.swap(p, up)
            if up - lo == 2:
                break
            pivot = a[p]
            self.swap(p, up - 1)
            p = self.partition(lo, up, pivot)
            if p - lo < up - p:
                self.auxsort(lo, p - 1, rnd)
                n = p - lo
                lo = p + 1
            else:
                self.auxsort(p + 1, up, rnd)
                n = up - p
                up = p - 1
            if (up - lo) // 128 > n:
                rnd = 0x5bd1e995 + up * 31 + lo

    def partition(self, lo, up, pivot):
        a = self.a
        i = lo
        j = up - 1
        while True:
            i += 1
            while self.lt(a[i], pivot):
                if i == up - 1:
                    raise caller_error("invalid order function for sorting")
                i += 1
            j -= 1
            while self.lt(pivot, a[j]):
                if j < i:
                    raise caller_error("invalid order function for sorting")
                j -= 1
            if j < i:
                self.swap(up - 1, i)
                return i
            self.swap(i, j)

    def swap(self, i, j):
        a = self.a
        tmp = a[i]
        a[i] = a[j]
        a[j] = tmp


def t_sort(vm, args):
    t = check_tab(vm, args, 0)
    n = aux_len(vm, t)
    if n > 1:
        if n >= 2147483647:
            raise arg_error(1, "array too big")
        comp = None
        if len(args) > 1 and not isinstance(args[1], W_Nil):
            c = args[1]
            if not isinstance(c, W_Function):
                raise type_error(vm, args, 1, "function")
            comp = c
        # sort a copy with index 0 unused (the algorithm counts from 1), then store it back
        items = [w_nil]
        for k in range(1, n + 1):
            items.append(geti(vm, t, k))
        s = Sorter(vm, items, comp)
        s.auxsort(1, n, 0)
        for k in range(1, n + 1):
            seti(vm, t, k, items[k])
    return []


def open_table(vm):
    t = W_Table()
    setfield(vm.globals, "table", t)
    setfield(vm.loaded, "table", t)
    register(vm, t, "insert", "table.insert", t_insert, K_NORMAL)
    register(vm, t, "remove", "table.remove", t_remove, K_NORMAL)
    register(vm, t, "concat", "table.concat", t_concat, K_NORMAL)
    register(vm, t, "pack", "table.pack", t_pack, K_NORMAL)
    register(vm, t, "unpack", "table.unpack", t_unpack, K_NORMAL)
    register(vm, t, "move", "table.move", t_move, K_NORMAL)
    register(vm, t, "sort", "table.sort", t_sort, K_NORMAL)

# Interned symbols compared by identity: a symbol table creating one W_Symbol per name, a
# prebuilt set of keyword symbols, and an environment keyed by symbol objects.


class W_Symbol(object):
    def __init__(self, name, index):
        self.name = name
        self.index = index


class SymbolTable(object):
    def __init__(self):
        self.by_name = {}
        self.all = []

    def intern(self, name):
        sym = self.by_name.get(name, None)
        if sym is None:
            sym = W_Symbol(name, len(self.all))
            self.by_name[name] = sym
            self.all.append(sym)
        return sym


SYMBOLS = SymbolTable()
SYM_DEFINE = SYMBOLS.intern("define")
SYM_IF = SYMBOLS.intern("if")
SYM_LAMBDA = SYMBOLS.intern("lambda")


def is_special(sym):
    return sym is SYM_DEFINE or sym is SYM_IF or sym is SYM_LAMBDA


class Env(object):
    def __init__(self):
        self.values = {}

    def define(self, sym, value):
        self.values[sym] = value

    def lookup(self, sym):
        return self.values.get(sym, -1)


def entry_point(argv):
    words = "define x if y lambda x z define".split()
    syms = [SYMBOLS.intern(w) for w in words]
    print(syms[1] is syms[5], syms[0] is syms[7], syms[1] is syms[6])
    print([s.name for s in syms if is_special(s)])
    env = Env()
    for i, s in enumerate(syms):
        if not is_special(s):
            env.define(s, i)
    print(env.lookup(SYMBOLS.intern("x")), env.lookup(SYMBOLS.intern("z")), env.lookup(SYM_IF))
    print(len(SYMBOLS.all), " ".join(["%s#%d" % (s.name, s.index) for s in SYMBOLS.all]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

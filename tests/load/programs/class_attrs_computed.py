"""A permission system whose classes carry attributes computed at load time: bit masks built
by loops in class bodies (working around class-scope comprehension rules), lookup tables
attached after the class statement with setattr in a loop, and subclasses that recompute an
inherited table."""


class Permissions:
    NAMES = ("read", "write", "execute", "delete", "share", "admin")
    # A comprehension in a class body sees only its outermost iterable from the class scope,
    # so tables that need other class attributes are built with explicit loops.
    BIT = {}
    for _i, _n in enumerate(NAMES):
        BIT[_n] = 1 << _i
    del _i, _n
    ALL = (1 << len(NAMES)) - 1
    INDEX = {name: i for i, name in enumerate(NAMES)}
    DEFAULT = BIT["read"] | BIT["share"]
    _immutable_fields_ = ["mask"]

    def __init__(self, mask):
        self.mask = mask

    def has(self, name):
        return self.mask & self.BIT[name] != 0

    def describe(self):
        parts = []
        for name in self.NAMES:
            parts.append(name if self.has(name) else "-")
        return "|".join(parts)


for _name in Permissions.NAMES:
    setattr(Permissions, "CAN_" + _name.upper(), Permissions.BIT[_name])
Permissions.PRESETS = {"viewer": Permissions.DEFAULT,
                       "editor": Permissions.DEFAULT | Permissions.CAN_WRITE,
                       "owner": Permissions.ALL}


class Role:
    LEVEL = 0
    GRANTS = ("read",)

    @classmethod
    def compute_mask(cls):
        mask = 0
        for name in cls.GRANTS:
            mask |= Permissions.BIT[name]
        return mask


class Guest(Role):
    GRANTS = ("read",)


class Member(Role):
    LEVEL = 1
    GRANTS = Guest.GRANTS + ("write", "share")


class Admin(Member):
    LEVEL = 2
    GRANTS = Member.GRANTS + ("execute", "delete", "admin")


ROLES = [Guest, Member, Admin]
for _role in ROLES:
    _role.MASK = _role.compute_mask()
    _role.TITLE = _role.__name__.lower()
LEVEL_NAMES = [r.TITLE for r in sorted(ROLES, key=lambda r: -r.LEVEL)]


def check(role_mask, wanted):
    p = Permissions(role_mask)
    missing = []
    for name in wanted.split(","):
        if name not in Permissions.INDEX:
            missing.append("?" + name)
        elif not p.has(name):
            missing.append(name)
    return missing


def entry_point(argv):
    wanted = argv[1] if len(argv) > 1 else "read,write,delete"
    for role in [Guest(), Member(), Admin()]:
        p = Permissions(role.MASK)
        missing = check(role.MASK, wanted)
        print("%-6s L%d %s missing=[%s]" % (role.TITLE, role.LEVEL, p.describe(),
                                             ",".join(missing)))
    print("editor: " + Permissions(Permissions.PRESETS["editor"]).describe())
    print("order: " + " > ".join(LEVEL_NAMES))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

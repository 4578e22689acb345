# Classes: class attributes as defaults, instance attributes shadowing them, per-subclass constants.


class Unit:
    hp = 10
    attack = 2
    kind = "unit"
    armored = False

    def __init__(self, name):
        self.name = name

    def show(self):
        return "%s(%s) hp=%d atk=%d armored=%s" % (self.name, self.kind, self.hp, self.attack, self.armored)

    def hit(self, other):
        dmg = self.attack
        if other.armored:
            dmg = dmg // 2
        other.hp -= dmg
        return dmg


class Knight(Unit):
    hp = 30
    attack = 6
    kind = "knight"
    armored = True


class Archer(Unit):
    attack = 5
    kind = "archer"

    def __init__(self, name, arrows):
        Unit.__init__(self, name)
        self.arrows = arrows

    def hit(self, other):
        if self.arrows == 0:
            return 0
        self.arrows -= 1
        return Unit.hit(self, other)


def entry_point(argv):
    a = Unit("peasant")
    k = Knight("lancelot")
    r = Archer("robin", 3)
    units = [a, k, r]
    for u in units:
        print(u.show())
    print("class defaults:", Unit.hp, Knight.hp, Archer.hp, Archer.attack)
    rounds = 0
    while k.hp > 0 and rounds < 10:
        d1 = r.hit(k)
        d2 = a.hit(k)
        d3 = k.hit(a)
        print("round", rounds, "dmg", d1, d2, d3, "knight hp", k.hp, "peasant hp", a.hp)
        rounds += 1
    for u in units:
        print(u.show())
    print("defaults untouched:", Unit.hp, Knight.hp)
    fresh = Knight("galahad")
    print(fresh.show())
    fresh.kind = "paladin"
    print(fresh.show(), Knight.kind)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

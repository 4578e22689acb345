# Classes: type(x) is C versus isinstance, narrowing on branches, class objects compared with 'is'.


class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        return "..."


class Dog(Animal):
    def sound(self):
        return "woof"


class Puppy(Dog):
    def sound(self):
        return "yip"


class Cat(Animal):
    def __init__(self, name, lives):
        Animal.__init__(self, name)
        self.lives = lives

    def sound(self):
        return "meow"


def exact_kind(a):
    if type(a) is Puppy:
        return "exactly Puppy"
    if type(a) is Dog:
        return "exactly Dog"
    if type(a) is Cat:
        return "exactly Cat"
    if type(a) is Animal:
        return "exactly Animal"
    return "unknown"


def cat_lives(a):
    if isinstance(a, Cat):
        return a.lives
    return -1


def entry_point(argv):
    zoo = [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", 9), Cat("kit", 3)]
    for a in zoo:
        line = a.name + ": " + a.sound() + " / " + exact_kind(a)
        line += " dog=%s" % isinstance(a, Dog)
        line += " typedog=%s" % (type(a) is Dog)
        line += " notcat=%s" % (type(a) is not Cat)
        print(line)
        print("  lives:", cat_lives(a))
    dogs = 0
    exact_dogs = 0
    for a in zoo:
        if isinstance(a, Dog):
            dogs += 1
        if type(a) is Dog:
            exact_dogs += 1
    print("dogs", dogs, "exact", exact_dogs)
    same = 0
    for i in range(len(zoo)):
        for j in range(len(zoo)):
            if type(zoo[i]) is type(zoo[j]):
                same += 1
    print("pairs of same type:", same)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

# Classes: getattr/setattr/hasattr with constant names, bound methods fetched with getattr.


class Settings:
    color = "red"

    def __init__(self):
        self.width = 80
        self.height = 24
        self.title = "untitled"

    def area(self):
        return self.width * self.height


class Extended(Settings):
    def __init__(self):
        Settings.__init__(self)
        self.depth = 3


def entry_point(argv):
    s = Settings()
    print(getattr(s, "width"), getattr(s, "title"), getattr(s, "color"))
    setattr(s, "width", 100)
    setattr(s, "title", "main")
    print(s.width, s.title, s.area())
    print(hasattr(s, "width"), hasattr(s, "area"))
    e = Extended()
    setattr(e, "depth", getattr(e, "depth") * 2)
    print(e.depth, e.area(), getattr(e, "color"))
    setattr(e, "color", "blue")
    print(e.color, s.color, Settings.color)
    f = getattr(s, "area")
    print("bound via getattr:", f())
    total = 0
    for obj in [s, e]:
        total += getattr(obj, "height")
        setattr(obj, "height", getattr(obj, "height") + 1)
    print(total, s.height, e.height)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

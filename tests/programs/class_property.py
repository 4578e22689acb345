# Classes: read-only properties computed from instance attributes, across a subclass.


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9.0 / 5.0 + 32.0

    @property
    def kelvin(self):
        return self.celsius + 273.15

    def warm(self, delta):
        self.celsius += delta


class Reading(Temperature):
    def __init__(self, celsius, place):
        Temperature.__init__(self, celsius)
        self.place = place

    @property
    def label(self):
        return "%s: %.1fC / %.1fF" % (self.place, self.celsius, self.fahrenheit)


def entry_point(argv):
    t = Temperature(20.0)
    print(t.celsius, t.fahrenheit, t.kelvin)
    t.warm(5.5)
    print(t.celsius, t.fahrenheit, t.kelvin)
    rs = [Reading(-40.0, "pole"), Reading(0.0, "ice"), Reading(37.0, "body"), Reading(100.0, "kettle")]
    for r in rs:
        print(r.label)
    hottest = rs[0]
    for r in rs:
        if r.fahrenheit > hottest.fahrenheit:
            hottest = r
    print("hottest:", hottest.place)
    for r in rs:
        r.warm(1.0)
    print([r.fahrenheit for r in rs])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

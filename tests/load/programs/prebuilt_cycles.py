"""Route planning over a prebuilt graph: City instances made at load time reference each
other through Road instances (many cycles), cities are also threaded into a doubly linked
ring, and a root object is its own parent. Run-time code walks the prebuilt structure."""


class City:
    def __init__(self, name, index):
        self.name = name
        self.index = index
        self.roads = []
        self.next = None
        self.prev = None


class Road:
    def __init__(self, src, dst, km):
        self.src = src
        self.dst = dst
        self.km = km


class Atlas:
    def __init__(self, title):
        self.title = title
        self.parent = self          # a one-object cycle
        self.cities = []
        self.by_name = {}
        self.first = None


_ROUTES = [("Amsterdam", "Brussels", 210), ("Brussels", "Paris", 310),
           ("Paris", "Lyon", 465), ("Lyon", "Geneva", 150), ("Geneva", "Zurich", 280),
           ("Zurich", "Munich", 315), ("Munich", "Berlin", 585), ("Berlin", "Amsterdam", 655),
           ("Brussels", "Cologne", 210), ("Cologne", "Berlin", 575), ("Cologne", "Munich", 575),
           ("Paris", "Geneva", 540)]

ATLAS = Atlas("western europe")
for _a, _b, _km in _ROUTES:
    for _name in (_a, _b):
        if _name not in ATLAS.by_name:
            _city = City(_name, len(ATLAS.cities))
            ATLAS.cities.append(_city)
            ATLAS.by_name[_name] = _city
    _src, _dst = ATLAS.by_name[_a], ATLAS.by_name[_b]
    _src.roads.append(Road(_src, _dst, _km))
    _dst.roads.append(Road(_dst, _src, _km))

for _i, _city in enumerate(ATLAS.cities):
    _city.next = ATLAS.cities[(_i + 1) % len(ATLAS.cities)]
    _city.prev = ATLAS.cities[_i - 1]
ATLAS.first = ATLAS.cities[0]
HOME = ATLAS.by_name["Amsterdam"]
INFINITY = 1 << 40


def shortest(atlas, start, goal):
    n = len(atlas.cities)
    dist = [INFINITY] * n
    done = [False] * n
    via = [-1] * n
    dist[start.index] = 0
    while True:
        best = -1
        for i in range(n):
            if not done[i] and (best < 0 or dist[i] < dist[best]):
                best = i
        if best < 0 or dist[best] == INFINITY:
            break
        done[best] = True
        for road in atlas.cities[best].roads:
            d = dist[best] + road.km
            if d < dist[road.dst.index]:
                dist[road.dst.index] = d
                via[road.dst.index] = best
    path = []
    i = goal.index
    while i >= 0:
        path.append(atlas.cities[i].name)
        i = via[i]
    path.reverse()
    return dist[goal.index], path


def entry_point(argv):
    goal = argv[1] if len(argv) > 1 else "Zurich"
    if goal not in ATLAS.by_name:
        print("unknown city " + goal)
        return 2
    km, path = shortest(ATLAS.parent, HOME, ATLAS.by_name[goal])
    print("%s: %d km via %s" % (ATLAS.title, km, " -> ".join(path)))
    names = []
    city = HOME.prev
    while True:
        names.append(city.name)
        city = city.prev
        if city is HOME.prev:
            break
    print("ring backwards: " + ", ".join(names))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

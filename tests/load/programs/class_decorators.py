"""Money and date value types completed by class decorators at load time: @total_order adds
comparison methods made by closures from a single key function, @with_describe(fields) (a
decorator with arguments) adds a method generated per class, @register_unit records classes,
and @as_singleton replaces a class by its only instance (so the global holds an instance)."""

from kiln.unroll import unrolling_iterable

UNITS = []


def total_order(key_name):
    def decorate(cls):
        def make(op):
            def compare(self, other):
                return op(getattr(self, key_name)(), getattr(other, key_name)())
            compare.__name__ = compare.__qualname__ = "%s.%s" % (cls.__name__, op.__name__)
            return compare

        def lt(a, b):
            return a < b

        def le(a, b):
            return a <= b

        def eq(a, b):
            return a == b
        cls.lt = make(lt)
        cls.le = make(le)
        cls.same = make(eq)
        return cls
    return decorate


def with_describe(*fields):
    unrolled_fields = unrolling_iterable(fields)    # getattr() below gets constant names

    def decorate(cls):
        def describe(self):
            parts = []
            for name in unrolled_fields:
                parts.append("%s=%s" % (name, getattr(self, name)))
            return cls.__name__ + "(" + ", ".join(parts) + ")"
        cls.describe = describe
        cls.FIELDS = fields
        return cls
    return decorate


def register_unit(cls):
    UNITS.append(cls.__name__)
    return cls


def as_singleton(cls):
    return cls()


@register_unit
@with_describe("currency", "cents")
@total_order("key")
class Money:
    def __init__(self, currency, cents):
        self.currency = currency
        self.cents = cents

    def key(self):
        return self.cents


@register_unit
@with_describe("year", "month", "day")
@total_order("key")
class Date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    def key(self):
        return (self.year * 12 + self.month) * 31 + self.day


@as_singleton
class calendar:
    MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def is_leap(self, year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def days_in(self, year, month):
        if month == 2 and self.is_leap(year):
            return 29
        return self.MONTH_DAYS[month - 1]


PRICES = [Money("EUR", 1999), Money("EUR", 250), Money("EUR", 1999), Money("EUR", 7)]
DATES = [Date(2024, 2, 29), Date(1999, 12, 31), Date(2024, 1, 15)]


def cheapest(items):
    best = items[0]
    for m in items:
        if m.lt(best):
            best = m
    return best


def entry_point(argv):
    print("cheapest: " + cheapest(PRICES).describe())
    print("equal first and third: %s" % PRICES[0].same(PRICES[2]))
    earliest = DATES[0]
    for d in DATES:
        if d.le(earliest):
            earliest = d
    print("earliest: " + earliest.describe())
    for year in [1900, 2000, 2024]:
        print("%d: february has %d days" % (year, calendar.days_in(year, 2)))
    print("units: " + ", ".join(UNITS))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

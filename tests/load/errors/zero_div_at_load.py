# expect: 1 ZeroDivisionError: division by zero
# expect-also: zero_div_at_load.py", line 13, in average
# expect-also: zero_div_at_load.py", line 18, in <module>
# expect-absent: _export.py
# expect-absent: <frozen importlib
"""A table of averages computed at load time; one sample list is empty, so the helper called
at module level divides by zero while the program is being imported."""

SAMPLES = {"north": [3, 5, 7], "south": [10, 20], "east": []}


def average(values):
    return sum(values) / len(values)


AVERAGES = {}
for _region, _values in SAMPLES.items():
    AVERAGES[_region] = average(_values)


def entry_point(argv):
    for region, avg in AVERAGES.items():
        print("%s: %.1f" % (region, avg))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

"""A route summary that uses helper modules from the program's directory: a module
(_helper_geometry) and a package (lib_units) imported in every style -- plain import, import
as, from-import of names, from-import of a submodule, star import honouring __all__ -- so that
module objects (left out of the dump) and objects defined elsewhere appear as globals."""

import _helper_geometry
import _helper_geometry as geo
import lib_units.imperial
from _helper_geometry import ORIGIN, Point, distance2
from _helper_geometry import *
from lib_units import *
from lib_units import metric
from lib_units.metric import KM, Distance, to_meters

WAYPOINTS = [Point(3, 4), Point(6, 8), Point(6, 0), ORIGIN]
miles = lib_units.imperial.miles
CORNER_COUNT = len(geo.CORNERS)
helper_name = _helper_geometry.__name__


def total_distance2(points):
    total = 0
    here = ORIGIN
    for p in points:
        total += distance2(here, p)
        here = p
    return total


def entry_point(argv):
    print("squared legs: %d" % total_distance2(WAYPOINTS))
    print("shifted origin: %d" % distance2(ORIGIN.shifted(5, 12), ORIGIN))
    print("3 km = %d m, %s" % (to_meters(3), Distance(KM * 2).describe()))
    print("2 miles = %s" % miles(2).describe())
    print("12 ft in mm: %d, 5 km in m: %d" % (convert(12, "ft", "mm"), convert(5, "km", "m")))
    print("%d corners, %d units, helper %s" % (CORNER_COUNT, len(UNITS), helper_name))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

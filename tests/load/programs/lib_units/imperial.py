"""Helper module of the lib_units package; imports a sibling relatively."""

from .metric import Distance

MILE_IN_METERS = 1609


def miles(n):
    return Distance(n * MILE_IN_METERS)

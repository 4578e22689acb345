"""Helper module of the lib_units package."""

KM = 1000


def to_meters(km):
    return km * KM


class Distance:
    def __init__(self, meters):
        self.meters = meters

    def describe(self):
        return "%d m" % self.meters

"""Numeric constants for a small physics/statistics toolkit, chosen for their float reprs:
0.1, 1e16, 1e-05, -0.0, 5e-324, the largest float, and inf/nan computed at load time
(overflow, inf - inf, float('nan'), a negated nan), plus a sine table computed with math."""

import math
import sys

TENTH = 0.1
POINT3 = 0.1 + 0.2
THIRD = 1 / 3
BIG = 1e16
BIGGER = 1e17 + 1.0
JUST_BELOW_1E16 = 9999999999999998.0
HUGE_INT_VALUED = 1e22
SMALL = 1e-5
TINY = 1e-4
NEG_SMALL = -1.5e-7
NEG_ZERO = -0.0
DENORMAL = 5e-324
MAX_FLOAT = sys.float_info.max
EPSILON = sys.float_info.epsilon
INT_VALUED = 3.0
ROUNDED = round(2.675, 2)
INF = 1e308 * 10
NEG_INF = -INF
NAN = INF - INF            # on x86 this NaN has its sign bit set; repr() still says 'nan'
ALSO_NAN = float("nan")
NEG_NAN = -ALSO_NAN
PI = math.pi
SQRT2 = math.sqrt(2.0)
BOUNDS = (NEG_INF, NEG_ZERO, 0.0, INF)
SPECIALS = [NAN, INF, -INF, -0.0]
SIN_TABLE = [math.sin(_k * math.pi / 8) for _k in range(17)]
SCALES = {"nano": 1e-9, "micro": 1e-6, "milli": 1e-3, "kilo": 1e3, "mega": 1e6, "giga": 1e9,
          "peta": 1e15, "exa": 1e18}
HALF_STEPS = [_i / 2 for _i in range(-3, 4)]
G = 9.80665


def is_nan(x):
    return x != x


def fall_time(height):
    return math.sqrt(2.0 * height / G)


def interpolate_sin(x):
    # linear interpolation in the table over [0, 2*pi)
    position = x / (math.pi / 8)
    k = int(position)
    if k < 0 or k >= 16:
        return NAN
    frac = position - k
    return SIN_TABLE[k] * (1.0 - frac) + SIN_TABLE[k + 1] * frac


def stats(values):
    lo = INF
    hi = NEG_INF
    total = 0.0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total / len(values)


def entry_point(argv):
    lo, hi, mean = stats([TENTH, POINT3, THIRD, SMALL, NEG_SMALL, INT_VALUED])
    print("min %s max %s mean %.6f" % (str(lo), str(hi), mean))
    print("0.1 + 0.2 == 0.3: %s" % (POINT3 == 0.3))
    print("fall 100m: %.4f s" % fall_time(100.0))
    print("sin(1.0) ~ %.5f (math %.5f)" % (interpolate_sin(1.0), math.sin(1.0)))
    print("nan detected: %s %s" % (is_nan(NAN), is_nan(interpolate_sin(-1.0))))
    print("inf > max: %s, -0.0 == 0.0: %s" % (INF > MAX_FLOAT, NEG_ZERO == 0.0))
    print("1e16 + 1 == 1e16: %s" % (BIG + 1.0 == BIG))
    print("denormal / 2 == 0: %s" % (DENORMAL / 2.0 == 0.0))
    print("giga * nano = %s" % str(SCALES["giga"] * SCALES["nano"]))
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))

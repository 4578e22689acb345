# date arithmetic with ints: leap years, day of week (Zeller), days between dates, printing a month calendar.
# args: 2024 2


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def weekday(y, m, d):
    # 0 = Monday.
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days


def print_month(y, m):
    print("%s %d" % (MONTHS[m - 1], y))
    print(" ".join(DAYS))
    first = weekday(y, m, 1)
    cells = ["  "] * first
    for d in range(1, days_in_month(y, m) + 1):
        cells.append("%2d" % d)
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))


def entry_point(argv):
    y = int(argv[1])
    m = int(argv[2])
    print_month(y, m)
    for yy in [1900, 2000, 2023, 2024, 2100, 2400]:
        print(yy, is_leap(yy), days_in_month(yy, 2))
    for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1969, 7, 20), (2038, 1, 19)]:
        yy, mm, dd = date
        print("%04d-%02d-%02d" % date, DAYS[weekday(yy, mm, dd)], ordinal(yy, mm, dd))
    print("days from 1970-01-01 to 2038-01-19:", ordinal(2038, 1, 19) - ordinal(1970, 1, 1))
    fridays = 0
    for yy in range(1901, 2001):
        for mm in range(1, 13):
            if weekday(yy, mm, 13) == 4:
                fridays += 1
    print("friday the 13ths in the 20th century:", fridays)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

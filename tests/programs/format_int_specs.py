# integer format specs through f-strings, str.format and %: bases, alternate forms, signs, fill/align, grouping, zero padding.


def entry_point(argv):
    values = [0, 1, -1, 42, -42, 255, 65535, 1234567, -9876543210, 9223372036854775807]
    for v in values:
        print(f"{v:d}|{v:8d}|{v:<8d}|{v:^9d}|{v:+d}|{v: d}|{v:08d}|{v:,}|{v:_}|{v:=+10}")
    for v in values:
        print(f"{v:x}|{v:X}|{v:#x}|{v:o}|{v:#o}|{v:b}|{v:#b}|{v:_x}|{v:#010x}")
    for v in values[:6]:
        print("{:>6}|{:<6}|{:^6}|{:*>6}|{:.<6}|{:0>6}".format(v, v, v, v, v, v))
    for v in values:
        print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (v, v, v, v, v, v, v, v, v, v, v))
    for v in [0, 1, 65, 0x263a, 0x1f600]:
        print(f"{v:c}|{v:5c}|" + "%c" % v)
    print(f"{1000000:,d} {1000000:_d} {-1000:,} {12:,}")
    print(f"{True:d} {False:5} {True:>5}")
    for w in [1, 4, 10]:
        print(f"[{7:{w}}] [{7:0{w}}] [{'s':{w}}]")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

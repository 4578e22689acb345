# expect: 1 'entry_point' must be a function
"""A program whose entry_point is bound to something that is not a function (the name of the
function, by mistake)."""


def main(argv):
    print("hello")
    return 0


entry_point = "main"

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))

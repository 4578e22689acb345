# A run-time closure variable that gets an int and then a str.


def make_state():
    state = 0

    def advance(token):
        nonlocal state
        if token == "reset":
            state = "idle"  # error: the closure variable 'state' would have to be both 'int' and 'str'
        else:
            state = state + 1
        return token
    return advance


def entry_point(argv):
    f = make_state()
    f("x")
    f("reset")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

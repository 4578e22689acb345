# Exceptions: messages of exceptions: str(e) with one argument, no argument, Exception.__init__ in subclasses, __str__ overrides.


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        Exception.__init__(self, "need %d, have %d" % (needed, available))
        self.needed = needed
        self.available = available


class CodedError(Exception):
    def __init__(self, code, text):
        self.code = code
        self.text = text

    def __str__(self):
        return "E%03d: %s" % (self.code, self.text)


class Plain(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount


def entry_point(argv):
    balance = 100
    for amount in [30, 50, 40, 20]:
        try:
            balance = withdraw(balance, amount)
            print("withdrew", amount, "balance", balance)
        except InsufficientFunds as e:
            print("refused:", e)
            print("  short by", e.needed - e.available)
            print("  str:", str(e), "| %s |" % e, f"<{e}>")
    for code in [1, 42, 404]:
        try:
            raise CodedError(code, "thing %d broke" % code)
        except CodedError as e:
            print(e)
            print("code", e.code, "text", e.text, "len", len(str(e)))
    try:
        raise Plain()
    except Plain as e:
        print("empty message: [%s]" % e)
    try:
        raise Plain("with text")
    except Plain as e:
        print("message: [%s]" % e)
    try:
        raise Plain
    except Plain as e:
        print("class raised: [%s]" % str(e))
    try:
        raise ValueError("number %d too big" % 17)
    except ValueError as e:
        print("ValueError:", e)
    try:
        raise KeyError("some key")
    except KeyError as e:
        print("KeyError str:", str(e))
    try:
        raise RuntimeError("runtime")
    except RuntimeError as e:
        msg = str(e)
        print(msg.upper(), len(msg))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

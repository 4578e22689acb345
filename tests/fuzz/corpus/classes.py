class K(B, metaclass=M):
    @d
    def f(self, a, /, b=2, *c, d, **e):
        try:
            x[1:2, ::3] = y if z else (w := 1)
        except* E as e:
            raise
        finally:
            del a, b

# Message sending in a tiny Smalltalk-like object model: classes are run-time objects with a
# method dictionary and a nullable superclass, methods are Python functions stored in those
# dicts, and lookup walks the superclass chain.


class W_Object(object):
    def __init__(self, w_class):
        self.w_class = w_class
        self.fields = {}


class W_Class(object):
    def __init__(self, name, w_super):
        self.name = name
        self.w_super = w_super
        self.methods = {}

    def lookup(self, selector):
        w_cls = self
        while w_cls is not None:
            m = w_cls.methods.get(selector, None)
            if m is not None:
                return m
            w_cls = w_cls.w_super
        return None


class DoesNotUnderstand(Exception):
    def __init__(self, w_class, selector):
        self.w_class = w_class
        self.selector = selector


def send(w_rcvr, selector, arg):
    method = w_rcvr.w_class.lookup(selector)
    if method is None:
        raise DoesNotUnderstand(w_rcvr.w_class, selector)
    return method(w_rcvr, arg)


def m_init(w_self, arg):
    w_self.fields["value"] = arg
    return arg


def m_value(w_self, arg):
    return w_self.fields.get("value", 0)


def m_describe(w_self, arg):
    return len(w_self.w_class.name) * 100 + send(w_self, "value", 0)


def m_counter_value(w_self, arg):
    v = w_self.fields.get("value", 0) + arg
    w_self.fields["value"] = v
    return v


def bootstrap():
    w_object = W_Class("Object", None)
    w_object.methods["init:"] = m_init
    w_object.methods["value"] = m_value
    w_object.methods["describe"] = m_describe
    w_counter = W_Class("Counter", w_object)
    w_counter.methods["increment:"] = m_counter_value
    return w_object, w_counter


def entry_point(argv):
    w_object, w_counter = bootstrap()
    a = W_Object(w_object)
    send(a, "init:", 7)
    c = W_Object(w_counter)
    send(c, "init:", 1)
    send(c, "increment:", 5)
    print(send(a, "describe", 0), send(c, "describe", 0), send(c, "value", 0))
    try:
        send(a, "increment:", 1)
    except DoesNotUnderstand as e:
        print("%s does not understand #%s" % (e.w_class.name, e.selector))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

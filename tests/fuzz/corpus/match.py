match x:
    case [1, *r] | {"k": v, **kw} if v: pass
    case P(x=0) as p: pass

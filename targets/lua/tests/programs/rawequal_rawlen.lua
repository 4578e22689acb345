local mt = {__eq = function() return true end, __len = function() return 99 end, __index = function() return "meta" end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a), #a, rawlen(a), rawlen("abc"), a.x, rawget(a, "x"))
rawset(a, "x", 1)
print(a.x, rawequal(1, 1.0), rawequal("a", "a"), rawequal({}, {}))
print(pcall(rawset, a, nil, 1))
print(pcall(rawlen, 5))

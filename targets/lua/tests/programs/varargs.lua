local function f(...)
  local a, b = ...
  print(select('#', ...), a, b, ...)
  return ...
end
f()
f(1)
f(1, nil, 3)
print(f(4, 5, 6))
print((f(7, 8)))
local function g(...) return select(2, ...) end
print(g("a", "b", "c"))
print(select(-1, 1, 2, 3), select(-2, 1, 2, 3))
local t = table.pack(1, nil, 3)
print(t.n, t[1], t[2], t[3])
print(table.unpack({1, 2, 3}))
print(table.unpack({1, 2, 3}, 2))
print(table.unpack({1, 2, 3}, 2, 5))
local function h(a, ...) local t = {...}; return #t, a end
print(h(1, 2, 3, 4))
local function count(...) return select('#', ...) end
print(count(nil, nil), count(), count(f()))

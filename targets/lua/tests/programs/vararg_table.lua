local function pack2(...) return {n = select('#', ...), ...} end
local t = pack2(1, nil, 3, nil)
print(t.n, t[1], t[2], t[3], t[4])
local function sum(...)
  local s = 0
  for i = 1, select('#', ...) do s = s + (select(i, ...) or 0) end
  return s
end
print(sum(1, 2, 3, nil, 5))
local function first(...) return (...) end
print(first(9, 8, 7))
local function tail(_, ...) return ... end
print(tail(1, 2, 3))
local function many() return 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 end
print(select('#', many()), #{many()}, #{many(), many()})
local big = {}
for i = 1, 300 do big[i] = i end
print(select('#', table.unpack(big)), (select(300, table.unpack(big))))
local function rec(n, ...) if n == 0 then return select('#', ...) end return rec(n - 1, n, ...) end
print(rec(100))

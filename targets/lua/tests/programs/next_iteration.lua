local t = {a = 1, b = 2, c = 3, 10, 20}
local items = {}
local k, v = next(t)
while k do
  items[#items + 1] = tostring(k) .. "=" .. tostring(v)
  k, v = next(t, k)
end
table.sort(items)
print(table.concat(items, " "))
for key in pairs(t) do t[key] = nil end
print(next(t))
local big = {}
for i = 1, 20 do big["k" .. i] = i end
local sum = 0
for key, val in pairs(big) do sum = sum + val; big[key] = nil end
print(sum, next(big))
print(pcall(next, {}, "missing"))
print(next({}, nil), type(next))
local arr = {1, 2, 3}
local cnt = 0
for i, val in pairs(arr) do cnt = cnt + i * val end
print(cnt)

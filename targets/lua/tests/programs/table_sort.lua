local t = {5, 3, 8, 1, 9, 2, 7}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local s = {"pear", "apple", "fig", "banana"}
table.sort(s)
print(table.concat(s, " "))
table.sort(s, function(a, b) return #a < #b end)
print(s[1], s[4])
local recs = {}
for i = 1, 20 do recs[i] = {k = i % 4, id = i} end
table.sort(recs, function(a, b) return a.k < b.k end)
local out = {}
for i, r in ipairs(recs) do out[i] = r.k .. ":" .. r.id end
print(table.concat(out, " "))
local big = {}
math.randomseed(1)
for i = 1, 500 do big[i] = math.random(1000) end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, #big)
print(pcall(table.sort, {1, "x", 2}))
local one = {1}; table.sort(one); print(one[1])
local mixed = {3.5, 1, 2.25, -1}
table.sort(mixed)
print(table.concat(mixed, " "))

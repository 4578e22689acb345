local function three() return 1, 2, 3 end
local t = {three(), three(), x = "x", [10] = 10, three()}
print(#t, t[1], t[2], t[3], t[4], t[5], t.x, t[10])
local u = {[1] = "a", "b"}
print(u[1], #u)
local v = {n = 1, [2] = 2, 1}
print(v[1], v[2], #v, v.n)
local w = {"a", nil, "c", nil}
print(w[1], w[2], w[3], w[4])
local big = {}
for i = 1, 200 do big[#big + 1] = i end
local copy = {table.unpack(big)}
print(#copy, copy[200])
local nest = {{1, {2, {3, {4}}}}}
print(nest[1][2][2][2][1])
print(#{n = 3}, #{1, 2, 3, nil, 5} >= 3)

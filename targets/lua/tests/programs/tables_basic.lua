local t = {1, 2, 3, x = "a", ["y z"] = "b", [10] = "ten"}
print(#t, t.x, t["y z"], t[10], t[4])
t[4] = 4
print(#t)
t.x = nil
print(t.x)
local nested = {a = {b = {c = "deep"}}}
print(nested.a.b.c)
local e = {}
print(#e, next(e))
local m = {[1] = "a", [2] = "b", [3] = "c"}
print(#m, m[1] .. m[2] .. m[3])
local t2 = {n = 0}
for i = 1, 100 do t2[i] = i end
print(#t2, t2[50], t2.n)
local t3 = {"x", "y"; "z"}
print(#t3, t3[3])
local t4 = {[1.0] = "one", [2] = "two"}
print(t4[1], t4[2.0])
print(({...} or {})[1])
local s = {}
s[1], s[2], s[3] = "p", "q", "r"
print(table.concat(s))

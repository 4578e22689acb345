local t = {}
for i = 1, 10 do t[#t + 1] = i end
print(#t)
t[#t] = nil
print(#t)
t[#t + 1] = "x"
print(#t, t[10])
local u = {1, 2, 3}
u[5] = 5
print(#u == 3 or #u == 5)
local v = {}
v[1] = 1; v[2] = 2; v[3] = 3
print(#v)
v[3] = nil; v[2] = nil
print(#v)
local w = {n = 1}
print(#w)
print(#"hello", #{1, 2, nil}, #{nil})
local q = {}
for i = 1, 5 do table.insert(q, i) end
while #q > 0 do io.write(table.remove(q, 1), " ") end
print(#q)

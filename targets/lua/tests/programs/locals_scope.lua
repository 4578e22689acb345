local x = 1
do local x = 2; print(x) end
print(x)
local function f() return x end
x = 10
print(f())
local a, b, c = 1, 2
print(a, b, c)
local d, e = (function() return 1, 2, 3 end)()
print(d, e)
for i = 1, 2 do local x = x + i; print(x) end
print(x)
local y = y
print(y)
local z <const> = 42
print(z * 2)

local function f(v) io.write("f(", tostring(v), ") ") return v end
print(f(nil) and f(1))
print(f(false) or f(2))
print(f(1) and f(false) or f(3))
print(f(1) or f(4))
print(nil or false, false or nil, false and nil, 0 and "zero is true", "" and "empty is true")
local t = nil
print(t and t.x or "default")
local x = 5
local y = x > 3 and "big" or "small"
print(y)
if not (nil or false) then print("both falsy") end
local a = 1 and 2 and 3
local b = nil or false or 7
print(a, b)
while f(false) and f(true) do end print()
print(1 == 1 and 2 == 2, 1 == 2 or 3 == 3)

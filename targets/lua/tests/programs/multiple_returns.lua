local function two() return 1, 2 end
local function none() end
print(two())
print(two(), 10)
print(10, two())
print((two()))
local t = {two(), two()}
print(#t, t[1], t[2], t[3])
t = {two(), (two())}
print(#t)
print(none())
print(none(), 1)
local a, b, c = two()
print(a, b, c)
print(math.max(two()))
print(string.format("%d %d", two()))
local function pass(...) return ... end
print(pass(two()))
print(#{none()}, #{none(), none()})

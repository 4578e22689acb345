math.randomseed(42)
local t = {}
for i = 1, 5 do t[#t + 1] = math.random(100) end
print(table.concat(t, " "))
print(math.random(5, 10), math.random(-3, 3), math.random(0))
local f = math.random()
print(f >= 0 and f < 1)
math.randomseed(123, 456)
print(math.random(1000000), math.random(1, 6), math.random(math.mininteger, math.maxinteger))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
math.randomseed(7)
local counts = {0, 0, 0}
for i = 1, 300 do local r = math.random(3); counts[r] = counts[r] + 1 end
print(counts[1], counts[2], counts[3])
print(string.format("%.6f", math.random()))

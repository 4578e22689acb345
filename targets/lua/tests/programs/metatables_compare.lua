local P = {}
P.__eq = function(a, b) return a.k == b.k end
P.__lt = function(a, b) return a.k < b.k end
P.__le = function(a, b) return a.k <= b.k end
local function p(k) return setmetatable({k = k}, P) end
local a, b, c = p(1), p(2), p(1)
print(a == c, a ~= c, a == b, a < b, b < a, a <= c, b >= a, a > b)
print(a == 1, rawequal(a, c))
local other = setmetatable({k = 1}, {__eq = function() return true end})
print(a == other, other == a)
print(pcall(function() return {} < {} end))
print(pcall(function() return a < 1 end))
local s = setmetatable({}, {__lt = function() return 1 end})
print(s < s, not (s < s))
local t = {p(3), p(1), p(2)}
table.sort(t)
print(t[1].k, t[2].k, t[3].k)

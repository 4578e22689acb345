local function inf(n) return 1 + inf(n + 1) end
local ok, msg = pcall(inf, 1)
print(ok, string.find(msg, "stack overflow") ~= nil)
local depth = 0
local function nest() depth = depth + 1; return pcall(nest) end
print((pcall(nest)))
print(depth > 100)
local co = coroutine.wrap(function() local function r() return 1 + r() end return pcall(r) end)
print(co())

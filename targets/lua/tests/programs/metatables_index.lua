local base = {greet = function() return "hello" end, x = 1}
local obj = setmetatable({}, {__index = base})
print(obj.greet(), obj.x, obj.y, rawget(obj, "x"))
local calls = 0
local lazy = setmetatable({}, {__index = function(t, k) calls = calls + 1; local v = k .. k; rawset(t, k, v); return v end})
print(lazy.ab, lazy.ab, calls)
local a = setmetatable({}, {__index = setmetatable({}, {__index = setmetatable({}, {__index = {deep = "found"}})})})
print(a.deep)
local defaults = setmetatable({}, {__index = function() return 0 end})
defaults.x = defaults.x + 5
print(defaults.x, defaults.y)
local s = "text"
print(s:len(), ("%d"):format(5), #s)
local mt = {}
mt.__index = mt
function mt.get(self) return self.v end
local o = setmetatable({v = 7}, mt)
print(o:get(), getmetatable(o) == mt)

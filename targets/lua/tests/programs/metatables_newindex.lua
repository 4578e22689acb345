local store = {}
local t = setmetatable({}, {__newindex = store})
t.a = 1
print(rawget(t, "a"), store.a)
local log = {}
local p = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end})
p.x = 1
p.x = 2
p.y = 3
print(table.concat(log, " "), p.x, p.y)
local ro = setmetatable({}, {__newindex = function(t, k) error("readonly " .. k, 2) end})
print(pcall(function() ro.z = 1 end))
local chain = setmetatable({}, {__newindex = setmetatable({}, {__newindex = function(t, k, v) print("inner", k, v) end})})
chain.q = 9
local counted = setmetatable({}, {__index = function(t, k) return "default" end, __newindex = function(t, k, v) rawset(t, k, v * 2) end})
counted.n = 21
print(counted.n, counted.m)

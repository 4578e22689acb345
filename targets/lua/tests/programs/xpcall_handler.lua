local function handler(msg) return "handled: " .. tostring(msg) end
print(xpcall(function() error("oops") end, handler))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function(a, b) return a + b end, handler, 3, 4))
print(xpcall(function() local x = nil; return x.y end, function(m) return m:upper() end))
print(xpcall(error, function(m) return type(m) end, {}))
local depth = 0
print(xpcall(function() error("e1") end, function(m) depth = depth + 1; return depth end))
print(pcall(xpcall))
print(xpcall(function() error() end, function(m) return m == nil end))
print(xpcall(function() error("x") end, function() error("in handler") end) == false)

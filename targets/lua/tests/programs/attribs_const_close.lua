local limit <const> = 10
local name <const> = "const"
print(limit * 2, name)
print(load("local x <const> = 1; x = 2"))
do
  local res <close> = setmetatable({}, {__close = function(o, e) print("closing, error:", e) end})
  print("in block")
end
print("after block")
local function f()
  local a <close> = setmetatable({}, {__close = function() print("close a") end})
  local b <close> = setmetatable({}, {__close = function() print("close b") end})
  return "returned"
end
print(f())
print(pcall(function()
  local c <close> = setmetatable({}, {__close = function(o, e) print("close c with", e) end})
  error("boom", 0)
end))
for i = 1, 2 do
  local d <close> = setmetatable({}, {__close = function() print("close d", i) end})
  if i == 1 then goto cont end
  print("body", i)
  ::cont::
end
local ok, err = pcall(function() local bad <close> = 42 end)
print(ok, err)
local n <close> = nil
print("nil is allowed")

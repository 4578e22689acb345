x = "global x"
print(_G.x, _ENV.x, _ENV == _G)
_G.newglobal = 5
print(newglobal)
local function sandbox()
  local _ENV = {print = print}
  y = 1
  print(y, x)
  return _ENV
end
local env = sandbox()
print(env.y, y)
local f = load("z = 42; return z")
f()
print(z)
setmetatable(_G, {__index = function(_, k) return "missing " .. k end})
print(undefined_thing)
setmetatable(_G, nil)
print(rawget(_G, "undefined_thing"))
local function with_env()
  local _ENV = setmetatable({}, {__index = _G})
  local print = print
  w = "local global"
  print(w, _G.w)
end
with_env()

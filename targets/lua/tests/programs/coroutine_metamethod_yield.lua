local mt = {
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __eq = function(a, b) return coroutine.yield("eq") end,
}
local obj = setmetatable({}, mt)
local obj2 = setmetatable({}, mt)
local co = coroutine.wrap(function()
  local v = obj.field
  print("index gave", v)
  local s = obj + 1
  print("add gave", s)
  if obj < obj2 then print("lt true") else print("lt false") end
  print("concat gave", obj .. "x")
  print("eq gave", obj == obj2)
  return "finished"
end)
print(co())
print(co("V"))
print(co(42))
print(co(false))
print(co("C"))
print(co(true))

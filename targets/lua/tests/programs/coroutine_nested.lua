local outer
local inner = coroutine.create(function()
  print("inner sees outer as", coroutine.status(outer))
  coroutine.yield("from inner")
  return "inner done"
end)
outer = coroutine.create(function()
  print("outer running", coroutine.status(outer))
  print(coroutine.resume(inner))
  coroutine.yield("from outer")
  print(coroutine.resume(inner))
  return "outer done"
end)
print(coroutine.resume(outer))
print(coroutine.resume(outer))
print(coroutine.status(inner), coroutine.status(outer))
local function producer() return coroutine.create(function() for i = 1, 3 do coroutine.yield("item" .. i) end end) end
local function filter(src) return coroutine.create(function()
  while true do local ok, v = coroutine.resume(src); if not v then break end; coroutine.yield(v:upper()) end end) end
local f = filter(producer())
while true do local ok, v = coroutine.resume(f); if not v then break end; io.write(v, " ") end print()

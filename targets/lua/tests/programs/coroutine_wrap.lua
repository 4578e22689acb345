local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
for v in gen(4) do io.write(v, " ") end print()
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
for p in coroutine.wrap(function() permgen({1, 2, 3}) end) do io.write(table.concat(p), " ") end print()
local w = coroutine.wrap(function(x) local y = coroutine.yield(x + 1); return y * 2 end)
print(w(1), w(10))
print(pcall(w))
local bad = coroutine.wrap(function() error("wrapped error") end)
print(pcall(bad))
local bad2 = coroutine.wrap(function() error({}) end)
print(type(select(2, pcall(bad2))))

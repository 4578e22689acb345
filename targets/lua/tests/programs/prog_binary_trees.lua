local function make(d)
  if d == 0 then return {} end
  d = d - 1
  return {make(d), make(d)}
end
local function check(t)
  if t[1] then return 1 + check(t[1]) + check(t[2]) end
  return 1
end
local maxd = 10
local long = make(maxd)
for d = 4, maxd, 2 do
  local iters = 1 << (maxd - d + 4)
  local c = 0
  for i = 1, iters do c = c + check(make(d)) end
  print(string.format("%d trees of depth %d check: %d", iters, d, c))
end
print("long lived tree check:", check(long))

local fns = {}
for i = 1, 3 do
  local shared = i * 10
  fns[#fns + 1] = function() shared = shared + 1; return shared end
  fns[#fns + 1] = function() return shared end
end
print(fns[1](), fns[1](), fns[2](), fns[3](), fns[4](), fns[6]())
local acc = {}
local k = 0
repeat
  k = k + 1
  local captured = k
  acc[k] = function() return captured + k end
until k == 3
print(acc[1](), acc[2](), acc[3]())
local function outer()
  local x = 0
  local function a() x = x + 1 return x end
  local function b() x = x * 10 return x end
  return a, b
end
local fa, fb = outer()
print(fa(), fb(), fa(), fb())

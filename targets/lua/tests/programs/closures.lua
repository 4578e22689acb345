local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
local j = 0
while j < 3 do j = j + 1; local k = j; gs[j] = function() return k end end
print(gs[1](), gs[2](), gs[3]())
local function shared()
  local v = 0
  return function() v = v + 1 return v end, function() return v end
end
local inc, get = shared()
inc(); inc()
print(get())
local function outer()
  local a = 1
  local function mid()
    local b = 2
    return function() a = a + b; return a end
  end
  return mid()
end
local f = outer()
print(f(), f())
local hs = {}
for _, name in ipairs({"x", "y"}) do hs[name] = function() return name .. "!" end end
print(hs.x(), hs.y())

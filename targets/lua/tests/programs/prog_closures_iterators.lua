local function map(f, t) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function filter(p, t) local r = {} for _, v in ipairs(t) do if p(v) then r[#r + 1] = v end end return r end
local function reduce(f, acc, t) for _, v in ipairs(t) do acc = f(acc, v) end return acc end
local function range(a, b) local r = {} for i = a, b do r[#r + 1] = i end return r end
local nums = range(1, 20)
local evens = filter(function(x) return x % 2 == 0 end, nums)
local squares = map(function(x) return x * x end, evens)
print(table.concat(squares, " "), reduce(function(a, b) return a + b end, 0, squares))
local function compose(...)
  local fs = {...}
  return function(x) for i = #fs, 1, -1 do x = fs[i](x) end return x end
end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
local function zip(a, b)
  local i = 0
  return function() i = i + 1; if a[i] ~= nil and b[i] ~= nil then return a[i], b[i] end end
end
for x, y in zip({1, 2, 3}, {"a", "b", "c", "d"}) do io.write(x, y, " ") end print()

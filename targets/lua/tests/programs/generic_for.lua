local t = {10, 20, 30, nil, 50}
for i, v in ipairs(t) do io.write(i, "=", v, " ") end print()
local keys = {}
for k in pairs({a = 1, b = 2, c = 3}) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, ","))
local function range(n)
  return function(_, i) if i < n then return i + 1 end end, nil, 0
end
for i in range(4) do io.write(i, " ") end print()
local function chars(s)
  local i = 0
  return function() i = i + 1; if i <= #s then return s:sub(i, i), i end end
end
for c, i in chars("abc") do io.write(c, i, " ") end print()
for k, v in next, {5, 6} do io.write(k, v, " ") end print()
local mt = {__pairs = function(t) return function(_, k) if not k then return 1, "one" end end, t, nil end}
for k, v in pairs(setmetatable({}, mt)) do print(k, v) end
local proxy = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * i end end})
for i, v in ipairs(proxy) do io.write(v, " ") end print()

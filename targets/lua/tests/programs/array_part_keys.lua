-- Integer keys at the edges of a table's array part: the VM reads and writes keys 1..#arr in
-- place and sends the others (0, negatives, past the end, far past it) to the hash part.
local t = {10, 20, 30}
print(t[0], t[1], t[3], t[4], t[-1], t[math.mininteger], t[math.maxinteger])
t[0] = "zero"; t[-1] = "minus one"; t[4] = 40; t[6] = 60
print(t[0], t[-1], t[4], t[5], t[6])  -- (#t: 4 and 6 are both borders)
t[5] = 50                     -- joins 6 from the hash part
print(#t, t[5], t[6])
t[2] = nil                    -- a hole inside the array part
print(t[2], t[3], select('#', table.unpack(t, 1, 6)))
t[2] = 22
print(t[2])
local sum = 0
for i = -1, 7 do
  local v = t[i]
  if type(v) == "number" then sum = sum + v end
end
print(sum)

-- the same sites with float keys that are integers, and ones that are not
local keys = {1, 2.0, 3.5, 0, -2, 7}
local u = {}
for round = 1, 2 do
  for _, k in ipairs(keys) do u[k] = (u[k] or 0) + 1 end
end
for _, k in ipairs(keys) do io.write(tostring(k), "=", tostring(u[k]), " ") end
print(#u)

-- a table with a metatable: reads in range are raw, misses go to __index
local m = setmetatable({1, 2}, {__index = function(_, k) return "idx" .. tostring(k) end,
                                 __newindex = function(tt, k, v) rawset(tt, k, v * 10) end})
print(m[1], m[2], m[3])
m[1] = 5; m[3] = 3
print(m[1], m[3], rawget(m, 3))

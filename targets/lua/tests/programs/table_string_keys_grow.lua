-- String keys in a table's hash part, while it grows past the size where it gets an index
-- (kiln-lua searches small hash parts by comparing keys): keys made at run time (not the
-- interned constants), keys removed and set again, traversal with next while clearing fields.
local function made(i) return string.format("k%d", i) end
local function sorted_keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  table.sort(ks)
  return table.concat(ks, " ")
end

local t = {}
for i = 1, 14 do
  t[made(i)] = i
  local found = 0
  for j = 1, 14 do
    if t[made(j)] == j then found = found + 1 end
  end
  io.write(found, " ")
end
print()
print(t.k1, t.k8, t.k9, t.k14, t.k15, rawget(t, made(9)))

-- update through constants and through made keys, remove, set again
t.k3 = "three"; t[made(10)] = "ten"; t.k5 = nil; t[made(12)] = nil
print(t[made(3)], t.k10, t.k5, t[made(12)], sorted_keys(t))
t[made(5)] = 5.5; t.k12 = "twelve"
print(t.k5, t[made(12)])

-- a small table, keys made at run time only
local s = {}
for _, w in ipairs({"in", "the", "rain", "the", "in", "spain"}) do
  local key = w .. ""
  s[key] = (s[key] or 0) + 1
end
print(s["in"], s.the, s.rain, s.spain, s.plain, sorted_keys(s))

-- clear every field during a traversal (allowed), then add keys: they get fresh slots
local u = {}
for i = 1, 20 do u[made(i)] = i end
local n = 0
for k in pairs(u) do u[k] = nil; n = n + 1 end
print(n, next(u))
for i = 1, 3 do u[made(100 + i)] = i end
print(sorted_keys(u), u.k101, u[made(103)])

-- mixed keys: integers and strings in one hash part
local m = {}
for i = 1, 10 do m[i * 10] = i; m[made(i)] = -i end
print(m[50], m.k5, m[made(10)], m[100], sorted_keys(m))

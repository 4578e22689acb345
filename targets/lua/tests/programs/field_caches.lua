-- The VM caches, per instruction, the hash slot where a string key was found (and the slot in
-- the __index table for a method). These sites see tables whose keys sit at different slots,
-- keys that are removed and set again, tables that are compacted, and __index chains that end
-- in a table, a function, nothing, or a loop.

local function getx(t) return t.x end
local function setx(t, v) t.x = v end

-- one site, tables with x at different slots
local shapes = { {x = 1}, {a = 0, x = 2}, {a = 0, b = 0, c = 0, x = 3}, {y = 4}, {} }
for round = 1, 3 do
  local out = {}
  for i = 1, #shapes do out[#out + 1] = tostring(getx(shapes[i])) end
  print(round, table.concat(out, " "))
end

-- removed and set again: the slot stays; absent keys read nil
local t = {x = 10, y = 20}
print(getx(t)); setx(t, nil); print(getx(t), t.y); setx(t, 30); print(getx(t), t.y)

-- many dead slots, then a new key: the hash part is compacted and slots move
local big = {}
for i = 1, 20 do big["k" .. i] = i end
big.x = "before"
print(getx(big))
for i = 1, 20 do big["k" .. i] = nil end
big.z = "new"            -- compaction happens here
print(getx(big), big.z, big.k3)
setx(big, "after")
print(getx(big), big.x)

-- big tables (more than 8 keys) at the same site as small ones
for round = 1, 2 do
  print(getx(big), getx(shapes[3]), getx({x = "lit"}))
end

-- a key that is a string made at run time (not the constant object)
local name = "x"
local made = string.sub("xy", 1, 1)
print(shapes[2][name], shapes[2][made], rawget(shapes[3], made))

-- methods through __index chains
local Base = {}
Base.__index = Base
function Base.new(v) return setmetatable({v = v}, Base) end
function Base:get() return self.v end
function Base:kind() return "base" end

local Mid = setmetatable({}, {__index = Base})
Mid.__index = Mid
function Mid:kind() return "mid" end

local Leaf = setmetatable({}, {__index = Mid})
Leaf.__index = Leaf
function Leaf.new(v) return setmetatable({v = v}, Leaf) end

local objs = {Base.new(1), setmetatable({v = 2}, Mid), Leaf.new(3), Leaf.new(4)}
for round = 1, 2 do
  for i = 1, #objs do
    local o = objs[i]
    print(round, i, o:get(), o:kind(), o.missing)
  end
end

-- a method redefined, and one shadowed by an instance field, at the same sites
function Mid:kind() return "mid2" end
objs[4].kind = function() return "own" end
for i = 1, #objs do print(i, objs[i]:kind()) end
objs[4].kind = nil
print(objs[4]:kind())

-- a chain ending in a function, and in nothing
local Fn = setmetatable({}, {__index = function(t, k) return "fn:" .. k end})
Fn.__index = Fn
local viaFn = setmetatable({}, Fn)
print(viaFn.anything, viaFn.other)
local Empty = setmetatable({}, {})
Empty.__index = Empty
print(setmetatable({}, Empty).nothing)

-- a loop of __index tables is an error, not a hang
local A, B = {}, {}
setmetatable(A, {__index = B}); setmetatable(B, {__index = A})
local loop = setmetatable({}, {__index = A})
print(pcall(function() return loop.nowhere end))

-- a field set through a site with a metatable that has __newindex, and without
local log = {}
local Guard = {__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end}
local g1, g2 = setmetatable({}, Guard), {}
for _, o in ipairs({g1, g2, g1}) do setx(o, 5) end
print(g1.x, g2.x, table.concat(log, ","))

-- a loop of __newindex tables too
local C, D = {}, {}
setmetatable(C, {__newindex = D}); setmetatable(D, {__newindex = C})
print(pcall(function() C.k = 1 end))

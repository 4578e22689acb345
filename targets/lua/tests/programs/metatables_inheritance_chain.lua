local Base = {}
Base.__index = Base
function Base.new(x) return setmetatable({x = x}, Base) end
function Base:describe() return "Base(" .. self.x .. ")" end
function Base:double() return self.x * 2 end
local Mid = setmetatable({}, {__index = Base})
Mid.__index = Mid
function Mid.new(x, y) local o = Base.new(x); o.y = y; return setmetatable(o, Mid) end
function Mid:describe() return "Mid(" .. self.x .. "," .. self.y .. ") < " .. Base.describe(self) end
local Leaf = setmetatable({}, {__index = Mid})
Leaf.__index = Leaf
Leaf.__tostring = function(self) return "Leaf:" .. self:describe() end
Leaf.__eq = function(a, b) return a.x == b.x end
function Leaf.new(x, y) return setmetatable(Mid.new(x, y), Leaf) end
local l1, l2 = Leaf.new(1, 2), Leaf.new(1, 3)
print(tostring(l1), l1:double(), l1 == l2, rawequal(l1, l2))
print(getmetatable(l1) == Leaf, Leaf.describe == Mid.describe, rawget(Leaf, "double"))

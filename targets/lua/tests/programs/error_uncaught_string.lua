print("before")
local function inner() error("something bad") end
inner()
print("not reached")

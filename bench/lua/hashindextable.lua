-- The name -> index map of the Are-We-Fast-Yet Json benchmark for Lua 5.1 and LuaJIT, the twin of
-- hashindextable-53.lua (JsonObject keeps its members in two vectors and this map to find a
-- member's index), written for kiln's benchmark driver because the AWFY checkout in
-- ../shared/lua/awfy lacks this module. The original is a 32-slot hash of
-- small integers; this one is a Lua table, which gives the same answers (get returns -1 for a
-- name never added).
local HashIndexTable = {}
HashIndexTable.__index = HashIndexTable

function HashIndexTable.new ()
    return setmetatable({map = {}}, HashIndexTable)
end

function HashIndexTable:add (name, index)
    self.map[name] = index
end

function HashIndexTable:get (name)
    return self.map[name] or -1
end

return HashIndexTable

local t = {}
t[1] = "int one"
t["1"] = "string one"
t[1.5] = "float"
t[true] = "yes"
t[false] = "no"
local k = {}
t[k] = "table key"
local f = print
t[f] = "function key"
print(t[1], t["1"], t[1.5], t[true], t[false], t[k], t[f], t[{}])
t[2^53] = "big"
print(t[9007199254740992])
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0/0] = 1 end))
print(t[nil], t[0/0])
rawset(t, "r", "raw")
print(rawget(t, "r"), rawget(t, 1.0))
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
t[1.5] = nil
t[true] = nil
n = 0
for _ in pairs(t) do n = n + 1 end
print(n)

local parts = {}
for i = 1, 100 do parts[#parts + 1] = string.format("%03d", i) end
local s = table.concat(parts, ",")
print(#s, s:sub(1, 20), s:sub(-11))
local acc = ""
for i = 1, 50 do acc = acc .. i end
print(#acc, acc:sub(1, 15))
local words = {}
for w in ("the rain in spain stays mainly in the plain"):gmatch("%a+") do words[w] = (words[w] or 0) + 1 end
local keys = {}
for k in pairs(words) do keys[#keys + 1] = k end
table.sort(keys, function(a, b) if words[a] ~= words[b] then return words[a] > words[b] end return a < b end)
for _, k in ipairs(keys) do io.write(k, "=", words[k], " ") end print()

local s = "ABCDEF"
print(s:byte(), s:byte(2), s:byte(-1), s:byte(2, 4), s:byte(10), s:byte(3, 2))
print(string.char(s:byte(1, -1)))
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local bin = table.concat(all)
print(#bin, bin:byte(1), bin:byte(256), bin:sub(66, 70))
print(("\255\0\128"):byte(1, 3))
print(pcall(string.char, 256), pcall(string.char, "x"))

for w in ("one two  three"):gmatch("%a+") do io.write("[", w, "]") end print()
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, v, ";") end print()
for pos in ("abc"):gmatch("()") do io.write(pos, " ") end print()
local count = 0
for _ in ("aaaa"):gmatch("a*") do count = count + 1 end
print(count)
local words = {}
for word in string.gmatch("The quick brown fox", "%S+") do words[#words + 1] = word:lower() end
print(table.concat(words, "|"))
for a, b in ("12 34 56"):gmatch("(%d)(%d)") do io.write(b, a, " ") end print()
local it = ("x y"):gmatch("%a")
print(it(), it(), it())

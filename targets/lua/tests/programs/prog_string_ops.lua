local s = "The quick brown fox jumps over the lazy dog"
local vowels = select(2, s:lower():gsub("[aeiou]", ""))
local words = {}
for w in s:gmatch("%a+") do words[#words + 1] = w end
local longest = ""
for _, w in ipairs(words) do if #w > #longest then longest = w end end
print(vowels, #words, longest, s:reverse():sub(1, 10))
local caesar = s:gsub("%a", function(c)
  local base = c:match("%l") and 97 or 65
  return string.char((c:byte() - base + 13) % 26 + base)
end)
print(caesar)
local counts = {}
for c in s:lower():gmatch("%a") do counts[c] = (counts[c] or 0) + 1 end
local letters = {}
for c, n in pairs(counts) do letters[#letters + 1] = c .. n end
table.sort(letters)
print(table.concat(letters, " "))
print(("%-10s|%10s|"):format("left", "right"), ("x"):rep(3, "-"), s:find("fox"), s:match("(%a+) dog"))

local words = {"banana", "Apple", "cherry", "apple", "", "a\0b", "a"}
table.sort(words)
for i, w in ipairs(words) do io.write(string.format("%q", w), " ") end print()
print("a" < "b", "b" < "a", "a" <= "a", "abc" > "abd", "a\0a" < "a\0b", "Z" < "a")
print(pcall(function() return "a" < 1 end))
print(pcall(function() return {} <= 1 end))
print("10" < "9", 10 < 9)

-- strings and numbers convert in arithmetic and concatenation
print("10" + 1, "3.5" * 2, "0x10" + 0, 10 .. 20, 1.5 .. "", -2 .. "x")
print("10" * "2", " 5 " + 1, "1e2" + 0, math.type("10" + 1), math.type("10" + 1.0))
print(10 == "10", "abc" < "abd", "Z" < "a", "" < "a", "a" < "aa")
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return {} .. "x" end))
print(#("abc" .. 123), -"2", -"2.5")

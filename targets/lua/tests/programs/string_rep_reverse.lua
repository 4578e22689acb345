print(("abc"):reverse(), (""):reverse(), ("a"):rep(5), ("ab"):rep(2, ", "))
print(#string.rep("x", 1000), string.rep("", 100) == "")
print(pcall(string.rep, "x", 1e10))
print(string.rep("-", 3, "+"))

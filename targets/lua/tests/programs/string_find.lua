local s = "the quick brown fox"
print(s:find("quick"), s:find("o"), s:find("o", 14), s:find("xyz"))
print(s:find("q.i"), s:find("q.i", 1, true), s:find("%s"), s:find("^the"), s:find("^quick"))
print(s:find("fox$"), s:find(""), s:find("", 100), s:find("", 20), s:find("", -3))
print(("a.b"):find(".", 1, true), ("a+b"):find("+", 1, true), ("aaa"):find("a", -1))
print(("hello"):find("l+"), ("hello"):find("(l)(l)"), ("hello"):find("()ll()"))
print(string.find("abc", "b", -10), string.find("abc", "[a-b]+"), string.find("x", "[^x]"))

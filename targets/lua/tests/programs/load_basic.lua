local f = load("return 1 + 2")
print(f())
print(load("syntax error here"))
local env = {x = 5}
local g = load("return x", "chunk", "t", env)
print(g())
local h = load("y = 10; return y")
print(h(), y)
local parts = {"return ", "'from ", "reader'"}
local i = 0
print(load(function() i = i + 1; return parts[i] end)())
print(load("return ...", "varargs")(1, 2, 3))
local fn, err = load("error('inside')", "=mychunk")
print(pcall(fn))
print(load("x =", "=named"))
print(load("x =", "@file.lua"))
print(pcall(load("local t = nil; return t.x", "=(load)")))
local code = "local a = ... ; return a * 2"
print(load(code)(21))
print(load("return _ENV")() == _G, load("return _ENV", "x", "t", {})() == _G)
print(dofile == nil, type(loadfile), type(require))
print(load(string.rep("a = 1\n", 3) .. "return a")())
print(load("\27Lua"), load("return 1", "x", "b"))

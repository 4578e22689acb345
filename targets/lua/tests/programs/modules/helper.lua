local M = {}
local count = 0
function M.greet(name) return "hello " .. name end
function M.counter() count = count + 1; return count end
print("loading helper", ...)
return M

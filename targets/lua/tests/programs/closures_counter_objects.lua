local function make_account(balance)
  local self = {}
  function self.deposit(v) balance = balance + v end
  function self.withdraw(v) if v > balance then error("insufficient funds") end balance = balance - v end
  function self.balance() return balance end
  return self
end
local acc = make_account(100)
acc.deposit(50)
acc.withdraw(30)
print(acc.balance(), pcall(acc.withdraw, 1000))
local function memoize(f)
  local cache = {}
  return function(n)
    local v = cache[n]
    if v == nil then v = f(n); cache[n] = v end
    return v
  end
end
local calls = 0
local slow = memoize(function(n) calls = calls + 1 return n * n end)
print(slow(4), slow(4), slow(5), calls)
local fib
fib = memoize(function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(80))
local adders = {}
for i = 1, 5 do adders[i] = function(x) return x + i end end
print(adders[1](10), adders[5](10))

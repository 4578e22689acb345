local obj = {value = 10}
function obj:add(n) self.value = self.value + n; return self end
function obj.static(x) return x * 2 end
obj:add(5):add(5)
print(obj.value, obj.static(4), obj["add"](obj, 1).value)
local str = "Hello"
print(str:lower():upper():len(), ("%s-%s"):format("a", "b"):rep(2))
local account = {balance = 0}
function account.deposit(self, v) self.balance = self.balance + v end
account:deposit(100)
account.deposit(account, 50)
print(account.balance)
local t = {list = {}}
function t.list:push(v) self[#self + 1] = v end
t.list:push("x"); t.list:push("y")
print(#t.list, t.list[2])

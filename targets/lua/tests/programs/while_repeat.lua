local n = 0
while n < 5 do n = n + 1 end
print(n)
local i = 0
repeat local j = i * 2; i = i + 1 until j >= 6
print(i)
while true do n = n - 1; if n < 2 then break end end
print(n)
local s = 0
for a = 1, 10 do
  if a > 5 then break end
  s = s + a
end
print(s)
repeat
  local done = true
until done
print("end")

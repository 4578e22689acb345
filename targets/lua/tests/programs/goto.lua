for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
local i = 1
::top::
if i <= 3 then io.write("i", i, " "); i = i + 1; goto top end
print()
for x = 1, 3 do
  for y = 1, 3 do
    if y == 2 then goto next_x end
    io.write(x, ",", y, " ")
  end
  ::next_x::
end
print()
do
  goto skip
  print("never")
  ::skip::
end
local fs = {}
local k = 1
::again::
local v = k
fs[k] = function() return v end
k = k + 1
if k <= 3 then goto again end
print(fs[1](), fs[2](), fs[3]())
print(load("goto nowhere"))
print(load("do local a ::l:: end goto l"))
print(load("::a:: ::a::"))

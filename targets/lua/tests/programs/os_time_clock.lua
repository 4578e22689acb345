print(type(os.time()), math.type(os.time()), type(os.clock()), math.type(os.clock()))
local t0 = os.clock()
local s = 0
for i = 1, 10000 do s = s + i end
print(os.clock() >= t0, s)
print(os.time({year = 2000, month = 1, day = 1, hour = 0}) - os.time({year = 1999, month = 12, day = 31, hour = 0}))
print(os.getenv("THIS_VARIABLE_DOES_NOT_EXIST"), type(os.getenv("HOME")))
print(os.date("%Y-%m-%d", 86400 * 365), type(os.date()))
local d = os.date("*t", 0)
print(d.year, d.month, d.day)

-- comparisons between integers and floats are exact
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5, math.type(1), math.type(1.0), math.type("1"))
print(2^53 == 2^53 + 1, math.tointeger(2^53) == 9007199254740992)
print(9007199254740993 < 2^53 + 2, 9007199254740993 == 2^53)
print(math.maxinteger < math.huge, math.mininteger > -math.huge, math.maxinteger + 0.0 == 2^63)
print(math.maxinteger < 2^63, math.maxinteger <= 2^63, math.mininteger == -2^63)
print(1 <= 1.0, 1 >= 1.0, 0.0 == -0.0, 3 ~= 3.0000001)
local nan = 0/0
print(nan == nan, nan < 1, nan > 1, 1 < nan, nan ~= nan)
local t = {}
t[1] = "int"; t[1.0] = "float"; t[2^53] = "big"
print(t[1], #t, t[9007199254740992])

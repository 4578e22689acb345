-- integer arithmetic: + - * // % with signs, wrapping at 64 bits
print(7 + 3, 7 - 10, 6 * 7, 7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5)
print(math.maxinteger + 1 == math.mininteger, math.mininteger - 1 == math.maxinteger)
print(math.maxinteger * 2, math.mininteger * -1)
print(math.mininteger // -1, math.mininteger % -1)
print(-(-9223372036854775807 - 1))
print(1 << 62, 1 << 63, 1 << 64, -1 >> 1, -1 >> 63, 5 >> -1, 5 << -1)
print(3 | 5, 3 & 5, 3 ~ 5, ~0, ~5)
print(2^10, 2^0.5 == math.sqrt(2), 10 / 2, 1 / 3)
print(100000000000000 * 100000, 0x7fffffffffffffff, 0xffffffffffffffff)
local a = 12345678901234
print(a * a, a // 7, a % 1000)

-- tostring of numbers
local nums = {0, 1, -1, 1.0, -1.5, 1e14, 1e15, 1e16, 2^24, 2^31, 2^32, 2^53, 2^63, 2^64,
  0.5, 0.25, 1/3, 3.14159265358979, 100, 1e-10, 123456.789, 9007199254740993,
  -9223372036854775807, 1e300, 1.5e-300}
for i, n in ipairs(nums) do
  print(i, n, tostring(n), math.type(n))
end
print(string.format("%.14g", 0.1), string.format("%.17g", 0.1), string.format("%g", 1e20))
print(1e15 == 10^15, 2^53 == 9007199254740992)
print(8 // 3 * 1.0, 255 // 1.0, -0.0 == 0.0, tostring(-0.0))

local function matmul(a, b, n)
  local c = {}
  for i = 1, n do
    local ci = {}
    for j = 1, n do
      local s = 0
      for k = 1, n do s = s + a[i][k] * b[k][j] end
      ci[j] = s
    end
    c[i] = ci
  end
  return c
end
local n = 20
local a, b = {}, {}
for i = 1, n do
  a[i], b[i] = {}, {}
  for j = 1, n do a[i][j] = i + j; b[i][j] = i - j end
end
local c = matmul(a, b, n)
print(c[1][1], c[n][n], c[5][7])
local id = {}
for i = 1, n do id[i] = {} for j = 1, n do id[i][j] = i == j and 1.0 or 0.0 end end
local d = matmul(a, id, n)
print(d[3][4], math.type(d[3][4]))

-- The kernel of the Are-We-Fast-Yet Mandelbrot benchmark for Lua 5.1 and LuaJIT (bit operations
-- from the 'bit' module), the twin of mandelbrot-fn-53.lua, written for kiln's benchmark driver
-- because the AWFY checkout in ../shared/lua/awfy lacks it.
local bit = bit or require'bit'
local bxor, lshift = bit.bxor, bit.lshift

return function (size)
    local sum = 0
    local byte_acc = 0
    local bit_num = 0
    for y = 0, size - 1 do
        local ci = (2.0 * y / size) - 1.0
        for x = 0, size - 1 do
            local zrzr, zi, zizi = 0.0, 0.0, 0.0
            local cr = (2.0 * x / size) - 1.5
            local escape = 0
            for _ = 1, 50 do
                local zr = zrzr - zizi + cr
                zi = 2.0 * zr * zi + ci
                zrzr = zr * zr
                zizi = zi * zi
                if zrzr + zizi > 4.0 then
                    escape = 1
                    break
                end
            end
            byte_acc = lshift(byte_acc, 1) + escape
            bit_num = bit_num + 1
            if bit_num == 8 then
                sum = bxor(sum, byte_acc)
                byte_acc = 0
                bit_num = 0
            elseif x == size - 1 then
                byte_acc = lshift(byte_acc, 8 - bit_num)
                sum = bxor(sum, byte_acc)
                byte_acc = 0
                bit_num = 0
            end
        end
    end
    return sum
end

local count = 0
for line in io.lines() do count = count + 1; io.write(count, ":", line, ";") end
print()
print(count)

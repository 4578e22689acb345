local data = {items = {}}
print(#data.items)
local x = data.missing.field

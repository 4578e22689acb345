local Queue = {}
Queue.__index = Queue
function Queue.new() return setmetatable({first = 1, last = 0, items = {}}, Queue) end
function Queue:push(v) self.last = self.last + 1; self.items[self.last] = v end
function Queue:pop()
  if self.first > self.last then return nil end
  local v = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return v
end
function Queue:size() return self.last - self.first + 1 end
local q = Queue.new()
for i = 1, 10 do q:push(i * i) end
local out = {}
while q:size() > 3 do out[#out + 1] = q:pop() end
print(table.concat(out, " "), q:size())
-- breadth-first search on a small graph
local graph = {a = {"b", "c"}, b = {"d"}, c = {"d", "e"}, d = {"f"}, e = {"f"}, f = {}}
local dist = {a = 0}
local bq = Queue.new()
bq:push("a")
while bq:size() > 0 do
  local n = bq:pop()
  for _, m in ipairs(graph[n]) do
    if not dist[m] then dist[m] = dist[n] + 1; bq:push(m) end
  end
end
print(dist.a, dist.b, dist.c, dist.d, dist.e, dist.f)

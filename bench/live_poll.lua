-- Pollers of a live story through a CDN (bench/live_poll.sh): each
-- connection asks /articles/hot-story/live?since=ID once a second and moves
-- ID to the last event it got, as a page without streaming would; pollers
-- of one thread share what they learnt, so they ask for the same addresses
-- (as readers of one story do: the same events reach them all).
local since = os.getenv("SINCE") or "0"
local period = tonumber(os.getenv("PERIOD_MS") or "1000")
local events = 0

request = function()
  return wrk.format("GET", "/articles/hot-story/live?since=" .. since)
end

delay = function()
  return period
end

response = function(status, headers, body)
  local last
  for id in body:gmatch("\nid: (%d+)") do last = id end
  if not last then
    local first = body:match("^id: (%d+)")
    last = first
  end
  if last and tonumber(last) > tonumber(since) then
    since = last
  end
  for _ in body:gmatch("event: comment") do events = events + 1 end
end

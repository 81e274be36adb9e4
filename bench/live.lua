-- Readers of a live story (bench/live.sh): 70 % on the hot story, half of
-- them on its newest page (the article's address), half following older
-- comment pages; 30 % over the archive.
local pages = tonumber(os.getenv("HOT_PAGES") or "40")
local stories = tonumber(os.getenv("STORIES") or "500")
local seeded = false

request = function()
  if not seeded then
    math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
    seeded = true
  end
  local r = math.random()
  local path
  if r < 0.35 then
    path = "/articles/hot-story"
  elseif r < 0.70 then
    path = "/articles/hot-story/comment-page-" .. math.random(1, pages - 1) .. "/"
  else
    path = "/articles/story-" .. math.random(1, stories)
  end
  return wrk.format("GET", path)
end

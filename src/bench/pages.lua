-- wrk script: requests addresses read from a file, one path a line (src/bench/longtail.sh, load-postgres.sh).
--
--   wrk ... -s src/bench/pages.lua http://host:port -- PATHS_FILE MODE
--
-- MODE: "cycle"    every address in turn, each thread from its own offset (every page is asked for);
--       "uniform"  an address drawn uniformly at random;
--       "zipf"     an address drawn by Zipf's law with s = 1: the k-th address of the file is asked for
--                  in proportion to 1/k (the first lines, the site's indexes, are the most popular);
--       "tracking" the first address with random utm_source, utm_campaign and fbclid parameters, as links
--                  shared on social networks arrive.
-- Headers given to wrk with -H (Accept-Encoding) are sent with every request.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local paths, cdf, mode, next_index = {}, nil, "uniform", 1

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  mode = args[2] or "uniform"
  math.randomseed(os.time() * 1000 + (id or 0) * 7919)
  if mode == "zipf" then
    cdf = {}
    local sum = 0
    for k = 1, #paths do sum = sum + 1 / k; cdf[k] = sum end
    for k = 1, #paths do cdf[k] = cdf[k] / sum end
  end
  next_index = ((id or 1) - 1) * math.floor(#paths / 2) % #paths + 1
end

local function zipf_index()
  local r = math.random()
  local lo, hi = 1, #paths
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cdf[mid] < r then lo = mid + 1 else hi = mid end
  end
  return lo
end

local function token()
  return string.format("%08x%08x", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff))
end

function request()
  local path
  if mode == "cycle" then
    path = paths[next_index]
    next_index = next_index % #paths + 1
  elseif mode == "zipf" then
    path = paths[zipf_index()]
  elseif mode == "tracking" then
    path = paths[1] .. "?utm_source=" .. token() .. "&utm_campaign=" .. token() .. "&fbclid=" .. token()
  else
    path = paths[math.random(#paths)]
  end
  return wrk.format("GET", path)
end

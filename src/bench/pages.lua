-- wrk script: requests addresses read from a file, one path a line (src/bench/longtail.sh, cold-pages.sh, cluster.sh).
--
--   wrk ... -s src/bench/pages.lua http://host:port -- PATHS_FILE MODE [tally]
--
-- MODE: "cycle"    every address in turn, each thread from its own offset (every page is asked for);
--       "uniform"  an address drawn uniformly at random;
--       "zipf"     an address drawn by Zipf's law with s = 1: the k-th address of the file is asked for
--                  in proportion to 1/k (the first lines, the site's indexes, are the most popular);
--       "tracking" the first address with random utm_source, utm_campaign and fbclid parameters, as links
--                  shared on social networks arrive;
--       "search"   a search for the last parts of two addresses drawn at random (mostly one not asked before).
-- tally: count the responses by status and by ETag, and note when the last one that was not 2xx or 304 came
--        (src/bench/cluster.sh); printed at the end as lines "status 200: N", "etag W/"...": N" and
--        "last failure at: EPOCH_SECONDS" (0: none), and "503 without Retry-After: N" where there were. Reading every response's headers costs wrk some speed.
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
  if args[3] == "tally" then
    -- one flat table of counters ("status 200", "etag W/\"...\""): wrk copies no nested table between threads
    tally = { ["last failure at"] = 0 }
    -- wrk reads a response's headers only where this function is defined
    response = function(status, headers)
      local k = "status " .. status
      tally[k] = (tally[k] or 0) + 1
      k = "etag " .. (headers["ETag"] or "none")
      tally[k] = (tally[k] or 0) + 1
      if status >= 300 and status ~= 304 then tally["last failure at"] = os.time() end
      if status == 503 and not headers["Retry-After"] then
        tally["503 without Retry-After"] = (tally["503 without Retry-After"] or 0) + 1
      end
    end
  end
end

function done()
  local sum = {}
  for _, thread in ipairs(threads) do
    for k, n in pairs(thread:get("tally") or {}) do
      if k == "last failure at" then sum[k] = math.max(sum[k] or 0, n) else sum[k] = (sum[k] or 0) + n end
    end
  end
  for k, n in pairs(sum) do io.write(string.format("%s: %d\n", k, n)) end
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
  elseif mode == "search" then
    local a = paths[math.random(#paths)]:match("([^/?=]+)$") or "film"
    local b = paths[math.random(#paths)]:match("([^/?=]+)$") or "award"
    path = "/search?q=" .. a .. "+" .. b
  elseif mode == "tracking" then
    path = paths[1] .. "?utm_source=" .. token() .. "&utm_campaign=" .. token() .. "&fbclid=" .. token()
  else
    path = paths[math.random(#paths)]
  end
  return wrk.format("GET", path)
end

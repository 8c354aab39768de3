-- Every page type in turn (one address per line of the file named by BENCH_PATHS), counting the
-- responses the page cache answered ("X-Page-Cache: hit"), then one JSON line as wrk_report.lua does.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if line ~= "" then table.insert(paths, line) end
end
local threads = {}
local next_path = 0
hits = 0
misses = 0
uncached = 0

function setup(thread)
  table.insert(threads, thread)
end

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

response = function(status, headers, body)
  local state = headers["X-Page-Cache"]
  if state == "hit" then hits = hits + 1 elseif state == "miss" then misses = misses + 1 else uncached = uncached + 1 end
end

done = function(summary, latency, requests)
  local total_hits, total_misses, total_uncached = 0, 0, 0
  for _, thread in ipairs(threads) do
    total_hits = total_hits + thread:get("hits")
    total_misses = total_misses + thread:get("misses")
    total_uncached = total_uncached + thread:get("uncached")
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCH-JSON {"requests": %d, "duration_us": %d, "bytes": %d, "latency_us": {"p50": %d, "p90": %d, "p99": %d, "max": %d, "mean": %.1f}, "errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, "page_cache": {"hit": %d, "miss": %d, "none": %d}}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    total_hits, total_misses, total_uncached))
end

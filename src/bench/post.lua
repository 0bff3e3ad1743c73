-- wrk script: POSTs one GraphQL request (the JSON file named by BODY_FILE) over and over,
-- counts answers that are not a clean 200 without "errors", and prints one RESULT line.
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do
    failed = failed + t:get("bad")
  end
  local e = summary.errors
  -- rps counts clean answers only: an error answer is not a served request.
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local ok = summary.requests - failed
  if ok < 0 then ok = 0 end
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f bad=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, ok / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, failed, errors))
end

-- wrk script, one request over and over; prints one RESULT line.
-- With BODY_FILE: POSTs that GraphQL request (JSON) and counts answers that are not a clean 200
-- without "errors". Without it: GETs GET_PATH with the Accept header GET_ACCEPT (and a Range
-- header if GET_RANGE is set), and counts answers whose status is not EXPECT_STATUS, whose body
-- is not EXPECT_BYTES long, or (CHECK_ERRORS=1) that carry "errors". No If-None-Match is sent,
-- so every GET answer is a full body.
local body_file = os.getenv("BODY_FILE")
local expect_status, expect_bytes, check_errors = 200, nil, true
if body_file ~= nil and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
else
  wrk.method = "GET"
  wrk.path = assert(os.getenv("GET_PATH"))
  wrk.headers["Accept"] = assert(os.getenv("GET_ACCEPT"))
  local range = os.getenv("GET_RANGE")
  if range ~= nil and range ~= "" then
    wrk.headers["Range"] = range
  end
  expect_status = tonumber(assert(os.getenv("EXPECT_STATUS")))
  expect_bytes = tonumber(assert(os.getenv("EXPECT_BYTES")))
  check_errors = os.getenv("CHECK_ERRORS") == "1"
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
end

function response(status, headers, body)
  if status ~= expect_status or (expect_bytes ~= nil and #body ~= expect_bytes)
      or (check_errors and string.find(body, '"errors"', 1, true)) then
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

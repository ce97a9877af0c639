-- Prints one JSON object per wrk run: throughput, latency percentiles, errors (connect/read/write/timeouts) and
-- non-2xx answers, so that bench/load/run can put every page beside the health ceiling of the same run.
done = function(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests":%d,"seconds":%.1f,"rps":%.1f,"p50_ms":%.1f,"p95_ms":%.1f,"p99_ms":%.1f,"max_ms":%.1f,' ..
    '"errors":%d,"timeouts":%d,"non2xx":%d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.timeout, e.status))
end

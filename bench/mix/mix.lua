-- A curator's pages in turn, one after another on each connection, reported as bench/load/report.lua
-- reports (run from the repository's root, as bench/mix/run does).
local paths = {"/roadmap", "/bank/mentors", "/bank/mentees", "/people/staff", "/mentorship/pairs", "/events",
               "/matching/runs", "/survey/my"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
dofile("bench/load/report.lua")

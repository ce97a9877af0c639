"""One JSON line per request of a Gatling report (js/stats.json): req/s, p50/p95/p99 (ms), errors; the sign-in left out."""
import glob, json, os, sys

# req/s over the phase the request ran in (Gatling's own mean divides by the whole run: wrong for one page of many)
mode, users, root, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
report = max(glob.glob(os.path.join(root, "*", "js", "stats.json")), key=os.path.getmtime)
stats = json.load(open(report, encoding="utf-8"))
health = None
rows = []
for request in stats["contents"].values():
    s, name = request["stats"], request["name"]
    if name.startswith("sign in"):
        continue
    row = {"bench": "region-load", "run": mode, "users": users, "request": name,
           "requests": s["numberOfRequests"]["total"], "errors": s["numberOfRequests"]["ko"],
           "rps": round(s["numberOfRequests"]["total"] / seconds, 1),
           "p50Ms": s["percentiles1"]["total"], "p95Ms": s["percentiles3"]["total"], "p99Ms": s["percentiles4"]["total"]}
    if name == "/actuator/health":
        health = row["rps"]
    rows.append(row)
for row in rows:
    if mode == "pages" and health and row["request"] != "/actuator/health":
        row["percentOfHealth"] = round(100 * row["rps"] / health, 1)
    print(json.dumps(row, ensure_ascii=False))

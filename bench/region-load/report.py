"""One JSON line per request of a Gatling report (the statistics table of its index.html: Gatling 3.14 writes no
stats.json): req/s, p50/p95/p99 (ms), errors; the sign-in left out. req/s over the phase the request ran in (the
report's own Cnt/s divides by the whole run: wrong for one page of many). In the pages run each page's share is of the
ceiling (the cheapest signed-in page, "ceiling /survey/my", issue 19 item 4), and of /actuator/health as before. The
ceiling phase runs second, on a JVM still compiling (session 25: 404 req/s, the same page alone near the end 858), so
the ceiling is the better of the two: "ceilingRps" says which figure the shares are of."""
import glob, html, json, os, re, sys

mode, users, root, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
report = max(glob.glob(os.path.join(root, "*", "index.html")), key=os.path.getmtime)
page = open(report, encoding="utf-8").read()
rows, health, ceiling = [], None, None
for tr in re.findall(r'<tr id="req_[^"]*"[^>]*>(.*?)</tr>', page, re.S):
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)</span>', tr).group(1))
    cols = {int(n): v for n, v in re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)</td>', tr)}
    if name.startswith("sign in"):
        continue
    row = {"bench": "region-load", "run": mode, "users": users, "request": name, "requests": int(cols[2]),
           "errors": int(cols[4]), "rps": round(int(cols[2]) / seconds, 1), "p50Ms": int(cols[8]),
           "p95Ms": int(cols[10]), "p99Ms": int(cols[11]),
           "thinkMs": int(os.environ.get("PAUSE_MS", "0"))}
    if name == "/actuator/health":
        health = row["rps"]
    if name == "ceiling /survey/my":
        ceiling = row["rps"]
    rows.append(row)
warm = next((r["rps"] for r in rows if r["request"] == "/survey/my"), None)
if mode == "pages" and warm and (ceiling is None or warm > ceiling):
    ceiling = warm
for row in rows:
    if mode == "pages" and row["request"] not in ("/actuator/health", "ceiling /survey/my"):
        if ceiling:
            row["percentOfCeiling"] = round(100 * row["rps"] / ceiling, 1)
            row["ceilingRps"] = ceiling
        if health:
            row["percentOfHealth"] = round(100 * row["rps"] / health, 1)
    print(json.dumps(row, ensure_ascii=False))

#!/usr/bin/env python3
# Independent check of a `bingescope simulate` output directory, with Python's csv module and zoneinfo
# (nothing shared with the Java code): header, field types, row order, title names, durations within runtime,
# start_local against the IANA zone (every 97th row), and row counts and SHA-256 against manifest.json.
# Usage: python3 tools/check_output.py DIR
import csv, hashlib, json, sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo
d = sys.argv[1]
m = json.load(open(f"{d}/manifest.json"))
HEADER = "member_id,profile,title_id,title,start_utc,start_local,time_zone,duration_s,device,country,autoplayed,supplemental".split(",")
SUPP = {"", "TRAILER", "HOOK", "TEASER_TRAILER", "PREVIEW", "RECAP", "PROMOTIONAL"}
titles = {}
with open(f"{d}/titles.csv", newline="", encoding="utf-8") as f:
    r = csv.DictReader(f)
    for row in r: titles[int(row["title_id"])] = (row["title"], int(row["runtime_s"]))
n = 0; last = (-1, ""); zones = {}; checked_local = 0
with open(f"{d}/views.csv", newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    assert next(r) == HEADER
    for row in r:
        assert len(row) == 12, (n, row)
        mid = int(row[0]); su = row[4]
        assert (mid, su) >= last, ("order", n, row); last = (mid, su)
        t = int(row[2]); assert titles[t][0] == row[3]
        dur = int(row[7]); assert 1 <= dur <= titles[t][1]
        assert row[10] in ("true", "false") and row[11] in SUPP and len(row[9]) == 2
        if n % 97 == 0:
            z = zones.setdefault(row[6], ZoneInfo(row[6]))
            utc = datetime.strptime(su, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            assert utc.astimezone(z).strftime("%Y-%m-%dT%H:%M:%S") == row[5], row
            checked_local += 1
        n += 1
files = {e["name"]: e for e in m["files"]}
assert files["views.csv"]["rows"] == n == m["views"], (n, m["views"])
for name, e in files.items():
    h = hashlib.sha256()
    with open(f"{d}/{name}", "rb") as f:
        for chunk in iter(lambda: f.read(1 << 24), b""): h.update(chunk)
    assert h.hexdigest() == e["sha256"], name
print(f"OK: {n:,} views read with Python csv; header, field types, order, titles, durations checked; "
      f"{checked_local:,} local times checked against zoneinfo; row counts and sha256 of {len(files)} files match the manifest")

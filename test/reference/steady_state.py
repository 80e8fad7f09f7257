#!/usr/bin/env python3
"""Independent reference for the steady-state rule of lib/domain/analysis/README.md ("Load shape and steady state").

usage: python3 test/reference/steady_state.py PREFIX_stats_history.csv [...]
Prints one JSON object per file (a list), read with the csv module only (as Latin-1: only numbers and
the name "Aggregated" are used, so CP949 / Shift_JIS endpoint names need no decoding):
  Aggregated rows in time order; U = peak User Count; ramp_up_end = Timestamp of the first row with U;
  start = first row with Timestamp >= ramp_up_end + 10; end = last row with U at or after start;
  fewer than 30 s between them -> null. requests/failures = Total counts at end minus at start;
  median/p95 = statistics.median of the 50% / 95% values of the rows after start up to end, skipping
  N/A and 0 ("no window yet"); null when the percentiles are cumulative (no per-endpoint rows: Locust
  1.2+ writes window percentiles only with --csv-full-history).
"""
import csv, json, statistics, sys

def num(v):
    v = (v or "").strip()
    return None if v in ("", "N/A", "None", "nan") else float(v)

def steady(path):
    with open(path, newline="", encoding="latin-1") as f:
        rows = list(csv.DictReader(f))
    agg = [r for r in rows if r["Name"] == "Aggregated"]
    full = any(r["Name"] != "Aggregated" for r in rows)
    ts = [int(r["Timestamp"]) for r in agg]
    users = [int(r["User Count"]) for r in agg]
    peak = max(users)
    ramp_up_end = ts[users.index(peak)]
    start = next((i for i, t in enumerate(ts) if t >= ramp_up_end + 10), None)
    if start is None:
        return None
    ends = [i for i in range(start, len(agg)) if users[i] == peak]
    if not ends or ts[ends[-1]] - ts[start] < 30:
        return None
    end = ends[-1]
    dur = ts[end] - ts[start]
    req = int(agg[end]["Total Request Count"]) - int(agg[start]["Total Request Count"])
    fail = int(agg[end]["Total Failure Count"]) - int(agg[start]["Total Failure Count"])

    def med(col):
        if not full:
            return None
        vals = [num(agg[k][col]) for k in range(start + 1, end + 1)]
        vals = [v for v in vals if v]
        return statistics.median(vals) if vals else None

    return {"startS": ts[start] - ts[0], "endS": ts[end] - ts[0], "userCount": peak, "requests": req,
            "failures": fail, "rps": req / dur, "goodputRps": (req - fail) / dur,
            "medianMs": med("50%"), "p95Ms": med("95%")}

print(json.dumps([steady(p) for p in sys.argv[1:]]))

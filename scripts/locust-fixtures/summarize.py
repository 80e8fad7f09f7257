#!/usr/bin/env python3
"""Headline table of Locust runs: one row per run directory (from <run>_stats.csv Aggregated row).

usage: summarize.py DIR [--endpoints]   DIR holds one sub-directory per run (<run>/<run>_stats.csv).
Goodput = Requests/s x (1 - failures/requests): successful requests per second.
"""
import csv, glob, io, os, sys


def rows(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8", "cp949", "shift_jis"):
        try:
            return list(csv.DictReader(io.StringIO(raw.decode(enc), newline="")))
        except UnicodeDecodeError:
            pass


def fmt(v):
    return f"{v:,.0f}" if v >= 100 else f"{v:.2f}"


def main():
    root = sys.argv[1]
    print("| run | users | duration s | requests | failures | success % | req/s | goodput req/s | median ms"
          " | p95 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for d in sorted(glob.glob(os.path.join(root, "*", ""))):
        name = os.path.basename(d.rstrip("/"))
        stats = os.path.join(d, name + "_stats.csv")
        if not os.path.exists(stats):
            continue
        agg = next(r for r in rows(stats) if r["Name"] == "Aggregated")
        hist = [r for r in rows(os.path.join(d, name + "_stats_history.csv")) if r["Name"] == "Aggregated"]
        users = max(int(r["User Count"]) for r in hist)
        dur = int(hist[-1]["Timestamp"]) - int(hist[0]["Timestamp"])
        n, f, rps = int(agg["Request Count"]), int(agg["Failure Count"]), float(agg["Requests/s"])
        good = rps * (n - f) / n if n else float("nan")
        print(f"| {name} | {users} | {dur} | {n:,} | {f:,} | {100 * (n - f) / n:.2f} | {rps:.2f} | {good:.2f} "
              f"| {agg['50%']} | {agg['95%']} | {agg['99%']} | {fmt(float(agg['Max Response Time']))} |")
        if "--endpoints" in sys.argv:
            for r in rows(stats):
                if r["Name"] != "Aggregated":
                    print(f"|   {r['Type']} {r['Name']} | | | {r['Request Count']} | {r['Failure Count']} | | "
                          f"{float(r['Requests/s']):.2f} | | {r['50%']} | {r['95%']} | {r['99%']} "
                          f"| {fmt(float(r['Max Response Time']))} |")


main()

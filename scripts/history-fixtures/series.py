#!/usr/bin/env python3
"""The run series of design.json, for make-runs.sh and for the fixture folder's manifest and README.

usage: series.py runs                 one line per run: NN BUILD LOCUSTFILE SERVER_ARGS...
       series.py manifest OUT_DIR     writes OUT_DIR/manifest.json (runs, commits, locustfile sha256s, design,
                                      and the server's record of each run from $LOG_DIR)
       series.py table OUT_DIR        prints the Markdown table of per-run headline figures
Commits are fake but stable: sha1 of "swarmlens history demo build X" (one per build).
"""
import csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DESIGN = json.load(open(os.path.join(HERE, "design.json"), encoding="utf-8"))


def commit_of(build):
    return hashlib.sha1(f"swarmlens history demo build {build}".encode()).hexdigest()


def sha256_of(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def runs():
    """(run number, build entry) in order."""
    for b in DESIGN["builds"]:
        for n in range(b["runs"][0], b["runs"][1] + 1):
            yield n, b


def server_args(n, b):
    s = b["server"]
    return ["--seed", str(n), "--login-factor", str(s["loginFactor"]),
            "--search-failure-rate", str(s["searchFailureRate"]),
            "--random-error-rate", str(DESIGN["serverDefaults"]["randomErrorRate"])]


def server_record(n):
    """What the server wrote at the end of run n (make-runs.sh's log folder): its counters and the percentiles
    of the latencies it drew per route; None when the log is gone."""
    path = os.path.join(os.environ.get("LOG_DIR", "/tmp/history-fixtures-logs"), f"run-{n:02d}-server-stats.json")
    if not os.path.exists(path):
        return None
    stats = json.load(open(path, encoding="utf-8"))
    return {"counters": stats["counters"], "drawnMs": stats["drawnMs"]}


def manifest(out):
    entries = []
    for n, b in runs():
        entries.append({
            "run": n, "folder": f"run-{n:02d}", "build": b["build"], "commit": commit_of(b["build"]),
            "commitMessage": b["message"], "branch": DESIGN["branch"], "environment": DESIGN["environment"],
            # The name a team's repository would have; the file it was is locustfileSource.
            "locustfile": "locustfile.py", "locustfileSource": f"scripts/history-fixtures/{b['locustfile']}",
            "locustfileSha256": sha256_of(os.path.join(HERE, b["locustfile"])),
            "host": DESIGN["locust"]["host"], "userCount": DESIGN["locust"]["users"],
            "spawnRate": DESIGN["locust"]["spawnRate"], "locustVersion": DESIGN["locust"]["version"],
            "serverArgs": server_args(n, b),
            "server": server_record(n),
        })
    doc = {"about": "Real Locust 2.12.1 runs against scripts/history-fixtures/server.py, one build per run "
                    "(README.md). Run numbers are 1-based; `run` of a change point is the first run after it.",
           "runs": entries,
           "expectedChangePoints": DESIGN["expectedChangePoints"],
           "expectedQuiet": DESIGN["expectedQuiet"],
           "expectedWithoutEras": DESIGN["expectedWithoutEras"],
           "expectedEras": DESIGN["expectedEras"],
           "design": {k: DESIGN[k] for k in ("locust", "builds", "serverDefaults")}}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")


def stats_rows(out, n):
    name = f"run-{n:02d}"
    with open(os.path.join(out, name, f"{name}_stats.csv"), encoding="utf-8", newline="") as f:
        return {(r["Type"], r["Name"]): r for r in csv.DictReader(f)}


def goodput(r):
    n, fails = int(r["Request Count"]), int(r["Failure Count"])
    return float(r["Requests/s"]) * (n - fails) / n if n else float("nan")


def table(out):
    print("| run | build | requests | failures | goodput/s | median | P95 | P99 | login median | login P95"
          " | search failures | search goodput/s |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, b in runs():
        rows = stats_rows(out, n)
        a, login, search = rows[("", "Aggregated")], rows[("POST", "/login")], rows[("GET", "/api/search")]
        sf = int(search["Failure Count"]) / int(search["Request Count"])
        print(f"| {n} | {b['build']} | {a['Request Count']} | {a['Failure Count']} | {goodput(a):.2f} | {a['50%']} "
              f"| {a['95%']} | {a['99%']} | {login['50%']} | {login['95%']} | {100 * sf:.1f}% "
              f"| {goodput(search):.2f} |")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "runs":
        for n, b in runs():
            print(f"{n:02d}", b["build"], b["locustfile"], *server_args(n, b))
    elif cmd == "manifest":
        manifest(sys.argv[2])
    elif cmd == "table":
        table(sys.argv[2])
    else:
        sys.exit(__doc__)

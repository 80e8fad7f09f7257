#!/usr/bin/env python3
"""Independent reference for issue 14: goodput, steady state, USL fit on goodput, Holm-adjusted p-values.

usage: python3 test/reference/reference.py fixtures/locust-2.12-series > reference.json
Reads every <dir>/<run>/<run>_stats.csv and <run>_stats_history.csv with the csv module (no code shared
with the TypeScript side) and prints one JSON object. Files are read as Latin-1, which maps every byte
to one character: only numbers and the ASCII word "Aggregated" are needed, so CP949 / Shift_JIS names
need no decoding (their bytes never contain ',', '"' or newlines). Needs SciPy (least_squares,
fisher_exact, norm). The rules are written in test/reference/README.md.
"""
import csv, json, math, os, statistics, sys

import numpy as np
from scipy.optimize import least_squares
from scipy.stats import fisher_exact, norm

WINDOW_LOOKBACK_S = 10  # Locust's window percentiles look back 10 s
MIN_STEADY_S = 30  # a steady window shorter than this is no steady state
USL_RUNS = ("series-50u", "series-100u", "series-150u")
P_PAIRS = (("series-50u", "series-150u"), ("series-100u", "series-retest-100u"))


def read_csv(path):
    with open(path, encoding="latin-1", newline="") as f:
        return list(csv.DictReader(f))


def text(name):
    """A name read as Latin-1, shown as UTF-8 when it is UTF-8 (the series runs are ASCII)."""
    try:
        return name.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return name.encode("latin-1").decode("utf-8", errors="replace")


def is_aggregated(row):
    return row["Name"] == "Aggregated" and row["Type"].strip() in ("", "None")


def whole_run(stats_rows, history):
    agg = next(r for r in stats_rows if is_aggregated(r))
    n, f, rps = int(agg["Request Count"]), int(agg["Failure Count"]), float(agg["Requests/s"])
    return {"requests": n, "failures": f, "rps": rps,
            "goodputRps": rps * (n - f) / n if n > 0 else None,
            "userCount": max((int(r["User Count"]) for r in history), default=None)}


def num_or_none(cell):
    c = cell.strip()
    return None if c in ("", "N/A") else float(c)


def steady_state(history):
    """The steady window of the Aggregated history rows (time order), or (None, reason)."""
    if not history:
        return None, "no history rows"
    t0 = int(history[0]["Timestamp"])
    users = [int(r["User Count"]) for r in history]
    peak = max(users)
    ramp_end = int(history[users.index(peak)]["Timestamp"])
    start = next((i for i, r in enumerate(history) if int(r["Timestamp"]) >= ramp_end + WINDOW_LOOKBACK_S), None)
    if start is None:
        return None, "no row 10 s after the ramp-up"
    at_peak = [i for i in range(start, len(history)) if users[i] == peak]
    if not at_peak:
        return None, "users fell before the window could start"
    end = at_peak[-1]
    start_s, end_s = int(history[start]["Timestamp"]) - t0, int(history[end]["Timestamp"]) - t0
    if end_s - start_s < MIN_STEADY_S:
        return None, f"steady window {end_s - start_s} s < {MIN_STEADY_S} s"
    req = int(history[end]["Total Request Count"]) - int(history[start]["Total Request Count"])
    fail = int(history[end]["Total Failure Count"]) - int(history[start]["Total Failure Count"])
    window = history[start + 1:end + 1]
    med = [v for v in (num_or_none(r["50%"]) for r in window) if v is not None]
    p95 = [v for v in (num_or_none(r["95%"]) for r in window) if v is not None]
    span = end_s - start_s
    return {"startS": start_s, "endS": end_s, "userCount": peak, "requests": req, "failures": fail,
            "rps": req / span, "goodputRps": (req - fail) / span,
            "medianMs": statistics.median(med) if med else None,
            "p95Ms": statistics.median(p95) if p95 else None,
            "rows": {"start": start, "end": end, "windowRows": len(window)}}, None


def usl(theta, n):
    lam, sigma, kappa = theta
    return lam * n / (1 + sigma * (n - 1) + kappa * n * (n - 1))


def fit_usl(points):
    n = np.array([p["users"] for p in points], dtype=float)
    x = np.array([p["goodputRps"] for p in points], dtype=float)
    lam0 = x[np.argmin(n)] / n.min()
    fits = []
    for lam_f in (0.5, 1.0, 2.0):
        for s0 in (0.0, 1e-3, 1e-2, 0.1, 0.5):
            for k0 in (0.0, 1e-6, 1e-5, 1e-4, 1e-3):
                r = least_squares(lambda t: x - usl(t, n), [lam0 * lam_f, s0, k0],
                                  bounds=([1e-12, 0.0, 0.0], [np.inf, np.inf, np.inf]),
                                  xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=20000, x_scale="jac")
                fits.append((float(np.sum((x - usl(r.x, n)) ** 2)), [float(v) for v in r.x]))
    fits.sort(key=lambda f: f[0])
    best_sse, best = fits[0]
    # Is the minimum unique? Compare the parameters of every start that reached (about) the same SSE.
    tol = max(1e-9, best_sse * 1e-6)
    near = [t for e, t in fits if e - best_sse <= tol]
    spread = max(abs(t[i] - best[i]) / max(abs(best[i]), 1e-12) for t in near for i in range(3))
    return {"lambda": best[0], "sigma": best[1], "kappa": best[2], "sse": best_sse, "starts": len(fits),
            "startsAtMinimum": len(near), "maxRelativeParamSpreadAtMinimum": spread, "unique": spread < 1e-4}


def two_proportion_or_fisher(a, n, b, m):
    pooled = (a + b) / (n + m)
    cells = (n * pooled, n * (1 - pooled), m * pooled, m * (1 - pooled))
    if all(c >= 5 for c in cells):
        se = math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / m))
        z = (a / n - b / m) / se
        return "z", float(min(1.0, 2 * norm.sf(abs(z))))
    return "fisher", float(fisher_exact([[a, n - a], [b, m - b]], alternative="two-sided")[1])


def holm(pvalues):
    """Holm's step-down adjustment over the non-null p-values; nulls stay null."""
    idx = sorted((i for i, p in enumerate(pvalues) if p is not None), key=lambda i: pvalues[i])
    k, out, running = len(idx), [None] * len(pvalues), 0.0
    for rank, i in enumerate(idx):
        running = max(running, (k - rank) * pvalues[i])
        out[i] = min(1.0, running)
    return out


def holm_check(pvalues):
    try:
        from statsmodels.stats.multitest import multipletests
    except ImportError:
        return "statsmodels not installed"
    vals = [p for p in pvalues if p is not None]
    ref = list(multipletests(vals, method="holm")[1]) if vals else []
    ours = [p for p in holm(pvalues) if p is not None]
    return "agrees" if all(abs(a - b) <= 1e-12 for a, b in zip(ours, ref)) else f"DIFFERS: {ref}"


def endpoint_pvalues(base_rows, target_rows):
    def keyed(rows):
        return {(r["Type"], r["Name"]): (int(r["Failure Count"]), int(r["Request Count"]))
                for r in rows if not is_aggregated(r) and int(r["Request Count"]) > 0}
    base, target = keyed(base_rows), keyed(target_rows)
    out = []
    for key in sorted(k for k in base if k in target):
        (a, n), (b, m) = base[key], target[key]
        test, p = two_proportion_or_fisher(a, n, b, m)
        out.append({"method": text(key[0]), "name": text(key[1]), "baselineRequests": n, "baselineFailures": a,
                    "targetRequests": m, "targetFailures": b, "test": test, "pValue": p})
    for e, adj in zip(out, holm([e["pValue"] for e in out])):
        e["pValueAdjusted"] = adj
    return out, holm_check([e["pValue"] for e in out])


def main():
    root = sys.argv[1]
    runs, stats_rows = {}, {}
    for name in sorted(os.listdir(root)):
        stats_path = os.path.join(root, name, name + "_stats.csv")
        if not os.path.isfile(stats_path):
            continue
        hist_path = os.path.join(root, name, name + "_stats_history.csv")
        history = [r for r in read_csv(hist_path) if is_aggregated(r)] if os.path.isfile(hist_path) else []
        history.sort(key=lambda r: int(r["Timestamp"]))  # stable: file order within one second
        stats_rows[name] = read_csv(stats_path)
        run = whole_run(stats_rows[name], history)
        run["steadyState"], run["steadyStateNullReason"] = steady_state(history)
        run["historyRows"] = len(history)
        runs[name] = run
    points = [{"run": r, "users": runs[r]["userCount"], "goodputRps": runs[r]["goodputRps"]} for r in USL_RUNS]
    fit = dict(fit_usl(points), basis="goodput", points=points)
    pvals = []
    for b, t in P_PAIRS:
        endpoints, check = endpoint_pvalues(stats_rows[b], stats_rows[t])
        pvals.append({"baseline": b, "target": t, "pAdjustMethod": "holm", "holmVsStatsmodels": check,
                      "endpoints": endpoints})
    # A vector where Holm's running maximum and the cap at 1 both bind (the fixtures' p-values tie at 1).
    example = [0.35, None, 0.011, 0.01, 0.6, 0.36]
    holm_example = {"input": example, "adjusted": holm(example), "holmVsStatsmodels": holm_check(example)}
    json.dump({"source": root, "runs": runs, "usl": fit, "failurePValues": pvals, "holmExample": holm_example},
              sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Simulated Django-style app ("Estimator") for generating real Locust fixture runs.

Standard library only; listens on 127.0.0.1 only. Work is simulated with sleeps, so the
server uses little CPU. Mechanisms (all times in seconds unless the name says ms):
- DB connection pool of `pool_size` connections. A DB request waits for a connection; when a
  connection is freed it goes to the NEWEST waiter with probability `lifo_bias`, else the oldest
  (so under saturation some waiters starve). Every request has a deadline of `pool_timeout` after
  arrival: a request still waiting then gets HTTP 503 "pool exhausted"; a query still running then
  is cancelled (HTTP 503 "statement timeout"). Response times are therefore capped at ~pool_timeout.
- Coherency/overload penalty: each DB hold time is multiplied by (1 + overload * in_flight),
  in_flight = requests currently inside the server (contention grows with concurrency).
- Session store with one write lock. POST /accounts/login/ holds it for
  session_write_ms * (1 + session_overload * in_flight) and gives up after session_lock_timeout
  (HTTP 500 "session store locked"); logout holds it briefly and waits as long as it must.
- Exports run on their own worker pool (no DB): slow but not capped by the pool.
- Project 137 has an item with a NULL unit price: rekap and chart-data answer 500 for it.
- random_error_rate: rare unrelated 500s; login_error_rate: login fails at random (flaky store).
On SIGTERM/SIGINT the configuration and counters are written to --stats-out as JSON.
"""
import argparse, json, math, random, re, signal, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PROFILES = {
    # the load-test series: pool of 7, session store on the busy DB disk (slows with load)
    "series": dict(pool_size=7, lifo_bias=0.95, overload=0.003, session_write_ms=60.0,
                   session_overload=0.05, session_lock_timeout=1.0, login_error_rate=0.0),
    # after the fix: pool of 16, sessions in a cache (no overload on the session store)
    "fixed": dict(pool_size=16, lifo_bias=0.95, overload=0.003, session_write_ms=20.0,
                  session_overload=0.0, session_lock_timeout=1.0, login_error_rate=0.0),
    # small runs with localized error bodies and a flaky session store
    "flaky": dict(pool_size=7, lifo_bias=0.95, overload=0.003, session_write_ms=60.0,
                  session_overload=0.05, session_lock_timeout=1.0, login_error_rate=0.08),
}
# mean DB hold time per route at no load (s); None = no DB
DB_HOLD_S = {"dashboard": 0.45, "project": 0.15, "rekap": 0.35, "items": 0.30, "schedule": 0.25,
             "tree": 0.20, "chart": 0.18, "save": 0.40}
ROUTES = [  # (method, regex, route key)
    ("GET", r"/accounts/login/", "login_page"), ("POST", r"/accounts/login/", "login"),
    ("GET", r"/accounts/logout/", "logout"), ("GET", r"/dashboard/", "dashboard"),
    ("GET", r"/project/(\d+)/", "project"), ("GET", r"/project/(\d+)/rekap/", "rekap"),
    ("GET", r"/project/(\d+)/items/", "items"), ("GET", r"/project/(\d+)/schedule/", "schedule"),
    ("GET", r"/api/project/(\d+)/tree/", "tree"), ("GET", r"/api/project/(\d+)/chart-data/", "chart"),
    ("POST", r"/api/project/(\d+)/items/save/", "save"), ("GET", r"/project/(\d+)/export/pdf/", "export"),
    ("GET", r"/static/js/app.js", "static"),
]
ROUTES = [(m, re.compile(p + r"\Z"), k) for m, p, k in ROUTES]
BROKEN_PROJECT = 137
MESSAGES = {
    "en": {"pool": "pool exhausted: no DB connection within {t} s", "stmt": "statement timeout after {t} s",
           "locked": "session store locked", "null_price": "unit price is NULL (project {p})",
           "random": "internal error", "export": "export queue full"},
    "ko": {"pool": "DB 연결 풀 고갈: {t}초 안에 연결을 얻지 못했습니다", "stmt": "쿼리 시간 초과 ({t}초)",
           "locked": "세션 저장소가 잠겨 있습니다", "null_price": "단가가 비어 있는 항목이 있습니다 (프로젝트 {p})",
           "random": "내부 서버 오류", "export": "내보내기 대기열이 가득 찼습니다"},
    "ja": {"pool": "DB接続プール枯渇: {t}秒以内に接続できません", "stmt": "クエリがタイムアウトしました ({t}秒)",
           "locked": "セッションストアがロックされています", "null_price": "単価が未設定の項目があります (プロジェクト {p})",
           "random": "内部サーバーエラー", "export": "エクスポート待ちが満杯です"},
}


class HandoffPool:
    """Counting resource whose freed units are handed directly to one waiter (LIFO with prob. bias)."""

    def __init__(self, size, lifo_bias, rng):
        self.lock, self.free, self.waiters, self.bias, self.rng = threading.Lock(), size, [], lifo_bias, rng
        self.max_waiters = 0

    def acquire(self, timeout_s):
        with self.lock:
            if self.free > 0 and not self.waiters:
                self.free -= 1
                return True
            w = [threading.Event(), False]
            self.waiters.append(w)
            self.max_waiters = max(self.max_waiters, len(self.waiters))
        w[0].wait(max(0.0, timeout_s))
        with self.lock:
            if w[1]:
                return True
            self.waiters.remove(w)
            return False

    def release(self):
        with self.lock:
            if self.waiters:
                w = self.waiters.pop(-1 if self.rng.random() < self.bias else 0)
                w[1] = True
                w[0].set()
            else:
                self.free += 1


class App:
    def __init__(self, cfg):
        self.cfg, self.rng = cfg, random.Random(cfg["seed"])
        self.pool = HandoffPool(cfg["pool_size"], cfg["lifo_bias"], self.rng)
        self.session = HandoffPool(1, 0.0, self.rng)
        self.exports = HandoffPool(cfg["export_workers"], 0.0, self.rng)
        self.lock, self.in_flight, self.max_in_flight = threading.Lock(), 0, 0
        self.counts = {}
        self.msg = MESSAGES[cfg["lang"]]

    def count(self, key):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1

    def jitter(self, mean_s):  # lognormal with the given mean, sigma 0.5
        return mean_s * math.exp(self.rng.gauss(0.0, 0.5) - 0.125)

    def handle(self, route, pid, t0):
        """Returns (status, body text). Sleeps to simulate work."""
        c, m = self.cfg, self.msg
        deadline = t0 + c["pool_timeout"]
        if route == "static":
            time.sleep(self.jitter(0.004))
            return 200, "/* app.js */" + "x" * 2000
        if route == "login_page":
            time.sleep(self.jitter(0.012))
            return 200, '<form><input name="csrfmiddlewaretoken" value="tok"></form>'
        if route in ("login", "logout"):
            return self.session_write(route)
        if route == "export":
            if not self.exports.acquire(deadline - time.monotonic()):
                return self.fail("export_queue_full", 503, m["export"])
            try:
                time.sleep(self.rng.uniform(1.5, 3.0))
            finally:
                self.exports.release()
            return 200, "%PDF-1.4 " + "x" * 4000
        if self.rng.random() < c["random_error_rate"]:
            time.sleep(self.jitter(0.05))
            return self.fail("random_500", 500, m["random"])
        if not self.pool.acquire(deadline - time.monotonic()):
            return self.fail("pool_timeout", 503, m["pool"].format(t=c["pool_timeout"]))
        try:
            hold = self.jitter(DB_HOLD_S[route]) * (1.0 + c["overload"] * self.in_flight)
            left = deadline - time.monotonic()
            if hold > left:
                time.sleep(max(0.0, left))
                return self.fail("statement_timeout", 503, m["stmt"].format(t=c["pool_timeout"]))
            time.sleep(hold)
        finally:
            self.pool.release()
        if pid == BROKEN_PROJECT and route in ("rekap", "chart"):
            return self.fail("null_unit_price", 500, m["null_price"].format(p=pid))
        return 200, "<html>" + route + "x" * 3000 + "</html>"

    def session_write(self, route):
        c, m = self.cfg, self.msg
        timeout = c["session_lock_timeout"] if route == "login" else c["pool_timeout"]
        if not self.session.acquire(timeout):
            return self.fail("session_locked", 500, m["locked"])
        try:
            base = c["session_write_ms"] if route == "login" else 8.0
            time.sleep(base / 1000.0 * (1.0 + c["session_overload"] * self.in_flight))
        finally:
            self.session.release()
        if route == "login" and self.rng.random() < c["login_error_rate"]:
            return self.fail("login_flaky", 500, m["locked"])
        return (302, "") if route == "login" else (200, "bye")

    def fail(self, key, status, text):
        self.count(key)
        return status, text

    def stats(self):
        return {"config": self.cfg, "counters": dict(sorted(self.counts.items())),
                "max_in_flight": self.max_in_flight, "max_pool_waiters": self.pool.max_waiters,
                "max_session_waiters": self.session.max_waiters}


def make_handler(app):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def serve(self, method):
            t0 = time.monotonic()
            n = int(self.headers.get("Content-Length") or 0)
            if n:
                self.rfile.read(n)
            path = self.path.split("?", 1)[0]
            hit = next(((k, mm) for meth, rx, k in ROUTES if meth == method for mm in [rx.match(path)] if mm), None)
            with app.lock:
                app.in_flight += 1
                app.max_in_flight = max(app.max_in_flight, app.in_flight)
            try:
                if hit is None:
                    status, text = 404, "not found"
                else:
                    k, mm = hit
                    app.count("req_" + k)
                    status, text = app.handle(k, int(mm.group(1)) if mm.groups() else None, t0)
            finally:
                with app.lock:
                    app.in_flight -= 1
            body = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if status == 302:
                self.send_header("Location", "/dashboard/")
                self.send_header("Set-Cookie", "sessionid=s%d; Path=/" % app.rng.randrange(10**9))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            self.serve("GET")

        def do_POST(self):
            self.serve("POST")

    return Handler


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # listen backlog: hundreds of users connect during the ramp

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # clients closing at shutdown are normal
            super().handle_error(request, client_address)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=8089)
    ap.add_argument("--profile", choices=sorted(PROFILES), default="series")
    ap.add_argument("--lang", choices=sorted(MESSAGES), default="en")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stats-out", default=None)
    for k, v in list(PROFILES["series"].items()) + [("pool_timeout", 9.0), ("export_workers", 12),
                                                     ("random_error_rate", 0.002)]:
        ap.add_argument("--" + k.replace("_", "-"), type=type(v), default=None)
    a = ap.parse_args()
    cfg = dict(PROFILES[a.profile], pool_timeout=9.0, export_workers=12, random_error_rate=0.002)
    cfg.update({k: v for k, v in vars(a).items() if v is not None and k in cfg})
    cfg.update(profile=a.profile, lang=a.lang, seed=a.seed, db_hold_s=DB_HOLD_S, broken_project=BROKEN_PROJECT)
    app = App(cfg)
    srv = Server(("127.0.0.1", a.port), make_handler(app))

    def stop(*_):
        threading.Thread(target=srv.shutdown, daemon=True).start()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(json.dumps(cfg), flush=True)
    srv.serve_forever()
    if a.stats_out:
        with open(a.stats_out, "w", encoding="utf-8") as f:
            json.dump(app.stats(), f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    sys.exit(main())

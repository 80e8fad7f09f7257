#!/usr/bin/env python3
"""Target app ("Shop API") for the history fixture runs (issue 19): one "build" of it per run.

Standard library only; listens on 127.0.0.1 only; work is a sleep, so it uses little CPU.
Every endpoint's latency is lognormal: median `BASE_MEDIAN_MS[route]` x the build's factor for
that route, sigma SIGMA (P95 = median x 1.51, P99 = median x 1.79), drawn from a random
stream per route seeded with --seed, so a run's draws per route are fixed by the seed (thread
interleaving only decides which request gets which draw). A failing request takes its usual
time, then answers HTTP 500, so failures do not move latency. Latency does not depend on load.
Options set the build: --login-factor (POST /login latency x), --search-failure-rate (GET
/api/search answers 500 with this probability), --random-error-rate (every route, HTTP 502).
On SIGTERM/SIGINT the configuration, counters and the drawn latencies' percentiles per route (what the server
meant each request to take) are written to --stats-out as JSON.
"""
import argparse, json, math, random, re, signal, socket, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SIGMA = 0.25  # lognormal sigma of every route's latency
BASE_MEDIAN_MS = {"login": 380.0, "items": 120.0, "item": 90.0, "search": 200.0, "report": 260.0,
                  "notifications": 110.0}
ROUTES = [  # (method, path regex, route)
    ("POST", r"/login", "login"), ("GET", r"/api/items", "items"), ("GET", r"/api/items/\d+", "item"),
    ("GET", r"/api/search", "search"), ("GET", r"/api/report", "report"),
    ("GET", r"/api/notifications", "notifications"),
]
ROUTES = [(m, re.compile(p + r"\Z"), k) for m, p, k in ROUTES]


class App:
    def __init__(self, cfg):
        self.cfg, self.lock, self.counts, self.drawn_ms = cfg, threading.Lock(), {}, {}
        # One stream per route (latency) and one for failures, each seeded from --seed and the route.
        self.rng = {k: random.Random(f"{cfg['seed']}/{k}") for k in BASE_MEDIAN_MS}
        self.fail_rng = {k: random.Random(f"{cfg['seed']}/{k}/fail") for k in BASE_MEDIAN_MS}

    def median_ms(self, route):
        return BASE_MEDIAN_MS[route] * (self.cfg["login_factor"] if route == "login" else 1.0)

    def draw(self, route):
        """(latency s, failure status or None), drawn under the lock from the route's streams."""
        with self.lock:
            self.counts["req_" + route] = self.counts.get("req_" + route, 0) + 1
            z = self.rng[route].gauss(0.0, SIGMA)
            u = self.fail_rng[route].random()
            ms = self.median_ms(route) * math.exp(z)
            self.drawn_ms.setdefault(route, []).append(ms)
        status = None
        if u < self.cfg["random_error_rate"]:
            status = 502
        elif route == "search" and u < self.cfg["random_error_rate"] + self.cfg["search_failure_rate"]:
            status = 500
        if status is not None:
            with self.lock:
                self.counts[f"fail_{route}_{status}"] = self.counts.get(f"fail_{route}_{status}", 0) + 1
        return ms / 1000.0, status

    def drawn(self):
        """Per route: the latencies the server drew (what it meant to take, without any machine delays), ms."""
        out = {}
        for route, xs in sorted(self.drawn_ms.items()):
            xs = sorted(xs)
            at = lambda q: round(xs[min(len(xs) - 1, int(q * len(xs)))], 1)
            out[route] = {"n": len(xs), "p50": at(0.5), "p95": at(0.95), "p99": at(0.99)}
        return out


def make_handler(app):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self):
            super().setup()
            # No Nagle: a response must not wait ~40 ms for the client's delayed ACK.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, *args):
            pass

        def serve(self, method):
            t0 = time.monotonic()
            n = int(self.headers.get("Content-Length") or 0)
            if n:
                self.rfile.read(n)
            path = self.path.split("?", 1)[0]
            route = next((k for m, rx, k in ROUTES if m == method and rx.match(path)), None)
            if route is None:
                status, text = 404, "not found"
            else:
                latency_s, failed = app.draw(route)
                time.sleep(max(0.0, latency_s - (time.monotonic() - t0)))
                status, text = {None: (200, '{"ok": true, "route": "%s"}' % route),
                                500: (500, '{"error": "search index unavailable"}'),
                                502: (502, '{"error": "bad gateway"}')}[failed]
            body = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self._headers_buffer.append(b"\r\n" + body)  # headers and body in one write
            self.flush_headers()

        def do_GET(self):
            self.serve("GET")

        def do_POST(self):
            self.serve("POST")

    return Handler


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # clients closing at shutdown are normal
            super().handle_error(request, client_address)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=18100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--login-factor", type=float, default=1.0)
    ap.add_argument("--search-failure-rate", type=float, default=0.0)
    ap.add_argument("--random-error-rate", type=float, default=0.002)
    ap.add_argument("--stats-out", default=None)
    a = ap.parse_args()
    cfg = {k: v for k, v in vars(a).items() if k not in ("port", "stats_out")}
    cfg.update(sigma=SIGMA, base_median_ms=BASE_MEDIAN_MS)
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
            stats = {"config": cfg, "counters": dict(sorted(app.counts.items())), "drawnMs": app.drawn()}
            json.dump(stats, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    sys.exit(main())

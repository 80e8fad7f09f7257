"""Shop API load test, version 1 (runs 1-32 of fixtures/locust-2.12-history): five endpoints.

Each user takes one step of a fixed 10-step journey per second (constant_pacing(1)), starting at its
own offset, so every endpoint gets a fixed share of the requests and the request rate does not depend
on latency: 50 users make 50 requests/s, one every 20 ms (items 3, item 2, search 2, login 2, report 1 in 10).
"""
import itertools
import gevent
from locust import HttpUser, constant_pacing, task

SEQ = itertools.count()


class ShopUser(HttpUser):
    wait_time = constant_pacing(1.0)

    def on_start(self):
        self.n = next(SEQ)  # the user's offset in the journey and its query values
        self.step = self.n
        # Users start spread over the pacing second (user n at n/50 s), not all at once: 50 requests sent in the
        # same instant would queue inside Locust and add its own delay to the fast endpoints' response times.
        gevent.sleep(self.n % 50 / 50)

    def items(self):
        self.client.get(f"/api/items?page={self.step % 7 + 1}", name="/api/items")

    def item(self):
        self.client.get(f"/api/items/{1000 + self.step % 97}", name="/api/items/[id]")

    def search(self):
        self.client.get(f"/api/search?q=term{self.step % 13}", name="/api/search")

    def login(self):
        self.client.post("/login", json={"user": f"user{self.n}", "password": "secret"}, name="/login")

    def report(self):
        self.client.get(f"/api/report?month={self.step % 12 + 1}", name="/api/report")

    JOURNEY = [items, search, item, login, items, report, item, search, items, login]

    @task
    def next_step(self):
        self.JOURNEY[self.step % len(self.JOURNEY)](self)
        self.step += 1

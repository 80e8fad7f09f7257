"""The locustfile of e2e/locust-plugin*.secured.spec.ts: the Swarmlens plugin, and users of a small target
(GET / answers 200, GET /broken 500; /never is tagged out by --tags browse checkout)."""

import locust.runners
from locust import HttpUser, constant, tag, task

import swarmlens_locust  # noqa: F401  (the plugin: adds --swarmlens-* and sends each test)

# Debian's python3-locust reports an empty version, and its master refuses a worker with an empty version as
# "pre 2.0": give both the same one so that the distributed test can run there.
if not locust.runners.__version__:
    locust.runners.__version__ = "0.0.0+debian"


class Shopper(HttpUser):
    wait_time = constant(0.1)

    @tag("browse")
    @task(3)
    def home(self):
        self.client.get("/")

    @tag("checkout")
    @task
    def broken(self):
        self.client.get("/broken")

    @tag("never")
    @task
    def never(self):
        self.client.get("/never")

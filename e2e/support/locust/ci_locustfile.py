"""The locustfile of e2e/ci-action.secured.spec.ts: a plain locustfile (no plugin), as a user's repository holds it.
GET / answers 200 and GET /broken 500 on the small target of e2e/support/locust-process.ts."""

from locust import HttpUser, constant, task


class Shopper(HttpUser):
    wait_time = constant(0.1)

    @task(3)
    def home(self):
        self.client.get("/")

    @task
    def broken(self):
        self.client.get("/broken")

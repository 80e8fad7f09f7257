"""Locust scenario for the fixture runs: one user class against scripts/locust-fixtures/server.py.

FIXTURE_LANG=en|ko|ja picks the language of failure messages and of two endpoint names
(ko/ja runs are written under a CP949 / Shift_JIS locale, see make-runs.sh).
Login failures are retried IMMEDIATELY (no wait, up to MAX_LOGIN_ATTEMPTS): under load this
becomes a retry storm of failing POST /accounts/login/ requests.
"""
import os, random
from locust import HttpUser, between, task

LANG = os.environ.get("FIXTURE_LANG", "en")
MAX_LOGIN_ATTEMPTS = 30
PROJECTS = list(range(101, 120)) + [137]  # project 137 has a NULL unit price (HTTP 500 on rekap/chart-data)
TEXT = {
    "en": {"login": "login failed: {s}", "server": "server error {s}: {b}",
           "dashboard": "/dashboard/", "schedule": "/project/[id]/schedule/"},
    "ko": {"login": "로그인 실패: {s}", "server": "서버 오류 {s}: {b}",
           "dashboard": "/dashboard/ 대시보드", "schedule": "/project/[id]/schedule/ 공정표"},
    "ja": {"login": "ログイン失敗: {s}", "server": "サーバーエラー {s}: {b}",
           "dashboard": "/dashboard/ ダッシュボード", "schedule": "/project/[id]/schedule/ 工程表"},
}[LANG]


class EstimatorUser(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.login()

    def login(self):
        self.client.get("/accounts/login/", name="/accounts/login/")
        for _ in range(MAX_LOGIN_ATTEMPTS):
            with self.client.post("/accounts/login/", data={"username": "qs", "password": "pw",
                                                            "csrfmiddlewaretoken": "tok"},
                                  allow_redirects=False, catch_response=True) as r:
                if r.status_code == 302:
                    r.success()
                    return
                r.failure(TEXT["login"].format(s=r.status_code))  # then retry at once

    def checked_get(self, url, name):
        """Localized runs report 5xx with the server's message (as teams often do)."""
        if LANG == "en":
            self.client.get(url, name=name)
            return
        with self.client.get(url, name=name, catch_response=True) as r:
            if r.status_code >= 400:
                r.failure(TEXT["server"].format(s=r.status_code, b=r.text[:80]))

    @property
    def pid(self):
        return random.choice(PROJECTS)

    @task(4)
    def dashboard(self):
        self.checked_get("/dashboard/", TEXT["dashboard"])

    @task(3)
    def project(self):
        self.client.get(f"/project/{self.pid}/", name="/project/[id]/")

    @task(3)
    def rekap(self):
        self.checked_get(f"/project/{self.pid}/rekap/", "/project/[id]/rekap/")

    @task(3)
    def items(self):
        self.client.get(f"/project/{self.pid}/items/", name="/project/[id]/items/")

    @task(2)
    def schedule(self):
        self.checked_get(f"/project/{self.pid}/schedule/", TEXT["schedule"])

    @task(3)
    def tree(self):
        self.client.get(f"/api/project/{self.pid}/tree/", name="/api/project/[id]/tree/")

    @task(2)
    def chart(self):
        self.checked_get(f"/api/project/{self.pid}/chart-data/", "/api/project/[id]/chart-data/")

    @task(1)
    def save(self):
        self.client.post(f"/api/project/{self.pid}/items/save/", json={"rows": [[1, 2.5]]},
                         name="/api/project/[id]/items/save/")

    @task(1)
    def export_pdf(self):
        self.client.get(f"/project/{self.pid}/export/pdf/", name="/project/[id]/export/pdf/")

    @task(2)
    def static(self):
        self.client.get("/static/js/app.js")

    @task(1)
    def relogin(self):
        self.client.get("/accounts/logout/")
        self.login()

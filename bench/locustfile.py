# What a team does with Swarmlens in a review meeting, as Locust users (Debian python3-locust 2.12).
# Run by `npm run bench:load` (bench/load.mjs), which seeds the database first; by hand:
#   locust -f bench/locustfile.py --host http://127.0.0.1:3000 --headless -u 100 -r 10 -t 3m
#
# Reviewer (most users): runs list, run pages and their endpoint series, compare pages and their rows (also the
#   presentation view), the Markdown report, the project page and JSON API reads. Think time
#   1-5 s between actions (a person reading a page).
# Uploader (2 users): uploads a real fixture run every 10-20 s, as CI does after each test.
#
# Environment (bench/scale-out.mjs sets them; the defaults are the review meeting above):
#   SWARMLENS_REVIEW_THINK_S=MIN,MAX  reviewers' think time, s ("0,0": each reviewer waits only for its answer)
#   SWARMLENS_UPLOAD_THINK_S=MIN,MAX  uploaders' think time, s
#   SWARMLENS_ACKED_UPLOADS=FILE      appends the id of every upload answered 201, one per line
import os
import random

from locust import HttpUser, between, task

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
UPLOAD_FOLDERS = [
    'fixtures/locust-2.12-generated/smallpool-20u',
    'fixtures/locust-2.12-generated/smallpool-40u',
    'fixtures/locust-real/ons-srb-0024-locust2.23.1',
]
REVIEW_PROJECT = os.environ.get('SWARMLENS_LOAD_PROJECT', 'Demo: RAB estimator (Locust 2.12)')
ACKED_UPLOADS = os.environ.get('SWARMLENS_ACKED_UPLOADS')


def think_time(variable, default):
    low, high = (float(x) for x in os.environ.get(variable, default).split(','))
    return between(low, high)


def read_folder(folder):
    path = os.path.join(ROOT, folder)
    return [(name, open(os.path.join(path, name), 'rb').read()) for name in sorted(os.listdir(path)) if name.endswith(('.csv', '.html'))]


UPLOADS = [(folder, read_folder(folder)) for folder in UPLOAD_FOLDERS]


class Reviewer(HttpUser):
    wait_time = think_time('SWARMLENS_REVIEW_THINK_S', '1,5')
    weight = 10

    def on_start(self):
        projects = self.client.get('/api/projects', name='/api/projects').json()['projects']
        project = next(p for p in projects if p['name'] == REVIEW_PROJECT)
        self.project_id = project['id']
        page = self.client.get(f'/api/runs?project={self.project_id}&pageSize=50', name='/api/runs?project=[id]').json()
        self.run_ids = [r['id'] for r in page['items']]
        if len(self.run_ids) < 2:
            raise RuntimeError(f'project {REVIEW_PROJECT} needs at least two runs; seed it first')

    def pair(self):
        a, b = random.sample(self.run_ids[:10], 2)
        return a, b

    @task(1)
    def home(self):
        # Where a reviewer opening Swarmlens lands: / redirects to the runs list (timed with the redirect).
        self.client.get('/', name='/ (redirects to /runs)')

    @task(5)
    def runs_list(self):
        self.client.get('/runs', name='/runs')

    @task(2)
    def runs_list_of_project(self):
        self.client.get(f'/runs?project={self.project_id}', name='/runs?project=[id]')

    @task(5)
    def run_page(self):
        run_id = random.choice(self.run_ids)
        self.client.get(f'/runs/{run_id}', name='/runs/[id]')
        series = self.client.get(f'/api/runs/{run_id}/series', name='/api/runs/[id]/series').json()['series']
        if series:
            s = random.choice(series)
            params = {'name': s['name']} | ({'method': s['method']} if s['method'] else {})
            self.client.get(f'/api/runs/{run_id}/series', params=params, name='/api/runs/[id]/series?name=')

    @task(5)
    def compare_page(self):
        a, b = self.pair()
        self.client.get(f'/compare?runs={a},{b}', name='/compare?runs=[a,b]')
        # What the page's browser fetches next: its endpoint and attribution rows.
        self.client.get(f'/api/compare/rows?runs={a},{b}', name='/api/compare/rows?runs=[a,b]')

    @task(1)
    def present(self):
        a, b = self.pair()
        self.client.get(f'/compare/present?runs={a},{b}', name='/compare/present?runs=[a,b]')

    @task(2)
    def markdown_report(self):
        a, b = self.pair()
        self.client.get(f'/api/compare?runs={a},{b}&format=md', name='/api/compare?format=md')

    @task(2)
    def compare_json(self):
        a, b = self.pair()
        self.client.get(f'/api/compare?runs={a},{b}', name='/api/compare?runs=[a,b]')

    @task(3)
    def project_page(self):
        self.client.get(f'/projects/{self.project_id}', name='/projects/[id]')

    @task(3)
    def run_json(self):
        self.client.get(f'/api/runs/{random.choice(self.run_ids)}', name='/api/runs/[id]')


class Uploader(HttpUser):
    wait_time = think_time('SWARMLENS_UPLOAD_THINK_S', '10,20')
    fixed_count = 2

    @task
    def upload(self):
        folder, files = random.choice(UPLOADS)
        with self.client.post(
            '/api/runs',
            files=[('files', (name, data)) for name, data in files],
            data={'project': REVIEW_PROJECT, 'label': f'CI upload of {os.path.basename(folder)}', 'tags': 'ci'},
            name='POST /api/runs',
            catch_response=True,
        ) as response:
            if response.status_code != 201:
                response.failure(f'upload answered {response.status_code}: {response.text[:200]}')
            elif ACKED_UPLOADS:
                with open(ACKED_UPLOADS, 'a') as acked:
                    acked.write(response.json()['id'] + '\n')

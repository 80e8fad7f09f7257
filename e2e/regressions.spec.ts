// The Regressions inbox on real runs (issue 19): fixtures/locust-2.12-history (38 Locust 2.12.1 runs against a
// target whose builds change at known runs) uploaded in order with their commits; the worker finds the designed
// change points; the inbox opens with the open regressions, names the commits around each, and keeps a decision.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'locust-2.12-history');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as {
  runs: {
    run: number;
    folder: string;
    commit: string;
    branch: string;
    environment: string;
    locustfileSha256: string;
  }[];
  expectedChangePoints: { metric: string; scope: string; run: number; direction: 'up' | 'down' }[];
};
const PROJECT = `History e2e ${Date.now().toString(36)}`;

async function upload(request: APIRequestContext, r: (typeof manifest.runs)[number]): Promise<string> {
  const form = new FormData();
  const dir = join(DIR, r.folder);
  for (const name of readdirSync(dir)) form.append('files', new Blob([readFileSync(join(dir, name))]), name);
  form.append('label', `nightly ${r.run}`);
  form.append('project', PROJECT);
  const meta = { commit: r.commit, branch: r.branch, environment: r.environment, locustfileSha256: r.locustfileSha256 };
  form.append('meta', JSON.stringify(meta));
  const res = await request.post('/api/runs', { multipart: form });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id;
}

test('the inbox opens with the open regressions, names the commits around each, and keeps a decision', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const ids: string[] = [];
  for (const r of manifest.runs) ids.push(await upload(request, r));
  const projectId = (await (await request.get(`/api/runs/${ids[0]}`)).json()).project.id as string;
  try {
    // The worker searches a moment after each upload.
    const login = manifest.expectedChangePoints.find((c) => c.metric === 'p95Ms' && c.scope === 'endpoint:POST /login');
    expect(login).toBeDefined();
    await expect
      .poll(
        async () => {
          const body = await (await request.get(`/api/projects/${projectId}/change-points?metric=p95Ms`)).json();
          return body.changePoints.map((c: { scope: string; runId: string }) => `${c.scope}@${c.runId}`);
        },
        { timeout: 60_000 },
      )
      .toContain(`${login!.scope}@${ids[login!.run - 1]}`);

    await page.goto(`/projects/${projectId}/regressions`);
    await expect(page.getByTestId('inbox-headline')).toContainText(/^\d+ open regressions?; the newest: /);
    // The regression at the login run (the fix later is an improvement of the same series).
    const around = `Between “nightly ${login!.run - 1}” and “nightly ${login!.run}”`;
    const loginItem = () =>
      page.getByTestId('change-point').filter({ hasText: 'P95 of POST /login' }).filter({ hasText: around });
    const item = loginItem();
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Regression');
    const before = manifest.runs[login!.run - 2]!.commit.slice(0, 12);
    const after = manifest.runs[login!.run - 1]!.commit.slice(0, 12);
    await expect(item.getByRole('list', { name: 'What changed' })).toContainText(`commit ${before} → ${after}`);

    await item.getByLabel('Note').fill('login pool shrunk in build B (#412)');
    await item.getByRole('button', { name: 'Acknowledge' }).click();
    await expect(loginItem()).toHaveCount(0);
    await page.getByRole('link', { name: /^Acknowledged \(1\)$/ }).click();
    const decided = loginItem();
    await expect(decided).toContainText(/Acknowledged by .+: login pool shrunk in build B \(#412\)/);
    await decided.getByRole('link', { name: 'See the trend' }).click();
    await expect(page).toHaveURL(/\/trends\?metric=p95Ms&scope=endpoint%3APOST\+%2Flogin&users=50/);
  } finally {
    expect((await request.delete(`/api/projects/${projectId}`)).status()).toBe(204);
  }
});

// Issue 17 through the production server: the two uploads that froze a worker (400 KB of \r in a stats
// CSV: 79 s; 450 KB of `<h2` as report.html: 29 s), a 10 MB one, and the PapaParse one found with them
// are each answered, stored or refused with a clear error, within 5 s per 10 MB, while GET /api/health
// keeps answering within 1 s.
import { expect, test } from '@playwright/test';

const KB = 1024;
const MB = 1024 * KB;
/** Seconds allowed per 10 MB of upload (at least one step of 10 MB). */
const SECONDS_PER_10_MB = 5;
const HEALTH_MAX_MS = 1000;
const STATS_HEADER =
  'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,' +
  'Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%';

/** A stats CSV: its header, then `crs` carriage returns and no line feed until the end. */
const crRunStats = (crs: number) => `${STATS_HEADER}\n${'\r'.repeat(crs)}x\n`;

const UPLOADS = [
  { name: 'cr-run_stats.csv', label: '400 KB of \\r in a stats CSV', text: crRunStats(400 * KB) },
  { name: 'report.html', label: '450 KB of <h2 as report.html', text: '<h2'.repeat((450 * KB) / 3) },
  { name: 'big-cr-run_stats.csv', label: '10 MB of \\r in a stats CSV', text: crRunStats(10 * MB) },
  {
    name: 'quotes_stats.csv',
    label: '160 KB of malformed closing quotes, then spaces (6 s in PapaParse)',
    text: `${STATS_HEADER}\nGET,"${'"x'.repeat(40 * KB)}${' '.repeat(80 * KB)},1\n`,
  },
];

interface Answer {
  status: number;
  body: { error?: { code: string; message: string }; id?: string };
  ms: number;
}

async function upload(baseURL: string, name: string, text: string): Promise<Answer> {
  const form = new FormData();
  form.append('files', new Blob([text]), name);
  form.append('project', 'E2E hostile regex');
  const started = performance.now();
  const res = await fetch(`${baseURL}/api/runs`, { method: 'POST', body: form });
  const body = (await res.json()) as Answer['body'];
  return { status: res.status, body, ms: performance.now() - started };
}

/** Asks GET /api/health every 100 ms until `done`; the slowest answer (ms) and the answers' statuses. */
async function watchHealth(
  baseURL: string,
  done: Promise<unknown>,
): Promise<{ slowestMs: number; statuses: number[] }> {
  let finished = false;
  void done.finally(() => (finished = true));
  let slowestMs = 0;
  const statuses: number[] = [];
  while (!finished) {
    const started = performance.now();
    const res = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    slowestMs = Math.max(slowestMs, performance.now() - started);
    statuses.push(res.status);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { slowestMs, statuses };
}

/** Ids of the runs the uploads stored, deleted at the end. */
const stored: string[] = [];

/** Stored (201), or refused (4xx) with a message naming the file. */
function expectAnswered({ status, body }: Answer): void {
  if (status === 201) return void stored.push(body.id!);
  expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
  expect(status, JSON.stringify(body)).toBeLessThan(500);
  expect(body.error?.message, JSON.stringify(body)).toMatch(/\S/);
}

test.describe.configure({ mode: 'serial' });

test.afterAll(async ({ baseURL }) => {
  for (const id of stored) await fetch(`${baseURL}/api/runs/${id}`, { method: 'DELETE' });
});

for (const { name, label, text } of UPLOADS) {
  test(`${label}: answered in time, health answers throughout`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const allowedMs = SECONDS_PER_10_MB * 1000 * Math.max(1, Math.ceil(text.length / (10 * MB)));
    const answer = upload(baseURL!, name, text);
    const health = await watchHealth(baseURL!, answer);
    const { status, body, ms } = await answer;
    expectAnswered({ status, body, ms });
    expect(ms, `${label} answered ${status} after ${Math.round(ms)} ms`).toBeLessThanOrEqual(allowedMs);
    expect(health.statuses.every((s) => s === 200)).toBe(true);
    expect(health.slowestMs, 'slowest GET /api/health during the upload').toBeLessThanOrEqual(HEALTH_MAX_MS);
  });
}

test('both attacks at once (two of them took the instance down for 70 s): health answers throughout', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const answers = Promise.all(UPLOADS.slice(0, 2).map((u) => upload(baseURL!, u.name, u.text)));
  const health = await watchHealth(baseURL!, answers);
  for (const answer of await answers) {
    expectAnswered(answer);
    expect(answer.ms).toBeLessThanOrEqual(SECONDS_PER_10_MB * 1000);
  }
  expect(health.statuses.every((s) => s === 200)).toBe(true);
  expect(health.slowestMs, 'slowest GET /api/health during the uploads').toBeLessThanOrEqual(HEALTH_MAX_MS);
});

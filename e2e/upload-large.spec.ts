// Uploads larger than the 10 MB Next.js buffers for proxied requests reach the upload route whole
// (proxy.ts skips /api/runs, which streams the upload and checks access itself).
import { mkdtempSync, openAsBlob, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeHistory, makeStats } from '../bench/make-history.mjs';

test('a 30 MB full history uploads through the production server and is stored whole', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'swarmlens-e2e-large-'));
  const rows = 160_000;
  await makeHistory(join(dir, 'big_stats_history.csv'), rows);
  writeFileSync(join(dir, 'big_stats.csv'), makeStats());
  expect(statSync(join(dir, 'big_stats_history.csv')).size).toBeGreaterThan(25 * 1024 * 1024);
  const form = new FormData();
  form.append('files', await openAsBlob(join(dir, 'big_stats_history.csv')), 'big_stats_history.csv');
  form.append('files', new Blob([readFileSync(join(dir, 'big_stats.csv'))]), 'big_stats.csv');
  form.append('project', 'E2E large upload');
  const res = await fetch(`${baseURL}/api/runs`, { method: 'POST', body: form });
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(201);
  const run = await (await fetch(`${baseURL}/api/runs/${body.id}`)).json();
  expect(run.history.points).toBe(rows);
  expect(run.aggregated.requests).toBe(1904800 * 20);
});

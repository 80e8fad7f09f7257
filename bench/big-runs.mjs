#!/usr/bin/env node
// Benchmark "Big runs": two Locust 2.x runs of 5,000 distinct endpoints each (the second degraded),
// uploaded to a production build; then the server render of /runs/<id> and /compare?runs=a,b
// (full HTML, median and p95 ms over N requests) and, in Chromium, largest contentful paint and the
// frame intervals while the endpoint table is scrolled from top to bottom; then each page's first view on a
// cold worker (a fresh one-worker server, reported ready once it has warmed up: the warm-up renders these two runs,
// the newest, without caching them; full HTML time, then Chromium's LCP), and for reference the full HTML time on
// workers that skip the warm-up (SWARMLENS_WARM_UP=off). Prints one JSON object;
// exits 1 when a goal is missed (render median < 300 ms, LCP < 1,500 ms warm and cold, first render on a
// cold worker < 500 ms, last endpoint reachable).
//
//   node bench/big-runs.mjs [--db sqlite|postgresql] [--n 20] [--endpoints 5000] [--no-browser] [--shots DIR]
//   BENCH_PORT (default 3460), BENCH_SKIP_BUILD=1 reuses .next-bench, CHROMIUM_PATH (default /usr/bin/chromium).
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildOnce, cpuMsOfTree, freshDatabase, median, percentile, startServer } from './support/app-server.mjs';
import { makeBigRun } from './support/big-run-csv.mjs';
import { launchChromium, measurePage } from './support/browser-metrics.mjs';
import { measureColdViews } from './support/cold-views.mjs';

/** coldRenderMs: the first full HTML of a page from a worker that has rendered nothing yet, nothing cached. */
const GOALS = { renderMedianMs: 300, lcpMs: 1500, coldRenderMs: 500 };
const WARMUP = 3;

const { values: opts } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    n: { type: 'string', default: '20' },
    endpoints: { type: 'string', default: '5000' },
    'no-browser': { type: 'boolean', default: false },
    shots: { type: 'string' },
  },
});
if (opts.db !== 'sqlite' && opts.db !== 'postgresql') throw new Error('--db is sqlite or postgresql');
const N = Number(opts.n);
const ENDPOINTS = Number(opts.endpoints);
const PORT = Number(process.env.BENCH_PORT ?? 3460);
const log = (msg) => process.stderr.write(`${msg}\n`);

/** POST /api/runs with the run's files as multipart `files`; answers the new run's id. */
async function upload(url, run, fields) {
  const form = new FormData();
  for (const [name, text] of Object.entries(run.files))
    form.append('files', new Blob([text], { type: 'text/csv' }), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const t0 = performance.now();
  const res = await fetch(`${url}/api/runs`, { method: 'POST', body: form });
  const body = await res.json();
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  return { id: body.id, uploadMs: Math.round(performance.now() - t0) };
}

/** The inline RSC payload's share of the HTML (the `self.__next_f.push` scripts, with their CSP nonce), bytes. */
function flightBytes(html) {
  let bytes = 0;
  for (const m of html.matchAll(/<script(?: nonce="[^"]*")?>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g))
    bytes += Buffer.byteLength(m[1]);
  return bytes;
}

/** GET `path` WARMUP + N times (one at a time); ms of the full HTML response of the last N. */
async function timeRender(server, path) {
  const times = [];
  let html = '';
  let cpuBefore = 0;
  for (let i = 0; i < WARMUP + N; i++) {
    if (i === WARMUP) cpuBefore = cpuMsOfTree(server.pid);
    const t0 = performance.now();
    const res = await fetch(`${server.url}${path}`);
    html = await res.text();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
    if (i >= WARMUP) times.push(ms);
  }
  const r1 = (x) => Math.round(x * 10) / 10;
  return {
    path,
    n: N,
    medianMs: r1(median(times)),
    p95Ms: r1(percentile(times, 95)),
    minMs: r1(Math.min(...times)),
    serverCpuMsPerRequest: Math.round((cpuMsOfTree(server.pid) - cpuBefore) / N),
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
    rscPayloadBytes: flightBytes(html),
  };
}

/** aria-rowindex of the table's last body row, from the table's aria-rowcount (`footerRows` rows after it). */
const lastRowFromCount = (regionSelector, footerRows) => (page) =>
  page.$eval(`${regionSelector} table`, (t, f) => Number(t.getAttribute('aria-rowcount')) - f, footerRows);

const runRegion = '[role="region"][aria-label="Endpoint statistics"]';
const compareRegion = '[role="region"][aria-label="Latency changes"]';

/** The run page in Chromium: LCP, blocking time, scrolling its endpoint table to the last row. */
const browseRun = (browser, url, runId, screenshot) =>
  measurePage(browser, {
    url: `${url}/runs/${runId}`,
    regionSelector: runRegion,
    lastRow: lastRowFromCount(runRegion, 1),
    screenshot,
  });

/** The comparison in Chromium; the latency tab lists every endpoint present in both runs. */
const browseCompare = (browser, url, comparePath, screenshot) =>
  measurePage(browser, {
    url: `${url}${comparePath}`,
    regionSelector: compareRegion,
    readySelector: '[role="tablist"][aria-label="Endpoint tables"]',
    screenshot,
    prepare: async (page) => {
      await page.getByRole('tab', { name: /Latency changes/ }).click();
      await page.waitForSelector(compareRegion);
    },
    lastRow: lastRowFromCount(compareRegion, 0),
  });

async function browse(url, runId, comparePath) {
  const browser = await launchChromium();
  if (opts.shots) mkdirSync(opts.shots, { recursive: true });
  const shot = (name) => (opts.shots ? join(opts.shots, name) : undefined);
  try {
    return {
      run: await browseRun(browser, url, runId, shot('run.png')),
      compare: await browseCompare(browser, url, comparePath, shot('compare.png')),
    };
  } finally {
    await browser.close();
  }
}

/** Refuses a port another server already listens on (its answers would be measured instead). */
async function assertPortFree(port) {
  const inUse = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (inUse) throw new Error(`port ${port} is in use; set BENCH_PORT to a free one`);
}

async function main() {
  await assertPortFree(PORT);
  buildOnce();
  const databaseUrl = await freshDatabase(opts.db, 'swarmlens_bench_big');
  log(`generating two runs of ${ENDPOINTS} endpoints...`);
  const baseRun = makeBigRun({ prefix: 'big-baseline', endpoints: ENDPOINTS });
  const slowRun = makeBigRun({ prefix: 'big-degraded', endpoints: ENDPOINTS, degraded: true, startS: 1_700_010_000 });
  await assertPortFree(PORT);
  const server = await startServer({ port: PORT, databaseUrl });
  try {
    const a = await upload(server.url, baseRun, {
      project: 'big-runs',
      label: 'baseline 5k endpoints',
      userCount: '200',
    });
    const b = await upload(server.url, slowRun, {
      project: 'big-runs',
      label: 'degraded 5k endpoints',
      userCount: '200',
    });
    log(`uploaded ${a.id} (${a.uploadMs} ms) and ${b.id} (${b.uploadMs} ms); timing server renders...`);
    const comparePath = `/compare?runs=${a.id},${b.id}&baseline=${a.id}`;
    const render = { run: await timeRender(server, `/runs/${b.id}`), compare: await timeRender(server, comparePath) };
    let browser = null;
    if (!opts['no-browser']) {
      log('measuring in Chromium...');
      browser = await browse(server.url, b.id, comparePath);
    }
    const serverPeakRssMb = Math.round(server.peakRssMb());
    await server.stop();
    log('first views on cold workers (a fresh server before each)...');
    const cold = await measureColdViews({
      start: () => startServer({ port: PORT, databaseUrl, env: { SWARMLENS_WORKERS: '1' } }),
      paths: { run: `/runs/${b.id}`, compare: comparePath },
      browse: opts['no-browser']
        ? null
        : {
            run: (browser, url) => browseRun(browser, url, b.id),
            compare: (browser, url) => browseCompare(browser, url, comparePath),
          },
    });
    log('the same first views on workers that skip the warm-up (SWARMLENS_WARM_UP=off), for reference...');
    const unwarmed = await measureColdViews({
      start: () => startServer({ port: PORT, databaseUrl, env: { SWARMLENS_WORKERS: '1', SWARMLENS_WARM_UP: 'off' } }),
      paths: { run: `/runs/${b.id}`, compare: comparePath },
      browse: null,
    });
    const pages = ['run', 'compare'];
    const missed = [
      ...pages
        .filter((p) => !(cold.renderMs[p] < GOALS.coldRenderMs))
        .map((p) => `${p} first render on a cold worker ${cold.renderMs[p]} ms >= ${GOALS.coldRenderMs} ms`),
      ...(cold.lcpMs
        ? pages
            .filter((p) => !(cold.lcpMs[p] < GOALS.lcpMs))
            .map((p) => `${p} LCP on a cold worker ${cold.lcpMs[p]} ms >= ${GOALS.lcpMs} ms`)
        : []),
      ...pages
        .filter((p) => render[p].medianMs >= GOALS.renderMedianMs)
        .map((p) => `${p} render median ${render[p].medianMs} ms >= ${GOALS.renderMedianMs} ms`),
      ...(browser
        ? pages
            .filter((p) => !(browser[p].lcpMs < GOALS.lcpMs))
            .map((p) => `${p} LCP ${browser[p].lcpMs} ms >= ${GOALS.lcpMs} ms`)
        : []),
      ...(browser
        ? pages
            .filter((p) => !browser[p].scroll.lastRowVisible)
            .map((p) => `${p}: the last endpoint row was not reached by scrolling`)
        : []),
    ];
    const result = {
      benchmark: 'big-runs',
      db: opts.db,
      endpoints: ENDPOINTS,
      failingEndpointsInDegradedRun: slowRun.failingEndpoints,
      uploadMs: { baseline: a.uploadMs, degraded: b.uploadMs },
      render,
      browser,
      coldWorker: { ...cold, withoutWarmUp: { renderMs: unwarmed.renderMs } },
      serverPeakRssMb,
      goals: {
        renderMedianMsBelow: GOALS.renderMedianMs,
        lcpMsBelow: GOALS.lcpMs,
        coldWorkerRenderMsBelow: GOALS.coldRenderMs,
        coldWorkerLcpMsBelow: GOALS.lcpMs,
        lastEndpointReachable: true,
      },
      ok: missed.length === 0,
      missed,
    };
    console.log(JSON.stringify(result, null, 2));
    return result.ok;
  } finally {
    await server.stop();
    // The SQLite file lives in its own temporary folder (app-server.mjs freshDatabase): ~80 MB per run.
    if (opts.db === 'sqlite') rmSync(dirname(databaseUrl.slice('file:'.length)), { recursive: true, force: true });
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
